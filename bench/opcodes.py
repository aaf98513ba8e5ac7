"""Bytecodes per article, by line: where the interpreter's work goes, counted exactly.

    .venv/bin/python bench/opcodes.py                        # 40 wire articles, top lines and functions
    .venv/bin/python bench/opcodes.py --under _extract_figures   # each bytecode put under that function's line
    .venv/bin/python bench/opcodes.py --under _held_and_places --top 30

`sys.settrace` with `f_trace_opcodes` sees every bytecode the checker runs. Sampling (`ITIMER_PROF`)
puts the time of a C call on the next line that checks for signals (an automaton pass shows as line
"None", a function that merely returns after it as hot); a count of bytecodes does not move with the
host's load and needs no valgrind. It does not weigh a bytecode by its cost (a `re` call is one),
so read it beside `bench/instructions.py`. The first articles are extracted untraced, to build both
languages' caches; tracing makes the run some fifty times slower.
"""
from __future__ import annotations

import argparse
import collections
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import write_batch  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=40, help="articles traced (default 40)")
    parser.add_argument("--warm", type=int, default=12, help="articles extracted first, untraced (default 12)")
    parser.add_argument("--corpus", default="wire")
    parser.add_argument("--under", help="count each bytecode under the line of this function it runs below")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    from checker.extract import extract_article
    from checker.ingest import read_articles
    from checker.problems import ProblemLog

    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "batch.jsonl"
        write_batch(batch, args.n + args.warm, corpus=args.corpus)
        articles = list(read_articles([batch], log=ProblemLog(stream=None), unique_ids=False))
    for article in articles[:args.warm]:
        extract_article(article)
    lines: collections.Counter = collections.Counter()
    funcs: collections.Counter = collections.Counter()
    under = args.under

    def tracer(frame, event, arg):
        frame.f_trace_opcodes = True
        frame.f_trace_lines = False
        if event == "opcode":
            code = frame.f_code
            where = (code.co_filename.rsplit("/", 1)[-1], code.co_name)
            if under is None:
                funcs[where] += 1
                lines[(*where, frame.f_lineno)] += 1
            else:
                f = frame
                while f is not None and f.f_code.co_name != under:
                    f = f.f_back
                if f is not None:
                    funcs[where] += 1
                    lines[(under, f.f_lineno)] += 1
        return tracer

    traced = articles[args.warm:]
    sys.settrace(tracer)
    try:
        for article in traced:
            extract_article(article)
    finally:
        sys.settrace(None)
    n, total = len(traced), sum(funcs.values())
    print(f"{total / n:,.0f} bytecodes per article" + (f" under {under}" if under else "") + f" ({n} {args.corpus} articles)")
    print("by line" + (f" of {under}" if under else "") + ":")
    for key, count in lines.most_common(args.top):
        print(f"{count / n:10,.0f} {100 * count / total:5.1f} %  {':'.join(map(str, key))}")
    print("by function:")
    for key, count in funcs.most_common(args.top):
        print(f"{count / n:10,.0f} {100 * count / total:5.1f} %  {':'.join(key)}")


if __name__ == "__main__":
    main()
