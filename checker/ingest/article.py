"""From raw fields to an Article: merge the manifest, check text, date and language, say what was guessed.

Messages name the file and, for JSONL/CSV, the line, so the user can find the article; articles
that cannot be used are dropped here (None) and every other one goes on to extraction.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Optional

from checker.ingest.date_check import disagreements
from checker.ingest.dates import BadDate, parse_published, unlikely_date
from checker.ingest.clean import cleaned
from checker.ingest.formats import Limits, RawArticle
from checker.ingest.fragment import as_text
from checker.ingest.language import (SAMPLE, disagreeing_lang, function_word_counts, infer_lang, normalise_lang,
                                     supported, unsupported_lang, unsupported_message)
from checker.ingest.manifest import Manifest
from checker.problems import ProblemLog
from checker.schema import Article

NO_DATE = ("no publication date: windows relative to publication stay empty; time-ordering rules skip it "
           "(give one in a manifest, or --published)")


@dataclass(frozen=True)
class BatchDefaults:
    """Metadata for articles that carry none of their own (`--lang`, `--published`, `--source`).

    A journalist checking one draft has no manifest: the draft is in one language and is about
    to be published today. These fill only what neither the manifest nor the file gives, so a
    batch with a manifest reads the same with or without them."""

    lang: Optional[str] = None
    published: Optional[date] = None
    source: Optional[str] = None

    def get(self, name: str) -> Any:
        return getattr(self, name, None)


class _Reporter:
    """Problems about one raw article, all with the same file, line and label, and the warnings
    also kept on the Article so reports can show them next to its figures."""

    def __init__(self, raw: RawArticle, log: ProblemLog) -> None:
        self.raw, self.log, self.warnings = raw, log, []

    def _say(self, message: str) -> str:
        return f"{self.raw.label}: {message}" if self.raw.label else message

    def error(self, message: str) -> None:
        self.log.error(str(self.raw.path), self._say(message), self.raw.line)

    def warning(self, message: str) -> None:
        self.warnings.append(message)
        self.log.warning(str(self.raw.path), self._say(message), self.raw.line)


def _text(value: Any) -> Optional[str]:
    if value is None or (isinstance(value, float) and value != value):
        return None
    text = str(value).strip()
    return text or None


NOT_READ = f"a language casualty-check does not read (it reads {', '.join(supported())})"


def build_article(raw: RawArticle, manifest: Optional[Manifest], log: ProblemLog, limits: Limits,
                  defaults: Optional[BatchDefaults] = None, date_required: Optional[str] = None) -> Optional[Article]:
    """The Article for `raw`, or None when it must be skipped (reported as an error).

    Each field comes from the manifest, else the file itself, else `defaults`. `date_required`:
    why this run needs a publication date (a draft checked against the archive); an article
    without one is then an input error with that reason, instead of a warning, and still read."""
    say = _Reporter(raw, log)
    fields = raw.fields
    if "text" not in fields:
        say.error("no 'text' field")
        return None
    text = fields["text"]
    if not isinstance(text, str):
        if text is None:
            say.error("empty text")
        else:
            say.error(f"'text' is a {type(text).__name__}, not a string")
        return None
    if not raw.whole_file:
        text = as_text(text)  # a JSON or CSV field may hold an HTML fragment or entities
    if not text.strip():
        kind = "file" if raw.whole_file else "text"
        say.error(f"empty {kind} (only whitespace)" if text else f"empty {kind}")
        return None
    if len(text) > limits.max_text_chars:
        say.error(f"article text is {len(text):,} characters, over the limit of {limits.max_text_chars:,}")
        return None
    text, repair = cleaned(text)
    if repair is not None:
        say.warning(repair)

    own_id = _text(fields.get("id")) or _text(fields.get("doc_id"))
    entry = None
    if manifest is not None:
        if raw.whole_file:
            entry = manifest.lookup(raw.path.name, raw.path.stem, own_id)
        else:
            entry = manifest.lookup(own_id)
    if entry is not None and entry.problems:
        entry.report(log, manifest.path)  # type: ignore[union-attr]
    if entry is not None and entry.bad_lang:
        say.error(f"skipped: {unsupported_message(entry.bad_lang)} "
                  f"(given by {manifest.path.name} line {entry.line})")  # type: ignore[union-attr]
        return None
    given = entry.fields if entry is not None else {}

    def pick(name: str) -> Any:
        # The manifest is the user's explicit word on the batch: it wins over the file's own fields,
        # and both over the defaults given for the whole batch on the command line.
        value = given[name] if name in given else fields.get(name)
        if defaults is not None and _text(value) is None:
            return defaults.get(name)
        if name == "published" and raw.date_guessed and defaults is not None and defaults.published:
            return defaults.published  # the user's --published over a date guessed from the page's text
        return value

    doc_id = given.get("doc_id") or own_id
    if not doc_id:
        doc_id = raw.path.stem if raw.line is None and raw.label is None else (
            f"{raw.path.stem}:{raw.line}" if raw.line is not None else f"{raw.path.stem}:{raw.label.split()[-1]}")  # type: ignore[union-attr]

    lang = normalise_lang(pick("lang"))
    if lang is not None and lang not in supported():
        say.error(f"{unsupported_message(lang)}; article skipped")
        return None

    if lang is None:
        if (other := unsupported_lang(text)) is not None:
            say.error(f"the text reads as '{other}', {NOT_READ}; article skipped")
            return None
        lang, prob = infer_lang(text)
        sure = "" if prob >= 0.9 else f", not sure (p={prob:.2f}); give it in the manifest"
        say.warning(f"language inferred as {lang}{sure}")
    else:
        # a French dispatch given "en" would yield no figure at all, and say nothing
        counts = function_word_counts(text)
        if (other_lang := disagreeing_lang(counts, lang)) is not None:
            code, theirs, ours = other_lang
            say.warning(f"given as '{lang}' but the text reads as '{code}' ({theirs} '{code}' function words against "
                        f"{ours} '{lang}' ones in its first {SAMPLE:,} characters): read as '{code}'; correct the "
                        "language in the manifest (or --lang)")
            lang = code
        elif len(text) >= 400 and counts.get(lang, 0) < 3 and (other := unsupported_lang(text)) is not None:
            say.error(f"given as '{lang}' but the text reads as '{other}', {NOT_READ}; article skipped")
            return None

    # the date after the language: an article skipped for its language gets one message, not two
    published = None
    try:
        published = parse_published(pick("published"), raw.day_first)
    except BadDate as exc:
        say.error(f"{exc}; the article is read without a date")
    else:
        if published is None and date_required:
            say.error(f"no publication date: {date_required} (give --published, or a manifest line)")
        elif published is None and not (entry is not None and entry.bad_date):
            if manifest is not None and entry is None:  # say why the manifest the user gave did not date it
                name = raw.path.name if raw.whole_file else (own_id or "its id")
                say.warning(f"{NO_DATE}; {manifest.path.name} has no line for {name}")
            else:
                say.warning(NO_DATE)
        elif raw.date_guessed and "published" not in given and not (defaults is not None and defaults.published):
            say.warning(f"publication date guessed from the page's text ({published.isoformat()}), its markup "
                        "gives none: check it, or give it in a manifest (or --published)")
        elif raw.page_date and not raw.date_guessed and "published" not in given:
            say.warning(f"publication date taken from the page ({published.isoformat()})")
        if published is not None and (odd := unlikely_date(published)):
            say.warning(odd)

    if published is not None:
        for _, message in disagreements(text, lang, published):
            say.warning(message)

    return Article(
        doc_id=str(doc_id),
        text=text,
        lang=lang,
        published=published,
        source=_text(pick("source")),
        agency=_text(pick("agency")),
        url=_text(pick("url")),
        title=_text(pick("title")),
        path=str(raw.path),
        line_offset=raw.line_offset,
        warnings=say.warnings,
    )
