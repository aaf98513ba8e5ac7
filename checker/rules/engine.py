"""Run the rules over a records table: one finding per contradicted claim, with a fingerprint.

The engine prepares the comparison columns once (`claims.prepare`), hands them to each rule's
kind, and turns every hit into a `Finding` that lists all the records involved, as the
report formats and the baseline of accepted findings expect.
"""
from __future__ import annotations

import hashlib
import json
import math
from typing import Any, Iterable, Optional

import numpy as np
import pandas as pd

from checker.report._common import note_written_places
from checker.rules.claims import Claims, prepare
from checker.rules.kinds import KINDS
from checker.rules.kinds._common import yes_no
from checker.rules.model import Hit, Rule
from checker.rules.taxonomy import fold
from checker.schema import RECORD_COLUMNS, Finding, severity_rank

# The fields a finding quotes for each record (spec section 4, then what editors and reports use).
FINDING_FIELDS = (
    "doc_id", "value", "low", "high", "text", "start", "end", "source", "published",
    "sentence", "lang", "qualifier", "measure", "group", "place", "period_start", "period_end",
    "cumulative", "attribution", "quoted", "part_of", "basis", "agency", "url", "path", "line", "column",
)


def evaluate(records: pd.DataFrame, rules: list[Rule], focus_docs: Optional[set[str]] = None) -> list[Finding]:
    """Every finding of `rules` on `records`; with `focus_docs`, only those touching those articles."""
    if records is None or len(records) == 0 or not rules:
        return []
    if "sentence" in records.columns and "place" in records.columns:
        note_written_places(records)  # the findings name world-tier places as the copy writes them
    named_earlier: frozenset = frozenset()
    if "superseded" in records.columns:
        # "rose to 112, up from 104 earlier": the article itself corrects the older figure
        flags = records["superseded"]
        superseded = yes_no(flags)
        if superseded.any():  # most tables hold none: no filtered copy then
            revises = _walked_back(records, superseded)
            named_earlier = _named_earlier(records, superseded)
            rises = _risen(records, superseded)
            records = records[~superseded].reset_index(drop=True)
            if len(records) == 0:
                return []
            if revises is not None:
                records = records.assign(revises=revises[~superseded])
            if rises is not None:
                rises, risen_from = rises
                records = records.assign(rises=rises[~superseded], risen_from=risen_from[~superseded])
    claims = prepare(records)
    claims.cache["named_earlier"] = named_earlier
    focus = None
    if focus_docs is not None:
        # Which figures belong to a focus article, judged as the finding's quoted doc_id would be.
        # Kinds see it as the work column `focus` and skip blocks without one: a block (claim key)
        # with no focus figure cannot yield a finding that involves a focus article.
        wanted = {str(d) for d in focus_docs}
        per_row = _by_value(claims.records, "doc_id", lambda v: str(_plain(v)) in wanted)
        focus = per_row[claims.work["row"].to_numpy()]
        claims.work["focus"] = focus
    hits = [(rule, hit) for rule in rules for hit in KINDS[rule.kind].find(claims, rule.params)]
    if focus is not None:
        hits = [(rule, hit) for rule, hit in hits if focus[np.asarray(hit.positions, dtype=np.int64)].any()]
    columns = _Columns(claims, {p for _, hit in hits for p in hit.positions})
    findings = [_finding(rule, hit, claims, columns) for rule, hit in hits]
    findings.sort(key=lambda f: (-severity_rank(f.severity), f.rule, f.message))
    return findings


def _named_earlier(records: pd.DataFrame, superseded: np.ndarray) -> frozenset:
    """(article, measure, value) of every earlier toll an article names as such ("ce bilan rehausse
    celui de 93 morts, communiqué plus tôt dans la journée", "had earlier put the number at 133"):
    another report's same figure is the state of the count that article updates, not a rival of it
    (CC101 `earlier_named_updates`)."""
    if not {"doc_id", "measure", "value"} <= set(records.columns):
        return frozenset()
    rows = records.loc[superseded, ["doc_id", "measure", "value"]]
    return frozenset((str(d), str(m), float(v)) for d, m, v in rows.itertuples(index=False, name=None) if v == v)


