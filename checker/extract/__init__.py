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
        return extract_figures(article)
    # hard-wrapped: read as paragraphs; offsets are the same, lines and phrases are the file's
    records = extract_figures(replace(article, text=text))
    original = article.text
    for r in records:
        r.text = original[r.start:r.end]
        r.line = article.line_offset + original.count("\n", 0, r.start) + 1
        r.column = r.start - (original.rfind("\n", 0, r.start) + 1) + 1
    return records


__all__ = ["extract_article"]
