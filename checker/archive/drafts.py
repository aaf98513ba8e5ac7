"""Checking drafts against the archive: fetch only the archived figures a draft could contradict.

A draft about east Aleppo cannot contradict a toll for Idlib, and a death toll cannot contradict
a population figure, so the base look-up asks the `(measure, place)` index for the draft's
measures at the draft's places and every place nested with them (Aleppo and Syria above east
Aleppo; its districts below it). Within that, each rule kind says which records can share one
of its blocks with a draft figure (`checker.archive.scope`: the same window, the same running
total, the same stock...), and SQLite drops the others before they become Python objects:
turning rows into objects is what a look-up costs. The rules then run on that small table plus
the drafts, asked only for findings that involve a draft; this is what keeps one draft against
a million archived records well under a second.
"""
from __future__ import annotations

import sqlite3
from typing import Any, Iterable, Optional, Sequence

import pandas as pd

from checker.archive.migrations import quote
from checker.archive.scope import Scope, draft_scope
from checker.archive.sqlterms import EVERYTHING, Term
from checker.normalise.places import default_gazetteer, place_ancestors
from checker.schema import RECORD_COLUMNS

_SELECT = ", ".join(quote(c) for c in RECORD_COLUMNS)
_CHUNK = 500  # stay well below SQLite's bound-parameter limit
_TERMS = 100  # conditions per query: SQLite caps the depth of an expression tree


def nested_places(place: Optional[str], inside: Optional[dict[str, set[str]]] = None) -> set[Optional[str]]:
    """The place, the places containing it and the places inside it; None stays None.

    `inside` (from `places_inside`) saves a pass over the gazetteer per place.
    """
    if place is None:
        return {None}
    children = inside if inside is not None else places_inside()
    below: set[str] = set()
    todo = [place]
    while todo:  # every place whose chain of parents passes through `place`
        for child in children.get(todo.pop(), ()):
            if child not in below:
                below.add(child)
                todo.append(child)
    return set(place_ancestors(place)) | {place} | below


def places_inside() -> dict[str, set[str]]:
    """slug -> the places of the gazetteer whose parent it is, in one pass over the gazetteer,
    made once per gazetteer (the world tier has 34,000 places: 20 ms a pass)."""
    gaz = default_gazetteer()
    if _INSIDE[0] is not gaz:
        children: dict[str, set[str]] = {}
        for slug, parent in gaz.parents().items():  # both tiers
            if parent:
                children.setdefault(parent, set()).add(slug)
        _INSIDE[:] = [gaz, children]
    return _INSIDE[1]


_INSIDE: list = [None, {}]  # [gazetteer, its children map]


def claim_keys(drafts: pd.DataFrame) -> dict[str, set[Optional[str]]]:
    """measure -> every archived place worth comparing with the drafts' figures of that measure."""
    keys: dict[str, set[Optional[str]]] = {}
    if drafts.empty:
        return keys
    inside = places_inside()
    pairs = set(zip(drafts["measure"].to_numpy(dtype=object), drafts["place"].to_numpy(dtype=object)))
    for measure, place in pairs:  # a few distinct pairs, whatever the number of rows
        if _missing(measure):
            continue
        keys.setdefault(measure, set()).update(nested_places(None if _missing(place) else place, inside))
    return keys


def _missing(value: Any) -> bool:
    """None, NaN, NA: what pandas' notna calls missing (a scalar from the drafts' table)."""
    return bool(pd.isna(value))


