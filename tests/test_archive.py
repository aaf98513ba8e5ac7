"""The archive: idempotent adds, versions, list/show/export, migrations, and wrong files."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pandas as pd
import pytest

from archive_seeds import edited, gold_records, seed_articles, seed_batch
from checker.archive import Archive
from checker.archive.drafts import check_drafts
from checker.archive.migrations import APPLICATION_ID, SCHEMA_VERSION
from checker.cli import main
from checker.records_table import records_frame
from checker.problems import UsageError
from checker.rules import load_rules


@pytest.fixture
def archive_path(tmp_path) -> Path:
    path = tmp_path / "archive.db"
    with Archive.open(path, create=True) as store:
        store.add_articles(seed_batch())
    return path


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


# --- adding ---------------------------------------------------------------------------------


def test_first_add_records_every_article(archive_path):
    with Archive.open(archive_path) as store:
        assert store.stats() == {"articles": 5, "versions": 5, "records": 29}
        assert [r["doc_id"] for r in store.list()] == ["001", "000", "003", "004", "002"]  # by publication date


def test_re_adding_same_content_is_idempotent(archive_path):
    before = dump(archive_path)
    with Archive.open(archive_path) as store:
        summary = store.add_articles(seed_batch())
    assert summary.unchanged == ["000", "001", "002", "003", "004"]
    assert summary.added == summary.updated == [] and summary.records == 0
    assert dump(archive_path) == before  # not even an empty batch row


def test_same_text_read_from_another_path_is_the_same_article(archive_path):
    article = seed_articles()["000"]
    moved = edited(article, "John Kerry", "John Kerry")  # identical text
    moved.path = "/elsewhere/000.txt"
    with Archive.open(archive_path) as store:
        assert store.add_articles([(moved, gold_records(article))]).unchanged == ["000"]


def test_edited_article_becomes_new_version_and_latest_is_used(archive_path):
    article = seed_articles()["002"]
    correction = edited(article, "vivent 250.000 personnes", "vivent 275.000 personnes")
    records = gold_records(article)
    for r in records:
        if r.value == 250000:
            r.value = r.low = r.high = 275000
            r.text = "275.000 personnes"
    with Archive.open(archive_path) as store:
        summary = store.add_articles([(correction, records)])
        assert summary.updated == ["002"] and summary.added == []
        info = store.show("002")
        assert [(v["version"], v["current"]) for v in info["versions"]] == [(1, 0), (2, 1)]
        assert "275.000" in info["current"]["text"]
        assert 275000 in [r["value"] for r in info["records"]] and 250000 not in [r["value"] for r in info["records"]]
        assert store.stats() == {"articles": 5, "versions": 6, "records": 29}
        # the draft look-up sees only the current version
        from checker.archive.drafts import load_relevant

        probe = pd.DataFrame([{"doc_id": "draft", "measure": "besieged", "place": "aleppo-east"},
                              {"doc_id": "draft", "measure": "residents", "place": "aleppo-east"}])
        found = load_relevant(store._conn, probe)
        from_002 = set(found.loc[found["doc_id"] == "002", "value"])
        assert 275000 in from_002 and 250000 not in from_002
        # re-adding the old text does not resurrect it: same content is already archived
        assert store.add_articles([(article, gold_records(article))]).unchanged == ["002"]
        assert store.show("002")["current"]["version"] == 2


def test_article_without_records_is_still_archived(tmp_path):
    with Archive.open(tmp_path / "a.db", create=True) as store:
        summary = store.add_articles([(seed_articles()["000"], [])])
        assert summary.added == ["000"] and summary.records == 0
        assert store.show("000")["records"] == []


# --- reading --------------------------------------------------------------------------------


def test_show_lists_versions_records_and_unknown_id(archive_path):
    with Archive.open(archive_path) as store:
        info = store.show("004")
        assert info["current"]["source"] == "outlet-be-1" and len(info["records"]) == 12
        assert [r["start"] for r in info["records"]] == sorted(r["start"] for r in info["records"])
        with pytest.raises(UsageError, match="no article '999' in the archive .5 article"):
            store.show("999")


def test_export_parquet(archive_path, tmp_path):
    out = tmp_path / "records.parquet"
    with Archive.open(archive_path) as store:
        assert store.export_parquet(out) == 29
    frame = pd.read_parquet(out)
    assert len(frame) == 29 and set(frame["doc_id"]) == {"000", "001", "002", "003", "004"}
    assert str(frame["value"].dtype) == "Int64" and frame["cumulative"].dtype == bool
    assert {"version", "current", "added_at"} <= set(frame.columns)
    assert frame.loc[frame["text"] == "plus de 270.000 morts depuis 2011", "value"].item() == 270000


def test_cli_list_show_export(archive_path, tmp_path, capsys):
    assert main(["archive", "list", "--archive", str(archive_path)]) == 0
    out = capsys.readouterr().out
    assert "doc_id" in out and "outlet-fr-2" in out and "5 article(s)" in out
    assert main(["archive", "show", "002", "--archive", str(archive_path)]) == 0
    out = capsys.readouterr().out
    assert "002: version 1 of 1" in out and "aleppo-east" in out and "records (7):" in out
    target = tmp_path / "out.parquet"
    assert main(["archive", "export", "--archive", str(archive_path), "-o", str(target)]) == 0
    assert "29 record(s) written" in capsys.readouterr().out
    assert main(["archive", "show", "nope", "--archive", str(archive_path)]) == 2
    assert "no article 'nope'" in capsys.readouterr().err


def test_cli_archive_from_config(archive_path, tmp_path, monkeypatch, capsys):
    (tmp_path / "casualty-check.toml").write_text(f'archive = "{archive_path.name}"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["archive", "list"]) == 0
    assert "5 article(s)" in capsys.readouterr().out


def test_cli_add_of_paths_that_do_not_exist_creates_no_empty_archive(tmp_path, capsys):
    """`archive add published/*.txt` where the glob matched nothing: one message, exit 2, and no
    empty archive left behind to be checked against later as if it held the published copy."""
    db = tmp_path / "published.db"
    assert main(["archive", "add", str(tmp_path / "published" / "*.txt"), "--archive", str(db)]) == 2
    err = capsys.readouterr().err
    assert "no such file or folder" in err and "nothing added" in err and "not created" in err
    assert not db.exists()


def test_cli_without_archive_is_usage_error(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["archive", "list"]) == 2
    assert "no archive given" in capsys.readouterr().err


# --- schema versions ------------------------------------------------------------------------

V1_DDL = """
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version VALUES (1);
CREATE TABLE articles (doc_id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, lang TEXT, published TEXT,
                       source TEXT, url TEXT, text TEXT NOT NULL, added_at TEXT NOT NULL);
