"""The engine's contracts: one finding per claim, fingerprints, focus on drafts, claim matching."""
from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from checker.rules import evaluate, load_rules
from checker.rules.examples import example_frame
from checker.rules.kinds._common import earlier_extreme
from checker.rules.taxonomy import group_ancestors, record_origin, speaker_key
from test_seed_findings import gold_frame, gold_rows

RULES = load_rules()


def by_code(*codes):
    return [r for r in RULES if r.code in codes]


def frame(*records, lang="fr"):
    return example_frame({"records": list(records), "lang": lang})


def test_one_finding_lists_every_record_of_the_claim():
    """Three outlets contradict a fourth: one finding with all four, not one per pair."""
    base = dict(place="aleppo-east", period_start="2016-11-15", period_end="2016-11-20", cumulative=True, published="2016-11-20")
    records = [dict(base, doc_id=d, value=v, attribution=a) for d, v, a in
               [("a", 103, "OSDH"), ("b", 104, "SNHR"), ("c", 105, "l'ONU"), ("d", 160, "la défense civile")]]
    findings = evaluate(frame(*records), by_code("CC101"))
    assert len(findings) == 1
    assert sorted(r["doc_id"] for r in findings[0].records) == ["a", "b", "c", "d"]


def test_finding_records_carry_the_spec_fields():
    (finding,) = evaluate(gold_frame(), RULES)
    for record in finding.records:
        for field in ("doc_id", "value", "low", "high", "text", "start", "end", "source", "published",
                      "sentence", "lang", "qualifier", "measure", "group", "place", "period_start", "period_end", "attribution"):
            assert field in record
    json.dumps([f.to_dict() for f in [finding]])  # JSON-ready: no numpy scalars, no NaN


def test_fingerprint_ignores_offsets_and_unrelated_records():
    rows = gold_rows()
    (first,) = evaluate(gold_frame(rows), RULES)
    moved = [dict(r, start=(r.get("start") or 0) + 99, end=(r.get("end") or 0) + 99) for r in rows]
    fewer = [r for r in moved if r["doc_id"] != "003"]  # an unrelated article left out
    (again,) = evaluate(gold_frame(fewer), RULES)
    assert first.fingerprint == again.fingerprint and len(first.fingerprint) == 16


def test_fingerprint_changes_with_the_figure():
    rows = gold_rows()
    (first,) = evaluate(gold_frame(rows), RULES)
    for r in rows:
        if r["doc_id"] == "002" and r["measure"] == "residents":
            r["value"], r["low"], r["high"], r["text"] = 260000, 260000, 260000, "260.000 personnes"
    (again,) = evaluate(gold_frame(rows), RULES)
    assert first.fingerprint != again.fingerprint


def test_focus_docs_keeps_only_findings_touching_the_drafts():
    assert [f.rule for f in evaluate(gold_frame(), RULES, focus_docs={"004"})] == ["CC106"]
    assert evaluate(gold_frame(), RULES, focus_docs={"000", "003"}) == []


def test_windows_come_from_records_not_article_order():
    """The same two totals in either order of rows give the same finding."""
    a = dict(doc_id="x", value=300000, qualifier="more_than", cumulative=True, period_start="2011-03-01", published="2016-10-13", agency="AFP")
    b = dict(doc_id="y", value=210000, cumulative=True, period_start="2011-03-01", published="2016-11-20", agency="AFP")
    one = evaluate(frame(a, b), by_code("CC102"))
    two = evaluate(frame(b, a), by_code("CC102"))
    assert [f.fingerprint for f in one] == [f.fingerprint for f in two] and len(one) == 1


def test_undated_figures_are_skipped_with_an_info_note():
    a = dict(doc_id="x", value=300000, cumulative=True, period_start="2011-03-01", published=None, agency="AFP")
    b = dict(doc_id="y", value=210000, cumulative=True, period_start="2011-03-01", published="2016-11-20", agency="AFP")
    findings = evaluate(frame(a, b), by_code("CC102"))
    assert [f.severity for f in findings] == ["info"]
    assert "no publication date" in findings[0].message


