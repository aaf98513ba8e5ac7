"""Two toll series written from real published reports (fixtures/series/herat-quake-2023, an
earthquake toll announced above 2,000 and walked back to "more than 1,000" three days later, with
the articles saying so; otis-acapulco-2023, a hurricane toll rising 27, 39, 43, 48, then revised
down to 45 by the state, and said so), run through the whole pipeline, and hand-written and typed
mutations that must be caught. What must and must not be flagged, and why, is in each folder's
expected.md; the full sweep is bench/mutation_sweep.py.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mutation_kit import assert_caught_without_collateral, findings_after_replacing, findings_as_published, run  # noqa: E402

ROOT = Path(__file__).resolve().parents[1] / "fixtures" / "series"

# (rule, ((doc, value), ...)) of every loud finding the batch as published gives, audited in
# expected.md: the ten false alarms these reports first gave (Herat: two CC103, two CC102; Otis:
# two CC103, two CC102, CC106, CC108) are gone (docs/findings-audit.md); the walk-backs remain as
# information notes (test below)
AUDITED = {
    "herat-quake-2023": [],
    "otis-acapulco-2023": [],
}


@pytest.mark.parametrize("series", sorted(AUDITED))
def test_series_as_published_gives_only_the_audited_findings(series):
    assert findings_as_published(ROOT / series) == AUDITED[series]


def _infos(series):
    return sorted((f.rule, tuple(sorted((str(r["doc_id"]), float(r["value"])) for r in f.records)))
                  for f in run(ROOT / series).findings if f.severity == "info")


def test_the_walked_back_tolls_are_information_notes():
    # the fall the articles explain ("a réduit le bilan", "Il avait finalement été fixé à 2053 morts")
    # stays visible, as information, not as an error (Otis's "révisé le bilan à la baisse de 48 à 45
    # morts" is the rule example of CC102; in the batch its tolls are anchored to no one event)
    herat = _infos("herat-quake-2023")
    assert any(rule == "CC102" and ("a4", 2445.0) in recs and ("a6", 1000.0) in recs for rule, recs in herat), herat


def _replaced(tmp_path, series, doc_file, old, new):
    return findings_after_replacing(ROOT / series, tmp_path, doc_file, old, new)


# -- Herat earthquakes, 7 October 2023 ----------------------------------------------------------------

def test_herat_french_copy_of_the_dispatch_with_its_number_changed(tmp_path):
    # L'Expression's copy of the Xinhua toll, 2.445 printed as 2.945
    found = _replaced(tmp_path, "herat-quake-2023", "a5-lexpression.txt", "s'est alourdi à 2.445 morts", "s'est alourdi à 2.945 morts")
    assert any(rule in ("CC101", "CC105") and ("a5", 2945.0) in recs for rule, recs in found), found


def test_herat_revision_not_explained_is_still_a_fall(tmp_path):
    # RTBF without its explanation (no earlier toll superseded, no word of a revision): the 2,445 of
    # Monday then falls to "plus de 1000" on Wednesday unexplained in that report
    found = _replaced(tmp_path, "herat-quake-2023", "a6-rtbf.txt", " Il avait finalement été fixé à 2053 morts.", "")
    assert any(rule in ("CC101", "CC102") and ("a6", 1000.0) in recs for rule, recs in found), found


# -- Hurricane Otis, 25 October 2023 ------------------------------------------------------------------

def test_otis_acapulco_part_above_the_toll_it_breaks_down(tmp_path):
    # "43 of the dead were in the resort city of Acapulco and five in Coyuca": 53 is above the 48
    found = _replaced(tmp_path, "otis-acapulco-2023", "o5-irishtimes.txt", "said 43 of the dead", "said 53 of the dead")
    assert any(rule == "CC103" and ("o5", 53.0) in recs for rule, recs in found), found


@pytest.mark.xfail(strict=True, reason="extraction: L'essentiel's article is dated by 'au cours du week-end' (the telecoms "
                   "restored), the first time of a sentence that names the hurricane, not by 'Arrivé mercredi matin': its "
                   "43 is anchored to another event than Saturday's 39, so a lowered 43 is compared with nothing")
def test_otis_sunday_toll_lowered_without_a_word(tmp_path):
    # L'essentiel's 43 of Sunday printed as 23: below Saturday's 39, and nothing says why
    found = _replaced(tmp_path, "otis-acapulco-2023", "o4-lessentiel.txt", "a fait 43 morts", "a fait 23 morts")
    assert any(rule in ("CC101", "CC102") and ("o4", 23.0) in recs for rule, recs in found), found


# -- a few typed mutations of these batches: one batch each, a few seconds ------------------------------

SUBSET = [
    ("herat-quake-2023", "foreign_separator", 0),
    ("otis-acapulco-2023", "part_exceeds_whole", 1),
]


@pytest.mark.parametrize("series,kind,nth", SUBSET, ids=[f"{s}-{k}" for s, k, _ in SUBSET])
def test_typed_mutation_is_caught_without_collateral(series, kind, nth, batches, tmp_path):
    assert_caught_without_collateral(batches, ROOT / series, kind, nth, tmp_path)
