"""Who a figure comes from (`checker.rules.taxonomy.origin_of`): spellings and languages of one
originator fold to one key, so that the rules compare its figures across articles."""
from __future__ import annotations

import pytest

from checker.rules.taxonomy import origin_of, speaker_key


@pytest.mark.parametrize("names,key", [
    (["the governor of South Kivu", "South Kivu's governor", "le gouverneur du Sud-Kivu, Jean-Jacques Purusi"], "governor:south-kivu"),
    (["le maire de Derna", "Derna mayor Abdulmenam al-Ghaithi"], "mayor:derna"),
    (["la Croix-Rouge", "the Red Cross"], "red-cross"),
    (["l'ONU", "the United Nations", "U.N."], "un"),
    # a minister speaks for the ministry: "des « estimations préliminaires » annoncées par le ministre de la
    # Santé" and the ministry's later tolls are one originator's counts (beirut-port-2020 b1, mut-r266)
    (["le ministère de la Santé", "estimations préliminaires annoncées par le ministre de la Santé",
      "le ministre libanais de la Santé", "the health minister", "Lebanon's Minister of Health"], "health-ministry"),
    (["le ministère de l'Intérieur", "le ministre de l'Intérieur", "the interior minister"], "interior-ministry"),
])
def test_one_originator_whatever_the_wording_or_language(names, key):
    assert {origin_of(n) for n in names} == {key}


def test_an_office_without_a_place_keeps_its_own_words():
    assert origin_of("the provincial governor") == "provincial governor"
    assert origin_of("la préfecture") == "prefecture"


def test_an_office_is_no_speaker_key():
    """A quote is said by a person: "le gouverneur du Sud-Kivu, Jean-Jacques Purusi" and "Purusi"
    are one speaker, whatever office the first names."""
    assert speaker_key("le gouverneur du Sud-Kivu, Jean-Jacques Purusi") == speaker_key("M. Purusi") == "purusi"


def test_a_pronoun_is_no_speaker_key():
    """"he said" in two reports names two people (fa-r105: the Balasore collector and the railway
    board's Jena, both "he" in their articles, read as one speaker by CC105)."""
    assert speaker_key("he") == speaker_key("il") == speaker_key("Elle") == ""
    assert speaker_key("Jena") == "jena"
