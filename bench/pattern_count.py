"""Instructions one pattern costs a call, counted by valgrind on the calls it gets over the wire batch (spd-r256).

    .venv/bin/python bench/pattern_count.py capture /tmp/calls.pkl INCREMENT_AFTER lex.place_not_after world.STREET
    .venv/bin/python bench/pattern_count.py count /tmp/calls.pkl en.place_not_after          # the pattern as it is
    .venv/bin/python bench/pattern_count.py count /tmp/calls.pkl EXAMPLE_PLACE --form my_form.py

`capture` extracts the 101 wire articles of `bench/instructions.py` with the named patterns replaced by a proxy
that keeps each call's method and arguments (a name of `checker.extract.figures`, `lex.NAME` for both languages'
`FigureLexicon` attribute, `world.NAME` for `checker.normalise.world`), and pickles them with the patterns' source
and flags. `count` replays one pattern's calls in a bare interpreter (no extractor loaded) five times and not at all,
each under `valgrind --tool=cachegrind`, and prints the difference over five times the calls: the pattern's
instructions a call, and per article. `--form FILE` replays a replacement instead: FILE defines
`make((pattern, flags), name)` returning `f(method, args)`, to count a new form on the same calls before writing it.
Replayed µs under-weigh a pattern's share of `bench/instructions.py` two- to threefold (spd-r248); these counts
added up to what the whole count moved in spd-r256 (0.42 M an article).
"""
from __future__ import annotations

import os
import pickle
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = 101

REPLAY = """
import pickle, re, sys
pats, calls = pickle.load(open(sys.argv[1], "rb"))
name, reps = sys.argv[2], int(sys.argv[3])
calls = [(m, a) for n, m, a in calls if n == name]
if len(sys.argv) > 4:
    ns = {}
    exec(open(sys.argv[4]).read(), ns)
    fn = ns["make"](pats[name], name)
    for _ in range(reps):
        for m, a in calls:
            fn(m, a)
else:
    rx = re.compile(*pats[name])
    for _ in range(reps):
        for m, a in calls:
            getattr(rx, m)(*a)
"""


class _Proxy:
    def __init__(self, name, rx, calls):
        self._name, self._rx, self._calls = name, rx, calls

    def __getattr__(self, attr):
        value = getattr(self._rx, attr)
        if attr in ("match", "search", "fullmatch", "finditer", "findall", "sub", "found_in"):
            # (`LowerCased.found_in(text, lo, hi)` is kept as the search it answers for)
            def call(*args, _value=value, _attr="search" if attr == "found_in" else attr):
                self._calls.append((self._name, _attr, args))
                return _value(*args)
            return call
        return value

    def __bool__(self):
        return True


def _plain(rx):
    """The `re.Pattern` under a wrapper (`Gated.rx`, `LowerCased.rx`)."""
    return rx if isinstance(rx, re.Pattern) else rx.rx


def capture(out: Path, names: list[str]) -> None:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_extract import write_batch
    from checker.extract import figures
    from checker.normalise import world
    from checker.pipeline import extract_batch
    from checker.problems import ProblemLog

    calls: list = []
    patterns: dict = {}
    for name in names:
        if name.startswith("lex."):
            for lang in ("en", "fr"):
                lex = figures.lexicon(lang)
                if (rx := getattr(lex, name[4:])) is not None:
                    patterns[f"{lang}.{name[4:]}"] = (_plain(rx).pattern, _plain(rx).flags)
                    setattr(lex, name[4:], _Proxy(f"{lang}.{name[4:]}", rx, calls))
        else:
            module, attr = (world, name[6:]) if name.startswith("world.") else (figures, name)
            rx = getattr(module, attr)
            patterns[name] = (_plain(rx).pattern, _plain(rx).flags)
            setattr(module, attr, _Proxy(name, rx, calls))
    with tempfile.TemporaryDirectory(prefix="pattern-count-") as tmp:
        batch = Path(tmp) / "batch.jsonl"
        write_batch(batch, ARTICLES, corpus="wire")
        for _ in extract_batch([batch], log=ProblemLog(stream=None), unique_ids=False):
            pass
    with open(out, "wb") as handle:
        pickle.dump((patterns, calls), handle)
    for (name, method), n in sorted(Counter((c[0], c[1]) for c in calls).items()):
        print(f"{name} {method}: {n} calls ({n / ARTICLES:.1f} an article)")


def _instructions(args: list[str], script: Path) -> int:
    env = dict(os.environ, PYTHONHASHSEED="0")
    run = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                          sys.executable, str(script), *args], env=env, capture_output=True, text=True)
    found = re.search(r"I\s+refs:\s+([\d,]+)", run.stderr)
    if run.returncode != 0 or not found:
        raise SystemExit(f"valgrind failed:\n{run.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def count(path: Path, name: str, form: str | None, reps: int = 5) -> None:
    _, calls = pickle.load(open(path, "rb"))
    n = sum(1 for c in calls if c[0] == name)
    if not n:
        raise SystemExit(f"no call of {name} in {path}")
    with tempfile.TemporaryDirectory(prefix="pattern-count-") as tmp:
        script = Path(tmp) / "replay.py"
        script.write_text(REPLAY)
        extra = [form] if form else []
        base = _instructions([str(path), name, "0", *extra], script)
        full = _instructions([str(path), name, str(reps), *extra], script)
    per_call = (full - base) / reps / n
    print(f"{name}{' (' + form + ')' if form else ''}: {n} calls, {per_call:,.0f} instructions a call, "
          f"{per_call * n / (ARTICLES - 1):,.0f} an article")


def main() -> None:
    if len(sys.argv) >= 4 and sys.argv[1] == "capture":
        capture(Path(sys.argv[2]), sys.argv[3:])
    elif len(sys.argv) >= 4 and sys.argv[1] == "count":
        form = sys.argv[sys.argv.index("--form") + 1] if "--form" in sys.argv else None
        count(Path(sys.argv[2]), sys.argv[3], form)
    else:
        print(__doc__)
        raise SystemExit(2)


if __name__ == "__main__":
    main()
