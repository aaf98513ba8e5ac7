"""CheckResults for the report tests, built without the extractor or the rules engine.

The seed batch's gold records (fixtures/seeds/gold.jsonl) are located in their articles (so
offsets, lines and columns are real), given the manifest's metadata, and wrapped in the
findings that docs/expected-findings.md says the checker must report. The report tests then
exercise every format on realistic data, independently of extraction quality.
"""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any, Optional

import pandas as pd

from checker.problems import Problem
from checker.run import CheckResult
from checker.schema import RECORD_COLUMNS, Finding


def records_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """The canonical records table (kept local: checker.pipeline needs the extractor)."""
    frame = pd.DataFrame(rows, columns=list(RECORD_COLUMNS))
    for col in ("start", "end", "value", "low", "high", "part_of", "line", "column"):
        frame[col] = pd.to_numeric(frame[col], errors="coerce").astype("Int64")
    return frame

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "fixtures" / "seeds"

# Payloads an attacker could plant in an article or a manifest; none may run in the report.
XSS_SCRIPT = "<script>window.__pwned = 1; alert(1)</script>"
XSS_IMG = '"><img src=x onerror="window.__pwned=1;alert(1)">'
XSS_URL = "javascript:window.__pwned=1;alert(1)"


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    left = 0 if left < 0 else left + 1
    m = re.search(r"[.!?](\s|$)|\n", text[end:])
    right = end + m.end() if m else len(text)
    return left, right


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def manifest() -> dict[str, dict[str, str]]:
    with open(SEEDS / "manifest.csv", encoding="utf-8") as fh:
        return {row["doc_id"]: row for row in csv.DictReader(fh)}


