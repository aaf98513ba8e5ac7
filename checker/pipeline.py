"""The whole job in one place: read a batch, extract its figures, as a stream.

Articles are read and extracted one at a time, so memory grows with the number of figures
kept, never with the number of articles read.
"""
from __future__ import annotations

import os
from collections import deque
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence

import numpy as np
import pandas as pd

from checker.ingest import BatchDefaults, read_articles
from checker.extract import extract_article
from checker.problems import ProblemLog
from checker.schema import RECORD_COLUMNS, Article, Record

INT_COLUMNS = ("start", "end", "value", "low", "high", "part_of", "line", "column")
BOOL_COLUMNS = ("cumulative", "quoted", "hedged", "superseded", "toll")


def extract_batch(
    paths: Sequence[str | Path],
    manifest: Optional[str | Path] = None,
    log: Optional[ProblemLog] = None,
    skip: Sequence[str | Path] = (),
    jobs: int = 1,
    unique_ids: bool = True,
    defaults: Optional[BatchDefaults] = None,
) -> Iterator[tuple[Article, list[Record]]]:
    """Yield each readable article with its records, in input order; bad inputs go to `log`,
    never raise. `skip`: files among the articles that are not articles (a gold file beside
    them). `jobs`: processes that extract (0 = one per core); reading stays in this process,
    so problems are reported as with one job. `unique_ids`, `defaults`: see `read_articles`."""
    log = log if log is not None else ProblemLog()
    articles = read_articles(paths, manifest=manifest, log=log, skip=skip, unique_ids=unique_ids, defaults=defaults)
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


def records_frame(records: Iterable[Record | dict]) -> pd.DataFrame:
    """Records as a DataFrame with the canonical columns, in order, with nullable types."""
    rows = [r.to_dict() if isinstance(r, Record) else dict(r) for r in records]
    frame = pd.DataFrame(rows, columns=list(RECORD_COLUMNS))
    return normalise_frame(frame)


def normalise_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Give any records table (ours, a tracker spreadsheet, another extractor's) our dtypes."""
    for col in RECORD_COLUMNS:
        if col not in frame.columns:
            frame[col] = None
    for col in INT_COLUMNS:
        _convert(frame, col, _as_int64)
    for col in BOOL_COLUMNS:
        _convert(frame, col, _as_bools)
    for col in ("period_start", "period_end", "published"):
        frame[col] = _map_distinct(frame[col], _as_iso_date, (str,)).astype(object)
    extra = [c for c in frame.columns if c not in RECORD_COLUMNS]
    order = list(RECORD_COLUMNS) + extra
    if list(frame.columns) == order and frame.index.equals(pd.RangeIndex(len(frame))):
        return frame  # already in order (a table normalised before): no copy
    return frame[order].reset_index(drop=True)


def _convert(frame: pd.DataFrame, col: str, convert) -> None:
    """Replace the column by its conversion, unless that is the column itself (already of its type)."""
    current = frame[col]
    converted = convert(current)
    if converted is not current:
        frame[col] = converted


def _as_int64(col: pd.Series) -> pd.Series:
    """`to_numeric(errors="coerce").round().astype("Int64")`, skipping the steps that change nothing.

    A table normalised before (the drafts, normalised again by every check) or read from
    SQLite (numpy integers or floats) needs at most the rounding: a one-draft check normalises
    a hundred rows, where each pandas step costs more than the work.
    """
    if isinstance(col.dtype, pd.Int64Dtype):
        return col
    if _plain_number(col):
        return col.round().astype("Int64")
    return pd.to_numeric(col, errors="coerce").round().astype("Int64")


def _as_bools(col: pd.Series) -> pd.Series:
    """`_as_bool` of each value, as a bool column; numbers and booleans without the per-value call."""
    if col.dtype == bool:
        return col
    if _plain_number(col):  # _as_bool of a number: non-zero, and NaN is False
        values = col.to_numpy()
        truth = values != 0
        if values.dtype.kind == "f":
            truth &= ~np.isnan(values)
        return pd.Series(truth, index=col.index, name=col.name)
    return _map_distinct(col, _as_bool, _BOOL_SAFE).astype(bool)


def _plain_number(col: pd.Series) -> bool:
    """A numpy integer or float column (not bool, not nullable, not object)."""
    return isinstance(col.dtype, np.dtype) and col.dtype.kind in "iuf"


# Types for which equal values (as factorize groups them: 1 == 1.0 == True) convert alike.
_BOOL_SAFE = (str, bool, int, float, np.bool_, np.integer, np.floating)


def _map_distinct(col: pd.Series, convert, safe_types: tuple) -> pd.Series:
    """`col.map(convert)`, computed once per distinct value (archives repeat dates a lot).

    Only when every distinct non-missing value is of `safe_types`, so that values grouped as
    equal convert alike; missing values (None, NaN, NA...) are converted one by one, as each
    kind of missing may convert differently. Otherwise the plain `map`.
    """
    if len(col) == 0 or col.dtype != object:
        return col.map(convert)
    codes, uniques = pd.factorize(col, use_na_sentinel=True)
    if not all(isinstance(u, safe_types) for u in uniques):
        return col.map(convert)
    out = np.empty(len(col), dtype=object)
    if len(uniques):
        table = np.empty(len(uniques), dtype=object)
        table[:] = [convert(u) for u in uniques]
        out[:] = table[codes]
    missing = np.flatnonzero(codes == -1)
    if len(missing):
        values = col.to_numpy(dtype=object)
        out[missing] = [convert(values[i]) for i in missing]
    return pd.Series(out, index=col.index, name=col.name)  # dtype inferred, as map does


def _as_bool(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"true", "1", "yes", "y", "oui", "vrai"}
    if value is None or (isinstance(value, float) and value != value):
        return False
    return bool(value)


def _as_iso_date(value: object) -> Optional[str]:
    if value is None or (isinstance(value, float) and value != value) or value is pd.NaT:
        return None
    text = str(value).strip()
    if not text or text.lower() in {"nan", "none", "null", "nat"}:
        return None
    return text[:10]
