"""What every rule kind needs: the blocks worth a closer look, and words for the finding."""
from __future__ import annotations

import re
import weakref
from functools import lru_cache
from typing import Any, Callable, Iterable, Optional

import numpy as np
import pandas as pd

from checker.report._common import day_words, days_words, place_name  # noqa: F401 (the kinds' words for days and places)
from checker.rules.model import Hit

EPOCH = np.datetime64("1970-01-01", "D")
# Above this many records in one block, kinds compare neighbours and running extremes only.
PAIRWISE_LIMIT = 300


def iso(day: float) -> str | None:
    if day is None or (isinstance(day, float) and np.isnan(day)):
        return None
    return str(EPOCH + np.timedelta64(int(day), "D"))


# A French figure's thousands are set apart by a no-break space, as French copy writes them ("200 000");
# an English one's by a comma ("200,000"). No-break, so that a report never wraps a figure in two.
_GROUPING = {"fr": "\u00a0"}


def fmt_number(v: float, lang: Any = None) -> str:
    """A figure as copy in its language writes it: '200 000' in French (no-break space), '200,000'
    in English and when the language is not known."""
    if v is None or np.isnan(v) or np.isinf(v):
        return "?"
    text = f"{int(v):,}"
    sep = _GROUPING.get(lang) if isinstance(lang, str) else None
    return text.replace(",", sep) if sep else text


def _located(work: pd.DataFrame, labels: Iterable[int]) -> np.ndarray:
    """Row numbers of work-table labels in `work` (the whole table or a slice of it)."""
    labels = np.asarray(list(labels), dtype=np.int64)
    if isinstance(work.index, pd.RangeIndex) and work.index.start == 0 and work.index.step == 1:
        return labels
    return work.index.get_indexer(labels)


# The columns `prepare` computes, never reassigned afterwards (kinds add columns of their own,
# such as "label" and "focus", and those are not cached): safe to keep as arrays per table.
_PREPARED = frozenset({"doc", "value", "lo", "hi", "measure", "group", "place", "pub", "ps", "pe", "ref", "origin", "speaker",
                       "basis", "event_day", "credit", "lang"})
_ARRAYS: dict[int, tuple[weakref.ref, dict[str, np.ndarray]]] = {}


def yes_no(values: pd.Series) -> np.ndarray:
    """A yes/no column as booleans, a missing cell as no. The column comes as bool, as object
    (True/None) or, when every cell of a small table is missing, as float NaN; filling a float
    column with False is deprecated in pandas, so the cast to the nullable boolean comes first."""
    if values.dtype == bool:
        return values.to_numpy()
    return values.astype("boolean").fillna(False).to_numpy(dtype=bool)


def column(work: pd.DataFrame, name: str) -> np.ndarray:
    """`work[name].to_numpy()`, fetched once per table for the prepared columns: a finding's words
    read a few cells, and each `work[name]` costs tens of microseconds (thousands of findings
    at a million records spent seconds on it)."""
    if name not in _PREPARED:
        return work[name].to_numpy()
    return per_table(work, name, lambda: work[name].to_numpy())


def coded(work: pd.DataFrame, name: str, rows: np.ndarray | None = None):
    """A prepared text column (doc, measure, group, place...) as `mixed_codes` takes it: the codes
    `prepare` made for it, with their size, where the table holds them, else its text. Keying on
    the codes gives the very same blocks (equal text, equal code) without factorising a million
    strings again in each kind that asks."""
    from checker.rules.claims import CODE

    if name + CODE not in work.columns:
        values = column(work, name)
        return values if rows is None else values[rows]
    codes = per_table(work, name + CODE, lambda: work[name + CODE].to_numpy())
    size = per_table(work, name + CODE + " size", lambda: int(codes.max(initial=-1)) + 2)
    return (codes if rows is None else codes[rows], size)


def per_table(work: pd.DataFrame, name: str, compute: Callable[[], Any]) -> Any:
    """`compute()`, once per work table: for what depends only on its prepared columns (which
    `prepare` sets and no kind reassigns), such as a column's array or which rows are listed side
    by side. Several kinds ask the same question of the same million rows; the answer is kept
    while the table lives."""
    entry = _ARRAYS.get(id(work))
    if entry is None or entry[0]() is not work:
        if len(_ARRAYS) > 256:
            _ARRAYS.clear()
        entry = _ARRAYS[id(work)] = (weakref.ref(work), {})
    arrays = entry[1]
    if name not in arrays:
        arrays[name] = compute()
    return arrays[name]


