"""The seed batch (fixtures/seeds) must give exactly the finding of expected-findings.md.

Records are built from the gold rows plus the manifest, so this test pins the rules engine
independently of how well the extractor does; the mutation suite runs the real pipeline.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from checker.rules import evaluate, load_rules
from checker.schema import RECORD_COLUMNS

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"


def gold_rows() -> list[dict[str, Any]]:
    """Gold rows as records: `doc` → doc_id, article metadata from the manifest."""
    with open(SEEDS / "manifest.csv", encoding="utf-8") as fh:
        meta = {row["doc_id"]: row for row in csv.DictReader(fh)}
    rows = []
    with open(SEEDS / "gold.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            gold = json.loads(line)
            doc = meta[gold["doc"]]
            row = {k: v for k, v in gold.items() if k in RECORD_COLUMNS}
            row.update(doc_id=gold["doc"], source=doc["source"], published=doc["published"],
                       lang=doc["lang"], agency=doc["agency"] or None, sentence=gold["text"])
            rows.append(row)
    return rows


def gold_frame(rows: list[dict[str, Any]] | None = None) -> pd.DataFrame:
    rows = gold_rows() if rows is None else rows
    return pd.DataFrame(rows, columns=list(RECORD_COLUMNS))


@pytest.fixture(scope="module")
def seed_findings():
    return evaluate(gold_frame(), load_rules())


def test_exactly_one_warning_or_error(seed_findings):
    loud = [f for f in seed_findings if f.severity in ("warning", "error")]
    assert len(loud) == 1, [f.message for f in loud]


def test_it_is_the_east_aleppo_population(seed_findings):
    (finding,) = [f for f in seed_findings if f.severity in ("warning", "error")]
    assert finding.rule == "CC106"
    assert [(r["doc_id"], r["value"], r["published"]) for r in finding.records] == [
        ("001", 200000, "2016-04-30"), ("004", 250000, "2016-10-13"), ("002", 250000, "2016-11-20"),
    ]
    assert all(r["measure"] == "residents" and r["place"] == "aleppo-east" for r in finding.records)
    for field in ("doc_id", "value", "low", "high", "text", "start", "end", "source", "published"):
        assert all(field in r for r in finding.records)


def test_nothing_at_all_besides_it(seed_findings):
    """Not even information: every must-not case of expected-findings.md stays silent."""
    assert [f.rule for f in seed_findings] == ["CC106"]


@pytest.mark.parametrize("doc_ids, why", [
    ({"001", "004"}, "the Syria toll rises from 270,000 to 300,000"),
    ({"000", "003"}, "Kerry's 20 killed and 100 wounded agree across languages"),
    ({"002"}, "17 of 103 children, 54 in 24 h within 103 since Tuesday, a family of six among 54"),
    ({"004"}, "7 of 56, 6 million of 13.5 million, 600,000 of 5.5 million"),
    ({"001"}, "'près de 250' and 246 in the same article"),
    ({"002", "004"}, "seven children west (Nov) and east (Oct); four children in two places"),
    ({"002", "004"}, "'250.000' within the rounding of 'plus de 250.000'"),
], ids=lambda v: v if isinstance(v, str) else "+".join(sorted(v)))
def test_must_not_cases_alone(doc_ids, why):
    """Each must-not case on its own (populations aside: the April figure is the one finding)."""
    rows = [r for r in gold_rows() if r["doc_id"] in doc_ids and not (r["doc_id"] == "001" and r["measure"] == "residents")]
    findings = evaluate(gold_frame(rows), load_rules())
    assert findings == [], (why, [f.message for f in findings])


def test_fingerprint_survives_offsets():
    rows = gold_rows()
    first = evaluate(gold_frame(rows), load_rules())
    for row in rows:
        row["start"], row["end"] = (row.get("start") or 0) + 40, (row.get("end") or 0) + 40
    again = evaluate(gold_frame(rows), load_rules())
    assert [f.fingerprint for f in first] == [f.fingerprint for f in again]
