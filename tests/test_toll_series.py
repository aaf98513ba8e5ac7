"""A disaster toll reported over a week (fixtures/series/turkey-quake-2023): rising tolls are
no finding; a report whose toll falls below an earlier report of the same origin is an error.
Run through the whole pipeline, from article text to findings."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from checker.problems import ProblemLog
from checker.run import run_check

SERIES = Path(__file__).resolve().parents[1] / "fixtures" / "series" / "turkey-quake-2023"


def _check(folder: Path):
    result = run_check([folder], manifest=folder / "manifest.csv", log=ProblemLog(stream=None))
    return [f for f in result.findings if f.severity != "info"]


def test_a_rising_toll_is_no_finding():
    assert _check(SERIES) == []


@pytest.mark.parametrize("doc,before,after", [
    ("d4-bbc.txt", "20,213", "7,213"),          # English report lower than the French one two days before
    ("d3-afp.txt", "8.574", "2.574"),           # French report lower than the English one the day before
])
def test_a_toll_that_falls_between_reports_is_an_error(tmp_path, doc, before, after):
    folder = tmp_path / "series"
    shutil.copytree(SERIES, folder)
    text = (folder / doc).read_text(encoding="utf-8")
    assert before in text
    (folder / doc).write_text(text.replace(before, after), encoding="utf-8")
    findings = _check(folder)
    assert findings and all(f.severity == "error" for f in findings)
    assert any(doc.split("-")[0] in {r["doc_id"] for r in f.records} for f in findings)
