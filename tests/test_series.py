"""The toll series of fixtures/series, written from real published reports, run through the whole
pipeline: what each must give as published, and the mutations it must catch.

The data is each folder's checks.yaml (its header says what the keys mean); what must and must
not be flagged, and why, is reasoned in the folder's expected.md, and docs/findings-audit.md says
how each false alarm of a first read was fixed. The full typed sweep over every series is
bench/mutation_sweep.py; here each series runs the few typed mutations its checks.yaml names.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mutation_kit import assert_caught_without_collateral, findings_after_replacing, findings_as_published, run  # noqa: E402

ROOT = Path(__file__).resolve().parents[1] / "fixtures" / "series"
CHECKS = {path.parent.name: yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted(ROOT.glob("*/checks.yaml"))}


def _signature(finding: dict) -> tuple:
    """An audited finding as `findings_as_published` gives it: (rule, ((doc, value), ...))."""
    return finding["rule"], tuple(sorted((str(doc), float(value)) for doc, value in finding["records"]))


@pytest.mark.parametrize("series", [s for s, c in CHECKS.items() if "audited" in c])
def test_series_as_published_gives_only_the_audited_findings(series):
    assert findings_as_published(ROOT / series) == sorted(_signature(f) for f in CHECKS[series]["audited"])


def _caught_cases():
    for series, checks in CHECKS.items():
        for case in checks.get("caught") or []:
            marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if case.get("xfail") else []
            yield pytest.param(series, case, id=f"{series}-{case['id']}", marks=marks)


@pytest.mark.parametrize("series,case", list(_caught_cases()))
def test_hand_written_mutation_is_caught(series, case, tmp_path):
    found = findings_after_replacing(ROOT / series, tmp_path, case["file"], case["old"], case["new"])
    doc, value = case["record"]
    assert any(rule in case["rules"] and (str(doc), float(value)) in recs for rule, recs in found), (case["why"], found)


TYPED = [(series, kind, nth) for series, checks in CHECKS.items() for kind, nth in checks.get("typed") or []]


@pytest.mark.parametrize("series,kind,nth", TYPED, ids=[f"{s}-{k}-{n}" for s, k, n in TYPED])
def test_typed_mutation_is_caught_without_collateral(series, kind, nth, batches, tmp_path):
    assert_caught_without_collateral(batches, ROOT / series, kind, nth, tmp_path)


def test_herat_walked_back_tolls_are_information_notes():
    """The fall the articles explain ("a réduit le bilan", "Il avait finalement été fixé à 2053
    morts") stays visible, as information, not as an error (Otis's "révisé le bilan à la baisse de 48
    à 45 morts" is the rule example of CC102; in its batch the tolls are anchored to no one event)."""
    infos = sorted((f.rule, tuple(sorted((str(r["doc_id"]), float(r["value"])) for r in f.records)))
                   for f in run(ROOT / "herat-quake-2023").findings if f.severity == "info")
    assert any(rule == "CC102" and ("a4", 2445.0) in recs and ("a6", 1000.0) in recs for rule, recs in infos), infos


def test_every_series_has_its_checks():
    """A series added without checks.yaml would be run by nothing but the sweep."""
    folders = {p.parent.name for p in ROOT.glob("*/manifest.csv")}
    assert folders == set(CHECKS), folders ^ set(CHECKS)


def test_sri_lanka_revision_is_an_information_note():
    """Sri Lanka's toll revised down from 359 to "approximately" 253 on 25 April 2019, each later report
    saying so ("lower than previously stated", "revised ... down to 253, from the previous figure of 359",
    "et non 359 comme indiqué auparavant"): the fall stays visible, as information, not as a loud finding."""
    infos = sorted((f.rule, tuple(sorted((str(r["doc_id"]), float(r["value"])) for r in f.records)))
                   for f in run(ROOT / "sri-lanka-easter-2019").findings if f.severity == "info")
    assert any(rule == "CC102" and ("s6", 359.0) in recs and ("s8", 253.0) in recs for rule, recs in infos), infos


def test_odisha_revision_is_an_information_note():
    """Odisha's toll revised down from 288 to 275 on 4 June 2023 because some bodies had been counted
    twice ("revised the death toll ... to 275 from 288", "Un bilan antérieur, estimé à 288 morts, a été revu
    à la baisse ... car des corps auraient été comptés deux fois"): the fall stays visible, as information,
    not as a loud finding (the Sri Lanka 359 -> 253 revision is the precedent)."""
    infos = sorted((f.rule, tuple(sorted((str(r["doc_id"]), float(r["value"])) for r in f.records)))
                   for f in run(ROOT / "odisha-train-2023").findings if f.severity == "info")
    assert any(rule == "CC102" and ("o3", 288.0) in recs and ("o6", 275.0) in recs for rule, recs in infos), infos
