"""Two toll series written from real published reports (fixtures/series/lahaina-fire-2023, a
wildfire's toll walked back from 115 to 97 after DNA work, each report of the fall saying why;
myanmar-quake-2025, one originator's earthquake toll over eight days beside a neighbouring
country's, with two copies of one day's state-media toll whose injured differ), run through the
whole pipeline, and hand-written and typed mutations that must be caught. What must and must not be
flagged, and why, is in each folder's expected.md; the full sweep is bench/mutation_sweep.py.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mutation_kit import assert_caught_without_collateral, findings_after_replacing, findings_as_published  # noqa: E402

ROOT = Path(__file__).resolve().parents[1] / "fixtures" / "series"

# (rule, ((doc, value), ...)) of every finding the batch as published gives, audited in expected.md
# and docs/findings-audit.md: the first read's false alarms (q1 CC104, q3 CC103, then f2 CC106 and
# f3 CC107 once Hawaï was a place) are gone; the 5 April injured 4.508 / 4,850 is a true finding
AUDITED = {
    "lahaina-fire-2023": [],
    "myanmar-quake-2025": [("CC101", (("q7", 4508.0), ("q8", 4850.0)))],
}


@pytest.mark.parametrize("series", sorted(AUDITED))
def test_series_as_published_gives_only_the_audited_findings(series):
    assert findings_as_published(ROOT / series) == AUDITED[series]


def _replaced(tmp_path, series, doc_file, old, new):
    return findings_after_replacing(ROOT / series, tmp_path, doc_file, old, new)


# -- Lahaina wildfire, 8 August 2023 ------------------------------------------------------------------

def test_lahaina_toll_falls_without_a_word_of_revision(tmp_path):
    # "106 morts, dont seulement cinq" (15 Aug) → 16: below the 99 of the day before, unexplained
    found = _replaced(tmp_path, "lahaina-fire-2023", "f3-linformation.txt", "106 morts, dont", "16 morts, dont")
    assert any(rule in ("CC102", "CC101") and ("f3", 16.0) in recs for rule, recs in found), found


# -- Myanmar earthquake, 28 March 2025 ----------------------------------------------------------------

def test_myanmar_school_toll_above_the_national_toll(tmp_path):
    # OCHA's "around 50 children and two teachers were killed" in one pre-school → 5,000: a part above
    # the 2,719 dead of the whole country that day
    found = _replaced(tmp_path, "myanmar-quake-2025", "q3-livemint.txt", "around 50 children", "around 5,000 children")
    assert any(rule == "CC103" and ("q3", 5000.0) in recs for rule, recs in found), found


def test_myanmar_junta_toll_miscopied_lower(tmp_path):
    # Devdiscourse's second "now at 3,085" → 2,085: the article's own "risen to 3,085" (and the 2,719
    # of two days before) above it
    found = _replaced(tmp_path, "myanmar-quake-2025", "q6-devdiscourse.txt", "now at 3,085", "now at 2,085")
    assert any(rule in ("CC108", "CC101", "CC102") and ("q6", 2085.0) in recs for rule, recs in found), found


def test_myanmar_french_copy_of_the_injured_changed(tmp_path):
    # AFP's "4715 personnes avaient été blessées" (3 Apr) → 7415: Devdiscourse's 4,715 the same day
    found = _replaced(tmp_path, "myanmar-quake-2025", "q5-blick-afp.txt", "que 4715 personnes", "que 7415 personnes")
    assert any(rule in ("CC101", "CC105", "CC102") and ("q5", 7415.0) in recs for rule, recs in found), found


# -- a few typed mutations of these batches: one batch each, a few seconds ------------------------------

SUBSET = [
    ("myanmar-quake-2025", "foreign_separator", 0),
    ("myanmar-quake-2025", "shrink_later_toll", 0),
    ("lahaina-fire-2023", "translated_number_changed", 0),
]


@pytest.mark.parametrize("series,kind,nth", SUBSET, ids=[f"{s}-{k}" for s, k, _ in SUBSET])
def test_typed_mutation_is_caught_without_collateral(series, kind, nth, batches, tmp_path):
    assert_caught_without_collateral(batches, ROOT / series, kind, nth, tmp_path)