CREATE TABLE records (doc_id TEXT NOT NULL REFERENCES articles(doc_id), start INTEGER, "end" INTEGER,
                      text TEXT, sentence TEXT, value INTEGER, low INTEGER, high INTEGER, qualifier TEXT,
                      measure TEXT, "group" TEXT, place TEXT, period_start TEXT, period_end TEXT,
                      cumulative INTEGER, attribution TEXT, quoted INTEGER, part_of INTEGER, basis TEXT,
                      source TEXT, published TEXT, lang TEXT);
CREATE INDEX records_by_doc ON records(doc_id);
"""


def make_v1(path: Path) -> None:
    """An archive as casualty-check's first archive layout wrote it: no versions, no findings."""
    conn = sqlite3.connect(path)
    conn.executescript(V1_DDL)
    conn.execute("INSERT INTO articles VALUES ('a1', 'h1', 'fr', '2016-11-20', 'outlet-fr-2', NULL, "
                 "'250.000 personnes vivent à Alep-Est.', '2016-11-21T08:00:00')")
    conn.execute("INSERT INTO articles VALUES ('a2', 'h2', 'en', '2016-10-07', 'CNN', 'https://x', "
                 "'20 people were killed.', '2016-10-08T08:00:00')")
    conn.execute("""INSERT INTO records (doc_id, start, "end", text, value, low, high, qualifier, measure, "group",
                    place, cumulative, quoted, published, source, lang)
                    VALUES ('a1', 0, 17, '250.000 personnes', 250000, 250000, 250000, 'exact', 'residents',
                    'people', 'aleppo-east', 0, 0, '2016-11-20', 'outlet-fr-2', 'fr')""")
    conn.execute("""INSERT INTO records (doc_id, start, "end", text, value, low, high, qualifier, measure, "group",
                    place, cumulative, quoted, published, source, lang)
                    VALUES ('a2', 0, 9, '20 people', 20, 20, 20, 'exact', 'killed', 'people', 'aleppo', 0, 1,
                    '2016-10-07', 'CNN', 'en')""")
    conn.commit()
    conn.close()


