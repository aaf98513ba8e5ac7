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

from checker.rules.claims import Claims, key_codes, rounding_slack
from checker.rules.kinds._common import (
    block_members, claim_of, claim_words, describe, earlier_extreme, focus_keys, focus_rows,
)
from checker.rules.model import Hit

DEFAULTS = {"grace_days": 14, "min_gap": 0.02, "rounding_cap": 0.05}
PARAMS = {
    "grace_days": {"type": "integer", "minimum": 0, "description": "a newer figure counts as known only this many days after it was published"},
    "min_gap": {"type": "number", "minimum": 0, "maximum": 1, "description": "the newer figure must exceed the repeated one by at least this share"},
    "rounding_cap": {"type": "number", "minimum": 0, "maximum": 0.5, "description": "most a rounded figure may be off, as a share of it (for 'the same figure')"},
}
STALE_KEY = ["measure", "group", "place", "start_year", "basis"]


def stale_triples(w: pd.DataFrame, params: dict) -> dict[int, list[tuple[int, int, int]]]:
    """Per block, (repeated, superseding, stale) positions in `w` (running totals with dates)."""
    if w.empty:
        return {}
    keys = key_codes(w, STALE_KEY)
    days = w["pub"].to_numpy()
    values = w["value"].to_numpy()
    docs = w["doc"].to_numpy()
    slack = np.maximum(rounding_slack(values, w["place_value"].to_numpy(), params["rounding_cap"]), 0.5)
    rows = focus_rows(keys, focus_keys(w, keys))  # with drafts: only their blocks
    if rows is None:
        known = _known_max(keys, days, values, params["grace_days"])
    else:
        known = np.full(len(keys), np.nan)
        if len(rows):
            known[rows] = _known_max(keys[rows], days[rows], values[rows], params["grace_days"])
    candidates = values < known * (1 - params["min_gap"])
    out: dict[int, list[tuple[int, int, int]]] = {}
    for block, members in block_members(keys, np.unique(keys[candidates])).items():
        triples = []
        for p in members[candidates[members]]:
            earlier = members[days[members] <= days[p] - params["grace_days"]]
            newest = earlier[np.argmax(values[earlier])]
            same = members[(days[members] <= days[newest]) & (docs[members] != docs[p])
                           & (np.abs(values[members] - values[p]) <= np.maximum(slack[members], slack[p]))]
            if len(same):
                triples.append((int(same[0]), int(newest), int(p)))
        if triples:
            out[block] = triples
    return out


def find(claims: Claims, params: dict) -> list[Hit]:
    from checker.rules.kinds.running_total_drop import running_totals

    w, _ = running_totals(claims)  # the running-total rule already notes undated figures
    index = w.index.to_numpy()
    hits = []
    for triples in stale_triples(w, params).values():
        involved = sorted({q for t in triples for q in t})
        positions = [int(index[q]) for q in involved]
        claim = claim_of(w, positions[0], window=False)
        claim["since"] = claim_of(w, positions[0])["period_start"]
        message = (f"A later article repeats a running total ({claim_words(claim)}) that a higher figure had "
                   f"already superseded at least {params['grace_days']} days before: {describe(w, positions)}.")
        hits.append(Hit(positions=positions, message=message, claim=claim))
    return hits


def _known_max(keys: np.ndarray, days: np.ndarray, values: np.ndarray, grace: int) -> np.ndarray:
    """For each figure, the highest figure of its block published at least `grace` days before it."""
    return earlier_extreme(keys, days, values, "max", at=np.asarray(days, dtype=float) - grace, inclusive=True)
