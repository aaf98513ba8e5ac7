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
