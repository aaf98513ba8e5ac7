"""Every example of every rule file fires or passes as it says (rules/*.yaml are the test data).

The ids read like the rule catalogue: `CC103-fr-fire-"dont 117 enfants" out of 103`.
"""
from __future__ import annotations

import copy

import pytest

from checker.rules import evaluate, load_rules
from checker.rules.examples import example_frame

RULES = load_rules()
CASES = [(rule, example) for rule in RULES for example in rule.examples]


def _id(case) -> str:
    rule, example = case
    return f"{rule.code}-{example['lang']}-{example['expect']}-{example['title']}"


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_example(case):
    rule, example = case
    rule = copy.copy(rule)
    rule.params = {**rule.params, **(example.get("params") or {})}
    findings = [f for f in evaluate(example_frame(example), [rule]) if not f.claim.get("undated")]
    if example["expect"] == "pass":
        assert findings == [], [f.message for f in findings]
        return
    assert len(findings) == 1, [f.message for f in findings]
    (finding,) = findings
    assert finding.rule == rule.code
    assert len(finding.records) >= 1
    if example.get("severity"):
        assert finding.severity == example["severity"]
    if len(example["records"]) > 1 and rule.kind != "number_format":
        assert len(finding.records) >= 2, "a contradiction lists every record involved"


def test_every_rule_has_both_languages_and_outcomes():
    for rule in RULES:
        assert {e["lang"] for e in rule.examples} == {"fr", "en"}, rule.code
        assert {e["expect"] for e in rule.examples} == {"fire", "pass"}, rule.code
