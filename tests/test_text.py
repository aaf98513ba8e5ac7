"""Sentence splitting: on sentence ends, never inside an abbreviation or a grouped number."""
from __future__ import annotations

import pytest

from checker.extract.text import sentences


@pytest.mark.parametrize("text,expected", [
    ("Selon M. Kerry, 20 morts. Puis 3 blessés.", ["Selon M. Kerry, 20 morts.", "Puis 3 blessés."]),
    ("The U.S. Army said 12 died. Others fled.", ["The U.S. Army said 12 died.", "Others fled."]),
    ("Mme. Dupont a compté 270.000 morts. Le bilan monte.", ["Mme. Dupont a compté 270.000 morts.", "Le bilan monte."]),
    ("« Nous avons 40 blessés. » Le médecin est parti.", ["« Nous avons 40 blessés. »", "Le médecin est parti."]),
    ("Il est mort. \"Personne ne sait.\" Fin.", ["Il est mort.", "\"Personne ne sait.\"", "Fin."]),
    # a capital letter after a lower-case word is no initial ("sur X."), after a name it is ("George W. Bush")
    ("Il l'a écrit sur le réseau social X. Avant cela, 20 morts.", ["Il l'a écrit sur le réseau social X.", "Avant cela, 20 morts."]),
    ("Selon George W. Bush, 12 morts. Puis 3 blessés.", ["Selon George W. Bush, 12 morts.", "Puis 3 blessés."]),
])
def test_sentences(text, expected):
    assert [s.text for s in sentences(text)] == expected


def test_offsets_point_into_the_text():
    text = "Premier paragraphe. Deuxième phrase.\n\nSelon M. Kerry, 20 morts."
    for s in sentences(text):
        assert text[s.start:s.end] == s.text
    assert [s.paragraph for s in sentences(text)] == [0, 0, 2]


def test_a_line_with_no_full_stop_is_read_in_bounded_pieces():
    """A flattened page ("..., le séisme a fait 250 morts selon le ministère, ...") over 80,000
    characters once took 100 s: each figure looks over its whole sentence. It is cut at clause
    boundaries into pieces no longer than LONGEST_SENTENCE, and every figure is still read."""
    from checker.extract.text import LONGEST_SENTENCE
    clause = "le séisme a fait 250 morts et 700 blessés selon le ministère de l'Intérieur, "
    text = clause * 300
    pieces = sentences(text)
    assert len(pieces) > 1
    assert all(len(s.text) <= LONGEST_SENTENCE for s in pieces)
    assert all(text[s.start:s.end] == s.text for s in pieces)
    assert sum(s.text.count("250 morts") for s in pieces) == 300  # no clause cut in two


def test_a_wire_sentence_is_never_cut():
    long_wire = ("Selon le dernier bilan, 12 personnes ont été tuées à Kharkiv, cinq à Odessa, quatre à Dnipro, "
                 "deux à Zaporijia et une à Kherson, tandis que 48 autres ont été blessées, dont 9 enfants. ") * 2
    assert len(sentences(long_wire.strip())) == 2


# -- hard-wrapped text ------------------------------------------------------------------------

WRAPPED = (
    "GENEVA, Dec 5 - At least 54 people, including 17 children, were killed in\n"
    "overnight shelling of the town of Al-Qusayr, a spokesman for the UN human\n"
    "rights office said on Friday, adding that more than 100 others had been\n"
    "wounded in the attack.\n"
    "\n"
    "Around 12,000 residents fled the town over the past week, the spokesman\n"
    "told reporters, as aid agencies warned of a worsening crisis in the\n"
    "province and of shortages of food and fuel.\n"
)
ONE_LINE_PARAGRAPHS = (
    "At least 54 people were killed in overnight shelling of Al-Qusayr, the UN said.\n"
    "More than 100 were wounded.\n"
    "Around 12,000 residents fled the town over the past week, aid agencies said.\n"
    "The toll could rise.\n"
    "Rescuers were still searching the rubble on Friday.\n"
)


def test_hard_wrapped_text_is_read_as_paragraphs_at_the_same_offsets():
    from checker.extract.text import unwrapped

    read = unwrapped(WRAPPED)
    assert len(read) == len(WRAPPED)
    first, second = WRAPPED.split("\n\n")
    assert read == first.replace("\n", " ") + "\n\n" + second[:-1].replace("\n", " ") + "\n"



@pytest.mark.parametrize("text", [
    ONE_LINE_PARAGRAPHS,
    # a list of short lines, each complete
    "Deaths by province:\n- Kandahar: 12\n- Helmand: 7\n- Kabul: 3\n- Herat: 2\n- Balkh: 1\n",
    # a short text with long one-line paragraphs
    "Au moins 20 personnes ont été tuées. " * 5 + "\n" + "Le bilan pourrait s'alourdir. " * 5 + "\n",
])
def test_text_that_is_not_hard_wrapped_is_left_alone(text):
    from checker.extract.text import unwrapped

    assert unwrapped(text) is text


def test_a_list_item_keeps_its_own_line_in_wrapped_text():
    from checker.extract.text import unwrapped

    text = WRAPPED.replace("\n\n", "\n- 12 were killed in the neighbouring village of Zahraa on Thursday\n")
    assert "\n- 12 were killed" in unwrapped(text)


def test_a_hard_wrapped_article_gives_the_records_of_the_same_text_on_one_line():
    from datetime import date

    from checker.extract import extract_article
    from checker.schema import Article

    def key(r):
        return (r.start, r.value, r.measure, r.group, r.place, r.period_start, r.attribution, r.part_of)

    flat = "\n\n".join(p.replace("\n", " ") for p in WRAPPED.split("\n\n"))
    wrapped = extract_article(Article("w", WRAPPED, lang="en", published=date(2025, 12, 5)))
    one_line = extract_article(Article("f", flat, lang="en", published=date(2025, 12, 5)))
    assert {r.value for r in wrapped} >= {54, 17, 100, 12000}
    assert [key(r) for r in wrapped] == [key(r) for r in one_line]
    killed = next(r for r in wrapped if r.value == 54)
    wounded = next(r for r in wrapped if r.value == 100)
    assert killed.line == 1 and wounded.line == 3 and WRAPPED[wounded.start:wounded.end] == wounded.text
    assert wounded.column == WRAPPED.split("\n")[2].index(wounded.text) + 1


def test_an_attribution_typed_with_two_spaces_is_named_with_one():
    from datetime import date

    from checker.extract import extract_article
    from checker.schema import Article

    text = "More than 3.6 million people have fled Ukraine, according to the U.N.  refugee agency."
    (r,) = extract_article(Article("d", text, lang="en", published=date(2022, 3, 25)))
    assert r.attribution == "the U.N. refugee agency"


def test_bars_part_cells():
    """"Killed: 54 | Injured: 120": each cell of a table row flattened into a line is a sentence,
    with the offsets of the text."""
    text = "Killed: 54 | Injured: 120 | Missing: 9"
    got = [(s.text, s.start) for s in sentences(text)]
    assert [t.strip() for t, _ in got] == ["Killed: 54", "Injured: 120", "Missing: 9"]
    assert all(text[start:start + len(t)] == t for t, start in got)
