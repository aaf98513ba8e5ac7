"""Time extraction on synthetic ~4 KB articles: 1,000, 5,000 and 20,000 of them, one core.

    .venv/bin/python bench/bench_extract.py                      # wire copy, N = 1000 5000 20000
    .venv/bin/python bench/bench_extract.py 2000 --corpus dense  # figure-dense stress batch
    .venv/bin/python bench/bench_extract.py 2000 --tracemalloc

Issue 2 asks for >= 500 articles/s per core on 4 KB articles with memory flat as the batch
grows. Articles are made by recombining paragraphs (same language within an article, numbers
varied so that caches keyed on text cannot make the run look faster than real copy), written
as JSONL to a temporary file and streamed through `extract_batch`. Two corpora:

- `wire` (default): paragraphs of the five real wire articles in fixtures/seeds, so figures
  come as densely as in published copy (about 6 records per 4 KB article);
- `dense`: the seeds plus the gold passages of fixtures/passages/dev, which were written to be
  full of figures (about 22 records per 4 KB article, 3-4 times real copy): a worst case.

Each N runs in a fresh process so that its peak RSS (getrusage ru_maxrss, a high-water mark) is
its own; records are counted, not kept, as a consumer that writes them out would do. Start-up
(imports, compiling the language data, pint's unit registry) is paid once per process: it is
reported apart, as the time to the first article, and the rate counts the articles after it.

"Per core" means per CPU-second of the extracting process: `art/s CPU` and `MB/s CPU` divide by
its CPU time (time.process_time: user + system time of this process only), `art/s` and `MB/s`
by wall-clock time. On a shared machine the wall-clock rate drops whenever other processes take
the core; the CPU rate is what issue 2's target (>= 500 articles/s per core) is measured on. It
still varies with load (caches and the sibling hyperthread are shared), so compare builds with
interleaved runs, not one run each.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = {
    "wire": [ROOT / "fixtures" / "seeds"],
    "dense": [ROOT / "fixtures" / "seeds", ROOT / "fixtures" / "passages" / "dev"],
}
TARGET_BYTES = 4096  # "4 KB articles": the mean size of an article's UTF-8 text
DEFAULT_NS = (1000, 5000, 20000)
NUMBER = re.compile(r"\d+")


def paragraphs_by_lang(corpus: str = "dense") -> dict[str, list[str]]:
    """Paragraphs of the fixture articles, grouped by the language their manifest gives."""
    out: dict[str, list[str]] = {}
    for folder in CORPORA[corpus]:
        with open(folder / "manifest.csv", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                text = (folder / row["file"]).read_text(encoding="utf-8")
                paras = [p.strip() for p in re.split(r"\n\s*\n", text) if len(p.strip()) > 40]
                out.setdefault(row["lang"], []).extend(paras)
    return out


def vary(paragraph: str, rng: random.Random) -> str:
    """Change each number while keeping its digit count (so "2016" stays a plausible year)."""
    def repl(m: re.Match[str]) -> str:
        digits = m.group(0)
        if len(digits) == 1:
            return str(rng.randint(2, 9))
        return str(rng.randint(10 ** (len(digits) - 1), 10 ** len(digits) - 1))
    return NUMBER.sub(repl, paragraph)


def write_batch(path: Path, n: int, seed: int = 7, corpus: str = "dense") -> int:
    """Write n synthetic articles as JSONL; return the number of bytes of article text."""
    rng = random.Random(seed)
    pools = paragraphs_by_lang(corpus)
    langs = sorted(pools)
    text_bytes = 0
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            lang = langs[i % len(langs)]
            parts: list[str] = []
            size = 0
            # an article's paragraphs are drawn without replacement, as copy does not repeat itself
            # (the English pool, one 3 KB article, runs out before 4 KB: only then does one recur)
            deck: list[str] = []
            while True:
                if not deck:
                    deck = rng.sample(pools[lang], len(pools[lang]))
                para = vary(deck.pop(), rng)
                grown = size + len(para.encode("utf-8")) + 2 * bool(parts)
                # stop at the paragraph count whose size is nearest 4 KB, so articles average 4 KB
                if parts and grown - TARGET_BYTES > TARGET_BYTES - size:
                    break
                parts.append(para)
                size = grown
            text = "\n\n".join(parts)
            text_bytes += len(text.encode("utf-8"))
            published = date(2016, 1, 1) + timedelta(days=rng.randrange(3000))
            out.write(json.dumps({"id": f"bench-{i:06d}", "text": text, "published": published.isoformat(),
                                  "source": f"outlet-{i % 25}", "lang": lang}, ensure_ascii=False) + "\n")
    return text_bytes


def run_one(path: Path, use_tracemalloc: bool) -> dict:
    """Extract one batch file in this process and measure it (called in a child process)."""
    from checker.pipeline import extract_batch
    from checker.problems import ProblemLog

    import tracemalloc

    rss_before = _maxrss_mb()
    if use_tracemalloc:
        tracemalloc.start()
    articles = records = 0
    log = ProblemLog(stream=None)
    t0, c0 = time.perf_counter(), time.process_time()
    first = first_cpu = None
    for _article, recs in extract_batch([path], log=log, unique_ids=False):  # as `extract` streams
        articles += 1
        records += len(recs)
        if first is None:  # start-up: imports, language data, unit registry
            first, first_cpu = time.perf_counter(), time.process_time()
    end, end_cpu = time.perf_counter(), time.process_time()
    heap_peak = tracemalloc.get_traced_memory()[1] / 2**20 if use_tracemalloc else None
    return {"articles": articles, "records": records, "problems": len(log.problems),
            "startup": (first or end) - t0, "seconds": end - (first or end), "cpu_seconds": end_cpu - (first_cpu or end_cpu),
            "rss_after_import_mb": rss_before, "peak_rss_mb": _maxrss_mb(), "heap_peak_mb": heap_peak}


def _maxrss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("ns", nargs="*", type=int, default=list(DEFAULT_NS))
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="wire",
                        help="wire: paragraphs of real wire articles (default); dense: figure-dense passages too")
    parser.add_argument("--tracemalloc", action="store_true", help="also report the Python heap peak (slower)")
    parser.add_argument("--child", metavar="JSONL", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(Path(args.child), args.tracemalloc)))
        return

    print("command:", " ".join([Path(sys.executable).name, "bench/bench_extract.py", *map(str, args.ns),
                                "--corpus", args.corpus] + (["--tracemalloc"] if args.tracemalloc else [])))
    print(f"python {sys.version.split()[0]}, one process per N, cpu count {os.cpu_count()} (extraction uses one); "
          "rates count the articles after the first, start-up is the time to the first")
    header = (f"{'N':>7} {'MB text':>8} {'KB/art':>7} {'start-up':>9} {'seconds':>8} {'art/s':>7} {'art/s CPU':>10} {'MB/s':>6} {'MB/s CPU':>9} "
              f"{'rec/art':>8} {'RSS import':>11} {'peak RSS':>9}")
    if args.tracemalloc:
        header += f" {'heap peak':>10}"
    print(header)
    with tempfile.TemporaryDirectory(prefix="bench-extract-") as tmp:
        for n in args.ns:
            batch = Path(tmp) / f"batch-{n}.jsonl"
            text_bytes = write_batch(batch, n, corpus=args.corpus)
            cmd = [sys.executable, __file__, "--child", str(batch)] + (["--tracemalloc"] if args.tracemalloc else [])
            proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
            if proc.returncode != 0:
                print(f"{n:>7} failed:\n{proc.stderr.strip()[-2000:]}")
                continue
            r = json.loads(proc.stdout.strip().splitlines()[-1])
            mb = text_bytes / 1e6 * (n - 1) / n
            rest = max(1, r["articles"] - 1)
            line = (f"{n:>7} {text_bytes / 1e6:>8.1f} {text_bytes / n / 1024:>7.2f} {r['startup']:>8.2f}s {r['seconds']:>8.2f} "
                    f"{rest / r['seconds']:>7.0f} {rest / r['cpu_seconds']:>10.0f} {mb / r['seconds']:>6.2f} {mb / r['cpu_seconds']:>9.2f} "
                    f"{r['records'] / max(1, r['articles']):>8.1f} {r['rss_after_import_mb']:>9.0f}MB "
                    f"{r['peak_rss_mb']:>7.0f}MB")
            if args.tracemalloc:
                line += f" {r['heap_peak_mb']:>8.1f}MB"
            if r["articles"] != n or r["problems"]:
                line += f"  ({r['articles']} articles read, {r['problems']} problems)"
            print(line, flush=True)
            batch.unlink()


if __name__ == "__main__":
    main()
