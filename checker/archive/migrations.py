"""The archive's table layout, its version number, and how to bring an older file up to date.

An archive outlives the version of casualty-check that created it (a newsroom keeps years of
published articles in one file), so every layout change ships as a numbered migration that runs
inside one transaction: a file is either fully migrated or left exactly as it was.

Version history
- 1: one row per article (doc_id primary key, no versions), records keyed by doc_id.
- 2: article versions (an edited article is a new version; the latest is `current`), records
     carry every canonical column and point at their article version, an index on
     (measure, place) for draft look-ups, batches and the findings seen when each was added,
     and `PRAGMA application_id` so a foreign SQLite file is recognised as such.
- 3: the draft look-up's index also holds every column its conditions test (group, flags,
     dates, article), after (measure, place, current): SQLite tests them on the index and reads
     a record's row only when it is kept. Scanning a busy place's index entries and reading
     each row from the table was most of a one-draft look-up (thousands of rows, one table
     page each, for the hundred kept).
- 4: records carry `toll` (the figure is a disaster's toll so far) and `event_day` (the day of
     the event a toll counts); older records get null (re-adding their articles fills them). The
     look-up index also holds them (CC102 and CC107 ask for a place's tolls by them).
"""
from __future__ import annotations

import sqlite3
from typing import Callable

from checker.schema import RECORD_COLUMNS

SCHEMA_VERSION = 5
APPLICATION_ID = 0x43434B41  # "CCKA": marks the file as a casualty-check archive

INT_RECORD_COLUMNS = frozenset({"start", "end", "value", "low", "high", "part_of", "line", "column",
                                "cumulative", "quoted", "hedged", "toll"})


def quote(name: str) -> str:
    """Column names such as `end`, `group` and `column` are SQL keywords."""
    return '"' + name.replace('"', '""') + '"'


def _record_columns_ddl() -> str:
    return ",\n  ".join(
        f"{quote(c)} {'INTEGER' if c in INT_RECORD_COLUMNS else 'TEXT'}" for c in RECORD_COLUMNS
    )


# The draft look-up (`checker.archive.drafts`) asks for a measure at some places (the key's
# first columns) under conditions on the others (`checker.archive.scope`), which SQLite then
# tests on the index entries alone, without reading each record's row.
_LOOKUP_INDEX_V3_DDL = ('CREATE INDEX IF NOT EXISTS records_lookup ON records(measure, place, current, "group", '
                        'cumulative, period_start, period_end, published, article_id)')
_LOOKUP_INDEX_DDL = ('CREATE INDEX IF NOT EXISTS records_lookup ON records(measure, place, current, "group", '
                     'cumulative, period_start, period_end, published, toll, event_day, article_id)')

CURRENT_DDL = f"""
CREATE TABLE schema_version (version INTEGER NOT NULL);
CREATE TABLE batches (
  id INTEGER PRIMARY KEY,
  added_at TEXT NOT NULL,
  label TEXT
);
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  current INTEGER NOT NULL DEFAULT 1,
  content_hash TEXT NOT NULL,
  batch_id INTEGER REFERENCES batches(id),
  added_at TEXT NOT NULL,
  lang TEXT, published TEXT, source TEXT, agency TEXT, url TEXT, title TEXT, path TEXT,
  text TEXT NOT NULL,
  UNIQUE (doc_id, content_hash),
  UNIQUE (doc_id, version)
);
CREATE INDEX articles_current ON articles(doc_id, current);
CREATE TABLE records (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  current INTEGER NOT NULL DEFAULT 1,
  {_record_columns_ddl()}
);
{_LOOKUP_INDEX_DDL};
CREATE INDEX records_article ON records(article_id);
CREATE TABLE findings (
  id INTEGER PRIMARY KEY,
  batch_id INTEGER NOT NULL REFERENCES batches(id),
  fingerprint TEXT,
  rule TEXT, name TEXT, severity TEXT, message TEXT,
  body TEXT NOT NULL  -- the whole finding as JSON (records, params, claim)
);
CREATE INDEX findings_fingerprint ON findings(fingerprint);
CREATE TABLE finding_docs (
  finding_id INTEGER NOT NULL REFERENCES findings(id),
  doc_id TEXT NOT NULL
);
CREATE INDEX finding_docs_doc ON finding_docs(doc_id);
"""


