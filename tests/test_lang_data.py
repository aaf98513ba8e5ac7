"""The `examples` of the language data files (checker/lang/<lang>/*.yaml), each run by the part
of the extractor that reads that file: numbers.yaml by the number grammar, time.yaml by the time
reader, figures.yaml by the whole extractor on a one-sentence article."""
from __future__ import annotations

from datetime import date

import pytest

from checker.extract import extract_article
from checker.extract.numbers import find_numbers
from checker.extract.windows import time_reader
from checker.lang import load_lang, supported_languages
from checker.schema import Article

PUB = date(2024, 1, 15)


def _examples(kind: str):
    for lang in supported_languages():
        for i, case in enumerate(load_lang(lang).get(kind, {}).get("examples") or []):
            yield pytest.param(lang, case, id=f"{lang}-{i}-{case['text'][:40]}")


def _day(value):
    return value if value is None or isinstance(value, date) else date.fromisoformat(str(value))


@pytest.mark.parametrize("lang,case", list(_examples("numbers")))
def test_numbers_examples(lang, case):
    counts = [n for n in find_numbers(case["text"], lang) if not n.decimal and not n.year_like]
    assert counts, case["text"]
    n = counts[0]
    assert (n.value, n.low, n.high, n.qualifier) == (case["value"], case["low"], case["high"], case["qualifier"])


@pytest.mark.parametrize("lang,case", list(_examples("time")))
def test_time_examples(lang, case):
    spans = time_reader(lang).find(case["text"], _day(case["published"]))
    if case.get("none"):
        assert spans == [], [s.text for s in spans]
        return
    assert spans, case["text"]
    s = spans[0]
    got = (s.period_start, s.period_end, s.kind)
    assert got == (_day(case["period_start"]), _day(case["period_end"]), case["kind"]), case["text"]


@pytest.mark.parametrize("lang,case", list(_examples("figures")))
def test_figures_examples(lang, case):
    records = extract_article(Article("example", case["text"], lang, _day(case.get("published", PUB))))
    if case.get("none"):
        assert records == [], [(r.text, r.measure) for r in records]
        return
    if "absent" in case:  # a number that names again a figure already given: no record of its own
        assert [r.value for r in records].count(case["absent"]) == case.get("absent_count", 0), \
            [(r.text, r.value, r.measure) for r in records]
    if "value" not in case:
        return
    hits = [r for r in records if r.value == case["value"] and r.measure == case["measure"]]
    assert hits, [(r.value, r.measure) for r in records]
    for name in ("group", "place", "part_of", "cumulative", "qualifier", "basis", "quoted", "attribution", "superseded"):
        if name in case:
            assert getattr(hits[0], name) == case[name], (name, getattr(hits[0], name))
    for name in ("period_start", "period_end", "event_day"):
        if name in case:
            assert getattr(hits[0], name) == (None if case[name] is None else str(case[name])), (name, getattr(hits[0], name))
