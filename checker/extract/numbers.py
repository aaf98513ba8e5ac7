"""Find the numbers of a text as wire copy writes them, with the interval their wording implies.

Digits with locale grouping ("270.000", "270 000", "250,000"), decimals with multipliers
("13,5 millions", "1.2 million"), number words ("deux cent quarante-six", "twenty-one"),
approximate numerals ("une vingtaine", "a dozen"), vague quantities ("des dizaines",
"hundreds"), ranges ("entre 20 et 30") and the qualifiers in front of them ("plus de",
"at least"). What each language writes lives in `checker/lang/<lang>/numbers.yaml`; this module
only knows how to combine it. Whether a number is a casualty figure is decided later
(`checker.extract.figures`), never here.

No peer library gets this genre right (see docs/design.md): babel reads "270.000" in French as
270, text2num and Duckling turn "une vingtaine" into 1 and "dozens" into 12.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from checker.literals import BoundedWords, Gated, alternation, any_in, could_match, gated
from checker.compiled import built
from checker.lang import cues, load_lang

# what `NumberReader.find` may be told a text holds none of (`held`); the last three only with
# `exact` (`sentence_word_lists`: the words of the negative sign, of multiples and of a repeated count)
HELD_VAGUE, HELD_APPROX, HELD_NEGATIVE, HELD_MULTIPLE, HELD_SAME_COUNT = 1, 2, 4, 8, 16

WORD_JOIN = r"(?:[\s\u00a0-]+)"
# compiled once, not looked up in `re`'s cache for every number
JOIN_SPACE = re.compile(WORD_JOIN)
JOIN_ET = re.compile(r"[\s-]+et[\s-]+")
JOIN_AND = re.compile(r"\s+and\s+|-and-")  # "one hundred and five", "one-hundred-and-twenty"
YEAR_DIGITS = re.compile(r"(1[89]|20)\d\d")
DIGIT_SEPARATOR = re.compile(r"([.,\s\u00a0\u202f'’])")
ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:" + cues("article_count") + r")[\s\u00a0]+$")

# A telephone number: digit groups joined by spaces, dots or hyphens ("06 12 34 56 78",
# "+33 6 12 34 56 78", "555-123-4567", "(555) 123-4567"). `_phone` tells it from a grouped
# figure ("1 234 567"). Tried only where a number read by `digits_re` starts.
PHONE_RE = re.compile(r"\d\d{0,3}\)?(?:[ \u00a0.\-]\(?\d{1,4}(?:\)\d{1,4})?\)?){2,}(?![\w])")
DIGIT_GROUP = re.compile(r"\d+")
# Digits that are no count, read where `_digits` sees the character after them:
# "2024-03-12" (an ISO date), "6 h 45" (a clock time with a spaced h), "72-hour" (a duration or
# an age glued by a hyphen: "a 72-hour truce", "a 12-year-old").
ISO_DATE = re.compile(r"(?:1[89]|20)\d\d-[01]\d-[0-3]\d(?!\d)")
SPACED_CLOCK = re.compile(r"[\s\u00a0\u202f]h(?:[\s\u00a0\u202f]?[0-5]\d(?!\d)|/\d\d(?!\d)|(?![\w]))")
# before a qualifier that ends its clause ("300 people, give or take", "300 morts, voire plus"): a comma may come
END_SEP = r",?[\s\u00a0]+"
HYPHEN_UNIT = re.compile(r"-(?:" + cues("time_unit_after") + r")(?![\w])")
# "n° 2021-1040", "No. 10", "nº 5": an identifier, however many digits follow
NUMERO_BEFORE = re.compile(r"(?<![\w])(?:n[°º]|nos?\.|num[ée]ro|number)[\s\u00a0]*$")
IDENTIFIER_TAIL = re.compile(r"(?:[-/]\d+)*")
# "the 1990-91 Gulf War", "the 2011–12 season": the two digits after a year are its span's end
YEAR_SPAN_TAIL = re.compile(r"[-–]\d\d(?![\d\w-])")
# "1½ million", "2¼": a vulgar fraction glued after the digits
VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75}
# between two days of one date: "12-13 mars", "3 et 4 mars", "entre le 3 et le 5", "2 to 4 February"
DAY_JOIN = re.compile(r"[\s\u00a0]*(?:-|–|et|and|to|au|à|&)[\s\u00a0]*(?:(?:le|the)[\s\u00a0]+)?")
# a comma before a day in a list of days ("les 3, 4 et 5 mars", "on 12, 15 and 20 March"): read only leftwards, from
# the day to the number before it ("On March 3, 12 people died" keeps its count)
DAY_LIST_COMMA = re.compile(r"[\s\u00a0]*,[\s\u00a0]*")
DAY_END = re.compile(r"[\s\u00a0]*(?:$|[,.;:)\d–-]|(?:and|to|et|au|à)(?!\w))")
RESTATED = re.compile(r"[\s\u00a0]*\([\s\u00a0]*(\d{1,4})[\s\u00a0]*\)")  # "trois (03)": digits in brackets restating words
# "at 2230 GMT": four digits of a clock time before a time zone
CLOCK_DIGITS = re.compile(r"[0-2]\d[0-5]\d")
PHONE_NEXT = frozenset(" \u00a0.-)")  # what may follow the first group of a telephone number
PHONE_GROUP = frozenset("0123456789( ")  # and what comes next: "06 12", "(555) 123", "555-123"


@dataclass(slots=True)
class Number:
    """One number mention: where it is, what it is worth, and what interval its wording allows."""

    start: int  # including the qualifier ("plus de 270.000")
    end: int
    core_start: int  # the number itself ("270.000")
    core_end: int
    value: int
    low: Optional[int]
    high: Optional[int]
    qualifier: str
    kind: str  # digits | words | article | approximate | vague | range
    text: str
    decimal: bool = False  # "4,5" with no multiplier: a ratio or a measure, not a head count
    year_like: bool = False  # "2011": four digits, no grouping
    scale: int = 1  # the multiplier it ends with ("3 million": 1000000), shared by a range's lower end

    @property
    def is_count(self) -> bool:
        return not self.decimal


NBSP_RUN = re.compile(r"[\u00a0\u202f]+")  # opens on its class: the engine skips to the next one


def _nbsp_between_words(m: re.Match) -> str:
    """A run of no-break spaces between two letters as as many plain spaces (offsets hold)."""
    s, a, b = m.string, m.start(), m.end()
    return " " * (b - a) if a and b < len(s) and s[a - 1].isalpha() and s[b].isalpha() else m.group()


def fold(text: str) -> str:
    """Lower-case with typographic apostrophes and hyphens made plain, keeping every offset in place
    (typeset copy writes "quatre‑vingt‑dix", "20‑30", "Mi‑24" with U+2011 or U+2010)."""
    low = text.lower()
    if len(low) != len(text):  # rare: a character whose lower case is longer ("İ")
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    low = low.replace("’", "'").replace("ʼ", "'")
    if "\u2011" in low or "\u2010" in low:
        low = low.replace("\u2011", "-").replace("\u2010", "-")
    if "\u00a0" in low or "\u202f" in low:
        # a no-break space between two words is a space ("au\u00a0moins", "plus\u00a0de" as typeset
        # copy writes them); between digits it stays a thousands separator ("1\u202f800")
        low = NBSP_RUN.sub(_nbsp_between_words, low)
    return low


def interval(value: int, qualifier: str) -> tuple[Optional[int], Optional[int]]:
    """Spec section 3: the interval a qualifier implies around a round value."""
    if qualifier == "approx":
        return round(0.9 * value), round(1.1 * value)
    if qualifier == "approx_below":
        return round(0.9 * value), value
    if qualifier == "at_least":
        return value, None
    if qualifier == "more_than":
        return value + 1, None
    if qualifier in ("at_most", "up_to"):
        return None, value
    if qualifier == "less_than":
        return None, value - 1
    return value, value


class NumberReader:
    """The compiled number grammar of one language."""

    def __init__(self, lang: str):
        everything = load_lang(lang)
        data = everything["numbers"]
        self.lang = lang
        self.words: dict[str, int] = {k: int(v) for k, v in data["words"].items()}
        self.scales: dict[str, int] = {k: int(v) for k, v in data["scales"].items()}
        # "thousands" counts as a multiplier only after a number word ("seventy-five thousands")
        self.plural_scales: dict[str, int] = {k: int(v) for k, v in data.get("plural_scales", {}).items()}
        self.all_scales = {**self.scales, **self.plural_scales}
        self.units_after = frozenset(int(v) for v in data.get("units_after", []))
        self.teens_after = frozenset(int(v) for v in data.get("teens_after", []))
        self.after_et = frozenset(data.get("after_et", ["un", "une", "onze"]))
        # "mille et un morts", "cent et une victimes": "et un(e)" after these multipliers is the number's unit
        self.after_scale_et = frozenset(data.get("after_scale_et") or ())
        self.scales_et = frozenset(data.get("scales_before_et") or ())
        # "two and a half", "deux et demi" with no multiplier after: a decimal, no head count
        halves = list(data.get("half_after_number") or [])
        self.half_number_re = re.compile(rf"[\s\u00a0-]+(?:{alternation(halves)})(?![\w])") if halves else None
        # years in words: "nineteen eighty-four" (`year_pairs`: a teen or twenty, then a two-digit number or
        # "oh" and a digit), "mil neuf cent quatre-vingt-dix" (`year_scales`), and a number of 1100 to 2099
        # after one of `year_words_before` ("in two thousand twenty-four", "en deux mille vingt-quatre")
        self.year_pairs = bool(data.get("year_pairs"))
        self.year_zero_words = frozenset(data.get("year_zero_words") or ())
        ys = list(data.get("year_scales") or [])
        self.year_scale_re = re.compile(rf"(?<![\w])(?:{alternation(ys)})(?![\w])") if ys else None
        yb = list(data.get("year_words_before") or [])
        self.year_before_re = re.compile(rf"(?<![\w'’])(?:{alternation(yb)})[\s\u00a0]+$") if yb else None
        self.year_round_before_re = re.compile(rf"(?<![\w'’])(?:{alternation(data.get('year_round_words_before') or yb)})[\s\u00a0]+$") \
            if yb else None
        # "40 pour cent": the word "cent" of a percentage is no number
        self.not_number_in = [(p, re.split(r"[ -]", p)[-1]) for p in data.get("not_number_in", [])]  # "pour-cent" too
        self.not_number_last = frozenset(last for _, last in self.not_number_in)  # a token none of them ends on stays
        self.range_shares_groups = bool(data.get("range_shares_groups"))
        # The day of a date is no count: "12 mars", "March 3", "Sept. 11", and its partner in
        # "12-13 mars", "les 3 et 4 mars", "from 2 to 4 February". Month names from time.yaml;
        # `months_cased`: read capitalised in the text ("12 May", not "12 may have died").
        names = [n for group in (everything.get("time") or {}).get("months") or [] for n in group]
        self.months_cased = bool(data.get("months_cased"))
        if names and self.months_cased:
            names = [n[:1].upper() + n[1:] for n in names]
        months = alternation(names) if names else None
        self.month_after_re = re.compile(rf"(?:\.?[\s\u00a0]+|-)(?:{months})\.?(?![\w])") if months else None
        self.month_before_re = re.compile(rf"(?<![\w])(?:{months})\.?[\s\u00a0]+$") if months else None
        zones = list(data.get("time_zones_after") or [])
        self.zone_after_re = re.compile(rf"[\s\u00a0]+(?:{alternation(zones)})(?![\w])") if zones else None
        marks = list(data.get("clock_marks_after") or [])
        self.clock_mark_re = re.compile(rf"[\s\u00a0]+(?:{alternation(marks)})(?![\w])") if marks else None
        # "placés en quarantaine": a bare approximate numeral after these is no number
        not_after = list(data.get("approximate_not_after") or [])
        self.approx_not_after_re = re.compile(rf"(?<![\w'])(?:{alternation(not_after)})[\s\u00a0]+$") if not_after else None
        self.ordinals = set(data.get("ordinals", []))
        self.ordinals |= {w.replace("ième", "ieme").replace("è", "e") for w in self.ordinals}
        self.article_words = set(data.get("article_words", []))
        self.ordinal_counted_after = set(data.get("ordinal_counted_after", []))  # "une cinquième": one more person
        self.approximate = {k: tuple(v) for k, v in data.get("approximate", {}).items()}
        self.approximate_plural = {k: int(v) for k, v in data.get("approximate_plural", {}).items()}
        # "the couple", "an elderly couple died": exactly that many, unless a join word or a multiplier
        # follows ("a couple of people", "a couple hundred": about)
        self.alone_exact = {k: int(v) for k, v in (data.get("approximate_alone_exact") or {}).items()}
        joins = data.get("approximate_alone_join") or []
        self.alone_join_re = re.compile(rf"[\s\u00a0]+(?:{alternation(joins)})(?![\w])") if joins else None
        self.vague = {k: tuple(v) for k, v in data.get("vague", {}).items()}
        # "10 Downing Street" (`street_names_after_cased`: after one to three capitalised words), "au 12 rue de
        # Rivoli" (`street_words_after`: right after the number): a house number, no count
        streets = []
        if (cased := list(data.get("street_names_after_cased") or [])):
            streets.append(rf"(?:[A-Z][\w'’.-]*[\s\u00a0]+){{1,3}}(?:{alternation(cased)})")
        if (plain := list(data.get("street_words_after") or [])):
            streets.append(rf"(?i:{alternation(plain)})")
        self.street_re = re.compile(rf"[\s\u00a0]+(?:{'|'.join(streets)})(?![\w])") if streets else None
        # "30 Rohingya Street vendors", "12 Market Road users": the street word opens a compound noun of
        # people after it, no address (ext-r168)
        compound = list(data.get("street_compound_after") or [])
        self.street_compound_re = re.compile(rf"[\s\u00a0]+(?:{alternation(compound)})(?![\w])") if compound else None
        self.qualifiers = dict(data.get("qualifiers", {}))
        # "the past 24 hours": a qualifier word after these opens a span of time, no bound
        self.qualifier_not_after = {q: re.compile(rf"(?<![\w])(?:{alternation(ws)})[\s\u00a0]+$")
                                    for q, ws in (data.get("qualifiers_not_after") or {}).items()}
        self.qualifiers_after = dict(data.get("qualifiers_after", {}))
        # "Death toll up to 103", "the toll is now up to 40": a toll that rose to the figure, no ceiling
        # (the words right before "up to"; acc-r94)
        reached = data.get("up_to_reached_before") or []
        self.up_to_reached_re = re.compile(rf"(?:{'|'.join(reached)})[\s\u00a0]*$") if reached else None
        # "un million et demi", "three million and a half"; "a million and a quarter", "un million et
        # quart" (`fraction_after_scale`): the share of the multiplier added after it
        self.half_after = {p: 0.5 for p in data.get("half_after_scale", [])}
        self.half_after.update({p: float(f) for p, f in (data.get("fraction_after_scale") or {}).items()})
        # "half a million", "a quarter of a million", "un quart de million": longest prefix first
        fractions = {p: 0.5 for p in data.get("half_before_scale", [])}
        fractions.update({p: float(f) for p, f in (data.get("fraction_before_scale") or {}).items()})
        self.fraction_before = sorted(fractions.items(), key=lambda pf: -len(pf[0]))
        # "one and a half million", "one and a quarter million", "two-and-a-half million": a fraction
        # between a number and its multiplier
        between = {p: 0.5 for p in data.get("half_between") or []}
        between.update({p: float(f) for p, f in (data.get("fraction_between") or {}).items()})
        self.fraction_between = between
        self.half_between_re = (re.compile(rf"[\s\u00a0-]+(?P<f>{alternation(between)})[\s\u00a0-]+")
                                if between else None)
        self.between_initials = frozenset(f[0] for f in between)  # "a" of "and a half": checked before the pattern
        self.point_re = (re.compile(rf"[\s\u00a0]+(?:{alternation(data['decimal_point_words'])})[\s\u00a0]+")
                         if data.get("decimal_point_words") else None)
        # "1 virgule 2 million": the first letters of the point words, checked before the pattern
        self.point_initials = frozenset(w[0] for w in data.get("decimal_point_words") or [])
        # (not before digits: "entre 2 000 et quelque 3 000 morts" is a range)
        self.odd_re = re.compile(rf"(?:{alternation(data['odd_after'])})(?![\w-])(?![\s\u00a0]*\d)") if data.get("odd_after") else None
        # "300 morts et des poussières": the same after the number's plural noun, at the end of its clause;
        # tried only where the text holds the phrase's last word (`odd_noun_word`)
        odd_noun = list(data.get("odd_after_noun") or [])
        self.odd_noun_re = (re.compile(rf"[\s\u00a0]+[^\W\d][\w'-]*[sx]?(?:{alternation(odd_noun)})(?![\w-])(?=[\s\u00a0]*(?:[.,;:!?)»]|$))")
                            if odd_noun else None)
        self.odd_noun_word = odd_noun[0].split()[-1] if len(odd_noun) == 1 else None
        # "moins 12" is negative, "au moins 12" a qualifier: the words that make the sign a qualifier
        not_negative = "".join(rf"(?<!\b{re.escape(w)}{sp})" for w in data.get("negative_not_after") or []
                               for sp in (" ", "\u00a0", "\n"))
        self.negative_re = (re.compile(rf"(?<![\w-]){not_negative}(?:{alternation(data['negative_before'])})[\s\u00a0]+$")
                            if data.get("negative_before") else None)
        self.negative_words = tuple(data.get("negative_before") or ())  # one of them is in every match
        # "three times as many", "deux fois plus", "a 10-fold rise", "multiplié par dix": a multiple, no count
        after = [re.escape(w).replace(r"\ ", r"[\s\u00a0]+") for w in data.get("multiple_after") or ()]
        before = [re.escape(w).replace(r"\ ", r"[\s\u00a0]+") for w in data.get("multiple_before") or ()]
        self.multiple_after_re = re.compile(rf"(?:{'|'.join(after)})(?![\w])") if after else None
        self.multiple_before_re = re.compile(rf"(?<![\w])(?:{'|'.join(before)})[\s\u00a0]+$") if before else None
        # the longest word of each: one of them is in every match (the sentence is read only then)
        self.multiple_words = tuple({max(w.replace("-", " ").split(), key=len) for w in (data.get("multiple_after") or [])
                                     + (data.get("multiple_before") or [])})
        # "twice as many injured": the vague quantities that compare after these words
        self.vague_not_after = {v: re.compile(rf"(?<![\w])(?:{alternation(ws)})[\s\u00a0]+$")
                                for v, ws in (data.get("vague_not_after") or {}).items()}
        self.vague_not_before = {v: re.compile(rf"[\s\u00a0]+(?:{alternation(ws)})(?![\w])")
                                 for v, ws in (data.get("vague_not_before") or {}).items()}
        # "2 billion dollars", "5 millions d'euros": money in letters after the number
        money_words = list(data.get("currency_words_after") or [])
        self.money_word_re = (re.compile(rf"[\s\u00a0]+(?:(?:de|of)[\s\u00a0]+|d')?(?:{alternation(money_words)})(?![\w])")
                              if money_words else None)
        self.money_words = tuple({w.split()[0][:5] for w in money_words})  # one of them is in every match
        # "50 %", "40 pour cent", "40 percent": a percentage is a ratio, no head count (marked `decimal`)
        self.percent_after = tuple(data.get("percent_after") or ())
        self.percent_re = (re.compile(rf"[\s\u00a0\u202f]*(?:{alternation(self.percent_after)})(?![\w])")
                           if self.percent_after else None)
        self.percent_first = frozenset(p[0] for p in self.percent_after)  # "%", "p", "‰": checked before the pattern
        # "cinq à Luanda, deux à Cuanza Norte, le même nombre à Cabinda et un à Bengo": an item of a list
        # of counts per place that repeats the count before it
        self.same_count_re = gated("|".join(data["same_count"])) if data.get("same_count") else None  # patterns, gated by their literals
        # "one in three", "un enfant sur cinq": a ratio; a word may come between for a one
        self.ratio_re = (re.compile(rf"^(?P<noun>[\s\u00a0]+[^\W\d][\w'-]*)?(?:[\s\u00a0]+(?:{alternation(data['ratio_join'])})[\s\u00a0]+"
                                   rf"|-(?:{alternation(data['ratio_join'])})-)$")  # "a one-in-five chance"
                         if data.get("ratio_join") else None)
        # "12 deaths per 100,000", "12 décès pour 100 000": a rate before a power of ten (`_drop_ratios`)
        self.rate_re = (re.compile(rf"(?:[\s\u00a0]+[^\W\d][\w'-]*){{0,3}}[\s\u00a0]+(?:{alternation(data['rate_join'])})[\s\u00a0]+$")
                        if data.get("rate_join") else None)
        self.multiplier_nouns = {k: int(v) for k, v in (data.get("multiplier_nouns") or {}).items()}
        joins = alternation(data.get("multiplier_join") or [])
        self.multiplier_re = (re.compile(rf"[\s\u00a0]+(?:(?:{joins})(?<=')|(?:{joins})[\s\u00a0]+)?(?P<m>{alternation(self.multiplier_nouns)})(?![\w])")
                              if self.multiplier_nouns else None)
        # "a score of 15/20": digits after the join make the word a noun ("score"), no numeral
        self.join_digits_re = re.compile(rf"[\s\u00a0]+(?:{joins})[\s\u00a0]*\d") if joins else None
        self.joins = joins
        self.lakh_grouping = bool(data.get("lakh_grouping"))
        self.range_open = list(data.get("range_open", []))
        # "from 20 up to 30", "de 20 jusqu'à 30": joins that make a range only after an opener, as "et"/"and" do
        self.range_join_opened = frozenset(["et", "and"] + list(data.get("range_join_opened") or ()))
        self.range_join = list(data.get("range_join", [])) + sorted(self.range_join_opened - {"et", "and"})
        # "a dozen or two", "une douzaine ou deux": the join after which a small number counts the numeral before it
        self.range_join_counted = frozenset(data.get("range_join_counted") or ())
        thousands = data["thousands_separators"]
        self.decimal_sep = data["decimal_separator"]
        sep = "[" + "".join(re.escape(s) for s in thousands) + "]"
        # Grouped digits first ("270.000", "1 234 567,5"), then plain digits with decimals.
        # A leading group of 1-3 digits only, so "2011 250" stays two numbers. The pattern
        # starts with a digit (and checks what precedes it just after) so that `re` can skip
        # straight to the digits of a sentence instead of trying every position. A digit after a dot
        # starts a number only after a letter's dot ("c.2,000", "approx.300", "env.300": an
        # abbreviation glued to the digits), never after a digit's ("1.5") or a leading one (".5").
        # The lakh grouping ("1,00,000", "12,34,567") where the language data allows it.
        lakh = r"\d?(?:,\d\d)+,\d{3}(?!\d)(?:\.\d+)?(?![\d])|" if self.lakh_grouping else ""
        # "2,060,000" in French copy: two comma groups of three digits or more are an English grouping
        # (a decimal has one comma), read in full, not as "2,060" and a stray ",000" (CC109 names it)
        if "," not in thousands:
            lakh += r"\d{0,2}(?:,\d{3}(?!\d)){2,}(?:\.\d+)?(?![\d])|"
        self.digits_re = re.compile(
            rf"\d(?<![\w,]\d)(?<![\W\d_]\.\d)(?<!^\.\d)(?:{lakh}\d{{0,2}}(?:{sep}\d{{3}}(?!\d))+(?:{DECIMAL_MARKS}\d+)?(?![\d])"
            rf"|\d*(?:{DECIMAL_MARKS}\d+)?(?![\d]))"
        )
        # A scale right after digits: "13,5 millions", "1.2 million", "1.5m", "2bn".
        # Plural multipliers too ("2.5 millions", "12 lakhs"), and glued ("2millions").
        spaced = [s for s in self.all_scales if len(s) > 2 and self.all_scales[s] >= 100]
        glued = [s for s in self.scales if len(s) <= 2]
        # "1,5 k personnes": a short multiplier spaced from a decimal
        short = list(data.get("spaced_after_decimal") or [])
        self.spaced_short_re = re.compile(rf"[\s\u00a0\u202f](?P<s>{alternation(short)})(?![\w])") if short else None
        self.spaced_short_initials = frozenset(w[0] for w in short)
        # "2,3 M d'habitants": a scale read in its case, in the text, not the folded text
        self.scales_cased = {k: int(v) for k, v in (data.get("scales_cased") or {}).items()}
        self.cased_decimal_only = frozenset(data.get("scales_cased_after_decimal") or ())
        self.cased_scale_re = (re.compile(rf"[\s\u00a0\u202f]?(?P<c>{alternation(self.scales_cased)})(?![\w])")
                               if self.scales_cased else None)
        self.digit_scale_re = re.compile(
            rf"(?:(?:[\s\u00a0\u202f]*|-)(?:de\s+)?(?P<spaced>{alternation(spaced)})(?![\w])"
            + (rf"|(?P<glued>{alternation(glued)})(?![\w])" if glued else "")
            + ")"
        )
        all_words = list(self.words) + [s for s in self.all_scales if len(s) > 2]
        self.spot_words = all_words  # what `_may_hold_number` looks for (`number_words`)
        self.word_re = BoundedWords(all_words)
        # read only where a run of number words ends: "twenty-first", "vingt et unième", "one
        # hundred and first", "deux tiers"
        self.ordinal_after_re = re.compile(
            rf"(?:[\s\u00a0-]+|[\s-]+(?:et|and)[\s-]+)(?:{alternation(self.ordinals)})(?!\w)") if self.ordinals else None
        # a vague plural right after a number is its multiplier ("seventy-five thousands") or a
        # counted approximate numeral ("2 dozens"), not a quantity of its own
        self.counted_vague = {v for v in self.vague if v in self.plural_scales
                              or (v.endswith("s") and v[:-1] in {**self.approximate, **self.approximate_plural})}
        self.number_before_re = re.compile(rf"(?:\d|(?<!\w)(?:{alternation(list(self.words) + list(self.all_scales))}))[\s\u00a0]+$")
        # "$5 million", "US$5", "5 €", "5 M€", "£20m": money, whatever follows. The sign may come
        # after a short multiplier ("M€", "Md€", "bn$") that is no scale of the language.
        self.currency = frozenset(data.get("currency_signs", []))
        signs = "".join(re.escape(c) for c in sorted(self.currency))
        # "Rs 5 lakh", "CHF 2,5 millions": a currency written in letters before the digits
        codes = list(data.get("currency_codes_before") or [])
        # "Boeing 737-800", "ATR 72-600": a maker's name before the digits makes them a model
        makers = list(data.get("model_makers_before") or [])
        # "Fatalities now number 87", "the displaced number 1.2 million": "number" as a verb after a
        # plural subject or an adverb or auxiliary, no identifier's "number 87"
        verb_before = list(data.get("number_verb_before") or [])
        self.number_verb_re = re.compile(rf"(?:(?<![\w])(?:{alternation(verb_before)})|\w{{2,}}[^s\W]s)[\s\u00a0]+number[\s\u00a0]*$") \
            if verb_before else None
        self.model_before_re = re.compile(rf"(?<![\w])(?:{alternation(makers)})[\s\u00a0]$") if makers else None
        # "737 MAX 8": a model's variant word then its digits, after the model's number; read capitalised or in
        # capitals only ("12 max 20" in lower case is a maximum)
        variants = [f(v) for v in data.get("model_variants_after") or () for f in (str.upper, str.capitalize)]
        self.model_variant_re = re.compile(rf"[\s\u00a0]+(?:{alternation(variants)})[\s\u00a0-]?\d+(?![\d])") if variants else None
        self.model_variant_first = frozenset(v[0].lower() for v in variants)
        # "Category 5", "Flight 370", "No 10", "catégorie 5": the word right before the digits names an identifier
        # (read in the text's case where `identifier_nouns_cased`: "Flight 370", not "the flight 150 passengers")
        ident = list(data.get("identifier_nouns_before") or [])
        self.ident_cased = bool(data.get("identifier_nouns_cased"))
        # ... and in any case where the language reads the others capitalised: "a magnitude 6 quake"
        loose = list(data.get("identifier_nouns_before_any_case") or [])
        self.ident_words = frozenset([w[:1].upper() + w[1:] if self.ident_cased else w for w in ident]
                                     + [v for w in loose for v in {w, w[:1].upper() + w[1:]}])
        self.ident_last = frozenset(w[-1] for w in ident + loose)
        # ... unless the word is a verb there, after "to" or a modal: "toll expected to top 100", "could top 100"
        # (a threshold, not "the top 100"; acc-r253)
        self.ident_verbs: dict[str, frozenset] = {w: frozenset(v) for w, v in (data.get("identifier_nouns_as_verbs_after") or {}).items()}
        # "a 155-mm shell", "a 300-bed hospital", "a 7-magnitude quake": a measure glued by a hyphen, no count
        hyphen_units = list(data.get("units_after_hyphen") or [])
        self.hyphen_unit_re = re.compile(rf"-(?:{alternation(hyphen_units)})(?![\w])") if hyphen_units else None
        # Digits of other scripts ("٢٠٠", "۲۰۰", "１２") read as ASCII digits, and the Arabic and fullwidth
        # separators ("١٬٢٠٠", "١٫٥", "１，２００") as the language's thousands mark and decimal point
        table = {z + i: str(i) for z in OTHER_ZEROS for i in range(10)}
        group_mark = "," if "," in data["thousands_separators"] else " "
        table.update({0x066C: group_mark, 0xFF0C: group_mark, 0x066B: data["decimal_separator"],
                      0xFF0E: data["decimal_separator"]})
        self.ascii_digits = str.maketrans(table)
        self.model_last = frozenset(m[-1] for m in makers)
        self.currency_code_re = re.compile(rf"(?<![\w])(?:{alternation(codes)})[\s\u00a0]?$") if codes else None
        # ... "12,- €", "500.– €": a price's dash for no cents (price-parser) before the sign
        self.money_after_re = re.compile(rf"(?:[.,][-–])?[\s\u00a0\u202f]?(?:m|md|mds|mn|bn|k)?[\s\u00a0\u202f]?[{signs}]") if signs else None
        approx_names = list(self.approximate) + list(self.approximate_plural)
        count_words = alternation([w for w in self.words] + ["a", "an", "half a", "half-a", "a half", "half", "demi", "un demi", "une demi"])
        # "une petite centaine" (a little under 100), "une bonne vingtaine" (a little over 20)
        self.approx_adjectives: dict[str, str] = data.get("approximate_adjectives") or {}
        adjectives = rf"(?:(?P<adj>{alternation(self.approx_adjectives)})[\s\u00a0]+)?" if self.approx_adjectives else ""
        self.approx_re = gated(
            rf"(?<![\w-])(?:(?P<count>{count_words}|\d+)[\s\u00a0-]+{adjectives})?(?P<name>{alternation(approx_names)})s?(?![\w])"
        )
        self.vague_re = gated(rf"(?<![\w-])(?:{alternation(self.vague)})(?![\w])")
        # "au moins « deux enfants »": the qualifier stays the number's across an opening quotation mark
        # (not after a dot either: the "c." of "D.C. 300" is no "c." = circa)
        self.qualifier_re = re.compile(rf"(?<![\w.-])(?P<q>{alternation(self.qualifiers)})[\s\u00a0]*(?:[«“\"][\s\u00a0]*)?$")
        # a match ends where only spaces and a quotation mark follow its word: it starts at most the
        # longest word before the window's last other character (`_qualify` searches from there)
        self.qualifier_width = max(map(len, self.qualifiers), default=0)
        # and it ends the window once its spaces and quotation mark are stripped as `_qualify` strips them:
        # the window must end with a qualifier (None where one ends on such a character: no gate; spd-r209)
        self.qualifier_ends = tuple(self.qualifiers) if all(
            q and q == q.rstrip().rstrip("«“\"").rstrip() for q in self.qualifiers) else None
        # "passed the 1,000 mark": the qualifiers that end on "the" hold only before a mark noun
        marks = list(data.get("mark_nouns") or [])
        self.mark_after_re = re.compile(rf"[\s\u00a0]+(?:{alternation(marks)})(?![\w])") if marks else None
        self.mark_qualifiers = frozenset(q for q in self.qualifiers if q.endswith(" the")) if marks else frozenset()
        # "100,000+", "2,000-plus": glued to the number
        self.qualifiers_glued = dict(data.get("qualifiers_after_glued") or {})
        glued_q = rf"|(?P<g>{alternation(self.qualifiers_glued)})(?![\w+-])" if self.qualifiers_glued else ""
        # "50 and above", "100 morts et plus": a bound only where the clause ends after it (`qualifiers_after_end`)
        self.qualifiers_end = dict(data.get("qualifiers_after_end") or {})
        # "300 morts, voire plus": a count widened, read as its floor; an approximate numeral's interval holds it
        # already ("une vingtaine de milliers voire davantage")
        self.widening_end = dict(data.get("qualifiers_after_end_widening") or {})
        self.qualifiers_end.update(self.widening_end)
        end_q = (rf"(?P<e>{alternation(self.qualifiers_end)})(?=[\s\u00a0]*(?:[.,;:!?)»\"”]|$))"
                 if self.qualifiers_end else "")
        # (a comma may come before it: "300 people, give or take", "300 morts, voire plus")
        after_end = rf"|{END_SEP}{end_q}" if end_q else ""
        self.qualifier_after_re = (
            re.compile(rf"(?:[\s\u00a0]+(?P<q>{alternation(self.qualifiers_after)})(?![\w]){after_end}){glued_q}")
            if self.qualifiers_after
            else None
        )
        # "200 morts environ", "50 blessés au moins": after the plural noun of the number
        after_noun = list(data.get("qualifiers_after_noun") or [])
        irregular = "|" + alternation(data["plurals_without_s"]) if data.get("plurals_without_s") else ""
        self.qualifier_after_noun_re = (
            re.compile(rf"[\s\u00a0]+(?:[^\W\d][\w'-]*[sx]{irregular})(?:[\s\u00a0]+(?P<q>{alternation(after_noun)})(?![\w]){'|' + END_SEP + end_q if end_q else ''})")
            if after_noun else None
        )
        # "un millier de morts au moins": the same after an approximate numeral and its join
        self.qualifier_after_join_noun_re = (
            re.compile(rf"[\s\u00a0]+(?:{joins})(?:(?<=')|[\s\u00a0]+)(?:[^\W\d][\w'-]*[sx]{irregular})[\s\u00a0]+(?P<q>{alternation(after_noun)})(?![\w])")
            if after_noun and joins else None
        )
        self.half_after_re = re.compile(rf"[\s\u00a0]+(?P<f>{alternation(self.half_after)})(?![\w])") if self.half_after else None
        self.range_join_re = re.compile(rf"^[\s\u00a0]*(?P<j>{alternation(self.range_join)})[\s\u00a0]*$")
        # "tens or even hundreds of thousands": a join of two vague quantities besides the range joins
        scale_join = list(data.get("vague_scale_join") or ())
        self.vague_scale_join_re = re.compile(rf"^,?[\s\u00a0]*(?:{alternation(scale_join)})[\s\u00a0]*,?[\s\u00a0]*$") \
            if scale_join else None
        self.range_open_re = re.compile(rf"(?<![\w-])(?:{alternation(self.range_open)})[\s\u00a0]*'?[\s\u00a0]*$")
        # "de 12 à plus de 30 morts", "from 20 to more than 40": an opened range whose upper end is a
        # lower bound (no upper end: high null); the join and the bound's words, folded
        top_open = list(data.get("range_top_open") or ())
        word_joins = sorted(j for j in set(self.range_join) | self.range_join_opened if j[:1].isalpha())
        self.range_top_open_re = re.compile(
            rf"^[\s\u00a0]*(?:{alternation(word_joins)})"
            rf"[\s\u00a0]+(?:{alternation(top_open)})[\s\u00a0]*'?[\s\u00a0]*$") if top_open else None
        not_after = list(data.get("range_not_after", []))
        # "a bondi mercredi soir de 124 à 184": words of time between the verb and the opener
        between = list(data.get("range_not_after_between", []))
        between_rx = rf"(?:\s+(?:{'|'.join(between)})){{0,3}}" if between else ""
        self.range_not_after_re = re.compile(rf"\b(?:{'|'.join(not_after)}){between_rx}\s+(?:{alternation(self.range_open)})[\s\u00a0]*'?[\s\u00a0]*$") \
            if not_after else None
        # "the death toll rose by one to 158": the first number is the change, the second the toll (no range)
        by = list(data.get("range_change_by", []))
        self.range_change_by_re = re.compile(rf"\b(?:{'|'.join(not_after)}){between_rx}\s+(?:{alternation(by)})[\s\u00a0]*$") \
            if not_after and by else None

    # -- public -------------------------------------------------------------------------
    def find(self, text: str, folded: Optional[str] = None, held: int = HELD_VAGUE | HELD_APPROX,
             spotted: Optional[bool] = None, tokens: Optional[list] = None, exact: bool = False) -> list[Number]:
        """`folded` is `fold(text)` when the caller has it already (one fold per article). `held`
        leaves out `HELD_VAGUE` or `HELD_APPROX` when the caller knows that the text holds none of
        the literals of the vague or of the approximate numerals (the article holds none).
        `spotted`: whether the text holds a digit or a number word (`_may_hold_number`'s first
        tests), and `tokens` its number words as `_words` reads them, when the caller knows them.
        `exact`: `held` says which of the two the text holds literals of, and which of the words of
        `sentence_word_lists` (`HELD_NEGATIVE`, `HELD_MULTIPLE`, `HELD_SAME_COUNT`), and `spotted` is
        given (the patterns are then searched without looking for their literals again; a text with
        nothing spotted, no digit and no free number word, is not scanned for them)."""
        if folded is None:
            folded = fold(text)
        if exact:
            if not (spotted or held & (HELD_VAGUE | HELD_APPROX)):
                return []
            vague = self.vague_re.rx.finditer(folded) if held & HELD_VAGUE else ()
            approx = self.approx_re.rx.finditer(folded) if held & HELD_APPROX else ()
        elif not self._may_hold_number(folded, held, spotted):
            return []  # most sentences: no digit, no number word
        else:
            vague = self.vague_re.finditer(folded) if held & HELD_VAGUE else ()
            approx = self.approx_re.finditer(folded) if held & HELD_APPROX else ()
        found: list[Number] = []
        taken = bytearray(len(text))

        def claim(n: Optional[Number]) -> None:
            if n is None:
                return
            if any(taken[n.core_start:n.core_end]):
                if n.kind != "approximate" or any(taken[n.core_start:n.core_start + 1]):
                    return
                # "une dizaine de milliers": the multiplier read as a vague "milliers" goes to the numeral
                inside = [v for v in found if v.kind == "vague" and n.core_start <= v.core_start and v.core_end <= n.core_end]
                if not inside or sum(v.core_end - v.core_start for v in inside) != sum(taken[n.core_start:n.core_end]):
                    return
                for v in inside:
                    found.remove(v)
            for i in range(n.core_start, n.core_end):
                taken[i] = 1
            found.append(n)

        for m in vague:
            if m.group(0) in self.counted_vague and self.number_before_re.search(folded, max(0, m.start() - 20), m.start()):
                continue
            if self.vague_not_after and (na := self.vague_not_after.get(m.group(0))) is not None \
                    and na.search(folded, max(0, m.start() - 6), m.start()):
                continue  # "twice as many injured": a comparison, no quantity
            if self.vague_not_before and (nb := self.vague_not_before.get(m.group(0))) is not None \
                    and nb.match(folded, m.end()):
                continue  # "many more than 300": "many" strengthens the bound, no quantity of its own
            value, low, high = self.vague[m.group(0)]
            end = m.end()
            if self.multiplier_re and (mm := self.multiplier_re.match(folded, end)):
                # "several million", "tens of millions", "quelques centaines de milliers"
                value, low, high = _times(value, low, high, self.multiplier_nouns[mm.group("m")])
                end = mm.end()
            claim(Number(m.start(), end, m.start(), end, int(value), low, high, "vague", "vague", text[m.start():end]))
        for m in approx:
            claim(self._approximate(text, m))
        signs_in_text = None
        for m in (self.digits_re.finditer(folded) if spotted or not exact else ()):  # (exact: no digit unless spotted)
            if taken[m.start()]:
                continue
            if folded[m.end():m.end() + 1] in PHONE_NEXT and folded[m.end() + 1:m.end() + 2] in PHONE_GROUP \
                    and (pm := PHONE_RE.match(folded, m.start())) and self._phone(folded, pm):
                for i in range(pm.start(), pm.end()):
                    taken[i] = 1  # a telephone number: none of its digits is a count
                continue
            if signs_in_text is None:  # read once, and only for sentences with digits
                signs_in_text = any_in(folded, self.currency)
            n = self._digits(text, folded, m, signs_in_text)
            if isinstance(n, tuple):  # money: neither the digits nor their multiplier are a count
                for i in range(*n):
                    taken[i] = 1
            else:
                claim(n)
        for n in self._words(text, folded, tokens):
            claim(n)
        if not found:
            return found  # (every step below keeps, drops or changes the numbers found: none)
        found.sort(key=lambda n: n.core_start)
        if "(" in folded:
            found = self._drop_restated_digits(folded, found)
        if len(found) > 1:
            found = self._merge_parts(folded, found)
            if self.ratio_re:
                found = self._drop_ratios(folded, found)
        if self.negative_re and (held & HELD_NEGATIVE if exact else any_in(folded, self.negative_words)):
            # "minus 1,200,000", "negative five hundred", "moins douze": no head count
            found = [n for n in found if not self.negative_re.search(folded, max(0, n.core_start - 12), n.core_start)]
        if found and self.multiple_words and (held & HELD_MULTIPLE if exact else any_in(folded, self.multiple_words)):
            found = self._drop_multiples(folded, found)
        for n in found:
            self._absorb_article(folded, n)
        if self.month_after_re:
            found = self._drop_days(text, folded, found)
        found = self._merge_ranges(text, folded, found)
        for n in found:
            if n.kind != "range":
                self._qualify(text, folded, n)
        if self.percent_re is not None:
            first = self.percent_first
            for n in found:
                e = n.core_end
                if (folded[e:e + 1] in first or folded[e + 1:e + 2] in first) and n.kind in ("digits", "words", "range") \
                        and self.percent_re.match(folded, e):
                    n.decimal = True  # "50 % des 1 200 habitants": the 50 is a ratio
        if found and self.same_count_re is not None and (held & HELD_SAME_COUNT if exact else self.same_count_re.possible(folded)):
            found = self._same_counts(text, folded, found)
        if len(found) < 2:
            return found
        # "as many as 600": "many" belongs to the qualifier of 600, it is not a number of its own
        # "trois cents et quelques": "quelques" belongs to the suffix of 300, no number of its own
        return [n for n in found if not any(m is not n and (m.start <= n.core_start and n.core_end <= m.core_start
                                                            or m.core_end <= n.core_start and n.core_end <= m.end)
                                            for m in found)]

    def _drop_multiples(self, folded: str, found: list[Number]) -> list[Number]:
        """"three times as many", "deux fois plus de blessés", "a 10-fold rise", "a six-figure toll",
        "multiplié par dix", "des dizaines de fois plus": a multiple or a factor, no head count (the count it multiplies
        stays)."""
        after, before = self.multiple_after_re, self.multiple_before_re
        return [n for n in found if n.kind not in ("digits", "words", "vague", "approximate") or not (
            (after is not None and after.match(folded, n.core_end))
            or (before is not None and before.search(folded, max(0, n.core_start - 24), n.core_start)))]

    def _same_counts(self, text: str, folded: str, found: list[Number]) -> list[Number]:
        """"deux à Cuanza Norte, le même nombre à Cabinda": the words that repeat the count just before
        them in a list (same clause, no stop between) are a number of that value."""
        extra = []
        for m in self.same_count_re.finditer(folded):
            prev = [n for n in found if n.core_end <= m.start()]
            if not prev or m.start() - prev[-1].end > 60 or any(ch in ".;:!?\n" for ch in folded[prev[-1].end:m.start()]):
                continue
            p = prev[-1]
            extra.append(Number(m.start(), m.end(), m.start(), m.end(), p.value, p.low, p.high, p.qualifier, "words",
                                text[m.start():m.end()]))
        return sorted(found + extra, key=lambda n: n.core_start) if extra else found

    @staticmethod
    def _drop_restated_digits(folded: str, numbers: list[Number]) -> list[Number]:
        """"Dix-neuf (19) personnes", "six (06) VDP", "two (2) soldiers": the digits in brackets
        right after a number written in words restate it; one number, the words', whose span takes
        the bracket in (its noun comes after it)."""
        drop = []
        for a in numbers:
            if a.kind == "words" and folded[a.core_end:a.core_end + 3].lstrip(" \u00a0")[:1] == "(" \
                    and (m := RESTATED.match(folded, a.core_end)) and int(m.group(1)) == a.value:
                drop.extend(b for b in numbers if a.core_end <= b.core_start and b.core_end <= m.end())
                a.end = max(a.end, m.end())
        return [n for n in numbers if not any(n is d for d in drop)] if drop else numbers

    def _merge_parts(self, folded: str, numbers: list[Number]) -> list[Number]:
        """"1 million 200 000", "2 millions 300.000", "3 mille 500": a multiplier and the thousands
        (the hundreds, below a thousand) under it, written apart, are one number."""
        out = [numbers[0]]
        for b in numbers[1:]:
            a = out[-1]
            if (a.scale >= 1000 and a.value % a.scale == 0 and a.kind in ("digits", "words") and b.kind == "digits" and not b.decimal
                    and not b.year_like and (1000 if a.scale >= 1000000 else 100) <= b.value < a.scale and b.scale < a.scale
                    and folded[a.core_end:b.core_start].strip(" \u00a0\u202f") == ""):
                a.value += b.value
                a.end = a.core_end = b.core_end
                continue
            if (a.kind == b.kind == "words" and a.scale >= 1000 and a.value % a.scale == 0 and b.value < a.scale
                    and folded[a.core_end:a.core_end + 1] == "," and folded[a.core_end + 1:b.core_start] in (" ", "\u00a0")
                    and any(w in self.all_scales for w in JOIN_SPACE.split(folded[b.core_start:b.core_end]))):
                # "one million, two hundred and thirty-four thousand, five hundred and sixty-seven" (num2words
                # en, CLDR with commas): a group of hundreds or thousands after a comma is the rest of the number
                # ("one thousand, two of them children" stays two numbers)
                a.value += b.value
                a.end = a.core_end = b.core_end
                a.scale = b.scale
                continue
            out.append(b)
        return out

    def _drop_days(self, text: str, folded: str, numbers: list[Number]) -> list[Number]:
        """The days of dates: next to a month name, or joined to such a day ("12-13 mars",
        "les 3 et 4 mars", "entre le 3 et le 5 mai", "March 3 and 5")."""
        src = text if self.months_cased else folded

        def day_like(n: Number) -> bool:
            return n.kind == "digits" and 1 <= n.value <= 31 and n.core_end - n.core_start <= 2

        # after its month, a day ends the date ("March 12, 2024", "Sept. 11."): "In March 12 people
        # died" keeps its count
        days = {i for i, n in enumerate(numbers) if day_like(n) and (
            self.month_after_re.match(src, n.core_end)
            or ((mb := self.month_before_re.search(src, (n.core_start - 12 if n.core_start > 12 else 0), n.core_start))
                and (DAY_END.match(folded, n.core_end) or _named_date(src, folded, mb.start(), n.core_start))))}
        if not days:
            return numbers
        for _ in range(2):  # a partner of a partner: "les 3, 4 et 5 mars" stops at two
            for i in range(len(numbers) - 1):
                if (i in days) != (i + 1 in days) and day_like(numbers[i]) and day_like(numbers[i + 1]) \
                        and (DAY_JOIN.fullmatch(folded, numbers[i].core_end, numbers[i + 1].core_start)
                             or i + 1 in days and DAY_LIST_COMMA.fullmatch(folded, numbers[i].core_end, numbers[i + 1].core_start)):
                    days.update((i, i + 1))
        return [n for i, n in enumerate(numbers) if i not in days]

    def _drop_ratios(self, folded: str, numbers: list[Number]) -> list[Number]:
        """"one in three", "nine out of ten", "un enfant sur cinq", "1 sur 3": a ratio, neither
        number a count. A word between the two ("one child in five") only for a one, or in French
        before a small denominator ("deux habitants sur trois")."""
        drop: set[int] = set()
        for i in range(len(numbers) - 1):
            a, b = numbers[i], numbers[i + 1]
            if b.value in POWERS_OF_TEN and self.rate_re is not None and b.kind in ("digits", "words") and not b.decimal \
                    and a.kind in ("digits", "words", "article") and self.rate_re.match(folded, a.core_end, b.core_start):
                drop.update((i, i + 1))  # "12 deaths per 100,000 inhabitants": a rate
                continue
            if a.kind not in ("digits", "words", "article") or b.kind not in ("digits", "words") \
                    or a.decimal or b.decimal or not 0 < a.value <= b.value or b.value > 1000:
                continue
            rm = self.ratio_re.match(folded[a.core_end:b.core_start])
            if not rm:
                continue
            if a.value == b.value:
                if rm.group("noun") and TIME_AFTER.match(folded, a.core_end):
                    drop.update((i, i + 1))  # "24 heures sur 24", "7 jours sur 7": all the time
                continue
            if rm.group("noun") and not (a.value == 1 or (self.lang != "en" and b.value <= 10
                                                          and not PLURAL_AFTER.match(folded, b.core_end))):
                continue  # "trois morts sur dix victimes": a part of a count, no ratio
            if TIME_AFTER.match(folded, b.core_end):
                continue  # "3 in 10 days": a count and a duration
            drop.update((i, i + 1))
        return [n for i, n in enumerate(numbers) if i not in drop] if drop else numbers

    def _may_hold_number(self, folded: str, held: int = HELD_VAGUE | HELD_APPROX, spotted: Optional[bool] = None) -> bool:
        """A quick necessary condition for `find` to find anything: a digit, a number word, or
        the words of a vague or approximate numeral."""
        if spotted is None:
            spotted = DIGIT.search(folded) is not None or self.word_re.rx.search(folded) is not None
        return (spotted
                or bool(held & HELD_VAGUE) and could_match(self.vague_re, folded)
                or bool(held & HELD_APPROX) and could_match(self.approx_re, folded))

    # -- readers --------------------------------------------------------------------------
    @staticmethod
    def _phone(folded: str, m: re.Match) -> bool:
        groups = DIGIT_GROUP.findall(m.group(0))
        if m.start() > 0 and folded[max(0, m.start() - 2):m.start()].strip(" \u00a0").endswith("+"):
            return True  # "+33 6 12 34 56 78", "+1 202 555 0143"
        if sum(map(len, groups)) < 7:
            return False  # "1.2-1.5 million", "3.5-4.5": too few digits for a telephone number
        if len(groups) == 3:  # "555-123-4567", "(555) 123-4567"
            return len(groups[1]) == 3 and len(groups[2]) == 4
        # four groups or more, unless they are thousands ("1 234 567 890")
        return not (len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]))

    def _approximate(self, text: str, m: re.Match) -> Optional[Number]:
        name = m.group("name")
        count_word = m.group("count")
        plural = m.group(0).endswith("s") and name + "s" == m.group(0)[-(len(name) + 1):]
        if count_word is None and self.approx_not_after_re and self.approx_not_after_re.search(m.string, max(0, m.start() - 10), m.start()):
            return None  # "placés en quarantaine": quarantine, not forty; "dans la vingtaine": an age
        if name in self.approximate and not (plural and count_word in (None, "des")):
            base, low, high = self.approximate[name]
        else:
            base = self.approximate_plural.get(name) or self.approximate[name][0]
            low, high = round(base / 1.25), _half_up(base * 1.25)
        count = 1.0
        if count_word:
            if count_word.isdigit():
                count = float(count_word)
            elif count_word in ("half a", "half-a", "a half", "half", "demi", "un demi", "une demi"):  # "half-a-dozen", "half dozen"
                count = 0.5
            elif count_word in ("a", "an"):
                count = 1.0
            else:
                count = float(self.words.get(count_word, 1))
        if plural and count_word is None and name not in self.approximate_plural:
            return None  # "couples": a plural that names no quantity
        if count == 1.0:
            value = base
        else:
            value = round(base * count)
            low, high = round(value / 1.25), _half_up(value * 1.25)
        if self.approx_adjectives and (adj := m.group("adj")):
            if self.approx_adjectives[adj] == "below":
                high = value  # "une petite centaine": up to 100
            else:
                low = value  # "une bonne vingtaine": 20 or a few more
        end = m.end()
        if count == 1.0 and not plural and self.half_after_re and (hm := self.half_after_re.match(m.string, end)):
            # "une douzaine et demie", "a dozen and a half": the numeral and its share, still about
            value = round(base * (1 + self.half_after[hm.group("f")]))
            low, high = interval(value, "approx")
            end = hm.end()
        if self.join_digits_re and self.join_digits_re.match(m.string, end):
            return None  # "a score of 15/20": a result, not about twenty
        # "trois douzaines": the numeral multiplies a count, and shares it with a range's lower end
        scale = int(base) if count >= 2 else 1
        if self.multiplier_re and (mm := self.multiplier_re.match(m.string, end)):
            # "une dizaine de milliers", "a couple of hundred"
            k = self.multiplier_nouns[mm.group("m")]
            value, low, high = _times(value, low, high, k)
            end = mm.end()
            if k == 100 and (mm2 := self.multiplier_re.match(m.string, end)) and self.multiplier_nouns[mm2.group("m")] >= 1000:
                # "a couple hundred thousand": the hundreds multiplied again
                value, low, high = _times(value, low, high, self.multiplier_nouns[mm2.group("m")])
                end = mm2.end()
            scale = 1
        elif name in self.alone_exact and count == 1.0 and not plural \
                and not (self.alone_join_re and self.alone_join_re.match(m.string, end)):
            value = low = high = self.alone_exact[name]  # "The couple and their three children were among the dead"
            return Number(m.start(), end, m.start(), end, int(value), int(low), int(high), "exact", "words", text[m.start():end])
        return Number(m.start(), end, m.start(), end, int(value), int(low), int(high), "approx", "approximate", text[m.start():end],
                      scale=scale)

    def _digits(self, text: str, folded: str, m: re.Match, signs_in_text: bool = True) -> "Optional[Number] | tuple[int, int]":
        """The number of a digits match; a (start, end) span instead when it is money."""
        raw = m.group(0)
        end = m.end()
        start = m.start()
        if not raw.isascii():
            raw = raw.translate(self.ascii_digits)  # "٢٠١١" is a year as "2011" is
        if folded[end:end + 2] in SLIP_STARTS:
            raw, end = _slipped_groups(folded, raw, end)
        if (folded[end:end + 1] in (".", ",") and folded[end + 1:end + 2].isdigit()) or (
                raw.count(".") + raw.count(",") >= 2 and len({c for c in raw if c in ".,"}) == 1
                and len(DIGIT_SEPARATOR.split(raw)[-1]) != 3 and not self.lakh_grouping_ok(raw)):
            # "1,0,00", "1.000.00": digit groups of no locale (a typo, or a date "12.03.2024"): no count,
            # rather than a piece of one
            run = MALFORMED_RUN.match(folded, start)
            if run and not DATE_DOTS.fullmatch(run.group(0)):
                return (start, run.end())
        before = folded[start - 1] if start else ""
        after = folded[end] if end < len(folded) else ""
        if before == "[" and after == "]" and len(raw) <= 3 and start >= 2 and not folded[start - 2].isspace():
            # "1,500 killed[1]", "1 500[2] tués": a footnote's mark glued to the word (copy pasted from Wikipedia);
            # "les Nyatura [84]" spaced from its name is a count
            return None
        if after == "]" and before == " " and len(raw) <= 3 and (lb := folded.rfind("[", max(0, start - 8), start)) >= 1 \
                and folded[lb + 1:start - 1].isalpha() and not folded[lb - 1].isspace():
            return None  # "1,200[note 1] killed", "[nb 2]": a labelled note mark
        if before == "/" or after == "/":
            return None  # "24/7", "9/11", "1/5", "24h/24": a date, a ratio or a fraction
        if after == "°" or (after == " " and folded[end + 1:end + 2] == "°"):
            return None  # "45°C", "45 °C", "30° north": a temperature or an angle
        if after in "′″" and after or (before == "°" and start >= 2 and folded[start - 2].isdigit()) \
                or (before == " " and start >= 3 and folded[start - 2] == "°" and folded[start - 3].isdigit()):
            return None  # "37°10′N", "37° 05′ E", "38°00'N": the minutes of an angle; "5′10″" a height (not "n° 12")
        if raw[0] == "0" and len(raw) > 1 and (raw[1].isdigit() or raw[1] in " \u00a0\u202f'’"):
            return (start, end)  # "0600 GMT", "0 800 123 456": a clock time or a code; no count has a leading zero
        if after in "-–" and after and YEAR_DIGITS.fullmatch(raw) and (ym := YEAR_SPAN_TAIL.match(folded, end)):
            return (start, ym.end())  # "1990-91", "2011–12": a span of years
        if self.zone_after_re and after in " \u00a0" and after:
            if CLOCK_DIGITS.fullmatch(raw) and self.zone_after_re.match(folded, end):
                return (start, end)  # "at 2230 GMT": a clock time
            if len(raw) <= 2 and self.clock_mark_re and (km := self.clock_mark_re.match(folded, end)):
                return (start, km.end())  # "at 3 a.m.": a clock time
        if after == "-":
            if ISO_DATE.match(folded, start):
                return (start, start + 10)  # "2024-03-12": a date, not a range
            if HYPHEN_UNIT.match(folded, end) or (self.hyphen_unit_re and self.hyphen_unit_re.match(folded, end)):
                return None  # "a 72-hour truce", "a 12-year-old", "a 155-mm shell": a duration, an age or a measure
        elif after in " \u00a0\u202f" and folded[end + 1:end + 2] == "h":
            if (cm := SPACED_CLOCK.match(folded, end)):
                return (start, cm.end())  # "6 h 45", "24 h/24": a clock time, its minutes no count either
        if before in " \u00a0°º." and ("n°" in (w := folded[(start - 8 if start > 8 else 0):start]) or "nº" in w or "no." in w
                                        or "ro" in w or "er" in w) and NUMERO_BEFORE.search(w) \
                and not (self.number_verb_re and self.number_verb_re.search(folded, max(0, start - 30), start)):
            # "n° 2021-1040", "No. 10", "le numéro 1 mondial": an identifier or a rank (not "the dead
            # now number 87": the verb)
            return (start, IDENTIFIER_TAIL.match(folded, end).end())
        if before == "#":
            return None  # "#1": a rank
        if self.model_variant_re and after in " \u00a0" and after and folded[end + 1:end + 2] in self.model_variant_first \
                and (vm := self.model_variant_re.match(text, end)):
            return (start, vm.end())  # "737 MAX 8", "a Boeing 737 Max 9": a model and its variant, with or without its maker
        if self.model_before_re and before in " \u00a0" and start >= 2 and folded[start - 2] in self.model_last \
                and self.model_before_re.search(folded, (start - 14 if start > 14 else 0), start):
            # "a Boeing 737-800", "an ATR 72-600": an aircraft model, its hyphenated variant too
            return (start, IDENTIFIER_TAIL.match(folded, end).end())
        if self.ident_words and before in " \u00a0" and start >= 2 and folded[start - 2] in self.ident_last \
                and not ("," in raw or "." in raw):  # "magnitude 6,7" stays a decimal
            src = text if self.ident_cased else folded
            ws = max(src.rfind(" ", (start - 14 if start > 14 else 0), start - 1), src.rfind("\u00a0", (start - 14 if start > 14 else 0), start - 1)) + 1
            word = src[ws:start - 1].lstrip("(\"'«“")
            if (word in self.ident_words or ("'" in word and word.rsplit("'", 1)[1] in self.ident_words)) \
                    and not ((verb_after := self.ident_verbs.get(word.lower())) and ws >= 2
                             and folded[max(0, folded.rfind(" ", 0, ws - 1) + 1):ws - 1] in verb_after):
                return (start, IDENTIFIER_TAIL.match(folded, end).end())  # "a Category 5 hurricane", "Flight 370"
        if after in " \u00a0" and after and self.street_re and (st := self.street_re.match(text, end)) \
                and not (self.street_compound_re and self.street_compound_re.match(text, st.end())):
            return (start, st.end())  # "10 Downing Street", "au 12 avenue Foch": a house number
        if (before == ":" and start >= 2 and folded[start - 2].isdigit()) or \
                (after == ":" and folded[end + 1:end + 2].isdigit()):
            return None  # "14:30", "3:1": a clock time or a score
        if before == "-" and start >= 2 and folded[start - 2].isalpha() and not (start >= 3 and folded[start - 3].isdigit()):
            return None  # "covid-19", "F-16", "MH-17": part of a name (not "3m-4m")
        if before == "-" and start >= 3 and folded[start - 2].isdigit() and _code_before(folded, start - 2):
            return None  # "an A330-200", "a Mirage 2000-5": the variant of a model glued to its letter
        if before in "-\u2212\u2013" and before and (start < 2 or folded[start - 2] in " \t\n\u00a0([") \
                and not (start >= 3 and folded[start - 3].isdigit()) \
                and (before != "\u2013" or start >= 2 and folded[start - 2] in " \u00a0("):  # "20 -30", "20 –30" stay ranges
            # "-504", "un solde de -1200000", "de –12 °C" (an en dash set as the minus, inside a line: at a
            # line's start it opens a list item): a negative number, no head count
            return None
        money = signs_in_text and (before in self.currency or (
            before in " \u00a0\u202f" and start >= 2 and folded[start - 2] in self.currency))
        if not money and self.currency_code_re and before in " \u00a0." and start >= 3 and folded[start - 2] in "sfrdpa.hkt" \
                and self.currency_code_re.search(folded, (start - 5 if start > 5 else 0), start):
            money = True  # "Rs 5 lakh", "CHF 2,5 millions", "Fr. 500", "KSh 2 billion", "Tk 500 crore"
        scale = 1
        vulgar = VULGAR.get(after, 0.0)
        if vulgar:
            end += 1  # "1½ million": the half belongs to the number
        elif after in " \u00a0" and after:
            nxt = folded[end + 1:end + 2]
            if nxt in self.point_initials and (pm := self.point_re.match(folded, end)) \
                    and (dm := DIGIT_RUN.match(folded, pm.end())) and (sm := self.digit_scale_re.match(folded, dm.end())) \
                    and sm.group("spaced"):
                # "1 virgule 2 million", "2 point 5 million": a spoken decimal, read only before a multiplier
                vulgar, end = float("0." + dm.group(0)), dm.end()
            elif nxt in self.between_initials and (hm := self.half_between_re.match(folded, end)) \
                    and (sm := self.digit_scale_re.match(folded, hm.end() - 1)) and sm.group("spaced") \
                    and self.all_scales[sm.group("spaced")] >= 1000:
                # "1 and a half million", "2 and a half thousand": a fraction between the digits and their multiplier
                vulgar, end = self.fraction_between[hm.group("f")], hm.end() - 1
            elif nxt.isdigit() and folded[end + 2:end + 3] == "/" and (fm := MIXED_FRACTION.match(folded, end)) \
                    and self.digit_scale_re.match(folded, fm.end()):
                # "3 1/2 million": a mixed number before a multiplier
                vulgar, end = int(fm.group(1)) / int(fm.group(2)), fm.end()
        sm = self.digit_scale_re.match(folded, end)
        cm = self.cased_scale_re.match(text, end) if sm is None and self.cased_scale_re else None
        if cm is not None and cm.group("c") in self.cased_decimal_only and DIGIT_RUN.fullmatch(raw):
            cm = None  # "Block 4B residents", "Gate 2B": a letter of a name after whole digits; "1.2B people" is a billion
        if sm is None and cm is None and folded[end + 1:end + 2] in self.spaced_short_initials and after in " \u00a0\u202f" \
                and after and not DIGIT_RUN.fullmatch(raw) and (cm := self.spaced_short_re.match(folded, end)):
            scale = self.all_scales[cm.group("s")]  # "1,5 k personnes", "2.5 bn people": after a decimal only
        if sm or cm:
            if sm:
                scale = self.all_scales[sm.group("spaced") or sm.group("glued")]
            elif scale == 1:
                scale = self.scales_cased[cm.group("c")]
            end = (sm or cm).end()
            if scale == 100 and (sm2 := self.digit_scale_re.match(folded, end)) and sm2.group("spaced") \
                    and self.all_scales[sm2.group("spaced")] >= 1000:
                scale *= self.all_scales[sm2.group("spaced")]  # "2 hundred thousand"
                end = sm2.end()
            if self.half_after_re and (hm := self.half_after_re.match(folded, end)):
                end = hm.end()
                scale_half = self.half_after[hm.group("f")]
            else:
                scale_half = 0.0
        else:
            scale_half = 0.0
            if end < len(folded) and folded[end].isalpha():
                return None  # "24h", "3km", "5e": a unit or an ordinal, not a head count
        if money or (signs_in_text and self.money_after_re.match(folded, end)):
            return (start, end)  # "$5 million", "US$5", "5 millions €", "5 M€": money
        number, decimal = self._digit_value(raw, has_scale=scale > 1)
        if number is None:
            return None
        value = (number + vulgar) * scale + scale_half * scale
        year_like = scale == 1 and not vulgar and YEAR_DIGITS.fullmatch(raw) is not None
        is_decimal = (decimal or vulgar > 0) and scale == 1 and value != int(value)
        if not is_decimal and self.money_word_re is not None and folded[end:end + 1] in (" ", "\u00a0") \
                and any_in(folded, self.money_words) and (mw := self.money_word_re.match(folded, end)):
            return (start, mw.end())  # "2 billion dollars", "5 millions d'euros": money in letters ("29 567,12 euros" stays a decimal)
        return Number(m.start(), end, m.start(), end, int(round(value)), None, None, "exact", "digits",
                      text[m.start():end], decimal=is_decimal, year_like=year_like, scale=scale)

    def lakh_grouping_ok(self, raw: str) -> bool:
        """"1,00,000", "12,34,567": the lakh grouping, where it is read, is no malformed run."""
        if not self.lakh_grouping or "." in raw:
            return False
        groups = raw.split(",")
        return len(groups[-1]) == 3 and all(len(g) == 2 for g in groups[1:-1]) and len(groups[0]) <= 2

    def _digit_value(self, raw: str, has_scale: bool) -> tuple[Optional[float], bool]:
        """Read a digit string with the article's locale; a head count is never a fraction."""
        parts = DIGIT_SEPARATOR.split(raw)
        digits = parts[0::2]
        seps = parts[1::2]
        if not seps:
            return float(raw), False
        if has_scale and len(seps) == 1:  # "13,5 millions", "1.2 million": a decimal either way
            return float(digits[0] + "." + digits[1]), True
        if self.lakh_grouping and len(seps) >= 2 and set(seps) == {","} and len(digits[-1]) == 3 \
                and all(len(g) == 2 for g in digits[1:-1]) and len(digits[0]) <= 2:
            return float("".join(digits)), False  # "1,00,000", "12,34,567": the lakh grouping
        if self.lakh_grouping and len(seps) >= 3 and seps[-1] == "." and set(seps[:-1]) == {","} \
                and len(digits[-2]) == 3 and all(len(g) == 2 for g in digits[1:-2]) and len(digits[0]) <= 2:
            return float("".join(digits[:-1]) + "." + digits[-1]), True  # "12,34,567.89"
        last_sep, last_group = seps[-1], digits[-1]
        if last_sep in ".," and len(seps) >= 2 and _sep_kind(seps[-2]) != last_sep \
                and len({_sep_kind(s) for s in seps[:-1]}) == 1 and all(len(g) == 3 for g in digits[1:-1]):
            # "1,234,567.891", "1 234,567", "1.234,567": thousands groups of one kind, then another mark,
            # the decimal point, whatever its digits (ICU en, fr, de): the last mark is never a group's
            return float("".join(digits[:-1]) + "." + last_group), True
        if last_sep == self.decimal_sep and len(last_group) != 3:
            whole = "".join(digits[:-1])
            return float(whole + "." + last_group), True
        if last_sep == self.decimal_sep and len(last_group) == 3 and len(seps) == 1:
            # "4,800" in French is 4.8, but no one counts 4.8 people: a figure written with an
            # English comma in French copy ("250,000") is read as thousands.
            return float("".join(digits)), False
        if all(len(g) == 3 for g in digits[1:]):
            return float("".join(digits)), False
        # Mixed: thousands groups then a decimal part ("1 234,5").
        whole = "".join(digits[:-1])
        return float(whole + "." + last_group), True

    def _words(self, text: str, folded: str, tokens: Optional[list] = None) -> list[Number]:
        """Number words, combined into numbers only where the grammar allows (`tokens`: the words as
        `word_re.finditer` finds them, when the caller has them already)."""
        if tokens is None:
            tokens = [(m.start(), m.end(), m.group(0)) for m in self.word_re.finditer(folded)]
        if self.not_number_in and any(t[2] in self.not_number_last for t in tokens):
            # "40 pour cent": the "cent" of a percentage
            tokens = [t for t in tokens if not any(t[2] == last and folded[max(0, t[1] - len(p)):t[1]] == p
                                                   for p, last in self.not_number_in)]
        numbers: list[Number] = []
        i = 0
        while i < len(tokens):
            if tokens[i][2] in self.plural_scales:
                i += 1  # "thousands" alone is vague, read elsewhere
                continue
            group = [tokens[i]]
            j = i + 1
            while j < len(tokens):
                gap = folded[group[-1][1]:tokens[j][0]]
                if not self._joinable(gap, group[-1][2], tokens[j][2]):
                    break
                group.append(tokens[j])
                j += 1
            i = j
            if j < len(tokens) and group[-1][2] not in self.all_scales and (
                    joined := self._before_scale(text, folded, group, tokens, j)):
                numbers.append(joined[0])
                i = joined[1]
                continue
            if self.half_number_re and group[-1][2] not in self.all_scales \
                    and (hm := self.half_number_re.match(folded, group[-1][1])):
                # "two and a half years", "deux et demi": 2.5 with no multiplier (read by `_before_scale` when
                # one follows) is a decimal, no head count; the fraction's own words are no number either
                made = self._combine(text, folded, group)
                if made:
                    last = made[-1]
                    last.end = last.core_end = hm.end()
                    last.text = text[last.start:last.end]
                    last.decimal = True
                    numbers.extend(made)
                while i < len(tokens) and tokens[i][0] < hm.end():
                    i += 1
                continue
            if self.ordinal_after_re and (om := self.ordinal_after_re.match(folded, group[-1][1])) \
                    and not (len(group) == 1 and group[0][2] in self.ordinal_counted_after) \
                    and not (self.all_scales.get(group[-1][2], 0) >= 1000 and self.half_after_re
                             and self.half_after_re.match(folded, group[-1][1])) \
                    and not (len(group) == 1 and group[0][2] in self.article_words and om.group(0)[:1] in " \u00a0"
                             and om.group(0).strip().endswith(("ième", "ieme"))):
                # "twenty-first", "vingt et unième", "deux tiers": an ordinal or a fraction (not "une
                # cinquième", the feminine article of one more person: French fractions are masculine;
                # nor "Un deuxième corps", "une troisième dépouille": the article and the next in a series)
                if len(group) == 1:
                    continue
                numbers.extend(self._combine(text, folded, group)[:-1])
                continue
            if (len(group) > 1 or group[0][2] in self.all_scales) and folded[group[-1][1]:group[-1][1] + 1] == "-" \
                    and all(folded[a[1]:b[0]] == "-" for a, b in zip(group, group[1:])) \
                    and (HYPHEN_UNIT.match(folded, group[-1][1])
                         or (self.hyphen_unit_re and self.hyphen_unit_re.match(folded, group[-1][1]))):
                continue  # "a twenty-four-hour curfew", "a million-dollar appeal": a duration or a measure, as one word's
                # (the words joined by hyphens only: "two three-year-old grandsons" keeps its two)
            if len(group) == 1 and group[0][2] not in self.all_scales and (value := self.words.get(group[0][2], 1000)) < 1000:
                # one word that is no scale ("sept", "une", "twelve"): nothing to combine
                s, e, w = group[0]
                if folded[e:e + 1] == "-" and (HYPHEN_UNIT.match(folded, e)
                                               or (self.hyphen_unit_re and self.hyphen_unit_re.match(folded, e))):
                    continue  # "a two-day siege", "a three-year war", "a two-storey house": a duration or a measure
                if folded[e:e + 3] == " o'" and self.clock_mark_re and self.clock_mark_re.match(folded, e):
                    continue  # "at six o'clock": a time, as "at 6 o'clock"
                kind = "article" if w in self.article_words else "words"
                numbers.append(Number(s, e, s, e, value, None, None, "exact", kind, text[s:e]))
            elif len(group) == 1 and self.all_scales.get(group[0][2], 0) >= 1000 and group[0][0] >= 2 \
                    and folded[group[0][0] - 2].isdigit() and (lp := LEADING_POINT.search(folded, max(0, group[0][0] - 6), group[0][0])):
                # ".5 million", ",5 million": a decimal with no leading zero before its multiplier
                # (Duckling's ".77"), not the bare multiplier's million
                s, e, w = group[0]
                scale = self.all_scales[w]
                numbers.append(Number(lp.start(), e, lp.start(), e, int(round(float("0." + lp.group(1)) * scale)), None, None,
                                      "exact", "digits", text[lp.start():e], scale=scale))
            elif len(group) == 1 and group[0][2].endswith("s"):
                continue  # "des millions de personnes": a plural multiplier alone counts nothing exact
            else:
                numbers.extend(self._combine(text, folded, group))
        if numbers and (self.year_pairs or self.year_scale_re or self.year_before_re):
            numbers = self._years(folded, text, numbers)
        if len(numbers) > 1:
            # "un demi-million": the half took in the "un" before it, which is no number of its own
            numbers = [n for n in numbers
                       if not any(m is not n and m.start <= n.start and n.end <= m.end for m in numbers)]
            if self.point_re:
                # "one point five", "un virgule deux": a spoken decimal with no multiplier after it (read
                # by `_before_scale` when one follows) is a measure or a ratio, neither word a count
                for a, b in zip(numbers, numbers[1:]):
                    if b.value < 10 and b.kind in ("words", "article") and folded[a.core_end + 1:a.core_end + 2] in self.point_initials \
                            and self.point_re.fullmatch(folded, a.core_end, b.core_start):
                        a.decimal = b.decimal = True
        return numbers

    def _years(self, folded: str, text: str, numbers: list[Number]) -> list[Number]:
        """A year in words is one number and no count: "nineteen eighty-four", "twenty twenty-four",
        "nineteen oh five" (the pairs), "mil neuf cent quatre-vingt-dix" (the "mil" of dates), and
        "in two thousand twenty-four", "en deux mille vingt-quatre" (a number of 1100 to 2099 after a year's
        preposition; a round thousand only after "the year", "l'an": "en mille morceaux" stays a number)."""
        out: list[Number] = []
        for n in numbers:
            if n.kind != "words":
                out.append(n)
                continue
            prev = out[-1] if out else None
            if self.year_pairs and prev is not None and prev.kind == "words" and not prev.year_like \
                    and 11 <= prev.value <= 20 and prev.scale == 1 and " " not in folded[prev.core_start:prev.core_end] \
                    and "-" not in folded[prev.core_start:prev.core_end] and n.scale == 1 and not n.decimal \
                    and folded[n.core_end:n.core_end + 1] != "-" \
                    and not (len(out) > 1 and out[-2].kind in ("words", "article")
                             and not folded[out[-2].core_end:prev.core_start].strip(" ,")):
                # (not inside a list of numbers: "one two three four twenty fifteen" is six)
                gap = folded[prev.core_end:n.core_start]
                zero = gap.strip() in self.year_zero_words and gap.startswith(" ") and gap.endswith(" ")
                if (gap == " " and 10 <= n.value <= 99) or (zero and 1 <= n.value <= 9):
                    prev.value = prev.low = prev.high = prev.value * 100 + n.value
                    prev.end = prev.core_end = n.core_end
                    prev.text = text[prev.start:prev.end]
                    prev.year_like = True
                    continue
            if self.year_scale_re and self.year_scale_re.search(folded, n.core_start, n.core_end):
                n.year_like = True
            elif self.year_before_re and 1100 <= n.value <= 2099 and not n.decimal \
                    and (self.year_round_before_re if n.value % 100 == 0 else self.year_before_re).search(
                        folded, max(0, n.core_start - 16), n.core_start):
                n.year_like = True
            out.append(n)
        return out

    def _before_scale(self, text: str, folded: str, group: list, tokens: list, j: int) -> Optional[tuple[Number, int]]:
        """"two and a half million", "two point two million": a half or word decimals between a
        number and its multiplier. The number and the index of the token after the multiplier."""
        end = group[-1][1]
        k = j
        if self.half_between_re and (hm := self.half_between_re.match(folded, end)) \
                and (hm.end() == tokens[j][0] or tokens[j][0] < hm.end()):
            # "two and three quarters million": the fraction's own number words are skipped
            while k < len(tokens) and tokens[k][0] < hm.end():
                k += 1
            if k >= len(tokens) or tokens[k][0] != hm.end():
                return None
            frac = self.fraction_between[hm.group("f")]
        elif self.point_re and (pm := self.point_re.match(folded, end)) and pm.end() == tokens[j][0]:
            digits = ""
            while k < len(tokens) and self.words.get(tokens[k][2], 10) < 10 and (k == j or _spaces(folded, tokens[k - 1], tokens[k])):
                digits += str(self.words[tokens[k][2]])
                k += 1
            if not digits or k >= len(tokens) or not _spaces(folded, tokens[k - 1], tokens[k]):
                return None
            frac = float("0." + digits)
        else:
            return None
        if k >= len(tokens) or (scale := self.all_scales.get(tokens[k][2], 0)) < 1000:
            return None
        head = self._combine(text, folded, group)
        if len(head) != 1 or head[0].value >= 1000:
            return None
        n = head[0]
        n.value = int(round((n.value + frac) * scale))
        n.end = n.core_end = tokens[k][1]
        n.text = text[n.start:n.end]
        n.kind, n.scale = "words", scale
        return n, k + 1

    def _joinable(self, gap: str, left: str, right: str) -> bool:
        if JOIN_SPACE.fullmatch(gap):
            return True
        if JOIN_ET.fullmatch(gap):  # "vingt et un", "soixante et onze"
            # after a ten only: "un demi-million et un million" is two numbers; "mille et un", "cent et une"
            # (`after_scale_et`: the one after a hundred or a thousand)
            return (right in self.after_et and self.words.get(left, 0) in self.units_after) \
                or (right in self.after_scale_et and left in self.scales_et)
        if JOIN_AND.fullmatch(gap):  # "one hundred and five"
            return left in self.all_scales
        return False

    def _combine(self, text: str, folded: str, group: list[tuple[int, int, str]]) -> list[Number]:
        """Turn a run of number words into one or more numbers ("cinq six" is two)."""
        out: list[Number] = []
        total = current = 0
        last: Optional[int] = None
        last_scale = False
        start = group[0][0]
        end = group[0][1]
        words_in = 0
        top = 0  # the largest multiplier (from a thousand up) read so far in this number
        tail = 1  # the multipliers the number ends with, together ("three hundred thousand": 100,000)

        def flush():
            nonlocal total, current, last, words_in, top, tail
            if words_in:
                value = total + current
                only = folded[start:end]
                kind = "article" if only in self.article_words else "words"
                out.append(Number(start, end, start, end, int(value), None, None, "exact", kind, text[start:end],
                                  scale=tail if last_scale and last else 1))
            total = current = top = 0
            tail = 1
            last = None
            words_in = 0

        run = run_words = 0  # the words read since the last multiplier ("two" in "one hundred and two")
        run_start = run_prev_end = 0
        for (s, e, w) in group:
            if w in self.all_scales:
                scale = self.all_scales[w]
                if scale == 100:
                    if last is not None and last_scale and last == 100:
                        flush()  # "cent cent": two numbers
                        start = s
                    elif last is not None and not last_scale and current - run >= 100:
                        # "between one hundred and two hundred": hundreds already read end a number,
                        # the words since them start the next one
                        current -= run
                        end = run_prev_end
                        flush()
                        start, current, words_in = run_start, run, run_words
                    current = (current or 1) * 100
                else:
                    if last is not None and last_scale and last >= scale:  # "mille mille": two numbers
                        flush()
                        start = s
                    if scale > top and total:
                        # "two thousand million", "cinquante trois mille millions": the whole
                        # number so far is multiplied
                        total = (total + current) * scale
                    else:
                        total += (current or 1) * scale
                    top = max(top, scale)
                    current = 0
                tail = tail * scale if last_scale and last is not None else scale
                last, last_scale = scale, True
                run = run_words = 0
            else:
                value = self.words[w]
                if last is not None and not last_scale and not (
                        (1 <= value <= 9 and last in self.units_after)
                        or (10 <= value <= 19 and last in self.teens_after)):
                    # "fifteen one", "trente et onze", "vingt dix": a new number
                    flush()
                    start = s
                elif last is not None and last_scale and last < 1000 and value >= 100:
                    flush()
                    start = s
                if last is None or last_scale:
                    run, run_words, run_start, run_prev_end = 0, 0, s, end
                run += value
                run_words += 1
                current += value
                last, last_scale = value, False
            end = e
            words_in += 1
        flush()
        # "un million et demi", "three million and a half"
        if out and self.half_after_re:
            n = out[-1]
            hm = self.half_after_re.match(folded, n.end)
            if hm and n.value >= 1000:
                scale = max(v for k, v in self.scales.items() if v <= n.value and n.value % v == 0)
                n.value = int(n.value + scale * self.half_after[hm.group("f")])
                n.end = n.core_end = hm.end()
                n.text = text[n.start:n.end]
        # "half a million", "un demi-million", "a quarter of a million", "un quart de million"
        for n in out:
            for prefix, fraction in self.fraction_before:
                s = n.core_start - len(prefix)
                if s >= 0 and folded[s:n.core_start] == prefix and n.value >= 1000:
                    n.value = int(round(n.value * fraction))
                    n.start = n.core_start = s
                    n.text = text[s:n.end]
                    n.kind = "words"
                    break
        return out

    # -- context ----------------------------------------------------------------------------
    def _merge_ranges(self, text: str, folded: str, numbers: list[Number]) -> list[Number]:
        """"entre 20 et 30", "20 à 30", "20-30": one range number, value = the lower end."""
        out: list[Number] = []
        i = 0
        while i < len(numbers):
            a = numbers[i]
            if i + 1 < len(numbers):
                b = numbers[i + 1]
                gap = folded[a.core_end:b.core_start]
                jm = self.range_join_re.match(gap)
                if a.kind == b.kind == "vague" and (jm or self.vague_scale_join_re is not None and self.vague_scale_join_re.match(gap)):
                    self._vague_scale_back(folded, a, b)
                join = jm.group("j") if jm else None
                opened = self.range_open_re.search(folded[max(0, a.core_start - 12):a.core_start]) if jm else None
                if opened and self.range_not_after_re is not None \
                        and self.range_not_after_re.search(folded[max(0, a.core_start - 80):a.core_start]):
                    jm = opened = None  # "passé de 24 à 31 morts", "rose from 24 to 31": a change, no range
                elif jm and self.range_change_by_re is not None and not opened \
                        and self.range_change_by_re.search(folded[max(0, a.start - 40):a.start]):
                    jm = None  # "rose by one to 158": the change, then the toll it reached
                # "de 2000 à 4000 morts": a year-like lower end opened as a range, up to a number
                # that is no year, is a count
                year_low = a.year_like and opened is not None and join not in self.range_join_opened and not b.year_like \
                    and a.value < b.value <= 10 * a.value
                if not jm and self.range_top_open_re is not None and b.kind in ("digits", "words") and not b.year_like \
                        and a.kind in ("digits", "words") and not a.year_like and b.value > a.value \
                        and self.range_top_open_re.match(gap):
                    # "de 12 à plus de 30 morts": from a number to a lower bound, open above
                    opened = self.range_open_re.search(folded[max(0, a.core_start - 12):a.core_start])
                    if opened and not (self.range_not_after_re is not None
                                       and self.range_not_after_re.search(folded[max(0, a.core_start - 80):a.core_start])):
                        start = a.core_start - (len(folded[max(0, a.core_start - 12):a.core_start]) - opened.start())
                        out.append(Number(start, b.core_end, start, b.core_end, a.value, a.value, None, "range", "range",
                                          text[start:b.core_end]))
                        i += 2
                        continue
                if jm and opened and b.kind == "vague" and a.kind in ("digits", "words") and not a.year_like \
                        and b.high is not None and b.high > a.value and b.low is not None and b.low > 1:
                    # "de 50 à des centaines de blessés", "between 20 and several dozen": an opened range
                    # whose upper end is vague takes that quantity's upper bound (spec 3, the vague table)
                    start = a.core_start - (len(folded[max(0, a.core_start - 12):a.core_start]) - opened.start())
                    out.append(Number(start, b.core_end, start, b.core_end, a.value, a.value, b.high, "range", "range",
                                      text[start:b.core_end]))
                    i += 2
                    continue
                # "un ou deux", "entre une et deux personnes" (not "un mort et deux blessés")
                if jm and (a.kind not in ("vague", "article") or a.kind == "article" and (join not in self.range_join_opened or opened)) \
                        and b.kind not in ("vague", "article") and (not a.year_like or year_low) and not b.year_like:
                    if (join not in self.range_join_opened or opened) and b.value > a.value:
                        start = a.core_start
                        if opened:
                            start = a.core_start - (len(folded[max(0, a.core_start - 12):a.core_start]) - opened.start())
                        if b.scale > 1 and a.scale == 1 and a.kind in ("digits", "words", "article"):
                            # "2 to 3 million", "deux à trois mille", "1,5 à 2 millions": the
                            # multiplier of the upper end is the lower end's too
                            raw = self._digit_value(folded[a.core_start:a.core_end], True)[0] \
                                if a.decimal else a.value
                            if raw is not None and raw * b.scale < b.value:
                                a.value = int(round(raw * b.scale))
                                a.decimal = False
                                if b.kind == "approximate":
                                    # "two to three dozen": the lower end is approximate too
                                    a.kind, a.low = "approximate", round(a.value / 1.25)
                        elif self.range_shares_groups and a.kind == b.kind == "digits" and a.scale == b.scale == 1 \
                                and not a.decimal and a.value < 1000 and (k := _zero_groups(folded[b.core_start:b.core_end])):
                            # "entre 300 et 400 000", "de 20 à 30 000": the zero groups of the upper
                            # end are the lower end's too when it is written short, below their head
                            head = b.value // k
                            if a.value < head <= 10 * a.value:
                                a.value *= k
                        low = a.low if a.kind == "approximate" and a.low is not None else a.value
                        high = b.high if b.kind == "approximate" and b.high is not None else b.value
                        out.append(Number(start, b.core_end, start, b.core_end, a.value, low, high, "range", "range",
                                          text[start:b.core_end]))
                        i += 2
                        continue
                    if join in self.range_join_counted and a.kind == "approximate" and a.scale == 1 and b.kind == "words" \
                            and 2 <= b.value <= 9 and a.low is not None and a.low < a.value:
                        # "a dozen or two", "une douzaine ou deux": one to two of the numeral, as "one or two dozen"
                        high = _half_up(b.value * a.value * 1.25)
                        out.append(Number(a.start, b.core_end, a.core_start, b.core_end, a.value, a.low, high, "range", "range",
                                          text[a.core_start:b.core_end]))
                        i += 2
                        continue
            out.append(a)
            i += 1
        return out

    def _vague_scale_back(self, folded: str, a: Number, b: Number) -> None:
        """"des dizaines, voire des centaines de milliers", "tens or even hundreds of thousands": the
        multiplier the second vague quantity ends with is the first one's too, when the first with it
        is a vague quantity of the table (the first stays the figure, as in "des centaines, voire des
        milliers")."""
        first, second = folded[a.core_start:a.core_end], folded[b.core_start:b.core_end]
        if first in self.vague and second in self.vague:
            for i, ch in enumerate(second):
                if ch == " " and second[:i] in self.vague and (whole := self.vague.get(first + second[i:])) is not None:
                    a.value, a.low, a.high = int(whole[0]), whole[1], whole[2]
                    return

    def _absorb_article(self, folded: str, n: Number) -> None:
        if n.kind == "words" and folded[n.core_start:n.core_end].split(" ", 1)[0] in self.all_scales:
            # "a hundred", "a thousand", "a hundred and twelve": the article is the count
            am = ARTICLE_BEFORE.search(folded[max(0, n.core_start - 4):n.core_start])
            if am:
                n.core_start = n.start = n.core_start - (len(folded[max(0, n.core_start - 4):n.core_start]) - am.start())

    def _qualify(self, text: str, folded: str, n: Number) -> None:
        left = folded[(n.core_start - 40 if n.core_start > 40 else 0):n.core_start]
        stripped = left.rstrip().rstrip("«“\"").rstrip()
        qm = self.qualifier_re.search(left, max(0, len(stripped) - self.qualifier_width)) \
            if self.qualifier_ends is None or stripped.endswith(self.qualifier_ends) else None
        qualifier = None
        if qm and self.qualifier_not_after and (na := self.qualifier_not_after.get(qm.group("q"))) is not None \
                and na.search(left, max(0, qm.start() - 12), qm.start()):
            qm = None  # "in the past 24 hours": a span of time, no bound
        if qm:
            qualifier = self.qualifiers[qm.group("q")]
            n.start = n.core_start - (len(left) - qm.start())
            if qm.group("q") in self.mark_qualifiers:
                # "passed the 1,000 mark": a threshold, its verb left to the figure's patterns ("toll ... crossed
                # the "); "exceeded the 300 deaths of 2019" names no threshold
                n.start = n.core_start
                if not self.mark_after_re.match(folded, n.core_end):
                    qualifier = None
            elif qualifier == "up_to" and self.up_to_reached_re is not None \
                    and self.up_to_reached_re.search(folded, max(0, n.start - 40), n.start):
                qualifier, n.start = "exact", n.core_start  # "up to" stays with the toll's verb words
            elif qualifier == "approx" and self.qualifiers_glued and folded[n.core_end:n.core_end + 1] in "+-" \
                    and (am := self.qualifier_after_re.match(folded, n.core_end)) and am.group("g"):
                # "some 2,000-plus people": the glued sign makes the number a floor, "some" only rounds it
                qualifier = self.qualifiers_glued[am.group("g")]
                n.end = am.end()
        elif self.qualifier_after_re and (am := self.qualifier_after_re.match(folded, n.core_end)) \
                and not (n.kind == "approximate" and am.group("e") in self.widening_end):
            qualifier = self.qualifiers_after[am.group("q")] if am.group("q") \
                else self.qualifiers_end[am.group("e")] if am.group("e") else self.qualifiers_glued[am.group("g")]
            n.end = am.end()
        elif self.qualifier_after_noun_re and n.kind in ("digits", "words") and n.value > 1 \
                and (am := self.qualifier_after_noun_re.match(folded, n.core_end)):
            # "200 morts environ": the noun stays right after the number (n.end does not move)
            qualifier = self.qualifiers_after[am.group("q")] if am.group("q") else self.qualifiers_end[am.group("e")]
        elif self.qualifier_after_join_noun_re and n.kind == "approximate" \
                and (am := self.qualifier_after_join_noun_re.match(folded, n.core_end)):
            qualifier = self.qualifiers_after[am.group("q")]  # "un millier de morts au moins"
        if self.odd_re and n.kind in ("digits", "words") and ((om := self.odd_re.match(folded, n.core_end)) or (
                self.odd_noun_re and folded.find(self.odd_noun_word, n.core_end, n.core_end + 50) >= 0
                and (om := self.odd_noun_re.match(folded, n.core_end)))):
            # "forty-odd", "300-odd": from the round number to below the next one of its place
            place = 10
            while n.value % (place * 10) == 0 and place * 10 <= n.value:
                place *= 10
            if om.re is not self.odd_noun_re:
                n.end = om.end()  # after the noun ("300 morts et des poussières") the noun stays right after the number
            high = n.value + place - 1
            if om.re is not self.odd_noun_re and (sm := self.digit_scale_re.match(folded, n.end)) and sm.group("spaced") \
                    and (k := self.all_scales[sm.group("spaced")]) >= 1000:
                # "twenty-odd thousand": 20,000 to 29,999 (the multiplier is dropped as a number of its own)
                n.value, high = n.value * k, (high + 1) * k - 1
                n.end = sm.end()
            n.text = text[n.start:n.end]
            n.qualifier, n.low, n.high = "approx", n.value, high
            return
        n.text = text[n.start:n.end]
        if n.kind == "vague":
            return
        if qualifier is None:
            if n.kind == "approximate":
                return  # keeps its own table interval
            n.low, n.high = n.value, n.value
            return
        n.qualifier = qualifier
        n.low, n.high = interval(n.value, qualifier)


