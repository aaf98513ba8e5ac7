"""The archive of published articles: add a batch, list, show, export, check drafts.

Every `add` is one write transaction (BEGIN IMMEDIATE, so concurrent writers queue behind the
busy timeout rather than interleave): the archive is either exactly as before or holds the
whole batch, whatever happens to the process. Extraction runs before the transaction so the
write lock is held only for the inserts.

Articles are keyed by doc_id and a hash of their content. Re-adding an unchanged article does
nothing; an edited one becomes a new version, the old one is kept for the record, and only the
latest (`current`) version takes part in checks.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Optional, Sequence

import pandas as pd

from checker.archive import connection, drafts
from checker.archive.migrations import quote
from checker.problems import ProblemLog, UsageError
from checker.schema import RECORD_COLUMNS, Article, Finding, Record

ARTICLE_META = ("lang", "published", "source", "agency", "url", "title", "path")
_INSERT_RECORD = (
    f"INSERT INTO records (article_id, current, {', '.join(quote(c) for c in RECORD_COLUMNS)}) "
    f"VALUES (?, 1, {', '.join('?' * len(RECORD_COLUMNS))})"
)
# Test hook (tests/test_archive_durability.py): "ROWS:MARKER" makes `add` write MARKER and sleep
# once it has inserted ROWS records inside its transaction, so a test can SIGKILL it right there.
PAUSE_ENV = "CASUALTY_CHECK_ARCHIVE_TEST_PAUSE"


@dataclass
class AddSummary:
    """What one `add` changed, for the command's report and for tests."""

    added: list[str] = field(default_factory=list)  # doc_ids new to the archive
    updated: list[str] = field(default_factory=list)  # doc_ids that got a new version
    unchanged: list[str] = field(default_factory=list)  # same content already archived
    records: int = 0  # record rows written
    findings: int = 0  # findings recorded for this batch
    batch_id: Optional[int] = None

    def __str__(self) -> str:
        return (
            f"{len(self.added)} new article(s), {len(self.updated)} new version(s), "
            f"{len(self.unchanged)} unchanged; {self.records} record(s) written"
            + (f"; {self.findings} finding(s) recorded" if self.findings else "")
        )


