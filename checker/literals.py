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

import re
from re import _constants as _c, _parser
from typing import Iterable, Optional

_END = ""  # marks a node where a word ends


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
    return frozenset(found)


def _sequence(items) -> Optional[set[str]]:
    """The most selective required set of a sequence of pattern items."""
    options: list[set[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append({"".join(run)})
            run = []
        child = _item(op, av)
        if child:
            options.append(child)
    if run:
        options.append({"".join(run)})
    if not options:
        return None
    return max(options, key=lambda s: (min(map(len, s)), -len(s)))


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


class Gated:
    """A compiled pattern tried only on text that holds one of its required literals.

    Same results as the pattern itself for `search`, `match` and `finditer` (a match lies
    between `pos` and the end, so a literal it contains does too)."""

    __slots__ = ("rx", "literals", "pattern")

    def __init__(self, pattern: str):
        self.pattern = pattern
        self.rx = re.compile(pattern)
        self.literals = required_literals(pattern)

    def possible(self, text: str, pos: int = 0) -> bool:
        if self.literals is None:
            return True
        if pos:
            return any(text.find(lit, pos) >= 0 for lit in self.literals)
        return any(lit in text for lit in self.literals)

    def search(self, text: str, pos: int = 0):
        return self.rx.search(text, pos) if self.possible(text, pos) else None

    def match(self, text: str, pos: int = 0):
        return self.rx.match(text, pos) if self.possible(text, pos) else None

    def finditer(self, text: str):
        return self.rx.finditer(text) if self.possible(text) else iter(())

    @property
    def groupindex(self):
        return self.rx.groupindex


def gated(pattern: str) -> "Gated | re.Pattern":
    """`Gated(pattern)` when the pattern has required literals, else the plain compiled pattern."""
    g = Gated(pattern)
    return g if g.literals is not None else g.rx
