"""Big YAML files are cached as JSON, and the cache never changes what is read."""
from __future__ import annotations

import os

import pytest

from checker import yamlio


def _gazetteer(n: int) -> str:
    return "".join(f"- slug: town-{i}\n  parent: null\n  names: {{en: [Town {i}], fr: [Ville {i}]}}\n" for i in range(n))


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("CASUALTY_CHECK_CACHE_DIR", str(folder))
    return folder


def test_big_file_is_cached_and_read_back_the_same(tmp_path, cache):
    path = tmp_path / "places.yaml"
    path.write_text(_gazetteer(2000), encoding="utf-8")
    first = yamlio.load_yaml_file(path)
    assert len(list(cache.glob("yaml-*.json"))) == 1
    assert yamlio.load_yaml_file(path) == first == yamlio.load_yaml(path.read_text(encoding="utf-8"))


def test_an_edited_file_is_read_again(tmp_path, cache):
    path = tmp_path / "places.yaml"
    path.write_text(_gazetteer(2000), encoding="utf-8")
    yamlio.load_yaml_file(path)
    path.write_text(_gazetteer(2001), encoding="utf-8")
    assert len(yamlio.load_yaml_file(path)) == 2001


def test_small_files_and_dates_are_not_cached(tmp_path, cache):
    small = tmp_path / "small.yaml"
    small.write_text(_gazetteer(3), encoding="utf-8")
    dated = tmp_path / "dated.yaml"
    dated.write_text("".join(f"- {{day: 2016-11-{1 + i % 28:02d}, n: {i}}}\n" for i in range(4000)), encoding="utf-8")
    assert len(yamlio.load_yaml_file(small)) == 3
    assert len(yamlio.load_yaml_file(dated)) == 4000
    assert not list(cache.glob("yaml-*.json")) if cache.exists() else True


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can write anywhere")
def test_an_unwritable_cache_is_skipped(tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    monkeypatch.setenv("CASUALTY_CHECK_CACHE_DIR", str(locked / "sub"))
    path = tmp_path / "places.yaml"
    path.write_text(_gazetteer(2000), encoding="utf-8")
    assert len(yamlio.load_yaml_file(path)) == 2000


def test_a_corrupt_cache_entry_is_ignored(tmp_path, cache):
    path = tmp_path / "places.yaml"
    path.write_text(_gazetteer(2000), encoding="utf-8")
    yamlio.load_yaml_file(path)
    for f in cache.glob("yaml-*.json"):
        f.write_text("{not json", encoding="utf-8")
    assert len(yamlio.load_yaml_file(path)) == 2000


def test_a_key_given_twice_is_refused_with_both_lines():
    """YAML would keep the last value silently: a cue list added under a name already used would
    replace the first without a word."""
    import pytest
    import yaml

    from checker.yamlio import load_yaml

    with pytest.raises(yaml.YAMLError, match=r"key 'part_clause' is given twice \(first on line 1\)"):
        load_yaml("part_clause: [a]\nother: [b]\npart_clause: [c]\n")
    assert load_yaml("a: {x: 1}\nb: {x: 2}\n") == {"a": {"x": 1}, "b": {"x": 2}}  # the same key in two mappings is fine
