"""checker/extract/figures.py skips a sentence whose numbers `_may_be_figure` rules out (a year,
a decimal, an "un" before no group of people) without reading its figures. That shortcut is
only right if `_candidates` would have rejected every one of those numbers anyway: checked here
on every sentence of every fixture article."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from checker.extract.figures import _candidates, _may_be_figure, lexicon
from checker.extract.numbers import find_numbers, fold
from checker.extract.text import sentences
from checker.extract.windows import time_reader
from checker.ingest.dates import parse_published

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = [ROOT / "fixtures" / "seeds", ROOT / "fixtures" / "passages" / "dev",
           ROOT / "fixtures" / "passages" / "places", ROOT / "fixtures" / "passages" / "offtopic"]


def _articles():
    for folder in FOLDERS:
        with open(folder / "manifest.csv", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                yield row["lang"], parse_published(row["published"]), (folder / row["file"]).read_text(encoding="utf-8")


def test_skipped_sentences_would_give_no_candidate():
    skipped = with_numbers = 0
    for lang, pub, text in _articles():
        lex, folded = lexicon(lang), fold(text)
        for sent in sentences(text):
            low = folded[sent.start:sent.end]
            numbers = find_numbers(sent.text, lang, low)
            if not numbers:
                continue
            with_numbers += 1
            if any(_may_be_figure(n, low, lex) for n in numbers):
                continue
            skipped += 1
            spans = time_reader(lang).find(sent.text, pub, low)
            alive = [c for c in _candidates(numbers, sent, low, lex, spans) if not c.rejected]
            assert not alive, (sent.text, [c.number.text for c in alive])
    assert 0 < skipped < with_numbers  # the check saw both kinds of sentence


@pytest.mark.parametrize("lang, sentence, expected", [
    ("fr", "Un hôpital a été frappé en 2016.", False),
    ("fr", "Une personne a été tuée.", True),
    ("en", "One hospital was hit in 2016.", False),
    ("en", "The rate rose to 4.5 per cent.", False),
    ("en", "Twenty people were killed.", True),
])
def test_may_be_figure(lang, sentence, expected):
    low = fold(sentence)
    numbers = find_numbers(sentence, lang, low)
    assert numbers
    assert any(_may_be_figure(n, low, lexicon(lang)) for n in numbers) is expected
