"""Language data: one folder per language, each a set of reviewable YAML files.

Adding Spanish means adding `checker/lang/es/numbers.yaml` and `figures.yaml` (and tests),
not editing the engine.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from checker.yamlio import load_yaml

LANG_DIR = Path(__file__).resolve().parent
FILES = ("numbers", "figures", "time")


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
    data: dict[str, Any] = {}
    for name in FILES:
        path = folder / f"{name}.yaml"
        if path.is_file():
            with open(path, encoding="utf-8") as fh:
                data[name] = load_yaml(fh) or {}
    return data
