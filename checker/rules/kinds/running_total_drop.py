"""Kind `running_total_drop`: a running total ("depuis 2011") that falls between reporting dates.

A toll counted since a fixed start can only grow. Figures are compared within one claim
(measure, group, place, start year) and one origin, ordered by publication date, never by
article order. A later figure whose whole interval lies below an earlier one's is a drop. When
the two figures rest on different bases (documented vs estimated), the fall is a change of
method, reported as information.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from checker.rules.claims import Claims, key_codes, widened
from checker.rules.kinds._common import (
    EPOCH, block_members, claim_of, claim_words, describe, earlier_extreme_in, focus_keys, focus_rows, undated_note,
)
from checker.rules.model import Hit

DEFAULTS = {"rounding_cap": 0.05, "drop_tolerance": 0.005, "basis_change_severity": "info", "bound_more_than": True}
PARAMS = {
    "rounding_cap": {"type": "number", "minimum": 0, "maximum": 0.5, "description": "most a rounded figure may be off, as a share of it"},
    "drop_tolerance": {"type": "number", "minimum": 0, "maximum": 0.5, "description": "a fall smaller than this share of the earlier figure is ignored"},
    "bound_more_than": {"type": "boolean", "description": "read 'plus de 270.000' as 270,001 to 280,000 (one rounding step above), not as unbounded, so that 'plus de 300.000' followed by 'plus de 200.000' is a fall"},
    "basis_change_severity": {"enum": ["info", "warning", "error"], "description": "severity when the figures rest on different bases (documented, estimated, identified)"},
}


def running_totals(claims: Claims) -> tuple[pd.DataFrame, list[Hit]]:
    """Dated running totals of flows, and a note about the undated ones (shared with `stale_figure`)."""
    if "running_totals" not in claims.cache:
        claims.cache["running_totals"] = _running_totals(claims)
    w, note = claims.cache["running_totals"]
    return w, list(note)


def _running_totals(claims: Claims) -> tuple[pd.DataFrame, list[Hit]]:
    work = claims.work
    totals = (work["cumulative"] & work["is_flow"]).to_numpy()
    undated = totals & work["pub"].isna().to_numpy()
    note = undated_note(work, undated, "running totals")
    w = work[totals & ~undated].copy()
    w["start_year"] = _year(w["ps"].to_numpy())  # "depuis 2011" and "depuis mars 2011" agree
    return w, note


def _year(days: np.ndarray) -> np.ndarray:
    """Calendar year of day numbers (NaN stays NaN)."""
    out = np.full(len(days), np.nan)
    known = ~np.isnan(days)
    dates = EPOCH + days[known].astype("int64").astype("timedelta64[D]")
    out[known] = dates.astype("datetime64[Y]").astype("int64") + 1970
    return out


def _bounded_top(w: pd.DataFrame, hi_t: np.ndarray) -> np.ndarray:
    """'More than N' read as N+1 to N+g, g the rounding step of N kept within 2 %-15 % of N.

    Who writes "plus de 270.000" has a figure between 270,000 and the next round step in mind
    (domain research, section 4); reading it as unbounded would hide every fall.
    """
    lo = w["lo"].to_numpy()
    open_top = np.isinf(hi_t) & np.isfinite(lo)
    if not open_top.any():
        return hi_t
    base = np.abs(w["value"].to_numpy())
    step = np.clip(w["place_value"].to_numpy(), np.maximum(1, 0.02 * base), np.maximum(5, 0.15 * base))
    return np.where(open_top, base + step, hi_t)


def find_drops(w: pd.DataFrame, key_columns: list[str], params: dict) -> dict[int, list[tuple[int, int]]]:
    """Per block, (earlier, later) positions where the later total lies wholly below the earlier."""
    if w.empty:
        return {}
    lo_t, hi_t = widened(w, params["rounding_cap"])
    if params.get("bound_more_than", True):
        hi_t = _bounded_top(w, hi_t)
    keys = key_codes(w, key_columns)
    days = w["pub"].to_numpy()
    prev_max_lo = earlier_extreme_in(keys, days, lo_t, "max", focus_rows(keys, focus_keys(w, keys)))
    dropped = hi_t < prev_max_lo * (1 - params["drop_tolerance"])
    out: dict[int, list[tuple[int, int]]] = {}
    for block, members in block_members(keys, np.unique(keys[dropped])).items():
        order = members[np.lexsort((lo_t[members], days[members]))]
        best = None  # the earlier figure with the highest lower bound so far
        pairs = []
        i = 0
        while i < len(order):
            j = i
            while j < len(order) and days[order[j]] == days[order[i]]:
                j += 1
            same_day = order[i:j]
            if best is not None:
                for p in same_day:
                    if hi_t[p] < lo_t[best] * (1 - params["drop_tolerance"]):
                        pairs.append((int(best), int(p)))
            for p in same_day:
                if best is None or lo_t[p] > lo_t[best]:
                    best = p
            i = j
        if pairs:
            out[block] = pairs
    return out


def find(claims: Claims, params: dict) -> list[Hit]:
    from checker.rules.kinds import stale_figure

    w, hits = running_totals(claims)
    index = w.index.to_numpy()
    base = ["measure", "group", "place", "start_year", "origin"]
    drops = find_drops(w, base + ["basis"], params)
    if drops:  # an old figure repeated is stale, not a fall: leave it to the stale-figure rule
        stale = {t[2] for triples in stale_figure.stale_triples(w, stale_figure.DEFAULTS).values() for t in triples}
        drops = {b: [(a, p) for a, p in pairs if p not in stale] for b, pairs in drops.items()}
    for pairs in drops.values():
        if pairs:
            hits.append(_hit(w, index, pairs, None, "fell"))
    basis = w["basis"].to_numpy()
    for pairs in find_drops(w, base, params).values():
        changed = [(a, b) for a, b in pairs if basis[a] != basis[b]]
        if changed:
            hits.append(_hit(w, index, changed, params["basis_change_severity"], "basis"))
    return hits


def _hit(w, index, pairs, severity, why) -> Hit:
    involved = sorted({p for pair in pairs for p in pair})
    positions = [int(index[p]) for p in involved]
    claim = claim_of(w, positions[0], window=False)
    claim["since"] = claim_of(w, positions[0])["period_start"]
    claim["origin"] = w["origin"].to_numpy()[involved[0]] or None
    if why == "basis":
        bases = sorted({str(w["basis"].to_numpy()[p] or "unstated") for p in involved})
        message = (f"The running total ({claim_words(claim)}) falls between reports, but the figures rest on "
                   f"different bases ({', '.join(bases)}): a change of method, not a fall: {describe(w, positions)}.")
    else:
        since = f", since {claim['since']}" if claim.get("since") else ""
        message = (f"A running total that can only grow falls between reporting dates ({claim_words(claim)}{since}): "
                   f"{describe(w, positions)}.")
    return Hit(positions=positions, message=message, claim=claim, severity=severity)
