"""Kind `quote_mismatch`: one speaker's statement carried with different figures.

When AFP's French copy quotes Kerry on "20 personnes tuées" and CNN quotes him on "20 people
killed", the numbers must be equal: a translation or a transcription changed the figure
otherwise. Matched on the speaker (surname or organisation), the measure, the group, the place
(as extracted), the window (when both give one) and publication dates a few days apart at most. Intervals are compared without any
rounding allowance: a quote is quoted, not estimated.
"""
from __future__ import annotations

import numpy as np

from checker.rules.claims import Claims, key_codes
from checker.rules.kinds._common import (
    PAIRWISE_LIMIT, block_members, claim_of, claim_words, column, describe, focus_keys, in_focus,
)
from checker.rules.model import Hit

DEFAULTS = {"max_days": 3, "needs_quotation_marks": True}
PARAMS = {
    "max_days": {"type": "integer", "minimum": 0, "description": "two reports of the statement must be published at most this many days apart"},
    "needs_quotation_marks": {"type": "boolean", "description": "at least one of the two figures must stand inside a quotation"},
}


def find(claims: Claims, params: dict) -> list[Hit]:
    work = claims.work
    spoken = (work["speaker"] != "").to_numpy()
    w = work[spoken & work["pub"].notna().to_numpy()]
    if w.empty:
        return []
    # Reports of one statement are published within `max_days` of each other: block on the
    # speaker, the measure and a bucket of days, each figure also sitting in the next bucket.
    span = params["max_days"] + 1
    bucket = np.floor(w["pub"].to_numpy() / span)
    twice = np.r_[np.arange(len(w)), np.arange(len(w))]
    w = w.iloc[twice]  # each figure twice: in its bucket, then in the next
    keys = key_codes(w, ["speaker", "measure", "group", "place", np.r_[bucket, bucket + 1]])
    lo, hi = w["lo"].to_numpy(), w["hi"].to_numpy()
    n = keys.max() + 1
    max_lo, min_hi = np.full(n, -np.inf), np.full(n, np.inf)
    np.maximum.at(max_lo, keys, lo)
    np.minimum.at(min_hi, keys, hi)
    docs, quoted = w["doc"].to_numpy(), w["quoted"].to_numpy().astype(bool)
    pub, ps, pe = w["pub"].to_numpy(), w["ps"].to_numpy(), w["pe"].to_numpy()
    groups, places = w["group"].to_numpy(), w["place"].to_numpy()
    index = w.index.to_numpy()
    found: dict[tuple, Hit] = {}
    if params["needs_quotation_marks"]:  # a quoted figure must be one side of the conflict
        q_lo, q_hi = np.full(n, -np.inf), np.full(n, np.inf)
        np.maximum.at(q_lo, keys[quoted], lo[quoted])
        np.minimum.at(q_hi, keys[quoted], hi[quoted])
        wanted = np.nonzero((q_lo > min_hi) | (max_lo > q_hi))[0]
    else:
        wanted = np.nonzero(max_lo > min_hi)[0]
    for _, members in block_members(keys, in_focus(wanted, focus_keys(w, keys))).items():
        anchors = members[quoted[members]] if params["needs_quotation_marks"] else members
        anchors = anchors[(lo[anchors] > min_hi[keys[anchors]]) | (hi[anchors] < max_lo[keys[anchors]])]
        if len(members) > PAIRWISE_LIMIT:  # a speaker cited hundreds of times in a few days: extremes only
            members = np.unique(np.concatenate([anchors[:PAIRWISE_LIMIT // 2],
                                                members[np.argsort(lo[members])[-PAIRWISE_LIMIT // 4:]],
                                                members[np.argsort(hi[members])[:PAIRWISE_LIMIT // 4]]]))
            anchors = members[quoted[members]] if params["needs_quotation_marks"] else members
        pairs = []
        for a in anchors[:PAIRWISE_LIMIT]:  # one anchor against the whole block, in numpy
            m = members
            ok = (m != a) & (docs[m] != docs[a]) & ((lo[a] > hi[m]) | (lo[m] > hi[a]))
            ok &= np.abs(pub[m] - pub[a]) <= params["max_days"]
            ok &= groups[m] == groups[a]
            if not np.isnan(pe[a]):
                known_end = ~np.isnan(pe[m])
                both_starts = known_end & ~np.isnan(ps[m]) & (not np.isnan(ps[a]))
                differs = np.where(both_starts, (ps[m] != ps[a]) | (pe[m] != pe[a]), known_end & (pe[m] != pe[a]))
                ok &= ~differs  # two known, different windows: two different periods
            pairs += [(int(min(a, b)), int(max(a, b))) for b in m[ok]]
        if not pairs:
            continue
        involved = sorted({p for pair in pairs for p in pair})
        positions = [int(index[p]) for p in involved]
        claim = claim_of(work, positions[0])
        claim["speaker"] = column(w, "speaker")[involved[0]]
        langs = sorted({str(x) for x in work.loc[positions, "lang"] if x})
        message = (f"The same statement by {claim['speaker']} carries different figures "
                   f"({claim_words(claim)}{'; languages ' + ', '.join(langs) if len(langs) > 1 else ''}): "
                   f"{describe(work, positions)}.")
        found.setdefault(tuple(positions), Hit(positions=positions, message=message, claim=claim))
    return list(found.values())

