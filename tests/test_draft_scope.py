"""The narrowed draft look-up: each rule kind still gets every archived record it compares.

An archive is built so that each kind needs records the others would not fetch (a stock years
earlier, a quote a day apart, a whole in a wider place, a part linked to that whole in its own
article, an undated stock, a date written oddly), next to records no rule can compare with the
draft. The narrowed look-up must give the very findings the broad (measure, place) look-up
gives, with fewer rows, in the same order.
"""
from __future__ import annotations

import sqlite3
from datetime import date

import numpy as np
import pandas as pd
import pytest

from checker.archive import Archive
from checker.archive.drafts import draft_first, load_relevant
from checker.archive.scope import KIND_SCOPES
from checker.archive.sqlterms import day_is, day_unknown, day_within, year_is
from checker.records_table import normalise_frame, records_frame
from checker.rules import evaluate, load_rules
from checker.rules.claims import _days
from checker.rules.kinds import KINDS
from checker.schema import Article

PUB = "2016-11-20"
WINDOW = {"period_start": "2016-11-15", "period_end": PUB}


def figure(value: int, measure: str = "killed", group: str = "people", place: str = "aleppo-east", **more) -> dict:
    return {"start": 0, "end": 3, "text": str(value), "sentence": "", "value": value, "low": value, "high": value,
            "qualifier": "exact", "measure": measure, "group": group, "place": place, **more}


DRAFT = [
    figure(103, **WINDOW),
    figure(17, group="children", part_of=103, **WINDOW),
    figure(250000, "residents", period_end=PUB),
    figure(250000, place="syria", cumulative=True, period_start="2011-03-15", period_end=PUB, attribution="l'OSDH"),
    figure(20, place="aleppo", attribution="John Kerry", quoted=True, period_start="2016-11-19", period_end=PUB),
    figure(9000, "besieged", published=None),  # undated: the stock rule's note lists every undated stock
]

# doc -> (published, records, needed by some rule?)
ARCHIVE = {
    "same-window": ("2016-11-20", [figure(130, **WINDOW)], True),
    "other-window": ("2016-11-19", [figure(90, period_start="2016-11-14", period_end="2016-11-19")], False),
    "stock-april": ("2016-04-30", [figure(200000, "residents", period_end="2016-04-30")], True),
    "stock-january": ("2016-01-01", [figure(150000, "residents", period_end="2016-01-01")], True),
    "total-2016": ("2016-10-13", [figure(310000, place="syria", cumulative=True, period_start="2011-03-15",
                                         period_end="2016-10-13", attribution="l'OSDH")], True),
    "total-since-2012": ("2015-10-13", [figure(250000, place="syria", cumulative=True, period_start="2012-01-01",
                                               period_end="2015-10-13")], False),
    "quote-next-day": ("2016-11-19", [figure(30, place="aleppo", attribution="John Kerry", quoted=True,
                                             period_start="2016-11-19", period_end=PUB)], True),
    "quote-weeks-before": ("2016-10-01", [figure(30, place="aleppo", attribution="John Kerry", quoted=True,
                                                 period_start="2016-09-30", period_end="2016-10-01")], False),
    # a whole in the wider place for the draft's window, and a part its own article links to it
    "whole-aleppo": ("2016-11-20", [figure(50, place="aleppo", **WINDOW),
                                    figure(60, group="children", place="aleppo", part_of=50)], True),
    "undated-stock": (None, [figure(8000, "besieged", published=None)], True),
    # " 2016-11-20" is read as the 20th by the rules: the stock's reference day is the draft's
    "odd-date": ("2016-11-20", [figure(100000, "residents", published=" 2016-11-20")], True),
    # in the base look-up (Idlib is in Syria, where the draft gives a running total), yet no rule
    # compares it with a draft figure: another window, not a running total
    "elsewhere": ("2016-11-12", [figure(130, place="idlib", period_start="2016-11-10", period_end="2016-11-12")], False),
}


@pytest.fixture(scope="module")
def rules():
    return load_rules(None, config=None)


@pytest.fixture()
def archive(tmp_path):
    path = tmp_path / "a.db"
    batch = []
    for doc, (published, records, _) in ARCHIVE.items():
        article = Article(doc_id=doc, text=f"article {doc}", lang="fr", source=f"outlet-{doc}",
                          published=date.fromisoformat(published) if published else None)
        batch.append((article, [{"published": published, **r} for r in records]))
    with Archive.open(path, create=True) as store:
        store.add_articles(batch)
    with Archive.open(path) as store:
        yield store


def drafts() -> pd.DataFrame:
    return records_frame([{"doc_id": "draft", "published": PUB, "source": "outlet-draft", "lang": "fr", **r}
                          for r in DRAFT])


def test_every_kind_says_what_it_compares_with_a_draft():
    """A new kind must be placed in the scope table (until then it gets the broad look-up)."""
    assert set(KIND_SCOPES) == set(KINDS)


def test_narrowed_look_up_gives_the_broad_look_up_findings(archive, rules):
    draft = drafts()
    broad = normalise_frame(load_relevant(archive._conn, draft))
    expected = draft_first(evaluate(pd.concat([broad, draft], ignore_index=True), rules, focus_docs={"draft"}), {"draft"})
    found, loaded = archive.check_drafts(draft, rules)
    assert [f.to_dict() for f in found] == [f.to_dict() for f in expected]
    assert {f.rule for f in found} >= {"CC101", "CC102", "CC103", "CC105", "CC106"}
    assert loaded < len(broad)


