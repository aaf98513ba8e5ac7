"""The gazetteer: place names in French and English mapped to stable slugs with parents.

Two tiers. The curated one, `checker/lang/places.yaml` plus newsroom additions, is matched
case-insensitively by one pattern (longest name first, word-bounded) and always wins. Under it,
the world tier (`checker.normalise.world`: countries, first-level regions, cities of 15,000+, towns of 5,000+)
answers for capitalised names the curated tier does not know. This module finds names in text
and answers "is this place inside that one?" for the rules engine, across both tiers.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left
from itertools import accumulate
from operator import itemgetter

from checker.lang import cue_alternatives, cues
from re import _parser
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Optional, Union

import yaml

from checker.cache import digest
from checker.compiled import built
from checker.literals import any_in, gated, literal_automaton
from checker.normalise.world import _WORD as WORD, _NEXT, CALENDAR, TOWN_TYPE_AFTER, WorldTier, fold_key, town_candidates, town_tier, towns_read, world_tier
from checker.yamlio import load_yaml_file

_FIRST, _SECOND = itemgetter(0), itemgetter(1)
_ABSENT = object()
# "à Roquebrune-sur-Argens et à Saint-Aygulf", "in Kinglake and in Marysville": a town coordinated with
# another town's name after its own locative (`_with_towns`)
TOWN_COORDINATED = re.compile(r"[ \t]+(?:et|and|ou|or)[ \t]+(?:à|in|at|near)[ \t]+([A-ZÀ-Ý][^\W\d_]*(?:[-'’ ][A-ZÀ-Ý][^\W\d_]*)*)")
# "in Mangan district", "stranded in Rudraprayag, Chamoli and Uttarkashi districts": a name a region's
# type follows (past a list of such names) is the region's, not the town's of that name (`_with_towns`)
TOWN_AS_REGION = re.compile(r"(?:(?:[ \t]*,|[ \t]+(?:and|et))[ \t]+[A-Z][^\W\d_]*(?:[ -][A-Z][^\W\d_]*)?){0,4}[ \t]+(?i:(?:"
                            + cues("region_suffix") + r")s?)\b")
DATA = Path(__file__).resolve().parent.parent / "lang" / "places.yaml"
# nationality words ("malgache", "Nigerians"): more names of countries of either tier
DEMONYMS = Path(__file__).resolve().parent.parent / "lang" / "demonyms.yaml"


# "la province de Hama", "Tartus governorate", "433 dans celle de Tartous": a town named with a
# region's type is the region named after it, when the gazetteer has the town inside that region
# ("la wilaya de Tiaret", "9 autres dans celle de Relizane": Algeria's wilayas, acc-r115)
REGION_WORDS = ("province", "gion", "gouvernorat", "governorate", "oblast", "wilaya", "division", "district")
# ("la division de Chittagong", "Chittagong district": Bangladesh's division named after its city; a
# district named after its town is no region the tier holds, and its parent region only where that
# region bears the town's name too; place-r177)
REGION_BEFORE = gated(r"\b(?:(?:province|r[ée]gion|gouvernorat|governorate|oblast|wilaya|division)\s+(?:de |d'|du )"
                           r"|(?:province|r[ée]gion|gouvernorat|oblast|wilaya)\b[^.;:]{0,100}\bcelles? (?:de |d'|du ))\s*\Z")
REGION_AFTER = re.compile(r"\s+(?:province|governorate|division|district)\b")  # ("the Dnipropetrovsk region": left to the curated names)
RIVER_WORDS = ("fleuve", "rivi", "river")
RIVER_BEFORE = re.compile(r"\b(?:fleuve|rivi[èe]re|river)\s+(?:(?:de la|du|de|des)\s+|d')?\Z")
RIVER_AFTER = re.compile(r"\s+river\b")
# "Spanish Lakes Country Village", "Spanish Town": a curated name (most often a nationality) that a
# capitalised word of a settlement's name follows is part of another place's name (the cue
# `name_tail_after`, as written; place-r188)
NAME_TAIL_AFTER = re.compile(r" (?:" + cues("name_tail_after") + r")\b")
# the first characters of its words, where they are plain words: most names are followed by none, and
# a failed `match` costs some 1,400 instructions (22 an article, spd-r201); None: always tried
NAME_TAIL_FIRST = frozenset(w[0] for w in cue_alternatives("name_tail_after")) \
    if cue_alternatives("name_tail_after") and all(w and re.escape(w) == w for w in cue_alternatives("name_tail_after")) else None


def _name_tail_after(text: str, end: int) -> bool:
    """`NAME_TAIL_AFTER.match(text, end)`, asked only where a space and one of its first letters follow."""
    return text[end:end + 1] == " " and (NAME_TAIL_FIRST is None or text[end + 1:end + 2] in NAME_TAIL_FIRST) \
        and NAME_TAIL_AFTER.match(text, end) is not None


@dataclass
class Place:
    slug: str
    parent: Optional[str]
    names: dict[str, list[str]] = field(default_factory=dict)
    kind: Optional[str] = None  # "sea": weaker than a land place named with it; "region": of several countries
    # a name that is also a common word ("une réunion" is a meeting): found only where the text
    # writes its last word with a capital ("La Réunion", "à la Réunion"), as the world tier does
    capitalised: bool = False
    # the slug of another place that has this one's bare name ("Georgia" the country for the US state):
    # where the article's other places lie in this one's country and none in the other's, the bare
    # name is this place (`Gazetteer.homonyms`)
    homonym_of: Optional[str] = None
    # (optional) per language, the names of `homonym_of` that are this place's too ("Congo",
    # "Congolese" for the Republic of the Congo): only they move; the other's own names ("RDC", "DR
    # Congo") never do. None: every name of `homonym_of` may (the US states' bare names)
    homonym_names: Optional[dict[str, list[str]]] = None
    # names that are this place only in a text that names it, or a place it lies in below its
    # country, by another name ("les quartiers rebelles": east Aleppo in copy about Aleppo only)
    names_in_context: dict[str, list[str]] = field(default_factory=dict)


def _fold(text: str) -> str:
    """Case- and apostrophe-insensitive form, same length as the input (offsets stay valid)."""
    return text.lower().replace("’", "'").replace("ʼ", "'")


class Gazetteer:
    def __init__(self, places: Iterable[Place], world: Union[WorldTier, Callable[[], WorldTier], None] = None,
                 aliases: Iterable[dict] = ()):
        """`places`: the curated tier. `world`: the world tier, or a function that loads it
        when first needed (a gazetteer that is only asked about curated places never reads it).
        `aliases`: more names of places of either tier (`demonyms.yaml`: {slug, en: [...], fr: [...]}),
        matched as curated names are, without making a world place a curated one."""
        self.places: dict[str, Place] = {}
        self._world_source = world
        self._world: Optional[WorldTier] = None
        self._names: dict[str, object] = {}  # per language: the curated names' automaton (`_finder`)
        self._foreign_names: dict[str, frozenset] = {}  # per language: the names only other languages give
        # what the curated names are built from besides the language data (`default_gazetteer`: the
        # newsroom's entries), for the compiled cache; None: not cached (any other gazetteer, or one
        # changed since)
        self.cache_key: Optional[str] = None
        self._chains: dict[str, tuple[str, ...]] = {}  # `ancestors`, per slug
        self._capitalised: set[str] = set()  # slugs whose names need their capital (`Place.capitalised`)
        self.aliases: dict[str, dict[str, list[str]]] = {}  # slug -> lang -> names
        self.alias_names: dict[str, str] = {}  # the aliases, folded -> slug
        self.homonyms: dict[str, str] = {}  # slug a bare name gives -> the place of that name in another country
        self.homonym_names: dict[str, frozenset] = {}  # that place -> the names that may move to it, folded (`Place.homonym_names`)
        self.contextual: dict[str, str] = {}  # names in context (`Place.names_in_context`), folded -> slug
        self._holders: Optional[set] = None  # the slugs other places lie in (`_region_like`)
        self._towns_taken: dict[str, str] = {}  # small towns' names taken in context -> their slug (`_with_towns`)
        # the slugs of every town `_with_towns` took in this process: a place found is a town of the small
        # towns' tier only where it is one of these (a set look-up, not `is_town`'s three; place-r214)
        self.town_slugs: set = set()
        for p in places:
            self.add(p)
        self.add_aliases(aliases)

    @property
    def world(self) -> Optional[WorldTier]:
        """The world tier less the places the curated tier defines (curated slugs win)."""
        if self._world is None and self._world_source is not None:
            source = self._world_source() if callable(self._world_source) else self._world_source
            self._world = source.without(self.places)
        return self._world

    def add(self, place: Place) -> None:
        known = self.places.get(place.slug)
        if known:  # merge names, keep the first parent given
            for lang, names in place.names.items():
                known.names.setdefault(lang, [])
                known.names[lang].extend(n for n in names if n not in known.names[lang])
            known.parent = known.parent or place.parent
            for lang, names in place.names_in_context.items():
                known.names_in_context.setdefault(lang, [])
                known.names_in_context[lang].extend(n for n in names if n not in known.names_in_context[lang])
        else:
            self.places[place.slug] = place
            self._world = None  # the new slug may shadow a world place
            self._holders = None
        for names in place.names_in_context.values():
            self.contextual.update((_fold(n), place.slug) for n in names)
        self._names = {}  # the automata are built again with the new names
        self.cache_key = None
        self._chains = {}
        self._capitalised = {slug for slug, p in self.places.items() if p.capitalised}
        if place.homonym_of:
            self.homonyms[place.homonym_of] = place.slug
            if place.homonym_names:
                self.homonym_names[place.slug] = frozenset(_fold(n) for names in place.homonym_names.values() for n in names)

    def add_aliases(self, entries: Iterable[dict]) -> None:
        """More names for known slugs, per language: `{slug: kenya, en: [Kenyan], fr: [kényan]}`."""
        for e in entries:
            langs = self.aliases.setdefault(e["slug"], {})
            for lang, names in e.items():
                if lang != "slug":
                    known = langs.setdefault(lang, [])
                    known.extend(n for n in names if n not in known)
                    for n in names:
                        self.alias_names.setdefault(_fold(n), e["slug"])
        self._names = {}
        self.cache_key = None

    def is_alias(self, name: str, slug: Optional[str] = None) -> bool:
        """Is `name` (as found in a text, as a name of `slug`) one of the aliases, a nationality
        word? (Not when a curated or newsroom place has that name: its name wins.)"""
        owner = self.alias_names.get(_fold(name))
        return owner is not None and (slug is None or owner == slug)

    @classmethod
    def from_entries(cls, entries: Iterable[dict], world=None, aliases: Iterable[dict] = ()) -> "Gazetteer":
        return cls((Place(e["slug"], e.get("parent"), {k: list(v) for k, v in (e.get("names") or {}).items()}, e.get("kind"),
                          bool(e.get("capitalised")), e.get("homonym_of"),
                          {k: list(v) for k, v in (e.get("homonym_names") or {}).items()} or None,
                          {k: list(v) for k, v in (e.get("names_in_context") or {}).items()})
                    for e in entries), world, aliases)

    def is_sea(self, slug: Optional[str]) -> bool:
        place = self.places.get(slug) if slug else None
        return place is not None and place.kind == "sea"

    def is_region(self, slug: Optional[str]) -> bool:
        """A region of several countries ("southern Africa"): no country that "the country" names."""
        place = self.places.get(slug) if slug else None
        return place is not None and place.kind == "region"

    def parent(self, slug: str) -> Optional[str]:
        place = self.places.get(slug)
        if place is not None:
            return place.parent
        world = self.world
        if world is None:
            return None
        parent = world.parents.get(slug, _ABSENT)  # (a country's parent is None)
        if parent is not _ABSENT:
            return parent
        # a town of the small towns' tier (read only for a slug neither other tier knows)
        towns = town_tier()
        return towns.parent(slug) if towns is not None else None

    def is_town(self, slug: Optional[str]) -> bool:
        """A place of the small towns' tier only (`_with_towns`), never loading it."""
        # (the curated places first: most slugs asked are theirs; place-r210)
        if not slug or slug in self.places:
            return False
        world = self._world
        if world is not None and slug in world.parents:
            return False
        return towns_read() and town_tier().has(slug)

    def known(self, slug: str) -> bool:
        """A slug of any tier."""
        if slug in self.places or bool(self.world and slug in self.world.parents):
            return True
        towns = town_tier() if self.world is not None else None
        return towns is not None and towns.has(slug)

    def parents(self) -> dict[str, Optional[str]]:
        """slug -> parent for every place of both tiers (curated parents win)."""
        out = dict(self.world.parents) if self.world else {}
        out.update((slug, p.parent) for slug, p in self.places.items())
        return out

    def ancestors(self, slug: Optional[str]) -> tuple[str, ...]:
        """The place and every place containing it, innermost first. Kept per slug: extraction
        asks for the same few places' chains many times per article."""
        if not slug:
            return ()
        chain = self._chains.get(slug)
        if chain is None:
            chain = self._chains[slug] = self._ancestors(slug)
        return chain

    def _ancestors(self, slug: str) -> tuple[str, ...]:
        chain: list[str] = []
        while slug and slug not in chain:
            chain.append(slug)
            slug = self.parent(slug)
        return tuple(chain)

    def contains(self, outer: Optional[str], inner: Optional[str]) -> bool:
        return outer is not None and outer in self.ancestors(inner)

    def nested(self, a: Optional[str], b: Optional[str]) -> bool:
        """Same place, or one inside the other: the two figures may speak of the same area."""
        return a == b or self.contains(a, b) or self.contains(b, a)

    def _finder(self, lang: str):
        """The curated names of `lang` (folded) as an Aho-Corasick automaton: name -> (length, slug)."""
        if lang not in self._names:
            if self.cache_key is not None:
                # the automaton and the foreign names kept in the cache folder: building them is some
                # 25 million instructions a language and process, loading them a tenth of it (spd-r201)
                self._names[lang], self._foreign_names[lang] = built(
                    "place-names", lang, lambda: self._build_names(lang), data=self.cache_key)
            else:
                self._names[lang], self._foreign_names[lang] = self._build_names(lang)
        return self._names[lang]

    def _build_names(self, lang: str):
        """`_finder`'s automaton and the names only another language gives (`_foreign_names`)."""
        names: dict[str, str] = {}
        # the language's own names first: French "Mexico" is the capital, English "Mexico" the country
        # (the places' own names before the aliases: a curated name is never another's alias)
        tiers = ([(p.slug, p.names) for p in self.places.values()],
                 [(p.slug, p.names_in_context) for p in self.places.values() if p.names_in_context],
                 list(self.aliases.items()))
        own_names: set[str] = set()
        for entries in tiers:
            for own in (True, False):
                for slug, by_lang in entries:
                    for k, lang_names in by_lang.items():
                        if (k == lang) == own:
                            for name in lang_names:
                                names.setdefault(_fold(name), slug)
                                if own:
                                    own_names.add(_fold(name))
        # names only another language gives, which this language's copy writes with a capital:
        # the French "Grenade" (Granada) is no place in English "rifle and grenade attacks" (acc-r100)
        return (literal_automaton(names, lambda name: (len(name), names[name])),
                frozenset(n for n in names if n not in own_names and n.islower()))

    def find(self, text: str, lang: str = "fr", folded: Optional[str] = None, hits=None,
             rivers: Optional[bool] = None, regions: Optional[bool] = None) -> list[tuple[int, int, str]]:
        """Every place name in `text` as (start, end, slug), longest match first at each point.
        `folded` is `_fold(text)` and `hits` the curated names' occurrences in it (what `_finder`'s
        `iter` gives) when the caller has them, from a pass over the text it makes anyway; `rivers`
        and `regions`, whether `folded` holds a word of `RIVER_WORDS` and of `REGION_WORDS`, when the
        caller's pass found them (None: scanned here)."""
        if folded is None:
            folded = _fold(text)
        found = _whole_names(folded, self._finder(lang)) if hits is None else _whole_names_of(folded, hits)
        if found and (foreign := getattr(self, "_foreign_names", {}).get(lang)):
            found = [f for f in found if not text[f[0]:f[0] + 1].islower() or folded[f[0]:f[1]] not in foreign]
        if found and any(_name_tail_after(text, f[1]) for f in found):
            found = [f for f in found if not _name_tail_after(text, f[1])]
        if found and (any_in(folded, RIVER_WORDS) if rivers is None else rivers):
            # "sur le fleuve Niger", "the Niger River": a river named after a country is no place
            # (the world tier drops its own names after such words: `world.STREET`)
            found = [f for f in found if not RIVER_BEFORE.search(folded, max(0, f[0] - 24), f[0])
                     and not RIVER_AFTER.match(folded, f[1])]
        if found and self._capitalised:
            found = [f for f in found if f[2] not in self._capitalised or _last_word_capital(text[f[0]:f[1]])]
        held_back = None
        if found and self.contextual:
            kept = self._in_context(folded, found)
            if len(kept) < len(found):
                held_back = [f for f in found if f not in kept]
            found = kept
        world = self.world
        if world is None:
            return found
        found = self._typed_regions(folded, self._with_world(text, found, world), regions)
        if world.unknown and (candidates := town_candidates(text, world.unknown)):
            found = self._with_towns(text, found, candidates)
        if held_back:
            # a name in context whose region only the world tier knows ("San Fernando" in copy that
            # names Tamaulipas): kept where the text names that region, over the world's namesake
            named = {f[2] for f in found}
            back = [f for f in held_back if any(a in named for a in self.ancestors(f[2])[:-1])]
            if back:
                found = sorted([f for f in found if not any(f[0] < b[1] and b[0] < f[1] for b in back)] + back)
        if len(found) > 1 and _any_compass_unit(folded, found):
            found = self._foreign_compass_units(folded, found)  # (the names found, not the text: a scan costs 4 %)
        return found

    def new_article(self) -> None:
        """Forget the small towns taken for the article before: a town its own article placed in its
        country is taken again in that article's sentences read alone (`_with_towns`), never in the
        next article's, whose records must not depend on what the batch held before it (or on how
        `-j N` shares the articles out)."""
        self._towns_taken.clear()

    def _with_towns(self, text: str, found: list[tuple[int, int, str]], candidates) -> list[tuple[int, int, str]]:
        """The names found, with the small towns' tier's towns at `candidates` (capitalised words no
        other tier knows, after a locative: `world.town_candidates`): "in Kaprun", "à Farindola". A
        town is taken only where the names found put something in its country (a name several
        countries' towns share: the one of those countries), or where an earlier call took it (a
        sentence read alone, without its article's countries)."""
        towns = town_tier()
        if towns is None:
            return found
        countries = None
        added = []
        # a candidate overlaps a name found where one of the names that begin before its end reaches past
        # its start: the names' starts in order and the furthest end reached so far, one bisect a candidate
        # (most candidates are curated names the world tier does not hold, "in Aleppo": `any` over the
        # names found for each cost some 20 steps; place-r210)
        spans = sorted(found, key=_FIRST)
        starts = list(map(_FIRST, spans))
        reach = list(accumulate(map(_SECOND, spans), max))
        for start, end in candidates:
            before = bisect_left(starts, end)
            if before and reach[before - 1] > start:
                continue
            word = text[start:end]
            dateline = word.isupper()
            if not dateline and not word[1:].islower():
                continue  # "McAllen"-like shapes and identifiers: not read here
            head = fold_key(word)
            if not towns.may_begin(head):
                continue
            parts, ends = [head], [end]
            while len(parts) < 5 and (nxt := _NEXT.match(text, ends[-1])) \
                    and towns.may_begin(" ".join(parts) + " " + fold_key(nxt.group(1))):
                parts.append(fold_key(nxt.group(1)))
                ends.append(nxt.end())
            hit = len(parts)
            while hit and not towns.slugs(" ".join(parts[:hit])):
                hit -= 1
            if not hit:
                continue
            key, stop = " ".join(parts[:hit]), ends[hit - 1]
            name = text[start:stop]
            last = name.rsplit(" ", 1)[-1].rsplit("-", 1)[-1]
            if not last[:1].isupper() or (stop < len(text) and (text[stop].isalnum() or text[stop] in "-‑")):
                continue  # a name ends on a capitalised word, and is no head of a longer one
            nxt = _NEXT.match(text, stop)
            if nxt and not dateline and nxt.group(1)[:1].isupper() and text[stop:nxt.start(1)] == " " \
                    and nxt.group(1).lower() not in CALENDAR and nxt.group(1).lower() not in TOWN_TYPE_AFTER:
                continue  # "in Mardi Gras", "at Daniel Ortega's": part of a longer name
            slugs = towns.slugs(key)
            if countries is None:
                countries = {self.ancestors(f[2])[-1] for f in found if f[2]}
            chosen = [s for s in slugs if self.ancestors(s)[-1] in countries]
            slug = chosen[0] if len(chosen) == 1 else self._towns_taken.get(key)
            if slug is None:
                continue
            if TOWN_AS_REGION.match(text, stop):
                continue  # "in Mangan district": the district, which no tier holds (place-r214)
            if (co := TOWN_COORDINATED.match(text, stop)) and not towns.slugs(fold_key(co.group(1))) \
                    and ((after := bisect_left(starts, co.start(1))) >= len(starts) or starts[after] != co.start(1)):
                # "retrouvées à Roquebrune-sur-Argens et à Saint-Aygulf": one of two towns known; the
                # figure is the area that holds both (spec "A whole whose sentence names only its parts'
                # places"), which the tier cannot tell: the town is left to the place around it (place-r214)
                continue
            self._towns_taken[key] = slug
            self.town_slugs.add(slug)
            if len(self._towns_taken) > 1000:
                self._towns_taken.clear()
            added.append((start, stop, slug))
        return sorted(found + added) if added else found

    def namesakes_in_context(self, text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A world-tier name several places claim ("Victoria": Hong Kong's city to the tier, the
        Australian state, the Canadian city) read as the namesake of it that lies in the country the
        article's other places lie in most: each country scores the distinct places of the other names
        found in it (countries, regions, towns, nationalities, as `find` read them), and a namesake
        wins only where its country scores more than the owner's. A city of a million or more gives way
        only where its country scores nothing and the namesake's at least two places; a namesake in no
        country of the article is never chosen. The choice holds for every mention of the name."""
        world = self.world
        if world is None or not world.ambiguous:
            return found
        ambiguous = world.ambiguous
        shared = [k for k, f in enumerate(found) if f[2] in ambiguous]
        if not shared:
            return found
        home: dict[str, str] = {}  # the country of each distinct place found (built when first needed)
        present: set = set()
        chosen: dict[str, str] = {}  # the name as written -> the place it is
        out = None
        for k in shared:
            s, e, slug = found[k]
            name = text[s:e]
            pick = chosen.get(name)
            if pick is None:
                pick = slug
                key = world._fold(name)
                entry = world.namesakes.get(key)
                # (a town a tenth of the owner's size never wins: most shared names stop here)
                viable = [other for other, size in entry[0] if size < 0 or 10 * size >= entry[1]] \
                    if entry is not None and world.keys.get(key) == slug else ()
                if viable and not home:
                    for _, _, sl in found:
                        if sl not in home:
                            chain = self.ancestors(sl)
                            home[sl] = chain[-1] if chain else sl
                    present.update(home.values())
                if any(self.ancestors(other)[-1] in present for other in viable):
                    pick = self._namesake(slug, entry, found, home)
                chosen[name] = pick
            if pick != slug:
                if out is None:
                    out = list(found)
                out[k] = (s, e, pick)
        return found if out is None else out

    def _namesake(self, owner: str, entry, found, home) -> str:
        """`namesakes_in_context`'s choice for one name. A town (not a region) of the name is not
        chosen where the article names a region of its country that the gazetteer does not know to
        hold it ("a tornado in Alamo" in copy on Georgia: the tier's Alamo is another state's)."""
        others, population = entry
        places: dict[str, set] = {}  # country -> the distinct places of the article's other names in it
        for _, _, slug in found:
            if slug != owner:
                places.setdefault(home[slug], set()).add(slug)
        own = len(places.get(home[owner], ()))
        best, pick = own, owner
        for slug, size in others:
            chain = self.ancestors(slug)
            named = places.get(chain[-1], ())
            if len(named) > best and (size < 0 or 10 * size >= population
                                      and not any(p not in chain and self._region_like(p) for p in named)):
                # (a town a tenth of the owner's size is not chosen: "Geneva" in copy that names the US
                # is still the Swiss city, where UN agencies speak)
                best, pick = len(named), slug
        if pick != owner and population >= BIG_NAMESAKE and (own or best < 2):
            return owner  # "Alexandria" stays Egypt's where Egypt is named at all
        return pick

    def _region_like(self, slug: str) -> bool:
        """Is `slug` a place some other place of either tier lies in, or a region the world tier
        names by its type ("Monte Cristi province", "État de Victoria")?"""
        world = self.world
        if world is not None and slug not in self.places:
            words = slug.replace("-", " ")
            if any(world.keys.get(words + t) == slug for t in (" state", " region", " province", " department", " district")) \
                    or any(world.keys.get(t + words) == slug for t in ("province de ", "region de ", "etat de ", "departement de ")):
                return True
        holders = self._holders
        if holders is None:
            holders = {p.parent for p in self.places.values() if p.parent}
            if self.world is not None:
                holders.update(p for p in self.world.parents.values() if p)
            self._holders = holders
        return slug in holders

    def _in_context(self, folded: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """The names in context kept only where the text names their place, or a place it lies in
        below its country, by a name of its own."""
        contextual = [f for f in found if self.contextual.get(folded[f[0]:f[1]]) == f[2]]
        if not contextual:
            return found
        named = {f[2] for f in found if f not in contextual}
        kept = {f for f in contextual if any(a in named for a in self.ancestors(f[2])[:-1])}
        return [f for f in found if f not in contextual or f in kept]

    def _foreign_compass_units(self, folded: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """"95 people died in Western Province" in an article on Rwanda: a unit named only by a
        compass point (or "Central") is one of many countries'; the one the gazetteer knows (Sri
        Lanka's) is no place where the text names other countries and not its own."""
        countries = {self.ancestors(slug)[-1] for s, e, slug in found if not COMPASS_UNIT.fullmatch(folded, s, e)}
        return [(s, e, slug) for s, e, slug in found
                if not COMPASS_UNIT.fullmatch(folded, s, e) or not countries or self.ancestors(slug)[-1] in countries]

    def _typed_regions(self, folded: str, found: list[tuple[int, int, str]],
                       regions: Optional[bool] = None) -> list[tuple[int, int, str]]:
        """"la province de Hama": the region the town names (`REGION_BEFORE`), not the town."""
        if not found or not (any_in(folded, REGION_WORDS) if regions is None else regions):
            return found
        out = []
        for s, e, slug in found:
            region = self.parent(slug)
            if region and self.parent(region) is not None and region.startswith(slug.split("-")[0][:4]) \
                    and (REGION_BEFORE.search(folded, (s - 130 if s > 130 else 0), s) or REGION_AFTER.match(folded, e)):
                slug = region
            out.append((s, e, slug))
        return out

    def _with_world(self, text: str, found: list[tuple[int, int, str]], world: WorldTier) -> list[tuple[int, int, str]]:
        """The curated names found, with the world tier's names where no curated one stands."""
        extra = world.find(_shouted_lines_read(text, world))
        if not extra:
            return found
        if not found:
            return extra
        # a curated name wins where the two overlap ("Alep-Est", "Gaza City"), unless the world
        # name holds it whole and is longer ("Papua New Guinea" is no "Guinea"); both lists are
        # in text order, so one sweep does
        kept, i, n = [], 0, len(found)
        inside: set[int] = set()
        for w in extra:
            while i < n and found[i][1] <= w[0]:
                i += 1
            j, held = i, []
            while j < n and found[j][0] < w[1]:
                held.append(j)
                j += 1
            if held and not all(w[0] <= found[k][0] and found[k][1] <= w[1]
                                and found[k][1] - found[k][0] < w[1] - w[0]
                                and (not _typed_form(text[w[0]:found[k][0]] + " " + text[found[k][1]:w[1]])
                                     # "l'État du Niger": a country named with a region's type is the
                                     # world region of that name (Nigeria's Niger State), not the country
                                     or self.parent(found[k][2]) is None and world.parents.get(w[2]) is not None)
                                for k in held):
                continue  # "État de Rio Grande do Sul", "North Darfur state": the curated place, typed
            inside.update(held)
            kept.append(w)
        if inside:
            found = [f for k, f in enumerate(found) if k not in inside]
        return sorted(found + kept) if kept else found


# a city this large keeps its name against a namesake unless its country goes unnamed (`namesakes_in_context`)
BIG_NAMESAKE = 1_000_000


# "Western Province", "North Western Province", "Central Region": a unit named by a compass point
COMPASS_UNIT = re.compile(r"(?:(?:north|south)(?:[ -]?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central)"
                          r" (?:province|region)")
COMPASS_UNIT_WIDTH = _parser.parse(COMPASS_UNIT.pattern).getwidth()[0]  # its shortest match ("east region")


def _any_compass_unit(folded: str, found) -> bool:
    """`any(COMPASS_UNIT.fullmatch(folded, s, e) for s, e, _ in found)`, asked only of the names as long as
    its shortest match: most names are shorter, and a call of `re` costs some 1,400 instructions."""
    for s, e, _ in found:
        if e - s >= COMPASS_UNIT_WIDTH and COMPASS_UNIT.fullmatch(folded, s, e):
            return True
    return False


SHOUTED_LINE = re.compile(r"^[^a-zß-ÿ\n]{12,}$", re.MULTILINE)  # no lower-case letter in a line of 12 or more
_LOWER_LETTER = re.compile(r"[a-zß-ÿ]")


def _has_shouted_line(head: str) -> bool:
    """`SHOUTED_LINE.search(head) is not None`, line by line: the multi-line pattern, opening on `^`,
    was tried at each of the 400 characters (some 27 against 6 µs an article); a line of 12 or more
    characters with no lower-case letter is what it finds (`[^...\n]` runs from a line's start to its end)."""
    for line in head.split("\n"):
        if len(line) >= 12 and _LOWER_LETTER.search(line) is None:
            return True
    return False


def _shouted_lines_read(text: str, world: WorldTier) -> str:
    """"BUKAVU FLOOD TOLL RISES TO 67": a headline in capitals, as copy would write it in lower
    case, so that the world tier (which reads place names as copy capitalises them, and takes
    no all-capital word: "MSF", "ONG") finds its places: a word that may begin a place name keeps
    its capital ("Bukavu"), the others are lower-cased. Offsets are kept: a word is changed only
    where its new case keeps its length."""
    head = text[:HEAD_CHARS]  # where headlines stand: the scan costs nothing on the rest of the copy
    if not _has_shouted_line(head):
        return text  # (a line of digits and signs only is left as it is: no word of it changes)

    def word(m: re.Match) -> str:
        w = m.group(0)
        new = w.title() if world.may_begin_name(w) else w.lower()
        return new if len(new) == len(w) else w

    return SHOUTED_LINE.sub(lambda line: WORD.sub(word, line.group(0)), head) + text[HEAD_CHARS:]


HEAD_CHARS = 400




def _last_word_capital(span: str) -> bool:
    """Does the name as written start its last word with a capital ("la Réunion", not "réunion")?"""
    words = span.replace("'", " ").replace("’", " ").split()
    if len(words) > 1 and words[-1].lower() in TYPE_WORDS_AFTER:
        return words[0][:1].isupper()  # "Plateau state": the name's own word holds the capital (acc-r71)
    return words[-1][:1].isupper()


TYPE_WORDS_AFTER = frozenset(("state", "province", "region", "county", "district"))


def _typed_form(extra: str) -> bool:
    """Only articles and place types around a name ("province du", "state"): the same place."""
    from checker.normalise.world import LEAD_WORDS, PLACE_TYPES, fold_key

    return all(w in LEAD_WORDS or w in PLACE_TYPES for w in fold_key(extra).split())


def _whole_names(folded: str, finder) -> list[tuple[int, int, str]]:
    r"""Every name of `finder` in `folded` as a whole word ("-" counts as a letter: not "Alep" in
    "Alep-Est"), the longest at each point, then on from its end: what a regex alternation of the
    names between `(?<![\w-])` and `(?![\w-])` finds. One Aho-Corasick pass gives every
    occurrence of every name; `re`, trying its trie at every position, took twice the
    instructions (1.56 M against 0.72 M per wire article, valgrind)."""
    if finder is None:  # a gazetteer without names in this language
        return []
    return _whole_names_of(folded, finder.iter(folded))


def _whole_names_of(folded: str, occurrences) -> list[tuple[int, int, str]]:
    """`_whole_names` from the occurrences an automaton pass gave: (last index, value), the value's
    first two items the name's length and slug."""
    n = len(folded)
    hits = []
    for last, value in occurrences:
        length, slug = value[0], value[1]
        start, end = last + 1 - length, last + 1
        if start and (folded[start - 1].isalnum() or folded[start - 1] in "_-"):
            continue  # inside a word ("\w" is a letter, a digit or "_")
        if end < n and (folded[end].isalnum() or folded[end] in "_-"):
            continue
        hits.append((start, -end, slug))
    hits.sort()  # leftmost first, and at one point the longest first
    found, done = [], 0
    for start, neg_end, slug in hits:
        if start >= done:
            found.append((start, -neg_end, slug))
            done = -neg_end
    return found


@lru_cache(maxsize=1)
def _default_entries() -> tuple:
    return tuple(load_yaml_file(DATA, cache=True))


@lru_cache(maxsize=1)
def _default_aliases() -> tuple:
    return tuple(load_yaml_file(DEMONYMS, cache=True))


_EXTRA: list[dict] = []


def register_places(entries: Iterable[dict]) -> None:
    """Add newsroom gazetteer entries (same format as places.yaml) for this process."""
    _EXTRA.extend(entries)
    default_gazetteer.cache_clear()


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    gaz = Gazetteer.from_entries([*_default_entries(), *_EXTRA], world=world_tier, aliases=_default_aliases())
    # built from the language data (the compiled cache's key holds it) and the newsroom's entries
    gaz.cache_key = digest(json.dumps(_EXTRA, sort_keys=True, default=str))
    return gaz


def place_ancestors(slug: Optional[str]) -> tuple[str, ...]:
    return default_gazetteer().ancestors(slug)


def places_nested(a: Optional[str], b: Optional[str]) -> bool:
    return default_gazetteer().nested(a, b)