def gold_records() -> list[dict[str, Any]]:
    """Gold rows as canonical records, located in their article files."""
    meta = manifest()
    rows: list[dict[str, Any]] = []
    cursor: dict[str, int] = {}
    for line in (SEEDS / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        m = meta[g["doc"]]
        path = SEEDS / m["file"]
        text = path.read_text(encoding="utf-8")
        start = text.find(g["text"], cursor.get(g["doc"], 0) if g["text"] in text[cursor.get(g["doc"], 0):] else 0)
        start = max(start, 0)
        end = start + len(g["text"])
        s0, s1 = _sentence_bounds(text, start, end)
        line_no, col = _line_col(text, start)
        rows.append({
            **{k: g.get(k) for k in ("value", "low", "high", "qualifier", "measure", "group", "place",
                                     "period_start", "period_end", "cumulative", "attribution", "quoted", "part_of")},
            "group": g.get("group") or "people",
            "doc_id": g["doc"], "start": start, "end": end, "text": g["text"],
            "sentence": text[s0:s1].strip(),
            "source": m["source"], "published": m["published"], "lang": m["lang"],
            "agency": m.get("agency") or None, "url": f"https://example.org/articles/{g['doc']}",
            "path": str(path.relative_to(ROOT)), "line": line_no, "column": col,
        })
    return rows


def _find(rows: list[dict[str, Any]], doc: str, fragment: str) -> dict[str, Any]:
    return next(r for r in rows if r["doc_id"] == doc and fragment in r["text"])


def aleppo_finding(rows: list[dict[str, Any]]) -> Finding:
    """The one finding expected-findings.md requires: east Aleppo's population."""
    recs = [_find(rows, "001", "200.000"), _find(rows, "004", "250.000"), _find(rows, "002", "250.000")]
    return Finding(
        rule="CC101", name="claims.intervals-disagree", severity="error",
        message="The population of rebel-held east Aleppo is given as near 200,000 in April and "
                "over 250,000 in October and November: the intervals do not overlap.",
        records=recs, params={"tolerance": 0.05, "max_growth": 0.1},
        claim={"measure": "residents", "group": "people", "place": "aleppo-east"},
        fingerprint="cc101-aleppo-east-residents",
    )


def side_findings(rows: list[dict[str, Any]]) -> list[Finding]:
    """Hand-made warnings and infos, so filters and grouping have something to act on."""
    return [
        Finding(rule="CC205", name="claims.stale-figure", severity="warning",
                message="The same 250,000 figure is repeated a month later without a new date.",
                records=[_find(rows, "004", "250.000"), _find(rows, "002", "250.000")],
                params={"max_age_days": 30}, claim={"measure": "residents", "place": "aleppo-east"},
                fingerprint="cc205-stale-250k"),
        Finding(rule="CC310", name="format.rounded-figure", severity="info",
                message="250.000 is a rounded figure; compare it with a tolerance.",
                records=[_find(rows, "002", "250.000")], params={}, claim={"place": "aleppo-east"},
                fingerprint="cc310-rounded"),
    ]


def seed_result(extra_records: Optional[list[dict[str, Any]]] = None,
                extra_findings: Optional[list[Finding]] = None) -> CheckResult:
    rows = gold_records() + list(extra_records or [])
    meta = manifest()
    articles = [{"doc_id": d, "lang": m["lang"], "published": m["published"], "source": m["source"],
                 "agency": m.get("agency") or None, "url": f"https://example.org/articles/{d}", "title": None,
                 "path": f"fixtures/seeds/{m['file']}"} for d, m in meta.items()]
    findings = [aleppo_finding(rows), *side_findings(rows), *(extra_findings or [])]
    accepted = [findings[2]]
    new = [f for f in findings if f not in accepted]
    return CheckResult(
        articles=articles, records=records_frame(rows), findings=findings, new_findings=new,
        accepted=accepted,
        stale_baseline=[{"fingerprint": "cc999-gone", "rule": "CC999", "reason": "desk confirmed", "by": "editor"}],
        problems=[Problem("fixtures/seeds/broken.txt", "not UTF-8 text", None, "warning")],
        rules=[
            {"code": "CC101", "name": "claims.intervals-disagree", "severity": "error", "kind": "intervals_disagree",
             "summary": "Two reports of the same claim give intervals that cannot both be true."},
            {"code": "CC205", "name": "claims.stale-figure", "severity": "warning", "kind": "stale_figure",
             "summary": "A figure is repeated long after it was first reported."},
            {"code": "CC310", "name": "format.rounded-figure", "severity": "info", "kind": "number_format",
             "summary": "A rounded figure."},
            {"code": "CC400", "name": "claims.part-exceeds-whole", "severity": "error", "kind": "part_exceeds_whole",
             "summary": "A part is larger than its whole."},
        ],
    )


def hostile_records() -> list[dict[str, Any]]:
    """Records whose every free-text field carries a payload, as a hostile article would."""
    base = {"start": 0, "end": 10, "value": 12, "low": 12, "high": 12, "qualifier": "exact", "measure": "killed",
            "group": "people", "place": "aleppo", "published": "2016-10-08", "lang": "fr", "line": 1, "column": 1}
    return [
        {**base, "doc_id": f"evil{XSS_IMG}", "text": f"12 morts {XSS_SCRIPT}",
         "sentence": f"Selon {XSS_IMG} 12 morts {XSS_SCRIPT} hier.", "source": f"outlet{XSS_SCRIPT}",
         "attribution": XSS_IMG, "url": XSS_URL, "path": f"evil{XSS_IMG}.txt", "agency": XSS_SCRIPT},
        {**base, "doc_id": "evil2", "value": 30, "low": 30, "high": 30, "published": "2016-10-09",
         "text": "30 morts", "sentence": "Au total 30 morts.", "source": XSS_IMG,
         "attribution": "$x^2$ <b>bold</b>", "url": "  JaVaScRiPt:alert(1)", "path": "evil2.txt"},
    ]


def hostile_result() -> CheckResult:
    recs = hostile_records()
    evil = Finding(rule="CC101", name=f"claims.{XSS_IMG}", severity="error",
                   message=f"Toll disagrees {XSS_SCRIPT}", records=recs,
                   params={"note": XSS_SCRIPT}, claim={"place": XSS_IMG}, fingerprint=XSS_IMG)
    result = seed_result(extra_records=recs, extra_findings=[evil])
    result.articles.append({"doc_id": f"evil{XSS_IMG}", "lang": "fr", "published": "2016-10-08",
                            "source": f"outlet{XSS_SCRIPT}", "agency": None, "url": XSS_URL,
                            "title": XSS_SCRIPT, "path": f"evil{XSS_IMG}.txt"})
    result.problems.append(Problem(f"evil{XSS_IMG}.txt", f"bad {XSS_SCRIPT}", 3, "warning"))
    return result


def empty_records() -> pd.DataFrame:
    return records_frame([])
