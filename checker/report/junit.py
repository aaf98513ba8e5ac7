"""`--format junit`: JUnit XML for CI dashboards that only read test results.

One testcase per active rule, so a clean rule shows as a passing test; one `<failure>` per
finding of that rule. Rules whose only findings were accepted in the baseline are `skipped`.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from typing import TYPE_CHECKING, TextIO

from checker.report._common import location_of, ordered, records_of, rule_catalog
from checker.report.text import _record_line, _Paint
from checker.schema import Finding

if TYPE_CHECKING:
    from checker.run import CheckResult


def junit_tree(result: "CheckResult") -> ET.Element:
    new: dict[str, list[Finding]] = defaultdict(list)
    for f in ordered(result.new_findings):
        new[f.rule].append(f)
    accepted: dict[str, list[Finding]] = defaultdict(list)
    for f in result.accepted:
        accepted[f.rule].append(f)
    rules = rule_catalog(result)
    failures = sum(len(v) for v in new.values())
    skipped = sum(1 for r in rules if not new.get(r["code"]) and accepted.get(r["code"]))
    errors = sum(1 for p in result.problems if p.level == "error")

    cases = len(rules) + (1 if result.problems else 0)  # one case per rule, and one for the input problems
    suites = ET.Element("testsuites", name="casualty-check", tests=str(cases), failures=str(failures), errors=str(errors))
    suite = ET.SubElement(suites, "testsuite", name="casualty-check", tests=str(cases),
                          failures=str(failures), errors=str(errors), skipped=str(skipped))
    plain = _Paint(False)
    for rule in rules:
        code = rule["code"]
        case = ET.SubElement(suite, "testcase", classname=f"casualty-check.{code}", name=f"{code} {rule.get('name') or ''}".strip())
        for finding in new.get(code, []):
            records = records_of(finding)
            where = location_of(records[0]) if records else None
            failure = ET.SubElement(case, "failure", type=finding.severity,
                                    message=f"{where}: {finding.message}" if where else finding.message)
            failure.text = "\n".join(_record_line(r, plain) for r in records)
        if not new.get(code) and accepted.get(code):
            ET.SubElement(case, "skipped", message=f"{len(accepted[code])} finding(s) accepted in the baseline")
    if result.problems:
        case = ET.SubElement(suite, "testcase", classname="casualty-check.input", name="input files")
        for p in result.problems:
            tag = "error" if p.level == "error" else "system-out"
            el = ET.SubElement(case, tag, **({"message": str(p)} if tag == "error" else {}))
            el.text = str(p)
    return suites


def write_junit(result: "CheckResult", out: TextIO) -> None:
    tree = junit_tree(result)
    ET.indent(tree)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(tree, encoding="unicode"))
    out.write("\n")
