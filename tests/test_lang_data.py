"""The `examples` of the language data files (checker/lang/<lang>/*.yaml), each run by the part
of the extractor that reads that file: numbers.yaml by the number grammar, time.yaml by the time
reader, figures.yaml by the whole extractor on a one-sentence article, cues.yaml by the pattern
it names; and the cues.yaml contract: every cue a language gives is used by the engine, and every
language gives every cue the engine asks for; language.yaml by the check of an article's given
language against its text."""
from __future__ import annotations

from datetime import date

import pytest

from checker.extract import extract_article
from checker.extract.numbers import find_numbers
from checker.extract.windows import time_reader
from checker.ingest.language import disagreeing_lang, function_word_counts
from checker.ingest.date_check import disagreements
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


@pytest.mark.parametrize("lang,case", list(_examples("language")))
def test_language_examples(lang, case):
    """A text in this language reads as it, and given any other language it is read as this one."""
    counts = function_word_counts(case["text"])
    assert max(counts, key=counts.__getitem__) == case["reads_as"], counts
    for other in supported_languages():
        if other != case["reads_as"]:
            assert disagreeing_lang(counts, other)[0] == case["reads_as"], (other, counts)
    assert disagreeing_lang(counts, case["reads_as"]) is None


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


def _publication_examples():
    for lang in supported_languages():
        for i, case in enumerate(load_lang(lang)["time"].get("publication_date_examples") or []):
            yield pytest.param(lang, case, id=f"{lang}-{i}-{case['text'][:40]}")


@pytest.mark.parametrize("lang,case", list(_publication_examples()))
def test_publication_date_examples(lang, case):
    """time.yaml's `publication_date_examples`: what the text says of the date it is given."""
    found = disagreements(case["text"], lang, _day(case["published"]))
    assert [sign for sign, _ in found] == ([] if case["warns"] == "none" else [case["warns"]]), found


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
    if "count" in case:  # how many records of that value and measure ("one American, one Canadian")
        assert len(hits) == case["count"], [(r.text, r.value, r.measure) for r in records]
    for name in ("group", "place", "part_of", "cumulative", "qualifier", "basis", "quoted", "attribution", "superseded", "toll", "event", "hedged"):
        if name in case:
            assert getattr(hits[0], name) == case[name], (name, getattr(hits[0], name))
    for name in ("period_start", "period_end", "event_day"):
        if name in case:
            assert getattr(hits[0], name) == (None if case[name] is None else str(case[name])), (name, getattr(hits[0], name))
    if "not_place" in case:  # a namesake the figure must not be placed in (its right place unknown to the gazetteer)
        assert hits[0].place != case["not_place"], hits[0].place


# -- cues.yaml: the words of the engine's own patterns ---------------------------------------------

def _engine_cues() -> frozenset[str]:
    """Every cue name the engine asks for: the modules ask at import, the readers when built (built
    here directly, since a reader loaded from the compiled cache asks for nothing)."""
    import checker.extract  # noqa: F401  (imports figures, windows, attribution, text)
    from checker.extract.figures import FigureLexicon
    from checker.extract.windows import TimeReader
    from checker.lang import requested_cues

    for lang in supported_languages():
        FigureLexicon(lang)
        TimeReader(lang)
    return requested_cues()


def _file_cues(lang: str) -> dict:
    return {k: v for k, v in (load_lang(lang).get("cues") or {}).items() if k != "examples"}


@pytest.mark.parametrize("lang", supported_languages())
def test_every_cue_is_used_by_the_engine(lang):
    unused = set(_file_cues(lang)) - _engine_cues()
    assert not unused, f"{lang}/cues.yaml: no pattern uses {sorted(unused)}"


@pytest.mark.parametrize("lang", supported_languages())
def test_every_language_gives_every_cue(lang):
    """A language lists every cue the engine asks for, `[]` where it has no such words, so a
    reviewer of a new language sees them all."""
    missing = _engine_cues() - set(_file_cues(lang))
    assert not missing, f"{lang}/cues.yaml lacks {sorted(missing)}"


@pytest.mark.parametrize("lang", supported_languages())
def test_cue_alternatives_are_lists_of_patterns(lang):
    import re

    for name, alts in _file_cues(lang).items():
        assert isinstance(alts, list) and all(isinstance(a, str) and a for a in alts), name
        for a in alts:
            re.compile(a)


def test_a_cue_no_language_gives_matches_nothing():
    import re

    from checker.lang import NOTHING, _requested, cues

    try:
        assert cues("__no_such_cue__") == NOTHING
    finally:
        _requested.discard("__no_such_cue__")
    rx = re.compile(r"\b(?:" + NOTHING + r")\b")
    assert rx.search("x le bilan, the toll: xx") is None
    assert re.compile(r"a(?:" + NOTHING + r")?b").fullmatch("ab")  # optional: still matches around it


@pytest.mark.parametrize("lang,case", list(_examples("cues")))
def test_cues_examples(lang, case):
    import importlib

    module, name = case["pattern"].rsplit(".", 1)
    # "figures.X" is checker.extract's; "normalise.world.X" names its package
    rx = getattr(importlib.import_module(f"checker.{module}" if "." in module else f"checker.extract.{module}"), name)
    m = rx.search(case["text"])
    if case.get("none"):
        assert m is None, m.group(0)
        return
    assert m is not None and m.group(0) == case["match"], (m and m.group(0))
