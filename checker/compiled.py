"""Language data compiled once per machine, not once per process.

Turning `checker/lang/<lang>/*.yaml` into the extractor's readers (`FigureLexicon`,
`NumberReader`, `TimeReader`) means reading YAML, building trie alternations, finding each
pattern's required literals and compiling a few hundred regular expressions: about 0.2 s per
language. A batch pays that once; a pre-publication `check` of one draft, which should answer in
under a second (docs/design.md), paid it on every run. So the built reader is kept in the cache
folder (`checker.cache`) as a pickle, and the next process loads it in a few milliseconds.

A compiled pattern normally pickles as its source and is compiled again on loading, which would
keep most of the cost. Our pickler stores what `re` compiles a pattern into instead (the same
arguments `re._compiler.compile` hands to `_sre.compile`) and loading rebuilds the pattern from
them. That code is private to the running Python, so the cache key holds the Python version and
`_sre.MAGIC` as well as a digest of the language data and of the modules that build readers: any
change to one of them makes a new entry. Anything that goes wrong (no cache folder, a truncated
file, another Python) falls back to building the reader, which is always correct.
"""
from __future__ import annotations

import array
import copyreg
import gc
import io
import os
import pickle
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Callable, TypeVar

from checker.cache import cache_dir, digest, keep

try:  # the regex engine's own compiler: present in CPython 3.11+, absent elsewhere
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - other Python implementations
    _sre = None

T = TypeVar("T")
PACKAGE = Path(__file__).resolve().parent
# What a reader is built from: the language data, and the code that turns it into patterns.
SOURCES = ("lang", "extract", "normalise", "ingest/date_check.py", "literals.py", "yamlio.py", "compiled.py")
_FORMAT = "2"  # 2: a pattern's code as bytes (`_reduce_pattern`)


@lru_cache(maxsize=1)
def sources_digest() -> str:
    """One digest of every data file and module a reader depends on (read once per process)."""
    parts: list[bytes] = []
    for name in SOURCES:
        path = PACKAGE / name
        files = sorted(p for p in path.rglob("*") if p.suffix in (".py", ".yaml")) if path.is_dir() else [path]
        for f in files:
            parts += [str(f.relative_to(PACKAGE)).encode(), f.read_bytes()]
    return digest(*parts)


def built(kind: str, lang: str, build: Callable[[], T], data: str = "") -> T:
    """`build()`, or the object a previous process built for the same kind, language and sources.

    `data` names anything else the object is built from (a newsroom's gazetteer: its digest)."""
    if _sre is None or os.environ.get("CASUALTY_CHECK_NO_COMPILED_CACHE"):
        return build()
    key = digest(_FORMAT, kind, lang, sys.version, str(_sre.MAGIC), sources_digest(), data)
    path = cache_dir() / f"compiled-{kind}-{lang}-{key[:20]}.pickle"
    # (the collector off while loading: a reader is some hundred thousand new objects, none of them
    # garbage, and each collection they set off would walk every object the process holds)
    enabled = gc.isenabled()
    try:
        with open(path, "rb") as fh:
            data = fh.read()
        gc.disable()
        obj = pickle.loads(data)
        # and the loaded objects kept out of every later collection: back on, the collector would
        # walk them all in its next young collection and again in the middle generation's (some
        # 6 ms of a first French article, spd-r201); a reader lives as long as the process
        gc.freeze()
        return obj
    except Exception:  # missing, truncated or from another build: build it again
        pass
    finally:
        if enabled:
            gc.enable()
    obj = build()
    _save(path, obj)
    return obj


def _save(path: Path, obj) -> None:
    try:
        buf = io.BytesIO()
        pickler = pickle.Pickler(buf, protocol=pickle.HIGHEST_PROTOCOL)
        pickler.dispatch_table = copyreg.dispatch_table.copy()
        pickler.dispatch_table[re.Pattern] = _reduce_pattern  # this pickler only, not the process
        pickler.dump(obj)
        keep(path, buf.getvalue())
    except Exception:  # an unpicklable reader or an unwritable folder only costs the time saved
        pass


def _reduce_pattern(pattern: re.Pattern):
    """Pickle a pattern as its compiled code (what `re._compiler.compile` passes to `_sre`)."""
    source, flags = pattern.pattern, pattern.flags
    if not isinstance(source, str):
        return re.compile, (source, flags)
    parsed = _parser.parse(source, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # the code as the bytes of an array of unsigned ints: a few hundred thousand small ints, which
    # pickle would write and read one opcode each
    return _restore_pattern, (source, int(flags | parsed.state.flags), array.array("I", code).tobytes(),
                              parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _restore_pattern(source: str, flags: int, code: bytes, groups: int, groupindex: dict, indexgroup: tuple):
    try:
        return _sre.compile(source, flags, array.array("I", code).tolist(), groups, groupindex, indexgroup)
    except Exception:  # pragma: no cover - guarded by the key; compile it the ordinary way
        return re.compile(source, flags)
