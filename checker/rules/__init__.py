"""The rules engine: rules as data (`rules/*.yaml`), a small set of kinds, claim matching.

Public API: `load_rules(rules_dir, config)`, `evaluate(records, rules, focus_docs)`, `Rule`.
"""
from checker.rules.engine import evaluate, fingerprint
from checker.rules.loading import DEFAULT_RULES_DIR, load_rules, parse_rule_file
from checker.rules.model import Rule

__all__ = ["evaluate", "fingerprint", "load_rules", "parse_rule_file", "Rule", "DEFAULT_RULES_DIR"]
