"""Kind `running_total_leap`: a running total that leaps far faster than it ever grew.

A toll counted since a fixed start grows at some pace: "plus de 270.000 morts depuis 2011" in
April 2016 is five years of war, about 150 deaths a day. When the same running total reported
later implies a pace a hundred times that, the likelier story is a figure that lost or gained
digits ("270.000" read as 270, a zero added) rather than a war that suddenly killed as many in
five months as in five years. A running total may grow (that is `running_total_drop`'s
allowance), so this kind looks only at growth that the earlier figure's own history cannot
explain. Only long counts are judged: a toll a few days old ("since Tuesday", a quake's first
hours) routinely multiplies as the count goes on.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from checker.rules.claims import Claims, key_codes, widened
from checker.rules.kinds._common import claim_of, claim_words, day_words, describe, fmt_number, focus_keys, iso, lang_of
from checker.rules.kinds.running_total_drop import _bounded_top, is_unknown_start, running_totals
from checker.rules.model import Hit

DEFAULTS = {"min_days": 90, "min_leap": 5.0, "max_pace_ratio": 100.0, "event_min_days": 3, "event_max_pace_ratio": 20.0,
            "rounding_cap": 0.05, "bound_more_than": True, "early_thousands_leap": 0.0, "early_thousands_days": 2,
            "settled_min_leap": 0.0, "settled_max_leap": 11.5, "settled_growth": 1.25, "settled_days": 2,
            "settled_plain_counts": False}
PARAMS = {
    "min_days": {"type": "integer", "minimum": 1, "description": "an earlier total counted over fewer days than this is not judged (early counts multiply as they go on)"},
    "min_leap": {"type": "number", "minimum": 1, "description": "the later total must be at least this many times the earlier one's top"},
    "max_pace_ratio": {"type": "number", "minimum": 1, "description": "largest pace between the two reports, as a multiple of the earlier total's own average pace since its start"},
    "event_min_days": {"type": "integer", "minimum": 1, "description": "one event's toll (a quake's, a flood's) reported fewer days than this after the event is not judged: the first days' tolls multiply as the search goes on"},
    "event_max_pace_ratio": {"type": "number", "minimum": 1, "description": "largest pace between two reports of one event's toll, as a multiple of the earlier toll's average pace since the event"},
    "rounding_cap": {"type": "number", "minimum": 0, "maximum": 0.5, "description": "most a rounded figure may be off, as a share of it"},
    "bound_more_than": {"type": "boolean", "description": "read 'plus de 270' as 271 to 280 (one rounding step above), not as unbounded"},
    "early_thousands_leap": {"type": "number", "minimum": 0, "description": "one event's toll of a single digit, in its first days, that a report at most `early_thousands_days` later puts at least this many times higher, when the single digit read in thousands stays within that later toll: \"2.000\" read as 2 (0: not judged)"},
    "early_thousands_days": {"type": "integer", "minimum": 1, "description": "how many days after the single-digit toll the leap must come"},
    "settled_min_leap": {"type": "number", "minimum": 0, "description": "one event's toll that had stopped growing (two reports at least `settled_days` apart, the later one judged, within `settled_growth` of each other) and that a later report puts between this and `settled_max_leap` times higher, whatever the pace: a zero added (0: not judged)"},
    "settled_max_leap": {"type": "number", "minimum": 1, "description": "the settled toll's later report at most this many times the settled figure (a zero added is ten times; a revised estimate, Maria's 64 then 2,975, far more)"},
    "settled_growth": {"type": "number", "minimum": 1, "description": "most the toll moved, up or down, between the two reports that show it settled, as a multiple of the lower"},
    "settled_days": {"type": "integer", "minimum": 1, "description": "fewest days between the two reports that show the toll settled"},
    "settled_plain_counts": {"type": "boolean", "description": "also judge a later article's plain count (no toll word, no event day, not cumulative, no part) of a settled toll's measure and group, at its place, one inside it or one around it, that is the toll's figure with a zero at the end, within `settled_min_leap` and `settled_max_leap`: \"The attack killed 220\" after a toll settled at 22. A toll that a later article restates, its very figure as a plain count, has settled too"},
}


def find(claims: Claims, params: dict) -> list[Hit]:
    w, _ = running_totals(claims)  # the undated ones are noted by running_total_drop
    anchor = w["anchor"].to_numpy()
    event = w["event_toll"].to_numpy(dtype=bool)
    rows = np.nonzero(pd.notna(anchor) & ~is_unknown_start(anchor) & (w["qualifier"].to_numpy() != "vague"))[0]
    if not len(rows):
        return []
    t = w.iloc[rows]
    event = event[rows]
    lo_t, hi_t = widened(t, params["rounding_cap"])
    if params.get("bound_more_than", True):
        hi_t = _bounded_top(t, hi_t)
    days = t["pub"].to_numpy(dtype=float)
    # days the total had been counting when reported: since its start, or since its event
    start = t["ps"].to_numpy(dtype=float).copy()
    start[event] = [float(a.split()[1]) for a in anchor[rows][event]]  # "event <day number>"
    counted = days - start
    min_days = np.where(event, params["event_min_days"], params["min_days"])
    max_pace = np.where(event, params["event_max_pace_ratio"], params["max_pace_ratio"])
    judged = (counted >= min_days) & np.isfinite(hi_t) & (hi_t > 0)
    keys = key_codes(t, ["measure", "group", "place", "anchor"])
    focus = focus_keys(t, keys)
    later = np.arange(len(t)) if focus is None else np.nonzero(np.isin(keys, focus))[0]
    earlier = _report_before(keys, days, hi_t, judged, later)
    ok = earlier >= 0
    later, earlier = later[ok], earlier[ok]
    gap = np.maximum(days[later] - days[earlier], 1.0)
    pace_then = hi_t[earlier] / counted[earlier]
    pace_now = (lo_t[later] - hi_t[earlier]) / gap
    leap = (lo_t[later] >= params["min_leap"] * hi_t[earlier]) & (pace_now > max_pace[earlier] * pace_then)
    if params.get("settled_min_leap", 0) > 0 and event.any():
        leap |= _settled_leap(keys, days, lo_t, hi_t, judged, event, earlier, later, params)
    labels = t["label"].to_numpy()
    by_block: dict[int, list[tuple[int, int]]] = {}
    for e, l in zip(earlier[leap], later[leap]):
        by_block.setdefault(int(keys[l]), []).append((int(e), int(l)))
    hits = [_hit(claims.work, labels, pairs, days, counted, lo_t, hi_t, bool(event[pairs[0][0]]))
            for pairs in by_block.values()]
    if params.get("settled_plain_counts", False) and params.get("settled_min_leap", 0) > 0 and event.any():
        hits += _settled_plain(claims, t, keys, days, counted, lo_t, hi_t, judged, event, params)
    if params.get("early_thousands_leap", 0) > 0 and event.any():
        for pairs in _early_thousands(t, keys, event, days, counted, lo_t, hi_t, params).values():
            hits.append(_hit(claims.work, labels, pairs, days, counted, lo_t, hi_t, True, thousands=True))
    return hits


def _early_thousands(t: pd.DataFrame, keys: np.ndarray, event: np.ndarray, days: np.ndarray, counted: np.ndarray,
                     lo_t: np.ndarray, hi_t: np.ndarray, params: dict) -> dict[int, list[tuple[int, int]]]:
    """One event's toll of a single digit in its first days ("More than 2 people were killed" the
    day after the floods) that another report of the same event puts hundreds of times higher
    within `early_thousands_days`, when that digit read in thousands stays within the later toll
    ("plus de 5.300" the next day; "2.000" read as 2): its thousands dropped, not a first count. A
    first count of a few dead that the next day's tolls pass by hundreds is rare enough, and a
    thousand times the digit above the later toll (2 and 50,000) is no such slip."""
    value = t["value"].to_numpy(dtype=float)
    early = event & (counted < params["event_min_days"]) & (value >= 1) & (value <= 9) & np.isfinite(hi_t)
    out: dict[int, list[tuple[int, int]]] = {}
    if not early.any():
        return out
    for e in np.nonzero(early)[0]:
        later = np.nonzero(event & (keys == keys[e]) & (days > days[e]) & (days - days[e] <= params["early_thousands_days"])
                           & (lo_t >= params["early_thousands_leap"] * hi_t[e]) & (value[e] * 1000 <= hi_t))[0]
        if len(later):
            l = later[np.argmin(days[later])]
            out.setdefault(int(keys[e]), []).append((int(e), int(l)))
    return out


def _settled_leap(keys: np.ndarray, days: np.ndarray, lo_t: np.ndarray, hi_t: np.ndarray, judged: np.ndarray,
                  event: np.ndarray, earlier: np.ndarray, later: np.ndarray, params: dict) -> np.ndarray:
    """Of the (earlier, later) pairs, those where one event's toll had stopped growing and then
    leaps about tenfold: the earlier report (judged: days after its event) within `settled_growth`
    of the report before it, either way, `settled_days` or more before, and the later report
    `settled_min_leap` to `settled_max_leap` times the earlier. A shooting's 58 dead, 59 the next day and 58 two days
    on, then 580: the count had settled, and no pace since the event explains ten times it (the
    average pace since the event, CC110's other test, lets a toll a month on grow tenfold). A toll
    still growing is not judged here (a quake's 78, then 126 two days on, then 1,200 is the pace test's), nor a
    leap far beyond ten times (a revised estimate: Maria's official 64 then a study's 2,975)."""
    if not len(earlier):
        return np.zeros(len(earlier), dtype=bool)
    prev = _report_before(keys, days, hi_t, np.isfinite(hi_t) & (hi_t > 0), earlier)
    has = prev >= 0
    p = np.where(has, prev, 0)
    settled = has & event[earlier] & judged[earlier] & (days[earlier] - days[p] >= params["settled_days"]) \
        & (hi_t[earlier] <= params["settled_growth"] * lo_t[p]) & (hi_t[p] <= params["settled_growth"] * lo_t[earlier]) & (lo_t[p] > 0)
    return settled & (lo_t[later] >= params["settled_min_leap"] * hi_t[earlier]) \
        & (hi_t[later] <= params["settled_max_leap"] * lo_t[earlier])


def _settled_plain(claims: Claims, t: pd.DataFrame, keys: np.ndarray, days: np.ndarray, counted: np.ndarray,
                   lo_t: np.ndarray, hi_t: np.ndarray, judged: np.ndarray, event: np.ndarray, params: dict) -> list[Hit]:
    """A later article's plain count that is one event's settled toll with a zero at its end: "The
    attack killed 220" a week after reports that agreed on 22 dead. The count carries no toll word and
    no event day, so it stands in no block of the event view; it is set against the settled tolls of
    its measure and group at its place, one inside it or one around it below the country (a country's
    count ties to no one event), published before it: `_settled_leap`'s test (a report within `settled_growth`
    of the one `settled_days` or more before it), or a toll that a plain count restates, its very
    figure, that long after and from the event's `event_min_days` ("Salman Abedi murdered 22 people").
    The count must be the latest settled toll's figure times ten, within `settled_min_leap` and
    `settled_max_leap` of it and of every report of its block before it (a toll that grew tenfold
    meanwhile explains the count). Only those two exact forms: a daily count of another strike near
    ten times a toll is common in a war's copy, its exact digits with a zero are not. A part ("dont"),
    a vague count and a count of another event (a dated one, a running total) are not judged. Counts
    are picked by a hashed look-up of their values; tolls are indexed by (measure, group, place) once
    and each count looks up its place and the places around it: linear up to a log."""
    from bisect import bisect_left

    from checker.normalise.places import place_ancestors

    rows = np.nonzero(event & judged)[0]
    prev = _report_before(keys, days, hi_t, np.isfinite(hi_t) & (hi_t > 0), rows) if len(rows) else rows
    has = prev >= 0
    p = np.where(has, prev, 0)
    settled = rows[has & (days[rows] - days[p] >= params["settled_days"]) & (lo_t[p] > 0)
                   & (hi_t[rows] <= params["settled_growth"] * lo_t[p]) & (hi_t[p] <= params["settled_growth"] * lo_t[rows])]
    work = claims.work
    plain = (work["is_flow"].to_numpy(dtype=bool) & ~work["toll"].to_numpy(dtype=bool) & ~work["cumulative"].to_numpy(dtype=bool)
             & np.isnan(work["event_day"].to_numpy(dtype=float)) & np.isnan(work["part_of"].to_numpy(dtype=float))
             & (work["qualifier"].to_numpy() != "vague") & np.isfinite(work["pub"].to_numpy(dtype=float))
             & (work["place"].to_numpy() != ""))
    tolls = np.nonzero(event & np.isfinite(hi_t) & (hi_t > 0))[0]
    value_t = t["value"].to_numpy(dtype=float)
    value_w = work["value"].to_numpy(dtype=float)
    # only counts written as a toll's own digits (a restatement), or as them with a zero at the end: a
    # hashed look-up of the values first, so that the archive's other plain counts cost nothing
    written = {int(v) for v in value_t[tolls] if v == v and v >= 1 and v == int(v)}
    slipped = {z for v in written for z in _zero_added(v)}
    looked = pd.Index(list(written | slipped), dtype="float64")
    counts = np.nonzero(plain & pd.Index(value_w).isin(looked))[0]
    if not len(counts):
        return []
    measure, group, place = (t[c].to_numpy() for c in ("measure", "group", "place"))
    c_measure, c_group, c_place = (work[c].to_numpy()[counts] for c in ("measure", "group", "place"))
    c_pub = work["pub"].to_numpy(dtype=float)[counts]
    c_value = value_w[counts]
    sentences = claims.records["sentence"] if "sentence" in claims.records.columns else None
    langs = claims.records["lang"] if "lang" in claims.records.columns else None
    c_row = work["row"].to_numpy()[counts] if "row" in work.columns else None

    def c_sentence(i):
        if sentences is None or c_row is None:
            return ""
        t = sentences.iat[int(c_row[i])]
        return t if isinstance(t, str) else ""

    def c_lang(i):
        t = langs.iat[int(c_row[i])] if langs is not None and c_row is not None else None
        return t if isinstance(t, str) and t else "fr"

    # counts grouped by their (measure, group, place) once, a country's count also by its sentence (see
    # `latest`): each group looks in the same toll lists
    p_code, p_names = pd.factorize(c_place)
    country = np.array([len(place_ancestors(p)) < 2 for p in p_names] + [True])[p_code]
    c_text = np.array([c_sentence(i) if country[i] else "" for i in range(len(counts))], dtype=object)
    c_key = [np.asarray(k) + 1 for k in pd.MultiIndex.from_arrays([c_measure, c_group, c_place, c_text]).codes]  # (-1 -> 0)
    c_group_of = np.ravel_multi_index(tuple(c_key), tuple(int(k.max()) + 1 for k in c_key))

    def lists_by_key(m, g, pl, d, r) -> dict:
        """The tolls (days `d`, rows `r`) under each (measure, group, place) key, each list in day order."""
        if not len(r):
            return {}
        code = pd.MultiIndex.from_arrays([m, g, pl]).codes
        code = np.ravel_multi_index(tuple(np.asarray(k) + 1 for k in code), tuple(int(k.max()) + 2 for k in code))
        order = np.lexsort((r, d, code))
        out = {}
        for o in np.split(order, np.nonzero(np.diff(code[order]))[0] + 1):
            out[(m[o[0]], g[o[0]], pl[o[0]])] = (d[o].astype(float), r[o].astype(int))
        return out

    def indexed(chosen):
        """The tolls of `chosen` by (measure, group, place) (`exact`) and by (measure, group, their place or a
        place around it) (`at`), each in day order; a country's toll in neither (see `latest`)."""
        chosen = np.asarray(chosen, dtype=int)
        p_code, p_names = pd.factorize(place[chosen])
        around = [place_ancestors(p) for p in p_names]
        n_around = np.array([len(a) for a in around] + [0], dtype=int)  # (a missing place's code -1: none)
        rows = chosen[n_around[p_code] >= 2]
        u = p_code[n_around[p_code] >= 2]
        exact = lists_by_key(measure[rows], group[rows], place[rows], days[rows], rows)
        n = n_around[u]
        flat = np.array([q for a in around for q in a] + [""], dtype=object)
        first = np.concatenate([[0], np.cumsum(n_around[:-1])])
        each = np.repeat(rows, n)
        q = flat[np.repeat(first[u], n) + np.arange(n.sum()) - np.repeat(np.cumsum(n) - n, n)]
        at = lists_by_key(measure[each], group[each], q, days[each], each)
        return at, exact

    def looked_in(at, exact, m, g, q):
        """The toll lists a count at place `q` looks in: at `q` or inside it, and at each place around it."""
        found = [at.get((m, g, q))] + [exact.get((m, g, a)) for a in place_ancestors(q)[1:]]
        return [v for v in found if v is not None]

    def latest(indexes, chosen, before):
        """For each count of `chosen`, the latest toll indexed before its day in `before` at its place, one
        inside it or one around it (-1: none); the first list's toll where two share the latest day."""
        at, exact = indexes
        best = np.full(len(chosen), -1, dtype=int)
        best_day = np.full(len(chosen), -np.inf)
        order = np.argsort(c_group_of[chosen], kind="stable")
        bounds = np.nonzero(np.diff(c_group_of[chosen][order]))[0] + 1
        for members in np.split(order, bounds) if len(order) else ():
            i = chosen[members[0]]
            if country[i]:
                # (a count or a toll of a whole country is no tie to one event: "10 killed" in India restates no
                # mine collapse's 10, and a heatwave's 100 there years on is no slip of it; but a count set at the
                # country because its sentence names two of its places is a count of those places: "ont retenu
                # 1.300 victimes ... lors des attentats de Paris et de Saint-Denis", paris p9, rules-r223)
                found = [v for q in _named_within(c_sentence(i), c_lang(i), c_place[i])
                         for v in looked_in(at, exact, c_measure[i], c_group[i], q)]
            else:
                found = looked_in(at, exact, c_measure[i], c_group[i], c_place[i])
            for v_days, v_rows in found:
                j = np.searchsorted(v_days, before[members], side="left") - 1  # (the tolls of days before it)
                ok = j >= 0
                day = np.where(ok, v_days[np.maximum(j, 0)], -np.inf)
                better = ok & (day > best_day[members])
                best[members[better]] = v_rows[j[better]]
                best_day[members[better]] = day[better]
        return best

    # a toll that a later article restates, its very figure as a plain count ("Salman Abedi murdered 22
    # people" three days after the toll of 22), has settled too
    restating = np.nonzero(pd.Index(c_value).isin(pd.Index(sorted(written), dtype="float64")))[0]
    if len(restating):
        s = latest(indexed(tolls), restating, c_pub[restating] - params["settled_days"] + 0.5)
        found = s >= 0
        s, i = s[found], restating[found]
        restated = s[(value_t[s] == c_value[i]) & (c_pub[i] - (days[s] - counted[s]) >= params["event_min_days"])]
        settled = np.union1d(settled, restated.astype(int))
    if not len(settled):
        return []
    # each block's reports by day, with the highest top so far (a toll that grew meanwhile)
    block_days: dict[int, tuple[np.ndarray, np.ndarray]] = {}
    members = np.nonzero(np.isin(keys, np.unique(keys[settled])) & np.isfinite(hi_t))[0]
    members = members[np.lexsort((days[members], keys[members]))]
    for m in np.split(members, np.nonzero(np.diff(keys[members]))[0] + 1):
        block_days[int(keys[m[0]])] = (days[m], np.maximum.accumulate(hi_t[m]))
    indexes = indexed(settled)
    labels = t["label"].to_numpy()
    hits = []
    slips = np.nonzero(pd.Index(c_value).isin(pd.Index(sorted(slipped), dtype="float64")))[0]
    for i, best in zip(slips, latest(indexes, slips, c_pub[slips])):
        if best < 0 or int(c_value[i]) not in _zero_added(int(value_t[best])):
            continue
        d, top = block_days[int(keys[best])]
        grown = top[bisect_left(d, c_pub[i]) - 1]
        if c_value[i] >= params["settled_min_leap"] * max(hi_t[best], grown) and c_value[i] <= params["settled_max_leap"] * lo_t[best]:
            hits.append(_plain_hit(work, int(labels[best]), int(work.index[counts[i]]), c_value[i], value_t[best],
                                   int(max(c_pub[i] - days[best], 1)), int(counted[best]), iso(days[best] - counted[best])))
    return hits


