"""The whole job in one place: read a batch, extract its figures, as a stream.

Articles are read and extracted one at a time, so memory grows with the number of figures
kept, never with the number of articles read.
"""
from __future__ import annotations

import os
from collections import deque
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence

from checker.ingest import BatchDefaults, read_articles
from checker.extract import extract_article
from checker.problems import ProblemLog
from checker.schema import Article, Record


def extract_batch(
    paths: Sequence[str | Path],
    manifest: Optional[str | Path] = None,
    log: Optional[ProblemLog] = None,
    skip: Sequence[str | Path] = (),
    jobs: int = 1,
    unique_ids: bool = True,
    defaults: Optional[BatchDefaults] = None,
    date_required: Optional[str] = None,
) -> Iterator[tuple[Article, list[Record]]]:
    """Yield each readable article with its records, in input order; bad inputs go to `log`,
    never raise. `skip`: files among the articles that are not articles (a gold file beside
    them). `jobs`: processes that extract (0 = one per core); reading stays in this process,
    so problems are reported as with one job. `unique_ids`, `defaults`, `date_required`: see `read_articles`."""
    log = log if log is not None else ProblemLog()
    articles = read_articles(paths, manifest=manifest, log=log, skip=skip, unique_ids=unique_ids, defaults=defaults,
                             date_required=date_required)
    jobs = resolve_jobs(jobs)
    results = _extract_in_processes(articles, jobs) if jobs > 1 else ((a, _extract_one(a)) for a in articles)
    for article, (records, failure) in results:
        if failure is not None:  # an extractor bug must not lose the rest of the batch
            log.error(article.path or article.doc_id, f"extraction failed ({failure})")
            continue
        yield article, records


def resolve_jobs(jobs: int) -> int:
    """`--jobs`: 0 means one process per core this process may use."""
    if jobs < 0:
        raise ValueError("jobs must be 0 (every core) or more")
    if jobs == 0:
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # not Linux
            return os.cpu_count() or 1
    return jobs


def _extract_one(article: Article) -> tuple[Optional[list[Record]], Optional[str]]:
    """Records of one article, or the reason extraction failed (picklable: runs in workers)."""
    try:
        return extract_article(article), None
    except Exception as exc:
        return None, f"{type(exc).__name__}: {exc}"


def _extract_chunk(articles: list[Article]) -> list[tuple[Optional[list[Record]], Optional[str]]]:
    return [_extract_one(a) for a in articles]


# Articles per task handed to a worker, and tasks kept in flight per worker: enough to keep every
# core busy, few enough that memory stays flat however long the batch is (Pool.imap would read
# the whole batch ahead).
CHUNK = 16
IN_FLIGHT_PER_JOB = 3


def _extract_in_processes(articles: Iterable[Article], jobs: int):
    """(article, result) pairs in input order, extracted by `jobs` worker processes."""
    import multiprocessing

    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    pending: deque = deque()
    with context.Pool(jobs) as pool:
        for chunk in _chunks(articles, CHUNK):
            pending.append((chunk, pool.apply_async(_extract_chunk, (chunk,))))
            while len(pending) >= jobs * IN_FLIGHT_PER_JOB:
                yield from _collect(pending.popleft())
        while pending:
            yield from _collect(pending.popleft())


# A chunk of 16 articles takes well under a second; a worker that gives nothing back for this
# long has died (killed, out of memory) and its chunk would otherwise be waited for forever.
CHUNK_TIMEOUT_S = 600


def _collect(item):
    """A chunk's results; if its worker died or its result could not be sent back, the chunk is
    extracted here instead, so no article is lost (a failing one is reported as with one job)."""
    chunk, result = item
    try:
        outcomes = result.get(timeout=CHUNK_TIMEOUT_S)
    except Exception:
        outcomes = _extract_chunk(chunk)
    yield from zip(chunk, outcomes)


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
