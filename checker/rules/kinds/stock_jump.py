"""Kind `stock_jump`: a population estimate that jumps implausibly between reporting dates.

A stock (people living in, besieged in, in need in an area) is counted on a day. A besieged
area does not grow by a quarter in five months; it can empty fast (flight, evacuation), so
falls get a wider allowance than growth. Stocks are only ever compared with the same stock
measure: never with deaths or other flows.
"""
from __future__ import annotations

import numpy as np

from checker.rules.claims import Claims, key_codes, widened
from checker.rules.kinds._common import (
    distinct,
    PAIRWISE_LIMIT, block_members, claim_of, claim_words, describe, earlier_extreme_in, focus_keys, focus_rows,
    undated_note,
)
from checker.rules.model import Hit

DEFAULTS = {"max_growth": 0.10, "max_drop": 0.5, "max_gap_days": 365, "rounding_cap": 0.05, "vague_is_floor": True,
            "rising_measures": ["refugees", "in_need"], "beside_displaced_is_floor": True,
            "rising_falls_one_origin": False}
PARAMS = {
    "max_growth": {"type": "number", "minimum": 0, "description": "largest rise allowed between the edges of two estimates, as a share of the earlier"},
    "max_drop": {"type": "number", "minimum": 0, "maximum": 1, "description": "largest fall allowed between the edges of two estimates, as a share of the earlier"},
    "max_gap_days": {"type": "integer", "minimum": 1, "description": "estimates further apart than this are not compared (populations do move)"},
    "rounding_cap": {"type": "number", "minimum": 0, "maximum": 0.5, "description": "most a rounded figure may be off, as a share of it"},
    "vague_is_floor": {"type": "boolean", "description": "a vague estimate ('tens of thousands of residents', 'des milliers d'habitants') sets no ceiling: a later, larger figure is no growth from it"},
    "beside_displaced_is_floor": {"type": "boolean", "description": "a count of residents given in one sentence with the displaced the same place shelters ('Goma abritait environ un million d'habitants et plus de 700.000 déplacés') counts the residents apart from them: no ceiling for a later figure of everyone there"},
    "rising_falls_one_origin": {"type": "boolean", "description": "a fall of a rising stock (`rising_measures`) is compared within one origin only: another body's assessment of the people in need ('Some 15,000 people are still in need of shelter or food', the regional agency, a week after the UN's 70,000 in need of immediate aid) counts on its own criteria, as a new assessment that counts more does"},
    "rising_measures": {"type": "array", "items": {"type": "string"}, "description": "stocks that a crisis swells between reports (refugees who keep crossing, the people in need a new assessment counts): only their falls are jumps"},
}


