"""Claim matching: turn a records table into the columns every rule kind compares.

Two figures speak of the same quantity (the same *claim*) when they share the measure, a
compatible group, the same or a nested place and an overlapping time window. This module
computes, once per run and with vectorised pandas/numpy, what that needs: each figure's
interval widened by its own rounding, the days its window covers, its origin (credited
source, else wire agency, else outlet), the speaker of a quote, and integer keys to block on.
Rule kinds then group by these keys instead of comparing every pair of records.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import pandas as pd

from checker.schema import FLOW_MEASURES, STOCK_MEASURES
from checker.rules.taxonomy import origin_of, record_origin, speaker_key

EPOCH = np.datetime64("1970-01-01", "D")

# How each qualifier bounds a figure when a table gives only the value (spec section 3).
_QUALIFIER_BOUNDS = {
    "exact": (1.0, 1.0),
    "approx": (0.9, 1.1),
    "approx_below": (0.9, 1.0),
    "at_least": (1.0, np.inf),
    "more_than": ("+1", np.inf),
    "at_most": (-np.inf, 1.0),
    "up_to": (-np.inf, 1.0),
    "less_than": (-np.inf, "-1"),
}


@dataclass
class Claims:
    """The records as the rules see them: one row per usable figure, `row` pointing back."""

    records: pd.DataFrame  # the caller's table, untouched (findings quote its rows)
    work: pd.DataFrame  # one row per figure with a value: numeric interval, days, keys
    cache: dict = field(default_factory=dict)  # subsets several kinds share (running totals, ...)

    def rows(self, positions) -> pd.DataFrame:
        return self.work.loc[positions]


def _via_uniques(col: pd.Series, convert, dtype) -> np.ndarray:
    """Apply `convert` once per distinct value: archives repeat places, dates and names a lot."""
    codes, uniques = pd.factorize(col, use_na_sentinel=True)
    table = np.array([convert(u) for u in uniques] + [convert(None)], dtype=dtype)
    return table[codes]  # code -1 (missing) picks the last entry, convert(None)


def _as_text(value) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    return str(value)


def text_column(frame: pd.DataFrame, name: str) -> np.ndarray:
    """The column as text (object array, "" when missing), converted once per distinct value."""
    table, codes = _text_table(frame, name)
    return table[codes]


def _text_table(frame: pd.DataFrame, name: str) -> tuple[np.ndarray, np.ndarray]:
    """`text_column` as (table, codes): the text of row i is table[codes[i]]; code -1 (missing) is "".

    `prepare` keeps the codes to give the key columns their integer codes without hashing a
    million strings again (`_distinct_codes`)."""
    if name not in frame.columns:
        return np.array([""], dtype=object), np.zeros(len(frame), dtype=np.intp)
    col = frame[name]
    codes, uniques = pd.factorize(col, use_na_sentinel=True)
    if isinstance(col.dtype, pd.StringDtype):
        # every value a str or missing, where `_as_text` is the identity or "": the distinct
        # values taken as they are (200k article ids at a million records, each passed through
        # `_as_text`, cost a third of a second)
        table = np.empty(len(uniques) + 1, dtype=object)
        table[:-1] = uniques.to_numpy(dtype=object)
        table[-1] = ""
        return table, codes
    return np.array([_as_text(u) for u in uniques] + [_as_text(None)], dtype=object), codes


def _mapped_table(values: np.ndarray, fn) -> tuple[np.ndarray, np.ndarray]:
    """`_mapped` as (table, codes), like `_text_table`."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    return np.array([fn(u) for u in uniques] + [fn(None)], dtype=object), codes


def _on_table(coded: tuple[np.ndarray, np.ndarray], fn, dtype) -> np.ndarray:
    """`fn` of each row's text, from a (table, codes) pair: `fn` runs once per distinct text."""
    table, codes = coded
    return np.array([fn(t) for t in table], dtype=dtype)[codes]


