"""`--format sarif`: SARIF 2.1.0 for GitHub code scanning and any SARIF viewer.

One result per finding. A contradiction stands at several figures at once: the result's one
location is its first figure (code scanning annotates the first location only), and every figure
is a related location that the message links to, each with the figure's file, 1-based line and
column when known, and the character region the extractor read. Accepted findings are kept as results with an external suppression, which is
how SARIF says "reviewed and waived" without hiding it.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, Optional, TextIO
from urllib.parse import quote

import checker
from checker.report._common import (
    day_words, interval_words, location_of, number, ordered, outlet_name, records_of, rule_catalog,
)
from checker.schema import Finding

if TYPE_CHECKING:
    from checker.run import CheckResult

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "casualtyCheck/v1"


def sarif_log(result: "CheckResult") -> dict[str, Any]:
    rules = rule_catalog(result)
    index = {r["code"]: i for i, r in enumerate(rules)}
    results = [_result(f, index) for f in ordered(result.new_findings)]
    why = getattr(result, "acceptances", None) or {}
    results += [_result(f, index, accepted=True, reason=(why.get(f.fingerprint) or {}).get("reason"))
                for f in ordered(result.accepted)]
    notifications = [
        {
            "level": "error" if p.level == "error" else "warning",
            "message": {"text": p.message},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(p.path)},
                                                **({"region": {"startLine": p.line}} if p.line and p.line > 0 else {})}}],
        }
        for p in result.problems
    ]
    invocation: dict[str, Any] = {"executionSuccessful": not any(p.level == "error" for p in result.problems)}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "casualty-check",
                **({"informationUri": _project_url()} if _project_url() else {}),
                "version": getattr(checker, "__version__", "0.1.0"),
                "rules": [_rule(r) for r in rules],
            }},
            "invocations": [invocation],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


@lru_cache(maxsize=1)
def _project_url() -> Optional[str]:
    """The project's own address as pyproject.toml's `[project.urls]` declare it (read from the
    installed package's metadata), else None: SARIF's `informationUri` is optional, and a made-up
    address sends a code-scanning reader to a page that may not exist."""
    try:
        from importlib.metadata import PackageNotFoundError, metadata
        meta = metadata("casualty-check")
    except (ImportError, PackageNotFoundError, OSError):
        return None
    for entry in meta.get_all("Project-URL") or ():
        url = entry.split(",", 1)[-1].strip()
        if url.startswith(("https://", "http://")):
            return url
    home = meta.get("Home-page")
    return home if home and home.startswith(("https://", "http://")) else None


def write_sarif(result: "CheckResult", out: TextIO) -> None:
    json.dump(sarif_log(result), out, ensure_ascii=False, indent=2)
    out.write("\n")


def _rule(rule: dict[str, Any]) -> dict[str, Any]:
    """The rule as code scanning shows it above an alert: what it flags (short), why it matters
    (full), and the help an editor acts on: what to do, and where to read more."""
    code = rule["code"]
    summary = str(rule.get("summary") or rule.get("message") or rule.get("name") or code)
    rationale = " ".join(str(rule.get("rationale") or "").split())
    resolve = " ".join(str(rule.get("how_to_resolve") or "").split())
    more = f"Run `casualty-check explain {code}` for what the rule flags, why it matters and how to resolve it."
    text = "\n\n".join(x for x in (summary, f"Why it matters: {rationale}" if rationale else "",
                                    f"What to do: {resolve}" if resolve else "", more) if x)
    markdown = "\n\n".join(x for x in (summary, f"**Why it matters.** {rationale}" if rationale else "",
                                        f"**What to do.** {resolve}" if resolve else "", more) if x)
    return {
        "id": code,
        "name": str(rule.get("name") or code),
        "shortDescription": {"text": summary},
        "fullDescription": {"text": rationale or summary},
        "help": {"text": text, "markdown": markdown},
        "defaultConfiguration": {"level": LEVELS.get(str(rule.get("severity")), "warning")},
        "properties": {k: rule[k] for k in ("kind",) if rule.get(k)},
    }


def _result(finding: Finding, index: dict[str, int], accepted: bool = False,
            reason: Optional[str] = None) -> dict[str, Any]:
    """One result per finding. Code scanning annotates the first of `locations` only, so the result
    stands at its first figure, and every figure of the contradiction is a related location the
    message links to ('[250 000 in 004_....txt](2)'), as SARIF embeds links (section 3.11.6)."""
    records = records_of(finding)
    related = [_location(r, i + 1) for i, r in enumerate(records)]
    links = "; ".join(f"[{_link_text(r)}]({i + 1})" for i, r in enumerate(records))
    text = _escape_brackets(finding.message) + (f" Figures: {links}." if links else "")
    out: dict[str, Any] = {
        "ruleId": finding.rule,
        "level": LEVELS.get(finding.severity, "warning"),
        "message": {"text": text},
        "locations": [{k: v for k, v in related[0].items() if k != "id"}] if related else [],
        "relatedLocations": related,
        "properties": {"name": finding.name, "claim": finding.claim, "params": finding.params},
    }
    if not related:
        del out["relatedLocations"]
    if finding.rule in index:
        out["ruleIndex"] = index[finding.rule]
    if finding.fingerprint:
        out["partialFingerprints"] = {FINGERPRINT_KEY: finding.fingerprint}
    if accepted:
        out["suppressions"] = [{"kind": "external", "status": "accepted",
                                "justification": f"accepted in the casualty-check baseline: {reason}" if reason
                                else "accepted in the casualty-check baseline"}]
    return json.loads(json.dumps(out, default=str))  # params may hold dates or numpy values


def _escape_brackets(text: str) -> str:
    """A message's own '[' and ']' escaped, as SARIF asks of text that may embed links."""
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def _link_text(record: dict[str, Any]) -> str:
    """'250 000 in 004_796c33a8d86783dd.txt': a figure and the file it stands in."""
    where = location_of(record)
    return _escape_brackets(f"{number(record.get('value'), record.get('lang'))} in {PurePath(where.path).name}")


def _location(record: dict[str, Any], i: int) -> dict[str, Any]:
    where = location_of(record)
    region: dict[str, Any] = {}
    if where.line:
        region["startLine"] = where.line
        region["startColumn"] = where.column or 1
    if where.start is not None:
        region["charOffset"] = where.start
        if where.end is not None and where.end >= where.start:
            region["charLength"] = where.end - where.start
    if region and record.get("text"):
        region["snippet"] = {"text": str(record["text"])}
    physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(where.path)}}
    if region:
        physical["region"] = region
    who = ", ".join(str(x) for x in (outlet_name(record.get("source"), record.get("agency")),
                                     day_words(record.get("published")) or "undated", record.get("attribution")) if x)
    return {
        "id": i,
        "physicalLocation": physical,
        "message": {"text": f"{number(record.get('value'), record.get('lang'))} [{interval_words(record)}] ({who})"},
    }


def _uri(path: str) -> str:
    """A relative URI reference for a file path (forward slashes, spaces and '#' escaped)."""
    return quote(PurePath(path).as_posix(), safe="/:@-._~!$&'()*+,;=")
