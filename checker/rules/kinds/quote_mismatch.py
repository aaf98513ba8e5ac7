"""Kind `quote_mismatch`: one speaker's statement carried with different figures.

When AFP's French copy quotes Kerry on "20 personnes tuées" and CNN quotes him on "20 people
killed", the numbers must be equal: a translation or a transcription changed the figure
otherwise. Matched on the speaker (surname or organisation), the measure, a compatible group
and place, and statement dates a few days apart at most. Intervals are compared without any
rounding allowance: a quote is quoted, not estimated.
"""
from __future__ import annotations

import numpy as np

from checker.rules.claims import Claims, compatible_places, key_codes
from checker.rules.kinds._common import block_members, claim_of, claim_words, describe
from checker.rules.model import Hit
from checker.rules.taxonomy import group_ancestors

DEFAULTS = {"max_days": 3, "needs_quotation_marks": True}
PARAMS = {
    "max_days": {"type": "integer", "minimum": 0, "description": "two reports of the statement must be published at most this many days apart"},
    "needs_quotation_marks": {"type": "boolean", "description": "at least one of the two figures must stand inside a quotation"},
}


def find(claims: Claims, params: dict) -> list[Hit]:
    work = claims.work
    spoken = (work["speaker"] != "").to_numpy()
    w = work[spoken]
    if w.empty:
        return []
    keys = key_codes(w, ["speaker", "measure"])
    lo, hi = w["lo"].to_numpy(), w["hi"].to_numpy()
    n = keys.max() + 1
    max_lo, min_hi = np.full(n, -np.inf), np.full(n, np.inf)
    np.maximum.at(max_lo, keys, lo)
    np.minimum.at(min_hi, keys, hi)
    docs, quoted = w["doc"].to_numpy(), w["quoted"].to_numpy()
    pub, ps, pe = w["pub"].to_numpy(), w["ps"].to_numpy(), w["pe"].to_numpy()
    groups, places = w["group"].to_numpy(), w["place"].to_numpy()
    index = w.index.to_numpy()
    hits = []
    for _, members in block_members(keys, np.nonzero(max_lo > min_hi)[0]).items():
        pairs = []
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if docs[a] == docs[b] or not (lo[a] > hi[b] or lo[b] > hi[a]):
                    continue
                if params["needs_quotation_marks"] and not (quoted[a] or quoted[b]):
                    continue
                if np.isnan(pub[a]) or np.isnan(pub[b]) or abs(pub[a] - pub[b]) > params["max_days"]:
                    continue
                if groups[a] not in group_ancestors(groups[b]) and groups[b] not in group_ancestors(groups[a]):
                    continue
                if places[a] and places[b] and not compatible_places(places[a], places[b]):
                    continue
                if not (np.isnan(ps[a]) or np.isnan(ps[b]) or np.isnan(pe[a]) or np.isnan(pe[b])):
                    if ps[a] > pe[b] or ps[b] > pe[a]:
                        continue  # the speaker spoke of two different periods
                pairs.append((int(a), int(b)))
        if not pairs:
            continue
        involved = sorted({p for pair in pairs for p in pair})
        positions = [int(index[p]) for p in involved]
        claim = claim_of(w, positions[0])
        claim["speaker"] = w["speaker"].to_numpy()[involved[0]]
        langs = sorted({str(x) for x in w.loc[positions, "lang"] if x})
        message = (f"The same statement by {claim['speaker']} carries different figures "
                   f"({claim_words(claim)}{'; languages ' + ', '.join(langs) if len(langs) > 1 else ''}): "
                   f"{describe(w, positions)}.")
        hits.append(Hit(positions=positions, message=message, claim=claim))
    return hits
