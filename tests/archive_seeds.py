"""Seed articles with their gold records, for archive tests that must not depend on the extractor.

The archive stores whatever the extractor yields; testing its transactions, versions and
look-ups against hand-checked gold rows keeps those tests about the archive alone.
"""
from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path
from typing import Optional

from checker.schema import Article, Record

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"
MANIFEST = SEEDS / "manifest.csv"
GOLD = SEEDS / "gold.jsonl"

_RECORD_FIELDS = set(Record.__dataclass_fields__)


def seed_articles() -> dict[str, Article]:
    """doc_id -> Article read from the seed text files and manifest.csv."""
    articles: dict[str, Article] = {}
    with open(MANIFEST, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            path = SEEDS / row["file"]
            articles[row["doc_id"]] = Article(
                doc_id=row["doc_id"],
                text=path.read_text(encoding="utf-8"),
                lang=row["lang"] or None,
                published=date.fromisoformat(row["published"]),
                source=row["source"] or None,
                agency=row["agency"] or None,
                path=str(path),
            )
    return articles


def gold_records(article: Article) -> list[Record]:
    """The gold rows of one article as Records (offsets found in the text, metadata copied)."""
    records = []
    with open(GOLD, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["doc"] != article.doc_id:
                continue
            start = max(article.text.find(row["text"]), 0)
            fields = {k: v for k, v in row.items() if k in _RECORD_FIELDS}
            records.append(Record(
                doc_id=article.doc_id, start=start, end=start + len(row["text"]), sentence="",
                source=article.source, published=article.published.isoformat(), lang=article.lang,
                agency=article.agency, **{k: v for k, v in fields.items() if k not in {"doc_id", "start", "end", "sentence"}},
            ))
    return records


def seed_batch(only: Optional[set[str]] = None) -> list[tuple[Article, list[Record]]]:
    """(Article, records) pairs like `checker.pipeline.extract_batch` yields, from gold rows."""
    return [(a, gold_records(a)) for doc, a in seed_articles().items() if only is None or doc in only]


def edited(article: Article, old: str, new: str) -> Article:
    """A copy of `article` with one phrase rewritten, as a desk correction would."""
    assert old in article.text, old
    return Article(**{**article.__dict__, "text": article.text.replace(old, new), "warnings": []})
