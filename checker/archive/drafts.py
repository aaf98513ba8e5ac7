"""Checking drafts against the archive: fetch only the archived figures a draft could contradict.

A draft about east Aleppo cannot contradict a toll for Idlib, and a death toll cannot contradict
a population figure, so the look-up asks the `(measure, place)` index for the draft's measures
at the draft's places and every place nested with them (Aleppo and Syria above east Aleppo;
its districts below it). The rules then run on that small table plus the drafts, asked only for
findings that involve a draft; this is what keeps one draft against a million archived records
well under a second.
"""
from __future__ import annotations

import sqlite3
from typing import Any, Iterable, Optional

import pandas as pd

from checker.archive.migrations import quote
from checker.normalise.places import default_gazetteer, place_ancestors
from checker.schema import RECORD_COLUMNS

_SELECT = ", ".join(quote(c) for c in RECORD_COLUMNS)
_CHUNK = 500  # stay well below SQLite's bound-parameter limit


def nested_places(place: Optional[str]) -> set[Optional[str]]:
    """The place, the places containing it and the places inside it; None stays None."""
    if place is None:
        return {None}
    related: set[Optional[str]] = set(place_ancestors(place)) | {place}
    gazetteer = default_gazetteer()
    for slug in gazetteer.places:
        if place in gazetteer.ancestors(slug):
            related.add(slug)
    return related


def claim_keys(drafts: pd.DataFrame) -> dict[str, set[Optional[str]]]:
    """measure -> every archived place worth comparing with the drafts' figures of that measure."""
    keys: dict[str, set[Optional[str]]] = {}
    if drafts.empty:
        return keys
    pairs = drafts[["measure", "place"]].astype(object).where(drafts[["measure", "place"]].notna(), None)
    for measure, place in set(map(tuple, pairs.itertuples(index=False, name=None))):
        if measure is None:
            continue
        keys.setdefault(measure, set()).update(nested_places(place))
    return keys


def load_relevant(conn: sqlite3.Connection, drafts: pd.DataFrame) -> pd.DataFrame:
    """Current archived records sharing a measure and a nested place with a draft record.

    Archived versions of articles that are themselves among the drafts are left out: the draft
    is the article's newest text and replaces it for this check.
    """
    draft_docs = sorted({str(d) for d in drafts["doc_id"].dropna()}) if len(drafts) else []
    rows: list[tuple[Any, ...]] = []
    for measure, places in claim_keys(drafts).items():
        named = sorted(p for p in places if p is not None)
        for chunk in _chunks(named):
            marks = ", ".join("?" * len(chunk))
            rows += conn.execute(
                f"SELECT {_SELECT} FROM records WHERE measure = ? AND place IN ({marks}) AND current = 1",
                (measure, *chunk),
            ).fetchall()
        if None in places:
            rows += conn.execute(
                f"SELECT {_SELECT} FROM records WHERE measure = ? AND place IS NULL AND current = 1", (measure,)
            ).fetchall()
    frame = pd.DataFrame.from_records(rows, columns=list(RECORD_COLUMNS))
    if draft_docs and len(frame):
        frame = frame[~frame["doc_id"].isin(draft_docs)]
    return frame.reset_index(drop=True)


def check_drafts(conn: sqlite3.Connection, drafts: pd.DataFrame, rules: Any) -> tuple[list, int]:
    """Findings that involve a draft, against the archive and the other drafts."""
    from checker.pipeline import normalise_frame
    from checker.rules import evaluate

    drafts = normalise_frame(drafts.copy())
    archived = normalise_frame(load_relevant(conn, drafts))
    focus = {str(d) for d in drafts["doc_id"].dropna()}
    if len(archived) == 0:
        combined = drafts
    else:
        combined = pd.concat([archived, drafts], ignore_index=True)
    findings = evaluate(combined, rules, focus_docs=focus)
    return list(findings), len(archived)


def _chunks(items: list, size: int = _CHUNK) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]
