"""Language data: one folder per language, each a set of reviewable YAML files.

Adding Spanish means adding `checker/lang/es/numbers.yaml`, `figures.yaml`, `time.yaml` and
`cues.yaml` (and tests), not editing the engine.

`cues.yaml` holds the words of the extractor's own patterns (checker/extract/figures.py,
windows.py, attribution.py, text.py, numbers.py): a mapping `name -> list of alternatives`, each a regex
fragment in that language, with a comment naming the pattern it goes into. The engine keeps the
pattern's structure and asks for its words with `cues(name)` ("bilan|toll|..."), which joins the
alternatives of every supported language (alphabetical order of languages, file order within
one), so a pattern is the union of all languages' words, as it always was. A language lists every
cue the engine asks for, `[]` where it has no such words (tests/test_lang_data.py checks both
ways); a cue no language gives matches nothing (`NOTHING`). To add a language's words: copy
`en/cues.yaml`, replace each list with the language's words, add `examples`, run the tests.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from checker.yamlio import load_yaml, load_yaml_file

LANG_DIR = Path(__file__).resolve().parent
FILES = ("numbers", "figures", "time", "cues", "language")


@lru_cache(maxsize=1)
def supported_languages() -> tuple[str, ...]:
    """Languages with number data; the folder is listed once per process, not once per article."""
    return tuple(sorted(p.name for p in LANG_DIR.iterdir() if (p / "numbers.yaml").is_file()))


@lru_cache(maxsize=None)
def load_lang(lang: str) -> dict[str, Any]:
    """All data files of one language, keyed by file stem."""
    folder = LANG_DIR / lang
    if not (folder / "numbers.yaml").is_file():
        raise KeyError(f"language {lang!r} has no data (supported: {', '.join(supported_languages())})")
    return {name: load_lang_file(lang, name) for name in FILES if (folder / f"{name}.yaml").is_file()}


@lru_cache(maxsize=None)
def load_lang_file(lang: str, name: str) -> dict[str, Any]:
    """One data file of one language (`name` in FILES), {} when the language has none. The
    language check of every article needs only `language.yaml`: reading the other four files as
    well cost each process 0.2 s that the compiled cache (checker/compiled.py) otherwise saves."""
    path = LANG_DIR / lang / f"{name}.yaml"
    if not path.is_file():
        return {}
    with open(path, encoding="utf-8") as fh:
        return load_yaml(fh) or {}


# -- cues: the words of the extractor's own patterns ------------------------------------------------
NOTHING = r"(?!x)x"  # an alternation with no alternative: matches nothing
_requested: set[str] = set()


def cue_alternatives(name: str) -> list[str]:
    """The alternatives of cue `name` (cues.yaml) of every supported language, one language after
    the other in `supported_languages()` order, each language's in its file's order."""
    _requested.add(name)
    out: list[str] = []
    for lang in supported_languages():
        out += _cues_of(lang).get(name) or []
    return out


@lru_cache(maxsize=None)
def _cues_of(lang: str) -> dict[str, Any]:
    """cues.yaml of one language alone: the engine's modules ask for it at import, and loading the
    language's other files then would cost a one-draft check the time the compiled cache saves."""
    path = LANG_DIR / lang / "cues.yaml"
    if not path.is_file():
        return {}
    return load_yaml_file(path, cache=True) or {}  # from the JSON cache: read at every import


def cues(name: str) -> str:
    """Cue `name` as the body of an alternation ("bilan|toll|..."), to put in a group; a cue no
    language gives matches nothing."""
    alts = cue_alternatives(name)
    return "|".join(alts) if alts else NOTHING


def requested_cues() -> frozenset[str]:
    """The cue names the engine asked for so far (all of them once checker.extract is imported)."""
    return frozenset(_requested)
