"""Kind `intervals_disagree`: figures for the same claim whose intervals cannot both be true.

Same measure, same group, same place, same window (flows) or same reference day (stocks).
Each figure's interval comes from its qualifier, widened by its own rounding ("250.000" can
be 245,000; "246" is 246). `scope` decides whether the figures come from different articles
(sources disagree) or from one article (it contradicts itself).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

import numpy as np
import pandas as pd

from checker.rules.claims import CODE, Claims, key_codes, mixed_codes, widened
from checker.rules.kinds._common import (
    LATER_HORIZON_DAYS, PAIRWISE_LIMIT, LaterTolls, block_members, coded, column, over_default_window, toll_day_claims, digit_slip, fmt_number, claim_of, claim_words, describe, focus_keys, lang_of, in_focus, people_beside_named, side_by_side, leading_digit_lost, told_as_of_its_time, told_as_other_tally, told_earlier, window_claims, windowed,
)
from checker.rules.model import Hit
from checker.rules.taxonomy import one_originator

DEFAULTS = {
    "scope": "across_articles",
    "rounding_cap": 0.05,
    "min_ratio": 0.5,
    "same_origin_severity": "error",
    "leave_quotes_to_quote_rule": True,
    "later_may_grow": True,
    "same_day_may_grow": False,
    "bound_more_than": False,
    "credited_sources_may_differ": False,
    "reported_disagreement": False,
    "stock_min_ratio": 0.0,
    "digit_slips_count": False,
    "toll_magnitude_slips": False,
    "walked_back_explains": False,
    "walked_back_same_day": False,
    "earlier_named_updates": False,
    "same_dispatch": False,
    "toll_slips_any_window": False,
    "toll_thousands_dropped": False,
    "toll_round_slips": False,
    "missing_may_fall": False,
    "successive_hours": False,
    "toll_left_on_event_day": False,
    "day_magnitude_slips": False,
    "earlier_reports_told": False,
    "other_tallies_told": False,
    "wounded_who_died": False,
    "report_time_told": False,
    "toll_leading_digit_lost": False,
    "translation_bounds_floors": False,
    "parts_of_a_larger_count": False,
}
PARAMS = {
    "parts_of_a_larger_count": {"type": "boolean", "description": "within one article, two flows of one claim, neither a disaster's toll (`toll`), that are each below `min_ratio` of a third the article gives for that claim ('killing at least 118 people', then 'At the maternity hospital, where ... about 30 to 35 people died' and 'Another missile hit the mosque ..., where some 41 people ... were said to have been killed') are two parts of that count (two sites, two strikes), not two versions of one figure (two tolls still are: 'La protection civile du Sud' 315 and AFP's 271 under a national count); a digit slip between the two still is compared (place-r255)"},
    "translation_bounds_floors": {"type": "boolean", "description": "with `bound_more_than`, across articles: a wire's dispatch and its translation (the same agency, the same day, two languages) are one origin's copies even when each writes its credit in its own language ('at least 73 ..., a local official said' and 'au moins 60 ..., selon un responsable local'): their 'at least N' and 'more than N' are bounded one rounding step above, as between copies of one origin, so that two floors far apart contradict; two copies that credit two originators (one credited, the other not) are not"},
    "toll_leading_digit_lost": {"type": "boolean", "description": "within one article, two tolls (`toll`) of one claim (measure, group, place and window), neither a part, of which the smaller is the larger with its first digit lost ('le bilan atteint 274 morts' above 'porte à 74 morts le bilan'; `_common.leading_digit_lost`, two significant digits kept) are compared whatever `min_ratio` says: the smaller is no part of the toll the article gives twice"},
    "report_time_told": {"type": "boolean", "description": "with `toll_left_on_event_day`: a toll whose sentence opens with its report's past day or month and the source's reporting verb before it ('On Friday, Rabat said 18 migrants had died', 'In June, London\'s Metropolitan Police estimated that about 80 people had died', 'Le 15 juin, la police annonçait 17 morts'; `_common.told_as_of_its_time`) is the count of then, told as such, not a background paragraph that kept an old toll"},
    "wounded_who_died": {"type": "boolean", "description": "within one article, two counts of the injured that differ by exactly the rise of the dead the lower one's sentence tells ('est passé de six à sept morts et 12 blessés' beside the day's 'Les blessés étaient au nombre de 13'; the toll's rise from the count the article supersedes, `engine._risen`): the wounded who died left the count of the wounded for the toll; not two versions of one count"},
    "other_tallies_told": {"type": "boolean", "description": "within one article, a figure the article announces as another tally than its own, the cue before it in its sentence ('D\'autres bilans font état de 454 blessés', 'selon d\'autres sources', 'Other tallies put ...', 'according to other sources', 'another count ... gave'; `_common.told_as_other_tally`), is a rival count the article reports, not a version of its own figure; a zero added or dropped between the two still is compared"},
    "earlier_reports_told": {"type": "boolean", "description": "within one article, a figure the article tells as an earlier report (its reporting verb in the pluperfect: '« ... 18 personnes sont mortes », avait annoncé plus tôt ...', 'avait de son côté fait état de 10 morts et de 70 blessés', 'had earlier said'; or told of years back: 'il y a une dizaine d'années'; `_common.told_earlier`) is not compared as today's, when the article gives the same measure a figure it tells as today's; a tenfold slip above today's figure still is"},
    "day_magnitude_slips": {"type": "boolean", "description": "across articles, a disaster's toll (`toll`) or running total and a figure of the same measure and group, at its place or one nested in it, in two reports published at most a day apart, one nine to eleven and a half times the other (the smaller at least 10), whatever their windows: a zero added or dropped ('85' printed '850' the day every other report gives 85). Only from the third day of the claim's reports on (early tolls multiply in a day), only when other articles' figures within LATER_HORIZON_DAYS stand near one of the two and none near the other (the odd one is the slip; a toll that really grew tenfold has later reports near its new value). Not parts, not an identified or documented count as the smaller, not a projection"},
    "toll_round_slips": {"type": "boolean", "description": "within one article, a count written in figures with one significant digit ('plus de 100', '5', '20') and a toll or running total of the same measure and group ten times larger, at its place or one nested in it, whatever their windows: a zero dropped or added where `digit_slip` needs two significant digits. Same exclusions as `toll_thousands_dropped`"},
    "toll_thousands_dropped": {"type": "boolean", "description": "within one article, a count written in figures below 1,000 ('plus de 1 morts', 'at least 2 people') and a toll or running total of the same measure and group, at its place or one nested in it, that this count read in thousands fits ('le bilan s'établit à 1.041 morts', 'killed more than 2,000 people'), whatever their windows: '2.053' lost its thousands in one of the two statements. Not parts, not a count in words ('deux morts'), not an identified or documented count, not two originators' counts of two places"},
    "toll_slips_any_window": {"type": "boolean", "description": "within one article, a disaster's toll (`toll`) and another figure of the same measure and group, at its place or one nested in it, one the other with a zero added or dropped (2,960 and 29,600; 97 and 970: at least two significant digits kept), whatever their windows, a toll so far with no start among them ('As of March 22, ... the death toll is at 5,110'): the headline and the body state one toll, and one was mistyped ('Death toll rises to 29,600' over 'has risen to 2,960', read as the event day's count)"},
    "scope": {"enum": ["across_articles", "within_article"], "description": "compare figures of different articles, or of one article"},
    "rounding_cap": {"type": "number", "minimum": 0, "maximum": 0.5, "description": "most a rounded figure may be off, as a share of it"},
    "min_ratio": {"type": "number", "minimum": 0, "maximum": 1, "description": "two single-event flows whose ratio is below this are read as different incidents (e.g. a family of six among 54 dead)"},
    "same_origin_severity": {"enum": ["info", "warning", "error"], "description": "severity when every disagreeing figure comes from one origin (the same wire copy)"},
    "leave_quotes_to_quote_rule": {"type": "boolean", "description": "a quote of one speaker carried with two figures is the quote rule's finding, not this one's"},
    "later_may_grow": {"type": "boolean", "description": "a flow reported higher on a later day is the toll being updated, not a contradiction (a later, lower one still is)"},
    "same_day_may_grow": {"type": "boolean", "description": "two reports of one day from different wires (or none), when a later report of the batch goes past both: the toll was updated during the day (632 in the morning, 820 at 10 a.m.), not contradicted; or when the lower of the two is told as risen from an earlier count its article names ('has mounted from 55 to 68') and the higher is given as the toll so far (`cumulative`: 'has risen to 85'), where the count moved on to; two copies of one wire the same day are still compared"},
    "bound_more_than": {"type": "boolean", "description": "between copies of one origin, read 'plus de 5.300' as 5,301 to 5,400 (one rounding step above), not as unbounded, so that 'more than 3,500' in another copy contradicts it; a documented or identified count too, when the other copy counts on the same basis ('confirmed at least 11 deaths', 'confirmed at least 14'); an article's own 'more than N' reaches up to the exact figure it gives itself for the claim ('Over five thousand' over its '5,840')"},
    "credited_sources_may_differ": {"type": "boolean", "description": "within one article, two figures credited to two different originators ('plus de 300 morts, selon le PAM' ... 'le porte-parole du gouvernement a fait état de 153 morts') are a disagreement the article reports, not the article contradicting itself"},
    "reported_disagreement": {"type": "boolean", "description": "across articles, two figures credited to two originators are not compared when an article gives both originators' figures for the claim (El Nuevo Día's 'au moins 15' and the governor's 13 in one report, the governor's 13 again in a copy): the copy already says the originators differ"},
    "stock_min_ratio": {"type": "number", "minimum": 0, "maximum": 1, "description": "two population figures whose ratio is below this are read as different areas (a village of 1,500 and a country of 43 million that the gazetteer places alike)"},
    "digit_slips_count": {"type": "boolean", "description": "two figures of which one is the other mistyped (1,200 and 120, 11,300 and 113,000, 103 and 13, 34,844 and 34: at least two significant digits kept) are compared whatever `min_ratio` and `stock_min_ratio` say: a tenth of a toll that repeats its digits is a slip, not another incident"},
    "earlier_named_updates": {"type": "boolean", "description": "across articles, a lower figure of a report published no later than another that names that same value as its own earlier toll ('ce bilan rehausse celui de 93 morts, communiqué plus tôt dans la journée', 'had earlier put the number at 133') is the count that report updates, not a rival of it, whatever the wires"},
    "walked_back_explains": {"type": "boolean", "description": "across articles, a later, lower figure from a report that revises the toll down and says so ('revised the toll down to 253, from the previous figure of 359', 'le bilan passe de 359 à 253 morts': engine._walked_back) is the walk-back that report states, not two sources disagreeing; the running-total rule (CC102) reports the fall as information"},
    "walked_back_same_day": {"type": "boolean", "description": "with `walked_back_explains`: two reports of one day, one of which revises the toll down and says so ('had earlier announced that 75 had died ... lowered the death toll by four') with the lower figure: the walk-back is the later of the two, whatever their order in the day; not two sources disagreeing (series-r257)"},
    "same_dispatch": {"type": "boolean", "description": "across articles, two copies of one wire's dispatch of one day that print the same sentence, word for word, with a different figure in the same place ('Au moins 25 personnes ont été tuées ...' and 'Au moins 31 personnes ...'): one copy was altered, whatever window or place the two figures were read with"},
    "successive_hours": {"type": "boolean", "description": "within one article, two counts of one claim each told with an hour of the day (`hour_of_day`: 'By Thursday noon, 32', 'by 4 p.m. on Thursday, hit 34', 'later that day ... 47', 'à midi', 'à 16 h', 'en fin de journée'), the one told later higher and at a later hour (or 'later that day'), are the day's successive counts, not rivals; a count told with no hour, or higher at an earlier hour, is still compared"},
    "missing_may_fall": {"type": "boolean", "description": "across articles, a count of the missing reported lower on a later day is the search finding people, dead or alive ('Le sort de 35 personnes demeure inconnu' on Sunday, '30 were still unaccounted for' on Monday), not a contradiction; so are two counts of one day from two wires (or none) when the batch's counts of the dead of that day and place run apart by at least as much as the missing fell (46 trapped at noon, 38 missing that evening, the toll gone from 11 to 52: the missing found dead); copies of one wire's dispatch of one day, and a count with a digit slipped, still are"},
    "toll_left_on_event_day": {"type": "boolean", "description": "within one article published at least two days after its event, a disaster's toll (`toll`) read over the event's own day ('The magnitude-6 quake struck ... early on Wednesday, killing 281 people') below the article's own later toll of the same event, measure and group, at its place or one nested in it ('the provisional death toll had increased to 290'), and no smaller than `min_ratio` of it: the background paragraph kept an old toll (the two windows differ, so the plain comparison never meets them). Not parts, not floors (identified, documented), not figures credited to two originators"},
    "toll_magnitude_slips": {"type": "boolean", "description": "two tolls of one disaster (`toll`) for the same place and window, one nine to eleven times the other, the smaller at least 10 ('Death toll ... rises to over 2,000' above 'has reached 219'), are compared whatever `min_ratio` says: one disaster's toll so far is no part of the other, and a factor of ten between two statements of it is a zero slipped"},
}


def find(claims: Claims, params: dict) -> list[Hit]:
    _, w = windowed(claims)  # flows with both ends, stocks with a reference day
    if w.empty:
        # (copies of one dispatch are read from their sentences: a headline's "at least 205" has no window)
        return _same_dispatch(claims, params, []) if params.get("same_dispatch") and params["scope"] != "within_article" else []
    lo_t, hi_t = widened(w, params["rounding_cap"])
    # An identified or documented count is a floor ("3,840 identified victims" under "5,300
    # bodies"): it cannot contradict a larger total, only a smaller one.
    floors = w["basis"].isin(("identified", "documented")).to_numpy()
    hi_t = np.where(floors, np.inf, hi_t)
    hi_b = hi_t  # "more than N" bounded to one rounding step: used between copies of one origin
    if params.get("bound_more_than"):
        from checker.rules.kinds.running_total_drop import _bounded_top

        # between copies of one origin, a documented count is bounded too when the other copy
        # counts on the same basis ("confirmed at least 11 deaths" in one copy of an AP dispatch,
        # "confirmed at least 14" in another): a floor only against a count of another kind
        hi_b = _bounded_top(w, widened(w, params["rounding_cap"])[1])
    within = params["scope"] == "within_article"
    k1, k2, keys = window_claims(w, claims.cache)  # measure, group, place, window (or reference day)
    if within:
        keys = key_codes(w, ["measure", "group", "place", k1, k2, "doc"])
    elif (toll_keys := toll_day_claims(w, k1, k2)) is not None:
        keys = toll_keys
    if params.get("bound_more_than") and not within and "doc" in w.columns and (hi_b < hi_t).any():
        # "Over five thousand Muscovites have died in July alone" over the same article's "5,840 more
        # Muscovites had died in July": an article's "more than N" reaches up to the exact figure it
        # gives itself for the claim (its own rounding), whatever the step (series-r232)
        hi_b = _own_exact_top(w, keys, lo_t, hi_t, hi_b)
    max_lo = np.full(keys.max() + 1, -np.inf)
    min_hi = np.full(keys.max() + 1, np.inf)
    np.maximum.at(max_lo, keys, lo_t)
    np.minimum.at(min_hi, keys, hi_b)
    suspicious = in_focus(np.nonzero(max_lo > min_hi)[0], focus_keys(w, keys))
    hits: list[Hit] = []
    index = w.index.to_numpy()
    later_top = shared_later_top(claims.cache, w, lo_t) if params.get("same_day_may_grow") and not within else None
    cols = _Columns(w)
    cols.named_earlier = claims.cache.get("named_earlier") or frozenset()
    if within and params.get("successive_hours") and "start" in claims.records.columns:
        cols.start = pd.to_numeric(claims.records["start"], errors="coerce").to_numpy(dtype=float)[w["row"].to_numpy()]
    if within and (params.get("earlier_reports_told") or params.get("other_tallies_told") or params.get("report_time_told")) \
            and "text" in claims.records.columns:
        # (the figure as written, to find it in its sentence: `_common.told_earlier`)
        cols.text = claims.records["text"].to_numpy()[w["row"].to_numpy()]
    wider_later = LaterTolls(w, lo_t)
    blocks = block_members(keys, suspicious)
    candidates = _candidate_pairs(blocks, cols, lo_t, hi_t, hi_b, params, within)
    for key, members in blocks.items():
        hit = _examine(w, cols, index, members, candidates.get(key, ()), lo_t, hi_t, hi_b, params, within,
                       later_top, wider_later)
        if hit:
            hits.append(hit)
    if params.get("same_dispatch") and not within:
        hits += _same_dispatch(claims, params, hits)
    if params.get("day_magnitude_slips") and not within:
        hits += _day_magnitude_slips(w, params, hits)
    if params.get("toll_slips_any_window") and within:
        hits += _toll_slips(_ended_flows(claims), params, hits)
    if params.get("toll_left_on_event_day") and within:
        hits += _toll_left_on_event_day(w, cols, lo_t, hi_t, params, hits)
    if params.get("toll_thousands_dropped") and within:
        hits += _thousands_slips(claims, w, params, hits)
    if params.get("toll_round_slips") and within:
        hits += _thousands_slips(claims, w, params, hits, round_slips=True)
    return hits


FIGURES = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,\u202f\u00a0 ]\d{3})+(?![\d]|[.,]\d)|(?<![\d.,])\d+(?![\d]|[.,]\d)")
EVENT_SPAN_DAYS = 31  # a toll counted longer than this is a war's or a year's, no one event's
TWO_EVENTS_DAYS = 365  # a figure this far before the day of a toll's event is a past disaster's, no restatement of it


def _thousands_slips(claims: Claims, w: pd.DataFrame, params: dict, found: list[Hit], round_slips: bool = False) -> list[Hit]:
    """One article's count written in figures below 1,000 and a toll (or running total) of it
    that the count read in thousands fits: "Le bilan s'établit désormais à 1.041 morts" and,
    higher up, "faisant plus de 1 morts"; "killed more than 2,000 people" over "2 people were
    dead". A reader of "2.053" who lost its thousands, or a keyboard that did: the same toll
    stated twice, one of them a thousand times too low (CC110 catches it across reports, this
    within one). Whatever the windows (the headline's is the report's day, the body's the
    event's). Not a count in words ("deux morts": copy spells small counts, a slip keeps the
    figures), not parts, not an identified or documented count (a floor: "2 victims have been
    identified"), not a vague one; two originators' counts only at one place."""
    from checker.normalise.places import places_nested

    # every figure, windowed or not: a headline's "Death toll ... rises above 1" has the report's
    # window, the body's "has risen above 1,000" none it could be compared on
    w = claims.work
    values = w["value"].to_numpy(dtype=float)
    flow = w["is_flow"].to_numpy(dtype=bool)
    part = ~np.isnan(w["part_of"].to_numpy(dtype=float))
    if round_slips:
        # `toll_round_slips`: a count of one significant digit (5, 20, 100, 7,000), the toll ten times it
        magnitude = 10.0 ** np.floor(np.log10(np.maximum(values, 1)))
        small = np.nonzero(flow & ~part & (values >= 1) & (values < 100_000) & (values % magnitude == 0))[0]
    else:
        small = np.nonzero(flow & ~part & (values >= 1) & (values < 1000) & (values == np.floor(values)))[0]
    if not len(small):
        return []
    docs = column(w, "doc")
    # the toll of one event, counted for days or weeks (a disaster's toll so far may give no start):
    # a war's total since 2003 ("raised to at least 2,397 the number of ... who have died since ...
    # 2003") holds the day's "Roadside bombs kill 2"
    span = w["pe"].to_numpy(dtype=float) - w["ps"].to_numpy(dtype=float)
    event = w["toll"].to_numpy(dtype=bool) & ~(span > EVENT_SPAN_DAYS)
    toll = (event | w["cumulative"].to_numpy(dtype=bool)) & flow
    vague = column(w, "qualifier") == "vague"  # "des dizaines de milliers" names no thousands
    low_big = 10 if round_slips else 1000
    big = np.nonzero(toll & ~part & ~vague & (event | (span <= EVENT_SPAN_DAYS)) & (values >= low_big) & (values < 1_000_000))[0]
    if not len(big):
        return []
    # only pairs of one article, measure and group whose small value is the big one's thousands: one
    # integer key each, from the codes `prepare` made, before any text is read or place compared
    key = np.zeros(len(w), dtype=np.int64)
    for name in ("doc", "measure", "group"):
        codes = w[name + CODE].to_numpy().astype(np.int64)
        key = key * (int(codes.max(initial=0)) + 2) + codes + 1
    if round_slips:
        small_keys = key[small] * 1_000_000 + (values[small] * 10).astype(np.int64)
        big_keys = key[big] * 1_000_000 + values[big].astype(np.int64)
    else:
        small_keys = key[small] * 1000 + values[small].astype(np.int64)
        big_keys = key[big] * 1000 + (values[big] // 1000).astype(np.int64)
    small = small[np.isin(small_keys, big_keys)]
    if not len(small):
        return []
    big = big[np.isin(big_keys, small_keys)]
    measure, group, place = (column(w, c) for c in ("measure", "group", "place"))
    basis = column(w, "basis")
    attributed, origin = w["attributed"].to_numpy(dtype=bool), column(w, "origin")
    texts = claims.records["text"].to_numpy() if "text" in claims.records.columns else None
    rows = w["row"].to_numpy()
    index = w.index.to_numpy()
    seen = [set(h.positions) for h in found]
    by_doc: dict = {}
    for b in big.tolist():
        by_doc.setdefault(docs[b], []).append(b)
    pairs_by_doc: dict = {}
    for a in small.tolist():
        if basis[a] in ("identified", "documented") or vague[a]:
            continue
        n = int(values[a])
        if texts is not None and n not in {int(re.sub(r"\D", "", m)) for m in FIGURES.findall(str(texts[rows[a]] or ""))}:
            continue  # written in words ("deux morts"), or the figure is not the record's own
        for b in by_doc.get(docs[a], ()):
            if measure[a] != measure[b] or group[a] != group[b] or (values[b] != n * 10 if round_slips else int(values[b]) // 1000 != n):
                continue
            pa, pb = place[a], place[b]
            same = pa == pb
            if not (same or pa and pb and places_nested(pa, pb)):
                continue
            # two originators' counts: a digit against thousands is no rival count at one place, but a
            # figure ten times another may be ("More than 200" bodies a health official counted under
            # the government's "more than 2,000"; the USGS's projection of 10,000 over "un bilan" of 1,000)
            # (a headline's bare "police" and the body's "Herat police" are one originator:
            # taxonomy.one_originator, as for the other within-article passes)
            if attributed[a] and attributed[b] and not one_originator(origin[a], origin[b]) and (round_slips or not same):
                continue
            if any({int(index[a]), int(index[b])} <= s for s in seen):
                continue
            pairs_by_doc.setdefault(docs[a], []).append((a, b))
    hits = []
    for pairs in pairs_by_doc.values():
        involved = sorted({p for pair in pairs for p in pair})
        positions = [int(index[p]) for p in involved]
        a, b = pairs[0]
        claim = claim_of(w, int(index[b]))
        lang = lang_of(w, int(index[b]))
        if round_slips:
            message = (f"The article gives one toll twice, one of them ten times the other ({claim_words(claim)}): "
                       f"{describe(w, positions)}. {fmt_number(values[a], lang)} is {fmt_number(values[b], lang)} with a zero "
                       f"dropped or added: check for a typing slip.")
        else:
            message = (f"The article gives one toll twice, once a thousand times lower ({claim_words(claim)}): "
                       f"{describe(w, positions)}. {fmt_number(values[a], lang)} is {fmt_number(values[b], lang)} with its thousands "
                       f"dropped (\"{fmt_number(values[b], lang)}\" read as {fmt_number(values[a], lang)}?): check for a typing slip.")
        hits.append(Hit(positions=positions, claim=claim, message=message))
    return hits


def _may_be_one_toll(a: int, b: int, place, attributed, origin, index, seen: list[set], params: dict) -> bool:
    """Whether two figures of one article can be two versions of one toll, as far as their places and
    sources go: the same place or one nested in the other, not credited to two originators (a
    disagreement the article reports, CC101's: `credited_sources_may_differ`), and no pair another
    finding already names (one slip is reported once)."""
    from checker.normalise.places import places_nested

    pa, pb = place[a], place[b]
    if not (pa == pb or pa and pb and places_nested(pa, pb)):
        return False
    if params["credited_sources_may_differ"] and attributed[a] and attributed[b] and not one_originator(origin[a], origin[b]):
        return False
    return not any({int(index[a]), int(index[b])} <= s for s in seen)


def _ended_flows(claims: Claims) -> pd.DataFrame:
    """The flows with a window's end, its start known or not: "As of March 22, ... the death toll is
    at 511" is the toll so far (no start), and the headline's "death toll at 511" states it too, so a
    zero slipped between them is a slip whatever the windows (cyclone-freddy-2023 f10). Cached per run."""
    if "ended_flows" not in claims.cache:
        work = claims.work
        claims.cache["ended_flows"] = work[(work["is_flow"] & work["pe"].notna()).to_numpy()]
    return claims.cache["ended_flows"]


def _toll_slips(w: pd.DataFrame, params: dict, found: list[Hit]) -> list[Hit]:
    """One article's disaster toll and another figure of it for the same measure and group, at the
    same place or one nested in it, one the other with a zero added or dropped, whatever their
    windows ("Morocco earthquake: Death toll rises to 29,600" over "the death toll of the earthquake
    that struck ... on September 8 has risen to 2,960": the headline's window is the report's, the
    body's the quake's day). Not parts ("74 of the 97"), not figures credited to two originators
    (`credited_sources_may_differ`), and no pair another finding already names."""

    # (a running total the copy says is counted so far, "le bilan passe de 359 à 253 morts", stands
    # for the toll too: French attack copy names no event noun)
    toll = (w["toll"].to_numpy(dtype=bool) | w["cumulative"].to_numpy(dtype=bool)) & w["is_flow"].to_numpy(dtype=bool)
    if not toll.any():
        return []
    docs, values, measure, group, place = (column(w, c) for c in ("doc", "value", "measure", "group", "place"))
    part = ~np.isnan(w["part_of"].to_numpy(dtype=float))
    attributed, origin = w["attributed"].to_numpy(dtype=bool), column(w, "origin")
    index = w.index.to_numpy()
    seen = [set(h.positions) for h in found]
    # a zero added or dropped keeps the figure's digits but for its trailing zeros: only figures of
    # one article, measure and group with the same digits once those are stripped can be a pair
    # (blocked with numpy: no loop over every article)
    value = np.abs(values.astype(float))
    cand = np.nonzero(w["is_flow"].to_numpy(dtype=bool) & ~part & (value >= 10) & (value == np.floor(value)))[0]
    if len(cand) < 2:
        return []
    digits = value[cand].astype(np.int64)
    for _ in range(12):
        zero = (digits % 10 == 0) & (digits > 0)
        if not zero.any():
            break
        digits = np.where(zero, digits // 10, digits)
    keys = mixed_codes(coded(w, "doc", cand), coded(w, "measure", cand), coded(w, "group", cand), digits)
    counts = np.bincount(keys)
    tolled = np.bincount(keys, weights=toll[cand].astype(float)) > 0
    keep = (counts[keys] > 1) & tolled[keys] & (digits >= 10)
    by_doc: dict = {}
    for k, i in zip(keys[keep].tolist(), cand[keep].tolist()):
        by_doc.setdefault(k, []).append(i)
    if not by_doc:
        return []
    # an identified or documented count below the toll is a floor of it ("26 victims have been
    # identified" under a toll of 260), not the toll restated; unless the article counts parts of it
    # ("74 of the 97 victims have been identified": the 97 is the toll, its basis the part's)
    basis = column(w, "basis")
    floor = np.isin(basis, ("identified", "documented"))
    wholes = {(docs[i], float(w["part_of"].iat[i])) for i in np.nonzero(part)[0]}
    # a figure whose window ends a year or more before the day of the event the other toll counts is a past
    # event's, not that toll stated twice (a quake's 24 dead of 6 February 2016 beside "un tremblement de terre
    # qui avait fait environ 2.400 morts" in 1999, acc-r227's dev810); an anniversary's toll read at the report's
    # day beside the same toll at the event's day names no event day of its own, and stays (rana-plaza r10)
    pe = w["pe"].to_numpy(dtype=float) if "pe" in w.columns else np.full(len(w), np.nan)
    event_day = w["event_day"].to_numpy(dtype=float) if "event_day" in w.columns else np.full(len(w), np.nan)
    hits = []
    for rows in by_doc.values():
        if len(rows) < 2 or not toll[rows].any():
            continue
        pairs = []
        for x, a in enumerate(rows):
            for b in rows[x + 1:]:
                if not (toll[a] or toll[b]) or digit_slip(values[a], values[b]) != "a zero added or dropped":
                    continue
                if pe[a] + TWO_EVENTS_DAYS <= event_day[b] or pe[b] + TWO_EVENTS_DAYS <= event_day[a]:  # (NaN: stays)
                    continue
                low_one = a if abs(values[a]) < abs(values[b]) else b
                if floor[low_one] and (docs[low_one], float(values[low_one])) not in wholes:
                    continue
                if _may_be_one_toll(a, b, place, attributed, origin, index, seen, params):
                    pairs.append((a, b))
        if not pairs:
            continue
        involved = sorted({p for pair in pairs for p in pair})
        positions = [int(index[p]) for p in involved]
        a, b = pairs[0]
        small, big = sorted((abs(values[a]), abs(values[b])))
        claim = claim_of(w, int(index[a] if toll[a] else index[b]))
        message = (f"The article gives one toll twice, one of them ten times the other ({claim_words(claim)}): "
                   f"{describe(w, positions)}. {fmt_number(small, lang_of(w, positions[0]))} is {fmt_number(big, lang_of(w, positions[0]))} with a zero added or dropped: "
                   f"check for a typing slip.")
        hits.append(Hit(positions=positions, message=message, claim=claim))
    return hits


MAGNITUDE_BAND = (9.0, 11.5)  # "850" for "85", "450" beside 48 and 43: a zero added, give or take a day's update
SUPPORT_RATIO = 1.5  # another article's figure this close to one of the pair stands by it


def _stood_by_two(claim: np.ndarray, place: np.ndarray, values: np.ndarray, pub: np.ndarray, docs: np.ndarray) -> np.ndarray:
    """For each figure, whether two articles other than its own surely stand near it in the sense of
    `_day_magnitude_slips`' `near`: a figure of the same claim (`claim`: one code per measure and
    group), within SUPPORT_RATIO, at a place equal or nested, within LATER_HORIZON_DAYS. Counted
    in numpy over the figures at the very same place (`place`: codes, -1 for none) whose value
    falls in the figure's own band of values, a band narrower than SUPPORT_RATIO on either side.
    An undercount, never an overcount: a figure marked here is stood by whoever its rival is."""
    stood = np.zeros(len(values), dtype=bool)
    members = np.nonzero(place >= 0)[0]
    if len(members) < 3:
        return stood
    band = np.floor(np.log10(values[members]) / (np.log10(SUPPORT_RATIO) / 2)).astype(np.int64)
    mixed = (claim[members].astype(np.int64) * (int(place.max()) + 1) + place[members]) * (int(band.max() - band.min()) + 1) + band - band.min()
    group = pd.factorize(mixed)[0].astype(np.int64)  # dense: group * 1e6 + day stays exact
    # one row per article and group of figures (an article counts once), ordered by group then day
    doc_code = pd.factorize(docs[members])[0]
    _, first = np.unique(group * (int(doc_code.max()) + 1) + doc_code, return_index=True)
    at = np.sort(group[first] * 1e6 + pub[members][first])
    here = group * 1e6 + pub[members]
    articles = (_sorted_search(at, here + LATER_HORIZON_DAYS, "right")
                - _sorted_search(at, here - LATER_HORIZON_DAYS, "left"))
    stood[members] = articles >= 3  # its own article and two others
    return stood


def _sorted_search(sorted_values: np.ndarray, queries: np.ndarray, side: str, order: np.ndarray | None = None) -> np.ndarray:
    """`np.searchsorted` asked in the queries' order (`order`, or sorted here): the same answers,
    several times faster on a million queries than asked at random."""
    order = np.argsort(queries, kind="stable") if order is None else order
    found = np.empty(len(queries), dtype=np.int64)
    found[order] = np.searchsorted(sorted_values, queries[order], side=side)
    return found


def _spans(sel: np.ndarray, left: np.ndarray, right: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every (k, r) with k in `sel` and r in range(left[k], right[k]), in that order, without a
    Python loop."""
    counts = (right - left)[sel]
    steps = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    return np.repeat(sel, counts), np.repeat(left[sel], counts) + steps


def _day_magnitude_slips(w: pd.DataFrame, params: dict, found: list[Hit]) -> list[Hit]:
    """Two articles published at most a day apart, one giving a toll about ten times the other's
    figure for the same measure and group, at the same place or one nested in it, whatever their
    windows: "Authorities said 850 people had died" on the day every other report gives 85. Other
    articles of the claim (within LATER_HORIZON_DAYS) give figures near one of the two and none
    near the other: the odd figure is the slip. From the claim's third day of reports on only
    (a toll counted on the first day or two may multiply by ten before nightfall). Pairs are found
    in numpy on (measure, group, country, day, log10 value): no loop over a batch's figures."""
    from checker.normalise.places import places_nested

    n = len(w)
    if n < 2:
        return []
    values = w["value"].to_numpy(dtype=float)
    flow = w["is_flow"].to_numpy(dtype=bool)
    tollish = (w["toll"].to_numpy(dtype=bool) | w["cumulative"].to_numpy(dtype=bool)) & flow
    if not tollish.any():
        return []
    part = ~np.isnan(w["part_of"].to_numpy(dtype=float))
    basis = column(w, "basis")
    floor = np.isin(basis, ("identified", "documented"))
    estimated = basis == "estimated"
    pub = w["pub"].to_numpy(dtype=float)
    pe = w["pe"].to_numpy(dtype=float)
    ok = flow & ~part & ~estimated & (values >= 10) & (values == np.floor(values)) & ~np.isnan(pub)
    cand = np.nonzero(ok)[0]
    if len(cand) < 2:
        return []
    # nested places share their country (`place_ancestors`' last): pairs are looked for within it only
    from checker.normalise.places import place_ancestors

    place_codes, place_names = pd.factorize(column(w, "place")[cand], use_na_sentinel=True)
    roots = np.array([(place_ancestors(p) or (p,))[-1] if isinstance(p, str) and p else "" for p in place_names] + [""], dtype=object)
    mg = mixed_codes(coded(w, "measure", cand), coded(w, "group", cand), roots[place_codes])
    day = pub[cand].astype(np.int64)
    # one code per (measure, group, country, day); each figure placed at code * 16 + log10(value)
    combo = mg * 1_000_000 + (day - day.min())
    codes, uniques = pd.factorize(combo)
    logv = np.log10(values[cand])
    pos = codes * 16.0 + logv
    order = np.argsort(pos, kind="stable")
    sorted_pos = pos[order]
    lo_band, hi_band = np.log10(MAGNITUDE_BAND[0]), np.log10(MAGNITUDE_BAND[1])
    docs, place = column(w, "doc"), column(w, "place")
    # A pair of two figures each stood by two other articles is passed by the loop below ("near"
    # holds for both), and a claim reported all day long holds such pairs by the million: the
    # pairs of a stood smaller figure are only made with the bigger figures that are not stood.
    claim = mixed_codes(coded(w, "measure", cand), coded(w, "group", cand))
    doc_codes = coded(w, "doc", cand)
    stood = _stood_by_two(claim, place_codes, values[cand], pub[cand], doc_codes[0] if isinstance(doc_codes, tuple) else docs[cand])
    weak_ranks = np.nonzero(~stood[order])[0]  # where the figures not stood sit in `order`
    smaller, bigger = [], []
    for off in (-1, 0, 1):
        target = pd.Index(uniques).get_indexer(combo + off) if off else codes
        has = target >= 0
        left = _sorted_search(sorted_pos, np.where(has, target * 16.0 + logv + lo_band, np.inf), "left", order)
        right = _sorted_search(sorted_pos, np.where(has, target * 16.0 + logv + hi_band, -np.inf), "right", order)
        # (s, b) with b in order[left[s]:right[s]]: every b for a smaller not stood, the b not stood else
        k_weak, r_weak = _spans(np.nonzero((right > left) & ~stood)[0], left, right)
        weak_left, weak_right = np.searchsorted(weak_ranks, left), np.searchsorted(weak_ranks, right)
        k_stood, i_stood = _spans(np.nonzero((weak_right > weak_left) & stood)[0], weak_left, weak_right)
        k, r = np.concatenate([k_weak, k_stood]), np.concatenate([r_weak, weak_ranks[i_stood]])
        by_smaller = np.lexsort((r, k))  # the pairs in the order of one loop over s, then b
        smaller.append(cand[k[by_smaller]])
        bigger.append(cand[order[r[by_smaller]]])
    small, big = np.concatenate(smaller), np.concatenate(bigger)
    # (two articles, one of the two a toll, the smaller no floor: the tests of the loop below, done at once)
    keep = (docs[small] != docs[big]) & (tollish[small] | tollish[big]) & ~floor[small]
    pairs = list(zip(small[keep].tolist(), big[keep].tolist()))
    if not pairs:
        return []
    index = w.index.to_numpy()
    seen = [set(h.positions) for h in found]
    done: set = set()
    hits = []

    # the claim's other figures, by (measure, group, country) and in order of publication: a figure's
    # neighbours within LATER_HORIZON_DAYS are one slice (places equal or nested share their country)
    claim_at = np.full(n, -1, dtype=np.int64)
    claim_at[cand] = mg
    stood_at = np.zeros(n, dtype=bool)
    stood_at[cand] = stood
    by_pub = cand[np.lexsort((pub[cand], mg))]
    codes_by_pub = claim_at[by_pub]
    bounds = np.flatnonzero(np.diff(codes_by_pub)) + 1
    starts, ends = np.r_[0, bounds], np.r_[bounds, len(by_pub)]
    spans = dict(zip(codes_by_pub[starts].tolist(), zip(starts.tolist(), ends.tolist())))
    slices: dict = {}

    def claim_figures(i: int) -> tuple[np.ndarray, list]:
        code = int(claim_at[i])
        if code not in slices:
            start, end = spans[code]
            slices[code] = (by_pub[start:end], pub[by_pub[start:end]].tolist())
        return slices[code]
    nested_memo: dict = {}

    def same_place(i: int, j: int) -> bool:
        a, b = place[j], place[i]
        if a == b:
            return True
        key = (a, b)
        if key not in nested_memo:
            nested_memo[key] = bool(a and b and places_nested(a, b))
        return nested_memo[key]

    # Support is asked of many figures of one claim and day (one toll run by many outlets, a day's
    # other figures): the claim's figures within LATER_HORIZON_DAYS of that day are gathered once,
    # by value, and each figure's support is then a bisection and the few figures beside it. The
    # first three articles standing near a figure are kept: "another than these two" is then known.
    around: dict = {}
    support: dict = {}

    def near(i: int, v: float, other: int) -> bool:
        # another article (not i's, not its rival's) with a figure of the claim close to v
        if stood_at[i]:
            return True
        key = (int(claim_at[i]), pub[i])
        found_near = support.get(key + (place[i], v))
        if found_near is None:
            if key not in around:
                idx, days = claim_figures(i)
                js = idx[bisect_left(days, pub[i] - LATER_HORIZON_DAYS):bisect_right(days, pub[i] + LATER_HORIZON_DAYS)]
                js = js[np.argsort(values[js], kind="stable")]
                around[key] = (js.tolist(), values[js].tolist())
            js, vals = around[key]
            found_near = []
            for k in range(bisect_left(vals, v / SUPPORT_RATIO), bisect_right(vals, v * SUPPORT_RATIO)):
                j = js[k]
                if docs[j] not in found_near and same_place(i, j):
                    found_near.append(docs[j])
                    if len(found_near) == 3:
                        break
            support[key + (place[i], v)] = found_near
        return any(d != docs[i] and d != docs[other] for d in found_near)

    firsts: dict = {}

    def first_day(i: int) -> float:
        # the first report of i's claim within LATER_HORIZON_DAYS before it (i's own day at the latest)
        key = (int(claim_at[i]), place[i], pub[i])
        if key not in firsts:
            idx, days = claim_figures(i)
            firsts[key] = next((days[k] for k in range(bisect_left(days, pub[i] - LATER_HORIZON_DAYS), bisect_right(days, pub[i]))
                                if same_place(i, idx[k])), pub[i])
        return firsts[key]
    for s, b in pairs:
        if docs[s] == docs[b] or not (tollish[s] or tollish[b]) or floor[s]:
            continue
        if not same_place(b, s):
            continue
        first = min(first_day(s), first_day(b))
        if min(pub[s], pub[b]) - first < 2:
            continue
        # (a figure counted to a day well before the claim's first report is another event's)
        if min(pe[s], pe[b]) < first - LATER_HORIZON_DAYS:
            continue
        small_near, big_near = near(s, values[s], b), near(b, values[b], s)
        if small_near == big_near:
            continue
        odd, kept = (b, s) if small_near else (s, b)
        if odd in done or any({int(index[s]), int(index[b])} <= x for x in seen):
            continue
        done.add(odd)
        positions = [int(index[kept]), int(index[odd])]
        claim = claim_of(w, int(index[kept] if tollish[kept] else index[odd]))
        lang = lang_of(w, positions[1])
        message = (f"Two reports a day apart give one toll, one about ten times the other ({claim_words(claim)}): "
                   f"{describe(w, positions)}. Other reports stand near {fmt_number(values[kept], lang)}, none near "
                   f"{fmt_number(values[odd], lang)}: check {fmt_number(values[odd], lang)} for "
                   + ("a zero added." if values[odd] > values[kept] else "a zero dropped, or an old toll run again."))
        hits.append(Hit(positions=positions, message=message, claim=claim))
    return hits


def _toll_left_on_event_day(w: pd.DataFrame, c: "_Columns", lo_t, hi_t, params: dict, found: list[Hit]) -> list[Hit]:
    """dpa's "the provisional death toll had increased to 290" on Saturday, then "The magnitude-6 quake
    struck ... early on Wednesday, killing 281 people": one article's two tolls of one disaster
    (`toll`, the same `event_day`), the lower read over the event's own day in a report published
    two days or more after it, the higher over a later window. The toll so far cannot be both: the
    background paragraph kept an old figure (CC108's own case; amatrice-quake-2016, rules-r141). Not
    parts, not floors, not figures credited to two originators, a ratio no lower than `min_ratio`
    (the day's first count, a tenth of the toll, is told as such), and no pair another finding names."""

    day, pe, pub = c.event_day, c.pe, c.pub.astype(float)
    old = np.nonzero(c.toll & c.flow.astype(bool) & ~c.is_part & ~c.floor & ~np.isnan(day) & (pe == day) & (pub - day >= 2))[0]
    if not len(old):
        return []
    seen = [set(h.positions) for h in found]
    index = w.index.to_numpy()
    current = np.nonzero(c.toll & c.flow.astype(bool) & ~c.is_part & ~c.floor & ~np.isnan(day) & (pe > day))[0]
    by_doc: dict = {}
    for b in current:
        by_doc.setdefault(c.docs[b], []).append(b)
    # (a toll of the event's day beside another of its own sentence, "put the death toll ... at 249 (official
    # tally 167)", is two sources' counts the article sets side by side, not an old paragraph: wayanad w4)
    toll_rows = np.nonzero(c.toll)[0]
    told_with = {}
    for i in toll_rows:
        told_with.setdefault((c.docs[i], c.sentence[i]), []).append(i)
    hits = []
    for a in old:
        if c.sentence[a] and len(told_with.get((c.docs[a], c.sentence[a]), ())) > 1:
            continue
        if params.get("report_time_told") and told_as_of_its_time(c.sentence[a], c.text[a]):
            continue  # "On Friday, Rabat said 18 migrants had died": the count of then, told with its day (rules-r231)
        pairs = []
        for b in by_doc.get(c.docs[a], ()):
            if day[b] != day[a] or c.measure[b] != c.measure[a] or c.group[b] != c.group[a] or not hi_t[a] < lo_t[b]:
                continue
            if abs(c.values[b]) == 0 or abs(c.values[a]) / abs(c.values[b]) < params["min_ratio"]:
                continue
            if _may_be_one_toll(a, b, c.place, c.attributed, c.origin, index, seen, params):
                pairs.append((a, b))
        if not pairs:
            continue
        involved = sorted({p for pair in pairs for p in pair})
        positions = [int(index[p]) for p in involved]
        claim = claim_of(w, int(index[pairs[0][1]]))
        message = (f"The article gives two tolls of one event ({claim_words(claim)}): {describe(w, positions)}. "
                   f"The lower one is told as the event's own toll in a later report: a paragraph kept an old figure.")
        hits.append(Hit(positions=positions, message=message, claim=claim))
        seen.append(set(positions))
    return hits


NUMERAL = re.compile(r"\d+(?:[.,\u202f\u00a0 ]\d{3})*(?:[.,]\d+)?")
MIN_SKELETON = 40  # a sentence shorter than this ("# morts") may be any two headlines


def _same_dispatch(claims: Claims, params: dict, found: list[Hit]) -> list[Hit]:
    """Two copies of one wire dispatch of one day (same `agency`, same publication day, other
    articles) whose figure stands in the same sentence, word for word once its numerals are set
    aside, and in the same place in it, with intervals that cannot both be true: one copy altered
    the figure. Read from the sentences, not the claims, since a copy's headline or dateline may
    give the same figure another window or place."""
    work = claims.work
    wire = column(work, "wire")
    if not (wire != "").any():
        return []
    texts = claims.records["text"].to_numpy()[work["row"].to_numpy()]
    sentence, measure, docs = column(work, "sentence"), column(work, "measure"), column(work, "doc")
    pub, lo, hi = work["pub"].to_numpy(), work["lo"].to_numpy(dtype=float), work["hi"].to_numpy(dtype=float)
    seen = {frozenset(h.positions) for h in found}
    groups: dict[tuple, list[int]] = {}
    shapes: dict[tuple, tuple | None] = {}  # (sentence, figure's text) -> (skeleton, slot): a sentence's figures and copies share it
    for i in np.nonzero(wire != "")[0]:
        sent, text = sentence[i], texts[i]
        if not isinstance(sent, str) or not isinstance(text, str) or np.isnan(pub[i]):
            continue
        shape = shapes.get((sent, text), False)
        if shape is False:
            shape = shapes[(sent, text)] = _dispatch_shape(sent, text)
        if shape is not None:
            groups.setdefault((wire[i], pub[i], measure[i]) + shape, []).append(i)
    hits = []
    for members in groups.values():
        if len({docs[i] for i in members}) < 2:
            continue
        top = lambda i: np.inf if np.isnan(hi[i]) else hi[i]
        bottom = lambda i: -np.inf if np.isnan(lo[i]) else lo[i]
        # (word for word the same sentence: "at least 205" and "at least 247" both hold as floors,
        # but one copy changed the figure all the same)
        pairs = [(a, b) for k, a in enumerate(members) for b in members[k + 1:]
                 if docs[a] != docs[b] and (bottom(a) != bottom(b) or top(a) != top(b))]
        if not pairs:
            continue
        positions = sorted({int(p) for pair in pairs for p in pair})
        if any(frozenset(positions) <= s or s <= frozenset(positions) for s in seen):
            continue
        claim = claim_of(work, positions[0])
        agency = claims.records["agency"].to_numpy()[work["row"].to_numpy()[positions[0]]] if "agency" in claims.records else None
        agency = agency if isinstance(agency, str) and agency else wire[positions[0]]
        message = (f"{len({docs[p] for p in positions})} copies of one {agency} dispatch of the same day print "
                   f"the same sentence with different figures ({claim_words(claim)}): one copy was altered: "
                   f"{describe(work, positions)}.")
        hits.append(Hit(positions=positions, message=message, claim=claim, severity=params["same_origin_severity"],
                        details={"independent_origins": 1}))
    return hits


def _dispatch_shape(sent: str, text: str) -> tuple | None:
    """A figure's sentence with its numerals set aside, and which numeral of it the figure is ("154 ...,
    dont 25": the second); None for a sentence too short to tell copies apart, or one that holds the
    figure's words twice or no numeral in them."""
    skeleton = NUMERAL.sub("#", sent)
    at = sent.find(text)
    if len(skeleton) < MIN_SKELETON or at < 0 or sent.find(text, at + 1) >= 0 or not NUMERAL.search(text):
        return None
    return skeleton, (len(NUMERAL.findall(sent[:at])), NUMERAL.sub("#", text))


def shared_later_top(cache: dict, w, lo_t):
    """`_later_top`, kept in the run's cache: CC101 and CC103 ask it of the same figures (the
    windowed ones) with the same floors; the floors are compared, so other floors recompute."""
    entry = cache.get("later_top")
    if entry is not None and entry[0] is w and np.array_equal(entry[1], lo_t):
        return entry[2]
    top = _later_top(w, lo_t)
    cache["later_top"] = (w, np.array(lo_t, copy=True), top)
    return top


def range_max(values: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """max(values[lo[i]:hi[i]]) for each i, NaN where the range is empty: a sparse table, all
    queries at once."""
    out = np.full(len(lo), np.nan)
    ok = hi > lo
    if not ok.any() or not len(values):
        return out
    table = [values.astype(np.float64)]
    while (1 << len(table)) <= len(values):
        prev, half = table[-1], 1 << (len(table) - 1)
        table.append(np.maximum(prev[:-half], prev[half:]))
    l, h = lo[ok], hi[ok]
    level = np.floor(np.log2(h - l)).astype(np.int64)
    res = np.empty(len(l))
    for j in np.unique(level).tolist():
        sel = level == j
        res[sel] = np.maximum(table[j][l[sel]], table[j][h[sel] - (1 << j)])
    out[ok] = res
    return out


def _later_top(w, lo_t):
    """For each flow figure: the highest floor that reports published on a later day, at most
    LATER_HORIZON_DAYS later, give for the same measure, group and place (any window), i.e. how far
    the count went on afterwards.

    Dated figures sorted by (claim, day), each day's highest floor, then a running maximum
    from the claim's last day back, taken one day along: plain numpy (a pandas groupby and a
    MultiIndex look-up cost most of a second at a million records)."""
    key, pub = key_codes(w, ["measure", "group", "place"]), w["pub"].to_numpy()
    dated = np.nonzero(~np.isnan(pub))[0]
    if not len(dated):
        return np.full(len(w), -np.inf)
    order = dated[np.lexsort((pub[dated], key[dated]))]
    k, d = key[order], pub[order]
    new_day = np.r_[True, (k[1:] != k[:-1]) | (d[1:] != d[:-1])]
    starts = np.nonzero(new_day)[0]
    day_max, day_key = np.maximum.reduceat(lo_t[order], starts), k[starts]
    # best floor of the claim's later days within LATER_HORIZON_DAYS (NaN: none): the entries of one
    # claim stand sorted by day, so each day's later days are one run after it, its max a range query
    stamp = day_key.astype(np.float64) * 1e7 + d[starts]
    end = np.searchsorted(stamp, stamp + LATER_HORIZON_DAYS, side="right")
    after = range_max(day_max, np.arange(1, len(starts) + 1), end)
    top = np.full(len(w), np.nan)
    top[order] = after[np.cumsum(new_day) - 1]
    out = np.nan_to_num(top, nan=-np.inf)
    return np.where(w["is_flow"].to_numpy(), out, -np.inf)


class _Columns:
    """The columns the pair tests read, taken as arrays once per run: a block is a handful of rows
    of a table that may hold a million, and taking a column costs the whole column each time."""

    def __init__(self, w):
        self.docs = w["doc"].to_numpy()
        self.values = w["value"].to_numpy()
        self.cumulative = w["cumulative"].to_numpy()
        self.flow = w["is_flow"].to_numpy()
        self.quoted = w["quoted"].to_numpy()
        self.speaker = w["speaker"].to_numpy()
        self.pub = w["pub"].to_numpy()
        self.sentence = w["sentence"].to_numpy()
        self.origin = w["origin"].to_numpy()
        self.attributed = w["attributed"].to_numpy()
        self.wire = w["wire"].to_numpy() if "wire" in w.columns else np.full(len(w), "", dtype=object)
        self.part_of = w["part_of"].to_numpy() if "part_of" in w else None
        self.is_part = w["part_of"].notna().to_numpy() if "part_of" in w else np.zeros(len(w), dtype=bool)
        self._wholes = None
        # "sept soldats avaient été tués ... et cinq autres dans un accident": counts side by side for
        # one claim add up; neither is a version of another article's figure for it
        self.addend = side_by_side(w) | people_beside_named(w)  # (the second: series-r224)
        self.measure = w["measure"].to_numpy()
        self.toll = w["toll"].to_numpy(dtype=bool) if "toll" in w.columns else np.zeros(len(w), dtype=bool)
        self.event_day = w["event_day"].to_numpy(dtype=float) if "event_day" in w.columns else np.full(len(w), np.nan)
        self.pe = w["pe"].to_numpy(dtype=float) if "pe" in w.columns else np.full(len(w), np.nan)
        ps = w["ps"].to_numpy(dtype=float) if "ps" in w.columns else np.full(len(w), np.nan)
        self.default_window = over_default_window(ps, self.pe, self.pub)
        self.revises = w["revises"].to_numpy(dtype=bool) if "revises" in w.columns else np.zeros(len(w), dtype=bool)
        self.rises = w["rises"].to_numpy(dtype=bool) if "rises" in w.columns else np.zeros(len(w), dtype=bool)
        self.risen_from = w["risen_from"].to_numpy(dtype=float) if "risen_from" in w.columns else None
        self._rises_by = None
        self.basis = w["basis"].to_numpy()
        self.floor = w["basis"].isin(("identified", "documented")).to_numpy()
        # a projection ("could reach 500") is a ceiling against a count: the toll so far is below it
        self.estimated = (w["basis"] == "estimated").to_numpy()
        self.group = w["group"].to_numpy()
        self.place = w["place"].to_numpy()
        # integer stand-ins for the pair tests run in numpy: the same equalities as the text
        self.doc_code = w["doc" + CODE].to_numpy() if "doc" + CODE in w.columns else pd.factorize(self.docs)[0]
        self._w = w
        self._lang = None
        self._lang_code = None
        self._parts = None
        self._rise = None
        self._doc_rows = None
        self.named_earlier: frozenset = frozenset()  # set by `find` from the engine's cache
        self.start = None  # each figure's offset in its article, set by `find` for `successive_hours`
        self._hours: dict = {}
        self.text = np.full(len(w), "", dtype=object)  # the figures as written, set by `find` when asked
        self._current: dict = {}
        self._doc_order = None
        self._doc_sorted = None
        self._credit_by_value = None
        self._revised_top = None
        self._revised_from = None
        self.origin_code, names = pd.factorize(self.origin, use_na_sentinel=True)
        self.has_origin = np.array([bool(o) for o in names] + [False])[self.origin_code]  # `if origin[a]`



    def day_killed_rise(self) -> dict:
        """(publication day, place) → how far the batch's counts of the dead of that day and place run, highest
        less lowest (once per table, asked only when two counts of the missing of one day disagree)."""
        if self._rise is None:
            killed = (self.measure == "killed") & (self.pub == self.pub)
            frame = pd.DataFrame({"pub": self.pub[killed], "place": self.place[killed],
                                  "value": self.values[killed].astype(float)})
            spread = frame.groupby(["pub", "place"], dropna=False)["value"].agg(lambda v: v.max() - v.min())
            self._rise = spread.to_dict()
        return self._rise

    def told_with_hour(self, i: int) -> bool:
        """Does figure i's article tell its count with an hour of the day somewhere ("Au moins six personnes sont
        mortes ... en fin de matinée")? One wire's lower count of a day is a morning count when its article says
        so (series-r224); the article's rows are read once, by document."""
        if self._doc_rows is None:
            self._doc_rows = {}
            for r, d in enumerate(self.docs.tolist()):
                self._doc_rows.setdefault(d, []).append(r)
        return any(self.values[r] == self.values[i] and _hour(self, r) is not None
                   for r in self._doc_rows.get(self.docs[i], ()))

    def restates_part(self, a: int, b: int) -> bool:
        """Is one of two figures of one article equal to a part the article links to the other (`part_of`)?"""
        if self._parts is None:
            self._parts = {}
            if self.part_of is not None:
                for i in np.nonzero(self.is_part)[0].tolist():
                    self._parts.setdefault((self.docs[i], float(self.part_of[i])), set()).add(float(self.values[i]))
        if not self._parts:
            return False
        return float(self.values[b]) in self._parts.get((self.docs[a], float(self.values[a])), ()) \
            or float(self.values[a]) in self._parts.get((self.docs[b], float(self.values[b])), ())

    def translated(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Per pair, whether figures a and b stand in a wire's dispatch and its translation: the same agency,
        the same publication day, two languages, and either both credited or neither (`translation_bounds_floors`)."""
        out = (self.wire[a] != "") & (self.wire[a] == self.wire[b])
        if not out.any():
            return out
        if self._lang_code is None:
            lang = self._w["lang"].to_numpy() if "lang" in self._w.columns else np.full(len(self._w), None, dtype=object)
            code, names = pd.factorize(lang, use_na_sentinel=True)
            self._lang_code = np.where(np.append(names == "", False)[code], -1, code)  # (-1: no language given)
        la, lb = self._lang_code[a], self._lang_code[b]
        return out & (la >= 0) & (lb >= 0) & (la != lb) & (self.pub[a] == self.pub[b]) \
            & (self.attributed[a].astype(bool) == self.attributed[b].astype(bool))

    def one_dispatch(self, a: int, b: int) -> bool:
        """Can figures a and b of one day stand in copies of one wire dispatch? Same wire, and either two
        languages (a dispatch and its translation) or one sentence, its numerals aside. One wire's copies in one
        language whose sentences differ ("Au moins six personnes sont mortes ... en fin de matinée", then "Au
        moins quatorze personnes - onze mineurs et trois sauveteurs - ont été tuées") may be its successive
        dispatches of the day, which a later count of the batch may pass, when the lower one's article tells its
        count with an hour of the day (`told_with_hour`; series-r224)."""
        wire = self.wire
        if not (wire[a] and wire[a] == wire[b]):
            return False
        if self._lang is None:
            self._lang = self._w["lang"].to_numpy() if "lang" in self._w.columns else np.full(len(self._w), "", dtype=object)
        if self._lang[a] != self._lang[b]:
            return True
        sa, sb = self.sentence[a], self.sentence[b]
        return not (isinstance(sa, str) and isinstance(sb, str)) or NUMERAL.sub("#", sa) == NUMERAL.sub("#", sb)
    def told_earlier(self, i: int) -> bool:
        """Does row `i`'s sentence tell its figure as an earlier report, or of years back (`_common.told_earlier`)?"""
        return told_earlier(self.sentence[i], self.text[i])

    def other_tally(self, i: int) -> bool:
        """Does row `i`'s sentence announce its figure as another tally than the article's own (`_common.told_as_other_tally`)?"""
        return told_as_other_tally(self.sentence[i], self.text[i])

    def current_told(self, i: int) -> bool:
        """Does row `i`'s article give a figure of its measure that it tells as today's (not `told_earlier`)?
        The rows of an article are found through the articles' order, sorted once, on first asking."""
        key = (self.doc_code[i], self.measure[i])
        if key not in self._current:
            if self._doc_order is None:
                self._doc_order = np.argsort(self.doc_code, kind="stable")
                self._doc_sorted = self.doc_code[self._doc_order]
            lo = np.searchsorted(self._doc_sorted, self.doc_code[i], side="left")
            hi = np.searchsorted(self._doc_sorted, self.doc_code[i], side="right")
            self._current[key] = any(self.measure[r] == self.measure[i] and not self.told_earlier(r)
                                     for r in self._doc_order[lo:hi].tolist())
        return self._current[key]

    def wounded_who_died(self, a: int, b: int) -> bool:
        """Do the injured counts `a` and `b` of one article differ by exactly the rise of the dead that the
        lower one's sentence tells ("est passé de six à sept morts et 12 blessés" beside "Les blessés étaient
        au nombre de 13")? The rises of the dead by (article, sentence), built once from the risen tolls."""
        if self.risen_from is None or self.measure[a] != "injured" or self.measure[b] != "injured":
            return False
        if self._rises_by is None:
            self._rises_by = {}
            for r in np.nonzero((self.risen_from == self.risen_from) & (self.measure == "killed"))[0].tolist():
                self._rises_by.setdefault((self.docs[r], self.sentence[r]), set()).add(self.values[r] - self.risen_from[r])
        low, high = (a, b) if self.values[a] < self.values[b] else (b, a)
        return self.values[high] - self.values[low] in self._rises_by.get((self.docs[low], self.sentence[low]), ())

    def whole_given(self, x) -> bool:
        """Whether the article of part `x` gives its whole, a larger figure of the same measure ("put the
        number of injured at 1,175 ... 382 are being treated"): that whole, not the part, is the article's
        figure for the claim across articles. The (article, value, measure) of every row, built once."""
        if self._wholes is None:
            self._wholes = set(zip(self.docs.tolist(), self.values.tolist(), self.measure.tolist()))
        return self.part_of[x] != self.values[x] and (self.docs[x], self.part_of[x], self.measure[x]) in self._wholes

    def revised_top(self, i: int, lo_t) -> float:
        """The highest floor among the figures of `i`'s article, measure and place that revise the toll down
        (`revises`): the revised toll a walk-back explains a fall down to, no lower. Keyed by place: a
        revision of one place's toll sets no floor for another's (rules-r223)."""
        if self._revised_top is None:
            self._revised_top = {}
            for r in np.nonzero(self.revises)[0].tolist():
                key = (self.docs[r], self.measure[r], self.place[r] or None)
                self._revised_top[key] = max(self._revised_top.get(key, -np.inf), lo_t[r])
        return self._revised_top.get((self.docs[i], self.measure[i], self.place[i] or None), -np.inf)

    def revised_from(self, i: int) -> float:
        """The lowest earlier figure of `i`'s measure that `i`'s article names and supersedes ("Le précédent
        décompte faisait état de 88 morts", "had earlier announced that 75 had died"): the count its walk-back
        starts from (NaN when it names none). Built once from the engine's `named_earlier`."""
        if self._revised_from is None:
            self._revised_from = {}
            for d, m, v in self.named_earlier:
                self._revised_from[(d, m)] = min(self._revised_from.get((d, m), np.inf), v)
        return self._revised_from.get((str(self.docs[i]), str(self.measure[i])), np.nan)

    def restated_elsewhere(self, i: int) -> bool:
        """Is figure `i` an uncredited heading (a headline, a crosshead: a short line with no full stop)
        whose value the body gives, credited, for another place ("Hajj 2024: 19 pilgrims confirmed
        dead in Saudi Arabia", then "authorities from Jordan and Iran said at least 19 pilgrims from
        their countries had died")? The heading restates that figure: it is no version of the
        figures of its own claim (a heading whose body twin shares its claim still is:
        "fait au moins neuf morts" above the hospitals' 9 and the police's 8)."""
        if self.attributed[i]:
            return False
        sentence = (self.sentence[i] or "").rstrip()
        if not sentence or sentence[-1] in ".!?»\"”)" or len(sentence) > 140:
            return False
        if self._credit_by_value is None:
            w = self._w
            credited = w[w["attributed"].to_numpy()]
            self._credit_by_value = {}
            for doc, measure, value, place in zip(credited["doc"], credited["measure"], credited["value"], credited["place"]):
                self._credit_by_value.setdefault((doc, measure, value), set()).add(place or "")
        places = self._credit_by_value.get((self.docs[i], self.measure[i], self.values[i]), set())
        return bool(places) and (self.place[i] or "") not in places

def _candidate_pairs(blocks: dict, c: _Columns, lo_t, hi_t, hi_b, params, within) -> dict[int, list[tuple[int, int]]]:
    """Per block (up to PAIRWISE_LIMIT figures), the pairs worth the tests of `_conflicts`: the
    intervals are disjoint, the later report is not simply higher, and (across articles)
    the two stand in different articles. Every pair of every block is tested here at once, in
    numpy, in the order `_conflicts` would walk them (a block's first figure with each later one,
    then the second, ...): testing pair by pair in Python was most of this kind's time at a
    million records (a million pairs in 6,000 blocks), and nearly all pairs fail these tests.
    """
    by_size: dict[int, list[int]] = {}
    for key, members in blocks.items():
        if 2 <= len(members) <= PAIRWISE_LIMIT:
            by_size.setdefault(len(members), []).append(key)
    if not by_size:
        return {}
    parts = []
    for size, keys in by_size.items():
        i, j = np.triu_indices(size, 1)  # row by row: (0, 1), (0, 2), ... (1, 2), ...
        table = np.stack([blocks[k] for k in keys])
        parts.append((table[:, i].ravel(), table[:, j].ravel(), np.repeat(keys, len(i)), np.tile(np.arange(len(i)), len(keys))))
    a, b, key, rank = (np.concatenate(x) for x in zip(*parts))
    # "plus de 5.300" and "more than 3,500" in two copies of one dispatch cannot both be right;
    # from two originators, "more than N" stays the floor it says it is
    same = c.has_origin[a] & (c.origin_code[a] == c.origin_code[b])
    if params.get("translation_bounds_floors") and not within:
        # a dispatch and its translation, each crediting in its own language ("a local official", "un
        # responsable local"): one origin's copies
        same = same | c.translated(a, b)
    same_basis = same & (c.basis[a] == c.basis[b])
    hi_a = np.where(same_basis | same & ~c.floor[a], hi_b[a], hi_t[a])
    hi_bb = np.where(same_basis | same & ~c.floor[b], hi_b[b], hi_t[b])
    # "257 dead" and "could reach 500" in one headline: a projection says how high the toll may go,
    # so a count below it agrees with it; only a count above it (or another projection) contradicts it
    lo_a = np.where(c.estimated[a] & ~c.estimated[b], -np.inf, lo_t[a])
    lo_b = np.where(c.estimated[b] & ~c.estimated[a], -np.inf, lo_t[b])
    keep = (lo_a > hi_bb) | (lo_b > hi_a)
    if params["digit_slips_count"]:
        # "at least 135" and "at least 1,350" for one claim and window both hold as floors, but one
        # is the other with a zero added: a slip of the keyboard, whatever the floors allow
        va, vb = np.abs(c.values[a]), np.abs(c.values[b])
        near = ~keep & (np.maximum(va, vb) >= 9.5 * np.minimum(va, vb)) & (np.minimum(va, vb) >= 10)
        for i in np.nonzero(near)[0].tolist():
            keep[i] = digit_slip(va[i], vb[i]) == "a zero added or dropped"
    if params.get("toll_leading_digit_lost") and within:
        # "le bilan atteint 274 morts" and "porte à 74 morts le bilan": one toll of one claim told twice, the
        # second with its first digit lost (rules-r231)
        va, vb = np.abs(c.values[a].astype(float)), np.abs(c.values[b].astype(float))
        small, big = np.minimum(va, vb), np.maximum(va, vb)
        with np.errstate(divide="ignore", invalid="ignore"):
            step = 10.0 ** np.floor(np.log10(np.where(small >= 10, small, 10.0)) + 1)  # 100 for 74: 274 - 74 is 2 x 100
            lead = (big - small) / step
        near = ~keep & c.toll[a] & c.toll[b] & ~c.is_part[a] & ~c.is_part[b] & (small >= 10) \
            & (lead >= 1) & (lead <= 9) & (lead == np.floor(lead))
        for i in np.nonzero(near)[0].tolist():
            keep[i] = leading_digit_lost(c.values[a[i]], c.values[b[i]])
    if params["later_may_grow"]:
        # "rose to 3,419" on Tuesday, "8,574" on Wednesday: a flow whose later report is higher
        # (its floor above the earlier one's ceiling) is the count going on
        pa, pb = c.pub[a], c.pub[b]
        dated = (pa == pa) & (pb == pb) & (pa != pb)
        keep &= ~(c.flow[a] & dated & np.where(pa < pb, lo_t[b] > hi_a, lo_t[a] > hi_bb))
    if params.get("missing_may_fall") and not within:
        # "Le sort de 35 personnes demeure inconnu" on Sunday, "30 were still unaccounted for" on Monday:
        # the missing are found, dead or alive, and their count falls as the search goes on
        # (the same day too, from two wires, when the batch's dead of that day and place rose by at least as many
        # as the missing fell: "46 other miners are still trapped" at noon, "the search for 38 people missing was
        # halted" that evening, the toll gone from 11 to 52 that day: the missing were found dead; series-r224)
        pa, pb = c.pub[a], c.pub[b]
        missing = keep & (c.measure[a] == "missing") & (c.measure[b] == "missing") & (pa == pa) & (pb == pb)
        same_day = missing & (pa == pb) & ((c.wire[a] != c.wire[b]) | (c.wire[a] == ""))
        rise = c.day_killed_rise() if same_day.any() else {}
        for i in np.nonzero(missing & ((pa != pb) | same_day))[0].tolist():
            if pa[i] == pb[i] and rise.get((pa[i], c.place[a[i]]), 0.0) < abs(c.values[a[i]] - c.values[b[i]]):
                continue
            keep[i] = digit_slip(c.values[a[i]], c.values[b[i]]) is not None
    if not within:
        keep &= c.doc_code[a] != c.doc_code[b]
    a, b, key, rank = a[keep], b[keep], key[keep], rank[keep]
    order = np.lexsort((rank, key))
    a, b, key = a[order], b[order], key[order]
    out: dict[int, list[tuple[int, int]]] = {}
    for k, x, y in zip(key.tolist(), a.tolist(), b.tolist()):
        out.setdefault(k, []).append((x, y))
    return out


@lru_cache(maxsize=4096)
def _one_side(sentence) -> str:
    """The side of a front line the sentence gives its count for ("côté ukrainien", "in
    government-held areas", "territoires occupés par les Russes"; `figures.ONE_SIDE`), as written,
    or "" when it names none."""
    if not isinstance(sentence, str) or not sentence:
        return ""
    from checker.extract.figures import ONE_SIDE
    from checker.extract.numbers import fold

    m = ONE_SIDE.search(fold(sentence)) if ONE_SIDE is not None else None
    return m.group(0) if m else ""


def _conflicts(c: _Columns, members, candidates, lo_t, hi_t, hi_b, params, within, later_top, wider_later) -> list[tuple[int, int]]:
    """The pairs of a block that contradict each other, from its `candidates` (`_candidate_pairs`)."""
    docs, values, cumulative, flow, quoted, speaker = c.docs, c.values, c.cumulative, c.flow, c.quoted, c.speaker
    pub, sentence, origin, attributed, wire = c.pub, c.sentence, c.origin, c.attributed, c.wire
    part_of, is_part = c.part_of, c.is_part
    pairs = []
    named_earlier = c.named_earlier if params.get("earlier_named_updates") else None
    if len(members) > PAIRWISE_LIMIT:  # a huge block: only the extremes, no filters
        lo_i = members[np.argmax(lo_t[members])]
        hi_i = members[np.argmin(hi_t[members])]
        return [(hi_i, lo_i)] if docs[lo_i] != docs[hi_i] or within else []
    tops = None
    if within and params.get("parts_of_a_larger_count"):
        # the largest flow each article gives for the block's claim, once per block (linear in its members)
        tops = {}
        for m in members:
            if flow[m] and abs(values[m]) > tops.get(docs[m], 0):
                tops[docs[m]] = abs(values[m])
    reporting = None
    if params.get("reported_disagreement") and not within:
        # the (article, origin) pairs of the block's credited figures: an article that credits the
        # claim to two originators reports their disagreement
        reporting = {(docs[m], origin[m]) for m in members if attributed[m] and origin[m]}
    for a, b in candidates:  # disjoint, not grown, and from two articles unless `within`
        if not within and docs[a] != docs[b] and is_part[a] != is_part[b] \
                and (c.toll[b if is_part[a] else a] or part_of[a if is_part[a] else b] == values[b if is_part[a] else a]) \
                and c.whole_given(a if is_part[a] else b):
            # "1,175 injured ... 382 are being treated" against another report's toll, or a copy's "six disparus"
            # against the other copy's "Trois Roumains ... aussi portés disparus" (a part of those six): the
            # article's figure for the claim is its whole, not the part (a part still meets another copy's same
            # count: "at least 38 more died" against "au moins 38 autres personnes")
            continue
        if reporting is not None and docs[a] != docs[b] and attributed[a] and attributed[b] and origin[a] \
                and origin[b] and origin[a] != origin[b] \
                and ((docs[a], origin[b]) in reporting or (docs[b], origin[a]) in reporting):
            continue  # "au moins 15 selon El Nuevo Día", "13 selon le gouverneur": each copy says they differ
        if docs[a] == docs[b] and sentence[a] and sentence[a] == sentence[b]:
            continue  # "45 blessés graves et 1.373 blessés légers": siblings of one sentence, not two versions
        if docs[a] == docs[b] and part_of is not None and (part_of[a] == values[b] or part_of[b] == values[a]):
            continue  # "19,136 died ... Of the deaths, 17,388 were reported in Kashmir": a part the article links to its total
        if docs[a] == docs[b] and (is_part[a] or is_part[b]):
            continue  # "109 hommes, 24 femmes et 38 enfants" after "171 morts": parts the article links to a whole
        if within and c.restates_part(a, b):
            # "Au moins quatorze personnes - onze mineurs et trois sauveteurs - ont été tuées", then "dont 11 ont
            # été retrouvés morts", "« Onze personnes sont mortes »": a count equal to a part the article gives of
            # the other figure is that part told again, not another version of the whole (series-r224)
            continue
        slip = params["digit_slips_count"] and digit_slip(values[a], values[b]) is not None
        if docs[a] == docs[b] and c.toll[a] != c.toll[b] \
                and (hi_t[b] <= lo_t[a] if c.toll[a] else hi_t[a] <= lo_t[b]) \
                and not (slip and digit_slip(values[a], values[b]) == "a zero added or dropped") \
                and not _transposed(values[a], values[b]) \
                and not _count_as_of_the_toll(c, b if c.toll[a] else a, a if c.toll[a] else b):
            # "s'est alourdi à cinq morts ... La veille, quatre personnes avaient perdu la vie": a count the
            # disaster's toll so far has outgrown (not a toll ten times the headline's: "toll reaches 413",
            # "has reached 4,130", a zero added; nor its digits swapped: "porté à 86 morts" against a quoted
            # 68; nor a count that stands where the toll stands: `_count_as_of_the_toll`)
            continue
        if params["walked_back_explains"] and docs[a] != docs[b] and pub[a] == pub[a] and pub[b] == pub[b] \
                and (pub[a] != pub[b] or params["walked_back_same_day"] and c.revises[a] != c.revises[b]):
            # (the same day, the report that says it lowered the toll is the later one: series-r257)
            later, earlier = ((a, b) if pub[a] > pub[b] else (b, a)) if pub[a] != pub[b] else ((a, b) if c.revises[a] else (b, a))
            if c.revises[later] and values[later] < values[earlier] and hi_t[later] >= c.revised_top(later, lo_t) \
                    and (pub[a] != pub[b] or not hi_t[earlier] < c.revised_from(later)):
                # "revised the toll down to 253, from the previous figure of 359": the walk-back it states
                # (CC102's note); only down to the article's revised toll ("de 48 à 45 morts" explains no 28).
                # The same day, only from a count at least the one it says it lowered ("Le précédent décompte
                # faisait état de 88 morts" beside another report's 85 that day: the 85 is no count it revised,
                # but a rival of its new toll; camp-fire c8, mut-r266)
                continue
        if docs[a] != docs[b] and (c.addend[a] or c.addend[b]):
            continue  # "sept soldats tués ..., cinq autres dans un accident" against another article's seven
        if named_earlier and docs[a] != docs[b] and flow[a]:
            low_i, high_i = (a, b) if values[a] < values[b] else (b, a)
            if not pub[low_i] > pub[high_i] and (str(docs[high_i]), str(c.measure[high_i]), float(values[low_i])) in named_earlier:
                continue  # 93 at dawn, then "ce bilan rehausse celui de 93 morts": the count the later report updates
        if later_top is not None and flow[a] and pub[a] == pub[b] and not c.one_dispatch(a, b) \
                and max(later_top[a], wider_later.top(a)) >= max(lo_t[a], lo_t[b]) \
                and not (wire[a] and wire[a] == wire[b] and not c.told_with_hour(a if values[a] < values[b] else b)):
            continue  # 632 in the morning, 820 at ten, 2,012 the next day: one day's updates, not two versions
        if later_top is not None and flow[a] and pub[a] == pub[b] and docs[a] != docs[b] \
                and not (wire[a] and wire[a] == wire[b]) and c.rises[a if values[a] < values[b] else b] \
                and (c.rises[b if values[a] < values[b] else a] or cumulative[b if values[a] < values[b] else a]):
            # "surged to 87 ... up from 59", "had risen to 100" the same day: each report says the count moved; or
            # the lower report says the count was moving that day (it names the count it rose from), and the
            # higher one gives its count as the toll
            # so far, so it is where the count moved on to ("has mounted from 55 to 68", then CNN's "has risen to
            # 85" that Monday: kabul-school-2021; not a timeline's "more than 20 killed" beside Dagestan's 19)
            continue
        if within and params["credited_sources_may_differ"] and attributed[a] and attributed[b] \
                and origin[a] and origin[b] and not one_originator(origin[a], origin[b]):
            continue  # "selon le PAM" ... "selon les talibans": the article reports two sources
        if within and sentence[a] != sentence[b] and _one_side(sentence[a]) != _one_side(sentence[b]) \
                and not (params["digit_slips_count"] and digit_slip(values[a], values[b]) is not None):
            # "Le bilan monte à 6 morts ... du côté ukrainien", then "Dans les territoires occupés par les
            # Russes, les responsables ont fait état ... de huit morts": counts the sentences give for two
            # sides of a front line, or for one side and the article's own scope, are two areas, not two
            # versions of one toll (series-r190)
            continue
        if within and params.get("earlier_reports_told") and (c.told_earlier(a) or c.told_earlier(b)) \
                and c.current_told(a) \
                and not (slip and digit_slip(values[a], values[b]) == "a zero added or dropped"
                         and c.told_earlier(a if values[a] > values[b] else b)):
            # "Au moins 19 personnes ... ont été tuées", then "« ... 18 personnes sont mortes », avait annoncé
            # plus tôt ... Aksionov", "avait parlé ... d'un « premier bilan (de) 10 morts »", TASS's "avait de son
            # côté fait état de 10 morts et de 70 blessés": reports the article tells as earlier ones, beside
            # the figures it tells as today's, are no versions of today's toll (rules-r198)
            continue
        if within and params.get("other_tallies_told") and (c.other_tally(a) or c.other_tally(b)) \
                and not (slip and digit_slip(values[a], values[b]) == "a zero added or dropped"):
            # "... et plus de 600 blessés. D'autres bilans font état de 454 blessés": a rival count the article
            # announces as another tally, beside its own, is no version of it (rules-r206, dev751)
            continue
        if within and params.get("wounded_who_died") and c.wounded_who_died(a, b):
            # "est passé de six à sept morts et 12 blessés", the day's "Les blessés étaient au nombre de 13": the
            # wounded pupil who died in the night left the wounded for the dead (rules-r215, dev764)
            continue
        if within and c.start is not None and _successive_hours(c, a, b, members):
            continue  # "By Thursday noon, 32", "by 4 p.m. on Thursday, hit 34", "later that day ... 47": the day's counts in turn
        if within and (c.restated_elsewhere(a) or c.restated_elsewhere(b)):
            continue  # a crosshead's 19 that the body gives for Jordan and Iran, not for Saudi Arabia
        if not flow[a] and params["stock_min_ratio"] > 0 and not slip:
            small, big = sorted((abs(values[a]), abs(values[b])))
            if big > 0 and small / big < params["stock_min_ratio"]:
                continue  # "villages où vivaient jusqu'à 1.500 personnes" and "43 millions d'Afghans"
        # two running totals since one start count the same dead, whatever their ratio; two tolls so far
        # over the report's default window, with no start of their own, are read as tolls: a count far
        # below the other is a part ("A total of 86 wounded ... discharged, while two others died" under
        # the headline's "Death toll ... rises to 85"), as before a risen toll was a running total
        both_totals = cumulative[a] and cumulative[b] and not (c.default_window[a] and c.default_window[b])
        if not slip and params.get("toll_magnitude_slips") and c.toll[a] and c.toll[b] and min(abs(values[a]), abs(values[b])) >= 10:
            # (not "au moins sept" against "un": among single digits a factor of seven is no slip)
            slip = 9 <= max(abs(values[a]), abs(values[b])) / min(abs(values[a]), abs(values[b])) <= 11
        if not slip and params.get("toll_leading_digit_lost") and within and c.toll[a] and c.toll[b] \
                and not (is_part[a] or is_part[b]):
            slip = leading_digit_lost(values[a], values[b])  # "atteint 274 morts", "porte à 74 morts" (rules-r231)
        if flow[a] and not both_totals and not slip:
            small, big = sorted((abs(values[a]), abs(values[b])))
            if big > 0 and small / big < params["min_ratio"]:
                continue  # a part of the day's toll (one strike, one family), not a restatement
            if tops is not None and flow[b] and docs[a] == docs[b] and not (c.toll[a] or c.toll[b]) \
                    and big < params["min_ratio"] * tops.get(docs[a], 0):
                continue  # "about 30 to 35" at a hospital, "some 41" at a mosque, under the day's 118: two parts of it
        if params["leave_quotes_to_quote_rule"] and speaker[a] and speaker[a] == speaker[b] and (quoted[a] or quoted[b]):
            continue
        pairs.append((a, b))
    return pairs


def _examine(w, cols: _Columns, index, members, candidates, lo_t, hi_t, hi_b, params, within, later_top, wider_later) -> Hit | None:
    pairs = _conflicts(cols, members, candidates, lo_t, hi_t, hi_b, params, within, later_top, wider_later)
    if not pairs:
        return None
    involved = sorted({p for pair in pairs for p in pair})
    positions = [int(index[p]) for p in involved]
    origins = {cols.origin[p] for p in involved}
    claim = claim_of(w, positions[0])
    severity = None
    if within:
        message = f"The article gives {len(involved)} incompatible figures for the same claim ({claim_words(claim)}): {describe(w, positions)}."
    else:
        docs = {cols.docs[p] for p in involved}
        message = (f"{len(docs)} articles give incompatible figures for the same claim ({claim_words(claim)}): "
                   f"{describe(w, positions)}.")
        if len(origins) == 1 and "" not in origins:
            severity = params["same_origin_severity"]
            if len({cols.pub[p] for p in involved}) > 1:
                # the same originator's figure, changed on a later day: a walk-back the copy must explain,
                # or a figure miscopied; which, only the originator's own statements tell
                message += (" They come from the same origin on different days: either a revision the copy "
                            "must explain, or one of them was miscopied.")
            else:
                message += " They come from the same origin, so one of them was miscopied."
    if params["digit_slips_count"]:
        slips = [(a, b, how) for a, b in pairs if (how := digit_slip(cols.values[a], cols.values[b])
                                                   or (params.get("toll_leading_digit_lost") and within
                                                       and leading_digit_lost(cols.values[a], cols.values[b])
                                                       and "its first digit lost"))]
        if slips:
            a, b, how = slips[0]
            small, big = sorted((abs(cols.values[a]), abs(cols.values[b])))
            lang = lang_of(w, positions[0])
            message += f" {fmt_number(small, lang)} is {fmt_number(big, lang)} with {how}: check for a typing slip."
    return Hit(positions=positions, message=message, claim=claim, severity=severity,
               details={"independent_origins": len(origins)})


def _count_as_of_the_toll(c: _Columns, count: int, toll: int) -> bool:
    """Does `count` (no toll) stand where the article's toll (`toll`) stands, so that it is another
    version of the toll, not a count the toll outgrew? A count of the event's day (`event_day`) or a
    running count ("Ce décès porte à 86 le nombre de personnes tuées") whose window ends no earlier
    than the toll's: "At least 16 tourists were killed ... in a terror attack ... on Tuesday" and
    "sources put the number of those killed in the terrorist attack ... at 26 at least", both of
    Tuesday. A count of an earlier day is one the toll outgrew ("Tuesday's attack killed 16" in
    Wednesday's report of the toll's 26; "La veille, quatre personnes avaient perdu la vie"). A plain
    count of the report's day is left out: it is as often a place's share the copy does not link
    ("dont 10.000 dans la localité de Bogalay", the 10.000 repeated further down, dev526)."""
    end, toll_end = c.pe[count], c.pe[toll]
    if end != end or toll_end != toll_end or end < toll_end:
        return False
    return c.event_day[count] == c.event_day[count] or bool(c.cumulative[count]) or _reached_by_toll_verb(c, count)


def _reached_by_toll_verb(c: _Columns, i: int) -> bool:
    """Is figure `i` the number a toll's verb reaches right before it ("« Ce décès porte à 86 le nombre de
    personnes tuées »", "brings to 86 the number of"), a running count told with no toll word (rules-r215,
    nice n9)? Its sentence and its text as written (`_Columns.text`, set for `earlier_reports_told`)."""
    sentence, text = c.sentence[i], c.text[i]
    if not isinstance(sentence, str) or not isinstance(text, str) or not text:
        return False
    at = sentence.find(text)
    if at <= 0:
        return False
    from checker.extract.figures import TOLL_VERB_REACHES
    from checker.extract.numbers import fold

    return TOLL_VERB_REACHES.search(fold(sentence[max(0, at - 40):at])) is not None


def _hour(c: _Columns, i: int):
    """The hour of the day record `i`'s sentence tells its count with (`hour_of_day`), read once per sentence."""
    from checker.extract.figures import hour_of_day

    sentence = c.sentence[i] or ""
    if sentence not in c._hours:
        c._hours[sentence] = hour_of_day(sentence)
    return c._hours[sentence]


def _successive_hours(c: _Columns, a: int, b: int, members=()) -> bool:
    """Are `a` and `b`, two counts of one article, told in turn with rising hours of the day, the one told
    later the higher ("By Thursday noon, 32 people had been confirmed dead", "The toll had, by 4 p.m. on
    Thursday, hit 34", "told Reuters later that day that 47 people had been killed")? The day's successive
    counts, not two versions of one. Both must name an hour (`hour_of_day`, cues hour_* of the language
    files); a higher count at an earlier hour, or told first, is still a contradiction, unless a count as high,
    told later in the article at a later hour, shows the first one to be the day's last (a lead's toll)."""
    from checker.extract.figures import LATER_HOUR

    first, then = (a, b) if c.start[a] < c.start[b] else (b, a)
    if not (c.start[first] < c.start[then]):
        return False
    if c.values[first] > c.values[then]:
        # "Johannesburg fire: at least 73 dead" in the lead, then "At dawn, the city put the toll at 52",
        # "By mid-morning, 64", "Just before 10:30, ... risen to 73": the lead gives the last of the day's
        # counts the body tells in turn; the lower one, told at its hour, is reached later in the article at a
        # later hour by a count as high as the lead's (rules-r164). A lower count nothing later climbs back
        # from is still a contradiction.
        h = _hour(c, then)
        return h is not None and h != LATER_HOUR and any(
            c.start[k] > c.start[then] and c.values[k] >= c.values[first] and (hk := _hour(c, k)) is not None
            and (hk == LATER_HOUR or hk > h) for k in members if k not in (first, then))
    if not (c.values[first] < c.values[then]):
        return False
    h1, h2 = _hour(c, first), _hour(c, then)
    return h1 is not None and h2 is not None and h1 != LATER_HOUR and (h2 == LATER_HOUR or h1 < h2)


def _transposed(x: float, y: float) -> bool:
    """Are two counts of two or more digits the same digits in another order (86 and 68, 143 and 134)?
    A typist's slip, not a count the toll outgrew (from branch mut-r113)."""
    if x != x or y != y or x == y or x != int(x) or y != int(y):
        return False
    a, b = str(int(x)), str(int(y))
    return len(a) == len(b) >= 2 and sorted(a) == sorted(b)


def _own_exact_top(w, keys: np.ndarray, lo_t: np.ndarray, hi_t: np.ndarray, hi_b: np.ndarray) -> np.ndarray:
    """`hi_b` raised, for a "more than N" bounded one rounding step above, to the largest exact figure
    its own article gives for the same claim within the open interval and below the next round figure
    (N plus its place value): the article's own rounding of it ("Over five thousand" over "5,840").
    Linear in the rows (one grouping by article and claim)."""
    bounded = hi_b < hi_t
    exact = (w["qualifier"].to_numpy() == "exact") if "qualifier" in w.columns else np.zeros(len(w), dtype=bool)
    if not exact.any():
        return hi_b
    doc_codes = pd.factorize(w["doc"].astype(str))[0]
    _, group = np.unique(keys.astype(np.int64) * (int(doc_codes.max()) + 1) + doc_codes, return_inverse=True)
    top = np.full(group.max() + 1, -np.inf)
    values = w["value"].to_numpy(dtype=float)
    np.maximum.at(top, group[exact], values[exact])
    own = top[group]
    # (only up to the next round figure at the rounded one's own place value: "Over five thousand" holds
    # 5,840, not 6,100; an "at least 38 more" beside its article's whole toll of 279 is still bounded)
    below_next = own < values + w["place_value"].to_numpy(dtype=float)
    return np.where(bounded & (own >= lo_t) & (own > hi_b) & below_next, own, hi_b)
