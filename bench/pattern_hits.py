"""Every compiled pattern's calls, matches and time by the line that calls it, over a wire batch.

    .venv/bin/python bench/pattern_hits.py 300 /tmp/hits.json     # 300 wire articles, top 70 by time

Like `bench/pattern_times.py` (a proxy in place of `re.compile`, the compiled language cache
bypassed), but keyed by (pattern, where compiled, method, calling file:line:function) and counting
the calls that matched (`finditer`/`findall`: the matches). A pattern called many times an article
that almost never matches is the first to gate (a look at a character, a literal, an article bit).
Times are CPU time (`time.thread_time_ns`), each with about a microsecond of the clock's own cost:
a guide, not a measure (`bench/instructions.py` is that). Used by spd-r180.
"""
from __future__ import annotations

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
sys.path.insert(0, str(ROOT))
from pattern_times import compiled_where  # noqa: E402 - bench/ is on the path only from here

STATS: dict = defaultdict(lambda: [0, 0, 0])  # key -> [calls, ns, matches]
_real_compile = re.compile
_clock = time.thread_time_ns


class CountedPattern:
    def __init__(self, rx, where):
        self._rx = rx
        self._pat = rx.pattern if isinstance(rx.pattern, str) else repr(rx.pattern)
        self._where = where

    def __getattr__(self, name):
        return getattr(self._rx, name)

    def __reduce__(self):
        return (re.compile, (self._rx.pattern, self._rx.flags))

    def __eq__(self, other):
        return self._rx == getattr(other, "_rx", other)

    def __hash__(self):
        return hash(self._rx)

    def _counted(name):  # noqa: N805 - a method factory
        def method(self, *args, **kwargs):
            f = sys._getframe(1)
            key = (self._pat, self._where, name, f"{Path(f.f_code.co_filename).name}:{f.f_lineno}:{f.f_code.co_name}")
            s = STATS[key]
            t = _clock()
            r = getattr(self._rx, name)(*args, **kwargs)
            if name == "finditer":
                r = list(r)
            s[1] += _clock() - t
            s[0] += 1
            if name in ("finditer", "findall"):
                s[2] += len(r)
                return iter(r) if name == "finditer" else r
            s[2] += r is not None and r is not False
            return r
        method.__name__ = name
        return method


for _name in ("search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split"):
    setattr(CountedPattern, _name, CountedPattern._counted(_name))  # each method of a compiled pattern, counted


def _compile(pattern, flags=0):
    if isinstance(pattern, CountedPattern):
        return pattern
    return CountedPattern(_real_compile(pattern, flags), compiled_where())


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    out = sys.argv[2] if len(sys.argv) > 2 else None
    os.environ["CASUALTY_CHECK_NO_COMPILED_CACHE"] = "1"
    re.compile = _compile
    from bench_extract import write_batch
    from checker.pipeline import extract_batch
    from checker.problems import ProblemLog

    with tempfile.TemporaryDirectory(prefix="pattern-hits-") as tmp:
        batch, warm = Path(tmp) / "batch.jsonl", Path(tmp) / "warm.jsonl"
        write_batch(warm, 3, seed=1, corpus="wire")
        write_batch(batch, n, corpus="wire")
        for _ in extract_batch([warm], log=ProblemLog(stream=None), unique_ids=False):
            pass
        STATS.clear()
        for _ in extract_batch([batch], log=ProblemLog(stream=None), unique_ids=False):
            pass
    rows = sorted(((v[1], v[0], v[2], k) for k, v in STATS.items()), reverse=True)
    if out:
        Path(out).write_text(json.dumps([{"ns": ns, "calls": c, "hits": h, "pattern": k[0], "where": k[1], "how": k[2], "caller": k[3]}
                                         for ns, c, h, k in rows], ensure_ascii=False), encoding="utf-8")
    print(f"{n} wire articles: {sum(r[1] for r in rows) / n:.0f} pattern calls an article")
    print(f"{'ms':>7} {'calls/art':>9} {'matched':>7}  method caller  compiled-at  pattern")
    for ns, calls, hits, (pat, where, how, caller) in rows[:70]:
        short = pat if len(pat) < 70 else pat[:60] + f"...({len(pat)})"
        print(f"{ns / 1e6:7.1f} {calls / n:9.1f} {hits / max(calls, 1):7.2f}  {how[:6]:6} {caller} {where} {short!r}")


if __name__ == "__main__":
    main()