def test_narrowed_look_up_keeps_what_each_rule_needs_in_index_order(archive, rules):
    draft = drafts()
    broad = load_relevant(archive._conn, draft)
    narrow = load_relevant(archive._conn, draft, rules)
    needed = {doc for doc, (_, _, need) in ARCHIVE.items() if need}
    assert set(narrow["doc_id"]) == needed
    keys = ["doc_id", "value"]
    broad_rows = list(broad[keys].itertuples(index=False, name=None))
    narrow_rows = list(narrow[keys].itertuples(index=False, name=None))
    assert [r for r in broad_rows if r in set(narrow_rows)] == narrow_rows  # a subsequence of the broad rows


def test_a_jump_between_archived_estimates_stays_in_the_draft_finding(archive, rules):
    """stock_jump lists every pair of its block: no time limit may narrow its look-up."""
    found, _ = archive.check_drafts(drafts(), rules)
    [jump] = [f for f in found if f.rule == "CC106" and "draft" in {r["doc_id"] for r in f.records}
              and not f.claim.get("undated")]
    assert {"stock-january", "stock-april"} <= {r["doc_id"] for r in jump.records}


def test_a_part_linked_to_an_archived_whole_joins_the_draft_finding(archive, rules):
    found, _ = archive.check_drafts(drafts(), rules)
    [part] = [f for f in found if f.rule == "CC103" and "whole-aleppo" in {r["doc_id"] for r in f.records}]
    assert {(r["doc_id"], r["value"]) for r in part.records} >= {("whole-aleppo", 50), ("whole-aleppo", 60), ("draft", 103)}


def test_a_rule_of_an_unknown_kind_gets_the_broad_look_up(archive, rules):
    draft = drafts()
    unknown = [type(rules[0])(**{**rules[0].__dict__, "kind": "not_yet_scoped"})]
    assert len(load_relevant(archive._conn, draft, unknown)) == len(load_relevant(archive._conn, draft))


# --- the SQL conditions read dates as the rules do, or keep the row ----------------------------

VALUES = ["2016-11-20", "2016-11-20T08:00:00", "2016-11-21", "2016-11-2", " 2016-11-20", "2016-11-20 ", "2016",
          "2016-11", "2016-02-30", "2016-13-01", "", "nan", "None", "NaT", "garbage", None]


def _kept(term) -> list:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (d TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [(v,) for v in VALUES])
    sql = term.sql.replace('"d"', "d")
    return [r[0] for r in conn.execute(f"SELECT d FROM t WHERE {sql}", term.params)]


def _read(values: list) -> np.ndarray:
    """Day numbers as the rules read the column: normalise_frame, then claims."""
    frame = normalise_frame(pd.DataFrame({"published": pd.Series(values, dtype=object)}))
    return _days(frame, "published")


@pytest.mark.parametrize("day", ["2016-11-20", "2016-11-02", "2016-01-01", "2016-03-01"])
def test_day_conditions_never_drop_a_value_read_as_that_day(day):
    target = float((np.datetime64(day, "D") - np.datetime64("1970-01-01", "D")).astype(int))
    read = dict(zip(VALUES, _read(VALUES)))
    assert {v for v in VALUES if read[v] == target} <= set(_kept(day_is("d", day)))
    assert {v for v in VALUES if np.isnan(read[v])} <= set(_kept(day_unknown("d")))
    first, after = target - 3, target + 3
    within = {v for v in VALUES if first <= read[v] < after}
    iso = lambda n: str(np.datetime64("1970-01-01", "D") + np.timedelta64(int(n), "D"))
    assert within <= set(_kept(day_within("d", iso(first), iso(after))))
    years = {v for v in VALUES if not np.isnan(read[v]) and -10**6 < read[v] < 10**6
             and str(np.datetime64("1970-01-01", "D") + np.timedelta64(int(read[v]), "D"))[:4] == day[:4]}
    assert years <= set(_kept(year_is("d", int(day[:4]))))


def test_day_conditions_do_drop_plain_other_days():
    assert "2016-11-21" not in _kept(day_is("d", "2016-11-20"))
    assert "2016-11-20" not in _kept(day_unknown("d"))
    assert None not in _kept(day_is("d", "2016-11-20"))


ODD_VALUES = VALUES + ["2016-11-20\U0010ffff", "2016-11-20é", "2016-11-20" + "\x00", "2016-11-19", "2016-11-200",
                       "2016-11-21T00:00", "2016-11-1", "2016-11-2 ", "20161120", "2016/11/20", "２０１６-11-20"]


def test_day_is_keeps_exactly_what_the_substr_form_keeps():
    """day_is tests "starts with the day" as a range of text; the rows it keeps are those of the
    plain form (not a plain date, or its first ten characters are the day), blobs and numbers included."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (d TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [(v,) for v in ODD_VALUES] + [(b"2016-11-20",), (b"x",), (20161120,)])
    iso = "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'"
    for day in ("2016-11-20", "2016-11-19", "2016-01-01", "2016-11-29", "1999-12-31"):
        plain = f"d IS NOT NULL AND NOT (d GLOB {iso} AND substr(d, 1, 10) != ?)"
        want = conn.execute(f"SELECT rowid FROM t WHERE {plain} ORDER BY rowid", (day,)).fetchall()
        term = day_is("d", day)
        got = conn.execute(f"SELECT rowid FROM t WHERE {term.sql.replace(chr(34) + 'd' + chr(34), 'd')} ORDER BY rowid",
                           term.params).fetchall()
        assert got == want
