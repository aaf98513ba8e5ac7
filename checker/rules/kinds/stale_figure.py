"""Kind `stale_figure`: a later article repeats a running total the batch had already superseded.

"Plus de 270.000 morts" in November is not false when 300,000 was published in October, but it
is out of date. A figure is stale when a higher total for the same claim and basis had been
published at least `grace_days` earlier. Figures credited to a different named source are
left alone (that source's own series may lag), and outright falls are the running-total rule's.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from checker.rules.claims import Claims, key_codes, widened
from checker.rules.kinds._common import block_members, claim_of, claim_words, describe
from checker.rules.kinds.running_total_drop import _bounded_top, running_totals
from checker.rules.model import Hit

DEFAULTS = {"grace_days": 14, "min_gap": 0.02, "rounding_cap": 0.05}
PARAMS = {
    "grace_days": {"type": "integer", "minimum": 0, "description": "a newer figure counts as known only this many days after it was published"},
    "min_gap": {"type": "number", "minimum": 0, "maximum": 1, "description": "the newer figure must exceed the repeated one by at least this share"},
    "rounding_cap": {"type": "number", "minimum": 0, "maximum": 0.5, "description": "most a rounded figure may be off, as a share of it"},
}


def find(claims: Claims, params: dict) -> list[Hit]:
    w, _ = running_totals(claims)  # the running-total rule already notes undated figures
    if w.empty:
        return []
    index = w.index.to_numpy()
    keys = key_codes(w, ["measure", "group", "place", "start_year", "basis"])
    days = w["pub"].to_numpy()
    values = w["value"].to_numpy()
    known = _known_max(keys, days, values, params["grace_days"])
    stale = values < known * (1 - params["min_gap"])
    lo_t, hi_t = widened(w, params["rounding_cap"])
    hi_t = _bounded_top(w, hi_t)  # as the running-total rule reads "plus de N", so the two never overlap
    origin = w["origin"].to_numpy()
    attributed = w["attributed"].to_numpy()
    basis = w["basis"].to_numpy()
    hits = []
    for _, members in block_members(keys, np.unique(keys[stale])).items():
        order = members[np.argsort(days[members], kind="stable")]
        pairs = []
        for p in order[stale[order]]:
            earlier = order[days[order] <= days[p] - params["grace_days"]]
            newest = earlier[np.argmax(values[earlier])]
            if attributed[p] and origin[p] != origin[newest]:
                continue  # credited to another source, whose own series may lag
            if origin[p] == origin[newest] and basis[p] == basis[newest] and hi_t[p] < lo_t[newest]:
                continue  # a fall, not a repetition: the running-total rule reports it
            pairs.append((int(newest), int(p)))
        if not pairs:
            continue
        involved = sorted({q for pair in pairs for q in pair})
        positions = [int(index[q]) for q in involved]
        claim = claim_of(w, positions[0], window=False)
        claim["since"] = claim_of(w, positions[0])["period_start"]
        message = (f"A later article repeats a running total ({claim_words(claim)}) that a higher figure had "
                   f"already superseded at least {params['grace_days']} days before: {describe(w, positions)}.")
        hits.append(Hit(positions=positions, message=message, claim=claim))
    return hits


def _known_max(keys: np.ndarray, days: np.ndarray, values: np.ndarray, grace: int) -> np.ndarray:
    """For each figure, the highest figure of its block published at least `grace` days before it."""
    frame = pd.DataFrame({"k": keys, "d": days, "v": values, "pos": np.arange(len(keys))})
    per_day = frame.groupby(["k", "d"], sort=True)["v"].max().reset_index()
    per_day["best"] = per_day.groupby("k")["v"].cummax()
    probe = frame.assign(d=frame["d"] - grace).sort_values("d")
    merged = pd.merge_asof(probe, per_day[["k", "d", "best"]].sort_values("d"), on="d", by="k", direction="backward")
    out = np.full(len(keys), np.nan)
    out[merged["pos"].to_numpy()] = merged["best"].to_numpy(dtype=float)
    return out