@lru_cache(maxsize=None)
def reader(lang: str) -> NumberReader:
    return built("numbers", lang, lambda: NumberReader(lang))  # compiled once per machine


DIGIT = re.compile(r"\d")
# the decimal marks of a digits match: the Arabic decimal separator U+066B and the fullwidth full stop too
DECIMAL_MARKS = "[.,\u066b\uff0e]"
# the zeros of the decimal digits of other scripts copy may hold: Arabic-Indic, Persian, N'Ko,
# Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Thai, Lao,
# Tibetan, Myanmar, fullwidth
OTHER_ZEROS = (0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
               0x0E50, 0x0ED0, 0x0F20, 0x1040, 0xFF10)
# A thousands group set off by a stray space, a typing or OCR slip: "1 ,000", "25 .000" (a mark glued to
# the group), "10, 000", "1. 000" (a group that starts with a zero: no count does, so it is no number of its own)
SLIP_STARTS = frozenset({" ,", " .", ", ", ". "})
SLIP_GROUP = re.compile(r" ([,.])(\d{3})(?![\d])(?![.,]\d)|([,.]) (0\d\d)(?![\d])(?![.,]\d)")
SLIP_HEAD = re.compile(r"\d{1,3}(?:([,.])\d{3})*")


def _slipped_groups(folded: str, raw: str, end: int) -> tuple[str, int]:
    """The digits of a number whose thousands groups a stray space splits ("1 ,000", "10, 000"), and
    where they end; `raw` and `end` as they were when no group follows."""
    head = SLIP_HEAD.fullmatch(raw)
    if head is None:
        return raw, end
    mark = head.group(1)
    while (gm := SLIP_GROUP.match(folded, end)) is not None:
        sep = gm.group(1) or gm.group(3)
        if mark is not None and sep != mark:
            break
        mark = sep
        raw += sep + (gm.group(2) or gm.group(4))
        end = gm.end()
        if folded[end:end + 2] not in SLIP_STARTS:
            break
    return raw, end