def find(claims: Claims, params: dict) -> list[Hit]:
    work = claims.work
    stocks = work["is_stock"].to_numpy()
    undated = stocks & work["pub"].isna().to_numpy()
    hits = undated_note(work, undated, "population figures")
    w = work[stocks & ~undated]
    if w.empty:
        return hits
    lo_t, hi_t = widened(w, params["rounding_cap"])
    if params.get("vague_is_floor", True):
        # "Tens of thousands of residents ... awaited help" and the city's 780,000: some of them, no
        # estimate of the whole that a later figure could outgrow
        hi_t = np.where(w["qualifier"].to_numpy() == "vague", np.inf, hi_t)
    if params.get("beside_displaced_is_floor", True):
        hi_t = np.where(_beside_displaced(work, w), np.inf, hi_t)
    rising_measure = w["measure"].isin(params.get("rising_measures") or ()).to_numpy()
    keys = key_codes(w, ["measure", "group", "place"])
    # a rising stock's two figures credited to two bodies are two assessments, not one that fell
    credited = w["attributed"].to_numpy(dtype=bool) & rising_measure if params.get("rising_falls_one_origin") else None
    origin = w["origin"].astype(str).to_numpy() if credited is not None and credited.any() else None
    days = w["pub"].to_numpy()
    drop = 1 - params["max_drop"]
    # "some 740,000 people have fled to neighbouring countries" (July 2023), "more than 1.6 million"
    # (February 2024): refugees keep crossing and a new assessment counts more in need; only a fall
    # of such a stock is implausible
    grow = np.where(rising_measure, np.inf, 1 + params["max_growth"])
    rows = focus_rows(keys, focus_keys(w, keys))  # with drafts: only their blocks
    prev_min_hi = earlier_extreme_in(keys, days, hi_t, "min", rows)
    prev_max_lo = earlier_extreme_in(keys, days, lo_t, "max", rows)
    rising = np.isinf(grow)
    flagged = (~rising & (lo_t > prev_min_hi * np.where(rising, 1.0, grow))) | (hi_t < prev_max_lo * drop)
    index = w.index.to_numpy()
    for _, members in block_members(keys, distinct(keys[flagged])).items():
        pairs = _jumps(members, days, lo_t, hi_t, float(grow[members[0]]), drop, params["max_gap_days"])
        if origin is not None:
            pairs = [(a, b) for a, b in pairs if not (credited[a] and credited[b] and origin[a] != origin[b])]
        if not pairs:
            continue
        involved = sorted({p for pair in pairs for p in pair})
        positions = [int(index[p]) for p in involved]
        claim = claim_of(w, positions[0], window=False)
        rises = any(lo_t[b] > hi_t[a] for a, b in pairs)
        direction = "grows" if rises else "falls"
        message = (f"The population estimate ({claim_words(claim)}) {direction} implausibly between reporting dates, "
                   f"beyond what rounding explains: {describe(w, positions, limit=6)}.")
        hits.append(Hit(positions=positions, message=message, claim=claim,
                        details={"direction": direction}))
    return hits


def _jumps(members, days, lo_t, hi_t, grow, drop, max_gap) -> list[tuple[int, int]]:
    order = members[np.argsort(days[members], kind="stable")]
    pairs = []
    if len(order) <= PAIRWISE_LIMIT:
        # every (earlier, later) pair at once, as a matrix [later, earlier]; np.nonzero walks it
        # row by row, so pairs come in the order of a loop over later, then earlier, figures
        d, lo, hi = days[order], lo_t[order], hi_t[order]
        gap = d[:, None] - d[None, :]
        jump = (lo[:, None] > hi[None, :] * grow) | (hi[:, None] < lo[None, :] * drop)
        before = np.tri(len(order), k=-1, dtype=bool)  # earlier in the sorted order
        later, earlier = np.nonzero(before & ~((gap <= 0) | (gap > max_gap)) & jump)
        return [(int(order[e]), int(order[l])) for l, e in zip(later, earlier)]
    low_rec = high_rec = None  # running extremes: earlier record with the lowest top / highest bottom
    for p in order:
        for e in (low_rec, high_rec):
            if e is not None and 0 < days[p] - days[e] <= max_gap and (lo_t[p] > hi_t[e] * grow or hi_t[p] < lo_t[e] * drop):
                pairs.append((int(e), int(p)))
        if low_rec is None or hi_t[p] < hi_t[low_rec]:
            low_rec = p
        if high_rec is None or lo_t[p] > lo_t[high_rec]:
            high_rec = p
    return pairs


def _beside_displaced(work, w) -> np.ndarray:
    """Residents whose sentence also counts the displaced or refugees of the same place ("Goma
    abritait environ un million d'habitants et plus de 700.000 déplacés"): the residents apart from
    the people the place shelters (acc-r78)."""
    out = np.zeros(len(w), dtype=bool)
    residents = (w["measure"].to_numpy() == "residents")
    if not residents.any():
        return out
    sheltered = work[work["measure"].isin(("displaced", "refugees")).to_numpy()]
    if sheltered.empty:
        return out
    keys = set(zip(sheltered["doc"], sheltered["sentence"], sheltered["place"]))
    for k in np.nonzero(residents)[0]:
        out[k] = (w["doc"].iat[k], w["sentence"].iat[k], w["place"].iat[k]) in keys
    return out
