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
    distinct,
    PAIRWISE_LIMIT, _located, claim_of, claim_words, column, describe, focus_keys, in_focus,
)
from checker.rules.model import Hit

DEFAULTS = {"max_days": 3, "needs_quotation_marks": True, "compare_parts": False, "update_may_grow": False, "compare_bodies_with_tolls": True}
PARAMS = {
    "max_days": {"type": "integer", "minimum": 0, "description": "two reports of the statement must be published at most this many days apart"},
    "needs_quotation_marks": {"type": "boolean", "description": "at least one of the two figures must stand inside a quotation"},
    "update_may_grow": {"type": "boolean", "description": "a toll (a flow) the speaker is reported (not quoted) giving higher in a report from another wire (or none), published the same day or later, is the speaker's next statement, not this one changed (a ministry's « entre 200 et 300 », then its 500 that evening); two copies of one wire are still compared, and a lower figure after a higher one still is"},
    "compare_bodies_with_tolls": {"type": "boolean", "description": "compare a count of bodies or identified victims (basis documented or identified) with the speaker's figures on another basis; off: a statement that gives the bodies collected so far and the toll it expects (\"We have already collected around 50,000 dead bodies. We anticipate there will be between 100,000 and 200,000 dead\") carries two figures, not one changed"},
    "compare_parts": {"type": "boolean", "description": "compare a figure the article gives as a part of a whole (part_of) with the speaker's other figures; off: a statement that breaks its toll down (38 at the station, 12 in hospital, of 50) carries several figures, not rival versions of one"},
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
    quoted = w["quoted"]
    index = w.index
    lang = work["lang"].to_numpy()
    speaker = work["speaker"].to_numpy()
    if params["needs_quotation_marks"]:  # a quoted figure must be one side of the conflict
        q_lo, q_hi = np.full(n, -np.inf), np.full(n, np.inf)
        np.maximum.at(q_lo, keys[quoted], lo[quoted])
        np.minimum.at(q_hi, keys[quoted], hi[quoted])
        wanted = np.nonzero((q_lo > min_hi) | (max_lo > q_hi))[0]
    else:
        wanted = np.nonzero(max_lo > min_hi)[0]
    wanted = in_focus(wanted, focus_keys(w.codes, keys))
    is_anchor = (quoted if params["needs_quotation_marks"] else np.ones(len(keys), dtype=bool)) \
        & ((lo > min_hi[keys]) | (hi < max_lo[keys]))
    found: dict[tuple, Hit] = {}
    for _, involved in sorted(_involved(w, keys, wanted, is_anchor, params).items()):
        positions = [int(index[p]) for p in involved]
        at = _located(work, positions)
        claim = claim_of(work, positions[0])
        claim["speaker"] = speaker[at[0]]
        langs = sorted({str(x) for x in lang[at] if x})
        message = (f"The same statement by {claim['speaker']} carries different figures "
                   f"({claim_words(claim)}{'; languages ' + ', '.join(langs) if len(langs) > 1 else ''}): "
                   f"{describe(work, positions)}.")
        found.setdefault(tuple(positions), Hit(positions=positions, message=message, claim=claim))
    return list(found.values())


def _involved(w: "_Doubled", keys: np.ndarray, wanted: np.ndarray, is_anchor: np.ndarray, params: dict) -> dict[int, list[int]]:
    """Per wanted block, the figures of the pairs that contradict each other (sorted positions).

    Each anchor (a quoted figure outside the block's common range) is paired with every figure
    of its block. The pairs of all blocks up to PAIRWISE_LIMIT figures are built and tested at
    once in numpy: 24,000 blocks at a million records, each a Python loop of numpy calls on a
    few dozen figures, were most of this kind's time. A busier block (a speaker cited hundreds
    of times in a few days) is cut to its anchors and its extremes first.
    """
    mask = np.isin(keys, wanted)
    pos = np.nonzero(mask)[0]
    pos = pos[np.argsort(keys[mask], kind="stable")]  # by block, positions ascending within one
    block_keys, starts, sizes = np.unique(keys[pos], return_index=True, return_counts=True)
    small = sizes <= PAIRWISE_LIMIT
    # the small blocks: each anchor with every figure of its block
    in_small = np.repeat(small, sizes)
    anchor_at = np.nonzero(in_small & is_anchor[pos])[0]  # indexes into `pos`
    block_of = np.repeat(np.arange(len(block_keys)), sizes)[anchor_at]
    counts = sizes[block_of]
    first = np.repeat(starts[block_of], counts)
    offset = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    a, b = np.repeat(pos[anchor_at], counts), pos[first + offset]
    block = np.repeat(block_keys[block_of], counts)
    # the busy blocks, cut down as they always were
    for key, start, size in zip(block_keys[~small], starts[~small], sizes[~small]):
        members = pos[start:start + size]
        anchors = members[is_anchor[members]]
        lo, hi = w["lo"], w["hi"]
        members = distinct(np.concatenate([anchors[:PAIRWISE_LIMIT // 2],
                                            members[np.argsort(lo[members])[-PAIRWISE_LIMIT // 4:]],
                                            members[np.argsort(hi[members])[:PAIRWISE_LIMIT // 4]]]))
        anchors = (members[w["quoted"][members]] if params["needs_quotation_marks"] else members)[:PAIRWISE_LIMIT]
        a = np.r_[a, np.repeat(anchors, len(members))]
        b = np.r_[b, np.tile(members, len(anchors))]
        block = np.r_[block, np.full(len(anchors) * len(members), key)]
    ok = _contradict(w, a, b, params["max_days"], params.get("compare_parts", DEFAULTS["compare_parts"]))
    if not params.get("compare_bodies_with_tolls", True) and len(a):
        ok &= w["floor"][a] == w["floor"][b]  # the bodies collected so far and the toll expected: two figures
    if params.get("update_may_grow") and len(a):
        ok &= ~_updated(w, a, b)
    block, figure = np.r_[block[ok], block[ok]], np.r_[a[ok], b[ok]]
    if not len(block):
        return {}
    order = np.lexsort((figure, block))
    block, figure = block[order], figure[order]
    new = np.r_[True, (block[1:] != block[:-1]) | (figure[1:] != figure[:-1])]
    block, figure = block[new], figure[new]
    out: dict[int, list[int]] = {}
    for k, f in zip(block.tolist(), figure.tolist()):
        out.setdefault(k, []).append(f)
    return out


def _contradict(w: "_Doubled", a: np.ndarray, b: np.ndarray, max_days: int, compare_parts: bool = True) -> np.ndarray:
    """Whether figure `a` and figure `b` (arrays of positions) are one statement with two figures:
    two articles, disjoint intervals (no rounding allowance), published at most `max_days`
    apart, the same group, and not two known, different windows (two different periods)."""
    lo, hi, pub, ps, pe = w["lo"], w["hi"], w["pub"], w["ps"], w["pe"]
    ok = (a != b) & (w.doc[a] != w.doc[b]) & ((lo[a] > hi[b]) | (lo[b] > hi[a]))
    ok &= np.abs(pub[b] - pub[a]) <= max_days
    ok &= w.group[a] == w.group[b]
    if not compare_parts and "part_of" in w:
        ok &= np.isnan(w["part_of"][a]) & np.isnan(w["part_of"][b])  # the items of a breakdown, not versions of the whole
    known_end = ~np.isnan(pe[b])
    both_starts = known_end & ~np.isnan(ps[b]) & ~np.isnan(ps[a])
    differs = np.where(both_starts, (ps[b] != ps[a]) | (pe[b] != pe[a]), known_end & (pe[b] != pe[a]))
    return ok & ~(~np.isnan(pe[a]) & differs)


def _updated(w: "_Doubled", a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Whether the pair is one speaker's toll given again, higher, in a later statement: two flows
    from different wires (or none), the higher one (its floor above the other's ceiling) reported,
    not quoted, and published the same day as the lower one or after it. A quote against a quote
    (Kerry's 20 in French, 30 in English) is one statement in two copies."""
    lo, hi, pub, wire = w["lo"], w["hi"], w["pub"], w["wire"]
    a_lower = hi[a] < lo[b]
    low, high = np.where(a_lower, a, b), np.where(a_lower, b, a)
    grows = (hi[low] < lo[high]) & (pub[low] <= pub[high]) & ~w["quoted"][high]
    one_wire = (wire[a] != "") & (wire[a] == wire[b])
    return grows & w["is_flow"][a] & w["is_flow"][b] & ~one_wire


# What the blocks and the pair tests read: `_Doubled` takes these columns only. Copying the
# whole work table twice over (800k speakers at a million records) cost more than the tests.
_KEYS = ("speaker", "measure", "group", "place")
_READ = ("lo", "hi", "quoted", "pub", "ps", "pe")
_READ_IF_ANY = {"wire": "", "is_flow": False}  # what `update_may_grow` reads


class _Doubled(dict):
    """Columns of `work.iloc[twice]` as arrays, with `index` (the work-table labels), `doc` and
    `group` as integer codes (equal codes, equal text) and `codes`, a table of the key codes
    `prepare` made (and the focus column) for `key_codes` and `focus_keys`. Arrays, not a
    DataFrame: pandas would turn text columns into string columns, and reading one back as an
    array converts every string again."""

    def __init__(self, work: pd.DataFrame, twice: np.ndarray):
        super().__init__({c: work[c].to_numpy()[twice] for c in _READ})
        for c, default in _READ_IF_ANY.items():
            self[c] = work[c].to_numpy()[twice] if c in work.columns else np.full(len(twice), default, dtype=object)
        self["wire"] = np.array([x if isinstance(x, str) else "" for x in self["wire"]], dtype=object)
        self["is_flow"] = self["is_flow"].astype(bool)
        if "part_of" in work.columns:
            self["part_of"] = pd.to_numeric(work["part_of"], errors="coerce").to_numpy(dtype=float)[twice]
        self["quoted"] = self["quoted"].astype(bool)
        self["floor"] = work["basis"].isin(("documented", "identified")).to_numpy()[twice] if "basis" in work.columns \
            else np.zeros(len(twice), dtype=bool)
        self.index = work.index.to_numpy()[twice]
        self.doc, self.group = (_codes(work, c)[twice] for c in ("doc", "group"))
        # the key columns as `prepare` coded them (as object text if a table comes without codes)
        keyed = [c + CODE if c + CODE in work.columns else c for c in _KEYS] + [c for c in ("focus",) if c in work.columns]
        self.codes = pd.DataFrame({c: _column(work[c].to_numpy()[twice]) for c in keyed})


def _codes(work: pd.DataFrame, name: str) -> np.ndarray:
    """The integer codes `prepare` made for a text column (made here if the table has none)."""
    if name + CODE in work.columns:
        return work[name + CODE].to_numpy()
    return pd.factorize(work[name].to_numpy(), use_na_sentinel=False)[0]
