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

from checker.ingest.article import BatchDefaults, build_article
from checker.ingest.files import Source, article_suffix, find_files
from checker.ingest.formats import Limits, RawArticle, read_csv, read_json, read_jsonl, read_txt
from checker.ingest.html import read_html
from checker.ingest.manifest import Manifest, load_manifest
from checker.problems import ProblemLog
from checker.schema import Article

__all__ = ["read_articles", "BatchDefaults", "Limits"]

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
    unique_ids: bool = True,
    defaults: Optional[BatchDefaults] = None,
    date_required: Optional[str] = None,
) -> Iterator[Article]:
    """Every readable article under `paths` (files or folders), with the manifest's metadata.

    Problems go to `log`; nothing is raised for bad input. When a folder is read, manifest lines
    that matched no article are reported once the whole batch has been read. Files in `skip`
    (annotations kept beside the articles) are not read as articles. `unique_ids`: each doc_id
    once (`_SeenIds`), for the rules; it keeps a line per article, so a pure stream of records
    (`extract`) turns it off to keep its memory flat however long the batch. `defaults`: the
    language, date and source of articles that give none (`BatchDefaults`). `date_required`: why
    the run needs every article dated (`build_article`).
    """
    log = log if log is not None else ProblemLog()
    limits = Limits(max_file_bytes=max_file_bytes, max_text_chars=max_text_chars)
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    paths = list(paths)
    table: Optional[Manifest] = load_manifest(manifest, log) if manifest is not None else None
    skip = [Path(p) for p in skip] + ([Path(manifest)] if manifest is not None else [])
    seen = _SeenIds() if unique_ids else None
    for src in find_files(paths, log, skip=skip):
        reader = READERS[article_suffix(src.path)]
        kept_any = False
        try:
            for raw in reader(src, log, limits):
                article = build_article(raw, table, log, limits, defaults, date_required)
                kept_any = kept_any or article is not None
                if article is not None and (seen is None or seen.admit(article, raw, log)):
                    yield article
        except (OSError, UnicodeError, ValueError, RecursionError, MemoryError) as exc:
            # Anything a reader did not foresee still costs one file, not the batch.
            log.error(str(src.path), f"cannot read file ({type(exc).__name__}: {exc})")
        if not kept_any and table is not None:
            # a file rejected whole (empty, binary) has had its error: its manifest line is not
            # also "a line that matches no article"
            table.lookup(src.path.name, src.path.stem)
    # A manifest usually describes a whole collection: when files are named one by one (a draft,
    # the files a commit changed), its other lines are expected, not worth a warning; a path that
    # does not exist (a pattern the shell matched to nothing) has had its error, and is no folder
    # whose every manifest line would then be one more warning.
    if table is not None:
        table.report_unused(log, unmatched=any(Path(p).is_dir() for p in paths))


class _SeenIds:
    """Each article's doc_id once per batch. Rules tell articles apart by doc_id (one article's
    figures may contradict each other, two articles' may disagree), so a repeated id would merge
    two articles into one. The same text under the same id is the same article read twice (a file
    named and also found in its folder, a re-scraped page): skipped with a warning. Another text
    under an id already read is kept under a new id ("a1~2"), with a warning naming both."""

    def __init__(self) -> None:
        self._ids: dict[str, str] = {}  # every id given out -> where its article was read
        self._texts: dict[str, dict[int, tuple[str, str]]] = {}  # id as read -> text hash -> (id given, where)

    def admit(self, article: Article, raw: RawArticle, log: ProblemLog) -> bool:
        where = _where(raw)
        as_read = article.doc_id
        texts = self._texts.setdefault(as_read, {})
        key = hash(article.text)
        if key in texts:
            given, first = texts[key]
            log.warning(str(raw.path), f"{_label(raw)}doc_id '{as_read}' with the same text was already read from {first}: "
                                       "skipped as a duplicate", raw.line)
            return False
        new_id, n = as_read, 1
        while new_id in self._ids:
            n += 1
            new_id = f"{as_read}~{n}"
        if new_id != as_read:
            log.warning(str(raw.path), f"{_label(raw)}doc_id '{as_read}' was already used by another article "
                                       f"({self._ids[as_read]}): this one is checked as '{new_id}'; give each article its own id",
                        raw.line)
            article.doc_id = new_id
        self._ids[new_id] = where
        texts[key] = (new_id, where)
        return True


def _where(raw: RawArticle) -> str:
    if raw.line is not None:
        return f"{raw.path}:{raw.line}"
    return f"{raw.path} ({raw.label})" if raw.label else str(raw.path)


def _label(raw: RawArticle) -> str:
    """"article 2: " for an article of a JSON list, which has no line to name."""
    return f"{raw.label}: " if raw.line is None and raw.label else ""
