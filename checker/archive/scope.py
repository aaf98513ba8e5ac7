"""Which archived figures each rule kind can compare with a draft's: the narrowed look-up.

A draft check reports only findings that involve a draft, and every kind builds a finding from
one block of figures (its claim key). So an archived figure matters only if it can share a
block with a draft figure, and each kind says here what its blocks are:

| kind | archived figures that can share a block with a draft figure |
| --- | --- |
| intervals_disagree (across articles) | same measure, group, place and window (flows) or reference day (stocks) |
| intervals_disagree (within an article) | none: the draft's own article is not read from the archive |
| running_total_drop, stale_figure, running_total_leap | running totals of the same measure, group, place and start year (any date); with `nested_place_drops`, a disaster toll's other disaster tolls of the same measure and group at every nested place |
| stock_jump | the same stock, group and place, at any date |
| quote_mismatch | quoted or credited figures of the same measure, group and place, published in the draft's day buckets |
| subwindow_exceeds_window | none within an article; the same measure, group and place within an origin |
| part_exceeds_whole (across groups and places) | same measure and window, any group (wholes, and other parts of the same whole) |
| number_format | none: one figure per finding |

A block is taken whole: a finding lists every figure of its block, archived pairs included, so
the look-up never narrows within one (no time limit on stock_jump, for instance). Two kinds
also report across blocks, and need more: running_total_drop and stock_jump add one note
listing the undated figures of the table, so a draft with an undated figure brings every
undated archived one; part_exceeds_whole groups parts by their whole, and a whole's parts
linked by `part_of` are found in its own article, so those articles come whole
(`Scope.linked_articles`).

A kind the table does not know gets every record of the base look-up (measure and nested place,
`checker.archive.drafts`): a new kind is correct before it is fast.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

import numpy as np
import pandas as pd

from checker.archive.sqlterms import (
    EVERYTHING, Term, any_text, day_is, day_unknown, day_within, flag_set, text_is, year_is,
)
from checker.rules.kinds._common import iso
from checker.schema import FLOW_MEASURES, STOCK_MEASURES

ALL_MEASURES = None  # a Want for every measure of the base look-up


@dataclass(frozen=True)
class Want:
    """Archived records of `measure` (None: every measure looked up) that satisfy `term`.

    `place`: the place `term` requires (`"place" = ?`), if it requires one. The look-up then
    asks the index for that place alone, instead of testing the term on every record of every
    nested place.
    """

    measure: Optional[str]
    term: Term
    place: Optional[str] = None


@dataclass
class Scope:
    """What the rules of one check need from the archive, beyond the drafts themselves."""

    wants: set[Want] = field(default_factory=set)
    linked_articles: bool = False  # also every looked-up record of the articles found, if they link parts

    def terms_for(self, measure: str) -> list[Term]:
        """The conditions under which an archived record of `measure` is needed, in a stable order."""
        terms = {w.term for w in self.wants if w.measure in (measure, ALL_MEASURES)}
        return _ordered(terms)

    def terms_by_place(self, measure: str, places: set[Optional[str]]) -> dict[Optional[str], list[Term]]:
        """`terms_for(measure)` grouped by the one place each requires among `places` (None: no such place).

        A term that requires a place outside `places` (or "", read as missing) goes with the
        place-free terms: it is tested over the whole base look-up, as before.
        """
        groups: dict[Optional[str], set[Term]] = {}
        for w in self.wants:
            if w.measure in (measure, ALL_MEASURES):
                place = w.place if w.place and w.place in places else None
                groups.setdefault(place, set()).add(w.term)
        return {place: _ordered(terms) for place, terms in sorted(groups.items(), key=lambda g: (g[0] is not None, g[0] or ""))}


def _ordered(terms: set[Term]) -> list[Term]:
    return sorted(terms, key=lambda t: (t.sql, repr(t.params)))


def draft_scope(draft_work: pd.DataFrame, rules: Iterable) -> Scope:
    """The union of what each rule's kind needs for these draft figures (`claims.prepare(...).work`)."""
    scope = Scope()
    rows = list(_rows(draft_work))
    for rule in rules:
        needs = KIND_SCOPES.get(rule.kind)
        if needs is None:
            scope.wants.add(Want(ALL_MEASURES, EVERYTHING))
            continue
        wants, linked = needs(rows, rule.params)
        scope.wants.update(wants)
        scope.linked_articles |= linked
    return scope


@dataclass(frozen=True)
class _Figure:
    """One draft figure as the kinds key it (days as ISO strings, None when unknown)."""

    measure: str
    group: str
    place: str
    flow: bool
    stock: bool
    ps: Optional[str]
    pe: Optional[str]
    ref: Optional[str]
    pub: Optional[float]
    cumulative: bool
    spoken: bool
    event_day: Optional[str] = None  # a toll's event (running_totals' second view)
    toll: bool = False  # a disaster's toll: compared with the place's other disaster tolls

    @property
    def windowed(self) -> bool:
        """Eligible for window comparisons: a flow with both ends, or a stock with a reference day."""
        return (self.flow and self.ps is not None and self.pe is not None) or (self.stock and self.ref is not None)

    def same_group_place(self) -> Term:
        return text_is("place", self.place) & text_is("group", self.group, missing_means="people")

    def at_own_place(self, term: Optional[Term] = None) -> Want:
        """Records of this figure's measure, group and place (that also satisfy `term`), as a Want
        that names the place, so that the look-up asks the index for that place alone."""
        return Want(self.measure, self.same_group_place() if term is None else self.same_group_place() & term,
                    self.place)

    def same_window(self) -> Term:
        """The block's time key: (start, end) of a flow, the reference day of a stock."""
        if self.flow:
            return day_is("period_start", self.ps) & day_is("period_end", self.pe)
        # a stock's reference day is its window end, else its publication date (claims.prepare)
        return day_is("period_end", self.ref) | (day_unknown("period_end") & day_is("published", self.ref))