def _code_before(folded: str, i: int) -> bool:
    """Whether the digits ending at `i` are glued to a letter before them ("a330", "mh17"): a code."""
    while i >= 0 and folded[i].isdigit():
        i -= 1
    return i >= 0 and folded[i].isalpha()
# ".5 " before a multiplier: a decimal with no leading zero, its dot after no word or number
LEADING_POINT = re.compile(r"(?<![\w.,])[.,](\d{1,3})[\s\u00a0\u202f]?$")
# the denominators of a rate: "per 1,000", "pour 100 000"
POWERS_OF_TEN = frozenset({100, 1000, 10000, 100000, 1000000})
DIGIT_RUN = re.compile(r"\d+(?![\d.,/])")
# digits joined by dots or commas, as far as they go ("1,0,00", "1.000.00"), and a date written with dots
MALFORMED_RUN = re.compile(r"\d+(?:[.,]\d+)+")
DATE_DOTS = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2}(?:\d{2})?")
# " 1/2" after the digits of "3 1/2 million"
MIXED_FRACTION = re.compile(r"[\s\u00a0]([1-9])/([2-9])(?![\d/])")
# a duration after the second number of "3 in 10 days": no ratio
TIME_AFTER = re.compile(r"[\s\u00a0]+(?:" + cues("time_unit_after") + r")(?!\w)")