def _named_within(sentence: str, lang: str, country: str) -> list[str]:
    """The places a count's sentence names inside `country` (the count's place), below the country: the
    places a count set at the country for naming two of them counts ("lors des attentats de Paris et de
    Saint-Denis"). None for a count with no place, or whose sentence names no such place."""
    if not sentence or not country:
        return []
    from checker.normalise.places import default_gazetteer, place_ancestors

    named = []
    for _, _, slug in default_gazetteer().find(sentence, lang):
        ancestors = place_ancestors(slug)
        if slug not in named and len(ancestors) >= 2 and country in ancestors:
            named.append(slug)
    return named


def _zero_added(value: int) -> set[int]:
    """`value` written with a zero at its end: 22 -> 220, 130 -> 1300. (A zero inside the digits, 55 ->
    505, is nine times the toll or so, where a daily count of another strike falls by chance.)"""
    return {value * 10}


def _plain_hit(work, settled: int, count: int, lo_c: float, hi_s: float, gap: int, days_counted: int, event_day: str) -> Hit:
    positions = sorted({settled, count})
    claim = claim_of(work, settled, window=False)
    claim["event_day"] = event_day
    times = lo_c / hi_s
    message = (f"A later report's count is about ten times the toll the reports had settled on ({claim_words(claim)}, the event of "
               f"{day_words(event_day)}): after {days_counted:,} days it stood at about {fmt_number(hi_s, lang_of(work, settled))}; "
               f"{gap:,} days later a count of it is {times:,.0f} times that. A zero added? {describe(work, positions)}.")
    return Hit(positions=positions, message=message, claim=claim,
               details={"times": round(float(times), 1), "days_counted": days_counted, "days_between": gap})


