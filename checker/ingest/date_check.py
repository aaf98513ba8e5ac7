"""Does the text agree with the publication date it was given?

Every window ("depuis mardi", "last week", "in the past 24 hours") is resolved against the
publication date, so a wrong one moves every figure's period without a word: a manifest row typed
with last year's date, a CMS export giving the day a 2016 story was last touched as 2023. The
rules then compare figures across the wrong days (a toll "shrinks" because the older report is
dated later). The text itself often says when it was written, in two ways cheap to read and
rarely wrong:

- **a dated weekday without its year** ("mardi 29 novembre", "on Tuesday, Nov. 29"): wire copy
  writes them for the days around publication. When none of an article's dated weekdays falls on
  its weekday in the year the publication date implies, and all of them do in one nearby year, the
  year given is likely wrong. One weekday off alone, with others right, is the text's own slip
  and not this check's business;
- **an explicit date after the publication** ("le 12 décembre 2023", "in March 2024") that no
  future cue of the language announces ("d'ici", "prévu", "scheduled", "will", "by"):
  time.yaml's `future_cues`.

Each gives at most one warning per article, naming the words that disagree; the article is then
read with the date as given (the user decides), and a warning does not change the exit code.
The words (weekdays, months, future cues) are the language's time.yaml; its
`publication_date_examples` are run by tests/test_lang_data.py.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Iterator, Optional

from checker.compiled import built
from checker.lang import load_lang_file
from checker.literals import alternation

SLACK = timedelta(days=1)  # time zones and overnight copy: the day after publication is not "later"
FUTURE_LOOKBACK = 80  # characters before a date read for a future cue, within its sentence
YEAR_SHIFTS = (-1, 1, -2, 2, -3, 3, -4, 4)  # other years tried for the dated weekdays, nearest first
_SENTENCE_END = re.compile(r"[.!?]\s")


@dataclass(frozen=True)
class _Words:
    months: dict[str, int]
    weekdays: dict[str, int]
    after_weekday: re.Pattern  # ", 29 novembre" / " (Nov. 29)" right after a weekday, maybe a year after
    before_year: re.Pattern  # "12 décembre " / "December 12, " / "mars de " right before a year
    future: Optional[re.Pattern]


@lru_cache(maxsize=None)
def _words(lang: str) -> Optional[_Words]:
    # compiled once per machine, as the extractor's readers: parsing time.yaml in every process
    # cost a one-draft check 10-20 ms per language
    return built("date-check", lang, lambda: _build_words(lang))


def _build_words(lang: str) -> Optional[_Words]:
    data = load_lang_file(lang, "time")
    weekdays = {w.lower(): i for i, names in enumerate(data.get("weekdays") or []) for w in names}
    months = {m.lower(): i + 1 for i, names in enumerate(data.get("months") or []) for m in names}
    if not weekdays or not months:
        return None
    mo, day = alternation(months), r"([0-3]?\d)(?:er|st|nd|rd|th)?"
    future = data.get("future_cues") or []
    return _Words(
        months, weekdays,
        # "mardi 29 novembre", "Tuesday, the 29th of November", "Tuesday, Nov. 29", "on Tuesday (Nov 29)"
        re.compile(rf"\s*,?\s*\(?\s*(?:the\s+|le\s+)?(?:{day}\s+(?:of\s+)?({mo})\.?(?![\w-])|({mo})\.?\s+{day}(?![\d\w]))"
                   rf"(?:,?\s+((?:19|20)\d\d)(?!\d))?", re.IGNORECASE),
        # "29 novembre 2016", "Nov. 29, 2016", "mars 2011", "March of 2011", "décembre de 2023"
        re.compile(rf"(?:\b{day}\s+(?:of\s+)?)?\b({mo})\.?(?:,|\s+{day},?|\s+(?:de|of))?\s+\Z", re.IGNORECASE),
        re.compile(rf"\b(?:{'|'.join(future)})", re.IGNORECASE) if future else None)


YEARS_AHEAD = 10  # the later years looked for: a date that far after publication is a wrong year, or a plan
_LOOKBEHIND = 40  # characters before a year read for its day and month


@dataclass(frozen=True)
class _Mention:
    text: str
    start: int
    day: Optional[int]
    month: int
    year: Optional[int]
    weekday: Optional[int]


# four ASCII digits not followed by one: where a year of four digits can stand (each maximal run of
# four digits is found, whatever precedes it: a run is never entered by a match that ends inside it)
_FOUR_DIGITS = re.compile(r"[0-9][0-9]{3}(?![0-9])")  # (a class first: `re` skips to it; "[0-9]{4}" is tried at every position)


@lru_cache(maxsize=64)
def _years_rx(low_year: int, high_year: int) -> re.Pattern:
    """The years `low_year`..`high_year` (four digits each) with no ASCII digit after them: what
    `_FOUR_DIGITS` finds in that range. Their alternation shares its leading digits ("20"), a
    literal `re` skips ahead to, where `_FOUR_DIGITS`' class was tested at every character."""
    return re.compile("(?:" + "|".join(str(y) for y in range(low_year, high_year + 1)) + ")(?![0-9])")


def _occurrences(text: str, word: str) -> Iterator[int]:
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


