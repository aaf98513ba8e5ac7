"""Article languages: which ones the project can read, and a guess when the input gives none.

The supported set is whatever `checker/lang/` has number data for, so adding a language folder
is enough for ingest to accept it; nothing here lists languages by hand.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Optional

from checker.lang import load_lang_file, supported_languages

# Names people write in a `lang` column instead of a code.
_NAMES = {"french": "fr", "français": "fr", "francais": "fr", "english": "en", "anglais": "en",
          "fra": "fr", "fre": "fr", "eng": "en"}  # and ISO 639-2 codes, as library catalogues write them


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


SAMPLE = 1_200  # characters of an article looked at to check its language: about two hundred words
MIN_WORDS = 6  # function words of the other language needed before the given one is doubted
RATIO = 4  # ... and as many times the given language's own


@lru_cache(maxsize=1)
def _function_words() -> dict[str, tuple[str, ...]]:
    """Each supported language's function words (checker/lang/<lang>/language.yaml), spaced."""
    return {code: tuple(f" {w.lower()} " for w in load_lang_file(code, "language").get("function_words") or [])
            for code in supported()}


def function_word_counts(text: str) -> dict[str, int]:
    """How many function words of each supported language the start of `text` holds, each
    between two spaces: a few `str.count` over the sample, cheap beside the extraction (a
    word-by-word split, or blanking the punctuation first, cost a twentieth of it)."""
    sample = text[:SAMPLE].lower()
    return {code: sum(sample.count(w) for w in words) for code, words in _function_words().items()}


def disagreeing_lang(counts: dict[str, int], lang: str) -> Optional[tuple[str, int, int]]:
    """Another supported language a text is written in, from its `function_word_counts`, when the
    `lang` it was given is plainly wrong ("en" in a manifest for a French dispatch): (that language, its function
    words, the given language's); None when the text agrees or is too short to tell.

    A French article read as English yields no figure at all, silently: a few hundred words
    settle it at almost no cost (a set look-up per word), where a statistical identifier would
    add a sizeable share of the extraction's time to every article."""
    if lang not in counts:
        return None
    best = max(counts, key=counts.__getitem__)
    if best != lang and counts[best] >= MIN_WORDS and counts[best] >= RATIO * max(1, counts[lang]):
        return best, counts[best], counts[lang]
    return None


@lru_cache(maxsize=1)
def _open_identifier() -> Any:
    """py3langid over every language it knows, to recognise a text in one we do not read."""
    from py3langid import langid

    return langid.LanguageIdentifier.from_model_file(langid.MODEL_DIR / langid.MODEL_FILE, norm_probs=True)


# Below SURE, an unsupported language is believed only when the text holds none of our languages'
# function words: a Spanish brief ("Al menos 45 personas murieron ...") scores 0.90, an Italian one
# 0.83, while English headlines that the identifier takes for Nigerian Pidgin ("Gunmen kill 12 at
# street party") score 0.5-0.7 and plain wire copy always holds a "the" or a "les".
SURE, SURE_WITHOUT_OUR_WORDS = 0.9, 0.75


def unsupported_lang(text: str, threshold: float = SURE) -> Optional[str]:
    """The language of `text` when it is surely one we do not read (a Spanish or German wire
    item in the folder), else None. Asked only of articles whose language is not given, or whose
    given language's function words are missing from it."""
    lang, prob = _open_identifier().classify(text[:20_000])
    if lang in supported():
        return None
    if prob >= threshold or (prob >= SURE_WITHOUT_OUR_WORDS and not any(function_word_counts(text).values())):
        return str(lang)
    return None
