"""Kind `part_exceeds_whole`: a part larger than the whole it belongs to.

Two ways to know a figure is a part. Within one article, the extractor links "103, dont 17
enfants" (17 has part_of 103). Across the batch, the group taxonomy and the gazetteer say
that children are counted among civilians and people, and east Aleppo inside Aleppo: for the
same measure and the same window, the part's figure cannot exceed the whole's.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from checker.rules.claims import Claims, ceilings, rounding_slack, widened
from checker.rules.kinds._common import (
    distinct, rows_among,
    LaterTolls, block_members, claim_of, claim_words, describe, fmt_number, lang_of, no_whole, side_by_side, window_claims, windowed,
)
from checker.rules.model import Hit
from checker.rules.taxonomy import group_ancestors

DEFAULTS = {"rounding_cap": 0.05, "use_part_of": True, "across_groups_and_places": True, "vague_is_floor": True,
            "later_may_grow": False, "min_ratio": 0.0, "other_origin_severity": "warning", "untimed_totals_in_article": False,
            "restated_whole_ratio": 0.0}
PARAMS = {
    "restated_whole_ratio": {"type": "number", "minimum": 0, "maximum": 1, "description": "across articles, a whole its own article gives again at the part's place (or one holding it) is that place's count: a part above it by less than 1/ratio is two counts of one place that differ ('hits 236' for the country, 'at least 236 ... in Brazzaville', another outlet's 246 in Brazzaville), not a part above its whole; 0: only a restatement at a place that does not hold the part clears the pair"},
    "untimed_totals_in_article": {"type": "boolean", "description": "within one article, two running totals with no start of their own (cumulative, period_start unknown) of the same measure, group, event and end, one at a place inside the other's ('Le département le plus touché est celui de l'Artibonite, ... avec 617 décès au total' beside '1186 morts en Haïti depuis le début de l'épidémie'): the region's above every such total the article gives the place around it is a part above its whole; a lower one among the whole place's counts is no total to hold it"},
    "rounding_cap": {"type": "number", "minimum": 0, "maximum": 0.5, "description": "most a rounded figure may be off, as a share of it"},
    "use_part_of": {"type": "boolean", "description": "check 'dont N' parts against the total the article links them to"},
    "across_groups_and_places": {"type": "boolean", "description": "check sub-groups and sub-places against wholes for the same measure and window, across articles"},
    "vague_is_floor": {"type": "boolean", "description": "a vague whole ('des dizaines', 'dozens') sets no ceiling for a sub-group or sub-place figure (identified or documented counts never do)"},
    "later_may_grow": {"type": "boolean", "description": "across articles, a sub-group or sub-place toll reported on a later day than the whole, or the same day by another wire while the whole's count went past it later, is the count going on, not a part above its whole"},
    "min_ratio": {"type": "number", "minimum": 0, "maximum": 1, "description": "across groups and places, a whole smaller than this share of the part is another scope ('a combined three deaths' in two other regions), not the part's total; linked parts ('dont N') are always checked"},
    "other_origin_severity": {"enum": ["error", "warning", "info"], "description": "a sub-place or sub-group count above a wider one that no text links to it ('dont', 'including') and that comes from another origin (the UN's 22 in eastern Congo, a civil-society group's 25 in Bukavu): two counts that disagree, said at this severity"},
}


def find(claims: Claims, params: dict) -> list[Hit]:
    w = claims.work
    lo_t, hi_t = widened(w, params["rounding_cap"])
    pairs: list[tuple[int, int | None]] = []  # (part position, whole position or None)
    if params["use_part_of"]:
        pairs += _linked_parts(w, lo_t, params["rounding_cap"])
    linked = set(pairs)
    if params["across_groups_and_places"]:
        pairs += _nested_claims(w, lo_t, ceilings(w, hi_t, params["vague_is_floor"]), params, windowed(claims), claims.cache)
    if params.get("untimed_totals_in_article"):
        pairs += _untimed_totals(w, lo_t, ceilings(w, hi_t, params["vague_is_floor"]))
    origin = w["origin"].to_numpy() if "origin" in w.columns else None
    nested_only: dict = {}  # whole -> whether every part is tied to it by place or group alone, from another origin
    by_whole: dict = {}
    for part, whole in pairs:
        key = ("pos", whole) if whole is not None else ("value", w.at[part, "doc"], w.at[part, "part_of"])
        by_whole.setdefault(key, set()).add(part)
        if whole is not None:
            by_whole[key].add(whole)
            other = (part, whole) not in linked and origin is not None and origin[part] != origin[whole]
            nested_only[key] = nested_only.get(key, True) and other
    focus = w["focus"].to_numpy(dtype=bool) if "focus" in w.columns else None
    hits = []
    if params["across_groups_and_places"]:
        # "Storm kills 20 in Spain ... 15 dead in Valencia, 8 in Catalonia": places nest, and the
        # whole place's toll is below the sum of its parts' (none of them above it alone)
        flagged = {key[1] for key in by_whole if key[0] == "pos"}
        for parts, whole in _sum_of_parts(w, lo_t, ceilings(w, hi_t, params["vague_is_floor"]), params, windowed(claims)):
            if whole in flagged or (focus is not None and not focus[parts + [whole]].any()):
                continue
            claim = claim_of(w, whole)
            severity = params["other_origin_severity"] if origin is not None and any(origin[p] != origin[whole] for p in parts) else None
            total = sum(float(lo_t[p]) for p in parts)
            message = (f"The parts add up to more than their whole ({claim_words(claim)}): {describe(w, parts)}, "
                       f"{fmt_number(total, lang_of(w, whole))} in all, are counted within {describe(w, [whole], limit=1)}.")
            hits.append(Hit(positions=sorted(parts + [whole]), message=message, claim=claim, severity=severity))
    for key, members in by_whole.items():
        positions = sorted(members)
        if focus is not None and not focus[positions].any():
            continue  # no figure of a focus article (draft) among them
        if key[0] == "pos":
            whole = key[1]
            claim = claim_of(w, whole)
            total = describe(w, [whole], limit=1)
        else:
            claim = claim_of(w, positions[0])
            total = fmt_number(key[2], lang_of(w, positions[0])) + " (the total the article gives)"
        parts = [p for p in positions if key[0] != "pos" or p != key[1]]
        if nested_only.get(key):
            # no "dont" ties them: a narrower count from one source above a wider one from another
            message = (f"A narrower count is higher than a wider one from another source ({claim_words(claim)}): "
                       f"{describe(w, parts)} against {total}. Two sources counting differently, or one figure "
                       "is wrong: say whose each figure is.")
            hits.append(Hit(positions=positions, message=message, claim=claim, severity=params["other_origin_severity"]))
            continue
        message = (f"A part exceeds its whole ({claim_words(claim)}): {describe(w, parts)} "
                   f"is counted within {total}.")
        hits.append(Hit(positions=positions, message=message, claim=claim))
    return hits


def _untimed_totals(w: pd.DataFrame, lo_t: np.ndarray, hi_t: np.ndarray) -> list[tuple[int, int | None]]:
    """(part, whole) positions of one article's running totals with no start of their own (cumulative, no
    period_start: the window view never holds them), same measure, group, event and end, the part at a place
    inside the whole's and above the ceiling of the highest such total the article gives the whole's place:
    La Presse's Artibonite "avec 1617 décès au total" beside "1186 morts en Haïti depuis le début de
    l'épidémie" (haiti-cholera-2010, rules-r198). Each article asks its distinct places' ancestors once;
    only articles whose totals name two places or more are read: linear in the batch."""
    if not len(w) or "cumulative" not in w.columns:
        return []
    sel = (w["is_flow"].to_numpy(dtype=bool) & w["cumulative"].to_numpy(dtype=bool) & np.isnan(w["ps"].to_numpy(dtype=float))
           & ~np.isnan(w["pe"].to_numpy(dtype=float)) & w["place"].notna().to_numpy())
    rows = np.nonzero(sel)[0]
    if len(rows) < 2:
        return []
    from checker.normalise.places import place_ancestors

    event = w["event"].to_numpy()[rows] if "event" in w.columns else np.full(len(rows), "", dtype=object)
    sub = pd.DataFrame({"doc": w["doc"].to_numpy()[rows], "measure": w["measure"].to_numpy()[rows],
                        "group": w["group"].to_numpy()[rows], "pe": w["pe"].to_numpy(dtype=float)[rows],
                        "event": pd.Series(event, dtype=object).fillna("").to_numpy(), "place": w["place"].to_numpy()[rows],
                        "row": rows})
    sub = sub[sub["place"].astype(str) != ""]
    places_per = sub.groupby(["doc", "measure", "group", "pe", "event"], sort=False)["place"].transform("nunique")
    sub = sub[places_per.to_numpy() > 1]
    if sub.empty:
        return []
    is_part = w["part_of"].notna().to_numpy() if "part_of" in w.columns else np.zeros(len(w), dtype=bool)
    sentence = w["sentence"].to_numpy()
    index = w.index.to_numpy()
    out = []
    for _, block in sub.groupby(["doc", "measure", "group", "pe", "event"], sort=False):
        at: dict = {}
        for r, pl in zip(block["row"].tolist(), block["place"].tolist()):
            at.setdefault(pl, []).append(r)
        for pl, part_rows in at.items():
            around = [q for q in (place_ancestors(pl) or ())[1:] if q in at]
            if not around:
                continue
            part = max(part_rows, key=lambda r: lo_t[r])
            for q in around:
                wholes = [r for r in at[q] if not is_part[r]]
                if not wholes or any(isinstance(sentence[r], str) and sentence[r] and sentence[r] == sentence[part]
                                     for r in wholes):
                    continue  # "1186 morts ..., dont 617 dans l'Artibonite": siblings of one sentence
                # the article's total for the place around: its highest count ("3 333 morts officiellement"
                # beside the headline's "plus de 3 300"), held to that count's own ceiling
                whole = max(wholes, key=lambda r: (lo_t[r], -hi_t[r]))
                if lo_t[part] > hi_t[whole]:
                    out.append((int(index[part]), int(index[whole])))
                break  # the nearest place around it that the article counts
    return out


def _linked_parts(w: pd.DataFrame, lo_t: np.ndarray, cap: float) -> list[tuple[int, int | None]]:
    total = w["part_of"].to_numpy()
    has_total = ~np.isnan(total)
    if not has_total.any():
        return []
    slack = rounding_slack(np.nan_to_num(total), np.where(has_total, _place(total), 1), cap)
    bad = np.nonzero(has_total & (lo_t > total + slack))[0]
    out = []
    docs = w["doc"].to_numpy()
    values = w["value"].to_numpy()
    measures = w["measure"].to_numpy()
    for p in bad:
        same = np.nonzero((docs == docs[p]) & (values == total[p]))[0]
        same = [q for q in same if q != p]
        preferred = [q for q in same if measures[q] == measures[p]] or same
        out.append((int(w.index[p]), int(w.index[preferred[0]]) if preferred else None))
    return out


def _place(values: np.ndarray) -> np.ndarray:
    from checker.rules.claims import place_value

    return place_value(np.nan_to_num(values))


def _nested_claims(w: pd.DataFrame, lo_t: np.ndarray, hi_t: np.ndarray, params: dict | None = None,
                   subset: tuple[np.ndarray, pd.DataFrame] | None = None, cache: dict | None = None) -> list[tuple[int, int | None]]:
    """Sub-group or sub-place figures above the figure of their whole, same measure and window.

    `subset` is `windowed(claims)` when `w` is the run's work table: the eligible rows, copied
    once; `cache` is the run's `claims.cache` (see `shared_later_top`)."""
    from checker.normalise.places import place_ancestors

    if subset is None:
        eligible = ((w["is_flow"] & w["ps"].notna() & w["pe"].notna()) | (w["is_stock"] & w["ref"].notna())).to_numpy()
        sub = w[eligible]
    else:
        eligible, sub = subset
    if not eligible.any():
        return []
    k1, k2, codes = window_claims(sub, cache if subset is not None else None)
    lo, hi, pos = lo_t[eligible], hi_t[eligible], sub.index.to_numpy()
    params = params or {}
    is_part = sub["part_of"].notna().to_numpy() | side_by_side(sub)  # nor are counts side by side
    sentence_of = sub["sentence"].to_numpy() if "sentence" in sub.columns else None

    def ladder_pairs():
        """The ladder's (wholes, parts): a part's claim key below a whole's in the group and place ladders."""
        n = int(codes.max()) + 1
        part_lo, whole_hi = np.full(n, -np.inf), np.full(n, np.inf)
        np.maximum.at(part_lo, codes, lo)
        np.minimum.at(whole_hi, codes, hi)
        # one entry per claim key, as plain arrays (a table per call cost more than the join itself)
        first = np.unique(codes, return_index=True)[1]
        key = codes[first]
        k1_first, k2_first = k1[first], k2[first]
        part_lo_key, whole_hi_key = part_lo[key], whole_hi[key]
        # Every (group, place) with the wholes that contain it: children → civilians, people; east
        # Aleppo → Aleppo, Syria. Joined on integer codes, so a million figures join in a blink.
        g_codes, g_names = pd.factorize(sub["group"].to_numpy()[first])
        p_codes, p_names = pd.factorize(sub["place"].to_numpy()[first])
        g_of, p_of = {g: i for i, g in enumerate(g_names)}, {p: i for i, p in enumerate(p_names)}
        rows = []
        for gi, pi in set(zip(g_codes.tolist(), p_codes.tolist())):
            group, place = g_names[gi], p_names[pi]
            for g in group_ancestors(group) or (group,):
                for pl in place_ancestors(place) if place else ("",):
                    if (g, pl) != (group, place) and g in g_of and pl in p_of:
                        rows.append((gi, pi, g_of[g], p_of[pl]))
        if not rows:
            return [], []
        ladder = np.array(rows, dtype=np.int64)
        m_codes = pd.factorize(sub["measure"].to_numpy()[first])[0].astype(np.int64)
        k1_codes = pd.factorize(k1_first)[0].astype(np.int64)
        k2_codes = pd.factorize(k2_first)[0].astype(np.int64)
        dims = [len(g_names) + 1, len(p_names) + 1, int(k1_codes.max()) + 2, int(k2_codes.max()) + 2]

        def claim_id(m, g, p, k1, k2):
            """One integer per (measure, group, place, window) claim."""
            return (((m * dims[0] + g) * dims[1] + p) * dims[2] + k1) * dims[3] + k2

        ids = pd.Index(claim_id(m_codes, g_codes, p_codes, k1_codes, k2_codes))
        parts_rows, ladder_rows = [], []
        for li in range(len(ladder)):  # a few dozen rungs at most: one vectorised pass each
            sel = np.nonzero((g_codes == ladder[li, 0]) & (p_codes == ladder[li, 1]))[0]
            parts_rows.append(sel)
            ladder_rows.append(np.full(len(sel), li))
        part_idx = np.concatenate(parts_rows)
        rung = np.concatenate(ladder_rows)
        target = claim_id(m_codes[part_idx], ladder[rung, 2], ladder[rung, 3], k1_codes[part_idx], k2_codes[part_idx])
        whole_idx = ids.get_indexer(target)
        found = whole_idx >= 0
        part_idx, whole_idx = part_idx[found], whole_idx[found]
        bad = part_lo_key[part_idx] > whole_hi_key[whole_idx]
        part_keys, whole_keys = key[part_idx[bad]], key[whole_idx[bad]]
        if not len(part_keys):
            return [], []
        members = block_members(codes, distinct(np.concatenate([part_keys, whole_keys])))
        wholes, parts = [], []
        for part_key, whole_key in zip(part_keys.tolist(), whole_keys.tolist()):
            whole_rows = [r for r in members[int(whole_key)] if not is_part[r]]  # a part is nobody's whole
            if whole_rows and sentence_of is not None:
                # "six morts côté ukrainien", "Plus tôt dans la journée, deux personnes ont été tuées": one
                # side's count, or an earlier time's, is not the place's whole
                whole_rows = [r for r, one in zip(whole_rows, no_whole(sentence_of[whole_rows])) if not one]
            if not whole_rows:
                continue
            wholes.append(whole_rows[int(np.argmin(hi[whole_rows]))])
            parts.append(members[int(part_key)])
        return wholes, parts

    wholes, parts = ladder_pairs()
    # "At least 10 civilians have been killed ... in northern Burkina Faso" over an article whose one
    # attack is told in Bam province ("a local resident put the provisional death toll at nine"): the
    # lead places by its country the incident the article places inside it (`_coarse_leads`)
    coarse_parts, coarse_wholes = _coarse_leads(sub, k1, k2, hi, is_part, sentence_of)
    if not parts and not len(coarse_parts):
        return []
    doc, sentence = sub["doc"].to_numpy(), sub["sentence"].to_numpy()
    pub, value = sub["pub"].to_numpy(), sub["value"].to_numpy()
    wire = sub["wire"].to_numpy() if "wire" in sub.columns else np.full(len(sub), "", dtype=object)
    later_top = None
    if params.get("later_may_grow"):
        from checker.rules.kinds.intervals_disagree import _later_top, shared_later_top

        later_top = _later_top(sub, lo) if cache is None else shared_later_top(cache, sub, lo)
    # each part against its whole, all at once in numpy (170,000 pairs at a million records)
    part = np.concatenate(parts + [coarse_parts]).astype(np.int64)
    whole = np.concatenate([np.repeat(np.array(wholes, dtype=np.int64), [len(p) for p in parts]), coarse_wholes]).astype(np.int64)
    same_doc = doc[part] == doc[whole]
    # "killed 50 children and two teachers": figures side by side in one sentence are
    # siblings, not a part and its total (a real breakdown is linked through part_of)
    skip = same_doc & _truthy(sentence[part]) & (sentence[part] == sentence[whole])
    # "Gunman kills 19 children ... Two adults were also killed": a count told as an addition to
    # what the article counted before is nobody's whole, in its own article or another's ("Une
    # personne supplémentaire a également été tuée et 32 autres blessées près d'un autre centre":
    # no total of Gaza's wounded for another outlet's Rafah counts)
    skip |= _additive(sentence[whole])
    # "Eleven people ... were dead in Kalat" and, sentences later, "the military said 21 terrorists had
    # been killed, while 14 security personnel ... were martyred": in one article, a toll of people
    # counts an attack's victims, not the fighters or troops it counts apart in another sentence (a
    # text that puts them among the dead links them: "including 14 soldiers", checked as parts)
    group = sub["group"].to_numpy()
    skip |= same_doc & ~(sentence[part] == sentence[whole]) & np.isin(group[part], COMBATANT_GROUPS) \
        & (group[whole] == "people")
    # "89 soldats ont été tués" and "63 « terroristes » neutralisés": a count of the army's own dead is
    # no part of a count of fighters that no "dont" / "including" ties it to. The taxonomy puts soldiers
    # among the fighters (both bear arms), but copy that counts fighters apart from soldiers counts
    # the armed groups they fight (fa-r105); a linked part is still checked (`_linked_parts`)
    skip |= (group[part] == "soldiers") & (group[whole] == "fighters")
    if params.get("min_ratio"):
        with np.errstate(divide="ignore", invalid="ignore"):
            # "202 in Valencia" over "a combined three deaths" elsewhere: another scope
            skip |= (value[part] > 0) & (np.abs(value[whole]) / value[part] < params["min_ratio"])
    # "un homme d'une cinquantaine d'années s'est tué en sautant ... à Kurbin", "Un homme est mort frappé
    # par un tronc d'arbre": in one article, a count of one tells one person's death, not a place's
    # toll for the counts of other sentences (placed by the paragraph's places, Durrës county, Puerto Rico)
    skip |= same_doc & ~(sentence[part] == sentence[whole]) & (value[whole] == 1)
    with np.errstate(divide="ignore", invalid="ignore"):
        # "Roadside bombs kill 2 in Iraq" over the Baqouba paragraph's 30 dead of the same roundup: in one
        # article, a whole more than ten times smaller than a part of another sentence counts another
        # incident, not the place's toll (acc-r72)
        skip |= same_doc & ~(sentence[part] == sentence[whole]) & (value[part] > 0) \
            & (np.abs(value[whole]) / value[part] < SAME_ARTICLE_MIN_RATIO)
    if later_top is not None:
        p_pub, w_pub = pub[part], pub[whole]
        dated = ~same_doc & (p_pub == p_pub) & (w_pub == w_pub)
        # a province's toll on Monday above Saturday's national toll: the count went on
        skip |= dated & (p_pub > w_pub)
        # two outlets the same day, the national count passing the part later: one day's updates
        same_wire = _truthy(wire[part]) & (wire[part] == wire[whole])
        skip |= dated & (p_pub == w_pub) & ~same_wire & (later_top[whole] >= lo[part])
        if (ask := np.nonzero(~skip & dated & (p_pub == w_pub) & ~same_wire & (lo[part] > hi[whole]))[0]).size:
            # India's 150 and Kerala's "plus de 158" the same day, Wayanad's 249 the next: a later
            # toll of a place inside the whole's is a floor for the whole, which went on too
            later = LaterTolls(sub, lo)
            for i in ask.tolist():
                if later.top(int(whole[i])) >= lo[part[i]]:
                    skip[i] = True
    bad = ~skip & (lo[part] > hi[whole])
    if bad.any():
        # "36 deaths have been reported in Odisha and West Bengal" (placed in India, the area that
        # holds both) against "Telangana recorded around 200 deaths" in the same article: a whole
        # whose sentence names two or more places inside its own counts those places only, not a
        # part placed outside all of them
        places, langs = sub["place"].to_numpy(), sub["lang"].to_numpy() if "lang" in sub.columns else None
        for i in np.nonzero(bad & same_doc)[0]:
            if _listed_elsewhere(sentence[whole[i]], places[whole[i]], places[part[i]],
                                 langs[whole[i]] if langs is not None else None):
                bad[i] = False
        if (ask := np.nonzero(bad & same_doc)[0]).size:
            # "A total of 30 people died in the attacks" and, sentences later, "The assault killed 13 MSF
            # staff members and 10 patients" (placed by the country, the 30 of the lead by the province):
            # an article that gives its whole place's claim a count at or above the part has told its
            # whole; a smaller figure there is a breakdown it did not tie, not the place's total (series-r190)
            top: dict = {}
            for r in rows_among(doc, set(doc[whole[ask]].tolist())).tolist():
                k = (doc[r], int(codes[r]))
                if lo[r] > top.get(k, -np.inf):
                    top[k] = lo[r]
            for i in ask.tolist():
                if top.get((doc[whole[i]], int(codes[whole[i]])), -np.inf) >= lo[part[i]]:
                    bad[i] = False
        # two copies of one dispatch: "At least one person was killed and 130 injured in the latest
        # quake on Wednesday" in one, "Les répliques du séisme ont fait ... 130 blessés" (undated) in
        # the other. When the part's own article reports the whole's figure too, that article says
        # what the figure counts (its window, its place), and held there it contains no part
        measure = sub["measure"].to_numpy()
        # (only the rows of the articles asked about: a million rows hold a few of them; `np.isin` on
        # text compares each row with each article in turn, pandas hashes)
        mine = rows_among(doc, set(doc[part[bad]].tolist()))
        own = set(zip(doc[mine].tolist(), measure[mine].tolist(), value[mine].tolist()))
        for i in np.nonzero(bad)[0]:
            p, q = part[i], whole[i]
            if doc[p] != doc[q] and (doc[p], measure[q], value[q]) in own:
                bad[i] = False
        # "struck a southeastern Ukrainian city, killing at least three people and wounding 15" (placed in
        # Ukraine), then "the missiles killed at least three people and wounded 15" in Dnipro: a whole whose
        # own article gives its figure again at a place inside it, one that does not hold the part,
        # counts that place, told coarsely first; Vinnytsia's 71 wounded are no part of it (series-r152).
        # Told again at the part's own place (or one holding it), the whole is that place's count: "Death
        # toll from Congo blaze hits 236" over "rose to at least 236 ... in the capital, Brazzaville"
        # against another outlet's 246 in Brazzaville is two counts of one place, not a part above its
        # whole, where the part is not far above it (`restated_whole_ratio`); a place between them is a pair of
        # its own (series-r207)
        if bad.any():
            ratio = float((params or {}).get("restated_whole_ratio") or 0.0)
            told_at: dict = {}  # the places an article gives a count at (same measure, group and figure)
            mine = rows_among(doc, set(doc[whole[bad]].tolist()))
            for d, m, g, v, pl in zip(doc[mine].tolist(), measure[mine].tolist(), group[mine].tolist(), value[mine].tolist(),
                                      places[mine].tolist()):
                if isinstance(pl, str) and pl:
                    told_at.setdefault((d, m, g, v), set()).add(pl)
            for i in np.nonzero(bad)[0]:
                p, q = part[i], whole[i]
                wide, narrow = places[q], places[p]
                if not isinstance(wide, str) or not wide or not isinstance(narrow, str):
                    continue
                holds_part = set(place_ancestors(narrow) or (narrow,))
                # (across articles only: one article's headline below its body's count is its own slip, dev187;
                # and a part ten times the whole is still a slip)
                close = ratio > 0 and doc[p] != doc[q] and lo[p] * ratio <= hi[q]
                if any(pl != wide and wide in (place_ancestors(pl) or ()) and (close or pl not in holds_part)
                       for pl in told_at.get((doc[q], measure[q], group[q], value[q]), ())):
                    bad[i] = False
    return [(int(p), int(q)) for p, q in zip(pos[part[bad]], pos[whole[bad]])]


