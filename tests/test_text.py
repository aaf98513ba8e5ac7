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