def content_hash(article: Article) -> str:
    """Same text and same metadata = same article; the file it was read from does not count."""
    meta = article.meta()
    payload = json.dumps(
        {"text": article.text, **{k: meta.get(k) for k in ARTICLE_META if k != "path"}},
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class Archive:
    """An open archive file; use as `with Archive.open(path) as store: ...`."""

    def __init__(self, path: Path, conn: sqlite3.Connection):
        self.path = path
        self._conn = conn

    @classmethod
    def open(cls, path: str | Path, create: bool = False) -> "Archive":
        path = Path(path)
        return cls(path, connection.connect(path, create=create))

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # --- writing ---------------------------------------------------------------------------

    def add(
        self,
        paths: Sequence[str | Path],
        manifest: Optional[str | Path] = None,
        log: Optional[ProblemLog] = None,
        rules: Any = None,
        jobs: int = 1,
        defaults: Any = None,
    ) -> AddSummary:
        """Extract a published batch and record it; with `rules`, also record what they found."""
        from checker.pipeline import extract_batch

        batch = list(extract_batch(paths, manifest=manifest, log=log, jobs=jobs, defaults=defaults))
        label = " ".join(str(p) for p in paths)
        return self.add_articles(batch, rules=rules, label=label[:500])

    def add_articles(
        self,
        batch: Iterable[tuple[Article, Sequence[Record | dict]]],
        rules: Any = None,
        label: Optional[str] = None,
    ) -> AddSummary:
        """Record already-extracted articles in one transaction (the part `add` shares with tests)."""
        prepared = [(article, content_hash(article), [_record_row(article, r) for r in records])
                    for article, records in batch]
        findings = self._batch_findings(prepared, rules) if rules is not None else []
        summary = AddSummary()
        pause = _pause_hook()
        now = _now()
        with connection.translate_errors(self.path):
            conn = self._conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                summary.batch_id = conn.execute(
                    "INSERT INTO batches (added_at, label) VALUES (?, ?)", (now, label)
                ).lastrowid
                for article, digest, rows in prepared:
                    self._add_one(article, digest, rows, summary, now)
                    pause(summary.records)
                summary.findings = self._store_findings(findings, summary.batch_id)
                if not (summary.added or summary.updated or summary.findings):
                    conn.execute("DELETE FROM batches WHERE id = ?", (summary.batch_id,))
                    summary.batch_id = None
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return summary

    def _add_one(self, article: Article, digest: str, rows: list[tuple], summary: AddSummary, now: str) -> None:
        conn = self._conn
        if conn.execute(
            "SELECT 1 FROM articles WHERE doc_id = ? AND content_hash = ?", (article.doc_id, digest)
        ).fetchone():
            summary.unchanged.append(article.doc_id)
            return
        latest = conn.execute(
            "SELECT max(version) FROM articles WHERE doc_id = ?", (article.doc_id,)
        ).fetchone()[0]
        if latest is not None:
            old_ids = [r[0] for r in conn.execute(
                "SELECT id FROM articles WHERE doc_id = ? AND current = 1", (article.doc_id,))]
            conn.execute("UPDATE articles SET current = 0 WHERE doc_id = ? AND current = 1", (article.doc_id,))
            for old in old_ids:
                conn.execute("UPDATE records SET current = 0 WHERE article_id = ?", (old,))
            summary.updated.append(article.doc_id)
        else:
            summary.added.append(article.doc_id)
        meta = article.meta()
        article_id = conn.execute(
            f"""INSERT INTO articles (doc_id, version, current, content_hash, batch_id, added_at, text,
                                      {", ".join(ARTICLE_META)})
                VALUES (?, ?, 1, ?, ?, ?, ?, {", ".join("?" * len(ARTICLE_META))})""",
            (article.doc_id, (latest or 0) + 1, digest, summary.batch_id, now, article.text,
             *(meta.get(k) for k in ARTICLE_META)),
        ).lastrowid
        conn.executemany(_INSERT_RECORD, ((article_id, *row) for row in rows))
        summary.records += len(rows)

    def _batch_findings(self, prepared: list, rules: Any) -> list[Finding]:
        """What the rules find in the batch against the archive, kept as the record of this add."""
        from checker.records_table import records_frame

        frame = records_frame(dict(zip(RECORD_COLUMNS, row)) for _, _, rows in prepared for row in rows)
        if frame.empty:
            return []
        with connection.translate_errors(self.path):
            found, _ = drafts.check_drafts(self._conn, frame, rules)
        return found

    def _store_findings(self, findings: list[Finding], batch_id: int) -> int:
        for f in findings:
            body = json.dumps(f.to_dict(), ensure_ascii=False, default=str)
            fid = self._conn.execute(
                "INSERT INTO findings (batch_id, fingerprint, rule, name, severity, message, body) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (batch_id, f.fingerprint, f.rule, f.name, f.severity, f.message, body),
            ).lastrowid
            docs = sorted({str(r.get("doc_id")) for r in f.records if r.get("doc_id") is not None})
            self._conn.executemany("INSERT INTO finding_docs (finding_id, doc_id) VALUES (?, ?)",
                                   ((fid, d) for d in docs))
        return len(findings)

    # --- reading ---------------------------------------------------------------------------

    def list(self) -> list[dict[str, Any]]:
        """One row per article: its current version's metadata and how many records it has."""
        sql = """
            SELECT a.doc_id, a.version, (SELECT count(*) FROM articles v WHERE v.doc_id = a.doc_id) AS versions,
                   a.published, a.source, a.lang, a.title, a.added_at,
                   (SELECT count(*) FROM records r WHERE r.article_id = a.id) AS records
            FROM articles a WHERE a.current = 1 ORDER BY a.published, a.doc_id"""
        return self._query(sql)

    def show(self, doc_id: str) -> dict[str, Any]:
        """An article's versions, its current text and records, and the findings involving it."""
        versions = self._query(
            "SELECT id, version, current, content_hash, added_at, batch_id, "
            f"{', '.join(ARTICLE_META)}, text FROM articles WHERE doc_id = ? ORDER BY version", (doc_id,))
        if not versions:
            total = self._query("SELECT count(DISTINCT doc_id) AS n FROM articles")[0]["n"]
            raise UsageError(f"{self.path}: no article {doc_id!r} in the archive ({total} article(s); see `archive list`)")
        current = next(v for v in versions if v["current"])
        records = self._query(
            f"SELECT {', '.join(quote(c) for c in RECORD_COLUMNS)} FROM records WHERE article_id = ? ORDER BY start",
            (current["id"],))
        findings = [json.loads(r["body"]) for r in self._query(
            "SELECT f.body FROM findings f JOIN finding_docs d ON d.finding_id = f.id WHERE d.doc_id = ? "
            "ORDER BY f.id", (doc_id,))]
        for v in versions:
            v.pop("id")
        return {"doc_id": doc_id, "current": current, "versions": versions, "records": records, "findings": findings}

    def export_parquet(self, path: str | Path, all_versions: bool = False) -> int:
        """Write records (current versions, or all with `all_versions`) for analysts; return the count."""
        from checker.records_table import normalise_frame

        where = "" if all_versions else "WHERE r.current = 1"
        sql = (f"SELECT {', '.join('r.' + quote(c) for c in RECORD_COLUMNS)}, a.version, r.current, "
               f"a.added_at FROM records r JOIN articles a ON a.id = r.article_id {where} ORDER BY r.id")
        with connection.translate_errors(self.path):
            frame = pd.read_sql_query(sql, self._conn)
        frame = normalise_frame(frame)
        frame["current"] = frame["current"].astype(bool)
        frame["version"] = frame["version"].astype("Int64")
        frame.to_parquet(path, index=False)
        return len(frame)

    def check_drafts(self, records: pd.DataFrame, rules: Any) -> tuple[list[Finding], int]:
        """Findings involving the drafts, with the archived records they contradict."""
        with connection.translate_errors(self.path):
            return drafts.check_drafts(self._conn, records, rules)

    def stats(self) -> dict[str, int]:
        row = self._query(
            "SELECT (SELECT count(*) FROM articles WHERE current = 1) AS articles, "
            "(SELECT count(*) FROM articles) AS versions, "
            "(SELECT count(*) FROM records WHERE current = 1) AS records")[0]
        return dict(row)

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with connection.translate_errors(self.path):
            cur = self._conn.execute(sql, params)
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row)) for row in cur.fetchall()]


def _record_row(article: Article, record: Record | dict) -> tuple:
    """A record as the tuple of canonical columns, stamped with its article's doc_id."""
    data = record.to_dict() if isinstance(record, Record) else dict(record)
    data["doc_id"] = article.doc_id
    return tuple(_sql_value(data.get(c)) for c in RECORD_COLUMNS)


def _sql_value(value: Any) -> Any:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and value != value:
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):  # numpy scalar
        value = value.item()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float, str)):
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    return str(value)


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _pause_hook():
    """The test hook behind PAUSE_ENV; a no-op unless a durability test sets it."""
    spec = os.environ.get(PAUSE_ENV)
    if not spec:
        return lambda rows: None
    threshold, marker = spec.split(":", 1)
    limit = int(threshold)
    fired = False

    def pause(rows: int) -> None:
        nonlocal fired
        if not fired and rows >= limit:
            fired = True
            # written aside then renamed: the test polls for the marker and must never see it
            # created but still empty
            aside = Path(marker + ".tmp")
            aside.write_text(str(rows), encoding="utf-8")
            os.replace(aside, marker)
            time.sleep(600)

    return pause
