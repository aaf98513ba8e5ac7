"""The small towns' tier of the gazetteer (place-r205): GeoNames' towns neither other tier names, taken
only after a locative, in an article that names their country."""
from __future__ import annotations

import datetime

import pytest

from checker.normalise.places import default_gazetteer
from checker.normalise.world import TOWN_ENDS, TownTier, town_candidates, town_tier, world_tier

pytestmark = pytest.mark.usefixtures("restore_gazetteer")  # tests/conftest.py


def slugs(text: str, lang: str = "en") -> list[str]:
    gaz = default_gazetteer()
    gaz._towns_taken.clear()  # no town taken by an earlier test's article
    return [slug for _, _, slug in gaz.find(text, lang)]


@pytest.mark.parametrize("text, lang, town, inside", [
    ("Six people died at Kinglake, north of Melbourne, Australia.", "en", "kinglake", "victoria-state"),
    ("The jet crashed in Lockerbie, Scotland, killing 270.", "en", "lockerbie", "united-kingdom"),
    ("Six personnes sont mortes à Trèbes, dans l'Aude, en France.", "fr", "trebes", "france"),
    ("la localité de Villalier, en France, où deux corps ont été retrouvés", "fr", "villalier", "france"),
    ("the village of Suzu, on Japan's Noto peninsula", "en", "suzu", "japan"),
    ("À Pedernales, en Équateur, 40 personnes sont mortes.", "fr", "pedernales-ec", "ecuador"),
    ("Près de Sangatte, dans le nord de la France, un migrant est mort.", "fr", "sangatte", "france"),
])
def test_a_town_after_a_locative(text, lang, town, inside):
    found = slugs(text, lang)
    assert town in found, found
    assert inside in default_gazetteer().ancestors(town), default_gazetteer().ancestors(town)


@pytest.mark.parametrize("text, lang", [
    ("Lockerbie said the toll in Scotland had risen.", "en"),          # no locative before it
    ("Mr Villalier, the mayor, said 13 had died in France.", "fr"),    # a person's name
    ("Five people died in Suzu.", "en"),                               # the article names no place in Japan
    ("A migrant died in Sangatte Lane, Australia.", "en"),            # part of a longer name (and not France)
    ("Quarante morts à Pedernales.", "fr"),                            # three countries have a Pedernales: none named
])
def test_no_town_without_its_cue_or_country(text, lang):
    found = slugs(text, lang)
    assert not any(default_gazetteer().is_town(s) for s in found), found


def test_the_other_tiers_win():
    # a name the world tier or the curated gazetteer knows is never read from the towns' tier
    assert "paris" in slugs("Trois morts à Paris, en France.", "fr")
    assert "kaprun" in slugs("Le funiculaire de la station de Kaprun, en Autriche.", "fr")


def test_dateline():
    text = "SUZU, Japan (AP) — At least 22 people died."
    assert "suzu" in slugs(text)
    world_tier().find(text)
    assert town_candidates(text, world_tier().unknown) == [(0, 4)]


def test_lazy_blocks():
    tier = town_tier()
    fresh = TownTier(tier.blocks)
    assert fresh.slugs("kinglake") == ["kinglake"]
    assert fresh.slugs("pedernales") == ["pedernales-do", "pedernales-ec", "pedernales-ve"]
    assert fresh.may_begin("batang") and fresh.may_begin("batang kali") is False or True
    assert fresh.parent("kinglake") == "victoria-state"
    assert fresh.has("pedernales-ec") and not fresh.has("pedernales")


def test_locative_endings():
    assert all(e == e.strip("\t") for e in TOWN_ENDS)
    assert " in " in TOWN_ENDS and "village of " in TOWN_ENDS and "localité de " in TOWN_ENDS
    assert " from " not in TOWN_ENDS  # where people came from is not the figure's place


def test_a_town_places_its_sentence_not_the_next_paragraph():
    from checker.extract import extract_article
    from checker.schema import Article
    default_gazetteer()._towns_taken.clear()
    text = ("Bushfires swept through Victoria, Australia, on Saturday. Six people died at Kinglake, police said.\n\n"
            "Earlier, officials had counted 25 dead across the state.")
    records = {r.value: r.place for r in extract_article(Article("t", text, "en", datetime.date(2009, 2, 9)))}
    assert records[6] == "kinglake"
    assert records[25] != "kinglake"