def distinct(values: np.ndarray) -> np.ndarray:
    """`np.unique(values)`, sorted, by sorting: numpy 2's hashing `unique` is several times slower
    on a million integer keys with many distinct values (0.36 s against 0.06 s), and the kinds ask
    it of block keys at every run. Other dtypes (text, floats with NaN) keep numpy's own."""
    values = np.asarray(values)
    if values.dtype.kind not in "iub" or values.ndim != 1:
        return np.unique(values)
    ordered = np.sort(values)
    return ordered[np.r_[True, ordered[1:] != ordered[:-1]]] if len(ordered) else ordered


def rows_among(values: np.ndarray, wanted: Iterable[Any]) -> np.ndarray:
    """Row numbers whose value is one of `wanted` (a few articles among a million rows), by hashing:
    `np.isin` over text compares each row with each wanted value in turn, and a pandas Series made
    from text without `dtype=object` first copies it into a string column."""
    return np.nonzero(pd.Series(values, dtype=object, copy=False).isin(list(wanted)).to_numpy())[0]


def windowed(claims) -> tuple[np.ndarray, pd.DataFrame]:
    """The figures with a window, as (mask over the work table, those rows): flows with both ends,
    stocks with a reference day. CC101, CC108 and CC103 compare these; the copy of a million-row
    table is made once per run, not once per rule."""
    if "windowed" not in claims.cache:
        work = claims.work
        mask = ((work["is_flow"] & work["ps"].notna() & work["pe"].notna()) | (work["is_stock"] & work["ref"].notna())).to_numpy()
        claims.cache["windowed"] = (mask, work[mask])
    return claims.cache["windowed"]