def test_same_agency_copy_is_one_origin():
    assert record_origin(None, "AFP", "outlet-fr-1") == record_origin(None, "ats/afp", "outlet-ch-1") == "afp"
    assert record_origin("Rami Abdel Rahmane (OSDH)", None, None) == record_origin("SOHR", None, None) == "osdh"
    assert record_origin("l'AFAD", None, None) == record_origin("AFAD", None, None) == "afad"  # "selon l'AFAD"
    # one body in both languages: a translated copy of its figure is the same origin
    assert record_origin("IOM", None, None) == record_origin("l'Organisation internationale pour les migrations (OIM)", None, None) == "iom"
    assert record_origin("the UN refugee agency", None, None) == record_origin("le HCR", None, None) == "unhcr"
    assert record_origin("Doctors Without Borders", None, None) == record_origin("Médecins sans frontières", None, None) == "msf"
    assert record_origin("un responsable local", None, None) != "un"
    base = dict(place="aleppo-east", period_start="2016-11-15", period_end="2016-11-20", cumulative=True, published="2016-11-20")
    (finding,) = evaluate(frame(dict(base, doc_id="a", value=103, agency="AFP", source="le-temps"),
                                dict(base, doc_id="b", value=130, agency="AFP", source="la-libre")), by_code("CC101"))
    assert finding.severity == "error" and finding.params["independent_origins"] == 1
    assert finding.message.endswith("They come from the same origin, so one of them was miscopied.")


def test_one_origin_lower_on_a_later_day_is_not_called_a_miscopy_for_sure():
    """The ministry's 262 on the 14th and its 240 in a draft of the 17th: a walk-back the copy
    must explain, or a miscopy; the message says both, not "one of them was miscopied"."""
    base = dict(place="taroudant", period_start="2026-11-09", period_end="2026-11-09", cumulative=True, toll=True,
                event_day="2026-11-09", attribution="le ministère de l'Intérieur")
    findings = evaluate(frame(dict(base, doc_id="a", value=262, published="2026-11-14", source="wire"),
                              dict(base, doc_id="b", value=240, published="2026-11-17", source="desk")),
                        by_code("CC101"))
    assert findings, "the fall is still flagged"
    assert all("on different days: either a revision the copy must explain, or one of them was miscopied" in f.message
               for f in findings)


def test_stocks_are_never_compared_with_flows():
    flows = dict(doc_id="a", value=300000, qualifier="more_than", cumulative=True, period_start="2011-03-01", published="2016-10-13")
    stock = dict(doc_id="a", value=250000, qualifier="more_than", measure="residents", published="2016-10-13")
    assert evaluate(frame(flows, stock), RULES) == []


def test_group_taxonomy_and_speakers():
    assert group_ancestors("children") == ("children", "civilians", "people")
    assert speaker_key("John Kerry") == speaker_key("M. Kerry") == speaker_key("Kerry") == "kerry"
    assert speaker_key("l'ONU") == speaker_key("the UN") == "un"


def test_nested_places_count_for_part_and_whole():
    part = dict(doc_id="a", value=40, group="children", place="aleppo-east", period_start="2016-10-11", period_end="2016-10-11", published="2016-10-12")
    whole = dict(doc_id="b", value=31, place="syria", period_start="2016-10-11", period_end="2016-10-11", published="2016-10-12")
    other = dict(whole, place="idlib", value=5, doc_id="c")
    findings = evaluate(frame(part, whole, other), by_code("CC103"))
    assert [sorted(r["doc_id"] for r in f.records) for f in findings] == [["a", "b"]]


def test_empty_inputs():
    assert evaluate(pd.DataFrame(), RULES) == []
    assert evaluate(gold_frame(), []) == []


def _earlier_extreme_by_hand(keys, days, values, how, at=None, inclusive=False):
    at = days if at is None else at
    out = np.full(len(keys), np.nan)
    for i in range(len(keys)):
        if np.isnan(at[i]):
            continue
        earlier = [values[j] for j in range(len(keys)) if keys[j] == keys[i] and not np.isnan(days[j])
                   and (days[j] <= at[i] if inclusive else days[j] < at[i]) and not np.isnan(values[j])]
        if earlier:
            out[i] = max(earlier) if how == "max" else min(earlier)
    return out


def _random_blocks(rng, n_days):
    """Figures in a few blocks over a few days, some undated, some missing or infinite."""
    n = int(rng.integers(0, 25))
    keys = rng.integers(0, 4, n)
    days = rng.integers(0, n_days, n).astype(float)
    days[rng.random(n) < 0.1] = np.nan
    values = rng.integers(-5, 50, n).astype(float)
    for special in (np.nan, np.inf, -np.inf):
        values[rng.random(n) < 0.07] = special
    return keys, days, values


def test_earlier_extreme_is_the_extreme_of_earlier_dated_records_of_the_block():
    """The running extreme the drop and jump rules use, against a plain loop over random blocks
    (undated records, missing and infinite values included)."""
    rng = np.random.default_rng(1)
    for _ in range(1500):
        keys, days, values = _random_blocks(rng, 6)
        for how in ("max", "min"):
            got = earlier_extreme(keys, days, values, how)
            assert np.array_equal(got, _earlier_extreme_by_hand(keys, days, values, how), equal_nan=True)