PLURAL_AFTER = re.compile(r"[\s\u00a0]+(?:" + cues("plural_of") + r")?\w+[sx](?!\w)")


NAMED_DATE_BEFORE = re.compile(r"(?<![\w])the[\s\u00a0]+$")


def _named_date(src: str, folded: str, month_start: int, day_start: int) -> bool:
    """A month and day that name an event whatever follows: the month written short ("the Oct. 7
    attack", "after Sept. 11 many fled") or after "the" ("the March 7 bombing"). "In March 12
    people died" keeps its count."""
    return src[month_start:day_start].rstrip(" \u00a0").endswith(".") \
        or NAMED_DATE_BEFORE.search(folded, max(0, month_start - 5), month_start) is not None


def _half_up(x: float) -> int:
    """`x` rounded half up: "une demi-centaine" reaches 63 like "une cinquantaine" (Python's round()
    takes 62.5 to the even 62)."""
    return int(x + 0.5)


def _sep_kind(sep: str) -> str:
    """A thousands mark by its kind: every blank is one ("1\u202f234 567"), both apostrophes are one."""
    return " " if sep.isspace() else "'" if sep in "'’" else sep


def _zero_groups(raw: str) -> int:
    """The multiplier the trailing all-zero thousands groups of a grouped number make ("400 000":
    1000, "3.000.000": 1000000), 0 for a number written without groups."""
    groups = DIGIT_GROUP.findall(raw)
    k = 1
    for g in reversed(groups[1:]):
        if g != "000":
            break
        k *= 1000
    return k if k > 1 and len(groups) > 1 and all(len(g) == 3 for g in groups[1:]) else 0