def test_v1_archive_is_migrated(tmp_path):
    path = tmp_path / "old.db"
    make_v1(path)
    with Archive.open(path) as store:
        assert store.stats() == {"articles": 2, "versions": 2, "records": 2}
        info = store.show("a1")
        assert info["current"]["version"] == 1 and info["current"]["source"] == "outlet-fr-2"
        assert info["records"][0]["value"] == 250000 and info["records"][0]["group"] == "people"
        assert info["records"][0]["agency"] is None  # a column v1 did not have
        # and it takes new versions like any archive
        article = seed_articles()["002"]
        article.doc_id = "a1"
        assert store.add_articles([(article, [])]).updated == ["a1"]
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "records_lookup" in names and "records_claim" not in names and "articles_v1" not in names
    conn.close()


def make_v2(path: Path) -> None:
    """An archive as schema v2 laid it out: the draft look-up's index held (measure, place, current) only."""
    with Archive.open(path, create=True) as store:
        store.add_articles(seed_batch({"000", "001", "002", "003"}), label="seeds")
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX records_lookup")
    conn.execute("CREATE INDEX records_claim ON records(measure, place, current)")
    conn.execute("UPDATE schema_version SET version = 2")
    conn.commit()
    conn.close()


def test_v2_archive_gets_the_look_up_index_and_the_same_findings(tmp_path):
    path = tmp_path / "v2.db"
    make_v2(path)
    rules = load_rules(None, config=None)
    draft = records_frame(gold_records(seed_articles()["004"]))
    conn = sqlite3.connect(path)  # what a v2 reader finds, before any migration
    before, loaded = check_drafts(conn, draft, rules)
    conn.close()
    with Archive.open(path) as store:
        after, loaded_after = store.check_drafts(draft, rules)
    assert loaded_after == loaded > 0 and before
    assert [f.to_dict() for f in after] == [f.to_dict() for f in before]
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION == 5
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "records_lookup" in indexes and "records_claim" not in indexes
    plan = " ".join(r[-1] for r in conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM records WHERE measure = 'killed' AND place IN ('aleppo', 'syria') "
        "AND current = 1 AND \"group\" = 'people' AND period_end = '2016-11-20'"))
    assert "COVERING INDEX records_lookup" in plan  # the conditions are tested on the index alone
    conn.close()