def _distinct_codes(table: np.ndarray, codes: np.ndarray) -> np.ndarray:
    """One integer per distinct text of table[codes] (equal text, equal code), from the small table."""
    return pd.factorize(table, use_na_sentinel=False)[0].astype(np.int64)[codes]


def _day_number(value) -> float:
    text = _as_text(value)[:10]
    if not text:
        return np.nan
    try:
        return float((np.datetime64(text, "D") - EPOCH).astype("int64"))
    except ValueError:
        parsed = pd.to_datetime(text, errors="coerce")
        return np.nan if parsed is pd.NaT else float((np.datetime64(parsed.date(), "D") - EPOCH).astype("int64"))


def _day_numbers(texts: list[str]) -> np.ndarray:
    """`_day_number` of each text, in one numpy call when every text is an ISO date (or empty).

    An archive look-up brings a few thousand distinct dates; parsing them one by one was most of
    what preparing the table cost. Any text numpy cannot read sends the lot down the one-by-one
    path, which knows the fallbacks, so the numbers are the same either way.
    """
    try:
        days = np.array(texts, dtype="datetime64[D]")
    except ValueError:
        return np.array([_day_number(t) for t in texts], dtype=float)
    out = (days - EPOCH).astype("int64").astype(float)
    out[np.array([not t for t in texts], dtype=bool)] = np.nan
    return out


def _days(frame: pd.DataFrame, name: str) -> np.ndarray:
    """ISO dates as day numbers (float, NaN when unknown), so windows compare as numbers."""
    if name not in frame.columns:
        return np.full(len(frame), np.nan)
    codes, uniques = pd.factorize(frame[name], use_na_sentinel=True)
    table = np.append(_day_numbers([_as_text(u)[:10] for u in uniques]), np.nan)
    return table[codes]  # code -1 (missing) picks the last entry: no date


def _number(frame: pd.DataFrame, name: str) -> np.ndarray:
    """The column as floats, NaN where it holds no number."""
    if name not in frame.columns:
        return np.full(len(frame), np.nan)
    col = frame[name]
    if pd.api.types.is_integer_dtype(col.dtype) or pd.api.types.is_float_dtype(col.dtype):
        # already numbers (Int64 after `normalise_frame`): what to_numeric would return as is
        return col.to_numpy(dtype="float64", na_value=np.nan)
    if col.dtype == object and col.isna().all():  # an unused column ("part_of" of most tables)
        return np.full(len(frame), np.nan)
    return pd.to_numeric(col, errors="coerce").astype("float64").to_numpy(na_value=np.nan)


def place_value(values: np.ndarray) -> np.ndarray:
    """Place value of the last non-zero digit: 250000 → 10000, 246 → 1, 13500000 → 100000.

    A figure written with trailing zeros was probably rounded by whoever gave it; the place
    value says how coarse that rounding can have been.
    """
    if len(values) > 1000:  # an archive repeats its figures: once per distinct value
        codes, uniques = pd.factorize(values, use_na_sentinel=False)
        return _place_values(np.asarray(uniques, dtype=float))[codes]
    return _place_values(values)


def _place_values(values: np.ndarray) -> np.ndarray:
    out = np.ones(len(values))
    whole = np.nan_to_num(np.abs(values), nan=0.0)
    step = 10.0
    for _ in range(12):
        mask = (whole > 0) & (np.mod(whole, step) == 0)
        out[mask] = step
        step *= 10.0
    return out


def rounding_slack(values: np.ndarray, places: np.ndarray, cap: float) -> np.ndarray:
    """How far a rounded figure may sit from the truth: half its place value, at most cap·value.

    "250.000" tolerates ±5,000; "246" tolerates nothing; "200.000" tolerates ±10,000 with the
    default cap of 5 %, not ±50,000.
    """
    slack = np.minimum(places / 2.0, cap * np.abs(values))
    slack[places <= 1] = 0.0
    return np.nan_to_num(slack, nan=0.0)


