"""Time the rules engine on synthetic records: 10k, 100k and 1M figures.

    .venv/bin/python bench/bench_rules.py            # 10k, 100k, 1M
    .venv/bin/python bench/bench_rules.py 10000 50000

The records look like a newsroom archive: many articles, a few figures each, running totals
that rise over the years per place and origin, daily tolls, disaster tolls updated report after
report (`toll`, `event_day`: the event views of CC102/CC107), populations per district, quotes,
with a sprinkling of planted contradictions so that every rule kind has work to do. Cost must
grow about linearly with the number of records (rules block by claim key; no all-pairs).
"""
from __future__ import annotations

import sys
import time

import numpy as np
import pandas as pd

from checker.rules import evaluate, load_rules
from checker.schema import RECORD_COLUMNS

PLACES = ["syria", "aleppo", "aleppo-east", "aleppo-west", "idlib", "damascus", "eastern-ghouta", "latakia", "homs"]
GROUPS = ["people", "civilians", "children", "women", "fighters"]
ORIGINS = ["OSDH", "l'ONU", "la défense civile", "SNHR", None]
SOURCES = [f"outlet-{i}" for i in range(40)]


PLACE_SHARE = {"syria": 4.0, "aleppo": 2.0, "aleppo-east": 1.0, "aleppo-west": 0.8, "idlib": 1.0,
               "damascus": 1.0, "eastern-ghouta": 0.5, "latakia": 0.5, "homs": 1.0}
GROUP_SHARE = {"people": 1.0, "civilians": 0.8, "children": 0.2, "women": 0.15, "fighters": 0.2}


def synthetic(n: int, seed: int = 7, planted: float = 0.0005) -> pd.DataFrame:
    """`n` consistent figures, then a share `planted` of them made wrong (a third of their value)."""
    rng = np.random.default_rng(seed)
    n_docs = max(1, n // 5)
    docs = rng.integers(0, n_docs, n)
    published_day = 15000 + (docs.astype(np.int64) * 3653 // n_docs)  # articles spread over ten years
    # daily toll, running total, population, a disaster's toll as reports update it
    kind = rng.choice(4, n, p=[0.45, 0.27, 0.18, 0.10])
    place_idx = rng.integers(0, len(PLACES), n)
    group_idx = np.where(kind == 2, 0, rng.integers(0, len(GROUPS), n))
    origin_idx = rng.integers(0, len(ORIGINS), n)
    window = rng.integers(0, 3, n)  # a daily toll covers 1 to 3 days up to publication
    place_share = np.array([PLACE_SHARE[p] for p in PLACES])[place_idx]
    group_share = np.array([GROUP_SHARE[g] for g in GROUPS])[group_idx]
    daily = (5 + (published_day % 17)) * (window + 1)  # the same days give the same toll everywhere
    total = 1000 + (published_day - 15000) * 3  # running totals rise with the date
    # a disaster strikes each place every 30 days; its toll grows with the days since
    event_day = published_day - (published_day % 30)
    # (each event its own size, so that two events' tolls rarely coincide: a toll that repeats an
    # earlier event's figure months later is what CC107 flags)
    event_toll = (20 + 3 * (event_day // 30 % 97) + 15 * (published_day - event_day)) * place_share * group_share
    value = np.where(kind == 0, np.round(daily * place_share * group_share * 10),
                     np.where(kind == 1, np.round(total * place_share * group_share),
                              np.where(kind == 3, np.round(event_toll), 100000 * place_share)))
    value = value.astype(np.int64) + 1
    plant = rng.random(n) < planted
    value = np.where(plant, value // 3 + 1, value)
    ps = np.where(kind == 1, 14975, np.where(kind == 3, event_day, published_day - window))
    day = lambda d: (np.datetime64("1970-01-01") + d.astype("timedelta64[D]")).astype(str)
    frame = pd.DataFrame({
        "doc_id": docs.astype(str),
        "start": 0, "end": 10,
        "text": np.where(kind == 2, "personnes vivent", "personnes tuées"),
        "sentence": "",
        "value": value, "low": value, "high": value,
        "qualifier": "exact",
        "measure": np.where(kind == 2, "residents", "killed"),
        "group": np.array(GROUPS)[group_idx],
        "place": np.array(PLACES)[place_idx],
        "period_start": np.where(kind == 2, None, day(ps)),
        "period_end": day(np.where(kind == 3, event_day, published_day)),
        "cumulative": kind == 1,
        "attribution": np.array(ORIGINS, dtype=object)[origin_idx],
        "quoted": rng.random(n) < 0.02,
        "part_of": None,
        "basis": None,
        "source": np.array(SOURCES)[rng.integers(0, len(SOURCES), n)],
        "published": day(published_day),
        "lang": np.where(rng.random(n) < 0.7, "fr", "en"),
        "agency": np.where(rng.random(n) < 0.5, "AFP", None),
        "toll": kind == 3,
        "event_day": np.where(kind == 3, day(event_day), None),
    })
    return frame[[c for c in RECORD_COLUMNS if c in frame.columns]]


def main(sizes: list[int], per_rule: bool = False) -> None:
    rules = load_rules()
    for n in sizes:
        records = synthetic(n)
        t0, c0 = time.perf_counter(), time.process_time()
        findings = evaluate(records, rules)
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
        # CPU time is what to compare: on a shared machine the wall clock also counts other jobs
        print(f"{n:>9,} records  {elapsed:7.2f} s wall  {cpu:7.2f} s CPU  {cpu / n * 1e6:6.2f} µs/record  "
              f"{len(findings):>6} findings", flush=True)
        if per_rule:
            for rule in rules:
                c0 = time.process_time()
                found = evaluate(records, [rule])
                print(f"    {rule.code} {rule.kind:<26} {time.process_time() - c0:6.2f} s CPU  {len(found):>5} findings", flush=True)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--per-rule"]
    main([int(a) for a in args] or [10_000, 100_000, 1_000_000], per_rule="--per-rule" in sys.argv)
