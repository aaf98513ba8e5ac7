"""Rebuild reports/seed-report.html and reports/seed-report.png from the seed batch.

    .venv/bin/python reports/make_seed_report.py

Equivalent to `casualty-check check fixtures/seeds/*.txt --manifest fixtures/seeds/manifest.csv
--html reports/seed-report.html`, then a screenshot of the report's first screen taken with
Debian's Chromium (/usr/bin/chromium) through Playwright.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checker.problems import ProblemLog  # noqa: E402
from checker.report.html import write_html  # noqa: E402

HTML = ROOT / "reports" / "seed-report.html"
PNG = ROOT / "reports" / "seed-report.png"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run"]


def seed_result():
    """`check` on the seed batch, with paths in the report as a user sees them (fixtures/seeds/...)."""
    from checker.run import run_check

    os.chdir(ROOT)
    seeds = (ROOT / "fixtures" / "seeds").relative_to(ROOT)
    return run_check(sorted(seeds.glob("*.txt")), manifest=seeds / "manifest.csv", log=ProblemLog(stream=None))


def screenshot(html: Path, png: Path, width: int = 1280, height: int = 1900) -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as profile, sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            profile, executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS,
            viewport={"width": width, "height": height})
        page = context.new_page()
        page.goto(html.as_uri(), wait_until="load")
        page.screenshot(path=str(png), full_page=False)
        context.close()


if __name__ == "__main__":
    write_html(HTML, seed_result())
    print(f"wrote {HTML.relative_to(ROOT)}")
    screenshot(HTML, PNG)
    print(f"wrote {PNG.relative_to(ROOT)}")
