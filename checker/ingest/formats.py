"""One reader per article format (.txt, .json, .jsonl, .csv); each yields raw articles, one at a time.

A raw article is the file's own fields, untouched: checking and merging with the manifest happen
in one place (`checker.ingest.article`) so every format gets the same rules and messages.
"""
from __future__ import annotations

import csv
import itertools
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from checker.ingest.dates import figure_order, is_ambiguous, order_warning
from checker.ingest.files import Source, check_size, read_text, stream_lines
from checker.problems import ProblemLog

# Keys that say "this row is an article", besides `text`; annotation files (gold, negatives)
# have `text` too, but none of these, so a folder scan can leave them out.
ARTICLE_KEYS = ("id", "doc_id", "published", "source", "lang", "url", "title", "agency")
# Keys of extracted records (spec section 2): such a file is output, not input.
RECORD_KEYS = ("value", "measure")


@dataclass
class RawArticle:
    """The fields one file (or one line of it) gave for an article, and where they came from."""

    fields: dict[str, Any]
    path: Path
    line: Optional[int] = None  # for messages: the JSONL/CSV line
    line_offset: int = 0  # lines of the file before the one where `text` starts
    label: Optional[str] = None  # for messages when there is no line ("article 3" of a JSON list)
    whole_file: bool = False  # .txt/.html: the manifest matches it by file name
    page_date: bool = False  # `published` was found in the page, not given
    date_guessed: bool = False  # ... and only in its visible text ("Published September 10, 2023"), not its markup
    day_first: Optional[bool] = None  # the order of day and month the file's other dates show (CSV, JSON, JSONL)


@dataclass
class Limits:
    """Size limits. Whole-file articles are read into memory, so their size is capped; JSONL and
    CSV are streamed, so only each article's text is."""

    max_file_bytes: int = 20_000_000
    max_text_chars: int = 2_000_000


# Other names exports give the fields (scrapers, CMS exports, news APIs: news-please's "maintext"
# and "date_publish", NewsAPI's "content" and "publishedAt", schema.org's "datePublished"): read as
# the field they stand for when that field itself is absent. The first present wins.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("body", "maintext", "article_text", "full_text", "content", "article"),
    "published": ("date", "published_at", "publishedAt", "date_publish", "datePublished", "pubDate",
                  "publication_date", "pub_date", "publish_date", "published_date", "post_date"),
    "lang": ("language",),
    "title": ("headline",),
    "source": ("outlet", "publisher", "source_name", "media"),
}


ARTICLE_FIELDS = frozenset(("text", *ARTICLE_KEYS, *(a for aliases in FIELD_ALIASES.values() for a in aliases)))


