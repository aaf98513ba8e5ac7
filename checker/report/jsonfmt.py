"""`--format json`: spec section 4 exactly, plus keys a script downstream finds useful.

`findings` holds the findings that fail CI (not accepted in the baseline); accepted findings,
stale baseline entries, input problems and the rule list come as extra top-level keys, so a
consumer that only knows the spec still reads the document correctly.
"""
from __future__ import annotations

import json
from dataclasses import asdict
from typing import TYPE_CHECKING, Any, TextIO

from checker.report._common import clean, ordered, records_of, rule_catalog, summary
from checker.schema import Finding

if TYPE_CHECKING:
    from checker.run import CheckResult


def finding_dict(finding: Finding) -> dict[str, Any]:
    """Spec keys first (rule, severity, message, records, params), then ours."""
    return {
        "rule": finding.rule,
        "severity": finding.severity,
        "message": finding.message,
        "records": records_of(finding),
        "params": clean(dict(finding.params)),
        "name": finding.name,
        "claim": clean(dict(finding.claim)),
        "fingerprint": finding.fingerprint,
    }


def result_dict(result: "CheckResult") -> dict[str, Any]:
    return {
        "findings": [finding_dict(f) for f in ordered(result.new_findings)],
        "summary": summary(result),
        "accepted": [finding_dict(f) for f in ordered(result.accepted)],
        "stale_baseline": clean(list(result.stale_baseline)),
        "problems": [clean(asdict(p)) for p in result.problems],
        "rules": rule_catalog(result),
    }


def write_json(result: "CheckResult", out: TextIO) -> None:
    json.dump(result_dict(result), out, ensure_ascii=False, indent=2)
    out.write("\n")
