"""Kind `stale_figure`: a later article repeats a running total the batch had already superseded.

"Plus de 270.000 morts" in November repeats April's toll after 300,000 was published in
October: it is not a new, lower count, it is an old one kept in circulation. A figure is stale
when (1) an earlier article of the batch or archive gave the same figure (within rounding) and
(2) a higher total for the same claim and basis had been published at least `grace_days`
before it. A lower figure that repeats nothing is a fall, the running-total rule's business.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from checker.rules.claims import CODE, Claims, key_codes, rounding_slack
from checker.rules.kinds._common import (
    distinct,
    block_members, claim_of, claim_words, describe, earlier_extreme, focus_keys, focus_rows, yes_no,
)
from checker.rules.model import Hit

DEFAULTS = {"grace_days": 14, "event_grace_days": 14, "event_min_gap": 0.15, "min_gap": 0.02, "rounding_cap": 0.05, "verbatim_current_counts": False,
            "rival_count_in_article": False}
PARAMS = {
    "grace_days": {"type": "integer", "minimum": 0, "description": "a newer figure counts as known only this many days after it was published"},
    "event_grace_days": {"type": "integer", "minimum": 0, "description": "for one event's toll (a disaster's or an attack's, tied to its event), a newer toll counts as known this many days after it was published (at most `grace_days`): an event's toll is updated daily and the wires carry each update the day it is given, so a report that repeats the first day's toll four days after a higher one was published keeps a superseded count in circulation"},
    "event_min_gap": {"type": "number", "minimum": 0, "maximum": 1, "description": "a toll stale only by `event_grace_days` (the higher toll published fewer than `grace_days` before it) must lie this share below that toll: days after an event, a toll a few per cent lower is as often another count of the same dead (Westgate's 67 victims against the 72 with the attackers) as an old one"},
    "min_gap": {"type": "number", "minimum": 0, "maximum": 1, "description": "the newer figure must exceed the repeated one by at least this share"},
    "rounding_cap": {"type": "number", "minimum": 0, "maximum": 0.5, "description": "most a rounded figure may be off, as a share of it (for 'the same figure')"},
    "rival_count_in_article": {"type": "boolean", "description": "a repeated figure credited to one originator that gave it before (the government's provisional 56, held for ten days) is not stale when its own article also gives, credited to another originator, a count of the block at least as high as the newer figure (the NGOs' 'plus de 150' beside it): the article knows the higher count and reports the two side by side, an official count held against a rival one (series-r224)"},
    "verbatim_current_counts": {"type": "boolean", "description": "a sentence of an earlier report run again word for word in a later article repeats that report's count even when the count is no running total the rules could tie to an event ('27 morts et 2 500 blessés à la suite des explosions à Beyrouth', 'At least 265 people ... were killed on Thursday when the plane crashed'), or is one whose later tolls were told at another level of place or dated otherwise (a region's 11 on the day after a wreck, then the country's 13 dated to its night): stale when a higher running total of its measure and group, at its place or one nested in it, was published after it and at least `grace_days` before the repeat, within half a year of it. Only a count of its report's days (its window ends at most a week before that report), not an earlier event's toll the report recalled"},
}
STALE_KEY = ["measure", "group", "place", "anchor", "basis"]  # anchor: event day or start year


def stale_triples(w: pd.DataFrame, params: dict) -> dict[int, list[tuple[int, int, int]]]:
    """Per block, (repeated, superseding, stale) positions in `w` (running totals with dates)."""
    if w.empty:
        return {}
    days = w["pub"].to_numpy()
    values = w["value"].to_numpy()
    docs = w["doc"].to_numpy()
    slack = np.maximum(rounding_slack(values, w["place_value"].to_numpy(), params["rounding_cap"]), 0.5)
    adopted = _repeats_adopted(w, days, values, docs, slack)
    grace = _grace(adopted, params)
    keys = key_codes(adopted, STALE_KEY)
    keys[adopted["anchor"].isna().to_numpy()] = -1  # a toll of an undated event that repeats nothing: no block
    rows = focus_rows(keys, focus_keys(w, keys))  # with drafts: only their blocks
    if rows is None:
        known = _known_max(keys, days, values, grace)
    else:
        known = np.full(len(keys), np.nan)
        if len(rows):
            known[rows] = _known_max(keys[rows], days[rows], values[rows], grace[rows])
    candidates = (values < known * (1 - params["min_gap"])) & (keys >= 0)
    if (grace < params["grace_days"]).any():
        # (stale only by the short grace of an event's toll: well below the newer toll, not a few per cent)
        long = np.full(len(keys), float(params["grace_days"]))
        known_long = _known_max(keys, days, values, long) if rows is None else np.full(len(keys), np.nan)
        if rows is not None and len(rows):
            known_long[rows] = _known_max(keys[rows], days[rows], values[rows], long[rows])
        short_only = candidates & ~(values < known_long * (1 - params["min_gap"]))
        candidates &= ~short_only | (values < known * (1 - params.get("event_min_gap", 0.0)))
    if "revises" in w.columns:
        # a toll the article walks back and says so ("révisé à la baisse et est tombé à 97 morts,
        # contre 115"): a new, lower count, not an old one kept in circulation (the drop rule's note)
        revises = yes_no(w["revises"])
        candidates &= ~revises
        if revises.any() and (grace < params["grace_days"]).any():
            # (nor, days after the event, another toll of the article that walks it back: its headline's
            # "plus de 1 000" beside the body's revision "à plus de 1 201" states the revised count)
            candidates &= ~(pd.Series(docs).isin(set(docs[revises].tolist())).to_numpy() & (grace < params["grace_days"]))
    rivals = (adopted["attributed"].to_numpy(dtype=bool), adopted["origin"].to_numpy()) \
        if params.get("rival_count_in_article") and candidates.any() else None
    out: dict[int, list[tuple[int, int, int]]] = {}
    for block, members in block_members(keys, distinct(keys[candidates])).items():
        triples = []
        for p in members[candidates[members]]:
            earlier = members[days[members] <= days[p] - grace[p]]
            newest = earlier[np.argmax(values[earlier])]
            if abs(values[newest] - values[p]) <= max(slack[newest], slack[p]):
                continue  # "plus de 1,9 million" after "près de deux millions": the newest figure, within its rounding
            same = members[(days[members] <= days[newest]) & (docs[members] != docs[p])
                           & (np.abs(values[members] - values[p]) <= np.maximum(slack[members], slack[p]))]
            if len(same) and rivals is not None and rivals[1][p] and (rivals[1][same] == rivals[1][p]).any() \
                    and _rival_told(members, p, values[newest] - slack[newest], docs, values, *rivals):
                continue  # its originator's count held, a higher one from another originator beside it (series-r224)
            if len(same):
                triples.append((int(same[0]), int(newest), int(p)))
        if triples:
            out[block] = triples
    return out


def _rival_told(members: np.ndarray, p: int, floor: float, docs, values, attributed, origin) -> bool:
    """Does figure p, credited, stand in an article that also credits to another originator a figure of
    its block at least `floor` high (`rival_count_in_article`)? Asked of the few stale candidates."""
    from checker.rules.taxonomy import one_originator

    return bool(attributed[p]) and any(
        r != p and docs[r] == docs[p] and attributed[r] and origin[r] and origin[p]
        and not one_originator(str(origin[r]), str(origin[p])) and values[r] >= floor for r in members.tolist())


def cached_stale_triples(claims: Claims, w: pd.DataFrame, params: dict) -> dict[int, list[tuple[int, int, int]]]:
    """`stale_triples` of the running totals and their word-for-word repeats (`with_repeats`: the
    positions index that table), computed once per run and parameters: the drop rule asks for them
    too (an old figure repeated is stale, not a fall)."""
    key = ("stale_triples", repr(sorted(params.items())))
    if key not in claims.cache:
        claims.cache[key] = stale_triples(with_repeats(claims, w), params)
    return claims.cache[key]


def shared_sentences(claims: Claims) -> np.ndarray:
    """The sentence codes that two articles or more share (usually none), computed once per run."""
    if "shared_sentences" not in claims.cache:
        work = claims.work
        code = "sentence" + CODE
        if code not in work.columns or work.empty:
            claims.cache["shared_sentences"] = np.zeros(0, dtype=np.int64)
        else:
            sentences = work[code].to_numpy().astype(np.int64) + 1  # (a missing sentence's code, -1, stays >= 0)
            docs = work["doc" + CODE].to_numpy().astype(np.int64) + 1
            # one integer per (sentence, article): a 1-d unique, not a 2-d one over pairs
            span = int(docs.max()) + 1
            first = distinct(sentences * span + docs) // span
            claims.cache["shared_sentences"] = distinct(first[np.r_[False, first[1:] == first[:-1]]]) - 1
    return claims.cache["shared_sentences"]


def with_repeats(claims: Claims, w: pd.DataFrame) -> pd.DataFrame:
    """The running totals `w`, and the figures of later articles that repeat one of them word for
    word (`_verbatim_repeats`) as figures of its claim. Computed once per run."""
    entry = claims.cache.get("stale_table")
    if entry is None or entry[0] is not w:
        entry = claims.cache["stale_table"] = (w, _verbatim_repeats(claims.work, w, shared_sentences(claims)))
    return entry[1]


def _verbatim_repeats(work: pd.DataFrame, w: pd.DataFrame, shared: np.ndarray) -> pd.DataFrame:
    """A sentence of an earlier report run again word for word in a later article ("Les puissantes
    explosions qui ont secoué mardi le port de Beyrouth ont fait 27 morts" in October; "Helene Death
    Toll Is 23 and Rising" in January) repeats that report's toll, whatever the late copy's own
    reading makes of it: read alone, it may name no place ("Helene Death Toll Is 23"), date its
    event to another Tuesday, or count no event at all. Each such figure (same value, measure and
    group as a running total of the earlier sentence, in another article published on a later
    day) is added to `w` as a figure of that total's claim (its anchor, place, basis). A sentence
    shared by two articles is a copy; a full sentence does not recur by chance."""
    code = "sentence" + CODE
    if w.empty or code not in work.columns or code not in w.columns:
        return w
    sentences = work[code].to_numpy()
    # only sentences that two articles share: usually none, so the rest is skipped
    if not len(shared):
        return w
    known = w[w["anchor"].notna().to_numpy() & np.isin(w[code].to_numpy(), shared)]
    if known.empty:
        return w
    text = work["sentence"].to_numpy()
    kdoc, kpub = known["doc"].to_numpy(), known["pub"].to_numpy()
    first: dict[tuple, int] = {}
    for i, (s, v, m, g, day) in enumerate(zip(known[code].to_numpy(), known["value"].to_numpy(), known["measure"].to_numpy(),
                                              known["group"].to_numpy(), kpub)):
        k = (int(s), float(v), m, g)
        if k not in first or day < kpub[first[k]]:
            first[k] = i
    rows = np.nonzero(np.isin(sentences, shared) & (text != "") & work["is_flow"].to_numpy())[0]
    added, sources = [], []
    values, measures, groups, pubs, wdocs = (work[c].to_numpy() for c in ("value", "measure", "group", "pub", "doc"))
    for r in rows.tolist():
        k = (int(sentences[r]), float(values[r]), measures[r], groups[r])
        i = first.get(k)
        if i is None or kdoc[i] == wdocs[r] or not pubs[r] > kpub[i]:
            continue
        added.append(r)
        sources.append(i)
    if not added:
        return w
    extra = work.iloc[added].copy()
    src = known.iloc[sources]
    for c in ("anchor", "place", "place" + CODE, "basis", "basis" + CODE, "start_year", "event_toll"):
        if c in src.columns:
            extra[c] = src[c].to_numpy()
    extra["label"] = work.index.to_numpy()[added]
    return pd.concat([w, extra[[c for c in w.columns if c in extra.columns]]], ignore_index=True)


def find(claims: Claims, params: dict) -> list[Hit]:
    from checker.rules.kinds.running_total_drop import running_totals

    w, _ = running_totals(claims)  # the running-total rule already notes undated figures
    triples_by_block = cached_stale_triples(claims, w, params)
    w = with_repeats(claims, w)
    index = w["label"].to_numpy()  # a record may stand in two views (running_totals)
    work = claims.work
    hits, seen = [], set()
    for triples in triples_by_block.values():
        involved = sorted({q for t in triples for q in t})
        positions = sorted({int(index[q]) for q in involved})
        if tuple(positions) in seen:
            continue
        seen.add(tuple(positions))
        claim = claim_of(work, positions[0], window=False)
        claim["since"] = claim_of(work, positions[0])["period_start"]
        event = w["event_toll"].to_numpy(dtype=bool) if "event_toll" in w.columns else np.zeros(len(w), dtype=bool)
        days = min(params.get("event_grace_days", params["grace_days"]), params["grace_days"]) \
            if all(event[t[2]] for t in triples) else params["grace_days"]
        message = (f"A later article repeats a running total ({claim_words(claim)}) that a higher figure had "
                   f"already superseded at least {days} days before: {describe(work, positions)}.")
        hits.append(Hit(positions=positions, message=message, claim=claim))
    if params.get("verbatim_current_counts"):
        hits += _verbatim_counts(claims, w, params, {int(index[q]) for t in triples_by_block.values() for tr in t for q in tr})
    return hits


CURRENT_DAYS = 7  # a count whose window ends at most this long before its report is that report's own


def _verbatim_counts(claims: Claims, w: pd.DataFrame, params: dict, named: set) -> list[Hit]:
    """`verbatim_current_counts`: a figure of a later article whose sentence an earlier article printed
    word for word, with the same value, measure and group, where the earlier figure is a count of
    its report's days, is stale when a higher running total of its measure and group, at its place
    or one nested in it, was published after the earlier report, within ADOPT_WITHIN_DAYS of it and
    at least `grace_days` before the repeat. The earlier figure may be a count no running total of
    the batch ties to an event (`_verbatim_repeats` cannot adopt it) or a toll tied to one whose
    block (`STALE_KEY`: exact place, event day, basis) holds no later toll: the later reports told
    the event at the country, or dated it otherwise ("Le nouveau bilan humain est de 11 morts" read
    in Tuscany on the day after the wreck, the later 13 and 17 in Italy on its night; rules-r239).
    A repeat `stale_triples` already named is left to it (`named`)."""
    from checker.normalise.places import places_nested

    work = claims.work
    code = "sentence" + CODE
    if w.empty or code not in work.columns:
        return []
    sentences, docs = work[code].to_numpy(), work["doc" + CODE].to_numpy()
    shared = shared_sentences(claims)
    if not len(shared):
        return []
    text = work["sentence"].to_numpy()
    rows = np.nonzero(np.isin(sentences, shared) & (text != "") & work["is_flow"].to_numpy()
                      & np.isnan(work["part_of"].to_numpy(dtype=float)) & ~np.isnan(work["pub"].to_numpy(dtype=float)))[0]
    if len(rows) < 2:
        return []
    labels = work.index.to_numpy()
    values, measure, group, place = (work[c].to_numpy() for c in ("value", "measure", "group", "place"))
    pub, pe, ps = work["pub"].to_numpy(dtype=float), work["pe"].to_numpy(dtype=float), work["ps"].to_numpy(dtype=float)
    cumulative = work["cumulative"].to_numpy(dtype=bool)
    w_rows = w[w["anchor"].notna().to_numpy()]
    wv, wm, wg, wp, wpub, wlab = (w_rows[c].to_numpy() for c in ("value", "measure", "group", "place", "pub", "label"))
    w_event = w_rows["event_toll"].to_numpy(dtype=bool)
    slack_w = np.maximum(rounding_slack(wv, w_rows["place_value"].to_numpy(), params["rounding_cap"]), 0.5)
    by_key: dict[tuple, list[int]] = {}
    for r in rows[np.argsort(pub[rows], kind="stable")].tolist():
        by_key.setdefault((int(sentences[r]), float(values[r]), measure[r], group[r]), []).append(r)
    hits, seen = [], set()
    for members in by_key.values():
        first = members[0]
        if not place[first] or np.isnan(pe[first]) or pe[first] < pub[first] - CURRENT_DAYS:
            continue
        # a day's count (or the report's default window) is superseded by a later toll of the event; a
        # count over a span ("250 civils tués en une dizaine de jours") by no running total
        day_count = not np.isnan(ps[first]) and pe[first] - ps[first] <= 2
        if not (day_count or cumulative[first]):
            continue
        for r in members[1:]:
            if docs[r] == docs[first] or not pub[r] > pub[first] or labels[r] in named:
                continue
            higher = np.nonzero((wm == measure[first]) & (wg == group[first]) & (wpub >= pub[first])
                                & (wpub <= pub[first] + ADOPT_WITHIN_DAYS) & (wpub <= pub[r] - params["grace_days"])
                                & (wv > values[first] * (1 + params["min_gap"])) & (wv - slack_w > values[first])
                                & (w_event | bool(cumulative[first])))[0]
            higher = [k for k in higher.tolist() if wp[k] and places_nested(wp[k], place[first])]
            if not higher:
                continue
            newest = max(higher, key=lambda k: (wv[k], -wpub[k]))
            positions = sorted({int(labels[first]), int(wlab[newest]), int(labels[r])})
            if tuple(positions) in seen:
                continue
            seen.add(tuple(positions))
            claim = claim_of(work, int(labels[first]), window=False)
            claim["since"] = None
            message = (f"A later article repeats word for word an earlier report's count ({claim_words(claim)}), which a "
                       f"higher figure had already superseded at least {params['grace_days']} days before: "
                       f"{describe(work, positions)}.")
            hits.append(Hit(positions=positions, message=message, claim=claim))
    return hits


def _grace(w: pd.DataFrame, params: dict) -> np.ndarray:
    """Per figure, how long before it a newer figure must have been published to count as known:
    `event_grace_days` for one event's toll (`event_toll`), `grace_days` for a total since a start."""
    grace = np.full(len(w), float(params["grace_days"]))
    event_grace = min(params.get("event_grace_days", params["grace_days"]), params["grace_days"])
    if "event_toll" in w.columns and event_grace < params["grace_days"]:
        grace[w["event_toll"].to_numpy(dtype=bool)] = event_grace
    return grace


def _known_max(keys: np.ndarray, days: np.ndarray, values: np.ndarray, grace) -> np.ndarray:
    """For each figure, the highest figure of its block published at least `grace` days before it."""
    return earlier_extreme(keys, days, values, "max", at=np.asarray(days, dtype=float) - grace, inclusive=True)


# A repeat links a toll to an earlier event only within half a year: small tolls of two events
# in one place coincide by chance over an archive's years (5 dead in a 2020 quake, 5 in a 2023
# flood), and that is no stale figure. A stale copy runs weeks or a few months after the event.
ADOPT_WITHIN_DAYS = 183


def _repeats_adopted(w: pd.DataFrame, days, values, docs, slack) -> pd.DataFrame:
    """A toll that is the first report of its event day but repeats, in another article, the figure
    an earlier report gave for the same measure, group and place is read as a report of that
    earlier event: "Le séisme de vendredi a fait 820 morts" run again two months later dates its
    quake to another Friday, but the 820 is September's. The repeat is the link, so a toll that
    repeats nothing keeps its own event (Wednesday's strike is not Monday's)."""
    if "event_toll" not in w.columns or not w["event_toll"].any():
        return w
    ev = np.nonzero(w["event_toll"].to_numpy())[0]
    anchor = w["anchor"].to_numpy().copy()
    keyed = [c for c in STALE_KEY] + [c + CODE for c in STALE_KEY if c + CODE in w.columns]
    tolls = w[keyed].iloc[ev]  # the key columns only: the whole table was copied twice here
    block = key_codes(tolls, STALE_KEY)
    first_day = pd.Series(days[ev]).groupby(block).transform("min").to_numpy().copy()
    undated = pd.isna(anchor[ev])
    first_day[undated] = days[ev][undated]  # a toll of an undated event is the first report of its own
    same_claim = key_codes(tolls, ["measure", "group", "place", "basis"])
    ev_days = days[ev]
    firsts = np.nonzero(ev_days == first_day)[0]
    owner, near = _half_year_before(same_claim, ev_days, firsts)
    # each first report is compared only with the tolls of its own claim published in the half
    # year before it (comparing with every toll of the claim grew with the square of the
    # archive); the tests that do not depend on the anchors run on all those pairs at once
    p, cand = ev[firsts[owner]], ev[near]
    keep = (docs[cand] != docs[p]) & (np.abs(values[cand] - values[p]) <= np.maximum(slack[cand], slack[p])) & ~undated[near]
    owner, cand = owner[keep], cand[keep]
    # the anchors change as first reports are re-anchored, and a later first report may repeat
    # one re-anchored before it: that part runs in table order, over the few pairs left
    changed = False
    bounds = np.r_[0, np.flatnonzero(np.diff(owner)) + 1, len(owner)] if len(owner) else np.zeros(1, dtype=np.int64)
    for start, end in zip(bounds[:-1].tolist(), bounds[1:].tolist()):
        p = ev[firsts[owner[start]]]
        best, best_day = None, None
        for c in cand[start:end].tolist():  # by day, ties in table order: the first latest wins
            if anchor[c] != anchor[p] and (best is None or days[c] > best_day):
                best, best_day = c, days[c]
        if best is not None:
            anchor[p] = anchor[best]
            changed = True
    return w.assign(anchor=anchor) if changed else w


def _half_year_before(claim: np.ndarray, days: np.ndarray, firsts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each first report (`firsts`, positions), the tolls of its claim published in the
    ADOPT_WITHIN_DAYS before its day (not on it): pairs (index into `firsts`, toll position),
    by first report, then by the toll's day (ties in table order)."""
    order = np.lexsort((days, claim))  # by claim, then day; stable, so ties keep table order
    starts = np.r_[0, np.flatnonzero(np.diff(claim[order])) + 1]
    ends = np.r_[starts[1:], len(order)]
    lo, hi = np.zeros(len(firsts), dtype=np.int64), np.zeros(len(firsts), dtype=np.int64)
    by_claim = np.argsort(claim[firsts], kind="stable")
    f_claims = claim[firsts][by_claim]
    cuts = np.r_[0, np.flatnonzero(np.diff(f_claims)) + 1, len(by_claim)]
    group_of = {int(claim[order[s]]): (s, e) for s, e in zip(starts.tolist(), ends.tolist())}
    for a, b in zip(cuts[:-1].tolist(), cuts[1:].tolist()):  # one claim at a time
        which = by_claim[a:b]
        s, e = group_of[int(f_claims[a])]
        g_days = days[order[s:e]]
        d = days[firsts[which]]
        lo[which] = s + np.searchsorted(g_days, d - ADOPT_WITHIN_DAYS, side="left")
        hi[which] = s + np.searchsorted(g_days, d, side="left")
    counts = np.maximum(hi - lo, 0)
    owner = np.repeat(np.arange(len(firsts)), counts)
    offset = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    return owner, order[np.repeat(lo, counts) + offset]