def _risen(records: pd.DataFrame, superseded: np.ndarray) -> Optional[tuple[np.ndarray, np.ndarray]]:
    """The figures an article gives as a toll that has risen since an earlier count it gives too
    ("surged to 87 on Tuesday ... The last death toll reported on Monday was 59"): a current flow
    figure above the highest figure of its measure that the article supersedes. Two reports of one
    day that each say so are two moments of a count still being updated (CC101's `same_day_may_grow`).
    With them, the earlier count each has risen from (NaN for the others): "est passé de six à sept
    morts et 12 blessés" rose by one, the wounded who died (CC108's `wounded_who_died`). None when no
    article gives one."""
    from checker.schema import FLOW_MEASURES

    if not {"doc_id", "measure", "value"} <= set(records.columns):
        return None
    docs = records["doc_id"].astype(str).to_numpy()
    rows = np.nonzero(np.isin(docs, np.unique(docs[superseded])))[0]
    measure = records["measure"].astype(str).to_numpy()[rows]
    value = pd.to_numeric(records["value"], errors="coerce").to_numpy(dtype=float)[rows]
    flow = np.isin(measure, list(FLOW_MEASURES))
    sup = superseded[rows]
    earlier: dict = {}
    for d, m, v in zip(docs[rows][sup & flow].tolist(), measure[sup & flow].tolist(), value[sup & flow].tolist()):
        if v == v:
            earlier[(d, m)] = max(earlier.get((d, m), -np.inf), v)
    out = np.zeros(len(records), dtype=bool)
    since = np.full(len(records), np.nan)
    for i, d, m, v in zip(rows[~sup & flow].tolist(), docs[rows][~sup & flow].tolist(), measure[~sup & flow].tolist(),
                          value[~sup & flow].tolist()):
        if (d, m) in earlier and v > earlier[(d, m)]:
            out[i] = True
            since[i] = earlier[(d, m)]
    return (out, since) if out.any() else None


def _walked_back(records: pd.DataFrame, superseded: np.ndarray) -> Optional[np.ndarray]:
    """The figures of an article that walks its toll back: "les autorités ont révisé le bilan à la
    baisse de 48 à 45 morts", "Disaster management officials initially put the death toll at 2,053
    ... over 1,000": the article gives an earlier figure it supersedes (`superseded`) above a current
    one of the same measure, and says the toll was lowered. Its current tolls (`toll`) of every flow
    measure, and the current figure below the earlier one, revise the count down: a fall from an
    earlier report to them, or across them, is explained (`running_total_drop`). None when no
    article does. Only the articles that supersede a figure are read, each once (grouped by a sort,
    not a scan of the table per article)."""
    from checker.schema import FLOW_MEASURES

    if not {"doc_id", "measure", "value"} <= set(records.columns):
        return None
    docs = records["doc_id"].astype(str).to_numpy()
    candidates = np.unique(docs[superseded])
    rows = np.nonzero(np.isin(docs, candidates))[0]  # the rows of articles that supersede a figure
    measure = records["measure"].astype(str).to_numpy()[rows]
    value = pd.to_numeric(records["value"], errors="coerce").to_numpy(dtype=float)[rows]
    flow = np.isin(measure, list(FLOW_MEASURES))
    sup = superseded[rows]
    toll = yes_no(records["toll"])[rows] if "toll" in records.columns else np.zeros(len(rows), dtype=bool)
    whole = records["part_of"].isna().to_numpy()[rows] if "part_of" in records.columns else np.ones(len(rows), dtype=bool)
    if "qualifier" in records.columns:
        # "reports that hundreds of bodies have washed ashore are false": a vague count is no current
        # toll to set against the one the article supersedes
        whole &= (records["qualifier"].astype(str).to_numpy()[rows] != "vague")
    current = ~sup & flow
    # (the figure an article supersedes, stated again elsewhere in it, is that same earlier figure and no
    # current one: "de 48 à 45 morts" beside "Sunday's federal 48" still walks the toll back)
    old_values = set(zip(docs[rows][sup & flow], measure[sup & flow], value[sup & flow]))
    current &= np.array([(d, m, v) not in old_values for d, m, v in zip(docs[rows], measure, value)], dtype=bool)
    order = np.argsort(docs[rows], kind="stable")
    _, starts = np.unique(docs[rows][order], return_index=True)
    out = np.zeros(len(records), dtype=bool)
    place = np.array([p if isinstance(p, str) and p else None for p in records["place"].to_numpy()[rows]], dtype=object) \
        if "place" in records.columns else np.full(len(rows), None, dtype=object)
    for group in np.split(order, starts[1:]):  # one article's rows
        earlier = group[sup[group] & flow[group]]
        lowered = []
        at: dict = {}  # measure -> the places of a revision its sentence tells (None: the article's whole toll)
        for m in np.unique(measure[earlier]):
            now = group[current[group] & whole[group] & (measure[group] == m)]
            # the article's highest current figure of the measure below the one it supersedes: walked
            # back ("up from 43 to 48" rises; a part or a town's share below it says nothing)
            top = np.nanmax(value[earlier[measure[earlier] == m]])
            if len(now) and np.nanmax(value[now]) < top:
                lowered += list(now[value[now] == np.nanmax(value[now])])
            elif len(now) and (below := _told_lowered(records, rows, now[value[now] < top])).size:
                # "ont révisé le bilan à la baisse de 48 à 45 morts", then a quoted "décès de 450 personnes": the
                # sentence that says the toll was lowered names the revised figure; a higher one elsewhere is
                # another matter (a slip for CC101 and CC108 to show), not a toll that rose (rules-r215, otis o7)
                lowered += list(below[value[below] == np.nanmax(value[below])])
                # (a revision told of one place revises no toll of a wider place that holds it, but the revised
                # count itself: "the county ... dropped the number from 72 to 42" revises Buncombe County's
                # count, not the state's 96, whose later fall it must not explain: helene h10, rules-r223)
                at[m] = {place[i] for i in below}
        if lowered and _says_lowered(records, rows[group]):
            out[rows[lowered]] = True
            # (not a toll of the measure below the count it was lowered to: "le bilan passe de 359 à
            # 151" over "Ce sont 253 personnes" revises the toll to 253; the 151 is no revision)
            floor = {m: np.nanmin(value[[i for i in lowered if measure[i] == m]]) for m in {measure[i] for i in lowered}}
            tolls = group[current[group] & toll[group]]
            revised = {(measure[i], value[i]) for i in lowered}
            out[rows[tolls[[not value[i] < floor.get(measure[i], -np.inf)
                            and ((measure[i], value[i]) in revised or not _holds_revised_place(place[i], at.get(measure[i])))
                            for i in tolls]]]] = True
    return out if out.any() else None


