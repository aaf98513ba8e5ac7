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
from typing import TYPE_CHECKING, Iterator, Optional

if TYPE_CHECKING:
    import ahocorasick

from checker.lang import load_lang_file
from checker.literals import alternation, literal_automaton

SLACK = timedelta(days=1)  # time zones and overnight copy: the day after publication is not "later"
FUTURE_LOOKBACK = 80  # characters before a date read for a future cue, within its sentence
YEAR_SHIFTS = (-1, 1, -2, 2, -3, 3, -4, 4)  # other years tried for the dated weekdays, nearest first
_SENTENCE_END = re.compile(r"[.!?]\s")


@dataclass(frozen=True)
class _Words:
    months: dict[str, int]
    weekdays: dict[str, int]
    month_finder: "ahocorasick.Automaton"
    day_before: re.Pattern  # "mardi 29 " / "Tuesday, the 29th of " ending where a month starts
    weekday_before: re.Pattern  # "Tuesday, " / "on Tuesday (" ending where a month starts
    future: Optional[re.Pattern]


@lru_cache(maxsize=None)
def _words(lang: str) -> Optional[_Words]:
    data = load_lang_file(lang, "time")
    weekdays = {w.lower(): i for i, names in enumerate(data.get("weekdays") or []) for w in names}
    months = {m.lower(): i + 1 for i, names in enumerate(data.get("months") or []) for m in names}
    if not weekdays or not months:
        return None
    wd = alternation(weekdays)
    future = data.get("future_cues") or []
    return _Words(
        months, weekdays, literal_automaton(v for m in months for v in (m, m.capitalize(), m.upper())),
        re.compile(rf"(?:\b({wd})\s*,?\s*\(?\s*(?:the\s+|le\s+)?)?\b([0-3]?\d)(?:er|st|nd|rd|th)?\s+(?:of\s+)?\Z",
                   re.IGNORECASE),
        re.compile(rf"\b({wd})\s*,?\s*\(?\s*\Z", re.IGNORECASE),
        re.compile(rf"\b(?:{'|'.join(future)})", re.IGNORECASE) if future else None)


# after "29 novembre", only a year ("29 novembre 2016"); after a month alone, its year ("mars 2011",
# "March of 2011"), else its day and maybe a year ("Nov. 29", "Nov 29, 2016")
_YEAR_AFTER = re.compile(r"\.?\s+(?:de\s+|of\s+)?((?:19|20)\d\d)\b")
_DAY_AFTER = re.compile(r"\.?\s+([0-3]?\d)(?:st|nd|rd|th)?(?![\d\w])(?:,?\s+((?:19|20)\d\d)\b)?")
_OPTIONAL_YEAR = re.compile(r"\.?(?:,?\s+((?:19|20)\d\d)\b)?")
_LOOKBEHIND = 45  # characters before a month read for its day and weekday


@dataclass(frozen=True)
class _Mention:
    text: str
    start: int
    day: Optional[int]
    month: int
    year: Optional[int]
    weekday: Optional[int]


def _mentions(text: str, words: _Words) -> Iterator[_Mention]:
    """Every date the text writes with a month name, found from the months (one Aho-Corasick pass
    for each month as written, capitalised or in capitals: a regex trying weekdays and months at
    every word cost 0.9 ms per article, a fifth of the extraction; lower-casing the text first, a
    quarter of what is left), each read in its few characters around."""
    for end, name in words.month_finder.iter(text):
        start, end = end - len(name) + 1, end + 1
        if (start and text[start - 1].isalnum()) or (end < len(text) and text[end].isalpha()):
            continue  # inside a word: "mai" in "maison", "mars" in "Demars"
        month = words.months[name.lower()]
        window = text[max(0, start - _LOOKBEHIND):start]
        if (before := words.day_before.search(window)) is not None:
            year = _OPTIONAL_YEAR.match(text, end)
            first = start - len(window) + before.start()
            yield _Mention(text[first:year.end()].strip(), first, int(before.group(2)), month,  # type: ignore[union-attr]
                           int(year.group(1)) if year.group(1) else None,  # type: ignore[union-attr]
                           words.weekdays[before.group(1).lower()] if before.group(1) else None)
        elif (m := _YEAR_AFTER.match(text, end)) is not None:
            yield _Mention(text[start:m.end()], start, None, month, int(m.group(1)), None)
        elif (m := _DAY_AFTER.match(text, end)) is not None:
            lead = words.weekday_before.search(window)
            first = start - len(window) + lead.start() if lead is not None else start
            yield _Mention(text[first:m.end()].strip(), first, int(m.group(1)), month,
                           int(m.group(2)) if m.group(2) else None,
                           words.weekdays[lead.group(1).lower()] if lead is not None else None)


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
    mentions = list(_mentions(text, words))
    if not mentions:
        return []
    found = [("weekday", _weekday_year(mentions, published)),
             ("later", _later_date(text, mentions, published, words))]
    return [(sign, message) for sign, message in found if message]