def window_claims(w: pd.DataFrame, cache: dict | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(window start key, window end key, claim codes) of windowed figures: a flow's window, a
    stock's reference day twice, and one code per (measure, group, place, window). With the
    run's cache, computed once for the `windowed` table that CC101 and CC103 both block on."""
    entry = cache.get("window_claims") if cache is not None else None
    if entry is not None and entry[0] is w:
        return entry[1]
    from checker.rules.claims import key_codes

    flow = w["is_flow"].to_numpy()
    k1 = np.where(flow, w["ps"].to_numpy(), w["ref"].to_numpy())
    k2 = np.where(flow, w["pe"].to_numpy(), w["ref"].to_numpy())
    out = (k1, k2, key_codes(w, ["measure", "group", "place", k1, k2]))
    if cache is not None:
        cache["window_claims"] = (w, out)
    return out


def two_events(w: pd.DataFrame, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Whether figures `a` and `b` (row numbers of `w`) count two events: both name the kind of event
    they count (record field `event`), the kinds differ, and one is an epidemic (`epidemics` of
    taxonomy.json). An epidemic's dead are no count of another event's ("la rougeole a fait plus de
    5.000 morts ..., deux fois plus que l'épidémie d'Ebola ... qui a tué quelque 2.200 personnes"; a
    building collapse's 40 dead in Nigeria and Ebola's 8 there). Two disasters' kinds may still be one
    event (the earthquake and its tsunami, the storm and its floods), so only an epidemic is told apart."""
    a, b = np.asarray(a, dtype=np.int64), np.asarray(b, dtype=np.int64)
    if "event" not in w.columns or not len(a):
        return np.zeros(len(a), dtype=bool)
    from checker.rules.taxonomy import epidemics

    codes, known, epidemic = per_table(w, "event_kinds", lambda: _event_kinds(column(w, "event"), epidemics()))
    ca, cb = codes[a], codes[b]
    return (ca != cb) & known[ca] & known[cb] & (epidemic[ca] | epidemic[cb])


def _event_kinds(event: np.ndarray, epidemic_kinds) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each figure's kind of event as a code, and per code whether it is named and an epidemic."""
    codes, kinds = pd.factorize(pd.Series(event, dtype=object).fillna(""))
    known = np.array([k != "" for k in kinds], dtype=bool)
    epidemic = np.array([k in epidemic_kinds for k in kinds], dtype=bool)
    return codes, known, epidemic


def over_default_window(ps: np.ndarray, pe: np.ndarray, pub: np.ndarray) -> np.ndarray:
    """Whether each figure is over the report's default window [published - 1, published]: no time of
    its own. A running total there ("Death toll ... rises to 85", docs/spec.md section 6, "A risen toll")
    has no start of its own: an event's toll so far, not a "since <year>" total (CC102), and two such
    totals are read as tolls, a count far below the other a part (CC108)."""
    return (ps == pub - 1) & (pe == pub)


def toll_day_claims(w: pd.DataFrame, k1: np.ndarray, k2: np.ndarray) -> Optional[np.ndarray]:
    """Claim codes where a disaster's toll so far, as a report gives it, is one claim whether its
    sentence dates it "on Saturday" (the day of publication: [pub, pub]) or not (a report's
    [pub - 1, pub]): "3.354 décès et 4.508 blessés" and "rose to 3,354, with 4,850 injured,
    according to state media on Saturday". None when no figure is such a toll. Across articles only
    (CC101): within one article the two windows still tell a sentence's day from the headline's."""
    if "toll" not in w.columns or "pub" not in w.columns:
        return None
    from checker.rules.claims import key_codes

    pub = w["pub"].to_numpy(dtype=float)
    toll = w["toll"].to_numpy(dtype=bool) & w["is_flow"].to_numpy(dtype=bool)
    today = toll & (k2 == pub) & (k1 == pub)
    if not today.any():
        return None
    keys = key_codes(w, ["measure", "group", "place", k1, k2])
    # a figure of another article dated that very day ("après avoir publié samedi un chiffre de
    # 11.300 morts") keeps the day's claim: only a toll alone on its day joins the report's
    dated_too = np.bincount(keys[~today], minlength=keys.max() + 1) > 0
    today &= ~dated_too[keys]
    if not today.any():
        return None
    return key_codes(w, ["measure", "group", "place", np.where(today, pub - 1, k1), k2])


def describe(work: pd.DataFrame, positions: Iterable[int], limit: int = 4) -> str:
    """'250 000 (doc 002, l'OSDH, 20 Nov 2016); more than 250 000 (…)': the figures side by side,
    each written as its copy's language writes figures, with who gives it (left out when the article
    credits no one: never the document's id a second time). When every figure is of one article,
    the article is the finding's and each figure names only who gives it; the same figure said again
    by the same source is given once, with how many times it is said."""
    positions = _located(work, positions)
    col = {c: column(work, c)[positions] for c in ("lo", "hi", "value", "pub", "doc", "origin")}
    credit = column(work, "credit")[positions] if "credit" in work.columns else col["origin"]
    langs = column(work, "lang")[positions] if "lang" in work.columns else [None] * len(positions)
    order = np.lexsort((col["doc"].astype(str), np.nan_to_num(col["pub"], nan=1e12)))
    one_article = len({str(d) for d in col["doc"]}) == 1
    parts: list[str] = []
    said: dict[str, int] = {}
    for i in order:
        lo, hi, v, lang = col["lo"][i], col["hi"][i], col["value"][i], langs[i]
        if lo == hi:
            shown = fmt_number(v, lang)
        elif np.isinf(hi):
            shown = f"more than {fmt_number(v, lang)}" if lo > v else f"at least {fmt_number(lo, lang)}"
        elif np.isinf(lo):
            shown = f"fewer than {fmt_number(v, lang)}" if hi < v else f"at most {fmt_number(hi, lang)}"
        else:
            shown = f"{fmt_number(lo, lang)}–{fmt_number(hi, lang)}"
        who = _one_line(credit[i]) or _one_line(col["origin"][i])
        if one_article:
            bits = [who]
        else:
            bits = [f"doc {col['doc'][i]}", who, day_words(iso(col["pub"][i])) or "undated"]
        part = f"{shown} ({', '.join(b for b in bits if b)})" if any(bits) else shown
        if part in said:
            said[part] += 1
            continue
        said[part] = 1
        parts.append(part)
    shown_parts = [p if said[p] == 1 else f"{p}, said {_times(said[p])}" for p in parts[:limit]]
    more = len(parts) - limit
    return "; ".join(shown_parts) + (f"; and {more} more" if more > 0 else "")


def _times(n: int) -> str:
    return {2: "twice", 3: "three times", 4: "four times"}.get(n, f"{n} times")


def lang_of(work: pd.DataFrame, position: int) -> Any:
    """The language of a figure's copy (None when the table does not say)."""
    if "lang" not in work.columns:
        return None
    return column(work, "lang")[_located(work, [position])[0]]


def _one_line(name) -> str:
    """A credited name as the copy gives it, on one line and not too long for a message."""
    if not isinstance(name, str):
        return ""
    name = " ".join(name.split())
    return name if len(name) <= 60 else name[:57].rstrip() + "..."


def claim_of(work: pd.DataFrame, position: int, window: bool = True) -> dict[str, Any]:
    """The claim a figure speaks of: measure, group, place and (optionally) its window."""
    position = _located(work, [position])[0]
    at = lambda c: column(work, c)[position]
    claim = {"measure": at("measure"), "group": at("group"), "place": at("place") or None}
    if window:
        claim["period_start"] = iso(at("ps"))
        pe = at("pe")
        claim["period_end"] = iso(pe) if not np.isnan(pe) else iso(at("ref"))
    return claim


def claim_words(claim: dict[str, Any]) -> str:
    """'killed, children, east Aleppo, 15–20 Nov 2016': the claim in one phrase, its place as copy names it."""
    bits = [claim.get("measure"), claim.get("group"), place_name(claim.get("place")) or "no place"]
    start, end = claim.get("period_start"), claim.get("period_end")
    if end:
        bits.append(days_words(start, end))
    return ", ".join(str(b) for b in bits if b)


def undated_note(work: pd.DataFrame, mask: np.ndarray, what: str, limit: int = 50) -> list[Hit]:
    """Time-ordering rules skip figures with no publication date, and say so once."""
    positions = list(work.index[mask])
    if not positions:
        return []
    return [Hit(
        positions=positions[:limit],
        message=(f"{len(positions)} {what} have no publication date, so this rule could not place them in time."
                 if len(positions) > 1 else
                 f"1 {what.removesuffix('s')} has no publication date, so this rule could not place it in time."),
        severity="info",
        claim={"undated": True},
        details={"undated_records": len(positions)},
    )]


def candidate_blocks(keys: np.ndarray, flags: np.ndarray) -> np.ndarray:
    """Block ids that hold at least one flagged record: only these get a closer look."""
    return distinct(keys[flags])


def block_members(keys: np.ndarray, wanted: np.ndarray) -> dict[int, np.ndarray]:
    """Positions of the records of each wanted block, grouped without a Python loop over all."""
    mask = np.isin(keys, wanted)
    pos = np.nonzero(mask)[0]
    k = keys[mask]
    order = np.argsort(k, kind="stable")
    pos, k = pos[order], k[order]
    splits = np.nonzero(np.diff(k))[0] + 1
    if not len(pos):
        return {}
    # (slices, not `np.split`: it costs microseconds per block, and a million records make 200,000 blocks)
    starts, ends = np.r_[0, splits].tolist(), np.r_[splits, len(pos)].tolist()
    return {key: pos[a:b] for key, a, b in zip(k[starts].tolist(), starts, ends)}


def earlier_extreme(keys: np.ndarray, days: np.ndarray, values: np.ndarray, how: str,
                    at: np.ndarray | None = None, inclusive: bool = False) -> np.ndarray:
    """For each record, the max (or min) of `values` over records of its block dated strictly earlier.

    With `at`, over records dated before `at[i]` instead of before the record's own day (on or
    before, with `inclusive`): "the highest figure published at least 3 days before".
    NaN where there is none: no earlier-dated record with a value, or no date of its own (a
    record without a date is never earlier than another). Sorting by (block, day) and taking a
    running extreme over whole days keeps this linear: no record is compared with every other.
    Plain numpy, no pandas groupby: a one-draft check runs this on a hundred rows, where
    pandas' per-call overhead (10 ms) was most of the rules' time.
    """
    d = np.asarray(days, dtype=float)
    out = np.full(len(keys), np.nan)
    runs = _daily_runs(keys, d, values, how)
    if runs is None:
        return out
    order, day_of, day_key, day_day, block, running, has = runs
    if at is None and not inclusive:
        # each record's own day: the running extreme of the day before it in its block
        carry = np.r_[False, (block[1:] == block[:-1]) & has[:-1]]
        prev = np.full(len(block), np.nan)
        prev[carry] = running[:-1][carry[1:]]
        out[order] = prev[day_of]
    else:
        # other days: the last day of the record's block before `at`, by binary search on one
        # sorted (block, day) axis
        at = d if at is None else np.asarray(at, dtype=float)
        low = day_day.min()
        width = day_day.max() - low + 2
        axis = block * width + (day_day - low)
        block_keys = day_key[np.r_[True, block[1:] != block[:-1]]]
        asked = np.nonzero(~np.isnan(at))[0]
        b = np.searchsorted(block_keys, keys[asked])
        known = (b < len(block_keys)) & (block_keys[np.minimum(b, len(block_keys) - 1)] == keys[asked])
        asked, b = asked[known], b[known]
        q = b * width + np.clip(at[asked] - low, -0.5, width - 1.5)
        idx = np.searchsorted(axis, q, side="right" if inclusive else "left") - 1
        ok = (idx >= 0) & (block[np.maximum(idx, 0)] == b) & has[np.maximum(idx, 0)]
        out[asked[ok]] = running[idx[ok]]
    return out if how == "max" else -out


def _daily_runs(keys: np.ndarray, d: np.ndarray, values: np.ndarray, how: str):
    """Dated records sorted by (block, day), and for each day of a block the running extreme so far.

    Returns (order, each sorted record's day number, each day's block key, its date, its block
    number, the running extreme, whether a value was seen yet), or None when nothing is dated.
    Values are negated for "min", so that the running extreme is always a maximum."""
    dated = np.nonzero(~np.isnan(d))[0]
    if len(dated) == 0:
        return None
    v = np.asarray(values, dtype=float)
    v = v if how == "max" else -v
    order = dated[np.lexsort((d[dated], keys[dated]))]
    k, dd, vv = keys[order], d[order], v[order]
    new_day = np.r_[True, (k[1:] != k[:-1]) | (dd[1:] != dd[:-1])]
    starts = np.nonzero(new_day)[0]
    missing = np.isnan(vv)
    day_max = np.maximum.reduceat(np.where(missing, -np.inf, vv), starts)
    day_has = np.add.reduceat(~missing, starts) > 0
    day_key = k[starts]
    block = np.cumsum(np.r_[True, day_key[1:] != day_key[:-1]]) - 1
    # a running maximum that restarts with each block, in one pass: the days' values as ranks,
    # shifted up by a per-block offset, so that no block's values can carry into the next
    levels, rank = np.unique(day_max, return_inverse=True)
    span = len(levels)
    running = levels[np.maximum.accumulate(block * span + rank) - block * span]
    has = (np.maximum.accumulate(block * 2 + day_has) - block * 2) > 0
    return order, np.cumsum(new_day) - 1, day_key, dd[starts], block, running, has


def focus_keys(w: pd.DataFrame, keys: np.ndarray) -> np.ndarray | None:
    """Blocks holding a figure of a focus article (a draft), or None when every block counts.

    The engine marks the figures of the articles a check is about in the work column `focus`.
    A finding lists figures of one block, so a block with no focus figure cannot yield a
    finding about the drafts: kinds skip it before any closer look.
    """
    if "focus" not in w.columns:
        return None
    return distinct(keys[w["focus"].to_numpy(dtype=bool)])


def in_focus(wanted: np.ndarray, focus: np.ndarray | None) -> np.ndarray:
    """The wanted blocks that hold a focus figure (all of them without a focus)."""
    return wanted if focus is None else np.intersect1d(wanted, focus)


def focus_rows(keys: np.ndarray, focus: np.ndarray | None) -> np.ndarray | None:
    """Positions of the figures in focus blocks, or None for all."""
    return None if focus is None else np.nonzero(np.isin(keys, focus))[0]


def earlier_extreme_in(keys: np.ndarray, days: np.ndarray, values: np.ndarray, how: str,
                       rows: np.ndarray | None) -> np.ndarray:
    """`earlier_extreme` over the figures at `rows` only (NaN elsewhere); all figures when None."""
    if rows is None:
        return earlier_extreme(keys, days, values, how)
    out = np.full(len(keys), np.nan)
    out[rows] = earlier_extreme(keys[rows], days[rows], values[rows], how)
    return out


def side_by_side(w) -> "np.ndarray":
    """Rows that share their article, sentence and claim (measure, group, place, window) with
    another row: counts listed side by side ("sept soldats tués dans une attaque, cinq autres
    morts dans un accident"), which add up; none of them is a total for other figures."""
    import numpy as np

    cols = [c for c in ("doc", "sentence", "measure", "group", "place", "ps", "pe") if c in w.columns]
    if "sentence" not in cols or w.empty:
        return np.zeros(len(w), dtype=bool)
    # (asked of the same table by several kinds: its sentences are factorised once)
    return per_table(w, "side_by_side", lambda: _side_by_side(w, cols))


def people_beside_named(w) -> "np.ndarray":
    """Rows counting people (miners, workers: the group "people") that share their article, sentence, measure,
    place and window with a smaller count of a named group, both exact, neither a part of the other: "the bodies of 11 miners and three
    rescuers were found" gives one addend of two, no total to compare with another report's toll (series-r224).
    For the comparison of figures across articles only (CC101): parts and wholes read their own links."""
    import numpy as np

    cols = [c for c in ("doc", "sentence", "measure", "place", "ps", "pe") if c in w.columns]
    if "sentence" not in cols or "group" not in w.columns or "part_of" not in w.columns or w.empty:
        return np.zeros(len(w), dtype=bool)
    return per_table(w, "people_beside_named", lambda: _people_beside_named(w, cols))


def _people_beside_named(w: pd.DataFrame, cols: list[str]) -> np.ndarray:
    from checker.rules.claims import CODE, text_column, key_codes

    sentence = w["sentence"].to_numpy() if "sentence" + CODE in w.columns else text_column(w, "sentence")
    group = column(w, "group")
    # (exact counts both, as a list gives them: "more than 20 people, including ... a priest" is a floor and its
    # named members, no list of addends)
    exact = (column(w, "qualifier") == "exact") if "qualifier" in w.columns else np.ones(len(w), dtype=bool)
    free = w["part_of"].isna().to_numpy() & (sentence != "") & exact
    generic = free & (group == "people")
    if not generic.any():
        return generic
    codes = key_codes(w, cols)
    # (the smallest named count of each sentence and claim: a list names its larger count first, "11 miners and
    # three rescuers"; a named count above the people beside it is no addend but a part gone wrong, "au moins 27
    # morts ..., dont 41 assaillants")
    value = column(w, "value").astype(float)
    smallest = np.full(int(codes.max()) + 1, np.inf)
    named = free & (group != "people")
    np.minimum.at(smallest, codes[named], value[named])
    return generic & (smallest[codes] < value)


def _side_by_side(w: pd.DataFrame, cols: list[str]) -> np.ndarray:
    from checker.rules.claims import CODE, text_column, key_codes

    codes = key_codes(w, cols)  # integer codes, not the text of every column (a million sentences)
    shared = np.bincount(codes)[codes] > 1
    # a prepared table's sentences are text already ("" when missing): no conversion per value
    sentence = w["sentence"].to_numpy() if "sentence" + CODE in w.columns else text_column(w, "sentence")
    shared &= sentence != ""
    if shared.any():
        shared &= ~_restated(codes, shared, column(w, "lo"), column(w, "hi"), column(w, "value"))
    return shared


def _restated(codes, shared, lo, hi, value) -> "np.ndarray":
    """Rows of a shared sentence and claim that state one count twice, a threshold and the figure
    that passes it ("has passed 10,000, ... putting the toll at 10,022"): no addends. The exact
    figure lies at most a tenth above the threshold's floor."""
    import numpy as np

    out = np.zeros(len(codes), dtype=bool)
    rows: dict[int, list[int]] = {}
    for i in np.nonzero(shared)[0].tolist():
        rows.setdefault(int(codes[i]), []).append(i)
    for members in rows.values():
        for i in members:
            if not np.isinf(hi[i]):
                continue
            for j in members:
                if j != i and lo[j] == hi[j] and lo[i] <= value[j] <= 1.1 * lo[i]:
                    out[i] = out[j] = True
    return out


def may_slip(values: np.ndarray, other: float) -> np.ndarray:
    """For each of `values`: may it and `other` be one figure mistyped (`digit_slip`)? A test in
    numpy that every slip passes (whole numbers, the smaller at least 10, one to three or six more
    digits in the larger, the same first digit), so that a running total's thousands of earlier
    figures are not each asked in Python. True where it cannot tell (numbers past 10^15)."""
    v = np.abs(np.asarray(values, dtype=float))
    o = abs(float(other))
    if o != o or o >= 1e15 or not len(v):
        return np.ones(len(v), dtype=bool)
    small, big = np.minimum(v, o), np.maximum(v, o)
    whole = (v == np.floor(v)) & (o == int(o))
    ok = whole & (small >= 10) & (big > small) & (big < 1e15)
    powers = 10.0 ** np.arange(16)
    digits_small, digits_big = np.searchsorted(powers, small, side="right"), np.searchsorted(powers, big, side="right")
    more = digits_big - digits_small
    ok &= (more >= 1) & ((more <= 3) | (more == 6))
    ten = (10 ** np.arange(16, dtype=np.int64))
    first_small = np.where(ok, small, 10).astype(np.int64) // ten[np.maximum(digits_small - 1, 0)]
    first_big = np.where(ok, big, 10).astype(np.int64) // ten[np.maximum(digits_big - 1, 0)]
    return ok & (first_small == first_big) | (v >= 1e15)


def digit_slip(x: float, y: float) -> str | None:
    """How one figure may be the other mistyped, or None: "a zero added or dropped" (1,200 and
    120; 11,300 and 113,000), "a zero dropped inside" (103 and 13), "its thousands dropped"
    (34,844 and 34, "34.844" read as 34).

    Only when the smaller figure keeps at least two significant digits of the larger: 12 and
    120 hardly meet by chance, while 5 and 50 or 2 and 2,360 (a family among a day's dead, a
    first report and the toll a week on) do all the time."""
    small, big = sorted((abs(x), abs(y)))
    if small < 10 or big <= small or small != int(small) or big != int(big):
        return None
    s, b = str(int(small)), str(int(big))
    if len(s.rstrip("0")) < 2:
        return None
    if b.startswith(s) and set(b[len(s):]) == {"0"} and len(b) - len(s) <= 3:
        return "a zero added or dropped"
    if len(b) == len(s) + 1 and any(b[i] == "0" and b[:i] + b[i + 1:] == s for i in range(1, len(b))):
        return "a zero dropped inside"
    if len(b) - len(s) in (3, 6) and b.startswith(s):
        return "its thousands dropped"
    return None


def leading_digit_lost(x: float, y: float) -> bool:
    """Is the smaller figure the larger with its first digit lost (274 and 74, 143 and 43, 1,290 and 290)?
    Only when the smaller keeps at least two significant digits (10 and 110, 5 and 105 meet by chance) and the
    larger's second digit is no zero (105 is no 5 with a digit lost). A part of a toll can match so by chance
    (29 at one site beside the night's 129): callers ask it of two tolls of one claim only (rules-r231)."""
    small, big = sorted((abs(x), abs(y)))
    if small < 10 or big <= small or small != int(small) or big != int(big):
        return False
    s, b = str(int(small)), str(int(big))
    return len(b) == len(s) + 1 and b[1:] == s and len(s.rstrip("0")) >= 2


# How long after a report a later one still says the same toll was being updated (CC101's
# same_day_may_grow, CC103's later_may_grow): a disaster's count goes on for weeks; a report of the
# place years later counts another event (a 2023 train crash in India says nothing of the 2015 quake's
# Indian toll, reported 67 and 61 the same day: fa-r105's mixed batch of every series)
LATER_HORIZON_DAYS = 30


class LaterTolls:
    """How far later reports of a place enclosing a figure's place went (Al Haouz's 1,452 and 1,591
    the same day, Morocco's 2,960 two days later), or of a place inside it (India's 150 and 158 the
    same day, Wayanad's 249 the next): the toll was still being updated. `w` holds the measure,
    group, place and pub columns, `lo` each row's lower bound. Built once, asked (`top`, by row
    position) only for the same-day pairs that disagree: CC101's rival figures, CC103's part
    above its whole."""

    def __init__(self, w: pd.DataFrame, lo):
        self.w, self.lo, self.table = w, lo, None

    def top(self, a: int) -> float:
        from checker.normalise.places import place_ancestors

        if self.table is None:
            self.cols = tuple(self.w[c].to_numpy() for c in ("measure", "group", "place", "pub"))
            self.table = self._days_and_tops(*self.cols, np.asarray(self.lo, dtype=float))
            # the places inside each place the table holds: a later toll of a district is a floor for
            # the country's (Wayanad's 249 on Thursday after India's 150 and 158 on Wednesday)
            self.inner: dict = {}
            for m, g, inner in self.table:
                for outer in place_ancestors(inner) if inner else ():
                    if outer != inner:
                        self.inner.setdefault((m, g, outer), []).append(inner)
        measure, group, place, pub = (col[a] for col in self.cols)
        best = -np.inf
        around = [p for p in place_ancestors(place) if p != place] if place else []
        for other in around + self.inner.get((measure, group, place), []):
            if (measure, group, other) not in self.table:
                continue
            days, tops = self.table[(measure, group, other)]
            i = np.searchsorted(days, pub, side="right")
            # (a report years later counts another event: LATER_HORIZON_DAYS)
            j = np.searchsorted(days, pub + LATER_HORIZON_DAYS, side="right")
            if i < j:
                best = max(best, float(tops[i:j].max()))
        return best

    @staticmethod
    def _days_and_tops(measure, group, place, pub, lo) -> dict:
        """Per (measure, group, place): its report days in order, and the highest lower bound given
        each day (NaN when none is known). Sorted once in numpy: a groupby per claim cost a second
        at a million rows."""
        from checker.rules.claims import mixed_codes

        rows = np.nonzero(~np.isnan(pub) & ~pd.isna(measure) & ~pd.isna(group) & ~pd.isna(place))[0]
        if not len(rows):
            return {}
        key = mixed_codes(measure[rows], group[rows], place[rows])
        order = np.lexsort((pub[rows], key))
        k, day, value = key[order], pub[rows][order], lo[rows][order]
        starts = np.nonzero(np.r_[True, (k[1:] != k[:-1]) | (day[1:] != day[:-1])])[0]
        tops = np.fmax.reduceat(value, starts)  # the day's highest, NaN only when none is known
        day_key, days = k[starts], day[starts]
        bounds = np.nonzero(np.r_[True, day_key[1:] != day_key[:-1], True])[0]
        table = {}
        for a, b in zip(bounds[:-1].tolist(), bounds[1:].tolist()):
            r = rows[order[starts[a]]]
            table[(measure[r], group[r], place[r])] = (days[a:b], tops[a:b])
        return table



def no_whole(sentences) -> "np.ndarray":
    """For each sentence: does it say its count is not its place's whole for the day? One side of a
    front line ("six morts côté ukrainien", "in government-held areas"), or an earlier time of the
    day ("Plus tôt dans la journée de mardi, deux personnes ont été tuées ...", "Earlier on
    Tuesday, ..."). Such a count is no total for a narrower place's or group's figures (CC103), nor
    a longer window's toll that contains a shorter one (CC104). Asked only of the rows a rule is
    about to compare, once per distinct sentence."""
    import numpy as np
    import pandas as pd

    if not len(sentences):
        return np.zeros(0, dtype=bool)
    if len(sentences) <= 64:  # a block's few rows, asked thousands of times a run: no table per call
        return np.fromiter((_says_not_whole(s) for s in sentences), dtype=bool, count=len(sentences))
    codes, uniques = pd.factorize(np.asarray(sentences, dtype=object), use_na_sentinel=False)
    return np.array([_says_not_whole(u) for u in uniques], dtype=bool)[codes]


@lru_cache(maxsize=1 << 16)
def _says_not_whole(sentence) -> bool:
    """`no_whole` of one sentence (any value: not a sentence says nothing)."""
    if not isinstance(sentence, str) or not sentence:
        return False
    from checker.extract.figures import EARLIER_OPENING, OLDER_TIME, ONE_SIDE
    from checker.extract.numbers import fold

    low = fold(sentence)
    # (or a count told of years back: "le bilan le plus lourd ... avait été d'une soixantaine de morts,
    # il y a une dizaine d'années" counts an older accident, no whole of this one's; rules-r198)
    return EARLIER_OPENING.match(low) is not None or ONE_SIDE.search(low) is not None \
        or OLDER_TIME.search(low) is not None


QUOTE_THEN_VERB = re.compile(r"[»”\"]\s*,\s*$")


@lru_cache(maxsize=1 << 16)
def told_earlier(sentence, text) -> bool:
    """Does the sentence tell its figure `text` as an earlier report, or as a count of years back? A
    report told in the pluperfect (`figures.EARLIER_SAID`): the figure after the verb ("avait parlé ...
    d'un « premier bilan (de) 10 morts »", "avait de son côté fait état de 10 morts", "had earlier said
    10 people died"), or in the quotation the verb follows ("« ... 18 personnes sont mortes », avait
    annoncé plus tôt ..."); or a count of years back anywhere in it (`figures.OLDER_TIME`: "il y a une
    dizaine d'années", "a decade ago"). A figure before such a verb, outside a quotation it ends ("Le
    bilan s'élève à 24 morts, alors que les secours avaient annoncé 15 morts": the 24), is today's."""
    if not isinstance(sentence, str) or not sentence:
        return False
    from checker.extract.figures import EARLIER_SAID, OLDER_TIME
    from checker.extract.numbers import fold

    low = fold(sentence)
    if ("avai" not in low and "had " not in low) or (m := EARLIER_SAID.search(low)) is None:
        return OLDER_TIME.search(low) is not None
    at = low.find(fold(text)) if isinstance(text, str) and text else -1
    if at < 0 or at > m.start():
        return True
    return QUOTE_THEN_VERB.search(low, 0, m.start()) is not None or OLDER_TIME.search(low) is not None


@lru_cache(maxsize=1 << 16)
def told_as_of_its_time(sentence, text) -> bool:
    """Does the sentence tell its figure `text` as a report of its own past day or month, the time opening the
    sentence and the source's reporting verb standing before the figure (`figures.REPORT_TIME_SAID`: "On Friday,
    Rabat said 18 migrants had died", "In June, London's Metropolitan Police estimated that about 80 people had
    died", "Le 15 juin, la police annonçait 17 morts")? Such a count is the toll of then, told as such, not a
    background paragraph that kept an old figure ("The quake struck on Wednesday, killing 281": the event's day,
    not a report's). Whether the time is past is the caller's to know (rules-r231)."""
    if not isinstance(sentence, str) or not sentence:
        return False
    from checker.extract.figures import REPORT_TIME_SAID
    from checker.extract.numbers import fold

    low = fold(sentence)
    if (m := REPORT_TIME_SAID.match(low)) is None:
        return False
    at = low.find(fold(text), m.end()) if isinstance(text, str) and text else -1
    return at >= m.end()


@lru_cache(maxsize=1 << 16)
def told_as_other_tally(sentence, text) -> bool:
    """Does the sentence announce its figure `text` as another tally than the article's own ("D'autres
    bilans font état de 454 blessés", "selon d'autres sources, 80 morts", "Other tallies put the number
    at 454", "another count, by the UN, gave 72")? The cue (`figures.OTHER_TALLY`) must stand before the
    figure: "Le bilan est de 39 morts, d'autres sources parlent de 41" tells the 39 as the article's own."""
    if not isinstance(sentence, str) or not sentence:
        return False
    from checker.extract.figures import OTHER_TALLY
    from checker.extract.numbers import fold

    low = fold(sentence)
    if ("autre" not in low and "other" not in low) or (m := OTHER_TALLY.search(low)) is None:
        return False
    at = low.find(fold(text), m.start()) if isinstance(text, str) and text else -1
    return at >= m.start()