def _holds_revised_place(place, revised_at) -> bool:
    """Is a toll at `place` one of a wider place that holds a place the article's revision was told at
    (`revised_at`; None: a revision of the article's toll, any place)? A county's "revised the death toll
    down to 42" revises no state toll of another figure; the revised count itself restated at the country
    (Herat's "plus de 1000" at the province and at Afghanistan) is the revision still."""
    if revised_at is None or not place:
        return False
    from checker.normalise.places import place_ancestors

    return any(p and p != place and place in place_ancestors(p) for p in revised_at)


def _told_lowered(records: pd.DataFrame, rows: np.ndarray, among: np.ndarray) -> np.ndarray:
    """The figures `among` (positions into `rows`) whose own sentence says the toll was lowered ("ont révisé
    le bilan à la baisse de 48 à 45 morts"): the revised figure, named where the revision is told."""
    if "sentence" not in records.columns or not len(among):
        return among[:0]
    from checker.extract.figures import TOLL_LOWERED

    sentences = records["sentence"].to_numpy()[rows[among]]
    return among[np.array([bool(t) and TOLL_LOWERED.search(str(t)) is not None for t in sentences], dtype=bool)]


def _says_lowered(records: pd.DataFrame, in_doc: np.ndarray) -> bool:
    """Whether the article says the toll was lowered ("a réduit le bilan", "revu à la baisse",
    "downgraded the death toll", "lowered the toll"): a current figure below an earlier one with no
    such word is a contradiction to flag (a miscopied figure), not a walk-back."""
    if "sentence" not in records.columns:
        return False
    from checker.extract.figures import TOLL_LOWERED

    return any(TOLL_LOWERED.search(str(t)) for t in pd.unique(records["sentence"].to_numpy()[in_doc]) if t)


def _by_value(frame: pd.DataFrame, column: str, test) -> np.ndarray:
    """`test` applied to each row's value of `column` (None when the column is missing), once per distinct value."""
    if column not in frame.columns:
        return np.full(len(frame), bool(test(None)), dtype=bool)
    codes, uniques = pd.factorize(frame[column], use_na_sentinel=True)
    table = np.array([bool(test(u)) for u in uniques] + [bool(test(None))], dtype=bool)
    return table[codes]


