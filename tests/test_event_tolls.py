"""The toll of one event as reported from day to day (records' `toll` and `event_day`, CC102 and
CC107): from article text to findings. A later, lower toll of the same event is flagged; two events
in one place (Monday's strike, Wednesday's strike; two earthquakes) are never compared."""
from __future__ import annotations

import csv
from pathlib import Path

from checker.problems import ProblemLog
from checker.run import run_check


def _batch(tmp_path: Path, articles: list[tuple[str, str, str, str, str]]):
    """articles: (doc_id, lang, published, source, text)."""
    folder = tmp_path / "batch"
    folder.mkdir()
    with open(folder / "manifest.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["file", "doc_id", "lang", "published", "source", "agency"])
        for doc, lang, published, source, text in articles:
            (folder / f"{doc}.txt").write_text(text + "\n", encoding="utf-8")
            writer.writerow([f"{doc}.txt", doc, lang, published, source, ""])
    result = run_check([folder / f"{a[0]}.txt" for a in articles], manifest=folder / "manifest.csv",
                       log=ProblemLog(stream=None))
    return [(f.rule, f.severity, sorted({r["doc_id"] for r in f.records})) for f in result.findings if f.severity != "info"]


QUAKE_SUNDAY = ("q1", "fr", "2023-09-10", "outlet-fr",
                "Séisme au Maroc : le bilan dépasse les 2.000 morts\n\n"
                "Le séisme qui a frappé le Maroc vendredi soir a fait 2.012 morts, selon le ministère de l'Intérieur.")


def test_a_later_undated_headline_toll_below_the_quake_toll_is_flagged(tmp_path):
    found = _batch(tmp_path, [QUAKE_SUNDAY, (
        "q2", "en", "2023-09-12", "outlet-en", "Morocco earthquake: Death toll rises to 1,500\n\n"
        "Rescuers are still searching the rubble in the Atlas mountains.")])
    assert ("CC102", "warning", ["q1", "q2"]) in found, found


def test_a_rising_quake_toll_is_no_finding(tmp_path):
    assert _batch(tmp_path, [QUAKE_SUNDAY, (
        "q2", "en", "2023-09-12", "outlet-en", "Morocco earthquake: Death toll rises to 2,862\n\n"
        "The earthquake struck the Al Haouz province on Friday night.")]) == []


def test_the_first_toll_repeated_two_months_later_is_stale(tmp_path):
    found = _batch(tmp_path, [
        ("q0", "fr", "2023-09-09", "outlet-1", "Le séisme qui a frappé le Maroc vendredi soir a fait 820 morts."),
        QUAKE_SUNDAY,
        ("q9", "fr", "2023-11-12", "outlet-9", "Le séisme qui a frappé le Maroc vendredi soir a fait 820 morts.")])
    assert any(rule == "CC107" and "q9" in docs for rule, _, docs in found), found


def test_two_strikes_in_one_town_are_two_events(tmp_path):
    assert _batch(tmp_path, [
        ("s1", "en", "2024-03-05", "outlet-1",
         "The death toll from Monday's Israeli strike on a market in Rafah rose to 30, the health ministry said."),
        ("s2", "en", "2024-03-07", "outlet-2",
         "The death toll from Wednesday's Israeli strike on a school in Rafah rose to 12, the health ministry said."),
    ]) == []


def test_a_second_earthquake_is_another_event(tmp_path):
    assert _batch(tmp_path, [
        ("t1", "en", "2023-02-13", "outlet-1",
         "The death toll from Monday's earthquake in Turkey rose to 35,418, the disaster agency said."),
        ("t2", "en", "2023-02-21", "outlet-2",
         "A new earthquake that struck Turkey on Monday killed 6 people, the disaster agency said."),
    ]) == []
