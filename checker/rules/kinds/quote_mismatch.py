"""Kind `quote_mismatch`: one speaker's statement carried with different figures.

When AFP's French copy quotes Kerry on "20 personnes tuées" and CNN quotes him on "20 people
killed", the numbers must be equal: a translation or a transcription changed the figure
otherwise. Matched on the speaker (surname or organisation), the measure, the group, the place
(as extracted), the window (when both give one) and publication dates a few days apart at most. Intervals are compared without any
rounding allowance: a quote is quoted, not estimated.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from checker.rules.claims import CODE, Claims, _column, key_codes
from checker.rules.kinds._common import (
    PAIRWISE_LIMIT, _located, block_members, claim_of, claim_words, column, describe, focus_keys, in_focus,
)
from checker.rules.model import Hit

DEFAULTS = {"max_days": 3, "needs_quotation_marks": True}
PARAMS = {
    "max_days": {"type": "integer", "minimum": 0, "description": "two reports of the statement must be published at most this many days apart"},
    "needs_quotation_marks": {"type": "boolean", "description": "at least one of the two figures must stand inside a quotation"},
}


def find(claims: Claims, params: dict) -> list[Hit]:
    work = claims.work
    rows = np.nonzero((column(work, "speaker") != "") & ~np.isnan(column(work, "pub")))[0]
    if not len(rows):
        return []
    # Reports of one statement are published within `max_days` of each other: block on the
    # speaker, the measure and a bucket of days, each figure also sitting in the next bucket.
    span = params["max_days"] + 1
    bucket = np.floor(column(work, "pub")[rows] / span)
    twice = np.r_[rows, rows]  # each figure twice: in its bucket, then in the next
    w = _Doubled(work, twice)
    keys = key_codes(w.codes, ["speaker", "measure", "group", "place", np.r_[bucket, bucket + 1]])
    lo, hi = w["lo"], w["hi"]
    n = keys.max() + 1
    max_lo, min_hi = np.full(n, -np.inf), np.full(n, np.inf)
    np.maximum.at(max_lo, keys, lo)
    np.minimum.at(min_hi, keys, hi)
    docs, quoted = w["doc"], w["quoted"].astype(bool)
    pub, ps, pe = w["pub"], w["ps"], w["pe"]
    groups, places = w["group"], w["place"]
    index = w.index
    lang = work["lang"].to_numpy()
    found: dict[tuple, Hit] = {}
    if params["needs_quotation_marks"]:  # a quoted figure must be one side of the conflict
        q_lo, q_hi = np.full(n, -np.inf), np.full(n, np.inf)
        np.maximum.at(q_lo, keys[quoted], lo[quoted])
        np.minimum.at(q_hi, keys[quoted], hi[quoted])
        wanted = np.nonzero((q_lo > min_hi) | (max_lo > q_hi))[0]
    else:
        wanted = np.nonzero(max_lo > min_hi)[0]
    for _, members in block_members(keys, in_focus(wanted, focus_keys(w.codes, keys))).items():
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
        claim["speaker"] = w["speaker"][involved[0]]
        langs = sorted({str(x) for x in lang[_located(work, positions)] if x})
        message = (f"The same statement by {claim['speaker']} carries different figures "
                   f"({claim_words(claim)}{'; languages ' + ', '.join(langs) if len(langs) > 1 else ''}): "
                   f"{describe(work, positions)}.")
        found.setdefault(tuple(positions), Hit(positions=positions, message=message, claim=claim))
    return list(found.values())



# What the blocks and the pair tests read: `_Doubled` takes these columns only. Copying the
# whole work table twice over (800k speakers at a million records) cost more than the tests.
_KEYS = ("speaker", "measure", "group", "place")
_READ = ("speaker", "measure", "group", "place", "lo", "hi", "doc", "quoted", "pub", "ps", "pe")


class _Doubled(dict):
    """Columns of `work.iloc[twice]` as arrays, with `index` (the work-table labels) and `codes`, a
    table of the key codes `prepare` made (and the focus column) for `key_codes` and `focus_keys`.
    Arrays, not a DataFrame: pandas would turn the text columns into string columns, and reading
    one back as an array converts every string again."""

    def __init__(self, work: pd.DataFrame, twice: np.ndarray):
        super().__init__({c: work[c].to_numpy()[twice] for c in _READ})
        self.index = work.index.to_numpy()[twice]
        # the key columns as `prepare` coded them (as object text if a table comes without codes)
        keyed = [c + CODE if c + CODE in work.columns else c for c in _KEYS] + [c for c in ("focus",) if c in work.columns]
        self.codes = pd.DataFrame({c: _column(work[c].to_numpy()[twice]) for c in keyed})