def _spaces(folded: str, left: tuple, right: tuple) -> bool:
    """Only blanks between two word tokens."""
    return left[1] < right[0] and not folded[left[1]:right[0]].strip(" \u00a0")


def _times(value: int, low: Optional[int], high: Optional[int], k: int) -> tuple[int, Optional[int], Optional[int]]:
    """A vague or approximate quantity times a multiplier: "several" (3-9) million is 3,000,000 to
    9,999,999; "quelques" (2-6) millions is 2,000,000 to 6,000,000."""
    if high is not None:
        high = (high + 1) * k - 1 if (high + 1) % 10 == 0 else high * k
    return value * k, None if low is None else low * k, high


def find_numbers(text: str, lang: str, folded: Optional[str] = None, held: int = 3, spotted: Optional[bool] = None,
                 tokens: Optional[list] = None, exact: bool = False) -> list[Number]:
    """Every number mention in `text`, in order, read with the grammar of `lang` (`held`, `spotted`,
    `tokens`, `exact`: see `NumberReader.find`)."""
    return reader(lang).find(text, folded, held, spotted, tokens, exact)


def number_words(lang: str) -> list[str]:
    """The words `NumberReader._may_hold_number` looks for (`word_re`), folded as it reads them."""
    return reader(lang).spot_words


def sentence_word_lists(lang: str) -> tuple[tuple, tuple, tuple]:
    """The words `NumberReader.find` asks a text for (`w in folded`) before it reads a negative sign,
    a multiple or a repeated count ("le même nombre"): with `exact`, its caller tells it which it
    holds (`HELD_NEGATIVE`, `HELD_MULTIPLE`, `HELD_SAME_COUNT`). An empty tuple where the reader
    has no such pattern (the bit is then never asked); [""] where a pattern has no literals."""
    r = reader(lang)
    same = () if r.same_count_re is None else tuple(r.same_count_re.literals) if isinstance(r.same_count_re, Gated) else ("",)
    return (r.negative_words if r.negative_re else (), r.multiple_words, same)


def numeral_literals(lang: str) -> tuple[frozenset, frozenset]:
    """The literals one of which every vague numeral holds, and every approximate one (an empty
    word where a pattern has none: every text may hold it)."""
    r = reader(lang)
    return tuple(rx.literals if isinstance(rx, Gated) else frozenset({""}) for rx in (r.vague_re, r.approx_re))
