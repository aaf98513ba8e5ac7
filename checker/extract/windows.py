"""Time expressions near a figure, resolved against the publication date into a window.

dateparser reads absolute dates well but, on this genre, `search_dates` eats casualty numbers
("Mardi, 56" → 1956) and a same-day weekday goes back a week (docs/design.md). So we spot the
candidates ourselves with anchored patterns, resolve weekdays and relative spans with plain
calendar arithmetic, and hand only day-month strings to dateparser (cached).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Optional

from checker.literals import BoundedWords, GateIndex, PartsFinditer, alternation, any_in, assertions_after, gated, split_alternatives
from checker.compiled import built
from checker.lang import cue_alternatives, cues, load_lang
from checker.normalise.quantities import duration_days



@dataclass(slots=True)
class TimeSpan:
    start: int  # offsets in the sentence
    end: int
    period_start: Optional[date]
    period_end: Optional[date]
    kind: str  # point | since | span
    text: str


TOKEN = re.compile(r"\w+")
# "a 1992 firedamp explosion": a year after an article, read as the event's (no superlative's scope)
# what is compared with runs to its sentence's end, or to a comma that opens another clause (", ont
# estimé lundi les Nations unies"), not one that goes on listing ("..., du tremblement de terre de 2005")
COMPARISON_BREAK = re.compile(r"[;:!?]|\.(?!\d)|,[\"”»]?\s+(?!(?:" + cues("comparison_list_word") + r")\b)")


def comparison_opens(low: str, opener: re.Pattern, word: str) -> list[int]:
    """Where the comparisons of `low` open ("plus grave que", "de plus que ceux", "worse than"), by
    the end of their opener; looked for only around `word` (" que ", " than"), in every match."""
    out: list[int] = []
    i = low.find(word)
    while i >= 0:
        for m in opener.finditer(low, (i - 50 if i > 50 else 0), i + len(word) + 10):
            if m.end() not in out:
                out.append(m.end())
        i = low.find(word, i + 1)
    return out


def after_comparison(low: str, pos: int, opens: list[int]) -> bool:
    """Does a comparison ("plus grave que", "de plus que", "worse than"; `opens`: where the openers
    of `low` end) open earlier in `pos`'s sentence, within 200 characters, so that what stands at
    `pos` is what is compared with?"""
    for end in opens:
        if pos - 200 <= end <= pos:
            b = COMPARISON_BREAK.search(low, end, pos + 12)  # (the word after a comma may lie past `pos`)
            if b is None or b.start() >= pos:
                return True
    return False


# "in three days", "within 48 hours": a duration with no "past" or "last", which counts back from
# publication only when its sentence names no other time
BARE_DURATION = re.compile(r"(?:in|within|over) (?:just |only )?[\w-]+ (?:hours?|days?|weeks?)", re.IGNORECASE)
YEAR_OF_EVENT = re.compile(r"(?:" + cues("year_of_event_det") + r") (?:19|20)\d\d\b")
# "over three days last month": the time right after a bare duration
DURATION_THEN_TIME = re.compile(r"\s+(?:" + cues("duration_then_time") + r")\b")
# the time at the end of a relative pattern that reads its clause's verb first ("killed 260 people
# last year"): the words of the time alone
CLAUSE_TIME_END = re.compile(r"\b(?:" + cues("clause_time_end") + r")\W*$")
# what a superlative is measured against: a number of years, or a year ("depuis 30 ans", "since 1990")
# "the highest toll since 2015, when a crush killed ...": the clause after it is dated by X
DATED_BY = re.compile(r"\s*,?\s*(?:" + cues("dated_by") + r")\b")
COMPARED_SPAN = re.compile(r"(?:\d+|[a-z-]+) (?:" + cues("compared_span_unit") + r")|(?:(?:" + cues("compared_year_det") + r") )?(?:19|20)\d\d")
COMPARED_EVENT = re.compile(r"(?:" + cues("compared_event") + r")\b")
# "depuis cette fin février 2010" after a comparison: the event compared with, by a demonstrative
COMPARED_EVENT_SINCE = re.compile(r"(?:" + cues("compared_event") + "|" + cues("compared_event_since") + r")\b") \
    if cue_alternatives("compared_event_since") else COMPARED_EVENT
NUMERIC_DATE_GATE = re.compile(r"[./](?:19|20)\d\d\b")  # a year right after a dot or a slash: a day in figures may stand there
# "the deadliest hurricane on record in Florida killed 408 people in 1935": a figure between a
# superlative and a span, so that the span dates the figure's clause, not what the superlative
# compares over (time-r159)
FIGURE_BETWEEN = re.compile(r"\b\d[\d,.]*\d*\s+[a-z]")
# "the deadliest bushfires were the Ash Wednesday fires of 1983": the year of the event named
EVENT_OF_YEAR = re.compile(r"[a-z]+ of (?:19|20)\d\d")
YEAR_WORD = re.compile(r"(?:19|20)\d\d(?<!\w....)(?!\w)")  # a \w+ run that is a year; starts with a literal so re skips fast
DAY_NUMBER = re.compile(r"\b(\d{1,2})(?:" + cues("day_ordinal") + r")?\b")  # "le 1er", "October 4th"
DAY_DET = re.compile(r"^(" + cues("day_det") + r")\s+")  # dropped before dateparser reads a day
FIRST_DAY = re.compile(r"\b(?:" + cues("first_day") + r")\b")  # "1er": "1" for dateparser




# between a weekday and the date that follows it: "mardi 29 octobre", "Tuesday, Oct. 29"
WEEKDAY_DATE_GAP = re.compile(r"[ ,\u00a0]*")

class TimeReader:
    def __init__(self, lang: str):
        data = load_lang(lang)["time"]
        self.lang = lang
        self.weekdays = {w: i for i, ws in enumerate(data["weekdays"]) for w in ws}
        self.months = {m: i + 1 for i, ms in enumerate(data["months"]) for m in ms}
        self.units = {u: k for k, us in data["units"].items() for u in us}
        self.number_words = {k: float(v) for k, v in data["number_words"].items()}
        wd, mo, un, nw = alternation(self.weekdays), alternation(self.months), alternation(self.units), alternation(self.number_words)
        p = data["patterns"]
        # a clause of speech after "since ..." ("since the weekend, the governor said Thursday"):
        # the window's start never reaches past it to the day of the statement
        self.ordinals = {k: int(v) for k, v in (data.get("ordinals") or {}).items()}
        fmt = dict(WD=wd, MO=mo, UN=un, NW=nw, SP=p.get("since_speech") or "(?!)",
                   OR=alternation(self.ordinals) if self.ordinals else "(?!)")
        # Each pattern is tried only on sentences holding a literal it needs (`gated`).
        self.since = gated(p["since"].format(**fmt))
        # "Min Aung Hlaing, who has led Myanmar since 2021, said 96 people have died": a person's
        # tenure, not the window of the figure (tried on the text just before "since")
        self.tenure = re.compile(p["since_tenure"]) if p.get("since_tenure") else None
        self.last_n = gated(p["last_n"].format(**fmt))
        self.last_n_parts = PartsFinditer(p["last_n"].format(**fmt))  # the same matches, searched part by part
        # "in the two weeks since the floods began": the span before "since" is the window (`last_n`)
        self.span_before_since = re.compile(p["span_before_since"].format(**fmt)) if p.get("span_before_since") else None
        self.night = gated(p["night"].format(**fmt))
        self.relative = {gated(k.format(**fmt)): v for k, v in data["relative"].items()}
        # which relative patterns may match a sentence: one literal scan for all of them, not one
        # per pattern (a sentence with any relative time word is asked about some twenty)
        self.relative_gate = GateIndex(list(self.relative))
        self.weekday = gated(p["weekday"].format(**fmt))
        # "..., Monday Kassah, head of the local government": a weekday written as a given name (a
        # capitalised name right after it, after a clause break) is no time (acc-r59)
        self.weekday_caps = tuple(w.capitalize() + " " for w in self.weekdays)  # a cheap check before weekday_name
        self.weekday_name = re.compile(r"(?:^|[,;:(]\s+|[.!?]\s+)(?:" + "|".join(
            w.capitalize() for w in sorted(self.weekdays, key=len, reverse=True)) + r") (?=[A-Z][a-z]+\b(?!\s+(?:night|morning|evening|afternoon)))")
        self.day_month = gated(p["day_month"].format(**fmt))
        # "03.12.2023 (Philippines) : Four people were killed": a day written in figures, day first
        self.numeric_date = re.compile(p["numeric_date"]) if p.get("numeric_date") else None
        self.month_year = gated(p["month_year"].format(**fmt))
        self.day_range = gated(p["day_range"].format(**fmt)) if p.get("day_range") else None
        # "on 28-29 November 2020", "November 28-29": two days joined by a dash
        self.day_dash_range = gated(p["day_dash_range"].format(**fmt)) if p.get("day_dash_range") else None
        self.year = gated(p["year"].format(**fmt))
        # "the 10th anniversary of ...", "Il y a dix ans, ...": an event that many years back
        self.years_back = gated(p["years_back"].format(**fmt)) if p.get("years_back") else None
        self.anniversary_running = re.compile(p["anniversary_running"]) if p.get("anniversary_running") else None
        # "Forty years ago today", "Il y a quarante ans jour pour jour": that day of that year (ext-r168)
        self.years_back_same_day = re.compile(p["years_back_same_day"]) if p.get("years_back_same_day") else None
        self.years_back_words = frozenset(p.get("years_back_words") or ())
        self.back = False
        self.year_range = gated(p["year_range"].format(**fmt)) if p.get("year_range") else None
        # "des années 1990", "the 1990s": the ten years of a decade (time-r159)
        self.decade = gated(p["decade"].format(**fmt)) if p.get("decade") else None
        self.month = gated(p["month"].format(**fmt)) if p.get("month") else None
        # "in the first half of 2023", "au premier semestre": months of a year, named by their share of it
        self.year_parts = [gated(x.format(**fmt)) for x in p.get("year_part") or []]
        self.year_part_months: dict[str, list[int]] = {**(data.get("year_parts") or {}), **(data.get("seasons") or {})}
        # "depuis le début de l'été", "since the start of summer": the season a beginning dates
        self.season_word = re.compile(r"\b(" + alternation(data["seasons"]) + r")\b") if data.get("seasons") else None
        self.month_range = gated(p["month_range"].format(**fmt)) if p.get("month_range") else None
        # "au cours des deux premières semaines de mars": the first days of a month
        self.month_head = gated(p["month_head"].format(**fmt)) if p.get("month_head") else None
        self.war_start = re.compile(p["war_start"])
        self.year_start = re.compile(p["year_start"]) if p.get("year_start") else None
        self.last_year_start = re.compile(p["last_year_start"]) if p.get("last_year_start") else None
        self.month_start = re.compile(p["month_start"]) if p.get("month_start") else None
        # "On July 14, ... had counted 89 killed over the previous two days": a span counted back from
        # the one day its sentence names, not from publication
        # (searched over every sentence with a time expression: from its word, not from each position its `\b` opens)
        self.previous_anchor = assertions_after(p["previous_anchor"]) if p.get("previous_anchor") else None
        self.week_start = re.compile(p["week_start"]) if p.get("week_start") else None
        self.day_last_year = re.compile(p["day_last_year"]) if p.get("day_last_year") else None
        self.day_last_year_any = re.compile(p["day_last_year"].rstrip("$")) if p.get("day_last_year") else None
        self.weekend_start = re.compile(p["weekend_start"]) if p.get("weekend_start") else None
        self.span_unknown = re.compile(p["span_unknown"]) if p.get("span_unknown") else None
        # "au cours des quelques dernières années", "over the past few years": a vague count of years says no start (ext-r176)
        self.vague_year_counts = frozenset(data.get("vague_year_counts") or ())
        self.future = re.compile(p["future"])
        # "le bilan « pourrait doubler » cette semaine", "could double this week": the time of a
        # forecast, right after its verb, dates no figure
        self.forecast_before = re.compile(p["forecast_before"]) if p.get("forecast_before") else None
        self.published = re.compile(p["published"]) if p.get("published") else None
        self.speech = re.compile(p["speech"].format(**fmt))
        self.speech_after = re.compile(p["speech_after"]) if p.get("speech_after") else None
        # "the worst seismic disaster in 80 years", "le plus meurtrier depuis 30 ans": a comparison, not a window
        self.superlative = re.compile(p["superlative"]) if p.get("superlative") else None
        self.superlative_reach = int(p.get("superlative_reach") or 50)  # how far back it is looked for
        # "pour la première fois depuis le 7 octobre", "Une première depuis ...": what is new since a
        # day compares with it; no window (even where "depuis" names a date)
        self.first_time = re.compile(p["first_time"]) if p.get("first_time") else None
        self.first_time_words = tuple(p.get("first_time_words") or ())  # one is in every match: a cheap gate
        self.event = re.compile(p["event"]) if p.get("event") else None  # "The crush happened on Tuesday"
        self.superlative_scope = re.compile(p["superlative_scope"]) if p.get("superlative_scope") else None
        # "une crise plus grave que le tsunami de 2004": what a figure is compared with, no window nor place
        self.compared_open = re.compile(p["compared_open"]) if p.get("compared_open") else None
        self.compared_word = p.get("compared_word") or ""  # in every compared_open match: a cheap gate
        self.last_week = re.compile(p["last_week"]) if p.get("last_week") else None
        # "depuis le mois de juillet": the noun before a month, read as the month alone
        self.month_noun = re.compile(p["month_noun"]) if p.get("month_noun") else None
        self.month_word = re.compile(rf"\b({mo})\b")
        self.month_alone = re.compile(rf"(?:\w+[ -]){{0,2}}({mo})")  # "juillet", "mi-juin", "la mi-juin"
        # "depuis son apparition en mars": the month an outbreak began
        self.month_in = re.compile(rf"\b(?:en|in) ({mo})\b")
        # "début mars", "mi-juin", "early June": a month's edge, no year
        # (a whole word: the "jan" of "Azerbaijan" is no January)
        self.month_edge = re.compile(r"(?:(?P<edge>" + cues("month_edge") + rf") ?)?(?<![\w-])(?P<m>{mo})\b(?! (?:19|20)\d\d)")
        self.count_unit = re.compile(rf"(?P<n>\d+|{nw})\s+(?P<u>{un})")
        self.ago_in_start = re.compile(p["ago_in_start"].format(**fmt)) if p.get("ago_in_start") else None
        # One cheap scan first: most sentences hold no time expression at all.
        self.any_time = re.compile(
            rf"\b(?:19|20)\d\d\b|\b(?:{wd}|{mo}|{un})\b|" + "|".join(f"(?:{k.format(**fmt)})" for k in data["relative"])
            + "|" + p["night"].format(**fmt) + "|" + p["war_start"]
        )
        # The same test, faster: the year and word branches of `any_time` match exactly the
        # \w+ runs of the text that are such a year or word (when every word is one \w+ run),
        # so they are looked up in a set; only the other branches stay a regex.
        words = set(self.weekdays) | set(self.months) | set(self.units)
        self.time_words = words if all(TOKEN.fullmatch(w) for w in words) else None
        # the runs of `TOKEN` a sentence holds that are time words or years-back words: found as
        # whole words, without making a string and a set member of every word of the sentence
        self.time_word_finder = BoundedWords(sorted(w for w in words | self.years_back_words if TOKEN.fullmatch(w))) \
            if self.time_words is not None else None
        self.month_words = frozenset(self.months)
        self.weekday_words = frozenset(self.weekdays)
        self.any_time_rest = gated(
            "|".join(f"(?:{k.format(**fmt)})" for k in data["relative"]) + "|" + p["night"].format(**fmt) + "|" + p["war_start"]
            + "".join("|(?:" + re.sub(r"\(\?P<\w+>", "(?:", x.format(**fmt)) + ")" for x in p.get("year_part") or [])
            + ("|(?:" + p["years_back_cue"] + ")" if p.get("years_back_cue") else "")
        )
        # the same test part by part (`_time_cues` only asks whether it matches): once one of its
        # hundred literals was in a sentence, the thirty-odd alternatives were tried at every
        # position; each is now searched only where its own literals are
        rest = getattr(self.any_time_rest, "pattern", None)
        self.any_time_rest_parts = GateIndex([gated(part) for part in split_alternatives(rest)]) \
            if rest is not None and not re.match(r"\(\?[aiLmsux]+\)", rest) else None  # (not a pattern under global flags)

    def has_time(self, low: str) -> bool:
        """`any_time.search(low)`, computed faster."""
        return self._time_cues(low) is not None

    def _time_cues(self, low: str) -> Optional[tuple[bool, bool, bool, bool]]:
        """Which kinds of time words `low` holds, (month, weekday, year, other), or None when it
        holds no time expression at all (`any_time` finds none).

        `find` runs a pattern only where its kind occurs. Every match of `day_month`, `month`
        and `month_year` holds a month name as a whole word (each has a space, "-", "'" or \\b on
        both sides of the name), of `weekday` a weekday name, of `month_year` and `year` a year
        as a whole word (`YEAR_WORD`); "other" is a match of the relative-day and night patterns
        (`any_time_rest`), the only ones run with it. The literals these patterns are gated on
        ("en ", "in ") are in almost every sentence; whole words are not. Without `time_words`
        (a language whose names are not single words) every kind counts as present."""
        if self.time_words is None:
            self.back = True
            return (True, True, True, True) if self.any_time.search(low) else None
        tokens = set(self.time_word_finder.found(low))
        words = not self.time_words.isdisjoint(tokens)
        year = YEAR_WORD.search(low) is not None
        if self.any_time_rest_parts is not None:
            parts = self.any_time_rest_parts
            other = any(parts.raw[j].search(low) is not None for j in parts.candidates(low))
        else:
            other = self.any_time_rest.search(low) is not None
        # a word every years_back match holds ("ans", "years", "anniversary"): read by `find`
        self.back = not self.years_back_words.isdisjoint(tokens)
        if not (words or year or other):
            return None
        if not words:
            return False, False, year, other
        return not self.month_words.isdisjoint(tokens), not self.weekday_words.isdisjoint(tokens), year, other

    # -- resolution ------------------------------------------------------------------------
    def _weekday(self, name: str, pub: date) -> date:
        target = self.weekdays[name]
        return pub - timedelta(days=(pub.weekday() - target) % 7)

    def _count(self, word: str) -> float:
        word = word.strip()
        if word.isdigit():
            return float(word)
        return self.number_words.get(word, 1.0)

    def _day_month(self, text: str, pub: date) -> Optional[date]:
        """"le 22 avril", "October 4, 2016": read with our month names (fast, and right about the
        year: the most recent such day on or before publication); anything else goes to dateparser."""
        if self.day_last_year and (ly := self.day_last_year.search(text)):
            # "Feb. 24 last year": that day of the year before publication's
            d = self._day_month(text[:ly.start()], date(pub.year, 12, 31))
            return _years_before(d, 1) if d else None
        day = DAY_NUMBER.search(text)
        month = self.month_word.search(text)
        year = re.search(r"\b((?:19|20)\d\d)\b", text)
        if day and month:
            try:
                d = date(int(year.group(1)) if year else pub.year, self.months[month.group(1)], int(day.group(1)))
            except ValueError:
                return None
            if d > pub and not year:
                return _year_before(d)
            return d
        return _parse_day(text, self.lang, pub.isoformat())

    def find(self, sentence: str, pub: Optional[date], low: Optional[str] = None) -> list[TimeSpan]:
        """Every time expression of a sentence that can scope a figure (not speech, not future).
        `low` is the sentence folded (lower case, plain apostrophes) when the caller has it."""
        if pub is None:
            return []
        if low is None:
            low = sentence.lower().replace("’", "'").replace("ʼ", "'")
        cues = self._time_cues(low)
        if cues is None:
            # ("the 1990s" holds no year as a whole word)
            if self.decade is None or self.decade.search(low) is None:
                return []
            cues = (False, False, False, False)
        month, weekday, year, other = cues
        spans: list[TimeSpan] = []
        taken = bytearray(len(low))
        if weekday and any_in(sentence, self.weekday_caps) and self.weekday_name.search(sentence):
            for m in self.weekday_name.finditer(sentence):
                nxt = sentence[m.end():].split(" ", 1)[0].strip(",.;:").lower()
                if nxt not in self.months and nxt not in self.weekdays:
                    taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        if any_in(low, NAMED_DATE_WORDS):
            # "le Mouvement du 23 mars (M23)", "la place du 6 octobre": a date in a name is no time
            for m in NAMED_DATE.finditer(sentence):
                if m.group("m").lower() in self.months:
                    taken[m.start("d"):m.end()] = b"\x01" * (m.end() - m.start("d"))

        compared_at: set[int] = set()  # where the events compared with start ("depuis le séisme de 2010")

        def add(m: re.Match, ps: Optional[date], pe: Optional[date], kind: str, start: Optional[int] = None) -> None:
            start = m.start() if start is None else start
            if any(taken[start:m.end()]):
                return
            for i in range(start, m.end()):
                taken[i] = 1
            spans.append(TimeSpan(start, m.end(), ps, pe, kind, sentence[start:m.end()]))

        ranges = [rx for rx in (self.day_range, self.day_dash_range) if rx is not None]
        for rx in ranges:
            for m in rx.finditer(low):
                # "between January 1 and August 15": the later day without a year is the last such
                # day up to publication, the earlier one the last such day before it
                b_text = m.group("b")
                if b_text.rstrip("stndrh").isdigit():
                    b_text += " " + self.month_word.search(m.group("a")).group(1)  # "between July 16 and 27": the second day takes the month of the first
                b = self._day_month(b_text + (" " + m.group("yb") if m.group("yb") else ""), pub)
                a_text = m.group("a")
                if a_text is None:
                    a_text = "1 " + m.group("am")  # "from January to July 20": from the month's first day (ext-r176)
                elif a_text.split()[-1].isdigit() or a_text == "1er":
                    a_text += " " + m.group("b").split()[-1]  # "du 4 au 5 octobre": the first day takes the month of the second
                ya = m.groupdict().get("ya")
                a = self._day_month(a_text + (" " + (ya or m.group("yb") or "")), b or pub)
                if a and b and a > b and not ya:
                    a = _year_before(a)
                if a and b and a <= b:
                    add(m, a, b, "span")
        if self.year_range is not None and year:
            for m in self.year_range.finditer(low):
                y1, y2 = int(m.group("y1")), int(m.group("y2"))
                if y1 < y2 <= pub.year:
                    add(m, date(y1, 1, 1), min(pub, date(y2, 12, 31)), "span")
        if self.decade is not None:
            for m in self.decade.finditer(low):
                yw = m.groupdict().get("yw")
                y = int(m.group("y")) if m.group("y") else 1900 + int(self.number_words[yw] if yw else m.group("yy"))
                if y <= pub.year:
                    add(m, date(y, 1, 1), min(pub, date(y + 9, 12, 31)), "span")
        for rx in (self.year_parts if year or other else ()):
            for m in rx.finditer(low):
                groups = m.groupdict()
                span = self._year_part(m.group("part"), pub, int(groups["y"]) if groups.get("y") else None,
                                       last_year=bool(groups.get("ly")), last_over=bool(groups.get("prev")))
                if span is not None:
                    add(m, span[0], span[1], "span")
        for m in self.since.finditer(low):
            if self.span_before_since is not None and self.span_before_since.search(low, max(0, m.start() - 30), m.start()):
                continue  # "in the two weeks since the floods began": `last_n` reads the span
            if self.tenure is not None and self.tenure.search(low, max(0, m.start() - 90), m.start()):
                for i in range(m.start(), m.end()):
                    taken[i] = 1  # (nor is the month or year it names a window: "depuis avril 2023", acc-r78)
                continue
            if self.first_time is not None and any(w in low[max(0, m.start() - 40):m.start()] for w in self.first_time_words) \
                    and self.first_time.search(low, max(0, m.start() - 40), m.start()):
                for i in range(m.start(), m.end()):
                    taken[i] = 1  # (nor is the day it names a point: it dates what is compared with)
                continue  # "frappé pour la première fois depuis le 7 octobre": a comparison, no window
            start = self._since_start(m.group("what"), pub)
            sup = self.superlative.search(low, max(0, m.start() - self.superlative_reach), m.start()) \
                if self.superlative is not None else None
            if sup is not None and not DATED_BY.match(low, m.end()) \
                    and (COMPARED_SPAN.fullmatch(m.group("what").strip()) or COMPARED_EVENT_SINCE.match(m.group("what").strip())
                         or (start is None and not any(c.isdigit() for c in low[sup.start():m.start()]))):
                # "le séisme le plus meurtrier depuis 30 ans", "the worst since 1990", "la journée la plus
                # sanglante depuis le coup d'Etat" (an event not dated; not "at least 40 killed since ..."):
                # a comparison
                what = m.group("what").strip()
                if start and COMPARED_EVENT_SINCE.match(what):
                    # "le séisme le plus fort depuis celui de septembre 1999, qui avait fait 2.400 morts":
                    # the event compared with, over its own date (a day, else its month, else its year)
                    words = what.split()
                    if any(DAY_NUMBER.fullmatch(w) for w in words) or not any_in(self.months, words):
                        end = start if any(DAY_NUMBER.fullmatch(w) for w in words) else date(start.year, 12, 31)
                    else:
                        end = date(start.year + (start.month == 12), start.month % 12 + 1, 1) - timedelta(days=1)
                    add(m, start, min(end, pub), "span", start=m.start("what"))
                    compared_at.add(m.start("what"))  # (the event compared with: no superlative's scope)
                continue
            if start is not False:
                add(m, start, pub, "since")
        brief: set[int] = set()
        for m in self.last_n_parts.finditer(low):
            gd = m.groupdict()
            if gd.get("n2") and self.superlative is not None and self.superlative.search(low, max(0, m.start() - 80), m.start()):
                continue
            # n5: "a 12-day war"; n6: "a week of violence"; n7: "ten days into the offensive"; n8: "in the two weeks since"
            n = self._count(next((gd[k] for k in LAST_N_COUNTS if gd.get(k)), "1"))
            unit = self.units[next(gd[k] for k in LAST_N_UNITS if gd.get(k))]
            if unit in ("year", "decade") and self.vague_year_counts \
                    and next((gd[k] for k in LAST_N_COUNTS if gd.get(k)), "") in self.vague_year_counts \
                    and not (self.superlative is not None and self.superlative.search(low, max(0, m.start() - 80), m.start())):
                # (not "one of the deadliest attacks in recent years": the scope of a comparison)
                add(m, None, pub, "since")  # "au cours des quelques dernières années": a running total, no start (ext-r176)
                continue
            if unit == "decade" and n == int(n):  # "over the past decade": the same day ten years before
                back = _years_before(pub, 10 * int(n))
                if back is not None:
                    add(m, back, pub, "span")
                    continue
            days = duration_days(n, unit)
            if gd.get("n2") and days < 1:
                brief.add(m.start())  # "sombrait en moins d'une heure": how fast, unless no day is named
            if (gd.get("n2") or gd.get("n3")) and DURATION_THEN_TIME.match(low, m.end()):
                # "killed over three days last month", "in two days last week": a duration inside the
                # time that follows it, not the span up to publication
                continue
            add(m, pub - timedelta(days=max(1, round(days))), pub, "span")
        for m in (self.night.finditer(low) if other else ()):
            d2 = m.groupdict().get("d2")
            d1 = m.groupdict().get("d1") or m.groupdict().get("d3")
            end = self._weekday(d2, pub) if d2 else (self._weekday(d1, pub) + timedelta(days=1) if d1 else pub)
            add(m, end - timedelta(days=1), end, "point")
        if month and self.day_last_year_any is not None and self.day_last_year_any.search(low):
            # "le 24 février de l'année dernière": the day of last year, before "l'année dernière" alone
            for m in self.day_month.finditer(low):
                if self.day_last_year.search(m.group(0)) and (d := self._day_month(m.group(0), pub)):
                    add(m, d, d, "point")
        maybe = self.relative_gate.candidates(low) if other else ()
        for k, (a, b) in enumerate(self.relative.values() if other else ()):
            if k not in maybe:
                continue
            for m in self.relative_gate.raw[k].finditer(low):
                # "killed 260 people last year": the pattern reads its clause's verb first; the span is
                # the time alone, so the figure inside the clause stays a figure
                tail = CLAUSE_TIME_END.search(m.group(0)) if a in ("lastyear", "lastmonth") else None
                at = m.start() + tail.start() if tail is not None else None
                if a == "monday":
                    # "this week": Monday to publication; "earlier in the week" ([monday, -1]): to the day before
                    monday = pub - timedelta(days=pub.weekday())
                    add(m, monday, max(monday, pub + timedelta(days=b)), "span")
                elif a == "newyear":
                    if month and self.month is not None \
                            and any(mm.end() == m.end() for mm in getattr(self.month, "rx", self.month).finditer(low, max(0, m.start() - 40), m.end())):
                        continue  # "In February this year": the month of this year, read below (acc-r244)
                    add(m, date(pub.year, 1, 1), pub, "span")
                elif a == "lastyear":
                    if month and self.month is not None \
                            and any(mm.end() == m.end() for mm in getattr(self.month, "rx", self.month).finditer(low, max(0, m.start() - 40), m.end())):
                        continue  # "in June last year": the month of last year, read below
                    add(m, date(pub.year - 1, 1, 1), date(pub.year - 1, 12, 31), "span", start=at)
                elif a == "weekend":
                    # "au cours du week-end", "over the weekend": the last Saturday and Sunday up to publication
                    saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
                    add(m, saturday, min(saturday + timedelta(days=1), pub), "span")
                elif a == "monthstart":
                    add(m, pub.replace(day=1), pub, "span")
                elif a == "lastweek":
                    monday = pub - timedelta(days=pub.weekday() + 7)
                    add(m, monday, monday + timedelta(days=6), "span")
                elif a == "sincelastweek":
                    # "depuis la semaine dernière", "since last week": from last week's Monday, running (acc-r78)
                    add(m, pub - timedelta(days=pub.weekday() + 7), pub, "since")
                elif a == "lastmonth":
                    end = pub.replace(day=1) - timedelta(days=1)
                    add(m, end.replace(day=1), end, "span", start=at)
                elif a == "lastweekend":
                    # "le week-end dernier", "last weekend": the last Saturday and Sunday before publication
                    sunday = pub - timedelta(days=(pub.weekday() + 1) % 7 or 7)
                    add(m, sunday - timedelta(days=1), sunday, "span")
                else:
                    add(m, pub + timedelta(days=a), pub + timedelta(days=b), "point")
        if self.month_head is not None and month:
            for m in self.month_head.finditer(low):
                # "les deux premières semaines de mars": from the 1st, that long (the last such month up to pub)
                mo = self.months[m.group("m")]
                if m.group("y"):
                    first = date(int(m.group("y")), mo, 1)
                else:
                    first = self._months(mo, None, pub)[0]
                days = duration_days(self._count(m.group("n")), self.units[m.group("u")])
                if first <= pub and days >= 1:
                    add(m, first, min(pub, first + timedelta(days=round(days) - 1)), "span")
        if self.month_range is not None and month:
            for m in self.month_range.finditer(low):
                # "de février à mars 2000", "d'octobre 1997 à janvier 1998": a run of months
                m1, m2 = self.months[m.group("m")], self.months[m.group("m2")]
                y1, y2 = m.group("y1"), m.group("y")
                if y2:
                    y2 = int(y2)
                    y1 = int(y1) if y1 else (y2 if m1 <= m2 else y2 - 1)
                    if (y1, m1) > (y2, m2):
                        continue
                    ps = date(y1, m1, 1)
                    pe = date(y2 + (m2 == 12), m2 % 12 + 1, 1) - timedelta(days=1)
                elif y1:
                    continue  # "de mars 2020 à juin": not a run we read
                else:
                    ps, pe = self._months(m1, m2, pub)
                if ps > pub:
                    continue
                add(m, ps, min(pe, pub), "span")
        for m in (self.day_month.finditer(low) if month else ()):
            d = self._day_month(m.group(0), pub)
            if d:
                add(m, d, d, "point")
        for m in (self.numeric_date.finditer(low) if year and self.numeric_date is not None
                  and NUMERIC_DATE_GATE.search(low) else ()):
            try:
                d = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                continue  # "31.02.2023": no such day
            if d <= pub:
                add(m, d, d, "point")
        if self.month is not None and month:
            for m in self.month.finditer(low):
                # "en juin", "entre janvier et juin": the last such month(s) on or before publication
                if self.future.search(low[max(0, m.start() - 60):m.end() + 40]):
                    continue
                year_of = int(m.group("y")) if m.group("y") else (pub.year - 1 if m.groupdict().get("ly") else None)
                if m.groupdict().get("ty"):
                    # "in July of that year": the year the sentence named last before it
                    named = YEAR_WORD.findall(low, 0, m.start())
                    if not named:
                        continue
                    year_of = int(named[-1])
                ps, pe = self._months(self.months[m.group("m")], self.months[m.group("m2")] if m.group("m2") else None, pub,
                                      year_of)
                if ps > pub:
                    continue
                add(m, ps, pe, "span")
        for m in (self.month_year.finditer(low) if month and year else ()):
            month, year = self.months[m.group("m")], int(m.group("y"))
            nxt = date(year + (month == 12), month % 12 + 1, 1)
            add(m, date(year, month, 1), min(pub, nxt - timedelta(days=1)), "span")
        for m in (self.weekday.finditer(low) if weekday else ()):
            after = WEEKDAY_DATE_GAP.match(low, m.end()).end()
            if after < len(low) and taken[after] and not m.group("d2"):
                continue  # "mardi 29 octobre", "Tuesday, Oct. 29": the date names the day, read above
            d1 = self._weekday(m.group("d1"), pub)
            d2 = self._weekday(m.group("d2"), pub) if m.group("d2") else d1
            if d2 < d1:
                d1 -= timedelta(days=7)
            if m.groupdict().get("last") and d2 == pub:  # "lundi dernier" written on a Monday: a week ago
                d1, d2 = d1 - timedelta(days=7), d2 - timedelta(days=7)
            add(m, d1, d2, "point")
        for m in (self.year.finditer(low) if year else ()):
            y = int(m.group("y"))
            if y <= pub.year:
                add(m, date(y, 1, 1), min(pub, date(y, 12, 31)), "span")
        for m in (self.years_back.finditer(low) if self.years_back is not None and self.back else ()):
            if m.group("o"):
                # "marked on Friday the 10th anniversary of a quake that killed ...": the event that
                # many years before the day of the anniversary (the sentence's last day before it,
                # else publication)
                o = m.group("o")
                n = self.ordinals.get(o) or int(re.match(r"\d+", o).group(0))
                days = [t for t in spans if t.kind == "point" and t.end <= m.start() and t.period_start == t.period_end]
                anchor = max(days, key=lambda t: t.end).period_start if days else pub
                back = _years_before(anchor, n)
                if back is None:
                    continue
                if self.anniversary_running is not None and self.anniversary_running.match(low, m.end()):
                    add(m, back, pub, "since")  # "the 10th anniversary of the uprising, which has killed ..."
                else:
                    add(m, back, back, "point")
            else:
                w = m.group("n") or m.groupdict().get("n2") or m.groupdict().get("n3") or ""
                n = 20 if "decades" in w else (10 if "decade" in w else int(self._count(w)))
                y = pub.year - n
                if m.group("n") and self.years_back_same_day is not None \
                        and (sd := self.years_back_same_day.match(low, m.end())) is not None \
                        and (back := _years_before(pub, n)) is not None:
                    # "Forty years ago today, the quake killed ...": the anniversary's own day, that
                    # many years back (not the publication day its "today" names alone)
                    for t in [t for t in spans if m.end() <= t.start and t.end <= sd.end()]:
                        spans.remove(t)
                        for i in range(t.start, t.end):
                            taken[i] = 0
                    add(sd, back, back, "point", start=m.start())
                    continue
                add(m, date(y, 1, 1), date(y, 12, 31), "span")
        # "dans la nuit de mardi à mercredi la semaine dernière": the week qualifies the day, which
        # is then in the week before publication's, and is the window
        if self.last_week is not None:
            weeks = [s for s in spans if s.kind == "span" and self.last_week.fullmatch(low, s.start, s.end)]
            for w in weeks:
                day = next((s for s in spans if s.kind == "point" and s.end <= w.start
                            and re.fullmatch(r"[\s,]*", low[s.end:w.start])), None)
                if day is None:
                    continue
                spans.remove(w)
                monday = pub - timedelta(days=pub.weekday())
                if day.period_end and day.period_end >= monday:
                    spans[spans.index(day)] = TimeSpan(day.start, day.end, day.period_start - timedelta(days=7),
                                                       day.period_end - timedelta(days=7), day.kind, day.text)
        if self.previous_anchor is not None and self.previous_anchor.search(low):
            # "On July 14, the Observatory had counted 89 killed over the previous two days", "said on
            # Monday that 50 had died in the previous 24 hours": the span ends on the one day the
            # sentence names (its speech day too), not on publication
            days_named = [s for s in spans if s.kind == "point" and s.period_end is not None
                          and s.period_start == s.period_end and s.period_end < pub]
            if len(days_named) == 1:
                d = days_named[0].period_end
                spans = [TimeSpan(s.start, s.end, d - (pub - s.period_start), d, s.kind, s.text)
                         if s.kind == "span" and s.period_end == pub and s.period_start is not None
                         and self.previous_anchor.search(s.text) else s for s in spans]
        if brief and pub is not None and any(s.start not in brief and s.period_end is not None and s.period_end < pub - timedelta(days=1)
                         for s in spans):
            # "dans la nuit du 27 au 28 septembre 1994, le ferry ... sombrait en moins d'une heure": an event
            # lasting under a day, in a sentence that names the past day it happened, is no window up to
            # publication (acc-r235, dev833)
            spans = [s for s in spans if s.start not in brief]
        if len(spans) > 1 and any(s.kind == "point" for s in spans) and any(_whole_year(s) for s in spans):
            # "the Ash Wednesday fires of 1983", "the Black Friday blaze of 1939": a weekday right before
            # "<event> of <year>" names that event, it is no day of the week before publication (time-r159)
            years = {s.start for s in spans if _whole_year(s)}
            spans = [s for s in spans if not (s.kind == "point" and (s.end + 1) in years and low[s.end:s.end + 1] == " "
                                              and s.text.lower() in self.weekdays)]
        if len(spans) > 1 and any(s.kind == "since" and s.period_start is None for s in spans):
            spans = _since_dated_after(spans, sentence, low)
        # drop speech times ("a indiqué dimanche", "said Friday") and future clauses
        keep = []
        opens = comparison_opens(low, self.compared_open, self.compared_word) \
            if spans and self.compared_open is not None and self.compared_word in low else None
        for s in spans:
            if s.kind == "span" and self.superlative_scope is not None \
                    and (sup := self.superlative_scope.search(low, max(0, s.start - 80), s.start)) \
                    and not (_whole_year(s) and FIGURE_BETWEEN.search(low, sup.start(), s.start)) \
                    and not ((_whole_year(s) or _whole_month(s)) and DATED_BY.match(low, s.end)) \
                    and not EVENT_OF_YEAR.fullmatch(s.text.lower()) \
                    and not YEAR_OF_EVENT.search(low, max(0, s.start - 4), s.end) \
                    and not COMPARED_EVENT.match(low, s.start) and s.start not in compared_at:
                # "le typhon le plus puissant à avoir frappé le pays cette année": a comparison (not
                # "the worst accident was a 1992 explosion": the year of the event it names; nor "the
                # deadliest disaster ... was in 1990, when a stampede killed 1,426": the year dates the
                # clause "when" opens, series-r171)
                continue
            if opens and after_comparison(low, s.start, opens):
                continue  # "plus grave que le tsunami de 2004": the time of what is compared
            before = low[(s.start - 40 if s.start > 40 else 0):s.start]  # "ont annoncé les autorités dimanche 12 novembre"
            if self.speech.search(before):
                continue
            if self.speech_after is not None and s.kind == "point" and self.speech_after.match(low, s.end):
                continue
            clause = low[(s.start - 60 if s.start > 60 else 0):s.end + 40]
            if self.future.search(clause) and s.kind == "point":
                continue
            if self.forecast_before is not None and self.forecast_before.search(low, (s.start - 40 if s.start > 40 else 0), s.start):
                continue
            if s.period_start and s.period_start > pub:
                continue
            keep.append(s)
        if len(keep) > 1 and any(s.kind == "span" and s.period_end == pub and BARE_DURATION.fullmatch(s.text) for s in keep) \
                and any(s.period_end is not None and (pub - s.period_end).days > 31 for s in keep):
            # "In July 2010, a heatwave killed more than 500 people, and morgues received 300 bodies in
            # four days": a bare duration in a sentence dated in the past lies inside that past, not
            # before publication (acc-r124)
            keep = [s for s in keep if not (s.kind == "span" and s.period_end == pub and BARE_DURATION.fullmatch(s.text))]
        if self.published is not None and sum(s.kind == "point" for s in keep) > 1:
            # "le séisme de mardi ..., selon un bilan publié dimanche": the event's day wins
            keep = [s for s in keep if s.kind != "point" or not self.published.search(low, (s.start - 50 if s.start > 50 else 0), s.start)] or keep
        return sorted(keep, key=lambda s: s.start)

    def _month_edge(self, m: re.Match, pub: date) -> date:
        """The first day of the month of "début mars", "mi-juin", "fin avril" (as the `month`
        pattern reads them), in the last such month up to publication."""
        month = self.months[m.group("m")]
        d = date(pub.year, month, 1)
        return d if d <= pub else d.replace(year=d.year - 1)

    @staticmethod
    def _months(m1: int, m2: Optional[int], pub: date, year: Optional[int] = None) -> tuple[date, date]:
        """A month or a run of months, in `year` or else the most recent such run up to `pub`."""
        last = m2 or m1
        y2 = year or (pub.year if date(pub.year, last, 1) <= pub else pub.year - 1)
        y1 = y2 if m1 <= last else y2 - 1
        nxt = date(y2 + (last == 12), last % 12 + 1, 1)
        return date(y1, m1, 1), min(pub, nxt - timedelta(days=1))

    def _year_part(self, part: str, pub: date, year: Optional[int] = None, last_year: bool = False,
                   last_over: bool = False) -> Optional[tuple[date, date]]:
        """The months a share of a year or a season names ("the first half of 2023", "this summer"),
        up to publication; None if they have not begun by then. `year` is the year they end in (a
        winter's is its February's); without one, the last such months begun by publication, or
        ended before it (`last_over`: "last summer", "l'été dernier"), or of the year before
        (`last_year`: "au premier semestre de l'an dernier")."""
        first, last = self.year_part_months[part]
        wraps = first > last  # winter: December to February

        def span(y: int) -> tuple[date, date]:
            return date(y - wraps, first, 1), date(y + (last == 12), last % 12 + 1, 1) - timedelta(days=1)

        if year is not None:
            y = year
        elif last_year:
            y = pub.year - 1
        else:
            y = next(y for y in (pub.year + 1, pub.year, pub.year - 1, pub.year - 2)
                     if (span(y)[1] < pub if last_over else span(y)[0] <= pub))
        start, end = span(y)
        return (start, min(pub, end)) if start <= pub else None

    def _since_start(self, what: str, pub: date):
        """Start of a "depuis X" window; None when X is an undated beginning; False if not a time."""
        what = what.strip()
        if self.month_noun is not None and (mn := self.month_noun.match(what)):
            what = what[mn.end():]  # "depuis le mois de juillet" = "depuis juillet"
        if self.last_year_start and self.last_year_start.search(what):
            return date(pub.year - 1, 1, 1)  # "since the start of last year"
        if self.year_start and self.year_start.search(what):
            return date(pub.year, 1, 1)
        if self.month_start and self.month_start.search(what):
            return date(pub.year, pub.month, 1)
        if self.week_start and self.week_start.search(what):
            return pub - timedelta(days=pub.weekday())
        if self.weekend_start and self.weekend_start.fullmatch(what):  # "depuis le week-end": the last Saturday
            return pub - timedelta(days=(pub.weekday() - 5) % 7)
        if m := self.month_edge.fullmatch(what):  # "depuis début mars", "since mid-June"
            return self._month_edge(m, pub)
        if self.war_start.search(what):
            # "since the start of 2022": the year dates the beginning (read below)
            m = self.day_month.search(what) or self.month_year.search(what) or self.year.search(what) \
                or re.search(r"\b(?:19|20)\d\d\b", what)
            if not m:
                # "depuis le début de la mousson, début juin": the month that dates the beginning
                edge = self.month_edge.search(what)
                if edge and edge.start() > 0:
                    return self._month_edge(edge, pub)
                if (mi := self.month_in.search(what)) and "," in what[:mi.start()]:
                    # "depuis le début de la saison des pluies, en juin": the month in apposition
                    d = date(pub.year, self.months[mi.group(1)], 1)
                    return d if d <= pub else d.replace(year=d.year - 1)
                if self.season_word is not None and (se := self.season_word.search(what)):
                    # "depuis le début de l'été", "since the start of summer": the season's first day
                    return span[0] if (span := self._year_part(se.group(1), pub)) else None
                if self.ago_in_start is not None and (ag := self.ago_in_start.search(what)):
                    # "depuis le début de l'opération lancée il y a deux mois"
                    return pub - timedelta(days=max(1, round(duration_days(self._count(ag.group("n")), self.units[ag.group("u")]))))
                return None
        if m := self.day_month.search(what):
            return self._day_month(m.group(0), pub)
        if m := self.month_year.search(what):
            return date(int(m.group("y")), self.months[m.group("m")], 1)
        if m := re.search(r"\b((?:19|20)\d\d)\b", what):
            return date(int(m.group(1)), 1, 1)
        if m := self.month_alone.fullmatch(what) or self.month_in.search(what):  # "depuis juillet", "depuis son apparition en mars"
            d = date(pub.year, self.months[m.group(1)], 1)
            return d if d <= pub else d.replace(year=d.year - 1)
        if m := self.weekday.search(what):
            d = self._weekday(m.group("d1"), pub)
            return d if d < pub else d - timedelta(days=7)
        if self.weekend_start and self.weekend_start.search(what):
            # "since flash floods ravaged swathes of South Asia over the weekend": the last Saturday
            return pub - timedelta(days=(pub.weekday() - 5) % 7)
        if m := self.count_unit.search(what):
            if self.span_unknown and self.span_unknown.match(what):
                return None  # "depuis plus de trois ans": how long is not said, no start
            days = duration_days(self._count(m.group("n")), self.units[m.group("u")])
            return pub - timedelta(days=max(1, round(days)))
        if self.war_start.search(what):
            return None
        return False


LAST_N_COUNTS = ("n", "n2", "n3", "n4", "n5", "n6", "n7", "n8")  # the count groups of `last_n`'s alternatives
LAST_N_UNITS = ("u", "u2", "u3", "u4", "u5", "u6", "u7", "u8")


# "Depuis le début de la guerre à Gaza le 7 octobre": a place phrase between an undated beginning and
# the day that dates it (acc-r87; with a comma, "depuis le début de la guerre, le 7 octobre", the since
# pattern reads the day itself)
SINCE_PLACE_GAP = re.compile(r"\s+(?:à|a|au|aux|en|dans|in)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}?\s+(?:(?:le|on)\s+)?$")


def _whole_year(s: TimeSpan) -> bool:
    """Is `s` a calendar year ("in 1935", "the blaze of 1939")?"""
    return s.period_start is not None and s.period_end is not None and s.period_start.year == s.period_end.year \
        and (s.period_start.month, s.period_start.day, s.period_end.month, s.period_end.day) == (1, 1, 12, 31)


def _whole_month(s: TimeSpan) -> bool:
    """Is `s` a calendar month ("in April 1979")?"""
    return s.period_start is not None and s.period_end is not None and s.period_start.day == 1 \
        and (s.period_start.year, s.period_start.month) == (s.period_end.year, s.period_end.month) \
        and (s.period_end + timedelta(days=1)).day == 1


def _since_dated_after(spans: list[TimeSpan], sentence: str, low: str) -> list[TimeSpan]:
    """An undated "depuis le début de la guerre" followed, past a short place phrase, by a day
    ("à Gaza le 7 octobre") runs from that day: one since span for both."""
    out: list[TimeSpan] = []
    skip = None
    for i, s in enumerate(spans):
        if i == skip:
            continue
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        if s.kind == "since" and s.period_start is None and nxt is not None and nxt.kind == "point" \
                and nxt.period_start is not None and nxt.period_start == nxt.period_end \
                and nxt.start - s.end <= 40 and SINCE_PLACE_GAP.fullmatch(low, s.end, nxt.start) is not None:
            out.append(TimeSpan(s.start, nxt.end, nxt.period_start, s.period_end, "since", sentence[s.start:nxt.end]))
            skip = i + 1
            continue
        out.append(s)
    return out


@lru_cache(maxsize=4096)
def _parse_day(text: str, lang: str, pub_iso: str) -> Optional[date]:
    """A day-month expression through dateparser, anchored on the publication date."""
    import dateparser

    pub = date.fromisoformat(pub_iso)
    from datetime import datetime

    cleaned = DAY_DET.sub("", text.strip())
    cleaned = FIRST_DAY.sub("1", cleaned)
    parsed = dateparser.parse(
        cleaned,
        languages=[lang],
        settings={"RELATIVE_BASE": datetime(pub.year, pub.month, pub.day), "PREFER_DATES_FROM": "current_period",
                  "REQUIRE_PARTS": ["day", "month"]},
    )
    if parsed is None:
        return None
    d = parsed.date()
    if d > pub and not re.search(r"\d{4}", cleaned):
        return _year_before(d)
    return d


def _years_before(d: date, years: int) -> Optional[date]:
    try:
        return d.replace(year=d.year - years)
    except ValueError:  # 29 February
        return d.replace(year=d.year - years, day=28)


NAMED_DATE = re.compile(r"\b(?:" + cues("named_date_noun") + r") (?:" + cues("named_date_of") + r") "
                        r"(?P<d>(?:" + cues("first_day") + r"|\d{1,2}) (?P<m>[A-Za-zÀ-ÿ]+))(?! (?:19|20)\d\d)")
NAMED_DATE_WORDS = tuple(f" {w} " for w in cue_alternatives("named_date_of"))  # one of them is in every NAMED_DATE match


def _year_before(d: date) -> Optional[date]:
    """The same day a year earlier: a day-month with no year, after publication, is last year's.
    None for 29 February, which last year did not have."""
    try:
        return d.replace(year=d.year - 1)
    except ValueError:
        return None


@lru_cache(maxsize=None)
def time_reader(lang: str) -> TimeReader:
    return built("time", lang, lambda: TimeReader(lang))  # compiled once per machine