def _mentions(text: str, words: _Words, published: date) -> Iterator[_Mention]:
    """The dates of the text either check can use: a weekday with its day and month, and a date
    whose year is the publication's or later. Both are found from their anchor with `str.find`
    (a weekday's letters after the first, a year's digits) and read in the few characters
    around: a regex trying weekdays and months at every word cost 0.9 ms per article, a fifth of
    the extraction, and one pass for every month name a tenth of it; this costs a few
    microseconds where the text has neither."""
    for name, weekday in words.weekdays.items():
        for i in _occurrences(text, name[1:]):
            start, end = i - 1, i + len(name) - 1
            if start < 0 or text[start].lower() != name[0] or (start and text[start - 1].isalnum()) \
                    or (end < len(text) and text[end].isalpha()):
                continue
            m = words.after_weekday.match(text, end)
            if m is None or m.group(5):  # no day and month; or a year, which the years below read
                continue
            d, month = (m.group(1), m.group(2)) if m.group(2) else (m.group(4), m.group(3))
            yield _Mention(text[start:m.end()], start, int(d), words.months[month.lower()], None, weekday)
    # the years from publication's to YEARS_AHEAD after it, each year's occurrences in order: from one
    # scan for four digits with no digit after them (a year with a digit before it is dropped below)
    # instead of a `str.find` pass per year
    low_year, high_year = published.year, published.year + YEARS_AHEAD
    if 1000 <= low_year and high_year <= 9999:
        hits = sorted((int(m.group()), m.start()) for m in _years_rx(low_year, high_year).finditer(text))
    else:  # (years of other widths: each year's own occurrences)
        hits = [(year, i) for year in range(low_year, high_year + 1) for i in _occurrences(text, str(year))]
    for year, i in hits:
        if (i and text[i - 1].isdigit()) or text[i + 4:i + 5].isdigit():
            continue
        window = text[max(0, i - _LOOKBEHIND):i]
        if (m := words.before_year.search(window)) is None:
            continue
        d = m.group(1) or m.group(3)
        first = i - len(window) + m.start()
        yield _Mention(text[first:i + 4], first, int(d) if d else None, words.months[m.group(2).lower()], year, None)


def _day(year: int, month: int, day: int) -> Optional[date]:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest(published: date, month: int, day: int) -> Optional[date]:
    """The day `day month` nearest the publication date: the year it implies."""
    days = [d for y in (published.year - 1, published.year, published.year + 1) if (d := _day(y, month, day))]
    return min(days, key=lambda d: abs(d - published), default=None)


def _announced(text: str, start: int, future: Optional[re.Pattern]) -> bool:
    """A future cue before the date in its sentence: "prévu le 5 mars 2024", "by March 2025"."""
    if future is None:
        return False
    before = text[max(0, start - FUTURE_LOOKBACK):start]
    ends = list(_SENTENCE_END.finditer(before))
    if ends:
        before = before[ends[-1].end():]
    return future.search(before) is not None


def _weekday_year(mentions: list[_Mention], published: date) -> Optional[str]:
    dated = [(m, d) for m in mentions if m.weekday is not None and m.day is not None and m.year is None
             and (d := _nearest(published, m.month, m.day)) is not None]
    if not dated or any(d.weekday() == m.weekday for m, d in dated):
        return None
    for shift in YEAR_SHIFTS:
        moved = [_day(d.year + shift, d.month, d.day) for _, d in dated]
        if all(x is not None and x.weekday() == m.weekday for (m, _), x in zip(dated, moved)):
            first, day = dated[0][0], moved[0]
            said = (f"the text's '{first.text}' is a {calendar.day_name[first.weekday]} in {day.year}, "  # type: ignore[union-attr]
                    f"not in {dated[0][1].year}")
            if len(dated) > 1:
                others = "so is its other dated weekday" if len(dated) == 2 else f"so are its {len(dated) - 1} other dated weekdays"
                return f"{said}, and {others}: is the publication date {published.isoformat()} right?"
            return f"{said}: is the publication date {published.isoformat()} right, or the text's date?"
    return None


def _later_date(text: str, mentions: list[_Mention], published: date, words: _Words) -> Optional[str]:
    for m in mentions:
        if m.year is None:
            continue
        if m.day is not None:
            when = _day(m.year, m.month, m.day)
            later = when is not None and when > published + SLACK
        else:
            later = (m.year, m.month) > (published.year, published.month)
        if later and not _announced(text, m.start, words.future):
            return (f"the text gives '{m.text}', after its publication date {published.isoformat()}, "
                    "and nothing announces it as to come: is the publication date right?")
    return None


def disagreements(text: str, lang: str, published: date) -> list[tuple[str, str]]:
    """What in `text` disagrees with `published`, as (sign, message): sign "weekday" or "later",
    at most one message each; [] when nothing does or the language has no weekday and month names."""
    words = _words(lang)
    if words is None:
        return []
    mentions = list(_mentions(text, words, published))
    if not mentions:
        return []
    found = [("weekday", _weekday_year(mentions, published)),
             ("later", _later_date(text, mentions, published, words))]
    return [(sign, message) for sign, message in found if message]
