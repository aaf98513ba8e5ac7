"""Opening an archive file safely: recognise it, migrate it, and never show a traceback.

Users point `--archive` at the wrong thing (a CSV, last year's report, another tool's SQLite
database, a file truncated by a full disk). Each case becomes a `UsageError` that names the file
and says what it is, before anything is written to it. Connections use WAL (readers never block
the writer, a killed writer leaves the last committed state) and a busy timeout so that two
processes adding at once queue instead of failing.
"""
from __future__ import annotations

import random
import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from checker.archive import migrations
from checker.problems import UsageError

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 60_000


def connect(path: Path, create: bool) -> sqlite3.Connection:
    """An open, recognised, up-to-date archive connection, or a UsageError saying why not."""
    _check_file(path, create)
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    with translate_errors(path):
        while True:
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            try:
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                _identify_and_prepare(conn, path, create)
                return conn
            except sqlite3.OperationalError as exc:
                conn.close()
                # Two processes opening a new archive at once: switching it to WAL and reading
                # its schema can meet SQLITE_BUSY at once, without SQLite's busy handler
                # waiting. Open again shortly, until the same time limit as any other wait.
                if not _is_busy(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(random.uniform(0.01, 0.05))
            except BaseException:
                conn.close()
                raise


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    text = str(exc)
    return "locked" in text or "busy" in text


@contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    """SQLite's exceptions, reworded for a user who only knows the file name."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        text = str(exc)
        if _is_busy(exc):
            raise UsageError(
                f"{path}: archive is busy (another process held it for over {BUSY_TIMEOUT_MS // 1000} s); try again"
            ) from None
        if "readonly" in text or "unable to open" in text:
            raise UsageError(f"{path}: cannot write the archive ({text})") from None
        raise UsageError(f"{path}: archive is damaged or unreadable ({text})") from None
    except sqlite3.DatabaseError as exc:  # "file is not a database", "disk image is malformed"
        raise UsageError(f"{path}: archive is damaged or not a casualty-check archive ({exc})") from None


def _check_file(path: Path, create: bool) -> None:
    if path.is_dir():
        raise UsageError(f"{path}: is a folder, not an archive file")
    if not path.exists():
        if create:
            if not path.parent.exists():
                raise UsageError(f"{path}: folder {path.parent} does not exist")
            return
        raise UsageError(f"{path}: no archive here (create one with `casualty-check archive add PATH... --archive {path}`)")
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise UsageError(f"{path}: cannot read the archive ({exc.strerror})") from None
    if not head:
        if create:
            return  # an empty file (e.g. from mktemp) is a fine place to start an archive
        raise UsageError(f"{path}: is an empty file, not a casualty-check archive")
    if head != SQLITE_MAGIC:
        raise UsageError(f"{path}: is not a casualty-check archive (not an SQLite database; {_describe(head)})")


def _configure(conn: sqlite3.Connection) -> None:
    """Only once the file is known to be ours: switching to WAL rewrites the file header."""
    conn.execute("PRAGMA foreign_keys = ON")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":  # e.g. a read-only medium; still safe, just slower for readers
        conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")


def _identify_and_prepare(conn: sqlite3.Connection, path: Path, create: bool) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if app_id not in (0, migrations.APPLICATION_ID):
        raise UsageError(
            f"{path}: is another application's SQLite database (application_id {app_id:#x}), "
            "not a casualty-check archive"
        )
    if not tables and app_id == 0:
        if not create:
            raise UsageError(f"{path}: is an empty SQLite database, not a casualty-check archive")
        _configure(conn)
        _create(conn)
        return
    if "schema_version" not in tables or not {"articles", "records"} <= tables:
        shown = ", ".join(sorted(tables)[:6]) + (", ..." if len(tables) > 6 else "")
        raise UsageError(f"{path}: is an SQLite database but not a casualty-check archive (its tables: {shown})")
    version = conn.execute("SELECT max(version) FROM schema_version").fetchone()[0]
    if not isinstance(version, int) or version < 1:
        raise UsageError(f"{path}: archive has an unreadable schema version ({version!r})")
    if version > migrations.SCHEMA_VERSION:
        raise UsageError(
            f"{path}: archive was written by a newer casualty-check (schema v{version}; "
            f"this one reads up to v{migrations.SCHEMA_VERSION}); upgrade casualty-check"
        )
    _configure(conn)
    if version < migrations.SCHEMA_VERSION:
        migrations.migrate(conn, version)


def _create(conn: sqlite3.Connection) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        # two processes may both have seen an empty file; only the first creates the tables
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'schema_version'").fetchone():
            migrations.create(conn)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _describe(head: bytes) -> str:
    """A hint at what the file is, so the user sees which mistake they made."""
    known = {
        b"\x89PNG": "it is a PNG image",
        b"%PDF": "it is a PDF",
        b"PK\x03\x04": "it is a ZIP file (or XLSX/DOCX)",
        b"PAR1": "it is a Parquet file",
        b"\xff\xd8\xff": "it is a JPEG image",
    }
    for magic, what in known.items():
        if head.startswith(magic):
            return what
    try:
        head.decode("utf-8")
        return "it looks like a text file"
    except UnicodeDecodeError:
        return "unrecognised binary content"
