"""Kind `subwindow_exceeds_window`: a toll over a short window above the toll over a longer one.

"54 killed in the last 24 hours" cannot exceed "103 killed since Tuesday" when the 24 hours
fall inside the days since Tuesday. Windows come from the records (period_start, period_end,
resolved against the publication date), never from where the sentences stand in the article.
Compared within one article (or one origin's copy), where the two figures count the same dead.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from checker.rules.claims import CODE, Claims, ceilings, key_codes, widened
from checker.rules.kinds._common import (
    distinct,
    PAIRWISE_LIMIT, block_members, two_events, claim_of, claim_words, days_words, describe, focus_keys, in_focus, iso, no_whole, side_by_side,
)
from checker.rules.model import Hit

DEFAULTS = {"rounding_cap": 0.05, "compare_within": "article", "vague_is_floor": True, "min_ratio": 0.0,
            "default_window_contains": True, "standing_by_default": []}
PARAMS = {
    "rounding_cap": {"type": "number", "minimum": 0, "maximum": 0.5, "description": "most a rounded figure may be off, as a share of it"},
    "compare_within": {"enum": ["article", "origin"], "description": "compare windows inside one article, or across the articles of one origin"},
    "vague_is_floor": {"type": "boolean", "description": "a vague toll over the longer window ('dozens of wounded') sets no ceiling for the shorter one (identified or documented counts never do)"},
    "min_ratio": {"type": "number", "minimum": 0, "maximum": 1, "description": "a toll over the longer window smaller than this share of the shorter window's is another scope ('a combined three deaths' in two other regions against the country's 205), not the same count"},
    "default_window_contains": {"type": "boolean", "description": "a toll over [publication - 1 day, publication], the window the extractor gives a flow whose sentence and paragraph give no time, contains a one-day toll of the same article; false: that window is too likely a default to contain anything"},
    "standing_by_default": {"type": "array", "items": {"type": "string"}, "description": "measures whose figure with the default window (no time in its sentence or paragraph) is the count standing at publication, not a count of its last day: no shorter window ('le bilan officiel fait toujours état de ... cinq disparus' against 'trois personnes portées disparues depuis mardi', the missing of one car among them)"},
}


def find(claims: Claims, params: dict) -> list[Hit]:
    work = claims.work
    eligible = (work["is_flow"] & work["ps"].notna() & work["pe"].notna()).to_numpy()
    w = work[eligible]
    if w.empty:
        return []
    lo_t, hi_t = widened(w, params["rounding_cap"])
    # The toll over the longer window is the whole: a part of a toll ("Two of the dead", "12 des
    # blessés") is nobody's whole, and a floor (documented, identified, vague) sets no ceiling.
    hi_t = np.where(w["part_of"].notna().to_numpy(), np.inf, ceilings(w, hi_t, params["vague_is_floor"]))
    # "sept soldats tués dans une attaque, cinq autres morts dans un accident": counts side by side
    # in one sentence for one claim add up; neither is the total over its window
    hi_t = np.where(side_by_side(w), np.inf, hi_t)
    scope = "doc" if params["compare_within"] == "article" else "origin"
    keys = key_codes(w, [scope, "measure", "group", "place"])
    n = keys.max() + 1
    max_lo, min_hi = np.full(n, -np.inf), np.full(n, np.inf)
    np.maximum.at(max_lo, keys, lo_t)
    np.minimum.at(min_hi, keys, hi_t)
    ps, pe = w["ps"].to_numpy(), w["pe"].to_numpy()
    index = w.index.to_numpy()
    hits = []
    blocks = block_members(keys, in_focus(np.nonzero(max_lo > min_hi)[0], focus_keys(w, keys)))
    if blocks and "sentence" in w.columns:
        # "Dans les territoires occupés par les Russes, ... 13 disparus" this week, one side's count, or
        # an earlier time's: no longer window's toll that holds the article's other counts
        rows = distinct(np.concatenate([np.asarray(m) for m in blocks.values()]))
        hi_t = hi_t.copy()
        hi_t[rows[no_whole(w["sentence"].to_numpy()[rows])]] = np.inf
    found = _pairs(blocks, w, lo_t, hi_t, params)
    for key in blocks:
        pairs = found.get(key)
        if not pairs:
            continue
        involved = sorted({p for pair in pairs for p in pair})
        positions = [int(index[p]) for p in involved]
        short, long = pairs[0]
        claim = claim_of(w, int(index[long]))
        message = (f"A toll over a shorter window exceeds the toll over a window that contains it "
                   f"({claim_words({**claim, 'period_end': None})}; {days_words(iso(ps[short]), iso(pe[short]))} inside "
                   f"{days_words(iso(ps[long]), iso(pe[long]))}): "
                   f"{describe(w, positions)}.")
        hits.append(Hit(positions=positions, message=message, claim=claim))
    return hits


def _pairs(blocks: dict, w, lo_t, hi_t, params) -> dict[int, list[tuple[int, int]]]:
    """Per block, the (shorter, longer) pairs where the shorter window's toll exceeds the longer's,
    in the order a walk would find them (each figure of the block in turn as the shorter, against
    each figure as the longer). One article rarely holds more than PAIRWISE_LIMIT figures for one
    claim; a block is cut there. All pairs of all blocks are tested at once in numpy: 28,000
    blocks at a million records, walked pair by pair in Python, were most of this kind's time."""
    by_size: dict[int, list[int]] = {}
    for key, members in blocks.items():
        by_size.setdefault(min(len(members), PAIRWISE_LIMIT), []).append(key)
    parts = []
    for size, keys in by_size.items():
        i, j = np.divmod(np.arange(size * size), size)  # (0, 0), (0, 1), ... (1, 0), ...
        table = np.stack([blocks[k][:size] for k in keys])
        parts.append((table[:, i].ravel(), table[:, j].ravel(), np.repeat(keys, len(i)), np.tile(np.arange(len(i)), len(keys))))
    if not parts:
        return {}
    a, b, key, rank = (np.concatenate(x) for x in zip(*parts))
    ps, pe, pub = w["ps"].to_numpy(), w["pe"].to_numpy(), w["pub"].to_numpy()
    value = w["value"].to_numpy()
    inside = (ps[a] >= ps[b]) & (pe[a] <= pe[b]) & ~((ps[a] == ps[b]) & (pe[a] == pe[b]))
    if not params["default_window_contains"]:
        # "Three people were killed ... on Saturday" and, in a later paragraph with no time,
        # "Two security guards were killed": the day before publication is the default's slack,
        # not a window the article states
        doc = w["doc" + CODE].to_numpy() if "doc" + CODE in w.columns else pd.factorize(w["doc"].to_numpy())[0]
        inside &= ~((doc[a] == doc[b]) & (pe[b] == pub[b]) & (ps[b] == pub[b] - 1) & (pe[a] == ps[a]))
    # "Measles has killed more than 6,000 since the start of last year" and "Ebola, which has killed
    # 2,235 since August 2018": two running counts of one article from two stated starts count two
    # events (an article that restates one running count gives it one start), not one toll's windows
    if params.get("standing_by_default"):
        # "fait toujours état de 38 morts, dix blessés et cinq disparus": the missing still missing at
        # publication, of whatever day they went missing, not those of the day before it
        standing = w["measure"].isin(params["standing_by_default"]).to_numpy()
        inside &= ~(standing[a] & (pe[a] == pub[a]) & (ps[a] == pub[a] - 1))
    cum = w["cumulative"].to_numpy().astype(bool)
    doc_a = w["doc"].to_numpy()
    inside &= ~(cum[a] & cum[b] & (doc_a[a] == doc_a[b]) & (pe[a] == pub[a]) & (pe[b] == pub[b]) & (ps[a] != ps[b]))
    hit = inside & (lo_t[a] > hi_t[b])
    # "la rougeole a fait plus de 5.000 morts depuis janvier, deux fois plus que l'épidémie d'Ebola qui sévit
    # depuis août 2018 ... et qui a tué quelque 2.200 personnes": two epidemics' counts, not one toll's windows
    hit[hit] &= ~two_events(w, a[hit], b[hit])
    min_ratio = params.get("min_ratio") or 0.0
    if min_ratio:  # a longer window's toll this much smaller is another scope
        with np.errstate(divide="ignore", invalid="ignore"):
            hit &= ~((value[a] > 0) & (np.abs(value[b]) / value[a] < min_ratio))
    a, b, key, rank = a[hit], b[hit], key[hit], rank[hit]
    order = np.lexsort((rank, key))
    out: dict[int, list[tuple[int, int]]] = {}
    for k, x, y in zip(key[order].tolist(), a[order].tolist(), b[order].tolist()):
        out.setdefault(k, []).append((x, y))
    return out
