"""Extraction: from one article's text to its casualty and population records."""
from __future__ import annotations

from dataclasses import replace

from checker.extract.figures import extract_figures
from checker.extract.text import unwrapped
from checker.schema import Article, Record


def extract_article(article: Article) -> list[Record]:
    """Every casualty and population figure of `article` as canonical records (spec section 2)."""
    if not article.text or not article.text.strip():
        return []
    text = unwrapped(article.text)
    if text is article.text:
        return _single_spaced(extract_figures(article))
    # hard-wrapped: read as paragraphs; offsets are the same, lines and phrases are the file's
    records = extract_figures(replace(article, text=text))
    original = article.text
    for r in records:
        r.text = original[r.start:r.end]
        r.line = article.line_offset + original.count("\n", 0, r.start) + 1
        r.column = r.start - (original.rfind("\n", 0, r.start) + 1) + 1
    return _single_spaced(records)


def _single_spaced(records: list[Record]) -> list[Record]:
    """Attributions as names are written: "the U.N.  refugee agency" of copy typed with two spaces
    is the agency rules compare with "the U.N. refugee agency"."""
    for r in records:
        if r.attribution and ("  " in r.attribution or "\n" in r.attribution):
            r.attribution = " ".join(r.attribution.split())
            if r.speaker:
                r.speaker = " ".join(r.speaker.split())
    return records


__all__ = ["extract_article"]
