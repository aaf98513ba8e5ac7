"""The manifest: the user's metadata for a batch (doc_id, lang, published, source, agency, url).

It is checked line by line when loaded, so a typo is reported against the manifest's own line
rather than against whichever article it happens to match. It is small (one line per article)
and therefore held in memory, unlike the articles.
"""
from __future__ import annotations

import csv
import itertools
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from checker.ingest.dates import BadDate, figure_order, is_ambiguous, order_warning, parse_published
from checker.ingest.files import stream_lines
from checker.ingest.formats import FIELD_ALIASES, ColumnNames, canonical_fields, csv_delimiter
from checker.ingest.language import normalise_lang, supported, unsupported_message
from checker.problems import ProblemLog

FIELDS = ("doc_id", "lang", "published", "source", "agency", "url", "title")


@dataclass
class Entry:
    """One manifest line, checked: `fields` holds only the values that passed."""

    line: int
    fields: dict[str, Any]
    keys: tuple[str, ...]  # what an article may be matched by: file name, stem, doc_id, id
    bad_lang: Optional[str] = None  # an unsupported language: the article it names is skipped
    bad_date: bool = False  # its date was impossible: that error says the article has none
    used: bool = False
    # what is wrong with the line (an impossible date): said as an error when an article of the
    # batch uses the line, as a warning at the end when none does (a bad line about another file
    # must not fail every run that checks one draft)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (what is wrong, what it costs the article)
    reported: bool = False

    def report(self, log: ProblemLog, path: Path) -> None:
        """The line's problems, once, as errors: an article of the batch depends on them."""
        if not self.reported:
            self.reported = True
            for wrong, cost in self.problems:  # named by its file: the line alone sends the user counting
                log.error(str(path), f"{wrong}; {cost.replace('the article', f'the article {self.keys[0]}', 1)}", self.line)


@dataclass
class Manifest:
    path: Path
    entries: list[Entry] = field(default_factory=list)
    by_key: dict[str, Entry] = field(default_factory=dict)

    def lookup(self, *keys: Optional[str]) -> Optional[Entry]:
        """The entry for the first key that matches (file name, then stem, then id)."""
        for key in keys:
            if key and key in self.by_key:
                entry = self.by_key[key]
                entry.used = True
                return entry
        return None

    def report_unused(self, log: ProblemLog, unmatched: bool = True) -> None:
        """A line that matched no article usually means a renamed or missing file (`unmatched`:
        said when a folder was read, not for files named one by one); the problems of a line no
        article used are warnings (they concern files not in this batch)."""
        for entry in self.entries:
            if entry.used:
                continue
            if unmatched:
                log.warning(str(self.path), f"manifest line matches no article ({entry.keys[0]})", entry.line)
            for wrong, _ in entry.problems:
                log.warning(str(self.path), f"{wrong} (the line of {entry.keys[0]}, not in this batch)", entry.line)


MANIFEST_NAMES = ("manifest.csv", "manifest.jsonl")


def manifest_beside(paths: Iterable[str | os.PathLike]) -> Optional[Path]:
    """The one manifest kept beside the articles named (in a folder named, or in the folder of a
    file named), when there is exactly one: a newsroom keeps `manifest.csv` with its articles and
    expects `check articles/` to read their dates and sources without being told. None when
    there is none, or several that would disagree (`manifests_beside` lists them)."""
    found = manifests_beside(paths)
    return found[0] if len(found) == 1 else None


