"""Regex alternations of literal words, arranged as a trie.

Word lists drive most scans of the extractor: number words, vague quantities, weekdays and
months, group nouns, and a gazetteer of hundreds of place names. Python's `re` tries the
branches of "sept|six|soixante|..." one after the other at every position of the text, so a
long list makes the scan slow. The same words arranged as a trie ("s(?:ept|ix|oixante)") give
the same match with one branch tried per character: three times faster on the gazetteer.

Same match, for any pattern around it: a plain alternation sorted longest first tries, at a
position, the longest word first and falls back to shorter ones when the rest of the pattern
fails. Two words that both match at one position are a prefix of each other, and the trie tries
the longer continuation before stopping ("(?:...)?" is greedy), so it falls back in the same
order.
"""
from __future__ import annotations

import pickle
import re
from re import _constants as _re_constants, _parser as _re_parser
import sys
from functools import lru_cache
from re import _constants as _c, _parser
from typing import Iterable, Optional

import ahocorasick

_END = ""  # marks a node where a word ends


def any_in(text, words) -> bool:
    """`any(w in text for w in words)` without the generator: a loop in one frame instead of a
    generator resumed for every word (the form of some sixty word tests of the extractor, asked
    hundreds of times an article)."""
    for w in words:
        if w in text:
            return True
    return False


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of `words` literally, longest first where one is a prefix of another."""
    trie: dict = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return _branch(trie)


def _branch(node: dict) -> str:
    branches = [re.escape(ch) + _branch(node[ch]) for ch in sorted(c for c in node if c != _END)]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:  # a word may stop here: try going on first, then stop
        return body + "?" if len(branches) == 1 and len(branches[0]) == 1 else "(?:" + body + ")?"
    return body


# -- literal prefilters ---------------------------------------------------------------------------
# Most of the extractor's patterns fail on most of the text they are tried on: a sentence with no
# "tu", "kill" or "dead" in it cannot hold a "killed" cue. `re` finds that out by trying every
# branch at every position; Python's `in` finds a missing literal far faster. So each pattern
# carries the literals one of which any match must contain, and is tried only where one is present.

_MIN_LITERAL = 2  # a one-letter literal is in every sentence: not worth checking


def required_literals(pattern: str) -> Optional[frozenset[str]]:
    """Strings one of which every match of `pattern` contains, or None when no useful set exists.

    Computed from the parsed pattern: a run of literal characters is required when it is not
    optional; a group or repeat (at least once) requires what its content requires; an
    alternation requires one of what each branch requires. Look-arounds, classes and anchors
    require nothing (they consume nothing, or nothing literal)."""
    try:
        parsed = _parser.parse(pattern)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = _sequence(list(parsed.data))
    if not found or min(map(len, found)) < _MIN_LITERAL:
        return None
    return _minimal(found)


_PRODUCT_CAP = 64  # "d[ée]c[ée]d[ée]" spells 8 strings; beyond this, a run is cut in two


def _sequence(items) -> Optional[set[str]]:
    """The most selective required set of a sequence of pattern items.

    Consecutive items that spell a few exact strings ("tu", "[ée]", "e?") are joined into one
    run ("tue", "tué", "tuée", ...); any other item ends the run and offers what it requires."""
    options: list[set[str]] = []
    run: set[str] = {""}

    def flush() -> None:
        if min(map(len, run)) > 0:
            options.append(set(run))

    for op, av in items:
        exact = _exact(op, av)
        if exact is not None and len(run) * len(exact) <= _PRODUCT_CAP:
            run = {a + b for a in run for b in exact}
            continue
        flush()
        run = {""}
        if exact is not None:
            run = exact
        elif (child := _item(op, av)):
            options.append(child)
    flush()
    if not options:
        return None
    return max(options, key=lambda s: (min(map(len, s)), -len(s)))


def _exact(op, av) -> Optional[set[str]]:
    """Every string an item matches, when they are few and spelled out ("[ée]", "s?", "de|du")."""
    if op is _c.LITERAL:
        return {chr(av)}
    if op is _c.IN:
        if all(o is _c.LITERAL for o, _ in av):
            return {chr(a) for _, a in av}
        return None
    if op is _c.SUBPATTERN:
        return _exact_sequence(av[-1])
    if op is _c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            got = _exact_sequence(branch)
            if got is None:
                return None
            out |= got
        return out if len(out) <= _PRODUCT_CAP else None
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and tuple(av[:2]) == (0, 1):
        got = _exact_sequence(av[2])
        return None if got is None else got | {""}
    return None


def _exact_sequence(items) -> Optional[set[str]]:
    out = {""}
    for op, av in items:
        got = _exact(op, av)
        if got is None or len(out) * len(got) > _PRODUCT_CAP:
            return None
        out = {a + b for a in out for b in got}
    return out


def _item(op, av) -> Optional[set[str]]:
    if op is _c.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is _c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            got = _sequence(list(branch))
            if not got:
                return None
            out |= got
        return out
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, _high, body = av
        return _sequence(list(body)) if low >= 1 else None
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(list(av))
    return None


# From how many literals one Aho-Corasick scan beats an `in` per literal. On the 60-character
# windows before a place name, 245 literals take 4.0 µs with a trie alternation in `re` (which
# tries the trie's first branches one after the other at every position), 1.5 µs with the
# automaton and 29 µs with `in`. `in` itself is fast (the automaton costs some 150 instructions
# per character): over the whole extraction, valgrind counts per wire article 21.69 M
# instructions with the automaton from 3 literals, 21.33 M from 12, 21.20 M from 25, 21.34 M
# from 50 and 22.02 M from 100.
_FINDER_FROM = 25


def literal_automaton(literals: Iterable[str], value=None) -> "Optional[ahocorasick.Automaton]":
    """An Aho-Corasick automaton over `literals` (pyahocorasick): one pass over the text finds
    every occurrence of every literal, in time that does not grow with their number. Each
    literal's value is itself, or `value(literal)`. None when there is no literal (an automaton
    without words cannot be searched)."""
    automaton = ahocorasick.Automaton()
    for lit in literals:
        if lit:
            automaton.add_word(lit, lit if value is None else value(lit))
    if not len(automaton):
        return None
    automaton.make_automaton()
    return automaton


class _Unloaded:
    """An automaton kept pickled until it is first asked, then loaded and put in its owner's place.

    Most of a reader's automata are asked of no article of a batch (the article pass, or an index
    over several patterns, answers for them: 44 of the 62 in the French figures reader over 100 wire
    articles), and unpickling them all was some 6 ms of a language's first load (spd-r201). The
    owners (`Gated`, `GateIndex`) pickle their automaton as the bytes of its own pickle (`_blob`)."""

    __slots__ = ("blob", "owner", "attr", "real")

    def __init__(self, blob: bytes, owner, attr: str):
        self.blob, self.owner, self.attr, self.real = blob, owner, attr, None

    def load(self):
        real = self.real
        if real is None:
            real = self.real = pickle.loads(self.blob)
            setattr(self.owner, self.attr, real)  # the owner asks the automaton itself from now on
        return real

    def iter(self, *args):
        return self.load().iter(*args)

    def __getattr__(self, name):  # any other method of the automaton
        if name[:2] == "__":
            raise AttributeError(name)
        return getattr(self.load(), name)

    def __len__(self):
        return len(self.load())

    def __contains__(self, key):
        return key in self.load()

    def __iter__(self):
        return iter(self.load())


def _blob(finder) -> Optional[bytes]:
    """An owner's automaton as pickled bytes (`_Unloaded`), or None."""
    if finder is None:
        return None
    if isinstance(finder, _Unloaded):
        if finder.real is None:
            return finder.blob
        finder = finder.real
    return pickle.dumps(finder, protocol=pickle.HIGHEST_PROTOCOL)


