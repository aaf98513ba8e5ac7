"""A rule as the engine runs it: a kind (what to compare) plus the parameters of one rule file."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional


@dataclass
class Hit:
    """One contradicted claim as a kind reports it, before it becomes a `Finding`.

    `positions` index the prepared work table; `severity` overrides the rule's own (a change
    of basis is information, not an error); `details` are added to the finding's params.
    """

    positions: list[int]
    message: str
    claim: dict[str, Any] = field(default_factory=dict)
    severity: Optional[str] = None
    details: dict[str, Any] = field(default_factory=dict)


@dataclass
class Rule:
    """One rule file, validated: what it flags, how strongly, and the examples that prove it.

    The file's one-line `summary` is kept as `summary_text`, because `summary()` is the
    method the CLI and the reports call to list a rule.
    """

    code: str
    name: str
    kind: str
    severity: str
    summary_text: str
    rationale: str
    how_to_resolve: str
    params: dict[str, Any] = field(default_factory=dict)  # the kind's defaults, overlaid by the file's
    examples: list[dict[str, Any]] = field(default_factory=list)
    path: Optional[Path] = None

    def summary(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity,
            "kind": self.kind,
            "summary": self.summary_text,
            "rationale": self.rationale,
            "how_to_resolve": self.how_to_resolve,
        }
