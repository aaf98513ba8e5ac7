"""Spec 6's attribution conventions settled in round attr-r158: a headline's trailing credit, the
source a reporting one cites ("citing X", "citant X"), a pronoun or "la même source"."""
from __future__ import annotations

from datetime import date

import pytest

from checker.extract import extract_article
from checker.schema import Article


def _credit(text: str, lang: str, value: int) -> str | None:
    records = extract_article(Article("d", text, lang=lang, published=date(2025, 3, 2)))
    return next(r.attribution for r in records if r.value == value)


@pytest.mark.parametrize("text,lang,value,expected", [
    # "citing X" / "citant X": the source cited is the figure's source
    ("About 120 people were killed in the attack on the market, the provincial council said on Friday, citing witnesses.",
     "en", 120, "witnesses"),
    ("At least 35 civilians were killed in the raid on the camp, the United Nations said Sunday, citing local sources.",
     "en", 35, "local sources"),
    ("Onze personnes sont mortes dans l'effondrement du pont, a annoncé dimanche l'agence officielle (APS), citant la protection civile.",
     "fr", 11, "la protection civile"),
    ("L'agence de presse officielle, citant le ministère de l'Intérieur, a fait état de 42 morts dans la région.",
     "fr", 42, "le ministère de l'Intérieur"),
    ('"Gunmen killed at least 60 villagers in two days," the rights group said, citing 23 survivors.',
     "en", 60, "23 survivors"),
    # what is cited names no source: the reporting one keeps the figure
    ('"Twenty people were killed in the hospital," the minister said on Monday, citing recent attacks.',
     "en", 20, "the minister"),
    ("An air strike killed 14 members of one family, the United Nations said, citing preliminary findings.",
     "en", 14, "the United Nations"),
])
def test_the_source_cited_is_the_figures_source(text, lang, value, expected):
    assert _credit(text, lang, value) == expected


@pytest.mark.parametrize("text,lang,value,expected", [
    ("Cholera has killed more than 900 in Zambia, WHO says", "en", 900, "WHO"),
    ("Flash floods kill 73 in northern Nigeria, emergency agency says", "en", 73, "emergency agency"),
    ("Mozambique : plus de 30.000 déplacés par les inondations, selon l'ONU", "fr", 30000, "l'ONU"),
])
def test_a_headlines_trailing_credit_names_its_source(text, lang, value, expected):
    assert _credit(text, lang, value) == expected