def test_earlier_extreme_at_other_days():
    """Asked at other days ("published at least 3 days before"), strictly before or on or before."""
    rng = np.random.default_rng(2)
    for _ in range(1000):
        keys, days, values = _random_blocks(rng, 8)
        at = days - rng.integers(-2, 4)
        for how in ("max", "min"):
            for inclusive in (False, True):
                got = earlier_extreme(keys, days, values, how, at=at, inclusive=inclusive)
                want = _earlier_extreme_by_hand(keys, days, values, how, at=at, inclusive=inclusive)
                assert np.array_equal(got, want, equal_nan=True)


def _jumps_by_hand(members, days, lo_t, hi_t, grow, drop, max_gap):
    """The population-jump pairs as a plain loop over later, then earlier, figures."""
    order = members[np.argsort(days[members], kind="stable")]
    pairs = []
    for i, later in enumerate(order):
        for earlier in order[:i]:
            gap = days[later] - days[earlier]
            if gap <= 0 or gap > max_gap:
                continue
            if lo_t[later] > hi_t[earlier] * grow or hi_t[later] < lo_t[earlier] * drop:
                pairs.append((int(earlier), int(later)))
    return pairs


def test_population_jumps_are_the_pairs_a_plain_loop_finds_in_the_same_order():
    """stock_jump compares a block's pairs as one numpy matrix; same pairs, same order, as the
    loop over pairs (same-day figures, open intervals and gaps beyond the limit included)."""
    from checker.rules.kinds.stock_jump import _jumps

    rng = np.random.default_rng(3)
    for _ in range(800):
        n = int(rng.integers(0, 30))
        days = rng.integers(0, 12, n).astype(float)
        lo = rng.integers(50, 200, n).astype(float)
        hi = lo + rng.integers(0, 40, n)
        lo[rng.random(n) < 0.1] = -np.inf
        hi[rng.random(n) < 0.1] = np.inf
        members = np.sort(rng.choice(n + 5, size=n, replace=False)) if n else np.array([], dtype=np.int64)
        full = lambda a: np.resize(a, n + 5) if n else np.zeros(5)  # positions index the whole table
        d, l, h = full(days), full(lo), full(hi)
        d[members], l[members], h[members] = days, lo, hi
        for grow, drop, gap in ((1.1, 0.5, 365), (1.0, 1.0, 5), (1.25, 0.2, 1)):
            assert _jumps(members, d, l, h, grow, drop, gap) == _jumps_by_hand(members, d, l, h, grow, drop, gap)