def _report_before(keys: np.ndarray, days: np.ndarray, hi_t: np.ndarray, judged: np.ndarray,
                   rows: np.ndarray) -> np.ndarray:
    """For each of `rows`, the judged total of its block last reported on an earlier day (of
    that day's figures, the lowest: the one a leap starts from), or -1.

    Comparing each report with the one before it, not with every earlier one, keeps this linear
    and still finds the slip: a figure that lost its thousands is lower than the reports around
    it, so the next report leaps from it; a zero added leaps from the report before it."""
    judged_rows = np.nonzero(judged)[0]
    if not len(judged_rows) or not len(rows):
        return np.full(len(rows), -1)
    width = np.nanmax(days) - np.nanmin(days) + 2
    base = np.nanmin(days)
    # one sorted axis of (block, day), the day's lowest top last among its figures
    axis = keys[judged_rows] * width + (days[judged_rows] - base)
    order = np.lexsort((-hi_t[judged_rows], axis))
    axis, judged_rows = axis[order], judged_rows[order]
    at = np.searchsorted(axis, keys[rows] * width + (days[rows] - base), side="left") - 1
    found = (at >= 0) & ~np.isnan(days[rows])
    at = np.where(found, at, 0)
    found &= keys[judged_rows[at]] == keys[rows]
    return np.where(found, judged_rows[at], -1)