def test_v3_archive_gets_the_toll_columns(tmp_path):
    """A v3 file has no `toll` nor `event_day`: v4 adds them (null for the stored records) and
    rebuilds the look-up index with them; the draft check finds what it found before."""
    from checker.archive.migrations import _LOOKUP_INDEX_V3_DDL

    path = tmp_path / "v3.db"
    with Archive.open(path, create=True) as store:
        store.add_articles(seed_batch({"000", "001", "002", "003"}), label="seeds")
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX records_lookup")
    conn.execute("ALTER TABLE records DROP COLUMN toll")
    conn.execute("ALTER TABLE records DROP COLUMN event_day")
    conn.execute("ALTER TABLE records DROP COLUMN event")  # (v5's)
    conn.execute(_LOOKUP_INDEX_V3_DDL)
    conn.execute("UPDATE schema_version SET version = 3")
    conn.commit()
    conn.close()
    rules = load_rules(None, config=None)
    draft = records_frame(gold_records(seed_articles()["004"]))
    with Archive.open(path) as store:
        after, loaded = store.check_drafts(draft, rules)
    assert loaded > 0 and after
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION == 5
    columns = {r[1] for r in conn.execute("PRAGMA table_info(records)")}
    assert {"toll", "event_day", "event"} <= columns  # (and v5's `event`, null for the stored records)
    index_columns = [r[2] for r in conn.execute("PRAGMA index_info(records_lookup)")]
    assert "toll" in index_columns and "event_day" in index_columns
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_failed_migration_leaves_file_untouched(tmp_path, monkeypatch):
    from checker.archive import migrations

    path = tmp_path / "old.db"
    make_v1(path)
    before = dump(path)

    def broken(conn):
        migrations._v1_to_v2(conn)
        raise RuntimeError("simulated failure after the copy")

    monkeypatch.setitem(migrations.MIGRATIONS, 1, broken)
    with pytest.raises(RuntimeError):
        Archive.open(path)
    assert dump(path) == before


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "future.db"
    with Archive.open(path, create=True):
        pass
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO schema_version VALUES (99)")
    conn.commit()
    conn.close()
    with pytest.raises(UsageError, match=r"written by a newer casualty-check \(schema v99"):
        Archive.open(path)


# --- wrong files ----------------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(64)


def other_apps_db(path: Path, app_id: int = 0) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    if app_id:
        conn.execute(f"PRAGMA application_id = {app_id}")
    conn.commit()
    conn.close()
    return path


def corrupted(path: Path) -> Path:
    """A real archive whose pages past the header were overwritten (a bad disk, a bad copy)."""
    with Archive.open(path, create=True) as store:
        store.add_articles(seed_batch())
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    data[4096:] = b"\xde\xad\xbe\xef" * ((len(data) - 4096) // 4)
    path.write_bytes(bytes(data))
    return path


def bad_header(path: Path) -> Path:
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    return path


@pytest.mark.parametrize("make, expected", [
    (lambda p: p.write_text("doc_id,value\n1,2\n") and p, "not an SQLite database; it looks like a text file"),
    (lambda p: p.write_bytes(PNG) and p, "not an SQLite database; it is a PNG image"),
    (lambda p: p.write_bytes(b"") or p, "is an empty file"),
    (lambda p: other_apps_db(p), "is an SQLite database but not a casualty-check archive (its tables: moz_places)"),
    (lambda p: other_apps_db(p, 0x4D504244), "another application's SQLite database (application_id 0x4d504244)"),
    (corrupted, "archive is damaged"),
    (bad_header, "archive is damaged"),
])
def test_wrong_file_is_a_clear_error(tmp_path, make, expected):
    path = tmp_path / "given.db"
    make(path)
    before = path.read_bytes()
    with pytest.raises(UsageError) as err:
        with Archive.open(path) as store:  # some damage only shows when pages are read
            store.list()
            store.export_parquet(tmp_path / "x.parquet")
    assert str(path) in str(err.value) and expected in str(err.value)
    assert path.read_bytes() == before  # nothing written to a file that is not ours


def test_wrong_file_through_cli_exits_2_without_traceback(tmp_path, capsys):
    path = tmp_path / "chart.png"
    path.write_bytes(PNG)
    assert main(["archive", "list", "--archive", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("casualty-check: error:") and "Traceback" not in err and "chart.png" in err


def test_missing_archive_without_create(tmp_path):
    with pytest.raises(UsageError, match="no archive here"):
        Archive.open(tmp_path / "missing.db")
    with pytest.raises(UsageError, match="is a folder"):
        Archive.open(tmp_path, create=True)