class _Columns:
    """The quoted records, made plain once: quoting a record is a look-up and a copy."""

    def __init__(self, claims: Claims, positions: set[int]):
        rows = np.unique(claims.work["row"].to_numpy()[sorted(positions)]) if positions else np.array([], dtype=np.int64)
        wanted = [c for c in FINDING_FIELDS if c in claims.records.columns]
        table = claims.records.iloc[rows][wanted]  # only the rows some finding quotes
        self.row = claims.work["row"].to_numpy()
        self.at = {int(r): i for i, r in enumerate(rows)}
        # a busy figure stands in many findings, and a column repeats its values: each field is
        # made plain column by column, each distinct value once (34,000 records at a million
        # figures, made plain field by field, took over a second)
        keys = [k for k in FINDING_FIELDS if k in wanted or k in _ALWAYS]
        fields = [_plain_column(k, table[k].to_numpy(dtype=object)) if k in wanted else [None] * len(rows) for k in keys]
        self._plain = [dict(zip(keys, values)) for values in zip(*fields)]

    def record(self, position: int) -> dict[str, Any]:
        return dict(self._plain[self.at[int(self.row[position])]])


def _finding(rule: Rule, hit: Hit, claims: Claims, columns: "_Columns") -> Finding:
    records = [columns.record(p) for p in hit.positions]
    records.sort(key=lambda r: (r.get("published") or "9999", str(r.get("doc_id")), r.get("start") or 0))
    params = {**rule.params, **hit.details}
    claim = {k: _plain(v) for k, v in hit.claim.items()}
    return Finding(
        rule=rule.code,
        name=rule.name,
        severity=hit.severity or rule.severity,
        message=hit.message,
        records=records,
        params=params,
        claim=claim,
        fingerprint=fingerprint(rule.code, claim, records),
    )


def fingerprint(code: str, claim: dict[str, Any], records: Iterable[dict[str, Any]]) -> str:
    """A stable id for a finding: rule, claim and the figures involved, not where they stand.

    Offsets move whenever an editor touches the article; the figure, its wording and its
    article do not, so an accepted finding stays accepted across re-runs and unrelated edits.
    """
    figures = sorted(
        (str(r.get("doc_id")), str(r.get("value")), str(r.get("measure")), _folded_words(r.get("text")))
        for r in records
    )
    payload = json.dumps([code, {k: claim[k] for k in sorted(claim)}, figures], ensure_ascii=False, default=str)
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()[:16]


def _folded_words(text: Any) -> str:
    """The text folded, its words single-spaced: once per distinct text (texts repeat a lot)."""
    if type(text) is not str:
        return " ".join(fold(text).split())
    words = _FOLDED.get(text)
    if words is None:
        if len(_FOLDED) > 100_000:
            _FOLDED.clear()
        words = _FOLDED[text] = " ".join(fold(text).split())
    return words


_FOLDED: dict[str, str] = {}


def _plain(value: Any) -> Any:
    """JSON-ready Python values: no numpy scalars, no NaN/NA (None instead)."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.floating, float)):
        if math.isnan(value) or math.isinf(value):
            return None
        return int(value) if float(value).is_integer() else float(value)
    if isinstance(value, np.bool_):
        return bool(value)
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    return value


_INT_FIELDS = {"value", "low", "high", "start", "end", "part_of", "line", "column"}
_DATE_FIELDS = {"published", "period_start", "period_end"}
_ALWAYS = ("doc_id", "value", "low", "high", "text", "start", "end", "source", "published")  # None when missing


def _plain_field(key: str, value: Any) -> Any:
    """A record's field as a finding quotes it: plain (`_plain`), whole numbers as int, dates as days."""
    value = _plain(value)
    if key in _INT_FIELDS and isinstance(value, float):
        value = int(value)
    if key in _DATE_FIELDS and value is not None:
        value = str(value)[:10]
    return value


# Types whose equal values (of one type) always give the same plain field, so that a column's
# repeated values are made plain once. Others (timestamps with time zones, ...) are made one by one.
_MEMO_TYPES = frozenset({str, int, float, bool, type(None), np.int64, np.float64, np.bool_})


def _plain_column(key: str, values: np.ndarray) -> list[Any]:
    """`_plain_field(key, v)` of each value, computed once per distinct (type, value)."""
    memo: dict[tuple, Any] = {}
    out = []
    for v in values:
        kind = type(v)
        if kind not in _MEMO_TYPES:
            out.append(_plain_field(key, v))
            continue
        k = (kind, v)
        plain = memo.get(k, memo)
        if plain is memo:
            plain = memo[k] = _plain_field(key, v)
        out.append(plain)
    return out