def create(conn: sqlite3.Connection) -> None:
    """Lay out a new archive at the current version (inside the caller's transaction)."""
    for statement in _statements(CURRENT_DDL):
        conn.execute(statement)
    conn.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    """Give every v1 article version 1, copy records with the columns v1 lacked left null."""
    v1_record_cols = [r[1] for r in conn.execute("PRAGMA table_info(records)")]
    v1_article_cols = {r[1] for r in conn.execute("PRAGMA table_info(articles)")}
    conn.execute("ALTER TABLE articles RENAME TO articles_v1")
    conn.execute("ALTER TABLE records RENAME TO records_v1")
    conn.execute("DROP TABLE schema_version")
    for statement in _statements(CURRENT_DDL):
        conn.execute(statement)
    conn.execute("INSERT INTO batches (id, added_at, label) VALUES (1, datetime('now'), 'migrated from schema v1')")
    meta = [c for c in ("lang", "published", "source", "agency", "url", "title", "path") if c in v1_article_cols]
    conn.execute(
        f"""INSERT INTO articles (doc_id, version, current, content_hash, batch_id, added_at, text, {", ".join(meta)})
            SELECT doc_id, 1, 1, content_hash, 1, added_at, text, {", ".join(meta)} FROM articles_v1"""
    )
    shared = [c for c in RECORD_COLUMNS if c in v1_record_cols]
    cols = ", ".join(quote(c) for c in shared)
    conn.execute(
        f"""INSERT INTO records (article_id, current, {cols})
            SELECT a.id, 1, {", ".join("r." + quote(c) for c in shared)}
            FROM records_v1 r JOIN articles a ON a.doc_id = r.doc_id"""
    )
    conn.execute("DROP TABLE records_v1")
    conn.execute("DROP TABLE articles_v1")
    conn.execute("INSERT INTO schema_version (version) VALUES (2)")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _v2_to_v3(conn: sqlite3.Connection) -> None:
    """Replace the (measure, place, current) index by the look-up index that holds the tested columns.

    Building it reads every record once: a few seconds for a million records, once per file.
    `IF NOT EXISTS`: a file coming from v1 already has it, since that step lays out the current tables.
    """
    conn.execute("DROP INDEX IF EXISTS records_claim")
    conn.execute(_LOOKUP_INDEX_V3_DDL if "toll" not in {r[1] for r in conn.execute("PRAGMA table_info(records)")}
                 else _LOOKUP_INDEX_DDL)
    conn.execute("UPDATE schema_version SET version = 3")


def _v3_to_v4(conn: sqlite3.Connection) -> None:
    """Add the `toll` and `event_day` record columns (null for the records already stored) and
    rebuild the look-up index with them. `IF NOT EXISTS` and the column check: a file coming from
    v1 already has both, since that step lays out the current tables."""
    have = {r[1] for r in conn.execute("PRAGMA table_info(records)")}
    for column, kind in (("toll", "INTEGER"), ("event_day", "TEXT")):
        if column not in have:
            conn.execute(f"ALTER TABLE records ADD COLUMN {quote(column)} {kind}")
    if "toll" not in have:  # the v3 index lacks them
        conn.execute("DROP INDEX IF EXISTS records_lookup")
    conn.execute(_LOOKUP_INDEX_DDL)
    conn.execute("UPDATE schema_version SET version = 4")


def _v4_to_v5(conn: sqlite3.Connection) -> None:
    """Add the `event` record column (the kind of event a figure counts; null for the records already
    stored). The column check: a file coming from v1 already has it, since that step lays out the
    current tables."""
    if "event" not in {r[1] for r in conn.execute("PRAGMA table_info(records)")}:
        conn.execute(f"ALTER TABLE records ADD COLUMN {quote('event')} TEXT")
    conn.execute("UPDATE schema_version SET version = 5")


# from-version -> step that brings a file to from-version + 1
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5}


def migrate(conn: sqlite3.Connection, found: int) -> int:
    """Run every step from `found` to SCHEMA_VERSION in one transaction; return the old version."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        # another process may have migrated while we waited for the lock
        version = conn.execute("SELECT max(version) FROM schema_version").fetchone()[0]
        while version < SCHEMA_VERSION:
            MIGRATIONS[version](conn)
            version += 1
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return found


def _statements(ddl: str) -> list[str]:
    lines = [line.split("--")[0] for line in ddl.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
