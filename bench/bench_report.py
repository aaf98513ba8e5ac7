"""Benchmark: the HTML report of 10,000 findings, written and rendered.

Targets (issue 4): written in under 5 s, loaded and rendered by Chromium in under 3 s.

    .venv/bin/python bench/bench_report.py [--findings 10000] [--out /tmp/bench-report.html]

The findings are synthetic but shaped like real ones: 2-4 records each from different outlets
and dates, French and English sentences, open and closed intervals, attributions and URLs;
every record also sits in its article, so the per-article view is as large as a real one.
What keeps it fast: matplotlib charts only for the 12 most severe findings (compact SVG for
the rest), `content-visibility: auto` on cards, collapsed per-article tables, CSS-only filters.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from checker.run import CheckResult  # noqa: E402
from checker.schema import RECORD_COLUMNS, Finding  # noqa: E402

OUTLETS = ["outlet-fr-1", "outlet-fr-2", "outlet-be-1", "outlet-ch-1", "CNN", "Reuters", "AP", "Le Monde"]
PLACES = ["aleppo", "aleppo-east", "aleppo-west", "idlib", "homs", "ghouta", "raqqa", "deir-ez-zor", "syria"]
MEASURES = [("killed", "ont été tuées", "were killed"), ("injured", "ont été blessées", "were injured"),
            ("residents", "vivent dans le secteur", "live in the area"), ("displaced", "ont fui", "have fled")]
QUALS = [("exact", "", "", 1.0, 1.0), ("approx_below", "près de ", "nearly ", 0.9, 1.0),
         ("more_than", "plus de ", "more than ", None, None), ("at_least", "au moins ", "at least ", None, None),
         ("approx", "environ ", "about ", 0.9, 1.1)]
RULES = [("CC101", "claims.intervals-disagree", "error"), ("CC102", "claims.stock-jump", "warning"),
         ("CC201", "claims.running-total-drop", "error"), ("CC205", "claims.stale-figure", "warning"),
         ("CC310", "format.rounded-figure", "info"), ("CC400", "claims.part-exceeds-whole", "error")]


def synthetic_result(n_findings: int, seed: int = 7) -> CheckResult:
    rng = random.Random(seed)
    n_articles = max(5, n_findings // 5)
    articles = []
    for i in range(n_articles):
        lang = "fr" if i % 3 else "en"
        day = pd.Timestamp("2016-01-01") + pd.Timedelta(days=rng.randrange(0, 365))
        articles.append({"doc_id": f"d{i:05d}", "lang": lang, "published": day.date().isoformat(),
                         "source": rng.choice(OUTLETS), "agency": "AFP" if rng.random() < 0.5 else None,
                         "url": f"https://news.example/{i}", "title": f"Article {i}", "path": f"batch/d{i:05d}.txt"})
    rows, findings, offsets = [], [], {}
    for k in range(n_findings):
        code, name, severity = RULES[k % len(RULES)]
        measure, fr_verb, en_verb = rng.choice(MEASURES)
        place = rng.choice(PLACES)
        base = rng.choice([54, 103, 250, 1200, 18000, 250000])
        recs = []
        for a in rng.sample(articles, rng.randint(2, 4)):
            qual, fr_q, en_q, lo_f, hi_f = rng.choice(QUALS)
            value = int(base * rng.uniform(0.7, 1.4))
            low = value + 1 if qual == "more_than" else value if lo_f is None else round(value * lo_f)
            high = None if lo_f is None else round(value * hi_f)
            text = (f"{fr_q}{value:,} personnes {fr_verb}".replace(",", ".") if a["lang"] == "fr"
                    else f"{en_q}{value:,} people {en_verb}")
            sentence = (f"Selon l'OSDH, {text} à {place} depuis mardi, a indiqué l'ONG." if a["lang"] == "fr"
                        else f"According to monitors, {text} in {place} since Tuesday, the group said.")
            start = offsets.get(a["doc_id"], 120)
            offsets[a["doc_id"]] = start + 400
            rec = {"doc_id": a["doc_id"], "start": start, "end": start + len(text), "text": text, "sentence": sentence,
                   "value": value, "low": low, "high": high, "qualifier": qual, "measure": measure, "group": "people",
                   "place": place, "period_start": None, "period_end": a["published"], "cumulative": False,
                   "attribution": "OSDH" if a["lang"] == "fr" else "monitors", "quoted": False, "part_of": None,
                   "basis": None, "source": a["source"], "published": a["published"], "lang": a["lang"],
                   "agency": a["agency"], "url": a["url"], "path": a["path"], "line": start // 80 + 1,
                   "column": start % 80 + 1, "hedged": False, "speaker": None}
            recs.append(rec)
            rows.append(rec)
        findings.append(Finding(rule=code, name=name, severity=severity,
                                message=f"The {measure} figures for {place} disagree across {len(recs)} reports.",
                                records=recs, params={"tolerance": 0.05},
                                claim={"measure": measure, "place": place}, fingerprint=f"fp{k:06d}"))
    frame = pd.DataFrame(rows, columns=list(RECORD_COLUMNS))
    return CheckResult(articles=articles, records=frame, findings=findings, new_findings=findings,
                       rules=[{"code": c, "name": n, "severity": s, "summary": n} for c, n, s in RULES])


def render_time(path: Path) -> float | None:
    """Seconds from navigation to the first frame after `load`, in Debian's headless Chromium."""
    if not os.path.exists("/usr/bin/chromium"):
        print("chromium: /usr/bin/chromium missing, render time not measured")
        return None
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as profile, sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            profile, executable_path="/usr/bin/chromium", headless=True, viewport={"width": 1280, "height": 900},
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--no-first-run"])
        page = context.new_page()
        page.goto("about:blank")
        t0 = time.perf_counter()
        page.goto(path.as_uri(), wait_until="load", timeout=60_000)
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        elapsed = time.perf_counter() - t0
        shown = page.locator("#f1").is_visible()
        context.close()
    assert shown, "the first finding is not visible"
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--findings", type=int, default=10_000)
    parser.add_argument("--out", default=os.path.join(tempfile.gettempdir(), "bench-report.html"))
    args = parser.parse_args()

    result = synthetic_result(args.findings)
    from checker.report.html import write_html  # imported here: its import time counts below

    t0 = time.perf_counter()
    write_html(args.out, result)
    write_s = time.perf_counter() - t0
    size = Path(args.out).stat().st_size / 1e6
    print(f"findings: {args.findings}, records: {len(result.records)}, articles: {len(result.articles)}")
    print(f"write HTML: {write_s:.2f} s (target < 5 s), {size:.1f} MB -> {args.out}")
    render_s = render_time(Path(args.out))
    if render_s is not None:
        print(f"Chromium load+render: {render_s:.2f} s (target < 3 s)")
    print(f"reproduce: .venv/bin/python bench/bench_report.py --findings {args.findings}")


if __name__ == "__main__":
    main()
