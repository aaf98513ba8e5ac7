"""The number-phrase cases of fixtures/numbers/{fr,en}.yaml, read by the number grammar.

Each case is a short phrase and the figure in it: value, interval and qualifier. Cases with
`value: null` hold a number that is not a head count (an age, a year, a duration): no figure
may be extracted from them.

Optional keys check the number reader itself, below the figure:
- `counts`: the values of every count the reader finds in the phrase, in order (no decimal, no
  year, no article "un/une/one"), e.g. `[]` for a telephone number or "24/7", `[12]` for "COVID-19 has killed 12 people";
- `span`: the text of the first number read, qualifier left out ("1 234,5", "3 millions");
- `decimal`: whether that first number is a decimal with no multiplier ("0,5", "1,234.5");
- `xfail`: why the case still fails (a known limit, kept visible: the test fails when it passes).
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from checker.extract import extract_article
from checker.extract.numbers import find_numbers
from checker.schema import Article

CASES = Path(__file__).resolve().parent.parent / "fixtures" / "numbers"


def _cases():
    for lang in ("fr", "en"):
        for i, case in enumerate(yaml.safe_load((CASES / f"{lang}.yaml").read_text(encoding="utf-8"))):
            marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
            yield pytest.param(lang, case, id=f"{lang}-{i}-{case['text'][:40]}", marks=marks)


def _figure(numbers):
    """The phrase's figure: the first count in it (a range or a qualified number is one). The
    article "un/une/one" counts only before a person noun (docs/design.md), so it is the figure
    only when nothing else is counted ("un bilan de 7 morts" is 7, "une seule personne" is 1)."""
    counts = [n for n in numbers if not n.decimal and not n.year_like]
    return next((n for n in counts if n.kind != "article"), counts[0] if counts else None)


def _check_reader(numbers, case):
    if "counts" in case:
        got = [n.value for n in numbers if not n.decimal and not n.year_like and n.kind != "article"]
        assert got == case["counts"], f"{case['text']!r}: counts ({case.get('why')})"
    if "span" in case or "decimal" in case:
        assert numbers, f"{case['text']!r}: no number read"
        first = numbers[0]
        if "span" in case:
            assert case["text"][first.core_start:first.core_end] == case["span"], case["text"]
        if "decimal" in case:
            assert first.decimal == case["decimal"], f"{case['text']!r}: decimal"


@pytest.mark.parametrize("lang,case", list(_cases()))
def test_number_case(lang, case):
    numbers = find_numbers(case["text"], lang)
    _check_reader(numbers, case)
    if case["value"] is None:
        records = extract_article(Article("case", case["text"], lang, date(2024, 1, 15)))
        assert records == [], f"{case['text']!r} is not a figure ({case.get('why')})"
        return
    n = _figure(numbers)
    assert n is not None, case["text"]
    got = (n.value, n.low, n.high, n.qualifier)
    want = (case["value"], case["low"], case["high"], case["qualifier"])
    assert got == want, f"{case['text']!r}: {case.get('why')}"
