"""Kind `number_format`: a figure written with separators that mean something else in its language.

"310.000" in an English article reads as three hundred and ten to an English reader (and to an
English-locale parser); "310,000" in a French one reads as 310. A group of four digits after a
separator ("60,0000") is malformed in any language. The check reads the figure's text, so it
works whatever number the extractor made of it.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

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
    texts, has_sep = _texts(records["text"], work["row"].to_numpy())
    langs = work["lang"].to_numpy()
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


def _texts(column, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each figure's text ("" when missing) and whether it holds a "." or a ",".

    A string column is read once per distinct text (figures repeat their wording: "personnes
    tuées" a hundred thousand times); any other column value by value, as it stands."""
    if isinstance(column.dtype, pd.StringDtype):
        codes, uniques = pd.factorize(column, use_na_sentinel=True)
        table = np.empty(len(uniques) + 1, dtype=object)
        table[:-1] = uniques.to_numpy(dtype=object)
        table[-1] = ""
        sep = np.array([("." in t) or ("," in t) for t in table], dtype=bool)
        return table[codes[rows]], sep[codes[rows]]
    texts = column.astype(object).where(column.notna(), "").to_numpy()[rows]
    return texts, np.fromiter(((("." in t) or ("," in t)) for t in texts), dtype=bool, count=len(texts))


def _problem(text: str, lang: str, params: dict) -> str | None:
    if _MALFORMED.search(text) and not _DOT_GROUPS.search(text) and not _COMMA_GROUPS.search(text):
        return f"The figure in \"{text}\" has a malformed digit grouping"
    if lang in params["comma_thousands_langs"] and _DOT_GROUPS.search(text):
        return f"The figure in \"{text}\" uses a dot as thousands separator, which reads as a decimal point in {_language(lang)}"
    if lang in params["dot_thousands_langs"] and _COMMA_GROUPS.search(text):
        return f"The figure in \"{text}\" uses a comma as thousands separator, which reads as a decimal comma in {_language(lang)}"
    return None


_LANGUAGES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese"}


def _language(lang: str) -> str:
    """'French copy' for 'fr': the article's language named, not its code."""
    return f"{_LANGUAGES[lang]} copy" if lang in _LANGUAGES else f"this article's language ({lang})"
