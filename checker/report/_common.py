"""What every report format needs from a `CheckResult`: clean values, locations, counts.

Kept in one place so that text, JSON, SARIF, GitHub, JUnit and HTML agree on which findings
are shown, in which order, where each one is located and what the summary counts.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Optional

from checker.schema import SEVERITIES, Finding, severity_rank

if TYPE_CHECKING:  # the reports never need the pipeline at import time
    from checker.run import CheckResult

# The record fields spec section 4 promises in every finding, in this order.
FINDING_RECORD_FIELDS = ("doc_id", "value", "low", "high", "text", "start", "end", "source", "published")


def clean(value: Any) -> Any:
    """A value JSON and templates can take: numpy/pandas scalars unwrapped, NaN/NA as None."""
    kind = type(value)
    if value is None or kind is str or kind is int or kind is bool:  # the common case, fast
        return value
    if isinstance(value, (str, bool, int)) and not hasattr(value, "item"):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) else (int(value) if value.is_integer() else value)
    if isinstance(value, dict):
        return {str(k): clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [clean(v) for v in value]
    if hasattr(value, "isoformat"):
        try:
            return value.isoformat()[:10] if type(value).__name__ in ("date", "Timestamp") else value.isoformat()
        except ValueError:  # pandas NaT
            return None
    if hasattr(value, "item"):  # numpy scalar
        return clean(value.item())
    try:  # pandas.NA and friends refuse bool(); anything left that equals nothing is missing
        if value != value:
            return None
    except TypeError:
        return None
    return str(value)


def records_of(finding: Finding) -> list[dict[str, Any]]:
    """The finding's records as plain dicts, spec fields first, extras kept."""
    out = []
    for record in finding.records:
        row = {str(k): clean(v) for k, v in record.items()}
        ordered = {k: row.get(k) for k in FINDING_RECORD_FIELDS}
        ordered.update({k: v for k, v in row.items() if k not in ordered})
        out.append(ordered)
    return out


@dataclass(frozen=True)
class Location:
    """Where a figure stands: the file (or the doc id when no file is known), 1-based line/col."""

    path: str
    line: Optional[int]
    column: Optional[int]
    start: Optional[int]
    end: Optional[int]

    def __str__(self) -> str:
        if self.line is None:
            return self.path
        return f"{self.path}:{self.line}:{self.column or 1}"


def location_of(record: dict[str, Any]) -> Location:
    path = record.get("path") or record.get("doc_id") or "<unknown>"
    line = _positive(record.get("line"))
    column = _positive(record.get("column"))
    start = _natural(record.get("start"))
    end = _natural(record.get("end"))
    return Location(str(path), line, column if line else None, start, end)


def _positive(value: Any) -> Optional[int]:
    value = clean(value)
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 1 else None


def _natural(value: Any) -> Optional[int]:
    value = clean(value)
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def ordered(findings: Iterable[Finding]) -> list[Finding]:
    """Most severe first, then by rule and first location: the order an editor triages in."""
    def key(f: Finding) -> tuple:
        first = location_of(clean(dict(f.records[0]))) if f.records else Location("", None, None, None, None)
        return (-severity_rank(f.severity) if f.severity in SEVERITIES else 0, f.rule, first.path, first.line or 0, first.column or 0)

    return sorted(findings, key=key)


def record_interval(record: Any) -> str:
    """A record's interval as `interval_text` writes it, read against its stated value."""
    return interval_text(record.get("low"), record.get("high"), value=record.get("value"))


def interval_text(low: Any, high: Any, sep: str = "–", value: Any = None) -> str:
    """'180,000–200,000', '≥ 250,000', '≤ 99', or 'unbounded'; readable in any format. With the
    stated `value`, "plus de 250.000" (250,001 and up) reads '> 250,000' and "fewer than 100"
    '< 100', as the copy said it, rather than '≥ 250,001' beside a value of 250,000."""
    low, high, value = clean(low), clean(high), clean(value)
    if low is not None and high is not None:
        return number(low) if low == high else f"{number(low)}{sep}{number(high)}"
    if low is not None:
        return f"> {number(value)}" if isinstance(value, int) and low == value + 1 else f"≥ {number(low)}"
    if high is not None:
        return f"< {number(value)}" if isinstance(value, int) and high == value - 1 else f"≤ {number(high)}"
    return "unbounded"


def number(value: Any) -> str:
    value = clean(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return "?" if value is None else str(value)


def rule_catalog(result: "CheckResult") -> list[dict[str, Any]]:
    """Every active rule, plus any rule a finding names that the run did not list."""
    catalog: dict[str, dict[str, Any]] = {}
    for rule in result.rules:
        rule = clean(dict(rule))
        code = str(rule.get("code") or rule.get("rule") or rule.get("id") or "")
        if code:
            catalog[code] = {**rule, "code": code}
    for finding in [*result.findings, *result.new_findings, *result.accepted]:
        catalog.setdefault(finding.rule, {"code": finding.rule, "name": finding.name, "severity": finding.severity})
    return sorted(catalog.values(), key=lambda r: r["code"])


def counted(n: int, noun: str) -> str:
    """'1 article', '2 articles': a count with its noun in the right number (English nouns whose
    plural takes an 's')."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def summary(result: "CheckResult") -> dict[str, Any]:
    """The counts every format ends with: what was read, what was found, what was waived."""
    shown = result.new_findings
    by_severity = Counter(f.severity for f in shown)
    return {
        "articles": len(result.articles),
        "figures": int(len(result.records)),
        "findings": len(shown),
        "by_severity": {s: by_severity.get(s, 0) for s in reversed(SEVERITIES)},
        "by_rule": dict(sorted(Counter(f.rule for f in shown).items())),
        "accepted": len(result.accepted),
        "stale_baseline": len(result.stale_baseline),
        "problems": len(result.problems),
        "rejected_inputs": sum(1 for p in result.problems if p.level == "error"),
        "archive_records": result.archive_records,
    }


def records_summary(records: list[dict[str, Any]]) -> str:
    """'200,000 [180,000–200,000] outlet-fr-1 2016-04-30; ...' for one-line formats."""
    parts = []
    for r in records:
        who = r.get("source") or r.get("doc_id")
        parts.append(f"{number(r.get('value'))} [{record_interval(r)}] {who} {r.get('published') or 'undated'}")
    return "; ".join(parts)