def manifests_beside(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Every manifest kept beside the articles named, relative to the working folder where it
    lies below it, in a stable order."""
    found: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        folder = path if path.is_dir() else path.parent
        for name in MANIFEST_NAMES:
            if (folder / name).is_file():
                found.add((folder / name).resolve())
    out = []
    for one in sorted(found):
        try:
            out.append(one.relative_to(Path.cwd()))
        except ValueError:
            out.append(one)
    return out


def load_manifest(path: str | Path, log: ProblemLog) -> Optional[Manifest]:
    """The checked manifest, or None (with an error) if the file cannot be used at all."""
    path = Path(path)
    if not path.is_file():
        log.error(str(path), "manifest not found" if not path.exists() else "manifest is not a file")
        return None
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".jsonl", ".ndjson"):
        log.error(str(path), f"manifest must be .csv or .jsonl, not '{path.suffix}'")
        return None
    manifest = Manifest(path)
    try:
        rows = list(_csv_rows(path, log) if suffix == ".csv" else _jsonl_rows(path, log))
    except UnusableManifest as exc:
        log.error(str(path), str(exc), 1)
        return None
    day_first = _date_order(rows, path, log)
    for line, row in rows:
        _add(manifest, row, line, path, log, day_first)
    return manifest


def _date_order(rows: list[tuple[int, dict[str, Any]]], path: Path, log: ProblemLog) -> Optional[bool]:
    """The order of day and month of the manifest's dates in figures, when its other dates show it
    ("07/10/2016" beside "30/04/2016" is 7 October), said once so that a wrong guess can be seen."""
    published = [(line, canonical_fields(row).get("published")) for line, row in rows]
    day_first, example = figure_order(value for _, value in published)
    ambiguous = [line for line, value in published if is_ambiguous(value)]
    if day_first is None or not ambiguous:
        return None
    log.warning(str(path), order_warning(day_first, example, ambiguous, len(ambiguous)), ambiguous[0])
    return day_first


class UnusableManifest(Exception):
    """The manifest as a whole cannot be read (its header names no column an article is matched by)."""


def _add(manifest: Manifest, row: dict[str, Any], line: int, path: Path, log: ProblemLog,
         day_first: Optional[bool] = None) -> None:
    entry = _check(canonical_fields(_file_alias(row)), line, path, log, day_first)  # "date", "language", "outlet" too
    if entry is None:
        return
    repeated = False
    new_keys = 0
    for key in entry.keys:
        if key in manifest.by_key and manifest.by_key[key] is not entry:
            if not repeated:  # one warning for the line, however many of its keys (file, stem, doc_id) repeat
                log.warning(str(path), f"'{key}' is also on line {manifest.by_key[key].line}; "
                                       "the first line wins", line)
            repeated = True
            continue
        manifest.by_key[key] = entry
        new_keys += 1
    if new_keys:  # a line whose every key an earlier line took can match nothing: warned once, above
        manifest.entries.append(entry)


# What a manifest's columns may be called: the fields, what an article is matched by, and the
# other names exports give them ("date", "language", "outlet", "filename")
FILE_ALIASES = ("path", "filename", "file_name")
KNOWN_COLUMNS = frozenset(("file", "id", *FILE_ALIASES, *FIELDS, "how_dated", "notes", "note", "comment",
                           *(a for aliases in FIELD_ALIASES.values() for a in aliases)))
manifest_column = ColumnNames(KNOWN_COLUMNS)  # "Doc ID" -> doc_id, "Published" -> published


def _file_alias(row: dict[str, Any]) -> dict[str, Any]:
    if "file" in row:
        return row
    alias = next((a for a in FILE_ALIASES if a in row), None)
    return {**row, "file": row[alias]} if alias else row


def _checked_header(columns: list[str], path: Path, log: ProblemLog) -> None:
    """A manifest whose columns are misnamed would otherwise be read as lines without dates or
    sources and the batch checked silently without them: the header is checked once."""
    names = [c.strip() for c in columns if c and c.strip()]
    keys = {"file", "doc_id", "id", *FILE_ALIASES}
    expected = "expected a header such as file,doc_id,lang,published,source"
    if not keys & set(names):
        raise UnusableManifest(f"manifest has no 'file' or 'doc_id' column (its columns: {', '.join(names) or 'none'}); "
                               f"{expected}")
    unknown = [c for c in names if c not in KNOWN_COLUMNS]
    if unknown:
        log.warning(str(path), f"manifest column(s) {', '.join(repr(c) for c in unknown)} not read; "
                               f"known columns: file, {', '.join(FIELDS)}", 1)
    if not {"published", *FIELD_ALIASES["published"]} & set(names):
        log.warning(str(path), "manifest has no 'published' column: articles are read without a publication "
                               "date, so no time window is resolved and reports cannot be put in order", 1)


def _csv_rows(path: Path, log: ProblemLog) -> Iterator[tuple[int, dict[str, Any]]]:
    lines = (line for _, line in stream_lines(path, log))
    first = next(lines, None)
    if first is None:
        return
    reader = csv.DictReader(itertools.chain((first,), lines), delimiter=csv_delimiter(first))
    if reader.fieldnames:
        reader.fieldnames = [manifest_column(c) if c else c for c in reader.fieldnames]
    _checked_header(reader.fieldnames or [], path, log)
    previous = 1
    try:
        for row in reader:
            yield previous + 1, {k.strip(): v for k, v in row.items() if k}
            previous = reader.line_num
    except csv.Error as exc:
        log.error(str(path), f"malformed CSV ({exc})", reader.line_num)


def _jsonl_rows(path: Path, log: ProblemLog) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, line in stream_lines(path, log):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            log.error(str(path), f"malformed JSON: {exc.msg} (column {exc.pos + 1})", number)
            continue
        if not isinstance(obj, dict):
            log.error(str(path), "not a JSON object", number)
            continue
        yield number, {manifest_column(k) if isinstance(k, str) else k: v for k, v in obj.items()}


def _text(value: Any) -> Optional[str]:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _check(row: dict[str, Any], line: int, path: Path, log: ProblemLog,
           day_first: Optional[bool] = None) -> Optional[Entry]:
    file_name = _text(row.get("file"))
    doc_id = _text(row.get("doc_id")) or _text(row.get("id"))
    keys = [k for k in (Path(file_name).name if file_name else None,
                        Path(file_name).stem if file_name else None,
                        _text(row.get("id")), _text(row.get("doc_id"))) if k]
    if not keys:
        log.error(str(path), "manifest line has no file, doc_id or id", line)
        return None
    fields: dict[str, Any] = {}
    if doc_id:
        fields["doc_id"] = doc_id
    elif file_name:
        fields["doc_id"] = Path(file_name).stem
    for name in ("source", "agency", "url", "title"):
        if _text(row.get(name)):
            fields[name] = _text(row.get(name))
    entry = Entry(line, fields, tuple(dict.fromkeys(keys)))
    try:
        published = parse_published(row.get("published"), day_first)
    except BadDate as exc:
        entry.problems.append((str(exc), "the article is read without a date"))
        entry.bad_date = True
    else:
        if published is not None:
            fields["published"] = published
    lang = normalise_lang(row.get("lang"))
    if lang is not None and lang not in supported():
        entry.bad_lang = lang  # the article it names is skipped with an error that says why
    elif lang is not None:
        fields["lang"] = lang
    return entry