def _unloaded(blob: Optional[bytes], owner, attr: str):
    return None if blob is None else _Unloaded(blob, owner, attr)


class Gated:
    """A compiled pattern tried only on text that holds one of its required literals.

    Same results as the pattern itself for `search`, `match` and `finditer` (a match lies
    between `pos` and the end, so a literal it contains does too)."""

    __slots__ = ("rx", "literals", "pattern", "_finder")

    def __init__(self, pattern: str, literals: frozenset[str]):
        self.pattern = pattern
        self.rx = re.compile(pattern)
        self.literals = literals
        # A few literals are checked with `in`; many at once with one scan for any of them.
        self._finder = literal_automaton(literals) if len(literals) >= _FINDER_FROM else None

    def __getstate__(self):
        return self.rx, self.literals, self.pattern, _blob(self._finder)

    def __setstate__(self, state):
        self.rx, self.literals, self.pattern, blob = state
        self._finder = _unloaded(blob, self, "_finder")  # loaded when first asked

    def possible(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        if self._finder is not None:
            end = (endpos if endpos <= len(text) else len(text))
            if pos >= end:
                return False  # (every match holds a literal: no room for one)
            for _ in self._finder.iter(text, pos, end):
                return True
            return False
        if pos or endpos < len(text):
            # one copy of the window, each literal asked with `in`: `str.find(lit, pos, endpos)` spent
            # about a thousand instructions a call parsing its arguments, more than the copy
            window = text[pos:endpos]
            for lit in self.literals:
                if lit in window:
                    return True
            return False
        for lit in self.literals:
            if lit in text:
                return True
        return False

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.rx.search(text, pos, endpos) if self.possible(text, pos, endpos) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.rx.match(text, pos, endpos) if self.possible(text, pos, endpos) else None

    def finditer(self, text: str):
        return self.rx.finditer(text) if self.possible(text) else iter(())

    @property
    def groupindex(self):
        return self.rx.groupindex


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")  # "(?i)" opens the whole pattern: not to be split


def gated(patterns: "str | list[str]") -> "Gated | re.Pattern":
    """A pattern, or the alternation of several, as `Gated` when it has required literals, else
    plainly compiled. The literals of an alternation are those of its parts, each part parsed
    once however many alternations it joins."""
    parts = [patterns] if isinstance(patterns, str) else list(patterns)
    if len(parts) == 1 and not _GLOBAL_FLAGS.match(parts[0]):  # "\\ba|\\bb": its alternatives, to share their opening
        parts = split_alternatives(parts[0])
    pattern = parts[0] if len(parts) == 1 else join_alternatives(parts)
    found: set[str] = set()
    for part in parts:
        lits = _cached_literals(part)
        if lits is None:
            return re.compile(pattern)
        found |= lits
    return Gated(pattern, _minimal(found))


# Zero-width openings that lists of language data put on every item ("(?<![\w])(?:morts)...")
_SHARED_OPENINGS = (r"(?<![\w-])", r"(?<![\w])", r"(?<!\w)", r"\b", "^")


def join_alternatives(parts: list[str]) -> str:
    r"""`(?:a)|(?:b)|...`, with an opening assertion all parts share written once in front.

    `re` skips at once an alternative whose first item is a literal that differs from the text,
    but not one that opens with an assertion: "(?<![\w])(?:frontière)\s*$|(?<![\w])(?:armée)..."
    checks the look-behind, then the letter, of every alternative at every position. Written
    "(?<![\w])(?:(?:frontière)\s*$|(?:armée)...)" it matches the same strings at the same positions
    (the assertion does not depend on the alternative), measured five times faster on the
    `place_not_before` list."""
    joined = "|".join(f"(?:{p})" for p in parts)
    for opening in _SHARED_OPENINGS:
        if len(parts) > 1 and all(p.startswith(opening) for p in parts):
            rest = [p[len(opening):] for p in parts]
            if all(r and not r.startswith(("*", "+", "?", "{")) for r in rest) and not any(map(_top_level_or, parts)):
                return opening + "(?:" + "|".join(f"(?:{r})" for r in rest) + ")"
    return joined


def _top_level_or(pattern: str) -> bool:
    """Does `pattern` hold a "|" outside any group ("(?<!x)a|b": the assertion is the first branch's only)?"""
    return len(split_alternatives(pattern)) > 1


def _class_end(pattern: str, i: int) -> int:
    """The index just past the character class that opens at `pattern[i]` ("["): a "]" right after
    "[" or "[^" is a member, not its end; escapes are skipped."""
    n = len(pattern)
    i += 2 if pattern[i + 1:i + 2] == "^" else 1
    i += 1 if pattern[i:i + 1] == "]" else 0
    while i < n and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i + 1


def _structure(pattern: str, i: int = 0):
    """The "(", ")" and "|" of `pattern` from `i` on, outside escapes and character classes, each
    as (index, character, group depth after it)."""
    depth, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(pattern, i)
            continue
        if ch in "()|":
            depth += (ch == "(") - (ch == ")")
            yield i, ch, depth
        i += 1


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of `pattern` ("a|(?:b|c)" -> ["a", "(?:b|c)"])."""
    parts, begin = [], 0
    for i, ch, depth in _structure(pattern):
        if ch == "|" and depth == 0:
            parts.append(pattern[begin:i])
            begin = i + 1
    parts.append(pattern[begin:])
    return parts


def could_match(pattern: "Gated | re.Pattern", text: str) -> bool:
    """A quick necessary condition for `pattern` (what `gated` returned) to match in `text`:
    its literals are there, or, for a pattern without literals, it matches."""
    return pattern.possible(text) if isinstance(pattern, Gated) else pattern.search(text) is not None


@lru_cache(maxsize=None)
def _cached_literals(pattern: str) -> Optional[frozenset[str]]:
    return required_literals(pattern)


def _minimal(found) -> frozenset[str]:
    """Text holding "morte" holds "mort": keep only literals that contain no other one."""
    return frozenset(lit for lit in found if not any(o != lit and o in lit for o in found))


class BoundedWords:
    """Every whole-word occurrence of `words`: `(?<!guard)(?:words)(?!guard)`, found faster.

    With the look-behind first, `re` must try the pattern at every position of the text. Written
    as the words first, it can skip straight to the letters a word starts with; the character
    before a hit is then checked here, and a hit inside a word is stepped over one position at a
    time, so the matches are exactly those of the look-behind pattern."""

    def __init__(self, words: Iterable[str], guard: str = r"\w"):
        words = list(words)
        self.rx = re.compile(f"(?:{alternation(words)})(?!{guard})")
        self._guard = re.compile(guard)
        # the words found in one `findall` (`found`): a word after a non-word character, which the
        # pattern consumes, so that `re` skips to those characters and never stops inside a word
        # ("an" in "dans"); for words of word characters only, guarded by `\w`
        self._after = re.compile(f"\\W((?:{alternation(words)}))(?!\\w)") \
            if guard == r"\w" and words and all(_WORD_RUN.fullmatch(w) for w in words) else None

    def found(self, text: str) -> list[str]:
        """The words `finditer` finds, in order (`[m.group() for m in self.finditer(text)]`).

        A word that `finditer` yields starts the text or follows a non-word character. After one
        it goes on from its end, whose character before is a word character (the word's last):
        the next word it yields follows a non-word character at that end or after it, as the
        scan of `_after` from there finds it."""
        if self._after is None:
            return [m.group() for m in self.finditer(text)]
        first = self.rx.match(text)
        if first is None:
            return self._after.findall(text)
        return [first.group()] + self._after.findall(text, first.end())

    def finditer(self, text: str):
        search, inside_word = self.rx.search, self._guard.match
        pos = 0
        while (m := search(text, pos)) is not None:
            start = m.start()
            if start and inside_word(text, start - 1):
                pos = start + 1
                continue
            yield m
            pos = m.end() if m.end() > start else start + 1


class WordFirst:
    r"""`\b(?:alternatives)...` searched from its words: the same matches, found faster.

    With `\b` first, `re` tries the pattern at every position of the text (the boundary test is
    no character it can skip to). When every alternative starts with a word character, `\b`
    there means "no word character before", so the pattern without it is searched, which `re`
    can skip through to the letters the alternatives start with, and a hit with a word character
    before it is stepped over one position at a time (as `BoundedWords` does). `search` takes
    `pos` and `endpos` like `re.Pattern.search`: what precedes `pos` is seen, as by `\b`."""

    __slots__ = ("rx", "pattern")

    def __init__(self, alternatives: list[str], tail: str = ""):
        if not alternatives:
            raise ValueError("no alternatives")
        for alt in (part for a in alternatives for part in split_alternatives(a)):
            if not (alt[:1].isalnum() and alt[1:2] not in ("?", "*", "{")):
                raise ValueError(f"{alt!r} may not start with a word character")
        self.pattern = r"\b(?:" + "|".join(alternatives) + ")" + tail
        self.rx = re.compile("(?:" + "|".join(alternatives) + ")" + tail)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        search = self.rx.search
        while (m := search(text, pos, endpos)) is not None:
            start = m.start()
            if start and _WORD_CHAR.match(text, start - 1):
                pos = start + 1
                continue
            return m
        return None


_WORD_CHAR = re.compile(r"\w")
_WORD_RUN = re.compile(r"\w+")


def _group_end(pattern: str, i: int) -> int:
    """The index just past the group that opens at `pattern[i]` ("("), classes and escapes skipped."""
    for j, ch, depth in _structure(pattern, i):
        if ch == ")" and depth == 0:
            return j + 1
    raise ValueError(f"unbalanced group in {pattern!r}")


def split_leading_assertions(pattern: str) -> tuple[str, str]:
    r"""The look-behinds and `\b` a pattern opens on, and the rest ("(?<!was )\bkilled" ->
    ("(?<!was )\b", "killed")); a pattern that is one non-capturing group is read inside it."""
    while pattern.startswith("(?:") and _group_end(pattern, 0) == len(pattern) \
            and len(split_alternatives(pattern[3:-1])) == 1:
        pattern = pattern[3:-1]
    i = 0
    while True:
        if pattern.startswith(r"\b", i):
            i += 2
        elif pattern.startswith(("(?<!", "(?<="), i):
            i = _group_end(pattern, i)
        else:
            break
    return pattern[:i], pattern[i:]


class AssertionsAfter:
    r"""A pattern that opens on zero-width assertions (look-behinds, `\b`), searched from what
    follows them: the same matches, found faster.

    `re` skips ahead to where a match can start only when the pattern starts with a literal or a
    character class; an opening assertion makes it try the whole pattern at every position
    (`(?<!\bwas )(?<!\bwere )...\b(?:killed|shot|...) them`: six look-behinds at each character).
    The rest of the pattern is searched instead, and the assertions are checked where it matched;
    where they fail, the search goes on one position further. A match of the pattern at a position
    is a match of the rest there with the assertions true, so the first one found is the pattern's
    leftmost match, with the same span and groups. `finditer` needs a rest that matches at least
    one character (each next match is then searched from the end of the last)."""

    __slots__ = ("rx", "guard", "pattern", "flags", "gate")

    def __init__(self, pattern: str, flags: int = 0, gate: bool = False):
        # (`gate`: where every match holds one of a few rare literals, tried only where one is, as `Gated`)
        literals = None if not gate or flags or "(?i" in pattern else _cached_literals(pattern)
        self.gate = Gated(pattern, _minimal(literals)) if literals else None
        assertions, rest = split_leading_assertions(pattern)
        if not assertions or not rest or len(split_alternatives(rest)) > 1:
            raise ValueError(f"{pattern!r}: no opening assertions before a single alternative")
        self.pattern, self.flags = pattern, flags
        self.guard = re.compile(assertions, flags)
        self.rx = re.compile(rest, flags)
        if self.guard.groups:
            raise ValueError(f"{pattern!r}: its opening assertions hold a group")
        if _parser.parse(rest, flags).getwidth()[0] == 0:
            raise ValueError(f"{pattern!r}: its rest may match the empty string")

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        if self.gate is not None and not self.gate.possible(text, pos, endpos):
            return None
        search, guard = self.rx.search, self.guard.match
        while (m := search(text, pos, endpos)) is not None:
            if guard(text, m.start(), endpos) is not None:
                return m
            pos = m.start() + 1
        return None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        if self.gate is not None and not self.gate.possible(text, pos, endpos):
            return None
        m = self.rx.match(text, pos, endpos)
        return m if m is not None and self.guard.match(text, pos, endpos) is not None else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        while (m := self.search(text, pos, endpos)) is not None:
            yield m
            pos = m.end()

    @property
    def groupindex(self):
        return self.rx.groupindex


def _skips(pattern: str, flags: int = 0) -> bool:
    """Can `re` skip to where a match of `pattern` starts (a literal or a character class first)?"""
    try:
        from re import _compiler
        parsed = _parser.parse(pattern, flags)
        return bool(_compiler._get_literal_prefix(parsed, flags)[0]) or _compiler._get_charset_prefix(parsed, flags) is not None
    except Exception:  # another Python's internals: assume it can
        return True


def assertions_after(pattern: str, flags: int = 0, gate: bool = False) -> "AssertionsAfter | re.Pattern":
    """`AssertionsAfter(pattern)` where the pattern opens on assertions before one alternative that
    `re` can skip to, else the pattern compiled (both answer `search`, `match`, `finditer` alike)."""
    try:
        fast = AssertionsAfter(pattern, flags, gate)
    except ValueError:
        return re.compile(pattern, flags)
    return fast if _skips(fast.rx.pattern, flags) else re.compile(pattern, flags)


class PartsFinditer:
    """`finditer` of an alternation, from its top-level alternatives searched one by one where
    their own literals are (`GateIndex`): the leftmost of their next matches, and at one position
    the first alternative's, as the alternation takes them; then on from its end. A match of an
    alternative holds its own groups only (`groupdict()` lacks the others', which the
    alternation gives as None). Every alternative must match at least one character.

    `after`: each alternative that opens on look-behinds or `\\b` is searched from what follows them
    (`assertions_after`: the same matches; a part opening on an assertion made `re` try it at every
    position of the text, spd-r242)."""

    def __init__(self, pattern: str, after: bool = False):
        parts = split_alternatives(pattern)
        for part in parts:
            if _parser.parse(part).getwidth()[0] == 0:
                raise ValueError(f"{part!r} may match the empty string")
        self.index = GateIndex([gated(part) for part in parts])
        if after:
            self.index.raw = [assertions_after(part) for part in parts]

    def search(self, text: str, pos: int = 0):
        """The alternation's `search(text, pos)`: the leftmost of the parts' matches from `pos`, and at
        one position the first part's."""
        raw, best = self.index.raw, None
        for j in sorted(self.index.candidates(text, pos)):
            m = raw[j].search(text, pos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best

    def finditer(self, text: str):
        raw = self.index.raw
        candidates = sorted(self.index.candidates(text))
        if not candidates:
            return
        nexts: dict = {}
        pos = 0
        while True:
            best = None
            for j in candidates:
                m = nexts.get(j, nexts)
                if m is nexts or (m is not None and m.start() < pos):
                    m = nexts[j] = raw[j].search(text, pos)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
            if best is None:
                return
            yield best
            pos = best.end()


class NearLiterals:
    r"""`finditer` of a pattern of bounded width whose every match holds one of a few literals, tried
    only at the positions where a match can start: within the pattern's longest width before an
    occurrence of a literal.

    `re` tries a pattern that opens on `` or a look-behind at every position of the text
    ("(?:[Tt]he capital|[Ll]a capitale)" over a whole article, for the few articles holding
    "capital"). A match that holds a literal starting at `o` starts at most `width - len(literal)`
    before `o`, so the positions before each occurrence are tried left to right with `match` (which
    sees the text before the position, as the search does), each at most once: the first that
    matches is the leftmost match, as the search finds it, and the next is looked for from its end.
    `literals` may be given shorter than the pattern's own required literals ("capital" for "the
    capital", "la capitale"): each of those must then hold one of them."""

    __slots__ = ("rx", "pattern", "literals", "reach")

    def __init__(self, pattern: str, literals: "Iterable[str] | None" = None, flags: int = 0):
        own = _cached_literals(pattern) if not flags else None
        if not own:
            raise ValueError(f"{pattern!r}: no required literals")
        lits = frozenset(literals) if literals is not None else own
        if not lits or not all(any(lit in r for lit in lits) for r in own):
            raise ValueError(f"{pattern!r}: {sorted(lits)} are not held by every match")
        low, high = _parser.parse(pattern, flags).getwidth()
        if low == 0 or high >= _c.MAXREPEAT:
            raise ValueError(f"{pattern!r}: may match the empty string, or has no bounded width")
        self.pattern, self.literals = pattern, tuple(lits)
        self.rx = re.compile(pattern, flags)
        self.reach = high - min(map(len, lits))

    def finditer(self, text: str):
        starts = []
        for lit in self.literals:
            at = text.find(lit)
            while at >= 0:
                starts.append(at)
                at = text.find(lit, at + 1)
        if not starts:
            return iter(())
        starts.sort()
        if len(starts) * (self.reach + 1) > len(text) >> 4:
            # so many positions to try one by one that `re`'s own scan (a few instructions per
            # position, against a call per position) is cheaper: `re` searches from the first
            # position a match can start at, and again after each match from the next such one
            return self._from_first(text, starts)
        return self._around(text, starts)

    def _from_first(self, text: str, starts: list[int]):
        search, reach, pos, k, n = self.rx.search, self.reach, 0, 0, len(starts)
        while True:
            while k < n and starts[k] < pos:
                k += 1  # (a match from `pos` holds no literal that starts before it)
            if k == n:
                return
            m = search(text, max(pos, starts[k] - reach))
            if m is None:
                return
            yield m
            pos = m.end()

    def _around(self, text: str, starts: list[int]):
        match, reach = self.rx.match, self.reach
        pos = tried = 0  # matches are looked for from `pos`; positions below `tried` were tried
        for at in starts:
            if at < pos:
                continue  # (a match from `pos` holds no literal that starts before it)
            for p in range(max(pos, tried, at - reach), at + 1):
                m = match(text, p)
                if m is not None:
                    yield m
                    pos = m.end()
                    break
            tried = max(tried, at + 1)


class LeadingWords:
    r"""`re.compile("^(?:" + "|".join(rf"(?:{re.escape(w)})(?![\w])" for w in words) + ")").match(text)`
    (what `_rx` makes of a list of words anchored at a text's start), answered by look-up: the
    first of `words`, in their order, that `text` starts with and after which no word character
    follows (`\w` is `str.isalnum()` or "_", as `re` tests it). `re` tries such an alternation
    alternative after alternative (some 200 words of `not_people`: about 12,000 instructions a
    failing match, spd-r225); the look-up asks only the words that share the text's first two
    characters. `match` returns the word matched (the match's text), or None."""

    __slots__ = ("table", "short")

    def __init__(self, words):
        words = list(words)
        if any(not w for w in words):
            raise ValueError("an empty word matches everywhere: keep the pattern")
        table: dict[str, list] = {}
        short: dict[str, list] = {}
        for i, w in enumerate(words):
            (table if len(w) > 1 else short).setdefault(w[:2], []).append((i, w))
        # a word of one character is asked beside the two-character ones it shares a start with
        for key, ones in short.items():
            for k2 in [k for k in table if k[0] == key]:
                table[k2] = sorted(table[k2] + ones)
        self.table = {k: tuple(w for _, w in v) for k, v in table.items()}
        self.short = {k: tuple(w for _, w in v) for k, v in short.items()}

    def __getstate__(self):
        return (self.table, self.short)

    def __setstate__(self, state):
        self.table, self.short = state

    def match(self, text: str) -> Optional[str]:
        found = self.table.get(text[:2])
        if found is None:
            found = self.short.get(text[:1])
            if found is None:
                return None
        for w in found:
            if text.startswith(w):
                n = len(w)
                if n == len(text) or not (text[n].isalnum() or text[n] == "_"):
                    return w
        return None



# the characters `re` matches to an ASCII letter ignoring case that `str.lower` makes no ASCII letter ("ı",
# "ſ"; "İ" lowers to "i" and U+0307, and so changes a text's length): a text holding one is left to the pattern
FOLDS_APART = ("\u0131", "\u017f", "\u0307")


class LowerCased:
    r"""A pattern whose case-blind parts (`(?i)` in front, or `(?i:...)` groups) are run case-sensitively
    on the lower-cased text: the same matches at the same offsets, much sooner. Ignoring case, `re`
    compares every alternative of an alternation at every position (its skip of an alternative whose
    first letter differs from the text's works only for plain literals): a search over a window of
    some 150 characters of a case-blind list of alternatives costs 100,000-300,000 instructions
    (spd-r256). On `text.lower()`, with the pattern's letters all lower-case, a character matches a
    letter ignoring case exactly where its lower case is that letter, but for the characters that
    fold apart (`FOLDS_APART`): a text holding one, or whose lower case has another length, goes to
    the pattern as written. The pattern's case-sensitive parts must not depend on case (`\b`, `\s`,
    punctuation), and it may look back no further than one character (`\b`): `found_in` lower-cases
    the window with the one character before it. Where the lower-cased form cannot be made (an
    upper-case letter in the pattern, a look-behind), `low` is None and the pattern is always used."""

    __slots__ = ("rx", "low", "pattern")

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.rx = re.compile(pattern, flags)
        self.low = None
        blind = pattern.startswith("(?i)") or flags & re.IGNORECASE
        low = pattern[4:] if pattern.startswith("(?i)") else pattern
        outside, i = [], 0  # the pattern outside its `(?i:...)` groups: case-sensitive
        while (at := low.find("(?i:", i)) >= 0:
            outside.append(low[i:at])
            i = _group_end(low, at)
        outside.append(low[i:])
        low = low.replace("(?i:", "(?:")
        bare = re.sub(r"\\.|\(\?P[<=]", "", low)  # (escapes and group names hold no letter to match)
        sensitive = "" if blind else re.sub(r"\\.|\(\?P[<=]", "", "".join(outside))
        if "(?<" not in bare and "(?" not in bare.replace("(?:", "").replace("(?=", "").replace("(?!", "") \
                and not any(c != c.lower() for c in bare) and not any(c.isalpha() for c in sensitive):
            self.low = re.compile(low, flags & ~re.IGNORECASE)

    def __getstate__(self):
        return self.rx, self.low, self.pattern

    def __setstate__(self, state):
        self.rx, self.low, self.pattern = state

    def search(self, s: str) -> "Optional[re.Match]":
        """`rx.search(s)`: a match of the lower-cased `s` where it is exact (the same offsets; its
        groups' text lower-cased)."""
        if self.low is not None:
            low = s.lower()
            if len(low) == len(s) and not any_in(low, FOLDS_APART):
                return self.low.search(low)
        return self.rx.search(s)

    def found_in(self, text: str, lo: int, hi: int) -> bool:
        """Is `rx.search(text, lo, hi)` a match?"""
        if self.low is not None:
            at = lo - 1 if lo > 0 else 0
            low = text[at:hi].lower()
            if len(low) == hi - at and not any_in(low, FOLDS_APART):
                return self.low.search(low, lo - at) is not None
        return self.rx.search(text, lo, hi) is not None


class StartGate:
    """The strings of `k` characters a match of a pattern can open with (fewer where a match may be
    shorter), read from the parsed pattern: `possible(text)` is False where `pattern.match(text)`
    cannot succeed. For an alternation of nouns matched right after a number ("^(?:morts|tu[ée]s|...)",
    some 80 alternatives `re` tries one after the other) a set look-up of the text's first two
    characters answers most words (spd-r225). `of` returns None when the pattern has no such small
    set of openings (a class of many characters, a category, a back-reference, ignored case)."""

    __slots__ = ("k", "full", "short")

    def __init__(self, k: int, full: frozenset, short: tuple):
        self.k, self.full, self.short = k, full, short

    def __getstate__(self):
        return (self.k, self.full, self.short)

    def __setstate__(self, state):
        self.k, self.full, self.short = state

    @classmethod
    def of(cls, pattern, k: int = 2, cap: int = 4000) -> "Optional[StartGate]":
        rx = getattr(pattern, "rx", pattern)
        if rx is None or rx.flags & (re.IGNORECASE | re.VERBOSE):
            return None
        try:
            parsed = _re_parser.parse(rx.pattern, rx.flags)
        except Exception:
            return None
        starts = _openings({""}, list(parsed), k, cap)
        if starts is None or "" in starts:
            return None
        return cls(k, frozenset(s for s in starts if len(s) == k), tuple(sorted(s for s in starts if len(s) < k)))

    def possible(self, text: str, pos: int = 0) -> bool:
        if text[pos:pos + self.k] in self.full:
            return True
        for s in self.short:
            if text.startswith(s, pos):
                return True
        return False


def _openings(prefixes: set, items: list, k: int, cap: int) -> Optional[set]:
    """`prefixes` (strings shorter than `k` or of `k` characters) each continued by what a match of
    the parsed `items` can start with, up to `k` characters; None where that is not a small set."""
    C = _re_constants
    cur = set(prefixes)
    for op, av in items:
        open_ = {p for p in cur if len(p) < k}
        if not open_:
            return cur
        closed = cur - open_
        if op is C.LITERAL:
            new = {p + chr(av) for p in open_}
        elif op is C.IN:
            chars = _class_chars(av)
            if chars is None:
                return None
            new = {p + c for p in open_ for c in chars}
        elif op is C.AT or op is C.ASSERT or op is C.ASSERT_NOT:
            new = open_  # zero width: a match opens with what follows
        elif op is C.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                return None
            new = _openings(open_, list(av[3]), k, cap)
        elif op is C.BRANCH:
            new = set()
            for alt in av[1]:
                got = _openings(open_, list(alt), k, cap)
                if got is None:
                    return None
                new |= got
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)):
            lo, hi, body = av
            new = open_
            for _ in range(min(lo, k + 1)):
                new = _openings(new, list(body), k, cap)
                if new is None:
                    return None
            extra = hi - lo
            for _ in range(min(extra, k + 1)):
                more = _openings({p for p in new if len(p) < k}, list(body), k, cap)
                if more is None:
                    return None
                if more <= new:
                    break
                new = new | more
        else:
            return None
        if new is None:
            return None
        cur = closed | new
        if len(cur) > cap:
            return None
    return cur


def _class_chars(items) -> Optional[set]:
    C = _re_constants
    chars: set = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(chr(av))
        elif op is C.RANGE and av[1] - av[0] < 64:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None
    return chars


class GateIndex:
    """Which of several patterns may match in a text, from one scan for all their literals.

    Asking each `Gated` pattern in turn scans the text once per pattern for its literals. One
    Aho-Corasick scan for the literals of all of them says the same: it reports every occurrence
    of every literal, overlapping ones included. Patterns without literals are always candidates."""

    def __init__(self, patterns: list):
        """`patterns`: `Gated`, plain compiled patterns, or None (never a candidate)."""
        self.raw = [p.rx if isinstance(p, Gated) else p for p in patterns]
        self.always = frozenset(i for i, p in enumerate(patterns) if p is not None and not isinstance(p, Gated))
        owners: dict[str, set[int]] = {}
        for i, p in enumerate(patterns):
            if isinstance(p, Gated):
                for lit in p.literals:
                    owners.setdefault(lit, set()).add(i)
        # one frozenset per set of owners, shared by its literals (some 9,000 literals, 600 sets): a
        # reader loaded from the cache folder then makes 600 sets, not 9,000 (spd-r201)
        shared: dict[frozenset, frozenset] = {}
        self.owners = {lit: shared.setdefault(ids, ids) for lit, ids in ((lit, frozenset(ids)) for lit, ids in owners.items())}
        self.finder = literal_automaton(self.owners, self.owners.__getitem__)

    def __getstate__(self):
        state = dict(self.__dict__)
        state["finder"] = _blob(self.finder)
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.finder = _unloaded(state["finder"], self, "finder")  # loaded when first asked

    @classmethod
    def merged(cls, indexes: "list[GateIndex]") -> "tuple[GateIndex, list[int]]":
        """One index for the patterns of several, in their order (the patterns of `indexes[k]` from
        `offsets[k]` on), and those offsets: one scan tells which patterns of each may match."""
        self = cls.__new__(cls)
        offsets: list[int] = []
        owners: dict[str, set[int]] = {}
        always: set[int] = set()
        raw: list = []
        for ix in indexes:
            off = len(raw)
            offsets.append(off)
            always.update(off + i for i in ix.always)
            for lit, ids in ix.owners.items():
                owners.setdefault(lit, set()).update(off + i for i in ids)
            raw += ix.raw
        self.raw = raw
        self.always = frozenset(always)
        shared: dict[frozenset, frozenset] = {}
        self.owners = {lit: shared.setdefault(ids, ids) for lit, ids in ((lit, frozenset(ids)) for lit, ids in owners.items())}
        self.finder = literal_automaton(self.owners, self.owners.__getitem__)
        return self, offsets

    def candidates(self, text: str, pos: int = 0) -> frozenset[int]:
        """Indices of the patterns that may match in `text[pos:]` (the others cannot)."""
        found = self.always
        if self.finder is not None:
            for _, ids in self.finder.iter(text, pos):
                found = found | ids
        return found
