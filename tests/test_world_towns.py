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


def test_blocks_of_three_characters_answer_as_one_scan_of_the_file():
    # place-r210: the blocks keyed by a name's first three characters (at most some 50 KB, not 121 KB)
    # give what a scan of all the lines gives, for whole names and for the words a longer name begins with
    import gzip
    from checker.normalise.world import TOWNS
    tier = TownTier(town_tier().blocks)
    assert all(len(k) <= 3 for k in tier.blocks) and max(map(len, tier.blocks.values())) < 60_000
    with gzip.open(TOWNS, "rt", encoding="utf-8") as fh:
        names = [line.split("\t", 1)[0] for line in fh if not line.startswith("#")]
    sample = names[::97] + [n for n in names if " " in n][::41]
    for name in sample:
        assert tier.slugs(name), name
        words = name.split(" ")
        for i in range(1, len(words)):
            # (a one-letter head, "n gbribo", was read as none before as after: blocks of two letters)
            assert tier.may_begin(" ".join(words[:i])) or i == 1 and len(words[0]) == 1, name
    assert tier.slugs("zzzq") == [] and not tier.may_begin("zzzq") and not tier.may_begin("s")


def test_town_candidates_by_last_three_characters():
    # place-r210: the suffixes tried by their last three characters answer as all of TOWN_ENDS tried
    from checker.normalise.world import TOWN_DATELINE_AFTER, TOWN_OPENERS, capital_words
    text = ("AMATRICE, Italy (AP) — In Suzu, people died in Kaprun and near Lockerbie, at Gbajibo Community, "
            "the village of Aberfan, la localité de Gbajibo, près de Sangatte, à Farindola, said Mr Smith of Reuters.\n"
            "À Pedernales, Red Cross staff «à Bududa» and (in Villalier) were seen.")
    unknown = list(capital_words(text))
    slow = [(s, e) for s, e in unknown
            if (TOWN_DATELINE_AFTER.match(text, e) if s == 0 or text[s - 1] == "\n"
                else text.endswith(TOWN_ENDS, max(s - 16, 0), s) or s <= 16 and text[:s] in TOWN_OPENERS)]
    assert town_candidates(text, unknown) == slow and len(slow) >= 10


def test_a_town_coordinated_with_an_unknown_one_is_left_to_its_area():
    # place-r214: "à Roquebrune-sur-Argens et à Saint-Aygulf" (the second no tier knows): the figure is
    # the area that holds both, which the tier cannot tell; two towns the tier knows are both taken
    found = slugs("Deux victimes ont été retrouvées à Roquebrune-sur-Argens et à Saint-Aygulf, dans le Var, en France.", "fr")
    assert "roquebrune-sur-argens" not in found and "var" in found, found
    found = slugs("Six morts à Trèbes et à Villegailhenc, en France.", "fr")
    assert "trebes" in found and "villegailhenc" in found, found


def test_find_keeps_every_word_a_locative_may_stand_before():
    # place-r214: WorldTier.find keeps for `town_candidates` only the unknown words whose three characters
    # before end a locative (or open the text or a line): the candidates are those of every unknown word
    from checker.normalise.world import capital_words
    text = ("AMATRICE, Italy (AP) — In Suzu, people died in Kaprun and near Lockerbie, at Gbajibo Community, "
            "the village of Aberfan, la localité de Gbajibo, près de Sangatte, à Farindola, said Mr Smith of Reuters.\n"
            "À Pedernales, Red Cross staff «à Bududa» and (in Villalier) were seen. Zorblax Quiv in Wuxlo.")
    world = world_tier()
    world.find(text)
    every = [(s, e) for s, e in capital_words(text) if world._head(text[s:e]) is None]
    got = town_candidates(text, world.unknown)
    assert set(town_candidates(text, every)) <= set(got) and len(got) >= 10
    assert len(world.unknown) < len(every)


def test_town_slugs_are_the_towns_taken():
    # place-r214: figures.py asks `town_slugs` (a set) where it asked `is_town` of every place
    gaz = default_gazetteer()
    found = slugs("Six personnes sont mortes à Trèbes, dans l'Aude, en France.", "fr")
    assert {s for s in found if gaz.is_town(s)} == {s for s in found if s in gaz.town_slugs} == {"trebes"}


@pytest.mark.parametrize("text, lang, value, place", [
    # place-r214: a typed region set after a town the tier puts under its country only locates the town
    # (spec "A town and its region"), past a part named by its bearing and before a time set with "dans"
    ("Trois personnes ont été blessées par balles devant une discothèque à Saint-Péray, en Ardèche, "
     "dans la nuit de jeudi à vendredi.", "fr", 3, "saint-peray"),
    ("The crushed bodies of 178 students were found beneath a flattened school in Qingchuan, in the north of "
     "Sichuan province, China.", "en", 178, "qingchuan"),
])
def test_a_region_set_after_a_town_locates_it(text, lang, value, place):
    from checker.extract import extract_article
    from checker.schema import Article
    default_gazetteer()._towns_taken.clear()
    records = {r.value: r.place for r in extract_article(Article("t", text, lang, datetime.date(2024, 11, 1)))}
    assert records.get(value) == place, records


@pytest.mark.parametrize("text", [
    # place-r214: a name a region's type follows is the region's, not a town's of that name
    "Most of the missing are from Chungthang in Mangan district, Sikkim, India.",
    "Pilgrims are stranded in Rudraprayag, Chamoli and Uttarkashi districts of India.",
])
def test_a_name_before_a_region_type_is_no_town(text):
    found = slugs(text)
    assert not any(default_gazetteer().is_town(s) for s in found), found


def test_quarters_of_cities_are_no_towns():
    # place-r214: tools/build_world_towns.py leaves out GeoNames' sections of cities (Madrid's Atocha,
    # 2 km from its centre): "wounded near Atocha" is no Spanish town of that name
    assert town_tier().slugs("atocha") == ["atocha"] and town_tier().parent("atocha") == "potosi-department"  # Bolivia's


def test_a_town_taken_in_one_article_is_not_taken_in_the_next():
    """A town its article placed in its country ("Suzu, on Japan's Noto peninsula") is not taken by the
    next article, which names no place in Japan: an article's records do not depend on the batch
    before it, or on how `-j N` shares the articles out (`Gazetteer.new_article`)."""
    from checker.extract import extract_article
    from checker.schema import Article

    day = datetime.date(2024, 1, 3)
    default_gazetteer()._towns_taken.clear()
    alone = {r.value: r.place for r in extract_article(Article("b", "Five people died in Suzu on Tuesday.", "en", day))}
    first = {r.value: r.place for r in extract_article(Article("a", "22 people died in Suzu, on Japan's Noto peninsula.", "en", day))}
    after = {r.value: r.place for r in extract_article(Article("b", "Five people died in Suzu on Tuesday.", "en", day))}
    assert first[22] == "suzu"
    assert after == alone and after[5] != "suzu"