def _hit(work, labels, pairs, days, counted, lo_t, hi_t, event: bool, thousands: bool = False) -> Hit:
    involved = sorted({p for pair in pairs for p in pair})
    positions = sorted({int(labels[p]) for p in involved})
    claim = claim_of(work, positions[0], window=False)
    # the pair with the widest leap speaks for the finding
    e, later = max(pairs, key=lambda p: lo_t[p[1]] / hi_t[p[0]])
    times = lo_t[later] / hi_t[e]
    gap = int(max(days[later] - days[e], 1))
    if event:
        claim["event_day"] = iso(days[e] - counted[e])
        what = f"One event's toll leaps between reports far faster than it had grown ({claim_words(claim)}, the event of {day_words(claim['event_day'])})"
    else:
        claim["since"] = claim_of(work, positions[0])["period_start"]
        what = f"A running total leaps between reports far faster than it had grown ({claim_words(claim)}, since {day_words(claim['since'])})"
    if thousands:
        message = (f"One event's toll leaps between reports from a single digit to hundreds of times that within days "
                   f"({claim_words(claim)}, the event of {day_words(claim['event_day'])}): the digit read in thousands fits the later "
                   f"toll. \"2.000\" read as 2? {describe(work, positions)}.")
        return Hit(positions=positions, message=message, claim=claim,
                   details={"times": round(float(times), 1), "days_between": gap})
    message = (f"{what}: after {int(counted[e]):,} days of counting it stood at about {fmt_number(hi_t[e], lang_of(work, positions[0]))}; "
               f"{gap:,} days later it was {times:,.0f} times that. "
               f"A figure that lost or gained digits (\"270.000\" read as 270, a zero added)? {describe(work, positions)}.")
    return Hit(positions=positions, message=message, claim=claim,
               details={"times": round(float(times), 1), "days_counted": int(counted[e]), "days_between": gap})
