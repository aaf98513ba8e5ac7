"""Nothing lost: concurrent writers, and a writer SIGKILLed in the middle of `add`.

Each writer is a separate Python process (SQLite locking is per process, so threads would
prove nothing). The kill test is deterministic: the archive's test hook makes the writer pause
inside its transaction after a given number of rows and say so through a marker file; the test
then kills it there.
"""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archive_seeds import seed_batch
from checker.archive import Archive
from checker.archive.store import PAUSE_ENV

ROOT = Path(__file__).resolve().parent.parent
TESTS = Path(__file__).resolve().parent

WRITER = """
import sys, time
from datetime import date, timedelta
from pathlib import Path
from checker.archive import Archive
from checker.schema import Article

db, prefix, batches, per_batch, n_records, go = sys.argv[1:7]
batches, per_batch, n_records = int(batches), int(per_batch), int(n_records)
while go != "-" and not Path(go).exists():
    time.sleep(0.005)

def article(doc_id, n, source="outlet-" + prefix):
    published = date(2016, 1, 1) + timedelta(days=n % 300)
    a = Article(doc_id=doc_id, text=f"Article {doc_id}: {n} personnes ont ete tuees.", lang="fr",
                published=published, source=source)
    recs = [dict(doc_id=doc_id, start=k, end=k + 2, text=f"{k} personnes", sentence="", value=k + 1,
                 low=k + 1, high=k + 1, qualifier="exact", measure="killed", group="people",
                 place="aleppo", published=published.isoformat(), source=source)
            for k in range(n_records)]
    return a, recs

for b in range(batches):
    batch = [article(f"{prefix}-{b}-{i}", i) for i in range(per_batch)]
    batch.append(article("shared", 7, source="wire"))  # every writer adds the same article: one version only
    with Archive.open(db, create=True) as store:
        store.add_articles(batch, label=f"{prefix} batch {b}")
print("done")
"""


def writer(db: Path, prefix: str, batches: int, per_batch: int, n_records: int, go: str = "-",
           env: dict | None = None) -> subprocess.Popen:
    full_env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(TESTS)]), **(env or {})}
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db), prefix, str(batches), str(per_batch), str(n_records), go],
        env=full_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def snapshot(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def test_two_processes_adding_at_once_lose_nothing(tmp_path):
    db = tmp_path / "archive.db"
    go = tmp_path / "go"
    procs = [writer(db, name, batches=6, per_batch=40, n_records=25, go=str(go)) for name in ("a", "b")]
    time.sleep(0.3)  # both interpreters up and waiting
    go.touch()
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        assert "done" in out
    assert integrity(db) == "ok"
    with Archive.open(db) as store:
        stats = store.stats()
        assert stats["articles"] == 2 * 6 * 40 + 1
        assert stats["versions"] == stats["articles"]  # "shared" was added 12 times, kept once
        assert stats["records"] == (2 * 6 * 40 + 1) * 25
        assert len(store.show("shared")["versions"]) == 1


def test_sigkill_inside_add_leaves_archive_exactly_as_before(tmp_path):
    db = tmp_path / "archive.db"
    with Archive.open(db, create=True) as store:
        store.add_articles(seed_batch())
    before = snapshot(db)
    marker = tmp_path / "paused"
    proc = writer(db, "k", batches=1, per_batch=200, n_records=20, env={PAUSE_ENV: f"1500:{marker}"})
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert proc.poll() is None, proc.stderr.read()
        assert time.monotonic() < deadline, "writer never reached the pause point"
        time.sleep(0.01)
    assert int(marker.read_text()) >= 1500  # rows really were written inside the transaction
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    assert snapshot(db) == before
    assert integrity(db) == "ok"
    with Archive.open(db) as store:  # and the archive takes the same batch afterwards
        assert store.stats() == {"articles": 5, "versions": 5, "records": 29}
    again = writer(db, "k", batches=1, per_batch=200, n_records=20)
    _, err = again.communicate(timeout=120)
    assert again.returncode == 0, err
    with Archive.open(db) as store:
        assert store.stats()["records"] == 29 + 201 * 20


@pytest.mark.parametrize("delay", [0.05, 0.2, 0.5, 1.0])
def test_sigkill_at_any_moment_leaves_before_or_after(tmp_path, delay):
    """Without the hook: whenever the kill lands, the archive holds all of a batch or none of it."""
    db = tmp_path / "archive.db"
    with Archive.open(db, create=True) as store:
        store.add_articles(seed_batch())
    proc = writer(db, "r", batches=3, per_batch=100, n_records=20)
    time.sleep(delay)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    assert integrity(db) == "ok"
    with Archive.open(db) as store:
        stats = store.stats()
    batch_records = 101 * 20 - 20  # "shared" is only new in the first batch
    extra = stats["records"] - 29
    assert extra in (0, 101 * 20, 101 * 20 + batch_records, 101 * 20 + 2 * batch_records), stats
