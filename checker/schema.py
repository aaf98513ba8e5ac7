"""The data that flows between the stages: articles in, figure records out, findings last.

One place defines the canonical record of the spec (docs/spec.md, section 2) so that the
extractor, the rules engine, the archive and every report agree on column names and types.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Optional

# Column order of the canonical record (spec section 2), then the article metadata copied in.
RECORD_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "start",
    "end",
    "text",
    "sentence",
    "value",
    "low",
    "high",
    "qualifier",
    "measure",
    "group",
    "place",
    "period_start",
    "period_end",
    "cumulative",
    "attribution",
    "quoted",
    "part_of",
    "basis",
    "source",
    "published",
    "lang",
    # project extensions (documented in docs/records.md)
    "agency",
    "url",
    "path",
    "line",
    "column",
    "hedged",
    "speaker",
    "superseded",
    "toll",
    "event_day",
    "event",
)

QUALIFIERS = (
    "exact", "approx", "approx_below", "at_least", "more_than", "at_most",
    "less_than", "up_to", "range", "vague",
)

# Flows count events over a window; stocks count people present at a moment.
FLOW_MEASURES = frozenset({"killed", "injured", "casualties", "missing", "detained", "evacuated", "displaced"})
STOCK_MEASURES = frozenset({"residents", "besieged", "in_need", "hard_to_reach", "affected", "refugees"})
EVENT_MEASURES = frozenset({"strikes"})
MEASURES = FLOW_MEASURES | STOCK_MEASURES | EVENT_MEASURES

SEVERITIES = ("info", "warning", "error")


def severity_rank(severity: str) -> int:
    """Order severities so that `--fail-on warning` catches warnings and errors."""
    return SEVERITIES.index(severity)


@dataclass
class Article:
    """One news article as read from disk, with the manifest's metadata merged in."""

    doc_id: str
    text: str
    lang: Optional[str] = None
    published: Optional[date] = None
    source: Optional[str] = None
    agency: Optional[str] = None
    url: Optional[str] = None
    title: Optional[str] = None
    path: Optional[str] = None  # the file it came from (for SARIF locations and messages)
    line_offset: int = 0  # line of the file where `text` starts (JSONL: the object's line)
    warnings: list[str] = field(default_factory=list)

    def meta(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "lang": self.lang,
            "published": self.published.isoformat() if self.published else None,
            "source": self.source,
            "agency": self.agency,
            "url": self.url,
            "title": self.title,
            "path": self.path,
        }


@dataclass(slots=True)
class Record:
    """One casualty or population figure, as spec section 2 defines it."""

    doc_id: str
    start: int
    end: int
    text: str
    sentence: str
    value: int
    low: Optional[int]
    high: Optional[int]
    qualifier: str
    measure: str
    group: str = "people"
    place: Optional[str] = None
    period_start: Optional[str] = None
    period_end: Optional[str] = None
    cumulative: bool = False
    attribution: Optional[str] = None
    quoted: bool = False
    part_of: Optional[int] = None
    basis: Optional[str] = None
    source: Optional[str] = None
    published: Optional[str] = None
    lang: Optional[str] = None
    agency: Optional[str] = None
    url: Optional[str] = None
    path: Optional[str] = None
    line: Optional[int] = None
    column: Optional[int] = None
    hedged: bool = False
    speaker: Optional[str] = None
    superseded: bool = False  # an earlier toll the article itself updates ("up from 104 earlier")
    toll: bool = False  # counts one event's dead or injured so far ("le bilan monte à", "the quake killed")
    event_day: Optional[str] = None  # a toll's event ("le séisme de vendredi a fait N morts"): its day
    event: Optional[str] = None  # the kind of event the figure counts ("cholera", "earthquake": `event_kinds`)

    def to_dict(self) -> dict[str, Any]:
        # every field holds a scalar, so no deep copy (dataclasses.asdict) is needed
        return {name: getattr(self, name) for name in RECORD_COLUMNS}


@dataclass
class Finding:
    """One contradicted claim: every record involved, the rule that saw it, and why."""

    rule: str  # stable code, e.g. "CC101"
    name: str  # dotted name, e.g. "claims.intervals-disagree"
    severity: str
    message: str
    records: list[dict[str, Any]]
    params: dict[str, Any] = field(default_factory=dict)
    claim: dict[str, Any] = field(default_factory=dict)  # the shared key (measure, group, place, ...)
    fingerprint: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
