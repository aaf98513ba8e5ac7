"""Extraction: from one article's text to its casualty and population records."""
from __future__ import annotations

from checker.extract.figures import extract_figures
from checker.schema import Article, Record


def extract_article(article: Article) -> list[Record]:
    """Every casualty and population figure of `article` as canonical records (spec section 2)."""
    if not article.text or not article.text.strip():
        return []
    return extract_figures(article)


__all__ = ["extract_article"]
