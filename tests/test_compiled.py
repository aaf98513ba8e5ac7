"""checker/compiled.py: a reader loaded from the cache folder is the reader a fresh build makes."""
from __future__ import annotations

import pickle
import re
import shutil

import pytest

from checker import compiled
from checker.extract.figures import FigureLexicon
from checker.extract.numbers import NumberReader
from checker.extract.windows import TimeReader

READERS = [("figures", FigureLexicon), ("numbers", NumberReader), ("time", TimeReader)]


def _patterns(obj, seen=None):
    """Every compiled pattern reachable from `obj`, in a fixed order."""
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return
    seen.add(id(obj))
    if isinstance(obj, re.Pattern):
        yield obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield from _patterns(k, seen)
            yield from _patterns(v, seen)
    elif isinstance(obj, (list, tuple, set, frozenset)):
        for v in obj:
            yield from _patterns(v, seen)
    elif hasattr(obj, "__dict__") or hasattr(obj, "__slots__"):
        for name in sorted(set(getattr(obj, "__dict__", {})) | set(getattr(type(obj), "__slots__", ()))):
            if hasattr(obj, name):
                yield from _patterns(getattr(obj, name), seen)


@pytest.mark.parametrize("kind, cls", READERS)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_cached_reader_has_the_same_patterns(kind, cls, lang, tmp_path, monkeypatch):
    monkeypatch.setenv("CASUALTY_CHECK_CACHE_DIR", str(tmp_path))
    fresh = compiled.built(kind, lang, lambda: cls(lang))  # builds and stores
    assert list(tmp_path.glob(f"compiled-{kind}-{lang}-*.pickle"))
    loaded = compiled.built(kind, lang, lambda: pytest.fail("should load from the cache"))
    assert loaded is not fresh
    fresh_patterns, loaded_patterns = list(_patterns(fresh)), list(_patterns(loaded))
    assert len(fresh_patterns) > 5
    # re.Pattern equality compares source, flags and the compiled code itself
    assert loaded_patterns == fresh_patterns
    for p in loaded_patterns:
        assert p.groupindex == re.compile(p.pattern, p.flags).groupindex


def test_cached_reader_finds_the_same_numbers(tmp_path, monkeypatch):
    monkeypatch.setenv("CASUALTY_CHECK_CACHE_DIR", str(tmp_path))
    compiled.built("numbers", "fr", lambda: NumberReader("fr"))
    loaded = compiled.built("numbers", "fr", lambda: pytest.fail("should load from the cache"))
    text = "Plus de 270.000 morts, dont une vingtaine d'enfants et des dizaines de blessés, entre 20 et 30 disparus."
    got = [(n.value, n.low, n.high, n.qualifier, n.kind) for n in loaded.find(text)]
    assert got == [(n.value, n.low, n.high, n.qualifier, n.kind) for n in NumberReader("fr").find(text)]
    assert (270000, 270001, None, "more_than", "digits") in got


def test_a_damaged_cache_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("CASUALTY_CHECK_CACHE_DIR", str(tmp_path))
    compiled.built("time", "en", lambda: TimeReader("en"))
    [path] = tmp_path.glob("compiled-time-en-*.pickle")
    path.write_bytes(path.read_bytes()[:100])  # truncated, as by a full disk
    calls = []
    reader = compiled.built("time", "en", lambda: calls.append(1) or TimeReader("en"))
    assert calls == [1] and isinstance(reader, TimeReader)
    pickle.loads(path.read_bytes())  # and written whole again


def test_the_cache_can_be_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv("CASUALTY_CHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("CASUALTY_CHECK_NO_COMPILED_CACHE", "1")
    compiled.built("time", "en", lambda: TimeReader("en"))
    assert not list(tmp_path.glob("compiled-*"))


def test_the_key_follows_the_language_data(tmp_path, monkeypatch):
    package = tmp_path / "checker"
    for name in compiled.SOURCES:
        src = compiled.PACKAGE / name
        if src.is_dir():
            shutil.copytree(src, package / name, ignore=shutil.ignore_patterns("*.tsv", "__pycache__"))
        else:
            (package / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(src, package / name)
    monkeypatch.setattr(compiled, "PACKAGE", package)
    compiled.sources_digest.cache_clear()
    try:
        before = compiled.sources_digest()
        numbers = package / "lang" / "fr" / "numbers.yaml"
        numbers.write_text(numbers.read_text(encoding="utf-8") + "\n# a reviewer's edit\n", encoding="utf-8")
        compiled.sources_digest.cache_clear()
        assert compiled.sources_digest() != before
    finally:
        compiled.sources_digest.cache_clear()


def test_loading_leaves_the_collector_as_it_was(tmp_path, monkeypatch):
    """`built` turns the garbage collector off while it unpickles (spd-r191), and back on after,
    whether the file loads, is damaged or is missing; a collector the caller turned off stays off."""
    import gc

    monkeypatch.setenv("CASUALTY_CHECK_CACHE_DIR", str(tmp_path))
    assert gc.isenabled()
    compiled.built("numbers", "fr", lambda: NumberReader("fr"))  # missing: built and stored
    assert gc.isenabled()
    compiled.built("numbers", "fr", lambda: pytest.fail("should load from the cache"))
    assert gc.isenabled()
    for path in tmp_path.glob("compiled-numbers-fr-*.pickle"):
        path.write_bytes(b"not a pickle")
    compiled.built("numbers", "fr", lambda: NumberReader("fr"))  # damaged: built again
    assert gc.isenabled()
    gc.disable()
    try:
        compiled.built("numbers", "fr", lambda: pytest.fail("should load from the cache"))
        assert not gc.isenabled()
    finally:
        gc.enable()
