"""Link each number to what it counts: measure, group, place, time window, source, quote, part.

The genre's hard cases drive the design: a verb far from its number ("54 personnes, pour la
plupart des civils, ont été tuées"), a toll phrase before it ("the death toll reached 41,000"),
breakdowns ("dont 17 enfants", "(12 women and 8 children)"), vague quantities, and numbers
that are not figures at all (ages, dates, durations, rates, families). All words come from
`checker/lang/<lang>/figures.yaml` (per-language readers) and `cues.yaml` (the words of the
module-level patterns, joined across languages by `cues()`); this module holds only the logic.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Optional

from checker.literals import (FOLDS_APART, AssertionsAfter, GateIndex, Gated, LeadingWords, LowerCased, NearLiterals, _top_level_or, PartsFinditer, StartGate, WordFirst, alternation, any_in, assertions_after, gated, join_alternatives,
                              literal_automaton, required_literals, split_alternatives)
from checker.extract.attribution import PERSON, attribution_cues, attribution_of, named_in_full
from checker.extract.numbers import (DIGIT, HELD_APPROX, HELD_MULTIPLE, HELD_NEGATIVE, HELD_SAME_COUNT, HELD_VAGUE, Number,
                                     find_numbers, fold, number_words, numeral_literals, sentence_word_lists)
from checker.extract.text import Sentence, inside, quote_spans, sentences
from checker.extract.windows import COMPARED_EVENT_SINCE, TimeSpan, after_comparison, comparison_opens, time_reader
from checker.compiled import built
from checker.lang import cue_alternatives, cues, load_lang
from checker.normalise.places import REGION_WORDS, RIVER_WORDS, default_gazetteer
from checker.normalise.world import fold_key
from checker.schema import FLOW_MEASURES, STOCK_MEASURES, Article, Record


def _rx(patterns):
    """One pattern for a list of alternatives, tried only where its literals occur (`Gated`)."""
    patterns = [p for p in patterns or [] if p]
    return gated(patterns) if patterns else None


def _parts(patterns) -> Optional[PartsFinditer]:
    """A list of alternatives searched part by part, each only where its literals are and from what
    follows its opening assertions (`PartsFinditer(..., after=True)`: the alternation's matches); None
    where a part may match the empty string (the caller keeps the alternation)."""
    patterns = [p for p in patterns or [] if p]
    try:
        return PartsFinditer("|".join(f"(?:{p})" for p in patterns), after=True) if patterns else None
    except ValueError:
        return None


def _anchored(patterns) -> Optional[re.Pattern]:
    """One pattern for a list of alternatives that are only ever `match`ed right after a number or
    a place ("^(?:morts)\\b", "^\\s+(?:a|ont)\\s+dit"): not gated, because such a pattern fails
    on its first characters, while looking for its literals scans the rest of the sentence
    (measured 3-5 times slower gated)."""
    patterns = [p for p in patterns or [] if p]
    return re.compile(join_alternatives(patterns)) if patterns else None


def _anchored_test(patterns) -> Optional[re.Pattern]:
    r"""`_anchored(patterns)` for a list only asked whether it matches (never where a match ends): the
    alternatives that open on `^\s+` written behind one `\s+` ("^(?:\s+(?:(?:a)|(?:b))|(?:c))"). A string
    has a match of one form where it has one of the other (only the order in which `re` tries the ways
    differs, and so which match it gives); `re` no longer takes the spaces once for each alternative.
    On `place_not_after`, asked after every place, 21,400 → 18,700 instructions a call in English, 8,500
    → 7,400 in French (replayed under valgrind; spd-r256)."""
    patterns = [p for p in patterns or [] if p]
    if not all(p.startswith("^") for p in patterns) or any(map(_top_level_or, patterns)):
        return _anchored(patterns)
    spaced = [p[4:] for p in patterns if p.startswith("^\\s+") and not p.startswith(("^\\s+?", "^\\s++", "^\\s+*", "^\\s+{"))
              and p[4:] and p[4:][0] not in "*+?{"]
    if len(spaced) < 2:
        return _anchored(patterns)
    rest = [p[1:] for p in patterns if not (p.startswith("^\\s+") and p[4:] in spaced)]
    return re.compile("^(?:" + "|".join([r"\s+(?:" + "|".join(f"(?:{q})" for q in spaced) + ")"] + [f"(?:{q})" for q in rest]) + ")")


_UNBOUNDED = 1000


def _max_width(pattern: str) -> Optional[int]:
    try:
        hi = re._parser.parse(pattern).getwidth()[1]
    except Exception:
        return None
    return hi if hi < _UNBOUNDED else None


class TailRx:
    """Patterns that all end at the end of the string ("X\\s*$"): searched only over the tail
    where a match can start, which gives the same leftmost match as a full search (lookbehinds
    and \\b still see the characters before the search position).

    `parts` are the cores X; `suffix` the whitespace-then-end tail added to each. Cores of
    unbounded width are searched over the whole string, as before."""

    def __init__(self, parts, suffix: str, wrap: str = "{}"):
        parts = [p for p in parts if p]
        self.any = bool(parts)
        bounded, unbounded, width = [], [], 0
        widths = []
        for p in parts:
            w = _max_width(p)
            widths.append(w)
            if w is None:
                unbounded.append(p)
            else:
                bounded.append(p)
                width = max(width, w)
        self.bounded = _rx([wrap.format(p + suffix) for p in bounded])
        self.unbounded = _rx([wrap.format(p + suffix) for p in unbounded])
        self.width = width
        # Each part on its own as well: `re` tries the alternatives of one long pattern one after
        # the other at every word start (some 80 of them for `place_not_before`, 12 µs per
        # 60-character window); one scan for all their literals (`GateIndex`) says which few
        # parts can match, and only those are searched, each from where a match of its own
        # width can start. The leftmost match of an alternation is the leftmost of its parts'.
        singles = [_rx([wrap.format(p + suffix)]) for p in parts]
        self._index = GateIndex(singles)
        self._parts = [(_ungated(rx), w) for rx, w in zip(singles, widths)]
        self._scan_from_start = bool(unbounded)

    def __bool__(self) -> bool:
        return self.any

    def start(self, s: str) -> Optional[int]:
        """Start of the leftmost match in `s`, or None."""
        if not self.any:
            return None
        end = len(s.rstrip())
        best = None
        for i in self._index.candidates(s, 0 if self._scan_from_start else max(0, end - self.width)):
            rx, w = self._parts[i]
            m = rx.search(s, 0 if w is None else (end - w if end > w else 0))
            if m is not None and (best is None or m.start() < best):
                best = m.start()
        return best

    def start_of(self, s: str, parts) -> Optional[int]:
        """`start(s)`, with the parts to try given (`parts`: indices into this pattern's parts, those
        of `start`'s scan among them: a superset gives the same answer, since each part's search is
        exact and the leftmost match of an alternation is the leftmost of its parts')."""
        end = len(s.rstrip())
        best = None
        for i in parts:
            rx, w = self._parts[i]
            m = rx.search(s, 0 if w is None else (end - w if end > w else 0))
            if m is not None and (best is None or m.start() < best):
                best = m.start()
        return best

    def search(self, s: str) -> bool:
        if not self.any:
            return False
        end = len(s.rstrip())
        for i in self._index.candidates(s, 0 if self._scan_from_start else (end - self.width if end > self.width else 0)):
            rx, w = self._parts[i]
            if rx.search(s, 0 if w is None else (end - w if end > w else 0)) is not None:
                return True
        return False

    def search_in(self, text: str, lo: int, hi: int, hits, ends) -> bool:
        """`search(text[lo:hi])`, the parts to try told by the occurrences of their literals in the
        whole of `text` found beforehand (`hits`: (end, length, part indices) in the order of their
        ends, `ends` their ends): those inside the part of the window `search` would scan."""
        if not self.any:
            return False
        s = text[lo:hi]
        end = len(s.rstrip())
        scan_from = lo + (0 if self._scan_from_start else max(0, end - self.width))
        found = self._index.always
        k = bisect_right(ends, hi) - 1
        while k >= 0 and ends[k] > scan_from:
            hit = hits[k]
            if hit[0] - hit[1] >= scan_from:
                found = found | hit[2]
            k -= 1
        for i in found:
            rx, w = self._parts[i]
            if rx.search(s, 0 if w is None else (end - w if end > w else 0)) is not None:
                return True
        return False

    def start_ungated(self, s: str) -> Optional[int]:
        """`start`, with the patterns tried whether or not their literals are in `s` (the same
        answer: a pattern cannot match without them), for a caller that checked them already."""
        best = None
        if self.unbounded is not None and (m := _ungated(self.unbounded).search(s)):
            best = m.start()
        if self.bounded is not None:
            pos = max(0, len(s.rstrip()) - self.width)
            if best is None or best > pos:
                m = _ungated(self.bounded).search(s, pos)
                if m and (best is None or m.start() < best):
                    best = m.start()
        return best


def _ungated(rx):
    """The compiled pattern of a `Gated` one (or the pattern itself)."""
    return rx.rx if isinstance(rx, Gated) else rx


def _words_rx(words) -> Optional[re.Pattern]:
    return re.compile(r"(?<![\w-])(?:" + alternation(words) + r")(?![\w-])") if words else None


@dataclass
class Measure:
    name: str
    nouns: Optional[re.Pattern]
    after: Optional[re.Pattern]
    before: TailRx
    priority: int
    event: bool
    verb_cue: bool = False  # its cue may be the verb right after a bare count ("8 million need food aid")


NOT_ALONE_BEFORE = frozenset(cue_alternatives("measure_before_not_alone"))


# what may follow a verb of updating before the day it was updated on ("rose to 5,500 on", "s'établit jeudi")
UPDATE_TAIL = r"\b(?:[^.;]|(?<=\d)\.(?=\d)){0,30}$"


class FigureLexicon:
    """figures.yaml of one language, compiled."""

    def __init__(self, lang: str):
        data = load_lang(lang)["figures"]
        self.lang = lang
        self.measures: list[Measure] = []
        all_nouns = []
        after_parts: list[tuple[int, str]] = []  # (measure index, one of its "after" cues)
        for name, spec in data["measures"].items():
            after_parts += [(len(self.measures), p) for p in spec.get("after") or [] if p]
            nouns = [rf"^(?:{n})\b" for n in spec.get("nouns", [])]
            before = [rf"(?:{b})" for b in spec.get("before", []) if b not in NOT_ALONE_BEFORE]
            self.measures.append(Measure(name, _anchored(nouns), _rx(spec.get("after")), TailRx(before, r"\s*$"),
                                         int(spec.get("priority", 0)), bool(spec.get("event")), bool(spec.get("verb_cue"))))
            all_nouns += nouns
        # Most numbers have no measure noun after them and no cue around them: one scan with
        # every measure's patterns (or literals, `GateIndex`) at once says so, and only a hit is
        # worth a scan per measure.
        self.event_measures = {m.name for m in self.measures if m.event}
        # the first words of the event measures' nouns ("strikes", "air", "barrel"): a cheap check before
        # the nouns' patterns, after an adjective that follows a number ("Three Israeli strikes")
        self.event_first_words = frozenset(w.lower() for m in data.get("measures", {}).values() if isinstance(m, dict) and m.get("event")
                                           for noun in m.get("nouns") or [] for w in [re.split(r"[ (\\?\[]", noun, 1)[0]] if w)
        self.verb_cue_measures = frozenset(m.name for m in self.measures if m.verb_cue)
        self.any_noun = _anchored(all_nouns)
        # the first two characters any noun can open with: most words after a number are asked of a
        # set, not of the 80-odd alternatives (`StartGate`, spd-r225; None: always asked)
        self.any_noun_starts = StartGate.of(self.any_noun) if self.any_noun is not None else None
        # nouns of more than one word ("victimes « gravement blessées »"): only they can be longer
        # than another measure's one-word noun that starts the same
        self.long_noun = _anchored([n for n in all_nouns if " " in n or "\\s" in n])
        self.after_gates = GateIndex([m.after for m in self.measures])  # which measures' cues a segment may hold
        # the same cues part by part (`_leftmost_parts`): once any literal of a measure was in a
        # segment, its whole alternation was tried at every position
        self.after_parts = GateIndex([_rx([p]) for _, p in after_parts])
        self.after_part_owner = [k for k, _ in after_parts]
        # the parts of every measure's before-cues in one index (`_measure_before`): one scan of a segment
        # says which parts of which measures to try, where a scan for the measures' literals then each
        # measure's own `TailRx` scanned it again (spd-r233)
        self.before_parts, offsets = GateIndex.merged([m.before._index for m in self.measures])
        self.before_part_of = [(k, i) for k, m in enumerate(self.measures) for i in range(len(m.before._index.raw))]
        self.one_person = re.compile(data["one_person"]) if data.get("one_person") else None
        self.one_person_needs = tuple(data.get("one_person_needs") or ())
        # "an 84-year-old woman was killed": a person's age between the article and the noun
        self.one_person_age = re.compile(data["one_person_age"]) if data.get("one_person_age") else None
        self.one_person_and = re.compile(data["one_person_and"]) if data.get("one_person_and") else None
        self.group_of: dict[str, str] = {}
        for group, nouns in data["groups"].items():
            for n in nouns:
                self.group_of.setdefault(n.lower(), group)
        self.group_rx = _words_rx(self.group_of)
        # "mineurs": children, but people (miners) in a sentence about a mine
        self.group_in_context = {n.lower(): (e["group"], re.compile(e["context"]))
                                 for e in data.get("group_in_context") or [] for n in e["nouns"]}
        self.modifiers = [m.lower() for m in data.get("noun_modifiers", [])]
        self.not_people = _rx([rf"^(?:{re.escape(w)})(?![\w])" for w in data.get("not_people", [])])
        # the same words by look-up where the pattern is matched at a text's start (`LeadingWords`)
        self.not_people_at = LeadingWords(data["not_people"]) if self.not_people else None
        self.months = _words_rx(data.get("months", []))
        self.month_after = re.compile(r"^\s*(?:" + "|".join(re.escape(m) for m in data.get("months", [])) + r")\b")
        self.month_before = TailRx([r"\b(?:" + "|".join(re.escape(m) for m in data.get("months", [])) + ")"], r"\s*$", wrap="{}")
        self.not_count_before = TailRx([rf"(?<![\w])(?:{p})" for p in data.get("not_count_before", [])], r"\s*$")
        # "The club was meant for 50 people, not over 200": a venue's capacity, whatever its qualifier (series-r249)
        self.capacity_before = TailRx([rf"(?<![\w])(?:{p})" for p in data.get("capacity_before") or []], r"\s*$")
        self.part_cues = _rx([rf"(?:{p})" for p in data.get("part_cues", [])])
        # one run of up to 30 word characters, then any of the rates: `re` took the run once for each rate
        # (13 in French), where this form tries them all after each of its characters; asked only in an
        # article that holds one of its literals (`HOLDS_RATE_AFTER`), as `rate_after_rx`, with no gate of
        # its own on the sentence's rest (spd-r264)
        self.rate_after = _rx([r"^[\s\w'’-]{0,30}?\b(?:" + "|".join(f"(?:{p})" for p in data["rate_after"]) + r")\b"]
                              if data.get("rate_after") else [])
        self.rate_after_rx = getattr(self.rate_after, "rx", self.rate_after)
        # "Chaque année, 40.000 personnes meurent ...": a rate opening the clause before its number
        self.rate_before = TailRx([rf"(?<![\w])(?:{p})" for p in data["rate_before"]], r"\s*$") if data.get("rate_before") else None
        self.cumulative = _rx(data.get("cumulative_cues"))
        # "up from 104", "Earlier reports indicated 217", "plus tôt on comptait 632": an earlier toll
        # ... and the figure listed with it ("Earlier reports indicated 217 deaths and 89 missing")
        listed = r"(?:\s+\d[\d.,\u202f\u00a0 ]*\s+[\w'’-]+(?:\s+[\w'’-]+)?\s*(?:,|" + "|".join(rf"\b{w}\b" for w in cue_alternatives("and_word")) + "))?"
        self.superseded_before = TailRx([rf"(?:{p}){listed}" for p in data.get("superseded_before") or []], r"\s*$")
        after = data.get("superseded_after") or []
        self.superseded_after = re.compile(r"^[^.;,]{0,25}\b(?:" + "|".join(after) + r")\b") if after else None
        # "the toll climbed past 11,000 on Wednesday": the day right after is the update's, not the deaths'
        update = data.get("update_before") or []
        self.update_before = re.compile(r"(?:" + "|".join(update) + r")" + UPDATE_TAIL) if update else None
        # the same, each verb with its tail searched only from where a match of its width can start, where
        # the one scan finds its literals (`TailRx`; spd-r248: the alternation was tried at every position
        # of the 80 characters before a time expression)
        self.update_before_parts = TailRx([rf"(?:{p}){UPDATE_TAIL}" for p in update], "") if update else None
        # "Zimbabwe on Wednesday updated the number of dead to 344": the day right before the update's verb
        update_after = data.get("update_after") or []
        self.update_after = re.compile(r"\s*,?\s*(?:" + "|".join(update_after) + r")\b") if update_after else None
        # "As of Wednesday, North Carolina reported 102 fatalities": the day a count stands at, not the event's;
        # its weekday may come before the date with a comma ("as of Sunday, Sept. 8", AP's style; mut-r156)
        count_day = data.get("count_day_before") or []
        self.count_day_before = re.compile(r"\b(?:" + "|".join(count_day) + r")\s+(?:[a-zà-ÿ]+,?\s+)?$") if count_day else None
        # (searched from its words, the boundary before checked where one is: `AssertionsAfter`)
        self.toll_words = assertions_after(r"\b(?:" + "|".join(data["toll_words"]) + r")\b") if data.get("toll_words") else None
        either = data.get("either_measures_after") or []
        self.either_measures = re.compile(r"[\s\u00a0]*(?:[\w'’-]+\s+){0,2}?(?:" + "|".join(either) + r")\b") if either else None
        # the kind of event a figure counts (record field `event`, `_event_kind`): one group per kind
        kinds = data.get("event_kinds") or {}
        self.event_kinds = list(kinds)
        self.event_kinds_gate = tuple(data.get("event_kinds_gate") or ())
        self.event_kind = re.compile(r"\b(?:" + "|".join("(" + "|".join(v) + ")" for v in kinds.values()) + r")\b") if kinds else None
        # a toll: the event as subject or cause of the deaths (docs/records.md, `event_day`)
        events = data.get("event_nouns") or []
        verbs = data.get("event_toll_verbs") or []
        self.event_noun = re.compile(r"\b(?:" + "|".join(events) + r")\b") if events else None
        self.event_before = re.compile(r"\b(?:" + "|".join(events) + r")\b[^.;:]{0,160}?\b(?:" + "|".join(verbs)
                                       + r")\b[^.;:]{0,40}$") if events and verbs else None
        # "in these earthquakes, more than 2,445 people have been killed", "Dans le séisme, 2.000
        # personnes ont péri": the event fronted in its own phrase, before the figure's clause
        fronted = data.get("event_toll_fronted") or []
        self.event_fronted = re.compile(r"\b(?:" + "|".join(fronted) + r")\s+(?:[\w'’-]+\s+){0,3}?(?:" + "|".join(events)
                                        + r")\b[^.;:,]{0,40},[^.;:,]{0,60}$") if events and fronted else None
        # ("sont mortes dans l'effondrement": an elided article right before the noun)
        self.event_after = re.compile(r"[^.;]{0,100}?\b(?:" + "|".join(data.get("event_toll_after") or ["x^"]) + r")\s+(?:[\w'’-]+\s+){0,4}?(?:[^\W\d_]['’])?(?:"
                                      + "|".join(events) + r")\b") if events else None
        # "burying its dead on Saturday following a massive earthquake": a day right before "following the
        # <event>" is a day after the event, not its day (`_day_after_event`)
        self.day_following_event = re.compile(r"\s*,?\s*(?:" + cues("day_following_event") + r")\s+(?:[\w'’-]+\s+){0,4}?(?:[^\W\d_]['’])?(?:"
                                              + "|".join(events) + r")\b") if events else None
        # an attack as the subject or cause of the deaths, in the same three forms: its toll is that
        # day's event (`event_day`), not a disaster's running toll ("the attack killed 12")
        attacks = data.get("attack_nouns") or []
        self.attack_noun = re.compile(r"\b(?:" + "|".join(attacks) + r")\b") if attacks else None
        self.attack_told = re.compile(r"\b(?:" + "|".join(attacks + (data.get("attack_verbs") or [])) + r")\b") if attacks else None
        self.attack_before = re.compile(r"\b(?:" + "|".join(attacks) + r")\b[^.;:]{0,160}?\b(?:" + "|".join(verbs)
                                        + r")\b[^.;:]{0,40}$") if attacks and verbs else None
        # an attack named by a toll word ("the death toll from the attack on the concert hall"): its count so far
        toll_attacks = data.get("attack_toll_nouns") or attacks
        self.attack_toll_noun = re.compile(r"\b(?:" + "|".join(toll_attacks) + r")\b") if toll_attacks else None
        self.attack_fronted = re.compile(r"\b(?:" + "|".join(fronted) + r")\s+(?:[\w'’-]+\s+){0,3}?(?:" + "|".join(attacks)
                                         + r")\b[^.;:,]{0,40},[^.;:,]{0,60}$") if attacks and fronted else None
        self.attack_after = re.compile(r"[^.;]{0,100}?\b(?:" + "|".join(data.get("event_toll_after") or ["x^"]) + r")\s+(?:[\w'’-]+\s+){0,4}?(?:[^\W\d_]['’])?(?:"
                                       + "|".join(attacks) + r")\b") if attacks else None
        self.basis = {k: _rx(v) for k, v in data.get("basis", {}).items()}
        # the same cues searched part by part from their literals (`_basis_cue`, some 16 searches of a
        # window around each figure an article, nearly none matching; spd-r242)
        self.basis_parts = {k: _parts(v) for k, v in data.get("basis", {}).items()}
        self.hedges = _rx(data.get("hedges"))
        att = data.get("attribution", {})
        self.att_before = _rx(att.get("before"))
        # whole words: "said" is not in "Musaidi", "indique" not in "revendique"
        self.att_verbs = _rx([rf"(?<![\w-])(?:{v})(?![\w])" for v in att.get("verbs") or []])
        # the same verbs' `finditer`, part by part from their literals (`_attribution_cues` reads every
        # match of a sentence: the alternation, opening on its look-behind, was tried at every position;
        # 2x faster on wire sentences, spd-r242)
        self.att_verbs_parts = _parts([rf"(?<![\w-])(?:{v})(?![\w])" for v in att.get("verbs") or []])
        heads = att.get("subject_heads") or []
        # "le porte-parole du gouvernement a fait état de", "the regional government said": a
        # speaker named by a common noun after a determiner, right before a reporting verb
        self.att_subject = re.compile(
            r"(?:^|(?<=[\s,:;(]))((?:" + cues("subject_determiner") + r")\s*(?:[\w'’-]+\s+){0,2}?(?:" + "|".join(heads)
            + r")(?:\s+(?:" + cues("subject_complement") + r")\s*[\w'’-]+)?)$", re.IGNORECASE) if heads else None
        # who speaks, written in lower case ("le ministre de la Défense", "the Gaza health ministry",
        # "un responsable local", "officials"): a phrase headed by one of the source nouns
        sources = att.get("sources") or []
        dets = att.get("determiners") or []
        # "An estimated 4,000 people", "The estimated": a determiner before the verb is no subject
        self.att_determiners = frozenset(d.lower() for d in dets)
        if sources:
            spaced = [d for d in dets if not d.endswith(("'", "’"))]
            elided = [d for d in dets if d.endswith(("'", "’"))]
            det = r"(?:(?:" + alternation(spaced) + r")\s+" + (r"|(?:" + alternation(elided) + ")" if elided else "") + ")"
            # (a dash between spaces closes an aside: "killed 12 people - eight soldiers and four
            # civilians - the army said" names the army, no word before the dash)
            head = det + r"?(?:(?!-\s)[^\s,;:.«»\"“”()–—]+\s+){0,4}?(?:" \
                + alternation(sources) + r")\b"
            self.source_phrase = re.compile(r"(?i)^(?:" + head + r")")
            # ("The number of dead, which officials had put at 80": the relative pronoun opens no name)
            # (run on the lower-cased text, `LowerCased`: ignoring case, `re` tried its alternatives at every
            # position, some 240,000 instructions a search; spd-r256)
            self.source_subject = LowerCased(r"(?i)(?:^(?:[-–—•*]\s+|[\"«“]\s*)?|[,:;]\s*|\s[-–—]\s+|\b(?:" + cues("that_subordinate") + "|" + cues("subject_conjunction")
                                             + "|" + cues("relative_clause") + r")\s+)(?P<name>(?!(?:" + cues("relative_clause") + "|" + cues("subject_conjunction") + "|" + cues("that_subordinate") + r")\s)" + head
                                             + r"(?:\s+(?!-(?:\s|$))(?!\d[\d,.]*(?:$|\s(?!(?:jan|f[eé]v|feb|mar|avr|apr|mai|may|juin|june?|juil|july?|ao[uû]|aug|sep|oct|nov|d[eé]c))))[^\s,;:.«»\"“”()–—]+){0,10}?(?:\s+\(\w{2,10}\))?)\s*$")  # "... Front (CNF) told"
            # (no bare number among its words but a day before its month: "Officials put the toll at 40 and
            # the Red Cross said" names the Red Cross; "Le rapport du 17 octobre faisait état de" the report)
        else:
            self.source_phrase = self.source_subject = None
        titles = att.get("titles") or []
        self.title_words = frozenset(t.lower() for t in titles)
        self.titled_name = re.compile(r"\b(?i:" + alternation(titles) + r")\s+" + PERSON + r"$") if titles else None
        # "a annoncé dimanche le ministre", "a indiqué à l'AFP un responsable": words between a
        # reporting verb and its subject
        # "told": its object is who was told ("told President Vladimir Putin that"), no source
        self.att_recipient_verbs = frozenset(v.lower() for v in att.get("recipient_verbs") or [])
        # "The ICRC said its field hospital had received 179 patients": a possessive after the verb opens
        # the reported clause, not the source
        self.att_possessives = frozenset(v.lower() for v in att.get("clause_possessives") or [])
        # "selon son décompte", "d'après leur bilan": the subject's own count, no source of its own
        self.att_own_count = re.compile(r"(?i)(?:" + "|".join(att["own_count"]) + r")\b") if att.get("own_count") else None
        # English "Wai Hun Aung said a military jet struck ...": after a name before the verb, what
        # follows the verb is the reported clause (French inverts: "..., a précisé le parquet")
        self.att_named_subject_clause = bool(att.get("named_subject_opens_clause"))
        self.att_skip = re.compile(r"(?i)(?:\s*,?\s*(?:" + "|".join(att["skip"]) + r")\b)+") if att.get("skip") else None
        # "selon un bilan publié dimanche par le ministère de la Santé": the source is the ministry
        self.att_via = re.compile(r"(?i)^(?:" + "|".join(att["via"]) + r")\s+(?P<prep>" + "|".join(att.get("via_preps") or []) + r")\s*(?P<rest>.+)$") \
            if att.get("via") and att.get("via_preps") else None
        self.att_via_head = re.compile(r"(?i)(?:" + "|".join(att["via"]) + r")") if att.get("via") else None
        self.via_article = {k.lower(): v for k, v in (att.get("via_article") or {}).items()}
        # modifiers that are also a measure's noun ("displaced"): the head when no noun follows them
        # month and weekday names: a capitalised word before a number that dates it, no name
        self.calendar_words = frozenset(m.lower() for m in data.get("months", [])) \
            | frozenset(w for day in load_lang(lang)["time"].get("weekdays", []) for w in day)
        self.weekday_words = frozenset(w.lower() for day in load_lang(lang)["time"].get("weekdays", []) for w in day)
        self.multi_modifiers = re.compile("|".join(rf"{re.escape(m)}(?![\w'])" if not m.endswith("'") else re.escape(m)  # ("rien qu'" before "à")
                                                  for m in self.modifiers if " " in m) or r"(?!x)x")
        # every match of `multi_modifiers` starts with one of these modifiers as written (its alternatives
        # are their escaped text): `_head` asks `str.startswith` first (13 failing matches an article, spd-r209)
        self.multi_modifier_words = tuple(m for m in self.modifiers if " " in m)
        self.modifier_set = frozenset(self.modifiers)  # `word in` a set, not a list of 30-50 (spd-r225)
        # a one-word modifier's own measure ("displaced"), read once per word (`_head`'s `bare`)
        self.bare_of: dict[str, Optional[str]] = {}
        self.part_after = _rx([rf"[\s\u00a0]*(?:{p})\b" for p in data.get("part_after") or []])
        self.toll_parts = {m: _rx(ps) for m, ps in (data.get("toll_parts") or {}).items() if ps}
        self.toll_part_gates = GateIndex(list(self.toll_parts.values()))
        # the same cues part by part, for `_toll_cue`: once a measure's literals were in a sentence,
        # its whole alternation (a dozen parts) was tried at every position; each part is now
        # searched only where its own literals are
        singles = [(m, p) for m, ps in (data.get("toll_parts") or {}).items() if ps for p in ps if p]
        self.toll_part_singles = GateIndex([_rx([p]) for _, p in singles])
        self.toll_part_owner = [m for m, _ in singles]
        self.record_threshold_before = TailRx([rf"(?<![\w])(?:{p})" for p in data.get("record_threshold_before") or []], r"\s*$")
        self.difference_before = TailRx([rf"(?<![\w])(?:{p})" for p in data.get("difference_before") or []], r"\s*$")
        self.none_of_before = TailRx([rf"(?<![\w])(?:{p})" for p in data.get("none_of_before") or []], r"\s*$")
        self.aside_after = _rx([rf"^[\s\u00a0]*(?:{p})\b" for p in data.get("aside_after") or []])
        # English puts adjectives before the noun ("215 Pakistani soldiers"); French after it
        # ("soldats maliens"), where a word before a group noun is a noun of its own ("une aide humanitaire")
        self.adjective_first = bool(data.get("adjective_first"))
        self.place_not_before = TailRx([rf"(?<![\w])(?:{p})" for p in data.get("place_not_before") or []], r"\s*$")
        self.place_not_after = _anchored_test(data.get("place_not_after"))  # (only asked whether it matches)
        self.nationality_list = _rx(data.get("nationality_list"))
        self.place_scope_before = TailRx([rf"(?<![\w])(?:{p})" for p in data.get("place_scope_before") or []], r"\s*$")
        self.anaphora = TailRx([r"\b(?:" + cues("anaphora") + ")"], r"\s+", wrap="(?:{})$")
        # "The apartments of about 2,000 people were damaged": whose homes, not a count of a measure
        self.dwelling_of = TailRx([rf"(?<![\w])(?:{p})" for p in data.get("dwelling_of_before") or []], r"\s*$")
        self.possessive = TailRx([r"\b(?:ses|leurs|leur|his|her|their|its|nos|mes|vos|my|our)"], r"\s+", wrap="(?:{})$")

    def group_for(self, noun: str, low: str) -> str:
        """The group a noun of `groups` names in sentence `low` ("mineurs": miners near a mine)."""
        gc = self.group_in_context.get(noun)
        return gc[0] if gc is not None and gc[1].search(low) else self.group_of[noun]


@lru_cache(maxsize=None)
def lexicon(lang: str) -> FigureLexicon:
    return built("figures", lang, lambda: FigureLexicon(lang))  # compiled once per machine


@dataclass(slots=True)
class Candidate:
    number: Number
    sentence: Sentence
    measure: Optional[str] = None
    group: Optional[str] = None
    head_end: int = 0  # end of the head noun in the sentence (where a list may continue)
    part_of: Optional["Candidate"] = None
    parts: list["Candidate"] = field(default_factory=list)
    rejected: bool = False
    head: Optional[tuple] = None  # _head(right) of the first pass, reused by the second
    aside: bool = False  # "many of them in a critical condition": the verb after it is not the figure's
    unnamed_rival: bool = False  # "while a second put it at 24": another source's count, that source unnamed
    named_item: bool = False  # "16 morts (14 Yaka et deux Teke)": an item of a bracket after a figure, counted by its name
    toll_part: bool = False  # breaks down a toll given in an earlier sentence ("N of the dead")
    list_sum: int = 0  # a list that breaks down an earlier toll fits in it: the sum of its items
    list_one: bool = False  # "une au Luc" in a list of counts per place: one, its noun elided
    colon_item: bool = False  # "18 morts : ..., puis une autre personne": one item of a list after ":", measured by `_link_parts`
    own_sum: bool = False  # a list of men, women and children: the breakdown of its own sum if no toll holds it
    day_list: bool = False  # "23 died on Thursday, 20 on Friday and 11 on Saturday": an item with its own day
    chain_from: int = -1  # "put the toll at 69, and on Tuesday at 75": where the words before the chained toll begin
    bracket_list: bool = False  # "avec 40, suivie par X (37), Y (17)": an item of a list of bare counts per place
    concern: bool = False  # "alert over 780,000 displaced people": the object of a concern, dated by it only
    none_survived: bool = False  # "None of the 150 passengers survived": everyone counted died
    rest_of: bool = False  # "The other 80,000 are in Sofala": the rest of the count of the sentence before
    origin_list: bool = False  # "three Indians, two from Turkey": victims by origin, often only some of the toll
    place_item: bool = False  # a count per place after its place ("à Mandalay, ..., où 29 ..."): its place sets nothing
    name_item: bool = False  # ", Mansehra 23" in a list of counts per place: the name right before it is its place
    repeat: bool = False  # "Ces 500 personnes": a figure already given, named again (rejected)
    noun_whole: bool = False  # "Those arrested, among them two managers, ...": an item of a list of parts of a noun with no number
    repeat_opening: bool = False  # "Sur ces 803 victimes, ...": the repeat the sentence opens on, whose parts its counts are
    repeat_whole: Optional[int] = None  # "Moins de 20 des 108 assassinats": the value of the repeated whole of a partitive
    bare_repeat_part: bool = False  # "Three of the five were children": a part of a figure named again by its bare number
    rival_of: Optional[Record] = None  # "L'ONG évalue ce chiffre à 400.000": another count of this record
    site_whole: Optional[Record] = None  # "Rue de Charonne, ..., 19 personnes ont été tuées": a site's count, part of this toll


# ---------------------------------------------------------------------------------------------

class _ArticleWords:
    """Which of several word lists a text holds (a word anywhere, as `w in text` finds it), from
    one Aho-Corasick pass: the article-wide tests of `extract_figures` ("does the article name a
    territory, a severity, a later rise?") each scanned the whole folded article with `in`, one
    scan per word (some 150 words, 6 µs each on a 4 KB text of two-byte characters)."""

    def __init__(self, lists=(), owned: "Optional[tuple[dict[str, int], int]]" = None):
        self._owners, self.always = _word_owners(lists) if owned is None else owned
        self._finder: object = False  # built when first asked: the article pass has the words (`_article_pass`)

    @property
    def finder(self):
        if self._finder is False:
            owners = self._owners
            self._finder = literal_automaton(owners, owners.__getitem__)
        return self._finder

    def held(self, text: str) -> int:
        """The bits (1 << k) of the lists with a word in `text`."""
        mask = self.always
        if self.finder is not None:
            for _, bits in self.finder.iter(text):
                mask |= bits
        return mask


def _word_owners(lists) -> tuple[dict[str, int], int]:
    """Each word of `lists` with the bits (1 << k) of the lists that hold it, and the bits of the
    lists with an empty word (every text holds it)."""
    owners: dict[str, int] = {}
    always = 0
    for k, words in enumerate(lists):
        for w in words:
            if w:
                owners[w] = owners.get(w, 0) | 1 << k
            else:
                always |= 1 << k
    return owners, always


# the article-wide word tests, in `_article_words`' order
(HOLDS_TERRITORY, HOLDS_SITES_AROUND, HOLDS_CAPITAL_OF, HOLDS_SUPERLATIVE, HOLDS_TOLL_CREDITED, HOLDS_FLED, HOLDS_ACTOR,
 HOLDS_ENVOY, HOLDS_SEVERITY, HOLDS_LATER_RISE, HOLDS_NAMED_AGAIN, HOLDS_OF_TOTAL, HOLDS_OUTLET_FOLDED,
 # the words that gate a test of a sentence or of a window around a figure or a place: where the
 # article holds none, no part of it does, and the test is not asked (`_HELD`)
 HOLDS_PREV_DAY, HOLDS_EN, HOLDS_ONE_PERSON, HOLDS_CONCERN, HOLDS_FREED, HOLDS_ABOARD, HOLDS_PREVIOUS_TOLL,
 HOLDS_DIRECTION_SITE, HOLDS_PORT, HOLDS_NEAR, HOLDS_WAVE,
 HOLDS_NEXT_DAY, HOLDS_SAME_DAY, HOLDS_SINCE_THEN, HOLDS_PREV_SPAN, HOLDS_WORLD_SCOPE, HOLDS_COUNTRIES_SCOPE,
 HOLDS_OUTBREAK_WHERE, HOLDS_NEIGHBOURS_TOO, HOLDS_HEDGES, HOLDS_VAGUE, HOLDS_APPROX,
 HOLDS_DIFFERENCE_BEFORE, HOLDS_NONE_OF_BEFORE, HOLDS_RATE_BEFORE, HOLDS_DWELLING_OF, HOLDS_PLACE_SCOPE_BEFORE,
 # the words `_place_of` asks of the article as written (`_holds_any`), folded: a superset
 HOLDS_FELT, HOLDS_EXAMPLE_PLACE, HOLDS_PAST_WHEN,
 # a street or a venue (`_site_parts`), another event's clause (`_toll_kind`)
 HOLDS_SITE, HOLDS_OTHER_EVENT, HOLDS_NAMED_AFTER_COUNTRY,
 # an office named by its seat (`SOURCE_SEAT`), a town situated near another (`NEAR_TAIL`)
 HOLDS_SOURCE_SEAT, HOLDS_NEAR_TOWN,
 # a denial ("dément", "denied"): `DENIED`
 HOLDS_DENIED,
 # a sentence opening on one item of a count told before ("The first officer, ..."): `ITEM_OPENING`
 HOLDS_ITEM_OPENING,
 # "across the state", "à travers l'État" (`STATE_BARE`)
 HOLDS_STATE_BARE,
 # the cues each figure's record asks of its sentence that wire copy seldom holds (`_record`, `_window`,
 # `_place_of`, `note_window`): a basis ("identifiés", "estimated"), "that year", a war's participle
 # clause, "in total", a war's total before a place, a country named by reference, a campaign's start
 HOLDS_BASIS, HOLDS_THAT_YEAR, HOLDS_WAR_PARTICIPLE, HOLDS_IN_TOTAL, HOLDS_WAR_TOTAL_PLACE, HOLDS_COUNTRY_REF,
 HOLDS_CAMPAIGN_BEGAN,
 # the people counted acting (`OWN_ACTION`), an increment after a toll (`INCREMENT_AFTER`), a lead looking
 # back at its event (`RETROSPECTIVE_LEAD`): patterns that try many positions, asked of few articles
 HOLDS_OWN_ACTION, HOLDS_INCREMENT, HOLDS_RETROSPECTIVE,
 # a toll summed over several states (`STATES_AFTER`)
 HOLDS_STATES_AFTER,
 # a word of `event_kinds_gate` (the article may name an epidemic: `_article_event_kinds`)
 HOLDS_EPIDEMIC,
 # a source's title after or before a region (`TITLE_REGION_AFTER`, `TITLE_REGION_BEFORE`), a match between
 # teams (`MATCH_TEAMS`), "the nearby city of" (`NEARBY_OTHER`): look-backs asked of every place mention
 HOLDS_TITLE_REGION, HOLDS_MATCH_TEAMS, HOLDS_NEARBY_OTHER,
 # the words the number reader asks a sentence with numbers for (`sentence_word_lists`): a negative
 # sign, a multiple, a repeated count
 HOLDS_NEGATIVE, HOLDS_MULTIPLE, HOLDS_SAME_COUNT,
 # an exercise ("simulated", "mock": `SIMULATED_GATE`), lives ("lives", "vies": `LIVES_GATE`): asked before
 # each number's window, and most articles hold neither (spd-r201)
 HOLDS_SIMULATED, HOLDS_LIVES,
 # a country's verb after it ("Russia kills": `ACTOR_VERB`, asked after every country mention)
 HOLDS_ACTOR_VERB,
 # words `_extract_figures` asked of the whole article with `in` (a scan of it per word) or of every sentence
 # after a record: "told", a site named after its town, a hospital's share, people in care, a different toll
 HOLDS_SEAT_TOLD, HOLDS_SITE_AFTER_TOWN, HOLDS_HOSPITAL_SHARE, HOLDS_IN_CARE, HOLDS_DIFFERENT_TOLL,
 # the gazetteer's scans of the whole folded article for a river's words and a region's type words
 # (`Gazetteer.find`: `rivers`, `regions`; spd-r209)
 HOLDS_RIVER, HOLDS_REGION_TYPE,
 # a rate after a count ("par jour", "a week": `lex.rate_after`, asked after every candidate), the people held
 # or hostages whose escape or release is no toll (`ESCAPEES_AFTER`, asked after every candidate; spd-r264)
 HOLDS_RATE_AFTER, HOLDS_ESCAPEES) = (1 << k for k in range(81))
# the word lists asked of each sentence, answered from the article pass (`_Spots.held_in`)
SENTENCE_BITS = HOLDS_VAGUE | HOLDS_APPROX | HOLDS_ONE_PERSON | HOLDS_NEGATIVE | HOLDS_MULTIPLE | HOLDS_SAME_COUNT
# and one bit per basis, in the order of the language's `basis` (`HOLDS_BASIS_FIRST << k`, after every
# other bit): `HOLDS_BASIS` is on wherever one basis's literals are, and the bases' literals include
# common words ("corps", "confirmed"), so each of `_record`'s basis gates is asked on its own bit
HOLDS_BASIS_FIRST = HOLDS_ESCAPEES << 1
# the bits of the article `extract_figures` is reading (its folded text holds every text these
# tests are asked of); every bit outside it, so that a helper called on its own tests as before
_HELD = -1
_LEAD_FOLDED = ""  # the article's first 300 characters, folded (`_extract_figures`)


@lru_cache(maxsize=None)
def _article_words(lang: str = "fr") -> _ArticleWords:
    # the lists' words are found by parsing some forty patterns for their required literals (a third
    # of a language's first load: 0.1 s a process): kept in the cache folder with the readers
    return _ArticleWords(owned=built("article-words", lang, lambda: _word_owners(_article_word_lists(lang))))


def _article_word_lists(lang: str) -> list:
    """The word lists of `_article_words`, in the order of their bits."""
    return ([TERRITORY_WORDS, SITES_AROUND_WORDS, CAPITAL_OF_WORDS, SUPERLATIVE_WORDS, TOLL_CREDITED_WORDS,
                          FLED_WORDS, ACTOR_WORDS, ENVOY_WORDS, SEVERITY.literals, LATER_RISE.literals,
                          NAMED_AGAIN.literals, OF_TOTAL.literals,
                          # a broadcaster's name as the folded text holds it: where the text holds it as
                          # written, the folded text holds it folded (the test on the text follows)
                          [fold(w) for w in OUTLET_WORDS],
                          PREV_DAY_WORDS, EN_WORDS, lexicon(lang).one_person_needs, CONCERN_WORDS, FREED_WORDS, ABOARD_WORDS,
                          PREVIOUS_TOLL_WORDS, DIRECTION_SITE_WORDS, PORT_WORDS, NEAR_WORDS + NEAR_FAR_WORDS, WAVE_WORDS]
                         # the literals of gated patterns (folded: some are asked of the text as written)
                         + [[fold(w) for w in g.literals] if isinstance(g, Gated) else [""]
                            for g in (NEXT_DAY, SAME_DAY, SINCE_THEN, PREV_SPAN, WORLD_SCOPE, COUNTRIES_SCOPE,
                                      OUTBREAK_WHERE, NEIGHBOURS_TOO, lexicon(lang).hedges)]
                         + [[fold(w) for w in literals] for literals in numeral_literals(lang)]
                         + [_tail_literals(getattr(lexicon(lang), name)) for name in
                            ("difference_before", "none_of_before", "rate_before", "dwelling_of", "place_scope_before")]
                         + [[fold(w) for w in words] for words in (FELT_WORDS, EXAMPLE_PLACE_WORDS, PAST_WHEN_WORDS,
                                                                    SITE_WORDS, OTHER_EVENT_WORDS, NAMED_AFTER_COUNTRY_WORDS)]
                         + [_folded_literals(cues("source_seat")), _folded_literals(cues("near_town")),
                            [fold(w) for w in DENIAL_WORDS], _folded_literals(cues("item_opening")),
                            [fold(w) for w in STATE_BARE_WORDS]]
                         + [[w for rx in lexicon(lang).basis.values() if rx for w in _gate_literals(rx)]]
                         + [_gate_literals(rx) for rx in (THAT_YEAR, WAR_PARTICIPLE, IN_TOTAL, WAR_TOTAL_PLACE, COUNTRY_REF,
                                                          CAMPAIGN_BEGAN)]
                         + [_folded_literals(cues("own_action")),
                            [w for name in ("increment_more", "increment_after_noun", "increment_other")
                             for w in _folded_literals(cues(name))],
                            _folded_literals(cues("retrospective_lead")), _folded_literals(cues("states_after"))]
                         + [list(lexicon(lang).event_kinds_gate)]
                         + [_folded_literals(cues("title_region_after")) + _folded_literals(cues("title_region_before")),
                            _folded_literals(cues("match_teams")), _folded_literals(cues("nearby_other"))]
                         + [list(words) for words in sentence_word_lists(lang)]
                         + [[fold(w) for w in cue_alternatives(name)] for name in ("simulation_literal", "lives_noun")]
                         + [[fold(w) for w in ACTOR_VERB_WORDS] if all(w and re.escape(w) == w for w in ACTOR_VERB_WORDS) else [""]]
                         # (asked with `in` of the text as written or folded: a word there is its fold in the folded text)
                         + [[fold(w) for w in words] for words in (SEAT_TOLD_WORDS, SITE_AFTER_TOWN_WORDS, HOSPITAL_SHARE_WORDS,
                                                                   IN_CARE_WORDS, DIFFERENT_TOLL_WORDS)]
                         # (asked of the folded article, where the pass runs)
                         + [list(RIVER_WORDS), list(REGION_WORDS)]
                         + [_gate_literals(lexicon(lang).rate_after), _folded_literals(cues("escapees"))]
                         + [_gate_literals(rx) if rx else [] for rx in lexicon(lang).basis.values()])


def _gate_literals(rx) -> list[str]:
    """The literals one of which every match of `rx` holds, folded, as `_article_words` takes them: a
    `Gated` pattern's or an `AssertionsAfter`'s gate's; [""] (every text may hold a match) for a
    pattern with none. A test asked of a slice of the article (as written or folded) is then skipped
    where the bit is off: the slice holds none of them, so the gate would have said no."""
    gate = rx if isinstance(rx, Gated) else getattr(rx, "gate", None) if isinstance(rx, AssertionsAfter) else None
    return [fold(w) for w in gate.literals] if isinstance(gate, Gated) else [""]


@lru_cache(maxsize=None)
def _sentence_bits_exact(lang: str) -> bool:
    """Whether `_Spots.held_in` answers exactly for `SENTENCE_BITS` in `lang`: every list has words
    (no empty one, which every text holds) and the "one person" words are folded already (the pass
    finds its keys in the folded text; `any(w in low ...)` asks for the words as given). The
    numerals' keys are their literals folded: a literal in a folded sentence is its own fold there,
    and where only the fold is found the pattern, which needs the literal, finds nothing.
    The number reader's other words (`sentence_word_lists`) are asked with `in` of the folded
    sentence: exact where each is its own fold."""
    return not _article_words(lang).always & SENTENCE_BITS \
        and all(w and fold(w) == w for w in lexicon(lang).one_person_needs) \
        and all(w and fold(w) == w for words in sentence_word_lists(lang) for w in words)


def _folded_literals(body: str) -> list[str]:
    """The literals one of which every match of the alternation `body` holds, folded (matched
    case-insensitively or not, a match's folded text holds one); [""] where there are none (every
    text may hold a match)."""
    found = required_literals("(?:" + body + ")")
    return [fold(w) for w in found] if found else [""]


@lru_cache(maxsize=None)
def _article_pass(lang: str, gaz) -> "Optional[object]":
    """One Aho-Corasick automaton over the article-wide words (`_article_words`) and the curated
    place names of the gazetteer (`Gazetteer._finder`), both asked of the folded article: a word's
    value is (length, slug or None, bits of its word lists), so that one pass serves both."""
    names = gaz._finder(lang)  # (and the gazetteer's foreign names with it, which `find` asks)
    if getattr(gaz, "cache_key", None) is not None:
        # kept in the cache folder: merging is some 25 million instructions a language and process,
        # loading a fifth of it (spd-r201); the key holds the language data, the modules and the
        # gazetteer's own key, and `_article_words`' finder is then never built
        return built("article-pass", lang, lambda: _merged_pass(lang, gaz, names), data=gaz.cache_key)
    return _merged_pass(lang, gaz, names)


def _merged_pass(lang: str, gaz, names) -> "Optional[object]":
    """`_article_pass`'s automaton, built."""
    words = _article_words(lang).finder
    if words is None or names is None:
        return None
    merged: dict[str, tuple] = {key: (len(key), None, bits, None, 0) for key, bits in words.items()}
    for key, value in names.items():
        merged[key] = (value[0], value[1], merged[key][2] if key in merged else 0, None, 0)
    # and the literals of the cues before a place that make it no figure's (`place_not_before`),
    # with the parts that hold each: the windows before the places need no scan of their own
    tail = lexicon(lang).place_not_before
    if isinstance(tail, TailRx) and tail._index.finder is not None:
        for key, parts in tail._index.owners.items():
            was = merged.get(key, (len(key), None, 0, None, 0))
            merged[key] = (was[0], was[1], was[2], parts, 0)
    # and the number words and digits, where `find_numbers` may find a number (`_spots`): 1 for a
    # word, which must end where no letter or digit follows, 2 for a digit
    for key in number_words(lang):
        was = merged.get(key, (len(key), None, 0, None, 0))
        merged[key] = (was[0], was[1], was[2], was[3], 1)
    for key in "0123456789":
        was = merged.get(key, (1, None, 0, None, 0))
        merged[key] = (was[0], was[1], was[2], was[3], 2)
    return literal_automaton(merged, merged.__getitem__)


LONGER_LOWER = "\u0130"  # the one character whose lower case is longer than it ("İ": "i̇")


def _held_and_places(text: str, folded: str, lang: str, gaz) -> tuple[int, list, Optional[list], Optional["_Spots"]]:
    """`_article_words(lang).held(folded)` and `gaz.find(text, lang)`, from one automaton pass over
    the folded article where the gazetteer folds it the same way (`_article_pass`); with them the
    occurrences of `place_not_before`'s literals for `TailRx.search_in` (None: not read), and the
    spots of digits and number words (`_Spots`; None: not read)."""
    merged = _article_pass(lang, gaz)
    # (a lower case longer than its letter: the folds differ; "İ" is the only such character,
    # tests/test_speed_shortcuts.py, so no lower-cased copy of the article is made to compare lengths)
    if merged is None or LONGER_LOWER in text:
        return _article_words(lang).held(folded), gaz.find(text, lang), None, None
    held, names, tails, words, digits, own = _article_words(lang).always, [], [], [], [], []
    for hit in merged.iter(folded):
        value = hit[1]
        held |= value[2]
        if value[1] is not None:
            names.append(hit)
        if value[3] is not None:
            tails.append((hit[0] + 1, value[0], value[3]))
        if value[4]:
            # (a digit's hit only tells that its sentence holds a digit: kept as its position, not as
            # a span `_Spots.read` would step over in every sentence; spd-r242)
            if value[4] == 2:
                digits.append(hit[0])
            else:
                words.append(hit)
        if value[2] & SENTENCE_BITS:
            own.append(hit)
    # (the river and region words are asked of this folded text: each bit is the scan's answer)
    return (held, gaz.find(text, lang, folded, names, rivers=bool(held & HOLDS_RIVER), regions=bool(held & HOLDS_REGION_TYPE)),
            tails, _Spots(folded, words, own, digits))


# a decimal digit other than 0-9 (\d matches them; the first is U+0660): none below U+0660 but 0-9
_OTHER_DIGIT = re.compile("[^\x00-\u065f\\D]")
# the characters beyond Latin-1 of a text, as `encode("latin-1", "xmlcharrefreplace")` writes them
_CHAR_REF = re.compile(rb"&#(\d+);")


def _no_other_digit(folded: str) -> bool:
    """`_OTHER_DIGIT.search(folded) is None` (or False where the text writes such a character's
    reference itself, "&#1632;": safe). The class was tested at every character of the article
    (a quarter of a million instructions); Latin-1 holds no such digit, and the characters beyond
    it are read from their character references, found from their literal "&#" (a "&#" the text
    itself holds may name a digit: then the answer is False, and `_Spots` leaves the sentences to
    their own scans, as for a text that holds one)."""
    refs = _CHAR_REF.findall(folded.encode("latin-1", "xmlcharrefreplace"))
    return not any(int(r) >= 0x660 and chr(int(r)).isdecimal() for r in refs if len(r) < 8)


class _Spots:
    r"""Where in the folded article `find_numbers` may find a number: `NumberReader._may_hold_number`'s
    first two tests (a digit, `\d`; a number word ending where no word character follows, its
    `word_re.rx`), answered for each sentence from the article's one automaton pass instead of two
    scans of the sentence. The pass knows the ASCII digits only: an article holding another decimal
    digit (none in Latin-1) is left to the scans (`exact` False)."""

    __slots__ = ("starts", "spans", "exact", "own_starts", "own_spans", "digits")

    def __init__(self, folded: str, hits: list, own: list = (), digits: list = ()):
        # `hits`: the pass's hits of number words (and digits, if given so); `digits`: the positions of
        # the digits' hits, ascending (a digit is no word: it only tells that its sentence holds one)
        self.exact = _no_other_digit(folded)
        self.digits = digits
        # the occurrences of the words of `SENTENCE_BITS`' lists (`own`), by start
        found = sorted((end + 1 - value[0], end + 1, value[2] & SENTENCE_BITS) for end, value in own)
        self.own_spans = found
        self.own_starts = [sp[0] for sp in found]
        spans = []
        n = len(folded)
        for end, value in hits:
            start, end = end + 1 - value[0], end + 1
            # a digit anywhere; a word where `(?!\w)` holds after it in the article (or at a
            # sentence's end), and whether a word character stands before it
            spans.append((start, end, value[4] == 2 or end == n or not (folded[end].isalnum() or folded[end] == "_"),
                          value[4] == 1, start > 0 and (folded[start - 1].isalnum() or folded[start - 1] == "_")))
        spans.sort()
        self.spans = spans
        self.starts = [sp[0] for sp in spans]

    def held_in(self, start: int, end: int) -> int:
        """The bits of `SENTENCE_BITS` whose lists have a word in `folded[start:end]` (for
        `HOLDS_VAGUE`, what `could_match(vague_re, ...)` answers; for `HOLDS_ONE_PERSON`, `any(w in
        ...)` over its words): an occurrence the article pass found inside the span (every
        occurrence is found, overlapping ones too; a word in a slice of the folded text is one of
        its occurrences)."""
        spans = self.own_spans
        i = bisect_left(self.own_starts, start)
        bits = 0
        while i < len(spans) and spans[i][0] < end:
            if spans[i][1] <= end:
                bits |= spans[i][2]
            i += 1
        return bits

    def read(self, folded: str, start: int, end: int) -> tuple[bool, list]:
        """For the sentence `folded[start:end]`: does it hold a digit or a number word followed by no
        word character (`_may_hold_number`'s scans), and its number words as `NumberReader._words`
        reads them with `word_re.finditer` (offsets in the sentence): at each place the longest
        word followed by no word character and preceded by none, then on from its end."""
        spans = self.spans
        i = bisect_left(self.starts, start)
        held = False
        valid = []
        while i < len(spans) and spans[i][0] < end:
            s, e, free, word, after_letter = spans[i]
            i += 1
            if e > end or not (free or e == end):
                continue
            held = True
            if word and (s == start or not after_letter):
                valid.append((s, e))
        if not held and (digits := self.digits):
            k = bisect_left(digits, start)
            held = k < len(digits) and digits[k] < end
        tokens = []
        pos, k, n = start, 0, len(valid)
        while k < n:
            s = valid[k][0]
            while k + 1 < n and valid[k + 1][0] == s:
                k += 1  # (sorted by end: the longest word at s)
            if s >= pos:
                e = valid[k][1]
                tokens.append((s - start, e - start, folded[s:e]))
                pos = e
            k += 1
        return held, tokens


def _tail_literals(tail) -> list[str]:
    """The literals one of which every match of a `TailRx` holds, folded (an empty word where a
    part has none: every text may hold it)."""
    if not isinstance(tail, TailRx):
        return [""]
    return [""] if tail._index.always else [fold(w) for w in tail._index.owners]


def extract_figures(article: Article) -> list[Record]:
    global _HELD
    try:
        return _extract_figures(article)
    finally:
        _HELD = -1


_DATELINE_TOWN: Optional[str] = None
_AREA_PLACE: Optional[str] = None  # the article's place before its dateline's town is preferred (`_extract_figures`)


def _extract_figures(article: Article) -> list[Record]:
    global _HELD, _LEAD_FOLDED
    _LISTED.clear()
    _READ.clear()
    _PART_PLACES.clear()
    _COUNT_BEFORE.clear()
    _SEATS.clear()
    _STARTS.clear()
    _BEFORE.clear()
    _PAST_AT.clear()
    _ONCE.clear()
    _CLAUSE_BOUND.clear()
    lang = article.lang or "fr"
    lex = lexicon(lang)
    text = article.text
    quotes = quote_spans(text)
    gaz = default_gazetteer()
    gaz.new_article()
    folded = fold(text)  # once per article: fold keeps offsets, each sentence takes its slice
    _LEAD_FOLDED = folded[:300]  # the lead, where copy about an outbreak names it
    held, found, tail_hits, spots = _held_and_places(text, folded, lang, gaz)  # the article-wide word tests, one pass
    datelines = _Datelines(text, plain=lang == "fr", found=found)
    if spots is not None and not spots.exact:
        spots = None
    _HELD = held
    if REGION_ADJECTIVE is not None and lang == "en":
        found = _region_adjectives(found, text, lang, gaz)
    if gaz.homonyms and not gaz.homonyms.keys().isdisjoint({p[2] for p in found}):
        found = _homonyms_in_context(found, gaz, text)
    if found:
        # "Victoria" in copy on bushfires near Melbourne: the Australian state, not Hong Kong's city
        found = gaz.namesakes_in_context(text, found)
    found = _not_surnames(found, text, gaz)
    if len(found) > 1:
        found = _towns_for_their_province(found, text, gaz)
    if CAPITAL_BARE is not None and found and "capital" in text:
        found = _bare_capitals(found, text, gaz)
        found = _owned_capitals(found, text, gaz)
    # (once: the article's place vote asks it too)
    state_bare = STATE_BARE is not None and bool(held & HOLDS_STATE_BARE) and any_in(text, STATE_BARE_WORDS)
    if state_bare and found:
        found = _bare_states(found, text, gaz)
    # nationality words of demonyms.yaml ("malgaches", "Nigerian police", "Trois ouvriers
    # pakistanais ... au Niger", "une frappe russe"): no figure's place; the article's only when it
    # names no other and they qualify the country's own authorities (`_national_place`)
    nationals = []
    if gaz.alias_names:
        named = []
        territory = bool(held & HOLDS_TERRITORY)  # once: most articles name no territory
        for p in found:  # one look-up per mention
            if gaz.is_alias(text[p[0]:p[1]], p[2]) and not (territory and _territory_of(text, p)):
                nationals.append(p)
            else:
                named.append(p)
        found = named
    # once per article: most name no broadcaster after a place and no sites around a town
    outlets = bool(held & HOLDS_OUTLET_FOLDED) and any_in(text, OUTLET_WORDS)
    around = bool(held & HOLDS_SITES_AROUND)
    firms = "&" in text  # once: most articles name no firm joined by "&"
    distances = "km" in text or "kilom" in text or "mile" in text  # once: `_distance_from_before` needs one
    told = bool(held & HOLDS_SEAT_TOLD) and any_in(text, SEAT_TOLD_WORDS)  # once: most articles have no "told"
    bodies = " State " in text and any_in(text, TYPED_REGION_BODY_WORDS)  # once: most articles name no such body
    places_all = [(s, e, slug) for s, e, slug in found
                  if not datelines.covers_place(s) and not (distances and _distance_from_before(text, s))
                  and not (_any_between(folded, DIRECTION_WORDS, (s - 40 if s > 40 else 0), s) and DIRECTION_OF.search(text[(s - 40 if s > 40 else 0):s]))
                  and not (held & HOLDS_DIRECTION_SITE and _any_between(folded, DIRECTION_SITE_WORDS, (s - 70 if s > 70 else 0), s)
                           and _any_between(folded, DIRECTION_SITE_POINTS, (s - 30 if s > 30 else 0), s) and _direction_site(text, s, found, gaz, slug))
                  and not (gaz.is_sea(slug) and SEA_AS_ADJECTIVE.match(text, e))
                  # "a spokesman told reporters in Geneva": where a source speaks, not where they died
                  and not _spoken_at(folded, s)
                  and not (told and SEAT_TOLD.match(text, e))
                  and not (outlets and _in_outlet_name(text, s, e))
                  and not (bodies and _in_typed_region_body(text, s, e))
                  and not (firms and _in_firm_name(text, s, e))
                  and not (around and SITES_AROUND.search(folded, max(0, s - 60), s))]
    treader = time_reader(lang)
    if distances and len(places_all) < len(found):
        # "about 100 miles south of Brownsville, Texas": the region or country that situates a
        # landmark measured from is part of that landmark (acc-r167)
        marks = [e for s, e, _ in found if _distance_from_before(text, s)]
        if marks:
            places_all = [p for p in places_all if not any(m < p[0] <= m + 3 and text[m:p[0]].strip() == "," for m in marks)]
    if places_all and treader.compared_open is not None and treader.compared_word in folded \
            and (opens := comparison_opens(folded, treader.compared_open, treader.compared_word)):
        # "une crise plus grave que le tsunami de 2004 et les séismes au Cachemire et en Haïti réunis":
        # the places of what is compared with are no figure's, nor the article's (acc-r79)
        places_all = [p for p in places_all if not after_comparison(folded, p[0], opens)]
    if places_all and HISTORY_OF_WORDS and any_in(folded, HISTORY_OF_WORDS):
        # "L'éruption, la plus meurtrière de l'histoire des Etats-Unis, a tué 57 personnes": the area a
        # record is measured over is no figure's place, as "de l'histoire du pays" (acc-r243)
        places_all = [p for p in places_all if HISTORY_OF.search(folded, max(0, p[0] - 40), p[0]) is None] or places_all
    kept = _not_origin_or_destination(places_all, folded, lex, gaz, held, tail_hits)
    if len(kept) < len(places_all):
        # "Nigerian police said", "le gouvernement burkinabè": who reports, by nationality, is no
        # place of a figure but may still be the article's when it names no other
        kept_at = {p[0] for p in kept}
        nationals += [p for p in places_all if p[0] not in kept_at and _adjective_mention(text, p)]
        nationals.sort()
    places_all = kept
    if TITLE_REGION_AFTER is not None and held & HOLDS_TITLE_REGION and len(places_all) > 1:
        # "Nineveh province's deputy governor" after "Qaraqosh": whose office speaks, not where (acc-r183)
        places_all = _drop_title_regions(places_all, text, gaz)
    if MATCH_TEAMS is not None and held & HOLDS_MATCH_TEAMS and (" between " in text or " entre " in text or " opposant " in text) and len(places_all) > 1:
        # "the match between Spain and the Netherlands": the teams, not a place of the figures (acc-r183)
        places_all = [p for p in places_all if text.find(" between ", max(0, p[0] - 70), p[0]) < 0 and text.find(" entre ", max(0, p[0] - 70), p[0]) < 0
                      and text.find(" opposant ", max(0, p[0] - 70), p[0]) < 0
                      or MATCH_TEAMS.search(text, max(0, p[0] - 70), p[0]) is None] or places_all
    if NEARBY_OTHER is not None and held & HOLDS_NEARBY_OTHER and "nearby" in text and len(places_all) > 1:
        # "a morgue in the nearby city of Mosul": the town next to the site, not the site (acc-r183)
        places_all = [p for p in places_all if NEARBY_OTHER.search(text, max(0, p[0] - 30), p[0]) is None] or places_all
    if REGIONAL_SEAT is not None and ("egional " in text or " Oblast " in text or "rovincial " in text):
        # "the Kharkiv regional prosecutor's office": the office of the region that the city names, not
        # the city (acc-r94)
        places_all = [(s, e, up) if REGIONAL_SEAT.match(text, e) is not None
                      and (up := gaz.parent(slug)) is not None and gaz.parent(up) is not None else (s, e, slug)
                      for s, e, slug in places_all]
    global _STRAYS
    _STRAYS = frozenset()
    if len(places_all) > 2:
        kept = _drop_foreign_namesakes(places_all, found, nationals, gaz, text)
        if len(kept) < len(places_all):
            _STRAYS = frozenset(p[2] for p in places_all) - {p[2] for p in kept}
        places_all = kept
    if "(" in text:
        places_all = _drop_bracketed_situating(places_all, text, gaz)
    if held & HOLDS_CAPITAL_OF:
        places_all = _drop_capital_situating(places_all, text, gaz)
        places_all = _capital_named_before(places_all, text, gaz, folded)
    if "," in text:
        places_all = _drop_near_named(places_all, text, folded, gaz)
    times = time_reader(lang)
    counted = places_all
    if times.superlative_scope is not None and held & HOLDS_SUPERLATIVE:
        # "l'un des accidents les plus graves ... depuis 35 ans en France": the area a superlative
        # compares over is not what the article is about
        counted = [p for p in places_all if not times.superlative_scope.search(folded, (p[0] - 80 if p[0] > 80 else 0), p[0])] or places_all
    if held & HOLDS_PAST_WHEN and _holds_any(text, PAST_WHEN_WORDS):
        # "the deadliest attack since the 1998 bombing of the U.S. Embassy in Nairobi": the place of the
        # past event compared with is not what the article is about (acc-r124)
        counted = [p for p in counted if not _past_when_at(text, p[0])] or counted
    if SITE_AFTER_TOWN is not None and held & HOLDS_SITE_AFTER_TOWN and any_in(text, SITE_AFTER_TOWN_WORDS):
        # "the campus of Garissa University College", "pronounced dead at Dhaka Medical College
        # Hospital": a site named after its town, no mention of the town to the gazetteer (a word
        # next to other capitalised words), votes for the article's place all the same (place-r147)
        counted = _sites_after_town(counted, text, lang, gaz)
    global _DROPPED
    # the places named only to situate, to report or to leave from (dropped above): kept aside, since a
    # figure whose own sentence is set by them is no carried place's (`_place_of`, demonyms)
    kept_starts = {q[0] for q in places_all} if len(found) > len(places_all) else None
    _DROPPED = [p for p in found if p[0] not in kept_starts] if kept_starts is not None else []
    area_place = _article_place(counted, gaz, text, state_bare=state_bare) or _national_place(nationals, text, gaz)
    # the place of figures that name none and follow none: the dateline's town wins a tie with its
    # country (the area that holds it, `area_place`, stays what counts of hundreds of thousands take)
    default_place = area_place
    global _DATELINE_TOWN
    _DATELINE_TOWN = None
    if area_place is not None and counted and (town := datelines.town(found, gaz, lang)) is not None and gaz.contains(area_place, town):
        default_place = _article_place(counted, gaz, text, town, state_bare)
        if default_place == town:
            _DATELINE_TOWN = town
    if area_place is None and found and datelines.ends and datelines.town_line in datelines.ends \
            and (head := text[datelines.town_line:datelines.town_line + 40].split(None, 1)[0].strip(",:-([")).isupper() and len(head) > 1:
        # "JINDO, South Korea - ... the death toll neared 160" in copy whose body names no place at all (nor
        # any authority's nationality): the dateline's town, else the country of its place ("MANILA,
        # Philippines, Dec. 24 (AP)": a capital names the bureau, the country the event), is where the
        # figures are; a title-case dateline ("Kathmandu [Nepal], September 10 (ANI):", "Colombo
        # (ats/afp)") still names none (place-r238's, withdrawn there for the Costa Concordia series, whose
        # k8 "Italian rescuers" now places its copy too: place-r247)
        if (town := datelines.town(found, gaz, lang)) is not None:
            default_place, area_place = town, gaz.ancestors(town)[-1]
        elif filed := [p for p in found if datelines.covers(p[0])]:
            default_place = area_place = gaz.ancestors(filed[0][2])[-1]
    if default_place is not None and len(counted) >= 5 and len({gaz.ancestors(p[2])[-1] for p in counted}) >= 5 \
            and _spread_over_countries(counted, gaz, text):
        # "Tsunami en Asie : plus de 55.000 morts" over tolls for India, Sri Lanka, Thailand, Malaysia,
        # Burma and the Maldives: an article spread over many countries, none of them most of it, is
        # about no one of them (acc-r79)
        default_place = area_place = None
    global _AREA_PLACE
    _AREA_PLACE = area_place
    pub = article.published
    records: list[Record] = []
    para_window: dict[int, Optional[TimeSpan]] = {}
    # Sentences without numbers matter only for the window a later sentence of their paragraph
    # may inherit: their time expressions are read when (and if) that happens.
    pending: dict[int, list[Sentence]] = {}

    def note_window(paragraph: int, spans: list[TimeSpan], low: str) -> None:
        # "le bilan s'établit jeudi à 31 morts", "bilan publié mercredi": the update day is no
        # window for later figures
        kept = [s for s in spans if not _update_day(lex, low, s)
                and not (TOLL_WORD.search(low) and TOLL_DAY_AFTER.match(low, s.end))
                and not EVENT_DATE.search(low, (s.start - 40 if s.start > 40 else 0), (s.start + 4 if s.start + 4 >= s.end else s.end))
                and not (held & HOLDS_CAMPAIGN_BEGAN and CAMPAIGN_BEGAN.search(low, (s.start - 80 if s.start > 80 else 0), s.start))]
        if spans and all(WAR_BEGAN.search(low, (s.start - 60 if s.start > 60 else 0), s.start) for s in spans):
            # "The war began in April 2023, when ... More than 24,000 people have died.": the date
            # names the war's outbreak; later figures of the paragraph are its running total, no start
            para_window[paragraph] = TimeSpan(spans[0].start, spans[0].end, None, pub, "since", spans[0].text)
            return
        if not kept:
            return  # "in a letter dated Sunday but released on Monday": no window to pass on
        if len(kept) > 1 and "," in low:
            # "qui ont fait plus de 17.000 morts, dont plus de 6.000 depuis le début de l'année 2023.
            # Elles ont aussi poussé ...": the part's own window is not the paragraph's
            kept = [s for s in kept if not _in_with_clause(low, s)] or kept
        point = [s for s in kept if s.kind != "since"] or kept
        last = point[-1]
        if last.kind == "point" and last.period_end is not None and _opens_on(AS_OF, low, last.start, 3):
            # "Au 7 avril, l'OMS recensait 238 décès ... La province de Luanda était la plus touchée, avec 165
            # décès": a sentence that opens on the day its count is closed at passes that count's reading
            # (no start, running) to the later figures of its paragraph (acc-r235, dev832)
            last = TimeSpan(last.start, last.end, None, last.period_end, "since", last.text)
        para_window[paragraph] = last

    sents = sentences(text)
    defaulted: list[tuple[Record, int]] = []  # flows that fell back to [pub - 1, pub], by sentence
    toll_parts: list[int] = []
    bracket_items: list[int] = []  # items of a list of bare counts per place in brackets
    loose_parts: set[int] = set()  # lists by origin: may name only a few of the toll's dead
    own_sums: dict[int, int] = {}  # demographic lists, by record: the sum of their items
    own_dated: set[int] = set()  # toll parts whose sentence dates them itself
    tolls: list[int] = []  # records that count one event so far (`event_day`)
    attack_tolls: list[int] = []  # an attack's tolls its own sentence does not date
    with_records: set[int] = set()
    given: set[int] = set()  # values of the figures given so far ("Sur les 18 morts" repeats one)
    month_year: Optional[tuple[int, int]] = None  # the last month the copy dated with its year ("en mars 2022")
    # "- Au Liban, il y a eu au moins 800 morts : ...": a bulleted item continues the text that
    # introduces its list and counts over the window it gave; a paragraph ending on ":" is the
    # list's own introduction, and past it nothing is inherited
    bullets = {s.paragraph for s in sents if s.text[:1] in BULLET_FIRST and BULLET.match(s.text)}
    # the numerals whose words the article holds: `find_numbers` looks for no other
    numerals = (HELD_VAGUE if held & HOLDS_VAGUE else 0) | (HELD_APPROX if held & HOLDS_APPROX else 0)
    # and, where both numerals' patterns have literals and the "one person" words are as the text is
    # searched for them (`_sentence_bits_exact`), which of them each sentence holds, from the same pass
    own_exact = spots is not None and _sentence_bits_exact(lang)
    labelled = _labelled_lists(sents, lang)
    untitled = _untitled_item_starts(sents, folded, places_all) if "\n" in text else frozenset()
    breakdowns = _breakdowns(sents, folded, lex, untitled) if untitled or _has_breakdown_label(folded) else {}
    colon_end = {s.paragraph for s in sents if s.text.rstrip().endswith(":")}
    year_heads = _year_heads(sents, pub) if pub else {}
    head_of: Optional[TimeSpan] = None  # the year heading over the current paragraph
    head_para = -1  # and its paragraph
    # "Egypte : 224 morts dans le crash ...", then "Les 224 occupants d'un Airbus ... ont péri samedi": the lead's first
    # sentence tells the headline's figure again with a verb of its own; the headline's values make no repeat there (ext-r246)
    nl = text.find("\n")
    # (a headline ends on no full stop: a first paragraph of one sentence is no headline)
    lead_from = nl + 2 if 0 < nl <= HEADLINE_MAX and text[nl:nl + 2] == "\n\n" and not text[:nl].rstrip().endswith(".") else -1
    for i, sent in enumerate(sents):
        low = folded[sent.start:sent.end]
        if ITEM_OPENING is not None and held & HOLDS_ITEM_OPENING and ITEM_OPENING.match(low) is not None:
            # "Le premier gendarme, un militaire de 22 ans, ... avait été tué ... à l'est de Nouméa", "The
            # first officer, a 30-year-old sergeant, was killed near ...": one item of a count told before,
            # in a place of its own, sets no scene for the sentences after it (ext-r142)
            _PART_PLACES.update(p[0] for p in places_all if sent.start <= p[0] < sent.end)
        if sent.paragraph in bullets and para_window.get(sent.paragraph) is None:
            for p in range(sent.paragraph - 1, max(-1, sent.paragraph - 8), -1):
                if p in bullets:
                    continue
                if para_window.get(p) is not None:
                    para_window[sent.paragraph] = para_window[p]
                    break
                if p in colon_end:
                    break
        if year_heads:
            if sent.paragraph in year_heads:
                head_of, head_para = year_heads[sent.paragraph], sent.paragraph
            elif head_of is not None and sent.paragraph - head_para > YEAR_HEAD_REACH:
                head_of = None
        if spots is not None:
            spotted, tokens = spots.read(folded, sent.start, sent.end)
            if own_exact:  # the sentence's own numerals' literals and "one person" words, from the article pass
                own = spots.held_in(sent.start, sent.end)
                # (no digit, no free number word, no numeral's literal: what `find` returns at once)
                numbers = find_numbers(sent.text, lang, low, (HELD_VAGUE if own & HOLDS_VAGUE else 0)
                                       | (HELD_APPROX if own & HOLDS_APPROX else 0) | (HELD_NEGATIVE if own & HOLDS_NEGATIVE else 0)
                                       | (HELD_MULTIPLE if own & HOLDS_MULTIPLE else 0)
                                       | (HELD_SAME_COUNT if own & HOLDS_SAME_COUNT else 0), spotted, tokens, True) \
                    if spotted or own & (HOLDS_VAGUE | HOLDS_APPROX) else []
                one_person = bool(own & HOLDS_ONE_PERSON)
            else:
                numbers = find_numbers(sent.text, lang, low, numerals, spotted, tokens)
                one_person = bool(held & HOLDS_ONE_PERSON) and any_in(low, lex.one_person_needs)
        else:
            numbers = find_numbers(sent.text, lang, low, numerals)
            one_person = bool(held & HOLDS_ONE_PERSON) and any_in(low, lex.one_person_needs)
        if lex.one_person is not None and one_person:
            numbers = _with_one_person(numbers, sent.text, low, lex)
        may_be_figure = any(_may_be_figure(n, low, lex) for n in numbers)
        if may_be_figure and datelines.ends and any(datelines.covers(sent.start + n.start) for n in numbers):
            # "TRIPOLI, 12 sept 2023 (AFP) -": the dateline's day and month are no figures
            numbers = [n for n in numbers if not datelines.covers(sent.start + n.start)]
            may_be_figure = any(_may_be_figure(n, low, lex) for n in numbers)
        if not may_be_figure:
            # no number here can be a figure ("en 2011", "un hôpital"): like a sentence without
            # numbers, it matters only for the window a later sentence may inherit
            if pub:
                pending.setdefault(sent.paragraph, []).append(sent)
            continue
        spans = times.find(sent.text, pub, low) if pub else []
        if datelines.ends:  # "KINSHASA, Feb 4 (Reuters) -"
            filed = [s for s in spans if s.kind == "point" and s.period_end is not None and s.period_end < pub
                     and datelines.covers(sent.start + s.start)]
            spans = [s for s in spans if not datelines.covers(sent.start + s.start)]
            if filed and any(s.text.lower() == "today" for s in spans):
                # "SARAJEVO, Bosnia, Feb. 5 -- A mortar shell landed ... today" in a paper of 6 Feb: the
                # dispatch's "today" is the day it was filed (acc-r100)
                day = filed[0].period_end
                spans = [replace(s, period_start=day, period_end=day) if s.text.lower() == "today" else s for s in spans]
        if spans and any(s.kind == "span" and _whole_year_back(s, pub) for s in spans):
            spans = _years_back_day(spans, sents, times, pub, text)
        if datelines.place_ends and len(spans) > 1 and any(datelines.covers_place(sent.start + s.start) for s in spans):
            # "New York, Feb 20 -- Some 41,000 people have fled so far this year": a title-case
            # dateline's day gives way to the sentence's own time expression
            spans = [s for s in spans if not datelines.covers_place(sent.start + s.start)] or spans
        if not spans and pub and held & HOLDS_NEXT_DAY and (nd := NEXT_DAY.search(low)):
            spans = _next_day(nd, sents, i, times, pub, text)
        if not spans and pub and "lendemain" in low and (nd := AFTER_EVENT_OPENING.match(low)):
            spans = _after_event(nd, sents, i, times, pub, text, folded)  # "Au lendemain du séisme, 120 morts ..."
        if not spans and pub and held & HOLDS_SAME_DAY and (sd := SAME_DAY.search(low)):
            spans = _next_day(sd, sents, i, times, pub, text, 0)  # "on the same day", "later that day"
        elif spans and pub and held & HOLDS_SAME_DAY and times.published is not None and (sd := SAME_DAY.search(low)) \
                and all(times.published.search(low, s.start - 50 if s.start > 50 else 0, s.start) for s in spans):
            # "ont été victimes d'une exécution cette nuit-là ..., selon un décompte publié cette semaine par
            # Amnesty": the report's time is no window; the night the text dated before is (acc-r243)
            spans = _next_day(sd, sents, i, times, pub, text, 0)
        if not spans and pub and held & HOLDS_SINCE_THEN and (st := SINCE_THEN.search(low)):
            spans = _since_then(st, sents, i, times, pub, text)  # "Since then, ..."
        if not spans and pub and held & HOLDS_PREV_DAY and any_in(low, PREV_DAY_WORDS) and (pd := PREV_DAY.search(low)):
            prior = para_window.get(sent.paragraph)
            if prior is None and i > 0 and not low[:pd.start()].strip(" «\"“") and low[pd.end():pd.end() + 1] == ",":
                # "Hier, le directeur ... a lâché ... / La veille, le même responsable évoquait ...": a
                # paragraph that opens on "La veille," counts back from the day the sentence before named
                # (like "Le lendemain"; acc-r123)
                prior = next((s for s in reversed(times.find(sents[i - 1].text, pub))
                              if s.kind == "point" and s.period_end is not None and s.period_start == s.period_end), None)
            spans = _prev_day(pd, low, sent.text, times, pub, prior)
        elif spans and pub and held & HOLDS_PREV_DAY and any_in(low, PREV_DAY_WORDS) and (pd := PREV_DAY.search(low)) \
                and ((cm := COMPARED_WORD.search(low, 0, pd.start())) is not None
                     or (cm := FROM_EARLIER_ANY.search(low, 0, pd.start())) is not None) \
                and not any(s.start >= cm.end() for s in spans):
            # "rose to 51 on Friday, up from 43 dead a day earlier": the earlier toll's own day
            spans = spans + _prev_day(pd, low, sent.text, times, pub)
        elif spans and pub and held & HOLDS_PREV_DAY and any_in(low, PREV_DAY_WORDS) and (pd := PREV_DAY.search(low)) \
                and all(s.end <= pd.start() and s.kind == "point" and s.period_start == s.period_end for s in spans) \
                and not any(ch.isdigit() for ch in low[:pd.start()]):
            # "Thousands marched on Sunday to protest an airstrike a day earlier that killed more than
            # 140 people": the day before the day the sentence names, for the figures after it (acc-r151)
            spans = spans + _prev_day(pd, low, sent.text, times, pub)
        if spans and pub and "lendemain" in low and (am := AFTER_EVENT_DAY.search(low)) \
                and all(sp.end <= am.start() and sp.kind == "point" and sp.period_start == sp.period_end
                        and sp.period_end is not None for sp in spans):
            # "restaient privés d'électricité dimanche au lendemain des violents orages qui ont ...
            # fait un mort": the event the day after which the sentence's day falls is the day before
            day = spans[-1].period_end - timedelta(days=1)
            spans = spans + [TimeSpan(am.start(), am.end(), day, day, "point", sent.text[am.start():am.end()])]
        if spans and pub and times.weekday is not None and held & HOLDS_PREV_SPAN and PREV_SPAN.possible(low):
            spans = _prev_span(spans, low, times, pub)
        if spans and all(s.kind == "since" and s.period_start is None and COUP_EVENT.search(s.text.lower()) for s in spans) \
                and _dated_since_before(para_window.get(sent.paragraph), pending.get(sent.paragraph, []), times, pub, datelines):
            # "since the army seized power in February 2021. About 1.2 million people have been
            # displaced ... since the coup": the event its paragraph dated just before
            spans = []
        if spans and pub and SINCE_FAMILIES and any(s.kind == "since" and s.period_start is None for s in spans):
            spans = _since_event_named(spans, sents, i, times, pub, text)  # "depuis le début des troubles"
        if sent.paragraph in year_heads and not spans:
            spans = [head_of]  # the heading's own figure counts over its year
        if len(spans) > 1 and pub:
            spans = _in_sentence_year(spans, pub)
        if spans and (prior := para_window.get(sent.paragraph) or (
                head_of if head_of is not None and sent.paragraph not in year_heads else None)) is not None:
            spans = _in_years_of(spans, prior, pub)
        elif spans and month_year is not None:
            spans = _in_month_year(spans, month_year)
        if spans:
            month_year = _written_month_year(spans, month_year)
        if spans:
            note_window(sent.paragraph, spans, low)
            pending.pop(sent.paragraph, None)
        cands = _candidates(numbers, sent, low, lex, spans,
                            set() if lead_from >= 0 and i > 0 and sent.start >= lead_from > sents[i - 1].start else given)
        if EN_WORDS and held & HOLDS_EN and any_in(low, EN_WORDS):
            _en_antecedent(cands, low, folded[sents[i - 1].start:sents[i - 1].end]
                           if i > 0 and sents[i - 1].paragraph == sent.paragraph else "", lex)
        if len(cands) == 1 and i > 0 and sents[i - 1].paragraph == sent.paragraph and len(low) < 60 \
                and not (records and records[-1].start >= sents[i - 1].start):
            _pronoun_total(cands, low, folded[sents[i - 1].start:sents[i - 1].end], lex)  # "Ils étaient 12." (ext-r254)
        if cands and i > 0 and sents[i - 1].paragraph == sent.paragraph and any_in(low, ELIDED_TOLL_PREV_WORDS):
            _elided_toll_antecedent(cands, low, folded[sents[i - 1].start:sents[i - 1].end], lex)
        if len(cands) > 1 and SEVERED_WORDS and any_in(low, SEVERED_WORDS):
            _severity_parts(cands, low)  # "injured 168 people, 12 critically and 30 seriously" (ext-r229)
        if cands and REPORTED_BARE_WORDS and any_in(low, REPORTED_BARE_WORDS):
            # "The death toll is 38. 23 have been reported from the government hospital in ...": a bare count
            # opening its sentence before a verb of reporting counts what the toll before names (ext-r229)
            _reported_antecedent(cands, low, folded[sents[i - 1].start:sents[i - 1].end]
                                 if i > 0 and sents[i - 1].paragraph == sent.paragraph else "", lex)
        if OBJECT_COUNT_WORDS and records and i > 0 and records[-1].start >= sents[i - 1].start \
                and sents[i - 1].paragraph == sent.paragraph and records[-1].measure in FLOW_MEASURES \
                and any_in(low, OBJECT_COUNT_WORDS):
            _object_count_antecedent(cands, low, folded[sents[i - 1].start:sents[i - 1].end], records[-1])
        _link_parts(cands, low, lex)
        for c in cands:
            if c.measure in NOT_CASUALTY:
                c.rejected = True  # "only seven men - four from Sudan, ... - were rescued": the list's verb
        if records and i > 0 and records[-1].start >= sents[i - 1].start and sents[i - 1].paragraph == sent.paragraph \
                and cands and cands[0].measure in (None, "?") and cands[0].head and cands[0].head[0] in (None, "unknown") \
                and not low[:cands[0].number.start].strip(" «\"“") and OF_THEM_AFTER.match(low, cands[0].number.end) \
                and cands[0].number.kind != "vague" and not cands[0].number.decimal and not cands[0].number.year_like \
                and not SPARED.search(low, cands[0].number.end, cands[0].number.end + 60):
            # "Over 2,500 of them arrived in the past week": a part of the figure of the sentence
            # before, its verb no measure's own, counts what that figure counts (not "Quatorze d'entre
            # eux ont réapparu", "Two of them were found alive": the ones spared, no count; acc-r243)
            c = cands[0]
            c.measure, c.group, c.toll_part, c.rejected = records[-1].measure, records[-1].group, True, False
        elif records and i > 0 and records[-1].start >= sents[i - 1].start and sents[i - 1].paragraph == sent.paragraph \
                and cands and not cands[0].rejected and records[-1].measure in FLOW_MEASURES \
                and cands[0].measure in (None, "?", records[-1].measure) and not cands[0].number.year_like \
                and (ot := OF_THIS_TOTAL.match(low)) is not None and not low[ot.end():cands[0].number.start].strip(" ,«\"“") \
                and records[-1].value > cands[0].number.value:
            # "Le nombre de blessés est passé de 1 080 à 1 680. Sur ce total, 216 étaient dans un état grave": the
            # sentence opens on the whole just given; its first count is a part of it (ext-r187)
            c = cands[0]
            c.measure, c.group, c.toll_part = records[-1].measure, c.group or records[-1].group, True
        elif i > 0 and sents[i - 1].paragraph == sent.paragraph and cands and cands[0].measure in (None, "?") \
                and cands[0].head and cands[0].head[0] is None and not cands[0].number.year_like \
                and PRONOUN_TOLL.possible(low) and PRONOUN_TOLL.rx.fullmatch(low, 0, cands[0].number.start) \
                and (np := COUNT_NOUN_PHRASE.search(folded, sents[i - 1].start, sents[i - 1].end)) is not None \
                and ((pm := _measure_after(folded[np.start():min(np.start() + 120, sents[i - 1].end)], lex)[0]) in FLOW_MEASURES | STOCK_MEASURES
                     or pm is None and TOLL_WORD.search(np.group(0)) is not None and (pm := "killed")):
            # ("The toll from the quake kept rising. It now stands at 312": a toll that names no
            # measure counts the dead, as "The toll rose to 312" does)
            # "Le nombre de réfugiés et de déplacés internes ... a atteint un record en 2019. Il s'est
            # établi à 79,5 millions": the pronoun stands for the count the sentence before names
            if pm == "refugees" and _names_displaced(folded[np.start():min(np.start() + 120, sents[i - 1].end)], lex):
                pm = "displaced"  # "le nombre de réfugiés et de déplacés": the forcibly displaced, all of them
            c = cands[0]
            c.measure, c.group, c.rejected = pm, c.group or "people", False
        elif records and len(cands) >= 2 and i > 0 and records[-1].start >= sents[i - 1].start and records[-1].measure in FLOW_MEASURES \
                and any_in(low, COUNTED_LIST_WORDS) \
                and all(c.measure in (None, "?") and not c.number.year_like and not c.number.decimal
                        and (not c.head or c.head[0] in (None, "unknown", "group:people")) for c in cands) \
                and COUNTED_LIST.search(low, max(0, cands[0].number.start - 40), cands[0].number.start) is not None \
                and records[-1].value <= sum(c.number.value for c in cands) <= records[-1].value * 1.01 \
                and (records[-1].qualifier != "exact" or records[-1].value == sum(c.number.value for c in cands)):
            # "Plus de 886 000 nouveaux déplacés ... L'agence a dénombré 263 000 personnes dans l'Ituri, 123 600
            # autres au Sud-Kivu, ...": a counted list whose items add up to the figure just given is its
            # breakdown, with its measure (ext-r204)
            whole = records[-1]
            for c in cands:
                c.measure, c.group, c.toll_part, c.rejected = whole.measure, c.group or whole.group, True, False
        elif records and len(cands) >= 2 and THEY_WERE_LIST.match(low) is not None \
                and all(c.measure in (None, "?") and not c.number.year_like for c in cands) \
                and (whole := next((r for r in reversed(records) if r.measure in ("killed", "injured", "missing")
                                    and r.part_of is None and r.value == sum(c.number.value for c in cands)), None)) is not None:
            # "All 29 miners ... are believed to be dead ... They were 16 miners and 13 contractors": a breakdown of
            # the toll its counts add up to, told by a pronoun (ext-r176)
            for c in cands:
                c.measure, c.group, c.toll_part, c.rejected = whole.measure, c.group or whole.group, True, False
        elif records and i > 0 and records[-1].start >= sents[i - 1].start \
                and any_in(low, PUT_NUMBER_WORDS) \
                and (c0 := next((c for c in cands if c.number.kind in ("digits", "words") and not c.number.year_like
                                 and PUT_NUMBER_AT.search(low, max(0, c.number.start - 40), c.number.start)), None)) is not None \
                and c0.measure in (None, "?") and c0.head and c0.head[0] in (None, "group:people"):
            # "Gaza's government media office puts the number at 245": a rival count of the figure of
            # the sentence before, its noun left out or generic ("L'ONG Acled évalue ce chiffre à plus
            # de 400.000 personnes", opening the next paragraph)
            c = c0
            c.measure, c.group, c.rejected = records[-1].measure, records[-1].group, False
            c.rival_of = records[-1]
        elif records and i > 0 and records[-1].start >= sents[i - 1].start and sents[i - 1].paragraph == sent.paragraph \
                and cands and not cands[0].rejected and cands[0].part_of is None and cands[0].head and cands[0].head[0] is None \
                and not low[:cands[0].number.start].strip(" «\"“") and cands[0].number.kind in ("digits", "words") \
                and not cands[0].number.year_like and REST_AFTER.match(low, cands[0].number.end):
            # "23 blessés ... Sept ont été amenés de Plaine Savo, les autres ont été blessés lors de la
            # manifestation": a bare count that "the others" complete is a part of the figure before
            c = cands[0]
            c.measure, c.group, c.toll_part = records[-1].measure, records[-1].group, True
        elif records and i > 0 and records[-1].start >= sents[i - 1].start and sents[i - 1].paragraph == sent.paragraph \
                and cands and cands[0].measure in (None, "?") and cands[0].head and cands[0].head[0] in (None, "unknown") \
                and cands[0].number.kind in ("digits", "words", "approximate") and not cands[0].number.year_like \
                and OTHER_START.fullmatch(low, 0, cands[0].number.start):
            # "Around 700,000 people are displaced because of the violence. The other 80,000 are in
            # Sofala province": the rest of the count, its noun and measure left out
            c = cands[0]
            c.measure, c.group, c.rejected, c.rest_of = records[-1].measure, records[-1].group, False, True
        elif records and i > 0 and records[-1].start >= sents[i - 1].start and sents[i - 1].paragraph == sent.paragraph \
                and records[-1].measure in FLOW_MEASURES and cands and cands[0].measure in (None, "?") \
                and cands[0].head and cands[0].head[0] in (None, "unknown", "group:people") and not cands[0].number.year_like \
                and SAME_FATE.match(low, cands[0].head_end):
            # "116.000 personnes ont dû être évacuées ... Dans les années suivantes, 230.000 autres ont connu
            # le même sort": the fate of the figure of the sentence before (ext-r163)
            c = cands[0]
            c.measure, c.group, c.rejected = records[-1].measure, records[-1].group, False
        elif records and i > 0 and sents[i - 1].paragraph == sent.paragraph \
                and (among_of := records[-1] if records[-1].start >= sents[i - 1].start
                     else _victims_toll(records, folded, sents[i - 1])) is not None \
                and among_of.measure in FLOW_MEASURES and (am := AMONG_THEM_START.match(low)) and cands \
                and all(c.measure in (None, "?", among_of.measure) or c.rejected for c in cands) \
                and any(not c.rejected and c.head and ((c.head[0] or "").startswith("group:")
                                                      or _copula_group(c, low, lex) or _copula_nationality(c, low))
                        or _in_place_item(c, sent.text) for c in cands):
            # "L'effondrement a fait 11 morts. Parmi eux, quatre enfants.": the items count what the
            # figure of the sentence before counts, as its parts ("Of them, 215 were women, 194 were
            # men and five were children": each count's group after its copula; acc-r94)
            for k, c in enumerate(cands):
                if c.rejected and k == 0 and c.number.kind == "article" and c.number.start == am.end() and c.head \
                        and (c.head[0] or "").startswith("group:") and (c.head[0] or "") != "group:people" \
                        and any(not d.rejected and d.head and (d.head[0] or "").startswith("group:") for d in cands[1:]):
                    # "Il s'agit d'un enfant et de quatre pompiers", "Among them, a child and four firefighters":
                    # one person named by the noun of a group, the list's first item (ext-r213)
                    c.rejected = False
                if not c.rejected and c.head and (c.head[0] or "").startswith("group:"):
                    c.measure, c.toll_part = among_of.measure, True
                elif not c.rejected and c.head and (gm := _copula_group(c, low, lex)):
                    c.measure, c.group, c.toll_part = among_of.measure, lex.group_for(gm.group(0), low), True
                elif not c.rejected and c.head and _copula_nationality(c, low):
                    c.measure, c.group, c.toll_part = among_of.measure, among_of.group, True
                elif _in_place_item(c, sent.text):
                    # "Over 24,000 people have been displaced ... Of them, 12,000 are in Imphal": a bare
                    # count where some of them are, a part with its own place (acc-r138)
                    c.measure, c.group, c.rejected, c.toll_part = among_of.measure, among_of.group, False, True
        if records and i > 0 and held & HOLDS_DIFFERENT_TOLL and any_in(low, DIFFERENT_TOLL_WORDS) \
                and (dm := DIFFERENT_TOLL.search(low)) is not None \
                and (c0 := next((c for c in cands if not c.rejected and c.rival_of is None and c.part_of is None
                                 and 0 <= c.number.start - dm.end() <= 40), None)) is not None \
                and (was := next((r for r in reversed(records) if r.measure == c0.measure and r.part_of is None
                                  and not r.superseded and r.start < sent.start and sent.start - r.end <= 1500), None)) is not None:
            # "Le HCR a fait état lundi d'un bilan légèrement différent : 147 Congolais ... ont trouvé la
            # mort dans l'attaque", "gave a slightly different toll: 147": another source's count of the
            # toll given before, over its window and at its place (a rival, `rival_of`)
            c0.rival_of = was
        if records and i > 0 and cands and held & HOLDS_DIFFERENT_TOLL and any_in(low, DIFFERENT_TOLL_WORDS) \
                and (am := DIFFERENT_TOLL_AFTER.search(low)) is not None:
            # "He gave a toll of 15 dead and 500 wounded, slightly different from the one first published by
            # the Ministry of Health": the counts right before the cue are rivals of the tolls of their
            # measures given before (rules-r189)
            before = [c for c in cands if not c.rejected and c.number.end <= am.start()]
            if before and am.start() - before[-1].number.end <= 30:
                for c in before:
                    if c.rival_of is None and c.part_of is None and (was := next(
                            (r for r in reversed(records) if r.measure == c.measure and r.part_of is None
                             and not r.superseded and r.start < sent.start and sent.start - r.end <= 1500), None)) is not None:
                        c.rival_of = was
        if i in breakdowns:
            # "Deaths by province: Sindh 120, Punjab 84 ...": each bare count after a name is an item
            measure, items_at, lines_sum = breakdowns[i]
            if measure == UNTITLED:  # the measure of the introduction's last figure, if it has one
                first = i
                while first > 0 and breakdowns.get(first - 1, (None,))[0] == UNTITLED:
                    first -= 1
                intro = sents[first - 1]
                measure = next((r.measure for r in reversed(records) if intro.start <= r.start < intro.end
                                and r.part_of is None and not r.superseded), None)
                if measure is None:
                    items_at = len(low) + 1  # no figure introduces the lines: no items
            items = []
            for c in cands:
                n = c.number
                if n.start >= items_at and n.kind in ("digits", "words") and not n.year_like and not n.decimal \
                        and (bm := BREAKDOWN_ITEM_BEFORE.search(low, 0, n.start)) and bm.start("name") >= items_at \
                        and sent.text[bm.start("name")].isupper():
                    if c.measure in (None, "?") and c.head and c.head[0] is None and BREAKDOWN_ITEM_AFTER.match(low, n.end):
                        c.measure, c.group, c.rejected, c.toll_part, c.name_item = measure, c.group or "people", False, True, True
                    if c.measure == measure and not c.rejected:
                        items.append(c)
                elif n.start >= items_at and n.kind in ("digits", "words", "article") and not n.year_like and not n.decimal \
                        and c.measure in (None, "?") and c.head and c.head[0] is None \
                        and BREAKDOWN_AT_AFTER.match(sent.text, n.end) and BREAKDOWN_AT_LINE.fullmatch(low):
                    # "- six à Trèbes ;": a count set before its place on a line under the label (ext-r154)
                    c.measure, c.group, c.rejected, c.toll_part, c.name_item = measure, c.group or "people", False, True, True
                    items.append(c)
            total = lines_sum or sum(c.number.value for c in items)
            for c in items:
                if c.part_of in items:  # "..., Khyber Pakhtunkhwa 41 et Baloutchistan 22": items side by side
                    c.part_of.parts = [p for p in c.part_of.parts if p is not c]
                    c.part_of = None
                if c.toll_part:
                    c.list_sum = total  # the items break down a toll given before that their sum fits in
        if i in labelled:
            # "- Iran : 464 morts" ...: the items of a labelled list break down the toll before it
            # ("- Aceh: 345 dead, 174 missing": the k-th count of every item breaks down the toll its
            # own sum fits in; acc-r66)
            sums = labelled[i]
            k = 0
            for c in cands:
                if not c.rejected and c.measure not in (None, "?") and c.part_of is None and not c.parts:
                    c.toll_part, c.list_sum = True, sums[k] if k < len(sums) else sums[0]
                    k += 1
        if records and held & HOLDS_SITE and any_in(low, SITE_WORDS) and (
                SITE_PART.search(sent.text) is not None or " y " in low and SITE_PRONOUN.search(low) is not None
                and i > 0 and sents[i - 1].paragraph == sent.paragraph
                and SITE_VENUE.search(folded, sents[i - 1].start, sents[i - 1].end) is not None):
            # ("Au moins trois explosions ont retenti aux abords du stade ... On y dénombre 5 morts": the
            # venue the sentence before names)
            _site_parts(cands, records, sent)
        bound = _bound_places(cands, sent, places_all, article.text)
        repeat_here = any(r.repeat for r in cands)  # "Ces 500 personnes, dont ...": parts of a figure named again
        for c in cands:
            if c.bare_repeat_part and not c.rejected and c.measure in (None, "?"):
                # "Three of the five were children": the measure of the figure the bare number names again
                whole_rec = next((r for r in reversed(records) if r.value == c.repeat_whole and r.start < sent.start
                                  and r.measure in FLOW_MEASURES), None)
                c.measure = whole_rec.measure if whole_rec is not None else None
            elif repeat_here and not c.rejected and c.measure in (None, "?") and c.head and (c.head[0] or "").startswith("group:") \
                    and lex.part_cues is not None \
                    and (rep := next((r for r in reversed(cands) if r.repeat and r.number.end <= c.number.start), None)) is not None \
                    and lex.part_cues.search(low, rep.head_end or rep.number.end, c.number.start) \
                    and not PART_GAP.search(low, rep.head_end or rep.number.end, c.number.start):
                # "On Tuesday, 106 illegal miners were ... arrested. These 106 illegal miners include 67 Mozambicans, ...":
                # the items of a figure named again count what it counts (its parts: `_part_of_repeat`; ext-r237)
                whole_rec = next((r for r in reversed(records) if r.value == rep.number.value and r.start < sent.start
                                  and r.measure in FLOW_MEASURES), None)
                if whole_rec is not None:
                    c.measure = whole_rec.measure
            if c.rejected or c.measure is None:
                continue
            if lex.either_measures and lex.either_measures.match(low, c.number.end):
                continue  # "80 personnes décédées ou disparues": dead or missing, no one measure
            if c.number.kind == "vague" and c.number.high is None and c.part_of is None and not c.parts \
                    and not STILL_MORE.match(low, c.head_end) and any(
                    r.measure == c.measure and r.qualifier != "vague" and 0 <= sent.start + c.number.start - r.end <= 1200
                    for r in records[-6:]):
                continue  # "au moins 18 morts ... faisant de nombreuses victimes": people already counted
            if not spans and sent.paragraph in pending:
                for earlier in pending.pop(sent.paragraph):
                    earlier_spans = [s for s in times.find(earlier.text, pub)
                                     if not datelines.covers(earlier.start + s.start)]
                    if not earlier_spans and (st := SINCE_THEN.search(fold(earlier.text))):
                        earlier_spans = _since_then(st, sents, sents.index(earlier), times, pub, text)  # "Since then, ..."
                    if not earlier_spans and "lendemain" in (el := fold(earlier.text)) and (am := AFTER_EVENT_OPENING.match(el)):
                        # "Au lendemain de la catastrophe, ... estimait déjà que ... . Teresopolis ... comptait
                        # alors 122 morts": the day after the event, for the paragraph (ext-r221)
                        earlier_spans = _after_event(am, sents, sents.index(earlier), times, pub, text, folded)
                    if earlier_spans:
                        if month_year is not None:
                            earlier_spans = _in_month_year(earlier_spans, month_year)
                        note_window(sent.paragraph, earlier_spans, fold(earlier.text))
            rest_of = records[-1] if c.rest_of and records else None
            records.append(_record(article, c, low, lex, spans, para_window, quotes, places_all, default_place, gaz,
                                   folded[sents[0].start:sents[0].end], bound))
            if c.site_whole is not None and records[-1].part_of is None and (
                    not records[-1].place or not c.site_whole.place or gaz.nested(records[-1].place, c.site_whole.place)):
                _take_whole(records, len(records) - 1, c.site_whole, keep_window=False)
            if c.part_of is not None and records[-1].place and _beyond_whole_place(records, c, sent, places_all, gaz):
                # "73 personnes ont été tuées au Mozambique, dont 55 à Beira, et 89 au Zimbabwe": an item
                # after the breakdown, in a place outside the one its whole names, is a total of its own
                if c in c.part_of.parts:
                    c.part_of.parts.remove(c)
                c.part_of, records[-1].part_of = None, None
            if c.rival_of is not None and c.rival_of.superseded \
                    or c.unnamed_rival and len(records) > 1 and records[-2].start >= sent.start and records[-2].superseded:
                # "State media had then given the death toll as 103, but the health minister corrected it
                # to 95 in the evening": another source's count of an earlier toll is an earlier one too (acc-r85)
                records[-1].superseded = True
            if c.rival_of is not None and not spans:
                # another source's count of the same figure: over its window, at its place
                rec, was = records[-1], c.rival_of
                rec.period_start, rec.period_end, rec.cumulative = was.period_start, was.period_end, was.cumulative
                if not any(sent.start <= p[0] < sent.end for p in places_all):
                    rec.place = was.place
            if c.part_of is None and repeat_here and records[-1].part_of is None \
                    and (rep := next((r for r in cands if r.repeat_opening), None)) is not None and rep.number.end <= c.number.start \
                    and (whole := next((r for r in reversed(records[:-1]) if r.value == rep.number.value
                                        and r.measure == records[-1].measure and r.start < sent.start), None)) is not None \
                    and records[-1].value < whole.value:
                records[-1].part_of = whole.value  # "Sur ces 803 victimes, ..., 389 morts à X" (ext-r204)
            if c.part_of is None and lex.part_cues is not None and repeat_here:
                _part_of_repeat(records, c, cands, low, lex, bool(spans), sent, gaz)
            if c.part_of is None and c.repeat_whole is not None and records[-1].part_of is None \
                    and (whole := next((r for r in reversed(records[:-1]) if r.value == c.repeat_whole
                                        and r.measure == records[-1].measure and r.start < sent.start), None)) is not None:
                records[-1].part_of = whole.value
            if rest_of is not None:
                # the rest of a count keeps its window ("The other 80,000 are in Sofala, which was hit by
                # Cyclone Idai in 2019": the year dates the province's cyclone, not the count)
                records[-1].period_start, records[-1].period_end, records[-1].cumulative = \
                    rest_of.period_start, rest_of.period_end, rest_of.cumulative
            if records[-1].attribution:
                records[-1].attribution = named_in_full(records[-1].attribution, sents, i, lex)
            given.add(c.number.value)
            with_records.add(i)
            if pub and records[-1].cumulative and records[-1].period_end == pub.isoformat() and i > 0 \
                    and any_in(low, SOURCE_OF_THEN_WORDS) and (tm := SOURCE_OF_THEN.search(low, 0, c.number.start)) \
                    and (then := _day_of_then(sents, i, times, pub, text)) is not None \
                    and (records[-1].period_start or "") <= then.isoformat():
                # "Le ministre de la Santé d'alors ... faisait état de 87.000 cas suspects depuis le début de
                # l'année, ..., soit environ 1.500 décès", after "depuis sa déclaration officielle le 10 juin":
                # a running count told by a source of then closes at the day its paragraph gives, not at
                # publication
                records[-1].period_end = then.isoformat()
            if pub and not spans and para_window.get(sent.paragraph) is None and records[-1].measure in FLOW_MEASURES:
                defaulted.append((records[-1], i))
            if c.part_of is not None and records[-1].place and len(records) >= 2:
                # "at least 40 people dead, including 23 passengers in Musakhail": the place of a part
                # its whole includes is the part's own, no setting for the sentences after it
                own_at = sent.start + c.number.start
                _PART_PLACES.update(p[0] for p in places_all if own_at < p[0] < sent.end and p[2] == records[-1].place
                                    and not any(r.place == p[2] for r in records[:-1] if r.part_of is None
                                                and r.start >= sent.start))
            if records[-1].place and REST_OPENING is not None and c.number.start < 40 \
                    and (m := REST_OPENING.match(low)) is not None and m.start(m.lastgroup) == c.number.start:
                # "Les trois autres victimes ... ont été tuées par balle dans l'agglomération de Nouméa":
                # the rest of a toll told before, in a place of its own, sets no scene for the sentences
                # after it (ext-r142)
                _PART_PLACES.update(p[0] for p in places_all if sent.start <= p[0] < sent.end and p[2] == records[-1].place)
            if "respectively" in low and RESPECTIVELY.search(low):
                # "in Gilgit-Baltistan and Azad Jammu and Kashmir, where the floods have claimed at least
                # 12 and nine lives respectively": places paired with their own counts, a list of counts
                # per place, set no scene for the sentences after (acc-r85)
                _PART_PLACES.update(p[0] for p in places_all if sent.start <= p[0] < sent.end)
            if c.toll_part and c.part_of is None and records[-1].part_of is None:
                # (not a part of a figure its sentence names again, already linked: "The figure of 765 dead
                # includes 66 US military personnel, ...", not of the 261 insurgents given after the 765; acc-r72)
                toll_parts.append((len(records) - 1, c.list_sum))
                if c.bracket_list:
                    bracket_items.append(len(records) - 1)
                if c.origin_list:
                    loose_parts.add(len(records) - 1)
                if records[-1].place and (c.place_item or c.list_sum == 0 and INCLUDES_PART.match(low)):
                    # "Ce chiffre inclut 94 morts lors de ... le 30 septembre à Zahedan": the place of a
                    # part is its own, no setting for the sentences after it
                    # (a town that stands for its county, "Nakuru (3)" as nakuru-county, is that place too)
                    _PART_PLACES.update(p[0] for p in places_all if sent.start <= p[0] < sent.end
                                        and (p[2] == records[-1].place or c.place_item and gaz.parent(p[2]) == records[-1].place))
                if spans and any((s.kind != "since" and (c.list_sum == 0 or c.day_list or s.start >= c.number.end or LIST_OPENING_DAY.fullmatch(low, 0, s.start))
                                  or s.kind == "since" and PARTS_SINCE.match(low))
                                 and not _update_day(lex, low, s) for s in spans):
                    # ("the 54 adults and 18 children who died in the tower in June 2017": a list's
                    # own time after it)
                    own_dated.add(len(records) - 1)  # "Parmi ces civils, 77 ont trouvé la mort en janvier 2024"
                if c.own_sum:
                    own_sums[len(records) - 1] = c.list_sum
            elif OF_THOSE.match(low) and c.part_of is None:
                # "Of those, 11 million have been displaced within the country and 3.1 million have
                # crossed into neighboring countries": parts of the figure just given, whatever their measure
                toll_parts.append((len(records) - 1, -1))
            if records[-1].toll:
                tolls.append(len(records) - 1)
            elif records[-1].event_day is None and pub and records[-1].measure in TOLL_MEASURES \
                    and c.part_of is None and not c.toll_part and _attack_toll(c, low, lex):
                attack_tolls.append(len(records) - 1)
    if records and LATER_ORDINAL_WORDS and any_in(folded, LATER_ORDINAL_WORDS):
        _later_ordinal_superseded(records, lang)
    if defaulted:
        _forward_windows(defaulted, sents, with_records, times, pub, text)
        if (back := _retrospective_day(sents, folded, times, pub, text)) is not None:
            # "Le séisme de Kobe s'est produit le 17 janvier 1995, il y a tout juste 25 ans. ... C'était
            # le plus grand désastre sismique de l'après-guerre, avec plus de 6.400 morts": copy looking
            # back at one dated event tells its undated flows of that day, not of the day before publication
            yesterday = (pub - timedelta(days=1)).isoformat()
            for rec, _ in defaulted:
                if rec.period_start == yesterday and rec.period_end == pub.isoformat():
                    rec.period_start = rec.period_end = back
        toll_records = {id(records[i]) for i in tolls}
        for rec, _ in defaulted:  # "The crush happened on Tuesday": the event's day
            if id(rec) in toll_records and rec.period_start and rec.period_end \
                    and rec.period_start != (pub - timedelta(days=1)).isoformat() \
                    and not _event_own_time(lex, fold(rec.sentence)):
                rec.event_day = rec.event_day or _day_of(date.fromisoformat(rec.period_start), date.fromisoformat(rec.period_end))
    if any(records[i].event_day is None for i in tolls):
        day = _article_event_day(records, tolls, sents, folded, times, pub, text, lex, article.lang or "en")
        if day:
            for i in tolls:
                if records[i].event_day is None and records[i].period_end and records[i].period_end >= day \
                        and not _years_apart(records[i].period_start, day):
                    # (not a toll counted a year or more after the day: "Nepal marked on Friday the
                    # 10th anniversary of a quake that killed almost 9,000 ... The tower toppled
                    # during the earthquake, killing more than 50": the tower's dead, not the quake's
                    # toll so far, whatever the window it falls back to)
                    records[i].event_day = day
    if lex.attack_toll_noun is not None and lex.attack_told is not None and any(records[i].event_day is None for i in tolls):
        # "Death toll of Russian attack on Vinnytsia grows to 25 ... A Russian missile strike hit
        # downtown Vinnytsia on July 14": an attack's toll so far its sentence does not date is the
        # toll of the one attack the article dates (`event_day`; still `toll`, a count so far)
        named = [i for i in tolls if records[i].event_day is None and records[i].measure in TOLL_MEASURES
                 and lex.attack_toll_noun.search(fold(records[i].sentence)) is not None
                 and not (lex.event_noun is not None and lex.event_noun.search(fold(records[i].sentence)))]
        if named and (day := _article_attack_day(records, sents, folded, times, pub, text, lex)) \
                and not any(r.measure in TOLL_MEASURES and r.period_end and r.period_start == r.period_end != day for r in records):
            # (not when the article dates deaths of another day: "Gunmen killed five people in Kaduna
            # on Monday ... Last Friday, a bombing at a mosque killed 20": "the attack" may be either)
            for i in named:
                if records[i].period_end and records[i].period_end >= day and not _years_apart(records[i].period_start, day):
                    records[i].event_day = day  # (still the attack's toll so far: tied with the batch's other tolls of it)
    if attack_tolls and (day := _article_attack_day(records, sents, folded, times, pub, text, lex)):
        for i in attack_tolls:
            if records[i].period_end and records[i].period_end >= day and not _years_apart(records[i].period_start, day):
                records[i].event_day = day  # "The attack killed 12" after "gunmen stormed ... on Tuesday"
    if pub and any(r.quoted and r.event_day is None and r.measure in TOLL_MEASURES for r in records) \
            and any_in(text, QUOTE_CLOSERS):
        _statement_day_tolls(records, sents, folded, times, pub, text, lex)
    # increments first: "after four more deaths were reported" adds to the toll, and a breakdown
    # given next is of the toll, not of the increment
    _link_increments(records, text)
    _link_nationals(records, text, lang)
    # the sum of the parts a sentence lists side by side, for the earlier toll they may add up to
    side_sums: dict[tuple[str, str], list[int]] = {}
    for index, limit in toll_parts:
        if limit == 0:
            side_sums.setdefault((records[index].sentence, records[index].measure), []).append(records[index].value)
    side_sums = {k: sum(v) for k, v in side_sums.items() if len(v) > 1}
    part_indices = frozenset(index for index, _ in toll_parts)
    for index, limit in toll_parts:
        _link_toll_part(records, index, limit, keep_window=index in own_dated, loose=index in loose_parts, parts=part_indices,
                        exact_sum=side_sums.get((records[index].sentence, records[index].measure), 0) if limit == 0 else 0)
    for index in bracket_items:
        if records[index].part_of is None:
            # a list of counts per place whose sum no toll holds ("95, suivie de ... (17), ... (11)" after
            # 63 dead): each item a part of the toll before, which it may exceed (CC103's business)
            _link_toll_part(records, index, 0, keep_window=index in own_dated, parts=part_indices)
    if len(records) > 2:
        _link_exact_sums(records, pub)
        _link_sums_across_sentences(records, pub, text)
        _link_remainders(records, text)
        if any_in(folded, OTHERS_WORDS):
            _link_rest_told(records, text)
            _link_rest_of_parts(records, text)
    if len(records) > 1:
        share = HOSPITAL_SHARE is not None and bool(held & HOLDS_HOSPITAL_SHARE) and any_in(folded, HOSPITAL_SHARE_WORDS)
        share_since = HOSPITAL_SHARE_SINCE is not None and any(r.cumulative and r.period_start is not None for r in records) \
            and any_in(folded, HOSPITAL_SHARE_SINCE_WORDS)
        if share or share_since:
            _link_hospital_shares(records, text, pub, share, share_since)
    if len(records) > 1 and TOLL_IN_PLACE is not None and any_in(text, TOLL_IN_PLACE_WORDS):
        _link_toll_in_place(records, text)
    if len(records) > 1 and IN_CARE is not None and held & HOLDS_IN_CARE and any_in(folded, IN_CARE_WORDS):
        _link_in_care(records, text)
    if len(records) > 1 and INCIDENT_OPENS is not None:
        _link_incident_items(records, text)
    if len(records) > 1 and SITE_PART_OPEN is not None:
        _link_site_parts(records, text)
    graded_sums = {}
    for index, total in own_sums.items():
        if records[index].measure == "injured" and held & HOLDS_SEVERITY \
                and SEVERITY.rx.search(folded, records[index].end, SEVERITY_CLAUSE.match(folded, records[index].end).end()):
            if BREAKDOWN_HEAD.match(fold(records[index].sentence)):
                graded_sums[index] = total  # the wounded by severity: the toll the article gives next first
        elif records[index].part_of is None:
            # "selon lui, 19 adultes et 13 enfants ont été tués": no toll given before holds the list,
            # which breaks down its own sum (32), not a version of another source's toll
            records[index].part_of = total
    if held & HOLDS_SEVERITY:
        _link_severity_parts(records, folded)
    for index, total in graded_sums.items():
        if records[index].part_of is None:
            records[index].part_of = total  # "These included 23 patients in critical condition, 111 moderately injured, ..."
    if records and held & HOLDS_TOLL_CREDITED:
        _credit_from_next(records, sents)
    if len(records) > 1 and SOURCE_CARRIES is not None:
        _carry_source(records, sents, lex, text)
    if records and held & HOLDS_LATER_RISE:
        _supersede_by_later_rise(records, sents, folded)
    if len(records) > 1 and "avai" in folded:
        _earlier_paragraph_superseded(records, sents, folded)
    if len(records) > 1 and SUPERSEDED_COMPANION is not None and any(r.superseded for r in records):
        _companions_superseded(records, folded)
    if len(records) > 1 and any(r.superseded for r in records):
        _parts_of_superseded(records)
    if len(records) > 2 and any_in(folded, TOLL_OVER_EVENTS_WORDS):
        _parts_of_toll_over_events(records, sents, folded)
    if len(records) > 2:
        _link_stated_totals(records, text, gaz)
        _whole_over_its_places(records, gaz)
    if default_place and len(records) > 1 and records[0].start < HEADLINE_MAX:
        _headline_place_from_lead(records, text, places_all, default_place, gaz)
    if len(records) > 1 and _may_hold_stamps(text) and (stamps := LIVE_STAMP.findall_spans(text)):
        _entry_heading_place_from_body(records, text, places_all, stamps)
        if len(stamps) > 1:
            _older_entries_superseded(records, text, stamps, gaz)
    if len(records) > 1 and held & HOLDS_NAMED_AGAIN:
        _named_again_place(records, folded, places_all)
    if len(records) > 1 and held & HOLDS_OF_TOTAL:
        _of_total_parts(records, folded)
    if len(records) > 1 and any(r.measure == "strikes" for r in records):
        records = _without_parts_of_weapons(records, text)
    if records and (WEAPONS_DOWNED_BEFORE is not None or WEAPONS_DOWNED_AFTER is not None) and any(r.measure == "strikes" for r in records):
        records = [r for r in records if not _weapons_downed(r, text)]
    return records


# "177 drones de différents types, dont 110 ont pu être abattus": the verb right after a part whose
# noun is left out
ELIDED_PART_VERB = re.compile(r"\s+(?:" + cues("elided_part_verb") + r")\b", re.IGNORECASE)


# "Huit voitures piégées", "trois roquettes": a count of vehicles or weapons (the noun right after the number)
THING_COUNT = re.compile(r"\s+(?:" + cues("thing_count_noun") + r")\b") if cue_alternatives("thing_count_noun") else None


# "La défense antiaérienne est parvenue à abattre 88 missiles et 27 drones", "Trois drones y ont été
# détruits", "air defences shot down 40 drones": weapons brought down count no attack (ext-r168)
WEAPONS_DOWNED_BEFORE = re.compile(r"\b(?:" + cues("weapons_downed_before") + r")\b(?!\s*,)(?:(?!\b(?:" + cues("weapons_downed_not_gap") + r")\b)[^.;:!?]){0,40}$", re.IGNORECASE) \
    if cue_alternatives("weapons_downed_before") else None
WEAPONS_DOWNED_AFTER = re.compile(r"[^.;:!?\d]{0,40}?\b(?:" + cues("weapons_downed_after") + r")\b", re.IGNORECASE) \
    if cue_alternatives("weapons_downed_after") else None
WEAPONS_LAUNCHED = re.compile(r"(?:\s+[\w'’-]+){0,2}?\s+(?:" + cues("weapons_downed_not_gap") + r")\b", re.IGNORECASE)
WEAPON_NOUN = re.compile(r"\s+(?:[\w'’-]+\s+)?(?:" + cues("weapon_noun") + r")\b", re.IGNORECASE)


def _weapons_downed(rec: Record, text: str) -> bool:
    """A count of weapons ("88 missiles", "Trois drones") that its clause says were shot down,
    intercepted or destroyed: no strikes (ext-r168)."""
    if rec.measure != "strikes" or (wm := WEAPON_NOUN.match(text, rec.end)) is None \
            or WEAPONS_LAUNCHED.match(text, wm.end()) is not None:
        return False  # ("shot down 21 of 23 cruise missiles and two drones launched overnight": those fired)
    return (WEAPONS_DOWNED_BEFORE is not None and WEAPONS_DOWNED_BEFORE.search(text, max(0, rec.start - 60), rec.start) is not None) \
        or (WEAPONS_DOWNED_AFTER is not None and WEAPONS_DOWNED_AFTER.match(text, rec.end) is not None)


def _without_parts_of_weapons(records: list[Record], text: str) -> list[Record]:
    """A part of a count of weapons or attacks in its sentence, its noun left out ("177 drones ...,
    dont 110 ont pu être abattus", "of which 110 were shot down"), counts weapons too: no people,
    whatever its verb ("abattus") would count otherwise (acc-r80)."""
    wholes = {(r.sentence, r.value) for r in records if r.measure == "strikes"}
    return [r for r in records if not (r.part_of is not None and r.measure != "strikes" and (r.sentence, r.part_of) in wholes
                                       and ELIDED_PART_VERB.match(text, r.end))]


# "la mort d'au moins 127 personnes sur les 441": a part of a toll given before, named by its number
OF_TOTAL = gated(r"(?:\s+[\w'’-]+){0,2}\s+(?:" + cues("of_total") + r")\s+(?P<n>\d{1,3}(?:[.\u202f\u00a0 ]\d{3})*|\d+)(?![\d.,]\d)")


def _of_total_parts(records: list[Record], folded: str) -> None:
    """"... entraînant la mort d'au moins 127 personnes sur les 441": a count followed by "sur les N",
    N a toll of its measure given before, is a part of that toll."""
    for k, r in enumerate(records):
        if k == 0 or r.part_of is not None or (m := OF_TOTAL.rx.match(folded, r.end)) is None:
            continue
        total = int(re.sub(r"\D", "", m.group("n")))
        wholes = [e for e in records[:k] if e.value == total and e.measure == r.measure]
        if total > r.value and wholes:
            r.part_of = total


# "L'OIM estime que ce chiffre de 441 décès ...": a figure named again by a demonstrative
NAMED_AGAIN = gated(r"\b(?:" + cues("named_again") + r")\s*$")


def _named_again_place(records: list[Record], folded: str, places_all) -> None:
    """"au moins 441 vies perdues [en Méditerranée centrale] ... L'OIM estime que ce chiffre de 441
    décès ...": a figure named again ("ce chiffre de N") whose sentence names no place is the same
    claim as the figure of that value and measure given before: its place, not the last place named
    (a shipwreck off Tunisia in between)."""
    for k, r in enumerate(records):
        if k == 0 or NAMED_AGAIN.rx.search(folded, max(0, r.start - 24), r.start) is None:
            continue
        at = r.sentence.find(r.text)
        start = r.start - at if at >= 0 else r.start
        if any(start <= ps_ < start + len(r.sentence) for ps_, _, _ in places_all):
            continue
        same = [e for e in records[:k] if e.value == r.value and e.measure == r.measure and e.place]
        if same:
            r.place = same[-1].place


HEADLINE_MAX = 200  # a headline is a first line of at most this many characters, a blank line after it
LEAD_REACH = 600  # how far into the body the lead's repeat of the headline's figure is looked for


def _headline_place_from_lead(records: list[Record], text: str, places_all, default_place: str, gaz) -> None:
    """"Cyclone Idai : le bilan final frôle les 1.000 morts", then "Le bilan ... sur le Mozambique et le
    Zimbabwe devrait dépasser la barre des 1.000 morts": a headline's figure that names no place is
    the figure its lead repeats (same measure and value), at the lead's place (none, for a total over
    two countries), not at the place the article names most (unless the lead's place only holds
    that place: the article's town stays the headline's)."""
    end = text.find("\n")
    if end <= 0 or end > HEADLINE_MAX or text[end:end + 2] != "\n\n" or any(p[0] < end for p in places_all):
        return
    for r in records:
        if r.start >= end:
            break
        if r.place != default_place:
            continue
        lead = next((l for l in records if end < l.start <= end + LEAD_REACH and l.measure == r.measure
                     and l.value == r.value), None)
        if lead is not None and not (lead.place and gaz.contains(lead.place, default_place)):
            r.place = lead.place


class _StampLines:
    """The lines of a live blog that hold only a time stamp ("14h32", "Il y a 2 heures", "09:15
    GMT"): (start, end) of each, found once per article."""

    def __init__(self, pattern: str):
        self.rx = re.compile(r"(?m)^[ \t]*(?:" + pattern + r")[ \t]*$")

    def findall_spans(self, text: str) -> list[tuple[int, int]]:
        return [m.span() for m in self.rx.finditer(text)]


LIVE_STAMP = _StampLines(cues("live_time_stamp"))
# a stamp line opens on a digit or on a word of "Il y a 2 heures" (a line start is a "\n" before it);
# a scan for these literals costs far less than the pattern over every article
STAMP_LINE_STARTS = tuple("\n" + d for d in "0123456789") + tuple("\n" + w for w in cue_alternatives("live_time_stamp_word"))
STAMP_STARTS = tuple(w[1:] for w in STAMP_LINE_STARTS)


def _may_hold_stamps(text: str) -> bool:
    """`any(w in text for w in STAMP_LINE_STARTS)`, asked at each line start (some forty per article)
    instead of one scan of the whole article per literal."""
    i = text.find("\n")
    while i >= 0:
        if text.startswith(STAMP_STARTS, i + 1):
            return True
        i = text.find("\n", i + 1)
    return False
ENTRY_HEADING_MAX = 160  # an entry's heading is one short line with no closing stop
ENTRY_SENTENCE_END = re.compile(r"[.!?](?=\s)")


def _entry_heading_place_from_body(records: list[Record], text: str, places_all, stamps) -> None:
    """"14h10" / "920 civils tués, selon le chef suprême" / "Au moins 920 personnes ont été tuées dans
    le séisme qui a frappé le sud-est de l'Afghanistan ...": in a live blog, the heading under a time
    stamp that names no place is the figure its entry repeats (same measure and value): its place,
    not the last place the entry before named (acc-r71; like a headline and its lead)."""
    for _, stamp_end in stamps:
        h0 = stamp_end
        while h0 < len(text) and text[h0] in " \t\n":
            h0 += 1
        h1 = text.find("\n", h0)
        if h1 < 0 or h1 - h0 > ENTRY_HEADING_MAX or text[h1:h1 + 2] != "\n\n" \
                or text[h0:h1].rstrip().endswith((".", "!", "?", ";")):
            continue
        heads = [r for r in records if h0 <= r.start < h1]
        if not heads or any(h0 <= p[0] < h1 for p in places_all):
            continue
        b0 = h1 + 2
        b1 = text.find("\n\n", b0)
        b1 = len(text) if b1 < 0 else b1
        stop = ENTRY_SENTENCE_END.search(text, b0, b1)
        opening = [p for p in places_all if b0 <= p[0] < (stop.start() if stop else b1)]
        for r in heads:
            body = next((l for l in records if b0 <= l.start < b1 and l.measure == r.measure
                         and l.value == r.value and l.place), None)
            if body is not None:
                r.place = body.place
            elif opening:
                # "17h35" / "Près de 50 morts dans les frappes israéliennes" / "Dans le sud du Liban, 24
                # personnes ...": no repeat, the place the entry opens on
                r.place = opening[0][2]


STAMP_CLOCK = re.compile(r"(\d{1,2})\s?[hH:.]\s?(\d{2})")
STAMP_AGO = re.compile(r"(\d{1,2})\s+(h|heures?|hours?|hrs?|min|minutes?|mins?)\b", re.IGNORECASE)


def _stamp_minutes(stamp: str) -> Optional[int]:
    """The time a stamp gives, in minutes of the day ("14h32"), or before now ("Il y a 2 heures": -120)."""
    if (m := STAMP_AGO.search(stamp)) is not None:
        return -int(m.group(1)) * (1 if m.group(2).lower().startswith("m") else 60)
    if (m := STAMP_CLOCK.search(stamp)) is not None:
        return int(m.group(1)) * 60 + int(m.group(2))
    return None


def _older_entries_superseded(records: list[Record], text: str, stamps, gaz) -> None:
    """"21h10 / Le bilan s'alourdit à 48 morts ..." above "13h05 / 43 morts et 36 disparus, selon un
    nouveau bilan": a live blog that runs newest first updates its toll entry after entry; a toll of
    an older entry (lower on the page) is superseded by the toll of the same measure, for the same
    place or one that holds it or lies in it, that a newer entry (or the summary above the first
    stamp) gives as a toll ("le bilan", "le nombre de"), like "un précédent bilan" (acc-r71)."""
    times = [_stamp_minutes(text[a:b]) for a, b in stamps]
    if any(t is None for t in times) or sum(1 for x, y in zip(times, times[1:]) if y > x) > 1:
        return  # not a live blog that runs newest first (an hour past midnight may turn once)
    bounds = [a for a, _ in stamps] + [len(text)]

    def entry(pos: int) -> int:  # -1: above the first stamp (headline, summary): the newest
        return bisect_left(bounds, pos + 1) - 1 if pos >= bounds[0] else -1

    tolls = [(entry(r.start), r) for r in records if r.part_of is None and not r.superseded
             and TOLL_WORD.search(fold(r.sentence))]
    if not tolls:
        return
    for r in records:
        if r.superseded or r.part_of is not None:
            continue
        k = entry(r.start)
        if k < 0:
            continue
        if any(j < k and t.measure == r.measure and t.value != r.value
               and (t.group == r.group or "people" in (t.group, r.group))
               and t.place is not None and r.place is not None
               and (t.place == r.place or gaz.nested(t.place, r.place))
               for j, t in tolls):
            r.superseded = True


def _sentence_runs(records: list[Record]) -> list[list[Record]]:
    """The records of each sentence, in order: consecutive records of one sentence's text whose
    offsets lie within one sentence's length of the first. The same sentence repeated further on
    (a lead repeated at the end, a flattened page) is a run of its own, not one group."""
    runs: list[list[Record]] = []
    for rec in records:
        run = runs[-1] if runs else None
        if run and rec.sentence == run[0].sentence and rec.start - run[0].start < len(rec.sentence):
            run.append(rec)
        else:
            runs.append([rec])
    return runs


# "59 morts en Louisiane, 152 au Mississippi ..., soit 218 morts au total", "..., for a total of 218": a
# total stated after the counts it sums (ext-r168)
STATED_TOTAL_BEFORE = re.compile(r"(?:" + cues("stated_total_before") + r")\s*$", re.IGNORECASE)
STATED_SUM_BEFORE = re.compile(r"(?:" + cues("stated_sum_before") + r")\s*$", re.IGNORECASE)
STATED_TOTAL_WORDS = tuple(cue_alternatives("stated_total_literal"))  # one of them is in every match (the gate)
STATED_TOTAL_AFTER = re.compile(r"[^.;,:()\d]{0,30}?\b(?:" + cues("in_total") + r")\b", re.IGNORECASE)


def _link_stated_totals(records: list[Record], text: str, gaz) -> None:
    """"59 morts en Louisiane, 152 au Mississippi et 7 en Floride, soit 218 morts au total", "killed 59
    in Louisiana and 152 in Mississippi, for a total of 218": the counts of one measure its sentence
    gives before a total it states ("soit ... au total", "for a total of") are parts of that total
    (when they fit in it; after a bare "soit", only when they add up to it exactly). The total takes
    the area that holds every part's place, as a whole broken down after it does."""
    for k, whole in enumerate(records):
        if k < 2 or whole.part_of is not None or whole.superseded or whole.measure not in FLOW_MEASURES:
            continue
        before = text[max(0, whole.start - 40):whole.start]
        if not any_in(before.lower(), STATED_TOTAL_WORDS):
            continue
        named = STATED_TOTAL_BEFORE.search(before) is not None
        if not named and STATED_SUM_BEFORE.search(before) is None:
            continue
        parts = [r for r in records[:k] if r.sentence == whole.sentence and r.measure == whole.measure
                 and r.part_of is None and not r.superseded and r.end <= whole.start and r.value < whole.value]
        if len(parts) < 2 or any(r.measure == whole.measure and r.sentence == whole.sentence and r.part_of is None
                                 and r.value >= whole.value for r in records[:k]):
            continue
        total = sum(r.value for r in parts)
        exact = total == whole.value
        if total > whole.value or not exact and not (named or STATED_TOTAL_AFTER.match(text, whole.end) is not None):
            continue
        for r in parts:
            r.part_of = whole.value
        places = {r.place for r in parts if r.place}
        if len(places) >= 2 and whole.place in places | {None}:
            common = [a for a in gaz.ancestors(next(iter(places))) if all(gaz.contains(a, q) for q in places)]
            whole.place = common[0] if common else None


def _whole_over_its_places(records: list[Record], gaz) -> None:
    """"The floods killed 21 people: 12 in Kharkiv, five in Odesa and four in Dnipro": a whole broken
    down place by place after it, in its own sentence, took the first item's place. Its place is the
    area that holds every part's place, or none when the gazetteer knows no such area (a storm's
    toll over three countries). A whole that names a place of its own ("across Ukraine") keeps it."""
    for recs in _sentence_runs(records):
        if len(recs) < 3:
            continue
        for whole in recs:
            parts = [r for r in recs if r is not whole and r.part_of == whole.value and r.start >= whole.end
                     and r.measure == whole.measure]
            places = {r.place for r in parts if r.place}
            if len(parts) < 2 or len(places) < 2:
                continue
            if whole.place not in places and (whole.place is None or any(
                    slug == whole.place for _, _, slug in gaz.find(whole.sentence, whole.lang or "fr"))):
                continue  # a place of its own sentence, kept ("across Ukraine"); one inherited from before gives way
            if whole.place not in places and not any(all(gaz.contains(a, q) for q in places) for a in gaz.ancestors(next(iter(places)))):
                continue
            common = [a for a in gaz.ancestors(whole.place if whole.place in places else next(iter(places)))
                      if all(gaz.contains(a, q) for q in places)]
            whole.place = common[0] if common else None


def _part_of_repeat(records: list[Record], c: Candidate, cands: list[Candidate], low: str, lex: FigureLexicon,
                    dated: bool, sent: Sentence, gaz) -> None:
    """"Au moins 500 personnes ont été tuées en mars 2022 ... Ces 500 personnes, dont une vingtaine de
    femmes et sept enfants, auraient été exécutées": the parts of a figure named again are parts of
    the figure it repeats, over its window and at its place unless their sentence gives its own."""
    rep = next((r for r in reversed(cands) if r.repeat and r.number.end <= c.number.start), None)
    if rep is None:
        return
    gap = low[rep.head_end or rep.number.end:c.number.start]
    if len(gap) > 120 or not lex.part_cues.search(gap) or PART_GAP.search(gap):
        return
    rec = records[-1]
    whole = next((r for r in reversed(records[:-1]) if r.value == rep.number.value and r.measure == rec.measure
                  and r.start < sent.start), None)
    if whole is None:
        return
    rec.part_of = whole.value
    if not dated:
        rec.period_start, rec.period_end, rec.cumulative = whole.period_start, whole.period_end, whole.cumulative
    if whole.place and rec.place != whole.place and (rec.place is None or gaz.contains(rec.place, whole.place)):
        rec.place = whole.place  # "au centre du Mali" said around the parts: the whole's own place is narrower


def _quote_said_first(text: str, quotes, start: int, end: int) -> bool:
    """Whether the quotation holding the figure is one its speaker gave first ("« Cinquante morts.
    C'est le nombre des victimes à cette heure », avait d'abord écrit le gouverneur")."""
    q_end = next((b for a, b in quotes if a <= start and end <= b), None)
    if q_end is None:
        return False
    after = fold(text[q_end:q_end + 80])
    return ("avai" in after) and QUOTE_SAID_FIRST.match(after) is not None


# the toll's noun and the comma after it, before the counts that break it down
LIST_OPENING_DAY = re.compile(r"[\W_]*(?:(?:" + cues("list_opening_day") + r")\s+)?")  # "Le 14 janvier, ... 225 morts à X, 223 à Y": the day opens the list
APPOSED_SUM_GAP = re.compile(r"[^,.;:()\d]{0,25},\s")
# "now stands at 23, with 13 staff members killed and 10 patients killed": the counts a toll's comma opens with a
# word of breakdown are its parts by their form, whatever they add up to (a mistyped one still shows above its
# whole, CC103; rules-r206)
APPOSED_PARTS_OPEN = re.compile(r"[^,.;:()\d]{0,25},\s*(?:" + cues("apposed_parts_open") + r")\s")


def _sentence_offset(rec: Record) -> int:
    """Where the record's sentence starts in its article (its offsets are the article's)."""
    return rec.start - rec.sentence.find(rec.text) if rec.text and rec.text in rec.sentence else rec.start


def _link_exact_sums(records: list[Record], pub) -> None:
    """Counts of one measure side by side in a sentence ("Al-Nao hospital had received 52 dead and
    105 wounded, and Sawaeed hospital two dead and 53 wounded") that add up exactly to the last toll
    of that measure given before them (54 dead, 158 wounded) break it down: parts of that toll,
    sharing its window when they have none of their own, not other versions of it. Only counts of
    the toll's own place (by hospital, by site): a list of counts per place is linked by its form
    (`_breakdown_lists`), so that a mistyped item still shows as a part above its whole (CC103)."""
    by_sentence: dict[tuple[str, str], list[Record]] = {}
    apposed: dict[tuple[str, str], list[Record]] = {}
    for rec in records:
        if rec.part_of is None and rec.qualifier == "exact" and rec.measure in FLOW_MEASURES:
            apposed.setdefault((rec.sentence, rec.measure), []).append(rec)
        if rec.part_of is None and not rec.superseded and rec.qualifier in ("exact", "at_least") and rec.measure in FLOW_MEASURES:
            by_sentence.setdefault((rec.sentence, rec.measure), []).append(rec)
    for items in apposed.values():
        if len(items) >= 3 and (items[0].value == sum(r.value for r in items[1:])
                                and APPOSED_SUM_GAP.match(items[0].sentence, items[0].end - _sentence_offset(items[0])) is not None
                                or APPOSED_PARTS_OPEN.match(items[0].sentence, items[0].end - _sentence_offset(items[0])) is not None) \
                and all(r.place == items[0].place for r in items[1:]):
            # "Le précédent bilan faisait état de 13 morts, onze personnes arrivées décédées à l'hôpital
            # et deux blessés ayant succombé par la suite": the counts set after a toll's comma that add
            # up to it break it down
            for r in items[1:]:
                r.part_of, r.superseded = items[0].value, items[0].superseded  # an earlier toll's breakdown is earlier too
    by_sentence = {k: [r for r in v if r.part_of is None] for k, v in by_sentence.items()}
    wholes = {r.part_of for r in records if r.part_of is not None}
    # a whole of parts in its own sentence ("at least seven patients, including three children")
    # may still be an item of the list
    part_sentences: dict[int, set[str]] = {}
    for r in records:
        if r.part_of is not None:
            part_sentences.setdefault(r.part_of, set()).add(r.sentence)
    own_wholes = {(v, next(iter(ss))) for v, ss in part_sentences.items() if len(ss) == 1}
    for (sentence, measure), items in by_sentence.items():
        if len(items) < 2 or any(r.value in wholes and (r.value, sentence) not in own_wholes for r in items) \
                or all(r.qualifier != "exact" for r in items):
            continue  # ("Twelve staff members and at least seven patients" after 19 dead: at least seven, exactly)
        total = sum(r.value for r in items)
        first = min(r.start for r in items)
        # (the last toll that can hold them: not "après le décès d'un blessé" between the 13 wounded and
        # "5 blessés graves et 8 blessés légers"; acc-r86)
        whole = next((r for r in reversed(records) if r.end <= first and r.sentence != sentence and r.measure == measure
                      and not r.superseded and r.part_of is None and first - r.end <= 1500 and r.value >= total), None)
        if whole is None or whole.value != total or whole.qualifier not in ("exact", "at_least") \
                or any(r.place != whole.place and not (r.place and whole.place and default_gazetteer().contains(r.place, whole.place))
                       for r in items):
            continue  # (counts per place are read by their form, which a typo in one does not undo)
        default = None if pub is None else ((pub - timedelta(days=1)).isoformat(), pub.isoformat())
        for r in items:
            r.part_of = whole.value
            if (r.period_start, r.period_end) == default:
                for q in records:
                    # ("49 adults (20 male, 29 female) and 36 children": the parts' own parts too)
                    if q is r or q.sentence == sentence and q.part_of == r.value and q.measure == measure \
                            and (q.period_start, q.period_end) == default:
                        q.period_start, q.period_end, q.cumulative = whole.period_start, whole.period_end, whole.cumulative
    _link_rest_of_increment(records, by_sentence)


def _link_rest_of_increment(records: list[Record], by_sentence: dict) -> None:
    """"The number of climbers confirmed dead has risen to 23. ... The bodies of five more climbers have
    been recovered, and 18 are presumed dead": the increment is linked to the toll before it
    (`_link_increments`), and the one count beside it that adds up with it exactly to that toll is its
    other part, not another version of the toll (series-r265, ITV on Marapi 2023)."""
    linked: dict[tuple[str, str], list[Record]] = {}
    for r in records:
        if r.part_of is not None and r.qualifier == "exact" and r.measure in FLOW_MEASURES:
            linked.setdefault((r.sentence, r.measure), []).append(r)
    for key, items in by_sentence.items():
        rest = [r for r in items if r.part_of is None]
        told = linked.get(key, ())
        if len(rest) != 1 or len(told) != 1 or rest[0].qualifier != "exact" or told[0].start > rest[0].start:
            continue
        rest, part = rest[0], told[0]
        if rest.value + part.value != part.part_of:
            continue
        whole = next((r for r in reversed(records) if r.end <= part.start and r.sentence != part.sentence
                      and r.measure == part.measure and r.value == part.part_of and r.part_of is None
                      and not r.superseded), None)
        if whole is not None and (rest.place == whole.place or rest.place and whole.place
                                  and default_gazetteer().contains(rest.place, whole.place)):
            rest.part_of = whole.value


# "L'hôpital Wazir Akbar Khan a fait savoir qu'il avait reçu 145 cadavres": what one hospital received
HOSPITAL_SHARE = re.compile(r"(?i:" + cues("hospital_share") + r")[^.;]{0,80}$") if cue_alternatives("hospital_share") else None
HOSPITAL_SHARE_WORDS = tuple(cue_alternatives("hospital_share_literal"))
# "which has reported 93 deaths since the beginning of June": a hospital's share counted since a day (acc-r251)
HOSPITAL_SHARE_SINCE = re.compile(r"(?i:" + cues("hospital_share_since") + r")[^.;]{0,80}$") if cue_alternatives("hospital_share_since") else None
HOSPITAL_SHARE_SINCE_WORDS = tuple(cue_alternatives("hospital_share_since_literal"))


# "The death toll from Cyclone Shaheen rose to 14 ... The discovery brought the number of dead in Oman to 12": a toll its own
# phrase confines to one place ("the number of dead in Oman to", "the death toll in Gaza stood at"), told after a larger toll
# of its measure whose phrase names no place, is that toll's share, not a rival version of it (acc-r260, dev901)
TOLL_IN_PLACE = re.compile(r"(?:" + cues("toll_in_place_before") + r")\s*$") if cue_alternatives("toll_in_place_before") else None
# a capitalised name in a cue's match: the place "the toll in Oman" confines a toll to
CAPITALISED_NAME = re.compile(r"[A-ZÀ-Ý][\w'’.-]*(?: [A-ZÀ-Ý][\w'’.-]*)*")


def _names_a_known_place(phrase: str) -> bool:
    """Does a capitalised name of `phrase` name a place of the gazetteer?"""
    gaz = default_gazetteer()
    return any(gaz.find(m.group(), "en") or gaz.find(m.group(), "fr") for m in CAPITALISED_NAME.finditer(phrase))

TOLL_IN_PLACE_WORDS = tuple(cue_alternatives("toll_in_place_literal"))  # one of them is in every match (the gate)


def _link_toll_in_place(records: list[Record], text: str) -> None:
    """"The discovery brought the number of dead in Oman to 12" after "rose to 14": a toll confined to a
    place the gazetteer knows is a share of the larger toll before it (acc-r260). A place it does not know
    ("the official death toll in the Himalayas reached 18" under "toll rises to 39") is the scene named
    again, no share: a smaller toll there is a rival or a slip for the rules to weigh."""
    for i, rec in enumerate(records):
        if rec.part_of is not None or rec.superseded or rec.measure not in ("killed", "injured", "missing") \
                or (m := TOLL_IN_PLACE.search(text, rec.start - 100 if rec.start > 100 else 0, rec.start)) is None \
                or not _names_a_known_place(m.group()):
            continue
        for prev in reversed(records[:i]):
            if rec.start - prev.end > 600:
                break
            if prev.measure != rec.measure or prev.sentence == rec.sentence:
                continue
            if prev.value > rec.value and prev.part_of is None and not prev.superseded \
                    and prev.qualifier in ("exact", "at_least", "more_than") \
                    and TOLL_IN_PLACE.search(text, prev.start - 100 if prev.start > 100 else 0, prev.start) is None:
                rec.part_of = prev.value
            break


def _link_hospital_shares(records: list[Record], text: str, pub, share: bool = True, share_since: bool = True) -> None:
    """"L'hôpital Wazir Akbar Khan ... avait reçu 145 cadavres, et l'hôpital d'urgence de Kaboul 16
    morts" after "au moins 170 personnes" killed: what one hospital received is its share of the last
    toll of that measure given before that holds it, with its window, when it has none of its own;
    never a toll it exceeds. acc-r86"""
    default = None if pub is None else ((pub - timedelta(days=1)).isoformat(), pub.isoformat())
    for i, rec in enumerate(records):
        # (a share counted since a day, "which has reported 93 deaths since the beginning of June", keeps that
        # window: a part of the outbreak's toll over its own months; acc-r251)
        since = share_since and rec.cumulative and rec.period_start is not None and rec.period_end == default[1] if default else False
        if rec.part_of is not None or rec.superseded or rec.measure not in ("killed", "injured") \
                or (rec.period_start, rec.period_end) != default and not since \
                or not (share and not since and HOSPITAL_SHARE.search(text, (rec.start - 200 if rec.start > 200 else 0), rec.start)
                        or since and HOSPITAL_SHARE_SINCE is not None
                        and HOSPITAL_SHARE_SINCE.search(text, (rec.start - 200 if rec.start > 200 else 0), rec.start)):
            continue  # (a hospital's count dated by its own paragraph, "Jeudi, ...", is that day's: left alone)
        for prev in reversed(records[:i]):
            if rec.start - prev.end > 1500:
                break
            if prev.measure != rec.measure or prev.sentence == rec.sentence or prev.part_of is not None \
                    or prev.superseded or prev.value <= rec.value and not (prev.value == rec.value and prev.qualifier != "exact") \
                    or prev.qualifier not in ("exact", "at_least", "more_than"):
                # (the toll again is no share of itself: "411 blessés restaient hospitalisés" after the
                # headline's 411, acc-r99)
                continue
            rec.part_of = prev.value
            if not since:
                rec.period_start, rec.period_end, rec.cumulative = prev.period_start, prev.period_end, prev.cumulative
            break


# "Sixty-six bombing victims remained in eight hospitals", "Some 20 people are being treated ... in
# critical care": those still in care on a day, a part of the injured the article counts in all
IN_CARE = re.compile(r"(?i:" + cues("in_care") + r")") if cue_alternatives("in_care") else None
IN_CARE_WORDS = tuple(cue_alternatives("in_care_literal"))
STILL_IN_CARE_WORDS = tuple(fold(w) for w in cue_alternatives("in_care_still_literal"))
COUNT_TO_DATE_WORDS = tuple(fold(w) for w in cue_alternatives("count_to_date_literal"))
# "Some 59 people were hurt in the attack and 12 of those rushed to hospital were children": a count
# told as "N of those" right after a count of its measure in its sentence is a part of that count
OF_THOSE_AFTER = re.compile(r"\s+(?:" + cues("of_those") + r")\b")


# the characters `re` matches to an ASCII letter ignoring case that `str.lower` makes no ASCII letter
_FOLDS_APART = FOLDS_APART


def _in_care_after(text: str, end: int) -> bool:
    """Does the clause after a number (to its sentence's end, at most 120 characters) say they are still in care?
    (Every match of `IN_CARE` holds one of `IN_CARE_WORDS` ignoring case: a clause holding none, lower-cased,
    is not searched; the pattern's alternatives ignoring case cost some 15 µs a clause; spd-r248.)"""
    clause = text[end:end + 120]
    stop = _CLAUSE_STOP.search(clause)
    if stop:
        clause = clause[:stop.start()]
    low = clause.lower()
    if not any_in(low, IN_CARE_WORDS) and not any_in(low, _FOLDS_APART):
        return False
    return IN_CARE.search(clause) is not None


_CLAUSE_STOP = re.compile(r"[.;]\s|\n")


def _link_in_care(records: list[Record], text: str) -> None:
    """"Sixty-six bombing victims remained in eight hospitals" in an article that says the bomber
    "wounded 116": the injured still in hospital (or in intensive care) are some of the injured, a
    part of the largest count of the injured the article gives (before or after), not another
    version of it; and "59 people were hurt ... and 12 of those rushed to hospital were children": a
    part of the count its sentence gives before it (series-r118)."""
    for i, rec in enumerate(records):
        if rec.part_of is not None or rec.superseded or rec.measure != "injured":
            continue
        if OF_THOSE_AFTER.match(text, rec.end):
            whole = next((w for w in reversed(records[:i]) if w.sentence == rec.sentence and w.measure == rec.measure
                          and w.part_of is None and not w.superseded and w.value > rec.value), None)
            if whole is not None:
                rec.part_of = whole.value
                continue
        if IN_CONDITION is not None and IN_CONDITION.match(text, rec.end) is not None:
            # "Four people were taken to hospital after the raid ... all three were in a stable condition": the
            # patients whose condition is given are some of those taken to hospital in an earlier sentence (acc-r251)
            whole = next((w for w in reversed(records[:i]) if _admitted_whole(text, w, rec)), None)
            if whole is not None:
                rec.part_of = whole.value
                continue
        if not _in_care_after(text, rec.end):
            continue
        # those still in care fall as patients go home: no toll of the event so far ("54 people injured
        # by the attack remain hospitalized" five days on, below the 71 hospitalised the day after)
        own = re.split(r"[,.;\n\d]", text[rec.end:rec.end + 120], maxsplit=1)[0]  # its own clause, to the next count
        if any_in(fold(own), STILL_IN_CARE_WORDS):
            rec.toll, rec.event_day = False, None
        wholes = [w for w in records if w is not rec and w.measure == rec.measure and w.part_of is None and not w.superseded
                  and w.value > rec.value and w.qualifier in ("exact", "at_least", "more_than", "approx")
                  and abs(w.start - rec.start) <= 3000 and not _in_care_after(text, w.end)]
        if wholes:
            rec.part_of = max(wholes, key=lambda w: w.value).value


def _admitted_whole(text: str, whole: Record, rec: Record) -> bool:
    """"Four people were taken to hospital after the raid ... all three were in a stable condition": those
    taken to hospital, in an earlier sentence, hold the patients whose condition is given after (acc-r251);
    not a count still in care, nor one of the same sentence."""
    own = re.split(r"[,.;\n\d]", text[whole.end:whole.end + 120], maxsplit=1)[0]
    return whole.measure == rec.measure and whole.part_of is None and not whole.superseded and whole.value > rec.value \
        and whole.qualifier in ("exact", "at_least", "more_than", "approx") \
        and whole.sentence != rec.sentence and whole.start < rec.start and rec.start - whole.end <= 600 \
        and _in_care_after(text, whole.end) and not any_in(fold(own), STILL_IN_CARE_WORDS)


# "all three were in a stable condition": the patients' condition after their count (acc-r251)
IN_CONDITION = re.compile(r"(?i:" + cues("in_condition") + r")") if cue_alternatives("in_condition") else None


# "du côté ennemi", "dans les rangs de l'armée", "on the Ukrainian side": a count of one side of a clash
SIDE_ITEM = re.compile(r"\b(?:" + cues("side_item") + r")\b") if cue_alternatives("side_item") else None
# "Côté ami : 89 morts", "bilan provisoire ami de 27 morts": the own side of an army's communiqué (acc-r252)
OWN_SIDE_BEFORE = re.compile(r"\b(?:" + cues("own_side_before") + r")") if cue_alternatives("own_side_before") else None


def _link_sums_across_sentences(records: list[Record], pub, text: str) -> None:
    """"At least 15 Palestinians were killed in airstrikes on two gatherings ... The airstrike killed
    nine people ... In addition, six people were killed in an Israeli strike": the counts of one
    measure given one by one after a toll, each in a paragraph of its own (one incident a paragraph),
    next to each other, that add up exactly to it break it down (parts sharing its window when they
    have none of their own), not other versions of it. Only counts of the toll's own place (or one
    around it). Counts side by side in one paragraph are left to their form (`_breakdown_lists`,
    `_link_exact_sums`): a mistyped one must still show above its whole (acc-r80)."""
    gaz = None
    for k, whole in enumerate(records):
        if whole.measure not in FLOW_MEASURES or whole.part_of is not None or whole.superseded \
                or whole.qualifier not in ("exact", "at_least") or whole.value < 3:
            continue
        items, total = [], 0
        for r in records[k + 1:]:
            if r.measure != whole.measure:
                continue
            if r.start - whole.end > 1500 or r.sentence == whole.sentence or r.part_of is not None or r.superseded \
                    or r.qualifier != "exact" or r.value >= whole.value \
                    or "\n" not in text[(items[-1].end if items else whole.end):r.start] \
                    and (not items or r.sentence == items[-1].sentence or "\n" not in text[whole.end:items[0].start]
                         or SIDE_ITEM is None or not SIDE_ITEM.search(fold(r.sentence))
                         or not SIDE_ITEM.search(fold(items[0].sentence))):
                # (or each in a sentence of its own that names its side, in the paragraph after the toll's:
                # "« Nous dénombrons 79 tués du côté ennemi », a-t-il déclaré. Du côté des forces ..., il y
                # a eu « 8 tués »" after 87 dead; acc-r99)
                break
            items.append(r)
            total += r.value
            if total >= whole.value:
                break
        if len(items) < 2 or total != whole.value:
            continue
        if gaz is None:
            gaz = default_gazetteer()
        if any(r.place != whole.place and not (r.place and whole.place and gaz.contains(r.place, whole.place)) for r in items):
            continue  # (counts per place inside the toll's are read by their form, `_breakdown_lists`)
        default = None if pub is None else ((pub - timedelta(days=1)).isoformat(), pub.isoformat())
        for r in items:
            r.part_of = whole.value
            if (r.period_start, r.period_end) == default:
                for q in records:
                    # ("8 tués (4 militaires et 4 policiers)": the parts' own parts too)
                    if q is r or q.sentence == r.sentence and q.part_of == r.value and q.measure == r.measure \
                            and (q.period_start, q.period_end) == default:
                        q.period_start, q.period_end, q.cumulative = whole.period_start, whole.period_end, whole.cumulative


def _link_remainders(records: list[Record], text: str) -> None:
    """"Twelve of them died in the hospital. 38 people died right at the railway station" after 50
    killed: the count right after a part of a toll, in its paragraph, that makes its parts add up
    exactly to it is the rest of it, another part, not another version of the toll."""
    for k in range(1, len(records)):
        r, before = records[k], records[k - 1]
        if r.part_of is not None or r.superseded or r.qualifier != "exact" or r.measure not in FLOW_MEASURES \
                or before.part_of is None or before.measure != r.measure or before.sentence == r.sentence \
                or before.end > r.start or "\n" in text[before.end:r.start] or r.start - before.end > 400:
            continue
        whole = next((w for w in reversed(records[:k - 1]) if w.value == before.part_of and w.measure == r.measure
                      and w.part_of is None), None)
        if whole is None or whole.qualifier != "exact":
            continue
        parts = [q for q in records[:k] if q.part_of == whole.value and q.measure == r.measure and q.start > whole.start]
        if parts and sum(q.value for q in parts) + r.value == whole.value:
            r.part_of = whole.value


OTHERS_WORDS = tuple(cue_alternatives("others"))


# a full stop the sentence splitter passed over ("88 bodies have been identified. 133 bodies ...": a
# sentence opening on digits)
SENTENCE_STOP = re.compile(r"[.!?][\"”»]?\s")


def _link_rest_told(records: list[Record], text: str) -> None:
    """"Au total, 180 personnes ont été blessées ... 142 blessés ont été hospitalisés, dont 32 sont déjà
    rentrés chez eux ... 38 autres blessés ont reçu des soins sans être hospitalisés": a count told as
    the rest ("N autres", "N others") that, with the count of its measure just before it, adds up
    exactly to the toll given before both in their paragraph breaks that toll down: both are parts of
    it, not other versions of it (series-r102). A part of the first count ("dont 32") is passed over.
    An item above the toll is linked all the same, so that a mistyped part shows above its whole;
    items that add up to less are left alone (a count of some of them, or of others)."""
    for k in range(2, len(records)):
        rest = records[k]
        if rest.part_of is not None or rest.superseded or rest.qualifier != "exact" or rest.measure not in FLOW_MEASURES \
                or OTHERS.match(text[rest.end:rest.end + 40].lower()) is None:
            continue
        before = [r for r in records[:k] if r.measure == rest.measure and not r.superseded]
        while len(before) > 1 and before[-1].part_of is not None and before[-1].part_of == before[-2].value:
            before.pop()  # "dont 32": the first count's own part
        if len(before) < 2:
            continue
        first, whole = before[-1], before[-2]
        if first.part_of is None and whole.part_of is None and whole.sentence == first.sentence \
                and first.value + rest.value != whole.value and SENTENCE_STOP.search(text, whole.end, first.start) is None:
            # "Seven people ... were found dead inside the bowling alley, and eight men were killed at
            # the bar ... Three others died after being taken to hospitals" after "18 people had been
            # killed": counts side by side in one sentence are items, not a whole and its part; with
            # the rest they break down the toll before them that they add up to exactly (acc-r108)
            side = [r for r in before if r.sentence == first.sentence]
            if len(side) >= 2 and all(r.part_of is None and r.qualifier == "exact" for r in side):
                total = sum(r.value for r in side) + rest.value
                earlier = [r for r in before if r.end <= side[0].start]
                toll = earlier[-1] if earlier else None
                if toll is not None and toll.value == total and toll.part_of is None \
                        and toll.qualifier in ("exact", "at_least") and rest.start - toll.end <= 1500 \
                        and "\n\n" not in text[side[0].start:rest.start]:
                    for r in side:
                        r.part_of = toll.value
                    rest.part_of = toll.value
            continue
        if first.part_of is not None or whole.part_of is not None or first.qualifier != "exact" \
                or whole.qualifier not in ("exact", "at_least") \
                or "\n" in text[whole.end:rest.start] or rest.start - whole.end > 1500:
            continue
        if first.value + rest.value == whole.value \
                or whole.value >= 3 and min(first.value, rest.value) < whole.value < max(first.value, rest.value):
            # (the sum confirms the breakdown; an item above the toll itself is a part mistyped, which the
            # form still makes a part, for CC103 to show: "133 bodies have been handed over ... 10 other
            # bodies have been identified" after 88 identified)
            first.part_of = rest.part_of = whole.value


# "Les trois autres victimes", "The other three victims": a sentence opening on the rest of a toll
# ("#" stands for the count)
REST_OPENING = re.compile(r"\W*(?:" + "|".join(a.replace("#", rf"(?P<n{i}>\S+)") for i, a in enumerate(cue_alternatives("rest_opening")))
                          + r")\b", re.IGNORECASE) if cue_alternatives("rest_opening") else None

# "Le premier gendarme, un militaire de 22 ans, ...", "The second victim, a nurse, ...": a sentence
# opening on one item of a count told before, named by its rank
ITEM_OPENING = re.compile(r"\W*(?:" + cues("item_opening") + r"),") if cue_alternatives("item_opening") else None


def _link_rest_of_parts(records: list[Record], text: str) -> None:
    """"Le bilan ... s'est alourdi à cinq morts, dont deux gendarmes ... Les trois autres victimes, des
    civils, ont été tuées par balle dans l'agglomération": a sentence that opens on the rest of a toll
    whose sentence gave its parts ("dont deux gendarmes"), the rest adding up with them to the toll
    exactly, is its last part, over its window (ext-r142)."""
    if REST_OPENING is None:
        return
    for k in range(1, len(records)):
        rest = records[k]
        if rest.part_of is not None or rest.superseded or rest.qualifier != "exact" or rest.measure not in FLOW_MEASURES \
                or not rest.sentence or (at := rest.sentence.find(rest.text)) < 0 \
                or (m := REST_OPENING.match(rest.sentence)) is None or m.start(m.lastgroup) != at:
            continue
        for whole in reversed(records[:k]):
            if rest.start - whole.end > 1500:
                break
            if whole.measure != rest.measure or whole.part_of is not None or whole.superseded \
                    or whole.sentence == rest.sentence or whole.qualifier not in ("exact", "at_least") or whole.value <= rest.value:
                continue
            told = [r for r in records[:k] if r.part_of == whole.value and r.measure == rest.measure
                    and r.sentence == whole.sentence and r.start > whole.start]
            if told and sum(r.value for r in told) + rest.value == whole.value:
                _take_whole(records, k, whole, False)
                break


# "deux personnes ont été tuées dans des frappes israéliennes ... Un raid a visé un véhicule à Bint
# Jbeil, tuant un employé": a sentence opening on one of the incidents just counted (acc-r87)
INCIDENT_OPENS = re.compile(r"\s*(?:" + cues("incident_item_open") + r")\b") if cue_alternatives("incident_item_open") else None
INCIDENTS_PLURAL = re.compile(r"\b(?:" + cues("incidents_plural") + r")\b") if cue_alternatives("incidents_plural") else None


def _link_incident_items(records: list[Record], text: str) -> None:
    """A count in a sentence that opens on one incident ("Un raid a visé ..., tuant un employé",
    "One strike hit ..., killing three") right after a toll of the same measure over several
    incidents of its paragraph ("deux personnes ont été tuées dans des frappes") is one of its parts,
    not another version of it. So is a count of a paragraph that opens on one incident ("Une autre
    explosion est ensuite survenue ... dans une rame de métro. Le bilan provisoire est de 20 morts")
    after a paragraph's toll over several ("deux attentats qui ont fait au moins 31 morts"): each
    paragraph tells one incident's count (fa-r105)."""
    for k, r in enumerate(records):
        if r.part_of is not None or r.superseded or r.measure not in FLOW_MEASURES \
                or r.qualifier not in ("exact", "at_least"):
            continue
        if r.qualifier == "exact" and INCIDENT_OPENS.match(r.sentence):
            whole = next((w for w in reversed(records[:k]) if w.measure == r.measure and w.sentence != r.sentence), None)
            if whole is None or whole.superseded or whole.value <= r.value or r.start - whole.end > 600 \
                    or "\n" in text[whole.end:r.start] or INCIDENTS_PLURAL is None or not INCIDENTS_PLURAL.search(whole.sentence):
                continue
            r.part_of = whole.value
            continue
        opens = text.rfind("\n", 0, r.start) + 1
        if opens == 0 or r.start - opens > 400 or not INCIDENT_OPENS.match(text, opens) or INCIDENTS_PLURAL is None:
            continue
        # the toll the incidents' paragraphs break down: the last of the measure before the paragraph
        # that no paragraph before linked as a part
        whole = next((w for w in reversed(records[:k]) if w.measure == r.measure and w.start < opens
                      and w.part_of is None), None)
        if whole is None or whole.superseded or whole.value <= r.value or opens - whole.end > 1500 \
                or not INCIDENTS_PLURAL.search(whole.sentence) or _MANY_INCIDENTS.search(whole.sentence) is None:
            continue
        r.part_of = whole.value


SITE_PART_OPEN = re.compile(r"(?:" + cues("site_part_open") + r")") if cue_alternatives("site_part_open") else None


def _link_site_parts(records: list[Record], text: str) -> None:
    """A count of the dead in a sentence that opens on it and on the site where they died, named by its
    common noun ("Twenty-one people died in the cafe and the gift shop next to it"), in a paragraph after
    a larger toll of the same measure and place ("The death toll ... rose to 34"), is a part of that toll
    told by where the dead were, not another version of it (acc-r236)."""
    for k, r in enumerate(records):
        if r.part_of is not None or r.superseded or r.measure != "killed" or r.qualifier != "exact" \
                or not SITE_PART_OPEN.match(r.sentence):
            continue
        opens = text.rfind("\n", 0, r.start) + 1
        # (the last toll before the paragraph that can hold it: same place and window, no part, none superseded)
        whole = next((w for w in reversed(records[:k]) if w.measure == r.measure and w.end <= opens
                      and w.value > r.value and w.part_of is None and not w.superseded and w.place == r.place
                      and w.period_start == r.period_start and w.period_end == r.period_end), None)
        if whole is None or opens - whole.end > 1500:
            continue
        r.part_of = whole.value


# "deux attentats", "a series of blasts", "plusieurs frappes": a toll counted over more than one incident
_MANY_INCIDENTS = re.compile(r"\b(?:" + cues("incidents_many") + r")\s+(?:[\w'’-]+\s+)?(?:" + cues("incidents_plural") + r")\b",
                             re.IGNORECASE)


# "Le bilan, établi par le média local Myanmar Now, n'a pas pu être vérifié": who drew up the toll
# of the sentence before, named in the next one
TOLL_CREDITED_AFTER = re.compile(r"^[\s«\"“]*(?:" + cues("toll_credited_after") + r")\s+(?P<src>[^,;.()]{3,80}?(?:\s*\([A-Z][\w-]{1,12}\))?)(?:\s+(?:" + cues("toll_credited_circumstance") + r")\b[^,;.()]{0,80})?\s*[,;.]", re.IGNORECASE)
TOLL_CREDITED_WORDS = ("bilan", "chiffre", "compte", "toll", "figure", "count", "tally")
CAPITALISED_TAIL = re.compile(r"\b[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*$")


def _credit_from_next(records: list[Record], sents) -> None:
    # only the sentences after one that holds a record with no source can give it one (a source is set,
    # never taken back, and each sentence's records are its own): the others are not matched
    starts = [sent.start for sent in sents]
    after = set()
    for r in records:
        if not r.attribution:
            i = bisect_right(starts, r.start) - 1
            if i >= 0 and r.start < sents[i].end:
                after.add(i + 1)
    for k in sorted(after):
        if k >= len(sents):
            continue
        src = credit_opening(sents[k].text)
        if src is None:  # (the lead's toll, credited at the head of the next paragraph, too)
            continue
        for r in records:
            if sents[k - 1].start <= r.start < sents[k - 1].end and not r.attribution:
                r.attribution = src


def credit_opening(sentence: str) -> Optional[str]:
    """The source a sentence opens by crediting a toll to ("Ce bilan a été établi par ...": TOLL_CREDITED_AFTER),
    or None: the credit of the records of the sentence before it that name no source (`_credit_from_next`)."""
    m = TOLL_CREDITED_AFTER.match(sentence)
    if m is None:
        return None
    src = m.group("src").strip()
    name = CAPITALISED_TAIL.search(src)
    # "établi par le gouverneur régional Oleg Synegoubov": the person; not the one capitalised word
    # of an institution ("le ministère de l'Intérieur")
    return name.group(0) if name and (" " in name.group(0) or name.start() == 0) else src


# "Of them, 215 were women, 194 were men": a sentence that opens on a part of the figures just given,
# and names no source of its own, goes on with the source of the sentence before (cue source_carries)
SOURCE_CARRIES = re.compile(r"[\s\"“«]*(?:" + cues("source_carries") + r")", re.IGNORECASE) if cue_alternatives("source_carries") else None


# "- Lee – 45": an item of a bulleted list
LIST_ITEM = re.compile(r"[ \t]*[-•*–—][ \t]")


def _list_intro_source(text: str, at: int, lex: FigureLexicon) -> Optional[str]:
    """The source the line introducing the bulleted list that holds `at` names ("According to the FDLE,
    deaths were reported in the following counties:"), when the item's line opens on a bullet and the
    line before the list ends on a colon; else None."""
    line = text.rfind("\n", 0, at) + 1
    if not LIST_ITEM.match(text, line):
        return None
    while line > 0:
        prev = text.rfind("\n", 0, line - 1) + 1
        body = text[prev:line - 1]
        if body.strip() and not LIST_ITEM.match(body):
            if not body.rstrip().endswith(":"):
                return None
            # the label's own sentence first ("... according to state officials. Here is the latest
            # confirmed toll, as provided by state authorities:"; ext-r154)
            cut = max(body.rfind(". "), body.rfind("? "), body.rfind("! "))
            names = {name for _, name, _ in attribution_cues(body[cut + 1:], lex)} if cut > 0 else set()
            if len(names) != 1:
                names = {name for _, name, _ in attribution_cues(body, lex)}
            return names.pop() if len(names) == 1 else None
        line = prev
    return None


def _carry_source(records: list[Record], sents, lex: FigureLexicon, text: str) -> None:
    """Figures of a sentence that goes on with the breakdown of the figures of the sentence before, in
    its paragraph, and names no source of its own ("... the prosecutor's office said. Of them, 215 were
    women"): the source of that sentence's last credited figure. In order, so a chain of such
    sentences keeps it. The items of a bulleted list take the source of the line that introduces
    the list with a colon ("According to the FDLE, deaths were reported in the following counties:")."""
    starts = [s.start for s in sents]
    for r in records:
        if r.attribution:
            continue
        k = bisect_right(starts, r.start) - 1
        if k > 0 and (src := _list_intro_source(text, r.start, lex)) is not None and not attribution_cues(sents[k].text, lex):
            r.attribution = src
            continue
        if k <= 0 or sents[k].paragraph != sents[k - 1].paragraph or not SOURCE_CARRIES.match(sents[k].text) \
                or attribution_cues(sents[k].text, lex):
            continue
        prev = sents[k - 1]
        src = next((q.attribution for q in reversed(records) if q.attribution and prev.start <= q.start < prev.end), None)
        if src is not None:
            r.attribution = src


# "Le vice-Premier ministre a noté plus tard que le bilan s'était alourdi à 347 morts", "Officials
# later said the toll had risen to 347": a toll that rose after the one its paragraph gave just before
LATER_RISE = gated(r"\b(?:" + cues("later_rise") + r")")
LATER_RISE_OF_DEAD = re.compile(r"\b(?:" + cues("later_rise_of_dead") + r")\b")


def _parts_of_toll_over_events(records: list[Record], sents, folded: str) -> None:
    """A toll summed over several events after a count of "others" in its sentence ("Three other deaths
    occurred in the Woolsey Fire ..., making the statewide death toll from wildfires 74"): that count
    and the last count of its measure in the sentence before, in its paragraph (the Camp Fire's 71),
    are its parts, not rival versions of it (ext-r154, camp-fire-2018 c5)."""
    starts = [s.start for s in sents]
    for whole in records:
        if whole.part_of is not None or whole.superseded or whole.measure not in TOLL_MEASURES:
            continue
        k = bisect_right(starts, whole.start) - 1
        if k <= 0 or sents[k - 1].paragraph != sents[k].paragraph \
                or TOLL_OVER_EVENTS.search(folded, sents[k].start, whole.start) is None:
            continue
        others = [r for r in records if sents[k].start <= r.start < whole.start and r.measure == whole.measure
                  and r.part_of is None and OTHERS_WORD.search(folded, r.end, min(whole.start, r.end + 30))]
        before = [r for r in records if sents[k - 1].start <= r.start < sents[k].start and r.measure == whole.measure
                  and r.part_of is None and not r.superseded]
        if others and before:
            for r in (others[0], before[-1]):
                r.part_of = whole.value


def _supersede_by_later_rise(records: list[Record], sents, folded: str) -> None:
    """The smaller counts of the sentence just before, of the measure of the later toll, are the
    earlier toll it updates: superseded, as "up from" or "un précédent bilan" marks them; so are
    those of the cue's own sentence before it ("le bilan ... a grimpé à 40 décès, avant de franchir
    le cap des 60 victimes": the stages of one climb)."""
    for k in range(len(sents)):
        sent = sents[k]
        if (m := LATER_RISE.rx.search(folded, sent.start, sent.end)) is None:
            continue
        spans = [(sent.start, m.start())]
        if k and sents[k - 1].paragraph == sent.paragraph:
            spans.append((sents[k - 1].start, sents[k - 1].end))
        later = [r for r in records if m.start() <= r.start < sent.end and not r.superseded and r.part_of is None]
        # "The next day, the death toll rose by seven": the toll of the dead rose, with no new total
        dead_rose = not later and LATER_RISE_OF_DEAD.search(folded, m.start(), sent.end) is not None
        for r in records:
            if any(s <= r.start < e for s, e in spans) and not r.superseded and r.part_of is None \
                    and (dead_rose and r.measure == "killed"
                         or any(l.measure == r.measure and l.value > r.value
                                and (not r.place or not l.place or default_gazetteer().nested(r.place, l.place)) for l in later)):
                # (not a count of another place: "Five died in A. Later the toll in B rose to 30")
                r.superseded = True


# "reported late Friday that 27 were dead, along with three attackers": a count added to an earlier toll
# by "along with", "ainsi que" is told by that earlier report too (series-r152)
SUPERSEDED_COMPANION = re.compile(r"^[^.;:!?\d]{0,30}?\b(?:" + cues("superseded_companion") + r")\b[^.;:!?\d]{0,30}$") \
    if cue_alternatives("superseded_companion") else None


def _companions_superseded(records: list[Record], folded: str) -> None:
    """A count that its sentence adds to an earlier, superseded toll ("after state television reported
    late Friday that 27 were dead, along with three attackers"; "Un précédent bilan faisait état de 22
    morts ainsi que de deux assaillants") is that earlier report's count too: superseded with it."""
    for prev, r in zip(records, records[1:]):
        if prev.superseded and not r.superseded and r.part_of is None and r.sentence == prev.sentence \
                and prev.end <= r.start and SUPERSEDED_COMPANION.match(folded[prev.end:r.start]) is not None:
            r.superseded = True


def _other_event_ago(low: str, c: Candidate) -> Optional[str]:
    """The words that date the event a clause sets beside the article's, days before it ("alors qu'un attentat
    ... a fait 26 morts ... il y a huit jours": "il y a huit jours"), when `OTHER_EVENT_AGO_BEFORE` opens the
    count's clause; None otherwise."""
    if OTHER_EVENT_AGO_BEFORE is None or not any_in(low, OTHER_EVENT_AGO_WORDS) \
            or OTHER_EVENT_AGO_BEFORE.search(low, (c.number.start - 160 if c.number.start > 160 else 0), c.number.start) is None:
        return None
    m = OTHER_EVENT_AGO.search(low, c.number.end)
    return m.group(0) if m is not None else None


def _days_ago(said: str, lang: str) -> int:
    """How many days before publication `said` puts an event ("il y a huit jours": 8, "a week ago": 7)."""
    count = next((int(x.value) for x in find_numbers(said, lang) if x.qualifier == "exact" and x.value), 1)
    days = 7 if OTHER_EVENT_AGO_WEEK.search(said) else 30 if OTHER_EVENT_AGO_MONTH.search(said) \
        else 365 if OTHER_EVENT_AGO_YEAR.search(said) else 1
    return count * days


def _parts_of_superseded(records: list[Record]) -> None:
    """The parts that follow a superseded toll in its sentence and break it down ("Authorities had at first
    said as many as 51 people were dead, including 20 children"; "De précédents bilans évoquaient jusqu'à 91
    morts, dont 20 enfants") are that earlier report's counts too: superseded with it (series-r249)."""
    for whole in records:
        if not whole.superseded or whole.part_of is not None:
            continue
        for r in records:
            if r is not whole and not r.superseded and r.part_of == whole.value and r.sentence == whole.sentence \
                    and r.measure == whole.measure and r.start > whole.end:
                r.superseded = True


def _earlier_paragraph_superseded(records: list[Record], sents, folded: str) -> None:
    """"Plus tôt dans la journée, M. Reznitchenko avait déploré ... « Le sort de plus de 40 personnes
    demeure inconnu », avait-il écrit": a paragraph that opens on an earlier time and reports in the
    pluperfect tells the speaker's earlier counts, sentence after sentence. Each count of such a
    sentence that a count of the same measure outside the paragraph updates is superseded (the
    paragraph's first sentence is read so by `_record` already)."""
    first = None
    for k, sent in enumerate(sents):
        if k == 0 or sent.paragraph != sents[k - 1].paragraph:
            low = folded[sent.start:sent.end]
            first = sent if "avai" in low and EARLIER_REPORT_OPENING.match(low) is not None \
                and PLUPERFECT_SAID.search(low) is not None else None
            continue
        if first is None or PLUPERFECT_SAID.search(folded, sent.start, sent.end) is None:
            continue
        for r in records:
            if sent.start <= r.start < sent.end and not r.superseded \
                    and any(o.measure == r.measure and not o.superseded and o.part_of is None
                            and not first.start <= o.start < sent.end for o in records if o is not r):
                r.superseded = True


SEVERITY_CLAUSE = re.compile(r"[^.;:,\d]{0,40}")
SEVERITY_PART_GAP = re.compile(r"[^.;:,()\d]{0,60}?,\s*")  # "were hospitalised, " before "five in serious condition"
SEVERITY_LIST_GAP = re.compile(r"[^.;:\d]{0,60}?(?:,|\s(?:" + cues("and_word") + r"))\s*")  # "..., 29 with", "... and 872 in"


def _link_severity_parts(records: list[Record], folded: str) -> None:
    """"Onze blessés se trouvent en urgence absolue" in a lead, "20 blessés dont 16 enfants" in the
    body: wounded told by their severity before any toll of wounded are a part of the toll the article
    gives next, not another version of it (after a toll, they stay a claim of their own)."""
    injured = [r for r in records if r.measure == "injured" and not r.superseded]
    if len(injured) < 2:
        return
    graded = [SEVERITY.rx.search(folded, r.end, SEVERITY_CLAUSE.match(folded, r.end).end()) is not None for r in injured]
    for k, rec in enumerate(injured):
        if not graded[k] or rec.part_of is not None:
            continue
        if any(not graded[j] for j in range(k)):
            continue  # a toll of wounded given before: the graded count is its own claim (a sibling)
        whole = next((w for j, w in enumerate(injured[k + 1:], k + 1) if not graded[j] and w.part_of is None), None)
        if whole is not None and OTHERS.match(folded, whole.end):
            continue  # "19 victimes gravement blessées ..., tandis que 23 autres": the others are no whole
        if whole is not None and whole.value > rec.value and (whole.period_start, whole.period_end) == (rec.period_start, rec.period_end):
            rec.part_of = whole.value


ANOTHER_SITE = re.compile(r"\b(?:" + cues("another_site") + r")\b", re.IGNORECASE)  # "près d'un autre centre" (ext-r204)
# "huit corps supplémentaires", "68 corps de plus", "19 more bodies": an addition to a toll
INCREMENT_AFTER = re.compile(r"\s+(?:(?:" + cues("increment_more") + r")\b|[\w'’-]+\s+(?:" + cues("increment_after_noun") + r")\b"
                             r"|(?:" + cues("increment_other") + r")\s+(?:" + cues("increment_body") + r")\b)", re.IGNORECASE)  # "Un autre corps a été retiré"
INCREMENT_AFTER_WORDS = tuple(cue_alternatives("increment_literal"))  # one of them is in every INCREMENT_AFTER match, lower-cased


def _increment_after(text: str, pos: int) -> Optional[re.Match]:
    """`INCREMENT_AFTER.match(text, pos)`, asked only where the clause after `pos` holds one of
    `INCREMENT_AFTER_WORDS` lower-cased (or a character that folds apart, `FOLDS_APART`). No match holds a
    "." or ";" (its words, spaces, apostrophes, hyphens and commas, and `[^.;]`), so the clause runs to the
    first of them. Its look-aheads over the words after a count (up to five, each tried at every length)
    cost some 50,000 instructions a call, 4.9 calls a wire article, almost none matching; the words'
    test some 20,000 (spd-r256)."""
    stop = text.find(".", pos)
    if stop < 0:
        stop = len(text)
    semi = text.find(";", pos, stop)
    low = text[pos:stop if semi < 0 else semi].lower()
    if not any_in(low, INCREMENT_AFTER_WORDS) and not any_in(low, FOLDS_APART):
        return None
    return INCREMENT_AFTER.match(text, pos)


# "another four people ... had died", "another 28 sets of remains": the word right before the number
INCREMENT_BEFORE = re.compile(r"\b(?:" + cues("increment_before") + r")\s+$", re.IGNORECASE)
# "Another militant was killed": the word is the count of one itself (`one_person`), an increment too
INCREMENT_AT = re.compile(r"(?:" + cues("increment_before") + r")\s", re.IGNORECASE)
EXPECTED = re.compile(r"\b(?:" + cues("expected") + r")", re.IGNORECASE)


# "38 morts ; au Malawi, 11.": a clause that gives a place, then a bare count
PLACE_THEN_COUNT = re.compile(r"[^.;:]{0,60}?;\s*(?:et\s+)?(?:" + cues("place_then_count_in") + r")\s+[^\d.;:,]{2,40},\s*")
COUNT_END = re.compile(r"\s*(?:[.;)]|$)")
# "but it rose to 27 overnight": a word of time right after a count, no noun
TIME_AFTER_COUNT = frozenset(cue_alternatives("time_after_count"))
TIME_AFTER_COUNT_END = re.compile(r"\s*(?:[,.;:)]|$)")  # (not "40 overnight shelters": a modifier)
# ", Mansehra 23": an item of a list of counts per place, the place's name (capitalised) before its count
NAME_THEN_COUNT = re.compile(r"(?:\s*,\s*(?:(?:" + cues("and_word") + r")\s+)?|\s+(?:" + cues("and_word") + r")\s+)[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2}\s+")
NAME_COUNT_END = re.compile(r"\s*(?:[,.;]|$|(?:" + cues("and_word") + r")\b)")
# "Of them, 12,000 are in Imphal": a bare count, a copula and where they are
AMONG_THEM_IN_PLACE = re.compile(r"\s+(?:" + cues("among_them_place_verb") + r")\s+[A-Z]")


def _in_place_item(c, text: str) -> bool:
    """A bare count (no noun) followed by a copula and a capitalised place ("12,000 are in Imphal")."""
    return bool(c.head) and c.head[0] in (None, "unknown") and c.number.kind in ("digits", "words", "approximate") \
        and not c.number.year_like and AMONG_THEM_IN_PLACE.match(text, c.number.end) is not None


# "Les victimes sont de 18 nationalités différentes. Parmi elles figurent deux Français et deux Suisses": a sentence with no
# figure that opens on the dead of the toll given before; "them" after it are those dead (ext-r246, dev830)
VICTIMS_SUBJECT = re.compile(r"[\s«\"“]*(?:" + cues("victims_subject") + r")\b")
AMONG_THEM_START = re.compile(r"^[\s«\"“]*(?:" + cues("among_them_start") + r")\s*,?\s*(?:on (?:compte|d[ée]nombre|trouve)\s+)?(?=\S)")
def _victims_toll(records: list[Record], folded: str, prev: Sentence) -> Optional[Record]:
    """The last toll of the dead given before a sentence with no figure that opens on the dead (`VICTIMS_SUBJECT`)."""
    if records[-1].start >= prev.start or not VICTIMS_SUBJECT.match(folded, prev.start, prev.end):
        return None
    return next((r for r in reversed(records) if r.measure == "killed" and r.part_of is None), None)


ABOARD_WORDS = ("transport", "bord", "embarqu", "carr", "conve", "ferry", " with")  # one of them is in every ABOARD_COUNT match
ABOARD_COUNT = re.compile(r"\b(?:" + cues("aboard_count_before") + r")\s+(?:[«\"“]\s*)?$")
YEAR_WRITTEN = assertions_after(r"\b(?:19|20)\d\d\b")


def _year_heads(sents: list[Sentence], pub) -> dict[int, TimeSpan]:
    """Paragraphs that are one short line opening on a past year ("2004: 230,000 dead, southeast
    Asia"), with that year as a span of the line."""
    heads: dict[int, TimeSpan] = {}
    count: dict[int, int] = {}
    for s in sents:
        count[s.paragraph] = count.get(s.paragraph, 0) + 1
    for s in sents:
        if len(s.text) <= 100 and count[s.paragraph] == 1 and (m := YEAR_HEAD.match(s.text)) is not None:
            y = int(m.group(1))
            if y <= pub.year:
                heads[s.paragraph] = TimeSpan(m.start(1), m.end(1), date(y, 1, 1), min(pub, date(y, 12, 31)), "span", m.group(1))
    return heads


def _in_years_of(spans: list[TimeSpan], prior: TimeSpan, pub) -> list[TimeSpan]:
    """"D'octobre 1997 à janvier 1998, ... En Somalie, la crue du fleuve, le 18 octobre, ...": a day
    written without its year, in a paragraph that has given a past year, is that year's (the day
    inside the span given, else in the year it ends), not the last such day before publication."""
    if prior.period_end is None or prior.period_start is None or prior.period_end.year >= pub.year \
            or not YEAR_WRITTEN.search(prior.text):
        return spans
    out = []
    for s in spans:
        if (s.kind == "point" and s.period_start == s.period_end or _short_dated(s)) and s.period_start is not None \
                and not YEAR_WRITTEN.search(s.text) and not prior.period_start <= s.period_start <= prior.period_end \
                and not (s.period_start == pub and not any(ch.isdigit() for ch in s.text)):
            # (not "Today, 7 million people live in the city" after "In 1976 an earthquake killed ...":
            # the publication day named by a word, not a date; ext-r142)
            d = s.period_start
            tries = []
            for y in (prior.period_start.year, prior.period_end.year):
                try:
                    tries.append(d.replace(year=y))
                except ValueError:
                    pass
            inside = [t for t in tries if prior.period_start <= t <= prior.period_end]
            if inside or tries:
                t = inside[0] if inside else tries[-1]
                s = TimeSpan(s.start, s.end, t, t, s.kind, s.text) if s.period_end == d else _moved_to_year(s, t.year)
        out.append(s)
    return out


def _short_dated(s: TimeSpan) -> bool:
    """A day or a night written with its month but no year ("le 18 octobre", "dans la nuit du 5 au 6
    septembre"), not a weekday nor a longer span."""
    return s.kind in ("point", "span") and s.period_start is not None and s.period_end is not None \
        and 0 <= (s.period_end - s.period_start).days <= 1 and any(ch.isdigit() for ch in s.text) \
        and not YEAR_WRITTEN.search(s.text)


def _moved_to_year(s: TimeSpan, year: int) -> TimeSpan:
    """`s` moved to `year` (its end moved by as many years: a night over New Year stays one night)."""
    try:
        a = s.period_start.replace(year=year)
        b = s.period_end.replace(year=s.period_end.year + year - s.period_start.year)
    except ValueError:
        return s
    return TimeSpan(s.start, s.end, a, b, s.kind, s.text)


def _in_sentence_year(spans: list[TimeSpan], pub) -> list[TimeSpan]:
    """"Raïs où, le 29 août 1997, environ 200 personnes avaient été tuées, et Beni Messous, où des
    dizaines d'habitants avaient été massacrés dans la nuit du 5 au 6 septembre": a day or a night
    written without its year after a date of its sentence with a past year is that year's (its month
    falls on or after that date's), not the last such day before publication (ext-r168)."""
    out, anchor = [], None
    for s in spans:
        if YEAR_WRITTEN.search(s.text) and s.period_start is not None and s.period_end is not None and s.kind != "since":
            anchor = s.period_end if s.period_end.year < pub.year else None
        elif anchor is not None and _short_dated(s) and s.period_start.year > anchor.year:
            moved = _moved_to_year(s, anchor.year)
            if moved.period_start >= anchor:
                s = moved
        out.append(s)
    return out


def _written_month_year(spans: list[TimeSpan], current: Optional[tuple[int, int]]) -> Optional[tuple[int, int]]:
    """The month a sentence dates with its year ("en mars 2022"), as (year, month); another written
    year forgets the last one; a sentence without a written year keeps it."""
    for s in spans:
        if YEAR_WRITTEN.search(s.text):
            a, b = s.period_start, s.period_end
            if a is not None and b is not None and a.day == 1 and (a.year, a.month) == (b.year, b.month) and s.kind != "since":
                return a.year, a.month
            return None
    return current


def _in_month_year(spans: list[TimeSpan], month_year: tuple[int, int]) -> list[TimeSpan]:
    """"... au moins 500 personnes en mars 2022 ... arrivés le 27 mars": a day of the month the copy
    last dated with a past year, written without its year, is that year's, not the last 27 March
    before publication."""
    year, month = month_year
    out = []
    for s in spans:
        d = s.period_start
        if s.kind == "point" and d is not None and d == s.period_end and d.month == month and d.year > year \
                and any(ch.isdigit() for ch in s.text) and not YEAR_WRITTEN.search(s.text):
            # (a day and its month, not a weekday: "mardi" is the last one before publication)
            try:
                t = d.replace(year=year)
                s = TimeSpan(s.start, s.end, t, t, s.kind, s.text)
            except ValueError:
                pass
        out.append(s)
    return out


AFTER_INCREMENT_CHARS = 400  # how far after a leading increment the toll it brings up may be given
CIRCLE_ALSO = re.compile(r"\s+(?:of|d[e'’]) (?:his|her|their|its|ses|leurs?) ", re.IGNORECASE)  # "Five of his co-workers also died"


def _link_increments(records: list[Record], text: str) -> None:
    """An increment ("Les sauveteurs ont localisé huit corps supplémentaires") is part of the
    largest toll of its measure given before it nearby or in its sentence (an estimated toll only
    for an estimated increment: "68 corps de plus" of "pourrait atteindre 160 morts"), not another
    version of it."""
    for rec in records:
        if rec.part_of is not None or rec.superseded or not (_HELD & HOLDS_INCREMENT and _increment_after(text, rec.end)
                                                             or _another_of_same(rec, records, text)
                                                             or _taken_up_after(rec, records, text)
                                                             or _brought_up_by(rec, records, text)):
            continue
        if ANOTHER_SITE.search(text, rec.end, min(len(text), rec.end + 160)) is not None \
                and "." not in text[rec.end:ANOTHER_SITE.search(text, rec.end, min(len(text), rec.end + 160)).start()]:
            continue  # "Une personne supplémentaire a également été tuée ... près d'un autre centre": another site's (ext-r204)
        # "hundreds more feared dead", "nous nous attendons à trouver 68 corps de plus": beyond the
        # count, so part only of an estimate
        expected = rec.basis == "estimated" or bool(EXPECTED.search(text, max(0, rec.start - 40), min(len(text), rec.end + 40)))
        tolls = [r for r in records if r is not rec and r.measure == rec.measure and r.part_of is None
                 and not r.superseded
                 and (r.sentence == rec.sentence or 0 <= rec.start - r.end <= 1500)
                 # ("Some 775 civilians were also wounded ... Another 79 soldiers were wounded": soldiers add
                 # to no count of civilians; acc-r72)
                 and (rec.group in (None, "people") or r.group in (None, "people") or _group_within(rec.group, r.group))
                 and (r.basis == "estimated") == expected
                 and not (_HELD & HOLDS_INCREMENT and _increment_after(text, r.end))
                 and not INCREMENT_BEFORE.search(text, max(0, r.start - 20), r.start)]
        # "... in the past 24 hours, taking the number of such deaths to 300": the toll the
        # increment takes up in its own sentence, before a larger one given earlier; linked by its
        # form, whatever the values say ("958 morts supplémentaires ..., portant à 658 le nombre":
        # an increment above the toll it brings up is CC103's business)
        taken = [r for r in tolls if r.sentence == rec.sentence and r.start > rec.end
                 and TOLL_TAKEN_TO.search(text, max(rec.end, r.start - 90), r.start)]
        tolls = taken or [r for r in tolls if r.value > rec.value]
        if not tolls and not expected and _HELD & HOLDS_INCREMENT and (more := _increment_after(text, rec.end)) \
                and "\n" not in more.group(0):  # ("rises above 1,000\n\nMore than 4,000 cholera cases": no "1,000 more")
            # an increment that leads the story, the toll it brings up given just after ("Five more
            # victims of a boat accident ... have been found. ... Now a total of 13 people have been
            # confirmed dead"): part of the first larger toll of its measure in the next sentences
            # ("Five of his co-workers also died in the collapse": the others of one person's circle beside
            # him, whose toll the article may give anywhere after; series-r232)
            reach = AFTER_INCREMENT_CHARS if CIRCLE_ALSO.match(text, rec.end) is None else 1500
            tolls = [r for r in records if r is not rec and r.measure == rec.measure and r.part_of is None
                     and not r.superseded and 0 < r.start - rec.end <= reach
                     # (the toll it is said to bring up whatever its value: "23 more bodies recovered ... bringing
                     # the number of confirmed victims to 15" is an increment above that toll, CC103's business)
                     and (r.value > rec.value or TOLL_TAKEN_TO.search(text, max(rec.end, r.start - 90), r.start))
                     and r.basis != "estimated" and (rec.group in (None, "people") or r.group in (None, "people")
                                                     or _group_within(rec.group, r.group))
                     and not (_HELD & HOLDS_INCREMENT and _increment_after(text, r.end))
                     and not INCREMENT_BEFORE.search(text, max(0, r.start - 20), r.start)][:1]
        if tolls:
            whole = max(tolls, key=lambda r: r.value)
            rec.part_of = whole.value
            if whole.sentence == rec.sentence and whole.start > rec.end and whole.period_start is not None \
                    and (whole.period_start, whole.period_end) == (rec.period_start, rec.period_end) \
                    and TOLL_TAKEN_TO.search(text, max(rec.end, whole.start - 90), whole.start) \
                    and PAST_HOURS.search(text, rec.end, whole.start):
                # "45 more Palestinians were killed in the past 24 hours, bringing the death toll to
                # 40,005": the hours are the increment's; the toll it brings up, and its parts, are
                # a running total. "taking the number of such deaths to 300": a toll of one kind of
                # death, which the claims cannot tell from the place's whole toll (same measure,
                # group, place): its span is unknown, but it is kept out of the running totals
                subtype = SUBTYPE_TOLL.search(text, max(rec.end, whole.start - 60), min(len(text), whole.end + 30)) is not None
                for r in records:
                    if r is whole or r is not rec and r.part_of == whole.value and r.sentence == whole.sentence \
                            and r.start > whole.end and (r.period_start, r.period_end) == (rec.period_start, rec.period_end):
                        r.period_start, r.cumulative = None, not subtype


# "quatre Tunisiens", "portant à quatre le nombre de Tunisiens tués", "four Tunisians": a count whose
# noun is a nationality (a capitalised word; the gazetteer says which country)
NATIONALS_AFTER = re.compile(r"\s+(?:(?:" + cues("number_of") + r")\s*)?([A-ZÉ][a-zà-ÿ-]{3,})\b")


def _link_nationals(records: list[Record], text: str, lang: str) -> None:
    """A count of one nationality other than the place's ("portant à quatre le nombre de Tunisiens tués"
    in an article on Nice, "four Tunisians were among the dead") is a part of the largest toll of its
    measure the article gives before it (within 1,500 characters, at a place nested with its own), not
    another version of it: the nationals of a country among the victims. Those of the place's own
    country ("Trois Palestiniens tués à Gaza") are no such part.""" 
    gaz = None
    for rec in records:
        if rec.part_of is not None or rec.superseded or not rec.place \
                or (m := NATIONALS_AFTER.match(text, rec.end)) is None:
            continue
        if not DEMONYM.match(m.group(1).lower()):
            continue  # a place's name ("... revised to 275\n\nBalasore, June 4"), not a nationality
        gaz = gaz or default_gazetteer()
        found = gaz.find(m.group(1), lang)
        if len(found) != 1 or found[0][1] - found[0][0] != len(m.group(1)) or len(gaz.ancestors(found[0][2])) != 1:
            continue
        country = found[0][2]
        if country == rec.place or gaz.contains(country, rec.place):
            continue  # the place's own people
        tolls = [r for r in records if r is not rec and r.measure == rec.measure and r.part_of is None and not r.superseded
                 and r.value != rec.value and 0 <= rec.start - r.end <= 1500 and gaz.nested(r.place, rec.place)]
        # linked by its form, whatever the values: a count of nationals above the toll is CC103's business
        # (not the headline's same count: "mourns at least 15 dead" over "at least 15 Britons killed")
        if tolls:
            rec.part_of = max(r.value for r in tolls)


# "taking the number of such deaths to", "portant à": a toll brought up to the number after it
TOLL_TAKEN_TO = re.compile(r"\b(?:" + cues("toll_taken_to") + r")\s*$", re.IGNORECASE)
# "in the past 24 hours", "au cours des dernières 24 heures": the span of a daily update
PAST_HOURS = re.compile(r"\b(?:" + cues("past_hours") + r")\b", re.IGNORECASE)
# "the number of such deaths", "le nombre de ces décès": a toll of the kind just named
SUBTYPE_TOLL = re.compile(r"\b(?:" + cues("subtype_det") + r")\s+(?:[\w'’-]+\s+)?(?:" + cues("subtype_noun") + r")\b", re.IGNORECASE)


def _taken_up_after(rec: Record, records: list[Record], text: str) -> bool:
    """"Huit civils ont été tués ... et 17 autres ont été retirés des décombres, portant le bilan de
    l'offensive à 1.002 morts": a count of its sentence that a later toll of the same measure is
    brought up to ("portant le bilan à", "bringing the toll to") is an addition to it. Of the same group,
    whatever the values say ("les restes de 64 nouvelles personnes ..., ce qui porte le nombre total des morts
    à 42": a slip, an increment above the toll it brings up, CC103's business, as `_link_increments` says;
    mut-r266); of another group, only below it ("30 people, bringing to 12 the number of children": no part)."""
    return any(r is not rec and r.sentence == rec.sentence and r.measure == rec.measure and r.start > rec.end
               and (r.value > rec.value or r.value < rec.value and r.group == rec.group)
               and not r.superseded and TOLL_TAKEN_TO.search(text, max(rec.end, r.start - 90), r.start)
               for r in records)


# "The death toll from the fire is now 71 after eight sets of remains were found Friday": the count right
# after a larger toll of its sentence and "after" is what brought it there
TOLL_THEN_AFTER = re.compile(r"\s*(?:" + cues("increment_after_toll") + r")\s+$", re.IGNORECASE)
TOLL_THEN_AFTER_WORDS = tuple(cue_alternatives("increment_after_toll_literal"))  # one of them is in every match (the gate)


def _brought_up_by(rec: Record, records: list[Record], text: str) -> bool:
    """"... is now 71 after eight sets of remains were found Friday", "porté à 42 morts après la
    découverte de 13 corps": a count that follows a larger count of the same measure in its sentence,
    joined to it by "after" alone, is the addition that brought the toll there."""
    gap = text[(rec.start - 40 if rec.start > 40 else 0):rec.start]
    if not any_in(gap, TOLL_THEN_AFTER_WORDS):
        return False
    return any(r is not rec and r.sentence == rec.sentence and r.measure == rec.measure and r.end <= rec.start
               and r.value > rec.value and not r.superseded and TOLL_THEN_AFTER.fullmatch(text, r.end, rec.start) is not None
               for r in records)


def _another_of_same(rec: Record, records: list[Record], text: str) -> bool:
    """"another 28 sets of remains", "and another four people ... had died": an increment, unless
    the count its sentence gave before it is of another measure ("22 people had been rescued ...
    and another 22 are believed to still be trapped")."""
    if not (INCREMENT_BEFORE.search(text, (rec.start - 20 if rec.start > 20 else 0), rec.start) or INCREMENT_AT.match(text, rec.start)):
        return False
    if rec.place is not None and any(r is not rec and r.sentence == rec.sentence and r.start < rec.start and r.measure == rec.measure
                                     and r.place is not None and r.place != rec.place for r in records):
        return False  # "killed 25 people in Khan Younis and another 17 in Deir al-Balah": a count per place, no increment
    lo = max(0, rec.start - 240)
    ends = [m.end() for m in STOP_BEHIND.finditer(text, lo, rec.start)]
    lo = ends[-1] if ends else lo
    if not DIGIT.search(text, lo, rec.start):
        return True
    return any(r is not rec and r.measure == rec.measure and lo <= r.start < rec.start for r in records)


# a stop that ends a sentence (rougher than `text.SENTENCE_END`: looking back, no capital needed)
STOP_BEHIND = re.compile(r"[.!?]\s")
BULLET = re.compile(r"\s*[-•*–—]\s")
# the first characters of a text BULLET or LABELLED_ITEM may match (a space, a bullet): asked before the
# pattern, whose call costs some 1,400 instructions, for every sentence
BULLET_FIRST = frozenset(c for c in map(chr, range(0x3000 + 1)) if re.match(r"[\s\-•*–—]", c))
# "2004: 230,000 dead, southeast Asia": a short line that opens on a year heads the paragraphs under
# it (a list of past events by year): a day without its year there is that year's (docs/spec.md,
# chronologies)
YEAR_HEAD = re.compile(r"[^\w\n]{0,3}((?:1[5-9]|20)\d\d)[ \u00a0]?:[ \u00a0]")
YEAR_HEAD_REACH = 6  # paragraphs under a heading it may date
# "Le lendemain, les paramilitaires ont attaqué ...": the day after the last day the text gave
SAME_DAY = gated(r"\b(?:" + cues("same_day") + r")\b")
# "said on Monday", "speaking on Monday": a reporting verb right before a day names the day of speech
SPEECH_BEFORE = re.compile(r"\b(?:" + cues("spoken_at_verb") + r")\b[^.;:,]{0,12}$", re.IGNORECASE)
# "dimanche, au lendemain des violents orages": the event named after it is the day before (cues.yaml)
AFTER_EVENT_DAY = re.compile(r"\b(?:" + cues("after_event_day") + r")\s*(?:[\w'’-]+\s+){0,2}?(?:" + cues("after_event_noun") + r")\b")
NEXT_DAY = gated("".join(rf"(?<!\b{w})" for w in cue_alternatives("next_day_not_after")) + r"\b(?:" + cues("next_day") + r")\b")
# "douze personnes avaient été tuées ... ; une treizième victime est morte plus tard", "a 13th victim died
# later": the count before is the toll before that death, superseded (ext-r221; cues.yaml `later_ordinal`)
LATER_ORDINAL = re.compile(r"(?:" + cues("later_ordinal") + r")")
LATER_ORDINAL_WORDS = tuple(cue_alternatives("later_ordinal_literal"))


def _ordinal_value(word: str, lang: str) -> Optional[int]:
    """The number an ordinal word names ("treizième" 13, "13e", "thirteenth", "twelfth", "13th"), read by
    `find_numbers` from the cardinal its ending stands for; None if none reads."""
    if (d := re.match(r"\d+", word)) is not None:
        return int(d.group())
    stems = []
    if word.endswith(("ième", "ieme")):
        stem = word[:-4]
        stems = [stem, stem + "e", re.sub(r"qu$", "q", stem), re.sub(r"v$", "f", stem)]
    elif word.endswith("th"):
        stem = word[:-2]
        stems = [stem, stem[:-2] + "y" if stem.endswith("ie") else stem, stem[:-1] + "ve" if stem.endswith("f") else stem,
                 stem + "t" if stem.endswith("eigh") else stem, stem + "e" if stem.endswith("nin") else stem]
    for st in stems:
        got = [n.value for n in find_numbers(st + " x", lang) if n.start == 0 and n.qualifier == "exact"]
        if got:
            return int(got[0])
    return None


def _later_ordinal_superseded(records: list[Record], lang: str) -> None:
    """Mark superseded each count that the next one's ordinal, dying later in its sentence, follows."""
    for rec in records:
        if rec.superseded or rec.measure not in FLOW_MEASURES or not rec.sentence \
                or not any_in(low := fold(rec.sentence), LATER_ORDINAL_WORDS):
            continue
        for m in LATER_ORDINAL.finditer(low):
            word = next(g for g in m.groups() if g)
            if _ordinal_value(word, lang) == rec.value + 1 and rec.text and low.find(fold(rec.text)) < m.start():
                rec.superseded = True
                break


# "Au lendemain de la catastrophe, le secrétaire ... estimait déjà que ...": a sentence that opens on the
# day after the event, with no day of its own, is the day after the last day the text named before it
# (the event's, "aux premières heures du 12 janvier"), like "Le lendemain" (ext-r221)
AFTER_EVENT_OPENING = re.compile(r"[\s«\"“(]*\b(?:" + cues("after_event_day") + r")\s*(?:[\w'’-]+\s+){0,2}?(?P<noun>"
                                 + cues("after_event_noun") + r")\b")
AFTER_EVENT_NOUN_DAY = 40  # how far before a day the event's noun may stand ("L'attaque, menée le 17 avril")


def _after_event(m: re.Match, sents, i: int, times, pub, text, folded: str) -> list[TimeSpan]:
    """"Au lendemain des émeutes, ..." as a day: the day after the one the text gave that event before
    ("lors des émeutes du 5 juillet", "L'attaque, menée le 17 avril": a day within a few words after the
    noun), else the day after the last day named in the few sentences before (`_next_day`; ext-r221)."""
    stem = m.group("noun")[:5]
    for j in range(i - 1, -1, -1):
        low = folded[sents[j].start:sents[j].end]
        if stem not in low:
            continue
        for t in reversed(times.find(sents[j].text, pub, low)):
            if t.kind == "point" and t.period_end is not None and t.period_start == t.period_end \
                    and not _in_dateline(text, sents[j].start + t.start) \
                    and low.find(stem, max(0, t.start - AFTER_EVENT_NOUN_DAY), t.start) >= 0:
                day = t.period_end + timedelta(days=1)
                return [] if day > pub else [TimeSpan(m.start(), m.end(), day, day, "point", sents[i].text[m.start():m.end()])]
    return _next_day(m, sents, i, times, pub, text)
SINCE_THEN = gated(r"\b(?:" + cues("since_then") + r")\b")


def _next_day(m: re.Match, sents, i: int, times, pub, text, offset: int = 1) -> list[TimeSpan]:
    """"Le lendemain" as a day: the last day named in the few sentences before, plus one ("the same
    day": plus none)."""
    # ("killed in Uruzgan on Sunday ... Raufi said, speaking on Monday. Twelve other Taliban were killed
    # the same day": the day of speech is no day of the events "the same day" refers to, when a day of
    # events was named before it; acc-r72)
    for skip_speech in ((True, False) if offset == 0 else (False,)):
        for j in range(i - 1, max(-1, i - 8), -1):
            # (and "the same night" of "dans la nuit du 22 au 23 septembre": that night, its two days)
            points = [s for s in times.find(sents[j].text, pub)
                      if (s.kind == "point" or offset == 0 and s.kind == "span" and s.period_start is not None
                          and s.period_end is not None and (s.period_end - s.period_start).days == 1)
                      and s.period_end and not _in_dateline(text, sents[j].start + s.start)
                      and not (skip_speech and SPEECH_BEFORE.search(sents[j].text, max(0, s.start - 25), s.start))]
            if points:
                day = points[-1].period_end + timedelta(days=offset)
                if day > pub:
                    return []
                first = points[-1].period_start if offset == 0 and points[-1].kind == "span" else day
                return [TimeSpan(m.start(), m.end(), first, day, "point", sents[i].text[m.start():m.end()])]
    return []


def _whole_year_back(s: TimeSpan, pub) -> bool:
    """"Il y a vingt ans", "Twenty years ago": a whole past year no digit of the text names."""
    return s.period_start is not None and s.period_end is not None and s.period_start.month == 1 \
        and s.period_start.day == 1 and s.period_end == date(s.period_start.year, 12, 31) \
        and s.period_start.year < pub.year and not DIGIT.search(s.text)


# "il y a trente ans", "le 40e anniversaire", "marque les 35 ans de", "twenty years ago": a headline or
# lead looking back at its event
RETROSPECTIVE_LEAD = re.compile(r"\b(?:" + cues("retrospective_lead") + r")\b")
RETROSPECTIVE_PARAGRAPHS = 2  # the headline and the lead
# the paragraphs that may give the event's day: the lead's next two too ("Aberfan ... 55 years on" over
# "At 9.13am on 21 October 1966, ..." in the third paragraph; acc-r186, dev744)
RETROSPECTIVE_DAY_PARAGRAPHS = 4
LEAD_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _retrospective_day(sents, folded: str, times, pub, text: str) -> Optional[str]:
    """The one day, a year or more before publication, that a retrospective headline and lead give
    their event ("le 16 mars 1988, il y a trente ans"); None when they look back at nothing or give
    two days."""
    paragraphs = sorted({se.paragraph for se in sents})
    firsts = paragraphs[:RETROSPECTIVE_PARAGRAPHS]
    lead = [se for se in sents if se.paragraph in firsts]
    if not _HELD & HOLDS_RETROSPECTIVE or not any(RETROSPECTIVE_LEAD.search(folded[se.start:se.end]) for se in lead):
        return None
    # a lead that names no year ("55 years on") leaves the day to the paragraphs after it; one that names
    # the year ("Nepal marks 10 years since devastating 2015 quake") dates its event itself (dev432)
    # (a dateline's year, the publication's, dates nothing)
    dated = firsts if any(int(m.group()) != pub.year for se in lead for m in LEAD_YEAR.finditer(se.text)) \
        else paragraphs[:RETROSPECTIVE_DAY_PARAGRAPHS]
    days = set()
    for se in (se for se in sents if se.paragraph in dated):
        for t in times.find(se.text, pub):
            if t.kind == "point" and t.period_start is not None and t.period_start == t.period_end \
                    and (pub - t.period_start).days >= 365 and str(t.period_start.year) in t.text \
                    and not _in_dateline(text, se.start + t.start):
                days.add(t.period_start)
    return days.pop().isoformat() if len(days) == 1 else None


def _years_back_day(spans: list[TimeSpan], sents, times, pub, text: str) -> list[TimeSpan]:
    """"Il y a vingt ans, l'explosion de l'usine AZF faisait 31 morts" over "Le 21 septembre 2001
    à 10H17, ... explosaient": the years counted back from publication name the year of the event
    the article dates; the one day it gives in that year is the window (not "les 27 et 28 février
    2010", a storm of two days: the year; time-r146)."""
    out = []
    for s in spans:
        if s.kind == "span" and _whole_year_back(s, pub):
            year = str(s.period_start.year)
            days = {(t.period_start, t.period_end) for se in sents if year in se.text
                    for t in times.find(se.text, pub)
                    if t.kind == "point" and t.period_start is not None and t.period_start == t.period_end
                    and t.period_start.year == s.period_start.year
                    and year in t.text and not _in_dateline(text, se.start + t.start)}
            if len(days) == 1:
                ps, pe = days.pop()
                s = TimeSpan(s.start, s.end, ps, pe, "point", s.text)
        out.append(s)
    return out


def _since_then(m: re.Match, sents, i: int, times, pub, text) -> list[TimeSpan]:
    """"Since then" as a running window: from the last day named in the few sentences before (a
    point, or the start of a "since" window) up to publication."""
    for j in range(i - 1, max(-1, i - 4), -1):
        days = [s.period_start if s.kind == "since" else s.period_end for s in times.find(sents[j].text, pub)
                if s.kind in ("point", "since") and (s.period_start if s.kind == "since" else s.period_end)
                and not _in_dateline(text, sents[j].start + s.start)]
        if days:
            return [] if days[-1] > pub else [TimeSpan(m.start(), m.end(), days[-1], pub, "since", sents[i].text[m.start():m.end()])]
    return []


# "said on Saturday that seven people were killed ... a day earlier": the day before the day of speech
PREV_DAY = re.compile(r"\b(?:" + cues("prev_day") + r")\b(?!\s+(?:" + cues("prev_day_not_before") + r")\b)")
PREV_DAY_WORDS = tuple(cue_alternatives("prev_day_literal"))  # one of them is in every PREV_DAY match


def _prev_day(m: re.Match, low: str, sentence: str, times, pub, prior: Optional[TimeSpan] = None) -> list[TimeSpan]:
    """"a day earlier" as a day: the day before the weekday the sentence names before it (the day
    of the statement), else before the day its paragraph named last (`prior`: "Mercredi, une frappe
    a tué 12 personnes. La veille, 30 personnes avaient été tuées" is Tuesday), else before
    publication."""
    ref = pub
    days = list(times.weekday.finditer(low[:m.start()])) if times.weekday is not None else []
    if days:
        ref = times._weekday(days[-1].group("d1"), pub)
    elif prior is not None and prior.kind != "since" and prior.period_end is not None \
            and prior.period_start == prior.period_end and prior.period_end <= pub:
        ref = prior.period_end
    day = ref - timedelta(days=1)
    return [TimeSpan(m.start(), m.end(), day, day, "point", sentence[m.start():m.end()])]


PREV_SPAN = gated(r"\b(?:" + cues("prev_span") + r")\b")


def _prev_span(spans: list[TimeSpan], low: str, times, pub) -> list[TimeSpan]:
    """"said on Monday that 12 more people had died ... in the previous 24 hours": a span up to
    publication whose words say "previous" ends on the day of the statement the sentence names
    before it (like "a day earlier"), the same length back from it (the word may also follow the
    span's own words)."""
    out = []
    for s in spans:
        if s.kind == "span" and s.period_end == pub and s.period_start is not None and PREV_SPAN.rx.search(low, s.start, s.end + 16):
            days = list(times.weekday.finditer(low[:s.start]))
            ref = times._weekday(days[-1].group("d1"), pub) if days else pub
            if ref < pub:
                s = TimeSpan(s.start, s.end, ref - (pub - s.period_start), ref, s.kind, s.text)
        out.append(s)
    return out


# "- Iran : 464 morts", "• Gaza: 30 dead": an item of a list, labelled by a name
LABELLED_ITEM = re.compile(r"\s*[-•*–—]\s*[A-ZÀ-Ý][^:\n]{0,40}?\s*:\s*(\d[\d\u00a0\u202f .,']*)\s+[^\W\d]")


def _labelled_lists(sents, lang: str) -> dict[int, tuple[int, ...]]:
    """Sentence index -> the sums of its list, for lists of at least three labelled items: the sum of
    the items' first counts, then of their second counts ("- Aceh: 345 dead, 174 missing") when every
    item has one."""
    out: dict[int, tuple[int, ...]] = {}
    run: list[tuple[int, list[int]]] = []

    def close() -> None:
        if len(run) >= 3:
            depth = min(len(v) for _, v in run)
            totals = tuple(sum(v[p] for _, v in run) for p in range(depth))
            out.update({j: totals for j, _ in run})
        run.clear()

    for j, sent in enumerate(sents):
        m = LABELLED_ITEM.match(sent.text) if sent.text[:1] in BULLET_FIRST else None
        numbers = find_numbers(m.group(1), lang) if m else []
        if m and numbers:
            if run and run[-1][0] != j - 1:
                close()
            rest = find_numbers(sent.text[m.end(1):], lang) if "," in sent.text[m.end(1):] else []
            run.append((j, [numbers[0].value] + [n.value for n in rest]))
        elif run:  # (`close` of no run does nothing)
            close()
    close()
    return out


# "Deaths by province: Sindh 120, Punjab 84 and Balochistan 22", or the label alone on its line over
# "- Sindh: 120" lines: the label names the measure, each item a place and its bare count
BREAKDOWN_LABEL = re.compile(r"[\s•*–—-]*(?:" + cues("breakdown_label") + r")\s*:\s*")
# a label that closes its sentence after a clause ("According to the FDLE, deaths were reported in
# the following counties:", "des décès ont été signalés dans les départements suivants :"; acc-r94)
BREAKDOWN_LABEL_END = re.compile(r"(?:" + cues("breakdown_label_end") + r")\s*:\s*$")
# the words a label ends on before its colon ("by province:", "par région :", "the following counties:")
BREAKDOWN_BEFORE_COLON = assertions_after(r"\b(?:(?:by|per|each|across|par|selon) (?:la |le |les |the )?[a-zà-ÿ]+|following [a-z]+|[a-zà-ÿ]+ suivant(?:e|es|s)) ?$")
BREAKDOWN_TOLL_NOUNS = tuple(cue_alternatives("breakdown_toll_noun"))
BREAKDOWN_NAME = r"[^\W\d][\w'’.-]*(?:[ -][\w'’.-]+){0,3}"
# what sets a count after its name: a colon, a spaced dash ("- Charlotte – 2"; acc-r94), or nothing
BREAKDOWN_SEP = r"(?:\s*:|\s+[–—-])?\s*"
BREAKDOWN_LINE = re.compile(r"[\s•*–—-]*" + BREAKDOWN_NAME + BREAKDOWN_SEP + r"(\d[\d\u00a0\u202f .,']*)\s*\.?\s*")
# a line of counts each set before its place ("- six à Trèbes ;", "- une à Villardonnel, une à Carcassonne et
# une à Saint-Couat-d'Aude.", "- 4 in Kent"): items under a label alone on its line (ext-r154)
BREAKDOWN_AT_ITEM = r"(?:\d[\d\u00a0\u202f.,']*|[a-zà-ÿ-]+)\s+(?:" + cues("list_item_in") + r")\s+(?:la |le |l'|les |the )?" + BREAKDOWN_NAME
BREAKDOWN_AT_LINE = re.compile(r"[\s•*–—-]*" + BREAKDOWN_AT_ITEM + r"(?:\s*(?:,|\s(?:" + cues("and_word") + r"))\s*" + BREAKDOWN_AT_ITEM + r")*\s*[;.]?\s*")
# the place right after an item's count, in the text as written (its name capitalised)
BREAKDOWN_AT_AFTER = re.compile(r"\s+(?:" + cues("list_item_in") + r")\s+(?:la |le |l'|les |the )?[A-ZÀ-Ý]")
# an item: a name right before its count ("Sindh 120", "- Punjab: 84", "and Balochistan 22")
BREAKDOWN_ITEM_BEFORE = re.compile(r"(?:^|[,;:]\s*|\s(?:" + cues("and_word") + r")\s+)[\s•*–—-]*(?P<name>" + BREAKDOWN_NAME + r")" + BREAKDOWN_SEP + "$")
BREAKDOWN_ITEM_AFTER = re.compile(r"\s*(?:[,;.)]|$|(?:" + cues("and_word") + r")\b)")


# a line of an untitled list: a bullet, a name, a colon or a spaced dash, a bare count ("- Florida: 11",
# "- Floride : 11", "• Lee – 45"); its name must be a place the gazetteer found at the line's start
UNTITLED_ITEM = re.compile(r"[ \t]*[-•*–—][ \t]+" + BREAKDOWN_NAME + r"(?:\s*:|\s+[–—-])\s*\d[\d\u00a0\u202f .,']*\.?\s*")
UNTITLED_GATE = re.compile(r"\n[ \t]*[-•*–—][ \t]+[^\W\d][^\n:]{0,40}?(?::|\s[–—-])\s*\d")
UNTITLED = "?untitled"  # the measure of an untitled list: its introduction's (place-r188)


def _untitled_item_starts(sents, folded: str, places_all) -> frozenset:
    """The starts of the sentences that are lines of an untitled list whose name is a found place."""
    if "\n" not in folded or UNTITLED_GATE.search(folded) is None:
        return frozenset()
    starts = {p[0] for p in places_all}
    out = set()
    for sent in sents:
        if sent.text[:1] in BULLET_FIRST and (m := BULLET.match(sent.text)) is not None \
                and UNTITLED_ITEM.fullmatch(folded, sent.start, sent.end) \
                and sent.start + len(sent.text) - len(sent.text[m.end():].lstrip()) in starts:
            out.add(sent.start)
    return frozenset(out)


def _has_breakdown_label(folded: str) -> bool:
    """Does a colon of the article close a breakdown's label? (most articles: no colon does)"""
    at = folded.find(":")
    while at >= 0:
        if BREAKDOWN_BEFORE_COLON.search(folded, (at - 40 if at > 40 else 0), at):
            return True
        if folded[at + 1:at + 2] in ("\n", "") and BREAKDOWN_LABEL_END.search(folded, max(0, at - 150), at + 1):
            return True  # a label that closes its line ("Les victimes se répartissent ainsi :"; ext-r154)
        at = folded.find(":", at + 1)
    return False


def _label_measure(label: str, lex: "FigureLexicon") -> Optional[str]:
    """The measure a breakdown's label names: "Deaths by province" the dead, "Bilan par région" a toll."""
    if any(re.search(rf"\b{w}\b", label) for w in BREAKDOWN_TOLL_NOUNS):
        return "killed"
    words = label.split()
    for t in range(len(words)):
        head = _head(" " + " ".join(words[t:]) + " ", lex)[0]
        if head and head.startswith("measure:"):
            return head[8:]
    return None


def _breakdowns(sents, folded: str, lex: "FigureLexicon", untitled: frozenset = frozenset()) -> dict[int, tuple[str, int, int]]:
    """Sentence index -> (the measure its label names, where its items start, the sum of the items
    of a list told line by line, else 0), for the sentences of a breakdown by place: one that opens
    on the label, or item lines after a label on its own. `untitled`: the starts of the lines that
    open on a place and its bare count ("- Florida: 11"); two or more of them right after a paragraph
    of no list are items of the measure of that paragraph's last figure (`UNTITLED`, resolved where
    the items are read)."""
    out: dict[int, tuple[str, int, int]] = {}
    label_measure = None
    run: list[tuple[int, int]] = []  # the item lines under the current label, with their counts

    def close() -> None:
        total = sum(v for _, v in run)
        out.update({j: (label_measure, 0, total) for j, _ in run})
        run.clear()

    for j, sent in enumerate(sents):
        low = folded[sent.start:sent.end]
        colon = low.find(":", 0, 90)
        if (colon > 0 and (m := BREAKDOWN_LABEL.match(low)) or low.rstrip().endswith(":")
                and (m := BREAKDOWN_LABEL_END.search(low))) and (measure := _label_measure(m.group(0), lex)):
            close()
            if m.end() >= len(low.rstrip()):
                label_measure = measure  # the label alone: its items are the lines after
            else:
                out[j], label_measure = (measure, m.end(), 0), None
            continue
        if label_measure is None and untitled and j > 0 \
                and j + 1 < len(sents) and BULLET.match(low) and UNTITLED_ITEM.fullmatch(low) \
                and UNTITLED_ITEM.fullmatch(folded, sents[j + 1].start, sents[j + 1].end) \
                and not BULLET.match(folded, sents[j - 1].start, sents[j - 1].end) \
                and sents[j].start in untitled and sents[j + 1].start in untitled:
            # "- Florida: 11" lines under no label, after "At least 105 people have died across six
            # states": the introducing sentence's measure, told by its own figure (place-r188)
            label_measure = UNTITLED
        if label_measure and (lm := BREAKDOWN_LINE.fullmatch(low)):
            digits = re.sub(r"\D", "", lm.group(1))
            run.append((j, int(digits) if digits else 0))
        elif label_measure and BREAKDOWN_AT_LINE.fullmatch(low):
            # "- six à Trèbes ;", "- une à Villardonnel, une à Carcassonne": the line's counts, each set
            # before its place, summed with the run's
            run.append((j, sum(int(n.value) for n in find_numbers(sent.text, lex.lang)
                               if BREAKDOWN_AT_AFTER.match(sent.text, n.end))))
        else:
            close()
            label_measure = None
    close()
    return out


# "since the coup", "depuis le putsch": an event a paragraph may have dated just before
COUP_EVENT = re.compile(r"\b(?:" + cues("coup_event") + r")\b")


# "depuis le début des troubles", "since the start of the unrest": an undated beginning whose event
# another "since X" of the article dates ("secoué depuis lundi par des émeutes"; acc-r123)
SINCE_FAMILIES = [re.compile(r"\b(?:" + f + r")\b") for f in cue_alternatives("since_event_family")]


def _since_event_named(spans: list[TimeSpan], sents, i: int, times, pub, text) -> list[TimeSpan]:
    """An undated "depuis le début des troubles" runs from the day another "depuis X" before it in the
    article gives an event of the same family (riots, protests, an offensive), named in that
    sentence. Unchanged if the article gives two such starts that differ, or none; a headline's
    stays undated (dev414), and so does a war's ("depuis le début de la guerre": the war's
    running total, whose start the dev gold leaves unknown)."""
    out = []
    for s in spans:
        fam = next((f for f in SINCE_FAMILIES if f.search(s.text.lower())), None) \
            if s.kind == "since" and s.period_start is None else None
        if fam is None:
            out.append(s)
            continue
        starts = []
        for e in sents[:i]:
            if not fam.search(e.text.lower()):
                continue
            for t in times.find(e.text, pub):
                if t.kind == "since" and t.period_start is not None and t.period_start <= pub \
                        and not _in_dateline(text, e.start + t.start):
                    starts.append(t.period_start)
        if len(set(starts)) == 1:
            out.append(replace(s, period_start=starts[0]))
        else:
            out.append(s)
    return out




def _dated_since_before(prior, earlier_sents, times, pub, datelines) -> bool:
    """Has the paragraph, before this sentence, opened a running window from a dated start?"""
    if prior is not None and prior.kind == "since" and prior.period_start is not None:
        return True
    return any(s.kind == "since" and s.period_start is not None and not datelines.covers(e.start + s.start)
               for e in earlier_sents for s in times.find(e.text, pub))


def _forward_windows(defaulted, sents, with_records, times, pub, text) -> None:
    """"At least 116 people have died in a stampede ... The crush happened on Tuesday": a figure with
    no window of its own nor of its paragraph takes the event day the next sentence gives, when
    that sentence gives no figure of its own."""
    for rec, i in defaulted:
        j = i + 1
        if j >= len(sents) or sents[j].paragraph != sents[i].paragraph or j in with_records \
                or times.event is None or not times.event.search(fold(sents[j].text)):
            continue
        spans = [s for s in times.find(sents[j].text, pub)
                 if s.kind != "since" and not _in_dateline(text, sents[j].start + s.start)]
        if spans and spans[0].period_start:
            rec.period_start, rec.period_end = spans[0].period_start.isoformat(), spans[0].period_end.isoformat()


def _link_toll_part(records: list[Record], index: int, limit: int = 0, keep_window: bool = False,
                    exact_sum: int = 0, loose: bool = False, parts: frozenset = frozenset()) -> None:
    """"Seven children are among the dead", "At least 190 of the dead were in Blantyre": a part of
    the last toll of the same measure given in an earlier sentence nearby, over its window. A list
    told as a breakdown only by its form (`limit`: the sum of its items) must fit in that toll. An
    increment already linked ("after four more deaths were reported") breaks nothing down. A single
    part goes to the last such toll it fits in ("Quarante-sept des victimes" after the one soldier
    whose funeral they attended: the toll of 52 before him), else to the last toll (which it then
    exceeds: CC103's business)."""
    rec = records[index]
    # ("29 people were killed in Gaza in the past 24 hours, as reports emerge that five Palestinian
    # journalists were among those killed": a toll of its own sentence, before it, is the whole; acc-r66)
    if limit == 0 and exact_sum > 0 and (whole := _sum_whole(records, index, exact_sum, parts)) is not None:
        # "Les corps des victimes ont été retrouvés en trois endroits : trois dans la cafétéria, sept
        # ..., et quatre autres ...": items told side by side that add up exactly to an earlier toll of
        # their measure are its breakdown, not parts of the last toll given (the 13 students of "a tué
        # 13 étudiantes et une employée" after the headline's 14)
        # (their own window kept when it lies within an undated whole's: "Four of the victims died at the
        # hospital and another 22 at the scene" dated by "around midday on Sunday" before them, under
        # a lead's toll of the last two days)
        _take_whole(records, index, whole, keep_window or _within_window(rec, whole))
        return
    smaller = None  # the last toll the part does not fit in
    seen = False  # a figure of the part's measure passed already
    for j in range(index - 1, -1, -1):
        prev = records[j]
        far = rec.start - prev.end
        if far > (2500 if limit > 0 else 1000) and (limit != 0 or seen and smaller is None or far > 2500):
            # (a single part that only smaller figures nearby could hold reaches back to the toll it
            # fits in: "Six d'entre elles ont été tuées" a few paragraphs after "a tué 13 étudiantes et
            # une employée" is no part of the one employee; acc-r123)
            break
        if far > 1000 and prev.measure != rec.measure:
            continue  # a single part ("The dead included some 26 foreign nationals" at the foot of the
            # story) reaches back further to the one toll of its measure the article gave before it
        seen = seen or prev.measure == rec.measure and prev.part_of is None  # (a list just linked holds no part)
        if prev.sentence == rec.sentence and not (limit == 0 and prev.start < rec.start and prev.measure == rec.measure) \
                or (prev.measure != rec.measure and limit != -1) \
                or (prev.part_of is not None or j in parts and prev.part_of is None) and not loose \
                or prev.superseded and not ((limit if limit > 0 else exact_sum) == prev.value > 0):
            # "contre 2.012 morts la veille": the current toll is broken down (unless the list adds up
            # to the earlier one exactly: "« Cinquante morts », avait d'abord écrit le gouverneur ...
            # 38 personnes ont été tuées sur place et 12 autres sont décédées")
            continue
        if limit == 0 and rec.group not in (None, "people") and prev.group not in (None, "people") \
                and not _group_within(rec.group, prev.group):
            continue  # "Six gunmen were also killed. The dead include ... several policemen": no part of the gunmen (acc-r66)
        if limit == -1 and (prev.measure not in FLOW_MEASURES | STOCK_MEASURES or prev.value < rec.value):
            return  # "Of those, ...": only the figure right before it, and only one it can hold
        if limit > 0 and loose and limit > prev.value and _counts_foreigners(prev):
            # "At least 37 foreigners were among the dead ... The government said 3 Indians, 3 Britons,
            # two from Turkey and one Portuguese had died": a list by nationality right after a count of
            # foreigners breaks that count down by its form, even when its sum exceeds it (CC103's
            # business), not a larger toll further back
            _take_whole(records, index, prev, keep_window)
            return
        if limit > 0 and (limit > prev.value or prev.value > 3 * limit and not loose):
            continue  # "Deux nouvelles victimes ont été retrouvées": an increment, not the toll
        if rec.place and prev.place and (
                limit == 0 and prev.line != rec.line and not (gaz := default_gazetteer()).nested(rec.place, prev.place)
                or limit > 0 and (gaz := default_gazetteer()).ancestors(rec.place)[-1] != gaz.ancestors(prev.place)[-1]):
            # "Belagavi ... was the worst hit, with 12 deaths" after a paragraph on Wayanad's 10 bodies;
            # "Before reaching Vietnam, the typhoon killed at least 21 people in the Philippines and four
            # in China's Hainan province": an item in another country breaks down no toll of Vietnam
            continue
        if limit > 0 and prev.period_end and rec.published and prev.value != limit \
                and (date.fromisoformat(rec.published) - date.fromisoformat(prev.period_end)).days > 60:
            # "une bousculade avait fait 1.426 morts en 1990": a past event, not the toll listed (not
            # the whole named again: "Sur les 79,5 millions de personnes en déplacement, 30 à 34
            # millions sont des enfants" after the 79.5 million of 2019)
            continue
        if limit == 0 and prev.period_end and rec.published and (rec.period_end is None or (
                date.fromisoformat(rec.published) - date.fromisoformat(rec.period_end)).days <= 60) \
                and (pub := date.fromisoformat(rec.published)) - date.fromisoformat(prev.period_end) > PAST_EVENT \
                and any(r.measure == rec.measure and r.period_end and pub - date.fromisoformat(r.period_end) <= PAST_EVENT
                        for r in records[:records.index(prev)]):
            # "The death toll reached 96 on Sunday ... since 1918, when 453 people died in the Cloquet
            # fire ... Only two of the dead had been identified": after a current toll, a past event's
            # is no whole of the dead (an article on the past event breaks down its toll: pl11)
            continue
        if limit == 0 and prev.value < rec.value:
            smaller = smaller or prev
            continue
        _take_whole(records, index, prev, keep_window)
        return
    if smaller is not None:
        _take_whole(records, index, smaller, keep_window)
        return
    if limit == 0:
        # "Trois étrangers figurent parmi les victimes de l'ouragan, ont indiqué les autorités qui ont
        # révisé le bilan à 45 morts", a headline's "trois étrangers parmi les morts" over a lead that
        # gives the toll: no toll before it, the first one given just after it
        later = next((r for k, r in enumerate(records[index + 1:], index + 1) if r.start - rec.end <= 400
                      and r.measure == rec.measure and r.part_of is None and not r.superseded and r.value > rec.value
                      and k not in parts), None)  # not "More than 50 of the dead", a part itself
        if later is not None:
            rec.part_of = later.value


def _sum_whole(records: list[Record], index: int, total: int, parts: frozenset) -> Record | None:
    """The earlier figure of the part's measure, in another sentence nearby, that a list of parts
    adds up to exactly (`total`): a whole of its own (no part, not superseded), else None."""
    rec = records[index]
    for j in range(index - 1, -1, -1):
        prev = records[j]
        if rec.start - prev.end > 2500:
            return None
        if prev.value == total and prev.measure == rec.measure and prev.sentence != rec.sentence \
                and prev.part_of is None and j not in parts and not prev.superseded:
            return prev
    return None


def _within_window(rec: Record, whole: Record) -> bool:
    """Is the whole undated (the [pub-1, pub] default, no running total) and the part's own window a
    narrower one within it?"""
    if not (rec.period_start and rec.period_end and whole.period_start and whole.period_end and rec.published) \
            or whole.cumulative or whole.period_end != rec.published \
            or whole.period_start != (date.fromisoformat(rec.published) - timedelta(days=1)).isoformat():
        return False
    return whole.period_start <= rec.period_start and rec.period_end <= whole.period_end \
        and (rec.period_start, rec.period_end) != (whole.period_start, whole.period_end)


PAST_EVENT = timedelta(days=60)
# "A new earthquake ...", "another quake", "une nouvelle secousse", "une réplique": a sentence that names
# a new event (running_total_drop._weekday_a_week_late reads it)
NEW_EVENT = re.compile(r"\b(?:" + cues("new_event") + r")\b", re.IGNORECASE)
# Read by the rules (CC103, CC104: `_common.no_whole`), not by the extractor: a count whose sentence
# keeps to one side of a front line ("six morts côté ukrainien", "dans les territoires occupés par
# les Russes", "in government-held areas") counts that side, not its place's whole; nor is a count
# whose sentence opens on an earlier time of the day ("Plus tôt dans la journée de mardi, deux
# personnes ont été tuées", "Earlier on Tuesday, ...") the day's whole: it counts that earlier time
ONE_SIDE = re.compile(r"\b(?:" + cues("one_side_scope") + r")\b")
# Read by the rules too (`_common.told_earlier`): a report the article tells as an earlier one, its
# reporting verb in the pluperfect ("« ... », avait annoncé plus tôt ...", "had earlier said"), and a count
# told of years back ("il y a une dizaine d'années", "a decade ago"), on the folded sentence (rules-r198)
EARLIER_SAID = re.compile(r"(?:" + cues("earlier_report_said") + r")")
OLDER_TIME = re.compile(r"(?:" + cues("older_time") + r")")
# Read by the rules (CC108: `_common.told_as_other_tally`): a count the article announces as another tally than
# its own ("D'autres bilans font état de 454 blessés", "according to other sources"), on the folded sentence (rules-r206)
OTHER_TALLY = re.compile(r"(?:" + cues("other_tally") + r")")
# Read by the rules (CC108: `_common.told_as_of_its_time`): a sentence opening on a past day or month and its source's
# reporting verb ("On Friday, Rabat said 18 migrants had died", "Le 15 juin, la police annonçait 17 morts"), on the
# folded sentence: a report told with its own time (rules-r231)
REPORT_TIME_SAID = re.compile(r"(?:" + cues("report_time_said") + r")")
# "37 foreigners", "37 foreign nationals", "37 ressortissants étrangers": a count of foreigners
FOREIGNERS_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:" + cues("foreigners_noun") + r")\b", re.IGNORECASE)


def _counts_foreigners(rec: Record) -> bool:
    """Does the figure count foreigners ("At least 37 foreigners were among the dead")?"""
    at = rec.sentence.find(rec.text) if rec.sentence and rec.text else -1
    return at >= 0 and FOREIGNERS_AFTER.match(rec.sentence, at + len(rec.text)) is not None


def _take_whole(records: list[Record], index: int, prev: Record, keep_window: bool) -> None:
    rec = records[index]
    own_window = (rec.period_start, rec.period_end)
    for r in ([] if keep_window else records[index:]):
        if r is rec or (r.sentence == rec.sentence and r.part_of == rec.value
                        and (r.period_start, r.period_end) == own_window):
            r.period_start, r.period_end, r.cumulative = prev.period_start, prev.period_end, prev.cumulative
    rec.part_of = prev.value


def _with_one_person(numbers: list[Number], text: str, low: str, lex: FigureLexicon) -> list[Number]:
    """`numbers` and the articles that count one person ("A police officer was killed"), in order."""
    ones = [Number(m.start(g), m.end(g), m.start(g), m.end(g), 1, 1, 1, "exact", "article", text[m.start(g):m.end(g)])
            for m in lex.one_person.finditer(low) for g in ("a" if m.group("a") else "b",)]
    if ones and lex.one_person_and is not None:
        # "killed a soldier and a child": the second article of the verb's object counts one too
        ones += [Number(c.start("c"), c.end("c"), c.start("c"), c.end("c"), 1, 1, 1, "exact", "article",
                        text[c.start("c"):c.end("c")])
                 for o in ones if (c := lex.one_person_and.match(low, o.end)) is not None]
    ones = [o for o in ones if not any(n.start <= o.start < n.end for n in numbers)]
    if ones and lex.one_person_age is not None:
        # "an 84-year-old woman was killed": the article counts, the age it carries is no count and
        # no head; the one's phrase runs over it so that its noun is the person's
        for i, o in enumerate(ones):
            if (age := lex.one_person_age.match(low, o.end)) is not None:
                ones[i] = Number(o.start, age.end(), o.start, age.end(), 1, 1, 1, "exact", "article", text[o.start:age.end()])
                numbers = [n for n in numbers if not o.start <= n.start < age.end()]
    return sorted(numbers + ones, key=lambda n: n.start) if ones else numbers


def _may_be_figure(n: Number, low: str, lex: FigureLexicon) -> bool:
    """False for a number that `_candidates` rejects whatever the rest of the sentence says: a
    decimal, a year, an article ("un", "one") not followed by a group of people. A sentence with
    only such numbers is not read for figures (its time expressions are read when a later
    sentence of the paragraph inherits them): most sentences of French copy hold an "un"."""
    if n.decimal:
        return False
    if n.year_like and not YEAR_PEOPLE.match(low[n.end:]):
        return False
    if n.kind == "article":
        if BULLET.match(low) and BREAKDOWN_AT_LINE.fullmatch(low):
            return True  # "- une à Villardonnel, une à Carcassonne": items of a list under its label (ext-r154)
        head = _head(low[n.end:], lex)[0]
        if n.value == 1 and ONE_OPENING.fullmatch(low, 0, n.start) and (ONE_VERB.match(low, n.end) or ONE_PREDICATE.match(low, n.end)):
            return True  # "One died there", "Un est mort sur place" (ext-r168)
        if n.value == 1 and ONE_OF_THEM.match(low, n.end) and ONE_OF_OPENING.fullmatch(low, 0, n.start):
            return True  # "L'un d'eux ... est mort": one of those the sentences before counted (ext-r229)
        if n.value == 1 and ONE_OTHER_VERB is not None and ONE_OTHER_VERB.match(low, n.end):
            return True  # "et un autre a succombé": one more person, the noun elided (acc-r252)
        return head is not None and (head.startswith("group:") or _one_dead(n, head, low) or _mourned_one(n, low) is not None
                                     or _one_by_noun(head, low[n.end:], low[:n.start]))
    return True


# "Michael Thompson, un habitant": a person's name (two capitalised words or more) and a comma
NAME_THEN_COMMA = re.compile(r"(?<![\w'’-])[A-ZÉ][\w’'-]+(?:\s+(?:(?:van|de|der|von|al|el|bin|ben|abu|ould|ag)\s+)*[A-ZÉ][\w’'-]+){1,3}\s*,\s*$")
# "..., un habitant joint par l'AFP via un téléphone satellite, a dit": the apposition closes on the person's reporting verb
APPOSED_SPEAKER = re.compile(r"[^.;:«»\"“”]{0,100}?,\s*(?:" + cues("apposed_speaker_verb") + r")\b")
# "Un autre habitant, Christian Msuega, a raconté": one person's noun, an apposition, then a reporting verb
SPEAKER_ONE = re.compile(r"\s*(?:autre\s+)?[a-zà-ÿ-]+(?:\s+(?:de|du|des|d')\s*[\w'’-]+){0,2}\s*(?:,[^,.;«»\d]{2,60},)?\s*")
ONE_AFTER_SOURCE = re.compile(r"\b(?:" + cues("one_after_source") + r")\s+$")


# "La crue a fait un mort et deux disparus", "un blessé grave": the article before a noun of the
# toll itself counts one, like "une personne est morte" (not "une victime", "un décès" of a report)
ONE_TOLL_NOUN = re.compile(r"\s+(?:" + cues("one_toll_noun") + r")\b(?![-'’])")
# "On déplore une victime": one dead after a verb of mourning, unless negated ("sans déplorer une victime")
ONE_VICTIM_NOUN = re.compile(r"\s+(?:" + cues("one_victim_noun") + r")\b(?![-'’])")
ONE_VICTIM_VERB = re.compile(r"(?<![\w'’])(?:" + cues("one_victim_verb") + r")\s+$")
ONE_VICTIM_NEGATION = re.compile(r"(?<![\w'’])(?:" + cues("one_victim_negation") + r")(?:(?<=['’])|(?!\w))")
LIST_GAP_AND = frozenset(cue_alternatives("list_gap_and"))  # "... du Latium et 57 dans celle des Marches"
SUPERSEDED_FAR_WORDS = tuple(cue_alternatives("superseded_far_literal"))  # a toll named further back


# "« Nous en avons reçu 38 »", "nous en avons trouvé plus d'une centaine", "Nous en sommes désormais à 59":
# the pronoun "en" and its verb right before a bare number
EN_COUNT = re.compile(r"(?:^|[\s«\"“])(?:" + cues("en_pronoun") + r")\s+(?:" + cues("en_count_verb") + r")\b[^.;:«»\"“”\d]{0,30}$")
EN_WORDS = tuple(f" {w} " for w in cue_alternatives("en_pronoun"))  # literals that gate EN_COUNT
# a measure's noun in the sentence before, as a word
PREV_NOUN = re.compile(r"[a-zà-ÿ-]{4,}")
# "23 have been reported from the government hospital": a bare count opening its sentence, then a verb of reporting
REPORTED_BARE = re.compile(r"\s+(?:" + cues("reported_bare_verb") + r")\b")
BARE_OPENING = re.compile(r"[\s«\"“]*")
GAP_SPEECH_TAIL = re.compile(r",\s+(?:[\w'’.-]+\s+){1,5}?(?:" + cues("said_day_verb") + r")(?:\s+[\w'’-]+){0,2}\s*,\s*$")  # ", the government said Tuesday, "
# "authorities said it had reached 175", "a indiqué qu'il avait atteint 175": a toll named again by its pronoun after a verb of saying
SAID_PRONOUN_TOLL = gated(r"\b(?:" + cues("said_bare") + r")\s*(?:" + cues("pronoun_toll") + r")\s*$")
SAID_BARE = re.compile(r"\b(?:" + cues("said_bare") + r")\s*$")  # "..., while Y said 148 had been recovered" (ext-r237)
BARE_ITEM_GAP = re.compile(r"[^,;.()\d]{0,90}?,(?:\s+(?:and|et))?\s+(?:[a-zà-ÿ-]+(?:\s+[a-zà-ÿ-]+)?\s+\(\s*)?")  # "..., Salem (", "..., and "
# "injured 168 people, 12 critically and 30 seriously": a bare count, then a word of severity (ext-r229)
SEVERED_WORD = re.compile(r"\s+(?:" + cues("severity_part") + r")\b(?!\s+(?:" + cues("severity_part_not_before") + r")\b)")
SEVERED_OPEN = re.compile(r"(?:\s+[^,.;:()«»\"“”\d]{1,40}?)?\s*,\s*")  # the toll (its verb), a comma, the first count
SEVERED_GAP = re.compile(r"\s*(?:,\s*(?:(?:" + cues("list_gap_and") + r")\s+)?|(?:" + cues("list_gap_and") + r")\s+)")
SEVERED_WORDS = tuple(cue_alternatives("severity_part_literal"))  # one of them is in every SEVERED_WORD match (the gate)
REPORTED_BARE_WORDS = tuple(cue_alternatives("reported_bare_literal"))  # one of them is in every REPORTED_BARE match (the gate)
# "L'agence a dénombré 263 000 personnes dans l'Ituri, 123 600 autres au Sud-Kivu, ...": the counting verb
# right before a list that breaks down the figure of the sentence before (ext-r204)
COUNTED_LIST = re.compile(r"\b(?:" + cues("counted_list_verb") + r")\s+(?:(?:au moins|plus de|quelque|environ|at least|more than|some|about)\s+)?$")
COUNTED_LIST_WORDS = tuple(cue_alternatives("counted_list_literal"))  # one of them is in every COUNTED_LIST match (the gate)
# "... recovered about 36 bodies ... We recovered 16 yesterday and 20 today": the verb right before a
# bare count, its noun left out because the sentence before gave the verb a count (ext-r204)
OBJECT_COUNT_WORDS = tuple(f"{w} " for w in cue_alternatives("object_count_verb"))
OBJECT_COUNT = re.compile(r"(?:^|\s)(?P<verb>" + cues("object_count_verb") + r")\s+$")
OBJECT_COUNT_STEP = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:and|,)\s+|,\s+(?:and\s+)?")  # "16 yesterday and 20 today"


def _object_count_antecedent(cands: list, low: str, prev: str, rec: Record) -> None:
    """"We have so far recovered about 36 bodies ... We recovered 16 yesterday and 20 today": a bare count
    right after a verb the sentence before gave a count of `rec`'s measure counts that measure, and so
    does the count a list goes on with."""
    last = None
    for c in cands:
        n = c.number
        if c.measure in (None, "?") and not (c.head and c.head[0] not in (None, "unknown")) and not n.year_like \
                and not n.decimal and n.kind in ("digits", "words"):
            m = OBJECT_COUNT.search(low, max(0, n.start - 40), n.start)
            if m is not None and re.search(r"\b" + re.escape(m.group("verb")) + r"\b[^.;:]{0,30}?\d", prev) \
                    or last is not None and OBJECT_COUNT_STEP.fullmatch(low, last.number.end, n.start):
                c.measure, c.group, c.rejected = rec.measure, c.group or rec.group, False
                last = c
                continue
        last = None


def _last_flow_noun(text: str, lex: FigureLexicon) -> Optional[str]:
    """The flow measure (killed, injured, ...) of the last toll noun in `text`: what a bare count after it
    counts ("The death toll is 38. 23 have been reported from ..."); None when no such noun."""
    found = None
    for m in PREV_NOUN.finditer(text):
        head = _head(" " + text[m.start():m.end() + 1], lex)[0]
        if head and head.startswith("measure:") and head[8:] in FLOW_MEASURES:
            found = head[8:]
    return found


def _en_antecedent(cands: list, low: str, prev: str, lex: FigureLexicon) -> None:
    """"Les blessés ont été transportés à l'hôpital. « Nous en avons reçu 38 »": a bare number after
    "en" and its verb counts what the last noun of a measure in the sentence before names."""
    for c in cands:
        if c.measure not in (None, "?") or (c.head and c.head[0] not in (None, "unknown")) or c.number.year_like \
                or c.number.decimal or (m := EN_COUNT.search(low, max(0, c.number.start - 60), c.number.start)) is None:
            continue
        # "Tachkent s'en tient à 169 morts, l'opposition en recense 745": the toll told before it in its own sentence
        # (ext-r254), else the sentence before's
        found = _last_flow_noun(low[:m.start()], lex) or _last_flow_noun(prev, lex)
        if found:
            c.measure, c.group, c.rejected = found, c.group or "people", False


# "... called to 344 deaths. In the Vancouver Coastal region the figure was 193", "« le chiffre de 745 a été atteint »":
# a toll's noun and its verb or preposition right before a bare count (ext-r254)
ELIDED_TOLL_PREV = re.compile(r"(?:^|[\s«\"“])(?:" + cues("elided_toll_det") + "|" + cues("elided_prev_det") + r") (?:"
                              + cues("elided_toll") + r")\s+(?:" + cues("elided_toll_of") + "|" + cues("elided_prev_of")
                              + r")\s*$")
ELIDED_TOLL_PREV_WORDS = tuple(cue_alternatives("elided_prev_literal"))  # one of them is in every match (the gate)


def _elided_toll_antecedent(cands: list, low: str, prev: str, lex: FigureLexicon) -> None:
    """"Its coroners were called to 344 deaths. In the Vancouver Coastal region the figure was 193": a bare count
    after a toll's noun and its verb, where no count of its sentence comes before it, counts what the last noun
    of a measure in the sentence before names."""
    for k, c in enumerate(cands):
        n = c.number
        if c.measure not in (None, "?") or (c.head and c.head[0] not in (None, "unknown")) or n.year_like \
                or n.decimal or n.kind not in ("digits", "words") \
                or any(d.measure not in (None, "?") for d in cands[:k]) \
                or not ELIDED_TOLL_PREV.search(low, max(0, n.start - 60), n.start):
            continue
        found = _last_flow_noun(prev, lex)
        if found:
            c.measure, c.group, c.rejected = found, c.group or "people", False


# "Des mineurs ont été tués dans l'explosion. Ils étaient 12.", "They were 12.": a sentence that is only a pronoun, its
# copula and a count (ext-r254)
THEY_WERE_BARE = re.compile(r"\W*(?:" + cues("they_were") + r")\s+(?:(?:" + cues("they_were_qualifier") + r")\s+)?")
THEY_WERE_END = re.compile(r"\s*[.!»”\"]*\s*$")


def _pronoun_total(cands: list, low: str, prev: str, lex: FigureLexicon) -> None:
    """"Des mineurs ont été tués dans l'explosion. Ils étaient 12.": a count that is all its sentence says after a
    pronoun and its copula, after a sentence that names the dead (or wounded, ...) with no count, counts them."""
    if len(cands) != 1:
        return
    c = cands[0]
    n = c.number
    if c.measure not in (None, "?") or n.year_like or n.decimal or n.kind not in ("digits", "words") \
            or not THEY_WERE_BARE.fullmatch(low, 0, n.start) or not THEY_WERE_END.fullmatch(low, n.end):
        return
    if (found := _last_flow_noun(prev, lex)) is not None:
        c.measure, c.group, c.rejected = found, c.group or "people", False


def _severity_parts(cands: list, low: str) -> None:
    """"The collapse injured 168 people, 12 critically and 30 seriously": bare counts right after a toll of
    the wounded, each before a word of severity, break that toll down (parts, spec 6 "Wounded by severity")."""
    for k, w in enumerate(cands):
        if w.rejected or w.measure != "injured" or w.part_of is not None:
            continue
        end, total, items = w.head_end, 0, []
        for c in cands[k + 1:]:
            n = c.number
            if n.kind not in ("digits", "words") or n.year_like or n.decimal or c.part_of not in (None, w) \
                    or not (SEVERED_GAP if items else SEVERED_OPEN).fullmatch(low, end, n.start) \
                    or (sm := SEVERED_WORD.match(low, n.end)) is None:
                break
            items.append(c)
            total += n.value
            end = sm.end()
        if items and total <= w.number.value:
            for c in items:
                if c.part_of is None:
                    c.measure, c.group, c.rejected, c.part_of = "injured", c.group or w.group, False, w
                    w.parts.append(c)


def _reported_antecedent(cands: list, low: str, prev: str, lex: FigureLexicon) -> None:
    """"The death toll is 38. 23 have been reported from the government hospital in Kallakurichi": a bare
    number opening its sentence (or after a full stop the splitter keeps, as before a digit), a verb of
    reporting right after it, counts what the last noun of a measure before it names (its toll's)."""
    for c in cands:
        n = c.number
        if c.measure not in (None, "?") or (c.head and c.head[0] not in (None, "unknown")) or n.year_like \
                or n.decimal or n.kind not in ("digits", "words") or not REPORTED_BARE.match(low, n.end):
            continue
        said = False
        if BARE_OPENING.fullmatch(low, 0, n.start):
            before = prev
        elif low[n.start - 2:n.start] == ". ":
            before = low[:n.start - 2]
        elif SAID_BARE.search(low, max(0, n.start - 30), n.start):
            # "Megahed said 133 bodies had been retrieved ..., while Sultan ... said 148 had been recovered":
            # another source's count of what the toll before it in the sentence names, no part of it
            before, said = low[:n.start], True
        else:
            continue
        found = _last_flow_noun(before, lex)
        if found and said:
            c.measure, c.group, c.rejected = found, c.group or "people", False
            continue
        if found:
            c.measure, c.group, c.rejected = found, c.group or "people", False
            # the toll told before it in the same sentence (the splitter keeps "38. 23" together) is its whole
            whole = next((w for w in reversed(cands[:cands.index(c)]) if w.measure == found and not w.rejected), None)
            if whole is not None and whole.number.value > n.value:
                c.part_of = whole
                whole.parts.append(c)
            last = n
            for d in cands[cands.index(c) + 1:]:
                m = d.number
                if d.measure not in (None, "?") or (d.head and d.head[0] not in (None, "unknown")) \
                        or m.kind not in ("digits", "words") or m.year_like or m.decimal \
                        or not (LIST_LOC.match(low, m.end) or NAME_BRACKET.search(d.sentence.text, 0, m.start)) \
                        or not BARE_ITEM_GAP.fullmatch(low, last.end, m.start):
                    break
                # "..., three in Puducherry, Salem (8), and Villupuram (4)": the items of its list
                d.measure, d.group, d.rejected = found, d.group or "people", False
                if c.part_of is not None and c.part_of.number.value > m.value:
                    d.part_of = c.part_of
                    c.part_of.parts.append(d)
                last = m


def _mourned_one(n: Number, low: str) -> Optional[re.Match]:
    """"On déplore une victime": the noun after a one a verb of mourning governs (not negated), or None."""
    if n.value != 1 or n.kind != "article" or (vn := ONE_VICTIM_NOUN.match(low, n.end)) is None:
        return None
    vm = ONE_VICTIM_VERB.search(low, max(0, n.start - 60), n.start)
    return vn if vm is not None and ONE_VICTIM_NEGATION.search(low, max(0, vm.start() - 24), vm.start()) is None else None


def _one_dead(n: Number, head: Optional[str], low: str) -> bool:
    return head in ("measure:killed", "measure:injured", "measure:missing") and n.value == 1 \
        and (ONE_TOLL_NOUN.match(low, n.end) is not None
             or _mourned_one(n, low) is not None) \
        and not GENERIC_ONE.search(low, max(0, n.start - 12), n.start)


def _one_by_noun(head: Optional[str], right: str, left: str) -> bool:
    """"un mort et huit blessés", "Un autre corps a été retiré": one person named by a measure's noun."""
    return head in ("measure:killed", "measure:injured", "measure:missing") and (
        ONE_NOUN.match(right) is not None and not GENERIC_ONE.search(left)
        or ONE_OF_MEASURE.match(right) is not None and ONE_OF_BEFORE.search(left) is not None  # "L'un des blessés"
        # "while Espirito Santo had reported one death" (acc-r251)
        or ONE_REPORTED_BEFORE is not None and ONE_DEATH_AFTER.match(right) is not None and ONE_REPORTED_BEFORE.search(left) is not None)


def _compared_event_span(s: TimeSpan) -> bool:
    """"le pire depuis celui de l'Ecole polytechnique de Montréal, où 14 femmes avaient été abattues le 6
    décembre 1989": the event a superlative compares with, read as a span over its date (windows.py), whose
    clause tells its own toll (acc-r259)."""
    return s.kind == "span" and COMPARED_EVENT_SINCE.match(s.text.lower()) is not None


def _candidates(numbers: list[Number], sent: Sentence, low: str, lex: FigureLexicon, spans: list[TimeSpan],
                given: frozenset | set = frozenset()) -> list[Candidate]:
    cands: list[Candidate] = []
    # the time expressions blanked out: "a tué vendredi soir 18 personnes" keeps its verb next to the number
    untimed = low
    for s in spans:
        if (s.kind == "since" or _compared_event_span(s)) and any(s.start <= n.core_start < s.end and _counts_people(low, n, lex) for n in numbers):
            # "the highest since a bomber killed 22 people on June 1": a past toll told inside the clause keeps
            # its verb (ext-r254)
            continue
        untimed = untimed[:s.start] + " " * (s.end - s.start) + untimed[s.end:]
    numbers = _split_respective_ranges(numbers, low)
    things_before = False  # a count of vehicles or weapons just given in the sentence (acc-r99)
    for i, n in enumerate(numbers):
        c = Candidate(n, sent, head_end=n.end)
        cands.append(c)
        if n.decimal or any(s.start <= n.core_start < s.end and not ((s.kind == "since" or _compared_event_span(s)) and _counts_people(low, n, lex))
                            for s in spans):
            c.rejected = True
            continue
        left = low[:n.start]
        right = low[n.end:]
        if n.value == 1 and n.start >= 2 and sent.text[n.start - 2:n.start] == ", " and n.text[:1].islower() \
                and NAME_THEN_COMMA.search(sent.text, max(0, n.start - 60), n.start) \
                and APPOSED_SPEAKER.match(right):
            # "Michael Thompson, un habitant joint par l'AFP, a dit avoir vu des corps": the article of
            # an apposition that describes a person just named, no count
            c.rejected = True
            continue
        if n.qualifier == "more_than" and n.start < n.core_start and OVER_WORD.match(low, n.start) \
                and _HELD & HOLDS_CONCERN and _any_between(low, CONCERN_WORDS, max(0, len(left) - 40), len(left)) and CONCERN_OVER.search(left, max(0, n.start - 40)):
            # "raised a new alert Thursday over 780,000 displaced people", "concern over 2 million
            # people": the preposition of the concern, not a qualifier
            n.qualifier, n.low, n.high = "exact", n.value, n.value
            n.text, n.start = n.text[n.core_start - n.start:], n.core_start
            c.concern = True
        elif n.qualifier == "exact" and _HELD & HOLDS_CONCERN and _any_between(low, CONCERN_WORDS, (len(left) - 40 if len(left) > 40 else 0), len(left)) \
                and CONCERN_FOR.search(left, max(0, n.start - 40)):
            c.concern = True  # "UN raises alert for 780,000 people displaced in Mozambique"
        if n.year_like and not YEAR_PEOPLE.match(right):
            c.rejected = True
            continue
        if (mm := lex.month_after.match(right)) and not (mm.group(0).strip() == "may" and "may" in sent.text[n.end:n.end + mm.end()]) \
                or n.value <= 31 and lex.month_before.search(left) \
                and not (left.rstrip().endswith("may") and sent.text[:n.start].rstrip().endswith("may")):
            # "killed on 12 May", "on May 12"; not "60 may have died", "the toll may exceed 10,000" (the
            # verb, in lower case), nor a count no day can be ("March 300": no such day)
            c.rejected = True
            continue
        # ("transportait à lui seul quelque 1.400 personnes": an approximate count on board too)
        if n.kind == "digits" and n.qualifier == "exact" and n.value < 120 and right[:1] == "," \
                and (am := AGE_APPOSITION.search(sent.text, max(0, n.start - 40), n.start)) \
                and (am.group("name")[:1].isupper() or am.group("name").lower() in AGE_PERSON_NOUNS):
            c.rejected = True  # "the gunman, 28, shot dead five people", "Akanesi Vaa, 38, said": an age
            continue
        if n.kind == "digits" and n.value < 120 and right[:1] in (",", " ") and left[-2:] == ", " \
                and AGE_LIST_BEFORE.search(left, max(0, n.start - 60)) and AGE_LIST_NEXT.match(right):
            c.rejected = True  # "trois enfants âgés de 2, 5 et 7 ans", "aged 2, 5 and 7": an age between two ages
            continue
        if n.kind == "words" and 30 <= n.value <= 90 and left[-3:] == "es " and DECADE_BEFORE.search(left, (n.start - 16 if n.start > 16 else 0)):
            c.rejected = True  # "dans les années soixante-dix": a decade written out, no count (acc-r185)
            continue
        if n.kind == "words" and n.value < 120 and AGED_WORD_BEFORE.search(left, (n.start - 16 if n.start > 16 else 0)):
            c.rejected = True  # "the youngest aged three", "une fillette âgée de sept ans": an age written out
            continue
        if _HELD & HOLDS_DENIED and _any_between(low, DENIAL_WORDS, (n.start - 121 if n.start > 121 else 0), n.start) \
                and DENIED.search(left, max(0, n.start - 120)):
            c.rejected = True  # "Je démens ... que nous ayons 60.000 disparus": a count denied to exist
            continue
        if _HELD & HOLDS_SIMULATED and SIMULATED_GATE.search(left, (n.start - 100 if n.start > 100 else 0)) and SIMULATED.search(left, (n.start - 100 if n.start > 100 else 0)):
            c.rejected = True  # "L'exercice simulait un séisme faisant 300 victimes": no one's figure
            continue
        if _HELD & HOLDS_LIVES and LIVES_GATE.search(right, 0, 24) and (lm := LIVES_NOUN.match(right)) \
                and (LIVES_SAVED_BEFORE.search(left) or LIVES_SAVED_AFTER.match(right, lm.end())):
            c.rejected = True  # "saving more than 13,200 lives", "10.000 vies ont été sauvées": nobody died
            continue
        if lex.capacity_before.any and lex.capacity_before.search(left):
            c.rejected = True  # "meant for 50 people, not over 200", "licensed to hold only 50": a capacity, no count (series-r249)
            continue
        if (n.kind == "digits" and n.qualifier in ("exact", "approx") or n.kind == "range") and lex.not_count_before.search(left) \
                and not (i > 0 and CHANGE_TO.search(left, max(0, n.start - 30))
                         and CHANGE_FROM.search(left, max(0, numbers[i - 1].start - 40), numbers[i - 1].start)) \
                and not (EVENT_AFTER.search(left, max(0, n.start - 10)) and PEOPLE_CLAUSE.match(right)) \
                and not (n.start < n.core_start and QUALIFIER_VERB.match(low, n.start, n.end)):
            # ("the toll rose from 24 to 31": a change, 31 is the new figure; "has since shot up to 34": the
            # qualifier is a verb, "since" its adverb, not a preposition before a year, ext-r187)
            c.rejected = True
            continue
        if left.endswith(PERPETRATED_BY_LAST) and PERPETRATED_BY.search(left, max(0, n.start - 40)):
            c.rejected = True  # "un attentat perpétré par deux femmes kamikazes": its authors, no toll (ext-r229)
            continue
        if _HELD & HOLDS_FREED and (_any_between(low, FREED_WORDS, max(0, len(left) - 40), len(left)) and FREED_BEFORE.search(left, max(0, n.start - 40))
                                    or _any_between(low, FREED_WORDS, max(0, len(left) - 140), len(left)) and EXCHANGED_FOR.search(left, max(0, n.start - 140))) \
                and ESCAPEES_AFTER.match(right):
            c.rejected = True  # "freeing more than 500 inmates": prisoners set free are no casualties (acc-r59)
            continue
        if _HELD & HOLDS_ESCAPEES and (esc := ESCAPEES_AFTER.match(right)) is not None \
                and ESCAPED_AFTER.match(right, esc.end()) is not None:
            c.rejected = True  # "more than 4,000 prisoners escaped": prisoners who broke out are no casualties (acc-r244)
            continue
        if n.kind == "vague" and ONE_OF_END.search(left, (n.start - 12 if n.start > 12 else 0)):
            c.rejected = True  # "was one of several air strikes": a member of a set, not a count
            continue
        if n.qualifier in BOUND_QUALIFIERS and AGE_BOUND.match(low, n.start) and AGE_NOUN_END.search(left, max(0, n.start - 16)):
            c.rejected = True  # "half of them children under four": an age, not a count
            continue
        if _HELD & HOLDS_ABOARD and _any_between(low, ABOARD_WORDS, (len(left) - 40 if len(left) > 40 else 0), len(left)) and ABOARD_COUNT.search(left, (len(left) - 40 if len(left) > 40 else 0)):
            c.rejected = True  # "transportait quelque 200 migrants", "a boat carrying about 300 Rohingya refugees": on board
            continue
        if n.kind in ("words", "article") and n.value == 1 and left[-4:] in ("wed ", "ith ", " to ") and INTERVIEWED_END.search(left, max(0, len(left) - 24)):
            c.rejected = True  # "Local media interviewed one injured inmate": a person spoken to, no count (acc-r92)
            continue
        if n.kind == "vague" and HOW_MANY.search(left):
            c.rejected = True  # "how many people were killed": a question, not a quantity
            continue
        if n.qualifier in BOUND_QUALIFIERS and ("first" in left[-40:] or "premi" in left[-40:]) \
                and lex.record_threshold_before.search(left[-60:]):
            c.rejected = True  # "the first time more than 100 lives have been claimed ... since 2016": a record's bar
            continue
        if lex.difference_before and _HELD & HOLDS_DIFFERENCE_BEFORE and lex.difference_before.search(left):
            c.rejected = True  # "All but three of the deaths": a difference, not a count
            continue
        if i + 1 < len(numbers) and CHANGE_BY.possible(untimed, max(0, n.start - 80), numbers[i + 1].start) \
                and (cm := CHANGE_BY.rx.search(untimed[:numbers[i + 1].start], max(0, n.start - 80))) \
                and cm.start("gap") < n.start and n.end <= cm.end("gap"):
            c.rejected = True  # "rose by another 20 to 95", "a augmenté de 3 pour atteindre 25": the change (ext-r246)
            continue
        if right[:1] == "-" and HYPHEN_WORD.match(right):
            c.rejected = True  # "three-month", "five-year-long", "24-hour": part of an adjective
            continue
        head, head_end, rest = c.head = _head(right, lex)
        if head == "unknown" and n.kind == "article" and (vn := _mourned_one(n, low)) is not None:
            head, head_end = "measure:killed", vn.end() - n.end  # "On déplore une victime": one dead
            c.head = (head, head_end, rest)
        if head is None and i > 0 and (fm := ORIGIN_FROM.match(right)) \
                and (nm := ORIGIN_NAME.match(sent.text, n.end + fm.end())):
            prev = cands[i - 1]
            if not prev.rejected and prev.head and (prev.head[0] or "").startswith("group:") \
                    and ORIGIN_LIST_GAP.fullmatch(low, prev.head_end, n.start):
                # "three Britons, two from Turkey and one Portuguese had died": an item of a list of
                # people by origin, its noun elided (spec 6, counts of people from somewhere)
                head, head_end = "group:people", nm.end() - n.end
                c.head = (head, head_end, rest)
        if head is not None and head != "not_people" and not head.startswith("measure:") \
                and any_in(right[head_end:head_end + 40], SPEAKER_WORDS) \
                and SPEAKER_VERB.match(right, head_end if head != "unknown" else 0):
            c.rejected = True  # "Two officials said ...", "three witnesses told AFP": those who speak, no figure
            continue
        if head == "group:rescuers" and (RESCUERS_DEPLOYED_AFTER.match(right, head_end)
                                         or RESCUERS_DEPLOYED_BEFORE.search(left, max(0, len(left) - 40))):
            c.rejected = True  # "80 soldats du feu ont été engagés", "accompagnées de 63 sapeurs-pompiers": rescuers sent
            continue
        if head is None and RESCUERS_DEPLOYED_AFTER.match(right, head_end) and (pn := PART_OF_NOUN.search(left)) \
                and _head(" " + pn.group(1).lower() + " ", lex)[0] == "group:rescuers":
            c.rejected = True  # "Les pompiers, dont une trentaine avaient été dépêchés sur place": the rescuers sent
            continue
        if head == "group:people" and (aboard := ON_BOARD_AFTER.match(right, head_end)) \
                and _measure_before(left[-60:], lex) not in FLOW_MEASURES \
                and (ON_BOARD_ONLY.match(right, head_end) is not None or not _befell_aboard(right, aboard.end(), lex)):
            if lex.none_of_before and _HELD & HOLDS_NONE_OF_BEFORE and lex.none_of_before.search(left) \
                    and _none_survived(left, right, head_end):
                c.none_survived = True  # "There were no survivors among the 62 people on board": all died
            else:
                # "there had been 151 people on board": those aboard, no figure ("killing 228 people on
                # board", "62 people on board were killed": the verb before or right after them makes
                # them the dead)
                c.rejected = True
                continue
        if head in (None, "unknown") and n.kind == "digits" and n.qualifier == "exact" and n.value < 100 \
                and (nm := NAME_NUMBER.search(sent.text, max(0, n.start - 40), n.start)) and nm.group(1).lower() not in lex.calendar_words \
                and (wm := NAME_NUMBER_NOUN.match(right)) and not _is_function_word(wm.group(1)) \
                and not NAME_NUMBER_VERB.fullmatch(wm.group(1)):
            c.rejected = True  # "the Guayas 1 prison", "Line 2 station": a number in a name
            continue
        if n.kind == "digits" and n.qualifier == "exact" and n.value <= 120 and (right[:1] == "," or AGE_DASH_CLOSE.match(right)) \
                and (am := AGE_OF_NAME.search(sent.text, max(0, n.start - 40), n.start)) \
                and am.group(1).lower() not in lex.calendar_words:
            c.rejected = True  # "Miguel Uribe, 39, died", "Mariam Dagga, 33, a journalist": an age after a name
            continue
        if n.kind == "digits" and n.qualifier == "exact" and n.value <= 120 and right[:1] == ")" \
                and (am := AGE_IN_BRACKETS.search(sent.text, max(0, n.start - 50), n.start)) \
                and am.group(1).lower() not in lex.calendar_words and am.group(2).lower() not in lex.calendar_words \
                and not default_gazetteer().find(am.group(0)[:-2], lex.lang):
            c.rejected = True  # "Dinesh Yadav (31) from Jharkhand": an age in brackets after a full name (not "Mopti (23)", a place's count)
            continue
        c.head_end = n.end + head_end
        if head and head_end and n.kind in ("digits", "words", "approximate") and n.qualifier in ("exact", "approx") \
                and n.low is not None and HEAD_AT_LEAST.match(low, c.head_end):
            # "une cinquantaine de personnes au moins", "300 morts au bas mot": the qualifier after the noun
            n.qualifier, n.low, n.high = "at_least", n.value, None
        elif n.qualifier == "exact" and n.low is not None and FLOOR_AFTER.match(low, n.end):
            n.qualifier, n.low, n.high = "at_least", n.value, None  # "a établi à 100 le bilan minimal des morts"
        elif n.qualifier == "exact" and n.low is not None and HIGHER_TOLD_AFTER is not None and any_in(low, HIGHER_TOLD_WORDS) \
                and HIGHER_TOLD_AFTER.match(low, n.end):
            n.qualifier, n.low, n.high = "at_least", n.value, None  # "30 ... have died, but the actual numbers are likely much higher"
        if lex.none_of_before and _HELD & HOLDS_NONE_OF_BEFORE and not (head or "").startswith("measure:") and lex.none_of_before.search(left):
            if _none_survived(left, right, head_end):
                c.none_survived = True  # "None of the 150 passengers survived", "Aucun des 150 passagers n'a survécu"
            else:
                c.rejected = True  # "None of the 40 passengers was hurt": a set no one of which is counted
                continue
        if head and head.startswith("group:") and left.endswith(SET_OF_ENDS) \
                and SET_OF_BEFORE.search(left, max(0, len(left) - 40)) \
                and not _cue_right_after(right[head_end:head_end + 24], lex):
            c.rejected = True  # "206 of the 252 people at the mine had been evacuated": the set the count is taken from
            continue
        if head == "not_people" and (SURVIVORS_HURT.match(right) or SURVIVORS_TREATED is not None and SURVIVORS_TREATED.match(right)):
            # "Sept des survivants ont été hospitalisés": the survivors' injured are a count
            head = "group:people"
            c.head = (head, c.head[1], c.head[2])
        if head == "not_people" and DEATH_CASES.match(right):
            # "14 cases in which people appear to have died": deaths counted as cases, not disease cases
            head = "group:people"
            c.head = (head, c.head[1], c.head[2])
        if head == "not_people" or _dead_or_missing(low, n.end) or REFUGEES_AND_HOSTS.match(right):
            c.rejected = True  # "près de 90.000 morts et disparus": the dead and the missing, no measure of ours
            things_before = head == "not_people" and THING_COUNT is not None and THING_COUNT.match(right) is not None
            continue
        if head is None and things_before and ";" in left:
            # "Huit voitures piégées sont entrées dans Sadr City ; quatre ont explosé, une a été
            # interceptée par la police, qui a arrêté le chauffeur, et trois autres sont manquantes": the
            # bare counts after a count of vehicles or weapons, past a semicolon, count those (acc-r99)
            c.rejected = True
            continue
        if head is not None:
            things_before = False
        if _HELD & HOLDS_RATE_AFTER and lex.rate_after_rx is not None and lex.rate_after_rx.match(right) or lex.rate_before is not None and _HELD & HOLDS_RATE_BEFORE and lex.rate_before.search(left):
            c.rejected = True
            continue
        if any(w in left[-90:] for w in COUNTERFACTUAL_WORDS) and COUNTERFACTUAL_BEFORE.search(left, max(0, len(left) - 90)):
            c.rejected = True  # "The death toll could have stretched into the thousands": what did not happen (ext-r213)
            continue
        if head is not None and not head.startswith("measure:") and FOUND_WHOLE_PARTS.match(right, head_end) \
                and FOUND_WHOLE_BEFORE.search(left, max(0, len(left) - 40)):
            c.rejected = True  # "They found nine workers, seven of whom were dead": people found, only the part counted (ext-r213)
            continue
        if n.kind == "vague" and DEMONSTRATIVE_END.search(left):
            c.rejected = True  # "Ces milliers de déplacés ont trouvé refuge": the people just counted, named again
            continue
        if n.kind in ("digits", "words") and n.qualifier == "exact" and head and head.startswith(("group:", "measure:")) \
                and DEMONSTRATIVE_END.search(left) and not DEMONSTRATIVE_PARTS.match(right, head_end):
            # "Ces deux victimes sont deux frères": people counted before, named again ("Ces 500
            # personnes, dont une vingtaine de femmes": a repeat whose parts follow, left to `_repeats`)
            c.rejected = True
            if OPENING_WHOLE.fullmatch(low, 0, n.start) and right[head_end:head_end + 1] == ",":
                # "Sur ces 803 victimes, le décompte ... fait état de 389 morts à X et 324 à Y": the whole
                # the sentence opens on, its counts after the comma its parts (ext-r204)
                c.repeat = c.repeat_opening = True
            continue
        if n.kind == "vague" and n.high is None and lex.aside_after and lex.aside_after.match(right) \
                and (not (head and head.startswith("group:") and head != "group:people")
                     or lex.part_after is not None and lex.part_after.match(right)):  # "many of them women"
            c.rejected = c.aside = True  # "132 rescued, many with injuries": describes people already counted
            continue
        if n.value == 1 and n.qualifier == "more_than" and n.kind in ("article", "words"):
            c.rejected = True  # "a dozen families had lost more than one child", "plus d'un mort": a description, no count
            continue
        if n.value == 1 and n.kind != "article" and n.text[:1].isalpha() and GENERIC_ONE.search(left):
            c.rejected = True  # "pas un seul mort": no one
            continue
        if n.kind == "article" and ONE_AFTER_SOURCE.search(low, (n.start - 16 if n.start > 16 else 0), n.start):
            c.rejected = True  # "dont cinq enfants, selon un médecin": who told it, not one more victim
            continue
        if n.kind == "article" and head and head.startswith("group:") and lex.att_verbs is not None \
                and (sm := SPEAKER_ONE.match(right)) and lex.att_verbs.match(right, sm.end()):
            c.rejected = True  # "Un autre habitant, Christian Msuega, a raconté": who speaks, not one victim
            continue
        if n.kind == "article" and n.value == 1 and i > 0 and numbers[i - 1].kind == "article" \
                and APPOSED_ONE.fullmatch(low, numbers[i - 1].end, n.start) and ONE_OF_BEFORE.search(low, 0, numbers[i - 1].start):
            c.rejected = True  # "L'un des blessés, un homme âgé de 22 ans, ...": the apposition describes the one counted
            continue
        if n.kind == "article" and n.value == 1 and ONE_OF_THEM.match(right) and ONE_OF_BEFORE.search(left) \
                and (i > 0 or ONE_OF_OPENING.fullmatch(left)):
            # (at the sentence's start, "L'un d'eux ... est mort": one of those the sentences before counted; ext-r229)
            if ONE_OF_GOVERNED.search(left):
                c.rejected = True  # "a évoqué pour l'une d'elles un tir": one of them, no count of its own
                continue
            c.measure, c.list_one = "?", True  # "Cinq personnes ont été blessées, et l'une d'elles ...": one of them
            continue
        if n.kind == "article" and n.value == 1 and ONE_PARTICIPLE.match(right) and ONE_PARTICIPLE_OPENER.search(left):
            c.measure, c.list_one = "?", True  # "at least five people died, including one killed by a falling tree" (ext-r229)
            continue
        if n.kind == "article" and n.value == 1 and ONE_SEVERITY_OPENER.search(left) and ONE_SEVERITY.match(right):
            c.measure, c.list_one = "?", True  # "51 blessés, dont un grièvement": one of the wounded
            continue
        if n.kind == "article" and n.value == 1 and ONE_OTHER_SEVERITY.match(right) and ONE_OTHER_SEVERITY_OPENER.search(left):
            c.measure, c.list_one = "?", True  # "... en urgence relative et une cinquième en urgence absolue": one more of the wounded
            continue
        if n.kind == "article" and n.value == 1 and (op := ONE_PREDICATE.match(right)) and not GENERIC_ONE.search(left) \
                and (op.group("other") or ONE_BARE_AFTER.search(left) or ONE_OPENING.fullmatch(left)):
            # "Cinq personnes sont mortes et une autre est portée disparue", "et une troisième a été
            # tuée": one more person, the noun elided, the state in the predicate
            c.measure, c.list_one = "?", True
            continue
        if n.kind == "article" and n.value == 1 and _one_by_verb(right, left):
            c.measure, c.list_one = "?", True  # "et un autre a succombé", "One died there", "while one has died"
            continue
        if n.kind == "article" and n.value == 1 and head == "group:people" and i > 0 and not cands[i - 1].rejected \
                and LIST_LOC.match(right, head_end) and LIST_ITEM_GAP.fullmatch(low, cands[i - 1].number.end, n.start) \
                and LIST_LOC.match(low, cands[i - 1].number.end):
            # "deux personnes sont décédées dans la wilaya d'Oran, quatre dans celle de Tlemcen et une personne
            # dans la wilaya de Tizi Ouzou": the last item of one, told with the noun of a person (ext-r213)
            n.end += head_end
            c.head, c.head_end, head = (None, 0, rest), n.end, None
            c.measure, c.list_one = "?", True
            continue
        if n.kind == "article" and not (head and head.startswith("group:")) and not _one_dead(n, head, low) \
                and not _one_by_noun(head, right, left):
            prev = cands[i - 1] if i > 0 else None
            # "dont deux à Petit-Goâve et une autre dans la section rurale": "autre" before the item's place
            item = right[om.end():] if prev is not None and (om := ONE_OTHER.match(right)) else right
            if prev is not None and not prev.rejected and n.value == 1 and LIST_LOC.match(item) \
                    and (LIST_ITEM_GAP.fullmatch(low, prev.number.end, n.start) and LIST_LOC.match(low, prev.number.end)
                         # "deux morts à Odessa, un mort à Kharkiv et un autre à Lviv": past the noun of the item before (ext-r246)
                         # ("two deaths in Odessa and one in Lviv", "deux morts à Odessa et un à Lviv" too: ext-r262)
                         or prev.head_end > prev.number.end and prev.head and (prev.head[0] or "").startswith("measure:")
                         and LIST_ITEM_GAP.fullmatch(low, prev.head_end, n.start) and LIST_LOC.match(low, prev.head_end)
                         or FIRST_ITEM_VERB_GAP.fullmatch(low, prev.number.end, n.start)):
                # "cinq à Trans-en-Provence, une au Luc", "Deux autres personnes ont été signalées disparues
                # à Da Nang et une dans la province de Quang Tri": one, its noun elided
                c.measure, c.list_one = "?", True
                if item is not right:
                    n.end += len(right) - len(item)  # "une autre": the item's words up to its place
                continue
            nxt = numbers[i + 1] if i + 1 < len(numbers) else None
            if prev is not None and not prev.rejected and n.value == 1 and nxt is not None and LIST_LOC.match(right) \
                    and LIST_ITEM_GAP.fullmatch(low, n.end, nxt.start) and LIST_LOC.match(low, nxt.end) \
                    and ONE_ITEM_AFTER.search(low, max(0, n.start - 14), n.start):
                # "trois personnes tuées à la Grenade, ..., ainsi qu'une à Saint-Vincent et trois au
                # Venezuela": an item of one in a list of counts per place, between two counts
                c.measure, c.list_one = "?", True
                continue
            c.rejected = True  # "d'une aide": an article, not a count
            continue
        c.measure = "?"  # decided in the second pass, once every non-figure is set aside
    alive = [c for c in cands if not c.rejected]
    # "At least 190 of the dead were in Blantyre": the sentence breaks down an earlier toll
    toll_cue = _toll_cue(low, lex) if alive else None
    restated = bool(alive) and RESTATED.possible(low)
    for k, c in enumerate(alive):
        n = c.number
        left = low[:n.start]
        head, head_end, rest = c.head
        next_start = alive[k + 1].number.start if k + 1 < len(alive) else len(low)
        prev_end = alive[k - 1].head_end if k > 0 else 0
        measure = head if head and head.startswith("measure:") else None
        if measure in STATUS_PART_HEADS and k > 0 and alive[k - 1].measure in ("killed", "injured", "missing") \
                and PART_LEAD_END.search(low, max(0, n.start - 14), n.start) \
                and len(gap := low[alive[k - 1].head_end:n.start]) < 40 and not re.search(r"[.;:()]", gap):
            # "Une frappe a tué 12 personnes, dont huit déplacés": who the part were, not what befell
            # them; it counts what its whole counts
            measure = "measure:" + alive[k - 1].measure
        if measure == "measure:killed" and KILLED_AND_HURT is not None and KILLED_AND_HURT.match(low, n.end):
            # "at least 70 killed and injured", "70 dead or wounded": the head and the word after it count
            # the dead and the wounded together (acc-r124)
            measure = "measure:casualties"
        if k + 1 < len(alive) and DENOMINATOR.search(low[:alive[k + 1].number.start]):
            # "1,4 million d'habitants de Gaza, sur 2,3 millions, ont été déplacés": the verb is past the denominator
            next_start = alive[k + 2].number.start if k + 2 < len(alive) else len(low)
        after_seg = low[(n.end if n.end >= c.head_end else c.head_end):next_start]
        if k + 1 < len(alive) and (op := low.find("(", (n.end if n.end >= c.head_end else c.head_end), next_start)) >= 0 \
                and ")" not in low[op:next_start] and (cl := low.find(")", next_start)) > 0:
            # "116 people (84 of them South Africans) died": the next count is inside a bracket opened
            # after this one; the verb past the close is this figure's
            following = next((a.number.start for a in alive[k + 1:] if a.number.start > cl), len(low))
            after_seg = low[max(n.end, c.head_end):op] + " " * (cl + 1 - op) + low[cl + 1:following]
        if (cut := _last_part_clause(after_seg)) is not None and cut.start() > 0 \
                and not (k + 1 < len(alive) and not _measure_after(after_seg[:cut.start()], lex)[0]
                         and (am := _aside_after_head(low, max(n.end, c.head_end))) is not None and am.end() > next_start):
            # "110 hostages are still held, a third of whom are believed dead" (not "73 habitants de
            # l'immeuble, dont 14 enfants, ont été blessés": the head's complement holds no verb, and
            # the aside closes before the figure's own; acc-r93)
            after_seg = after_seg[:cut.start()]
        if ")" in after_seg and low.rfind("(", 0, n.start) > low.rfind(")", 0, n.start) \
                and not (FAMILIES_THEN is not None and FAMILIES_THEN.search(low, max(0, n.start - 40), n.start)):
            # "12 people (five civilians and seven soldiers) and wounded 20": a count inside brackets
            # takes no verb from past their close
            after_seg = after_seg[:after_seg.index(")")]
        if (cut := WITH_CLAUSE.search(after_seg)) is not None:
            # "Eight were pulled from the building, with a large number still unaccounted for":
            # the cue after ", with" is said of another noun phrase
            after_seg = after_seg[:cut.start()]
        if k > 0 and (cut := DASH_PAIR.search(after_seg)) is not None and _dashes_before(DASH_PAIR, low, sent.text, n.start) % 2 == 1:
            # "killed at least 11 pilgrims - seven women, two children and two men - and injured more
            # than 40": inside a pair of dashes after a figure, the list ends at the closing dash; the
            # verb past it is another figure's (not "half of Sudan's population – some 25 million
            # people – need assistance": an apposition with no figure before it takes the verb after)
            after_seg = after_seg[:cut.start()]
        if (cut := BUT_CLAUSE.search(after_seg)) is not None and (_measure_after(after_seg[:cut.start()], lex)[0]
                                                                   or measure is not None and measure[8:] in STOCK_MEASURES
                                                                   or SPARED.search(after_seg, 0, cut.start()) is not None):
            # "where hundreds of thousands of Rohingya refugees live in camps ..., but caused no deaths
            # there": past ", but" another clause, once the figure's own has its cue ("At least 10
            # people, but possibly more, were killed" keeps the verb after it), or its noun is a
            # population's ("panic among the 18 million residents of Mexico City, but officials
            # reported no new injuries": acc-r138), or its own clause spares them ("Six personnes ont été
            # rescapées du crash, mais malheureusement, une est décédée depuis": series-r257)
            after_seg = after_seg[:cut.start()]
        for a in cands:
            if a.aside and n.end < a.number.start < next_start:
                # "600 children, many of them cancer patients, were evacuated": the aside is blanked
                # (or its bracket or dash closes: "50 people (many of them children) were killed",
                # "50 people - many of them children - died")
                a0 = a.number.start - max(n.end, c.head_end)
                a1 = ASIDE_CLOSE.search(low, a.number.end)
                a1 = len(after_seg) if a1 is None else a1.start() - max(n.end, c.head_end)
                after_seg = after_seg[:a0] + " " * (a1 - a0) + after_seg[a1:]
        before_seg = untimed[prev_end:n.start]
        others_of = None
        c.group = head[6:] if head and head.startswith("group:") else None
        if c.group and lex.group_in_context and (word := (low[n.end:c.head_end].split() or [""])[-1]) in lex.group_in_context:
            c.group = lex.group_for(word, low)  # "301 mineurs avaient péri dans l'incendie d'une mine": miners
        if c.group in (None, "people") and OWN_SIDE_BEFORE is not None and "ami" in low[max(0, n.start - 40):n.start] \
                and OWN_SIDE_BEFORE.search(low, max(0, n.start - 40), n.start):
            c.group = "soldiers"  # "Côté ami : 89 morts": the communiqué's own side, its soldiers (acc-r252)
        if c.group not in (None, "people") and lex.group_rx is not None \
                and (mg := MIXED_GROUP.match(low, c.head_end)) and (gm := lex.group_rx.match(low, mg.end())) \
                and lex.group_of[gm.group(0)] not in (c.group, "people"):
            c.group = "people"  # "une quarantaine de supplétifs de l'armée et de civils": two groups, one count
        if c.group not in (None, "people") and lex.group_rx is not None and low.startswith(",", c.head_end) \
                and (ml := MIXED_LIST.match(low, c.head_end)) and (g1 := lex.group_rx.fullmatch(ml.group("g"))) \
                and (g2 := lex.group_rx.match(low, ml.end())) \
                and {lex.group_of.get(g1.group(0)), lex.group_of.get(g2.group(0))} - {c.group, "people"}:
            c.group = "people"  # "Tens of thousands of civilians, soldiers and rebels": a list of groups, one count
        if (am := _aside_after_head(after_seg, 0)) and _measure_after(after_seg[am.end():], lex)[0] \
                and not _measure_after(after_seg[:ASIDE_OPEN.search(after_seg).start()], lex)[0]:
            # "More than 60 people, most of them women and children who had sought shelter in the
            # school, were killed": the verb after the aside is the figure's, not a cue inside it
            # (not when the verb comes before the aside: "54 people died, most of them aged over 60,
            # after being admitted to hospital")
            after_seg = " " * am.end() + after_seg[am.end():]
        elif k + 1 < len(alive) and ("," in after_seg or " - " in after_seg or " – " in after_seg or " — " in after_seg) \
                and not _measure_after(after_seg[:ASIDE_OPEN.search(after_seg).start()], lex)[0] \
                and (am := _aside_after_head(low, seg0 := (n.end if n.end >= c.head_end else c.head_end))) and am.end() > next_start:
            # "Eight people, among them a pregnant woman and two children, lost their lives": the aside
            # holds numbers of its own (and words of its own: "among them a nurse who had rushed to
            # help the wounded and two police officers, died"); the verb after it is the figure's
            seg1 = next((a.number.start for a in alive[k + 1:] if a.number.start >= am.end()), len(low))
            if _measure_after(low[am.end():seg1], lex)[0]:
                after_seg = " " * (am.end() - seg0) + low[am.end():seg1]
        elif k + 1 < len(alive) and PART_OPEN_ONLY.fullmatch(after_seg) and alive[k + 1].head \
                and (alive[k + 1].head[0] or "").startswith("group:") \
                and not _measure_before(before_seg, lex):
            # "three refugees including two children had been killed": a part with no commas around
            # it; the verb after the part is its whole's too (not "killed 40 people including seven
            # children and wounded 70": the verb before the whole is its own)
            seg1 = alive[k + 2].number.start if k + 2 < len(alive) else len(low)
            if _measure_after(low[alive[k + 1].head_end:seg1], lex)[0] in FLOW_MEASURES:
                after_seg = " " * len(after_seg) + low[alive[k + 1].head_end:seg1]
        cue, cue_at = _measure_after(after_seg, lex)
        if cue and head is not None and head.startswith("measure:") and head[8:] in FLOW_MEASURES and cue != head[8:] \
                and ";" in after_seg[:cue_at]:
            # "plus de cinq mille autres intoxiquées ; une treizième victime est morte plus tard": the noun
            # of a flow measure is the count's; the verb past a semicolon is another clause's (not a
            # stock's noun: "looking for dozens more residents; cries for help were heard from under the
            # rubble" are the missing; acc-r211)
            cue = None
        if cue and k + 1 < len(alive) and NEXT_COUNT_VERB is not None and any_in(after_seg, NEXT_COUNT_VERB_WORDS) \
                and (nv := NEXT_COUNT_VERB.search(after_seg)) is not None \
                and cue_at >= nv.start():
            # "Dozens of bandits on motorcycles invaded the village, shooting dead 16 residents": the verb
            # right before the next count is that count's, not this one's (ext-r196)
            cue = None
        if cue is None and head is None and k > 0 and alive[k - 1].measure in FLOW_MEASURES \
                and RIVAL_OTHERS.fullmatch(low, alive[k - 1].head_end, n.start):
            # "Certaines estimations évoquent entre 25.000 et 30.000 morts, d'autres jusqu'à 50.000": the
            # rival estimate counts what the one before counts (ext-r163)
            cue, cue_at = alive[k - 1].measure, 0
        if cue is None and k > 0 and alive[k - 1].measure in FLOW_MEASURES and (sf := SAME_FATE.match(after_seg)):
            # "116.000 personnes ont dû être évacuées ... 230.000 autres ont connu le même sort": the fate
            # of the count before is this one's (ext-r163)
            cue, cue_at = alive[k - 1].measure, sf.start()
        if c.none_survived:
            cue, cue_at = "killed", 0  # "None of the 150 passengers survived": everyone counted died
        if cue is None and NUMBER_OF_PRESENT.match(low, n.end):
            c.rejected = True  # "estiment à près de 300 le nombre de personnes présentes": no toll's count (ext-r176)
            continue
        if cue and head is None and k > 0 and k + 1 < len(alive) and alive[k - 1].measure in FLOW_MEASURES \
                and "," in after_seg[:cue_at] and VERB_ONLY.fullmatch(after_seg, cue_at) \
                and IN_PLACE.match(sent.text[n.end:]) and AND_THEN.search(low, alive[k - 1].head_end, n.start):
            # "has killed at least eight people in Bangladesh and two in neighboring India, affected over
            # a million people": the item shares the verb of the count before it; the verb past the
            # comma is the next number's
            cue = None
        if cue and (ta := TRAILING_ASIDE.match(after_seg)) is not None and cue_at >= ta.end("open"):
            # "at least 20 civilians, most of them women and children who had taken refuge in the
            # mosque.": an aside that runs to the end describes the people; its verb is not the count's
            cue = None
        if cue and (pm := PROGRESSIVE.match(after_seg)) and pm.end() <= cue_at \
                and NOMINAL_CUE.search(after_seg, pm.end(), cue_at) and not _measure_after(pm.group(0), lex)[0]:
            # "about 200 officers were checking lists of the missing": their own action, and the
            # cue ("the missing") another noun phrase
            cue = None
        if cue and _HELD & HOLDS_OWN_ACTION and (oa := OWN_ACTION.match(after_seg)) and oa.end() <= cue_at \
                and not OWN_ACTION_FINITE.search(after_seg, oa.end(), cue_at) and not _measure_after(oa.group(0), lex)[0]:
            # "Dozens of anxious, angry relatives gathered outside the prison and the morgue": the
            # people counted gather or wait; the cue past their verb is another's (acc-r92)
            cue = None
        if cue and head and head.startswith("group:") and ACTIVE_OBJECT is not None \
                and (av := ACTIVE_OBJECT.search(after_seg, 0, cue_at)) is not None and not _measure_after(av.group(0), lex)[0]:
            # "« De nombreux combattants » ... ont attaqué une base militaire, des habitations et des camps
            # de personnes déplacées": the group's own action, and the cue a noun of its object
            cue = None
        if cue and AGENT_OBJECT is not None \
                and (ao := AGENT_OBJECT.search(low, (base := (n.end if n.end >= c.head_end else c.head_end)), base + cue_at + 80)) is not None \
                and ao.start() - base <= cue_at and not re.search(r"[.;:()]", low[base:ao.start()]):
            # "two men on motorcycles shot him dead", "Two gunmen killed 12 people": the number's own
            # active verb and its object; the number counts who acted
            cue = None
        if cue and n.value != 1 and SINGULAR_RELATIVE.search(after_seg, 0, cue_at):
            # "saw several attackers taunt a rival gang member who was badly injured": the state
            # closes a relative clause of another, singular noun phrase (acc-r161)
            cue = None
        if cue == "detained" and _measure_before(before_seg, lex) in ("killed", "injured") \
                and WHO_BEFORE.search(before_seg, max(0, len(before_seg) - 60)):
            cue = None  # "a driver who killed two cyclists in 2021 was jailed": the driver's sentence
        if cue and DEFENDANT_GATE.search(after_seg, 0, cue_at) and DEFENDANTS.search(after_seg, 0, cue_at):
            cue = None  # "20 men accused of the 2015 attacks that killed 130 people": the attacks' verb
        if cue == "rescued" and head == "measure:killed":
            cue = None  # "Seuls cinq corps ont pu être extraits": bodies are not rescued, they are dead
        if cue in NOT_CASUALTY and COMMA_AND.search(after_seg, 0, cue_at):
            cue = None  # "up from five earlier, and another worker was found alive and rescued": another clause's
        elif cue in NOT_CASUALTY and BARE_CLAUSE.search(after_seg, 0, cue_at) \
                and _measure_before(before_seg, lex) in FLOW_MEASURES:
            cue = None  # "the death toll hit 136 on Friday as hopes faded for more people being pulled out alive"
        elif cue and measure and cue != measure[8:] and "," in after_seg[:cue_at] \
                and (ca := COMMA_AND.search(after_seg, 0, cue_at)) and "," not in after_seg[ca.end():cue_at]:
            # "left six civilians dead and 10 wounded, and in March militants killed three people": the
            # figure's own noun names its measure; a verb past ", and" is another clause's
            cue = None
        if cue in NOT_CASUALTY and not (AND_THEN.search(after_seg[:cue_at])
                                        and _measure_before(untimed[prev_end:n.start], lex) in FLOW_MEASURES):
            c.rejected = True  # "1.134 personnes ont été infectées, dont 67 sont mortes": disease cases
            continue
        if cue == "displaced" and ESCAPEES.search(low, n.end, max(n.end, c.head_end)) and FLED.match(after_seg, cue_at):
            cue = None  # "Close to 130 inmates fled during the violence": prisoners who flee escape, not displaced
        before_cue = _measure_before(before_seg, lex)
        if before_cue in FLOW_MEASURES and cue and cue != before_cue and BARE_CLAUSE.search(after_seg, 0, cue_at):
            cue = None  # "kills 24 as search continues for girls missing": the verb before is the number's
        elif before_cue in FLOW_MEASURES and cue in FLOW_MEASURES and cue != before_cue and "," in after_seg[:cue_at] \
                and (NOMINAL_CUE.search(after_seg, 0, cue_at) or SEARCH_OBJECT.search(after_seg, 0, cue_at)):
            # "wildfires kill 96, search for the missing continues": past a comma, "the missing" is another noun phrase
            # ("Toll rises to 373, rescue workers search for missing people": so is the object of a search; series-r240)
            cue = None
        if before_cue in NOT_CASUALTY and (cue is None or "," in after_seg[:cue_at]) \
                and measure not in ("measure:killed", "measure:injured", "measure:missing"):
            # "fishermen rescued six of the refugees": survivors, no figure (nor "le nombre de survivants
            # était de 64, le dernier rescapé ayant été évacué": a verb past the comma is another subject's)
            c.rejected = True
            continue
        if before_cue is None and k + 1 < len(alive) and CHANGE_TO.fullmatch(untimed, c.head_end, alive[k + 1].number.start) \
                and (cf := CHANGE_FROM.search(before_seg, max(0, len(before_seg) - 40))):
            before_cue = _measure_before(before_seg[:cf.start("f")] + " ", lex)  # "the toll rose from 24 to 31": 24 is the toll's
            if before_cue is None and alive[k + 1].head_end > alive[k + 1].number.end:
                # "Le bilan déjà tragique de l'effondrement du toit ... a bondi de 124 à 184 morts": the toll's
                # noun too far before, the first figure takes the noun of the figure it changes to
                before_cue = _measure_after(untimed[alive[k + 1].number.end:alive[k + 1].head_end] + " ", lex)[0]
                if before_cue is None and (pw := NEXT_WORD.match(untimed, alive[k + 1].head_end)) is not None:
                    # "passe de 25 à 42 civils tués": the group's noun, then the participle of the measure (ext-r213)
                    before_cue = _measure_after(untimed[alive[k + 1].number.end:pw.end()] + " ", lex)[0]
            if before_cue is None:
                # "Le bilan des morts à Urumqi lors des émeutes du 5 juillet ... a augmenté, passant de 184
                # à 192": no noun after either figure, the toll the sentence opens on names the measure
                before_cue = _change_subject(before_seg[:cf.start()])
                if before_cue is None and TOLL_BEFORE_FROM.search(before_seg, cf.start(), cf.start("f")):
                    # "pulled 14 more bodies ..., pushing the death toll from 57 to 71": the toll named in the
                    # change's own verb phrase, right before "from" (not "raised the ... death toll from
                    # Hurricane Maria from 64 to 2,975", whose first figure no cue reads as superseded; acc-r220)
                    before_cue = _change_subject(before_seg[cf.start():cf.start("f")])
        if before_cue is None and k > 0 and alive[k - 1].measure not in (None, "?") \
                and CHANGE_TO.fullmatch(untimed, alive[k - 1].head_end, n.start) \
                and CHANGE_FROM.search(low, max(0, alive[k - 1].number.start - 80), alive[k - 1].number.start):
            before_cue = alive[k - 1].measure  # ... and 31 the new figure of the same toll
        if before_cue is None and k > 0 and (am := ASIDE_TOLL_VERB.search(
                before_seg if n.core_start == n.start else untimed[prev_end:n.core_start])):
            # "The death toll, which had stood at 12 on Monday, reached 19 on Tuesday": the toll's verb
            # past an aside that holds another number
            before_cue = _measure_before(untimed[max(0, n.start - 240):n.start], lex)
            if before_cue is None and (op := untimed.rfind(",", max(0, n.start - 240), alive[k - 1].number.start)) >= 0 \
                    and alive[k - 1].number.start - op < 60:
                # "Le nombre de morts, qui était de 12 lundi, est passé à 31": the noun read with its verb,
                # the aside that holds the earlier figure cut out
                before_cue = _measure_before(untimed[max(0, op - 180):op] + " " + am.group(0)[1:].lstrip(), lex)
        if before_cue is None and k > 0 and alive[k - 1].measure is None and (n.start - prev_end) < 200 \
                and TOLL_VERB_END.search(before_seg) and TOLL_WORD.search(low, max(0, n.start - 240), prev_end):
            # "The death toll in an attempt by hundreds of migrants ... has risen to 23": the toll named before
            # a count that is no figure, its verb before this one (acc-r212)
            before_cue = _measure_before(untimed[max(0, n.start - 240):n.start], lex)
        if before_cue is None and k > 0 and alive[k - 1].measure in FLOW_MEASURES and TOLL_PROJECTED.possible(before_seg) \
                and TOLL_PROJECTED.rx.search(before_seg) and TOLL_WORD.search(low, 0, alive[k - 1].number.start + 1):
            # "The death toll rose to 257 and could reach 500", "..., warning that it could climb as high
            # as 500": the projection of the toll just given takes its measure
            before_cue = alive[k - 1].measure
        q = QUALIFIER_VERB.match(low, n.start, n.end) if before_cue is None else None
        if q:
            # "the death toll passes 1,000", "toll topped 31,000": the qualifier is also the toll's verb
            before_cue = _measure_before(untimed[prev_end:q.end()], lex)
        if before_cue is None and k > 0 and alive[k - 1].measure in FLOW_MEASURES \
                and TOLL_SINCE.possible(tseg := (untimed[prev_end:q.end()] if q else before_seg)) and TOLL_SINCE.rx.search(tseg):
            # "17 bodies had been found in the mud, but the number has since shot up to 34": the count just given
            # in its sentence, named again and risen since, keeps its measure (ext-r187)
            before_cue = alive[k - 1].measure
        if before_cue is None and k > 0 and head in (None, "unknown") and SAID_PRONOUN_TOLL.possible(before_seg) \
                and SAID_PRONOUN_TOLL.rx.search(before_seg) \
                and (whole := next((a for a in alive[:k] if a.measure in FLOW_MEASURES
                                    and TOLL_WORD.search(low, max(0, a.number.start - 40), a.number.start)), None)) is not None:
            # "officials put the toll at 165, with at least 225 people wounded; on Tuesday, authorities said it had
            # reached 175": the pronoun stands for the toll its sentence named, not for the count given last (ext-r246, dev649)
            before_cue = whole.measure
        if k > 0 and alive[k - 1].measure in FLOW_MEASURES and before_cue != alive[k - 1].measure \
                and TOLL_ELIDED_PUT.possible(before_seg) and TOLL_ELIDED_PUT.rx.search(before_seg):
            # "said 49 people were confirmed missing, ..., and Budiawan ... later put the number at at least
            # 128": the number named again takes the measure of the count just given (ext-r196)
            before_cue = alive[k - 1].measure
        if before_cue is None and k > 0 and alive[k - 1].measure in FLOW_MEASURES and head in (None, "unknown") \
                and ADDED_TO_GAP.fullmatch(untimed, alive[k - 1].head_end, n.start) \
                and ADDED_VERB_END.search(low, max(0, alive[k - 1].number.start - 30), alive[k - 1].number.start):
            # "We have added six deaths to the 73 reported earlier": the toll the increment is added to, its
            # measure (an earlier toll: "reported earlier" supersedes it; ext-r187)
            before_cue = alive[k - 1].measure
        if before_cue and cue and AND_THEN.search(after_seg[:cue_at]):
            cue = None  # "a tué deux civils et blessé six autres": the verb before owns "deux"
        elif before_cue and cue and k + 1 < len(alive) and VERB_LIST_GAP.fullmatch(after_seg, 0, cue_at) \
                and VERB_ONLY.fullmatch(after_seg, cue_at):
            # "a war that killed tens of thousands of people, displaced over 14 million ...": a list of
            # verbs, each with its own number; the verb after the comma is the next number's
            cue = None
        elif cue and k + 1 < len(alive) and lex.part_cues is not None \
                and lex.part_cues.search(low, (n.start - 20 if n.start > 20 else 0), n.start) \
                and (COMMA_AND.search(after_seg, 0, cue_at)
                     or k > 0 and alive[k - 1].measure in FLOW_MEASURES and AND_BEFORE_CUE.search(after_seg, 0, cue_at)) \
                and VERB_ONLY.fullmatch(after_seg, cue_at):
            # "killed at least 40 people, including seven children, and wounded 70" (or with no
            # commas: "killed 40 people including seven children and wounded 70"): the verb after
            # the part is the next number's; the part takes its whole's
            cue = None
        if before_cue in FLOW_MEASURES and cue and before_cue != cue and "," in after_seg[:cue_at] \
                and RELATIVE_OPEN.search(before_seg):
            # "Les jihadistes, qui ont tué au moins 45 civils la semaine dernière, ont également enlevé
            # ...": the verb past the relative clause is its antecedent's, not the number's
            cue = None
        if before_cue in FLOW_MEASURES and cue in FLOW_MEASURES and cue != before_cue and c.group and cue != "casualties" \
                and ADJECTIVAL_GAP.fullmatch(after_seg, 0, cue_at) \
                and not (before_cue == "killed" and BARE_TOLL_END.search(before_seg, max(0, len(before_seg) - 120))):
            # (not "Un premier bilan faisait état de 57 étudiants disparus": a toll word names no measure of its
            # own, the participle after the people does; acc-r243)
            # ("have lost 500,000 soldiers killed or wounded": the pair is the count's own measure)
            cue = None  # "la mort samedi d'un adolescent grièvement blessé mercredi": the participle describes him
        elif cue in FLOW_MEASURES and cue != "killed" and c.group and ADJECTIVAL_GAP.fullmatch(after_seg, 0, cue_at) \
                and (later := _measure_after(after_seg[cue_at + 4:], lex))[0] == "killed" \
                and not (cue == "missing" and PRESUMED_STATE.match(after_seg, cue_at, cue_at + 4 + later[1])) \
                and not BARE_CLAUSE.search(after_seg, cue_at, cue_at + 4 + later[1]) \
                and ";" not in after_seg[cue_at:cue_at + 4 + later[1]]:
            # "Un adolescent grièvement blessé par balle ... est tombé en martyr": the participle
            # describes him, and the death is the last state (not "140 miners remained trapped in a
            # coal mine after an explosion that killed 25": the death is another clause's, nor "42 migrants missing,
            # presumed dead": a death presumed, the missing stay missing; ext-r176)
            # (nor past a semicolon: "plus de cinq mille autres intoxiquées ; une treizième victime est morte
            # plus tard" opens another clause, whose death is not theirs; acc-r211)
            cue, cue_at = later[0], cue_at + 4 + later[1]
        if before_cue in FLOW_MEASURES and cue and cue != before_cue and COUNT_PREDICATE_END is not None \
                and "," in after_seg[:cue_at] and COUNT_PREDICATE_END.search(before_seg):
            # "Les morts civils sont au nombre de 12, les blessés au nombre de 121": the number is the
            # predicate of the noun before it; the noun past the comma heads the next count (acc-r78)
            cue = None
        if before_cue == "residents" and cue and "," in after_seg[:cue_at]:
            cue = None  # "The city, home to about 1.2 million people, has been under siege": the city's verb
        # the verb that says what happened to the people a noun names ("a tué 70 détenus", "evacuated
        # 300 refugees"): the one after the number, unless only the one before it is a flow
        if before_cue == "injured" and cue is None and head in STAFF_HEADS and HOSPITAL_HAS.search(before_seg):
            c.rejected = True  # "The hospital has 12 doctors": its staff, not its patients (ext-r176)
            continue
        verb = before_cue if before_cue in FLOW_MEASURES and cue not in FLOW_MEASURES else cue
        if before_cue == "killed" and cue == "missing" and SWEPT.match(after_seg, cue_at):
            verb = cue = "killed"  # "la mort de deux enfants, emportés par les eaux": the death word wins
        peopled = head is not None and (head == "measure:residents" or head.startswith("group:"))
        if k > 0 and head is None and alive[k - 1].measure in FLOW_MEASURES and DENOMINATOR_COMMA.search(left) \
                and DENOMINATOR_CLOSE is not None and DENOMINATOR_CLOSE.match(low, n.end):
            # "51 people who were injured during the incident, out of 139, are still hospitalised": a bare
            # total set off by commas counts what the count before it counts (that count is its part)
            c.measure, c.group = alive[k - 1].measure, alive[k - 1].group
            if alive[k - 1].part_of is None:
                alive[k - 1].part_of = c
                c.parts.append(alive[k - 1])
        elif k > 0 and DENOMINATOR.search(left) or (HEAD_DENOMINATOR.search(left) and head
                                                   and (head == "measure:residents" or head.startswith("group:")
                                                        and CAPITAL_END.search(sent.text, 0, c.head_end))):
            c.measure = "residents"  # "sur 2,3 millions", "Sur les 43 millions d'Afghans, ...": the population
        elif (peopled or before_cue == "residents") and _share_before(low, n.start) \
                and ((fm := FINITE_AFTER.match(low, c.head_end)) and (cue is None or fm.start("v") <= max(n.end, c.head_end) + cue_at)
                     and not FINITE_RELATIVE.search(low, c.head_end, fm.start("v"))
                     or SHARE_AFTER_VERB.search(low, max(0, n.start - 90), n.start)):
            # ("has driven nearly all of the enclave's 2.1 million people from their homes": the verb
            # before the share is the share's, and the number the population)
            # "80 % des 2,2 millions d'habitants ... ont été déplacés": the share is displaced, the
            # number is the population it is a share of ("half of the 40 people killed" keeps its participle)
            # ("half of the 300 people who fled were children": the verb after "who" is the whole's own)
            c.measure = "residents"
        elif measure == "measure:injured" and not AMONG_ASIDE_BEFORE.search(before_seg) \
                and (cue == "killed" and not WOUNDED_OTHER_CLAUSE.search(after_seg, 0, cue_at)
                                                or before_cue == "killed" and cue is None
                                                and DEATH_OF_END.search(before_seg)):
            # (not a death said in a clause of its own: "plus de 1600 blessés, selon X, qui précisait que
            # la majorité des victimes avaient péri"; acc-r123)
            c.measure = "killed"  # "Deux blessés ont succombé à l'hôpital", "le décès de deux blessés": the wounded who died
        elif measure == "measure:killed" and (cue == "injured" or cue is None and before_cue == "injured") \
                and VICTIMS_HEAD.match(low, n.end, c.head_end + 1):
            # "Two of the victims were airlifted to a burn center": victims the verb says were hurt; "it had
            # rushed 55 victims to Agouza Hospital": the verb before says so (acc-r212)
            c.measure = "injured"
        elif measure == "measure:residents" and before_cue == "affected" and cue in (None, "residents"):
            c.measure = "affected"  # "le typhon a touché plus de 1,3 million d'habitants": hit, not living there
        elif measure == "measure:detained" and cue is None and INMATES_HOUSED.search(left, (len(left) - 60 if len(left) > 60 else 0)):
            # "la prison San Miguel, qui abrite près de 1.900 détenus", "which holds 1,500 prisoners": the
            # inmates a prison houses are its population, not people detained in the event (ext-r196)
            c.measure = "residents"
        elif measure and not (verb and measure[8:] in PEOPLE_NOUN_MEASURES
                              and (verb in FLOW_MEASURES or measure[8:] == "residents" != verb)
                              and not (measure[8:] == "refugees" and verb == "displaced")
                              # "plus de 200.000 patients ont été hospitalisés": the sick taken to
                              # hospital are cases of the disease, not the wounded
                              and not (measure[8:] == "infected" and verb == "injured" and cue == "injured"
                                       and HOSPITALISED.match(after_seg, cue_at))):
            c.measure = measure[8:]
        else:
            c.measure = verb or before_cue
        if head is None and CORRECTING_EARLIER is not None and any_in(left[-70:], CORRECTING_EARLIER_WORDS) \
                and (ce := CORRECTING_EARLIER.search(left, max(0, len(left) - 70))) is not None \
                and (corrected := next((a for a in reversed(cands) if a.number.end <= ce.start()), None)) is not None:
            # "at least nine people were killed, correcting an earlier government figure of 16": the earlier figure
            # counts what the figure it corrects counts; "The bus was carrying 29 people, ..., correcting an earlier
            # figure of 28": people aboard, no figure (ext-r262)
            if corrected.rejected or corrected.measure in (None, "?"):
                c.rejected = True
                continue
            c.measure, c.group = corrected.measure, corrected.group
        if n.kind == "article" and c.measure != "killed" and BODY_OF_BEFORE.search(left, (len(left) - 24 if len(left) > 24 else 0)):
            # "found the body of a 73-year-old woman who had been missing since the day before": a body counts
            # one dead, whatever the relative clause says she was before (ext-r204)
            c.measure = "killed"
        if c.measure is None and head is not None and head.startswith("group:") and CARDIAC_ARREST.possible(low, c.head_end) \
                and CARDIAC_ARREST.rx.match(low, c.head_end) and _in_arrest_dead_country():
            # "Douze personnes en arrêt cardiaque ont été découvertes" (Kyoto Animation): Japanese copy's word for the
            # dead before a doctor confirms the death; elsewhere a patient who may be revived (ext-r246, dev812)
            c.measure = "killed"
        if c.measure in (None, "residents") and (head is None or head in ("group:people", "measure:residents")) \
                and ORDER_OUT_BEFORE.search(left, (len(left) - 40 if len(left) > 40 else 0)) and ORDER_OUT_AFTER.match(low, c.head_end):
            # "ont demandé à quelque 240.000 personnes de quitter leurs maisons", "ordered 10,000 residents to
            # leave their homes": the count an evacuation order is given to, evacuated (spec: ordered out; ext-r204)
            c.measure = "evacuated"
        elif c.measure == "displaced" and head and head.startswith("group:") and FORCED_OUT_BEFORE.search(left, (len(left) - 30 if len(left) > 30 else 0)) \
                and FORCED_TO_EVACUATE.match(low, c.head_end):
            c.measure = "evacuated"  # "forced more than a million coastal villagers to evacuate to government shelters" (ext-r204)
        if c.measure is None and (nw := NOUN_WHOLE.search(low, max(0, n.start - 40), n.start)) \
                and (nm := _measure_after(nw.group(1), lex)[0]) in FLOW_MEASURES and (k == 0 or nm != alive[k - 1].measure):
            # "set off a search for the missing, including more than 20 girls": a part of the noun just
            # before it (a whole with no number), not of the figure before that ("Those arrested, among
            # them two managers ...": the first count of its sentence too, ext-r204)
            c.measure, c.noun_whole = nm, True
        elif c.measure is None and k > 0 and alive[k - 1].noun_whole and (head is None or head == "unknown" or head.startswith("group:")) \
                and NOUN_WHOLE_NEXT.fullmatch(low, alive[k - 1].head_end, n.start):
            # "..., among them two managers of the company that ran the bridge, two ticket clerks and three
            # security guards": the list goes on, each item a part of the same noun (ext-r204)
            c.measure, c.noun_whole = alive[k - 1].measure, True
        if c.measure is None and restated and head and head.startswith("group:") and (rs := RESTATED.rx.search(left)):
            # "1.200 foyers ont été évacués, soit environ 4.800 personnes": the people the clause before
            # counts in other units, with its verb
            prior = [a for a in cands if a.number.end <= rs.start()]
            if prior:
                m, _ = _measure_after(low[max(prior[-1].number.end, prior[-1].head_end):rs.start()], lex)
                if m in FLOW_MEASURES or m == "affected":  # "250 familles ont été sinistrées, soit 1.500 personnes"
                    c.measure = m
        if c.measure is None and head and head.startswith("group:") and FAMILIES_THEN is not None \
                and (fr := FAMILIES_THEN.search(low, max(0, n.start - 40), n.start)) is not None:
            # "Bicol had the highest number of affected population — 548,306 families or 2,492,223 persons":
            # the head count set after a count of families takes the cue before that count
            m = _measure_before(untimed[prev_end:fr.start()], lex)
            if m in FLOW_MEASURES or m == "affected":
                c.measure = m
        if k > 0 and head in (None, "unknown") and TO_FROM_GAP.fullmatch(low, alive[k - 1].head_end, n.start) \
                and CHANGE_TO_END.search(low, max(0, alive[k - 1].number.start - 8), alive[k - 1].number.start):
            # "rose to 31 from 24", "Cases rose to 352 from 305": the earlier figure of the same count
            if alive[k - 1].measure in (None, "?"):
                c.rejected = True
                continue
            c.measure, c.group = alive[k - 1].measure, alive[k - 1].group
        if c.measure == "killed" and VICTIMS_HEAD.match(low, n.end) and FRAUD_WORD.search(low, max(0, n.start - 60), n.end + 40):
            c.rejected = True  # "L'escroquerie a fait 12.000 victimes": a fraud's victims
            continue
        if c.measure == "killed" and LOST_BEFORE.search(left, (len(left) - 16 if len(left) > 16 else 0)) \
                and LOSS_NOT_DEATH.match(low, max(n.end, c.head_end)):
            c.rejected = True  # "Le club a perdu 12 joueurs sur blessure": lost, not dead
            continue
        if c.measure == "killed" and VITAL_GATE.search(low) and VITAL_STATISTICS.search(low):
            c.rejected = True  # "Le nombre de naissances a reculé à 678.000, tandis que 639.000 décès ...": vital statistics
            continue
        if c.measure in FLOW_MEASURES and FICTITIOUS_GATE.search(low, n.end, n.end + 40) and FICTITIOUS.match(low, n.end):
            c.rejected = True  # "300 « blessés » fictifs évacués par hélicoptère": an exercise's
            continue
        if c.measure == "residents" and c.group in NOT_RESIDENT_GROUPS:
            c.rejected = True  # "L'armée de Terre compte 77.000 militaires": a force's strength
            continue
        if c.measure == "missing" and (FOUND_SAFE.match(low, n.end)
                                       or FOUND_BEFORE.search(left, len(left) - 60 if len(left) > 60 else 0)):
            # "Deux randonneurs disparus ont été retrouvés vivants lundi", "The state has located 114 people who
            # were on the list of missing": found again
            c.rejected = True
            continue
        if c.measure == "affected" and SERVICE_USER_HEAD.match(low, n.end):
            c.rejected = True  # "cancelled 400 flights, affecting 60,000 passengers": a service's users
            continue
        if c.measure == "injured" and (PLAYER_HEAD.match(low, n.end) or SQUAD_GATE.search(low)) \
                and MATCH_WORD.search(low):
            c.rejected = True  # "Trois joueurs ont été blessés pendant le match", "12 blessés dans son effectif": sport
            continue
        if c.measure == "injured" and "hospital" in low and HOSPITALISED.search(low, n.end, n.end + 80) and ILLNESS.search(low):
            c.rejected = True  # "1.234 personnes ont été hospitalisées pour la grippe": cases of an illness
            continue
        if c.measure == "injured" and FOOD_POISONING_GATE.search(low) and FOOD_POISONING.search(low):
            c.rejected = True  # "60 personnes hospitalisées après une intoxication alimentaire": the sick
            continue
        if c.measure == "affected" and before_cue != "affected" and _LEAD_FOLDED and EPIDEMIC.search(_LEAD_FOLDED) \
                and not EPIDEMIC.search(low) and not (lex.event_noun is not None and lex.event_noun.search(low)):
            # "Three new healthcare workers were affected between March 20 and 26" in copy that opens on an
            # outbreak: the affected are infected, cases, with no disaster of their own named (acc-r124)
            c.rejected = True
            continue
        if c.measure in NOT_CASUALTY or c.measure == "affected" == before_cue and EPIDEMIC.search(left):
            # "le choléra a contaminé plus de 1.200 personnes et tué 45 d'entre elles", "l'épidémie a
            # touché 3.500 personnes": disease cases
            c.rejected = True
            continue
        if c.measure is None and k > 0 and alive[k - 1].measure not in (None, "?") \
                and (AND_LIST.fullmatch(low[alive[k - 1].head_end:n.start])
                     or head and head.startswith("group:") and AGED_GAP.fullmatch(low, alive[k - 1].head_end, n.start)
                     or head and head.startswith("group:") and SEMICOLON_ITEM.fullmatch(low, alive[k - 1].head_end, n.start)
                     or head and head.startswith("group:") and _copula_group_gap(low, alive[k - 1].head_end, n.start, lex)
                     # "killed a woman and her two daughters"
                     or head and head.startswith("group:") and AND_POSSESSIVE.fullmatch(low, alive[k - 1].head_end, n.start)) \
                and not (alive[k - 1].measure == "residents" and OTHERS.match(low, n.end)):
            c.measure = alive[k - 1].measure  # "killed 50 children and two teachers", "10 children aged six to 15 and two women"
        if c.measure is None and head is None and n.kind == "vague" and BY_THE_TENS.possible(low[max(0, n.start - 6):n.start]) \
                and (bm := BY_THE_TENS.rx.search(low, max(0, n.start - 50), n.start)):
            # "des morts par dizaines", "les blessés se comptent par centaines": the noun before "par"
            c.measure = next((ms.name for ms in lex.measures if ms.nouns and ms.nouns.fullmatch(bm.group("noun"))), None)
        if c.measure is None and head in (None, "unknown") and k > 0 and alive[k - 1].measure in FLOW_MEASURES \
                and HEDGED_ALTERNATIVE.fullmatch(low, alive[k - 1].head_end, n.start):
            c.measure = alive[k - 1].measure  # "beaucoup de gens sont morts, peut-être plus d'une centaine"
        if c.measure is None and head and head.startswith("group:") and k > 0 and alive[k - 1].measure in FLOW_MEASURES \
                and (gap := low[alive[k - 1].head_end:n.start]) and len(gap) < 80 and not re.search(r"[.;:]", gap) \
                and AS_WELL_AS_END.search(gap):
            c.measure = alive[k - 1].measure  # "Onze soldats sont morts, ainsi que deux civils"
        if c.measure is None and k > 0 and alive[k - 1].measure in FLOW_MEASURES and OTHERS_ELIDED.match(low, n.end) \
                and (head is None or head.startswith("group:") or head == "unknown") and not alive[k - 1].rejected \
                and (gap := ACRONYM_BRACKET.sub("", low[alive[k - 1].head_end:n.start])) and len(gap) < 100 \
                and not re.search(r"[.;:()]", gap) and not AND_WORD_SET.isdisjoint(gap.split()):
            # "sept soldats avaient été tués ... et cinq autres dans un accident de la circulation": the
            # ("pronounced dead at Dhaka Medical College Hospital (DMCH) and 10 others at ...": a name's
            # initials in brackets are no break; ext-r168)
            # others share the verb left out
            c.measure = alive[k - 1].measure
        if c.measure == "injured" and k > 0 and alive[k - 1].measure == "killed" and not alive[k - 1].rejected \
                and OTHERS_IN_HOSPITAL.match(low, n.end) and (gap := low[alive[k - 1].head_end:n.start]) \
                and len(gap) < 100 and not re.search(r"[.;:()]", gap) and DIED_AT_SCENE.search(low, alive[k - 1].number.start, n.start):
            # "eight people died at the scene and four more in hospital": the others died too, where the first
            # clause sets the scene against the hospital (its verb left out; acc-r253, dev886)
            c.measure = "killed"
        if c.measure is None and k > 0 and alive[k - 1].measure == "killed" and not alive[k - 1].rejected \
                and head in (None, "unknown", "group:people") and OTHERS_RECOVERED.match(low, n.end) \
                and len(gap := low[alive[k - 1].head_end:n.start]) < 100 and not re.search(r"[.;:()]", gap):
            # "10 bodies have been recovered after two more were pulled out", "and two others were found
            # overnight": more of the dead, the noun elided (ext-r168)
            c.measure = "killed"
        if c.measure in (None, "evacuated") and k > 0 and alive[k - 1].measure == "injured" and OTHERS_AWAITING.match(low, n.end) \
                and not alive[k - 1].rejected and len(gap := low[alive[k - 1].head_end:n.start]) < 100 \
                and not re.search(r"[.;:()]", gap):
            # "19 victimes gravement blessées ont été transportées ..., tandis que 23 autres attendent
            # d'être évacuées": the others still awaiting care are wounded too
            c.measure = "injured"
        if c.measure is None and k > 0 and alive[k - 1].measure in FLOW_MEASURES and ANOTHER_BEFORE.search(low, max(0, n.start - 12), n.start) \
                and (head is None or head.startswith("group:") or head == "unknown") and not alive[k - 1].rejected \
                and (gap := low[alive[k - 1].head_end:n.start]) and len(gap) < 100 and not re.search(r"[.;:()]", gap) \
                and not AND_WORD_SET.isdisjoint(gap.split()):
            # "Four of the victims died at the hospital and another 22 either at the scene or on their
            # way there": "another N" shares the verb left out, like "N others"
            c.measure = alive[k - 1].measure
        if c.measure is None and head is None and k > 1 and alive[k - 1].measure in (None, "?") \
                and alive[k - 2].measure not in (None, "?") and COMPARED.fullmatch(low, alive[k - 1].head_end, n.start) \
                and lex.part_cues is not None and lex.part_cues.search(low, alive[k - 2].head_end, alive[k - 1].number.start):
            # "rose to 112 on Tuesday, including 23 children, up from 87 on Sunday": the earlier toll is
            # compared with the toll, past its part
            c.measure, c.group = alive[k - 2].measure, alive[k - 2].group
        # ("27, contre 19 plus tôt dans la journée": a word of time after the number is no noun of its own)
        if c.measure is None and (head is None or head == "unknown" and EARLIER_AFTER.match(low, c.head_end)) \
                and k > 0 and alive[k - 1].measure not in (None, "?") \
                and not (SAME_PERIOD is not None and SAME_PERIOD.match(low, n.end)) \
                and (COMPARED.fullmatch(low, alive[k - 1].head_end, n.start) or ELIDED_TOLL.search(untimed, 0, n.start)
                     or COMPARED_END.search(low, alive[k - 1].head_end, n.start)
                     and (n.start - alive[k - 1].head_end < 100
                          # ("Une centaine de policiers ont été blessés, a déclaré ... le ministre de l'Intérieur,
                          # Gérald Darmanin, contre 54 mardi": past the speaker's incise, an earlier day's count; fr-r131)
                          or n.start - alive[k - 1].head_end < 220 and (DAY_AFTER.match(low, n.end) or EARLIER_AFTER.match(low, n.end)))
                     and not re.search(r"[.;:]", low[alive[k - 1].head_end:n.start])):
            c.measure, c.group = alive[k - 1].measure, alive[k - 1].group  # "171 morts, contre 130 la veille"
        elif c.group in (None, "people") and head is not None and head.startswith("measure:") and k > 0 \
                and alive[k - 1].measure == c.measure and alive[k - 1].group not in (None, "people") \
                and (COMPARED.fullmatch(low, alive[k - 1].head_end, n.start)
                     or COMPARED_END.search(low, alive[k - 1].head_end, n.start)
                     and n.start - alive[k - 1].head_end < 100 and not re.search(r"[.;:]", low[alive[k - 1].head_end:n.start])):
            c.group = alive[k - 1].group  # "434 civilians were killed in May, up from 299 killed in April" (acc-r72)
        if c.measure is None and head in (None, "unknown") and k > 0 and alive[k - 1].measure in FLOW_MEASURES \
                and DAY_AFTER.match(low, n.end) and not alive[k - 1].rejected \
                and (gap := low[alive[k - 1].head_end:n.start]) and len(gap) < 40 \
                and (DAY_AND_GAP.fullmatch(gap) or DAY_AND_GAP_BARE.fullmatch(gap)):
            # "au moins 10 morts mardi et 4 mercredi": the day's count of the same measure
            c.measure, c.group = alive[k - 1].measure, alive[k - 1].group
        if c.measure is None and head in (None, "unknown") and k > 0 and alive[k - 1].measure in FLOW_MEASURES \
                and not alive[k - 1].rejected and PHASE_AFTER.match(low, n.end) \
                and PHASE_AND_GAP.fullmatch(low, alive[k - 1].head_end, n.start):
            # "25.000 morts dans les inondations et 135.000 par la suite": the later phase's count (ext-r254)
            c.measure, c.group = alive[k - 1].measure, alive[k - 1].group
        if c.measure is None and head in (None, "unknown") and k > 0 and alive[k - 1].measure in FLOW_MEASURES \
                and not alive[k - 1].rejected and YEAR_AFTER.match(low, n.end) \
                and (gap := low[alive[k - 1].head_end:n.start]) and len(gap) < 80 and YEAR_AND_GAP.fullmatch(gap):
            # "12 décès attribuables à un incendie en 2022, 13 en 2021 et 12 en 2019": the year's count
            # of the same measure, its noun left out (each keeps its own year)
            c.measure, c.group = alive[k - 1].measure, alive[k - 1].group
        if c.measure is None and head in (None, "unknown") and k > 0 and alive[k - 1].measure in FLOW_MEASURES \
                and not alive[k - 1].rejected and ESTIMATE_CHAIN.fullmatch(low, alive[k - 1].head_end, n.start):
            # "deaths will exceed 70 and may be more than 100": a further estimate of the same count (ext-r204)
            c.measure, c.group = alive[k - 1].measure, alive[k - 1].group
        if c.measure is None and head in (None, "unknown") and k > 0 and alive[k - 1].measure == "killed" \
                and not alive[k - 1].rejected and n.start - alive[k - 1].head_end < 120 \
                and not re.search(r"[.;:()]", low[alive[k - 1].head_end:n.start]) and DIAGNOSIS_CLASS.match(low, n.end) \
                and DIAGNOSIS_FIRST.search(low, alive[k - 1].number.end, n.start):
            # "Three were confirmed died as a result of the outbreak while 15 were suspected cases": after a
            # count of the dead, the dead of another diagnosis class, the noun left out (ext-r204)
            c.measure, c.group = alive[k - 1].measure, alive[k - 1].group
        if c.measure is None and k > 0 and alive[k - 1].measure in FLOW_MEASURES and not alive[k - 1].rejected \
                and lex.part_after is not None and (pa := lex.part_after.match(low, n.end)) is not None \
                and SEVERITY_AFTER.match(low, pa.end()):
            # "with 82 people injured, 19 of them seriously": a part by severity, its measure left out
            c.measure, c.group = alive[k - 1].measure, alive[k - 1].group
        if c.measure is None and head in (None, "unknown") and k > 0 and alive[k - 1].measure in FLOW_MEASURES \
                and not alive[k - 1].rejected and n.start - alive[k - 1].head_end < 80 \
                and not re.search(r"[.;:()]", low[alive[k - 1].head_end:n.start]) \
                and RIVAL_IT.search(low, alive[k - 1].head_end, n.start):
            # "One security source put the death toll at 20, while a second put it at 24 and a third at
            # 26": another source's count of the same toll, credited to no one the text names
            c.measure, c.group, c.unnamed_rival = alive[k - 1].measure, alive[k - 1].group, True
        if c.measure is None and k > 0 and lex.part_after is not None and lex.part_after.match(low, n.end) is not None \
                and ACCOUNTING_FOR.search(low, max(0, n.start - 60), n.start) \
                and (whole := next((a for a in reversed(alive[:k]) if a.measure in FLOW_MEASURES and not a.rejected), None)) \
                and not re.search(r"[.;:]", low[whole.head_end:n.start]):
            # "34,297 evacuees in the three prefectures ..., with Ishikawa accounting for 33,446 of
            # them": a share of the last figure before (past a count of places)
            c.measure, c.group = whole.measure, whole.group
        if c.measure is None and k > 0 and alive[k - 1].measure == "killed" and not alive[k - 1].rejected \
                and lex.part_after is not None and (pa := lex.part_after.match(low, n.end)) is not None \
                and PART_IDENTIFIED.match(low, pa.end()) and not re.search(r"[.;:()]", low[alive[k - 1].head_end:n.start]):
            # "94 bodies had been taken to different hospitals, and only around thirty of them could be
            # identified": the identified share of the dead just counted (ext-r187)
            c.measure = alive[k - 1].measure
        if c.measure is None and k > 0 and alive[k - 1].measure in FLOW_MEASURES and not alive[k - 1].rejected \
                and lex.part_after is not None and lex.part_after.match(low, n.end) is not None \
                and BRACKET_PART_GAP.fullmatch(low, alive[k - 1].head_end, n.start):
            # "116 people (84 of them South Africans) died": "N of them" inside a bracket after a
            # figure counts what that figure counts (its verb is past the close)
            c.measure = alive[k - 1].measure
        if c.measure is None and k > 0 and alive[k - 1].measure in FLOW_MEASURES and not alive[k - 1].rejected \
                and lex.part_after is not None and lex.part_after.match(low, n.end) is not None \
                and (gap := low[alive[k - 1].head_end:n.start]) and gap.rstrip().endswith(",") \
                and (len(gap) < 120 or len(gap) < 200 and (tail := GAP_SPEECH_TAIL.search(gap)) and tail.start() < 120) \
                and not re.search(r"[.;:()]", gap):
            # "60 bodies had so far reached the city's forensic medicine department, 30 of them
            # unidentified": "N of them" set off by a comma after the figure's clause counts what the
            # figure counts (ext-r163); the speech clause before it does not count in the reach ("At least
            # 129 people died during an attempted jailbreak at ..., the government said Tuesday, 24 of them
            # shot by security forces", acc-r244)
            c.measure = alive[k - 1].measure
        if c.measure is None and head is None and k > 0 and alive[k - 1].measure in FLOW_MEASURES \
                and RIVAL_SOURCE.match(low, n.end) and not alive[k - 1].rejected \
                and (gap := low[alive[k - 1].head_end:n.start]) and len(gap) < 80 and RIVAL_SOURCE.search(gap) \
                and not re.search(r"[.;:()]", gap) and gap.rstrip().endswith(","):
            # "une trentaine de morts selon les habitants, 12 selon les autorités": another source's count
            c.measure, c.group = alive[k - 1].measure, alive[k - 1].group
        if c.measure is None and head is None and k > 0 and alive[k - 1].measure in FLOW_MEASURES \
                and not alive[k - 1].rejected and RIVAL_GAP.fullmatch(low, alive[k - 1].head_end, n.start) \
                and CLAUSE_END.match(low, n.end) and RIVAL_VERB.search(low, 0, alive[k - 1].number.start):
            # "Le gouvernement évoque 12 morts, les ONG plus de 60": another source's count, its verb left out
            c.measure, c.group = alive[k - 1].measure, alive[k - 1].group
        if c.measure is None and head is None and k > 0 and alive[k - 1].measure in FLOW_MEASURES \
                and (RAISED_TO.search(low, alive[k - 1].head_end, n.start)
                     or k > 1 and RAISED_CHAIN is not None and RAISED_CHAIN.fullmatch(low, alive[k - 1].head_end, n.start)
                     and alive[k - 2].measure == alive[k - 1].measure
                     and RAISED_TO.search(low, alive[k - 2].head_end, alive[k - 1].number.start)) \
                and not re.search(r"[.;:]", low[alive[k - 1].head_end:n.start]):
            c.measure, c.group = alive[k - 1].measure, alive[k - 1].group  # "qui s'élevait jeudi à 30 morts, a été porté à 45"
        if c.measure is None and head is None and k > 0 and TOLL_AT_CHAIN is not None and alive[k - 1].measure in FLOW_MEASURES \
                and not alive[k - 1].rejected and TOLL_AT_CHAIN.fullmatch(low, alive[k - 1].head_end, n.start) \
                and TOLL_AT_END.search(low, max(0, alive[k - 1].number.start - 60), alive[k - 1].number.start):
            # "authorities put the toll at 69, and on Tuesday at 75", "the toll had stood at nine, and on
            # Thursday at six": the toll at another time, its verb and noun left out (acc-r116)
            c.measure, c.group, c.chain_from = alive[k - 1].measure, alive[k - 1].group, alive[k - 1].head_end
        if c.measure is None and head is None and k > 0 and alive[k - 1].measure in FLOW_MEASURES \
                and OTHERS_CLAUSE.match(low, n.end) and not SPARED.search(low, n.end, next_start) \
                and AND_THEN.search(low, alive[k - 1].head_end, n.start) \
                and not PART_GAP.search(low, alive[k - 1].head_end, n.start):
            # "Trois d'entre elles ont péri ... et cinq autres ont été retrouvées dans les décombres":
            # the others are the same count's, told with a verb of no measure of its own
            c.measure, c.group = alive[k - 1].measure, alive[k - 1].group
        if c.measure is None and head is None and k > 0 and alive[k - 1].measure in FLOW_MEASURES \
                and PRONOUN_COUNT.search(low, max(0, n.start - 30), n.start):
            # "de nombreux disparus, tout comme Les Anglais, où ils seraient « plusieurs dizaines »"
            c.measure, c.group = alive[k - 1].measure, alive[k - 1].group
        if c.measure is None and head in (None, "unknown") and k > 0 and alive[k - 1].measure in FLOW_MEASURES \
                and SIDE_AFTER.match(low, n.end) and not re.search(r"[.;:]", low[alive[k - 1].head_end:n.start]):
            c.measure = alive[k - 1].measure  # "3 morts côté israélien et 12 côté libanais"
        if c.measure is None and head is None and k > 0 and alive[k - 1].measure in FLOW_MEASURES \
                and IN_SITE.match(low, n.end) and not re.search(r"[.;:]", low[alive[k - 1].head_end:n.start]) \
                and n.start - alive[k - 1].head_end < 80 and _site_list_item(k, alive, low):
            # "Dix-neuf personnes sont mortes, onze dans le marché effondré et huit dans des maisons
            # voisines": bare counts, each with the site it names, joined by "and": the list's measure
            j = k - 1
            while j > 0 and alive[j].head is not None and alive[j].head[0] is None and IN_SITE.match(low, alive[j].number.end):
                j -= 1  # the count the list breaks down, not an item before (whose site may hold a measure's word)
            if alive[j].measure in FLOW_MEASURES:
                c.measure, c.group = alive[j].measure, alive[j].group
        if c.measure is None and head is None and k > 0 and alive[k - 1].measure in FLOW_MEASURES \
                and HOSPITAL_ITEM is not None and HOSPITAL_ITEM.match(sent.text, n.end) \
                and (hm := HOSPITAL_ITEM.search(sent.text, alive[k - 1].head_end, n.start)) is not None \
                and HOSPITAL_ITEM_GAP.fullmatch(sent.text, hm.end(), n.start) \
                and not re.search(r"[.;:]", low[alive[k - 1].head_end:n.start]):
            # "80 bodies were taken to Civil Hospital, 95 to Abbasi Hospital and 71 to Jinnah Hospital": the
            # counts after the first, each with the hospital it went to, count what the first counts (ext-r176)
            c.measure, c.group = alive[k - 1].measure, alive[k - 1].group
        if c.measure is None and head is None and k > 0 and alive[k - 1].measure not in (None, "?") \
                and (im := IN_PLACE.match(sent.text[n.end:])):
            j = k - 1
            outer = j > 0 and OUTER_ASIDE_OPEN.fullmatch(low, alive[j - 1].head_end, alive[j].number.start) is not None \
                and OUTER_ASIDE_CLOSE.fullmatch(low, alive[j].head_end, n.start) is not None
            if outer:
                # "695 personnes à Taïwan (84 morts) et 206 à Singapour": an item of the outer list, past the aside
                # on the count before it, counts what that count counts, nothing where that count is no figure (ext-r254)
                j -= 1
            if alive[j].measure in lex.event_measures:
                # "40 people were killed in two attacks, 25 in Gao and 14 in Mopti": the items count the
                # dead, not the attacks
                j = next((i for i in range(k - 2, -1, -1) if alive[i].measure in FLOW_MEASURES), j)
            if im.group(1) and alive[j].measure not in FLOW_MEASURES:
                # "180 de ces décès à Karachi, qui compte 20 millions d'habitants, et 11 autres dans le
                # Pendjab": the others are the flow figure's, not the population's of the clause between
                j = next((i for i in range(k - 2, -1, -1) if alive[i].measure in FLOW_MEASURES), j)
            if not (outer and (alive[j].rejected or alive[j].measure in (None, "?"))):
                c.measure, c.group = alive[j].measure, alive[j].group  # "21 in Mozambique and 17 in Madagascar"
            others_of = alive[j] if im.group(1) else None
        if c.measure is None and head is None and k > 0 and alive[k - 1].measure in FLOW_MEASURES \
                and PLACE_THEN_COUNT.fullmatch(low, alive[k - 1].head_end, n.start) and COUNT_END.match(low, n.end):
            # "le cyclone a fait 38 morts au Mozambique ; au Malawi, 11.": the next place's count,
            # its noun and verb elided
            c.measure, c.group = alive[k - 1].measure, alive[k - 1].group
        if c.measure is None and head is None and k > 0 and alive[k - 1].measure in FLOW_MEASURES \
                and NAME_THEN_COUNT.fullmatch(sent.text, max(alive[k - 1].head_end, alive[k - 1].number.end), n.start) \
                and NAME_COUNT_END.match(low, n.end):
            # "Shangla reported 37 deaths, Mansehra 23, Swat 22, Bajaur 21": counts each after its
            # place's name, their noun and verb elided, count what the item before counts
            c.measure, c.group = alive[k - 1].measure, alive[k - 1].group
            c.name_item = True
            if not alive[k - 1].name_item and PART_SUBJECT_VERB.search(low, 0, alive[k - 1].number.start) is not None \
                    and _capitalised_in(sent.text, max(0, alive[k - 1].number.start - 40), alive[k - 1].number.start):
                alive[k - 1].name_item = True  # "Shangla reported 37 deaths, Mansehra 23": the list's first item
        if c.measure is None and head is None and k > 0 and alive[k - 1].measure in FLOW_MEASURES \
                and any(t.kind in ("since", "span") and low[n.end:t.start].isspace() for t in spans) \
                and (gap := low[alive[k - 1].head_end:n.start]) and len(gap) < 100 and not re.search(r"[.;:]", gap) \
                and AND_THEN.search(gap[-8:]):
            # "Over 5,300 people have been killed in Haiti since January and more than 12,000 since
            # the start of 2022": the same count over another window, its noun and verb elided
            c.measure, c.group = alive[k - 1].measure, alive[k - 1].group
        if c.measure is None and head is None and k > 0 and alive[k - 1].measure == "injured" and SEVERITY.possible(low) \
                and SEVERITY.rx.search(low, n.end, SEVERITY_CLAUSE.match(low, n.end).end()) is not None \
                and SEVERITY_LIST_GAP.fullmatch(low, alive[k - 1].head_end, n.start):
            # "treated 17 people with serious injuries, 29 with moderate wounds, 872 in good condition
            # and 401 suffering from acute anxiety": wounded by severity, their noun elided (not the
            # anxious, who name no severity)
            c.measure, c.group = alive[k - 1].measure, alive[k - 1].group
        if c.measure in (None, "injured") and head in (None, "unknown") and k > 0 and alive[k - 1].measure == "injured" \
                and not alive[k - 1].rejected and alive[k - 1].part_of is None \
                and (ONE_SEVERITY.match(low, n.end) or SEVERITY_ALONE.match(low, n.end)) \
                and SEVERITY_PART_GAP.fullmatch(low, alive[k - 1].head_end, n.start) \
                and not (SEVERITY.possible(low) and SEVERITY.rx.search(low, alive[k - 1].number.end, n.start)):
            # "25 people were hospitalised, five in serious condition", "12 were wounded, four critically",
            # "douze blessés, quatre grièvement": a part of the wounded by severity, its noun elided (not
            # an item of a list of severities: "17 with serious injuries, 29 with moderate wounds")
            c.measure, c.group, c.part_of = "injured", alive[k - 1].group, alive[k - 1]
            alive[k - 1].parts.append(c)
        if c.measure is None and head is None and k > 0 and ORIGIN_ITEM.match(sent.text, n.end):
            # "including 29 from Sudan, eight from Somalia and two from Nigeria": the items after the
            # first, their noun elided, count what the list counts (the first item's measure, or that
            # of the figure the list breaks down)
            j = k
            while j > 0 and (om := ORIGIN_ITEM.match(sent.text, alive[j - 1].number.end)) \
                    and LIST_GAP_ITEM.fullmatch(sent.text, om.end() - 1, alive[j].number.start):
                j -= 1
            if j < k and alive[j].measure not in (None, "?"):
                c.measure, c.group = alive[j].measure, alive[j].group
            elif j < k and j > 0 and alive[j - 1].measure not in (None, "?") and alive[j].head[0] is None \
                    and lex.part_cues is not None and lex.part_cues.search(low, alive[j - 1].head_end, alive[j].number.start):
                c.measure, c.group = alive[j - 1].measure, alive[j - 1].group
                c.part_of = alive[j - 1]
        if c.measure in (None, "residents") and head and head.startswith("group:") and DISPLACED_BEFORE_HEAD.search(low, n.end, c.head_end):
            c.measure = "displaced"  # "1.2 million displaced people face a health crisis": the modifier says it
        if c.measure is None and head in (None, "unknown") and k > 0 and alive[k - 1].measure in FLOW_MEASURES \
                and not alive[k - 1].rejected and NAMED_ITEM.match(sent.text, n.end) \
                and (BRACKET_PART_GAP.fullmatch(low, alive[k - 1].head_end, n.start) and not alive[k - 1].named_item
                     or alive[k - 1].named_item and NAMED_ITEM_AND.fullmatch(low, alive[k - 1].head_end, n.start)):
            # "16 morts (14 Yaka et deux Teke)": counts named by a people's or a side's name in a bracket
            # opened right after a figure count what it counts, each a part (the names are no group)
            c.measure, c.group, c.named_item = alive[k - 1].measure, "people", True
        if c.measure is None and head is None and k > 0 and alive[k - 1].measure in FLOW_MEASURES \
                and BRACKET_BEFORE.search(sent.text, 0, n.start) and BRACKET_AFTER.match(sent.text, n.end) \
                and len(gap := low[alive[k - 1].head_end:n.start]) < 120 and not re.search(r"[.;:]", gap):
            # "responsables de la mort de 103 personnes, de même que les Nyatura [84] et l'APCLS (26)":
            # a bare count in brackets after a name counts what the figure before it counts
            c.measure, c.group = alive[k - 1].measure, alive[k - 1].group
        elif c.measure is None and head is None and (k == 0 or alive[k - 1].measure in (None, "?")) \
                and BRACKET_LIST_SUBJECT is not None and (subject := BRACKET_LIST_SUBJECT.match(low)) \
                and subject.end() <= n.start and BRACKET_BEFORE.search(sent.text, 0, n.start) \
                and BRACKET_AFTER.match(sent.text, n.end):
            # "The dead are from 17 counties: Nairobi (21), Nakuru (3), ...": the first bare count in
            # brackets after a name, in a sentence whose subject is the dead (or the injured), counts
            # them; the items after it take its measure by the rule above
            c.measure, c.group = ("killed" if subject.group("killed") else "injured"), "people"
        # the breakdown's clause: no relative clause or quotation between the cue and the number
        if toll_cue is not None and toll_cue[1].end() < n.start:
            # "117 of the dead were Rohingya and the rest were 24 local villagers": a later cue of the
            # same breakdown, nearer the number
            toll_cue = _toll_cue_near(low, lex, toll_cue, n.start)
        toll = toll_cue[0] if toll_cue and (not CLAUSE_BREAK.search(
            _without_incise(low[min(toll_cue[1].end(), n.end):max(toll_cue[1].start(), n.start)]))
            or QUOTED_HEAD_GAP.fullmatch(low, c.head_end, max(c.head_end, toll_cue[1].start()))
            and not CLAUSE_BREAK.search(low, n.end, c.head_end)) else None  # "« deux enfants » figuraient parmi"
        if toll is not None and toll_cue[1].start() >= c.head_end and WITH_CLAUSE.search(low, c.head_end, toll_cue[1].start()):
            # "has risen to 145, the government said Thursday, with most of the victims members of the
            # Rohingya minority": the cue is the with-clause's share, no breakdown of the figure before it
            toll = None
        if c.measure is None and head is None and k + 1 < len(alive) and WITH_ITEM_END is not None \
                and WITH_ITEM_END.search(low, max(0, n.start - 12), n.start) \
                and WITH_ITEM_NEXT.fullmatch(low, n.end, alive[k + 1].number.start) \
                and alive[k + 1].head and (alive[k + 1].head[0] or "").startswith("measure:"):
            # "followed by Cachar with 109,798 and Hojai with 86,382 affected individuals": a place's count
            # "with" its noun left out shares the noun of the place's count after it
            c.measure = alive[k + 1].head[0][8:]
        if c.measure is None and HOME_TO_SHARE.search(low, max(0, n.start - 60), n.start) and POPULATION_NOUN_AFTER.match(low, n.end):
            # "neighbourhoods, home to many of its 3.4 million people, were the hardest hit": the population a
            # vague share is taken from is the place's people, not a count of the cue after the apposition (acc-r244)
            c.measure, c.group = "residents", c.group or "people"
        if c.measure is None and toll and (head is None or head.startswith("group:")
                                           and (0 <= toll_cue[1].start() - c.head_end <= 30
                                                # "32 Kenyans, 18 Canadians, nine Ethiopians and eight Americans were
                                                # among the dead": the first items of a list of counts before the
                                                # cue, each a number and its noun (acc-r244)
                                                or toll_cue[1].start() > c.head_end
                                                and _items_to_cue(alive, k, low, toll_cue[1].start())
                                                or 0 <= n.start - toll_cue[1].end() <= 60
                                                and LIST_VERB_END.search(toll_cue[1].group(0))
                                                and not LIST_STOP.search(low, toll_cue[1].end(), n.start)
                                                # "Les blessés ont, eux, été répartis entre les urgences ... à Meaux
                                                # (8 élèves) et de Jossigny (7 collégiens)": the cue ends on the colon
                                                # or bracket that opens the list (ext-r213)
                                                or 0 <= n.start - toll_cue[1].end() <= 60
                                                and toll_cue[1].group(0).endswith((":", "("))
                                                and not LIST_STOP.search(low, toll_cue[1].end(), n.start)
                                                # "Parmi les corps recensés – 366 hommes, 86 femmes ... –":
                                                # a list set off by a dash right after the cue (acc-r94)
                                                or 0 <= n.start - toll_cue[1].end() <= 60
                                                and (lo := CUE_LIST_DASH.match(low, toll_cue[1].end())) is not None
                                                and not LIST_STOP.search(low, lo.end(), n.start)
                                                and not DASH_CLOSE.search(low, lo.end(), n.start))):
            # "(202), with two in Castilla-La Mancha": the toll's measure; "Deux secouristes figurent
            # parmi les victimes"; "deux enfants figuraient
            # parmi les morts de l'école": the group's verb is the breakdown's
            c.measure = toll
        if toll is not None and c.measure == toll and n.kind == "vague" and toll_cue[1].start() >= n.end \
                and toll_cue[1].start() - n.end <= 2 and VAGUE_SHARE_OF.match(low, n.end) \
                and (not (cop := COPULA.match(low, toll_cue[1].end()))
                     or VAGUE_SHARE_STATE is not None and VAGUE_SHARE_STATE.match(low, cop.end())):
            # "Several of the dead had their hands tied": a vague share of the dead counted before, said
            # of what was done to them, no count of its own (acc-r94; "Seven of the dead were children"
            # still counts); so is "dozens of the wounded are in hospital", where they are (acc-r151)
            c.rejected = True
        c.toll_part = toll is not None and (c.measure == toll or c.measure == "injured" and toll == "killed"
                                            and VICTIMS_WHOLE.search(toll_cue[1].group(0)) is not None
                                            and VICTIMS_HEAD.match(low, n.end, c.head_end + 1) is not None) \
            and not (n.start < 16 and WHOLE_OPENING.match(low, 0, n.start) is not None)
        if c.toll_part and toll_cue[1].start() > n.end and ";" in low[n.end:toll_cue[1].start()] \
                and any(n.end <= d.number.start and d.number.end <= toll_cue[1].start()
                        and not low[d.number.end:toll_cue[1].start()].strip() for d in alive[k + 1:]):
            # "It brings the death toll to 39 since the outbreak began; only four of those killed were older
            # than four": the partitive after the next clause's own number is that number's; the toll
            # before the semicolon breaks nothing down (series-r232)
            c.toll_part = False
        # ("Of the 293 people killed in the accident, 287 died on the spot while six others succumbed":
        # the count the sentence opens on with "of the" is the whole its parts break down, series-r95)
        # ("One of the victims was airlifted to a burn center": victims the verb says were hurt break
        # down the wounded, acc-r73)
        if others_of is not None and others_of.toll_part:
            c.toll_part = True  # "Au moins 180 de ces décès ..., et 11 autres dans le Pendjab": a part too
        if c.group is None and (head is None or head.startswith("measure:")) and lex.group_rx \
                and (cm := COPULA.match(low, c.head_end)) \
                and (gm := lex.group_rx.match(low, cm.end())
                     or (aw := COPULA_ADJECTIVE.match(low, cm.end())) and lex.group_rx.match(low, aw.end())) \
                and not _share_before(low, n.start) \
                and not ((am := COPULA_AND.match(low, gm.end())) and (g2 := lex.group_rx.match(low, am.end()))
                         and lex.group_of[g2.group(0)] != lex.group_of[gm.group(0)]):
            # ("More than half of the 2,000 dead were women": the share's; "Les 23 victimes sont des
            # femmes et des enfants": two groups, the count's stays people)
            # ("695 were Israeli civilians": one adjective before the group)
            c.group = lex.group_for(gm.group(0), low)  # "23 of the dead were children", "neuf étaient des enfants"
        if c.group is None and (head is None or head.startswith("measure:")) and lex.group_rx \
                and (pm := AMONG.match(low, c.head_end)) and (gm := lex.group_rx.match(low, pm.end())):
            c.group = lex.group_for(gm.group(0), low)  # "12 morts parmi les civils", "killed among the civilians"
        if c.group in (None, "people") and k > 0 and OTHERS.match(low, n.end) \
                and not OTHERS_OWN_NOUN.match(low, n.end) \
                and not OTHERS_CONJOINED.fullmatch(low, alive[k - 1].head_end, n.start) \
                and alive[k - 1].group not in (None, "people", "?") \
                and not (alive[k - 1].number.kind == "article" and alive[k - 1].measure in (None, "?")) \
                and len(gap := low[alive[k - 1].head_end:n.start]) < 110 and not re.search(r"[.;:]", gap) \
                and ((len(gap := OTHERS_ASIDE.sub("", gap, 1) if "," in gap else gap) < 40
                      and ("," not in _no_comma_and(gap) or OTHERS_CONNECTIVE.fullmatch(gap)))
                     or c.measure == alive[k - 1].measure) \
                and not (k > 1 and PART_LEAD_END.search(low, max(0, alive[k - 1].number.start - 14), alive[k - 1].number.start)):
            # (not "killed eight people, including three children, and injured 23 others": the others
            # are of the whole, not of its part)
            c.group = alive[k - 1].group  # "trois civils ont été tués et 13 autres blessés" (", et de nombreux autres")
        if c.group is None and head and head.startswith("measure:") and lex.adjective_first and lex.group_rx \
                and (gm := lex.group_rx.match(low, SKIP_SPACE.match(low, c.head_end).end())) \
                and lex.group_of[gm.group(0)] != "people":
            c.group, c.head_end = lex.group_of[gm.group(0)], gm.end()  # "around 10 dead civilians"
        if c.group is None and k > 0 and alive[k - 1].group not in (None, "people", "?") \
                and (head is None or (head.startswith("measure:") or head == "unknown" and _participle_head(low, n.end, c, lex))
                     and alive[k - 1].group in SIDE_GROUPS) \
                and len(gap := low[alive[k - 1].head_end:n.start]) < 40 \
                and (AND_THEN.search(gap) and "," not in gap
                     # "71 militaires tués, 12 blessés": a communiqué's list of one side's toll
                     or head is not None and c.measure != alive[k - 1].measure and SIDE_LIST_GAP.fullmatch(gap)) \
                and not PART_GAP.search(gap) and ")" not in gap \
                and not PART_LEAD_END.search(low, max(0, alive[k - 1].number.start - 14), alive[k - 1].number.start):
            # (not "killed 40 people including seven children and wounded 70": the wounded are of the
            # whole, not of its part)
            # "killing six civilians and wounding 12", "left 17 soldiers dead and 20 wounded", "18 soldats
            # ont été tués et quatre portés disparus": the noun left out
            c.group = alive[k - 1].group
        if c.group is None and head in (None, "unknown") and k > 0 and alive[k - 1].group not in (None, "people", "?") \
                and PART_LEAD_END.search(low, max(0, n.start - 14), n.start) \
                and len(gap := low[alive[k - 1].head_end:n.start]) < 60 and not re.search(r"[.;:()]", gap):
            # "Une trentaine d'autres civils ont été blessés, dont une dizaine grièvement": a part with
            # no noun of its own counts the whole's people
            c.group = alive[k - 1].group
        if c.group is None and head is None and lex.group_rx and (nm := NUMBER_OF_AFTER.match(low, n.end)) \
                and (gm := lex.group_rx.match(low, nm.end())):
            c.group = lex.group_for(gm.group(0), low)  # "brings to at least 21 -- including 14 children -- the number of civilians killed"
        if c.group is None and head is None and lex.group_rx and (tg := TOLL_OF_GROUP.search(before_seg)) \
                and not TOLL_GROUP_STOP.search(before_seg, tg.end()):
            # "The number of civilians killed in the strike has increased to 57", "The civilian death
            # toll ... has risen to nearly 1,900": the group the toll counts
            if tg.group("civ"):
                c.group = "civilians"
            elif gm := lex.group_rx.match(before_seg, tg.end()):
                c.group = lex.group_for(gm.group(0), low)
        if c.group is None and head is None and lex.group_rx and (ag := AMONG_GROUP.search(before_seg)) \
                and (gm := lex.group_rx.fullmatch(ag.group("g"))):
            c.group = lex.group_for(gm.group(0), low)  # "Parmi les enfants tués, neuf ..."
        if c.group in (None, "people") and head and head.startswith("measure:") and CIVIL_AFTER.match(low, c.head_end):
            c.group = "civilians"  # "plus de 849 victimes civiles", "45 morts civils"
        if c.group is None and head and head.startswith("measure:") and measure[8:] in PEOPLE_NOUN_MEASURES:
            c.group = "people"
        if n.kind == "article" and (age := AGE_AFTER.match(low, c.head_end)) \
                and (k > 0 or not lex.part_cues or lex.part_cues.search(low, max(0, n.start - 40), n.start)) \
                and not (k > 0 and ONE_BARE_AFTER.search(low, max(0, n.start - 12), n.start)
                         and (ONE_VERB.match(low, age.end()) or ONE_PREDICATE.match(low, age.end()))) \
                and not (k > 0 and alive[k - 1].number.kind == "article" and alive[k - 1].head_end > alive[k - 1].number.end
                         and AGE_LIST_GAP.fullmatch(low, alive[k - 1].head_end, n.start)
                         and not (lex.part_cues and lex.part_cues.search(low, max(0, alive[k - 1].number.start - 40), alive[k - 1].number.start))):
            # "dont un garçon de 12 ans": a person described, not a count (not the subject of its
            # own clause: "Un manifestant de 25 ans a été tué par balle", also after "et": "..., et une femme
            # de 84 ans a succombé à un malaise", ext-r262)
            c.rejected = True
            continue
        if n.kind == "article" and k + 1 < len(alive) and OBSERVER_VERB.search(low, c.head_end, alive[k + 1].number.start):
            # "un photographe de l'AFP avait vu sept corps sur la plage": who saw or counted the
            # figure after it, not one of it
            c.rejected = True
            continue
        if head == "unknown" and (c.measure not in FLOW_MEASURES) \
                and not (c.measure == cue and cue is not None and after_seg[:cue_at].isspace()
                         and (AGENT_AFTER.match(after_seg) or cue in lex.verb_cue_measures)) \
                and not (c.measure == "residents" and before_cue == "residents" and k + 1 < len(alive)
                         and PARTITIVE_OF.fullmatch(low, n.end, alive[k + 1].number.start)
                         and POPULATION_NOUN_AFTER.match(low, alive[k + 1].number.end)):
            # (not "Bata is home to around 800,000 of the country's 1.4 million people": the population of a
            # place taken from a larger one, its noun the whole's; ext-r187)
            c.rejected = True  # (not "35.000 déplacées et environ 200.000 affectées par des inondations":
            continue  # the participle right after the number is its measure, the noun elided; nor "More
            # than 8 million need humanitarian aid": the verb of a `verb_cue` measure, its noun elided)
        if n.kind == "vague" and n.high is None and c.measure == "residents":
            c.rejected = True  # "many people live in isolated villages": no population given
            continue
        if c.list_one and c.measure is None and k > 0 and alive[k - 1].measure not in (None, "?"):
            c.measure, c.group = alive[k - 1].measure, alive[k - 1].group
        if n.kind == "article" and c.list_one and c.group is None and c.measure is None and k > 0 \
                and not alive[k - 1].rejected and alive[k - 1].head is not None and alive[k - 1].head[0] is None \
                and low.find(":", alive[0].head_end, alive[k - 1].number.start) >= 0 \
                and any(not a.rejected and a.measure not in (None, "?") for a in alive[:k]):
            c.colon_item = True
            continue  # "14 bodies were discovered ...: six at Kinglake, ..., three at Strathewen and one in Clonbinane" (ext-r213)
        if n.kind == "article" and c.group and c.measure is None and k > 0 and ONE_OTHER.match(low, n.end) \
                and COLON_LIST.search(low, alive[0].head_end, n.start) \
                and any(not a.rejected and a.measure not in (None, "?") for a in alive[:k]):
            c.colon_item = True
            continue  # "18 morts : quatorze dans le camion, ..., puis une autre personne dans le village": an item of one
        if n.kind == "article" and c.group and c.measure is None and k > 0 and PART_LEAD_END.search(left) \
                and alive[k - 1].measure not in (None, "?"):
            c.measure = alive[k - 1].measure  # "Les inondations ont fait 8 victimes, dont un pompier": one of them
        if n.kind == "article" and c.group and c.measure is None and _breakdown_item(k, alive, low, lex):
            c.list_one = True  # "22 morts, dont 14 enfants et une femme": an item of one in the breakdown
        if n.kind == "article" and not (c.group and c.measure) and not (c.list_one and c.measure) \
                and not _leads_list(k, alive, low) and not (c.measure and (_one_dead(n, head, low) or _one_by_noun(head, low[n.end:], left))) \
                and not (c.list_one and c.group and c.measure is None):
            c.rejected = True
            continue
        if lex.dwelling_of and _HELD & HOLDS_DWELLING_OF and c.measure not in ("killed", "injured", "missing") and lex.dwelling_of.search(left):
            c.rejected = True  # "the apartments of about 2,000 people were damaged": whose homes, no measure
            continue
        if lex.possessive.search(left) and c.measure not in ("killed", "injured", "missing") \
                and not (c.measure == "residents" and c.head and (c.head[0] or "").startswith("measure:")) \
                and not (c.measure == "residents" and HOME_TO_SHARE.search(low, max(0, n.start - 60), n.start)) \
                and not (lex.part_cues and lex.part_cues.search(low, max(0, n.start - 30), n.start)) \
                and not (k > 0 and PARTITIVE_WHOLE.fullmatch(low, 0, alive[0].number.start)):
            # ("Sur les sept morts, on compte une mère et ses deux enfants": the parts of a whole)
            c.rejected = True  # "his three children" alone describe, "among them a man, his three children" count
            # (a place's "avec ses 11 millions d'habitants", "its 2.3 million residents" is its population)
        if lex.anaphora.search(left) and n.qualifier == "exact" and _repeats(n, k, alive, given) \
                and not PASSING_LES.search(left):
            c.rejected = True  # "Sur les 18 morts, neuf ...": a figure already given, named again
            c.repeat = True
        elif n.kind == "approximate" and APPROXIMATE_ANAPHORA is not None and APPROXIMATE_ANAPHORA.search(left) \
                and _repeats(n, k, alive, given):
            # "le bilan ne comprend pas la centaine de personnes qui pourraient avoir été ensevelies" after
            # "une centaine de personnes pourraient avoir été ensevelies": the definite article names again
            # the approximate figure given before (ext-r237, dev816)
            c.rejected = True
            c.repeat = True
    for k in range(len(alive) - 1):
        c, nxt = alive[k], alive[k + 1]
        if c.measure is None and not c.rejected and c.head and (c.head[0] or "").startswith("group:") \
                and nxt.measure in FLOW_MEASURES and not nxt.rejected \
                and (am := AMONG.match(low, c.head_end)) and am.end() == nxt.number.start:
            # "Twelve children among 38 wounded": a part of the count after it, with its measure
            c.measure, c.part_of = nxt.measure, nxt
    _respectively(alive, low)
    for k in range(len(alive) - 1):
        c, nxt = alive[k], alive[k + 1]
        if c.measure in (None, "?") and c.head_end == c.number.end and nxt.measure in FLOW_MEASURES \
                and not nxt.rejected and c.number.kind in ("digits", "words") and nxt.number.kind in ("digits", "words") \
                and BARE_PAIR_AND.fullmatch(low, c.number.end, nxt.number.start) \
                and (RESPECTIVE_LEAD.search(low, 0, c.number.start) or RESPECTIVELY.match(low, nxt.head_end)):
            # "Les deux attaques ont fait respectivement 14 et 9 morts", "accounting for 81 and 71
            # deaths, respectively": the first of a pair shares the noun of the second
            c.measure, c.group, c.head_end, c.rejected = nxt.measure, nxt.group, c.number.end, False
    # "109 hommes, 24 femmes et 38 enfants avaient été tués": the items of a list share the verb
    # after its last item (not in a breakdown: "including 12 children and 8 women" have their whole)
    shared: set[int] = set()
    for k in range(len(alive) - 2, -1, -1):
        c, nxt = alive[k], alive[k + 1]
        held_died = c.measure == "detained" and c.head and c.head[0] == "measure:detained" and nxt.measure in ("killed", "injured") \
            and HELD_PEOPLE.search(low, c.number.end, c.head_end) is not None
        if c.measure is not None and not held_died or c.rejected or nxt.rejected or nxt.measure in (None, "?", "residents") \
                or not (held_died or c.head and (c.head[0] or "").startswith("group:")) \
                or not (nxt.head and (nxt.head[0] or "").startswith("group:")
                        and (AND_LIST.fullmatch(low, c.head_end, nxt.number.start)
                             or AND_KIN.fullmatch(low, c.head_end, nxt.number.start)
                             or AGE_LIST_GAP.fullmatch(low, c.head_end, nxt.number.start))  # "un homme de 55 ans et une femme"
                        or OTHERS.match(low, nxt.number.end) and nxt.group == c.group and c.group not in (None, "people")
                        and len(low) - len(low[c.head_end:nxt.number.start]) >= 0
                        and not PART_GAP.search(low, c.head_end, nxt.number.start)
                        and nxt.number.start - c.head_end < 80) \
                or (lex.part_cues and (pc := lex.part_cues.search(low, max(0, c.number.start - 30), nxt.number.start))
                    and any(not a.rejected and a.number.end <= pc.start() for a in alive[:k])):
            continue  # a cue after a figure of the sentence opens its breakdown ("35 morts : 20 assaillants et 15
            # militaires"); with no figure before it ("se sont intensifiées : 25 hommes, 6 femmes et 12 enfants
            # ont été exécutés") the list is the sentence's own and shares its verb
        # ("23 hostages and 32 militants had died": the hostages' noun says what they were, the list's verb of
        # death or wounds what befell them; ext-r262)
        after = low[nxt.head_end:alive[k + 2].number.start if k + 2 < len(alive) else len(low)]
        if k + 1 not in shared and _measure_after(after, lex)[0] != nxt.measure \
                and (am := _aside_after_head(low, nxt.head_end)):
            # "Twelve staff members and at least seven patients, including three children, were
            # killed": the list's verb is past an aside after its last item
            after = low[am.end():next((a.number.start for a in alive[k + 2:] if a.number.start >= am.end()), len(low))]
        if k + 1 in shared or _measure_after(after, lex)[0] == nxt.measure:
            c.measure = nxt.measure
            shared.add(k)
    for c in alive:
        if c.number.kind == "article" and not c.rejected and not (c.group and c.measure) and not (c.list_one and c.measure) \
                and not (c.list_one and c.group and c.measure is None) and not c.colon_item and not (c.measure and (_one_dead(c.number, c.head[0] if c.head else None, low)
                                                             or _one_by_noun(c.head[0] if c.head else None, low[c.number.end:],
                                                                             low[:c.number.start]))):
            c.rejected = True  # "un adulte et onze enfants en urgence relative" shares the list's cue; else no count
    _partitives(alive, low, lex)
    _breakdown_lists(alive, low, sent.text)
    if len(alive) > 1 and ALL_CAUSE_BASELINE is not None and any_in(low, ALL_CAUSE_BASELINE_WORDS):
        _all_cause_counts(alive, low)
    return cands


# "On a enregistré 14.340 décès à Moscou en juillet, c'est 4.824 décès de plus qu'en juillet 2009",
# "15,016 deaths were registered ..., compared with 8,905 for the same period last year": a count of
# every death registered, set beside the same period of another year (or the usual), is the mortality
# the excess is read from, no toll of the event (series-r232)
ALL_CAUSE_BASELINE = re.compile(r"(?:" + cues("all_cause_baseline") + r")") if cue_alternatives("all_cause_baseline") else None
ALL_CAUSE_BASELINE_WORDS = tuple(cue_alternatives("all_cause_baseline_literal"))
ALL_CAUSE_REGISTERED = re.compile(r"(?:" + cues("all_cause_registered") + r")") if cue_alternatives("all_cause_registered") else None
EXCESS_AFTER = re.compile(r"\s*(?:" + cues("excess_after") + r")\b") if cue_alternatives("excess_after") else None


def _all_cause_counts(alive: list[Candidate], low: str) -> None:
    """Reject the deaths counted of every cause: a count of the dead a registration verb gives, with a
    smaller count after it in its clause (the excess or the baseline) and the baseline period after
    that ("de plus qu'en juillet 2009", "for the same period last year", "habituellement")."""
    for k, c in enumerate(alive[:-1]):
        if c.rejected or c.measure != "killed" or c.part_of is not None:
            continue
        if EXCESS_AFTER is not None and EXCESS_AFTER.match(low, c.head_end):
            continue  # "5,840 more Muscovites had died": the excess itself
        base = ALL_CAUSE_BASELINE.search(low, c.head_end)
        if base is None or base.start() - c.head_end > 240 or ";" in low[c.head_end:base.start()]:
            continue
        # (the smaller count between them: the excess, "4.824 décès de plus", or the baseline, "contre 8905")
        smaller = [m for m in DIGIT_RUN.finditer(low, c.head_end, base.start())
                   if (v := _plain_int(m.group(0))) is not None and 0 < v < c.number.value]
        if not smaller or ALL_CAUSE_REGISTERED is None or ALL_CAUSE_REGISTERED.search(low, 0, smaller[0].start()) is None:
            continue
        c.rejected = True


DIGIT_RUN = re.compile(r"\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?!\d)|\d+")


def _plain_int(text: str) -> Optional[int]:
    """A number written in digits with its thousands separators, as an int."""
    digits = re.sub(r"[ \u00a0\u202f.,]", "", text)
    return int(digits) if digits.isdigit() else None


# "200.000 affectées par des inondations": a participle with its agent, not an adjective before a noun
# ("the 10 affected provinces")
AGENT_AFTER = re.compile(r"\s*[\w-]+\s+(?:par|by)\b")


def _copula_group(c: "Candidate", low: str, lex: FigureLexicon):
    """The group a copula gives a bare count ("215 were women"), as a match of the group's words."""
    if c.head[0] is not None or not lex.group_rx or not (cm := COPULA.match(low, c.number.end)):
        return None
    return lex.group_rx.match(low, cm.end())


# "Of them, 997 are Mozambicans, 427 are Zimbabweans, 118 are Lesotho citizens and 21 are South Africans",
# "Parmi eux, 997 sont des Mozambicains": a nationality after the copula, ending its item (ext-r237)
COPULA_NATIONAL = re.compile(r"(?:(?:" + cues("compass_point") + r")\s+)?(?:(?:" + cues("nationals_noun") + r")\s+)?"
                             r"([^\W\d_][\w'’-]*)(\s+(?:" + cues("nationals_noun") + r"))?")


def _copula_nationality(c: "Candidate", low: str) -> bool:
    """Does a copula give the bare count a nationality ("997 are Mozambicans", "118 are Lesotho
    citizens")? Its people are the group of the count it is a part of."""
    if c.head[0] is not None or not (cm := COPULA.match(low, c.number.end)):
        return False
    nm = COPULA_NATIONAL.match(low, cm.end())
    return nm is not None and NATIONALITY_END.match(low, nm.end()) is not None \
        and (nm.group(2) is not None or DEMONYM.match(nm.group(1)))


def _copula_group_gap(low: str, start: int, end: int, lex: FigureLexicon) -> bool:
    """Is `low[start:end]` " were children and ": the group a copula gives the count before, then
    the next item ("40 were children and up to 45 women": the items share the verb)?"""
    cm = COPULA.match(low, start, end)
    if cm is None or lex.group_rx is None:
        return False
    gm = lex.group_rx.match(low, cm.end(), end)
    return gm is not None and AND_LIST.fullmatch(low, gm.end(), end) is not None and gm.end() < end


def _breakdown_item(k: int, alive: list[Candidate], low: str, lex: FigureLexicon) -> bool:
    """"22 morts, dont 14 enfants et une femme": an article before a group noun that ends a
    breakdown ("dont", "including") of counts of people: the last item, a count of one."""
    c = alive[k]
    if k < 2 or not (c.head and (c.head[0] or "").startswith("group:")) or lex.part_cues is None:
        return False
    # back over the run of items ("dont 14 enfants, une femme", "quatre Italiens, ..., cinq Japonais, un
    # Polonais, un Australien et une Espagnole", acc-r185) to one the breakdown's cue comes before
    j, nxt = k - 1, c
    while j >= 0:
        prev = alive[j]
        if prev.rejected or not (prev.head and (prev.head[0] or "").startswith("group:")):
            return False
        gap = low[prev.head_end:nxt.number.start]
        if not (len(gap) < 12 and LIST_GAP.fullmatch(gap) is not None):
            return False
        if prev.number.kind in ("digits", "words"):
            if lex.part_cues.search(low, max(0, prev.number.start - 30), prev.number.start) is not None:
                return True
        elif prev.number.kind != "article" or not (prev.list_one or prev.measure not in (None, "?")):
            return False
        j, nxt = j - 1, prev
    return False


def _leads_list(k: int, alive: list[Candidate], low: str) -> bool:
    """"un adulte et onze enfants en urgence relative": an article before a group of people that
    opens a list of counts joined by "et" (the list's cue, after its last item, decides)."""
    c = alive[k]
    if k + 1 >= len(alive) or not (c.head and (c.head[0] or "").startswith("group:")):
        return False
    nxt = alive[k + 1]
    return bool(nxt.head and (nxt.head[0] or "").startswith("group:")
                and (AND_LIST.fullmatch(low, c.head_end, nxt.number.start)
                     or AND_KIN.fullmatch(low, c.head_end, nxt.number.start)
                     or AGE_LIST_GAP.fullmatch(low, c.head_end, nxt.number.start)))  # "un homme de 55 ans et une femme"


STILL_MORE = re.compile(r"\s+(?:" + cues("still_more") + r")\b|\s+[\w'’-]+\s+(?:" + cues("still_more_after_noun") + r")\b"
                        r"|\s+(?:" + cues("still_more_verb") + r")\s+(?:" + cues("still_more") + r")\b")
DEMONSTRATIVE_END = assertions_after(r"\b(?:" + cues("demonstrative") + r")\s*$")
DEMONSTRATIVE_PARTS = re.compile(r"\s*,?\s*(?:" + cues("part_cue_word") + r")\b")
# ", around a third of whom are believed to be dead" closing the sentence: said of a part, not of the figure
PART_CLAUSE = re.compile(r",\s*(?:[\w%’'-]+\s+){0,5}?(?:" + cues("part_clause") + r")\b(?=[^,]*$)")
# one of these is in every PART_CLAUSE match; and where the cues can match no comma (they hold no ",", ".",
# "\\" or "["), a match starts at the last comma of the text: none lies inside it (its words, its spaces, its cue)
# nor after it (`(?=[^,]*$)`), so `_last_part_clause` tries the pattern there alone (spd-r264)
PART_CLAUSE_WORDS = tuple(required_literals("(?:" + cues("part_clause") + ")") or [""])
PART_CLAUSE_LAST_COMMA = not any(ch in cues("part_clause") for ch in ",.\\[")


def _last_part_clause(text: str) -> Optional[re.Match]:
    """`PART_CLAUSE.search(text)`: tried at the text's last comma, where the text after it holds one of
    `PART_CLAUSE_WORDS` (searched at every comma, 6.8 calls a wire article, 11,200 instructions a call
    replayed; spd-r264)."""
    if not PART_CLAUSE_LAST_COMMA:
        return PART_CLAUSE.search(text)
    at = text.rfind(",")
    if at < 0 or not any_in(text[at:], PART_CLAUSE_WORDS):
        return None
    return PART_CLAUSE.match(text, at)
DASH_PAIR = re.compile(r"\s[-–—]\s")  # a dash set between spaces: one of a pair that brackets an aside
BUT_CLAUSE = re.compile(r",\s*(?:" + cues("but_clause") + r")\b")
WITH_CLAUSE = re.compile(r",\s*(?:" + cues("with_clause") + r")\b")
# "kills 24 as search continues for girls missing": a clause with no comma, past a number whose verb is before it
RIVAL_IT = re.compile(r"(?:" + cues("rival_it") + r")\s*$")
# "the gunman, 28, shot dead five people": a bare number between commas after a person is an age
AGE_APPOSITION = re.compile(r"\b(?P<name>[\w'’-]+),\s+$")
AGE_PERSON_NOUNS = frozenset(cue_alternatives("age_apposition_noun"))
# a list of ages: "âgés de 2, 5 et 7 ans" (the first item is caught by not_count_before, the last by its unit)
DECADE_BEFORE = re.compile(r"\b(?:" + cues("decade_before") + r")\s+$")  # "les années soixante-dix" (acc-r185)
AGED_WORD_BEFORE = re.compile(r"\b(?:" + cues("aged") + r")\s+(?:" + cues("aged_of") + r")?$")  # "aged three": the digits are caught by not_count_before
AGE_LIST_BEFORE = re.compile(r"\b(?:" + cues("aged") + r")\s+(?:" + cues("aged_of") + r")?\d{1,3}(?:\s*,\s*\d{1,3})*\s*,\s*$")
AGE_LIST_NEXT = re.compile(r"\s*(?:,|(?:" + cues("age_list_and") + r")\b)\s*\d{1,3}\b")
# (the dot of an initial is no sentence end: "since the 1998 bombing of the U.S. Embassy in Nairobi")
PAST_WHEN = re.compile(r"\b(?:" + cues("past_when_open") + r")\b(?:[^.;!?\n]|(?<=\b[A-Z])\.)*$", re.IGNORECASE)
PAST_WHEN_WORDS = tuple(cue_alternatives("past_when_literal"))  # one of them is in every PAST_WHEN match
ACCOUNTING_FOR = re.compile(r"\b(?:" + cues("accounting_for") + r")\s+$")
BARE_CLAUSE = re.compile(r"\s(?:" + cues("bare_clause") + r")(?=[\s'’])")  # ", as relatives of the missing searched", ", ajoutant qu'il restait"
RANGE_PAIR = re.compile(r"^(.*?\S)\s+(?:" + cues("and_word") + r")\s+(\S+)$")


def _split_respective_ranges(numbers: list[Number], low: str) -> list[Number]:
    """"from 5 and 15 respectively" is two numbers, not a range."""
    out = []
    for n in numbers:
        m = RANGE_PAIR.match(n.text) if n.kind == "range" and RESPECTIVELY.match(low, n.end) else None
        if m is None or n.high is None:
            out.append(n)
            continue
        first_end, second_start = n.start + m.end(1), n.start + m.start(2)
        out.append(Number(n.start, first_end, n.core_start, first_end, n.low, n.low, n.low, "exact", "digits", m.group(1)))
        out.append(Number(second_start, n.end, second_start, n.end, n.high, n.high, n.high, "exact", "digits", m.group(2)))
    return out


RESPECTIVELY = re.compile(r"[\s,]*(?:" + cues("respectively") + r")\b")
BARE_PAIR_AND = re.compile(r"\s+(?:" + cues("and_word") + r")\s+")
# "ont fait respectivement 14 et 9 morts": the pair is introduced as two counts
RESPECTIVE_LEAD = re.compile(r"(?:" + cues("respectively") + r")\s+$")
PAIR_AND = re.compile(r"[\s,]*(?:" + cues("and_word") + r")\s+(?:" + cues("pair_from") + r")?")


def _respectively(alive: list[Candidate], low: str) -> None:
    """"increased to 14 deaths and 63 wounded, from 5 and 15 respectively": the pair of numbers
    takes, in order, the measures and groups of the pair named before it in the sentence."""
    for k in range(1, len(alive)):
        a, b = alive[k - 1], alive[k]
        if not RESPECTIVELY.match(low, b.head_end) or not PAIR_AND.fullmatch(low, a.head_end, b.number.start):
            continue
        for j in range(k - 2, 0, -1):
            p, q = alive[j - 1], alive[j]
            if p.measure not in (None, "?") and q.measure not in (None, "?") and p.measure != q.measure \
                    and PAIR_AND.fullmatch(low, p.head_end, q.number.start):
                (a.measure, a.group), (b.measure, b.group) = (p.measure, p.group), (q.measure, q.group)
                a.rejected = b.rejected = False
                break
def _breakdown_lists(alive: list[Candidate], low: str, text: str) -> None:
    """Sentences that break down a toll given before by their form alone: "Deux d'entre elles ...
    et sept ..." (a part of the figure before, named by "N d'entre elles"), "109 hommes, 24 femmes et
    38 enfants" (men, women and children), "11 victimes à Draguignan, cinq à Trans-en-Provence"
    (a count per place). Their items become toll parts; a list's must fit in the toll."""
    figures = [c for c in alive if not c.rejected and c.measure not in (None, "?", "residents")]
    if not figures or any(c.part_of is not None or c.parts or c.toll_part for c in figures):
        return
    if OF_THEM_START.match(low) and figures[0].number.start == OF_THEM_START.match(low).end():
        for c in figures:
            c.toll_part = True  # "Deux d'entre elles vont être déférées ... et sept sont en garde à vue"
        return
    if len(figures) >= 2 and len({c.measure for c in figures}) == 1 and "(" in text \
            and all(BRACKET_ITEM_RIGHT.match(text, c.head_end) and BRACKET_ITEM_NAMED.search(text, max(0, c.number.start - 60), c.number.start)
                    for c in figures):
        # "quatre régions sont touchées : Maradi (centre-sud, 111 morts), Tahoua (ouest, 99 morts) ...":
        # counts per place, each in brackets after its place's name
        total = sum(c.number.value for c in figures)
        for c in figures:  # each place is its own count's, no setting for the sentences after it
            c.toll_part, c.list_sum, c.own_sum, c.place_item = True, total, False, True
        return
    if len(figures) >= 3 and len({c.measure for c in figures}) == 1 and "(" in text \
            and LIST_FOLLOWED_BY.search(low, figures[0].number.end, figures[1].number.start) \
            and all(BRACKET_BEFORE.search(text, max(0, c.number.start - 40), c.number.start)
                    and BRACKET_AFTER.match(text, c.number.end) for c in figures[1:]):
        # "Le Pendjab a enregistré le plus grand nombre de décès avec 40, suivi par le Khyber
        # Pakhtunkhwa (37), le Sindh (17) et le Baloutchistan (16)": a count per place, the first told
        # with its noun, the next bare in brackets after their places' names ("suivi par": not "la mort de
        # 103 personnes, de même que les Nyatura [84]", counts of other perpetrators)
        total = sum(c.number.value for c in figures)
        for c in figures:
            c.toll_part, c.list_sum, c.own_sum, c.place_item, c.bracket_list = True, total, False, True, True
        return
    if len(figures) >= 2 and all(c.measure == "injured" for c in figures) and SEVERITY.possible(low) \
            and all(SEVERITY.rx.search(low, c.number.end, figures[k + 1].number.start if k + 1 < len(figures) else len(low))
                    for k, c in enumerate(figures)):
        # "Onze blessés sont dans un état d'urgence absolue, neuf en urgence relative": the wounded
        # told by severity break down the toll of wounded given before; where none holds them ("These
        # included 23 patients in critical condition, 111 moderately injured, 2,933 with minor
        # wounds" after admissions the copy gives no measure), their own sum, like a list of men,
        # women and children
        total = sum(c.number.value for c in figures)
        for c in figures:
            c.toll_part, c.list_sum, c.own_sum = True, total, True
        return
    days = figures
    if len(figures) >= 3 and figures[-1].number.kind == "vague" and figures[-1].measure != figures[0].measure:
        days = figures[:-1]  # "..., with hundreds more wounded": a vague count of another measure after the list
    if len(days) >= 2 and len({c.measure for c in days}) == 1 \
            and all(DAY_AND_GAP.fullmatch(low, a.head_end, b.number.start) for a, b in zip(days, days[1:])) \
            and DAY_AFTER.match(low, days[-1].head_end):
        # "Twenty-three people died on Thursday, 20 on Friday and 11 on Saturday": counts per day break
        # down the toll given before that their sum fits in; each keeps its own day
        total = sum(c.number.value for c in days)
        for c in days:
            c.toll_part, c.list_sum, c.own_sum, c.day_list = True, total, False, True
        return
    if len(figures) >= 2 and len({c.measure for c in figures}) == 1 \
            and all(LOC_WHERE.search(text, max(0, c.number.start - 90), c.number.start) for c in figures):
        # "notamment à Mandalay, ..., où au moins 29 personnes ont péri, et à Rangoun, ..., où une
        # vingtaine de personnes sont mortes": a count per place, each after its place
        total = sum(c.number.value for c in figures)
        for c in figures:
            c.toll_part, c.list_sum, c.own_sum, c.place_item = True, total, False, True
        return
    listed = [figures[0]]
    # "683 civils ont été tués dans la province de X, 433 dans celle de Y": the first count's place
    # after its verb, its later items elided
    verb = LIST_FIRST_VERB.match(low, figures[0].head_end) if len(figures) >= 2 else None
    ends = {id(figures[0]): verb.end() if verb else figures[0].head_end}
    for c in figures[1:]:
        end = ends.get(id(listed[-1]), listed[-1].head_end)
        if c.measure == listed[-1].measure and (AND_LIST.fullmatch(low, end, c.number.start)
                                                 or LIST_VERB_TAIL.fullmatch(low, end, c.number.start)) \
                or c.measure == listed[-1].measure and LIST_ITEM_GAP.fullmatch(low, end, c.number.start) \
                and (LIST_LOC.match(text, c.number.end) or LIST_LOC.match(text, c.head_end)) \
                and LIST_LOC.match(text, end):  # "cinq à Trans", "30 morts à Zaroumdareye"
            listed.append(c)
        else:
            break
    if len(listed) < 2 or len(listed) != len(figures):
        return
    nouns = {low[c.number.end:c.head_end].strip() for c in listed}
    demographic = any_in(MEN_WOMEN, nouns) and len({c.group for c in listed}) >= 2
    by_place = all(LIST_LOC.match(text, ends.get(id(c), c.head_end)) for c in listed)
    # "three Indians, three Britons, two from Turkey and one Portuguese had died": victims counted by
    # nationality or origin break down the toll given before that their sum fits in (spec 6)
    by_origin = not demographic and not by_place and all(c.group == "people" for c in listed) \
        and sum(1 for n in nouns if DEMONYM.match(n) or ORIGIN_FROM.match(" " + n)) >= 2
    if demographic or by_place or by_origin:
        total = sum(c.number.value for c in listed)
        for c in listed:
            c.toll_part, c.list_sum, c.own_sum, c.origin_list = True, total, demographic, by_origin
CONCERN_FOR = re.compile(r"\b(?:" + cues("concern_noun") + r")(?:\s+[a-z]+){0,2}\s+(?:" + cues("concern_prep") + r")\s+$")
ADJECTIVE_DISPLACED = re.compile(r"\s+(?:" + cues("adjective_displaced") + r")\b")  # "780,000 displaced people"
# "killed by Israeli fire": a nationality before the fire names the shooter, not a place (not "the Dhaka fire")
NATIONAL_FIRE = re.compile(r"\s+(?:" + cues("national_fire") + r")\b")
AND_POSSESSIVE = re.compile(r"\s+(?:" + cues("and_possessive") + r")\s+")  # "a woman and her two daughters"
# "The other 80,000 are in Sofala": a sentence that opens on the rest of the count before it
OTHER_START = re.compile(r"[\s«\"“]*(?:" + cues("other_start") + r")\s+")
# "230.000 autres ont connu le même sort", "230,000 more met the same fate": the measure of the count before
RIVAL_OTHERS = re.compile(r"\s*,\s*(?:" + cues("rival_others") + r")\s*")  # ", d'autres jusqu'à 50.000": a rival, elided
SAME_FATE = re.compile(r"[^.;:,\d]{0,30}?\b(?:" + cues("same_fate") + r")\b")
# "... and one Portuguese had died, as well as two people holding ...": an item after the list's verb
LIST_VERB_TAIL = re.compile(r"\s+(?:[a-z'’-]+\s+){0,2}[a-z'’-]+,?\s+(?:" + cues("list_verb_tail") + r")\s+")
LOC_WHERE = re.compile(r"\b(?:" + cues("list_loc") + r")\s+(?:" + cues("list_loc_det") + r")?[A-ZÀ-Ý][^,;.()]{0,40}(?:,[^,;.()]{1,40})?,\s*(?:"
                       + cues("where_rel") + r")\s*$")
OF_THEM_AFTER = re.compile(r"\s+(?:" + cues("of_them") + r")\b")
SEVERITY = gated(r"\b(?:" + cues("severity") + r")\b")  # "en urgence absolue", "in critical condition"
SEVERITY_AND_GAP = re.compile(r"[^.;:\d]{0,40}?(?:\s(?:" + cues("and_word") + r")\s+|,\s+)")  # " dans un état grave et ", " seriously, "
REST_AFTER = re.compile(r"[^.;:()\d]{0,100}?,\s*(?:" + cues("rest") + r"|" + cues("rest_one") + r")\b")  # "Sept ont été amenés de X, les autres ..."
REST = re.compile(r"\b(?:" + cues("rest") + r")\b")
# "Deux d'entre elles ...", "Three of them ...": a sentence that opens on a part of the figure before
# (or after a lead-in that ends on a colon: "Côté enfants, les nouvelles sont rassurantes : 18 d'entre eux ...")
OF_THEM_START = re.compile(r"^[\s«\"“]*(?:[^\d.;:!?]{0,100}:\s*)?(?:[\w-]+\s+){0,2}?(?=[\w-]+\s+(?:" + cues("of_them") + r")\b)")
MEN_WOMEN = set(cue_alternatives("men_women"))


def _counts_people(low: str, n: Number, lex: FigureLexicon) -> bool:
    """Is the number followed by a noun of people or of a measure ("769 morts")?"""
    head = _head(low[n.end:], lex)[0]
    return bool(head) and (head.startswith("measure:") or head.startswith("group:"))


def _items_to_cue(alive: list[Candidate], k: int, low: str, cue_start: int) -> bool:
    """Is the stretch from the k-th candidate to a cue a list of counts, each a number, one or two words
    (its noun) and a comma or "and" before the next ("32 Kenyans, 18 Canadians and nine Ethiopians were
    among the dead"), the last one's noun right before the cue?"""
    end = alive[k].number.end
    for d in alive[k + 1:]:
        if d.number.start >= cue_start:
            break
        gap = LIST_ITEM_NOUN.match(low, end, d.number.start)
        if gap is None or ORIGIN_LIST_GAP.fullmatch(low, gap.end(), d.number.start) is None:
            return False
        end = d.number.end
    return end != alive[k].number.end and (last := LIST_ITEM_NOUN.match(low, end, cue_start)) is not None \
        and not low[last.end():cue_start].strip()


def _toll_cue(low: str, lex: FigureLexicon) -> Optional[tuple[str, re.Match]]:
    """The first measure (in figures.yaml's order) whose "N of the dead" cue the sentence holds,
    with the cue; the measures whose literals are not in the sentence are not searched."""
    first = _leftmost_parts(lex.toll_part_singles, lex.toll_part_owner, low)
    if first:
        for measure in lex.toll_parts:
            if measure in first:
                return measure, first[measure]
    return None


def _leftmost_parts(parts: GateIndex, owner: list, text: str) -> dict:
    """For each owner of some parts (a measure), the match its parts' alternation finds in `text`,
    from a search of each part whose literals `text` holds: the leftmost of their matches, and at
    one position the first part's (as an alternation tries its alternatives in order)."""
    candidates = parts.candidates(text)
    first: dict = {}
    if candidates:
        for j in sorted(candidates):
            hit = parts.raw[j].search(text)
            if hit is not None and ((was := first.get(owner[j])) is None or hit.start() < was.start()):
                first[owner[j]] = hit
    return first


def _without_incise(gap: str) -> str:
    """A gap between a cue and its number with the incise that ends it blanked ("Among the dead were,
    according to witnesses who spoke to the investigators, dozens": the "who" is the incise's)."""
    return _incise_end_sub(gap) if "," in gap else gap


def _toll_cue_near(low: str, lex: FigureLexicon, cue: tuple[str, re.Match], pos: int) -> tuple[str, re.Match]:
    """The breakdown cue of `cue`'s measure that starts last before `pos` ("... and the rest were 24")."""
    k = list(lex.toll_parts).index(cue[0])
    best = cue[1]
    for m in lex.toll_part_gates.raw[k].finditer(low, cue[1].end()):  # (no end bound: the cue looks ahead)
        if m.end() > pos:
            break
        best = m
    return cue[0], best


def _partitives(alive: list[Candidate], low: str, lex: FigureLexicon) -> None:
    """Numbers that stand in a partitive with another number of the sentence.

    "68 des quelque 100 habitants ont péri", "1.9 million of Gaza's 2.3 million people have been
    displaced": the verb is the first number's; the second, a population, is residents. "of the 300
    people killed" keeps its own participle. "Of the 93 people killed, 11 were children and six were
    women", "Sur les 18 morts, neuf étaient des enfants": the numbers after the comma are parts of
    the whole (of the earlier toll when the whole only repeats it)."""
    for k, c in enumerate(alive):
        if k + 1 < len(alive) and PARTITIVE_OF.fullmatch(low, c.number.end, alive[k + 1].number.start):
            whole = alive[k + 1]
            if c.measure == "residents" and whole.measure in (None, "?") and not c.rejected \
                    and POPULATION_NOUN_AFTER.match(low, whole.number.end) \
                    and ("'s " in low[c.number.end:whole.number.start] or "’s " in low[c.number.end:whole.number.start]):
                # "Bata is home to around 800,000 of the country's 1.4 million people": two stocks, the
                # place's and the larger place's it is taken from (ext-r187)
                whole.measure, whole.rejected, whole.group = "residents", False, whole.group or "people"
                continue
            if whole.measure in (None, "?") and whole.repeat and k == 0 and whole.head_end == whole.number.end \
                    and c.measure in (None, "?") and c.number.qualifier == "exact" and c.number.kind != "vague" \
                    and (cm := COPULA.match(low, whole.number.end)) is not None and lex.group_rx \
                    and (gm := lex.group_rx.match(low, cm.end())) is not None:
                # "Five more (bodies) have been found ... Three of the five were children": the whole is the
                # figure given before, named again by its bare number; the part takes that figure's measure
                # when its record is made (ext-r196)
                c.rejected, c.bare_repeat_part, c.repeat_whole = False, True, whole.number.value
                c.group = lex.group_of.get(gm.group(0)) or c.group
                continue
            if whole.measure in (None, "?") or c.number.kind == "vague" and c.number.high is None:
                continue
            if whole.measure == "residents" and c.measure in (None, "?"):
                continue  # "only a handful of the village's roughly 160 inhabitants had escaped": no measure
            if PARTITIVE_SET.match(low, whole.number.end):
                # "112.000 à 125.000 des 830.000 liquidateurs sont morts", "sept des 50 passagers ont été
                # blessés": the verb is the part's; the set it is taken from is no figure (gold-r173)
                if whole.measure != "residents":
                    c.measure = whole.measure
                c.rejected, c.group = False, c.group or "people"
                whole.rejected, whole.part_of = True, None
                continue
            head = whole.head[0] if whole.head else None
            finite = FINITE_AFTER.match(low, whole.head_end)
            if finite and FINITE_RELATIVE.search(low, whole.head_end, finite.start("v")):
                finite = None  # "120 of the 5,000 people who were injured": the whole's own relative clause
            if (finite or PART_OWN_DEATH.match(low, whole.head_end)) and head and head.startswith("measure:") \
                    and head[8:] not in (whole.measure, "residents") and whole.measure not in (None, "?", "residents"):
                # "Two of the 40 injured died in hospital": the verb is the part's, the whole keeps its
                # own noun's measure (the dead among the wounded are no part of a count of the dead)
                c.rejected, c.measure, c.group = False, whole.measure, c.group or "people"
                whole.measure = head[8:]
                continue
            peopled = head is not None and (head.startswith("group:") or head == "measure:residents")
            # a copula after the whole describes the part: "Two of the 12 victims were children"
            told, whole.group = whole.group, head[6:] if head and head.startswith("group:") else None
            c.rejected, c.measure, c.group = False, whole.measure, c.group or told or "people"
            if finite and peopled and not (whole.measure not in (None, "?", "residents")
                                           and _measure_after(low[whole.head_end:finite.start("v")], lex)[0] == whole.measure):
                # ("some 250,000 of the 1 million people in need of shelter have received tents": a whole
                # whose own words before the verb say what it counts is no population; haiti-quake-2010)
                whole.measure, whole.rejected = "residents", False
            elif not finite and ("'s " in low[c.number.end:whole.number.start] or "’s " in low[c.number.end:whole.number.start]) \
                    and whole.measure not in (None, "?", "residents") and POPULATION_NOUN_AFTER.match(low, whole.number.end):
                # "leaving an estimated 1.3 million of Haiti's 10 million people displaced": past a
                # place's possessive, the people of the place are its population; the participle after
                # them is the part's (acc-r100)
                whole.measure, whole.rejected = "residents", False
            elif not whole.rejected and whole.part_of is None:
                c.part_of = whole
                whole.parts.append(c)
            elif whole.repeat and c.measure == whole.measure:
                # "« Moins de 20 des 108 assassinats peuvent être attribués à des tirs d'artillerie »" after
                # "108 victimes": the whole only repeats a toll given before, whose part the share is (acc-r115)
                c.repeat_whole = whole.number.value
        if c.measure not in (None, "?", "residents") and c.head and (h := c.head[0]) and h.startswith("measure:") \
                and h[8:] not in (c.measure, "residents") and ONE_OF_THE_END.search(low, max(0, c.number.start - 20), c.number.start) \
                and (FINITE_AFTER.match(low, c.head_end) or PART_OWN_DEATH.match(low, c.head_end)):
            c.measure = h[8:]  # "One of the more than 350 wounded succumbed": the verb is the one's
            continue
        if k > 0 or not PARTITIVE_WHOLE.search(low[:c.number.start]) or c.measure in (None, "?", "residents"):
            continue
        # the whole heads the sentence: the numbers of its clause that a copula follows are its parts,
        # and the items of the list such a verb opens
        last_part, subject_told = None, False
        for p in alive[k + 1:]:
            if PART_GAP.search(low[c.head_end:p.number.start]):
                break
            listed = last_part is not None and (LIST_ITEM_GAP.fullmatch(low, last_part.head_end, p.number.start) or (
                # "Of the 98 dead, 53 were in the Bangsamoro region, 26 in Western Visayas": the list
                # goes on past the copula of its first item
                (cm := COPULA.match(low, last_part.head_end)) is not None
                and LIST_ITEM_GAP.fullmatch(low, cm.start() + len(cm.group(0).rstrip()), p.number.start)) or (
                # "Of the 267 deaths, 120 were recorded in Sindh, 84 in Punjab": past the first part's own verb
                (vm := PART_ITEM_VERB.match(low, last_part.head_end)) is not None
                and LIST_ITEM_GAP.fullmatch(low, vm.end(), p.number.start)) or (
                # "Of the 267 deaths, Sindh reported 120 and Punjab 87": the next name and its count
                subject_told and NAMED_ITEM_GAP.fullmatch(low, last_part.head_end, p.number.start) is not None
                and _capitalised_in(p.sentence.text, last_part.head_end, p.number.start)))
            # ("on compte une mère de famille de 40 ans et ses deux enfants": a group further in the list)
            told_by_subject = last_part is None and PART_SUBJECT_VERB.search(low, c.head_end, p.number.start) is not None \
                and _capitalised_in(p.sentence.text, c.head_end, p.number.start)
            if not (listed or told_by_subject or COPULA.match(low, p.head_end) or PART_ITEM_VERB.match(low, p.head_end)
                    or LIST_VERB.search(low, 0, p.number.start)
                    or p.group not in (None, "?", "people") and p.number.kind != "article"
                    and LIST_VERB_IN.search(low, c.head_end, p.number.start)) \
                    or p.part_of is not None:
                continue
            subject_told = subject_told or told_by_subject
            if told_by_subject or subject_told and listed:
                p.name_item = True  # "Sindh reported 120 and Punjab 87": the name before each count is its place
            last_part = p
            if listed and p.head and p.head[0] in ("measure:residents", "group:people") and p.measure == "residents":
                p.group = "people"  # "on compte 2646 femmes, 11 631 hommes": not a population
            p.rejected, p.measure = False, c.measure
            if c.rejected:
                # "Sur les 18 morts": a part of the toll given before, one that holds the whole named
                # again ("Les 65 civils tués sont 52 hommes, ...": not an earlier count of gendarmes)
                p.toll_part, p.list_sum = True, p.list_sum or int(c.number.value)
            else:
                p.part_of = c
                c.parts.append(p)


def _names_a_part(text: str, place, parts, sent_start: int) -> bool:
    """Is the place named right before one of the parts' counts, as its subject ("Sindh reported
    120") or its list item ("and Punjab 87")?"""
    return any(0 <= sent_start + q.number.start - place[1] <= 40
               and PART_SUBJECT_TAIL.fullmatch(text, place[1], sent_start + q.number.start) is not None for q in parts)


# between a part's place and its count: nothing but spaces (a colon or a dash: "- Sindh: 120", "- Sindh – 12"),
# or the verb that tells it
PART_SUBJECT_TAIL = re.compile(r"\s*[:–—-]?\s+(?:(?:" + cues("part_subject_verb") + r")\s+)?", re.IGNORECASE)


def _capitalised_in(text: str, start: int, end: int) -> bool:
    """Does `text[start:end]` hold a capitalised word (a name: "Sindh", "le Pendjab")?"""
    return any(w[:1].isupper() for w in text[start:end].split())


APPROXIMATE_ANAPHORA = re.compile(r"\b(?:" + cues("approximate_anaphora") + r")\s+$") if cue_alternatives("approximate_anaphora") else None


def _repeats(n: Number, k: int, alive: list[Candidate], given) -> bool:
    """Whether "the N" names again a figure given earlier in the article or the sentence."""
    return n.value in given or any(a.number.value == n.value for a in alive[:k])


# "of Haiti's 10 million people displaced": a place's people after its possessive (`_partitives`)
HOME_TO_SHARE = re.compile(r"\b(?:" + cues("home_to_share") + r")\s+$")  # "home to many of its "
POPULATION_NOUN_AFTER = re.compile(r"\s+(?:people|persons|inhabitants|residents|citizens|population)\b")
# "68 des quelque 100 habitants", "1.9 million of Gaza's 2.3 million", "12 of the 300"
PARTITIVE_OF = re.compile(r"\s+(?:" + cues("partitive_of") + r")\s+")
# "des 830.000 liquidateurs", "of the 12 crew members": a set of people aboard, present or at work (no
# figure), unless its own participle counts it ("of the 40 passengers killed")
PARTITIVE_SET = re.compile(r"\s+(?:quelque\s+|some\s+)?(?:" + cues("partitive_set_noun") + r")\b(?!\s+(?:"
                           + cues("partitive_set_own_state") + r")\b)")
# "Of the 93 people killed, ...", "Sur les 18 morts, ...", "Parmi les 40 blessés, ..." at the head of a sentence
PARTITIVE_WHOLE = re.compile(r"^[\s«\"“]*(?:" + cues("partitive_whole") + r")\s+$")
# "Parmi les 12 victimes figurent cinq enfants": the verb that lists the parts
LIST_VERB = re.compile(r"\b(?:" + cues("list_verb") + r")(?:\s+(?:" + cues("list_verb_adverb") + r"))?"
                       r"(?:\s*:)?\s*[«\"“]?\s*$")
ONE_OF_END = re.compile(r"\b(?:" + cues("one_of") + r")\s+$")
ONE_OF_THE_END = re.compile(r"\b(?:" + cues("one_of") + r")\s+(?:(?:" + cues("nominal_det") + r")\s+)?$")  # "one of the 350 wounded"
BOUND_QUALIFIERS = ("less_than", "more_than", "at_most", "at_least")
AGE_BOUND = re.compile(r"(?:" + cues("age_bound") + r")\b")
AGE_NOUN_END = re.compile(r"\b(?:" + cues("age_bound_noun") + r")\s+$")
NOMINAL_CUE = re.compile(r"\b(?:" + cues("nominal_det") + r")\s*$")
SEARCH_OBJECT = re.compile(r"\b(?:" + cues("search_object") + r")\s*$")  # "search for missing people"
# "ont attaqué une base ..., des camps de": an active verb of the subject and the article of its object
# (searched from its verbs, its look-behinds checked where they match: `AssertionsAfter`)
SINGULAR_RELATIVE = re.compile(r"(?:" + cues("singular_relative") + r")")
AGENT_OBJECT = assertions_after(r"(?:" + cues("agent_object") + r")") if cue_alternatives("agent_object") else None
ACTIVE_OBJECT = assertions_after(r"\b(?:" + cues("active_aux") + r")\s+(?!(?:" + cues("active_not") + r")\b)[a-zà-ÿ]+(?:" + cues("active_ending") + r")\b"
                           r"\s+(?:" + cues("active_object_det") + r")\s") if cue_alternatives("active_aux") else None
PROGRESSIVE = re.compile(r"\s*(?:" + cues("progressive") + r")")
INTERVIEWED_END = re.compile(r"\b(?:" + cues("interviewed_before") + r")\s$")
SET_RELATIVE = re.compile(r"\s*(?:" + cues("set_relative") + r")\s")  # "the 5,000 people who were injured", "des 5 000 personnes qui ont été blessées"
SET_OF_BEFORE = re.compile(r"(?:" + cues("set_of_before") + r")")
SET_OF_ENDS = tuple(cue_alternatives("set_of_end"))  # how every SET_OF_BEFORE match ends: a cheap check
OWN_ACTION = re.compile(r"^(?:(?!\b(?:who|that|which|whom)\b)[^.;:]){0,50}?\b(?:" + cues("own_action") + r")\b")
OWN_ACTION_FINITE = re.compile(r"\b(?:" + cues("own_action_finite") + r")\b")
LIST_VERB_END = re.compile(r"\b(?:" + cues("list_verb") + r")$")  # a cue that opens the list after it
LIST_STOP = re.compile(r"[.;:!?]")  # "The dead recovered so far include 25 women and 13 children": one list
LIST_VERB_IN = re.compile(r"\b(?:" + cues("list_verb") + r")\b")
# the next item of a list of parts: "671 femmes, 2463 hommes et 231 enfants", "10 à Beyrouth, 13 au Liban-Sud"
# ("six dans le Gard, emportés en tentant de franchir des rivières en crue, un dans l'Hérault": an item
# may carry a participle clause)
LIST_ITEM_GAP = re.compile(r"(?:\s+(?:" + cues("list_item_in") + "|" + cues("elided_part_circumstance") + r")\s+[^,;.()«»\"“”\d]{1,40}?)?"
                           # "quelque 150 dans la plaine de la Békaa (est) et ...": a compass gloss after the place
                           r"(?:\s*\((?:" + cues("list_item_gloss") + r")\))?"
                           r"(?:,\s*[a-zà-ÿ]+(?:[ée]e?s?|ant|ed|ing)\b[^,;.()«»\"“”\d:]{0,80}?(?=\s*,))?"
                           r"[\s,«»\"“”]*(?:" + cues("and_word") + r")?[\s«»\"“”]*")
CAPITAL_END = re.compile(r"\b[A-ZÀ-Ý][\w-]*$")  # "Sur les 43 millions d'Afghans": a people, the population
HEAD_DENOMINATOR = re.compile(r"^[\s«\"“]*(?:" + cues("head_denominator") + r")\s+$")
# an aside between a figure's noun and its verb: ", most of them women who had sought shelter,"
# (between commas, or dashes: "More than 60 people – most of them women and children who had sought
# shelter in the school – were killed")
ASIDE_OPEN = re.compile(r",|\s[–—-]\s")  # where an aside after a head noun opens
ASIDE_CLOSE = re.compile(r",|\)|\s[–—-]\s")  # where an aside set off by commas, brackets or dashes closes
# (the aside may hold a count written with separators: ", dont 3.000 enfants,", ", including 3,000 children,",
# or with a decimal comma: ", dont 1,6 million de déplacés" closes on no comma: a comma before a digit closes
# no aside; ext-r163)
ASIDE_AFTER_HEAD = re.compile(r"[^,;.]{0,40}?,\s*(?:" + cues("aside_after_head") + r")\b(?:[^,;.]|(?<=\d)[.,](?=\d))*,(?!\d)"
                              r"|[^,;.–—]{0,40}?\s[–—-]\s*(?:" + cues("aside_after_head") + r")\b[^,;.–—]*\s[–—-]\s")
ASIDE_OPENERS = (",", "-", "–", "—")  # what opens its aside, at most 41 characters on: a comma or a dash


def _aside_after_head(text: str, pos: int) -> Optional[re.Match]:
    """`ASIDE_AFTER_HEAD.match(text, pos)`, started only where a comma or a dash lies within the 42
    characters a match opens its aside in (most figures have none: the lazy run tried the cues at each)."""
    window = text[pos:pos + 42]
    for opener in ASIDE_OPENERS:
        if opener in window:
            return ASIDE_AFTER_HEAD.match(text, pos)
    return None
# an aside after the head noun that runs to the end of the figure's stretch (no closing comma)
TRAILING_ASIDE = re.compile(r"[^,;.]{0,40}?(?P<open>,\s*(?:" + cues("aside_after_head") + r"))\b[^,;.]*[.!?»\"”]*\s*$")
SHARE_WORDS = ("%", *cue_alternatives("share_literal"))  # one of them is in every share


def _share_before(low: str, start: int) -> bool:
    """Is the number at `start` the whole of a share ("80 % des", "half of the")?"""
    window = low[(start - 60 if start > 60 else 0):start]
    return any_in(window, SHARE_WORDS) and SHARE_OF.search(window) is not None


CLAUSE_AFTER_COMMA = re.compile(r",[^,]*\w[^,]*$")  # a comma, then words before the figure
# " - onze femmes et huit hommes, dont sept étrangers - ": an aside between two dashes
DASH_ASIDE = re.compile(r"\s[-–—]{1,2}\s(?:(?!\s[-–—]{1,2}\s)[^.;:!?]){1,160}?\s[-–—]{1,2}\s")
# "80 % des", "la moitié des", "two-thirds of the": a share of the number that follows
# "et trois autres, parmi les plus de 100 blessés, sont décédés": the wounded of an aside are not who died (acc-r137)
AMONG_ASIDE_BEFORE = gated(r",\s*(?:" + cues("among_aside_before") + r")\s+(?:[\w'’]+\s+){0,2}$")
WOUNDED_OTHER_CLAUSE = re.compile(r"\b(?:que|qu['’]|that)\s|(?:" + cues("share") + r")\s+(?:" + cues("share_of") + r")\s")
SHARE_OF = re.compile(r"(?:\d\s*%|" + cues("share") + r")\s+(?:" + cues("share_of") + r")\s+$")
SHARE_AFTER_VERB = re.compile(r"\b(?:" + cues("share_verb") + r")\s+(?:[a-zà-ÿ]+\s+){0,2}?(?:" + cues("share") + r")\s+(?:"
                              + cues("share_of") + r")\s+$")
# a finite verb after the whole's noun: the clause's subject is the part, not the whole
FINITE_AFTER = re.compile(r"[^.;,]{0,30}?\b(?P<v>" + cues("finite_after") + r")\b")
FINITE_RELATIVE = re.compile(r"\b(?:" + cues("finite_relative") + r")\s+$")
YEAR_PEOPLE = re.compile(r"^\s*(?:" + cues("year_people_of") + r")?(?:" + cues("year_people") + r")")
HYPHEN_WORD = re.compile(r"^-\w")
QUOTED_HEAD_GAP = re.compile(r"\s*[»\"”]\s*")
CLAUSE_BREAK = re.compile(r"\b(?:" + cues("clause_break") + r")\b|[«»\"“”]")
WHEN_AFTER = re.compile(r"\s*,?\s*(?:" + cues("when_after") + r")\b")
# "the 1985" of "than any since the 1985 earthquake that killed thousands": a year that names another event
EVENT_YEAR = re.compile(r"(?:" + cues("event_year_det") + r") (?:19|20)\d\d") if cue_alternatives("event_year_det") else None
YEAR_ONLY = re.compile(r"(?:19|20)\d\d")
PART_ITEM_VERB = re.compile(r"\s+(?:" + cues("part_item_verb") + r")\b")  # "120 were recorded in Sindh, 84 in Punjab"
# "Of the 267 deaths, Sindh reported 120": a part told with a subject of its own (a name) and its verb
PART_SUBJECT_VERB = re.compile(r"(?:^|[,;:]\s+)(?:[^\W\d_][\w'’.-]*\s+){1,4}?(?:" + cues("part_subject_verb") + r")\s+$")
# "... and Punjab 87", ", Punjab 84": the next such part, a name then its count
NAMED_ITEM_GAP = re.compile(r"[\s,]*(?:(?:" + cues("and_word") + r")\s+)?(?:[^\W\d_][\w'’.-]*\s+){1,3}?")
COPULA_ADJECTIVE = re.compile(r"(?!(?:" + cues("copula_not_adjective") + r")\b)[^\W\d_][\w'’-]*\s+")  # "Israeli " in "were Israeli civilians"
COPULA = re.compile(r"\s+(?:" + cues("copula") + r")\s+(?:" + cues("copula_all") + r")?(?:" + cues("copula_det") + r")?")
# "1.953 victimes, parmi lesquelles 481 personnes sont décédées": the part's own verb of death
PART_OWN_DEATH = re.compile(r"\s+(?:" + cues("part_own_death") + r")\b")
VICTIMS_WHOLE = re.compile(r"\s+(?:" + cues("victims_noun") + r")\b")  # see `_link_parts`
COPULA_AND = re.compile(r",?\s+(?:" + cues("and_or") + r")\s+(?:" + cues("copula_det") + r")?")  # a second group after the first
# ", out of 139, are still hospitalised": a bare denominator between commas, then the clause's own verb
# "Cachar with 109,798 and Hojai with 86,382 affected individuals": places "with" their counts
WITH_ITEM_END = re.compile(r"\b(?:" + cues("with_item") + r")\s+$") if cue_alternatives("with_item") else None
WITH_ITEM_NEXT = re.compile(r"\s+(?:" + cues("and_word") + r")\s+[^,;.:()\d]{1,40}?\s+(?:" + cues("with_item") + r")\s+") if WITH_ITEM_END else None
DENOMINATOR_COMMA = re.compile(r",\s*(?:" + cues("denominator") + r")\s+$")
DENOMINATOR_CLOSE = re.compile(r"\s*,\s*(?:" + cues("denominator_then") + r")\b") if cue_alternatives("denominator_then") else None
DENOMINATOR = re.compile(r",\s*(?:" + cues("denominator") + r")\s+(?:" + cues("denominator_det") + r")?$")
# a count's own place in a list ("cinq à Trans-en-Provence", "une dans le lac de Saint-Cassien")
# "683 civils ont été tués dans la province de X, 433 dans celle de Y": the first count of a list per
# place told with its verb before its place
LIST_FIRST_VERB = re.compile(r"\s+(?:" + cues("list_first_verb") + r")\b(?=\s+(?:" + cues("list_loc") + r")\s)")
# "Deux autres personnes ont été signalées disparues à Da Nang et une": the first item told with its
# noun, verb and place, then "and" before an item of one
FIRST_ITEM_VERB_GAP = re.compile(r"(?:\s+[a-zà-ÿ'’-]+){0,2}\s+(?:" + cues("list_first_verb") + r")(?:\s+[a-zà-ÿ]+)?\s+(?:"
                                 + cues("list_loc") + r")\s+[^,;.()«»\"“”\d]{1,40}?\s+(?:" + cues("and_word") + r")\s+")
# "..., ainsi qu'une à Saint-Vincent et trois au Venezuela": what opens an item of one in a list of counts
ONE_ITEM_AFTER = re.compile(r"(?:,|\b(?:" + cues("and_word") + r"|" + cues("list_item_also") + r"))\s*$")
LIST_LOC = re.compile(r"\s+(?:" + cues("list_loc") + r")\s+(?:" + cues("list_loc_det") + r")?(?:[a-zà-ÿ-]+\s+(?:" + cues("list_loc_of") + r")\s*)?[A-ZÀ-Ýa-zà-ÿ]")
BRACKET_BEFORE = re.compile(r"\b[A-ZÀ-Ý][\w'’-]*\s*[\[(]\s*$")
# "avec 40, suivie par la province de Khyber Pakhtunkhwa (37)", "at 57, followed by Visakhapatnam (53)"
LIST_FOLLOWED_BY = re.compile(r"\b(?:" + cues("list_followed_by") + r")\b")
BRACKET_AFTER = re.compile(r"\s*[\])]")
# "The dead are from 17 counties: Nairobi (21), ...", "The injured were from": a sentence whose subject,
# at its start, is the dead or the injured of a list of bare counts in brackets after names
BRACKET_LIST_SUBJECT = (re.compile(r"\s*(?:(?P<killed>" + cues("bracket_list_killed") + r")|(?:" + cues("bracket_list_injured") + r"))\b")
                        if cue_alternatives("bracket_list_killed") or cue_alternatives("bracket_list_injured") else None)
# "21 in Mozambique", "11 autres dans le sud de la province du Pendjab", "57 dans celle des Marches"
# "12 côté libanais": a count of one side, its noun elided
SIDE_AFTER = re.compile(r"\s+(?:" + cues("side_after") + r")\s+[\w-]")
IN_PLACE = re.compile(r"^(\s+(?:" + cues("in_place_others") + r"))?"
                      + (r"(?:\s+(?:" + cues("in_place_only") + r"))?" if cue_alternatives("in_place_only") else "")  # "dont 537 uniquement à Alger"
                      + r"(?:\s+|(?<=['’]))(?:" + cues("in_place") + r")\s+(?:" + cues("in_place_det") + r")?"  # ("rien qu'à")
                      r"(?:(?:" + cues("in_place_adjective") + r")\s+)?"  # "two in neighboring India"
                      r"(?:(?:[a-zà-ÿ-]+\s+){0,2}(?:" + cues("in_place_of") + r")\s*(?:(?:" + cues("in_place_of_the") + r"))?){0,3}"
                      r"(?:[A-ZÀ-Ý]|(?:" + cues("in_place_area") + r")\b)")  # "et une vingtaine dans le reste du pays"
# between a head noun and a participle that describes it ("un adolescent grièvement blessé")
ADJECTIVAL_GAP = re.compile(r"\s*(?:(?:" + cues("age_after") + r")\s*(?:\d+\s+\w+\s*)?,?\s*)?(?:(?:" + cues("participle_adverb") + r")\s+)?")
# ", ainsi que deux civils", ", as well as two civilians": one more item of the count before, past its verb
# (no comma needed: "figurent 115 civils tués ainsi que 147 membres présumés de gangs")
AS_WELL_AS_END = re.compile(r"(?:,|\s)\s*(?:" + cues("as_well_as") + r")\s*$")
# "une cinquantaine de personnes au moins": a lower bound said after the noun
HEAD_AT_LEAST = re.compile(r"[ \t]+(?:" + cues("at_least_after_head") + r")\b")
FLOOR_AFTER = re.compile(r"[ \t]+(?:" + cues("floor_after") + r")\b")  # "à 100 le bilan minimal des morts" (ext-r176)
# "30 people have died ..., but the actual numbers are likely to be much higher": the count is a floor, the
# sentence saying the real toll is above it (no other count between them; series-r216)
HIGHER_TOLD_AFTER = re.compile(r"[^.;:!?\d]{0,120}?(?:" + cues("higher_told_after") + r")") if cue_alternatives("higher_told_after") else None
HIGHER_TOLD_WORDS = tuple(cue_alternatives("higher_told_literal"))  # one of them is in every match (the gate)
# "29 from Sudan": a count, then where those counted come from
ORIGIN_ITEM = re.compile(r"\s+(?:" + cues("origin_item") + r")\s+(?:the\s+)?[A-ZÀ-Ý]")
# from the first letter of one item's origin to the next count: "Sudan, ", "Cameroon and "
LIST_GAP_ITEM = re.compile(r"[\w'’ .-]{1,40}?(?:,\s*(?:(?:" + cues("and_word") + r")\s+)?|\s+(?:" + cues("and_word") + r")\s+)")
AND_THEN = re.compile(r"\b(?:" + cues("and_then") + r")\b")
ASIDE_TOLL_VERB = re.compile(r",\s*(?:has |had |have )?(?:(?:" + cues("aside_toll_adverb") + r")\s+)?(?:" + cues("aside_toll_verb") + r")"
                             r"(?:\s+(?:" + cues("aside_toll_adverb_after") + r"))?(?:\s+(?:" + cues("aside_toll_prep") + r"))?\s*$")
# "The death toll in an attempt by hundreds of migrants to break through the fence ... has risen to 23": the
# toll's verb, its subject before a vague count that is no figure (acc-r212)
TOLL_VERB_END = re.compile(r"\s(?:has |had |have )?(?:(?:" + cues("aside_toll_adverb") + r")\s+)?(?:" + cues("aside_toll_verb") + r")"
                           r"(?:\s+(?:" + cues("aside_toll_adverb_after") + r"))?\s+(?:" + cues("aside_toll_prep") + r")\s*$")
AND_BEFORE_CUE = re.compile(r"\s(?:" + cues("and_word") + r")\s+$")  # "... seven children and wounded"
COMMA_AND = re.compile(r",\s*(?:" + cues("and_then") + r")\s+")
COMMA_GAP = re.compile(r"[\s\"”»]*,\s*(?:en\s+)?")  # ("la mort de 7 personnes, en blesse 300 autres")
VERB_LIST_GAP = re.compile(r"[\s\"”»]*,\s*(?:(?:" + cues("verb_list_gap") + r")\s+){0,3}")  # ", en a blessé 40 autres"
VERB_ONLY = re.compile(r"[a-zà-ÿ]+\s*")  # the cue word alone, right before the next number
# "4 police officers; 2 firefighters; and 9 civilians": items of one list set apart by semicolons
SEMICOLON_ITEM = re.compile(r"\s*;\s*(?:(?:" + cues("and_list") + r")\s+)?")
# ") and ", ") et ": a list going on after a bracket closes
# the gap after the last item of a whole's bracketed breakdown and a part cue: "), dont ", "), including "
BRACKET_CLOSED_PART = re.compile(r"[^().;:\d]{0,30}\)\s*,\s*([^\s,().;:\d][^,().;:\d]{1,18}?)\s+")
BRACKET_AND = re.compile(r"[^()]*\)\s*,?\s*(?:" + cues("and_list") + r")\s+")
# "beaucoup de gens sont morts, peut-être plus d'une centaine": a hedged second estimate of the
# count just given, its noun left out (up to the predicate of the first, no figure between)
HEDGED_ALTERNATIVE = re.compile(r"[^.;:!?\d«»\"“”()]{0,40},\s*(?:" + cues("hedged_alternative") + r")\s+")
AND_LIST = re.compile(r"[\s,«»\"“”]*(?:(?:" + cues("and_list") + r")(?:\s+(?:" + cues("and_list_of") + r"))?)?[\s«»\"“”]*")  # "« plusieurs centaines » de morts, voire « un millier »"
# "une femme et ses deux enfants", "a woman and her two children": kin of the first item, a list item too
AND_KIN = re.compile(r"\s+(?:" + cues("and_word") + r")\s+(?:" + cues("and_kin") + r")\s+")
SKIP = re.compile(r"^[\s\u00a0«»\"“”]*")
# the characters `SKIP` passes over: the white space `\s` matches in a str pattern (what `str.isspace`
# holds: `tests/test_speed_shortcuts.py` checks every character), then the no-break space and the quotes
_SKIP_CHARS = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007" \
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000" "\u00a0«»\"“”"


def _skip_end(s: str) -> int:
    """`SKIP.match(s).end()`, by `str.lstrip` (a `re` call costs some thousand instructions to set up)."""
    return len(s) - len(s.lstrip(_SKIP_CHARS))


# "(bodies)" after a count: a one-word bracket an editor inserted (its opening bracket is skipped)
EDITORIAL_BRACKET = re.compile(r"\((?=[^\W\d_][\w'’-]{1,20}\))")
SKIP_SPACE = re.compile(r"[ \t\u00a0]*")
WORD = re.compile(r"(?:d'|l'|qu')|[\w%'’-]+")  # matched at a position: no "^"
_DEMONYM_RX = re.compile(r"^(?:[a-zà-ÿ]+(?:" + cues("demonym_suffix") + r")|" + cues("demonym_word") + r")$")
# "1 Croate", "1 Allemand": a singular demonym names one person in a list by nationality (acc-r166); a set
# look-up, not 300 more alternatives tried on every word after a number
_DEMONYM_ONE = frozenset(cue_alternatives("demonym_singular"))


_DEMONYM_SUFFIXES = tuple(cue_alternatives("demonym_suffix"))
_DEMONYM_WORDS = frozenset(cue_alternatives("demonym_word"))
_DEMONYM_STEM = re.compile(r"[a-zà-ÿ]+")
# the look-up answers for the pattern only while every suffix and word is a plain string
_DEMONYM_PLAIN = not any(set(a) & set(".^$*+?{}[]\\|()") for a in _DEMONYM_SUFFIXES + tuple(_DEMONYM_WORDS)) \
    and all(_DEMONYM_SUFFIXES)


class _Demonyms:
    """`DEMONYM.match(word)`: a nationality noun (plural, or singular for one person), lower case.

    `_DEMONYM_RX` tried each split of the word between its letters and the suffixes (`re` backtracks
    `[a-zà-ÿ]+` one letter at a time: some 3,000 instructions a word, asked of most words after a
    number); a word matches iff it is one of the words or ends with a suffix after at least one
    letter of the class (spd-r225)."""
    __slots__ = ()

    @staticmethod
    def match(word: str) -> bool:
        if not _DEMONYM_PLAIN or "\n" in word:
            return bool(_DEMONYM_RX.match(word) or word in _DEMONYM_ONE)
        if word.endswith(_DEMONYM_SUFFIXES):
            for suffix in _DEMONYM_SUFFIXES:
                if word.endswith(suffix) and len(word) > len(suffix) \
                        and _DEMONYM_STEM.fullmatch(word, 0, len(word) - len(suffix)) is not None:
                    return True
        return word in _DEMONYM_WORDS or word in _DEMONYM_ONE


DEMONYM = _Demonyms()
PART_GAP = re.compile(r";|(?<!\b[ap])(?<!\b[ap]\.m)\.(?!\s?\d)")  # ("as of 2 p.m. Tuesday", "killed on Oct. 7, 695 were": no break)
AGED_GAP = re.compile(r"\s+(?:" + cues("aged") + r") (?:" + cues("aged_of") + r")?[^,;.()«»]{1,30}?\s*(?:,|\b(?:" + cues("and_word") + r")\b)\s*")  # "10 children aged six to 15 and two women"
ADJ_LIST_GAP = re.compile(r"\s+(?:[a-zà-ÿ'’-]{3,20}|(?:" + cues("aged") + r") (?:" + cues("aged_of") + r")?[^,;.()«»]{1,30}?"
                          r"|(?:" + cues("age_bound_gap") + r")"  # "150 jeunes gens de moins de 21 ans, 134 hommes", "150 children under 18, 134 men" (ext-r237)
                          r"|(?:" + cues("locative_tail_of") + r")\s*[\w'’-]{2,30}(?:\s+[\w'’-]{2,30})?)\s*(?:,|\b(?:"
                          + cues("and_word") + r")\b)\s*")  # "34 soldats libanais et 74", "quatre enfants âgés de deux à cinq ans et deux femmes", "375 combattants du Hezbollah et 83 civils"
REL_CLAUSE_AND_GAP = re.compile(r"\s+(?:" + cues("relative_clause") + r")\b[^.;:,()«»\"“”\d]{0,120}\b(?:" + cues("and_word") + r")\s+")
REL_CLAUSE_GAP = re.compile(r"\s+(?:" + cues("relative_clause") + r")\b[^.;:()«»\"“”\d]{0,160},\s*")
COLON_LIST = re.compile(r"\s:\s")
# "quatre qui étaient hospitalisées", "four who had been in hospital": an item's relative clause
ITEM_RELATIVE = re.compile(r"\s+(?:" + cues("item_relative") + r")\s")
# between a whole and the first of its counts per place set after it: a comma, after at most a
# short verb phrase ("killed 30 people, 12 in Luzon", "30 people were killed, 12 in ...")
APPOSED_ITEM_GAP = re.compile(r"[^,;.:()«»\"“”\d]{0,40}?,\s*")
# ", with 19 deaths confirmed in Jamaica": a toll's count per place after "with"
WITH_PART = re.compile(r"[^,;.:()\d]{0,40}?,\s*(?:" + cues("with_part") + r")\s+") if cue_alternatives("with_part") else None
WITH_PART_PLACE = re.compile(r"(?:\s+[a-z]+){0,2}\s+(?:" + cues("in_place") + r")\s+(?:" + cues("in_place_det") + r")?[A-ZÀ-Ý]")
# a locative phrase of the whole's own ("30 people in Gaza, 12 in the West Bank"; "in the region"
# too: read on the folded text, any place word counts, which the audited dev findings need)
WHOLE_LOCATIVE = re.compile(r"\b(?:" + cues("in_place") + r")\s+\w")
COLON_ITEM_GAP = re.compile(r"[^.;:()«»\"“”\d]{0,140}?(?:,|\b(?:" + cues("colon_item_and") + r")\b)\s*(?:(?:" + cues("colon_item_and") + r")\s+)?")
# "un mort et huit blessés", "Un autre corps a été retiré des décombres": one person named by the measure's noun
# ("une autre grièvement blessée", "un grièvement blessé": an adverb of the participle between)
# "had reported one death": one of the toll, its noun right after "one" and a verb of reporting before it (acc-r251)
ONE_REPORTED_BEFORE = re.compile(r"\b(?:" + cues("one_reported_verb") + r")\s+$") if cue_alternatives("one_reported_verb") else None
ONE_DEATH_AFTER = re.compile(r"\s+(?:death|fatality)\b(?![-'’])")
ONE_NOUN = re.compile(r"\s+(?:(?:" + cues("one_other") + r"|" + cues("one_only") + r")\s+)?(?:(?:" + cues("participle_adverb")
                      + r")\s+)?(?:" + cues("one_noun") + r")\b(?![-'’])")
# "une autre est portée disparue", "une troisième a été tuée": one more person and his state
ONE_PREDICATE = re.compile(r"\s+(?P<other>(?:" + cues("one_other") + r"|" + cues("one_only") + r")\s+)?(?:" + cues("one_predicate")
                           + r")\s+(?:(?:" + cues("still_more") + r")\s+)?(?:port[ée]e?\s+)?(?:(?:" + cues("participle_adverb") + r")\s+)?(?:"
                           + cues("one_predicate_state") + r")\b(?![-'’])")
# "Trois personnes sont mortes et une est encore portée disparue": with no "autre", the pronoun only after "et"
ONE_BARE_AFTER = re.compile(r"\b(?:" + cues("one_bare_after") + r")\s*$")
# "One died there", "Un est mort sur place": a bare one opening its sentence (only quotes before it) counts one
# person, the noun elided, when its predicate is the toll's (ONE_PREDICATE) or one of these verbs (ext-r168)
ONE_OPENING = re.compile(r"[\s«\"“'‘-]*")
ONE_VERB = re.compile(r"\s+(?:" + cues("one_verb") + r")\b(?![-'’])")
# "seize sont morts dans l'incendie et un autre a succombé à ses blessures": one more person, the noun elided,
# with one of those verbs (acc-r252, dev877)
ONE_OTHER_VERB = re.compile(r"\s+(?:" + cues("one_other") + r")\s+(?:" + cues("one_verb") + r")\b(?![-'’])") \
    if cue_alternatives("one_other") and cue_alternatives("one_verb") else None
GENERIC_ONE = re.compile(r"\b(?:" + cues("generic_one") + r")\s*$")


def _one_by_verb(right: str, left: str) -> bool:
    """A bare one, its noun elided, whose verb is the toll's (ONE_VERB): "seize sont morts dans l'incendie et
    un autre a succombé à ses blessures", with "autre"/"other" (acc-r252); "One died there", "Un a péri"
    opening its sentence (ext-r168); "..., while one has died in hospital", "and one died later" after "and",
    "while" (ext-r254). Not after a generic negation ("pas un seul"). (ext-r262 folded the two branches of
    `_candidates` that asked this, acc-r252's and ext-r254's, into this one.)"""
    if ONE_OTHER_VERB is not None and ONE_OTHER_VERB.match(right) is not None and not GENERIC_ONE.search(left):
        return True
    return ONE_VERB.match(right) is not None \
        and (ONE_OPENING.fullmatch(left) is not None or ONE_BARE_AFTER.search(left) is not None and not GENERIC_ONE.search(left))

PERPETRATED_BY = re.compile(r"\b(?:" + cues("perpetrated_by") + r")\s+$")  # "perpétré par deux kamikazes": the authors
PERPETRATED_BY_LAST = tuple({w.rsplit(" ", 1)[-1] + " " for w in cue_alternatives("perpetrated_by")})  # its last words (the gate)
# "51 blessés, dont un grièvement": one of the wounded after "dont", the noun elided, its severity
ONE_SEVERITY = re.compile(r"\s+(?:(?:" + cues("one_severity_verb") + r")\s+)?(?:" + cues("one_severity") + r")(?:\s+(?:" + cues("one_severity_state") + r"))?\s*(?:[,.;)»]|$)")
ONE_SEVERITY_OPENER = assertions_after(r"\b(?:" + cues("one_severity_opener") + r")\s*$")
ONE_OTHER_SEVERITY = re.compile(r"\s+(?:" + cues("one_other") + r"|" + cues("one_only") + r")\s+(?:" + cues("one_severity") + r")\s*(?:[,.;)»]|$)")
ONE_OTHER_SEVERITY_OPENER = re.compile(r"\b(?:" + cues("one_other_severity_opener") + r")\s*$")
# "five people died, including one killed by a falling tree": one of a toll, its participle and what did it after
ONE_PARTICIPLE = re.compile(r"\s+(?:" + cues("one_participle") + r")\s+(?:" + cues("one_participle_next") + r")\b")
ONE_PARTICIPLE_OPENER = re.compile(r"\b(?:" + cues("one_participle_opener") + r")\s*$")
ONE_OTHER = re.compile(r"\s+(?:" + cues("one_other") + r")\b")
# "L'un des blessés, un homme de 22 ans, ... son pronostic vital est engagé": one of those counted, named
# by the measure's plural noun after "l'un des" (acc-r67)
ONE_OF_MEASURE = re.compile(r"\s+(?:" + cues("one_of_measure") + r")\b")
ONE_OF_THEM = re.compile(r"\s+(?:" + cues("one_of_them") + r")\b")  # "l'une d'elles": one of those just counted
APPOSED_ONE = re.compile(r"\s+des\s+[a-zà-ÿ-]+\s*,\s*")  # "L'un des blessés, " before "un homme"
ONE_OF_BEFORE = re.compile(r"(?:^|\W)(?:" + cues("one_of_before") + r")$")
ONE_OF_OPENING = re.compile(r"[\s«\"“-]*(?:" + cues("one_of_before") + r")")  # "L'un d'eux" opening its sentence
# "qui a évoqué pour l'une d'elles le tir ...": one of them as a preposition's object, no new count
ONE_OF_GOVERNED = re.compile(r"\b(?:" + cues("one_of_them_governed") + r")\s+(?:" + cues("one_of_before") + r")$")
NAME_BRACKET = re.compile(r"[A-ZÀ-Ý][\w'’-]*\s*\(\s*$")  # "Taroudant (", "Al-Jazira (": a figure given for a name
# "249 (official tally 167)", "15 morts (bilan officiel : 12)": the bracket gives another count of the whole
RIVAL_BRACKET = re.compile(r"\s*(?:" + cues("rival_bracket") + r")\b")
RIVAL_BRACKET_AFTER = re.compile(r"\s*,?\s*(?:" + cues("rival_bracket_after") + r")\b[^()]{0,60}\)")
BRACKET_YEAR_AFTER = re.compile(r"\s+(?:" + cues("bracket_year_after") + r")\s+(?:1[89]|20)\d\d\s*\)")  # "(45 in 2020)"
# the verb of people who speak, right after their count's noun: "Two officials said", "trois
# témoins ont raconté" (for an unknown noun, one or two words before it: "Two witnesses told")
SPEAKER_VERB = re.compile(r"\s*(?:(?:" + cues("speaker_coordinated") + r")\s+)?(?:[a-zà-ÿ'’-]+\s+){0,2}?(?:" + cues("speaker_verb") + r")\b(?!\s+to\b)")
SPEAKER_WORDS = tuple(w for w in cue_alternatives("speaker_verb_literal"))
# the stretch between a whole and its part, with no commas: "three refugees including two children"
PART_OPEN_ONLY = re.compile(r"\s+(?:" + cues("part_open") + r")\s+")
# "two from Turkey" after a count of people: its origin, a capitalised name
ORIGIN_FROM = re.compile(r"\s+(?:" + cues("origin_from") + r")\s+")
ORIGIN_NAME = re.compile(r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
LIST_ITEM_NOUN = re.compile(r"\s+[a-zà-ÿ'’-]+(?:\s+(?!(?:" + cues("and_word") + r")\b)[a-zà-ÿ'’-]+)?")  # a list item's noun, one or two words
ORIGIN_LIST_GAP = re.compile(r"\s*,\s*(?:(?:" + cues("and_word") + r")\s+)?|\s+(?:" + cues("and_word") + r")\s+")
LIST_GAP = re.compile(r"[\s,]*(?:" + cues("and_word") + r"|,|;)?[\s]*(?:\w+\s)?")
SINCE_WORD = re.compile(cues("since"))
IN_TOTAL = assertions_after(r"\b(?:" + cues("in_total") + r")\b", gate=True)
# "63 malades au Vietnam, dont cinq sont morts", "14 cases, of which two were fatal": the deaths among an
# epidemic's cases (the cases no figure), anchored at the number (acc-r243)
CASES_WHOLE = re.compile(r"(?:" + cues("cases_whole") + r")$")
# "making it the deadliest month so far this year": "so far" after a superlative compares, it counts nothing (acc-r72)
SUPERLATIVE_BEFORE = re.compile(r"(?:" + cues("superlative_words") + r")[^,.;:]{0,30}$")


def _in_total(low: str) -> bool:
    """Does the sentence say its count is a total so far ("so far", "to date", "in total"), not a
    superlative's "so far" ("the deadliest month so far this year")?"""
    return any(not SUPERLATIVE_BEFORE.search(low, max(0, m.start() - 40), m.start()) for m in IN_TOTAL.finditer(low))
# "the war has killed", "the conflict has forced", "la guerre a fait": a running total with no start
# "l'attaque du Hamas du 7 octobre 2023": a date that names an event is no window for the figures after it
# ("le séisme de 2010, qui avait fait 200.000 morts": that year is the quake's)
EVENT_DATE = re.compile(r"\b(?:" + cues("event_date_noun") + r")"
                        r"\b(?:[^.;,]{0,25}?\b(?:" + cues("event_date_of") + r")\s+\d|s? (?:" + cues("event_year_of") + r") (?:19|20)\d\d\b)")
OF_THOSE = re.compile(r"^[\s\"“«]*(?:" + cues("of_those") + r")\s*,")
# "A Saudi-led coalition began air strikes against the Houthis on March 26": the day a campaign
# began dates that sentence, and is no window for the later figures of its paragraph
CAMPAIGN_BEGAN = gated(r"\b(?:" + cues("war_began") + r")\s+(?:(?:its|their|an?|the)\s+)?(?:[\w-]+\s+)?(?:"
                            + cues("campaign_noun") + r")\b[^.;]{0,50}?(?:\b(?:" + cues("war_began_prep") + r")\s+|\s)$")
WAR_BEGAN = assertions_after(r"\b(?:" + cues("war_noun") + r"|" + cues("began_noun") + r")\b(?:,\s*)?[^.;,]{0,30}?\b(?:" + cues("war_began") + r")\s+(?:"
                       + cues("war_began_prep") + r")?\s*$")
# "Déclenchée en 2011 par la répression ..., la guerre en Syrie ... a fait plus de 350.000 morts": a
# participle opening the sentence before the war's start (the span's own "en"/"in" is in the span)
WAR_BEGAN_OPENING = re.compile(r"^[\W]*(?:" + cues("war_began_opening") + r")\s+$", re.IGNORECASE)
WAR_NOUN = re.compile(r"\b(?:" + cues("war_noun") + r")\b")
# "a full-fledged civil war that killed tens of thousands": the war's relative clause, no auxiliary
WAR_TOTAL = re.compile(r"(?:\b(?:" + cues("war_noun") + "|" + cues("war_total_noun") + r")\b(?:\s*,\s*(?:" + cues("war_total_relative")
                       # ("Les opérations militaires israéliennes, lancées après l'attaque ..., ont également fait": an aside, acc-r78)
                       + r")|[^.;,]{0,30}?,\s*(?:" + cues("war_aside_participle") + r")[^.;,]{0,120},)?[^.;,]{0,40}?\b(?:" + cues("war_total_aux") + r")\s+(?:[\w'-]+\s+){0,3}(?:(?:" + cues("war_total_tail") + r")\s+)?"
                       + r"|\b(?:" + cues("war_relative_noun") + r")\s*,?\s*(?:" + cues("war_total_relative") + r")\s+(?:[\w'-]+\s+){0,2})$")
# "... has killed 40,000 people and displaced 12 million", "..., displaced over 14 million": the
# next figure of the war's sentence
WAR_TOTAL_AND = re.compile(WAR_TOTAL.pattern[:-1] + r"[^;]{1,60}?(?:\b(?:" + cues("and_word") + r")|,)\s+(?:[\w'’-]+\s+){0,2}$")
# "Après une décennie d'accalmie, le conflit ... a repris fin 2017 en Ituri, provoquant la mort de
# milliers de civils et la fuite de plus d'un million et demi de personnes": a war dated by a year or
# a "depuis" whose participle gives its running total (both figures of the participle's clause)
WAR_PARTICIPLE = gated(r"\b(?:le|la|ce|cette)\s+(?:" + cues("war_noun") + r")\b[^.;,]{0,70}?\b(?:(?:19|20)\d\d|depuis|ans)\b[^.;,]{0,40},\s*(?:"
                       + cues("war_total_participle") + r")\b[^.;]{0,80}$")
AND_WORD_SET = frozenset(cue_alternatives("and_word"))  # "et", "and" as words
AND_WORDS_SPACED = tuple(f" {w} " for w in cue_alternatives("and_word"))  # one of them, or a comma, is in every WAR_TOTAL_AND match


def _no_comma_and(gap: str) -> str:
    """The gap with a comma before "and" dropped: ", et 13 autres" joins like " et 13 autres"."""
    for w in AND_WORDS_SPACED:
        gap = gap.replace("," + w, w)
    return gap
# "More than 2,000 people have died, according to a toll compiled by AFP": a tally kept over time,
# a running total with no start like a war's
# "43,552 people have been killed in more than 13 months of war": a war's total since a start it
# does not date (a span of a known length, "in 13 months of war", is read by the time patterns)
WAR_SPAN_AFTER = re.compile(r"[^.;]{0,60}?\b(?:" + cues("war_span_prep") + r")\s+(?:" + cues("war_span_approx") + r")\s+"
                            r"(?:\d+|[a-z]+)\s+(?:" + cues("war_span_unit") + r")\s+(?:" + cues("war_span_of") + r")\s+(?:" + cues("war_span_war") + r")\b")
# "Almost 1,900 civilians killed in Yemen conflict", "500 people have been killed in the war": the
# war's running total (a window of the sentence's own comes first)
WAR_IN_AFTER = re.compile(r"[^.;]{0,50}?\b(?:" + cues("war_in_prep") + r")\s+(?:(?:" + cues("war_in_det") + r")\s+)?(?:[\w'’-]+\s+){0,2}?(?:"
                          + cues("war_span_war") + r")\b(?![\w-]|\s+(?:" + cues("war_in_not") + r")\b)")
COMPILED_TOLL = assertions_after(r"\b(?:" + cues("according_to") + r") (?:" + cues("compiled_det") + r")?(?:[\w-]+ ){0,2}?(?:" + cues("tally")
                           + r")s? (?:" + cues("compiled") + r")\b")
TOLL_WORD = WordFirst(cue_alternatives("toll_word"), r"\b")  # r"\b(?:toll words)\b", searched from its words
TOLL_MEASURES = frozenset({"killed", "injured"})  # counts of one event that only grow (missing ones fall)
TOLL_VERB = re.compile(cues("toll_verb"))
# a toll's verb right before the figure it reaches ("Ce décès porte à 86 le nombre de personnes tuées", "brings to 86
# the number of"): the figure is told as the toll so far, with no toll word (rules/kinds/intervals_disagree.py
# `_count_as_of_the_toll`, CC108; read only for a pair about to be left out)
TOLL_VERB_REACHES = re.compile(r"(?:" + cues("toll_verb") + r")(?:\s+(?:à|a|to))?\s+$")
TOLL_PROJECTED = gated(r"(?:^|\s)(?:" + cues("toll_projected_link") + r")\s+(?:(?:" + cues("toll_projected_subject") + r")\s+)?(?:"
                       + cues("toll_projected_verb") + r")\s*$")
# "We have added six deaths to the 73 reported earlier": the whole the increment before is added to
ADDED_TO_GAP = re.compile(r"\s*(?:" + cues("added_to_gap") + r")\s*")
ADDED_VERB_END = re.compile(r"\b(?:" + cues("added_verb") + r")\s+$")
# "17 bodies had been found in the mud, but the number has since shot up to 34": the count just given, risen since
TOLL_SINCE = gated(r"(?:^|\s)(?:" + cues("toll_projected_link") + r")\s+(?:" + cues("toll_since_subject") + r")\s+(?:"
                   + cues("toll_since_verb") + r")\s*$")
# "49 people were confirmed missing, and Budiawan, head of the agency, later put the number at 128": the count
# just given, put at another value by a later speaker (a subject and its apposition between; ext-r196)
TOLL_ELIDED_PUT = gated(r"(?:^|\s)(?:" + cues("toll_projected_link") + r")\s+(?:[^.;:!?\d]{0,120}?\s)?(?:"
                        + cues("toll_elided_put") + r")\s*$")
# "..., shooting dead 16 residents": a verb whose object is the count right after it (ext-r196)
NEXT_COUNT_VERB = re.compile(r"(?:^|\s)(?:" + cues("next_count_verb") + r")\s+(?:(?:at least|some|about|around|nearly|more than|over|au moins|environ|plus de|pr[èe]s de)\s+)?$") \
    if cue_alternatives("next_count_verb") else None
NEXT_COUNT_VERB_WORDS = ("dead", "down", "death")  # one of them is in every NEXT_COUNT_VERB match (the gate)
# "qui abrite près de 1.900 détenus", "houses 1,500 prisoners": a prison's own verb before its inmates (ext-r196)
INMATES_HOUSED = re.compile(r"\b(?:" + cues("inmates_housed_before") + r")\s+(?:(?:" + cues("inmates_housed_adverb") + r")\s+)*$")
AMONG = re.compile(r"\s+(?:" + cues("among") + r")\s+")
# "près de 90.000 morts et disparus", "13 dead or missing": two measures in one number
DEAD_OR_MISSING = gated(r"\s+(?:" + cues("dead_or_missing_dead") + r")\s+(?:" + cues("and_or") + r")\s+(?:"
                             + cues("dead_or_missing_of") + r")?(?:" + cues("dead_or_missing_missing") + r")\b"
                             # "6000 personnes sont mortes ou ont été portées disparues", "died or went missing"
                             # ('70 Rohingya refugees are "presumed dead or missing"': a hedge and quotes between)
                             # ("More than 87,000 people, including 5,335 school pupils, are left dead or missing":
                             # an apposition between its commas)
                             # ("Environ un millier de collégiens et de professeurs sont décédés ou portés disparus":
                             # two nouns coordinated before the verbs)
                             r"|\s+(?:[\w'-]+[\s\"“”]+){0,5}?(?:[\w'-]+,\s+(?:(?:" + cues("dead_or_missing_including") + r")\s+(?:[^.;]|\.(?=\d)){1,40}?,\s+)?)?"
                             r"(?:" + cues("dead_or_missing_aux") + r")?[\s\"“”]*"
                             r"(?:" + cues("dead_or_missing_died") + r")\s+(?:" + cues("dead_or_missing_or") + r")\s+(?:"
                             + cues("dead_or_missing_aux2") + r")?"
                             r"(?:" + cues("dead_or_missing_declared") + r")?(?:" + cues("dead_or_missing_went_missing") + r")")
DEAD_OR_MISSING_WORDS = tuple(cue_alternatives("dead_or_missing_literal"))  # one is in every DEAD_OR_MISSING match


def _dead_or_missing(low: str, at: int) -> bool:
    """`DEAD_OR_MISSING` right after `at`, tried only where one of its literals follows closely."""
    return any(low.find(w, at, at + 240) >= 0 for w in DEAD_OR_MISSING_WORDS) and DEAD_OR_MISSING.match(low, at) is not None


# "14 cases in which people appear to have died": deaths counted as cases
# "Sept des survivants ont été hospitalisés", "12 of the survivors were injured"
# (no comma between: "76 morts et 5 survivants, l'un des blessés ayant succombé" names another noun's hurt,
# series-r257)
SURVIVORS_HURT = re.compile(r"^\s*(?:" + cues("survivors_of") + r")\s+(?:" + cues("survivors") + r")\b[^.;,]{0,40}?\b(?:" + cues("survivors_hurt") + r")", re.I)
# "70 killed and injured", "12 dead or wounded": the dead and the wounded together, right after the number
KILLED_AND_HURT = re.compile(r"\s+(?:" + cues("killed_and_hurt") + r")\b") if cue_alternatives("killed_and_hurt") else None
SURVIVORS_TREATED = re.compile(r"^\s*(?:" + cues("survivors_treated") + r")\b", re.I) if cue_alternatives("survivors_treated") else None
DEATH_CASES = re.compile(r"\s+(?:[\w-]+\s+)?(?:" + cues("cases") + r")\s+(?:" + cues("cases_where") + r")\s+[^.;,]{0,40}?\b(?:" + cues("cases_died") + r")\b")
# ", while West Africa's epidemic of 2014-2016 killed ...": a new clause with its own time
# "the attack in Kazaraho", "l'attaque de Kazaraho": an attack named by its place
NAMED_ATTACK = re.compile(r"\b(?:" + cues("named_attack") + r")\s+(?:" + cues("named_attack_of") + r")?(?P<name>[A-ZÀ-Ý][\w'’-]+)")


def _dated_from_another(text: str, start: int, name: str) -> bool:
    """Whether the few sentences before `start` date the attack on `name` only from another event
    ("came two days after ADF fighters attacked the nearby village of Kazaraho")."""
    before = text[max(0, start - 700):start]
    for m in RELATIVE_EVENT_ANY.finditer(before):
        clause = before[m.end():m.end() + 160].split(".")[0]
        if re.search(r"\b" + re.escape(name) + r"\b", clause):
            return True
    return False


RELATIVE_EVENT_ANY = re.compile(r"\b(?:" + cues("relative_event") + r")\b", re.IGNORECASE)

# ", adding there had been no fighting in the past 20 days": what the speaker added, a clause of its own
WITH_CLOSED = re.compile(r",\s*")  # the with-clause closed by a comma right before a time
WITH_FIGURE = re.compile(r",\s*(?:" + cues("with_figure") + r")\b")
# ", dont plus de 6.000 depuis le début de l'année 2023": a part clause with its own time (`_in_part_clause`)
PART_TIME_CLAUSE = Gated(r",\s*(?:" + cues("part_time_clause") + r")\b", frozenset(cue_alternatives("part_time_clause"))) \
    if cue_alternatives("part_time_clause") else None
ADDED_CLAUSE = re.compile(r",\s*(?:" + cues("added_clause") + r")\b")
NEW_CLAUSE = re.compile(r",\s*(?:" + cues("new_clause") + r")\b")
AND_CLAUSE_TIME = re.compile(r",\s*(?:" + cues("and_word") + r")\s+(?:[a-zà-ÿ]+\s+)?$")
# "2.7 million refugees and host communities", "réfugiés et communautés hôtes": refugees counted with
# the people who host them, no measure of ours either
REFUGEES_AND_HOSTS = re.compile(r"\s+(?:" + cues("refugees") + r")\s+(?:" + cues("and_word") + r")\s+(?:(?:" + cues("hosts_det")
                                + r")\s+)?(?:" + cues("hosts") + r")")
# "171 morts, contre 130 la veille", "up from 98": a number compared with the figure before it
COMPARED = re.compile(r"\s*[,(]?\s*(?:" + cues("compared") + r")\s*")  # "312 (up from 298)" too
# "Près de 90 personnes ont été tuées, selon des sources locales, contre 50 selon l'armée": past the verb
DEATH_OF_END = re.compile(r"\b(?:" + cues("death_of") + r")\s+(?:" + cues("death_of_prep") + r")\s*$")  # "le décès de deux blessés"
SWEPT = re.compile(r"(?:" + cues("swept") + r")")  # the swept-away cue of `missing` ("emportés par les eaux")
# "273,267 families (1,018,511 persons) have been displaced", "548,306 families or 2,492,223 persons": a
# count of families, then the same count in people (the verb after the bracket is theirs too)
FAMILIES_THEN = re.compile(r"\d[\d,.\u00a0]*\s+(?:" + cues("families_then") + r")\s*$") if cue_alternatives("families_then") else None
RESTATED = gated(r",\s*(?:" + cues("restated") + r")\s*$")  # ", soit environ 4.800 personnes"
# "to 73 from 61": "from" right after a figure, before the earlier toll
FROM_EARLIER = re.compile(r"\s+(?:" + cues("superseded_from") + r")\s+(?=\d)")
FROM_EARLIER_ANY = re.compile(r"\d\s+(?:" + cues("superseded_from") + r")\s+(?=\d)")
# "up from", "compared with" as a word anywhere in the sentence
# a comparison word followed by its earlier figure ("contre 19", "up from 22"; not "une attaque contre un camp")
# (a number word other than an article: "contre un camp" compares nothing)
COMPARED_WORD = assertions_after(r"\b(?:" + cues("compared") + r")\s+(?:[^\s\d.;:]+\s+){0,2}?(?:\d|(?:" + "|".join(
    w for w in cue_alternatives("count_at_number") + cue_alternatives("count_each_number") if not re.fullmatch(w, "un")
    and not re.fullmatch(w, "une") and w != "one") + r")\b)")
COMPARED_END = re.compile(r",\s*(?:" + cues("compared") + r")\s*$")
# "contre 19 plus tôt", "up from 19 earlier": a word of time after a compared number, not its noun
EARLIER_AFTER = re.compile(r"\s*(?:" + cues("earlier_after") + r")\b")
# "le chiffre de 170", "un bilan de 40": a toll whose noun is the one of the figures around it
ELIDED_TOLL = re.compile(r"\b(?:" + cues("elided_toll_det") + r") (?:" + cues("elided_toll") + r")\s+(?:" + cues("elided_toll_of") + r")\s*$")
OTHERS = re.compile(r"\s+(?:" + cues("others") + r")\b")
# "At least 20 children and 31 others were killed": the others conjoined to a group's count under one verb
# are others than that group (people), not more of it (series-r249, moore-tornado-2013)
OTHERS_CONJOINED = re.compile(r"\s*(?:" + cues("and_word") + r")\s+")
# "Il s'est établi à 79,5 millions", "It stood at 1,200": a pronoun and a toll's verb, then the number
# "80 bodies were taken to Civil Hospital, 95 to Abbasi Hospital": a count's destination, a hospital by its name (ext-r176)
# "Douze personnes en arrêt cardiaque", "twelve people were found in cardiopulmonary arrest": after the noun of a person
CARDIAC_ARREST = gated(r"\s*(?:" + cues("cardiac_arrest") + r")")
# the countries whose copy reports the dead "in cardiac arrest" until a doctor confirms the death (Japan's "shinpai
# teishi"); gazetteer slugs (cue `cardiac_arrest_country`)
ARREST_DEAD_COUNTRIES = frozenset(cue_alternatives("cardiac_arrest_country"))


def _in_arrest_dead_country() -> bool:
    """Is the article's place in a country of `ARREST_DEAD_COUNTRIES`?"""
    return _AREA_PLACE is not None and default_gazetteer().ancestors(_AREA_PLACE)[-1] in ARREST_DEAD_COUNTRIES


HOSPITAL_ITEM = re.compile(r"\s+(?:" + cues("hospital_item") + r")") if cue_alternatives("hospital_item") else None
HOSPITAL_ITEM_GAP = re.compile(r"\s*(?:,|,?\s+(?:" + cues("and_word") + r"))\s*")
# "They were 16 miners and 13 contractors.": a sentence that is only a list of counts after a pronoun and a copula (ext-r176)
_TW_ITEM = r"(?:\d[\d,]*|[a-z-]+) [a-z-]+(?: [a-z-]+)?"
THEY_WERE_LIST = re.compile(r"\W*(?:" + cues("they_were") + r") " + _TW_ITEM + r"(?:, " + _TW_ITEM + r")*,? (?:" + cues("and_word")
                            + r") " + _TW_ITEM + r"\W*$")
PRONOUN_TOLL = gated(r"^\W*(?:" + cues("pronoun_toll") + r")\s*$")
# "le nombre de réfugiés et de déplacés", "the number of displaced": the count a pronoun after it stands for
COUNT_NOUN_PHRASE = re.compile(r"\b(?:" + cues("count_noun_phrase") + r")\b")
PUT_NUMBER_AT = re.compile(r"\b(?:" + cues("put_number_at") + r")\s+$")  # "puts the number at 245"
PUT_NUMBER_WORDS = tuple(cue_alternatives("put_number_literal"))  # one of them is in every PUT_NUMBER_AT match
DIFFERENT_TOLL = re.compile(r"(?:" + cues("different_toll") + r")\s*[:,]?\s*")  # "d'un bilan légèrement différent :"
DIFFERENT_TOLL_WORDS = tuple(cue_alternatives("different_toll_literal"))  # one of them is in every DIFFERENT_TOLL match
DIFFERENT_TOLL_AFTER = re.compile(r"(?:" + cues("different_toll_after") + r")")  # ", slightly different from the one first published by"
SOURCE_OF_THEN = re.compile(r"(?:" + cues("source_of_then") + r")")  # "le ministre de la Santé d'alors", "the then health minister"
SOURCE_OF_THEN_WORDS = tuple(cue_alternatives("source_of_then_literal"))  # one of them is in every SOURCE_OF_THEN match


def _day_of_then(sents, i: int, times, pub: date, text: str) -> Optional[date]:
    """The day the paragraph gave before sentence `i` (the last time of the nearest sentence before it in its
    paragraph that gives one): the day a "since" run starts from, or the end of a day or span, before
    publication; None when the paragraph gives none."""
    for j in range(i - 1, -1, -1):
        if sents[j].paragraph != sents[i].paragraph:
            return None
        spans = [s for s in times.find(sents[j].text, pub) if s.period_start is not None
                 and not _in_dateline(text, sents[j].start + s.start)]
        if spans:
            s = spans[-1]
            day = s.period_start if s.kind == "since" else s.period_end
            return day if day is not None and day < pub else None
    return None
ANOTHER_BEFORE = re.compile(r"\b(?:" + cues("another_before") + r")\s+$")  # "and another 22 at the scene"
# "at the Guayas 1 prison": a capitalised word (not the sentence's first) before a small number and a noun
NAME_NUMBER = re.compile(r"(?<=[\w,;] )([A-Z][a-z]+) $")
NAME_NUMBER_NOUN = re.compile(r" ([a-z]+)\b")
# "Miguel Uribe, 39, died": a number between commas right after a capitalised name is an age ("Mohammed al-Faili,
# 32, said his father was killed": a surname after its lower-case particle too; acc-r260)
AGE_OF_NAME = re.compile(r"(?<=\w )((?:[a-z]{1,3}-)?[A-Z][\w'’-]+), $")
# "— David Lacroix-Beaudoin, 27, and Stéphane Bolduc, 37 — were confirmed": the age of the last name closes a dash aside
AGE_DASH_CLOSE = re.compile(r"\s+[—–]")
WHOLE_OPENING = re.compile(r"\W*(?:" + cues("whole_opening") + r")\s+$")  # "Of the 293 people killed, 287 ...": the sentence's whole
AGE_IN_BRACKETS = re.compile(r"\b([A-Z][\w'’-]+) ([A-Z][\w'’-]+) \($")  # "Suresh Ray (23)": a first name and a surname before an age in brackets
NAME_NUMBER_VERB = re.compile(r"(?:\w+(?:ed|ing)|" + cues("people_clause_verb") + r"|" + cues("others") + r"|more|dead|missing)")
# "a week after 17 people were killed", "before 12 soldiers died": the clause after "after" is a count
EVENT_AFTER = re.compile(r"\b(?:" + cues("event_after") + r")\s+$")
PEOPLE_CLAUSE = re.compile(r"\s+(?:(?:" + cues("people_clause_noun") + r")\s+(?:" + cues("people_clause_verb") + r")|(?:"
                           + cues("people_clause_bare") + r"))\b")
# "the toll rose from 24 to 31", "le bilan est passé de 24 à 31 morts": a change, two figures (not a range)
TOLL_BEFORE_FROM = re.compile(r"\b(?:toll|figure|count|tally)\s*$")
CHANGE_FROM = re.compile(r"\b(?:" + cues("change_verb") + r")(?:\s+(?:" + cues("change_between") + r")){0,3}"
                         r"(?P<f>\s+(?:" + cues("change_from") + r"))\s*$")
# "rose to 31 from 24", "has risen to 30 from the 26 recorded": the figure before the change, after the new one
TO_FROM_GAP = re.compile(r"\s*,?\s*(?:" + cues("change_from") + r")\s+(?:(?:" + cues("change_from_det") + r")\s+)?")
# "The number of dead rose by 3 to 25", "le bilan s'est alourdi de 12 morts, à 40": a change and the total it reached
# in one clause, read up to the total; `gap` is the change, no figure, and the total's measure is read without it (ext-r246)
CHANGE_BY = gated(r"\b(?:" + cues("change_by_verb") + r")(?:\s+(?:" + cues("change_between") + r")){0,3}"
                  r"\s+(?P<gap>(?:" + cues("change_by") + r"))\s+(?:" + cues("change_by_to") + r")\s*$")
CHANGE_TO_END = re.compile(r"\b(?:" + cues("change_to") + r")\s+$")
CHANGE_TO = re.compile(r"\s*(?:(?:" + cues("change_to_time") + r")\s+)?(?:" + cues("change_to") + r")\s+$")
# "le bilan des morts ... a augmenté, passant de 184 à 192": the toll a change's bare figures count
CHANGE_SUBJECTS = tuple((m, re.compile(r"\b(?:" + cues("change_subject_" + m) + r")\b"))
                        for m in ("killed", "injured", "missing"))


def _change_subject(segment: str) -> Optional[str]:
    """The measure of the toll named last in `segment` (the words before a change's verb), if any."""
    best = None
    for measure, rx in CHANGE_SUBJECTS:
        for hit in rx.finditer(segment):
            if best is None or hit.start() > best[0]:
                best = (hit.start(), measure)
    return best[1] if best else None
BRACKET_PART_GAP = re.compile(r"\s*[(\[]\s*")  # "116 people (84 of them ...": a bracket opened right after a figure
# "(14 Yaka et deux Teke)": a capitalised name right after a count, then the bracket's next item or its close
PART_IDENTIFIED = re.compile(r"\s+(?:" + cues("part_identified") + r")\b")  # "thirty of them could be identified"
# an evacuation order given to the count: its verb before ("ont demandé à", "ordered") and the leaving after
# ("de quitter leurs maisons", "to leave their homes"; not "interdit à ... de quitter": a confinement) (ext-r204)
BODY_OF_BEFORE = re.compile(r"\b(?:" + cues("body_of_before") + r")\s+$")  # "the bodies of a woman" (ext-r204)
FORCED_OUT_BEFORE = re.compile(r"(?:^|\s)(?:" + cues("forced_out_verb") + r")\s+$")  # "forced more than a million ..."
FORCED_TO_EVACUATE = re.compile(r"\s*(?:" + cues("forced_to_evacuate") + r")\b")  # "... to evacuate": evacuated, not displaced
ORDER_OUT_BEFORE = re.compile(r"(?:^|\s)(?:" + cues("order_out_verb") + r")\s+$")
ORDER_OUT_AFTER = re.compile(r"\s*(?:" + cues("order_out_leave") + r")\b")
NEXT_WORD = re.compile(r"\s+[^\W\d_][\w'’-]*")  # the word right after a figure's noun ("42 civils tués")
FOUND_WHOLE_BEFORE = re.compile(r"(?:^|\s)(?:" + cues("found_whole_verb") + r")\s+$")  # "They found nine workers, ..." (ext-r213)
FOUND_WHOLE_PARTS = re.compile(r"\s*,\s*(?:" + cues("found_whole_parts") + r")")  # "..., seven of whom were dead"
COUNTERFACTUAL_BEFORE = re.compile(r"(?:" + cues("counterfactual_before") + r")$")  # "could have stretched into the" (ext-r213)
COUNTERFACTUAL_WORDS = tuple(cue_alternatives("counterfactual_literal"))  # one of them is in every match (the gate)
ESTIMATE_CHAIN = re.compile(r"\s+(?:" + cues("estimate_chain_gap") + r")\s+")  # "will exceed 70 and may be more than 100" (ext-r204)
DIAGNOSIS_CLASS = re.compile(r"\s+(?:" + cues("diagnosis_class") + r")\b")  # "while 15 were suspected cases" (ext-r204)
DIAGNOSIS_FIRST = re.compile(r"\b(?:" + cues("diagnosis_first") + r")\b")  # "Three were confirmed died ... while"
OPENING_WHOLE = re.compile(r"[\s«\"“]*(?:" + cues("of_this_total") + r")\s+")  # "Sur ces 803 victimes, ..." (ext-r204)
OF_THIS_TOTAL = re.compile(r"[\s«\"“]*(?:" + cues("of_this_total") + r")\s*,")  # "Sur ce total, 216 ...", "Of that number, 216 ..."
NAMED_ITEM = re.compile(r"\s+[A-ZÀ-Ý][\w'’-]+(?=\s*(?:,|\)|\]|\s(?:" + cues("and_word") + r")\s))")
NAMED_ITEM_AND = re.compile(r"(?:\s+[\w'’-]+)?\s*(?:,\s*(?:(?:" + cues("and_word") + r")\s+)?|\s(?:" + cues("and_word") + r")\s+)")
NONE_SURVIVED = re.compile(r"[^.;:,()«»\d]{0,60}?\b(?:" + cues("none_survived_after") + r")")  # after "none of the N ..."
NO_SURVIVORS_AMONG = re.compile(r"\b(?:" + cues("no_survivors_among") + r")\s*$")


def _none_survived(left: str, right: str, head_end: int) -> bool:
    """After "none of the N" (`none_of_before`, which the caller has matched): "None of the 150
    passengers survived", "There were no survivors among the 62 people on board", "Aucun des 150
    passagers n'a survécu" — everyone the number counts died (not "None of the 40 passengers was
    hurt", a set no one of which is counted)."""
    return NONE_SURVIVED.match(right, head_end) is not None or NO_SURVIVORS_AMONG.search(left, max(0, len(left) - 50)) is not None
SEVERITY_ALONE = re.compile(r"\s+(?:" + cues("severity_adverb") + r")\s*(?:[,.;)»]|$)")  # "12 were wounded, four critically."
LIST_NEXT = re.compile(r"\s*(?:,|\s(?:and|et)\s)")  # "one American, ...", "one Canadian and ..."
COMPASS_WORDS = frozenset(cue_alternatives("compass_point"))  # "South Africans": see `_head_uncached`
NATIONALITY_END = re.compile(r"\s*(?:[,.;!?)»”\"]|$|\s(?:and|et)\s)")  # "600 of them Egyptian," : the clause ends on the adjective
# "One American was killed in the blasts": one person named by a nationality, then the predicate of their death or wound
ONE_NATIONAL_PREDICATE = re.compile(r"\s+(?:" + cues("one_national_predicate") + r")\b")
SEVERITY_AFTER = re.compile(r"\s+(?:" + cues("severity_adverb") + r")\b")  # "19 of them seriously"
DAY_AFTER = re.compile(r"(?:\s+[^\W\d]+){0,2}?\s+(?:" + cues("day_after_count") + r")\b")  # ("seven killed earlier in the week": its verb between)
# " mardi et ", " died on Thursday, ": the day of the count before (its verb may stand between), then
# "and" or the comma of a list ("23 people died on Thursday, 20 on Friday and 11 on Saturday")
DAY_AND_GAP = re.compile(r"(?:\s+[^\W\d]+){0,3}?\s+(?:" + cues("day_after_count") + r")\s*(?:,\s*(?:(?:" + cues("and_word")
                         + r"|" + cues("day_list_also") + r")\s+)?|\s+(?:" + cues("and_word") + r")\s+)")
OUTER_ASIDE_OPEN = re.compile(r"[^.;:()\d]{0,60}?(?:\(\s*|,\s*(?:" + cues("outer_aside_open") + r")\s+)")  # "... à Taïwan (", ", dont "
OUTER_ASIDE_CLOSE = re.compile(r"[^.;:()\d]{0,40}?(?:\)|,)[^.;:()\d]{0,20}$")  # "morts) et ", "sont morts, et "
# "25.000 morts dans les inondations et 135.000 par la suite": the count of a later phase, its noun left out (ext-r254)
PHASE_AFTER = re.compile(r"\s+(?:" + cues("phase_after_count") + r")\s*(?:[,.;)]|$)")
PHASE_AND_GAP = re.compile(r"(?:\s+[^\W\d]+){0,5}?\s+(?:" + cues("and_word") + r")\s+")
# "compared with 232 in the same period of 2020": a past year's count for the same weeks, a baseline of
# ordinary deaths, no earlier version of the toll (acc-r124)
SAME_PERIOD = re.compile(r"\s+(?:" + cues("same_period_after") + r")\b") if cue_alternatives("same_period_after") else None
# "135 bodies had been recovered, and 128 on Monday", "received 135 bodies at its morgues, and 128 on Monday":
# the count before, past its own words, then ", and" (the day after the number is asked too; acc-r124)
DAY_AND_GAP_BARE = re.compile(r"(?:\s+[^\W\d]+){0,4}?\s*,\s*(?:" + cues("and_word") + r")\s+")
# "12 décès en 2022, 13 en 2021 et 12 en 2019", "2,500 deaths in 2023, 3,100 in 2022": counts per year
YEAR_AFTER = re.compile(r"\s+(?:" + cues("year_item_in") + r")\s+(?:19|20)\d\d\b(?!\s*[-–/])")
YEAR_AND_GAP = re.compile(r"(?:\s+[^\W\d]+){0,6}?\s+(?:" + cues("year_item_in") + r")\s+(?:19|20)\d\d\s*(?:,\s*(?:(?:"
                          + cues("and_word") + r")\s+)?|\s+(?:" + cues("and_word") + r")\s+)")
RIVAL_SOURCE = re.compile(r"\s*,?\s*(?:" + cues("rival_source") + r")\b")  # "..., 12 selon les autorités"
# "Le gouvernement évoque 12 morts, les ONG plus de 60", "la police parle de 12 morts, l'opposition de 60"
# "Les jihadistes, qui ont tué au moins 45 civils": a relative clause that holds the number
# "les morts sont au nombre de", "The dead numbered": a count that is its noun's predicate (cue count_predicate_end)
COUNT_PREDICATE_END = re.compile(r"\b(?:" + cues("count_predicate_end") + r")\s*$") if cue_alternatives("count_predicate_end") else None
RELATIVE_OPEN = re.compile(r",\s*(?:" + cues("relative_open") + r")\s[^,;.]*$")
RIVAL_GAP = re.compile(r"\s*,\s*(?:(?:" + cues("and_word") + r")\s+)?(?:" + cues("rival_subject_det") + r")\s*[\w’'-]+(?:\s+[\w’'-]+){0,5}?\s+(?:(?:" + cues("rival_of") + r")\s*)?")
RIVAL_VERB = re.compile(r"\b(?:" + cues("rival_verb") + r")\b")
# (past the day it was given: "et la télévision en annonçait 94 samedi soir."; cue `rival_trailing_day`)
CLAUSE_END = re.compile(r"(?:\s+(?:" + cues("rival_trailing_day") + r"))?\s*(?:[.;!?»”\"]|$)") if cue_alternatives("rival_trailing_day") \
    else re.compile(r"\s*(?:[.;!?»”\"]|$)")
# "passe à 28, puis à 34 et, en fin de journée, à 61": the next step of a rising toll after a step
# read by `RAISED_TO` (cue `raised_chain`)
RAISED_CHAIN = re.compile(r"(?:" + cues("raised_chain") + r")\s*") if cue_alternatives("raised_chain") else None
RAISED_TO = re.compile(r"\b(?:" + cues("raised_to") + r")\s*$")
# "put the toll at 69, and on Tuesday at 75": a toll put at a number, then the same toll at another
# time with its verb and noun left out (cues `toll_at_end`, `toll_at_chain`; English only so far)
TOLL_AT_END = re.compile(r"\b(?:" + cues("toll_at_end") + r")\s*$") if cue_alternatives("toll_at_end") else None
TOLL_AT_CHAIN = re.compile(r"(?:" + cues("toll_at_chain") + r")\s*") if cue_alternatives("toll_at_chain") else None
# "des morts par dizaines", "les victimes se comptent par centaines": a vague count after its noun
BY_THE_TENS = gated(r"\b(?:" + cues("by_the_tens_det") + r")\s+(?P<noun>[\w-]+)\s+(?:(?:" + cues("by_the_tens_verb") + r")\s+(?:(?:"
                    + cues("by_the_tens_adverb") + r")\s*)?)?(?:,\s*(?:" + cues("by_the_tens_aside") + r")\s*,\s*)?(?:"
                    + cues("by_the_tens") + r")\s*$")
OTHERS_AWAITING = re.compile(r"\s+(?:" + cues("others") + r")\s+(?:" + cues("others_awaiting") + r")")
ACRONYM_BRACKET = re.compile(r"\s*\([a-z0-9&.-]{2,12}\)")  # "(dmch)", "(ndrrmc)": a name's initials in brackets (lower-cased text)
OTHERS_RECOVERED = re.compile(r"\s+(?:" + cues("others") + r")\s+(?:" + cues("others_recovered") + r")")
# "eight people died at the scene and four more in hospital" (acc-r253): the others died in hospital
OTHERS_IN_HOSPITAL = re.compile(r"\s+(?:(?:" + cues("others") + r")\s+)?(?:" + cues("others_in_hospital") + r")\s*(?:[.;,]|$)")
DIED_AT_SCENE = re.compile(r"\b(?:" + cues("died_at_scene") + r")\b")
OTHERS_ELIDED = re.compile(r"\s+(?:" + cues("others") + r")\s*(?:[.;]|$|(?:" + cues("others_elided_next") + r")\b)")
# "a tué deux enfants et blessé 12 autres personnes": "autres" with a noun of its own is no group's
OTHERS_CONNECTIVE = re.compile(r"\s*,\s*(?:" + cues("others_connective") + r")\s*")
# "17 civilians, including women and children, were killed and 14 others injured": an aside with no
# number between the group and "N others" is left out of their gap (acc-r59)
OTHERS_ASIDE = re.compile(r",\s*(?:" + cues("others_aside") + r")\b[^,.;:\d]{0,40},")
OTHERS_OWN_NOUN = re.compile(r"\s+(?:" + cues("others") + r")\s+(?:" + cues("others_own_noun") + r")\b")
PRONOUN_COUNT = re.compile(r"\b(?:" + cues("pronoun_plural") + r") (?:" + cues("pronoun_be") + r")\s*[«\"“]?\s*$")
OTHERS_CLAUSE = re.compile(r"\s+(?:" + cues("others_clause") + r")\s+(?:" + cues("others_clause_verb") + r")\b")  # "et cinq autres ont été retrouvées"
SPARED = re.compile(r"\b(?:" + cues("spared") + r")")
# "dépasse désormais les 700 morts", "franchi la barre des 1.000": a threshold, not a figure named again
PASSING_LES = re.compile(r"\b(?:" + cues("passing_verb") + r")\s+(?:" + cues("passing_adverb") + r")?(?:" + cues("passing_det") + r")\s+$")
# "The number of civilians killed ... has increased to 57", "The civilian death toll ... has risen to":
# a toll's subject that names its group, before a bare number
TOLL_OF_GROUP = re.compile(r"\b(?:(?:" + cues("number_of") + r")\s*(?=[a-z])|(?P<civ>" + cues("toll_civilian") + r")\s+(?:"
                           + cues("toll_word") + r")\b)")
TOLL_GROUP_STOP = re.compile(r"[\d;:]")
# "Parmi les enfants tués, neuf avaient moins de cinq ans": the group a part with its noun left out
# is taken from
AMONG_GROUP = re.compile(r"(?:^|\W)(?:" + cues("among_group") + r")\s+(?P<g>[\w-]+)\s+[\w-]+\s*,\s*$")
# "brings to 21 the number of civilians killed", "portant à 21 le nombre de civils tués": the noun after
NUMBER_OF_AFTER = re.compile(r"\s*(?:(?:--|[–—(])[^.;]{0,80}?(?:--|[–—)])\s*)?(?:" + cues("number_of") + r")\s*")
# "Manyara Regional Referral Hospital has 19 patients": a hospital's stock of the injured (en figures.yaml injured.before),
# not its staff (ext-r176)
HOSPITAL_HAS = re.compile(r"\b(?:" + cues("hospital_has") + r")\s*$")
STAFF_HEADS = frozenset({"group:medics", "group:aid_workers", "group:rescuers", "group:police", "group:soldiers", "group:journalists"})
# "estiment à près de 300 le nombre de personnes présentes": people at a site, no figure (ext-r176)
NUMBER_OF_PRESENT = re.compile(r"\s*(?:" + cues("number_of") + r")\s*(?:" + cues("number_of_present") + r")")
CIVIL_AFTER = re.compile(r"\s+(?:" + cues("civil_adjective") + r")\b(?!\s*(?:" + cues("and_or") + r")\s+(?:" + cues("civil_det") + r")?(?:"
                         + cues("military") + r"))(?![^.;]{0,30}\b(?:" + cues("all_counted") + r"))")
# "dont ", "including ": what opens a part of the figure before it
PART_LEAD_END = re.compile(r"(?:" + cues("part_lead") + r")\s+$")
STATUS_PART_HEADS = frozenset({"measure:displaced", "measure:refugees", "measure:affected"})  # nouns of a status that may name a part's people
# "the missing, including": a measure's noun with its article, the whole of a part that follows
NOUN_WHOLE_NEXT = re.compile(r"[^.;:()\d]{0,60}?(?:,\s*|\s+(?:" + cues("and_word") + r")\s+)")  # the next item of its list (ext-r204)
NOUN_WHOLE = re.compile(r"\b(?:" + cues("noun_whole_det") + r")\s+([\w-]+)\s*,?\s+(?:" + cues("part_lead") + r")\s+$")
# "un homme de 55 ans et une femme de 50 ans sont morts": the second person of a pair joined by "et",
# each with their age, shares the verb (not "dont un garçon de 12 ans", a person described; acc-r67)
AGE_LIST_GAP = re.compile(r"\s*(?:(?:" + cues("age_after") + r")\s*(?:\d+\s+ans\s*)?)?\s+(?:" + cues("age_list_and") + r")\s+")
AGE_AFTER = re.compile(r"\s*,?\s*(?:" + cues("age_after") + r"|\(\d+\))")
OBSERVER_VERB = re.compile(r"\b(?:" + cues("observer_verb") + r")\s")

def _gate(words) -> re.Pattern:
    """One C-level scan for any of some plain words (cheaper per call than `any(w in s for w in ...)`)."""
    return re.compile(alternation(words) if words else "(?!x)x")


# "saving more than 13,200 lives", "an estimated 2,000 lives were saved", "a permis de sauver plus de
# 13.000 vies": lives saved are no deaths (the noun "lives" is otherwise the dead's)
LIVES_GATE = _gate(cue_alternatives("lives_noun"))  # plain words: the cheap check before the patterns
LIVES_NOUN = re.compile(r"\s*(?:(?:of|de|d')\s*)?(?:" + cues("lives_noun") + r")\b")
LIVES_SAVED_BEFORE = re.compile(r"\b(?:" + cues("lives_saving_verb") + r")\s+$")
LIVES_SAVED_AFTER = re.compile(r"\s+(?:" + cues("lives_saved_after") + r")\b")
# "cancelled 400 flights, affecting 60,000 passengers": the users of a service, no figure
SERVICE_USER_HEAD = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:" + cues("service_user_noun") + r")\b")
# "Three players were injured during the match": a sports injury, no casualty figure
PLAYER_HEAD = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:" + cues("player_noun") + r")\b")
MATCH_WORD = re.compile(r"\b(?:" + cues("match_word") + r")\b")
SQUAD_GATE = _gate(cue_alternatives("squad_word"))  # plain words: "12 blessés dans son effectif"
# "hospitalised with food poisoning": the sick, cases of an illness, not the wounded
FOOD_POISONING = re.compile(r"\b(?:" + cues("food_poisoning") + r")\b")
FOOD_POISONING_GATE = _gate(cue_alternatives("food_poisoning_literal"))
# "1.234 personnes ont été hospitalisées pour la grippe": an illness whose sick taken to hospital are cases
ILLNESS = re.compile(r"\b(?:" + cues("epidemic") + "|" + cues("seasonal_illness") + r")\b")
# "20 men accused of the 2015 attacks that killed 130 people": the verb of the relative clause
# after the charge is the attacks', not the accused's
DEFENDANTS = re.compile(r"\b(?:" + cues("defendant_verb") + r")[^.;]*?\b(?:" + cues("defendant_relative") + r")\b")
DEFENDANT_GATE = _gate(cue_alternatives("defendant_literal"))
# "a driver who killed two cyclists in 2021 was jailed": the relative clause's verb before the number
WHO_BEFORE = re.compile(r"\b(?:" + cues("person_relative") + r")\s+(?:[\w'’-]+\s+){0,3}$")
# "The drill simulated a major earthquake leaving 300 casualties": an exercise's figures
# "Je démens ... que nous ayons 60.000 disparus", "denied reports that 500 people had died": a count
# denied to exist (the words after the claim's head: a qualifier such as "plus de", "as many as")
DENIED = re.compile(r"\b(?:" + cues("denial_verb") + r")\b[^.;!?«»\"“”]{0,40}?\b(?:" + cues("denial_claim")
                    + r")\s+(?:(?:eu|plus de|près de|au moins|quelque|environ|as many as|more than|at least|some|"
                    r"about|nearly|up to|over)\s+)*$", re.IGNORECASE)
DENIAL_WORDS = tuple(cue_alternatives("denial_literal"))  # one of them is in every DENIED match

SIMULATED = re.compile(r"\b(?:" + cues("simulation_verb") + r")\b[^.;]{0,80}$")
SIMULATED_GATE = _gate(cue_alternatives("simulation_literal"))
# "tandis que 639.000 décès ont été enregistrés" after the births: a country's vital statistics
VITAL_STATISTICS = re.compile(r"\b(?:" + cues("vital_statistics") + r")\b")
VITAL_GATE = _gate(cue_alternatives("vital_statistics"))  # plain words: the cheap check first
# "The team lost 12 players to injury": people lost to a cause that kills no one
# "L'escroquerie a fait 12.000 victimes": the victims of a fraud are no dead
VICTIMS_HEAD = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:" + cues("victims_noun") + r")\b")
FRAUD_WORD = re.compile(r"\b(?:" + cues("fraud_word") + r")\b")
LOST_BEFORE = assertions_after(r"\b(?:" + cues("lost_verb") + r")\s+$")
LOSS_NOT_DEATH = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}?(?:" + cues("loss_not_death") + r")\b")
# "300 « blessés » fictifs", "300 simulated casualties": the people of an exercise, right by the number
FICTITIOUS = re.compile(r"[^.;,()]{0,30}?\b(?:" + cues("fictitious_word") + r")\b")
FICTITIOUS_GATE = _gate(cue_alternatives("fictitious_literal"))
# the groups a place or an army counts as its strength ("L'armée de Terre compte 77.000 militaires"),
# never as its inhabitants
NOT_RESIDENT_GROUPS = frozenset({"soldiers", "fighters", "police", "medics", "journalists", "aid_workers", "rescuers"})
# "Two climbers who went missing on Mont Blanc were found safe": the missing found again
FOUND_SAFE = re.compile(r"[^,;:.()]{0,120}?\b(?:" + cues("found_safe") + r")\b")  # in the number's clause
# "The state has located 114 people who were on the list of missing": a count a verb of finding governs is of
# people found, off the list of the missing (searched right before the number; rules-r231)
FOUND_BEFORE = re.compile(r"\b(?:" + cues("found_missing_before") + r")\s+(?:(?:" + cues("found_missing_adverb") + r")\s+)?$")

# Nouns that name people by their situation ("70 détenus ont été tués"): a verb beats them.
# measures of the language data that name people who are no casualty figure: set aside
NOT_CASUALTY = frozenset({"infected", "rescued"})
# "left 17 soldiers dead and 20 wounded": a side's toll, whose wounded are its own (not "2 children
# killed and 12 wounded")
SIDE_GROUPS = frozenset({"soldiers", "fighters", "police", "civilians"})
SIDE_LIST_GAP = re.compile(r"[^,.;:()]{0,16},\s*")  # "71 militaires tués, 12 blessés": one comma, a participle before it
# "ont été hospitalisés", "were hospitalised": the injured cue that the sick share
HOSPITALISED = re.compile(r"(?:" + cues("hospitalised") + r")")
PEOPLE_NOUN_MEASURES = {"detained", "refugees", "displaced", "evacuated", "residents", "affected", "infected"}


ESCAPEES = re.compile(r"\b(?:" + cues("escapees") + r")\s*$")
ESCAPED_AFTER = re.compile(r"\s+(?:" + cues("escaped_after") + r")\b")  # "4,000 prisoners escaped", "4.000 détenus se sont évadés"
ESCAPEES_AFTER = re.compile(r"\s*(?:(?:de|of)\s+|d['’]\s*)?(?:[\w-]+\s+)?(?:" + cues("escapees") + r")\b")  # ("des dizaines d'otages")
# "d'échanger des dizaines d'otages ... contre des centaines de détenus": the other side of an exchange (acc-r78)
EXCHANGED_FOR = re.compile(r"(?:" + cues("exchanged_for") + r")\s+(?:[\w'’-]+\s+){0,2}$")
FREED_BEFORE = re.compile(r"\b(?:" + cues("freed_verb") + r")\s+(?:[\w'’-]+\s+){0,2}$")
FREED_WORDS = tuple(cue_alternatives("freed_literal"))  # one of them is in every FREED_BEFORE match
FLED = re.compile(r"(?:" + cues("fled") + r")\b")
HOW_MANY = assertions_after(r"\b(?:" + cues("how_many") + r")\s*$")
DISPLACED_BEFORE_HEAD = re.compile(r"\b(?:" + cues("displaced_modifier") + r")\b")
# "le nombre de déplacés pourrait atteindre un million": the count of the displaced at a moment
DISPLACED_COUNT = re.compile(r"\b(?:" + cues("displaced_count") + r")\b(?:[^.;]|\.(?=\d)){0,80}$")  # (a thousands point is no break)
DISPLACED_COUNT_AFTER = re.compile(r"\s+(?:" + cues("displaced_count_after") + r")\b") if cue_alternatives("displaced_count_after") else None
DISPLACED_NOW = re.compile(r"(?:\s*,[^.;]{0,60}?,)?(?:\s+(?:" + cues("displaced_now_of") + r"))?\s+(?:(?:" + cues("displaced_now_rel") + r")\s+)?(?:(?:" + cues("displaced_now_adverb") + r")\s+)?(?:" + cues("displaced_now_verb") + r")\b")
QUALIFIER_VERB = re.compile(r"(?:" + cues("qualifier_verb") + r")\s+(?=\d)")


# What `_head`, `_measure_after` and `_measure_before` read from a segment, kept for the article
# (cleared by `extract_figures`): each depends only on its segment and the lexicon, and a number's
# segment is read again by later steps (the figure gate, then `_candidates`; a part of a list and
# the whole it belongs to): about one call in twelve within a dev passage.
_READ: dict[tuple, object] = {}


def _read_once(read: Callable[[str, FigureLexicon], Any], segment: str, lex: FigureLexicon) -> Any:
    """`read(segment, lex)`, kept in `_READ` for the rest of the article."""
    key = (read, segment, id(lex))
    found = _READ.get(key, _READ)
    if found is _READ:
        if len(_READ) > 20000:  # called outside `extract_figures`, which clears it per article
            _READ.clear()
        found = _READ[key] = read(segment, lex)
    return found


_NO_BARE = object()  # `lex.bare_of` holds no answer for the word yet


def _head(right: str, lex: FigureLexicon) -> tuple[Optional[str], int, str]:
    """The noun a number quantifies: a group, a measure noun, a non-person unit, or nothing."""
    return _read_once(_head_uncached, right, lex)


def _head_uncached(right: str, lex: FigureLexicon) -> tuple[Optional[str], int, str]:
    pos = 0
    s = right
    # "thousands displaced as floods hit": a modifier ("displaced people") with no noun after it
    # is the noun itself
    bare: Optional[str] = None
    of_them = False  # after "of them": "600 of them Egyptian"
    for _ in range(4):
        skip = _skip_end(s)
        if s[skip:skip + 1] == "(" and (eb := EDITORIAL_BRACKET.match(s, skip)) is not None \
                and (lex.any_noun and lex.any_noun.match(s, eb.end()) or lex.group_rx and lex.group_rx.match(s, eb.end())):
            # "Five more (bodies) have been found", "un « premier bilan (de) 10 morts »": a word an editor
            # put in brackets into a quotation is the text's own, when it is a noun of people (ext-r196)
            pos += eb.end()
            s = s[eb.end():]
            continue
        word_m = WORD.match(s, skip)
        if not word_m:
            return bare, pos, s
        word = word_m.group(0)
        if s[skip + 1:skip + 2] == "." and (ab := ABBREVIATED_ADJECTIVE.match(s, skip)):
            # "13 U.S. service members", "two U.N. peacekeepers": an abbreviated adjective before the noun
            pos += ab.end()
            s = s[ab.end():]
            continue
        if s.startswith(lex.multi_modifier_words, skip) and (mm := lex.multi_modifiers.match(s, skip)):
            of_them = lex.part_after is not None and lex.part_after.match(s, skip) is not None
            pos += mm.end()
            s = s[mm.end():]
            bare = None
            continue
        if word in lex.modifier_set or word.rstrip("'") + "'" in lex.modifier_set:
            if (bare := lex.bare_of.get(word, _NO_BARE)) is _NO_BARE:
                bare = lex.bare_of[word] = next(("measure:" + ms.name for ms in lex.measures if ms.nouns and ms.nouns.fullmatch(word)), None)
            pos += skip + len(word)
            s = s[skip + len(word):]
            continue
        tail = s[skip:]
        if word in lex.weekday_words or word in TIME_AFTER_COUNT and TIME_AFTER_COUNT_END.match(s, skip + len(word)):
            return bare, pos, s  # "est passé à 43 lundi", "rose to 27 overnight": the time the count was given, no noun
        if lex.not_people and (np := lex.not_people_at.match(tail)) is not None:
            if lex.any_noun and (an := lex.any_noun.match(tail)) and an.end() > len(np):
                for measure in lex.measures:
                    # "12 cas mortels": a measure noun longer than the unit it starts with wins
                    if measure.nouns and (mm := measure.nouns.match(tail)) and mm.end() > len(np):
                        return "measure:" + measure.name, pos + skip + mm.end(), s
            return "not_people", pos, s
        gm = lex.group_rx.match(tail) if lex.group_rx else None
        if lex.any_noun and (lex.any_noun_starts is None or lex.any_noun_starts.possible(tail)) and lex.any_noun.match(tail):
            best = None  # the longest noun wins: "19 victimes « gravement blessées »" are wounded, not dead
            longer = lex.long_noun is not None and lex.long_noun.match(tail) is not None
            for measure in lex.measures:
                if measure.nouns and (mm := measure.nouns.match(tail)) and (best is None or mm.end() > best[1].end()):
                    best = (measure, mm)
                    if not longer:
                        break  # no noun of several words here: the first measure's noun is the one
            if best is not None and gm is not None and gm.end() > best[1].end() and lex.group_of[gm.group(0)] != "people":
                best = None  # "40 Ukrainian prisoners of war": a longer group noun than the measure's ("prisoners") names them (acc-r212)
            if best is not None:
                measure, mm = best
                if bare is not None and measure.name == "residents":
                    # "3,000 displaced residents are in hotels": people of the place counted by
                    # the measure its modifier names, not the place's population
                    return bare, pos + skip + mm.end(), s
                return "measure:" + measure.name, pos + skip + mm.end(), s
        if gm:
            if lex.adjective_first and lex.not_people and _thing_after(tail[gm.end():], lex):
                # "three police cars", "six army helicopters": a group word that qualifies a noun
                # counting no people (acc-r92)
                return "not_people", pos, s
            if lex.group_of[gm.group(0)] == "people" and lex.any_noun and (after := tail[gm.end():]) \
                    and (gap := SKIP_SPACE.match(after)) and gap.end() > 0:
                for measure in lex.measures:
                    # "hundreds of thousands of Rohingya refugees": a people named before a noun of
                    # displacement is that noun's count (the group stays people)
                    if measure.name in NOUN_AFTER_PEOPLE and measure.nouns \
                            and (mm := measure.nouns.match(after[gap.end():])) \
                            and not WORD_CHAR.match(after, gap.end() + mm.end()):
                        return "measure:" + measure.name, pos + skip + gm.end() + gap.end() + mm.end(), s
            if lex.adjective_first and lex.group_of[gm.group(0)] == "people" and (after := tail[gm.end():]) \
                    and (gap := SKIP_SPACE.match(after)) and gap.end() > 0 \
                    and (g2 := lex.group_rx.match(after, gap.end())) and lex.group_of[g2.group(0)] != "people":
                # "336 Druze fighters", "40 Rohingya children": a people named before a group noun
                # qualifies it; the group is the noun's
                return "group:" + lex.group_of[g2.group(0)], pos + skip + gm.end() + g2.end(), s
            return "group:" + lex.group_of[gm.group(0)], pos + skip + gm.end(), s
        if word[0].isalpha() and not _is_function_word(word):
            nxt = s[skip + len(word):]
            gap = _skip_end(nxt)  # (`SKIP.match(nxt).end()`, asked by up to five tests below)
            if lex.event_measures \
                    and nxt[gap:gap + 12].split(" ", 1)[0].rstrip(",.;:)»\"”").lower() in lex.event_first_words \
                    and lex.any_noun and lex.any_noun.match(ev_after := nxt[gap:]):
                for measure in lex.measures:
                    if measure.event and measure.nouns and (mm := measure.nouns.match(ev_after)) \
                            and not WORD_CHAR.match(ev_after, mm.end()):
                        # "Three Israeli strikes killed 20", "13 cruise missiles": an adjective before an
                        # event's noun; the count is no toll (acc-r59; event counts so written are left out)
                        return "not_people", pos, s
            if lex.adjective_first and lex.group_rx and lex.group_rx.match(nxt, gap) \
                    and not (lex.not_people and lex.not_people_at.match(nxt[gap:]) is not None):
                # "215 Pakistani soldiers", "30 Sudanese civilians", "two Congolese soldiers", "three
                # local journalists": an adjective before the group noun (a demonym in "-ese" too). (The
                # not-people test reads the text from the noun on: `not_people`'s own `^` never matches past 0.)
                pos += skip + len(word)
                s = nxt
                continue
            if lex.adjective_first and lex.group_rx and word.endswith(PARTICIPLE_ENDINGS) \
                    and (w2 := WORD.match(nxt, gap)) and w2.group(0)[0].isalpha() \
                    and not _is_function_word(w2.group(0)) and (gap2 := SKIP_SPACE.match(nxt, w2.end())).end() > w2.end() \
                    and (g2 := lex.group_rx.match(nxt, gap2.end())) and not WORD_CHAR.match(nxt, g2.end()) \
                    and not (lex.not_people and lex.not_people_at.match(nxt[gap2.end():]) is not None):
                # "two visiting Lincoln supporters", "three wounded Lebanese-born workers": a participle and
                # one more modifier (a club's or a town's name) before the group noun (ext-r262)
                pos += skip + len(word)
                s = nxt
                continue
            if lex.adjective_first and (aa := ADJECTIVE_AND.match(nxt, gap)) and not _is_function_word(aa.group("w")) \
                    and (lex.group_rx and lex.group_rx.match(nxt, aa.end()) or lex.any_noun and lex.any_noun.match(nxt[aa.end():])) \
                    and not (lex.not_people and lex.not_people_at.match(nxt[aa.end():]) is not None):
                # "23 foreign and Algerian hostages", "12 Pakistani and Afghan workers": two adjectives joined
                # before the noun; the noun is read after the second (ext-r262)
                pos += skip + len(word) + aa.start("w")
                s = nxt[aa.start("w"):]
                continue
            if lex.any_noun and ADVERB_WORD.fullmatch(word) and lex.any_noun.match(nxt[gap:]):
                # "trois grièvement blessés", "une autre grièvement blessée": an adverb before the noun
                pos += skip + len(word)
                s = nxt
                continue
            # Capitalised plural demonyms ("Syriens", "Palestinians") are people.
            if DEMONYM.match(word):
                return "group:people", pos + skip + len(word), s
            if lex.adjective_first and lex.group_rx \
                    and (w2 := WORD.match(nxt, gap)) and DEMONYM.match(w2.group(0)) \
                    and (gap2 := SKIP_SPACE.match(nxt, w2.end())) and lex.group_rx.match(nxt, gap2.end()):
                # "120,800 South Sudanese refugees", "40 North Koreans' ...": a compass word before a
                # demonym before the group noun
                pos += skip + len(word)
                s = nxt
                continue
            if word in COMPASS_WORDS and (w2 := WORD.match(nxt, gap)) and DEMONYM.match(w2.group(0)) \
                    and NATIONALITY_END.match(nxt, w2.end()):
                # "11 Zimbabweans and two South Africans", "21 are South Africans": a compass word before a
                # plural demonym that ends its item is one nationality, people (ext-r237)
                return "group:people", pos + skip + len(word) + w2.end(), s
            if lex.not_people and (lex.not_people_at.match(nxt[gap:]) is not None
                                   or lex.adjective_first and _thing_after(nxt, lex)):
                # "two river crossings", "three apartment blocks", "six IDF rescue helicopters": one or
                # two modifiers before a noun that counts no people
                return "not_people", pos, s
            if word.endswith(DEMONYM_ENDINGS) and ((of_them and len(word) > 4 or len(word) > 5 and LIST_NEXT.match(nxt))
                                                   and NATIONALITY_END.match(nxt)
                                                   or len(word) > 5 and pos == 0 and ONE_NATIONAL_PREDICATE.match(nxt)):
                # "claims 922 lives during Hajj, 600 of them Egyptian": a part named by the victims'
                # nationality, an adjective with no noun after it ("84 of them Iraqis" is a noun); "one
                # American, one Canadian and ...": a person named by a nationality in a list; "One American
                # was killed": right after the count, the predicate of the one person's death (ext-r187)
                return "group:people", pos + skip + len(word), s
            if (SEVERITY_ADJECTIVE.fullmatch(word) or ADVERB_WORD.fullmatch(word)) and ELIDED_END.match(nxt):
                # "17 blessés, dont 3 graves et 5 légers": a severity with its noun (the wounded) elided
                return bare, pos, s
            return "unknown", pos, s
        return bare, pos, s
    return None, pos, s


# units of time, of measure and rates that may follow a count of people ("killed 12 people hours
# after", "3 soldiers 5 km away"): no noun the count qualifies
NOT_A_THING = frozenset({"years", "year", "days", "day", "hours", "hour", "months", "month", "weeks", "week",
                         "minutes", "seconds", "pm", "am", "p.m.", "a.m.", "gmt", "utc", "o'clock", "times",
                         "km", "kilometres", "kilometers", "miles", "metres", "meters", "feet", "%", "percent",
                         "per cent", "points"})


def _thing_after(after: str, lex) -> bool:
    """Does a noun that counts no people follow, right after a space or after one more modifier
    word ("police| cars", "IDF| rescue helicopters")? Not a unit of time or measure."""
    if not after or after[0] not in " \u00a0":
        return False
    j = SKIP_SPACE.match(after).end()
    for _ in range(2):
        if (np := lex.not_people_at.match(after[j:])) is not None:
            return np.lower() not in NOT_A_THING
        w = WORD.match(after, j)
        if not w or _is_function_word(w.group(0)) or not w.group(0)[0].isalpha():
            return False
        k = SKIP_SPACE.match(after, w.end()).end()
        if k == w.end():
            return False
        j = k
    return False


# "raised a new alert Thursday over", "concern over": "over" after a noun of concern is its preposition
OVER_WORD = re.compile(r"(?:" + cues("concern_over") + r")\s")
CONCERN_WORDS = tuple(cue_alternatives("concern_noun"))
CONCERN_OVER = re.compile(r"\b(?:" + cues("concern_noun") + r")(?:\s+[a-z]+){0,2}\s+$")
ABBREVIATED_ADJECTIVE = re.compile(r"(?:" + cues("abbreviated_adjective") + r")\s+")
# measures whose noun may follow a people's name ("Rohingya refugees", "Kurdish displaced")
NOUN_AFTER_PEOPLE = frozenset({"refugees", "displaced", "evacuated"})
WORD_CHAR = re.compile(r"\w")
HELD_PEOPLE = re.compile(r"\b(?:" + cues("held_people_noun") + r")$")  # "23 hostages| and 32 militants had died" (`_candidates`)
# "correcting an earlier government figure of 16": the earlier figure of the count the sentence gives before it (ext-r262)
CORRECTING_EARLIER = re.compile(r"\b(?:" + cues("correcting_earlier") + r")\s*$") if cue_alternatives("correcting_earlier") else None
CORRECTING_EARLIER_WORDS = tuple(cue_alternatives("correcting_earlier_literal"))  # one of which is in every match: a cheap check
ADJECTIVE_AND = re.compile(r"(?:" + cues("and_word") + r")\s+(?P<w>[^\W\d][\w'’-]*)\s+")  # "foreign and| Algerian hostages" (`_head`)
PARTICIPLE_ENDINGS = ("ing", "ed")  # "visiting", "wounded": a participle opens a run of modifiers (`_head`)
FUNCTION_WORDS = set(cue_alternatives("function_words"))
ADVERB_WORD = re.compile(r"(?:" + cues("participle_adverb") + r")")  # "grièvement", "seriously"
SEVERITY_ADJECTIVE = re.compile(r"(?:" + cues("severity_adjective") + r")")  # "graves", "légers"
SEVERITY_ADJECTIVE_IN = re.compile(r"\b(?:" + cues("severity_adjective") + r")\b")
ELIDED_END = re.compile(r"\s*(?:[,.;:)]|$|(?:" + cues("and_word") + r")\b)")


def _is_function_word(word: str) -> bool:
    return word in FUNCTION_WORDS or word.endswith("'")


def _participle_head(low: str, pos: int, c: "Candidate", lex: FigureLexicon) -> bool:
    """"quatre portés disparus": the word after the number opens the cue of the figure's own flow
    measure (no noun of its own), not a noun the gazetteer of groups lacks ("une quinzaine de suspects")."""
    if c.measure not in FLOW_MEASURES:
        return False
    found = _measure_after(low[pos:pos + 30], lex)
    return found is not None and found[0] == c.measure and found[1] <= 1


def _cue_right_after(segment: str, lex: FigureLexicon) -> bool:
    """Does a measure cue start right after a noun ("the 40 people killed")?"""
    cue, at = _measure_after(segment, lex)
    return bool(cue) and at is not None and (at <= 1 or SET_RELATIVE.match(segment[:at]) is not None)


def _measure_after(segment: str, lex: FigureLexicon) -> Optional[str]:
    """`_measure_after_uncached`, read once per segment in an article (`_READ`)."""
    return _read_once(_measure_after_uncached, segment, lex)


def _measure_after_uncached(segment: str, lex: FigureLexicon) -> Optional[str]:
    """The measure a cue after a number gives ("ont été tuées", "were injured") and where it starts.

    Each measure's first cue in the segment; only the cues whose literals the segment holds are
    searched (`_leftmost_parts`: one scan instead of one per cue)."""
    hits = _leftmost_parts(lex.after_parts, lex.after_part_owner, segment)
    flows, stocks = [], []
    measures = lex.measures
    # the measures found, in the measures' order (a loop over all of them asked each one's hit: spd-r225)
    for k in (sorted(hits) if len(hits) > 1 else hits):
        m, hit = measures[k], hits[k]
        if m.name in STOCK_MEASURES:
            stocks.append((-m.priority, hit.start(), m.name, hit.end()))
        elif not m.event:
            flows.append((hit.start(), -len(hit.group(0)), m.name))
    if flows:
        best = min(flows)
        affected = next((st for st in sorted(stocks, key=lambda st: st[1]) if st[2] == "affected"), None)
        if affected is not None and affected[1] <= 30 and affected[3] < best[0] \
                and AFFECTED_BY.match(segment, affected[1]) and COMMA_OR_SEMICOLON.search(segment, affected[3], best[0]):
            # "plus de 50.000 personnes ont été affectées par les violences ..., et les deux principaux camps
            # de déplacés ... ont été incendiés": the verb right after the count, not a noun of a later clause
            # (acc-r202, dev763)
            return "affected", affected[1]
        if best[2] == "detained":
            # "enlevés puis « exécutés »", "abducted and later killed": the last state is the figure's
            then = next((f for f in sorted(flows) if f[2] == "killed" and f[0] > best[0]), None)
            if then is not None and then[0] - best[0] <= 40 and THEN.search(segment, best[0], then[0]):
                return "killed", then[0]
        if best[2] == "missing" and MISSING_ASIDE.match(segment[:best[0]]):
            # "Deux personnes, initialement portées disparues, sont mortes", "Deux randonneurs, portés
            # disparus depuis samedi, ont été retrouvés morts": the state in the aside was before; the
            # verb after it is the figure's
            then = next((f for f in sorted(flows) if f[2] == "killed" and f[0] > best[0]), None)
            if then is not None and then[0] - best[0] <= 60 and "," in segment[best[0]:then[0]]:
                return "killed", then[0]
        if best[2] == "missing" and (pm := MISSING_PARTICIPLE.search(segment, max(0, best[0] - 16), best[0] + 24)) is not None \
                and pm.start() <= best[0] < pm.end() and not MISSING_PARTICIPLE_AUX.search(segment, max(0, pm.start() - 24), pm.start()):
            # "Une personne portée disparue a été retrouvée morte": the participle says what was, the verb
            # after it what is (ext-r176)
            then = next((f for f in sorted(flows) if f[2] == "killed" and f[0] >= pm.end()), None)
            if then is not None and then[0] - pm.end() <= 40 and "," not in segment[pm.end():then[0]]:
                return "killed", then[0]
        refugees = [st for st in stocks if st[2] == "refugees"]
        if best[2] == "displaced" and refugees and refugees[0][1] <= best[0] + 8 \
                and not (best[0] < refugees[0][1] and refugees[0][3] <= best[0] - best[1]):
            # "have fled Ukraine": fled the country, the narrower cue; not the word "réfugiées" inside a
            # cue of the displaced ("se sont réfugiées auprès de la base de l'ONU", acc-r202)
            return "refugees", refugees[0][1]
        return best[2], best[0]
    if stocks:
        best = min(stocks)
        return best[2], best[1]
    return None, 0



def _names_displaced(segment: str, lex: FigureLexicon) -> bool:
    """A cue of the displaced in `segment` (beside the refugees `_measure_after` prefers)."""
    return any(m.name == "displaced" and lex.after_gates.raw[k].search(segment) for k, m in enumerate(lex.measures))

THEN = re.compile(r"\b(?:" + cues("then") + r")\b")
COMMA_OR_SEMICOLON = re.compile(r"[,;]")
AFFECTED_BY = re.compile(r"[^,;.]{0,20}?\baffect\w*\s+(?:par|by)\b")  # "ont été affectées par", "were affected by"
# "50 people missing and presumed dead": the death after the missing is presumed, not a later state
# (the missing cue's word or two, then "and" or a comma, then the presumption: not "All 29 miners trapped
# underground in a coal mine ... are believed to be dead", a later finding of the clause)
PRESUMED_STATE = re.compile(r"(?:[\w'’-]+\s*){1,2}(?:,\s*|\s(?:and|et)\s+)(?:" + cues("presumed_state") + r")\s+(?:(?:to be|to have been|[êe]tre)\s+)?$")
# "Une personne portée disparue a été retrouvée morte": a participle of the missing with no auxiliary before it (ext-r176)
MISSING_PARTICIPLE = re.compile(r"\b(?:" + cues("missing_participle") + r")\b")
MISSING_PARTICIPLE_AUX = re.compile(r"\b(?:" + cues("missing_participle_aux") + r")\s*$")
MISSING_ASIDE = re.compile(r"[^,.;:()]{0,40}?,[^,.;:()]*$")  # the segment so far: the noun, then an aside opened by a comma


IN_TOTAL_END = gated(r"\s(?:" + cues("in_total") + r")\s*$")
# how far before the end of the text's last non-space character a match can start: its literals are
# looked for there only (what follows the cue is white space, so the cue ends at or after that end)
IN_TOTAL_FROM_END = _max_width(r"\s(?:" + cues("in_total") + r")")
# (between commas, or between dashes: "The strike killed – according to a tally by the AP – at least 25")
INCISE_END = re.compile(r"(?:,|\s[–—-])\s*(?:" + cues("incise_end") + r")\s*(?:,|[–—-])?\s*$")
# the same where the text holds no dash: it opens on "," alone, and `re` skips straight to the commas
# instead of trying the incises after every space (same matches: the dash branch needs a dash)
INCISE_END_COMMA = re.compile(r",\s*(?:" + cues("incise_end") + r")\s*,?\s*$")


def _incise_end_sub(seg: str) -> str:
    """`INCISE_END.sub(" ", seg)`."""
    if "-" in seg or "–" in seg or "—" in seg:
        return INCISE_END.sub(" ", seg)
    return INCISE_END_COMMA.sub(" ", seg)
# the same incise, closed by its comma, inside the segment
INCISE_MID = gated(r",\s*(?:" + cues("incise_source") + r")\s*,\s+")


BLANKED = re.compile(r" {3,}")
EMPTIED_ASIDE = re.compile(r"\s*,\s*,\s*")


def _measure_before(segment: str, lex: FigureLexicon) -> Optional[str]:
    """`_measure_before_uncached`, read once per segment in an article (`_READ`)."""
    return _read_once(_measure_before_uncached, segment, lex)


def _measure_before_uncached(segment: str, lex: FigureLexicon) -> Optional[str]:
    """The measure a cue right before a number gives ("a tué", "the death toll rose to"): of the
    cues that end the segment, the one starting last. Only the measures whose literals the segment
    holds are tried (`GateIndex`)."""
    # 'a tué « des dizaines de terroristes »', 'dit avoir « neutralisé » une cinquantaine de terroristes'
    seg = segment.rstrip().rstrip("«\"“»”").rstrip()
    if "   " in seg:
        # a time expression blanked out ("put the number of people killed since the start of the war
        # at"): the words around it are read as adjacent
        seg = BLANKED.sub(" ", seg)
        if "," in seg:
            # "Les pluies ont tué, en une semaine, plus de 150 personnes": an aside that held only the
            # time leaves its two commas, which close nothing
            seg = EMPTIED_ASIDE.sub(" ", seg)
    seg = (_incise_end_sub(seg) if "," in seg or "–" in seg or "—" in seg or " - " in seg else seg) + " "  # "a perdu, elle, « environ 12'000 hommes »"
    if seg.count(",") >= 2 and INCISE_MID.possible(seg):
        # "Le nombre de morts, selon le gouverneur, est passé à": the incise between the noun and its verb
        seg = INCISE_MID.rx.sub(" ", seg)
    if CHANGE_BY.possible(seg) and (cm := CHANGE_BY.rx.search(seg)):
        seg = seg[:cm.start("gap")] + seg[cm.end("gap"):].lstrip()  # "the number of dead rose by 3 to": "rose to"
    # (searched from where a match can start: every match starts there or after, so the leftmost is the same)
    if tm := (IN_TOTAL_END.rx.search(seg, max(0, len(seg.rstrip()) - IN_TOTAL_FROM_END)) if IN_TOTAL_FROM_END is not None
              else IN_TOTAL_END.possible(seg) and IN_TOTAL_END.rx.search(seg)):
        seg = seg[:tm.start()] + " "  # "les inondations ont touché au total 4,1 millions de personnes"
    return _before_cue(seg, lex)


def _before_cue(seg: str, lex: FigureLexicon) -> Optional[str]:
    """The measure whose before-cue ending `seg` starts last (the first measure of equal starts): each
    measure's `before.start(seg)`, asked only of the parts whose literals `seg` holds."""
    candidates = lex.before_parts.candidates(seg)
    if not candidates:
        return None
    best = None
    measures = lex.measures
    # only the measures whose literals the segment holds, in the measures' order (the first of equal
    # starts wins), each trying the parts whose literals the one scan found (`TailRx.start_of`)
    part_of = lex.before_part_of
    parts: dict[int, list[int]] = {}
    for j in sorted(candidates):
        k, i = part_of[j]
        parts.setdefault(k, []).append(i)
    for k, own in parts.items():
        m = measures[k]
        if (hit := m.before.start_of(seg, own)) is not None:
            if best is None or hit > best[0]:
                best = (hit, m.name)
    return best[1] if best else None


def _group_within(part: Optional[str], whole: Optional[str]) -> bool:
    """Can a figure of group `part` be counted in one of group `whole`? Unknown groups can."""
    if not part or not whole or whole == "people" or part == whole:
        return True
    return whole in _group_ancestors(part)


@lru_cache(maxsize=1)
def _group_parents() -> dict:
    import json

    with open(Path(__file__).resolve().parents[1] / "rules" / "taxonomy.json", encoding="utf-8") as fh:
        return json.load(fh)["groups"]


@lru_cache(maxsize=64)
def _group_ancestors(group: str) -> tuple[str, ...]:
    """The rules' group nesting (checker/rules/taxonomy.json, one vocabulary), read without importing
    the rules package: extraction asks it for most parts, and that import costs more than an article."""
    parents = _group_parents()
    chain: list[str] = []
    node: Optional[str] = group
    while node and node not in chain:
        chain.append(node)
        node = parents.get(node)
    return tuple(chain)


# "onze dans le marché effondré", "11 in the collapsed market": a bare count and the site it names
IN_SITE = re.compile(r"\s+(?:" + cues("in_place") + r"|" + cues("in_site_extra") + r")\s+(?:" + cues("in_place_det") + r"|" + cues("in_site_det") + r")"
                     r"(?!(?:" + cues("in_site_not") + r")\b)")  # ("20 on Friday", "11 dans la nuit": a time, not a site)
ITEM_AND_GAP = re.compile(r"[^,;.:()«»\"“”\d]{0,60}?\b(?:" + cues("and_word") + r")\s+")


# "Rue de Charonne, à la terrasse du bar La Belle Équipe, 19 personnes ont été tuées", "the attackers in
# the Bataclan concert hall": a street or a venue of the place, in the original case (a street's name is
# capitalised)
SITE_PART = re.compile(r"(?:" + cues("site_part") + r")")
# "On y dénombre 5 morts", "89 personnes y ont été tuées" after a sentence that names a venue
SITE_PRONOUN = re.compile(r"(?:" + cues("site_pronoun") + r")")
# one of them is in every sentence SITE_PART or SITE_PRONOUN reads (the gate: most articles name no street)
SITE_WORDS = tuple(cue_alternatives("site_literal"))
SITE_VENUE = re.compile(r"\b(?:" + cues("site_venue") + r")\b")


def _site_parts(cands: list[Candidate], records: list[Record], sent: Sentence) -> None:
    """"Les attentats ont fait au moins 120 morts ... Rue de Charonne, à la terrasse du bar La Belle
    Équipe, 19 personnes ont été tuées, 14 blessés étaient en urgence absolue": after the toll of
    attacks on several sites, a count at a street or a venue is that site's, a part of the largest toll
    of its measure given before it nearby (not a rival version of it), over its window. Only where
    that toll holds it, or where its sentence counts several incidents ("Au moins 120 personnes ont
    été tuées dans plusieurs attaques", `incidents_plural`): a count above every earlier one is
    otherwise a toll of its own, but a site of attacks the toll sums is one of its parts even when
    mistyped above it (CC103's business), and no whole of the next sites' counts."""
    for c in cands:
        if c.rejected or c.measure not in ("killed", "injured") or c.part_of is not None or c.toll_part \
                or c.number.kind == "vague" or c.number.year_like:
            continue
        at = sent.start + c.number.start
        top = c.number.high if c.number.high is not None else c.number.value
        near = [r for r in records if r.measure == c.measure and r.part_of is None and not r.superseded
                and r.end <= sent.start and at - r.end <= 2500 and r.qualifier != "vague"
                and (r.group == c.group or r.group in (None, "people", "civilians") and c.group in (None, "people", "civilians"))]
        wholes = [r for r in near if r.value > top]
        if not wholes and INCIDENTS_PLURAL is not None:
            wholes = [r for r in near if INCIDENTS_PLURAL.search(r.sentence)]
        if wholes:
            c.site_whole = max(wholes, key=lambda r: (r.value, r.start))


def _earlier_whole_of_measure(active: list, c, whole, low: str):
    """The count of `c`'s measure set before `whole` in the same clause run ("467 morts ... et 421
    blessés, dont 376 morts"): larger than `c`, no part itself, no full stop or semicolon between."""
    k = active.index(c)
    for j in range(k - 1, -1, -1):
        w = active[j]
        if w.sentence is not c.sentence or re.search(r"[.;:]", low[w.number.end:c.number.start]):
            return None
        if w is whole or w.part_of is not None:
            continue
        if w.measure == c.measure and w.number.value > c.number.value and w.number.kind != "vague":
            return w
        if w.measure == c.measure:
            return None
    return None


def _site_list_item(k: int, items: list[Candidate], low: str) -> bool:
    """Item `k` of "onze dans le marché effondré et huit dans des maisons voisines": a bare count
    with the site it names, joined by "and" to the next bare count with its site, or to the one
    before."""
    def bare_site(c: Candidate) -> bool:
        return c.head is not None and c.head[0] is None and IN_SITE.match(low, c.number.end) is not None
    if k + 1 < len(items) and bare_site(items[k + 1]) \
            and ITEM_AND_GAP.fullmatch(low, items[k].number.end, items[k + 1].number.start) is not None:
        return True
    return k > 0 and bare_site(items[k - 1]) \
        and ITEM_AND_GAP.fullmatch(low, items[k - 1].number.end, items[k].number.start) is not None


def _place_list_goes_on(active: list[Candidate], c: Candidate, low: str) -> bool:
    """A bare count with its place, followed by the next item of a list of counts per place
    ("89 personnes ont été tuées, 134 dans la région des Eastern Highlands, deux à Masvingo et une
    ..."): the list's syntax makes it a part of the toll before even when it exceeds it (a slip that
    CC103 must see), where a lone count after the toll ("30 people, 45 in ...") stays its own."""
    k = active.index(c)
    if k + 1 >= len(active) or IN_PLACE.match(c.sentence.text[c.number.end:c.number.end + 80]) is None:
        return False
    n = active[k + 1]
    gap = low[c.head_end:n.number.start]
    return n.head is not None and n.head[0] is None and n.measure in (None, "?", c.measure) \
        and IN_PLACE.match(n.sentence.text[n.number.end:n.number.end + 80]) is not None \
        and LIST_ITEM_GAP.fullmatch(gap) is not None and (gap.rstrip().endswith(",") or not LIST_GAP_AND.isdisjoint(gap.split()))


# the gap between a whole and its second "N of them" past a first, vague share of it: ", most of them
# bearing signs of violent death and " (acc-r94)
SHARE_ASIDE_AND = re.compile(r",\s+(?:" + cues("share_aside_open") + r")\s+(?:" + cues("of_them") + r")\b[^.;:()\d]*?\s(?:"
                             + cues("and_word") + r")\s+")


# "64 deaths and 180 casualties": the gap between the dead and the casualties set beside them
DEAD_AND_CASUALTIES = re.compile(r"\s+(?:" + cues("and_word") + r")\s+")
# the gap between a whole and a part that opens its list: ", dont ", " (including ", " – among them "
PART_OPEN_GAP = re.compile(r"\s*[,(–—-]?\s*[a-zà-ÿ' ]{2,16}?\s*")
# what follows a part with its noun left out when it is told by its circumstance, not its place:
# "dont six lors de l'attaque", "including 12 during the night" (acc-r94)
ELIDED_PART_CIRCUMSTANCE = re.compile(r"\s+(?:" + cues("elided_part_circumstance") + r")\b")
# after an item of a list (and its place), the cue that breaks that item down: "11 personnes, dont six
# policiers", "19 tués à Kananga, parmi lesquels 11 policiers" (acc-r137)
NESTED_PART_OPEN = re.compile(r"[^,;.:()«»\"“”\d]{0,40}?,\s*(?:" + cues("nested_part_open") + r")\s+(?:(?:" + cues("nested_part_qualifier") + r")\s+)?")
# a list set off by a dash right after a breakdown's cue: "Parmi les corps recensés – 366 hommes, ..."
CUE_LIST_DASH = re.compile(r"\s*[–—]\s*|\s+-\s+")
DASH_CLOSE = re.compile(r"[–—]|\s-\s")
# "Several of the dead": a vague number right before the partitive of a toll's noun (acc-r94)
VAGUE_SHARE_OF = re.compile(r"\s+(?:of the|of those|d'entre (?:eux|elles)|des)\s")
# "dozens of the wounded are in hospital": after the copula, where or how the share is, no group of its own (acc-r151)
VAGUE_SHARE_STATE = re.compile(r"(?:" + cues("vague_share_state") + r")\b") if cue_alternatives("vague_share_state") else None


def _link_parts(cands: list[Candidate], low: str, lex: FigureLexicon) -> None:
    """"103, dont 17 enfants", "40 people, including 12 children and 8 women": parts and wholes."""
    if lex.part_after is not None and len(cands) > 1 and (" of them " in low or " d'entre " in low):
        for k in range(1, len(cands)):
            c, w = cands[k], cands[k - 1]
            if c.rejected and c.measure is None and not w.rejected and w.measure in FLOW_MEASURES \
                    and c.number.kind in ("digits", "words") and not c.number.year_like \
                    and lex.part_after.match(low, c.number.end) is not None \
                    and SHARE_ASIDE_AND.fullmatch(low, w.head_end, c.number.start) is not None:
                # "436 bodies, most of them bearing signs of violent death and 30 of them signs of
                # torture": the second share of the aside counts what its whole counts (acc-r94)
                c.rejected, c.measure, c.group = False, w.measure, w.group
    if len(cands) > 1 and any(c.measure == "casualties" for c in cands):
        for k in range(1, len(cands)):
            c, w = cands[k], cands[k - 1]
            if c.measure == "casualties" and w.measure == "killed" and not c.rejected and not w.rejected \
                    and DEAD_AND_CASUALTIES.fullmatch(low, w.head_end, c.number.start) is not None:
                # "64 deaths and 180 casualties": set beside the dead, the casualties are the wounded (a
                # whole is not joined to its part by "and"; acc-r94)
                c.measure = "injured"
    if lex.part_cues is not None and len(cands) > 1:
        for k in range(1, len(cands)):
            c, w = cands[k], cands[k - 1]
            if c.rejected and c.measure is None and not w.rejected and w.measure in FLOW_MEASURES \
                    and c.number.kind in ("digits", "words") and not c.number.year_like and not c.number.decimal \
                    and c.number.value < w.number.value and ELIDED_PART_CIRCUMSTANCE.match(low, c.number.end) \
                    and (pc := PART_OPEN_GAP.fullmatch(low, w.head_end, c.number.start)) is not None \
                    and lex.part_cues.search(pc.group(0)) is not None:
                # "49 morts (dont six lors de l'attaque des jihadistes et 43 dans les représailles)":
                # a part right after "dont" whose noun is left out, told by its circumstance, counts
                # what its whole counts (acc-r94)
                c.rejected, c.measure, c.group, c.head = False, w.measure, w.group, (None,) + tuple(c.head[1:])
    active = [c for c in cands if not c.rejected]
    whole: Optional[Candidate] = None
    last: Optional[Candidate] = None
    colon_list = False  # the whole's parts are a list opened by ":"
    cue = None
    # "25 morts : 22 soldats (14 militaires et huit gendarmes) et trois civils": a bracket opened
    # right after a part breaks that part down; once it closes, the list of the outer whole goes on
    outer: Optional[tuple] = None
    # "40 morts : 11 personnes, dont six policiers et cinq civils, ..., puis 19 tués à Kananga, parmi
    # lesquels 11 policiers et huit civils": "dont" after an item breaks that item down; the next count
    # with a noun of its measure is the outer list's again (acc-r137)
    nested: Optional[tuple] = None
    for c in active:
        gap_start = last.head_end if last is not None else 0
        if nested is not None and c.measure not in (None, "?"):
            whole, colon_list, cue = nested
            nested = None
        if outer is not None and last is not None and (close := low.find(")", last.head_end, c.number.start)) >= 0:
            whole, colon_list, cue, last = outer
            outer = None
            gap_start = close + 1
        elif whole is not None and last is not None and last is not whole and last.part_of is whole \
                and BRACKET_OPEN.fullmatch(low, last.head_end, c.number.start):
            outer = (whole, colon_list, cue, last)
            whole = last
        elif whole is not None and last is not None and last is not whole and last.part_of is whole and outer is None \
                and nested is None and c.measure in (None, "?") and whole.measure not in (None, "?") \
                and NESTED_PART_OPEN.fullmatch(low, last.head_end, c.number.start):
            nested = (whole, colon_list, cue)
            whole = last
        apposed = False
        if whole is not None and last is not None:
            gap = low[gap_start:c.number.start]
            if last is whole:
                cue = lex.part_cues.search(gap[-30:]) if lex.part_cues else None
                if cue is not None and cue.group(0) == "(" and (shut := gap.rfind(")")) > max(0, len(gap) - 30) + cue.start():
                    # "219.000 sans-abri sont répertoriés par l'agence (Fema) : 137.000 ...": a bracket
                    # closed before the number opens no part; the cue after it does (ext-r163)
                    cue = lex.part_cues.search(gap, shut + 1)
                is_part = bool(cue) and len(gap) < 120 and not PART_GAP.search(gap)
                if is_part and DASH_CLOSE.fullmatch(cue.group(0)) and _dashes_before(DASH_CLOSE, low, c.sentence.text, c.number.start) % 2 == 0:
                    # "– 366 hommes, ..., cinq corps méconnaissables –, Boutcha compte aussi 12 enfants": the
                    # dash closes a pair; what follows it is no part of the item before it (acc-r94)
                    is_part = False
                if is_part and cue.group(0).strip() == ":" and whole.measure in FLOW_MEASURES \
                        and c.measure not in (None, "?", whole.measure) and ITEM_RELATIVE.match(low, c.number.end):
                    # "14 personnes sont mortes: quatre qui étaient hospitalisées dans la capitale, six ...":
                    # the first item's relative clause says where the dead were; they count what the whole counts
                    c.measure = whole.measure
                if is_part and REST.search(gap):
                    # "Sept ..., les autres ont été blessés (un par balle et 15 ...)": the others' breakdown,
                    # a part of the toll the two split, not of the bare count
                    is_part = False
                    if c.measure in (None, "?") and whole.measure not in (None, "?"):
                        c.measure, c.toll_part, c.rejected = whole.measure, True, False
                if is_part and cue.group(0) == "(" and NAME_BRACKET.search(c.sentence.text, 0, c.number.start):
                    is_part = False  # "suivi de l'État d'Al-Jazira (157)": the bracket glosses the name
                if is_part and cue.group(0) == "(" and ")" in gap[-30:][cue.end():]:
                    is_part = False  # "12 children (mostly girls) and three aid workers": the bracket is closed
                if is_part and cue.group(0) == "(" and low[:c.number.start].rstrip().endswith("(") \
                        and BRACKET_YEAR_AFTER.match(low, c.number.end):
                    # "the figure was 193 (45 in 2020)": the same count an earlier year, a comparison (ext-r254)
                    is_part = False
                    c.measure, c.rejected = None, True
                if is_part and cue.group(0) == "(" and (RIVAL_BRACKET.search(gap[-30:], cue.end())
                                                         or RIVAL_BRACKET_AFTER.match(low, c.number.end)):
                    # ("29 morts (31, selon les hôpitaux)": the bracket's source after its count, acc-r99)
                    # "put the death toll at 249 (official tally 167)": another originator's count of the
                    # same people, no part of it
                    is_part = False
                    if c.measure in (None, "?"):
                        c.measure = whole.measure
                if is_part and cue.group(0) == "(" and c.measure not in (None, "?") and whole.number.high is not None \
                        and c.number.value > whole.number.high and not whole.number.decimal and not c.number.decimal:
                    # "13 ont été enregistrés dans la capitale, alors que la plupart des victimes (540)": a
                    # bracket count above the figure before it, with a noun of its own before the bracket,
                    # glosses that noun; no part (series-r179)
                    is_part = False
                if is_part and cue.group(0) == "(" and ")" in gap:
                    # "Maradi (centre-sud, 111 morts), Tahoua (ouest, 99 morts)": a bracket opened after
                    # the whole's own closed is another item's
                    is_part = False
                if not is_part and whole.measure not in (None, "?") and c.measure in (None, "?", whole.measure) \
                        and c.head is not None and c.head[0] is None \
                        and (c.number.value < whole.number.value or _place_list_goes_on(active, c, low)) \
                        and APPOSED_ITEM_GAP.fullmatch(gap) is not None and not WHOLE_LOCATIVE.search(gap) \
                        and (IN_PLACE.match(c.sentence.text[c.number.end:c.number.end + 80]) is not None
                             or IN_SITE.match(low, c.number.end) is not None and _site_list_item(active.index(c), active, low)):
                    # "The storm killed 30 people, 12 in Luzon and 18 in the Visayas": counts per place set
                    # after a whole that has no locative of its own break it down, as after a colon (not
                    # "30 people in Gaza, 12 in the West Bank": two places, two counts)
                    is_part, apposed = True, True
                if not is_part and WITH_PART is not None and whole.measure not in (None, "?") and c.measure == whole.measure \
                        and c.number.value < whole.number.value and WITH_PART.fullmatch(gap) is not None \
                        and WITH_PART_PLACE.match(c.sentence.text, c.number.end) is not None:
                    # "has risen to at least 49 across the Caribbean, with 19 deaths confirmed in Jamaica
                    # ... and 30 in Haiti": counts per place after ", with" break the toll down
                    is_part, apposed = True, True
                if not is_part and WITH_PART is not None and whole.measure == "injured" and c.measure in (None, "?", "injured") \
                        and c.number.value < whole.number.value and WITH_PART.fullmatch(gap) is not None \
                        and SEVERITY.possible(low) and SEVERITY.rx.search(low, c.number.end, SEVERITY_CLAUSE.match(low, c.number.end).end()):
                    # "21 people remained in hospital, with one in a critical condition and four ...": the
                    # wounded told by their severity after ", with" break the toll down (acc-r66)
                    is_part = True
                    if c.measure in (None, "?"):
                        c.measure = whole.measure
            else:
                is_part = bool(LIST_GAP.fullmatch(gap)) and len(gap) < 12 or (
                    # "16 morts (14 Yaka et deux Teke)": the next count named by a name in the bracket
                    c.named_item and last.named_item and NAMED_ITEM_AND.fullmatch(gap) is not None) or (
                    # "dont 190 dans la région du Latium et 57 dans celle des Marches"
                    c.head is not None and c.head[0] is None and (IN_PLACE.match(c.sentence.text[c.number.end:c.number.end + 80]) is not None
                                                                  or IN_SITE.match(low, c.number.end) is not None and _site_list_item(active.index(c), active, low)
                                                                  # "dont six lors de l'attaque ... et 43 dans les représailles" (acc-r94)
                                                                  or last.part_of is whole and ELIDED_PART_CIRCUMSTANCE.match(low, c.number.end) is not None)
                    and LIST_ITEM_GAP.fullmatch(gap) is not None
                    # ("dont 155 dans la région de Valence, deux en Castille-La Manche et une en Andalousie":
                    # a comma before the next item of the list too)
                    and (not LIST_GAP_AND.isdisjoint(gap.split()) or gap.rstrip().endswith(","))) or (
                    c.measure in (None, "?") and bool(c.head) and (c.head[0] or "").startswith("group:")
                    and (REL_CLAUSE_GAP.fullmatch(gap) is not None or ADJ_LIST_GAP.fullmatch(gap) is not None)) or (
                    # "including 15 men whose bodies were found inside a house and seven others along a road"
                    c.measure in (None, "?") and OTHERS.match(low, c.number.end) is not None
                    and REL_CLAUSE_AND_GAP.fullmatch(gap) is not None)
                if not is_part and cue is not None and cue.group(0) == "(" and last.part_of is whole \
                        and c.number.value < whole.number.value and c.measure in (None, "?", whole.measure) \
                        and (bc := BRACKET_CLOSED_PART.fullmatch(gap)) is not None \
                        and ")" not in low[whole.head_end:last.number.start] and lex.part_cues is not None \
                        and (pc := lex.part_cues.fullmatch(bc.group(1))) is not None and pc.group(0).strip() not in ("(", ":", "-", "–", "—"):
                    # "13 blessés (trois garçons et dix filles), dont sept graves": once the whole's bracketed
                    # breakdown closes, a part cue opens another breakdown of the same whole (acc-r202, dev764)
                    is_part = True
                    if c.measure in (None, "?"):
                        c.measure = whole.measure
                if not is_part and cue is not None and cue.group(0) == "(" and ")" not in low[whole.head_end:c.number.start] \
                        and c.head is not None and c.head[0] is None and LIST_ITEM_GAP.fullmatch(gap) is not None \
                        and IN_PLACE.match(c.sentence.text[c.number.end:c.number.end + 80]) is not None:
                    # "8 morts (5 dans le Var, 3 dans les Alpes-Maritimes)": the items of a bracket
                    # opened after the whole, each with its place
                    is_part = True
                if not is_part and colon_list and c.measure in (None, "?", whole.measure) \
                        and (not c.head or c.head[0] is None or (c.head[0] or "").startswith("group:")
                             or c.head[0] == "measure:" + str(whole.measure)) \
                        and COLON_ITEM_GAP.fullmatch(gap) is not None:
                    # "18 morts : quatorze dans l'attaque du camion, trois personnes qui ont surpris les
                    # assaillants, puis une autre personne dans le village": the items of a list after ":"
                    # ("14 personnes sont mortes: quatre à l'hôpital, six tuées dans un glissement de
                    # terrain et quatre dans un bâtiment effondré": an item with the whole's own participle)
                    is_part = True
            if not is_part and last is not whole and last.part_of is whole and c.measure in (None, "?") \
                    and c.head and (c.head[0] or "").startswith("group:") and lex.part_cues is not None \
                    and (ag := AGED_GAP.match(gap)) is not None and (pc := lex.part_cues.match(gap, ag.end())) is not None \
                    and gap[pc.end():].isspace():
                # "19 morts - onze femmes et huit hommes âgés de 18 à 38 ans, dont sept étrangers -": after
                # the list's ages, a part counts what the list counts, a part of its whole
                is_part = True
            if not is_part and last is not whole and last.part_of is whole and whole.measure == "injured" \
                    and c.measure in (None, "?", "injured") and c.number.value < whole.number.value \
                    and SEVERITY_AND_GAP.fullmatch(gap) is not None \
                    and (SEVERITY.rx.search(gap) is not None or SEVERITY_ADJECTIVE_IN.search(gap) is not None):
                # "133 blessés, dont 37 dans un état grave et 96 blessés légers": the wounded told by their
                # severity after a part told by its own are the next item of the same breakdown
                is_part = True
            if not is_part and last is not whole and OTHERS.match(low, c.number.end) and c.measure == last.measure \
                    and IN_PLACE.match(c.sentence.text[c.number.end:c.number.end + 80]) is not None \
                    and len(gap) < 80 and re.search(r"\bet\b", gap) and not PART_GAP.search(gap):
                is_part = True  # "122 morts : « 114 personnes sont décédées à Karachi et huit autres dans ... »"
            if not is_part and lex.part_after and (lex.part_after.match(low, c.number.end) is not None
                                                   or c.head and (c.head[0] or "").startswith("group:")
                                                   and lex.part_after.match(low, c.head_end) is not None) \
                    and (len(gap) < 12 or (len(gap) < 60 or (len(gap) < 120 or len(gap) < 200 and (tail := GAP_SPEECH_TAIL.search(gap))
                                                             and tail.start() < 120) and c.measure == whole.measure
                                           and not re.search(r"[.;:()]", gap)) and gap.rstrip().endswith(",")
                         or last is whole and len(gap) < 100 and SHARE_ASIDE_AND.fullmatch(gap) is not None) \
                    and not PART_GAP.search(gap):
                # "20 people, nine of them children", "31 people were killed, nine of them ..."; "436 bodies,
                # most of them bearing signs of violent death and 30 of them signs of torture" (acc-r94); past
                # a longer clause of the whole's, with no stop: "60 bodies had so far reached the city's
                # forensic medicine department, 30 of them unidentified" (ext-r163), the speech clause before it
                # left out of the reach (acc-r244)
                is_part = True
            if not is_part and c.number.kind == "article" and lex.part_after and lex.part_after.match(low, c.number.end) is not None \
                    and ONE_OF_BEFORE.search(low, 0, c.number.start) is not None and len(gap) < 150 and not re.search(r"[.;:()]", gap):
                is_part = True  # "Cinq personnes ont été blessées ..., et l'une d'elles a été prise en charge": one of them
            if not is_part and lex.part_after and lex.part_after.match(low, c.number.end) is not None \
                    and c.measure == whole.measure and ACCOUNTING_FOR.search(low, max(0, c.number.start - 60), c.number.start) \
                    and not re.search(r"[.;:]", low[whole.number.end:c.number.start]):
                is_part = True  # "34,297 evacuees ..., with Ishikawa accounting for 33,446 of them"
            if not is_part and lex.part_after and (pa := lex.part_after.match(low, c.number.end)) is not None \
                    and c.measure == whole.measure == "killed" and PART_IDENTIFIED.match(low, pa.end()) \
                    and len(gap) < 150 and not re.search(r"[.;:()]", gap):
                is_part = True  # "94 bodies ..., and only around thirty of them could be identified" (ext-r187)
            if is_part and last is whole and c.measure not in (None, "?") and whole.measure not in (None, "?") \
                    and c.measure != whole.measure and c.head and (c.head[0] or "").startswith("group:") \
                    and (found := _measure_after(low[c.head_end:c.head_end + 80], lex)) is not None \
                    and found[0] == c.measure and "," in low[c.head_end:c.head_end + found[1]]:
                # "« 12 morts dont deux enfants », et le nombre des blessés ...": the part's measure word
                # stands past a comma, in the next clause; the part counts what its whole counts
                c.measure = whole.measure
            if is_part and whole.measure == "strikes" and c.measure in ("strikes", "?") \
                    and (wn := low[whole.number.end:whole.head_end].split()) and (cn := low[c.number.end:c.head_end].split()) \
                    and wn[-1] != cn[-1]:
                # "two drones launched overnight, including 11 missiles over Kyiv": events of another
                # kind, no part of the count before
                is_part = False
            if is_part and last is whole and whole.measure == "killed" and c.measure == "missing" \
                    and SWEPT_PART.match(low, c.number.end):
                # "ont causé la mort de sept personnes, dont trois enfants emportés par les eaux": the dead
                # the water carried off are dead (spec: a death word of the clause wins), a part of the toll
                c.measure = "killed"
            if is_part and c.measure not in (None, "?", "strikes") \
                    and whole.measure not in (None, "?", "casualties") and c.measure != whole.measure \
                    and (last is not whole or c.measure in FLOW_MEASURES and whole.measure in FLOW_MEASURES) \
                    and not (whole.measure == "killed" and c.measure == "injured"
                             and any(p.head and p.head[0] == "measure:killed" for p in whole.parts)
                             and VICTIMS_WHOLE.match(low, whole.number.end) is not None) \
                    and not (last is whole and whole.measure in ("killed", "injured", "missing")
                             and c.measure not in ("killed", "injured", "missing", "casualties")
                             and not (c.head and (c.head[0] or "").startswith("measure:"))):
                # "11 morts, dont deux enfants, et une cinquantaine de blessés", "15 people, including
                # children, with 20 wounded", "215 soldiers were among the dead, and 414 were injured": a new figure
                is_part = False
                if last is whole and cue is not None and cue.group(0).strip() not in ("(", ":", "-", "–", "—") \
                        and c.measure in FLOW_MEASURES and c.head and c.head[0] == "measure:" + c.measure \
                        and (alt := _earlier_whole_of_measure(active, c, whole, low)) is not None:
                    # "467 morts confirmés et 421 personnes grièvement blessées, dont 376 morts à Padang et 75
                    # dans le district de Pasaman": "dont" with a noun of the first count's measure breaks
                    # that count down, past the wounded set beside it (acc-r150)
                    c.part_of = alt
                    alt.parts.append(c)
                    whole = last = c.part_of
                    last = c
                    continue
            if is_part and last is not whole and not _group_within(c.group, whole.group) \
                    and not (cue is not None and cue.group(0) == "(" and ")" not in low[whole.head_end:c.number.start]) \
                    and not (c.group == "people" and c.head and c.head[0] == "group:people" and OTHERS.match(low, c.number.end)):
                # ("seven others" name no group of their own: they stay in the list)
                # "14 civils, dont trois enfants, et neuf militaires": soldiers are no civilians, but
                # they are counted in the same list, with the same measure
                is_part = False
                if c.measure in (None, "?"):
                    c.measure = whole.measure
                c.toll_part = c.toll_part or whole.toll_part
            if is_part:
                if last is whole:
                    # ("19 people died - 11 in the collapsed market and eight in nearby homes": a dash opens
                    # such a list too)
                    colon_list = apposed or cue is not None and cue.group(0).strip() in (":", "-", "–", "—")
                c.part_of = whole
                whole.parts.append(c)
                last = c
                continue
        if whole is not None and last is not None and last is not whole and c.measure in (None, "?") \
                and BRACKET_AND.fullmatch(low, last.head_end, c.number.start) is not None:
            # "12 children (five girls and seven boys) and three aid workers": after the bracketed
            # breakdown, the list of the whole goes on, with its measure
            c.measure = whole.measure
        elif whole is not None and last is whole and c.measure in (None, "?") and cue is not None \
                and cue.group(0) == "(" and BRACKET_AND.search(low, last.head_end, c.number.start) is not None:
            c.measure = whole.measure  # "12 children (mostly girls) and three aid workers"
        whole = c if c.number.kind != "vague" or c.measure else None
        last = c
        colon_list = False
    for c in active:
        if c.parts:
            if c.measure == "strikes" and any(p.measure not in (None, "?", "strikes") and p.head is not None and p.head[0] is None
                                              for p in c.parts):
                # "194 roquettes et drones ont été lancés, dont 147 ont été abattus": a part of an event
                # count with its noun elided counts the same things (shot down, not people killed)
                for p in c.parts:
                    if p.measure not in (None, "?", "strikes") and p.head is not None and p.head[0] is None:
                        p.rejected, p.part_of = True, None
                c.parts = [p for p in c.parts if not p.rejected]
                if not c.parts:
                    continue
            if c.measure in ("killed", None) and any(p.head and (p.head[0] == "measure:killed" or ((p.head[0] or "").startswith("group:")
                                                                                                    or p.head[0] in (None, "unknown"))
                                                         and PART_OWN_DEATH.match(low, p.head_end)) for p in c.parts) \
                    and VICTIMS_WHOLE.match(low, c.number.end) is not None:
                c.measure = "casualties"  # "2.500 victimes civiles, dont 800 tués": the dead are a part
            if c.measure is None and (OWN_PREDICATE.match(low, c.head_end, c.parts[0].number.start)
                                      or SPARED.search(low, c.number.end, c.parts[0].number.start)):
                # ("rescuers had pulled six people alive from the wreckage, but one of them ... died": the whole
                # was spared, the one who died later its part of no figure; ext-r262)
                # "Au moins 18 femmes ont été violées, dont 17 ont ensuite été exécutées": the whole's own
                # verb gives no measure; the part's is its own (like "transportait 200 migrants, dont 23
                # ont été retrouvés morts"): no whole, and the part is of no figure, of its group
                c.rejected = True
                for p in c.parts:
                    p.part_of = None
                    if p.group in (None, "?", "people") and c.group not in (None, "?"):
                        p.group = c.group
                c.parts = []
                continue
            if c.measure is None and all(PART_OWN_VERB.match(low, p.number.end) for p in c.parts):
                for p in c.parts:
                    p.part_of = None  # part of no figure ("Le 4x4 transportait 12 personnes, dont 9 sont mortes")
                c.parts = []
            if c.measure is None and c.parts:
                # (not "a surpris trois personnes, dont une est grièvement blessée", "12 personnes, dont 9 sont
                # mortes": the part's own verb is said of the part only; the whole is people caught or aboard)
                c.measure = next((p.measure for p in c.parts if p.measure), None)
                if c.measure is None:
                    after = low[c.parts[-1].head_end:]
                    c.measure = _measure_after(after[:120], lex)[0]
            for p in c.parts:
                if p.measure is None or p.measure == "strikes":
                    p.measure = c.measure
                if c.group not in (None, "?", "people") and SEX_WORDS \
                        and low[p.number.end:p.head_end].strip() in SEX_WORDS:
                    p.group = c.group  # "36 children (16 male, 20 female)": a breakdown by sex of the whole's group
                elif c.group not in (None, "?", "people") and p.group in (None, "?", "people") \
                        and p.head and (p.head[0] or "").startswith("measure:"):
                    p.group = c.group  # "25.170 victimes civiles, dont 9.177 tués et 15.993 blessés": the whole's group (acc-r78)
                elif c.group not in (None, "?", "people") and p.group in (None, "?", "people") \
                        and p.head is not None and p.head[0] is None:
                    # "« Sept terroristes sont morts ... », dont six se sont fait exploser": a bare part counts
                    # the whole's group (series-r88)
                    p.group = c.group
                elif p.measure != c.measure and c.measure in ("killed", "injured", "missing") \
                        and p.measure not in ("killed", "injured", "missing", "casualties") \
                        and not (p.head and (p.head[0] or "").startswith("measure:")):
                    p.measure = c.measure  # the cue after the part ("tentes de déplacés") is not its verb
                if p.rejected and p.measure:
                    p.rejected = False


# "dont une est grièvement blessée", "dont 9 sont mortes": a part followed by its own verb (acc-r67)
PART_OWN_VERB = re.compile(r"\s+(?:[a-zà-ÿ'’-]+\s+)?(?:" + cues("part_own_verb") + r")\s")
# "36 children (16 male, 20 female)": nouns of sex alone, which break down the group of their whole
SEX_WORDS = frozenset(cue_alternatives("sex_words"))
# "18 femmes ont été violées, dont": the whole's own finite verb, then its part clause
OWN_PREDICATE = re.compile(r"\s+(?:" + cues("own_predicate") + r")\s+[a-zà-ÿ]+[^,;.:()]{0,30},\s*(?:" + cues("part_time_clause") + r")\s")
# a war's running total with no start ("the war has killed", "Depuis le coup d'Etat, au moins 423 civils
# ont été tués") inherits no town: the country's (not the displaced now, counted where they shelter)
WAR_TOTAL_MEASURES = frozenset({"killed", "injured", "casualties", "missing", "detained"})


# a number right after a cue that follows the figure ("rose to 257 and could reach 500"): the cue is its
# "expected to rise", "could climb": a projection cue that names only a rise (`_basis_cue`)
PROJECTION_RISE = re.compile(r"(?:" + cues("projection_rise") + r")$")
NUMBER_AFTER_CUE = re.compile(r"\s*(?:[^\W\d]+(?:['’][^\W\d]+)?\s+){0,3}?\d")  # ("estiment qu'environ 100.000": an elided word is one word)
# "could die of starvation by 2027": a year after "by", "in", "en", "until" is the date of the projection,
# no number of its own (acc-r66)
YEAR_AFTER_CUE = re.compile(r"\s*(?:[^\W\d]+(?:['’][^\W\d]+)?\s+){0,2}?(?:by|in|en|until) (?:19|20)\d\d\b")


# the passive verb of identification of a clause a count heads ("ont été identifiées", "have been identified")
IDENTIFIED_VERB = re.compile(r"\b(?:" + cues("identified_verb") + r")") if cue_alternatives("identified_verb") else None


# a number right before a basis cue ("4,000 bodies had been found"): the cue is that number's head
BASIS_CUE_OF_NUMBER = re.compile(r"\d\s+\S$")
BASIS_CUE_AND = re.compile(r"\b(?:" + cues("and_word") + r")\b")
PART_NUMBER_BEFORE_CUE = re.compile(r"\b(?:" + cues("part_open") + r")\s+(?:[\w'’]+\s+){0,2}?\d")


def _basis_cue(rx, near: str, own_end: int, projection: bool = False, ext: str = "", own_head: int = -1,
               own_start: int = -1) -> bool:
    """Does `near` hold a cue of this basis for the figure whose number ends at `own_end`? A cue after
    the figure that another number follows is that number's ("The toll rose to 257 and could reach
    500": only 500 is a projection); `ext` goes on past `near` (same start), to see that number. A
    projection after the figure past a clause break is about the toll to come, not this count ("We
    can confirm 31 deaths, and the numbers are likely to rise"). A cue that opens inside the figure's
    own head noun is the figure's ("4,000 bodies had been found and up to 15,000 people may have died":
    the bodies were found, gold-r173), whatever number follows it, and not the next figure's."""
    pos = 0
    ext = ext or near
    while (m := rx.search(near, pos)) is not None:
        if m.end() <= own_start and (BASIS_CUE_OF_NUMBER.search(near, 0, m.start() + 1) is not None
                                     or DIGIT.search(m.group(0)) is not None) \
                or m.start() < own_start < own_head < m.end() and BASIS_CUE_AND.search(near, own_head, m.end()):
            # ("4,000 bodies had been found and up to 15,000", "dénombré 27 corps, et entre 50 et 60
            # personnes", "flew 34 injured people and five bodies off the island": the cue is the other
            # number's)
            pos = m.end()
            continue
        if projection and m.start() >= own_end and PROJECTION_RISE.search(m.group(0)) is not None \
                and not NUMBER_AFTER_CUE.match(ext, m.end()):
            # "the death toll stood at 50 and was expected to rise": the toll to come, with no figure
            # of its own; the count before it is a count so far (a floor), no projection (series-r126)
            pos = m.end()
            continue
        if m.start() < own_end or m.start() < own_head and not projection or (not NUMBER_AFTER_CUE.match(ext or near, m.end())
                                   or YEAR_AFTER_CUE.match(ext or near, m.end()) is not None) \
                and not (projection and re.search(r"[,;]", near[own_end:m.start()])) \
                and not (m.start() - own_end > 3 and PART_NUMBER_BEFORE_CUE.search(near, own_end, m.start())):
            # (not a cue past a part's own count: "338 morts, dont 200 avaient été identifiés" gives the
            # 338 no basis, acc-r99)
            return True
        pos = m.end()
    return False


def _record(article: Article, c: Candidate, low: str, lex: FigureLexicon, spans: list[TimeSpan],
            para_window: dict[int, Optional[TimeSpan]], quotes, places_all, default_place, gaz, lead: str = "",
            bound=None) -> Record:
    n, sent = c.number, c.sentence
    start, end = sent.start + n.start, sent.start + n.end
    root = c.part_of or c
    measure = c.measure or "killed"
    event = measure in lex.event_measures
    group = None if event else (c.group or "people")
    # "216.000 sinistrés, dont 77.000 sont sans abri": a part that says its own state counts the
    # displaced now, whatever its whole's window
    own_state = root is not c and measure == "displaced" and DISPLACED_NOW.match(low, c.head_end) is not None
    # "plus de 17.000 morts, dont plus de 6.000 depuis le début de l'année 2023": a part whose own
    # clause is dated keeps that time
    own_time = root is not c and bool(spans) and any(
        s.start >= n.end and DIGIT.search(low, n.end, s.start) is None and low.find(",", n.end, s.start) < 0
        and _in_with_clause(low, s) for s in spans)
    ps, pe, cumulative = _window(article, c if own_state or own_time else root, low, lex, spans, para_window, measure)
    # "at least 135 children have been killed, including 22 in the Kharkiv region": a part its own
    # phrase places stands there; any other part takes its whole's place
    own_place = c is not root and (c.name_item or bound and any(owner is c for owner in bound.values()))
    place = _place_once(article, c if own_place else root, places_all, default_place, gaz, lex, low, bound)
    if not own_place and root is not c and place and IN_PLACE.match(sent.text[c.head_end:c.head_end + 80]):
        # "247 morts, dont 190 dans le Latium": a part named with its own place is there
        own = _place(article, c, places_all, default_place, gaz, lex, low, bound)
        if own:
            place = own
    if place and article.published is not None \
            and ((ps is None and cumulative and pe is not None and measure in WAR_TOTAL_MEASURES
                  # (not a massacre's dead "à ce jour": its count to date keeps its place, acc-r99)
                  and not (measure != "displaced" and AS_OF_NOW is not None and AS_OF_NOW.search(low, 0, n.start))
                  # (nor a count closed at an hour of the day, "As of 8:30 a.m., the agency had said 22 people
                  # were killed": a fresh event's toll as it stood that morning, at the event's place; place-r197)
                  and not _closed_at_clock(low, c))
                 or ps is not None and ((article.published - ps).days >= 365 if cumulative else pe is not None and (pe - ps).days >= 364)) \
            and len(gaz.ancestors(place)) > 1 and not any(sent.start <= p[0] < sent.end for p in places_all):
        # "Depuis le coup d'Etat de février 2021, au moins 2.370 personnes ont été tuées", after a
        # paragraph on Hpakant: a running total over years inherits no town; it is the country's, and
        # so is a toll of a whole year ("Ces violences ont fait plus de 500 morts civils en 2018")
        place = gaz.ancestors(place)[-1]
    attribution = None if c.unnamed_rival else _attribution_once(sent.text, article, root, quotes, lex)
    quoted = inside(quotes, start, end)
    near_at = (n.start - 40 if n.start > 40 else 0)
    near = low[near_at:(len(low) if len(low) <= c.head_end + 40 else c.head_end + 40)]
    ext = low[near_at:(len(low) if len(low) <= c.head_end + 80 else c.head_end + 80)]
    basis = next((name for k, (name, rx) in enumerate(lex.basis.items())
                  if rx and _HELD & HOLDS_BASIS_FIRST << k and _basis_cue(lex.basis_parts.get(name) or rx, near, n.end - near_at, name == "estimated", ext,
                                                                            c.head_end - near_at, n.start - near_at)),
                 None) if _HELD & HOLDS_BASIS else None
    if basis != "estimated" and UNCONFIRMED_BEFORE is not None and "confirm" in low \
            and UNCONFIRMED_BEFORE.search(low, (n.start - 80 if n.start > 80 else 0), n.start) is not None:
        # "n'a pas été en mesure de « confirmer un bilan de 16 décès »": a toll its speaker cannot confirm is
        # no count of his, at most an estimate (series-r257)
        basis = "estimated"
    if basis is None and "identifi" in low and IDENTIFIED_VERB is not None \
            and (vm := IDENTIFIED_VERB.search(low, c.head_end, min(len(low), c.head_end + 160))) is not None \
            and not re.search(r"[;:.!?\d]", low[c.head_end:vm.start()]) and low.count(",", c.head_end, vm.start()) in (0, 2):
        # "103 des personnes tuées dans les attentats de vendredi soir à Paris ont été identifiées":
        # the verb of the clause the count heads, past its circumstances (and an aside between two
        # commas: "Seules trois victimes, toutes sud-coréennes, ont pu être identifiées"; acc-r259)
        basis = "identified"
    # "Un premier bilan, diffusé dans la matinée par la préfecture, faisait état de": read further
    # back only when a toll is named there
    # ("faisait état d'« au moins cinquante civils tués »": the quotation mark before the number too)
    back = low[(n.start - 130 if n.start > 130 else 0):n.start].rstrip(" \u00a0«\"“")
    superseded = bool(lex.superseded_before.search(back if any_in(back, SUPERSEDED_FAR_WORDS) else back[-60:])
                      or (lex.superseded_after and lex.superseded_after.match(low[c.head_end:]))
                      or SUPERSEDED_FROM.search(low, 0, n.start)
                      or _HELD & HOLDS_PREVIOUS_TOLL and any_in(low, PREVIOUS_TOLL_WORDS) and PREVIOUS_TOLL.search(low, max(0, n.start - 160), n.start) is not None
                      or TOLL_WAS is not None and any_in(back, TOLL_WAS_WORDS) and TOLL_WAS.search(back) is not None
                      and TOLL_NOW.search(fold(article.text[end:end + 160])) is not None
                      or quoted and "avai" in article.text and _quote_said_first(article.text, quotes, start, end)
                      or ("premier temps" in back or "d'abord" in back or "initialement" in back)
                      and FIRST_STAGE_TOLL.search(back) is not None
                      or "avai" in low and EARLIER_REPORT_OPENING.match(low) is not None and PLUPERFECT_SAID.search(low) is not None
                      or EARLIER_TOLL_THEN is not None and "bilan" in low and EARLIER_REPORT_OPENING.match(low) is not None
                      and EARLIER_TOLL_THEN.search(low, max(0, n.start - 90), n.start) is not None
                      or ":" in low and _told_rise_step(low, n))
    kind = _toll_kind(c, low, lex, measure, lead, article.text[:HEADLINE_MAX]) if article.published is not None else None
    toll = kind == "disaster"
    if kind == "event" and (said := _other_event_ago(low, c)) is not None:
        # "alors qu'un attentat ... a fait 26 morts ... il y a huit jours": that event's count, of its own day
        ps = pe = article.published - timedelta(days=_days_ago(said, article.lang or "fr"))
        cumulative = False
    dated = bool(spans) or para_window.get(root.sentence.paragraph) is not None
    event_day = _day_of(ps, pe) if dated and kind else None
    if event_day and _event_own_time(lex, low):
        event_day = None  # "on Tuesday ... the weekend earthquake, ... that killed more than 5,000": not the quake's day
    if event_day and spans and kind in ("disaster", "attack") and all(_update_day(lex, low, s) or _count_day(lex, low, s)
                                                                      or _day_after_event(lex, low, s, n.start)
                                                                      or _day_taken_to(low, s, n.start) for s in spans):
        # "a fait 43 morts, selon un nouveau bilan fourni dimanche": the day the toll was given, not
        # the disaster's; its event is the one the article (or the batch) dates
        event_day = None
    if kind == "attack":
        # "The death toll from the attack on the concert hall rose on Wednesday to 143": the count of one
        # attack so far, which no day of its own sentence or paragraph dates, is read as a disaster's
        # toll (the batch's reports tie it to its event); dated, it stays that day's attack (`event_day`)
        toll = event_day is None
    if not spans and article.published and pe == article.published and "reported" in low \
            and (m := TOLL_REPORTED_DAY.search(low, 0, n.start)):
        # "The last death toll reported on Monday was 59, while at least 157 had been wounded": the
        # toll of the day it was reported, its figures that day's (the reporting verb hides the day
        # from the window reader)
        day = [s for s in time_reader(article.lang or "fr").find(m.group("t"), article.published) if s.kind == "point"]
        if day and day[0].period_start and day[0].period_end and day[0].period_end <= pe:
            ps, pe, cumulative = day[0].period_start, day[0].period_end, False
    if not spans and article.published and pe == article.published and any_in(low, BY_THEN_WORDS) \
            and (m := SAID_DAY.search(low, 0, root.number.start if root.sentence is sent else n.start)) is not None \
            and BY_THEN.search(low, n.end) is not None:
        # "Governor Oleh Syniehubov said on Friday that 436 bodies ... had been exhumed by then": the count
        # as it stood on the day it was said, a running count to that day (as "as of" reads one)
        day = [s for s in time_reader(article.lang or "fr").find(m.group("t"), article.published) if s.kind == "point"]
        if day and day[0].period_end and day[0].period_end <= pe:
            ps, pe, cumulative = None, day[0].period_end, True
    if superseded and ps is None and cumulative and article.published \
            and (m := REPORTED_DAY.match(low, max(n.end, c.head_end))):
        # "up from 978 deaths and 18,413 cases reported on Monday": an earlier running total runs to
        # that day, like "as of" (the reporting verb hides the day from the window reader)
        day = [s for s in time_reader(article.lang or "fr").find(m.group("t"), article.published) if s.kind == "point"]
        if day and day[0].period_end and (pe is None or day[0].period_end <= pe):
            pe = day[0].period_end
    line = article.text.count("\n", 0, start)
    col = start - (article.text.rfind("\n", 0, start) + 1)
    return Record(
        doc_id=article.doc_id, start=start, end=end, text=article.text[start:end], sentence=sent.text,
        value=n.value, low=n.low, high=n.high, qualifier=n.qualifier, measure=measure, group=group,
        place=place, period_start=ps.isoformat() if ps else None, period_end=pe.isoformat() if pe else None,
        cumulative=cumulative, attribution=attribution, quoted=quoted,
        part_of=c.part_of.number.value if c.part_of else None, basis=basis,
        source=article.source, published=article.published.isoformat() if article.published else None,
        lang=article.lang, agency=article.agency, url=article.url, path=article.path,
        line=article.line_offset + line + 1, column=col + 1,
        hedged=bool(lex.hedges and _HELD & HOLDS_HEDGES and lex.hedges.search(low)),
        speaker=attribution if quoted else None,
        superseded=superseded,
        toll=toll,
        event_day=event_day,
        event=_counted_event(lex, low, n.start, article),
    )


def _counted_event(lex: FigureLexicon, low: str, upto: int, article: Article) -> Optional[str]:
    """The kind of event a figure counts (`event_kinds` of the language data): the kind of the event
    noun its sentence names last before the number ("deux fois plus que l'épidémie d'Ebola ... qui a
    tué quelque 2.200 personnes": Ebola, not the measles named earlier), else of the first one the
    article's first line (its headline) names ("Ebola : 5.459 morts ...", "le bilan de l'effondrement
    d'un édifice religieux porté à 80 morts"); None when neither names one. In an article that names
    no epidemic (`event_kinds_gate`), the headline's kind for every figure: the rules tell only
    epidemics apart, and a scan of every figure's sentence cost 1.4 M instructions per article."""
    rx = lex.event_kind
    if rx is None:
        return None
    epidemic, head_kind = _article_event_kinds(lex, article)
    if not epidemic:
        return head_kind
    last = None
    for last in rx.finditer(low, 0, upto):
        pass
    return lex.event_kinds[last.lastindex - 1] if last is not None else head_kind


_ARTICLE_KINDS: list = [None]  # the last article asked: (article, its text, lex, epidemic, kind)


@lru_cache(maxsize=None)
def _epidemic_bit_exact(lang: str) -> bool:
    """Whether `HOLDS_EPIDEMIC` answers `any(w in text.lower() for w in event_kinds_gate)` exactly: every
    word letters only, lower-case and its own fold (the folded text differs from the lower-cased one
    only at apostrophes, hyphens and no-break spaces, and at "İ", which `_article_event_kinds` leaves to
    the scan)."""
    words = lexicon(lang).event_kinds_gate
    return bool(words) and all(w.isalpha() and w == w.lower() and fold(w) == w for w in words)


def _article_event_kinds(lex: FigureLexicon, article: Article) -> tuple[bool, Optional[str]]:
    """(whether the article may name an epidemic, the kind its headline names), once per article."""
    found = _ARTICLE_KINDS[0]
    # (one entry, the article being read: every record of an article asks in turn; a dict keyed on
    # ids cost a tuple, two id calls and a look-up per record)
    if found is None or found[0] is not article or found[1] is not article.text or found[2] is not lex:
        # from the article pass where `extract_figures` reads this article (its words are lower-case
        # letters, their own folds, and fold keeps offsets: a word is in the folded text where it is in
        # the lower-cased one); the scan of a lower-cased copy otherwise
        if _HELD != -1 and _epidemic_bit_exact(lex.lang) and LONGER_LOWER not in article.text:
            epidemic = bool(_HELD & HOLDS_EPIDEMIC)
        else:
            text = article.text.lower()
            epidemic = any(w in text for w in lex.event_kinds_gate)
        head = article.text[:HEADLINE_MAX]
        m = lex.event_kind.search(fold(head[:head.find("\n")])) if "\n" in head else None
        found = _ARTICLE_KINDS[0] = (article, article.text, lex, epidemic, lex.event_kinds[m.lastindex - 1] if m is not None else None)
    return found[3], found[4]


def _toll_kind(c: Candidate, low: str, lex: FigureLexicon, measure: str, lead: str, head: str = "") -> Optional[str]:
    """Whether a killed or injured figure counts one event so far, and which: `disaster` when the
    event is one that does not recur in a place within days (an earthquake, a flood, a cyclone:
    `event_nouns`), named as the subject or cause ("le séisme a fait", "the floods killed", "N morts
    après le passage du cyclone") or named in the sentence or the article's first line around a
    toll word ("Morocco earthquake: Death toll rises to 2,960"); `attack` for a toll word about an
    attack ("the death toll from the attack on the concert hall has risen to 137": `attack_toll_nouns`),
    one event's count so far unless its own words date it; `event` for a toll word about anything
    else ("the toll from Monday's strike rose to 30"); None for other figures. Parts of a toll are
    not the toll."""
    if measure not in TOLL_MEASURES or c.part_of is not None or c.toll_part:
        return None
    if BEREAVED_KIN.match(low, c.number.end) is not None \
            and BEREAVED.search(low, (c.number.start - 40 if c.number.start > 40 else 0), c.number.start) is not None:
        # "a local businessman lost three children in the fire": one family's loss, no toll (ext-r163)
        return None
    if BEREAVED_OWNER is not None and (bm := BEREAVED.search(low, (c.number.start - 40 if c.number.start > 40 else 0), c.number.start)) is not None \
            and BEREAVED_OWNER.search(low, (bm.start() - 80 if bm.start() > 80 else 0), bm.start()) is not None:
        # "Himalayan Guides, a company that lost six Sherpas in the avalanche", « une agence qui a perdu six
        # sherpas »: one company's, team's or village's dead, a part of the toll, not the toll (series-r257)
        return None
    if any_in(low, TOLL_OVER_EVENTS_WORDS) and TOLL_OVER_EVENTS.search(low) is not None:
        # "making the statewide death toll from wildfires 74", "le bilan total de l'ensemble des incendies":
        # a toll summed over several events is no one event's toll, nor a rival of one
        return None
    if _HELD & HOLDS_OTHER_EVENT and any_in(low, OTHER_EVENT_WORDS) and OTHER_EVENT.search(low, (c.number.start - 100 if c.number.start > 100 else 0), c.number.start) is not None:
        # "Death toll tops 900, as new fire kills eight": a new event's own count, not the toll of the
        # article's event (dated, it is that day's event, as a strike's)
        return "event"
    if _other_event_ago(low, c) is not None:
        # "alors qu'un attentat ... a fait 26 morts et une centaine de blessés il y a huit jours": another
        # event the clause sets beside the article's, days before it (series-r249, perm-lame-horse-2009)
        return "event"
    if OTHERS_WORD.search(low, c.number.end, c.head_end) is not None \
            and OTHER_EVENT_AFTER.match(c.sentence.text, c.head_end) is not None:
        # "Three other deaths occurred in the Woolsey Fire", "Trois autres personnes sont mortes dans un
        # deuxième incendie": others that another event killed, not the toll of the article's event
        return "event"
    if (lex.event_before and lex.event_before.search(low, 0, c.number.start)) \
            or (lex.event_after and lex.event_after.match(low, c.head_end)) \
            or (lex.event_fronted and lex.event_fronted.search(low, 0, c.number.start)):
        return "disaster"
    if lex.toll_words and lex.toll_words.search(low):
        named = lex.event_noun and (lex.event_noun.search(low) or lex.event_noun.search(lead)) \
            or _named_event(c, head[:head.find("\n")] if "\n" in head else head)
        if not named and _attack_named_toll(low, lex):
            return "attack"
        return "disaster" if named else "event"
    if _attack_toll(c, low, lex):
        return "event"  # "the attack killed 12", "N dead in a suicide bombing": that day's attack
    if measure == "killed" and lex.event_noun and (m := lex.event_noun.search(low, 0, c.number.start)) \
            and ":" in low[m.end():c.number.start] and not lex.event_noun.search(low, c.number.end):
        # "Drame à Mayotte après le passage du cyclone Chido : 11 personnes seraient décédées": a
        # headline that names the disaster, then its dead
        return "disaster"
    return None


# "lost three children", "a perdu trois enfants": a family's loss, the bereaved's verb and a noun of kin
BEREAVED = re.compile(r"\b(?:" + cues("bereaved_verb") + r")\s+(?:(?:at least|some|about|all|au moins|quelque)\s+)?$")
UNCONFIRMED_BEFORE = re.compile(r"(?:" + cues("unconfirmed_before") + r")[^.;:!?\d]{0,30}$") if cue_alternatives("unconfirmed_before") else None
BEREAVED_OWNER = re.compile(r"\b(?:" + cues("bereaved_owner") + r")$") if cue_alternatives("bereaved_owner") else None
BEREAVED_KIN = re.compile(r"\s+(?:(?:young|small|little|jeunes|petits|petites|[a-z]+-year-old)\s+)?(?:" + cues("bereaved_kin") + r")\b")
# "as new fire kills eight", "un nouvel incendie a fait trois morts": the clause of another event than the
# article's, right before the number
OTHER_EVENT = re.compile(r"(?:" + cues("other_event_before") + r")\s+(?:(?:au moins|plus de|at least|more than)\s+)?$")
OTHER_EVENT_WORDS = tuple(cue_alternatives("other_event_literal"))  # one of them is in every match (the gate)
# "Three other deaths occurred in the Woolsey Fire": the clause after an "others" count's noun (as written)
OTHER_EVENT_AFTER = re.compile(r"(?:" + cues("other_event_after") + r")")
OTHERS_WORD = re.compile(r"\b(?:" + cues("other_event_others") + r")\b")
# "alors qu'un attentat ... a fait 26 morts ... il y a huit jours": a contrasted event's count (the clause
# before the number), dated days before the article's event (after it)
OTHER_EVENT_AGO_BEFORE = re.compile(r"(?:" + cues("other_event_ago_before") + r")$") if cue_alternatives("other_event_ago_before") else None
OTHER_EVENT_AGO = re.compile(r"(?:" + cues("other_event_ago") + r")")
OTHER_EVENT_AGO_WEEK = re.compile(r"\b(?:" + cues("other_event_ago_week") + r")\b")
OTHER_EVENT_AGO_MONTH = re.compile(r"\b(?:" + cues("other_event_ago_month") + r")\b")
OTHER_EVENT_AGO_YEAR = re.compile(r"\b(?:" + cues("other_event_ago_year") + r")\b")
OTHER_EVENT_AGO_WORDS = tuple(cue_alternatives("other_event_ago_literal"))  # one of them is in every match (the gate)
# "the statewide death toll from wildfires", "le bilan de l'ensemble des incendies": a toll summed over
# several events of a kind (its noun a bare plural, or counted as several)
TOLL_OVER_EVENTS = re.compile(r"(?:" + cues("toll_over_events") + r")", re.IGNORECASE)
TOLL_OVER_EVENTS_WORDS = tuple(cue_alternatives("toll_over_events_literal"))  # one of them is in every match (the gate)
# "the death toll from Northern California's historic Camp Fire": a fire named as a proper noun, as written
NAMED_EVENT = re.compile(r"(?:" + cues("named_event") + r")")
NAMED_EVENT_WORDS = tuple(cue_alternatives("named_event_literal"))  # one of them is in every match (the gate)


def _named_event(c: Candidate, head: str) -> bool:
    """Does the figure's sentence, or the article's first line, name its event as a proper noun ("the
    Camp Fire")? Tried only for a toll word's figure whose sentence and lead name no disaster noun."""
    return bool(NAMED_EVENT_WORDS) and any(
        any_in(t, NAMED_EVENT_WORDS) and NAMED_EVENT.search(t) is not None for t in (c.sentence.text, head))


ATTACK_WORDS = tuple(cue_alternatives("attack_stems"))  # one of them is in every attack noun
ATTACK_TOLD_WORDS = ATTACK_WORDS + tuple(cue_alternatives("attack_told_stems"))  # ... or attack verb


def _attack_toll(c: Candidate, low: str, lex: FigureLexicon) -> bool:
    """Does the figure's sentence name an attack as the subject or the cause of its deaths ("the
    bombing killed", "killed in an attack", "In the shooting, N were wounded")? Each pattern is tried
    only where an attack's word stands on its side of the number."""
    if lex.attack_noun is None or not any_in(low, ATTACK_WORDS):
        return False
    start, end = c.number.start, c.head_end
    if any(0 <= low.find(w, 0, start) for w in ATTACK_WORDS) \
            and (lex.attack_before.search(low, 0, start) or (lex.attack_fronted and lex.attack_fronted.search(low, 0, start))):
        return True
    return any(0 <= low.find(w, end, end + 200) for w in ATTACK_WORDS) and lex.attack_after.match(low, end) is not None


def _attack_named_toll(low: str, lex: FigureLexicon) -> bool:
    """Does the figure's sentence give the toll of an attack by a toll word ("The death toll from the
    attack on the concert hall has risen to 137", "le bilan de l'attentat s'alourdit à 143 morts")?
    The toll counts that attack's dead so far (`_toll_kind` "attack")."""
    return lex.attack_toll_noun is not None and lex.toll_words is not None and any_in(low, ATTACK_WORDS) \
        and lex.toll_words.search(low) is not None and lex.attack_toll_noun.search(low) is not None


def _day_of(ps: Optional[date], pe: Optional[date]) -> Optional[str]:
    """The event's day when a window is one (or two, "la nuit de vendredi à samedi"), else None."""
    if ps is None or pe is None or (pe - ps).days > 1:
        return None
    return ps.isoformat()


def _years_apart(period_start: Optional[str], day: str) -> bool:
    """Does a window start a year or more after an event's day (a retrospective article's own day)?"""
    return bool(period_start) and (date.fromisoformat(period_start) - date.fromisoformat(day)).days > 366


def _article_event_day(records: list[Record], tolls: list[int], sents, folded: str, times, pub, text: str,
                       lex: FigureLexicon, lang: str = "en") -> Optional[str]:
    """The day the article gives its event: a toll dated by its own sentence, else the first time in
    a sentence that names the event ("the earthquake that struck ... on September 8")."""
    for i in tolls:
        if records[i].event_day:
            return records[i].event_day
    if lex.event_noun is None:
        return None
    # the events the tolls name ("the death toll from the 7.9-magnitude earthquake"): a day whose
    # nearest event noun is another ("after a mudslide and avalanche on Tuesday") is that event's
    toll_events = {_event_kind(m.group(0)) for i in tolls for m in lex.event_noun.finditer(fold(records[i].sentence.lower()))}
    for sent in sents:
        low = folded[sent.start:sent.end]
        if not (events := list(lex.event_noun.finditer(low))):
            continue
        if _event_own_time(lex, low):
            continue  # "on Tuesday near the epicenter of the weekend earthquake": Tuesday is not the quake's
        if ANNIVERSARY_WORDS and any_in(low, ANNIVERSARY_WORDS) and ANNIVERSARY_DAY.search(low):
            continue  # "The one-month anniversary of the quake, on 12 February": the anniversary's day
        lead = LEAD_RELATIVE.match(low) if any_in(low, RELATIVE_EVENT_WORDS) else None
        for span in times.find(sent.text, pub, low):
            if span.kind == "since" or _in_dateline(text, sent.start + span.start) or _update_day(lex, low, span) \
                    or _count_day(lex, low, span) or _day_after_event(lex, low, span, len(low)):
                continue
            if toll_events and len({_event_kind(m.group(0)) for m in events}) > 1:
                nearest = min(events, key=lambda m: min(abs(m.start() - span.end), abs(span.start - m.end())))
                if _event_kind(nearest.group(0)) not in toll_events:
                    continue
            day = _day_of(span.period_start, span.period_end)
            if day and lead is not None and span.start >= lead.end():
                # "Cinq jours après le gigantesque incendie ..., la police a fait état d'un bilan
                # alourdi, lundi 19 juin": the day named is the sentence's own, N days after the event
                k = _anchored_count(lead.group("k"), lang)
                if k is None:
                    continue
                back = (k if lead.group("d") in AFTER_WORDS else -k) * (7 if lead.group("u") in WEEK_WORDS else 1)
                day = (span.period_start - timedelta(days=back)).isoformat()
            elif day and (am := ANCHORED_RELATIVE.match(low, span.end)) is not None:
                # "On June 29, five days after the collapse, ...": the event is five days before that day
                k = _anchored_count(am.group("k"), lang)
                if k is None:
                    continue
                back = (k if am.group("d") in AFTER_WORDS else -k) * (7 if am.group("u") in WEEK_WORDS else 1)
                day = (span.period_start - timedelta(days=back)).isoformat()
            if day and span.period_start <= pub:
                return day
    return None


QUOTE_CLOSERS = ('"', "\u201d", "\u00bb")  # what closes a quotation in either language's copy
STATEMENT_DAY_REACH = 7  # how many days after its event a statement's day may still date its toll


def _statement_day(sent, low: str, rec: Record, times, pub, lex: FigureLexicon) -> Optional[date]:
    """The day of a statement that closes the quotation holding a record, when it is the sentence's only
    time: '"Some 23 people killed ...," the State Emergency Service said on its Telegram channel on
    Friday morning', "« 23 morts », a indiqué vendredi le service". None otherwise."""
    pos = rec.end - sent.start
    if pos <= 0 or lex.att_verbs is None:
        return None
    spans = [s for s in times.find(sent.text, pub, low) if s.kind != "since"]
    if len(spans) != 1 or spans[0].start < pos or spans[0].period_end is None \
            or spans[0].period_start != spans[0].period_end:
        return None
    span = spans[0]
    close = max(sent.text.rfind(q, pos, span.start) for q in QUOTE_CLOSERS)
    if close < 0 or not (sent.text[:close].rstrip().endswith(",") or sent.text[close + 1:close + 4].lstrip().startswith(",")):
        return None
    # the reporting verb stands between the closing mark and the day, in the same clause
    if re.search(r"[.;:!?]", low[close + 1:span.start]) or lex.att_verbs.search(low, close + 1, span.start) is None:
        return None
    return span.period_end


def _statement_day_tolls(records: list[Record], sents, folded: str, times, pub, text: str, lex: FigureLexicon) -> None:
    """A quoted toll dated only by the day of the statement that closes its quotation counts the
    deaths of the event the article dates, not of that day: '"Some 23 people killed ...," the State
    Emergency Service said ... on Friday morning' after "missile attacks by the Russian military on
    Thursday". The day after the reporting verb is the statement's; the toll takes the day of the
    article's one attack (or disaster) when that day is before the statement's, by at most
    STATEMENT_DAY_REACH days, and becomes that event's toll (`event_day`). Its parts in the
    quotation ("including three children") follow it."""
    event: Optional[str] = None
    moved: dict[float, str] = {}
    for rec in records:
        if not (rec.quoted and rec.event_day is None and rec.measure in TOLL_MEASURES and rec.period_end
                and rec.period_start == rec.period_end):
            continue
        sent = next((s for s in sents if s.start <= rec.start < s.end), None)
        if sent is None:
            continue
        low = folded[sent.start:sent.end]
        if any_in(low, COUNT_TO_DATE_WORDS):
            continue  # "« à ce jour nous avons 184 personnes récupérées », a annoncé ...": counted to the statement
        said = _statement_day(sent, low, rec, times, pub, lex)
        if said is None or said.isoformat() != rec.period_end:
            continue
        if event is None:
            event = lex.attack_told is not None and _article_attack_day(records, sents, folded, times, pub, text, lex) \
                or _article_event_day(records, [], sents, folded, times, pub, text, lex) or ""
        if not event or not (0 < (said - date.fromisoformat(event)).days <= STATEMENT_DAY_REACH):
            return
        if rec.part_of is not None and moved.get(rec.part_of) != rec.period_end:
            continue  # a part whose whole stayed where it was
        if rec.part_of is None:
            moved[rec.value] = rec.period_end
        rec.period_start = rec.period_end = event
        rec.event_day = event


def _article_attack_day(records: list[Record], sents, folded: str, times, pub, text: str,
                        lex: FigureLexicon) -> Optional[str]:
    """The one day the article gives its attacks: the days of the attack tolls its sentences date, and
    the days of the sentences that name or narrate an attack ("Gunmen stormed the village on Tuesday"). None when
    the article names attacks on two days (a roundup, "Last week, a bombing at a mosque in Mubi"): an
    undated toll could be of either."""
    days = {r.event_day for r in records if r.event_day and not r.toll and r.measure in TOLL_MEASURES}
    for sent in sents:
        low = folded[sent.start:sent.end]
        if not any_in(low, ATTACK_TOLD_WORDS) or not lex.attack_told.search(low):
            continue
        for span in times.find(sent.text, pub, low):
            if span.kind == "since" or _in_dateline(text, sent.start + span.start) or _update_day(lex, low, span) \
                    or _count_day(lex, low, span) or _day_after_event(lex, low, span, len(low)):
                continue
            if span.period_start is None or span.period_start > pub:
                continue
            days.add(_day_of(span.period_start, span.period_end) or "span")
            if len(days) > 1:
                return None
    day = next(iter(days), None) if len(days) == 1 else None
    return None if day == "span" else day


def _event_kind(noun: str) -> str:
    """An event noun without its plural and its "earth" ("earthquakes", "quake": "quake")."""
    noun = noun.rstrip("s")
    return noun[5:] if noun.startswith("earth") else noun


# "the weekend earthquake": an event noun qualified by its own time word (right before it)
EVENT_OWN_TIME = re.compile(r"\b(?:" + cues("event_own_time") + r")\s+(?:[\w-]+\s+)?$")


def _event_own_time(lex: FigureLexicon, low: str) -> bool:
    """Does the sentence name its event with the event's own time word ("the weekend earthquake")?"""
    if not any_in(low, EVENT_OWN_TIME_WORDS) or lex.event_noun is None:
        return False
    return any(EVENT_OWN_TIME.search(low, max(0, m.start() - 24), m.start()) for m in lex.event_noun.finditer(low))


# "the one-month anniversary of the quake, on 12 February": a sentence about an anniversary (its days are
# the anniversary's)
ANNIVERSARY_WORDS = tuple(cue_alternatives("anniversary_words"))
ANNIVERSARY_DAY = re.compile(r"\b(?:" + cues("anniversary_words") + r")\b") if ANNIVERSARY_WORDS else None
EVENT_OWN_TIME_WORDS = ("weekend", "week's", "month's")  # one of them is in every EVENT_OWN_TIME match
# "Five days after the fire, police raised the toll on Monday": a count of days or weeks after (or
# before) the event that opens the sentence; a day named later in it is that many days from the event
LEAD_RELATIVE = re.compile(r"^\W*(?P<k>[\w-]+)\s+(?P<u>" + cues("anchored_unit") + r")\s+(?P<d>" + cues("anchored_direction") + r")\b")


def _anchored_count(word: str, lang: str) -> Optional[int]:
    """The count of days or weeks of an anchored phrase ("a day after", "cinq jours après"), or None."""
    if word in ARTICLE_ONE:
        return 1
    return next((x.value for x in find_numbers(word, lang)
                 if x.qualifier == "exact" and x.value < 60), None)


def _window(article: Article, c: Candidate, low: str, lex: FigureLexicon, spans: list[TimeSpan],
            para_window, measure: str) -> tuple[Optional[date], Optional[date], bool]:
    pub = article.published
    n = c.number
    if pub is None:
        return None, None, bool(lex.cumulative and SINCE_WORD.search(low))
    if c.chain_from >= 0 and (own := [s for s in spans if c.chain_from <= s.start < n.start and s.period_start is not None]):
        # "put the toll at 69, and on Tuesday at 75": the day before the chained toll is its own
        return own[-1].period_start, own[-1].period_end, False
    if ("as of" in low or "as at" in low) and (ac := AS_OF_CLOCK_AFTER.match(low, max(n.end, c.head_end))) \
            and not any(n.end <= s.start < ac.end() for s in spans):
        # "A fire that broke out overnight ... has claimed multiple lives, with 11 people missing as of
        # 11am": the hour closing the count's own clause closes it on the day of publication, whatever
        # day the clause before gives its event (acc-r73)
        return None, pub, True
    if measure == "displaced" and c.concern and ADJECTIVE_DISPLACED.match(low, n.end) \
            and not SINCE_WORD.search(low, n.end):
        # "raised a new alert Thursday over 780,000 displaced people in Mozambique": the alert's day;
        # the displaced people it is about are the displaced now
        return None, pub, True
    if any_in(low, RELATIVE_EVENT_WORDS) \
            and (rel := RELATIVE_EVENT.search(low, 0, n.start) or _relative_event_lead(low, n)) \
            and not any(s.start >= rel.start() for s in spans) \
            and not any(s.start < rel.start() < s.end for s in spans):
        # (not "Vingt ans après la catastrophe d'AZF qui avait fait 31 morts": the years are counted
        # back from publication, a time of its own)
        # "10 days after Cyclone Fytia killed 14 people": an earlier event dated only from another
        # (not "pressed on Friday, a day after a bombing killed 100": a day that anchors it)
        anchor = next((s for s in spans if s.end <= rel.start() and s.period_start is not None
                       and s.period_start == s.period_end), None) if spans else None
        if anchor is not None and (am := ANCHORED_RELATIVE.match(low, anchor.end)) is not None \
                and am.start("u") == rel.start():
            k = 1 if am.group("k") in ARTICLE_ONE else next((x.value for x in find_numbers(am.group("k"), article.lang or "en")
                                                            if x.qualifier == "exact" and x.value < 60), None)
            if k is not None:
                unit = 7 if am.group("u") in WEEK_WORDS else 1
                day = anchor.period_start + timedelta(days=(-k if am.group("d") in AFTER_WORDS else k) * unit)
                if day <= pub:
                    return day, day, False
        return None, None, False
    if not spans and _HELD & HOLDS_THAT_YEAR and (that := THAT_YEAR.search(low)) is not None:
        # "Il n'y avait pas eu de telle dana depuis 1996. Cette année-là, 87 personnes étaient
        # mortes": the year named last before, in the sentence or the article; undated if none
        before = article.text[:c.sentence.start] + c.sentence.text[:that.start()]
        years = [y for y in map(int, YEAR_NAMED.findall(before)) if y <= pub.year]
        if not years:
            return None, None, False
        y = years[-1] + (1 if FOLLOWING_YEAR.search(that.group(0)) else 0)
        return date(y, 1, 1), min(pub, date(y, 12, 31)), False
    if not spans and any_in(low, VAGUE_YEARS_AGO_WORDS) \
            and (VAGUE_YEARS_AGO_OPENING.match(low) or VAGUE_YEARS_AGO_AFTER.match(low, max(n.end, c.head_end))):
        # "Jusqu'ici, le bilan le plus lourd ... avait été d'une soixantaine de morts, il y a une
        # dizaine d'années": an older event's toll that a vague count of years dates; no window
        return None, None, False
    if not spans and (na := NAMED_ATTACK.search(c.sentence.text, 0, n.start)) is not None \
            and _dated_from_another(article.text, c.sentence.start, na.group("name")):
        # "Sunday's attack in Apakolu came two days after ADF fighters attacked the nearby village
        # of Kazaraho. ... Islamic State claimed responsibility for the attack in Kazaraho and said it
        # also abducted and killed three Christians": an event dated only from another, no window
        return None, None, False
    added: list[TimeSpan] = []
    if spans and ADDED_CLAUSE.search(low, n.end):
        # "10 people were killed and 20 wounded, adding there had been no fighting in the area in the
        # past 20 days": a time past ", adding" dates what the speaker added, not the figure before it
        added = [s for s in spans if s.start >= n.end and ADDED_CLAUSE.search(low, n.end, s.start)]
        spans = [s for s in spans if s not in added]
    if spans and (wm := WITH_FIGURE.search(low, n.end)) is not None:
        # "has risen to nearly 1,900, with at least 202 people killed over the past 12 days": the
        # time inside the with-clause dates its own figure, not the one before it
        # (not past the with-clause's closing comma: "have killed 46 people, with 11 others still
        # missing, in the past three days": the time after it is the sentence's)
        close = low.find(",", DIGIT.search(low, wm.end()).end()) if DIGIT.search(low, wm.end()) else -1
        own = [s for s in spans if s.start >= wm.end() and DIGIT.search(low, wm.end(), s.start)
               and not (close >= 0 and s.start > close and WITH_CLOSED.fullmatch(low, close, s.start))]
        added += own
        spans = [s for s in spans if s not in own]
    if spans and PART_TIME_CLAUSE is not None and (pm := _part_clause(low, n.end)) is not None:
        own = [s for s in spans if _in_part_clause(low, pm, s)]
        added += own
        spans = [s for s in spans if s not in own] or spans
    cm = COMPARED_WORD.search(low, n.end) if spans else None
    only_prev_day = False
    if cm is None and spans and (fm := FROM_EARLIER.match(low, n.end)) is not None:
        # "had climbed to 73 from 61 a day earlier" (not "rose to 54 from 41 on Monday": the rise's day)
        cm, only_prev_day = fm, True
    if cm is not None:
        # "rose to 36 on Thursday, up from 22 on Wednesday", "79 people were wounded, ..., up from 61
        # a day earlier": the time after the earlier toll is that toll's, not the figure's before it
        # ("up from Friday's 796": the day between the word and the earlier toll is that toll's too; acc-r100)
        earlier = [s for s in spans if s.start >= (cm.start() if not only_prev_day else cm.end())
                   and (not only_prev_day or PREV_DAY.fullmatch(s.text.lower()))]
        added += earlier
        spans = [s for s in spans if s not in earlier]
    if measure == "refugees" and (since := [s for s in spans if s.kind == "since" and s.period_start is not None]):
        # "up to 150,000 Rohingya refugees in the Cox's Bazar camps since early 2024", "more than 3.6
        # million people have fled Ukraine since Feb. 24": those who fled since then, a running total
        s = min(since, key=lambda s: abs(s.start - n.start))
        return s.period_start, s.period_end, True
    if measure in STOCK_MEASURES:
        points = [s for s in spans if s.kind == "point"]
        if measure == "residents":
            # "Haïti, avec ses 11 millions d'habitants, ne s'est jamais remis du séisme du 12 janvier
            # 2010": a day further on in the sentence dates another clause, and a population keeps
            # publication (not "la ville comptait 50.000 habitants le 22 septembre")
            points = [s for s in points if s.start < n.start or s.start - n.end <= 30]
            if points and POPULATION_APPOSITION.search(low, max(0, n.start - 70), n.start):
                # "On Jan. 27, it said it had captured Goma, ... a city of about two million people":
                # the population of a place described in an apposition is no count of that day (acc-r59)
                points = [s for s in points if s.start > n.start]
        if points:
            s = min(points, key=lambda s: abs(s.start - n.start))
            return None, s.period_end, False
        runs = [s for s in spans if s.kind == "span"] if measure != "residents" else None
        if runs:
            # "En août 2006, ... environ 200.000 affectées": people counted at the end of the span
            # (not a population: "ville de 860.000 habitants ..., selon un rapport remis en 2015")
            s = min(runs, key=lambda s: abs(s.start - n.start))
            return None, s.period_end, False
        inherited = para_window.get(c.sentence.paragraph) if measure != "residents" and not spans else None
        if inherited is not None and inherited.kind in ("span", "point") and inherited.period_end is not None:
            # "En janvier 2015, ... La crue ravage la province, faisant 160 morts et 177.000 sinistrés":
            # the people affected are counted at the end of the window their paragraph gave
            return None, inherited.period_end, False
        return None, pub, False
    if measure == "displaced" and spans and all(s.kind == "span" for s in spans) and DISPLACED_NOW.match(low, c.head_end):
        # "environ 1,04 million de personnes étaient déplacées ... en décembre 2024": the displaced
        # then, a running count closed at the end of that span (as "as of X")
        s = min(spans, key=lambda s: abs(s.start - n.start))
        return None, s.period_end, True
    if spans:
        def distance(s: TimeSpan) -> float:
            d = min(abs(s.start - n.end), abs(s.end - n.start))
            if s.start > n.end and (" - " in low[n.end:s.start] or " – " in low[n.end:s.start] or " — " in low[n.end:s.start]):
                # "la bousculade qui a fait 19 morts - onze femmes et huit hommes - et 342 blessés
                # samedi": an aside between dashes is no distance between the figure and its clause's time
                d -= sum(a.end() - a.start() for a in DASH_ASIDE.finditer(low, n.end, s.start))
            # "the toll climbed past 11,000 on Wednesday": the day of the update, not of the deaths
            if len(spans) > 1 and _update_day(lex, low, s):
                if s.kind == "point" and _as_of_before(low, s.start):
                    return -1  # "publié mercredi et arrêté au 19 octobre": the day the count runs to
                d += 1000
            # "a fait 8 morts mercredi, portant à 21 le nombre de victimes depuis dimanche": a time
            # before a comma and the words of a new clause belongs to the clause before, when the
            # figure's own clause names a span after it ("Mardi, 56 civils" keeps its day)
            if s.end <= n.start and CLAUSE_AFTER_COMMA.search(low, s.end, n.start) \
                    and any(t.start >= n.end and not NEW_CLAUSE.search(low, n.end, t.start)
                            and not ("," in low[n.end:t.start] and AND_CLAUSE_TIME.search(low, n.end, t.start))
                            for t in spans):
                d += 100
            # "killing at least 369 people, causing more devastation ... than any since the 1985
            # earthquake that killed thousands": a year that names another event after the figure
            # dates that event, not the figure, when the figure has another time
            if s.start >= n.end and len(spans) > 1 and EVENT_YEAR is not None and EVENT_YEAR.fullmatch(low, s.start, s.end):
                d += 100
            # "killed four people in 2017, while West Africa's epidemic of 2014-2016 killed more than
            # 11,000": a time past ", while" dates the clause it opens
            if s.start >= n.end and NEW_CLAUSE.search(low, n.end, s.start):
                d += 100
            # "In January, an air strike killed 39 herders ..., and in 2017 a jet bombed a camp": a
            # time that opens the clause after ", and" dates that clause, not the figure before it
            elif s.start >= n.end and "," in low[n.end:s.start] and AND_CLAUSE_TIME.search(low, n.end, s.start):
                d += 100
            # "The toll since May 18 rose to 333 -- 141 more people died since Saturday": a time before
            # another number is that number's, when the figure has a time of its own close after it
            # in its clause
            if s.end <= n.start and len(spans) > 1 and DIGIT.search(low, s.end, n.start) \
                    and any(t.start >= n.end and t.start - c.head_end <= 60 and not any(p in low[n.end:t.start] for p in ",;:(")
                            and not NEW_CLAUSE.search(low, n.end, t.start) for t in spans):
                d += 100
            # "12 personnes ont été tuées mardi et huit autres mercredi": a day before the "et" that
            # joins the figure is the figure before's, when a day follows the figure's own head
            if s.end <= n.start and len(spans) > 1 and any_in(low[s.end:n.start], AND_WORDS_SPACED) \
                    and any(0 <= t.start - c.head_end <= 3 for t in spans):
                d += 100
            return d
        for t in spans:
            if t.kind != "since" and t.end <= n.start and t.period_start and low.startswith((",", " dern"), t.end) \
                    and (tm := OUTBREAK_TOLL.match(low, t.end)) \
                    and tm.end() >= n.start - 12 and OUTBREAK_BEGAN.search(low, max(0, t.start - 90), t.start):
                # "Le virus Ebola, apparu en Afrique de l'Ouest en janvier dernier, a fait 208 morts":
                # the date of the outbreak opens the toll, a running total since then
                return t.period_start, pub, True
            if t.kind != "since" and t.end <= n.start and t.period_start and OUTBREAK_THAT.possible(low) \
                    and (tm := OUTBREAK_REL_TOLL.match(low, t.end)) is not None and tm.end() >= n.start - 12 \
                    and OUTBREAK_THAT.rx.search(low, max(0, t.start - 70), t.start):
                # "an outbreak that began in 2022 killed more than 1,700 people": the relative clause
                # dates the outbreak, and the toll of the verb after it runs from then
                return t.period_start, pub, True
            if t.kind != "since" and t.end <= n.start and t.period_start and low.startswith((",", " dern"), t.end) \
                    and _HELD & HOLDS_OUTBREAK_WHERE and OUTBREAK_WHERE.possible(low) and OUTBREAK_WHERE.rx.search(low, max(0, t.start - 70), t.start):
                # "en Guinée, où l'épidémie a éclaté en décembre dernier, 1.540 cas ont été enregistrés,
                # dont 904 mortels": the place's count runs from the outbreak the clause dates
                return t.period_start, pub, True
            if t.kind == "span" and t.end <= n.start and t.period_start and t.start < 40 \
                    and WAR_BEGAN_OPENING.match(low, 0, t.start) and WAR_NOUN.search(low, t.end, n.start):
                # "Déclenchée en 2011 par la répression ..., la guerre en Syrie, qui est entrée cette
                # semaine dans sa huitième année, a fait plus de 350.000 morts": the war's start opens
                # its sentence, and its toll runs from then (time-r159)
                return t.period_start, pub, True
        s = min(spans, key=distance)
        if (closed := _since_until_opening_day(low, n, spans, s, pub)) is not None:
            return closed
        if s.kind == "since" and s.start <= n.start < s.end and s.period_start:
            # "depuis un bilan officiel de 769 morts fourni le 26 septembre": the toll of that day (a
            # count with its own day, no running total: docs/spec.md section 6)
            return s.period_start, s.period_start, False
        if s.kind == "since" and n.start >= s.end and (WHEN_AFTER.match(low, s.end) or (
                PARTICIPLE_AFTER.match(low, s.end) and (sup := time_reader(article.lang or "fr").superlative) is not None
                and sup.search(low, max(0, s.start - 60), s.start))):
            # "the worst disaster since the Rana Plaza building collapsed in 2013, killing more than
            # 1,100 people": after a superlative, the participle's clause is dated like "when"
            # "since April 2015, when more than 1,000 people drowned": the clause is dated, not running
            what = re.sub(r"^\W*\w+\s+", "", s.text)
            if YEAR_ONLY.fullmatch(what.strip()):
                y = int(what.strip())
                return date(y, 1, 1), min(pub, date(y, 12, 31)), False
            dated = [t for t in time_reader(article.lang or "fr").find(what, pub) if t.kind != "since"]
            if dated:
                return dated[0].period_start, dated[0].period_end, False
        if s.kind != "since" and s.start < n.start and WAR_BEGAN.search(low, (s.start - 60 if s.start > 60 else 0), s.start):
            # "The war, which erupted in April 2023, has displaced more than 10 million people": the
            # date is the war's start, and the figure its running total since
            return s.period_start, pub, True
        if s.kind == "point" and _as_of_before(low, s.start):
            # "1.5 million people were displaced as of November 30": the count up to that day
            return None, s.period_end, True
        if s.kind == "point" and COUNT_STATE is not None and s.end <= n.start and COUNT_STATE.search(low, s.end, n.start) \
                and _running_count(article, measure, low):
            # "Le 18 novembre, on enregistrait dans ce pays 1.214 décès" (Ebola): an epidemic's count as
            # it stood that day, like "as of" (acc-r79; an event's toll keeps its day: "diffusés jeudi
            # matin, on dénombrait 247 morts")
            return None, s.period_end, True
        if measure == "displaced" and s.kind in ("span", "point") and s.period_start is not None \
                and (s.kind == "point" and s.period_end == pub or s.kind == "span" and 27 <= (s.period_end - s.period_start).days <= 31) \
                and DISPLACED_COUNT_AFTER is not None and DISPLACED_COUNT_AFTER.match(low, c.number.end):
            # "2 millions de déplacés internes fin mars", "selon des chiffres officiels de mars 2023", "Le
            # pays enregistre aujourd'hui 600.000 déplacés internes": the displaced counted as of the
            # end of that month (or today), a running total like "as of November 30" (not a year's:
            # "plus de 50 millions de déplacés internes en 2019" is the year's count, dev317)
            return None, s.period_end, True
        # "the death toll has risen to 40 over the past three days": a toll over a span is the count
        # so far, a running total like "depuis mardi"; a toll with its own day ("le bilan du séisme de
        # lundi s'est alourdi à 8.574 morts", "the death toll rose to 5,500 on Wednesday") counts that
        # day's event and is no running total (docs/spec.md section 6): that it is the event's toll so
        # far is the record's `toll` and `event_day`, which the rules read
        # (not a span closed years before publication: "Au total, la guerre civile des années 1990 a fait
        # quelque 200.000 morts" is that decade's whole toll, no count still running; time-r159)
        cumulative = s.kind == "since" or s.kind != "point" and (_in_total(low) or _is_toll(low)) \
            and not (s.kind == "span" and s.period_end is not None and (pub - s.period_end).days > 730)
        return s.period_start, s.period_end, cumulative
    if pub is not None and (" am" in low or " pm" in low or ".m." in low) and AS_OF_CLOCK.search(low, 0, n.start):
        # "As of 1 pm there are 1,234 dead", "The official death toll at 9 am was 123": a count closed
        # at an hour of the day of publication, like "as of November 30"
        return None, pub, True
    if measure in FLOW_MEASURES and pub is not None and AS_OF_NOW is not None and AS_OF_NOW.search(low, 0, n.start):
        # "A ce jour, 103.872 personnes ont été déplacées": the displaced counted up to publication,
        # like "as of November 30" (no window of its own; an event's toll "à ce jour" keeps its day);
        # so are the dead "dénombré à ce jour" in a paragraph dated by another sentence (acc-r99)
        return None, pub, True
    inherited = para_window.get(c.sentence.paragraph)
    if inherited is not None and inherited.kind == "point" and COUNT_STATE is not None and inherited not in added \
            and COUNT_STATE.search(low, 0, n.start) and _running_count(article, measure, low):
        # "Le 18 novembre, on enregistrait ... Au Liberia, on comptabilisait 2.963 morts": the count as
        # it stood on the paragraph's day (acc-r79)
        return None, inherited.period_end, True
    inherited = para_window.get(c.sentence.paragraph)
    if inherited is not None and inherited not in added:
        # a "depuis X" paragraph keeps counting the same running total (docs/spec.md)
        return inherited.period_start, inherited.period_end, inherited.kind == "since"
    if WAR_TOTAL.search(low, 0, n.start) or COMPILED_TOLL.search(low, n.end) or WAR_SPAN_AFTER.match(low, n.end) \
            or WAR_IN_AFTER.match(low, n.end) \
            or (any_in(low, AND_WORDS_SPACED) or "," in low) and WAR_TOTAL_AND.search(low, 0, n.start) \
            or "," in low and _HELD & HOLDS_WAR_PARTICIPLE and WAR_PARTICIPLE.possible(low) and WAR_PARTICIPLE.rx.search(low, 0, n.start):
        # "le conflit a fait au moins 40.000 morts et environ 12 millions de Soudanais ont été
        # contraints de quitter leur domicile": the second figure of the war's sentence too
        # "Yemen's decade-long war has killed hundreds of thousands": the war's running total
        return None, pub, True
    if measure == "killed" and not _epidemic_new_deaths(low, n) \
            and (EPIDEMIC.search(low) or ((c.head and c.head[0] == "measure:killed" or _HELD & HOLDS_IN_TOTAL and IN_TOTAL.search(low)
                                           or CASES_WHOLE.search(low, 0, n.start))
                                          and EPIDEMIC.search(fold(article.text[:300])))):
        # ("Cumulative deaths: 21 (4 confirmed, 17 probable)" in an Ebola story: the outbreak's count)
        # ("63 malades au Vietnam, dont cinq sont morts" in a SARS story: the deaths among the cases; acc-r243)
        # "OCHA figures show 1,111 deaths", "Harare, with 224 people killed by the disease": an
        # epidemic's toll with no window of its own counts from an outbreak the copy does not date
        return None, pub, True
    if measure == "displaced" and (DISPLACED_NOW.match(low, c.head_end)
                                   or DISPLACED_COUNT.search(low, max(0, c.number.start - 100), c.number.start)
                                   or DISPLACED_COUNT_AFTER is not None and DISPLACED_COUNT_AFTER.match(low, c.number.end)
                                   or low.startswith("\n", c.number.end)):
        # "1 million people are displaced", "2.5 million remain displaced", "1.2 million displaced
        # people face a crisis", a fact box's "1.3 million\nPeople internally displaced": the
        # displaced now, a running total from a start the copy does not date
        return None, pub, True
    # "Only seven bodies have been found so far": a running count, over the default window
    return pub - timedelta(days=1), pub, _is_toll(low, n.start, n.end) or bool(_HELD & HOLDS_IN_TOTAL and IN_TOTAL.search(low))


# "il y a eu 14 nouveaux décès", "the most new deaths over the three days, with 53": an epidemic's new
# deaths of a few days beside its running total, no count since the outbreak began (series-r199)
NEW_DEATHS_BEFORE = re.compile(r"(?:" + cues("epidemic_new_deaths_before") + r")$")
NEW_DEATHS_AFTER = re.compile(r"(?:" + cues("epidemic_new_deaths_after") + r")")
NEW_DEATHS_WORDS = ("nouve", "suppl", "new", "more", "additional", "further")


def _epidemic_new_deaths(low: str, n) -> bool:
    """Is the number an epidemic's new deaths, by "nouveaux décès" / "new deaths" before it in its clause or right after it?"""
    if not any_in(low, NEW_DEATHS_WORDS):
        return False
    return NEW_DEATHS_AFTER.match(low, n.end) is not None or NEW_DEATHS_BEFORE.search(low, max(0, n.start - 120), n.start) is not None


# "Le virus Ebola, apparu ... en janvier dernier, a fait 208 morts", "the outbreak, declared in May,
# has killed 40": the appositive dates the outbreak, and the toll counts from it
OUTBREAK_WHERE = gated(r"\b(?:" + cues("outbreak_where") + r")\s+(?:en\s+|in\s+|le\s+|on\s+)?$")
OUTBREAK_THAT = gated(r"\b(?:" + cues("outbreak_that") + r")\s+(?:en\s+|in\s+)?$")
OUTBREAK_REL_TOLL = re.compile(r"\s+(?:(?:" + cues("outbreak_aux") + r")\s+)?(?:" + cues("outbreak_already") + r")?(?:"
                               + cues("outbreak_killed") + r")\b")
OUTBREAK_BEGAN = re.compile(r"\b(?:" + cues("outbreak_began") + r")\b[^.;]{0,80}$")
OUTBREAK_TOLL = re.compile(r"(?:" + cues("outbreak_last") + r")?\s*,\s*(?:" + cues("outbreak_aux") + r")\s+(?:" + cues("outbreak_already") + r")?(?:"
                           + cues("outbreak_killed") + r")\b")
# an epidemic, in the figure's sentence, or in the headline and lead that say what the article is
# about when the figure is a tally of deaths ("1,111 deaths"; not "une personne est morte")
# an outbreak of violence or of fighting is no epidemic: "outbreak" and "the disease" only count
# next to a disease's name, which is enough on its own
EPIDEMIC = gated(r"\b(?:" + cues("epidemic") + r")\b")


# "just 10 days after Tropical Cyclone Fytia killed 14 people": the clause names an earlier event
# ("un mois après une canicule qui a tué près de 2.000 personnes")
# "Friday, a day after", "on Monday, two days after": the relative time anchored on the day right before it
ANCHORED_RELATIVE = re.compile(r"\s*,?\s*(?P<k>[\w-]+)\s+(?P<u>" + cues("anchored_unit")
                               + r")\s+(?P<d>" + cues("anchored_direction") + r")")
ARTICLE_ONE = frozenset(cue_alternatives("anchored_count_one"))
WEEK_WORDS = frozenset(cue_alternatives("anchored_unit_week"))
AFTER_WORDS = frozenset(cue_alternatives("anchored_after"))
# (an aside between commas may stand in the clause: "48 hours after two communities, Mtswenem and
# Akondotyough Bawa in Makurdi LGA, were attacked and 25 people killed", acc-r85)
# ("The disaster comes six weeks after a gas explosion ripped through the city centre, killing one person":
# the event's participle after its comma, acc-r151)
RELATIVE_EVENT = re.compile(r"\b(?:" + cues("relative_event") + r")\s+[^.;:,]*(?:,[^.;:,]{1,80},[^.;:,]*|,\s*(?:"
                            + cues("relative_event_participle") + r")\b[^.;:,]*)?$")
# "Quelques jours seulement après cette attaque, 10 civils ont été tués": the phrase opens the sentence,
# its comma before the figure's clause (acc-r78)
# (not a state or a toll at the time of the report: "Trois jours après le déluge, 21 personnes sont
# toujours recherchées", "..., le bilan s'élève à 200 morts": cue relative_event_lead_not)
RELATIVE_EVENT_LEAD = re.compile(r"^\W*(?:[\w'’-]+\s+){0,2}?(?:" + cues("relative_event") + r")\b[^.;:]{0,120}?,\s*[^.;:,]*$")
RELATIVE_EVENT_LEAD_NOT = re.compile(r"\b(?:" + cues("relative_event_lead_not") + r")\b")


def _relative_event_lead(low: str, n) -> Optional[re.Match]:
    """`RELATIVE_EVENT_LEAD` before the number, where its clause (to the next stop) tells an event."""
    m = RELATIVE_EVENT_LEAD.match(low, 0, n.start)
    if m is None:
        return None
    comma = low.rindex(",", 0, n.start)
    end = next((k for k in range(n.end, len(low)) if low[k] in ".;:,"), len(low))
    return None if RELATIVE_EVENT_LEAD_NOT.search(low, comma, end) else m
RELATIVE_EVENT_WORDS = tuple(cue_alternatives("relative_event_literal"))  # one of them is in every RELATIVE_EVENT match
# "Cette année-là, 87 personnes étaient mortes", "That year, 87 people died": the year named last
THAT_YEAR = assertions_after(r"\b(?:" + cues("that_year") + r")\b", gate=True)
# "une soixantaine de morts, il y a une dizaine d'années": an older event's toll, vaguely dated (ext-r196)
VAGUE_YEARS_AGO_WORDS = tuple(cue_alternatives("vague_years_ago_literal"))
VAGUE_YEARS_AGO_OPENING = re.compile(r"^\W*(?:" + cues("vague_years_ago") + r")\s*,")
VAGUE_YEARS_AGO_AFTER = re.compile(r"[^\d.;:!?,]{0,30},\s*(?:" + cues("vague_years_ago") + r")\b")
YEAR_NAMED = re.compile(r"\b(?:19|20)\d\d\b")
FOLLOWING_YEAR = re.compile(r"\b(?:" + cues("following_year") + r")\b")
PARTICIPLE_AFTER = re.compile(r"\s*,\s*(?:" + cues("participle_after") + r")\b")
# "as of November 30"; French "Au 1er janvier 2022, ..." opening its sentence, "à la date du", "en date du"
AS_OF = re.compile(cues("as_of"))
# the same alternatives searched part by part, each only where its literals are and from what follows
# its opening `\b` (spd-r248: the alternation, tried at every position, cost some 1,500 instructions a
# character of the sentence before a time expression)
AS_OF_PARTS = _parts(cue_alternatives("as_of"))


def _as_of_before(low: str, end: int) -> bool:
    """`AS_OF.search(low, 0, end) is not None`: a match of the as-of cues ending where a time
    expression starts, searched part by part in `low[:end]` (the same string as the search up to `end` sees)."""
    if AS_OF_PARTS is None:
        return AS_OF.search(low, 0, end) is not None
    return AS_OF_PARTS.search(low[:end]) is not None


def _opens_on(rx: re.Pattern, text: str, end: int, within: int) -> bool:
    """`(m := rx.search(text, 0, end)) is not None and m.start() <= within`: a match starting in the
    text's first `within + 1` characters, tried only there (the leftmost match starts there if any match
    does; `match` at a position sees the characters before it as `search` does). The search tried every
    position up to `end`, some 40 µs a paragraph for `AS_OF`'s eight alternatives (spd-r248)."""
    for p in range(min(within, end) + 1):
        if rx.match(text, p, end) is not None:
            return True
    return False


def _running_count(article: Article, measure: str, low: str) -> bool:
    """Is the figure an epidemic's death toll or a count of the displaced, which run from a start the
    copy does not date (not an event's toll)?"""
    return measure == "displaced" or measure == "killed" and (EPIDEMIC.search(low) is not None
                                                             or EPIDEMIC.search(fold(article.text[:300])) is not None)


# "Le 18 novembre, on enregistrait N décès": a count in the imperfect, as it stood on its day
COUNT_STATE = re.compile(r"\b(?:" + cues("count_state") + r")\b") if cue_alternatives("count_state") else None
AS_OF_NOW = re.compile(r"(?:" + cues("as_of_now") + r")") if cue_alternatives("as_of_now") else None  # "à ce jour"
AS_OF_CLOCK = re.compile(r"(?:" + cues("as_of_clock") + r")")  # "as of 1 pm" with no day
AS_OF_CLOCK_AFTER = re.compile(r"(?:" + cues("as_of_clock_after") + r")")  # "11 people missing as of 11am"
# "as of 1.30pm on Wednesday": an hour on a weekday (acc-r228)
AS_OF_CLOCK_DAY = re.compile(r"(?:" + cues("as_of_clock_day") + r")") if cue_alternatives("as_of_clock_day") else None


# "Il est passé de 10 à 18 morts" after "Le bilan ... est revu à la hausse.": the toll as a pronoun
TOLL_PRONOUN_VERB = re.compile(r"\s*(?:" + cues("toll_pronoun_verb") + r")")


def _told_rise_step(low: str, n) -> bool:
    """Is the number at `n` a step of a toll's rise the sentence tells after a colon ("The toll rose
    through the day: officials first reported 23 dead, then 26, before the ministry gave 58"),
    an earlier count? Only where a first step is named ("d'abord", "first") between the colon and
    the number, and no "now" word ("désormais", "now") stands between the number before and it."""
    if TOLL_RISE_TOLD is None or (m := TOLL_RISE_TOLD.search(low, 0, n.start)) is None:
        return False
    if RISE_FIRST_STEP is None or RISE_FIRST_STEP.search(low, m.end(), n.start) is None:
        return False
    before = max((d.end() for d in DIGIT.finditer(low, m.end(), n.start)), default=m.end())
    return RISE_NOW is None or RISE_NOW.search(low, before, n.start) is None


def _since_until_opening_day(low: str, n, spans: list[TimeSpan], chosen: TimeSpan,
                             pub: date) -> Optional[tuple[date, date, bool]]:
    """"On Aug. 13, government data had counted 39 deaths ... since Aug. 8", "Le 13 août, 39 morts
    avaient été recensés depuis le 8 août": a running total from the "since" day to the past day
    the sentence opens on, not to publication (and not that day alone). Only where the day opens
    the sentence before a comma, the "since" follows the figure in its own clause (no other number
    nor punctuation between: not "On Monday, 12 people were killed, bringing the toll since Oct. 7
    to 500") and the day falls inside the run; the window is the one either time would give."""
    if chosen.kind not in ("since", "point"):
        return None
    opening = spans[0]
    if opening.kind != "point" or opening.end > n.start or opening.start > 4 \
            or not low.startswith(",", opening.end) or opening.period_end is None:
        return None
    since = next((t for t in spans if t.kind == "since" and t.start >= n.end and t.period_start is not None), None)
    if since is None or (chosen is not since and chosen is not opening) or DIGIT.search(low, n.end, since.start) \
            or any(p in low[n.end:since.start] for p in ",;:("):
        return None
    if not since.period_start < opening.period_end < pub:
        return None
    return since.period_start, opening.period_end, True


def _is_toll(low: str, at: Optional[int] = None, at_end: Optional[int] = None) -> bool:
    """Does the sentence give a toll that changed or stands ("the death toll has risen to 40")? With
    `at`, the number there must be what the toll's verb reaches: after it, in the same clause ("Death
    toll rises to 36, 15 still missing", "has risen to 73, with 52 injured": the missing and the
    injured are no running total; gold-r173), or before a verb that reaches no number of its own
    ("170 morts et au moins 200 blessés, le bilan de l'attentat s'alourdit")."""
    if TOLL_PRONOUN_VERB.match(low):
        return True
    if not TOLL_WORD.search(low):
        return False
    if at is None:
        return TOLL_VERB.search(low) is not None
    for m in TOLL_VERB.finditer(low):
        if m.end() <= at:
            if (br := TOLL_CLAUSE_BREAK.search(low, m.end(), at)) is None:
                return True
            if CHANGE_BY.possible(low, m.start(), at) and (cm := CHANGE_BY.rx.search(low[:at], m.start())) \
                    and cm.start("gap") <= br.start() < cm.end("gap") \
                    and TOLL_CLAUSE_BREAK.search(low, cm.end("gap"), at) is None:
                return True  # "s'est alourdi de 12 morts, à 40": the comma closes the change, not the clause (ext-r246)
        elif at_end is not None and m.start() >= at_end and DIGIT.search(low, m.end()) is None \
                and TOLL_VERB_OWN_NUMBER.match(low, m.end()) is None:
            return True
    return False


# after a toll's verb, what shows it reaches a number of its own ("portant le bilan dans le pays à trois
# morts", "reaches 122"): a digit, or `toll_verb_reach` ("à", "to") before the next clause break
TOLL_VERB_OWN_NUMBER = re.compile(r"[^,;.]*?\b(?:" + cues("toll_verb_reach") + r")\b")
# what ends the clause of a toll's verb before a number: a comma, a semicolon, `toll_clause_break` ("with")
TOLL_CLAUSE_BREAK = re.compile(r"[,;]|\b(?:" + cues("toll_clause_break") + r")\b")


# news agencies as datelines name them (names, not words of a language)
AGENCY = r"(?:[A-Z]{2,10}|Reuters|Belga|Xinhua|AlterPresse|Anadolu|Kyodo|Yonhap)"
AGENCY_LOWER = r"(?:ats|afp|reuters|ap|dpa|apa|sda|awp|belga|ansa|efe|upi)"
DATELINE = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý' -]+(?:\([^()\n]{1,30}\)(?=,))?(?:,[^\n—–-]{0,40})?(?:\([^)]{1,30}\))?\s*[—–-]"
                      # ("BAFOUSSAM (Cameroun), 30 octobre 2019 -": the town's country in brackets before its
                      # date, with no agency; acc-r219, dev797)
                      # "Rangoun (AFP) -", "P-au-P., 18 juin 2018 [AlterPresse] ---": a town in lower case
                      # before an agency in brackets
                      # (not "Sept 16 (Reuters) -": a date alone, read as the dispatch's day)
                      r"|(?![A-ZÀ-Ý][a-zà-ÿ]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*[(\[])"
                      # ("Tacloban (Philippines) (AFP) -": the town's country in brackets before the agency)
                      # ("GHARDAÏA (Algérie), 3 octobre (AFP) -": the town's country in brackets before its date)
                      r"[A-ZÀ-Ý][\w'’.-]*(?:[ -][\w'’.-]+){0,4}(?:\s*\([^()\n]{1,30}\)(?=,))?(?:,[^\n—–()\[\]|]{0,40})?(?:\s*\([^()\n]{1,30}\))?\s*[(\[]" + AGENCY + r"[)\]]\s*[—–-]"
                      # "Paris, France | AFP | mardi 16/01/2024 -"
                      r"|[A-ZÀ-Ý][^\n|]{0,40}\|\s*" + AGENCY + r"\s*\|[^\n|]{0,40}?\s[—–-]"
                      # "Colombo (ats/reuters/afp) Un séisme ...": Swiss and Belgian wire copy names its
                      # agencies in lower case, with no dash before the text
                      r"|[A-ZÀ-Ý][\w'’.-]*(?:[ -][\w'’.-]+){0,3}\s*\(" + AGENCY_LOWER + r"(?:/" + AGENCY_LOWER + r")*\)\s+(?=[A-ZÀ-Ý«\"“])")
# "New York, Feb 20 --", "Amman, Sep. 9 (Petra) --": a title-case city with its date, where the
# reporter filed: no place of the figures (its date is still read, as before: a series' audit
# relies on Petra's dateline day, fixtures/series/morocco-quake-2023/expected.md)
# "Kathmandu [Nepal], September 10 (ANI):": the country in square brackets, the agency's colon
# "Srinagar, April 22 (IANS) At least 16 ...": Indian wire copy, the agency in brackets and no dash (acc-r85)
DATELINE_TITLE = re.compile(r"[A-ZÀ-Ý][\w'’.]*(?:[ -][A-ZÀ-Ý][\w'’.]*){0,3}(?:\s*\[[A-ZÀ-Ý][^\]\n]{0,30}\])?,\s+[A-ZÀ-Ý][a-zà-ÿ]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?"
                            r"(?:\s*\([^)]{1,30}\)\s*:|(?:\s*\([^)]{1,30}\))?\s*(?:--|[—–-])"
                            r"|\s*[(\[]" + AGENCY + r"[)\]][ \t]+(?=[A-ZÀ-Ý«\"“]))")
# "Beyrouth, Liban — Des frappes ...", "Kano - Des dizaines de personnes ...": a body paragraph that
# opens on a title-case town (and its country) and a spaced dash, with no date; not a headline
# ("Mali - ..." on the first line names what the article is about); French copy only: in English
# copy "Rabat - At least 2,012 people were killed ... in Morocco's province of Al Haouz" leaves the
# national toll to the province (fixtures/series/morocco-quake-2023)
DATELINE_PLAIN = re.compile(r"[A-ZÀ-Ý][\w'’.-]*(?:[ -][A-ZÀ-Ý][\w'’.-]*){0,2}"
                            r"(?:,[ \t]+[A-ZÀ-Ý][\w'’.-]*(?:[ -][A-ZÀ-Ý][\w'’.-]*){0,2})?[ \t]+(?:--|[—–-])[ \t]+(?=[A-ZÀ-Ý«\"“])")

# "Colombo: Cyclone Ditwah exited Sri Lanka ...": the first body paragraph of Indian wire copy
# (PTI, IANS) opens on its title-case town and a colon, with no date; only before any sentence or
# long paragraph (not a per-place list's "Georgia: Gov. Brian Kemp said ..." after a lead)
COLON_DATELINE_WITHIN = 600  # a town's colon after the headline and standfirst opens a line this near the start
DATELINE_COLON = re.compile(r"[A-ZÀ-Ý](?:[a-zà-ÿ'’.-]+(?: [A-ZÀ-Ý][a-zà-ÿ'’.-]+)?|[A-ZÀ-Ý'’.-]+(?: [A-ZÀ-Ý][A-ZÀ-Ý'’.-]+)?):[ \t]+(?=[A-ZÀ-Ý«\"“])")
# "Israel war on Gaza live: 16 killed in Israeli attack on UNRWA-run school", "Russia-Ukraine war live:
# ...": a live blog's rubric before its headline names the series, no place of the figures after it (acc-r66)
LIVE_RUBRIC = re.compile(r"[^\n:|.]{2,80}?\b(?:" + cues("live_rubric") + r")\s*[:|]\s", re.IGNORECASE) \
    if cue_alternatives("live_rubric") else None


# Necessary conditions for a match of the dateline patterns at a line's start, cheaper than the
# failed match (2-4 µs each on most body paragraphs, whose opening capitalised words `re` backtracks
# through): `_Datelines` asks them first. `tests/test_speed_shortcuts.py` checks that no line where
# a pattern matches is left out.
_CAPITAL = frozenset(c for c in map(chr, range(0x250)) if re.fullmatch(r"[A-ZÀ-Ý]", c))  # what every dateline opens on
_DATELINE_SECOND = frozenset(c for c in map(chr, range(0x250)) if re.fullmatch(r"[A-ZÀ-Ý' -]", c))
# the agency in brackets of DATELINE's second form, right at the first bracket after the town or
# after the town's country in brackets ("Tacloban (Philippines) (AFP) -")
AGENCY_BRACKET = re.compile(r"[(\[]" + AGENCY + r"[)\]]")
COUNTRY_THEN_AGENCY = re.compile(r"\([^()\n]{1,30}\)(?:,[^\n—–()\[\]|]{0,40}?)?\s*[(\[]" + AGENCY + r"[)\]]")
# "New York, Feb 20": the comma, month and day of DATELINE_TITLE
TITLE_DATE = re.compile(r",\s+[A-ZÀ-Ý][a-zà-ÿ]{2,8}\.?\s+\d")


# "Colombo (ats/reuters/afp)": DATELINE's fourth form, the agencies in lower case at the first "("
AGENCY_LOWER_BRACKET = re.compile(r"\(" + AGENCY_LOWER + r"(?:/" + AGENCY_LOWER + r")*\)")
# DATELINE's four forms apart, each tried only where its own condition holds (`_match_dateline`)
DATELINE_FORMS = [re.compile(part) for part in split_alternatives(DATELINE.pattern)]


def _match_dateline(text: str, start: int) -> Optional[re.Match]:
    """`DATELINE.match(text, start)`: its forms tried in order (the alternation's first that
    matches), each where its own condition of `_dateline_may_match` holds: the second form's
    backtracking through a paragraph's first capitalised words is spared where no agency is
    named in brackets; the fourth's where the first "(" opens agencies in lower case."""
    if text[start:start + 1] not in _CAPITAL:
        return None
    first, second, third, fourth = DATELINE_FORMS
    if text[start + 1:start + 2] in _DATELINE_SECOND and (m := first.match(text, start)) is not None:
        return m
    paren, square = text.find("(", start + 1), text.find("[", start + 1)
    bracket = paren if square < 0 or 0 <= paren < square else square
    if bracket >= 0 and (AGENCY_BRACKET.match(text, bracket) is not None
                         or paren == bracket and COUNTRY_THEN_AGENCY.match(text, bracket) is not None) \
            and (m := second.match(text, start)) is not None:
        return m
    if "|" in text[start + 1:start + 42] and (m := third.match(text, start)) is not None:
        return m
    if paren >= 0 and AGENCY_LOWER_BRACKET.match(text, paren) is not None:
        return fourth.match(text, start)
    return None


def _dateline_may_match(text: str, start: int) -> bool:
    """False where `DATELINE.match(text, start)` cannot match. Its first form opens on two
    capitals ("GAZA,"), its third holds a "|" within 41 characters; its second ("Rangoun (AFP) -")
    names the agency in brackets at the first "(" or "[" after its first letter (no part before it
    may hold one) or right after the country's brackets there; its fourth ("Colombo (ats/afp)")
    names agencies in lower case at the first "("."""
    if text[start:start + 1] not in _CAPITAL:
        return False
    if text[start + 1:start + 2] in _DATELINE_SECOND or "|" in text[start + 1:start + 42]:
        return True
    paren, square = text.find("(", start + 1), text.find("[", start + 1)
    bracket = paren if square < 0 or 0 <= paren < square else square
    return bracket >= 0 and (AGENCY_BRACKET.match(text, bracket) is not None
                             or paren == bracket and COUNTRY_THEN_AGENCY.match(text, bracket) is not None) \
        or paren >= 0 and AGENCY_LOWER_BRACKET.match(text, paren) is not None


def _title_dateline_may_match(text: str, start: int) -> bool:
    """False where `DATELINE_TITLE.match(text, start)` cannot match: up to its comma it has only
    words, spaces and hyphens (no comma) and an optional "[Country]", so without a "[" before the
    first comma, that comma is the one before the month and day."""
    if text[start:start + 1] not in _CAPITAL:
        return False
    comma = text.find(",", start)
    if comma < 0:
        return False
    # (TITLE_DATE opens on a comma, spaces and a capital: most commas are followed by a space and a
    # lower-case word, which two look-ups rule out before a match is started)
    return 0 <= text.find("[", start, comma) or text[comma + 1:comma + 2].isspace() \
        and ((c := text[comma + 2:comma + 3]) in _CAPITAL or c.isspace()) and TITLE_DATE.match(text, comma) is not None


def _plain_dateline_may_match(text: str, start: int, end: int) -> bool:
    """False where `DATELINE_PLAIN.match(text, start)` cannot match: it lies within the line
    (`end`, its end) and holds a space or tab before a dash."""
    if text[start:start + 1] not in _CAPITAL:
        return False
    return text.find(" -", start, end) >= 0 or text.find("\t-", start, end) >= 0 \
        or text.find("—", start, end) >= 0 or text.find("–", start, end) >= 0


def _dashes_before(dash: re.Pattern, low: str, sentence: str, end: int) -> int:
    """The dashes of `low` before `end` that may pair around an aside: not the dateline's ("DUISBOURG
    (Allemagne), 26 juillet (AFP) - ... 19 morts - onze femmes et huit hommes - et 342 blessés")."""
    m = _match_dateline(sentence, 0)
    return len(dash.findall(low, m.end() if m is not None and m.end() <= end else 0, end))


# a dateline's town: its words up to the comma, bracket, colon or dash after them
DATELINE_TOWN = re.compile(r"[A-ZÀ-Ý][\w'’.]*(?:[ -][A-ZÀ-Ý][\w'’.]*){0,3}(?=\s*[,(\[:|—–]|\s+-)")


def _in_dateline(text: str, pos: int) -> bool:
    """"GAZA, March 1 (Reuters) -", "ANTAKYA, Turkey (AP) —": where the reporter filed, not the event."""
    line_start = text.rfind("\n", 0, pos) + 1
    m = DATELINE.match(text, line_start)
    return bool(m) and pos < m.end()


class _Datelines:
    """`_in_dateline` for one article, with `DATELINE` matched once per line instead of once per
    place, number and time expression asked about."""

    def __init__(self, text: str, plain: bool = False, found=()):
        self.text = text
        self.ends: dict[int, int] = {}  # line start -> end of that line's dateline
        self.place_ends: dict[int, int] = {}  # the same, title-case datelines too (places only)
        self.town_line: Optional[int] = None  # the first line a dateline opens with its town (not a live blog's rubric)
        start = 0
        body = False  # a sentence or a long paragraph seen: past the headline (not "Georgia: Gov. Brian Kemp said" after a lead)
        # "Thiruvananthapuram: Four people ... died in Kozhikode district" after a headline and a
        # standfirst (the Indian press): a town and a colon opening the first paragraphs, the only
        # line of the article so opened, whose paragraph names a place of its own, is where the
        # reporter filed; several such lines ("Georgia: ...", "Florida: ...") or one whose paragraph
        # names no other place ("Kharkiv: Five people were killed") are labels of the place (acc-r87)
        colon_lines: list[tuple[int, int]] = []
        while True:
            if text.startswith("\n", start):
                # an empty line (between paragraphs: half the lines of wire copy): every form opens on
                # a character of its line (a capital; `LIVE_RUBRIC` on two that are no line end), and
                # an empty line makes no headline a body
                start += 1
                continue
            # every DATELINE match has a capital or a space as its second character, or a bracket
            # or "|" near the start: most body paragraphs have none and are not tried
            head = text[start:start + 160]
            newline = text.find("\n", start)
            if (head[1:2].isupper() or head[1:2] in " '-" or "(" in head or "[" in head or "|" in head) \
                    and (m := _match_dateline(text, start)):
                self.ends[start] = self.place_ends[start] = m.end()
                if self.town_line is None:
                    self.town_line = start
            elif text[start:start + 1].isupper() and (
                    _title_dateline_may_match(text, start) and (m := DATELINE_TITLE.match(text, start))
                    or plain and start > 0 and _plain_dateline_may_match(text, start, len(text) if newline < 0 else newline)
                    and (m := DATELINE_PLAIN.match(text, start))
                    or not body and start > 0 and (m := DATELINE_COLON.match(text, start))):
                self.place_ends[start] = m.end()
                if self.town_line is None:
                    self.town_line = start
            elif not body and LIVE_RUBRIC is not None and (m := LIVE_RUBRIC.match(text, start)):
                self.place_ends[start] = m.end()  # "Israel war on Gaza live:": the blog's rubric
            elif body and (colon_lines or start < COLON_DATELINE_WITHIN) and text[start:start + 1].isupper() \
                    and (m := DATELINE_COLON.match(text, start)):
                colon_lines.append((start, m.end()))
            if newline < 0:
                break
            body = body or newline - start > 200 or (text[start:newline].rstrip()[-1:] or "x") in ".!?\"”"
            start = newline + 1
        if len(colon_lines) == 1 and found:
            line, end = colon_lines[0]
            newline = text.find("\n", end)
            if any(end <= p[0] < (len(text) if newline < 0 else newline) for p in found):
                self.place_ends[line] = end
                if self.town_line is None or line < self.town_line:
                    self.town_line = line

    def town(self, found, gaz, lang: str) -> Optional[str]:
        """The town the first dateline opens with ("GARISSA, Kenya (AP) -", "Colombo (ats/afp)",
        "Srinagar, April 22 (IANS)"): a place the gazetteer knows below a country, else None."""
        line = self.town_line
        if line is None:
            return None
        end = self.place_ends[line]
        head = DATELINE_TOWN.match(self.text, line, end)
        if head is None:
            return None
        name = head.group(0).strip()
        if name.isupper():
            name = "-".join(" ".join(w.capitalize() for w in part.split(" ")) for part in name.split("-"))
        hit = gaz.find(name, lang)
        if len(hit) != 1 or hit[0][0] != 0 or hit[0][1] != len(name):
            return None
        slug = hit[0][2]
        # (not a capital: "SEOUL (Reuters)", "NAIROBI, Kenya (AP)" name the agency's bureau, which copy
        # on the country files from wherever the event was)
        return slug if gaz.parent(slug) is not None and not gaz.is_sea(slug) and slug not in _capital_slugs() else None

    def covers(self, pos: int) -> bool:
        """`_in_dateline(text, pos)`."""
        if not self.ends:  # most articles: no line opens with a dateline
            return False
        end = self.ends.get(self.text.rfind("\n", 0, pos) + 1)
        return end is not None and pos < end

    def covers_place(self, pos: int) -> bool:
        """Is `pos` in a dateline, title-case ones included: a place there is where the reporter filed."""
        if not self.place_ends:
            return False
        end = self.place_ends.get(self.text.rfind("\n", 0, pos) + 1)
        return end is not None and pos < end


TOLL_REPORTED_DAY = re.compile(r"\b(?:" + cues("toll_word") + r")\s+(?:" + cues("reported") + r")\s+(?P<t>(?:"
                               + cues("reported_day_det") + r")?\w+)\s+(?:" + cues("toll_reported_was") + r")\b")
# "said on Friday that 436 bodies ... had been exhumed by then": the count as of the day it was said
BY_THEN_WORDS = tuple(cue_alternatives("by_then_literal"))  # plain strings: one is in every BY_THEN match
BY_THEN = re.compile(r"\b(?:" + cues("by_then") + r")(?![\w'-])")
SAID_DAY = re.compile(r"\b(?:" + cues("said_day_verb") + r")\s+(?:" + cues("reported_day_det") + r")?"
                      r"(?P<t>(?:" + cues("said_day_when") + r"))\b[^.;]{0,40}?$")
REPORTED_DAY = re.compile(r"[^.;]{0,40}?\b(?:" + cues("reported") + r")\s+"
                          r"(?P<t>(?:" + cues("reported_day_det") + r")?\w+(?:\.? \d{1,2}(?!\d))?)")
# "had increased to 14 deaths and 63 wounded, from 5 and 15 respectively": the tolls before the rise
SUPERSEDED_FROM = assertions_after(r"\b(?:" + cues("superseded_verb") + r")\b[^.;]{0,80}?\d[^.;]{0,40}"
                             r"\b(?:" + cues("superseded_from") + r")\s+(?:\d[\d,.]*\s+(?:" + cues("and_word") + r")\s+)?$", gate=True)
# "Un précédent bilan donné jeudi par des sources sécuritaires faisait état de sept soldats tués": a
# toll the article updates, however many words stand between its noun and its verb
PREVIOUS_TOLL = re.compile(r"\b(?:" + cues("previous_toll_noun") + r")\b"
                           r"[^.;:]{0,110}?\b(?:" + cues("previous_toll_verb") + r")"
                           # "faisait état de 3351 morts et 6.833 blessés": the second count of that toll
                           r"(?:\s*\d[\d\u00a0\u202f .,]*\s+\w+\s+(?:" + cues("and_word") + r"))?\s*$"
                           # "avaient donné jeudi dernier un premier chiffre d'au moins 50 morts", "qui avait
                           # initialement évalué le bilan à une centaine de morts"
                           r"|\b(?:" + cues("previous_toll_aux") + r")\b[^.;:]{0,80}?\b(?:" + cues("previous_toll_first") + r")\s*$"
                           # "avait de son côté fait état de 10 morts": the pluperfect report itself
                           r"|\b(?:" + cues("previous_toll_aux") + r")\s+(?:" + cues("previous_toll_pluperfect") + r")"
                           r"(?:\s*\d[\d\u00a0\u202f .,]*\s+\w+\s+(?:" + cues("and_word") + r")(?:\s+d[e'])?)?\s*$")
# "un attentat-suicide a dans un premier temps fait six morts": a first stage's toll
FIRST_STAGE_TOLL = re.compile(r"\b(?:" + cues("previous_toll_first_stage") + r")\s*$")
# "Plus tôt dans la journée, « ... 14 morts », avait indiqué le ministère": an earlier time opens the
# sentence, whose reporting verb is in the pluperfect
EARLIER_OPENING = re.compile(r"^\W*(?:" + cues("earlier_opening") + r")\s*,")
# what opens an earlier report told in the pluperfect: the earlier times, and a weekday in French
EARLIER_REPORT_OPENING = re.compile(r"^\W*(?:" + "|".join(cue_alternatives("earlier_opening") + cue_alternatives("earlier_report_opening")) + r")\s*,")
# "Vendredi, ... alors que le bilan faisait état de 79 morts": the toll as it stood that earlier day
EARLIER_TOLL_THEN = re.compile(r"(?:" + cues("earlier_toll_then") + r")$") if cue_alternatives("earlier_toll_then") else None
PLUPERFECT_SAID = re.compile(r"\b(?:" + cues("previous_toll_aux") + r")(?:" + cues("inverted_subject") + r")?\s+(?:"
                             + cues("quote_first_verb") + r"|fait [ée]tat)\b")
PREVIOUS_TOLL_WORDS = tuple(cue_alternatives("previous_toll_literal"))  # one of them is in every PREVIOUS_TOLL match
# "« Cinquante morts ... », avait d'abord écrit le gouverneur": a quotation its speaker gave first
# (or "», avait annoncé, dans un premier bilan, le FSB": the first stage said after the verb)
QUOTE_SAID_FIRST = re.compile(r"^\s*[»”\"]?\s*,\s*(?:" + cues("previous_toll_aux") + r")\s+(?:(?:" + cues("quote_first_adverb")
                              + r")\s+(?:" + cues("quote_first_verb") + r")\b|(?:" + cues("quote_first_verb") + r")\s*,?\s*(?:"
                              + cues("quote_first_after") + r")\b)")
# "« Il était de 14 morts. Il est aujourd'hui fixé à 35 morts »": an earlier toll, told as such by the
# present one that follows it (up to 160 characters on, past the sentence end)
TOLL_WAS = re.compile(r"\b(?:" + cues("toll_was") + r")\s*$") if cue_alternatives("toll_was") else None
# "Le bilan n'a fait que s'alourdir au fil des heures : des sources médicales faisaient d'abord état
# de 23 morts, puis ..., avant qu'un membre ... n'avance le chiffre de 58 décès": a toll's rise told
# step by step after a colon; a step's own "now" word ends the narration
TOLL_RISE_TOLD = re.compile(r"\b(?:" + cues("toll_rise_told") + r")\s*:") if cue_alternatives("toll_rise_told") else None
RISE_FIRST_STEP = re.compile(r"\b(?:" + cues("toll_rise_first_step") + r")\b") if cue_alternatives("toll_rise_first_step") else None
RISE_NOW = re.compile(r"\b(?:" + cues("toll_rise_now") + r")\b") if cue_alternatives("toll_rise_now") else None
TOLL_NOW = re.compile(r"\b(?:" + cues("toll_now") + r")") if cue_alternatives("toll_now") else None
TOLL_WAS_WORDS = tuple(cue_alternatives("toll_was_literal"))  # one of them is in every TOLL_WAS match


def _part_clause(low: str, pos: int) -> Optional[re.Match]:
    """The next ", dont" after `pos` (`PART_TIME_CLAUSE`), if its words are in `low` at all."""
    return PART_TIME_CLAUSE.rx.search(low, pos) if PART_TIME_CLAUSE.possible(low) else None


def _in_part_clause(low: str, pm: re.Match, s: TimeSpan) -> bool:
    """"..., dont plus de 6.000 depuis le début de l'année 2023": the time `s` stands in the part
    clause `pm` opens, after its number and before any comma that closes it."""
    if s.start < pm.end():
        return False
    d = DIGIT.search(low, pm.end(), s.start)
    # (nor a dash that closes an aside: "19 morts - onze femmes ..., dont sept étrangers - et 342
    # blessés samedi": the day is the clause's the aside interrupts)
    return d is not None and low.find(",", d.end(), s.start) < 0 \
        and not (" - " in low[pm.end():s.start] or " – " in low[pm.end():s.start] or " — " in low[pm.end():s.start])


def _in_with_clause(low: str, s: TimeSpan) -> bool:
    """Is the time `s` inside a part clause that holds its own figure (", dont 6.000 depuis
    janvier")? Its window is that part's, not the paragraph's (as `_window` reads it)."""
    if PART_TIME_CLAUSE is None or not PART_TIME_CLAUSE.possible(low):
        return False
    return any(_in_part_clause(low, pm, s) for pm in PART_TIME_CLAUSE.rx.finditer(low, 0, s.start))
# "Vendredi soir, le bilan était de 339 victimes": the day an earlier toll stood at, no window for
# the later figures of its paragraph (like the day a toll was updated)
TOLL_DAY_AFTER = re.compile(r"\s*,?\s*(?:" + cues("elided_toll_det") + r") (?:" + cues("toll_word") + r")\b[^.;:]{0,40}?\b(?:"
                            + cues("previous_toll_verb") + r")")


# "the toll on Saturday rose to 114": a day between a toll's word and its verb of change (ext-r187)
TOLL_BEFORE_DAY = re.compile(r"\b(?:" + cues("toll_word") + r")\s*,?\s*$")
TOLL_DAY_VERB = re.compile(r"\s*,?\s*(?:" + cues("toll_day_verb") + r")\b")


def _update_day(lex: FigureLexicon, low: str, s: TimeSpan) -> bool:
    """"le bilan s'établit jeudi à 31 morts", "rose to 5,500 on Wednesday", "on Wednesday updated the
    number of dead to 344": the day a toll was updated (not a year: "Le nombre de déplacés a atteint un record en 2019" is the year the count covers)."""
    if s.kind == "span" and (YEAR_SPAN_TEXT.search(s.text) or DURATION_SPAN.match(s.text)):
        return False  # ("a grimpé à au moins 55 morts en moins d'une semaine": a span the toll covers)
    return bool(lex.update_before_parts and lex.update_before_parts.search(low[(s.start - 80 if s.start > 80 else 0):s.start])
                or lex.update_after and lex.update_after.match(low, s.end)
                or TOLL_DAY_VERB.match(low, s.end) and TOLL_BEFORE_DAY.search(low, max(0, s.start - 40), s.start))


DAY_FOLLOWING_WORDS = tuple(cue_alternatives("day_following_event_literal"))  # one of them is in every match (the gate)


def _day_taken_to(low: str, s: TimeSpan, before: int) -> bool:
    """"les secouristes ont continué à extraire de nouveaux corps dans la nuit et samedi matin, portant à
    290 le nombre de décès", "found five more bodies on Saturday, bringing the toll to 290": a day
    between the additions and the toll they take up (`toll_taken_to`, right before the figure) is the
    update's, not the event's."""
    return s.end <= before and TOLL_TAKEN_TO.search(low, s.end, before) is not None \
        and not re.search(r"[.;]", low[s.end:before])


def _day_after_event(lex: FigureLexicon, low: str, s: TimeSpan, before: int) -> bool:
    """"Italy began the painful task of burying its dead on Saturday following a massive earthquake, ...
    and the death toll climbed to 291": a day right before "following the <event>", with the figure
    after the event's name, is a day after the event (the funerals'), not the event's. ("20 people
    died on Saturday following a quake": the figure before the day, the day is the deaths'.)"""
    if lex.day_following_event is None or not any_in(low[s.end:s.end + 16], DAY_FOLLOWING_WORDS):
        return False
    m = lex.day_following_event.match(low, s.end)
    return m is not None and m.end() <= before


def _count_day(lex: FigureLexicon, low: str, s: TimeSpan) -> bool:
    """"As of Wednesday, North Carolina reported 102 fatalities from the storm": the day the count
    stands at, which dates the figure's window but is no event's day (`count_day_before`)."""
    return bool(lex.count_day_before and lex.count_day_before.search(low, max(0, s.start - 20), s.start))


YEAR_SPAN_TEXT = re.compile(r"^\W*(?:\w+\s+)?(?:19|20)\d\d\W*$")  # "en 2019", "in 2019", "2019"
# "en une semaine", "au cours des dernières 24 heures", "over the past week": a duration up to publication
DURATION_SPAN = re.compile(r"\W*(?:" + cues("duration_span_open") + r")\s", re.IGNORECASE)


# ", ", " and ", ", and " between two place names: a coordination of places
PLACE_COORDINATION = re.compile(r"\s*(?:,\s*)?(?:(?:" + cues("and_word") + r")\s+)?")
# the first characters of a non-empty match other than a space: a comma, the first letters of the "and"
# words (None where one of them is written as a pattern: no gate)
COORDINATION_FIRST = frozenset("," + "".join(w[0] for w in cue_alternatives("and_word"))) \
    if all(re.fullmatch(r"[a-zA-Zà-ÿ]+", w) for w in cue_alternatives("and_word")) else None


def _named_areas(places_all, text: str, gaz) -> list[str]:
    """The places an article names, a coordination ("in Cumilla, Noakhali and Feni") standing for
    the area that holds them all (Chattogram division), once: named together, its places speak of
    that area, not each of one article's place. A coordination of places with nothing in common
    ("from Sudan, Somalia and Nigeria") counts for none."""
    out: list[str] = []
    run: list[str] = []
    prev_end = -1
    gap = (0, 0)  # the text between the run's first two places
    for s, e, slug in places_all + [(-1, -1, None)]:
        if slug is not None and run and prev_end < s and (COORDINATION_FIRST is None or text[prev_end] in COORDINATION_FIRST
                                                           or text[prev_end].isspace() and (prev_end + 1 == s or text[prev_end + 1] in COORDINATION_FIRST or text[prev_end + 1].isspace())) \
                and PLACE_COORDINATION.fullmatch(text, prev_end, s):
            if len(run) == 1:
                gap = (prev_end, s)
            run.append(slug)
        else:
            if len(run) == 1 or len(set(run)) == 1:
                out += run
            elif len(run) == 2 and (gaz.contains(run[0], run[1]) or gaz.contains(run[1], run[0])) \
                    and not AND_OR_WORD.search(text, *gap):
                # "Uyo, Akwa Ibom State", "the Federal Capital Territory, Abuja": a place and the one that
                # holds it, set beside it, are no coordination: the narrower is named (place-r263)
                out.append(run[1] if gaz.contains(run[0], run[1]) else run[0])
            elif run:
                common = [a for a in gaz.ancestors(run[0]) if all(gaz.contains(a, r) for r in run[1:])]
                if common:
                    out.append(common[0])
            run = [slug] if slug is not None else []
        prev_end = e
    return out


def _spread_over_countries(places_all, gaz, text: str) -> bool:
    """Does the article name five countries or more, none of them in as many as two mentions in five?"""
    per: dict[str, int] = {}
    for slug in _named_areas(places_all, text, gaz):
        country = gaz.ancestors(slug)[-1]
        if not gaz.is_region(country) and not gaz.is_sea(country):
            per[country] = per.get(country, 0) + 1
    return len(per) >= 5 and 5 * max(per.values()) < 2 * sum(per.values())


SUPERLATIVE_WORDS = tuple(cue_alternatives("superlative_words"))  # literals that gate the superlative scope
# "in South Korea's worst disaster": a place's possessive before a superlative ranks an event, locates no figure
POSSESSIVE_SUPERLATIVE = re.compile(r"['’]s\s+(?:[\w-]+\s+)?(?:" + cues("superlative_words") + r")", re.IGNORECASE)


# "les autorités malgaches", "Nigerian police": a nationality word qualifying a country's own authority
AUTHORITY_BEFORE = re.compile(r"\b(?:" + cues("authority_noun_before") + r")\s+$", re.IGNORECASE)
AUTHORITY_AFTER = re.compile(r"\s+(?:" + cues("authority_noun_after") + r")\b", re.IGNORECASE)


def _national_place(nationals, text: str, gaz) -> Optional[str]:
    """The place of an article that names none but by nationality words: the country whose own
    authorities it quotes ("Les autorités malgaches font état de 12 morts", "Nigerian police
    said"), not the victims' ("Trois ouvriers pakistanais") nor the attacker's ("une frappe russe",
    "the Israeli army said it killed")."""
    kept = [p for p in nationals if AUTHORITY_BEFORE.search(text, max(0, p[0] - 40), p[0])
            or AUTHORITY_AFTER.match(text, p[1])]
    return _article_place(kept, gaz) if kept else None


# "Garissa University College", "Dhaka Medical College Hospital", "Kano Teaching Hospital": a site
# whose name opens with its town's (capitalised words before a site noun of cue site_after_town)
SITE_AFTER_TOWN = re.compile(r"(?<![\w'’.-])([A-Z][a-z][\w'’-]*)((?: [A-Z][\w'’-]+){0,3}?) (?:"
                             + cues("site_after_town") + r")(?![\w-])") if cue_alternatives("site_after_town") else None
SITE_AFTER_TOWN_WORDS = tuple(cue_alternatives("site_after_town_literal"))  # one of them is in every match
LANDMARK_AFTER_TOWN_WORDS = tuple(cue_alternatives("landmark_after_town"))  # the sites the victims are taken to
CAPITALISED_RUN = re.compile(r"(?: [A-Z][\w'’-]*)*")


def _sites_after_town(counted, text: str, lang: str, gaz) -> list:
    """`counted` with the towns that open the names of sites (`SITE_AFTER_TOWN`) the gazetteer found
    no mention at: a town or region the gazetteer knows by that name alone (not a country: "the Kenya
    Red Cross" is a body; not a common word the world tier takes only after a locative)."""
    starts = {p[0] for p in counted}
    added, landmarks = [], []
    for m in SITE_AFTER_TOWN.finditer(text):
        s, e = m.span(1)
        if s in starts or text[max(0, s - 1):s] in ("'", "’"):
            continue
        hit = gaz.find(m.group(1), lang)
        if len(hit) == 1 and hit[0][0] == 0 and hit[0][1] == e - s and gaz.parent(hit[0][2]) is not None:
            # a hospital the victims were taken to is a landmark (spec 6): its town is the article's
            # place only where the article names no other ("Letterkenny University Hospital" in copy on
            # a Donegal village; "pronounced dead at Dhaka Medical College Hospital" under "in the capital")
            name = CAPITALISED_RUN.match(text, e)  # the site's whole name ("Letterkenny University Hospital")
            (landmarks if any_in(name.group(0), LANDMARK_AFTER_TOWN_WORDS) else added).append((s, e, hit[0][2]))
    if not counted and not added:
        added = landmarks
    return sorted(counted + added) if added else counted


def _article_place(places_all, gaz, text: str = "", dateline: Optional[str] = None,
                  state_bare: Optional[bool] = None) -> Optional[str]:
    """The place an article is about when a sentence names none: its most named place, ties going
    to the place more mentions fall inside, except that the dateline's town wins a tie with a place
    it lies in ("GARISSA, Kenya (AP) -" over the two mentions of Kenya: the reporter is there).
    `state_bare`: whether `text` holds one of `STATE_BARE_WORDS`, when the caller asked already (None:
    asked here)."""
    if not places_all:
        return None
    if text and CAPITAL_BARE is not None and "capital" in text:
        # a bare "la capitale" is a setting, no vote for what the article is about (acc-r87)
        places_all = [p for p in places_all if not (text[p[0]] in "LlCcTt" and CAPITAL_BARE.fullmatch(text, p[0], p[1]))] or places_all
    if text and STATE_BARE is not None and (any_in(text, STATE_BARE_WORDS) if state_bare is None else state_bare):
        # nor "across the state", which repeats the state named before it (every match holds one of its words)
        places_all = [p for p in places_all if not STATE_BARE.fullmatch(text, p[0], p[1])] or places_all
    slugs = _named_areas(places_all, text, gaz) if text else [slug for _, _, slug in places_all]
    if not slugs:
        slugs = [slug for _, _, slug in places_all]
    if (towns := gaz.town_slugs) and not towns.isdisjoint(slugs):
        # a town of the small towns' tier, taken after a locative, places its sentence's figures; it
        # casts no vote for what the article is about (a list's "deux à Villalier" is no Aude; place-r205)
        slugs = [s for s in slugs if s not in towns] or slugs
    counts: dict[str, int] = {}
    for slug in slugs:
        for anc in gaz.ancestors(slug):
            counts[anc] = counts.get(anc, 0) + 1
    own: dict[str, int] = {}
    for slug in slugs:
        own[slug] = own.get(slug, 0) + 1
    # (then the place whose country more mentions fall inside, before the deeper one: "left Bole International
    # Airport" is Xinjiang's Bole to the world tier, one level deeper than "the town of Bishoftu" now that its
    # towns lie in their region; place-r263, dev850)
    best = max(own, key=lambda s: (own[s], counts[s], counts[(gaz.ancestors(s) or (s,))[-1]], len(gaz.ancestors(s))))
    if dateline is not None and dateline != best and own.get(dateline, 0) >= own[best] \
            and gaz.contains(best, dateline):
        return dateline
    return best


def _most_specific(mentions, gaz, keep=()):
    """Drop a place when a place inside it is named too ("à Kharkiv, dans le nord-est de l'Ukraine"),
    unless it is in `keep`."""
    slugs = {slug for _, _, slug in mentions}
    return [m for m in mentions if m in keep or not any(other != m[2] and gaz.contains(m[2], other) for other in slugs)]


def _scopes(mentions, text: str, lex: FigureLexicon) -> list:
    """Places named as a figure's extent ("strikes across Ukraine", "à travers le pays"): a place
    inside one named in the same sentence ("including a hit on a hospital in Kyiv") is one site
    of it, not a narrower reading of it."""
    if not lex.place_scope_before or not _HELD & HOLDS_PLACE_SCOPE_BEFORE:
        return []
    return [m for m in mentions if lex.place_scope_before.search(fold(text[max(0, m[0] - 40):m[0]]))]


# "à 45 km de Kaya", "100 km (62 miles) south of Goma", "à quelque 350 kilomètres à l'ouest de la capitale
# fédérale, Abuja": a landmark to measure from, not the place
DISTANCE_FROM = re.compile(r"(?:\d|\b(?:" + cues("approximate_count") + r")s?(?:" + cues("approximate_count_of") + r")?)\s*(?:km|"
                           + cues("distance_unit") + r")\s*(?:\([^)]*\)\s*)?(?:(?:" + cues("compass_to") + r")?(?:" + cues("compass_point")
                           + r")[\w-]*\s+)?(?:" + cues("distance_from") + r")\s*(?:(?:" + cues("distance_from_settlement")
                           + r")\s*,?\s*)?$")
# "a village south of the capital Khartoum": a landmark to place something by, not the place ("the
# north of Syria" is a part of it)
DIRECTION_OF = re.compile("".join(rf"(?<!{w} )" for w in cue_alternatives("direction_not_after")) + r"\b(?:" + cues("direction") + r")"
                          r"\s+(?:" + cues("direction_of") + r")\s+(?:(?:" + cues("direction_the") + r")\s+(?:" + cues("direction_settlement")
                          + r")\s+(?:(?:" + cues("direction_of") + r")\s+)?)?$", re.IGNORECASE)
DIRECTION_WORDS = tuple(cue_alternatives("direction_of"))  # one of them is in every DIRECTION_OF match
# "une zone montagneuse au nord-est de Rome", "un village au sud de la capitale": the same landmark in
# French ("au nord de la Syrie" alone may be its north, so only after a noun of a site)
DIRECTION_FR = re.compile(r"\b(?:" + cues("direction_site") + r")s?\b[^.;,]{0,30}?(?:,\s*)?"  # "la plaine de X, au nord de"
                          r"\b(?:" + cues("direction_site_to") + r")\s*(?:" + cues("direction_site_point") + r")(?:" + cues("direction_site_point_end") + r")?\s+(?:"
                          + cues("direction_site_of") + r")(?:(?:" + cues("direction_site_settlement") + r")\s+)?$", re.IGNORECASE)
# "un incendie à Hwaseong, au sud de Séoul": the same bearing set off by a comma right after a place
# the copy names, which it situates (acc-r259)
DIRECTION_AFTER_PLACE_FR = re.compile(r",\s*(?:" + cues("direction_site_to") + r")\s*(?:" + cues("direction_site_point") + r")(?:"
                                      + cues("direction_site_point_end") + r")?\s+(?:" + cues("direction_site_of") + r")(?:(?:"
                                      + cues("direction_site_settlement") + r")\s+)?$", re.IGNORECASE)
DIRECTION_SITE_WORDS = tuple(cue_alternatives("direction_site_literal"))  # one of them is in every DIRECTION_FR match
# the compass point, which every DIRECTION_FR match ends with but for its "de" and a settlement noun
# (30 characters at most before the place): the cheap test before the pattern is tried (acc-r87)
DIRECTION_SITE_POINTS = tuple(cue_alternatives("direction_site_point"))


def _direction_site(text: str, start: int, found, gaz=None, slug: Optional[str] = None) -> bool:
    """Is the place at `start` a landmark a site is placed by ("un camp à l'ouest de Gaza-ville")?
    Not where the site is named by a place of another country ("la zone industrielle de Wellington,
    à l'est de Freetown"): the bearing then tells that place's namesake from the one meant
    (`namesakes`); a place of the landmark's own country it only situates ("la province de Batangas,
    au sud de Manille": Batangas; acc-r87)."""
    m = DIRECTION_FR.search(text, max(0, start - 70), start)
    if m is None:
        # "à Hwaseong, au sud de Séoul": a place named right before the bearing is the site
        m = DIRECTION_AFTER_PLACE_FR.search(text, max(0, start - 40), start)
        if m is None:
            return False
        inside = [p[2] for p in found if p[1] == m.start()]
        if not inside:
            return False
    else:
        inside = [p[2] for p in found if m.start() <= p[0] < m.end()]
        if not inside:
            return True
    if gaz is None or slug is None:
        return False
    home = (gaz.ancestors(slug) or (slug,))[-1]
    return all((gaz.ancestors(p) or (p,))[-1] == home for p in inside)
# "De fortes secousses ont été ressenties jusqu'en Inde, ..., et au Bangladesh": how far a quake
# was felt is no setting for the sentences after it
FELT_BEFORE = re.compile(r"\b(?:" + cues("felt") + r")\s+(?:[\w'’-]+\s+){0,3}?(?:" + cues("felt_as_far") + r")[^.;!?]*$")
FELT_WORDS = tuple(cue_alternatives("felt_literal"))  # one of them is in every FELT_BEFORE match
# "an Indian Ocean island nation", "off Florida's Atlantic Ocean coast": a sea that qualifies land
SEA_AS_ADJECTIVE = re.compile(r"\s+(?:" + cues("sea_as_adjective") + r")\b", re.IGNORECASE)
# "Turkey and Syria", "Granada, Murcia and Almería", "à Zamzam et El Fasher": places in coordination
# ("Busan (sud-est) et Daejeon (centre-ouest)": a compass gloss in brackets after the first place)
# ("the Central African Republic (CAR), Ethiopia, Libya and Uganda": a place's acronym in brackets; acc-r66)
PLACE_AND = re.compile(r"\s*(?:\((?:" + cues("list_item_gloss") + r"|[a-z]{2,5})\)\s*)?(?:,\s*)?(?:(?:" + cues("and_or") + r")\s+)?(?:(?:" + cues("place_and_of") + r")\s*)?")
# "at hospitals in Kano, Jahun, Nguru and Gumel": a list of places goes on past a name the gazetteer
# lacks (one word an item, up to three of them; acc-r124)
PLACE_LIST_GAP = re.compile(r"(?:\s*,\s*[\w'’-]+){1,3}\s*(?:,\s*)?(?:(?:" + cues("and_or") + r")\s+)?")
# "entre le Niger et le Burkina Faso", "between Israel and Lebanon": two places that bound something
BETWEEN_PLACES = re.compile(r"\b(?:" + cues("between_places") + r")\s+(?:[\w'’]+\s+)?$", re.IGNORECASE)


def _distance_from_before(text: str, start: int) -> bool:
    """Does a distance ("à 45 km de", "100 km (62 miles) south of") end right before `start`?
    `DISTANCE_FROM` needs "km", "kilom" or "mile": most places have none of them before."""
    window = text[max(0, start - 70):start]
    return ("km" in window or "kilom" in window or "mile" in window) and DISTANCE_FROM.search(window) is not None


# "vers Minova, dans la province voisine du Sud-Kivu": a place that situates the one just named
PLACE_SITUATED = re.compile(r"\s*,\s*(?:" + cues("situated_in") + r")\s+(?:" + cues("situated_det") + r")?(?:(?:" + cues("region_noun")
                            + r")\s+(?:" + cues("neighbouring") + r")?(?:" + cues("region_of") + r")?)?")


# "in the Ternopil strike", "the Kramatorsk attack": a town or region before the event names where it
# struck (a country's name there is who struck: "the Russia attack" is rare, "Israeli strikes" common)
PLACE_EVENT_AFTER = re.compile(r"\s+(?:(?:" + cues("place_event_weapon") + r")\s+)?(?:" + cues("place_event_noun") + r")\b")
# "..., where 292 died": a relative clause after a place (past one apposition) that holds a count (acc-r186)
WHERE_COUNT_AFTER = re.compile(r"(?:\s*,[^,.;:\n]{1,80})?\s*,\s+(?:" + cues("where_clause") + r")\s+[^.;:\n]{0,30}?\d")
# "The Henan provincial government said": the government of the region named governs it (acc-r186)
OWN_GOVERNMENT_AFTER = re.compile(r"\s+(?:" + cues("own_government_after") + r")\s+(?:government|authorities|administration)\b")
# "The health ministry in Hamas-run Gaza says ...", "officials in Kyiv said": where the source sits,
# not a country that reports on another
REPORTS_FROM_IN = assertions_after(r"\b(?:" + cues("reporting_body") + r") (?:" + cues("reporting_in") + r")\s+(?:[\w-]+-(?:" + cues("controlled") + r")\s+)?$")
# "a day after it left the western Libyan port of Sabratha": the port a boat set off from
PORT_LEFT = re.compile(r"\b(?:" + cues("port_left") + r")\s+(?:(?:" + cues("port_left_det") + r")\s+)?(?:[a-z-]+\s+)?$")
PORT_AFTER = re.compile(r"\s+(?:" + cues("port") + r")\b")
PORT_WORDS = tuple(cue_alternatives("port_literal"))  # one of them starts every PORT_AFTER match
# "in Wardak province near Kabul", "Beni territory, near the town of Butembo": a place named to situate
# the one just named (a landmark), not the figure's
NEAR_NAMED = re.compile(r"\b(?:" + cues("near_region") + r")\s*,?\s+"
                        r"(?:" + cues("near") + r")\s+(?:(?:" + cues("near_det") + r")\s+(?:" + cues("near_settlement") + r")\s+(?:(?:" + cues("near_of") + r")\s+)?)?$")
NEAR_WORDS = tuple(cue_alternatives("near_literal"))  # one of them is in every NEAR_NAMED match
# (or, within 100 characters before the place, one of these: "Le village, situé à une trentaine de
# kilomètres de la ligne de front, près de Koupiansk")
NEAR_FAR_WORDS = tuple(cue_alternatives("near_far_literal"))


# a flight's destination, then the list of places it opens ("notamment", "including"), within the clause
FLED_TOWARD = re.compile(r"\b(?:" + cues("fled_toward") + r")\b[^.;:()«»]{0,50}?\b(?:" + cues("fled_toward_list")
                         + r")\b[^.;:()«»]{0,60}$")
FLED_WORDS = tuple(cue_alternatives("fled_toward_literal"))  # one of them is in every FLED_TOWARD match


# "l'attaque massive de la Russie sur le territoire ukrainien", "strikes by Russia": the country whose
# attack it is acts, it is no place (a country only: "l'attaque de Solhan" names where it happened)
ACTOR_COUNTRY = re.compile(r"\b(?:" + cues("actor_country_before") + r")\s*$")
ACTOR_TAILS = tuple(cue_alternatives("actor_country_tail"))  # how every ACTOR_COUNTRY match ends
ACTOR_WORDS = tuple(cue_alternatives("actor_country_literal"))  # one of them is in every ACTOR_COUNTRY match
ACTOR_VERB_WORDS = tuple(cue_alternatives("actor_country_verb"))
ACTOR_VERB = re.compile(r"\s+(?:" + cues("actor_country_verb") + r")\b")
SENTENCE_HEAD = re.compile(r"(?:^|[.!?\n]\s*|[.!?][\"”»]\s*)$")  # right after the start of a sentence or line


def _any_between(text: str, words, start: int, end: int) -> bool:
    """Does `text[start:end]` hold one of `words`? (A pattern whose every match holds one of them
    cannot match there otherwise: a cheap test before one that tries every position.) The window is
    sliced once and each word asked with `in`: `str.find(w, start, end)` spent about a thousand
    instructions a call parsing its arguments, more than the copy of a window of 30 to 110 characters."""
    window = text[start:end]
    for w in words:
        if w in window:
            return True
    return False


def _not_origin_or_destination(places, low: str, lex: FigureLexicon, gaz=None, held: Optional[int] = None, tail_hits=None):
    """Drop "partie de Gambie", "ont fui vers Sebba", "Jordan said": where people came from or went,
    or who reports, is not where the figure happened; a place coordinated with one goes too
    ("qui part du Sénégal, de Gambie et de Mauritanie"). `low` is the article folded (`fold`)."""
    if not lex.place_not_before and lex.place_not_after is None:
        return places
    kept, dropped_end, dropped_slug = [], None, None
    if held is None:  # `_article_words(lang).held(low)`, when the caller has it
        held = -1
    fled_possible = bool(held & HOLDS_FLED)  # once for the article: most never tell of a flight
    actor_possible = bool(held & HOLDS_ACTOR)
    envoy_possible = bool(held & HOLDS_ENVOY)  # once for the article: most name no envoy
    # the occurrences of `place_not_before`'s literals in the article, when the caller read them
    tail_ends = [h[0] for h in tail_hits] if tail_hits is not None and lex.place_not_before else None
    for s, e, slug in places:
        situating = dropped_end is not None and dropped_slug is not None and gaz is not None \
            and APPOSED.fullmatch(low, dropped_end, s) is not None
        if situating and not gaz.contains(slug, dropped_slug):
            # "venus du Mali, dans la région de Tillabéri": a place that does not hold the origin
            # just named does not situate it ("venue d'Anjouan, aux Comores" does); it is the figure's
            kept.append((s, e, slug))
            dropped_end = dropped_slug = None
            continue
        # a country (no parent): asked by four tests below, once per mention, and before their patterns
        country = gaz is not None and not gaz.parent(slug)
        if tail_ends is not None:
            drop = lex.place_not_before.search_in(low, (s - 60 if s > 60 else 0), s, tail_hits, tail_ends)
        else:
            drop = bool(lex.place_not_before and lex.place_not_before.search(low[max(0, s - 60):s]))
        if drop and WHERE_COUNT_AFTER.match(low, e) is not None:
            drop = False  # "were in Zhengzhou, the provincial capital ..., where 292 died": the count's place
        drop = drop or (country and NEAR_COUNTRY.search(low, (s - 24 if s > 24 else 0), s) is not None)  # "deux attaques près du Mali": a border, not the place
        drop = drop or (held & HOLDS_NAMED_AFTER_COUNTRY and country
                        and NAMED_AFTER_COUNTRY.search(low, (s - 24 if s > 24 else 0), s) is not None)  # "au Stade de France": a venue's name, not the country
        drop = drop or _nationality_item(low, s, e, lex)
        # "l'attaque massive de la Russie", "une frappe imputée à Israël": a country that acts (and no
        # origin that a place after it would situate: "blamed on Russia in Kharkiv" is Kharkiv's; acc-r87)
        acts = not drop and actor_possible and country and low.endswith(ACTOR_TAILS, 0, s) \
            and ACTOR_COUNTRY.search(low, s - 40 if s > 40 else 0, s) is not None
        drop = drop or acts
        drop = drop or (ACTOR_VERB_WORDS and country and held & HOLDS_ACTOR_VERB and ACTOR_VERB.match(low, e) is not None
                        and SENTENCE_HEAD.search(low, max(0, s - 4), s) is not None)  # "Russia kills at least 16 in strikes on Kyiv": who acts
        if not drop and envoy_possible and _any_between(low, ENVOY_WORDS, (s - 60 if s > 60 else 0), s) and ENVOY_OF.search(low, (s - 60 if s > 60 else 0), s):
            # "l'ambassadeur de Pékin au Vanuatu": the envoy's country reports; the place after it stays
            dropped_end = dropped_slug = None
            continue
        if fled_possible and not drop and (left := low[(s - 120 if s > 120 else 0):s]) and any_in(left, FLED_WORDS):
            drop = FLED_TOWARD.search(left) is not None  # "ont pris la fuite vers des zones voisines, notamment l'Arcahaie"
        drop = drop or bool(lex.place_not_after is not None and lex.place_not_after.match(low[e:e + 60])
                            and not REPORTS_FROM_IN.search(low, (s - 40 if s > 40 else 0), s)
                            and not (gaz is not None and gaz.parent(slug) and (PLACE_EVENT_AFTER.match(low, e) or OWN_GOVERNMENT_AFTER.match(low, e))))
        drop = drop or low[s:e].endswith(DEMONYM_ENDINGS) and NATIONAL_FIRE.match(low, e) is not None  # "by Israeli fire"
        drop = drop or held & HOLDS_PORT and any_in(low[e:e + 6], PORT_WORDS) and PORT_AFTER.match(low, e) is not None \
            and PORT_LEFT.search(low, max(0, s - 40), s) is not None
        drop = drop or (held & HOLDS_NEAR and ((_any_between(low, NEAR_WORDS, (s - 30 if s > 30 else 0), s)
                                                 and NEAR_NAMED.search(low, (s - 30 if s > 30 else 0), s) is not None)
                                                or (NEAR_FAR_WORDS and _any_between(low, NEAR_FAR_WORDS, (s - 100 if s > 100 else 0), s)
                                                    and NEAR_NAMED.search(low, max(0, s - 100), s) is not None)))
        drop = drop or (dropped_end is not None and bool(PLACE_AND.fullmatch(low[dropped_end:s])
                                                         or PLACE_SITUATED.fullmatch(low[dropped_end:s])
                                                         or "," in low[dropped_end:s] and PLACE_LIST_GAP.fullmatch(low, dropped_end, s)))
        if acts or (drop and gaz is not None and gaz.is_region(slug)):
            # (a region of several countries dropped is no list of places the next would go on:
            # "Pays pauvre d'Afrique de l'Ouest, le Burkina Faso"; acc-r219)
            dropped_end = dropped_slug = None
        elif drop:
            dropped_end, dropped_slug = e, slug
        else:
            kept.append((s, e, slug))
            dropped_end = dropped_slug = None
    return kept


# "dont trois enfants emportés par les eaux": a part carried off by water
SWEPT_PART = re.compile(r"[^.;:,()]{0,40}?\b(?:" + cues("swept_part") + r")")
ENVOY_OF = re.compile(r"(?:" + cues("envoy_of") + r")$")
ENVOY_WORDS = tuple(cue_alternatives("envoy_literal"))  # one of them is in every ENVOY_OF match
BRACKET_OPEN = re.compile(r"\s*\(\s*")
BRACKET_CLOSE = re.compile(r"\s*\)")


def _drop_bracketed_situating(places, text: str, gaz):
    """"à Rosny-sous-Bois (Seine-Saint-Denis)", "Kharkiv (Ukraine)": a place in brackets right after
    another that it does not lie in only situates that place; it is no figure's place nor a setting."""
    kept = []
    for k, (s, e, slug) in enumerate(places):
        if k and "(" in text[places[k - 1][1]:s] and BRACKET_OPEN.fullmatch(text, places[k - 1][1], s) and BRACKET_CLOSE.match(text, e) \
                and slug != places[k - 1][2] and not gaz.contains(places[k - 1][2], slug):
            continue
        kept.append((s, e, slug))
    return kept


# "in Quetta, the provincial capital of Balochistan", "à Goma, chef-lieu du Nord-Kivu": the region
# a town is the capital of only situates it
ON_BOARD_AFTER = re.compile(r"\s+(?:" + cues("on_board_after") + r")\b")
ON_BOARD_ONLY = re.compile(r"\s+(?:" + cues("on_board_only") + r")")  # "were involved": no toll follows in their clause
ABOARD_SPAN = 30  # characters after "on board" where the verb of those aboard stands ("were all killed")


def _befell_aboard(right: str, end: int, lex: FigureLexicon) -> bool:
    """Does a killing or wounding verb follow "on board" in the same clause ("62 people on board
    were killed", "les 62 personnes à bord ont péri")? Not past a comma: "151 people on board, some
    75 of whom had been brought ashore, while the rest were presumed dead" counts those aboard."""
    clause = right[end:end + ABOARD_SPAN]
    for stop in ",;.(":
        clause = clause.split(stop, 1)[0]
    measure, _ = _measure_after(clause, lex)
    return measure in FLOW_MEASURES


RESCUERS_DEPLOYED_AFTER = re.compile(r"\s+(?:" + cues("rescuers_deployed_after") + r")\b")
RESCUERS_DEPLOYED_BEFORE = re.compile(r"\b(?:" + cues("rescuers_deployed_before") + r")\s*$")
# the noun a part is taken from, right before "dont", "including" ("Les pompiers, dont une trentaine ...")
PART_OF_NOUN = re.compile(r"([\w-]+)\s*,?\s*(?:" + cues("part_lead") + r")\s+$")
CAPITAL_OF = re.compile(r"\s*,\s*(?:(?:" + cues("capital_of_det") + r")\s*)?(?:[\w-]+\s+){0,2}?(?:" + cues("capital_of")
                        + r")\s*(?:(?:" + cues("capital_of_det2") + r")\s*)?", re.IGNORECASE)
NEAR_TOWN = re.compile(r"\b(?:" + cues("near_town") + r")\s*(?:(?:" + cues("capital_of_det2") + r")\s*)?$", re.IGNORECASE)
CAPITAL_OF_WORDS = tuple(cue_alternatives("capital_of_literal"))


# typed forms of a first-level region's name in the world tier ("himachal pradesh state", "etat de texas")
_REGION_TYPED_BEFORE = ("etat de ", "region de ", "province de ", "oblast de ", "departement de ", "district de ")
_REGION_TYPED_AFTER = (" state", " region", " province", " oblast", " governorate", " district", " county")


def _world_region(slug: str, world) -> bool:
    words = slug.replace("-", " ")
    keys = world.keys
    return any(keys.get(t + words) == slug for t in _REGION_TYPED_BEFORE) \
        or any(keys.get(words + t) == slug for t in _REGION_TYPED_AFTER)


def _drop_foreign_namesakes(places, named, nationals, gaz, text: str):
    """"the sub-divisional magistrate of Banjar" in an article on a bus crash in Himachal Pradesh: a
    town of the world tier in another country than the one where every place that anchors the
    article lies, or the two (first-level regions the world tier types, like Himachal Pradesh, and countries and
    curated places named more than once; `named`: every mention, even those that are no
    figure's place) is the namesake of a local place the gazetteer lacks (Banjar, Indonesia, for
    Banjar in Kullu district): no figure's place nor a setting. An article whose anchors lie in
    three countries or more keeps its places, and so does a town of a country whose people it names; a
    country or a curated town named once ("two as Thai nationals", "left Bangkok" in an article on
    Muan) anchors nothing, and a curated place is never a namesake (acc-r73)."""
    world = gaz.world
    if world is None:
        return places
    country = {}
    for _, _, slug in places:
        if slug not in country:
            chain = gaz.ancestors(slug)
            country[slug] = chain[-1] if chain else slug
    if len(set(country.values())) < 2 or all(home == slug or slug in gaz.places for slug, home in country.items()):
        return places  # one country, or no town of the world tier to doubt
    anchors = set()
    times: dict = {}
    for mention in named:
        times[mention[2]] = times.get(mention[2], 0) + 1
    # (a country named once anchors the article when a town of it is named twice too: "Australia's
    # deadliest bushfires" after "north-west of Melbourne" and "in hospital in Melbourne" makes
    # Marysville, a US town to the world tier, the namesake of the Victorian one; "left Bangkok"
    # once in an article on Muan anchors nothing)
    towns_in = {chain[-1] for slug, k in times.items() if k > 1 and len(chain := gaz.ancestors(slug)) > 1}
    for slug, k in times.items():
        chain = gaz.ancestors(slug)
        if not chain or not ((len(chain) == 1 or slug in gaz.places) and k > 1
                             or len(chain) == 1 and slug in towns_in
                             or len(chain) == 2 and slug not in gaz.places and _world_region(slug, world)):
            continue
        if all(_adjective_mention(text, m) for m in named if m[2] == slug):
            continue
        anchors.add(chain[-1])
        if len(anchors) > 2:
            # (two anchors still leave a third country's town a stray: "Qana" is Qina, Egypt, to the
            # world tier, in an article on an Israeli strike in Lebanon that never names Egypt; acc-r100)
            return places
    if not anchors:
        return places
    # (a country the article names, even once or by its people, keeps its towns: "the coast of
    # neighbouring Bangladesh, where ... camps in Cox's Bazar", in an article on Myanmar)
    people_of = {chain[-1] for p in nationals if (chain := gaz.ancestors(p[2]))}
    people_of.update(p[2] for p in named if gaz.parent(p[2]) is None)
    strays = {slug for slug, home in country.items()
              if home != slug and home not in anchors and home not in people_of and slug not in gaz.places}
    if strays and len(anchors) == 2:
        # (with two anchors, only a town named by another name than its own: "Qana" for Qina; Paris in
        # copy that names Syria and Iraq twice each stays)
        strays = {slug for slug in strays
                  if all(fold(text[s:e]) != slug.replace("-", " ") for s, e, sl in places if sl == slug)}
    return [p for p in places if p[2] not in strays] if strays else places


def _drop_capital_situating(places, text: str, gaz):
    """"in Quetta, the provincial capital of Balochistan": the region set after a town as what it is
    the capital of only situates the town; it is no figure's place nor a setting."""
    kept = []
    for k, (s, e, slug) in enumerate(places):
        if k and CAPITAL_OF.fullmatch(text, places[k - 1][1], s) and slug != places[k - 1][2] \
                and not gaz.contains(places[k - 1][2], slug):
            if not NEAR_TOWN.search(text, max(0, places[k - 1][0] - 30), places[k - 1][0]):
                continue  # (the gazetteer may not nest them: Quetta sits under Pakistan in the world tier)
            # ("non loin de Maiduguri, la capitale de l'Etat de Borno": a landmark's region stays, and the
            # landmark goes, now that the world tier nests Maiduguri in Borno and would make it the narrower
            # reading; place-r263, dev152)
            if kept and kept[-1] == places[k - 1]:
                kept.pop()
        kept.append((s, e, slug))
    return kept


# "dans la capitale du Nord-Kivu", "the provincial capital of Balochistan": the title before a region
CAPITAL_TITLE_BEFORE = re.compile(r"\b(?:" + cues("capital_of_det") + r")\s+(?:[\w-]+\s+){0,1}?(?:" + cues("capital_of")
                                  + r")\s*(?:(?:" + cues("capital_of_det2") + r")\s*)?$", re.IGNORECASE)
# the first nine characters of one of its literals are in every match, folded (the pattern is searched in
# a 45-character window before every place of an article that holds one: asked of the folded window
# first, spd-r209)
CAPITAL_TITLE_WORDS = tuple(sorted({w[:9] for w in _folded_literals(cues("capital_of"))}))


def _capital_named_before(places, text: str, gaz, folded: Optional[str] = None):
    """"les combats avaient fait rage ... dans la capitale du Nord-Kivu" in an article that named Goma
    before: a region named by the title of its capital stands for the town of it the text named last
    (not the whole region); with no such town named, the region stays (acc-r78)."""
    out = places
    for k, (s, e, slug) in enumerate(places):
        if folded is not None and not _any_between(folded, CAPITAL_TITLE_WORDS, (s - 45 if s > 45 else 0), s) \
                or not CAPITAL_TITLE_BEFORE.search(text, (s - 45 if s > 45 else 0), s):
            continue
        town = next((p[2] for p in reversed(places[:k]) if p[2] != slug and gaz.contains(slug, p[2])), None)
        if town is not None:
            if out is places:
                out = list(places)
            out[k] = (s, e, town)
    return out


# "la zone d'Al-Mawasi, près de Khan Younès", "à Bago, près de Rangoun": a place named after a comma
# and "near" to situate the name just before it (known or not), not the figure's; not at the head of a
# sentence ("Mardi, près de Goma"), unless a preposition opens it on the name ("In Muridke, near Lahore")
NEAR_AFTER_NAME = re.compile(r"(?:\b[a-zà-ÿ]+\s+|\b[dl]['’]|(?<![\w'’-])(?:" + cues("near_head_prep") + r")\s+)(?:[A-ZÀ-Ý][\w'’-]*)(?:\s+[A-ZÀ-Ý][\w'’-]*){0,3}\s*,\s*(?:"
                             + cues("near_town") + r")\s*$")


NEAR_TAIL = re.compile(r"(?:" + cues("near_town") + r")\s*$")
# every match holds one of its literals, so one of their last six characters: asked of the window first
# (a search that tries each of its 25 positions, spd-r209)
NEAR_TAIL_ENDS = tuple(sorted({w[-6:] for w in _folded_literals(cues("near_town"))}))


def _drop_near_named(places, text: str, low: str, gaz):
    kept, dropped_end = [], None
    for s, e, slug in places:
        if dropped_end is not None and PLACE_AND.fullmatch(low[dropped_end:s]):
            dropped_end = e  # "close to Aleppo and Idlib": both situate the name before them
            continue
        dropped_end = None
        # (the whole pattern only where the place follows "près de", "near": most follow none)
        m = NEAR_AFTER_NAME.search(text, (s - 80 if s > 80 else 0), s) if _HELD & HOLDS_NEAR_TOWN and _any_between(low, NEAR_TAIL_ENDS, (s - 25 if s > 25 else 0), s) \
            and NEAR_TAIL.search(low, (s - 25 if s > 25 else 0), s) else None
        if m is not None:
            name_end = text.rindex(",", m.start(), s)
            before = [p for p in places if name_end - 41 <= p[1] <= name_end and p[0] >= m.start()]
            if not any(gaz.contains(p[2], slug) for p in before):  # "en RDC, près de Goma": Goma narrows it
                dropped_end = e
                continue
        kept.append((s, e, slug))
    return kept


# "au Stade de France", "la Banque de France": a venue or an institution named after a country is not in it
NAMED_AFTER_COUNTRY = re.compile(r"\b(?:" + cues("named_after_country") + r")\s+$")
NAMED_AFTER_COUNTRY_WORDS = tuple(cue_alternatives("named_after_country_literal"))  # one of them is in every match (the gate)
# ", aux Comores", ", dans la région de": a place set beside the one before it, after a comma
NEAR_COUNTRY = assertions_after(r"\b(?:" + cues("near_country") + r")\s*(?:" + cues("near_country_of") + r")?$")
APPOSED = re.compile(r"\s*,\s*(?:" + cues("apposed_in") + r")\b[^,.;:]{0,30}$")


# "- Iran : 464 morts": a country heading an item of a list
LIST_ITEM_HEAD = re.compile(r"[ \t]*[-•*–—][ \t]*$")
LIST_ITEM_COLON = re.compile(r"[ \t]*:")


def _nationality_item(low: str, s: int, e: int, lex: FigureLexicon) -> bool:
    """"Voici le décompte par nationalité : - Iran : 464 morts": in a list of victims by
    nationality, the country heading an item is the victims' own, not where they died."""
    if lex.nationality_list is None or not ((c := low[e:e + 1]) == ":" or c in (" ", "\t") and LIST_ITEM_COLON.match(low, e)):
        return False
    line = low.rfind("\n", 0, s) + 1
    if not LIST_ITEM_HEAD.fullmatch(low, line, s):
        return False
    # the list's introduction: the last line before the list that is no item of it
    start = line
    while start > 0:
        prev = low.rfind("\n", 0, start - 1) + 1
        text = low[prev:start].strip()
        if text and not BULLET.match(text):
            return bool(lex.nationality_list.search(text))
        start = prev
    return False


# "à Makhatchkala, la capitale du Daghestan, et dans la ville côtière de Derbent": an apposition that
# describes the first place before the second is coordinated with it
APPOSITION_GAP = re.compile(r"\s*,\s*(?:" + cues("apposition_det") + r")\s*[^,.;:()«»\n]{1,50},")


def _named_together(text: str, end: int, start: int) -> bool:
    """Are the two places around text[end:start] coordinated ("X et Y", "X, la capitale, et dans Y")?"""
    if PLACE_AND.fullmatch(text, end, start):
        return True
    ap = APPOSITION_GAP.match(text, end, start)
    return ap is not None and any(c.isalpha() for c in text[ap.end():start]) and PLACE_AND.fullmatch(text, ap.end(), start) is not None


# "Gov. Arthur Yap of Bohol province": a capitalised given name before a word
# a locative or "of" right before a name keeps it a place, whatever person bears it
SURNAME_KEPT_AFTER = re.compile(r"\b(?:" + cues("in_place") + r"|" + cues("in_place_of") + r")\s*(?:" + cues("in_place_det") + r")?$")
NOT_GIVEN_NAMES = frozenset(cue_alternatives("not_given_name")) | frozenset(cue_alternatives("function_words"))
GIVEN_NAME_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]{1,15})[ ]$")
# "V.N. Mathur", "J. Radhakrishnan": one to three initials before a surname, at a word's start; "U.S." and
# "U.N." are no one's initials
INITIALS_BEFORE = re.compile(r"(?<![\w.])((?:[A-Z]\.){1,3}) $")
NOT_INITIALS = frozenset({"U.S.", "U.N.", "U.K.", "E.U.", "D.C."})


# "the Mustafa Pasa district of Elazig", "the city of Malatya", "Elazig city", "la ville d'Elazig": a
# town written as the town, whatever the article calls its province
TOWN_TYPED_BEFORE = re.compile(r"(?:\b(?:towns?|city|cities|district|neighbou?rhood|centre|center|downtown|suburbs?|outskirts|streets|villes?|cité|centre-ville|quartier|banlieue|rues)(?:\s+[a-zéèêàç]+)?\s+(?:of|de|d['’]|du)|\b(?:city|town) centre of)\s*$", re.I)
TOWN_TYPED_AFTER = re.compile(r"(?:\s+(?:city|town|ville|hospital|hospitals|airport|university|stadium)\b|-ville\b)", re.I)
# "31 people in Elazig and four in neighbouring Malatya province", "18 in Elazig and four in Malatya": what
# joins two items of a list of counts per place within one sentence
ITEMS_JOINED = re.compile(r"[^.;:!?\n]{0,60}?(?:,|\band\b|\bet\b)[^.;:!?\n]{0,60}")


def _towns_for_their_province(found, text: str, gaz):
    """"The quake struck ... in Elazig province. It killed 31 people in Elazig and four in neighbouring
    Malatya province": a world-tier town that gives its name to the province around it, named bare in
    an article that names that province by its kind ("Elazig province", "la province d'Elazig"), is the
    province where a list of counts per place in its sentence joins it to another such province ("Malatya
    province", or "Malatya" whose province the article names too): the items of one list are places of
    one kind (spec 6, places). Alone ("au moins 103 morts à Kerman" beside "la province de Kerman") it
    stays the town, and so does a town the copy writes as the town ("the Mustafa Pasa district of
    Elazig", "Elazig city"). Curated places keep their own conventions (Kherson the city and its oblast)."""
    places = gaz.places
    typed: dict[str, str] = {}  # a world-tier town's slug -> its province's, where the article types the province
    slugs = {p[2] for p in found}
    for s, e, slug in found:
        if slug in places or slug in typed:
            continue
        up = gaz.parent(slug)
        if up is None or up not in slugs or up in places or gaz.parent(up) is None:
            continue
        name = fold_key(text[s:e])
        if any(q[2] == up and _names_its_town(fold_key(text[q[0]:q[1]]), name) for q in found):
            typed[slug] = up
    if not typed:
        return found
    provinces = set(typed.values())
    if len(provinces) < 2 and not any(gaz.parent(q) == gaz.parent(next(iter(provinces))) and q not in provinces
                                      for q in slugs if q not in places):
        return found  # no second province for a list to join it to
    out = []
    for i, (s, e, slug) in enumerate(found):
        if slug in typed and not TOWN_TYPED_BEFORE.search(text, max(0, s - 40), s) and not TOWN_TYPED_AFTER.match(text, e) \
                and _listed_with_a_province(found, i, text, typed, gaz):
            slug = typed[slug]
        out.append((s, e, slug))
    return out


def _listed_with_a_province(found, i: int, text: str, typed, gaz) -> bool:
    """The mention before or after `found[i]` in its sentence, joined to it as an item of one list, is
    another province of its country: by its typed name ("Malatya province") or by its town's where the
    article types that province too ("Malatya")."""
    s, e, own = found[i]
    province = typed[own]
    country = gaz.parent(province)
    for j in (i - 1, i + 1):
        if not 0 <= j < len(found):
            continue
        qs, qe, q = found[j]
        other = typed.get(q, q)
        if other == province or other in gaz.places or gaz.parent(other) != country:
            continue
        if q not in typed and not _names_its_town(fold_key(text[qs:qe]), fold_key(text[qs:qe]).split()[0]) \
                and not _names_its_town(fold_key(text[qs:qe]), fold_key(text[qs:qe]).split()[-1]):
            continue  # a province written bare is the town's: only its typed name counts here
        if ITEMS_JOINED.fullmatch(text, qe, s) if j < i else ITEMS_JOINED.fullmatch(text, e, qs):
            return True
    return False


def _names_its_town(region: str, town: str) -> bool:
    """'elazig province' and 'province d elazig' hold the town's name 'elazig' as their own, with a word
    of their kind beside it."""
    return region != town and (region.startswith(town + " ") or region.endswith(" " + town))


def _not_surnames(found, text: str, gaz):
    """"Gov. Arthur Yap of Bohol province said ... Yap ordered mayors": a one-word name of the world
    tier that the article also writes after a given name (where the tier found no place) is that
    person's surname, no place, where it stands without a locative before it."""
    places = gaz.places
    surnames: set[str] = set()
    seen: set[str] = set()
    for s, e, slug in found:
        if slug in places:
            continue
        word = text[s:e]
        if word in seen or " " in word or "-" in word:
            continue
        seen.add(word)
        at = text.find(word)
        while at > 1:
            # a person's initials right before it ("general manager V.N. Mathur": acc-r236)
            if text[at - 1] == " " and text[at - 2] == "." and (m := INITIALS_BEFORE.search(text, max(0, at - 12), at)) \
                    and m.group(1) not in NOT_INITIALS:
                surnames.add(word)
                break
            # a capitalised word ("Arthur") and a space right before this occurrence
            if text[at - 1] == " " and text[at - 2].islower():
                j = text.rfind(" ", 0, at - 1) + 1
                prev = text[j:at - 1]
                if 1 < len(prev) <= 16 and prev[0].isupper() and prev[1:].isalpha() and prev[1:].islower() \
                        and fold(prev) not in NOT_GIVEN_NAMES and GIVEN_NAME_BEFORE.search(text, j - 1 if j else 0, at) \
                        and (at + len(word) >= len(text) or not (text[at + len(word)].isalnum() or text[at + len(word)] in "'’-")) \
                        and not any(fs <= at < fe for fs, fe, _ in found):
                    surnames.add(word)
                    break
            at = text.find(word, at + 1)
    if not surnames:
        return found
    # "Yap ordered", not "the city of Bengaluru" (a team is named after it too)
    return [p for p in found if text[p[0]:p[1]] not in surnames or p[2] in places
            or SURNAME_KEPT_AFTER.search(text, max(0, p[0] - 16), p[0])]


# "dans la capitale", "in the capital's hospitals": the capital of the article's country (acc-r87)
CAPITAL_BARE = re.compile(r"\b(?:" + cues("capital_bare") + r")") if cue_alternatives("capital_bare") else None
# (searched over the article only around its literal: the opening `\b` made `re` try every position)
CAPITAL_BARE_SCAN = NearLiterals(CAPITAL_BARE.pattern, cue_alternatives("capital_bare_literal")) if CAPITAL_BARE is not None else None
CAPITALS = Path(__file__).resolve().parent.parent / "lang" / "capitals.yaml"
REGION_CAPITALS = Path(__file__).resolve().parent.parent / "lang" / "region-capitals.yaml"
# what makes "the capital" a landmark or a predicate, not the setting ("dont Karachi est la capitale",
# "reliée à la capitale", "on the western edge of the capital", "north of the capital")
CAPITAL_SITUATES = re.compile(r"\b(?:" + cues("capital_situates") + r")\s*$", re.IGNORECASE) if cue_alternatives("capital_situates") else re.compile(r"(?!x)x")


@lru_cache(maxsize=1)
def _capital_slugs() -> frozenset:
    return frozenset(_capitals().values())


@lru_cache(maxsize=1)
def _capitals() -> dict:
    from checker.yamlio import load_yaml_file
    return dict(load_yaml_file(CAPITALS) or {})


@lru_cache(maxsize=1)
def _region_capitals() -> dict:
    """region-capitals.yaml: a republic's capital, which "the capital" names after it (place-r255)."""
    from checker.yamlio import load_yaml_file
    return dict(load_yaml_file(REGION_CAPITALS) or {})


def _bare_capitals(found, text: str, gaz):
    """"des dizaines de blessés dans la capitale", "the capital's hospitals": a bare "capital" is a
    mention of the capital (`capitals.yaml`) of the one country most of the article's places lie in
    (none where two countries are named as often)."""
    bare = list(CAPITAL_BARE_SCAN.finditer(text))
    if not bare:
        return found  # ("l'ancienne capitale économique du pays": no bare capital)
    counts: dict[str, int] = {}
    # ("des frappes américaines", "l'armée américaine" in an article on Sanaa: an adjective of
    # nationality names who acts, not where; names count first, adjectives only when no name is
    # written; acc-r93)
    named = [slug for s, _, slug in found if not text[s:s + 1].islower()] or [slug for _, _, slug in found]
    for slug in named:
        chain = gaz.ancestors(slug)
        country = chain[-1] if chain else slug
        counts[country] = counts.get(country, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if len(ranked) > 1 and ranked[1] == ranked[0]:
        return found
    dominant = max(counts, key=counts.get)
    capitals = _capitals()
    extra = []
    for m in bare:
        if any(s < m.end() and m.start() - 3 <= e for s, e, _ in found if s < m.end()) \
                or CAPITAL_SITUATES.search(text, max(0, m.start() - 30), m.start()):
            continue  # "à Mogadiscio, la capitale" (named), "dont Mossoul est la capitale", "on the western edge of the capital"
        # the country of the place named last before it, in its paragraph ("hits central Mexico,
        # causing more devastation in the capital"), else the article's
        para = text.rfind("\n", 0, m.start())
        # (a name before a nationality word, which names who acts: "Chechnya said the rockets were fired by
        # Russian forces closing in on the capital"; place-r255)
        before = [slug for s, e, slug in found if para < s < m.start() and not _adjective_mention(text, (s, e, slug))] \
            or [slug for s, _, slug in found if para < s < m.start()]
        chain = gaz.ancestors(before[-1]) if before else ()
        # (a republic named last before: its own capital, "Chechnya said ... closing in on the capital")
        capital = _region_capitals().get(before[-1]) if before else None
        if capital is None:
            capital = capitals.get(chain[-1] if chain else dominant)
        if capital is not None and gaz.known(capital):
            extra.append((m.start(), m.end(), capital))
    return sorted(found + extra) if extra else found


# "across the state", "à travers l'État": the first-level region named last before
STATE_BARE = re.compile(r"(?:" + cues("state_bare") + r")") if cue_alternatives("state_bare") else None
STATE_BARE_WORDS = tuple(cue_alternatives("state_bare_literal"))


def _bare_states(found, text: str, gaz):
    """"The death toll in Alabama reached 249 ... Medical personnel across the state treated more than
    1,700 injured people": "the state" is a mention of the first-level region (a state, a province the
    gazetteer holds places in) the copy named last before it, none where it named none (place-r162)."""
    extra = []
    world = gaz.world
    for m in STATE_BARE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e, _ in found):
            continue
        for s, e, slug in reversed(found):
            if s >= m.start():
                continue
            country = gaz.parent(slug)
            if country is not None and gaz.parent(country) is None \
                    and (world is not None and _world_region(slug, world) or gaz._region_like(slug)):
                extra.append((m.start(), m.end(), slug))
                break
    return sorted(found + extra) if extra else found


# "the Victorian bushfires": a region's adjective before a disaster's noun
REGION_ADJECTIVE = re.compile(r"\b(?:" + cues("region_adjective") + r")\s+(?:" + cues("region_adjective_event") + r")\b") \
    if cue_alternatives("region_adjective") else None
# where a match of REGION_ADJECTIVE may end its name ("...an fires"): its name's last letters, when the
# language data writes it as "(?P<region>[A-Z][a-z]{3,}<letters>)<letters>" (`_region_adjective_matches`)
_REGION_FORM = re.fullmatch(r"\(\?P<region>\[A-Z\]\[a-z\]\{3,\}([a-z]+)\)([a-z]+)", cue_alternatives("region_adjective")[0]) \
    if len(cue_alternatives("region_adjective")) == 1 else None
REGION_ADJECTIVE_TAIL = re.compile(re.escape(_REGION_FORM.group(1) + _REGION_FORM.group(2)) + r"\s+(?:" + cues("region_adjective_event")
                                   + r")\b") if _REGION_FORM is not None else None


def _region_adjective_matches(text: str):
    """`REGION_ADJECTIVE.finditer(text)`. Its opening `\\b` made `re` try it at every position of an
    English article (90 µs each); its name ends on fixed letters ("an" of "Victorian") that the event's
    noun follows, so those are searched (`re` skips to a literal as `str.find` does) and the name's
    start, the one run of lower-case letters before them after a capital, is matched from there."""
    if REGION_ADJECTIVE_TAIL is None:
        yield from REGION_ADJECTIVE.finditer(text)
        return
    keep = len(_REGION_FORM.group(1))  # (the name's own last letters, before the tail's)
    pos = 0
    while (t := REGION_ADJECTIVE_TAIL.search(text, pos)) is not None:
        i = t.start() + keep  # the name is [A-Z][a-z]{3,} then the literal: a capital, then lower case up to it
        while i > 0 and "a" <= text[i - 1] <= "z":
            i -= 1
        m = REGION_ADJECTIVE.match(text, i - 1) if i > 0 else None
        if m is not None:
            yield m
            pos = m.end()
        else:
            pos = t.start() + 1


def _region_adjectives(found, text: str, lang: str, gaz):
    """"the death toll from the Victorian bushfires", "the Californian wildfires": a region's name
    with an "n" before the disaster's noun is a mention of that region (its first-level division or
    a town, never a country: a country's adjective is a nationality word, `demonyms.yaml`), which
    the article's place then counts (place-r162)."""
    extra = []
    for m in _region_adjective_matches(text):
        s, e = m.span("region")
        if any(a < e + 1 and s < b for a, b, _ in found):
            continue
        hits = gaz.find(text[s:e], lang)
        if hits:
            slug = hits[0][2] if len(hits) == 1 and hits[0][:2] == (0, e - s) else None
        else:  # (the world tier takes a bare common name only after a locative: its keys alone)
            slug = gaz.world.keys.get(fold_key(text[s:e])) if gaz.world is not None else None
        if slug is not None and gaz.parent(slug) is not None:
            extra.append((s, e, slug))  # (the name without its "n": as `namesakes_in_context` looks it up)
    return sorted(found + extra) if extra else found


# "Ethiopia's capital", "the Ethiopian capital", "la capitale de l'Ethiopie": the country's capital
CAPITAL_OWNED_AFTER = re.compile(r"(?:" + cues("capital_owned_after") + r")")
CAPITAL_OWNED_BEFORE = gated(cue_alternatives("capital_owned_before"))  # (asked of the 30 characters before each country)


def _owned_capitals(found, text: str, gaz):
    """"a garbage dump on the outskirts of Ethiopia's capital", "in the Ethiopian capital", "la
    capitale éthiopienne": a country's name (or its nationality word) that owns the word "capital"
    names that country's capital (`capitals.yaml`), not the country (place-r162)."""
    capitals = _capitals()
    out = None
    for i, (s, e, slug) in enumerate(found):
        capital = capitals.get(slug)
        if capital is None and gaz.parent(slug) is not None and (i and text[e:e + 1] == " " or slug in _region_capitals()) \
                and CAPITAL_OWNED_AFTER.match(text, e):
            # "the Northern Territory capital" after "the residents of Darwin": a region's capital is the
            # town inside it the text named last before (acc-r203); with none named, a republic's own capital
            # (region-capitals.yaml, even after "'s" and in a headline: "Chechnya's capital hit by rockets";
            # place-r255), else the region stays
            capital = next((p[2] for p in reversed(found[:i]) if p[2] != slug and gaz.contains(slug, p[2])),
                           _region_capitals().get(slug))  # (else a republic's own: "Chechnya's capital")
            if capital is not None:
                if out is None:
                    out = list(found)
                out[i] = (s, e, capital)
            continue
        if capital is None or not gaz.known(capital):
            continue
        if CAPITAL_OWNED_AFTER.match(text, e) or CAPITAL_OWNED_BEFORE.search(text, (s - 30 if s > 30 else 0), s):
            if out is None:
                out = list(found)
            out[i] = (s, e, capital)
    return found if out is None else out


def _homonyms_in_context(found, gaz, text: str = ""):
    """"Deaths were reported in South Carolina, Georgia, Florida ...": a bare name that the gazetteer
    gives to a place of one country (Georgia the country) is its homonym in another (the US state)
    where the article's other places lie in that other country and none in the first. Where the
    homonym lists the names it shares (`Place.homonym_names`: "Congo", not "RDC"), only those move.
    `text`: the article (offsets as `found`'s)."""
    countries = [gaz.ancestors(slug)[-1] if gaz.ancestors(slug) else slug for _, _, slug in found]
    # a town of the world tier may itself be a namesake ("Blida (caza de Marjayoun)" beside Saïda,
    # both Algerian towns to the world tier, in an article on Lebanon): only countries, curated
    # places and the world's first-level regions tell where the article's places lie (acc-r87)
    world = gaz.world
    telling = [sl in gaz.places or gaz.parent(sl) is None or world is None or _world_region(sl, world)
               for _, _, sl in found]
    out = []
    for (s, e, slug), own in zip(found, countries):
        alt = gaz.homonyms.get(slug)
        shared = gaz.homonym_names.get(alt) if alt is not None else None
        if alt is not None and (shared is None or text[s:e].lower().replace("’", "'") in shared):
            chain = gaz.ancestors(alt)
            theirs = chain[-1] if chain else alt
            others = [c for (_, _, sl), c, t in zip(found, countries, telling) if t and sl != slug and sl not in gaz.homonyms]
            if (theirs in others or any(sl in chain[1:] for _, _, sl in found)) and own not in others:
                # (or the article names a place the homonym lies in, a world town as well: "le parquet
                # d'Abidjan" beside "au Plateau", Abidjan's district, series-r265)
                slug = alt
        out.append((s, e, slug))
    return out


def _beyond_whole_place(records, c: Candidate, sent, places_all, gaz) -> bool:
    """Is the part `c` (its record the last of `records`), after the first item of its whole's
    breakdown, in a place its own phrase names, outside the place its whole's own phrase (before the
    first item) names ("tuées au Mozambique, dont 55 à Beira, et 89 au Zimbabwe")?"""
    rec, whole_at = records[-1], sent.start + c.part_of.number.start
    whole = next((r for r in reversed(records[:-1]) if r.start == whole_at), None)
    if whole is None or not whole.place or rec.place == whole.place or gaz.nested(whole.place, rec.place):
        return False
    own_at = sent.start + c.number.end
    first_at = sent.start + min([p.number.start for p in c.part_of.parts] + [c.number.start])
    if first_at == sent.start + c.number.start:
        return False  # the first item of the breakdown is the whole's part
    return any(p[2] == whole.place and whole_at < p[0] < first_at for p in places_all) \
        and any(p[2] == rec.place and own_at <= p[0] <= own_at + 40 and p[1] <= sent.end for p in places_all)


AND_OR_WORD = re.compile(r"\b(?:" + cues("and_or") + r")\b")


# a preposition right before a place (and its article): the place is a setting, an origin or a goal, not
# who speaks or acts ("en Nouvelle-Calédonie", "U.S. forces in Afghanistan"; not "Mais la Tunisie n'avait")
PREPOSITION_BEFORE = re.compile(r"(?i:\b(?:" + cues("preposition_before_place") + r"))(?:\s+|(?<=['’]))(?i:(?:la|le|les|l['’]|the)\s*)?$")


def _digit_in_sentence_of(text: str, pos: int) -> bool:
    """Does the sentence around `pos` (from the full stop or line end before it to the one after) hold a digit?"""
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    end = text.find(". ", pos)
    newline = text.find("\n", pos)
    end = min(e for e in (end, newline, len(text)) if e >= 0)
    return any(ch.isdigit() for ch in text[start:end])


def _situating(named, kept, gaz) -> list:
    """The places of `named` that `_most_specific` dropped from `kept` as holding one of them."""
    if len(named) == len(kept):
        return []
    return [p for p in named if p not in kept and any(gaz.contains(p[2], q[2]) for q in kept)]


def _coordinated(mentions, nearest, text, gaz, situating=()) -> Optional[str]:
    """The nearest place, or the smallest place containing every place coordinated with it
    (None when they share none: "in Turkey and Syria", "en Grèce et en Turquie"; but not the two
    sides of "la frontière entre le Niger et le Burkina Faso", which is no extent). `situating`: the
    sentence's places dropped as holding one of `mentions` (`_most_specific`), which a list goes on past
    ("in Maiduguri, Borno State, the Federal Capital Territory, Abuja and in Jos, Plateau State": three
    towns, each with its state; place-r263, dev465)."""
    ordered = sorted(mentions)
    i = ordered.index(nearest)
    lo = hi = i

    def joined(a: int, b: int) -> bool:
        if PLACE_AND.fullmatch(text[a:b]):
            return True
        between = sorted(p for p in situating if a <= p[0] and p[1] <= b)
        if not between:
            return False
        ends = [a] + [x for p in between for x in p[:2]] + [b]
        return all(PLACE_AND.fullmatch(text[ends[k]:ends[k + 1]]) for k in range(0, len(ends), 2))

    while lo > 0 and joined(ordered[lo - 1][1], ordered[lo][0]):
        lo -= 1
    while hi + 1 < len(ordered) and joined(ordered[hi][1], ordered[hi + 1][0]):
        hi += 1
    group = {m[2] for m in ordered[lo:hi + 1]}
    if len(group) == 1 or BETWEEN_PLACES.search(text, max(0, ordered[lo][0] - 25), ordered[lo][0]):
        return nearest[2]
    if len(group) == 2 and hi == lo + 1 and not AND_OR_WORD.search(text, ordered[lo][1], ordered[hi][0]):
        # "à Lac-Mégantic, au Québec": a comma and a locative before the place that holds the first
        # situate it, no coordination (acc-r99)
        a, b = ordered[lo][2], ordered[hi][2]
        if gaz.contains(b, a):
            return a
    common = [a for a in gaz.ancestors(nearest[2]) if all(a in gaz.ancestors(g) for g in group)]
    return common[0] if common else None


WORLD_SCOPE = gated(r"\b(?:" + cues("world_scope") + r")\b")
# "au moins 180 morts dans l'ensemble des pays d'Afrique australe touchés", "in the three countries": a
# count over several countries, no one place (nor the place of the sentence before)
COUNTRIES_SCOPE = gated(r"\b(?:" + cues("countries_scope") + r")\b")
WORLD_SUPERLATIVE = re.compile(r"\b(?:" + cues("world_scope_superlative") + r")\b")
SCOPE_BREAK = re.compile(r"\.(?!\d)")


def _world_scope(low: str, c: Candidate, scope=WORLD_SCOPE, places_all=()) -> bool:
    """The figure's own stretch of its sentence (within 100 characters either side, no clause break)
    says it counts the whole world (or, with `COUNTRIES_SCOPE`, several countries), with no
    superlative that only compares with it, nor a place named between them ("une centaine de morts dans
    le monde, principalement en Chine (1.268 cas, 53 morts)": China's count; acc-r243)."""
    for m in scope.rx.finditer(low):
        if m.start() >= c.head_end:
            gap_start, gap_end = c.head_end, m.start()
        else:
            gap_start, gap_end = m.end(), c.number.start
        gap = low[gap_start:gap_end]
        # (a thousands point is no break: "huit pays d'Asie, le bilan dépassait 55.000 morts et 30.000 disparus")
        if len(gap) <= 100 and ";" not in gap and ("." not in gap or SCOPE_BREAK.search(gap) is None) \
                and not WORLD_SUPERLATIVE.search(low, max(0, m.start() - 50), m.start()) \
                and not any(gap_start <= p[0] - c.sentence.start and p[1] - c.sentence.start <= gap_end for p in places_all):
            return True
    return False

NATION_OF = re.compile(r"\b(?:" + cues("nation_of") + r")\s+$")


def _named_as_region(text: str, places_all, place: str) -> bool:
    """Does the copy name `place` as a region anywhere ("Assam State", "the Assam State Disaster
    Management Authority", "Manyara Region"), by a name it gives the place elsewhere?"""
    if REGION_TYPE_AFTER is None:
        return False
    for name in {text[b:e] for b, e, sl in places_all if sl == place}:
        if REGION_TYPE_END.search(name) or re.search(r"(?<![\w-])" + re.escape(name) + REGION_TYPE_AFTER.pattern,
                                                     text, re.IGNORECASE):
            return True
    return False


# the figure whose sentence names places only past a share clause, and the first of them (`_place_of` to `_place`)
_SHARE_ONLY: Optional[tuple] = None


# "Rolling Fork, a small town with a population of about 1,800 people", "Concepción, la deuxième ville du
# pays, qui compte plus de 200.000 habitants": from a place's name to a population in its apposition
# (an apposition between: its words after the first in lower case, no other name: not "the Cherkasy region,
# which includes Uman, a city of", where the population is Uman's)
POPULATION_APPOSED = re.compile(r"(?:['’]s)?(?:\s*,\s*[^\s,.;:()]+(?:\s+(?-i:[^\sA-ZÀ-Ý,.;:()])[^\s,.;:()]*){0,8})?\s*,\s*(?:"
                                + cues("population_apposed") + r")\s*",
                                re.IGNORECASE)


def _population_owner(text: str, c: Candidate, places_all) -> Optional[str]:
    """The place a population figure is set after by apposition ("Amhara, Ethiopia's second most populous
    region, is home to more than 20 million people"), among the places kept and those dropped as only
    situating (`_DROPPED`: "à 115 kilomètres de Concepción, ..., qui compte ..."); None where there is none."""
    sent = c.sentence
    at = sent.start + c.number.start
    # (the nearest first: "Uman, a city of" after "the Cherkasy region, which includes Uman")
    # (not a foreign namesake, `_STRAYS`: "Palma, une ville de 75.000 habitants" in copy on Mozambique is no
    # town of Majorca's)
    for s, e, slug in sorted([p for p in places_all if sent.start <= p[0] < at]
                             + [d for d in _DROPPED if sent.start <= d[0] < at and d[2] not in _STRAYS],
                             reverse=True):
        if e < at <= e + 140 and text[e:e + 1] in ",'’" and POPULATION_APPOSED.fullmatch(text, e, at):
            return slug
    return None


def _place(article: Article, c: Candidate, places_all, default_place, gaz, lex: FigureLexicon, low: str = "",
           bound=None) -> Optional[str]:
    if _HELD & HOLDS_WORLD_SCOPE and WORLD_SCOPE.possible(low) and _world_scope(low, c, WORLD_SCOPE, places_all):
        return None  # "79,5 millions de personnes en déplacement dans le monde": the world's count
    if _HELD & HOLDS_COUNTRIES_SCOPE and COUNTRIES_SCOPE.possible(low) and _world_scope(low, c, COUNTRIES_SCOPE):
        return None  # "au moins 180 morts dans l'ensemble des pays d'Afrique australe": several countries'
    if c.measure == "residents" and (owner := _population_owner(article.text, c, places_all)) is not None:
        return owner  # "Rolling Fork, a small town with a population of about 1,800 people" (place-r247)
    place = _place_of(article, c, places_all, default_place, gaz, lex, low, bound)
    global _SHARE_ONLY
    sent = c.sentence
    if _SHARE_ONLY is None and _DROPPED and "," in sent.text \
            and (dropped := [d for d in _DROPPED if sent.start + c.head_end <= d[0] and d[1] <= sent.end]) \
            and not any(sent.start <= p[0] < sent.end for p in places_all) \
            and (share := SHARE_CLAUSE.search(article.text, sent.start + c.head_end, dropped[0][0])) is not None \
            and dropped[0][0] - share.end() <= 40:
        # ("killed 40, mostly in Sindh": English copy drops the place past "mostly in" from the mentions)
        _SHARE_ONLY = (c, dropped[0][2])
    if _SHARE_ONLY is not None:
        share_c, most = _SHARE_ONLY
        _SHARE_ONLY = None
        if share_c is c and most != place and not gaz.contains(place, most) and (chain := gaz.ancestors(most)) \
                and not (place and _unnested_town_of(place, most, gaz)) \
                and len(chain) > 1 and not gaz.is_region(chain[-1]):
            # "Le dernier bilan s'établissait à 2.218 morts, en majorité dans le département de Boumerdès",
            # "killed 40, mostly in Sindh": where most died is a part of the toll, whose extent holds it;
            # not the place named before it in the text (place-r117); a region that may hold the town the
            # world tier does not nest stays ("dont la majorité dans les régions de Forli et Cesena" in
            # Emilia-Romagna's copy)
            return place if place and gaz.contains(chain[-1], place) and gaz.contains(place, most) else chain[-1]
    if place and gaz.parent(place) and _HELD & HOLDS_WAVE and any_in(low, WAVE_WORDS) \
            and (wv := WAVE_PART.search(low, 0, c.number.start)) is not None:
        # "... in Kyiv on Tuesday, part of a huge barrage of drones and missiles that killed at least 16
        # people": the toll of a wave of strikes over the country, not the one town's (acc-r59)
        country = gaz.ancestors(place)[-1]
        if not gaz.is_region(country):
            return country
    if place and gaz.parent(place) and any_in(low, OTHER_PLACES_WORDS) and OTHER_PLACES_ANY.search(low) \
            and any(p[2] == place and c.sentence.start <= p[0] < c.sentence.end and OTHER_PLACES.match(article.text, p[1])
                    for p in places_all):
        # "Russia kills at least 16 in strikes on Kyiv, other cities": a town and "other cities" of its
        # country are the country's toll (acc-r59)
        country = gaz.ancestors(place)[-1]
        if not gaz.is_region(country):
            return country
    if place and gaz.parent(place) and OWN_COUNTRY_AFTER is not None \
            and OWN_COUNTRY_AFTER.match(c.sentence.text, c.head_end) is not None:
        # "à Moscou pour juillet, et 15 000 décès excédentaires au total dans le pays pour ce mois": the
        # figure's own phrase names the country of the place before it (series-r232)
        country = gaz.ancestors(place)[-1]
        if not gaz.is_region(country):
            return country
    if place and gaz.is_region(place) and _HELD & HOLDS_COUNTRY_REF and COUNTRY_REF.search(fold(c.sentence.text)):
        place = default_place  # "sur l'Afrique australe a fait au moins 417 morts dans le pays": the article's country
    if place and (region := _list_item_region(article.text, c, places_all, place, gaz)):
        return region
    if place and c.measure == "residents" and gaz.parent(place) and NATION_OF.search(low, max(0, c.number.start - 40), c.number.start):
        # "the landlocked nation of 23 million ... in Africa's Sahel region": a nation's population
        # is its country's, whatever region of it the sentence names
        return gaz.ancestors(place)[-1]
    if place and any_in(c.sentence.text, UNIT_WORDS) and gaz.parent(place) \
            and UNITS_AFTER.match(c.sentence.text, c.head_end, c.head_end + 90) \
            and not any(c.sentence.start <= p[0] < c.sentence.end for p in places_all) \
            and not _named_as_region(article.text, places_all, place):
        # "more than 800,000 people had been evacuated from 16 coastal districts", "at least eight
        # deaths in the affected districts", after a dateline's capital: units no town holds; the
        # count is the country's, or the region's that holds the town and that the copy names as
        # one ("Assam State": "staying in 193 relief camps across various districts" after Hojai)
        return next((a for a in gaz.ancestors(place)[1:-1] if _named_as_region(article.text, places_all, a)),
                    gaz.ancestors(place)[-1])
    if place and _HELD & HOLDS_STATES_AFTER and STATES_AFTER.match(c.sentence.text, c.head_end):
        # "243 deaths across multiple states", "243 people were killed by the storm across several
        # southeast states", "au moins 93 morts dans six États": a toll summed over
        # the states of a federal country is the country's, whichever state the sentence names
        return gaz.ancestors(place)[-1]
    if place and _HELD & HOLDS_NEIGHBOURS_TOO and NEIGHBOURS_TOO.possible(c.sentence.text):
        end = next((e for s, e, sl in reversed(places_all) if sl == place and c.sentence.start <= s < c.sentence.end), -1)
        if end > 0 and NEIGHBOURS_TOO.rx.match(article.text, end):
            # "in western Afghanistan's Herat and neighboring provinces has risen to 2,445", "la province
            # d'Hérat ... et les provinces voisines": a toll over a province and its neighbours is the
            # country's, not the one province named
            return gaz.ancestors(place)[-1]
    if place:
        # the mention the figure takes its place from: in its sentence, else the last one before it
        at, sent_end = -1, c.sentence.end
        for s, _, sl in reversed(places_all):  # (a loop: a generator resumed per place cost more)
            if sl == place and s < sent_end:
                at = s
                break
        if at > 0 and REGION_ADJ_OF.search(article.text, (at - 40 if at > 40 else 0), at) is not None:
            # "dans la région ukrainienne de Kharkiv", "la région frontalière de Soumy": the region, not
            # its capital ("région de Kharkiv")
            region = next((f"{place}-{kind}" for kind in ("oblast", "region", "province")
                           if gaz.known(f"{place}-{kind}")), None)
            if region is not None:
                return region
            if (parent := gaz.parent(place)) and gaz.parent(parent):
                return parent
    return place


# "66 deaths in the northern province of Cabo Delgado, four in Nampula and three in Niassa": an item of
# a list of counts per place whose other item is typed as a region; the type before or after its name
LIST_REGION_BEFORE = re.compile(r"\b(" + cues("list_region_type") + r")\s+(?:" + cues("list_region_of") + r")\s*$", re.IGNORECASE)
LIST_REGION_HEAD = re.compile(r"(" + cues("list_region_type") + r")\s+(?:" + cues("list_region_of") + r")\s*", re.IGNORECASE)
LIST_REGION_AFTER = re.compile(r"\s+(" + cues("list_region_type") + r")\b", re.IGNORECASE)
LIST_COUNT_BEFORE = re.compile(r"\d[\d,.\u00a0\u202f]*\s+[^\d.;:()]{0,60}$")
LIST_REGION_WORDS = ("rovince", "egion", "égion", "tate", "État", "Etat", "état", "etat")  # one is in every list_region_type
LIST_REGION_SUFFIX = {"pro": "province", "reg": "region", "rég": "region", "sta": "state", "éta": "state", "eta": "state"}


def _list_item_region(text: str, c: Candidate, places_all, place: str, gaz) -> Optional[str]:
    """The region a town gives its name to, where the town is the place of a count in a list of counts
    per place ("four in Nampula") and another item of the list is typed as such a region ("66 in the
    northern province of Cabo Delgado"): the list counts regions."""
    sent, own = c.sentence, c.sentence.start + c.number.end
    if not any_in(sent.text, LIST_REGION_WORDS):
        return None
    k = bisect_left(places_all, (own + 1,))
    if k >= len(places_all) or places_all[k][0] - own > 20 or places_all[k][2] != place or not gaz.parent(place):
        return None
    mine = places_all[k]
    named = [p for p in places_all if sent.start <= p[0] and p[1] <= sent.end]
    for p in named:
        if p is mine or abs(p[0] - mine[0]) > 150:
            continue
        m = LIST_REGION_BEFORE.search(text, max(0, p[0] - 40), p[0]) or LIST_REGION_AFTER.match(text, p[1]) \
            or LIST_REGION_HEAD.match(text, p[0])  # "province de Cabo Delgado": the gazetteer's name holds the type
        if m is None or not LIST_COUNT_BEFORE.search(text, max(sent.start, p[0] - 70), p[0]):
            continue  # (the typed item is itself a count's: "66 deaths reported in the province of")
        suffix = LIST_REGION_SUFFIX.get(m.group(1).lower()[:3])
        region = f"{place}-{suffix}" if suffix else None
        if region and gaz.known(region) and gaz.contains(region, place):
            return region
    return None


# "le gouverneur de la région de Donetsk", "the governor of the Donetsk region": a region named in an
# official's title is where the speaker governs
TITLE_PLACE = re.compile(r"(?<![\w])(?:" + cues("official_title") + r")\s*$", re.IGNORECASE)
TITLE_WORDS = tuple(cue_alternatives("official_title_literal"))  # one of them is in every TITLE_PLACE match
REGIONAL_SEAT = re.compile(r"\s+(?i:" + cues("regional_seat_after") + r")\b") if cue_alternatives("regional_seat_after") else None
REGIONAL_TITLE = re.compile(r"\s+(?:oblast|regional|provincial)\b", re.IGNORECASE)
# "Kharkiv Oblast Governor ...", "the Kharkiv regional prosecutor's office": the title after its seat
# ("Maharashtra state's chief minister": its possessive right after a name that holds "state")
TITLE_AFTER = re.compile(r"(?:\s+|(?=['’]s\s))(?i:" + cues("official_title_after") + r")\b") if cue_alternatives("official_title_after") else None
def _title_words_in(text: str, start: int = 0, end: Optional[int] = None) -> bool:
    """Does `text[start:end]` hold a word of an official's title? (Plain `in` checks: every literal
    starts past its word's first letter, so "Governor" and "governor" both hold "overnor"; a regex
    alternation searched with IGNORECASE over every sentence cost more than the rest of the test.)"""
    part = text[start:end] if start or end is not None else text
    return any_in(part, TITLE_WORDS)


def _title_place(text: str, mention) -> bool:
    """Whether a place mention is the region of an official's title ("le gouverneur de la région de
    Donetsk"), or the seat an English title or office puts before itself ("Kharkiv Oblast Governor
    Oleh Syniehubov", "the Kharkiv regional prosecutor's office"; acc-r94)."""
    left = text[max(0, mention[0] - 60):mention[0]]
    if any_in(left, TITLE_WORDS) and TITLE_PLACE.search(left) is not None:
        return True
    return TITLE_AFTER is not None and TITLE_AFTER.match(text, mention[1]) is not None


def _governed_region(slug: str, gaz) -> Optional[str]:
    """The region a city names where it names a governor's office: its parent, where that is a region
    named after it ("kherson" -> `kherson-oblast`, "nakuru" -> `nakuru-county`, "dnipro" ->
    `dnipropetrovska-oblast`), else None (Karachi's Sindh, a city its region does not take its name from)."""
    parent = gaz.parent(slug)
    if parent is None or gaz.parent(parent) is None or gaz.is_sea(parent):
        return None
    return parent if parent.startswith(slug) else None


def _inside_title_region(text: str, places_all, before: int, region: str, gaz) -> Optional[str]:
    """The last place named before `before` (within the usual reach) that lies inside `region`: the
    gare de Kramatorsk a governor of the Donetsk region gives the toll of."""
    for s, e, slug in reversed(places_all):
        if e > before:
            continue
        if before - e >= 1500:
            break
        if slug != region and (gaz.contains(region, slug) or _set_in(text, places_all, e, region)
                               or _unnested_town_of(region, slug, gaz) and not _unplaced_site_near(text, places_all, before)) \
                and not _title_place(text, (s, e, slug)):
            return slug
    return None


# "une attaque contre le village de Namissiguima": a site named by a name (apposed_site) where no place starts
UNPLACED_SITE = re.compile(r"(?:" + cues("apposed_site") + r")\s*(?=[A-ZÀ-Ý])")


def _unplaced_site_near(text: str, places_all, at: int) -> bool:
    """Does the sentence that holds `at` (an official's title, or the start of the figure's sentence with
    that title) name a site the gazetteer lacks ("le village de Namissiguima, dans le nord du Burkina
    Faso, a annoncé le gouverneur de la région du Nord")? That site, not a town named earlier, is where
    the region's official counts."""
    lo = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [k for k in (text.find(". ", at), text.find("\n", at)) if k >= 0]
    hi = min(ends) if ends else len(text)
    starts = {p[0] for p in places_all}
    return any(m.end() not in starts for m in UNPLACED_SITE.finditer(text, lo, hi))


def _unnested_town_of(region: str, slug: str, gaz) -> bool:
    """May the world tier's town `slug` lie in the world tier's first-level `region` of its country? The
    tier nests its towns in their country only ("Mumbai" and "Maharashtra state" are both India's): a
    town of the region's country that is no region itself ("Vilasrao Deshmukh, Maharashtra state's
    chief minister" after Mumbai; place-r117). Curated towns are nested where they lie."""
    world = gaz.world
    return world is not None and slug not in gaz.places and region not in gaz.places \
        and (country := gaz.parent(region)) is not None and gaz.parent(slug) == country \
        and _world_region(region, world) and not _world_region(slug, world)


# "'s ", "'s northeastern state of ", "'s capital " (not "Sudan's borders into the Central African Republic")
OWNED_GAP = re.compile(r"['’]s\s+(?:(?:[a-z]+ern|north|south|east|west|central|capital|ancient|holy|main|town|city|state|"
                       r"province|region|district|county|village|of|the)\s+){0,4}")
SET_IN = re.compile(r"(?:,\s*|\s+(?:" + cues("set_in_word") + r")\s+)(?:the\s+)?$")


def _set_in(text: str, places_all, end: int, region: str) -> bool:
    """Does the copy set the place that ends at `end` inside `region`, named right after it ("the
    town of Biu in Borno state", "Malakal, Upper Nile State"), where the gazetteer does not nest them?"""
    k = bisect_left(places_all, (end,))
    return k < len(places_all) and places_all[k][2] == region and places_all[k][0] - end <= 12 \
        and SET_IN.match(text[end:places_all[k][0]]) is not None


# "Haut-Karabakh : ...", "Gaza: ...": the colon after a place that opens a line, a topic's label
TOPIC_LABEL = re.compile(r"[ \u00a0]?:\s")
# "followed by Cachar": the next item of a ranking of places
FOLLOWED_BY = re.compile(r"\b(?:" + cues("next_item_before") + r")\s*$", re.IGNORECASE) if cue_alternatives("next_item_before") else None

def _place_of(article: Article, c: Candidate, places_all, default_place, gaz, lex: FigureLexicon, low: str = "",
              bound=None) -> Optional[str]:
    sent = c.sentence
    starts = _starts_of(places_all)
    if starts is not None:  # (sorted by start: only those that start within the sentence are looked at)
        named = [p for p in places_all[bisect_left(starts, sent.start):bisect_right(starts, sent.end)] if p[1] <= sent.end]
    else:
        named = [(s, e, slug) for s, e, slug in places_all if sent.start <= s and e <= sent.end]
    if named and SOURCE_SEAT is not None and _HELD & HOLDS_SOURCE_SEAT:
        # "le procureur du tribunal de grande instance de Gaoua" after "à une quinzaine de kilomètres de
        # Gaoua": the seat of the office that speaks is a town the copy set away from the site (acc-r107)
        named = [p for p in named if not _landmark_seat(article.text, p)]
        if named and all(_source_seat(article.text, p[0]) for p in named) \
                and (before := _places_before(article, sent, places_all, starts, gaz)) \
                and all(p[2] != before[-1][2] and gaz.contains(p[2], before[-1][2]) for p in named):
            # "Earlier, the Interior Ministry in Tripoli had said that at least 40 people were killed" after
            # "the detention center in Tripoli's Tajoura neighborhood": the seat of the office that speaks
            # holds the place the copy is on; the figure is that place's (place-r247)
            named = []
    if len(named) > 1 and named[0][0] == sent.start and (sent.start == 0 or article.text[sent.start - 1] == "\n") \
            and TOPIC_LABEL.match(article.text, named[0][1]) is not None \
            and any(not gaz.contains(named[0][2], p[2]) and not gaz.contains(p[2], named[0][2]) for p in named[1:]):
        # "Haut-Karabakh : au moins 13 civils tués par des missiles à Gandja, deuxième ville d'Azerbaïdjan":
        # a line opening on a place and a colon names the story's topic; a place the line's figure is set in,
        # neither inside nor around it, is the figure's (place-r255; "Syrie : ... à Alep" is Aleppo's already)
        named = named[1:]
    if named and _HELD & HOLDS_PAST_WHEN and named[-1][0] > sent.start + c.number.end \
            and _holds_any(sent.text, PAST_WHEN_WORDS):
        # "killing 147 people, ..., in the country's deadliest attack since the 1998 bombing of the U.S.
        # Embassy in Nairobi": the places of the past event a superlative compares with, named after the
        # figure, are not its (acc-r124)
        own_end = sent.start + c.number.end
        named = [p for p in named if p[0] < own_end
                 or not PAST_WHEN.search(article.text, max(own_end, p[0] - 160), p[0])]
    if c.parts and named and all(_names_a_part(article.text, p, c.parts, sent.start) for p in named):
        # "Of the 267 deaths, Sindh reported 120 and Punjab 87": the places that tell the parts are
        # no place of the whole but the area that holds them all (none in the sentence: one before)
        common = [a for a in gaz.ancestors(named[0][2]) if all(a in gaz.ancestors(p[2]) for p in named)]
        if len({p[2] for p in named}) > 1 and common:
            return common[0]
        named = []
    if c.name_item:
        if own := [p for p in named if p[1] <= sent.start + c.number.start
                   and PART_SUBJECT_TAIL.fullmatch(article.text, p[1], sent.start + c.number.start)]:
            return own[-1][2]  # ", Mansehra 23", "Sindh reported 120": the place named right before the count
        # ("Swat 22" with Swat unknown: the other names of the list are the other items'; the place is
        # the one the sentences before set)
        named = []
    if bound and (items := {s for s, other in bound.items() if other is not c and other.name_item}):
        # "Shangla reported 37 deaths, Mansehra 23": the name of another item's count is no place of this one
        named = [p for p in named if p[0] not in items]
    if bound and named and (listed := {s: other for s, other in bound.items() if other is not c and other.part_of is not None
                                       and other.measure == c.measure and not _holds_part(other, c)}):
        # "police had counted at least 25 dead, and the first 14 bodies were discovered ...: six at Kinglake,
        # four at Wandong, three at Strathewen": a place an item of a list of parts puts its own count in is
        # no place of the other items nor of another figure of its measure; the whole's own place stays ("Car bombs in
        # Baghdad killed 93 people, including 64 at a market in ... Sadr City"), and a whole that names none
        # takes the area that holds its parts' places, or the text's before (place-r230)
        kept = [p for p in named if p[0] not in listed]
        if kept:
            named = kept
        else:
            parts = [p for p in named if _holds_part(c, listed[p[0]])]
            if len(parts) == len(named) and len({p[2] for p in named}) > 1:
                common = [a for a in gaz.ancestors(named[0][2]) if all(a in gaz.ancestors(p[2]) for p in named)]
                if common:
                    return common[0]
            # (one part's place alone stays: "Five people were killed, including two children, in Kabul")
            if not parts or len({id(listed[p[0]]) for p in named}) > 1:
                named = []
    if bound:
        # "the toll in Bangladesh has climbed to 31 after four more deaths were reported in Feni":
        # a place another figure's own phrase puts it in, past a clause break, is that figure's
        others = {s for s, other in bound.items() if other is not c and _clause_between(sent.text, c, other)
                  and (s not in _CLAUSE_BOUND or c.measure in FLOW_MEASURES)}
        kept = [p for p in named if p[0] not in others]
        # ("..., tandis que sept autres personnes ont trouvé la mort au Cachemire": none left, and the
        # figure's own phrase names a place the gazetteer lacks: the other figure's place is not its;
        # not a part's: "At least 25 are dead in South Carolina, including two firefighters in Saluda County")
        named = kept or ([] if others and c.part_of is None and not c.toll_part and _unknown_own_place(sent, c, places_all)
                         else named)
    if len(named) > 1 and FOLLOWED_BY is not None:
        # "Nagaon is the district most severely affected, with over 300,000 people impacted, followed by
        # Cachar, where ...": the place named next in a ranking after the figure is the next item's
        own_end = sent.start + c.number.end
        named = [p for p in named if not (p[0] > own_end and FOLLOWED_BY.search(article.text, max(0, p[0] - 24), p[0]))] or named
    if len(named) > 1:
        # "14 Afghans, six Syrians and two Iraqis": a nationality that heads another count of the
        # sentence is that count's, not this one's
        own_end = sent.start + c.number.end
        mine = [p for p in named if article.text[own_end:p[0]].isspace() or p[0] == own_end
                or not HEADED_BY_COUNT.search(article.text, max(0, p[0] - 30), p[0])]
        named = mine or named
    if named and any_in(sent.text, CONTRAST_WORDS) \
            and (cc := CONTRAST_CLAUSE.search(article.text, sent.start + c.number.end, sent.end)) is not None:
        if len(named) > 1 and any(ch.isdigit() for ch in article.text[cc.end():sent.end]):
            # "Zimbabwe updated the number of dead to 344, while Mozambique has reported 602 deaths": the
            # place of a contrasting clause with a count of its own is that count's
            named = [p for p in named if p[0] < cc.start()] or named
        elif named[0][0] > cc.start() and any(ch.isdigit() for ch in article.text[cc.end():sent.end]) \
                and TYPED_UNKNOWN.search(article.text, sent.start, cc.start()) is not None:
            # "la province de Dak Lak a signalé 27 décès, tandis que 14 personnes ont été tuées dans la
            # province de Khanh Hoa": the figure's own clause names its place, one the gazetteer lacks
            named = []
        elif ZERO_COUNT.search(article.text, cc.end(), sent.end) is not None:
            # "Un décès a été signalé au Cachemire, tandis qu'aucune victime n'a été enregistrée à
            # Islamabad": the places of a clause that counts no one are no figure's
            named = [p for p in named if p[0] < cc.start()]
    elif len(named) > 1 and any_in(sent.text, CONTRAST_WORDS):
        # "la province de Dak Lak a signalé 27 décès, tandis que 14 personnes ont été tuées dans la
        # province de Khanh Hoa": after a contrasting clause opens, past the count before it, the
        # figure's place is one its own clause names
        own = sent.start + c.number.start
        cc = None
        for cc in CONTRAST_CLAUSE.finditer(article.text, sent.start, own):
            pass
        if cc is not None and any(ch.isdigit() for ch in article.text[sent.start:cc.start()]):
            named = [p for p in named if p[0] > cc.start()] or named
    if named and EXAMPLE_PLACE is not None and _HELD & HOLDS_EXAMPLE_PLACE and any_in(sent.text, EXAMPLE_PLACE_WORDS):
        # "Au moins 55 personnes ont été tuées dans six provinces, notamment celle de Dak Lak": a place
        # given after the figure as an example of the set it counts in is a part, not its place
        own_end = sent.start + c.number.end
        named = [p for p in named if p[0] < own_end or not EXAMPLE_PLACE.found_in(article.text, own_end, p[0])]
    if named and (share := SHARE_CLAUSE.search(article.text, sent.start + c.number.end, sent.end)) is not None:
        # "has reached 219, with the overwhelming majority of victims in the Valencian Community":
        # where most of them died is a part of the toll, not its place
        kept = [p for p in named if p[0] < share.start()]
        if not kept:
            global _SHARE_ONLY
            _SHARE_ONLY = (c, named[0][2])
        named = kept
    in_sentence = _most_specific(named, gaz, keep=_scopes(named, article.text, lex))
    if len(named) > len(in_sentence):
        # "huit morts côté français : six dans le Gard, un dans l'Hérault": the places of the other
        # counts are no narrower reading of this one's
        own = sent.start + c.number.end
        unbound = [p for p in named if not _bound_to_count(article.text, p[0], own)]
        if unbound and len(unbound) < len(named):
            in_sentence = _most_specific(unbound, gaz, keep=_scopes(unbound, article.text, lex))
    if len(in_sentence) > 1:
        # "la ville de Mokwa, dans l'État du Niger, ... s'est alourdi à 151 morts": a typed region set
        # right after a town locates the town (even where the gazetteer does not nest them); the
        # town is the narrower place
        located = {q for p, q in zip(in_sentence, in_sentence[1:])
                   if gaz.parent(p[2]) and not gaz.contains(p[2], q[2]) and not gaz.contains(q[2], p[2])
                   and (_typed_region_after(article.text, p, q) or _curated_region_after(article.text, p, q, gaz))}
        # "Dans une ville du Sichuan, Mianyang, plus de 3.600 personnes ont été tuées": the region a town
        # is named as a town of, before the town's name, locates it; the town is the narrower place
        located |= {p for p, q in zip(in_sentence, in_sentence[1:])
                    if APPOSED_TOWN_GAP.fullmatch(article.text, p[1], q[0])
                    and TOWN_OF_REGION.search(article.text, max(0, p[0] - 40), p[0]) is not None
                    and not gaz.contains(q[2], p[2])}
        if PART_OF_TOWN_GAP is not None and "," in sent.text:
            # "Sadr City, a Shiite slum of Baghdad": the town a part is set in by apposition only
            # situates it; the part is the narrower place (acc-r100)
            located |= {q for p, q in zip(in_sentence, in_sentence[1:])
                        if PART_OF_TOWN_GAP.fullmatch(article.text, p[1], q[0]) and not gaz.contains(p[2], q[2])}
        if located:
            in_sentence = [p for p in in_sentence if p not in located]
    namesakes: set = set()
    if len(in_sentence) > 1 and "," in sent.text:
        # "la zone industrielle de Wellington, à l'est de Freetown": a place located by its bearing
        # from a place of another country is that place's namesake (the world tier's Wellington is
        # New Zealand's); the place it is located from is the figure's
        namesakes = {p for p, q in zip(in_sentence, in_sentence[1:])
                     if BEARING_FROM.fullmatch(article.text, p[1], q[0])
                     and gaz.ancestors(p[2])[-1] != gaz.ancestors(q[2])[-1]}
        if namesakes:
            in_sentence = [p for p in in_sentence if p not in namesakes]
    pos = sent.start + c.number.start
    if "(" in sent.text and (item := _bracket_item_place(article.text, [p for p in places_all if sent.start <= p[0] and p[1] <= sent.end], pos, sent.start + c.head_end, gaz, sent.start)):
        return item  # "quatre régions sont touchées : Maradi (centre-sud, 111 morts), Tahoua (ouest, 99 morts)"
    # "the latest disaster in the Mediterranean, where more than 1,100 people have died": the
    # figure of a "where" clause is the place the clause opens on
    # (the "where" clause ends at its comma: "in Kassala state, where 28 people died, while 12 died
    # in Gedaref" gives the 12 no Kassala)
    owner = [p for p in in_sentence if p[1] <= pos and (wm := WHERE_AFTER.match(article.text, p[1]))
             and "," not in article.text[wm.end():pos] and not any(p[1] < q[0] < pos for q in in_sentence)]
    if owner and not re.search(r"[.;]", article.text[owner[-1][1]:pos]):
        return owner[-1][2]
    if len(in_sentence) > 1 and ";" in sent.text:
        # "au Mozambique, le cyclone a fait 38 morts ; au Malawi, 11": a place past a semicolon
        # after the figure is the next clause's
        own_end = sent.start + c.head_end
        mine = [p for p in in_sentence if not (p[0] > own_end and ";" in article.text[own_end:p[0]])]
        if mine:
            in_sentence = mine
    if len(in_sentence) > 1 and any(gaz.is_sea(p[2]) for p in in_sentence) and not all(gaz.is_sea(p[2]) for p in in_sentence):
        in_sentence = [p for p in in_sentence if not gaz.is_sea(p[2])]  # "in the Mediterranean ... off Libya"
    if len(in_sentence) > 1:
        # "un civil nigérian ... tué au Liban-Sud": a French nationality adjective (one lower-case
        # word) gives way to a place the sentence names
        # ("nearly 1,200 Israelis are believed to have been killed": a people named by the figure's own
        # noun, right after its number, qualifies the people counted; it is the figure's place, acc-r80)
        own_noun = sent.start + c.number.end
        named_places = [p for p in in_sentence if not (_adjective_mention(article.text, p) or _source_owner(article.text, p, gaz))
                        or (p[0] > own_noun and article.text[own_noun:p[0]].isspace()
                            and DEMONYM_PLURAL.fullmatch(article.text, p[0], p[1]) is not None)]
        if named_places:
            in_sentence = named_places
    # "10 à Beyrouth, 13 au Liban-Sud": in a list of counts with their places, a place is its own
    # count's, not a setting for the counts around it (nor for the sentences after it)
    own_at = sent.start + c.number.end
    if "(" in sent.text:
        in_sentence = [p for p in in_sentence if not _bracket_count_after(article.text, p[1], sent.start + c.number.start)]
    unbound_places = [p for p in in_sentence if not _bound_to_count(article.text, p[0], own_at)]
    if not unbound_places and in_sentence and not _bound_to_count(article.text, -1, own_at):
        # "24 people died - 14 in Sindh and 10 in Punjab": the whole is the area that holds its parts'
        # places, all of them ("30 à Gaza et 15 à Khan Younès": Gaza, though Khan Younès is narrower)
        parts = [p for p in named if _bound_to_count(article.text, p[0], own_at)] or in_sentence
        if len({p[2] for p in parts}) > 1 \
                and (common := [a for a in gaz.ancestors(parts[0][2]) if all(a in gaz.ancestors(p[2]) for p in parts)]):
            return common[0]
    in_sentence = unbound_places or \
        ([] if _bound_to_count(article.text, -1, own_at) or PARTS_AFTER.match(sent.text, c.head_end)
         # "près de 62.000 ont dû quitter leur domicile, dont plus de 30.000 dans le district de
         # Mananjary": past the figure's verb, the places of the counts its "dont" opens are the parts'
         or in_sentence and PARTS_LATER.search(article.text, sent.start + c.head_end, min(p[0] for p in in_sentence))
         else in_sentence)
    if in_sentence and (scope := [p for p in _scopes(in_sentence, article.text, lex)
                                  if 0 <= p[0] - (sent.start + c.head_end) <= 30]):
        # "killed more than 2,000 people across Morocco" after "centred near the town of Al Haouz":
        # the extent the figure's own phrase gives is its place
        return scope[0][2]
    if in_sentence and (loc := LOCATIVE_AFTER.match(sent.text, c.head_end)):
        # "at least 21 people in the Philippines", "ont été tuées au Niger": the place the figure's
        # own phrase puts it in, made specific by what names it further ("China's Hainan province")
        at = sent.start + loc.end()
        first = next((p for p in places_all if p[0] == at), None)
        if first is None:
            # "huit autres dans trois districts du Sind": the place that ends the locative phrase
            first = next((p for p in places_all if at < p[0] <= at + 50 and p[1] <= sent.end
                          and LOCATIVE_TAIL.fullmatch(article.text, at, p[0])), None)
        if first is None:
            # "tués jeudi dans le village de Karma, dans le nord du Burkina Faso": a site the gazetteer
            # lacks, then the place its apposition puts it in, the nearest known place (acc-r80)
            first = next((p for p in places_all if at < p[0] <= at + 100 and p[1] <= sent.end
                          and SITE_APPOSED.fullmatch(article.text, at, p[0])), None)
        if first is not None and POSSESSIVE_SUPERLATIVE.match(article.text, first[1]) is not None:
            # "killing at least 151 people and injuring 82 others in South Korea's worst disaster in
            # years": the country ranks the event; the place the sentence names for it holds
            first = None
        if first is not None and first not in namesakes:
            # (not past a comma: "12 à Gaza, quatre à Rafah" names the next count's place)
            # ("Ethiopia's ancient town of Axum", "Nigeria's northeastern state of Borno": past a
            # possessive, the phrase may run further to the place it names)
            reach = first[1] + (40 if article.text.startswith(("'s ", "’s "), first[1]) else 12)
            # (nor a place bound to a count of its own: "30 in Gaza and 15 in Khan Younis")
            chain = _most_specific([p for p in places_all if at <= p[0] <= reach and p[1] <= sent.end
                                    and (p[0] <= first[1] or ("," not in article.text[first[1]:p[0]]
                                                              and not _bound_to_count(article.text, p[0], own_at)))], gaz)
            if reach > first[1] + 12 and chain[0] == first \
                    and (owned := next((p for p in places_all if first[1] < p[0] <= reach and p[1] <= sent.end
                                        and OWNED_GAP.fullmatch(article.text, first[1], p[0])), None)) is not None:
                # "in Baghdad's Sadr City": past the possessive, the place the phrase names, whether
                # or not the gazetteer nests it in the first (acc-r100)
                chain = [owned]
            if chain[0] not in in_sentence:
                # "tués dimanche dans l'ouest du Niger ..., dans la région de Tillabéri": a place inside
                # the one the phrase names, named further in the sentence, is the narrower reading
                inner = [p for p in in_sentence if p[0] > chain[0][1] and gaz.contains(chain[0][2], p[2])
                         and p[0] - chain[0][1] <= 120 and TYPED_APPOSITION.search(article.text, max(0, p[0] - 40), p[0])
                         and not PART_OF_PLACE.search(fold(article.text[chain[0][1]:p[0]]))]
                return inner[0][2] if inner else chain[0][2]
            return _coordinated(in_sentence, chain[0], article.text, gaz, _situating(named, in_sentence, gaz))
    if in_sentence and _title_words_in(sent.text) and all(_title_place(article.text, p) for p in in_sentence) \
            and (inner := _inside_title_region(article.text, places_all, sent.start, in_sentence[-1][2], gaz)
                 # ("the Kharkiv regional prosecutor's office": the region of the city that names it)
                 or TITLE_AFTER is not None and (ta := TITLE_AFTER.match(article.text, in_sentence[-1][1])) is not None
                 and REGIONAL_TITLE.match(ta.group(0)) is not None and (up := gaz.parent(in_sentence[-1][2])) is not None
                 and _inside_title_region(article.text, places_all, sent.start, up, gaz)):
        # "« 50 morts », a écrit le gouverneur de la région de Donetsk", after "la gare de Kramatorsk":
        # the governor's region gives way to the place inside it the copy is about
        return inner
    if in_sentence and _title_words_in(sent.text) and len({p[2] for p in in_sentence}) == 1 \
            and all(_title_place(article.text, p) for p in in_sentence) \
            and (region := _governed_region(in_sentence[-1][2], gaz)) is not None:
        # "Nakuru Governor Lee Kinyanjui said", "a indiqué le gouverneur de Kherson", "Kherson's governor":
        # a city that names a governor's office is the region named after it, which the office governs,
        # not a place of death, unless a place inside the region is named before ("un marché de Kherson")
        # (place-r169)
        return _inside_title_region(article.text, places_all, sent.start, region, gaz) or region
    demonyms = None
    if in_sentence and len({p[2] for p in in_sentence}) == 1 and gaz.parent(in_sentence[0][2]) is None \
            and all(_adjective_mention(article.text, p)
                    # (a source's owner, "Egypt's health ministry said", where the article is about a
                    # place inside that country: "Pakistan's military said the death toll had risen to
                    # 26" in copy on strikes on both sides of a border is the country's; place-r222)
                    or _source_owner(article.text, p, gaz) and (default_place != p[2] and gaz.contains(p[2], default_place)
                                                                 or _carried_inside(article, sent, places_all, starts, gaz, p[2]))
                    or default_place is not None and default_place != p[2] and _source_abroad(article.text, p, gaz)
                    for p in in_sentence):
        # "plusieurs dizaines de soldats maliens tués" after "dans la région de Tombouctou": a country
        # named only by its people's adjective gives way to the place inside it the text named before
        # (read below as for a sentence with no place; the country where none is inside it, acc-r78)
        demonyms, in_sentence = in_sentence, []
    elif len(in_sentence) > 1 and len({p[2] for p in in_sentence}) > 1 \
            and all(gaz.parent(p[2]) is None and _adjective_mention(article.text, p) for p in in_sentence) \
            and _places_before(article, sent, places_all, starts, gaz):
        # "Among the dead were 82 Iranians, 63 Canadians and 11 Ukrainians, along with 10 Swedes, four Afghans":
        # the dead counted by their several nationalities, in a sentence that names no place, are the dead of
        # the place named before, not of one of their countries (spec 6, as dev850's list; acc-r260)
        demonyms, in_sentence = in_sentence, []
    if in_sentence:
        nearest = min(in_sentence, key=lambda p: min(abs(p[0] - pos), abs(p[1] - pos)))
        if article.text.startswith(("'s ", "’s "), nearest[1]) \
                and (owned := next((p for p in in_sentence if nearest[1] < p[0] <= nearest[1] + 40
                                    and OWNED_GAP.fullmatch(article.text, nearest[1], p[0])), None)) is not None:
            # "in Jammu and Kashmir's Anantnag district": past a possessive, the place the copy sets in
            # the first, whether or not the gazetteer nests them ("Lebanon's Tyre", acc-r85)
            nearest = owned
        return _coordinated(in_sentence, nearest, article.text, gaz, _situating(named, in_sentence, gaz))
    before = _places_before(article, sent, places_all, starts, gaz)
    carried = bool(before)
    if before:
        last_start = before[-1][0]
        paragraph_start = article.text.rfind("\n", 0, last_start) + 1
        nearby = _most_specific([m for m in before if m[0] >= (paragraph_start if paragraph_start >= last_start - 200 else last_start - 200)], gaz)
        if any(gaz.is_sea(m[2]) for m in nearby) and not all(gaz.is_sea(m[2]) for m in nearby):
            nearby = [m for m in nearby if not gaz.is_sea(m[2])]  # "off Libya ... in the Mediterranean": Libya
        place = nearby[-1][2]
        if len(nearby) >= 2 and _named_together(article.text, nearby[-2][1], nearby[-1][0]):
            # "17 civils à Tizi Ouzou et Sétif. ... la mort de 18 militaires": a sentence after two
            # places named together inherits the area that holds both, as their own sentence does
            place = _coordinated(nearby, nearby[-1], article.text, gaz)
            if place == nearby[-1][2] and not PLACE_AND.fullmatch(article.text[nearby[-2][1]:nearby[-1][0]]):
                common = [a for a in gaz.ancestors(nearby[-1][2]) if a in gaz.ancestors(nearby[-2][2])]
                place = common[0] if common else None
            if place is None and default_place and gaz.parent(default_place) is not None \
                    and any(gaz.contains(m[2], default_place) for m in nearby) \
                    and not _digit_in_sentence_of(article.text, nearby[-1][0]):
                # "des éléments radioactifs qui contaminèrent surtout l'Ukraine, le Bélarus et la
                # Russie" in copy on Chernobyl: countries named together, one of which holds the
                # place the article is about, in a sentence that counts nothing there, set no scene
                # of their own for the sentences after ("21 personnes sont toujours recherchées" after
                # "le sud-est de la France et le nord de l'Italie" is a count over both; place-r177)
                place = default_place
        if place and place == nearby[-1][2] and default_place and place != default_place and gaz.parent(place) is None \
                and gaz.contains(place, default_place) and not _digit_in_sentence_of(article.text, nearby[-1][0]) \
                and not PREPOSITION_BEFORE.search(article.text, max(0, nearby[-1][0] - 24), nearby[-1][0]) \
                and article.text.find("\n", 0, nearby[-1][0]) >= 0:  # (not a headline's: "Nigeria village attack leaves scores dead")
            # "Mais la Tunisie n'avait pas le même bilan. Said Aïdi, le ministre tunisien de la Santé, a annoncé
            # que 21 personnes avaient été tuées", in copy on an attack in Tunis: a country named last in a
            # sentence that counts nothing (who reports, who acts, a comment) sets no scene over the place
            # inside it the article is about (place-r222)
            place = default_place
        if place and len(nearby) >= 2 and (APPOSED_REGION_GAP.fullmatch(article.text, nearby[-2][1], nearby[-1][0])
                                 and REGION_SUFFIX.search(article.text, nearby[-1][0], nearby[-1][1])
                                 or _typed_region_after(article.text, nearby[-2], nearby[-1])
                                 or _curated_region_after(article.text, nearby[-2], nearby[-1], gaz)) \
                and not gaz.contains(nearby[-2][2], nearby[-1][2]):
            # "In Malakal, Upper Nile State, troop movements ...": the typed region set after a town
            # locates it (even where the gazetteer does not nest them); the town is the narrower place
            place = nearby[-2][2]
        if place and _title_words_in(article.text, max(0, nearby[-1][0] - 60), nearby[-1][1] + 40) \
                and _title_place(article.text, nearby[-1]) \
                and (inner := _inside_title_region(article.text, places_all, nearby[-1][0], place, gaz)
                     or TITLE_AFTER is not None and (ta := TITLE_AFTER.match(article.text, nearby[-1][1])) is not None
                     and REGIONAL_TITLE.match(ta.group(0)) is not None and (up := gaz.parent(place)) is not None
                     and _inside_title_region(article.text, places_all, nearby[-1][0], up, gaz)):
            place = inner  # a governor's region named last, after the town the copy is about
        elif place and place == nearby[-1][2] and _title_words_in(article.text, max(0, nearby[-1][0] - 60), nearby[-1][1] + 40) \
                and _title_place(article.text, nearby[-1]) and (region := _governed_region(place, gaz)) is not None:
            place = region  # "..., Nakuru Governor Lee Kinyanjui said.": the governed region, carried (place-r169)
        if place and any_in(sent.text, UNIT_AFTER_NAME_WORDS) and (um := UNIT_AFTER_NAME.search(sent.text)) is not None \
                and not any(um.start() <= p[0] - sent.start < um.end() for p in places_all) \
                and len(chain := gaz.ancestors(place)) >= 3:
            # "The coroner's office in Carroll County also confirmed that three people were found dead",
            # after a paragraph on Rolling Fork: a county the gazetteer lacks is another part of the
            # region than the town named before; the figure inherits the region, not the town (acc-r73)
            place = chain[1]
        if place and c.number.value >= CARRIED_TOWN_MAX and c.measure not in CARRIED_TOLL_MEASURES \
                and _AREA_PLACE and _AREA_PLACE != place \
                and gaz.parent(place) is not None and gaz.contains(_AREA_PLACE, place) \
                and AREA_REF.search(low or fold(sent.text)) is None:
            # "Plus de 429.000 personnes ont été évacuées", "Quelque 6 millions de personnes avaient été
            # priées de quitter leurs foyers", after a paragraph on one province or town: a count of
            # hundreds of thousands that names no place is the area the article is about, which holds
            # the place named last, not that place (place-r110); not where the sentence names that
            # place again by its kind ("Sur les quelque 540.000 habitants que comptait la ville"); not a
            # toll, whose reports must keep one place as they grow past the bound ("around 50,000 dead
            # bodies" in Port-au-Prince, a week before 200,000)
            place = _AREA_PLACE
        elif place and _DATELINE_TOWN is not None and place != _DATELINE_TOWN and gaz.parent(place) is None \
                and gaz.contains(place, _DATELINE_TOWN) and c.number.value < CARRIED_TOWN_MAX:
            place = _DATELINE_TOWN
        if place and _HELD & HOLDS_WAR_TOTAL_PLACE and WAR_TOTAL_PLACE.search(low or fold(sent.text)):
            # "un conflit qui a déjà fait plus de 20.000 morts", after a paragraph on El-Fasher: a war's
            # running total inherits no town; it is the country's
            place = gaz.ancestors(place)[-1]
        if place and gaz.parent(place) is None and not gaz.is_region(place) \
                and TOWN_ANAPHOR.search(sent.text) is not None \
                and (town := next((m[2] for m in reversed(before) if m[2] != place and gaz.contains(place, m[2])
                                   and not LIST_REGION_BEFORE.search(article.text, max(0, m[0] - 40), m[0])
                                   and not LIST_REGION_AFTER.match(article.text, m[1])), None)):
            # "Hier, la moitié de cette ville de plus de 200 000 habitants était encore sous les eaux" after "La
            # ville des Gonaïves ... présent en Haïti", "hundreds of others are known to be trapped in rubble
            # across the city" after Mexico City and Mexico: a town named by its kind is the last town of the
            # country named before, not the country; not a region named as one ("la région de Valparaiso"; place-r247)
            place = town
    else:
        place = default_place
    if demonyms is not None and not (place and place != demonyms[0][2]
                                     and (gaz.contains(demonyms[0][2], place)
                                          # (a side's fighters named by their nationality are its losses, the side's
                                          # country's: "30 soldats russes ont été tués" after Kharkiv, acc-r78)
                                          # (not a source's owner: "Turkey's disaster agency said" after Aleppo is Turkey's count)
                                          # (nor an embassy's country: "China's embassy had said" in Manila copy, acc-r251)
                                          or carried and all(_source_abroad(article.text, d, gaz) for d in demonyms)
                                          or carried and gaz.parent(place) is not None and not (c.group and _group_within(c.group, "fighters"))
                                          and any(_adjective_mention(article.text, d) for d in demonyms)
                                          and not any(sent.start <= d[0] < sent.end and gaz.contains(demonyms[0][2], d[2])
                                                      for d in _DROPPED))
                                     and not _unknown_own_place(sent, c, places_all)):
        # ("soldats maliens tués à Niafunké": the figure's own phrase names a town the gazetteer
        # lacks, which the town named before is not)
        # (a nationality names the victims, not where they died: a town or region named before, of
        # whatever country, is the place of "68 pèlerins indiens" after Mecca, of the Chadian
        # contingent's five men after Bangui; not a country named before, who acts, nor where the
        # figure's own sentence is set by a landmark of the nationality's country; place-r110)
        return demonyms[0][2]
    if place and _HELD & HOLDS_COUNTRY_REF and (cr := COUNTRY_REF.search(low or fold(sent.text))) \
            and not COUNTRY_COMPARED.search(low or fold(sent.text), max(0, cr.start() - 20), cr.start()) \
            and not any(0 <= cr.start() + sent.start - e <= 40 and LOCATING_APPOSITION.match(article.text, e)
                        for s, e, slug in in_sentence if slug == place):
        # "dans le nord du pays", "across the country": the country of the place in question (not
        # an apposition that locates the place just named: "l'Etat Kachin, dans le nord du pays"; a
        # region of several countries is none: "sur l'Afrique australe a fait 417 morts dans le pays"
        # is the article's country)
        place = gaz.ancestors(place)[-1]
        if gaz.is_region(place):
            place = default_place
    elif place and any(w in (sl := (low or fold(sent.text))) for w in ENCLAVE_WORDS) and ENCLAVE_REF.search(sl):
        # "elsewhere in the enclave", "across the Strip": the territory under its country that holds the
        # place in question (Gaza for Khan Younis), not the town (acc-r59)
        chain = gaz.ancestors(place)
        if len(chain) >= 2:
            place = chain[-2]
    return place


# `_places_before`'s answers for the article being read, keyed by (places list, sentence start, count of
# `_PART_PLACES`, which only grows within an article); emptied when an article starts
_BEFORE: dict[tuple[int, int, int], tuple[list, list]] = {}


def _town_in_its_region(text: str, p, q, gaz) -> bool:
    """Is town `p` set in region `q` of its own country by the gap between them ("in the southern state of",
    "in ... state"), where the gazetteer gives the town its country only?"""
    if not (TOWN_REGION_GAP.fullmatch(text, p[1], q[0]) or TOWN_REGION_GAP_BARE is not None
            and TOWN_REGION_GAP_BARE.fullmatch(text, p[1], q[0]) and TOWN_REGION_KIND_AFTER is not None
            and TOWN_REGION_KIND_AFTER.match(text, q[1])):
        return False
    country = gaz.parent(p[2])
    return country is not None and gaz.parent(country) is None and gaz.parent(q[2]) == country \
        and not gaz.contains(q[2], p[2]) and not gaz.contains(p[2], q[2])


def _places_before(article: Article, sent: Sentence, places_all, starts, gaz) -> list:
    """The places named before `sent` that may set its scene (not listed items, felt-at towns, parts'
    places, examples, past events' places, the seats of offices that speak, nationalities where a
    name is there): the same for every figure of the sentence, so read once per sentence."""
    key = (id(places_all), sent.start, len(_PART_PLACES))
    entry = _BEFORE.get(key)
    if entry is not None and entry[0] is places_all:
        return list(entry[1])
    if len(_BEFORE) > 1000:  # called outside `extract_figures`, which empties it per article
        _BEFORE.clear()
    before = _places_before_uncached(article, sent, places_all, starts, gaz)
    _BEFORE[key] = (places_all, before)
    return list(before)


def _places_before_uncached(article: Article, sent: Sentence, places_all, starts, gaz) -> list:
    felt_possible = bool(_HELD & HOLDS_FELT) and _holds_any(article.text, FELT_WORDS)
    # (sorted by start: a place that ends before the sentence starts at most where it starts)
    reach = len(places_all) if starts is None else bisect_right(starts, sent.start)
    before = [(s, e, slug) for k, (s, e, slug) in enumerate(places_all[:reach]) if e <= sent.start and sent.start - e < 1500
              and not _listed_place(article.text, places_all, k) and not (felt_possible and _felt_at(article.text, s))
              and s not in _PART_PLACES]
    if before and (towns := gaz.town_slugs):
        # a town only the small towns' tier knows sets the scene for the rest of its paragraph, not
        # past it ("La quatorzième victime a été retrouvée à Villalier." does not place the next
        # paragraph's earlier toll; place-r205: dev place 6078 carried on, 6105 so, first reads 434/428/416
        # carried on / so / in its own sentence only)
        before = [m for m in before if m[2] not in towns or "\n" not in article.text[m[1]:sent.start]]
    if before and EXAMPLE_PLACE is not None and _HELD & HOLDS_EXAMPLE_PLACE and _holds_any(article.text, EXAMPLE_PLACE_WORDS):
        # "The disaster has hit several provinces, chiefly North Sumatra, Aceh and West Sumatra", "plusieurs
        # régions, dont la capitale Sanaa": places given as examples of a set set no scene (acc-r66)
        before = [m for m in before if not _example_place(article.text, m[0])]
    if before and _HELD & HOLDS_PAST_WHEN and _holds_any(article.text, PAST_WHEN_WORDS):
        # "the largest number of deaths since 1918, when 453 people died in the Cloquet fire in
        # Minnesota and Wisconsin": a past event's places set no scene for the sentences after it
        before = [m for m in before if not _past_when_at(article.text, m[0])] or before
    if before and SOURCE_SEAT is not None and _HELD & HOLDS_SOURCE_SEAT:
        # "a annoncé la préfecture du Bas-Rhin", "a précisé le parquet de Paris": where the office that
        # speaks sits sets no scene for the sentences after it (acc-r86)
        # (a seat inside a place named before narrows it and stays: "le préfet de Bankass" after "le centre du Mali")
        seats = {m for m in before if _source_seat(article.text, m[0])}
        if seats and (landmarks := {m for m in seats if _landmark_seat(article.text, m)}):
            before = [m for m in before if m not in landmarks] or before  # (acc-r107, as in its sentence)
            seats -= landmarks
        if seats:
            # (not a nationality: "the Russian Defense Ministry in Moscow" names no place the seat narrows; acc-r100)
            # (the scene is the place named last before the seat: "GROZNY, Russia ... Chechnya said ...
            # The Russian Defense Ministry in Moscow denied": Chechnya does not hold Moscow, though the
            # dateline's Russia does; place-r117)
            before = [m for m in before if m not in seats
                      or (o := next((o for o in reversed(before) if o[1] <= m[0] and o[2] != m[2] and o not in seats
                                     and not _adjective_mention(article.text, o)), None)) is not None
                      and gaz.contains(o[2], m[2])] or before
    if len(before) > 1 and PART_OF_TOWN_GAP is not None:
        # "near Amagasaki, a suburb of Osaka" in a sentence with no figure: the town a part is set in by
        # apposition only situates it, for the sentences after it too (as in the figure's own sentence:
        # acc-r100); the part is the scene they inherit (acc-r220)
        apposed = {q for p, q in zip(before, before[1:])
                   if q[0] - p[1] < 60 and PART_OF_TOWN_GAP.fullmatch(article.text, p[1], q[0]) and not gaz.contains(p[2], q[2])}
        if apposed:
            before = [m for m in before if m not in apposed]
    if before and TOWN_BEARING_GAP is not None and (k := bisect_right(places_all, before[-1][0], key=lambda m: m[0]) - 2) >= 0:
        # "à Baltimore, dans l'est des États-Unis": the country set after a town by its bearing only
        # situates it; the town is the scene the sentences after it inherit (series-r232)
        p, q = places_all[k], before[-1]
        if p[1] <= q[0] and q[0] - p[1] < 60 and q[2] != p[2] and TOWN_BEARING_GAP.fullmatch(article.text, p[1], q[0]) \
                and gaz.contains(q[2], p[2]) and not APPOSED_BEFORE.search(article.text, max(0, p[0] - 60), p[0]):
            # (not a place itself set in apposition: "la ville de Mokwa, dans l'État du Niger, dans le centre du
            # Nigeria" keeps the scene its other rules give)
            before[-1] = p
    if before and TOWN_REGION_GAP is not None and (k := bisect_right(places_all, before[-1][0], key=lambda m: m[0]) - 2) >= 0:
        # "Kumbakonam in the southern state of Tamil Nadu", "Panipat in Haryana state": a town the world tier
        # gives only its country, set in a region of that country named by its kind; the town is the scene
        # the sentences after it inherit, as in its own sentence (acc-r236)
        p, q = places_all[k], before[-1]
        if p[1] <= q[0] and q[0] - p[1] < 60 and q[2] != p[2] and _town_in_its_region(article.text, p, q, gaz):
            before[-1] = p
    if len(before) > 1 and _source_owner(article.text, before[-1], gaz):
        # "Rwanda's minister in charge of emergency management ... told RBA" after "the town of Rubavu":
        # the country that owns the source gives way to the last place inside it named before (not to
        # a place of another country, "Uganda, where six people have been reported dead"; place-r222)
        owner = before[-1][2]
        k = next((k for k in range(len(before) - 2, -1, -1) if before[k][2] != owner and gaz.contains(owner, before[k][2])
                  and not _adjective_mention(article.text, before[k]) and not _source_owner(article.text, before[k], gaz)), None)
        if k is not None:
            before = [m for m in before[:k + 1] if not _source_owner(article.text, m, gaz)]
    if len(before) > 1 and _adjective_mention(article.text, before[-1]) \
            and (named := [m for m in before if not _adjective_mention(article.text, m)]):
        # "Malian soldiers ... arrived in the town" after "the town of Moura": a nationality in a
        # sentence of its own qualifies who acts there; a place named by its name is what later
        # sentences inherit
        before = named
    return before


# The place and the attribution of a count read for each of its parts too (a part that names no place
# of its own takes its whole's, and every part its whole's source): kept per (candidate, sentence text,
# bound places) for the article being read, with the counts of `_PART_PLACES` and `_CLAUSE_BOUND`
# (which only grow within an article) in the key; emptied when an article starts
_ONCE: dict[tuple, tuple] = {}


def _place_once(article: Article, c: Candidate, places_all, default_place, gaz, lex: FigureLexicon, low: str,
                bound) -> Optional[str]:
    """`_place`, read once per candidate (and sentence, bound places) in an article."""
    key = (0, id(c), id(low), id(bound), id(places_all), len(_PART_PLACES), len(_CLAUSE_BOUND))
    entry = _ONCE.get(key)
    if entry is not None and entry[0] is c and entry[1] is low and entry[2] is bound and entry[3] is places_all:
        return entry[4]
    if len(_ONCE) > 4000:  # called outside `extract_figures`, which empties it per article
        _ONCE.clear()
    place = _place(article, c, places_all, default_place, gaz, lex, low, bound)
    _ONCE[key] = (c, low, bound, places_all, place)
    return place


def _attribution_once(sentence: str, article: Article, c: Candidate, quotes, lex: FigureLexicon) -> Optional[str]:
    """`attribution_of`, read once per candidate (and sentence) in an article."""
    key = (1, id(c), id(sentence), id(quotes))
    entry = _ONCE.get(key)
    if entry is not None and entry[0] is c and entry[1] is sentence and entry[2] is quotes:
        return entry[4]
    if len(_ONCE) > 4000:
        _ONCE.clear()
    found = attribution_of(sentence, article, c, quotes, lex)
    _ONCE[key] = (c, sentence, quotes, None, found)
    return found


_PAST_AT: dict[tuple[str, int], bool] = {}  # `_past_when_at`'s answers for the article being read


def _past_when_at(text: str, pos: int) -> bool:
    """Does a past event's clause ("since 1918, when ...") run up to the place at `pos`? Asked of each
    place before every sentence that looks back to it: answered once per place."""
    key = (text, pos)
    past = _PAST_AT.get(key)
    if past is None:
        if len(_PAST_AT) > 20000:  # called outside `extract_figures`, which empties it per article
            _PAST_AT.clear()
        past = _PAST_AT[key] = PAST_WHEN.search(text, (pos - 160 if pos > 160 else 0), pos) is not None
    return past


def _closed_at_clock(low: str, c: Candidate) -> bool:
    """Is the count closed at an hour of the day ("As of 8:30 a.m., 22 people were killed", "the bodies of
    64 victims as of 4:15pm")? The window reader's `AS_OF_CLOCK` patterns, before and after the count."""
    if not ("am" in low or "pm" in low or ".m." in low):
        return False
    n = c.number
    return AS_OF_CLOCK.search(low, 0, n.start) is not None \
        or ("as of" in low or "as at" in low) and (AS_OF_CLOCK_AFTER.match(low, max(n.end, c.head_end)) is not None
                                                    # "as of 1.30pm on Wednesday, 34 miners had been retrieved" (acc-r228)
                                                    or AS_OF_CLOCK_DAY is not None and AS_OF_CLOCK_DAY.search(low, 0, n.start) is not None)


CARRIED_TOLL_MEASURES = frozenset(("killed", "injured", "missing"))  # counts whose reports keep one place as they grow
CARRIED_TOWN_MAX = 100_000  # a count this large with no place of its own inherits the article's area, not its last town
# "la ville", "ce quartier", "the province": the place named before, named again by its kind (cue area_ref)
AREA_REF = re.compile(r"\b(?:" + cues("area_ref") + r")\b")
# "cette ville", "across the city": a town named by its kind (on the text as written: a name after it is
# another's; place-r247)
TOWN_ANAPHOR = re.compile(r"\b(?:" + cues("town_anaphor") + r")", re.IGNORECASE)


# "Maradi (centre-sud, 111 morts)", "Dosso (22 morts)": a count in brackets after a place name,
# with at most a short description before it
BRACKET_ITEM_LEFT = re.compile(r"\s*\((?:[^()\d.;:]{0,30},\s*)?$")
BRACKET_ITEM_RIGHT = re.compile(r"\s*\)")
BRACKET_ITEM_NAMED = re.compile(r"[A-ZÀ-Ý][\w'’-]+\s*\((?:[^()\d.;:]{0,30},\s*)?$")
REGIONS_WORD = re.compile(r"\b(?:r[ée]gions?|regions?|provinces?|count(?:y|ies)|comtés?)\b", re.IGNORECASE)
# "Edo (31), Ondo (30), Ebonyi (27) and Taraba (25) states recorded the highest tolls": the type word
# right after the list's last bracket (acc-r124)
LIST_TYPE_AFTER = re.compile(r"\)\s+(?:states|regions|provinces|counties)\b")


def _bracket_item_place(text: str, named, pos: int, head_end: int, gaz, start: int = 0) -> Optional[str]:
    """The place a bracketed count follows ("Maradi (centre-sud, 111 morts)"), or None. Where the
    sentence calls the items regions ("quatre régions sont touchées : Maradi (...)") or counties
    ("The dead are from 17 counties: Nairobi (21), Nakuru (3)"), a town that gives its name to the
    region or county around it (`maradi` in `maradi-region`, `nakuru` in `nakuru-county`) stands
    for it. `start`: where the sentence starts (its type word may open a long list)."""
    if not BRACKET_ITEM_RIGHT.match(text, head_end):
        return None
    before = [p for p in named if p[1] <= pos and pos - p[1] <= 40]
    if not before or not BRACKET_ITEM_LEFT.fullmatch(text, before[-1][1], pos):
        return None
    slug = before[-1][2]
    parent = gaz.parent(slug)
    if parent in (slug + "-region", slug + "-county") and (REGIONS_WORD.search(text, max(0, before[-1][0] - 200), before[-1][0])
                                                         or REGIONS_WORD.search(text, start, before[-1][0])) \
            or parent in (slug + "-region", slug + "-county", slug + "-state") \
            and (m := LIST_TYPE_AFTER.search(text, pos, min(len(text), pos + 120))) is not None \
            and not any(ch in ".;:" for ch in text[pos:m.start()]):
        return parent
    return slug


SHARE_CLAUSE = re.compile(r",[ \t]*(?:" + cues("share_clause") + r")\b", re.IGNORECASE)
CONTRAST_CLAUSE = re.compile(r",[ \t]*(?:" + cues("contrast_clause") + r")\b", re.IGNORECASE)
CONTRAST_WORDS = tuple(cue_alternatives("contrast_literal"))  # one of them is in every CONTRAST_CLAUSE match
# "la province de Dak Lak": a typed place, its name capitalised (whether the gazetteer knows it or not)
TYPED_UNKNOWN = re.compile(r"\b(?:" + cues("typed_det") + r")?(?:" + cues("typed_region") + r")\s+(?:" + cues("typed_of") + r")\s*[A-ZÀ-Ý]")
# "..., tandis qu'aucune victime n'a été enregistrée dans le Gilgit-Baltistan": a contrasting clause that
# counts no one; its places are its own, not the figure's
ZERO_COUNT = re.compile(r"\b(?:" + cues("zero_count") + r")\b", re.IGNORECASE)
# "a réduit le bilan", "revu à la baisse", "downgraded the death toll": an article that says its toll was
# lowered (rules/engine.py `_says_lowered`: a walk-back, not a miscopied figure)
TOLL_LOWERED = re.compile(r"\b(?:" + cues("toll_lowered") + r")", re.IGNORECASE)
# the hour of the day a count is told with ("By Thursday noon", "by 4 p.m. on Thursday", "later that day", "à 16 h",
# "en fin de journée"): rules/kinds/intervals_disagree.py `_successive_hours` (CC108), read only for a pair about to fire
HOUR_OF_DAY = re.compile(r"\b(?:(?P<clock>" + cues("hour_clock") + r")|(?P<later>" + cues("hour_later") + r")|(?P<noon>"
                         + cues("hour_noon") + r")|(?P<evening>" + cues("hour_evening") + r")|(?P<afternoon>"
                         + cues("hour_afternoon") + r")|(?P<dawn>" + cues("hour_dawn") + r")|(?P<mid_morning>" + cues("hour_mid_morning")
                         + r")|(?P<morning>" + cues("hour_morning") + r"))\b", re.IGNORECASE)
HOUR_NAMED = {"noon": 12.0, "evening": 19.0, "afternoon": 15.0, "dawn": 6.0, "mid_morning": 10.0, "morning": 9.0}
# a clock time's hour and minutes ("10:30", "4.15 p.m.", "16 h 30")
CLOCK_DIGITS = re.compile(r"(\d{1,2})(?:\s?(?:[:.]|h(?:eures?)?)\s?(\d{2}))?")
LATER_HOUR = float("inf")  # "later that day": after whatever count was told before it


def hour_of_day(sentence: str) -> float | None:
    """The hour of the day the sentence tells its count with (its first hour cue): a clock time's hour
    and minutes ("4 p.m." 16, "à 16 h" 16, "before 10:30" 10.5), a named part of the day (HOUR_NAMED), LATER_HOUR for "later that day";
    None when it names none."""
    m = HOUR_OF_DAY.search(sentence or "")
    if not m:
        return None
    if m.group("clock"):
        digits = CLOCK_DIGITS.search(m.group("clock"))
        hour = float(digits.group(1)) + (int(digits.group(2)) / 60 if digits.group(2) else 0.0) if digits else 0.0
        if re.search(r"p\.?m", m.group("clock"), re.IGNORECASE) and hour < 12:
            hour += 12
        return hour
    if m.group("later"):
        return LATER_HOUR
    return next(HOUR_NAMED[k] for k in HOUR_NAMED if m.group(k))
# right after a place's name: "Herat and neighboring provinces", "la province d'Hérat, dans l'ouest de
# l'Afghanistan, et les provinces voisines": the place and its neighbours
NEIGHBOURS_TOO = gated(r"(?:\s*,[^,.;:]{1,50},)?\s*(?:" + cues("neighbours_too") + r")\b")
UNIT_WORDS = ("istrict", "rovince", "ounties", "egion", "ivision", "épartement", "epartement", "omté", "ilaya")  # one is in every UNITS_AFTER match
# "the Assam State Disaster Management Authority", "Manyara Region": a place named as a region
REGION_TYPE_AFTER = re.compile(r"\s+(?:" + cues("region_type_after") + r")", re.IGNORECASE) if cue_alternatives("region_type_after") else None
REGION_TYPE_END = re.compile(r"\s+(?:" + cues("region_type_after") + r")$", re.IGNORECASE)  # a name that ends on its type ("Assam State")
UNITS_AFTER = re.compile(r"[^.;:]*?\b(?:" + cues("units_after") + r")\b", re.IGNORECASE)
STATES_AFTER = re.compile(r"(?:[ \t]+[\w'’-]+){0,5}?[ \t]+(?:" + cues("states_after") + r")\b", re.IGNORECASE)
# "Parmi les victimes recensées depuis le 27 janvier, figurent 115 civils tués": the parts' own running window
PARTS_SINCE = re.compile(r"\s*(?:" + cues("parts_since_head") + r"),?\s+(?:[^.;:]|(?<=\d)\.(?=\d)){0,80}?\b(?:" + cues("parts_since_since") + r")\b")
APPOSED_REGION_GAP = re.compile(r",[ \t]+")
# "Dans une ville du Sichuan, Mianyang, ...": a town named after the region it is a town of
TOWN_OF_REGION = re.compile(r"\b(?:" + cues("town_of_region") + r")$", re.IGNORECASE)
APPOSED_TOWN_GAP = re.compile(r"[ \t]*,[ \t]*")
PART_OF_TOWN_GAP = re.compile(r"(?:" + cues("part_of_town_gap") + r")", re.IGNORECASE) if cue_alternatives("part_of_town_gap") else None
APPOSED_BEFORE = re.compile(r",\s*(?:[\w'’-]+\s+){0,4}(?:[\w-]+['’])?$")
OWN_COUNTRY_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:" + cues("own_country_after") + r")\b", re.IGNORECASE) if cue_alternatives("own_country_after") else None
TOWN_BEARING_GAP = re.compile(r"(?:" + cues("town_bearing_gap") + r")", re.IGNORECASE) if cue_alternatives("town_bearing_gap") else None
# "Kumbakonam in the southern state of Tamil Nadu", "Panipat in Haryana state" (acc-r236)
TOWN_REGION_GAP = re.compile(r"(?:" + cues("town_region_gap") + r")", re.IGNORECASE) if cue_alternatives("town_region_gap") else None
TOWN_REGION_GAP_BARE = re.compile(r"(?:" + cues("town_region_gap_bare") + r")", re.IGNORECASE) if cue_alternatives("town_region_gap_bare") else None
TOWN_REGION_KIND_AFTER = re.compile(r"(?:" + cues("town_region_kind_after") + r")", re.IGNORECASE) if cue_alternatives("town_region_kind_after") else None
# "Le territoire de Djugu, dans la province de l'Ituri": the region set after a town with its type
# before it (the French order of "In Malakal, Upper Nile State")
TYPED_REGION_GAP = re.compile(r"\s*,\s*(?:" + cues("situated_in") + r")\s+(?:" + cues("situated_det") + r")?(?:" + cues("region_noun")
                              + r")\s+(?:" + cues("neighbouring") + r")?(?:" + cues("region_of") + r")", re.IGNORECASE)
# ", dans l'" before "État du Niger": the gap before a region whose name holds its type
SITUATED_GAP = re.compile(r"\s*,\s*(?:" + cues("situated_in") + r")\s+(?:" + cues("situated_det") + r")?")
REGION_HEAD = re.compile(r"(?:" + cues("region_noun") + r")\s+(?:" + cues("neighbouring") + r")?(?:" + cues("region_of") + r")", re.IGNORECASE)
# ", in western " before "Rakhine state": the gap before a region whose name ends on its type (also
# without the comma: "Nuwara Eliya in the Central Province")
# (and ", in the north of " before "Sichuan province": a part of the region named by its bearing; place-r214)
SITUATED_SUFFIX_GAP = re.compile(r"(?:\s*,\s*|[ \t]+)(?:" + cues("situated_in") + r")\s+(?:" + cues("situated_det") + r")?(?:(?:"
                                 + cues("in_place_adjective") + r")\s+)?(?:" + cues("situated_part") + r")?", re.IGNORECASE)


def _curated_region_after(text: str, town, region, gaz) -> bool:
    """"l'école de Beslan, en Ossétie du Nord": a world-tier town the tier puts right under its
    country, set before a curated region of that country with "en", "dans", "in" (not a list going
    on: "à Gaza, en Cisjordanie et au Liban") -- the region the tier lacks locates the town (acc-r99)."""
    town_parent = gaz.parent(town[2])
    # (the region may lie deeper in that country: "à Saint-Péray, en Ardèche", Ardèche under its
    # French region; place-r214)
    # (a town of the small towns' tier may be set before a world-tier region: "Saint-Péray, en Ardèche")
    if town_parent is None or town_parent not in gaz.ancestors(region[2])[1:] or town[2] in gaz.places \
            or region[2] not in gaz.places and town[2] not in gaz.town_slugs or gaz.parent(town_parent) is not None:
        return False
    if SITUATED_GAP.fullmatch(text, town[1], region[0]) is None:
        return False
    return LIST_GOES_ON.match(text, region[1]) is None


# "et au Liban", ", en Cisjordanie et": the place after is one more item of a list
# (not a time set in the same words: "Saint-Péray, en Ardèche, dans la nuit de jeudi à vendredi"; place-r214)
LIST_GOES_ON = re.compile(r"\s*(?:,|\b(?:" + cues("and_or") + r")\b)\s*(?:" + cues("situated_in") + r")\b(?!\s*(?:"
                          + cues("situated_time") + r"))")


def _typed_region_after(text: str, town, region) -> bool:
    """Is `region` set right after `town` with its type ("Le territoire de Djugu, dans la province de
    l'Ituri", "Mokwa, dans l'État du Niger", where the gazetteer's name holds the type)?"""
    gap = text[town[1]:region[0]].replace("’", "'")
    if TYPED_REGION_GAP.fullmatch(gap):
        return True
    if SITUATED_GAP.fullmatch(gap) is not None and REGION_HEAD.match(text, region[0]) is not None:
        return True
    # "in Mrauk-U, in western Rakhine state": the region's own type written after its name (in the
    # gazetteer's name, or right after it: "in Nilambur, in Malappuram district")
    return SITUATED_SUFFIX_GAP.fullmatch(gap) is not None and (REGION_SUFFIX.search(text, region[0], region[1]) is not None
                                                               or REGION_TYPE_AFTER.match(text, region[1]) is not None)


# "Upper Nile State", "Kassala state", "Hatay province": a place named with its type after it
REGION_SUFFIX = re.compile(r"\b(?:" + cues("region_suffix") + r")$", re.IGNORECASE)
REGION_TYPE_AFTER = re.compile(r"[ \t]+(?:" + cues("region_suffix") + r")\b", re.IGNORECASE)
WHERE_AFTER = re.compile(r",\s+(?:" + cues("where") + r")\b")
# between two figures of a sentence: the second stands in another clause ("31 after four more deaths")
CLAUSE_BETWEEN = re.compile(r"\b(?:" + cues("clause_between") + r")\b|[,;(–—]")


# "Au moins 19 personnes, dont une majorité d'adolescents, ont été tuées et une cinquantaine blessées ...
# à Kertch", "At least 25 people, including four firefighters, were killed and 267 injured in Kaohsiung":
# an aside that names a part, set off by a pair of commas, breaks no clause between a count and the
# one coordinated with it (place-r197)
ASIDE_PART_GAP = re.compile(r"[^,;()–—]*,\s*(?:" + cues("aside_part_open") + r")\b[^,;()–—\d]{0,80},") \
    if cue_alternatives("aside_part_open") else None


def _holds_part(whole: Candidate, c: Candidate) -> bool:
    """Is `c` a part of `whole`, or a part of one of its parts?"""
    seen = 0
    while c.part_of is not None and seen < 8:
        if c.part_of is whole:
            return True
        c, seen = c.part_of, seen + 1
    return False


def _clause_between(text: str, c: Candidate, other: Candidate) -> bool:
    a, b = (c, other) if c.number.start < other.number.start else (other, c)
    if CLAUSE_BETWEEN.search(text, a.number.end, b.number.start) is None:
        return False
    if ASIDE_PART_GAP is not None and (aside := ASIDE_PART_GAP.match(text, a.number.end, b.number.start)) is not None \
            and CLAUSE_BETWEEN.search(text, a.number.end, text.find(",", a.number.end, aside.end())) is None \
            and CLAUSE_BETWEEN.search(text, aside.end(), b.number.start) is None:
        return False
    if not (" - " in text or "–" in text or "—" in text):
        return True
    # "19 morts - onze femmes et huit hommes âgés de 18 à 38 ans, dont sept étrangers - et 342 blessés
    # samedi à Duisbourg": the commas of an aside set off by a pair of dashes break no clause (acc-r137)
    dashes = [m.span() for m in DASH_PAIR.finditer(text, _dateline_end(text))]
    if len(dashes) < 2 or len(dashes) % 2:
        return True
    pos = a.number.end
    for (_, open_end), (close_start, close_end) in zip(dashes[::2], dashes[1::2]):
        if close_end <= pos or open_end - 1 >= b.number.start:
            continue
        if CLAUSE_BETWEEN.search(text, pos, max(pos, min(open_end - 1, b.number.start))) is not None:
            return True
        pos = max(pos, close_end)
    return pos < b.number.start and CLAUSE_BETWEEN.search(text, pos, b.number.start) is not None


def _dateline_end(sentence: str) -> int:
    """Where the sentence's dateline ends ("DUISBOURG (Allemagne), 26 juillet (AFP) -"), or 0."""
    m = _match_dateline(sentence, 0)
    return m.end() if m is not None else 0


# ("in Separa district of neighbouring Khost province": a name the gazetteer does not know, typed as a unit of the known place after it)
UNKNOWN_NAMES = re.compile(r"(?:[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*(?:[ \t]*,[ \t]*|[ \t]+(?:" + cues("names_and_or") + r")[ \t]+"
                           r"|[ \t]+(?:" + cues("unknown_unit_of") + r")[ \t]+))*")


def _bound_places(cands: list[Candidate], sent, places_all, text: str) -> dict:
    """The places each figure's own phrase puts it in ("four more deaths were reported in Cumilla,
    Noakhali and Feni"), by their start, with the places coordinated with them."""
    bound: dict = {}
    first = bisect_left(places_all, (sent.start,))
    if first >= len(places_all) or places_all[first][0] >= sent.end:
        return bound  # no place in the sentence
    for c in cands:
        if not c.rejected and c.measure not in (None, "?") and len(cands) > 1:
            # "avant d'atteindre la Chine, où quelque 300.000 personnes ont été évacuées": the place
            # a relative "où" opens on is the count's that follows it
            for i in range(first, len(places_all)):
                ps_, pe_, _ = places_all[i]
                if pe_ > sent.start + c.number.start or ps_ >= sent.end:
                    break
                if i > first and places_all[first][0] >= sent.start and WHERE_REL.fullmatch(text, pe_, sent.start + c.number.start):
                    # (only past another place of the sentence: "drowned off Libya, where more than 1,100
                    # have died" leaves the first figure its only place)
                    bound.setdefault(ps_, c)
        if c.rejected or c.measure in (None, "?") or not (loc := LOCATIVE_AFTER.match(sent.text, c.head_end)):
            continue
        at = sent.start + loc.end()
        # the first place of the chain, past names the gazetteer does not know ("in Cumilla, Noakhali and Feni")
        k = None
        for i in range(first, len(places_all)):
            if places_all[i][1] > sent.end:
                break
            if places_all[i][0] >= at:
                k = i if UNKNOWN_NAMES.fullmatch(text, at, places_all[i][0]) \
                    or LOCATIVE_TAIL.fullmatch(text, at, places_all[i][0]) else None  # ("at designated centres in Katesh")
                break
        while k is not None:
            bound.setdefault(places_all[k][0], c)
            k = k + 1 if k + 1 < len(places_all) and places_all[k + 1][1] <= sent.end \
                and PLACE_AND.fullmatch(text, places_all[k][1], places_all[k + 1][0]) else None
    for c in cands:
        if c.name_item and not c.rejected:
            # "Shangla reported 37 deaths, Mansehra 23": the name right before an item's count is its own
            own_at = sent.start + c.number.start
            for ps_, pe_, _ in places_all[first:]:
                if ps_ >= own_at:
                    break
                if PART_SUBJECT_TAIL.fullmatch(text, pe_, own_at):
                    bound.setdefault(ps_, c)
    live = [c for c in cands if not c.rejected and c.measure in FLOW_MEASURES and c.part_of is None]
    for c, d in zip(live, live[1:]):
        # "at least 30 people were killed in a stampede ... in the city of Prayagraj, and in July 2024,
        # 121 people died ... in Hathras": the places between a count and the clause break before the
        # next count are the first one's own, when the next one's clause names a land place of its own
        # (not "..., ce qui porte à trois le nombre de morts sur l'île ... de l'océan Indien")
        if (brk := CLAUSE_BETWEEN.search(sent.text, c.head_end, d.number.start)) is None \
                or not (any(sent.start + d.number.end <= ps_ < sent.end and not default_gazetteer().is_sea(slug)
                            for ps_, _, slug in places_all[first:]) or _unknown_own_place(sent, d, places_all)):
            continue
        for ps_, pe_, _ in places_all[first:]:
            if ps_ >= sent.start + brk.start():
                break
            if ps_ >= sent.start + c.head_end and ps_ not in bound:
                bound[ps_] = c
                _CLAUSE_BOUND.add(ps_)  # set aside only for other counts, not for a population
    return bound


# the same past a longer verb phrase ("ont trouvé la mort au")
LOCATIVE_AFTER_VERB = re.compile(r"[ \t]+(?:[a-zà-ÿ’'-]+[ \t]+){0,5}?(?:" + cues("locative") + r")[ \t]+(?:" + cues("locative_det") + r")?")


# "in Carroll County", "Ouachita Parish": an administrative unit written as its name and its type
UNIT_AFTER_NAME = re.compile(r"\b[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?:" + cues("unit_after_name") + r")\b")
UNIT_AFTER_NAME_WORDS = tuple(cue_alternatives("unit_after_name"))  # one of them is in every UNIT_AFTER_NAME match


def _unknown_own_place(sent, d: Candidate, places_all) -> bool:
    """Does the figure's own phrase put it in a place the gazetteer lacks ("sept autres personnes ont
    trouvé la mort au Cachemire": a locative, then a capitalised name where no known place starts)?"""
    if (loc := LOCATIVE_AFTER_VERB.match(sent.text, d.head_end)) is None or not sent.text[loc.end():loc.end() + 1].isupper():
        return False
    at = sent.start + loc.end()
    return not any(ps_ == at for ps_, _, _ in places_all)


WHERE_REL = re.compile(r"\s*,\s*(?:" + cues("where_rel") + r")\s+")  # "la Chine, où quelque 300.000 personnes"


# "247 morts, dont 190 dans la région du Latium et 57 dans celle des Marches": the places are the parts'
# (or a bracket of counts with their places: "8 morts (5 dans le Var, 3 dans les Alpes-Maritimes)")
PARTS_LATER = re.compile(r",\s*(?:" + cues("parts_after") + r")\b")
# ("45 personnes – 30 à Gaza et 15 à Khan Younès –": the parts between dashes, as between brackets)
PARTS_AFTER = re.compile(r"\s*,?\s*(?:" + cues("parts_after") + r")\b|\s*\(\s*(?:\d|[^\W\d_]+\s+(?:à|a|au|aux|en|dans)\b)"
                         r"|\s+[–—-]\s+\d")


def _felt_at(text: str, start: int) -> bool:
    """Is the place at `start` one where a quake was felt ("ressenties jusqu'à Rome")?"""
    window = text[max(0, start - 200):start]
    return any_in(window, FELT_WORDS) and FELT_BEFORE.search(window) is not None


ELIDED_START = tuple(cue_alternatives("elided_start"))


# "sur le territoire ukrainien", "on Ukrainian territory": a nationality that qualifies a country's
# territory names that country as a place
TERRITORY_BEFORE = re.compile(r"\b(?:" + cues("territory_noun_before") + r")\s+$", re.IGNORECASE) if cue_alternatives("territory_noun_before") else None
TERRITORY_AFTER = re.compile(r"\s+(?:" + cues("territory_noun_after") + r")\b", re.IGNORECASE) if cue_alternatives("territory_noun_after") else None


TERRITORY_WORDS = tuple(cue_alternatives("territory_literal"))  # one of them is in every territory phrase
# one of these, lower-cased, is in every TERRITORY_BEFORE match: the 20 characters before a mention are
# searched only where they hold one lower-cased (or a character that folds apart, `FOLDS_APART`); `\b` first
# and ignoring case, the pattern tried every alternative at every position of the window, 9.4 calls a wire
# article, none matching (spd-r264). ("" where the cues have no literal: every window is searched)
TERRITORY_BEFORE_WORDS = tuple(w.lower() for w in required_literals("(?:" + cues("territory_noun_before") + ")") or [""]) \
    if TERRITORY_BEFORE is not None else ()


def _territory_of(text: str, mention) -> bool:
    s, e = mention[0], mention[1]
    if TERRITORY_BEFORE is not None and _territory_before(text, (s - 20 if s > 20 else 0), s):
        return True
    m = TERRITORY_AFTER.match(text, e) if TERRITORY_AFTER is not None else None
    # "the Ethiopian Village restaurant": a capitalised settlement noun after a capitalised nationality
    # word is a name (a restaurant's, a district's), not a village of that country (acc-r183)
    return m is not None and not (text[s:s + 1].isupper() and text[m.end() - 1:m.end()].isalpha()
                                  and m.group(0).lstrip()[:1].isupper() and m.group(0).strip().lower() in _NAMED_SETTLEMENT)


_NAMED_SETTLEMENT = frozenset(("village", "town", "city"))


def _territory_before(text: str, lo: int, hi: int) -> bool:
    """`TERRITORY_BEFORE.search(text, lo, hi)`, asked only where `text[lo:hi]` lower-cased holds one of
    `TERRITORY_BEFORE_WORDS` or a character that folds apart (`FOLDS_APART`: "ı", "ſ", and the dot "İ"
    lowers to): a match lies in the window and holds one of the literals ignoring case, which its lower
    case shows but for those characters."""
    window = text[lo:hi].lower()
    if not any_in(window, TERRITORY_BEFORE_WORDS) and not any_in(window, FOLDS_APART):
        return False
    return TERRITORY_BEFORE.search(text, lo, hi) is not None


def _adjective_mention(text: str, mention) -> bool:
    """"nigérian", "soudanaises": a place named by a French nationality adjective (lower case);
    "Syrian workers", "Pakistani soldiers": an English one, before the noun it qualifies;
    "Afghans", "Iraqis": people named by their nationality."""
    word = text[mention[0]:mention[1]]
    if word[:1].islower():
        # ("sur le territoire ukrainien" names the country: `_territory_of`)
        return word.isalpha() and not word.startswith(ELIDED_START) and not _territory_of(text, mention)
    if DEMONYM_PLURAL.fullmatch(word):
        return True  # "116 people (84 of them Afghans) died in Lagos": the people, not where they died
    if DEMONYM_PERSON.fullmatch(word):
        if HEADED_BY_COUNT.search(text, max(0, mention[0] - 30), mention[0]):
            return True  # "cinq Japonais, un Australien et une Espagnole": people counted by their nationality (place-r222)
        if (m := PERSON_AND.search(text, max(0, mention[0] - 40), mention[0])) is not None and DEMONYM_PERSON.fullmatch(m.group(1)) \
                and HEADED_BY_COUNT.search(text, max(0, m.start(1) - 30), m.start(1)):
            return True  # "Plus de 50.000 Libanais et Syriens": the second people of the count too
    if word[:1].isupper() and ORIGIN_NOUN_AFTER.match(text, mention[1]) is not None:
        return True  # "Eight Hong Kong tourists were killed ... in Manila": where the travellers come from (acc-r251)
    return word.endswith(DEMONYM_ENDINGS) and DEMONYM_BEFORE_NOUN.match(text, mention[1]) is not None \
        and not _territory_of(text, mention)


# "Egypt's health ministry said", "Russia's National Crisis Management Centre": a country named as the
# owner of the source that speaks (place-r222)
SOURCE_OWNER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?i:" + cues("source_owner_noun") + r")\b") \
    if cue_alternatives("source_owner_noun") else None


def _carried_inside(article: Article, sent: Sentence, places_all, starts, gaz, country: str) -> bool:
    """Does the place the sentences before carry lie inside `country`, below it ("Algeria's interior ministry
    said ... 32 militants had died" after "the gas plant at In Amenas": a country's ministry counts the dead
    of the one place of that country the copy is on; place-r255)?"""
    before = _places_before(article, sent, places_all, starts, gaz)
    if not before or (here := before[-1][2]) == country or not gaz.contains(country, here):
        return False
    # (the article's one site in that country: not where it names several, whose toll the ministry sums, "Pakistan's
    # military said the death toll had risen to 26" after strikes on Muzaffarabad, Bahawalpur and Muridke)
    return all(gaz.contains(here, sl) or gaz.contains(sl, here) for _, _, sl in places_all
               if sl != country and sl != here and gaz.contains(country, sl))


def _source_owner(text: str, mention, gaz) -> bool:
    """Is the country `mention` named only as the owner of a source ("Egypt's health ministry said")?
    Like a nationality adjective, it gives way to a place inside it that the text names."""
    return SOURCE_OWNER is not None and text.startswith(("'s ", "’s "), mention[1]) \
        and gaz.parent(mention[2]) is None and SOURCE_OWNER.match(text, mention[1]) is not None


# "China's embassy had said": an embassy's country, which speaks from abroad (acc-r251)
SOURCE_OWNER_ABROAD = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?i:" + cues("source_owner_abroad_noun") + r")\b") \
    if cue_alternatives("source_owner_abroad_noun") else None


def _source_abroad(text: str, mention, gaz) -> bool:
    """Is the country `mention` named only as the owner of its embassy or consulate ("China's embassy said")?
    It gives way to the place the text named before, inside that country or not."""
    return SOURCE_OWNER_ABROAD is not None and _source_owner(text, mention, gaz) \
        and SOURCE_OWNER_ABROAD.match(text, mention[1]) is not None


ORIGIN_NOUN_AFTER = re.compile(r" (?:" + cues("origin_noun") + r")\b")  # "Hong Kong tourists"
DEMONYM_ENDINGS = ("an", "ian", "ese", "i", "ish")  # "Syrian", "Congolese", "Iraqi", "Turkish"
# a French nationality written as a noun, capitalised, for a person or people ("une Espagnole", "deux
# Libanais", "trois Israéliens"): a count right before it makes it people, not the country (place-r222)
PERSON_AND = re.compile(r"([A-ZÉ][\w-]+)(?:,| (?:" + cues("and_word") + r")) $")
DEMONYM_PERSON = re.compile(r"[A-ZÉ][a-zéèêëïîç]+(?:iens?|iennes?|ais|aises?|ols?|oles?|ois|oises?|ains?|aines?|ans?|anes?)")
# people named by their nationality, one word: "Afghans", "Syrians", "Iraqis" (not "Saint-Denis", "Paris")
DEMONYM_PLURAL = re.compile(r"[A-Z][a-z]+ans|(?:" + cues("demonym_plural_i") + r")")
# "Syrian workers", "Pakistani army officers" (not "Syria's", "Liban dans", "Pakistan and India",
# "in Pakistan left people stranded")
DEMONYM_BEFORE_NOUN = re.compile(r" (?:(?:" + cues("and_word") + r") [a-z-]+ )?(?:" + cues("demonym_noun") + r")\b")  # "Malian and foreign fighters"


# a count right before the locative that names a place: "10 à Beyrouth", "13 au Liban-Sud"
# ("190 dans la région du Latium et 57 dans celle des Marches": a type of place may come between)
COUNT_AT = re.compile(r"(?:(?<![\w.,])\d[\d\u00a0\u202f .]*(?:,\d+(?=\s*(?:" + cues("count_at_unit") + r")(?![\w/])))?|\b(?i:" + cues("count_at_number") + r"))"
                      # "les vagues atteignaient 13,68 mètres en Catalogne": a measurement's place is its own
                      r"(?:\s*(?:" + cues("count_at_unit") + r")(?![\w/]))?"
                      r"\s+(?:" + cues("count_at_locative") + "|" + cues("count_at_locative_more") + r")\s+(?:" + cues("count_at_det") + "|" + cues("count_at_det_more") + r")?"
                      r"(?:(?:" + cues("count_at_region") + r")\s+)?"
                      r"(?:(?:" + cues("count_at_of") + r")\s*)?$"
                      # "five in Chattogram, two in Feni", "one each in Brahmanbaria"
                      r"|\b(?i:" + cues("count_each_number") + r"|\d+)(?:\s+(?:" + cues("count_each") + r"))?\s+(?:" + cues("count_each_in") + r")\s+$")
LOCATIVE_WORDS = tuple(cue_alternatives("count_at_window_end"))  # what COUNT_AT's window ends on
ELIDED_ARTICLES = tuple(cue_alternatives("count_at_elided"))  # or these


# (on the folded text; gated on the verbs' literals: most places follow none)
# "one of several camps around El Fasher", "les camps autour d'El-Fasher": a town that situates sites
SITES_AROUND = re.compile(r"\b(?:" + cues("sites_around") + r")\s*$")
SITES_AROUND_WORDS = tuple(cue_alternatives("sites_around_literal"))  # one of them is in every match
# "Obtenues par France 24, des vidéos ...", "told Radio Free Asia": a broadcaster named after a place
OUTLET_NAME = re.compile(r"(?<![\w-])(?:" + cues("outlet_name") + r")(?![\w-])")
OUTLET_WORDS = tuple(cue_alternatives("outlet_name_literal"))  # one of them is in every OUTLET_NAME match


# "la Montreal, Maine & Atlantic (MMA)", "Procter & Gamble": capitalised names joined by "&" name a firm
FIRM_NAME = re.compile(r"[A-ZÀ-Ý][\w'’.-]*(?:(?:,[ \t]*|[ \t]+)[A-ZÀ-Ý][\w'’.-]*)*[ \t]*&[ \t]*[A-ZÀ-Ý][\w'’.-]*(?:[ \t]+[A-ZÀ-Ý][\w'’.-]*)*")


def _in_firm_name(text: str, s: int, e: int) -> bool:
    """Is the place mention text[s:e] part of a firm's name joined by "&" ("Montreal, Maine & Atlantic
    Railway": the railway, neither Montreal nor Maine; acc-r99)?"""
    lo = max(0, s - 60)
    return any(m.start() <= s and e <= m.end() for m in FIRM_NAME.finditer(text, lo, min(len(text), e + 60)))


# "the Niger State Emergency Management Agency", "the Niger State Ministry of Transport": a region named
# with its type inside a body's name (acc-r195)
TYPED_REGION_BODY = re.compile(r" (?:" + cues("typed_region_body_after") + r")\b")
TYPED_REGION_BODY_WORDS = tuple(cue_alternatives("typed_region_body_after"))


def _in_typed_region_body(text: str, s: int, e: int) -> bool:
    """Is the place mention text[s:e], a region named with its type ("Niger State"), the head of a
    body's name ("the Niger State Ministry of Transport")? Who reports, not where the figure happened."""
    return text[e - 6:e] == " State" and TYPED_REGION_BODY.match(text, e) is not None


def _in_outlet_name(text: str, s: int, e: int) -> bool:
    """Is the place mention text[s:e] part of a broadcaster's name ("France 24", "Radio-Canada")?"""
    lo = max(0, s - 30)
    return any(m.start() <= s and e <= m.end() for m in OUTLET_NAME.finditer(text, lo, min(len(text), e + 30)))


SPOKEN_AT = gated(r"(?<![\w'-])(?:" + cues("spoken_at_verb") + r")(?![\w-])(?:\s+(?:" + cues("spoken_at_gap") + r")){0,2}\s+(?:"
                  + cues("spoken_at_locative") + r")\s+$")
# "selon des sources sécuritaires à Niamey", "un porte-parole du Comité international de la Croix-Rouge
# (CICR) à Genève", "security sources in Niamey": where the speaker sits, named with the speaker (place-r110)
SPEAKER_SEAT = re.compile(r"(?<![\w'-])(?:" + cues("speaker_seat") + r")\s+(?:" + cues("spoken_at_locative") + r")\s+$") \
    if cue_alternatives("speaker_seat") else None
# Words one of which is in every SPEAKER_SEAT match: each of its required literals holds one ("security
# source", "spokesman for ", "porte-parole du "). The pattern opens on a look-behind, so `re` tries it at
# every position of the 110 characters before each place (17 µs a window); most windows hold none of
# these words. None (the pattern tried everywhere) where a literal of the language data holds none.
SPEAKER_SEAT_WORDS = ("source", "spokes", "porte-parole", "delegation")  # ("head of the ICRC delegation in Yemen", acc-r260)
if SPEAKER_SEAT is not None and not ((lits := required_literals(SPEAKER_SEAT.pattern))
                                     and all(any_in(lit, SPEAKER_SEAT_WORDS) for lit in lits)):
    SPEAKER_SEAT_WORDS = None
# Every SPOKEN_AT match ends on a locative word then whitespace: where the locatives are plain words,
# a window whose last word is none of them is not searched (most places come after "de", "the", "en"...)
SPOKEN_AT_LAST = frozenset(cue_alternatives("spoken_at_locative")) \
    if all(w and re.escape(w) == w and not any(ch.isspace() for ch in w) for w in cue_alternatives("spoken_at_locative")) else None


# "a nurse in Mekele told The Associated Press", "Tigray's capital Mekele told AFP": a place right before
# the speaker's verb and its hearer (a capitalised outlet, reporters) is the speaker's seat (place-r177)
SEAT_TOLD_WORDS = tuple(cue_alternatives("seat_told"))  # plain words: the article gate
SEAT_TOLD = re.compile(r"[ \t]+(?:" + cues("seat_told") + r")[ \t]+(?:the[ \t]+)?(?:[A-Z]|reporters\b|journalists\b)")


def _spoken_at(folded: str, s: int) -> bool:
    """Is the place at `s` where a source speaks or sits (`SPOKEN_AT`, `SPEAKER_SEAT` on the folded
    text before it)? The window's last word is checked first."""
    window = folded[(s - 60 if s > 60 else 0):s]
    if SPOKEN_AT_LAST is not None:
        bare = window.rstrip()
        if len(bare) == len(window):
            return False  # no whitespace at the end
        last = bare.rsplit(None, 1)
        if len(last) < 2 or last[1] not in SPOKEN_AT_LAST:
            return False
    return SPOKEN_AT.search(window) is not None \
        or SPEAKER_SEAT is not None and (SPEAKER_SEAT_WORDS is None or _any_between(folded, SPEAKER_SEAT_WORDS, (s - 110 if s > 110 else 0), s)) \
        and SPEAKER_SEAT.search(folded, max(0, s - 110), s) is not None


# a place named right after a count, as its noun: "six Syrians", "deux Irakiens"
HEADED_BY_COUNT = re.compile(r"(?:(?<![\w.,])\d[\d\u00a0\u202f.,]*|(?<![\w-])(?i:" + cues("count_at_number") + "|"
                             + cues("count_each_number") + r"))[ \t\u00a0]+$")


def _case_variants(letters: str) -> str:
    """Every character that `(?i:x)` matches for a letter x of `letters` ("s": "sSſ")."""
    every = "".join(chr(i) for i in range(0x10000) if not 0xD800 <= i < 0xE000)
    return "".join(sorted(set(re.findall("(?i)[" + re.escape(letters) + "]", every))))


# Where a COUNT_AT match can start: a digit, or in either case the first letter of a count word,
# at the start of a word. `re` searches for a pattern that opens on `\b` or a look-behind by
# trying all of it at every position (88,000 instructions on a 45-character window, measured with
# valgrind); a pattern that opens on a character class skips straight to the characters in it.
COUNT_AT_START = re.compile(r"[\d" + re.escape(_case_variants("".join(
    {w[0] for w in cue_alternatives("count_at_number") + cue_alternatives("count_each_number") if w[:1].isalpha()}))) + r"](?<!\w.)")


def _count_at(text: str, start: int, end: int) -> Optional[re.Match]:
    """`COUNT_AT.search(text, start, end)`, tried only where a count can begin."""
    pos = start
    while (c := COUNT_AT_START.search(text, pos, end)) is not None:
        if (m := COUNT_AT.match(text, c.start(), end)) is not None:
            return m
        pos = c.start() + 1
    return None


COUNT_AT_AFTER = re.compile(r"\s+(?:" + cues("count_at_locative") + r")\s+(?:" + cues("count_at_det") + r")?[A-ZÀ-Ý]"
                            r"|(?:\s+(?:" + cues("count_each") + r"))?\s+(?:" + cues("count_each_in") + r")\s+[A-Z]")


# from a place to the next item of its list of counts: ", five in ", ", 433 dans celle de "
LIST_HEAD_GAP = re.compile(r",\s*[^\s,.;:]+\s+[^\s,.;:]+\s+(?:[^\s,.;:]+\s+){0,2}?")


# `_listed_place` per place of the article being read (every figure asks about the places before
# it: the answer for a place does not change); emptied when an article starts
_LISTED: dict[tuple[int, int], bool] = {}
INCLUDES_PART = re.compile(r"^[\s«\"“]*(?:" + cues("includes_head") + r")\b")
BREAKDOWN_HEAD = re.compile(r"^[\s«\"“]*(?:" + cues("breakdown_head") + r")\b")
@lru_cache(maxsize=8)
def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Does the article hold one of `words`? Asked for every figure, answered once per article
    (a long article with hundreds of figures would otherwise be scanned hundreds of times)."""
    return any_in(text, words)


_PART_PLACES: set[int] = set()  # starts of the places parts of a toll were given (`extract_figures`)
_CLAUSE_BOUND: set[int] = set()  # starts of the places `_bound_places` gave a count for its clause alone


# `_starts_of` per list of places of the article being read: the list itself and its starts, or None
# where they are not in order; emptied when an article starts
_STARTS: dict[int, tuple[list, Optional[list[int]]]] = {}


def _starts_of(places: list) -> Optional[list[int]]:
    """The starts of `places` (start, end, slug), when in ascending order (else None), so that the
    places within a span are found by bisection; computed once per list."""
    entry = _STARTS.get(id(places))
    if entry is None or entry[0] is not places:
        if len(_STARTS) > 1000:  # called outside `extract_figures`, which empties it per article
            _STARTS.clear()
        starts = [p[0] for p in places]
        entry = _STARTS[id(places)] = (places, starts if all(a <= b for a, b in zip(starts, starts[1:])) else None)
    return entry[1]


def _listed_place(text: str, places_all, k: int) -> bool:
    """Is place `k` an item's place in a list of counts ("45 à Beyrouth"), or coordinated with one
    ("one each in Brahmanbaria, Khagrachhari and Lakshmipur")?"""
    key = (id(places_all), k)
    if key not in _LISTED:
        _LISTED[key] = _listed_place_uncached(text, places_all, k)
    return _LISTED[key]


def _listed_place_uncached(text: str, places_all, k: int) -> bool:
    if _bulleted_count(text, places_all[k][0]):
        return True
    if BRACKET_ITEM_COUNT.match(text, places_all[k][1]):
        # "... du Sindh (17) et la province sud-occidentale du Baloutchistan (16).": a place with its
        # bare count in brackets is that item's, no setting for the sentences after the list
        return True
    if k + 1 < len(places_all) and BRACKET_ITEM_COUNT.match(text, places_all[k + 1][1]) \
            and BRACKET_LIST_HEAD_GAP.fullmatch(text, places_all[k][1], places_all[k + 1][0]):
        # "Le Pendjab a enregistré le plus grand nombre de décès avec 40, suivi par le Khyber
        # Pakhtunkhwa (37)": the first item's place, told with its count, before the bracketed ones
        return True
    if k + 1 < len(places_all) and LIST_HEAD_GAP.fullmatch(text, places_all[k][1], places_all[k + 1][0]) \
            and _bound_to_count(text, places_all[k + 1][0], -1):
        # "twelve people died in Cumilla, five in Chattogram, ...": the first item's place, told
        # with its verb, is an item's place like the next ones
        return True
    while True:
        if _bound_to_count(text, places_all[k][0], -1):
            return True
        if k == 0 or not PLACE_AND.fullmatch(text, places_all[k - 1][1], places_all[k][0]):
            return False
        k -= 1


# "- 11 people, including 4 Levies personnel, killed in Kalat": a bulleted line that holds a count
BULLET_COUNT_LINE = re.compile(r"[ \t]*[-•*–—][ \t]+[^\n]*?\d")
BULLET_SENTENCE_END = re.compile(r"[.!?](?=\s)")  # the end of the sentence a bulleted place stands in
BULLET_DIGIT = re.compile(r"\d")


# "a frappé le mercredi 25 octobre", "de catégorie 5", "en 2023": digits of a bulleted line that count
# no one (cue bullet_digit_not_count, acc-r71)
BULLET_NOT_COUNT = re.compile(r"(?:" + cues("bullet_digit_not_count") + r")(?!\w)", re.IGNORECASE)


def _bullet_count_digit(text: str, start: int, stop: int) -> bool:
    """Does the stretch hold a digit other than a date's, a year's or a scale's?"""
    if not BULLET_DIGIT.search(text, start, stop):
        return False
    return BULLET_DIGIT.search(BULLET_NOT_COUNT.sub("", text[start:stop])) is not None


def _bulleted_count(text: str, pos: int) -> bool:
    """Is `pos` on a bulleted line holding a count, next to another such line ("What we know so far:
    - 23 passengers killed in Musakhail / - 11 people ... killed in Kalat / - 6 people found shot dead
    in Bolan")? Such a line is an item of a list of counts per place: its place is its own count's,
    no setting for the lines and sentences after it (acc-r49)."""
    start = text.rfind("\n", 0, pos) + 1
    if not BULLET_COUNT_LINE.match(text, start):
        return False
    end = text.find("\n", pos)
    stop = BULLET_SENTENCE_END.search(text, pos, end if end >= 0 else len(text))
    if not _bullet_count_digit(text, start, stop.start() if stop else (end if end >= 0 else len(text))):
        # "- Our correspondent reports bodies arriving after Israel bombed a UN school in Nuseirat. The
        # strike killed ...": a key point of several sentences whose place stands in one with no count
        # sets the scene for the sentences after it (acc-r66)
        return False
    if end >= 0 and BULLET_COUNT_LINE.match(text, end + 1):
        return True
    return start >= 2 and BULLET_COUNT_LINE.match(text, text.rfind("\n", 0, start - 1) + 1) is not None


BRACKET_COUNT_AFTER = re.compile(r"\s*\(\s*(?=\d)")  # "Visakhapatnam (53)": a count in brackets after a place
# between the first item's place and the next one's, bracketed: its count, in the same sentence
BRACKET_LIST_HEAD_GAP = re.compile(r"[^.;\n\d]{0,80}\d[^.;\n]{0,60}")
# the same, the whole bracket a bare count (not a year: "Kharkiv (2022)")
BRACKET_ITEM_COUNT = re.compile(r"\s*\(\s*(?!(?:19|20)\d\d\s*\))\d{1,3}(?:[.\u202f\u00a0 ]\d{3})*\s*\)")


def _bracket_count_after(text: str, place_end: int, own_start: int) -> bool:
    """"Prakasam district recorded the most deaths at 57, followed by Visakhapatnam (53)": a place
    with a count of its own in brackets right after it is that count's place, not another figure's."""
    m = BRACKET_COUNT_AFTER.match(text, place_end)
    return m is not None and m.end() != own_start

def _bound_to_count(text: str, place_start: int, own_end: int) -> bool:
    """Is the place at `place_start` named right after a bare count ("45 à Beyrouth"), other than
    the figure's own (the count ending at `own_end`)? With `place_start` -1: is the figure itself
    such a count ("13 au Liban-Sud")?"""
    if place_start < 0:
        return own_end >= 0 and COUNT_AT_AFTER.match(text, own_end) is not None
    key = (text, place_start)  # (the count before a place depends on the place alone: once per article)
    at = _COUNT_BEFORE.get(key)
    if at is None:
        # most places follow no locative: a look at the window's last word spares the search
        window = text[(place_start - 45 if place_start > 45 else 0):place_start]
        if not (window.endswith(ELIDED_ARTICLES) or window[-1:].isspace() and window.rstrip().endswith(LOCATIVE_WORDS)):
            at = -1
        else:
            m = _count_at(text, (place_start - 45 if place_start > 45 else 0), place_start)
            at = -1 if m is None else m.start()
        _COUNT_BEFORE[key] = at
    if at < 0:
        return False
    return own_end < 0 or not (at <= own_end <= place_start)


# the start of the count `_bound_to_count` finds before each place of the article being read (-1:
# none); emptied when an article starts
_COUNT_BEFORE: dict[tuple[str, int], int] = {}


# a locative right after a figure's noun phrase: "21 people in the", "ont été tuées au", "four in";
# past a second count of the pair ("12 morts et 255 blessés dans la province de"), which shares it
LOCATIVE_AFTER = re.compile(r"[ \t]+(?:(?:" + cues("and_word") + r")[ \t]+\d[\d\u00a0\u202f.]*[ \t]+)?(?:[a-zà-ÿ’'-]+[ \t]+){0,3}?(?:"
                            + cues("locative") + r")[ \t]+(?:" + cues("locative_det") + r")?")
# "le village de Karma, dans le nord du": a site named by a name the gazetteer lacks, then a locative
# apposition that puts it in a place (after a comma, up to four words before the place)
SITE_APPOSED = re.compile(r"(?:" + cues("apposed_site") + r")\s+(?:[\w'’-]+\s+){0,2}?[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)?\s*,\s*(?:"
                          + cues("apposed_site_in") + r")\s+(?:[\w'’-]+\s+){0,4}?")
# between a locative and its place: "trois districts du", "le sud de la province du"
LOCATIVE_TAIL = re.compile(r"(?:[\w'’-]+\s+){0,4}?(?:" + cues("locative_tail_of") + r")\s*|(?:" + cues("in_place_adjective") + r")\s+|(?:"
                           + cues("locative_tail_site") + r")")  # "in another accident along Jos road"
# the country of the article's places, named as such ("dans le pays", "du pays", "the country's")
# ", dans la région de Tillabéri", ", in the province of": a typed place set beside the figure's place
TYPED_APPOSITION = re.compile(r",\s*(?:" + cues("situated_in") + r")\s+(?:" + cues("typed_det") + r")?(?:" + cues("typed_region") + r")\b[^,.;]{0,25}$")
PART_OF_PLACE = re.compile(r"\b(?:" + cues("part_of_place") + r")")
# places named as examples of a set of places ("several provinces, chiefly North Sumatra, Aceh and ..."):
# what opens the list, then the list up to the place (acc-r66)
EXAMPLE_PLACE = LowerCased(r"\b(?i:" + cues("example_places_set") + r")\b[^.;:!?\n]{0,60}?,?\s*(?i:" + cues("example_places_open")
                           + r")\s+[^.;:!?\n]{0,100}$") if cue_alternatives("example_places_open") else None
EXAMPLE_PLACE_WORDS = tuple(cue_alternatives("example_places_literal"))  # one of them is in every EXAMPLE_PLACE match


# "la préfecture du Bas-Rhin", "le parquet de Paris": an office named by its seat (cue `source_seat`)
SOURCE_SEAT = re.compile(r"\b(?i:" + cues("source_seat") + r")\s*$") if cue_alternatives("source_seat") else None


MATCH_TEAMS = re.compile(cues("match_teams")) if cue_alternatives("match_teams") else None
NEARBY_OTHER = re.compile(r"(?i:" + cues("nearby_other") + r")") if cue_alternatives("nearby_other") else None
TITLE_REGION_AFTER = re.compile(r"(?i:" + cues("title_region_after") + r")") if cue_alternatives("title_region_after") else None
TITLE_REGION_BEFORE = re.compile(r"(?i:" + cues("title_region_before") + r")") if cue_alternatives("title_region_before") else None


def _drop_title_regions(places, text: str, gaz):
    """The mentions of a region or country in a source's title ("Nineveh province's deputy governor",
    "Jordan's National Center for ...", "the health authorities of Nineveh") that hold a place the copy
    named before them: the office that speaks, not the figure's place, which stays that town."""
    kept = []
    for i, (s, e, slug) in enumerate(places):
        if ((text[e:e + 1] in "'’ " and TITLE_REGION_AFTER.match(text, e) is not None)
                or (TITLE_REGION_BEFORE is not None and (text.find("of ", max(0, s - 8), s) >= 0 or text.find("for ", max(0, s - 9), s) >= 0
                                                         or text.find("from ", max(0, s - 10), s) >= 0)
                    and TITLE_REGION_BEFORE.search(text, max(0, s - 50), s) is not None)) \
                and any(q[2] != slug and gaz.contains(slug, q[2]) for q in places[:i]):
            continue
        kept.append((s, e, slug))
    return kept


def _source_seat(text: str, pos: int) -> bool:
    """Does an office named by its seat end right before the place at `pos` ("le parquet de")? Asked
    for every figure that looks back to the places before it: answered once per place."""
    key = (text, pos)
    seat = _SEATS.get(key)
    if seat is None:
        seat = _SEATS[key] = SOURCE_SEAT.search(text, max(0, pos - 40), pos) is not None
    return seat


_DROPPED: list = []  # the article's place mentions that are no figure's place (`_extract_figures`)
_STRAYS: frozenset = frozenset()  # the slugs `_drop_foreign_namesakes` took for namesakes (`_extract_figures`)
_SEATS: dict[tuple[str, int], bool] = {}  # `_source_seat`'s answers for the article being read
# "à une quinzaine de kilomètres de Gaoua": a town named as the landmark of a distance (cue `distance_landmark_tail`)
DISTANCE_LANDMARK = re.compile(r"(?i)\b(?:" + cues("distance_landmark_tail") + r")\s*$") if cue_alternatives("distance_landmark_tail") else None


def _landmark_seat(text: str, p) -> bool:
    """Is the place `p` the seat of an office that speaks ("le parquet de Gaoua") and named earlier in
    the article as the landmark a distance is given from ("à 15 km de Gaoua")? Then it locates no
    figure: the site lies away from it."""
    if DISTANCE_LANDMARK is None or not _source_seat(text, p[0]):
        return False
    name = text[p[0]:p[1]]
    i = text.find(name)
    while 0 <= i < p[0]:
        if DISTANCE_LANDMARK.search(text, max(0, i - 60), i):
            return True
        i = text.find(name, i + 1)
    return False



@lru_cache(maxsize=512)
def _example_place(text: str, pos: int) -> bool:
    """Is the place at `pos` one given as an example of a set of places? Asked for every figure that
    looks back to the places before it: answered once per place (a str caches its hash)."""
    window = text[(pos - 160 if pos > 160 else 0):pos].lower()
    if not any_in(window, EXAMPLE_PLACE_WORDS):
        return False  # no opener of an example list before the place: most places
    return EXAMPLE_PLACE.found_in(text, (pos - 160 if pos > 160 else 0), pos)
WAR_TOTAL_PLACE = assertions_after(r"\b(?:" + cues("war_place") + r")\b[^.;]{0,40}?"
                       r"\b(?:" + cues("war_place_aux") + r")\s+(?:" + cues("war_place_already") + r")?(?:" + cues("war_place_verb") + r")", gate=True)
# "civilians, soldiers and rebels": the groups of one count listed, the first one's comma first
# ("de femmes, d'hommes et d'enfants": the partitive before each item, acc-r99)
MIXED_LIST = re.compile(r",\s+(?:" + cues("mixed_group_of2") + r")?(?P<g>[\w’-]+),?\s+(?:" + cues("and_or") + r")\s+(?:" + cues("mixed_group_of2") + r")?")
MIXED_GROUP = re.compile(r"(?:\s+(?:" + cues("mixed_group_of") + r")?[\w'’-]+){0,3}?\s+(?:" + cues("and_or") + r")\s+(?:" + cues("mixed_group_of2") + r")?")
REGION_ADJ_OF = assertions_after(r"\b(?:" + cues("region_adj") + r")\s+(?:[a-zà-ÿ-]+\s+){1,2}(?:" + cues("region_adj_of") + r")\s*$")


BEARING_FROM = re.compile(r"\s*,\s*(?:" + cues("bearing_from") + r")\s*")
LOCATING_APPOSITION = re.compile(r",\s+(?:" + cues("locating_in") + r") (?:" + cues("locating_det") + r")?(?:" + cues("locating_part") + r") (?:"
                                 + cues("locating_of") + r") (?:" + cues("country") + r")\b")
COUNTRY_REF = gated(r"\b(?:(?:" + cues("country_ref_det") + r") (?:" + cues("country") + r")\b(?!" + cues("country_not_before") + r")|(?:"
                         + cues("country_wide") + r")\b)")  # ("39 deaths and 361 injuries countrywide")
# "strikes on Kyiv, other cities", "in Kharkiv and other regions": a town and other places of its country
OTHER_PLACES = re.compile(r"\s*(?:" + cues("other_places") + r")\b", re.IGNORECASE)
OTHER_PLACES_WORDS = tuple(cue_alternatives("other_places_literal"))  # one of them is in every match
OTHER_PLACES_IN = gated(r"(?:" + cues("other_places") + r")\b")  # somewhere in the sentence (a check before the places' loop)
# whether OTHER_PLACES_IN matches somewhere, asked faster: an alternative that opens on an optional comma
# (",? other cities") matches somewhere if and only if its rest does, and the rest opens on a space, which
# `re` skips to; the optional comma left `re` no first character, so it tried the whole alternation at
# every position of the sentence (a few hundred thousand instructions a sentence that says "other")
OTHER_PLACES_ANY = gated(r"(?:" + "|".join(a[2:] if a.startswith(",?") and len(a) > 2 else a
                                          for a in cue_alternatives("other_places")) + r")\b") \
    if cue_alternatives("other_places") else OTHER_PLACES_IN
# ", a city of about two million people", ", une ville de deux millions d'habitants": a place's population in an apposition
POPULATION_APPOSITION = re.compile(r",\s+(?:" + cues("population_apposition") + r")\s+(?:[\w'’-]+\s+){0,2}$")
# "part of a huge barrage of drones and missiles that killed": a wave of strikes over the country
WAVE_PART = re.compile(r"\b(?:" + cues("wave_part") + r")\b")
WAVE_WORDS = tuple(cue_alternatives("wave_literal"))  # one of them is in every WAVE_PART match
# "elsewhere in the enclave", "dans l'enclave": the territory under the country that holds the place
ENCLAVE_REF = re.compile(r"\b(?:" + cues("enclave_ref") + r")\b")
ENCLAVE_WORDS = tuple(cue_alternatives("enclave_literal"))  # one of them is in every ENCLAVE_REF match
# "l'attentat le plus meurtrier de l'histoire du pays": a comparison over the country, not where it happened
COUNTRY_COMPARED = re.compile(r"\b(?:" + cues("country_compared") + r")\s*$")
BARE_TOLL_END = re.compile(r"(?:" + cues("bare_toll_end") + r")$")
HISTORY_OF = re.compile(r"\b(?:" + cues("country_compared") + r")\s+(?:" + cues("history_of") + r")\s*$")
HISTORY_OF_WORDS = tuple(cue_alternatives("history_literal"))  # one of them is in every HISTORY_OF match
