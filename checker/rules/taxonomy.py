"""Who and what a figure is about: group nesting and the folding of attributions to origins.

The vocabulary lives in `taxonomy.json` so that a newsroom can review and extend it without
touching code: which groups are parts of which ("children" are counted among "civilians",
who are counted among "people"), and which spellings name the same originator of a figure.
"""
from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Optional

DATA = Path(__file__).resolve().parent / "taxonomy.json"

# Words that say who someone is, not who they are: dropped before keying a speaker.
_PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "we", "i", "you", "il", "elle", "ils", "elles", "on",
             "lui", "eux", "nous", "je", "vous"}
_TITLES = {
    "m", "mme", "mr", "mrs", "ms", "dr", "le", "la", "les", "l", "de", "du", "des", "the", "of",
    "president", "presidente", "secretaire", "secretary", "state", "etat", "d", "ministre",
    "minister", "chef", "diplomatie", "americain", "americaine", "us", "selon", "according", "to",
    "said", "a", "dit", "envoy", "envoye", "special", "porte", "parole", "spokesman", "spokeswoman",
}


@lru_cache(maxsize=1)
def _taxonomy() -> dict:
    with open(DATA, encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def epidemics() -> frozenset:
    """The kinds of event (record field `event`) that are epidemics: each counts its own dead, never
    another event's (`kinds._common.two_events`)."""
    return frozenset(_taxonomy().get("epidemics") or ())


def fold(text: Optional[str]) -> str:
    """Lowercase, no accents, straight apostrophes, single spaces: for comparing names."""
    if text is None:
        return ""
    text = str(text)
    if text.lower() in {"nan", "none", "<na>"}:
        return ""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=None)
def group_ancestors(group: Optional[str]) -> tuple[str, ...]:
    """The group and every group that counts it, innermost first ("children" → civilians, people)."""
    parents = _taxonomy()["groups"]
    chain: list[str] = []
    while group and group not in chain:
        chain.append(group)
        group = parents.get(group)
    return tuple(chain)


# a French name whose head noun takes a complement ("ministère de la santé"): copy may set an adjective
# between them ("le ministère palestinien de la Santé"), as English sets it before the name ("the
# Palestinian health ministry", which the plain name already finds)
FRENCH_COMPLEMENT = re.compile(r"^([^\s']+) ((?:de|du|des) |d')")


@lru_cache(maxsize=1)
def _origin_patterns() -> list[tuple[re.Pattern, str]]:
    patterns = []
    for key, names in _taxonomy()["origins"].items():
        for name in sorted(names, key=len, reverse=True):
            written = re.escape(fold(name))
            if (m := FRENCH_COMPLEMENT.match(fold(name))) is not None:
                written = re.escape(m.group(1)) + r"(?: [\w-]+)? " + re.escape(fold(name)[m.end(1) + 1:])
            patterns.append((re.compile(rf"(?<![\w]){written}(?![\w])"), key, len(fold(name))))
    patterns.sort(key=lambda p: -p[2])  # the longest name first, as written (not its pattern's length)
    return [(rx, key) for rx, key, _ in patterns]


@lru_cache(maxsize=None)
def origin_of(name: Optional[str]) -> str:
    """The originator a name points to: 'Rami Abdel Rahmane (OSDH)' and 'SOHR' are both 'osdh'.

    Unknown names are kept as their folded selves, without a leading article, so two spellings
    of an unknown outlet differ; a newsroom adds aliases to taxonomy.json.
    """
    if name is not None and FRENCH_INDEFINITE.match(str(name)):
        name = FRENCH_INDEFINITE.sub("", str(name))  # "un responsable local" is no "UN"
    folded = fold(name)
    if not folded:
        return ""
    for pattern, key in _origin_patterns():
        if pattern.search(folded):
            return key
    return _office_origin(str(name), folded) or LEADING_ARTICLE.sub("", folded)  # "l'AFAD" and "AFAD" are one originator