def test_figures_stood_by_two_articles_are_stood_by_two_articles():
    """CC101's day_magnitude_slips drops, in numpy, the pairs whose two figures both have two
    other articles standing near them; the count must never claim more support than there is:
    every figure it marks has, by the plain definition (same measure and group, place equal or
    nested, value within SUPPORT_RATIO, within LATER_HORIZON_DAYS), two articles other than its
    own. And on a dense batch it marks most figures, or it would spare nothing."""
    from checker.normalise.places import places_nested
    from checker.rules.kinds._common import LATER_HORIZON_DAYS
    from checker.rules.kinds.intervals_disagree import SUPPORT_RATIO, _stood_by_two

    def codes(measure, group, place):  # the codes `_day_magnitude_slips` passes: a claim, a place (-1 none)
        claim = pd.factorize(pd.Series(measure) + "|" + pd.Series(group))[0]
        return claim, pd.factorize(place, use_na_sentinel=True)[0]

    rng = np.random.default_rng(11)
    places = np.array(["syria", "aleppo", "aleppo-east", "idlib", "", None], dtype=object)
    marked = total = 0
    for _ in range(60):
        n = int(rng.integers(3, 120))
        docs = rng.integers(0, max(1, n // 3), n).astype(str).astype(object)
        pub = (15000 + rng.integers(0, 90, n)).astype(float)
        pub = np.array([pub[docs == d][0] for d in docs])  # an article has one day
        values = np.round(np.exp(rng.uniform(np.log(10), np.log(60), n)))
        measure = rng.choice(np.array(["killed", "injured"], dtype=object), n, p=[0.8, 0.2])
        group = rng.choice(np.array(["people", "children"], dtype=object), n, p=[0.8, 0.2])
        place = places[rng.integers(0, len(places), n)]
        stood = _stood_by_two(*codes(measure, group, place), values, pub, docs)
        for i in np.nonzero(stood)[0]:
            others = {docs[j] for j in range(n) if docs[j] != docs[i] and measure[j] == measure[i] and group[j] == group[i]
                      and abs(pub[j] - pub[i]) <= LATER_HORIZON_DAYS
                      and values[i] / SUPPORT_RATIO <= values[j] <= values[i] * SUPPORT_RATIO
                      and (place[j] == place[i] or bool(place[j] and place[i] and places_nested(place[j], place[i])))}
            assert len(others) >= 2, (i, docs[i], values[i], place[i])
        marked += int(stood.sum())
    assert marked > 50
    # one toll run by ten outlets over three days: every figure is stood by, but the one article
    # alone with its figure, and the figures of a measure no other article gives
    docs = np.array([f"d{k}" for k in range(10)] + ["d10", "d11"], dtype=object)
    values = np.array([54.0, 54, 55, 54, 56, 54, 54, 55, 54, 54, 540, 54])
    pub = np.array([15000.0] * 4 + [15001] * 4 + [15002] * 4)
    measure = np.array(["killed"] * 11 + ["injured"], dtype=object)
    stood = _stood_by_two(*codes(measure, np.array(["people"] * 12, dtype=object), np.array(["aleppo"] * 12, dtype=object)),
                          values, pub, docs)
    assert stood.tolist() == [True] * 10 + [False, False]


def test_array_helpers_answer_as_the_plain_forms_they_replace():
    """The rules' faster array helpers (rules speed at 1M, twenty-fifth session) must give exactly
    what the plain numpy / pandas forms gave, in the same order: `distinct` as `np.unique`,
    `block_members` as grouping each wanted key's positions, `mixed_codes` as `key_codes` over a
    table, `rows_among` as a membership test, LaterTolls' day table as the groupby it replaced."""
    from checker.rules.claims import key_codes, mixed_codes
    from checker.rules.kinds._common import LaterTolls, block_members, distinct, rows_among

    rng = np.random.default_rng(5)
    for n in (0, 1, 7, 500):
        ints = rng.integers(-3, 40, n)
        for values in (ints, ints.astype(bool), rng.choice([1.5, np.nan, 2.0], n)):
            expected = np.unique(values)
            got = distinct(values)
            assert got.dtype == expected.dtype and np.array_equal(got, expected, equal_nan=True)
        wanted = np.array([0, 3, 39, 77])
        members = block_members(ints, wanted)
        assert list(members) == sorted(k for k in wanted.tolist() if (ints == k).any())
        for key, rows in members.items():
            assert rows.tolist() == np.nonzero(ints == key)[0].tolist()
        text = rng.choice(np.array(["a", "b", None, "c"], dtype=object), n)
        digits = rng.integers(0, 3, n)
        table = pd.DataFrame({"t": pd.Series(text, dtype=object), "d": digits})
        assert mixed_codes(text, digits).tolist() == key_codes(table, ["t", "d"]).tolist()
        assert rows_among(text, {"b", None}).tolist() == [i for i, t in enumerate(text) if t in ("b", None)]
        # LaterTolls' per-claim days and highest floors, against the groupby it replaced
        frame = pd.DataFrame({"measure": rng.choice(np.array(["killed", "injured"], dtype=object), n),
                              "group": np.full(n, "people", dtype=object),
                              "place": rng.choice(np.array(["syria", "aleppo", None], dtype=object), n),
                              "pub": rng.choice([15000.0, 15001.0, np.nan], n)})
        lo = rng.choice([3.0, 9.0, np.nan], n)
        table_of = LaterTolls._days_and_tops(*(frame[c].to_numpy() for c in ("measure", "group", "place", "pub")), lo)
        plain = {}
        for key, rows in frame.assign(lo=lo).dropna(subset=["pub"]).groupby(["measure", "group", "place"], sort=False):
            per_day = rows.groupby("pub")["lo"].max().sort_index()
            plain[key] = (per_day.index.to_numpy(), per_day.to_numpy())
        assert set(table_of) == set(plain)
        for key, (days, tops) in plain.items():
            assert np.array_equal(table_of[key][0], days) and np.array_equal(table_of[key][1], tops, equal_nan=True)


def test_may_slip_lets_every_digit_slip_through():
    """`may_slip` (CC102's numpy sieve before `digit_slip`, twenty-sixth session) may keep figures
    that are no slip, never drop one that is: every pair `digit_slip` names passes it."""
    from checker.rules.kinds._common import digit_slip, may_slip

    rng = np.random.default_rng(11)
    made = [m * 10 ** k for k in range(0, 8) for m in (1, 12, 13, 34, 103, 113, 348, 3484, 34844)]
    values = np.array(sorted(set(made)) + list(range(0, 1200)) + rng.integers(1, 10**9, 1500).tolist()
                      + [12.5, -120, -12, 10**16], dtype=float)
    for other in list(rng.choice(values, 200)) + [120.0, 12.0, 1200.0, 103.0, 13.0, 34.0, 34844.0, 11300.0, -12.0]:
        kept = may_slip(values, other)
        slips = np.array([digit_slip(v, other) is not None for v in values])
        assert not (slips & ~kept).any(), values[slips & ~kept]
        assert kept.mean() < 0.2  # and it does sieve
