"""Instructions per article of extraction, counted by valgrind: a speed figure the host's load does not move.

    .venv/bin/python bench/instructions.py            # 101 wire articles less 1, per article
    .venv/bin/python bench/instructions.py --n 201 --corpus dense

On the shared 2-core machine the CPU rate of `bench/bench_extract.py` swings by +-20 % with the
other jobs, so a change that costs 2 % cannot be seen in it. valgrind's cachegrind counts the
instructions the interpreter executes, which depend only on the code and the input. The count
for one article (imports, language data, pint's registry, the first article) is subtracted from
the count for N, so what is left is the cost of N - 1 articles of the steady state. The hash seed
is fixed so that set and dict orders, and with them the counts, repeat from run to run.

Run it twice after a change to the language data: the first run may rebuild the compiled
language cache (checker/cache.py), which is counted. Needs valgrind (`apt-get install valgrind`).

The one article subtracted is English, so the first line's count also holds the French readers'
first load (their cached pickles, automata, patterns: about 236 million instructions once per
process, 2.4 million of the 30.8 "per article" at ba27206b), which a batch of thousands pays once.
The second line subtracts the batch's first article of each language instead: the cost of an
article with both languages loaded, what `bench/bench_extract.py` measures on 1,000 articles.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import CORPORA, paragraphs_by_lang, write_batch  # noqa: E402

TOTAL = re.compile(r"^(?:==\d+== )?I\s+refs:\s+([\d,]+)", re.MULTILINE)
CHILD = """
import sys
from checker.pipeline import extract_batch
from checker.problems import ProblemLog
for _ in extract_batch([sys.argv[1]], log=ProblemLog(stream=None), unique_ids=False):
    pass
"""


def count(batch: Path, workdir: Path) -> int:
    """Instructions valgrind counts for extracting `batch` in a fresh interpreter."""
    out = workdir / "cachegrind.out"
    env = dict(os.environ, PYTHONHASHSEED="0")
    run = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={out}",
                          sys.executable, "-c", CHILD, str(batch)], env=env, capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit(f"valgrind failed ({run.returncode}):\n{run.stderr[-2000:]}")
    found = TOTAL.search(run.stderr)
    if not found:
        raise SystemExit("valgrind printed no instruction count:\n" + run.stderr[-2000:])
    return int(found.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=101, help="articles in the measured batch (default 101)")
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="wire")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    if args.n < 2:
        raise SystemExit("--n must be at least 2")
    with tempfile.TemporaryDirectory(prefix="bench-instr-") as tmp:
        work = Path(tmp)
        big, one, each = work / "big.jsonl", work / "one.jsonl", work / "each.jsonl"
        write_batch(big, args.n, corpus=args.corpus)
        write_batch(one, 1, corpus=args.corpus)
        # the same seed draws the same first articles: one per language, as the batch alternates them
        langs = len(paragraphs_by_lang(args.corpus))
        write_batch(each, langs, corpus=args.corpus)
        total = count(big, work)
        per_article = (total - count(one, work)) / (args.n - 1)
        steady = (total - count(each, work)) / (args.n - langs) if args.n > langs else None
    print(f"command: python bench/instructions.py --n {args.n} --corpus {args.corpus}")
    print(f"{per_article / 1e6:.2f} million instructions per article ({args.corpus}, {args.n} articles less 1)")
    if steady is not None:
        print(f"{steady / 1e6:.2f} million per article with both languages loaded "
              f"({args.n} articles less the first {langs}: the second language's first load not counted)")


if __name__ == "__main__":
    main()