def _rows(work: pd.DataFrame) -> Iterable[_Figure]:
    def day(value: float) -> Optional[str]:
        return None if np.isnan(value) else iso(value)

    names = ("measure", "group", "place", "is_flow", "is_stock", "ps", "pe", "ref", "pub", "cumulative", "speaker",
             "event_day", "toll")
    # plain column arrays zipped: pandas' itertuples costs more than the rows of a draft
    for measure, group, place, flow, stock, ps, pe, ref, pub, cumulative, speaker, event_day, toll in zip(
            *(work[name].to_numpy() for name in names)):
        yield _Figure(
            measure=measure, group=group, place=place, flow=bool(flow), stock=bool(stock),
            ps=day(ps), pe=day(pe), ref=day(ref), pub=None if np.isnan(pub) else float(pub),
            cumulative=bool(cumulative), spoken=speaker != "",
            event_day=day(event_day), toll=bool(toll),
        )


Needs = Callable[[list[_Figure], dict], tuple[list[Want], bool]]


def _intervals(rows: list[_Figure], params: dict) -> tuple[list[Want], bool]:
    if params["scope"] == "within_article":
        return [], False
    return [f.at_own_place(f.same_window()) for f in rows if f.windowed], False


def _running_totals(rows: list[_Figure], params: dict, note: bool) -> tuple[list[Want], bool]:
    totals = [f for f in rows if f.cumulative and f.flow]
    wants = [f.at_own_place(flag_set("cumulative") & year_is("period_start", _year(f.ps)))
             for f in totals if f.pub is not None]
    # one event's toll: the other reports of that event (same event day), whatever their origin
    wants += [f.at_own_place(day_is("event_day", f.event_day))
              for f in rows if f.flow and f.event_day is not None and not f.toll and f.pub is not None]
    # a disaster's toll: the place's other disaster tolls (its event may be dated by them only)
    wants += [f.at_own_place(flag_set("toll")) for f in rows if f.flow and f.toll and f.pub is not None]
    if params.get("nested_place_drops"):
        # and the disaster tolls of the places within it and around it (the base look-up's nested places)
        wants += [Want(f.measure, text_is("group", f.group, missing_means="people") & flag_set("toll"))
                  for f in rows if f.flow and f.toll and f.pub is not None and f.place]
    if note and any(f.pub is None for f in totals):  # the undated note lists the batch's undated totals
        wants += [Want(m, flag_set("cumulative") & day_unknown("published")) for m in sorted(FLOW_MEASURES)]
    return wants, False


def _year(day: Optional[str]) -> Optional[int]:
    return None if day is None else int(day[:4])


def _stocks(rows: list[_Figure], params: dict) -> tuple[list[Want], bool]:
    stocks = [f for f in rows if f.stock]
    wants = [f.at_own_place() for f in stocks if f.pub is not None]
    if any(f.pub is None for f in stocks):  # the undated note lists the batch's undated stocks
        wants += [Want(m, day_unknown("published")) for m in sorted(STOCK_MEASURES)]
    return wants, False


def _quotes(rows: list[_Figure], params: dict) -> tuple[list[Want], bool]:
    # quote_mismatch blocks on day buckets of max_days + 1, each figure also in the next bucket:
    # a figure in bucket b meets figures of buckets b - 1 to b + 1
    span = params["max_days"] + 1
    wants = []
    for f in rows:
        if not f.spoken or f.pub is None:
            continue
        bucket = int(np.floor(f.pub / span))
        first, after = iso((bucket - 1) * span), iso((bucket + 2) * span)
        # columns of the look-up index first: the row itself is read only for the few that pass
        wants.append(f.at_own_place(day_within("published", first, after) & any_text("speaker", "attribution")))
    return wants, False


def _subwindows(rows: list[_Figure], params: dict) -> tuple[list[Want], bool]:
    if params["compare_within"] == "article":
        return [], False
    return [f.at_own_place() for f in rows if f.flow and f.windowed], False


def _parts(rows: list[_Figure], params: dict) -> tuple[list[Want], bool]:
    if not params["across_groups_and_places"]:
        return [], False  # parts linked by part_of live in the draft's own article
    wants = [Want(f.measure, f.same_window()) for f in rows if f.windowed]
    return wants, bool(params["use_part_of"]) and bool(wants)


def _nothing(rows: list[_Figure], params: dict) -> tuple[list[Want], bool]:
    return [], False


KIND_SCOPES: dict[str, Needs] = {
    "intervals_disagree": _intervals,
    "running_total_drop": lambda rows, params: _running_totals(rows, params, note=True),
    "stale_figure": lambda rows, params: _running_totals(rows, params, note=False),
    "running_total_leap": lambda rows, params: _running_totals(rows, params, note=False),
    "stock_jump": _stocks,
    "quote_mismatch": _quotes,
    "subwindow_exceeds_window": _subwindows,
    "part_exceeds_whole": _parts,
    "number_format": _nothing,
}