@lru_cache(maxsize=1)
def _office_patterns() -> list[tuple[re.Pattern, str]]:
    out = []
    for key, names in _taxonomy().get("offices", {}).items():
        if key.startswith("_"):
            continue
        words = "|".join(re.escape(fold(n)) for n in sorted(names, key=len, reverse=True))
        out.append((re.compile(rf"(?<![\w])(?:{words})(?![\w])"), key))
    return out


@lru_cache(maxsize=None)
def _office_origin(name: str, folded: str) -> str:
    """"the governor of South Kivu", "South Kivu's governor", "le gouverneur du Sud-Kivu":
    governor:south-kivu, the office of the place the attribution names (`offices` of
    taxonomy.json); "" when it names no office or no place of the gazetteer."""
    office = next((key for pattern, key in _office_patterns() if pattern.search(folded)), None)
    if office is None:
        return ""
    from checker.normalise.places import default_gazetteer

    gaz = default_gazetteer()
    for lang in ("fr", "en"):
        found = gaz.find(name, lang)
        if found:
            return f"{office}:{found[0][2]}"
    return ""


FRENCH_INDEFINITE = re.compile(r"^(?:un|Un|une|Une)\s+(?=[a-zà-ÿ])")
LEADING_ARTICLE = re.compile(r"^(?:l'|la |le |les |the )")


def one_originator(a: str, b: str) -> bool:
    """Can two origin keys of one article's credits name one originator? Equal keys, or one a bare
    head noun that ends the other ("government says" in a headline over "Lebanon's caretaker
    government said" in its lead; "police" and "Kenyan police") or that the other's one adjective
    follows (French: "le gouvernement" and "le gouvernement afghan"), or a bare office and that office
    at a place ("police" and "police:london"): a headline shortens the credit its body gives in
    full. Only for credits within one article; across articles a bare noun may be anyone's."""
    if a == b:
        return True
    short, full = sorted((a, b), key=len)
    if short not in _source_nouns():  # a common noun that heads a source ("government"), not a surname
        return False
    # ("le gouvernement" and "le gouvernement afghan": French sets the adjective after the noun)
    return full.startswith(short + ":") or full.endswith(" " + short) \
        or full.startswith(short + " ") and " " not in full[len(short) + 1:]


@lru_cache(maxsize=1)
def _source_nouns() -> frozenset:
    """The one-word nouns that head a source written in lower case ("government", "police",
    "gouvernement"), every language's `attribution.sources`, folded."""
    from checker.lang import load_lang_file, supported_languages

    return frozenset(fold(n) for lang in supported_languages()
                     for n in (load_lang_file(lang, "figures").get("attribution") or {}).get("sources") or []
                     if " " not in str(n))


def record_origin(attribution: Optional[str], agency: Optional[str], source: Optional[str]) -> str:
    """Who a figure really comes from: the credited source, else the wire copy, else the outlet.

    Two outlets running the same AFP dispatch are one origin; a rule that cares about
    independent confirmation must not count them twice.
    """
    for name in (attribution, agency, source):
        key = origin_of(name)
        if key:
            return key
    return ""


@lru_cache(maxsize=None)
def speaker_key(name: Optional[str]) -> str:
    """A key that 'John Kerry', 'M. Kerry' and 'Kerry' share: the surname, or the organisation."""
    folded = fold(name)
    if not folded:
        return ""
    origin = origin_of(folded)
    if origin != folded and ":" not in origin:  # an office is who speaks for it, not a speaker
        return origin
    outside = re.sub(r"\(.*?\)", " ", folded)
    if set(re.findall(r"[a-z]+", outside)) <= _PRONOUNS:
        # "he said", "a-t-il ajouté": a pronoun names nobody across articles (two reports' "he" are two
        # people: the Balasore collector in one, the railway board's Jena in another; fa-r105)
        return ""
    words = [w for w in re.findall(r"[a-z]+", outside) if w not in _TITLES and len(w) >= 3]
    return words[-1] if words else folded