def load_relevant(conn: sqlite3.Connection, drafts: pd.DataFrame, rules: Optional[Sequence[Any]] = None) -> pd.DataFrame:
    """Current archived records sharing a measure and a nested place with a draft record.

    With `rules`, only those each rule's kind can compare with a draft figure (`draft_scope`);
    without, every such record. `drafts` is read as the rules will read it, so it should be the
    normalised table the rules get (`normalise_frame`, as `check_drafts` passes it). Rows come in index order (measure, place, row id), whichever
    conditions found them, so that a narrower look-up is the broad one with rows left out.
    Archived versions of articles that are themselves among the drafts are left out: the draft
    is the article's newest text and replaces it for this check.
    """
    draft_docs = sorted({str(d) for d in drafts["doc_id"].dropna()}) if len(drafts) else []
    keys = claim_keys(drafts)
    scope = _scope(drafts, rules) if keys and rules is not None else None
    found: dict[int, tuple] = {}  # row id -> (article id, record columns...)
    for measure in sorted(keys):
        # conditions that require one place are asked of that place's index entries alone; the
        # others are tested on every entry of the base look-up
        groups = {None: [EVERYTHING]} if scope is None else scope.terms_by_place(measure, keys[measure])
        for place, terms in groups.items():
            places = keys[measure] if place is None else {place}
            for i in range(0, len(terms), _TERMS):
                _fetch(conn, measure, places, _any(terms[i:i + _TERMS]), found)
    if scope is not None and scope.linked_articles and found:
        linked = _articles_with_parts(conn, sorted({row[0] for row in found.values()}))
        for i in range(0, len(linked), _CHUNK):
            chunk = linked[i:i + _CHUNK]
            term = Term(f"article_id IN ({', '.join('?' * len(chunk))})", tuple(chunk))
            for measure in sorted(keys):
                _fetch(conn, measure, keys[measure], term, found)
    ordered = sorted(found.items(), key=lambda item: _index_order(item[1], item[0]))
    frame = pd.DataFrame.from_records([row[1:] for _, row in ordered], columns=list(RECORD_COLUMNS))
    if draft_docs and len(frame):
        frame = frame[~frame["doc_id"].isin(draft_docs)]
    return frame.reset_index(drop=True)


def _scope(drafts: pd.DataFrame, rules: Sequence[Any]) -> Scope:
    from checker.rules.claims import prepare

    return draft_scope(prepare(drafts).work, rules)


def _any(terms: list[Term]) -> Term:
    if len(terms) == 1:
        return terms[0]
    return Term("(" + " OR ".join(t.sql for t in terms) + ")", tuple(p for t in terms for p in t.params))


_MEASURE = RECORD_COLUMNS.index("measure") + 1  # positions in a found row (article id first)
_PLACE = RECORD_COLUMNS.index("place") + 1


def _index_order(row: tuple, row_id: int) -> tuple:
    """The order the (measure, place) index returns rows in; the look-up without a place comes last."""
    place = row[_PLACE]
    return (row[_MEASURE], place is None, place or "", row_id)


def _fetch(conn: sqlite3.Connection, measure: str, places: set[Optional[str]], term: Term,
           found: dict[int, tuple]) -> None:
    """Add to `found` the current records of `measure` at `places` that satisfy `term`."""
    named = sorted(p for p in places if p is not None)
    query = f"SELECT id, article_id, {_SELECT} FROM records WHERE measure = ? AND {{where}} AND current = 1 AND {term.sql}"
    for chunk in _chunks(named):
        marks = ", ".join("?" * len(chunk))
        for row in conn.execute(query.format(where=f"place IN ({marks})"), (measure, *chunk, *term.params)):
            found[row[0]] = row[1:]
    if None in places:
        for row in conn.execute(query.format(where="place IS NULL"), (measure, *term.params)):
            found[row[0]] = row[1:]


def _articles_with_parts(conn: sqlite3.Connection, articles: list[int]) -> list[int]:
    """The articles among `articles` holding a figure linked to its total by `part_of`."""
    out: list[int] = []
    for chunk in _chunks(articles):
        marks = ", ".join("?" * len(chunk))
        out += [r[0] for r in conn.execute(
            f"SELECT DISTINCT article_id FROM records WHERE article_id IN ({marks}) AND part_of IS NOT NULL "
            "AND current = 1", chunk)]
    return sorted(out)


def check_drafts(conn: sqlite3.Connection, drafts: pd.DataFrame, rules: Any) -> tuple[list, int]:
    """Findings that involve a draft, against the archive and the other drafts."""
    from checker.records_table import normalise_frame
    from checker.rules import evaluate

    drafts = normalise_frame(drafts.copy())
    archived = normalise_frame(load_relevant(conn, drafts, rules))
    focus = {str(d) for d in drafts["doc_id"].dropna()}
    if len(archived) == 0:
        combined = drafts
    else:
        combined = pd.concat([archived, drafts], ignore_index=True)
    findings = draft_first(evaluate(combined, rules, focus_docs=focus), focus)
    return findings, len(archived)


def draft_first(findings: Iterable, drafts: set[str]) -> list:
    """Each finding with the drafts' figures first, every record marked `draft` true or false: an
    annotation, a SARIF location and the report's first card then point at the copy under
    review, not at the archive."""
    out = []
    for finding in findings:
        marked = [{**r, "draft": str(r.get("doc_id")) in drafts} for r in finding.records]
        finding.records = sorted(marked, key=lambda r: not r["draft"])
        out.append(finding)
    return out


def _chunks(items: list, size: int = _CHUNK) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]
