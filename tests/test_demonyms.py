"""checker/lang/demonyms.yaml: nationality words as more names of the gazetteer's countries."""
from __future__ import annotations

import pytest
import yaml

from checker.normalise import places
from checker.normalise.places import Gazetteer, default_gazetteer
from checker.normalise.world import fold_key, world_tier

pytestmark = pytest.mark.usefixtures("restore_gazetteer")  # tests/conftest.py

ENTRIES = yaml.safe_load(places.DEMONYMS.read_text(encoding="utf-8"))


def slugs(text: str, lang: str) -> list[str]:
    return [slug for _, _, slug in default_gazetteer().find(text, lang)]


def test_file_is_well_formed():
    gaz = default_gazetteer()
    seen: dict[str, str] = {}
    curated = {places._fold(n) for e in places._default_entries() for ns in (e.get("names") or {}).values() for n in ns}
    assert len(ENTRIES) > 180
    for e in ENTRIES:
        assert set(e) <= {"slug", "en", "fr"} and (e.get("en") or e.get("fr")), e
        assert gaz.known(e["slug"]) and gaz.parent(e["slug"]) is None, e["slug"]  # a country of either tier
        for lang in ("en", "fr"):
            for name in e.get(lang, []):
                key = places._fold(name)
                assert seen.setdefault(key, e["slug"]) == e["slug"], name  # one country per word
                assert key not in curated, name  # places.yaml keeps its own words
                # never the country's own name ("Argentine", "Suisse", "Philippines" stay places)
                assert world_tier().keys.get(fold_key(name)) != e["slug"], name
            assert all(n == n.lower() for n in e.get("fr", [])), e["slug"]


@pytest.mark.parametrize("text, lang, slug", [
    ("Les autorités malgaches font état de 12 morts.", "fr", "madagascar"),
    ("Le gouvernement kényan a confirmé.", "fr", "kenya"),
    ("Nigerians fled the floods.", "en", "nigeria"),
    ("Malagasy authorities said", "en", "madagascar"),
    ("Two Equatorial Guinean sailors", "en", "equatorial-guinea"),  # the longer name, not Guinea's
])
def test_nationality_words_name_their_country(text, lang, slug):
    assert slugs(text, lang) == [slug]


def test_world_countries_keep_their_names():
    # an alias of a world place does not make it a curated place, which would drop its world names
    gaz = default_gazetteer()
    assert "kenya" in gaz.world.parents and "kenya" not in gaz.places
    assert slugs("Au Kenya, les autorités kényanes", "fr") == ["kenya", "kenya"]
    assert slugs("les Philippines et l'Argentine", "fr") == ["philippines", "argentina"]


def test_curated_names_win_over_aliases():
    gaz = Gazetteer.from_entries([{"slug": "x", "parent": None, "names": {"fr": ["Xois"]}},
                                  {"slug": "y", "parent": None, "names": {"fr": ["Ygrec"]}}],
                                 aliases=[{"slug": "y", "fr": ["xois", "ygrecois"]}])
    assert [s for _, _, s in gaz.find("les Xois et les ygrecois", "fr")] == ["x", "y"]
    assert gaz.is_alias("Ygrecois") and not gaz.is_alias("Ygrec")
    assert gaz.is_alias("xois") and not gaz.is_alias("xois", "x")  # found as curated "x": a place


def test_newsroom_name_is_no_alias():
    # a newsroom entry's name wins over the same word of demonyms.yaml, and is read as a place
    places.register_places([{"slug": "kenya-town", "parent": "kenya", "names": {"fr": ["Kényan"]}}])
    gaz = default_gazetteer()
    (s, e, slug), = gaz.find("à Kényan", "fr")
    assert slug == "kenya-town" and not gaz.is_alias("Kényan", slug)
