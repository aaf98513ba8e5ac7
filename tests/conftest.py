"""Shared fixtures. Report fixtures build CheckResults from the seed gold records (tests/report_seed.py)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import report_seed  # noqa: E402


@pytest.fixture
def seed_result():
    """The seed batch's gold records with the east Aleppo finding (+ a warning, an accepted info)."""
    return report_seed.seed_result()


@pytest.fixture
def hostile_result():
    """The seed result plus records, an article and a problem full of injection payloads."""
    return report_seed.hostile_result()