def _intervals(frame: pd.DataFrame, value: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    low = _number(frame, "low")
    high = _number(frame, "high")
    qualifier = text_column(frame, "qualifier")
    both_missing = np.isnan(low) & np.isnan(high)
    lo = np.where(np.isnan(low), -np.inf, low)
    hi = np.where(np.isnan(high), np.inf, high)
    if both_missing.any():  # a tracker sheet gave only the value: read it by its qualifier
        for qual in np.unique(qualifier[both_missing]):
            mask = both_missing & (qualifier == qual)
            lo_rule, hi_rule = _QUALIFIER_BOUNDS.get(qual or "exact", (1.0, 1.0))
            lo[mask] = value[mask] + 1 if lo_rule == "+1" else np.round(value[mask] * lo_rule)
            hi[mask] = value[mask] - 1 if hi_rule == "-1" else np.round(value[mask] * hi_rule)
        lo = np.where(np.isnan(lo), -np.inf, lo)
        hi = np.where(np.isnan(hi), np.inf, hi)
    return lo, hi


_TRUE = {"true", "1", "yes", "y", "oui", "vrai", "t"}


def _flags(frame: pd.DataFrame, name: str) -> np.ndarray:
    """Booleans from whatever a table holds: True, 1, "true", "oui"; missing is False."""
    if name not in frame.columns:
        return np.zeros(len(frame), dtype=bool)
    col = frame[name]
    if col.dtype == bool:
        return col.to_numpy()
    return _via_uniques(col, lambda v: v is True or (v is not None and str(v).strip().lower() in _TRUE), bool)


def prepare(records: pd.DataFrame) -> Claims:
    """Compute the comparison columns once; rows without a numeric value are left out.

    Each column is computed as a numpy array and the work table is built once, from the rows
    with a value: a one-draft check prepares a hundred rows, where each pandas operation on a
    Series (a where, a replace, a filtered copy of the table) costs more than the arithmetic.
    """
    frame = records.reset_index(drop=True)
    value = _number(frame, "value")
    lo, hi = _intervals(frame, value)
    # the key columns (KEYED) as tables of distinct texts and codes, see `_distinct_codes`
    tables = {"doc": _text_table(frame, "doc_id"), "measure": _text_table(frame, "measure"),
              "place": _text_table(frame, "place"), "basis": _text_table(frame, "basis"),
              "sentence": _text_table(frame, "sentence")}
    measure = tables["measure"][0][tables["measure"][1]]
    attribution_table = _text_table(frame, "attribution")
    attribution = attribution_table[0][attribution_table[1]]
    speaker = text_column(frame, "speaker")
    speaker = np.where(speaker != "", speaker, attribution)
    # each table of distinct texts mapped, not the million texts factorised again
    origin_attr = _on_table(attribution_table, origin_of, object)
    origin_agency = _on_table(_text_table(frame, "agency"), origin_of, object)
    origin_source = _on_table(_text_table(frame, "source"), origin_of, object)
    origin = np.where(origin_attr != "", origin_attr, np.where(origin_agency != "", origin_agency, origin_source))
    # the name as the copy gives it, for messages ("le gouverneur du Sud-Kivu", not its origin key)
    credit = np.where(origin_attr != "", attribution, np.where(origin_agency != "", text_column(frame, "agency"),
                                                              text_column(frame, "source")))
    group_table, group_codes = _text_table(frame, "group")
    tables["group"] = (np.where(group_table == "", "people", group_table).astype(object), group_codes)
    tables["speaker"] = _mapped_table(speaker, speaker_key)
    text = {name: table[codes] for name, (table, codes) in tables.items()}
    pub, pe = _days(frame, "published"), _days(frame, "period_end")
    lo = _attackers_counted(text["doc"], measure, text["group"], value, _number(frame, "part_of"), _number(frame, "start"), lo)
    columns = {
        "row": np.arange(len(frame)),
        "doc": text["doc"],
        "value": value,
        "lo": lo,
        "hi": hi,
        "place_value": place_value(value),
        "measure": measure,
        "is_flow": _on_table(tables["measure"], lambda m: m in FLOW_MEASURES, bool),
        "is_stock": _on_table(tables["measure"], lambda m: m in STOCK_MEASURES, bool),
        "group": text["group"],
        "place": text["place"],
        "pub": pub,
        "ps": _days(frame, "period_start"),
        "pe": pe,
        "toll": _flags(frame, "toll"),  # a disaster's toll so far (docs/records.md)
        "revises": _flags(frame, "revises"),  # in an article that walks its toll back (engine._walked_back)
        "rises": _flags(frame, "rises"),  # a toll its article says has risen since an earlier count (engine._risen)
        "risen_from": _number(frame, "risen_from"),  # the earlier count a risen toll rose from (engine._risen)
        "hedged": _flags(frame, "hedged"),  # the sentence hedges it ("are reported to have been killed", "auraient trouvé la mort")
        "event_day": _days(frame, "event_day"),  # the day of the event a toll counts, when dated
        "event": text_column(frame, "event"),  # the kind of event the figure counts ("" unknown: docs/records.md)
        "cumulative": _flags(frame, "cumulative"),
        "quoted": _flags(frame, "quoted"),
        "attributed": attribution != "",
        "origin": origin,
        "credit": credit,
        "wire": origin_agency,  # the wire agency whose copy the article runs ("" if none)
        "speaker": text["speaker"],
        "basis": text["basis"],
        "qualifier": text_column(frame, "qualifier"),
        "part_of": _number(frame, "part_of"),
        "lang": text_column(frame, "lang"),
        "sentence": text["sentence"],
        # the reference date of a stock (a population counted on a day): its window end, else the report date
        "ref": np.where(np.isnan(pe), pub, pe),
    }
    kept = ~np.isnan(value)
    every = bool(kept.all())  # most tables: no row to leave out, no copy of each column to make
    work = pd.DataFrame({name: _column(array if every else array[kept]) for name, array in columns.items()})
    for name in KEYED:  # coded once here, not by every rule that blocks on them
        codes = _distinct_codes(*tables[name])
        work[name + CODE] = codes if every else codes[kept]
    return Claims(records=frame, work=work)


# the dead who were the attack's own authors, counted in its toll by a "dont" / "amongst them"
ATTACKER_GROUPS = ("fighters", "jihadists")


def _attackers_counted(doc: np.ndarray, measure: np.ndarray, group: np.ndarray, value: np.ndarray,
                       part_of: np.ndarray, start: np.ndarray, lo: np.ndarray) -> np.ndarray:
    """`lo` lowered, for a toll of people that its article says counts the attackers ("21 morts, dont
    deux assaillants", "21 dead, two assailants amongst them"), to the victims it counts without them:
    that toll is also a count of 19 victims, and another report's "19 people were killed ... Two
    militants were killed", or "19 morts ... outre deux assaillants tués", agrees with it (the Radisson
    Blu, Bamako, November 2015; series-r152). Every statement of that toll in the article is read so
    (the lead's "at least 21 people dead" and the quote's "21 dead, two assailants amongst them");
    soldiers and rebels among the dead are victims of the attack, not its authors, and lower nothing.
    The part must follow a statement of its toll: "au moins 3 assaillants morts et 27 tués parmi les
    victimes" tells the attackers beside the victims, whatever link the count before its toll got."""
    rows = np.nonzero(np.isin(group, ATTACKER_GROUPS) & ~np.isnan(part_of) & (value > 0) & (value < part_of))[0]
    if not rows.size:
        return lo
    tolls = np.nonzero(np.isin(doc, np.unique(doc[rows])) & (group == "people"))[0]
    first: dict = {}  # (doc, measure, toll) -> where the article first states it
    for q in tolls.tolist():
        key = (doc[q], measure[q], float(value[q]))
        if not np.isnan(start[q]):
            first[key] = min(first.get(key, np.inf), float(start[q]))
    cut: dict = {}  # (doc, measure, toll) -> the attackers it counts (the largest count told)
    for r in rows.tolist():
        key = (doc[r], measure[r], float(part_of[r]))
        if not np.isnan(start[r]) and first.get(key, np.inf) < start[r]:
            cut[key] = max(cut.get(key, 0.0), float(value[r]))
    if not cut:
        return lo
    lo = lo.copy()
    for r in tolls.tolist():
        attackers = cut.get((doc[r], measure[r], float(value[r])))
        if attackers and np.isfinite(lo[r]):
            lo[r] = min(lo[r], value[r] - attackers)
    return lo


# The text columns rules block on (`key_codes`), kept also as integer codes: `key_codes` mixes
# the codes instead of hashing a million strings per rule. Subsets of the work table carry them.
KEYED = ("doc", "measure", "group", "place", "speaker", "basis", "sentence")
CODE = "#code"


def _column(array: np.ndarray) -> np.ndarray | pd.Series:
    """Text stays an object column, as the kinds compare it; pandas would make it a string column."""
    return pd.Series(array, dtype=object) if array.dtype == object else array


def widened(work: pd.DataFrame, cap: float) -> tuple[np.ndarray, np.ndarray]:
    """Each figure's interval widened by its rounding slack (see `rounding_slack`)."""
    slack = rounding_slack(work["value"].to_numpy(), work["place_value"].to_numpy(), cap)
    return work["lo"].to_numpy() - slack, work["hi"].to_numpy() + slack


def key_codes(work: pd.DataFrame, columns: list) -> np.ndarray:
    """One integer per distinct combination of `columns` (missing values count as a value).

    A column is a name of `work` or an array of its length (a key computed by the kind, such as
    a window's two ends), so that no table is copied to add it. Each column is factorised on
    its own, as a plain array, then the codes are mixed into one integer: much faster than a
    multi-column groupby on a million rows, and no pandas Series per column on a hundred.
    """
    coded = []
    for col in columns:
        if isinstance(col, str) and col + CODE in work.columns:  # codes `prepare` made: the same blocks
            codes = work[col + CODE].to_numpy()
            coded.append((codes, int(codes.max(initial=-1)) + 2))
        else:
            coded.append(work[col].to_numpy() if isinstance(col, str) else np.asarray(col))
    return mixed_codes(*coded, length=len(work))


def mixed_codes(*columns, length: int | None = None) -> np.ndarray:
    """`key_codes` of plain arrays (text, numbers) of one length, with no table around them: a kind
    that keys a few thousand candidates on their article, measure and digits need not build a
    DataFrame, which pandas would first turn text into a string column for. A column may also come
    as (codes, size), codes already made (-1 for missing, below size - 1)."""
    if length is None:
        length = len(columns[0][0]) if isinstance(columns[0], tuple) else len(columns[0])
    combined = np.zeros(length, dtype=np.int64)
    if not len(columns):
        return combined
    for col in columns:
        if isinstance(col, tuple):
            codes, size = col
        else:
            codes, uniques = pd.factorize(np.asarray(col), use_na_sentinel=True)
            size = len(uniques) + 1
        if combined.size and combined.max(initial=0) > (2**62) // size:  # keep within int64
            combined = pd.factorize(combined)[0].astype(np.int64)
        combined = combined * size + (codes.astype(np.int64) + 1)
    return pd.factorize(combined)[0].astype(np.int64)


def compatible_places(a: Optional[str], b: Optional[str]) -> bool:
    from checker.normalise.places import places_nested

    if not a or not b:
        return a == b
    return places_nested(a, b)


def ceilings(work: pd.DataFrame, hi: np.ndarray, vague_is_floor: bool) -> np.ndarray:
    """`hi` with no ceiling for the figures that only say "at least this many" when used as a whole.

    An identified or documented count ("23 bodies recovered") is a floor of the toll, not its
    ceiling. With `vague_is_floor`, so is a vague quantity: "des dizaines de corps" in a video,
    "dozens of wounded treated on the floor" say there are many, not that there are at most 99.
    A part or a shorter window above such a figure is no contradiction.
    """
    floors = work["basis"].isin(("identified", "documented")).to_numpy()
    if vague_is_floor:
        floors = floors | (work["qualifier"].to_numpy() == "vague")
    return np.where(floors, np.inf, hi)
