"""Ingest: read a batch of article files into Articles, one at a time, reporting bad input.

`read_articles` is a generator: each file (and each JSONL/CSV line) is read only when the
previous article has been handed on, so memory stays flat however large the batch is. Bad
input never raises; it is reported to the ProblemLog with the file (and line) and skipped,
and the caller turns "anything rejected" into exit code 2.

(`checker.ingest.records`, which reads already-extracted records, is a separate module.)
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from checker.ingest.article import build_article
from checker.ingest.files import Source, find_files
from checker.ingest.formats import Limits, RawArticle, read_csv, read_json, read_jsonl, read_txt
from checker.ingest.html import read_html
from checker.ingest.manifest import Manifest, load_manifest
from checker.problems import ProblemLog
from checker.schema import Article

__all__ = ["read_articles", "Limits"]

Reader = Callable[[Source, ProblemLog, Limits], Iterator[RawArticle]]
READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".json": read_json,
    ".jsonl": read_jsonl,
    ".csv": read_csv,
    ".html": read_html,
    ".htm": read_html,
}


def read_articles(
    paths: Iterable[str | os.PathLike],
    manifest: Optional[str | os.PathLike] = None,
    log: Optional[ProblemLog] = None,
    *,
    max_file_bytes: int = 20_000_000,
    max_text_chars: int = 2_000_000,
    skip: Iterable[str | os.PathLike] = (),
) -> Iterator[Article]:
    """Every readable article under `paths` (files or folders), with the manifest's metadata.

    Problems go to `log`; nothing is raised for bad input. When a folder is read, manifest lines
    that matched no article are reported once the whole batch has been read. Files in `skip`
    (annotations kept beside the articles) are not read as articles.
    """
    log = log if log is not None else ProblemLog()
    limits = Limits(max_file_bytes=max_file_bytes, max_text_chars=max_text_chars)
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    paths = list(paths)
    table: Optional[Manifest] = load_manifest(manifest, log) if manifest is not None else None
    skip = [Path(p) for p in skip] + ([Path(manifest)] if manifest is not None else [])
    for src in find_files(paths, log, skip=skip):
        reader = READERS[src.path.suffix.lower()]
        try:
            for raw in reader(src, log, limits):
                article = build_article(raw, table, log, limits)
                if article is not None:
                    yield article
        except (OSError, UnicodeError, ValueError, RecursionError, MemoryError) as exc:
            # Anything a reader did not foresee still costs one file, not the batch.
            log.error(str(src.path), f"cannot read file ({type(exc).__name__}: {exc})")
    # A manifest usually describes a whole collection: when files are named one by one (a draft,
    # the files a commit changed), its other lines are expected, not worth a warning.
    if table is not None and not all(Path(p).is_file() for p in paths):
        table.report_unused(log)
