"""The gazetteer: place names in French and English mapped to stable slugs with parents.

Data lives in `checker/lang/places.yaml` (and newsroom additions); this module only loads it,
finds names in text (longest first, word-bounded, case-insensitive) and answers "is this place
inside that one?" for the rules engine.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

import yaml

from checker.literals import alternation
from checker.yamlio import load_yaml

DATA = Path(__file__).resolve().parent.parent / "lang" / "places.yaml"


@dataclass
class Place:
    slug: str
    parent: Optional[str]
    names: dict[str, list[str]] = field(default_factory=dict)


def _fold(text: str) -> str:
    """Case- and apostrophe-insensitive form, same length as the input (offsets stay valid)."""
    return text.lower().replace("’", "'").replace("ʼ", "'")


class Gazetteer:
    def __init__(self, places: Iterable[Place]):
        self.places: dict[str, Place] = {}
        for p in places:
            self.add(p)

    def add(self, place: Place) -> None:
        known = self.places.get(place.slug)
        if known:  # merge names, keep the first parent given
            for lang, names in place.names.items():
                known.names.setdefault(lang, [])
                known.names[lang].extend(n for n in names if n not in known.names[lang])
            known.parent = known.parent or place.parent
        else:
            self.places[place.slug] = place
        self._patterns: dict[str, re.Pattern] = {}

    @classmethod
    def from_entries(cls, entries: Iterable[dict]) -> "Gazetteer":
        return cls(Place(e["slug"], e.get("parent"), {k: list(v) for k, v in (e.get("names") or {}).items()}) for e in entries)

    def ancestors(self, slug: Optional[str]) -> tuple[str, ...]:
        """The place and every place containing it, innermost first."""
        chain: list[str] = []
        while slug and slug not in chain:
            chain.append(slug)
            place = self.places.get(slug)
            slug = place.parent if place else None
        return tuple(chain)

    def contains(self, outer: Optional[str], inner: Optional[str]) -> bool:
        return outer is not None and outer in self.ancestors(inner)

    def nested(self, a: Optional[str], b: Optional[str]) -> bool:
        """Same place, or one inside the other: the two figures may speak of the same area."""
        return a == b or self.contains(a, b) or self.contains(b, a)

    def _pattern(self, lang: str) -> re.Pattern:
        if lang not in self._patterns:
            names: dict[str, str] = {}
            for place in self.places.values():
                for lang_names in ([place.names.get(lang, [])] + [v for k, v in place.names.items() if k != lang]):
                    for name in lang_names:
                        names.setdefault(_fold(name), place.slug)
            self._lookup = getattr(self, "_lookup", {})
            self._lookup[lang] = names
            body = alternation(names) or r"(?!x)x"
            self._patterns[lang] = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")
        return self._patterns[lang]

    def find(self, text: str, lang: str = "fr") -> list[tuple[int, int, str]]:
        """Every place name in `text` as (start, end, slug), longest match first at each point."""
        pattern = self._pattern(lang)
        lookup = self._lookup[lang]
        return [(m.start(), m.end(), lookup[m.group(0)]) for m in pattern.finditer(_fold(text))]


@lru_cache(maxsize=1)
def _default_entries() -> tuple:
    with open(DATA, encoding="utf-8") as fh:
        return tuple(load_yaml(fh))


_EXTRA: list[dict] = []


def register_places(entries: Iterable[dict]) -> None:
    """Add newsroom gazetteer entries (same format as places.yaml) for this process."""
    _EXTRA.extend(entries)
    default_gazetteer.cache_clear()


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return Gazetteer.from_entries([*_default_entries(), *_EXTRA])


def place_ancestors(slug: Optional[str]) -> tuple[str, ...]:
    return default_gazetteer().ancestors(slug)


def places_nested(a: Optional[str], b: Optional[str]) -> bool:
    return default_gazetteer().nested(a, b)
