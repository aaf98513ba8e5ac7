"""Time every compiled pattern of the extractor per call over a wire batch (a timing proxy).

    .venv/bin/python bench/pattern_times.py                    # 300 wire articles, top 40 by total
    .venv/bin/python bench/pattern_times.py --n 600 --top 80 --json /tmp/times.json

`re.compile` is replaced, before the checker is imported, by one that returns a proxy timing each
`search`, `match`, `fullmatch`, `finditer` (its iteration included), `findall`, `sub`, `subn` and
`split` of the pattern; the compiled language cache is bypassed so that the language data's patterns
are compiled, and proxied, too. What it reports is the least wall time per pattern over a few passes of the batch (total,
calls, µs per call) by method, with where it was compiled: a guide to which pattern to rewrite, not a measure
(`bench/instructions.py` is that). The proxy adds about 0.3 µs per call.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

STATS: dict = defaultdict(lambda: [0, 0])  # key -> [calls, ns]
_real_compile = re.compile
_clock = time.perf_counter_ns


class _Iter:
    __slots__ = ("it", "key")

    def __init__(self, it, key):
        self.it, self.key = it, key

    def __iter__(self):
        return self

    def __next__(self):
        t = _clock()
        try:
            return next(self.it)
        finally:
            STATS[self.key][1] += _clock() - t


class TimedPattern:
    def __init__(self, rx, where):
        self._rx = rx
        self._key = (rx.pattern if isinstance(rx.pattern, str) else repr(rx.pattern), where)

    def __getattr__(self, name):
        return getattr(self._rx, name)

    def __reduce__(self):
        return (re.compile, (self._rx.pattern, self._rx.flags))

    def _timed(name):  # noqa: N805 - a method factory
        def method(self, *args, **kwargs):
            s = STATS[self._key + (name,)]
            t = _clock()
            r = getattr(self._rx, name)(*args, **kwargs)
            s[1] += _clock() - t
            s[0] += 1
            return r
        method.__name__ = name
        return method

    search = _timed("search")
    match = _timed("match")
    fullmatch = _timed("fullmatch")
    findall = _timed("findall")
    sub = _timed("sub")
    subn = _timed("subn")
    split = _timed("split")

    def finditer(self, *args, **kwargs):
        key = self._key + ("finditer",)
        s = STATS[key]
        s[0] += 1
        t = _clock()
        it = self._rx.finditer(*args, **kwargs)
        s[1] += _clock() - t
        return _Iter(it, key)

    def __eq__(self, other):
        return self._rx == getattr(other, "_rx", other)

    def __hash__(self):
        return hash(self._rx)


def compiled_where() -> str:
    """Where the pattern being compiled comes from: the file:line that called `re.compile` (or the proxy
    in its place), past the frames of `re` and `functools`. Called from the proxy's own compile."""
    f = sys._getframe(2)
    while f is not None and f.f_code.co_filename.endswith(("re/__init__.py", "functools.py")):
        f = f.f_back
    return f"{Path(f.f_code.co_filename).name}:{f.f_lineno}" if f else "?"


def _compile(pattern, flags=0):
    if isinstance(pattern, TimedPattern):
        return pattern
    return TimedPattern(_real_compile(pattern, flags), compiled_where())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--corpus", default="wire")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--passes", type=int, default=3, help="passes over the batch; each pattern's least total is kept")
    parser.add_argument("--json", help="write every pattern's calls and ns here")
    args = parser.parse_args()
    os.environ["CASUALTY_CHECK_NO_COMPILED_CACHE"] = "1"
    re.compile = _compile
    from bench_extract import write_batch
    from checker.pipeline import extract_batch
    from checker.problems import ProblemLog

    with tempfile.TemporaryDirectory(prefix="pattern-times-") as tmp:
        batch = Path(tmp) / "batch.jsonl"
        warm = Path(tmp) / "warm.jsonl"
        write_batch(warm, 3, seed=1, corpus=args.corpus)
        write_batch(batch, args.n, corpus=args.corpus)
        for _ in extract_batch([warm], log=ProblemLog(stream=None), unique_ids=False):
            pass
        best: dict = {}
        total = None
        for _ in range(args.passes):
            STATS.clear()
            t = _clock()
            for _ in extract_batch([batch], log=ProblemLog(stream=None), unique_ids=False):
                pass
            t = _clock() - t
            total = t if total is None else min(total, t)
            for key, (calls, ns) in STATS.items():
                if key not in best or ns < best[key][1]:
                    best[key] = (calls, ns)
    rows = sorted(((ns, calls, key) for key, (calls, ns) in best.items()), reverse=True)
    timed = sum(r[0] for r in rows)
    print(f"{args.n} {args.corpus} articles: {total / 1e6:.0f} ms, of it {timed / 1e6:.0f} ms in {len(rows)} patterns")
    print(f"{'ms':>7} {'calls':>8} {'us/call':>8}  where  pattern")
    for ns, calls, (pat, where, how) in rows[: args.top]:
        short = pat if len(pat) < 110 else pat[:80] + f"...({len(pat)} chars)"
        print(f"{ns / 1e6:7.1f} {calls:8d} {ns / 1e3 / max(calls, 1):8.1f}  {where} {how}  {short!r}")
    if args.json:
        Path(args.json).write_text(json.dumps([{"ns": ns, "calls": c, "pattern": p, "where": w, "how": h} for ns, c, (p, w, h) in rows],
                                              ensure_ascii=False, indent=0), encoding="utf-8")


if __name__ == "__main__":
    main()
