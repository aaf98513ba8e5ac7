"""The user's cache folder: work that only ever saves time, keyed by what it was computed from.

Two uses: big YAML files named in the config kept as JSON (`checker.yamlio`), and rule files
that already passed schema validation (`checker.rules.loading`), so that a one-draft check does
not pay for importing and running jsonschema on unchanged rules. Anything that cannot be read or
written here is skipped silently: the caller then does the work itself.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path


def cache_dir() -> Path:
    """$CASUALTY_CHECK_CACHE_DIR, else the user's cache folder ($XDG_CACHE_HOME or ~/.cache)."""
    if env := os.environ.get("CASUALTY_CHECK_CACHE_DIR"):
        return Path(env)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "casualty-check"


def digest(*parts: bytes | str) -> str:
    h = hashlib.sha1()
    for part in parts:
        h.update(part.encode("utf-8") if isinstance(part, str) else part)
        h.update(b"\0")
    return h.hexdigest()


def keep(path: Path, data: bytes) -> None:
    """Write a cache entry whole or not at all, even with two processes writing it at once (a
    temporary file of this process, then renamed over). Raises OSError: callers skip the cache."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def seen(kind: str, key: str) -> bool:
    """Was `remember(kind, key)` called before (in any process)?"""
    return (cache_dir() / f"{kind}-{key}").exists()


def remember(kind: str, key: str) -> None:
    try:
        folder = cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{kind}-{key}").touch()
    except OSError:
        pass