def _folded(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


class ColumnNames:
    """Column names as spreadsheets and exports write them ("Doc ID", "Published", "File name",
    "TEXT") read as the names the reader knows ("doc_id", "published", "file_name", "text"): a
    header with capitals or spaces would otherwise lose every field it names, silently. A name that
    folds to no known one is kept as written (stripped), so that messages can quote it."""

    def __init__(self, known: Any) -> None:
        self.known = frozenset(known)
        self._by_folded: dict[str, str] = {}
        for name in sorted(self.known):
            self._by_folded.setdefault(_folded(name), name)

    def __call__(self, name: str) -> str:
        name = name.strip()
        if name in self.known:
            return name
        return self._by_folded.get(_folded(name), name)


article_column = ColumnNames(ARTICLE_FIELDS)


def canonical_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """`fields` with each canonical name filled from its first alias present (a key written
    "Text" or "Published" counts as "text" or "published"); a source given as an object
    ({"id": ..., "name": "Reuters"}) by its name."""
    if any(key not in ARTICLE_FIELDS for key in fields):
        renamed = {}
        for key, value in fields.items():
            renamed.setdefault(article_column(key) if isinstance(key, str) else key, value)
        fields = renamed
    out = fields
    for name, aliases in FIELD_ALIASES.items():
        if name not in out:
            alias = next((a for a in aliases if a in fields), None)
            if alias is not None:
                out = dict(out) if out is fields else out
                out[name] = fields[alias]
    source = out.get("source")
    if isinstance(source, dict) and "name" in source:
        out = dict(out) if out is fields else out
        out["source"] = source["name"]
    return out


def not_articles_reason(keys: set[str]) -> Optional[str]:
    """Why rows with these keys are not articles, or None if they may be."""
    if "text" not in keys:
        return f"no 'text' field (nor {', '.join(FIELD_ALIASES['text'])})"
    if all(k in keys for k in RECORD_KEYS):
        return "rows have 'value' and 'measure': extracted records, not articles"
    if not any(k in keys for k in ARTICLE_KEYS):
        return f"rows have 'text' but none of {', '.join(ARTICLE_KEYS)}: annotations, not articles"
    return None


def _unread_date_column(src: Source, keys: set[str], log: ProblemLog, line: Optional[int] = None) -> None:
    """One warning per file whose rows carry no publication date under a name casualty-check reads
    but do carry a column that looks like one ("Date de publication", "Last Modified Date"): every
    row would otherwise be read undated, or dated by --published, with nothing said about that column."""
    if "published" in keys:
        return
    named = sorted(k for k in keys if isinstance(k, str) and k not in ARTICLE_FIELDS
                   and ("date" in _folded(k) or _folded(k).startswith("publi")))
    if named:
        log.warning(str(src.path), f"{'column' if len(named) == 1 else 'columns'} {', '.join(repr(k) for k in named)} "
                                   f"not read as the publication date (the names read are published, "
                                   f"{', '.join(FIELD_ALIASES['published'])}): rename it 'published', or give the "
                                   "dates in a manifest", line)


def _first_rows_ok(src: Source, keys: set[str], log: ProblemLog, line: Optional[int] = None) -> bool:
    """Files found in a folder that are clearly not articles: one warning, skipped. A file the
    user named is only refused if it has no text at all (an error: they asked for it)."""
    reason = not_articles_reason(keys)
    if reason is None:
        return True
    if src.explicit:
        if "text" in keys:
            return True
        log.error(str(src.path), f"{reason}: not an article file (article rows need 'text')", line)
    else:
        log.warning(str(src.path), f"skipped: not an article file ({reason})")
    return False


def read_txt(src: Source, log: ProblemLog, limits: Limits) -> Iterator[RawArticle]:
    """The whole file is the article text; metadata comes from the manifest."""
    if not check_size(src.path, limits.max_file_bytes, log):
        return
    text = read_text(src.path, log)
    if text is not None:
        yield RawArticle({"text": text}, src.path, whole_file=True)


TOO_DEEP = "malformed JSON: nested too deeply to be an article (arrays or objects inside each other thousands of times)"


def read_json(src: Source, log: ProblemLog, limits: Limits) -> Iterator[RawArticle]:
    """An article object, a list of them, or {"articles": [...]}."""
    if not check_size(src.path, limits.max_file_bytes, log):
        return
    text = read_text(src.path, log)
    if text is None:
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        log.error(str(src.path), f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})", exc.lineno)
        return
    except RecursionError:
        log.error(str(src.path), TOO_DEEP)
        return
    del text
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        items, many = data["articles"], True
    elif isinstance(data, dict):
        items, many = [data], False
    elif isinstance(data, list):
        items, many = data, True
    else:
        log.error(str(src.path), f"JSON holds a {type(data).__name__}; expected an article object, "
                                 "a list of them, or {\"articles\": [...]}")
        return
    if not items:
        log.error(str(src.path), "empty: the JSON holds no articles")
        return
    first = items[0]
    if isinstance(first, dict):
        if not _first_rows_ok(src, set(canonical_fields(first)), log):
            return
        _unread_date_column(src, set(canonical_fields(first)), log)
    day_first = _items_date_order(src, log, items) if many and any(
        isinstance(item, dict) and is_ambiguous(canonical_fields(item).get("published")) for item in items) else None
    for number, item in enumerate(items, start=1):
        label = f"article {number}" if many else None
        if not isinstance(item, dict):
            log.error(str(src.path), f"{label or 'JSON'}: not an object ({type(item).__name__})")
            continue
        yield RawArticle(canonical_fields(item), src.path, label=label, day_first=day_first)