def _coarse_leads(sub: pd.DataFrame, k1: np.ndarray, k2: np.ndarray, hi: np.ndarray, is_part: np.ndarray,
                  sentence_of) -> tuple[np.ndarray, np.ndarray]:
    """(part rows, whole rows) where one article places an incident twice: by a wide place ("At least
    10 civilians have been killed in an attack ... in northern Burkina Faso") and by the one place
    inside it that its other figures of the measure and window name ("the village of Namssiguian in
    Bam province"; "A local resident put the provisional death toll at nine"). Places nest: a count
    of the wide place is no rival of the narrow one's, and in general no part of it; but where the
    article's figures of that window name one place inside the wide one and no other, the wide
    place is the lead's way of placing that incident, and a sub-group's count there (the lead's
    civilians) is a part of the narrow place's count of a wider group (the resident's people). The
    gazetteer's parent chains say which place lies inside which."""
    none = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))
    place = sub["place"].to_numpy()
    if len(sub) < 2:
        return none
    from checker.rules.claims import key_codes

    block = key_codes(sub, ["doc", "measure", k1, k2])
    named = _truthy(place)
    # blocks (one article, measure and window) with two or more places: the only candidates
    b_codes, p_codes = block[named], pd.factorize(place[named])[0]
    width = int(p_codes.max(initial=0)) + 1
    pairs = distinct(b_codes * width + p_codes) if len(b_codes) else np.zeros(0, dtype=np.int64)
    if not len(pairs):
        return none
    # (block, wide place, the one place inside it the block names): the only places an incident
    # may be told twice by; a wide place with no place or several inside it counts more
    block_of, wide, narrow = _single_inner_places(pairs, width, pd.unique(place[named]))
    if not len(block_of):
        return none
    group = sub["group"].to_numpy()
    lo = sub["lo"].to_numpy()
    linked = sub["part_of"].notna().to_numpy()
    rows_named = np.nonzero(named)[0]
    at = block[rows_named] * width + p_codes  # each named row's (block, place)
    # the lead's rows: at a wide place, not tied by the text to a total of its own ("56 of them children")
    lead_rows = np.nonzero(np.isin(at, block_of * width + wide))[0]
    lead_rows = lead_rows[~linked[rows_named[lead_rows]]]
    lead_rows = lead_rows[np.argsort(block[rows_named[lead_rows]], kind="stable")]  # block by block
    whole_rows = rows_named[np.isin(at, block_of * width + narrow)]
    whole_rows = whole_rows[~is_part[whole_rows]]  # a part is nobody's whole
    if len(whole_rows) and sentence_of is not None:
        whole_rows = whole_rows[~no_whole(sentence_of[whole_rows])]
    wholes_of: dict[int, list[int]] = {}
    whole_at = at[np.searchsorted(rows_named, whole_rows)]
    for r, key in zip(whole_rows.tolist(), whole_at.tolist()):
        wholes_of.setdefault(key, []).append(r)
    narrow_of = dict(zip((block_of * width + wide).tolist(), (block_of * width + narrow).tolist()))
    parts, wholes = [], []
    for i in lead_rows.tolist():
        r = int(rows_named[i])
        candidates = wholes_of.get(narrow_of[int(at[i])])
        if not candidates:
            continue
        wider = group_ancestors(group[r])[1:]
        # one incident's two counts are of one size ("at least 10", "nine"); a narrow count far
        # below the wide one counts something smaller: a family's dead ("Dans sa famille, près
        # de vingt personnes"), a separate attack, one governorate of a month's national toll
        fit = [s for s in candidates if group[s] in wider and hi[s] >= COARSE_LEAD_CLOSE * lo[r]]
        if fit:
            parts.append(r)
            wholes.append(fit[int(np.argmin(hi[fit]))])
    if not parts:
        return none
    return np.array(parts, dtype=np.int64), np.array(wholes, dtype=np.int64)


