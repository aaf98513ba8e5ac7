"""Place defaults of docs/design.md ("Place defaults"): which place a figure takes when its own
sentence names none, checked on short wire-style texts."""
from __future__ import annotations

from datetime import date

from checker.extract import extract_article
from checker.schema import Article


def places(text: str, lang: str = "en") -> list[tuple[int, str]]:
    return [(r.value, r.place) for r in extract_article(Article("case", text, lang, date(2024, 3, 8)))]


GARISSA = ("Kenya attack: death toll reaches 20\n\n"
           "GARISSA, Kenya (AP) - Gunmen stormed a market in northeastern Kenya on Thursday, police said.\n\n"
           "The toll reached 20, police said, and 31 people were injured. Traders in Garissa closed their shops, "
           "and the Garissa county commissioner imposed a curfew.\n")


def test_a_dateline_town_wins_a_tie_with_its_country():
    # "GARISSA, Kenya (AP)": the town in capitals is no mention of its own, but where the body names it
    # as often as its country, the figures that name no place are the town's, not Kenya's
    got = places(GARISSA)
    assert got[0] == (20, "garissa")  # the headline's toll: no place of its own
    assert (20, "garissa") in got[1:] and (31, "garissa") in got  # carried from "northeastern Kenya"


def test_a_dateline_town_named_less_than_its_country_leaves_the_country():
    text = GARISSA.replace(", and the Garissa county commissioner imposed a curfew", "").replace(
        "closed their shops.", "closed their shops. Kenya's interior minister flew in.")
    assert places(text)[0] == (20, "kenya")


def test_a_dateline_town_gives_the_area_to_counts_of_hundreds_of_thousands():
    text = ("BLANTYRE, Malawi (AP) - The death toll from Cyclone Freddy in Malawi has risen to 326, the government said. "
            "At least 190 of the dead were in Blantyre.\n\n"
            "More than 183,000 people have been displaced, officials said.\n")
    assert (183000, "malawi") in places(text)


HELENE = ("Hurricane Helene: the deaths state by state\n\n"
          "At least 40 people were killed by Hurricane Helene across the Southeast, officials said on Sunday. "
          "The deaths by state:\n\n- Florida - 11\n- Georgia - 15\n- South Carolina - 10\n- Tennessee - 4\n")


def test_a_list_of_places_and_counts_after_dashes_names_each_item_s_place():
    # "- Georgia - 15": a name opening a line before a dash and a count heads its item, as "Georgia: 15"
    # does (a first name too, the world tier takes "Georgia" otherwise only after a locative); in a
    # list of US states it is the state
    got = places(HELENE)
    assert got[1:] == [(11, "florida"), (15, "georgia-state"), (10, "south-carolina"), (4, "tennessee")]