def read_jsonl(src: Source, log: ProblemLog, limits: Limits) -> Iterator[RawArticle]:
    """One article object per line, streamed.

    The first object says whether the file holds articles at all. In a file the user named, an
    object without text before the first one with text (a line whose text was lost in an export)
    does not condemn the lines after it: the file is only refused if no line has text."""
    checked = False
    seen_any = False
    problems_before = len(log.problems)
    textless: list[int] = []  # named file: lines without text before any line with text
    n_textless = 0
    day_first: Optional[bool] = None
    ordered = False  # the file's date order, read once, at its first ambiguous date
    for number, line in stream_lines(src.path, log):
        if not line.strip():
            continue
        seen_any = True
        if len(line) > limits.max_text_chars * 2:  # JSON escapes can double a text's length
            log.error(str(src.path), f"line is {len(line):,} characters long, too long for one article "
                                     f"(limit {limits.max_text_chars:,} characters of text)", number)
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            log.error(str(src.path), f"malformed JSON: {exc.msg} (column {exc.pos + 1})", number)
            continue
        except RecursionError:  # "[[[[...]]]]": one line, not the rest of the file
            log.error(str(src.path), TOO_DEEP, number)
            continue
        if not isinstance(obj, dict):
            log.error(str(src.path), f"not a JSON object ({type(obj).__name__})", number)
            continue
        obj = canonical_fields(obj)
        if not checked:
            if src.explicit and "text" not in obj:
                n_textless += 1
                if len(textless) < 5:
                    textless.append(number)
                continue
            checked = True
            if n_textless:
                _report_textless(src, log, textless, n_textless)
            if not _first_rows_ok(src, set(obj), log, number):
                return
            _unread_date_column(src, set(obj), log, number)
            ordered = "published" not in obj
        if not ordered and is_ambiguous(obj.get("published")):
            # ISO dates, the usual case, cost no second pass: only a feed holding "07/10/2016" is read twice
            day_first, ordered = _jsonl_date_order(src, log), True
        yield RawArticle(obj, src.path, line=number, line_offset=number - 1, day_first=day_first)
    if n_textless and not checked:  # no line has text: not an article file
        _first_rows_ok(src, set(), log, textless[0])
    elif not seen_any and len(log.problems) == problems_before:
        _report_empty(src, log)


def _report_textless(src: Source, log: ProblemLog, lines: list[int], count: int) -> None:
    """One error for the lines without text that came before the file's first article."""
    listed = ", ".join(map(str, lines)) + (f" and {count - len(lines)} more" if count > len(lines) else "")
    which = f"line {listed}" if count == 1 else f"{count} lines ({listed})"
    log.error(str(src.path), f"no 'text' field (nor {', '.join(FIELD_ALIASES['text'])}) on {which}: "
                             f"{'that line is' if count == 1 else 'those are'} skipped, the others are read", lines[0])


def read_csv(src: Source, log: ProblemLog, limits: Limits) -> Iterator[RawArticle]:
    """Same columns as the JSON articles, one row per article, streamed."""
    if csv.field_size_limit() < limits.max_text_chars + 1:
        csv.field_size_limit(min(sys.maxsize, limits.max_text_chars + 1))
    problems_before = len(log.problems)
    lines = (line for _, line in stream_lines(src.path, log))
    first = next(lines, "")
    # strict: a quote opened and never closed is an error, not a field that swallows every
    # later row up to the end of the file
    reader = csv.DictReader(itertools.chain((first,), lines), delimiter=csv_delimiter(first), strict=True)
    try:
        header = reader.fieldnames
    except csv.Error as exc:
        log.error(str(src.path), f"malformed CSV header ({exc})", 1)
        return
    if not header or not any(h.strip() for h in header if h):
        if len(log.problems) == problems_before:
            _report_empty(src, log)
        return
    keys = set(canonical_fields({h.strip(): None for h in header if h}))
    if not _first_rows_ok(src, keys, log, 1):
        return
    _unread_date_column(src, keys, log, 1)
    day_first: Optional[bool] = None
    ordered = "published" not in keys  # the file's date order, read once, at its first ambiguous date
    previous = reader.line_num
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            log.error(str(src.path), f"malformed CSV ({_csv_reason(exc)})", previous + 1)
            # an oversized field stops the parser before it counts its line: the next row is past it
            previous = max(reader.line_num, previous + 1)
            continue
        start = previous + 1
        previous = reader.line_num
        fields = canonical_fields({k.strip(): (v if v != "" else None) for k, v in row.items() if k})
        if not ordered and is_ambiguous(fields.get("published")):
            # ISO dates, the usual case, cost no second pass: only a file holding "07/10/2016" is read twice
            day_first, ordered = _csv_date_order(src, log, header, csv_delimiter(first)), True
        yield RawArticle(fields, src.path, line=start, line_offset=start - 1, day_first=day_first)