def _single_inner_places(pairs: np.ndarray, width: int, names: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """From the distinct (block, place) `pairs` (block * width + place code; codes index `names`),
    every (block, wide, narrow) where `narrow` is the one place of the block inside `wide`. A
    million records make some 100,000 blocks of several places: each place's chain of containing
    places is looked up once, and the blocks are matched against it all at once."""
    from checker.normalise.places import place_ancestors

    empty = np.zeros(0, dtype=np.int64)
    code_of = {name: code for code, name in enumerate(names.tolist())}
    containing = [[code_of[a] for a in place_ancestors(name)[1:] if a in code_of] for name in names.tolist()]
    counts = np.array([len(c) for c in containing], dtype=np.int64)
    if not counts.any():
        return empty, empty, empty
    outer = np.array([c for chain in containing for c in chain], dtype=np.int64)
    starts = np.r_[0, np.cumsum(counts)[:-1]]
    block_of, place_of = pairs // width, pairs % width
    n_up = counts[place_of]
    # for each (block, place), the (block, containing place) keys its chain asks about
    step = np.arange(int(n_up.sum())) - np.repeat(np.cumsum(n_up) - n_up, n_up)
    asked_place = outer[np.repeat(starts[place_of], n_up) + step]
    asked_block, inner = np.repeat(block_of, n_up), np.repeat(place_of, n_up)
    asked = asked_block * width + asked_place
    hit = np.minimum(np.searchsorted(pairs, asked), len(pairs) - 1)
    found = pairs[hit] == asked
    wide_key, inner = asked[found], inner[found]
    if not len(wide_key):
        return empty, empty, empty
    # a wide place with exactly one place of its block inside it
    order = np.argsort(wide_key, kind="stable")
    wide_key, inner = wide_key[order], inner[order]
    first = np.r_[True, wide_key[1:] != wide_key[:-1]]
    size = np.diff(np.r_[np.nonzero(first)[0], len(wide_key)])
    one = first.copy()
    one[first] = size == 1
    return wide_key[one] // width, wide_key[one] % width, inner[one]


def _sum_of_parts(w: pd.DataFrame, lo_t: np.ndarray, hi_t: np.ndarray, params: dict,
                  subset: tuple[np.ndarray, pd.DataFrame]) -> list[tuple[list[int], int]]:
    """(part positions, whole position) where one article gives a place's toll and tolls of two or
    more places inside it, none inside another, of the same measure and window, that add up to
    more than the whole ("20 dead in Spain", "15 in Valencia", "8 in Catalonia"). The gazetteer's
    parent chains say which places lie inside which; each inner place counts once, at the highest
    floor its figures give. Left out: a part the article ties to its own total ("dont", "of them":
    inside another figure already), and equal counts of two places (one count placed twice, a town
    and the district around it the gazetteer does not nest). A whole whose sentence names places
    inside it ("36 deaths in Odisha and West Bengal") is checked against those places only."""
    from checker.normalise.places import default_gazetteer, place_ancestors
    from checker.rules.claims import key_codes

    eligible, sub = subset
    if len(sub) < 3:
        return []
    k1, k2, _ = window_claims(sub)
    lo, hi, pos = lo_t[eligible], hi_t[eligible], sub.index.to_numpy()
    place = sub["place"].to_numpy()
    named = _truthy(place)
    block = key_codes(sub, ["doc", "measure", k1, k2])
    b_codes, p_codes = block[named], pd.factorize(place[named])[0]
    if not len(b_codes):
        return []
    width = int(p_codes.max(initial=0)) + 1
    per_block = np.bincount(distinct(b_codes * width + p_codes) // width)
    several = np.nonzero(per_block >= 3)[0]
    if not len(several):
        return []
    members = block_members(np.where(named, block, -1), several)
    group, sentence = sub["group"].to_numpy(), sub["sentence"].to_numpy()
    linked = sub["part_of"].notna().to_numpy()
    is_part = linked | side_by_side(sub)
    langs = sub["lang"].to_numpy() if "lang" in sub.columns else None
    # one source's breakdown: counts of other origins that disagree are CC101's rivals, and a source's
    # seat is often taken for its count's place ("The Nigerian Red Cross ... in Bokkos")
    origin = sub["origin"].to_numpy() if "origin" in sub.columns else np.full(len(sub), "", dtype=object)
    said_more: dict = {}

    def additive(r: int) -> bool:  # once per sentence asked, not per block (a million rows ask 18,000 times)
        if sentence[r] not in said_more:
            said_more[sentence[r]] = _told_as_addition(sentence[r])
        return said_more[sentence[r]]

    out = []
    for rows in members.values():
        places = set(place[rows].tolist())
        for wide in places:
            inner = [q for q in places if q != wide and wide in place_ancestors(q)]
            top = [q for q in inner if not any(o != q and o in place_ancestors(q) for o in inner)]
            if len(top) < 2:
                continue
            wholes = [r for r in rows if place[r] == wide and not is_part[r] and np.isfinite(hi[r])]
            if wholes:
                wholes = [r for r, one in zip(wholes, no_whole(sentence[wholes])) if not one and not additive(r)]
            for s in wholes:
                kept = top
                if sentence[s]:
                    lang = langs[s] if langs is not None and langs[s] in ("en", "fr") else "fr"
                    said = {slug for _, _, slug in default_gazetteer().find(str(sentence[s]), lang)
                            if slug != wide and wide in place_ancestors(slug)}
                    if len(said) >= 2:  # "in Odisha and West Bengal": those places only
                        kept = [q for q in top if any(a in said for a in place_ancestors(q))]
                floors: dict = {}
                for r in rows:
                    if place[r] in kept and not linked[r] and origin[r] == origin[s] \
                            and group[s] in (group_ancestors(group[r]) or (group[r],)):
                        if lo[r] > floors.get(place[r], (-np.inf,))[0]:
                            floors[place[r]] = (lo[r], r)
                if len(floors) < 2:
                    continue
                best: dict = {}
                for value, r in floors.values():  # equal counts of two places: one count, placed twice
                    if value not in best:
                        best[value] = r
                if len(best) < 2 or max(best) > hi[s] or max(best) >= lo[s]:
                    # a part above the whole alone: the ladder says so; a part as large as the whole
                    # is the whole told again at its place ("125" in Indonesia, "At least 125" in East
                    # Java): the others lie inside it, where the gazetteer may not nest them (Malang)
                    continue
                if _situated(sentence, place, best.values()):
                    continue
                total = sum(best)
                whole_value = abs(sub["value"].to_numpy()[s])
                if whole_value == 1:
                    continue  # one person's death, not the place's toll (see `_nested_claims`)
                if total <= hi[s] or whole_value < SAME_ARTICLE_MIN_RATIO * total \
                        or whole_value < params.get("min_ratio", 0) * total:
                    continue
                out.append(([int(pos[r]) for r in best.values()], int(pos[s])))
    return out


def _situated(sentence: np.ndarray, place: np.ndarray, rows) -> bool:
    """Does a part's sentence name another part's place ("In Ahmadpur East, in Bahawalpur district,
    ... killing five people and wounding 31 others" beside "37 wounded in the strike on the mosque in
    Bahawalpur")? The text puts one inside the other, where the gazetteer has them side by side."""
    from checker.normalise.places import default_gazetteer

    rows = list(rows)
    gaz = default_gazetteer()
    for r in rows:
        if not sentence[r]:
            continue
        said = {slug for _, _, slug in gaz.find(str(sentence[r]), "en")} | {slug for _, _, slug in gaz.find(str(sentence[r]), "fr")}
        if any(place[q] in said for q in rows if place[q] != place[r]):
            return True
    return False


COARSE_LEAD_CLOSE = 0.5  # `_coarse_leads`: the narrow place's count at least this share of the lead's
SAME_ARTICLE_MIN_RATIO = 0.1  # see the skip above: one article's counts of separate incidents
COMBATANT_GROUPS = ["fighters", "soldiers", "rebels", "jihadists"]  # the groups under "fighters" (taxonomy.json)


# the word that tells a count as an addition ("were also killed", "ont également été tués")
ADDITIVE = re.compile(r"\b(?:also|aussi|également|egalement)\b", re.IGNORECASE)


def _additive(values: np.ndarray) -> np.ndarray:
    """Whether each sentence tells its count as an addition, once per distinct sentence."""
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    return np.array([_told_as_addition(u) for u in uniques], dtype=bool)[codes] \
        if len(uniques) else np.zeros(len(values), dtype=bool)


def _told_as_addition(sentence: object) -> bool:
    return isinstance(sentence, str) and ADDITIVE.search(sentence) is not None


def _listed_elsewhere(sentence, whole_place, part_place, lang) -> bool:
    """The whole's sentence names two or more places strictly inside the whole's place, and the
    part's place is inside none of them."""
    from checker.normalise.places import default_gazetteer

    if not sentence or not whole_place or not part_place or part_place == whole_place:
        return False
    gaz = default_gazetteer()
    inside = {slug for _, _, slug in gaz.find(str(sentence), lang if lang in ("en", "fr") else "fr")
              if slug != whole_place and gaz.contains(whole_place, slug)}
    return len(inside) >= 2 and not any(part_place == s or gaz.contains(s, part_place) for s in inside)


def _truthy(values: np.ndarray) -> np.ndarray:
    """`bool(v)` of each value, once per distinct value."""
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    return np.array([bool(u) for u in uniques], dtype=bool)[codes]
