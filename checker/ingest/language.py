"""Article languages: which ones the project can read, and a guess when the input gives none.

The supported set is whatever `checker/lang/` has number data for, so adding a language folder
is enough for ingest to accept it; nothing here lists languages by hand.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Optional

from checker.lang import supported_languages

# Names people write in a `lang` column instead of a code.
_NAMES = {"french": "fr", "français": "fr", "francais": "fr", "english": "en", "anglais": "en"}


def supported() -> tuple[str, ...]:
    """Languages with extraction data (a folder under checker/lang/ holding numbers.yaml)."""
    return supported_languages()


def normalise_lang(value: Any) -> Optional[str]:
    """'FR', 'fr-FR', 'fr_CH', 'French' -> 'fr'; blank -> None. Unknown codes are returned as given
    (lower-cased) so that the caller can name them in its message."""
    if value is None:
        return None
    text = str(value).strip().lower()
    if not text or text in {"nan", "none", "null"}:
        return None
    if text in _NAMES:
        return _NAMES[text]
    return text.replace("_", "-").split("-")[0]


def unsupported_message(lang: str) -> str:
    return f"language '{lang}' is not supported (supported: {', '.join(supported())})"


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """A private py3langid model restricted to our languages (the module-level one is shared
    global state; restricting it would change other callers' results)."""
    from py3langid import langid

    identifier = langid.LanguageIdentifier.from_model_file(langid.MODEL_DIR / langid.MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(supported()))
    return identifier


def infer_lang(text: str) -> tuple[str, float]:
    """The most likely supported language of `text` and its probability. Only the first 20,000
    characters are looked at: more does not change the answer, and keeps large articles cheap."""
    lang, prob = _identifier().classify(text[:20_000])
    return str(lang), float(prob)
