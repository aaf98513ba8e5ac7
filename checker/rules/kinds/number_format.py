"""Kind `number_format`: a figure written with separators that mean something else in its language.

"310.000" in an English article reads as three hundred and ten to an English reader (and to an
English-locale parser); "310,000" in a French one reads as 310. A group of four digits after a
separator ("60,0000") is malformed in any language. The check reads the figure's text, so it
works whatever number the extractor made of it.
"""
from __future__ import annotations

import re

import numpy as np

from checker.rules.claims import Claims
from checker.rules.kinds._common import claim_of, describe
from checker.rules.model import Hit

DEFAULTS = {"dot_thousands_langs": ["fr", "de", "es", "pt", "it", "id"], "comma_thousands_langs": ["en"]}
PARAMS = {
    "dot_thousands_langs": {"type": "array", "items": {"type": "string"}, "description": "languages where '310.000' means 310,000"},
    "comma_thousands_langs": {"type": "array", "items": {"type": "string"}, "description": "languages where '310,000' means 310,000"},
}

_DOT_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,]*\d)")
_COMMA_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d.,]*\d)")
_MALFORMED = re.compile(r"\d[.,]\d{4,}(?!\d*[.,]\d)")


def find(claims: Claims, params: dict) -> list[Hit]:
    records = claims.records
    work = claims.work
    if "text" not in records.columns or work.empty:
        return []
    texts = records["text"].astype(object).where(records["text"].notna(), "").to_numpy()[work["row"].to_numpy()]
    langs = work["lang"].to_numpy()
    has_sep = np.fromiter(((("." in t) or ("," in t)) for t in texts), dtype=bool, count=len(texts))
    if "focus" in work.columns:  # one figure per finding: only the focus articles' figures matter
        has_sep &= work["focus"].to_numpy(dtype=bool)
    hits = []
    for p in np.nonzero(has_sep)[0]:
        problem = _problem(str(texts[p]), str(langs[p]).lower()[:2], params)
        if problem:
            pos = int(work.index[p])
            hits.append(Hit(positions=[pos], message=f"{problem}: {describe(work, [pos], limit=1)}.",
                            claim=claim_of(work, pos)))
    return hits


def _problem(text: str, lang: str, params: dict) -> str | None:
    if _MALFORMED.search(text) and not _DOT_GROUPS.search(text) and not _COMMA_GROUPS.search(text):
        return f"The figure in \"{text}\" has a malformed digit grouping"
    if lang in params["comma_thousands_langs"] and _DOT_GROUPS.search(text):
        return f"The figure in \"{text}\" uses a dot as thousands separator, which reads as a decimal point in this language ({lang})"
    if lang in params["dot_thousands_langs"] and _COMMA_GROUPS.search(text):
        return f"The figure in \"{text}\" uses a comma as thousands separator, which reads as a decimal comma in this language ({lang})"
    return None