def _csv_date_order(src: Source, log: ProblemLog, header: list[str], delimiter: str) -> Optional[bool]:
    """The order of day and month of a spreadsheet's dates in figures, as for a manifest
    (`dates.figure_order`): a pass over the date column alone, so that "07/10/2016" on row 2 is read
    as the "30/04/2016" of row 900 shows. Constant memory: the rows are not kept."""
    column = next((h for h in header if h and canonical_fields({h.strip(): 1}).get("published") == 1), None)
    if column is None:
        return None

    def dates() -> Iterator[tuple[int, Any]]:
        lines = (line for _, line in stream_lines(src.path, ProblemLog(stream=None)))
        reader = csv.DictReader(lines, delimiter=delimiter)
        previous = 1
        try:
            for row in reader:
                yield previous + 1, row.get(column)
                previous = reader.line_num
        except csv.Error:  # said by the reading pass, row by row
            return

    return _file_date_order(src, log, dates())


def _jsonl_date_order(src: Source, log: ProblemLog) -> Optional[bool]:
    """The order of day and month of a JSONL feed's dates in figures (`dates.figure_order`): a pass
    that reads each line's date alone, as for a spreadsheet. Bad lines are said by the reading pass."""

    def dates() -> Iterator[tuple[int, Any]]:
        for number, line in stream_lines(src.path, ProblemLog(stream=None)):
            try:
                obj = json.loads(line) if line.strip() else None
            except (json.JSONDecodeError, RecursionError):
                continue
            if isinstance(obj, dict):
                yield number, canonical_fields(obj).get("published")

    return _file_date_order(src, log, dates())


def _items_date_order(src: Source, log: ProblemLog, items: list[Any]) -> Optional[bool]:
    """The same for a JSON file's list of articles, already in memory."""
    return _file_date_order(src, log, ((number, canonical_fields(item).get("published"))
                                       for number, item in enumerate(items, start=1) if isinstance(item, dict)),
                            unit="article")


def _file_date_order(src: Source, log: ProblemLog, dated: Iterable[tuple[int, Any]], unit: str = "line") -> Optional[bool]:
    """Day/month or month/day for the file's ambiguous dates in figures, from its unambiguous ones
    (`dates.figure_order`), with one warning naming the first places it applies to. `dated` gives
    each article's line (or number) and date; None when the file's dates do not decide."""
    first_lines: list[int] = []  # the first five ambiguous dates' lines, for the warning
    count = 0

    def values() -> Iterator[Any]:
        nonlocal count
        for line, value in dated:
            if is_ambiguous(value):
                count += 1
                if count <= 5:
                    first_lines.append(line)
            yield value

    day_first, example = figure_order(values())
    if day_first is None or not count:
        return None
    log.warning(str(src.path), order_warning(day_first, example, first_lines, count, unit), first_lines[0] if unit == "line" else None)
    return day_first


def csv_delimiter(header: str) -> str:
    """The header's separator: a comma, or the semicolon (spreadsheets in French and most European
    locales save "CSV" with it) or tab it holds more of."""
    if "," in header:
        return ","
    return max((";", "\t"), key=header.count) if ";" in header or "\t" in header else ","


def _csv_reason(exc: csv.Error) -> str:
    """The csv module's message, said so that the user knows what to look for."""
    text = str(exc)
    if "unexpected end of data" in text:
        return "a quoted field is never closed: a '\"' is missing"
    return text


def _report_empty(src: Source, log: ProblemLog) -> None:
    try:
        size = src.path.stat().st_size
    except OSError:
        return
    log.error(str(src.path), "empty file" if size == 0 else "empty file (only whitespace)")
