"""`--format junit`: JUnit XML for CI dashboards that only read test results.

One testcase per article read (GitLab, Jenkins and Azure list them by name: the article's file),
so a desk sees which articles pass and which to open. An article with a figure in a finding at
`warning` or `error` fails, with one `<failure>` that lists every such finding it is in (the JUnit
schema allows one per testcase): a contradiction between two articles fails both. An article whose
findings are all accepted in the baseline is `skipped`, with the baseline's reason; `info` findings
are notes (`<system-out>`), as they never fail `check`. A file rejected at input is a testcase
with an `<error>`; an input warning is a note on its article.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from typing import TYPE_CHECKING, Any, TextIO

from checker.report._common import clean, location_of, ordered, records_of
from checker.report.text import _record_line, _Paint
from checker.schema import Finding

if TYPE_CHECKING:
    from checker.run import CheckResult

FAILING = ("error", "warning")


def _cases(result: "CheckResult") -> list[tuple[str, str]]:
    """(doc id, the name shown: its file, else its id) of every article of the batch, in reading
    order; then the doc ids of supplied records (--records) that no article gave."""
    cases: dict[str, str] = {}
    for article in result.articles:
        doc = str(clean(article.get("doc_id")))
        cases.setdefault(doc, str(clean(article.get("path")) or doc))
    if len(result.records) and "doc_id" in result.records.columns:
        for doc in result.records["doc_id"].dropna().astype(str).unique():
            cases.setdefault(doc, doc)
    return list(cases.items())


def _finding_text(finding: Finding, plain: _Paint) -> str:
    records = records_of(finding)
    where = location_of(records[0]) if records else None
    head = f"{where} {finding.severity} {finding.rule} {finding.name}: {finding.message}" if where else \
        f"{finding.severity} {finding.rule} {finding.name}: {finding.message}"
    return "\n".join([head, *("    " + _record_line(r, plain) for r in records)])


def junit_tree(result: "CheckResult") -> ET.Element:
    plain = _Paint(False)
    by_doc: dict[str, list[Finding]] = defaultdict(list)
    for finding in ordered(result.new_findings):
        for doc in dict.fromkeys(str(clean(r.get("doc_id"))) for r in finding.records):
            by_doc[doc].append(finding)
    accepted: dict[str, list[Finding]] = defaultdict(list)
    for finding in result.accepted:
        for doc in dict.fromkeys(str(clean(r.get("doc_id"))) for r in finding.records):
            accepted[doc].append(finding)
    why = getattr(result, "acceptances", None) or {}
    problems_of: dict[str, list[Any]] = defaultdict(list)
    for p in result.problems:
        problems_of[str(p.path)].append(p)

    cases = _cases(result)
    suite_children: list[ET.Element] = []
    failures = skipped = errors = 0
    named = set()
    for doc, name in cases:
        named.add(name)
        case = ET.Element("testcase", classname="casualty-check", name=name, file=name)
        loud = [f for f in by_doc.get(doc, []) if f.severity in FAILING]
        notes = [f for f in by_doc.get(doc, []) if f.severity not in FAILING]
        if loud:
            failures += 1
            first = loud[0]
            more = f" (and {len(loud) - 1} more finding{'s' if len(loud) > 2 else ''})" if len(loud) > 1 else ""
            failure = ET.SubElement(case, "failure", type=first.severity,
                                    message=f"{first.rule} {first.severity}: {first.message}{more}")
            failure.text = "\n\n".join(_finding_text(f, plain) for f in loud)
        elif accepted.get(doc) and not notes:
            skipped += 1
            reasons = [(why.get(f.fingerprint) or {}).get("reason") for f in accepted[doc]]
            said = "; ".join(f"{f.rule}: {r}" if r else f.rule for f, r in zip(accepted[doc], reasons))
            ET.SubElement(case, "skipped", message=f"{len(accepted[doc])} finding{'s' if len(accepted[doc]) > 1 else ''} "
                                                   f"accepted in the baseline ({said})")
        out = [_finding_text(f, plain) for f in notes] + [str(p) for p in problems_of.get(name, [])]
        if out:
            ET.SubElement(case, "system-out").text = "\n\n".join(out)
        suite_children.append(case)
    # files the batch could not read (or skipped) have no article: one testcase each
    for path, problems in problems_of.items():
        if path in named:
            continue
        case = ET.Element("testcase", classname="casualty-check.input", name=path, file=path)
        rejected = [p for p in problems if p.level == "error"]
        if rejected:
            errors += 1
            ET.SubElement(case, "error", type="input", message=rejected[0].message).text = "\n".join(str(p) for p in problems)
        else:
            ET.SubElement(case, "system-out").text = "\n".join(str(p) for p in problems)
        suite_children.append(case)

    tests = str(len(suite_children))
    suites = ET.Element("testsuites", name="casualty-check", tests=tests, failures=str(failures), errors=str(errors),
                        skipped=str(skipped))
    suite = ET.SubElement(suites, "testsuite", name="casualty-check", tests=tests, failures=str(failures),
                          errors=str(errors), skipped=str(skipped))
    suite.extend(suite_children)
    return suites


def write_junit(result: "CheckResult", out: TextIO) -> None:
    tree = junit_tree(result)
    ET.indent(tree)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(tree, encoding="unicode"))
    out.write("\n")
