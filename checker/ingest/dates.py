"""Publication dates: ISO dates and datetimes (and RSS's RFC 2822 "Thu, 14 Mar 2024 10:00:00
GMT", which is as unambiguous), dates written out with a month name in a supported language
("30 avril 2016", "Nov. 21, 2016", "lundi 21 novembre 2016"), and day/month/year in figures
when only one reading is a real date ("21/11/2016", "13.10.2016"); `datetime.date` out.

Windows such as "depuis mardi" are resolved against this date, so a wrong one silently moves
every figure's period; an impossible, unparsable or ambiguous value is therefore reported, never
guessed ("07/10/2016" is 7 October to a French newsroom and July 10 to an American one).
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any, Iterable, Optional

from checker.lang import load_lang_file, supported_languages

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
# "2016-11-20 14:05:00 UTC", as databases print timestamps: the zone's name, not an offset
_ZONE_NAME = re.compile(r"\s*(?:UTC|GMT|Z)$", re.IGNORECASE)
# year first, other separators ("2016/11/20", "2016.11.20"), and ISO 8601's basic form as GDELT and
# other feeds write it ("20161120", "20161120140500"): year, month, day in that order, always
_YEAR_FIRST = re.compile(r"^(\d{4})(?:[/.](\d{1,2})[/.](\d{1,2})|(\d{2})(\d{2})(?:\d{6})?)(?:[ T].*)?$")
# RFC 2822, as RSS feeds give <pubDate>: "Thu, 14 Mar 2024 10:00:00 GMT", "14 Mar 2024 10:00 +0100"
_RFC2822 = re.compile(r"^(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d{2}:\d{2}")


class BadDate(ValueError):
    """The value is present but is not a real ISO date."""


def parse_published(value: Any, day_first: Optional[bool] = None) -> Optional[date]:
    """None for a missing value; a date for '2016-10-07' or '2016-10-07T10:00:00Z'; BadDate otherwise
    (including impossible dates such as 2016-02-30). `day_first` reads a day/month/year in figures
    that is real both ways ("07/10/2016") in the order the rest of its file shows (`figure_order`);
    left None, such a date is ambiguous."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, float) and value != value:  # NaN from a spreadsheet cell
        return None
    text = str(value).strip()
    if not text or text.lower() in {"nan", "none", "null", "nat"}:
        return None
    try:
        if _ISO_DATE.match(text):
            return date.fromisoformat(text)
        if _ISO_DATETIME.match(text):
            return datetime.fromisoformat(_ZONE_NAME.sub("", text.replace("z", "Z"))).date()
        if (ymd := _YEAR_FIRST.match(text)) is not None:
            year, month, day = (int(g) for g in ymd.groups() if g is not None)
            return date(year, month, day)
        if _RFC2822.match(text):
            return parsedate_to_datetime(text).date()  # the day where the outlet published
    except ValueError as exc:
        raise BadDate(f"publication date {text!r} is not a real date ({exc})") from None
    numeric = _NUMERIC.match(text)
    if numeric:
        return _day_month_year(text, *map(int, numeric.groups()), day_first=day_first)
    written = _written(text)
    if written is not None:
        return written
    raise BadDate(f"publication date {text!r} is not an ISO date (YYYY-MM-DD), an RSS one ('Thu, 14 Mar 2024 "
                  "10:00:00 GMT') nor a date with its month written out ('30 avril 2016', 'Nov. 21, 2016')")


# "21/11/2016", "13.10.2016", "5-3-2016" (with a time after it or not): day and month in either order
_NUMERIC = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]|$)")


def _day_month_year(text: str, first: int, second: int, year: int, day_first: Optional[bool] = None) -> date:
    """The date when only one of day/month/year and month/day/year is real, or when the file's
    order says which; BadDate otherwise."""
    readings = []
    for day, month in ((first, second), (second, first)):
        try:
            readings.append(date(year, month, day))
        except ValueError:
            continue
    if not readings:
        raise BadDate(f"publication date {text!r} is not a real date (neither day/month nor month/day)")
    if len(set(readings)) > 1 and day_first is not None:
        return readings[0] if day_first else readings[1]
    if len(set(readings)) > 1:
        a, b = readings
        raise BadDate(f"publication date {text!r} is ambiguous: {a.day} {a:%B %Y} (day/month) or {b.day} {b:%B %Y} "
                      f"(month/day); write it as {a.isoformat()} or {b.isoformat()}")
    return readings[0]


def figure_order(values: Iterable[Any]) -> tuple[Optional[bool], Optional[str]]:
    """The order of day and month that a file's dates in figures show, and one date that shows it.

    A spreadsheet exported in Paris writes every date day first, one in New York month first: a
    manifest holding "30/04/2016" says how to read its "07/10/2016". (True, "30/04/2016") for day
    first, (False, ...) for month first, (None, None) when no date decides or the file's dates
    disagree (then each ambiguous one stays an error)."""
    shown: dict[bool, str] = {}
    for value in values:
        if (pair := _first_two(value)) is None:
            continue
        first, second = pair
        if first > 12 >= second >= 1:
            shown.setdefault(True, str(value).strip())
        elif second > 12 >= first >= 1:
            shown.setdefault(False, str(value).strip())
    if len(shown) != 1:
        return None, None
    order, example = next(iter(shown.items()))
    return order, example


def order_warning(day_first: bool, example: str, lines: list[int], count: int, unit: str = "line") -> str:
    """The one warning a file gets when its ambiguous dates are read in its own order: the first
    `lines` of the `count` such dates (lines, or articles of a JSON list), and the date that decided."""
    order = "day/month" if day_first else "month/day"
    where = ", ".join(map(str, lines[:5])) + (f" and {count - 5} more" if count > 5 else "")
    return (f"dates that read both ways ({unit}{'s' if count > 1 else ''} {where}) are read as {order}/year, "
            f"the order '{example}' shows; write YYYY-MM-DD to be sure")


def is_ambiguous(value: Any) -> bool:
    """Is this a day/month/year in figures that is a real date read either way ("07/10/2016")?"""
    pair = _first_two(value)
    return pair is not None and pair[0] != pair[1] and 1 <= pair[0] <= 12 and 1 <= pair[1] <= 12


def _first_two(value: Any) -> Optional[tuple[int, int]]:
    """The first two numbers of a day/month/year in figures ("07/10/2016" -> (7, 10)), else None."""
    m = _NUMERIC.match(str(value).strip()) if value is not None else None
    return (int(m.group(1)), int(m.group(2))) if m is not None else None


def _written(text: str) -> Optional[date]:
    """'30 avril 2016', 'le 1er mai 2016', 'Nov. 21, 2016', 'Monday, November 21, 2016', '21 November
    2016 14:05': None if the text is no such date, BadDate if it is one that does not exist."""
    words = _month_words()
    m = _WRITTEN.match(text.lower())
    if m is None:
        return None
    day, month_word, year = m.group("day", "month", "year")
    if day is None:
        month_word, day = m.group("month2", "day2")
    month = words.get(month_word.rstrip("."))
    if month is None:
        return None
    try:
        return date(int(year), month, int(day))
    except ValueError as exc:
        raise BadDate(f"publication date {text!r} is not a real date ({exc})") from None


# an optional weekday, then "21 novembre 2016" / "1er mai 2016" / "21st of November 2016", or
# "November 21, 2016" / "Nov. 21st 2016"; a time may follow
_WRITTEN = re.compile(
    r"^(?:[^\W\d]+\.?,?\s+)?(?:(?:le|the)\s+)?"
    r"(?:(?P<day>\d{1,2})(?:er|st|nd|rd|th)?\s+(?:of\s+)?(?P<month>[^\W\d]+\.?)"
    r"|(?P<month2>[^\W\d]+\.?)\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?,?)"
    r"\s+(?P<year>\d{4})(?:[\s,T].*)?$")


@lru_cache(maxsize=1)
def _month_words() -> dict[str, int]:
    """Month names and abbreviations of every supported language (its time.yaml), lower-cased."""
    words: dict[str, int] = {}
    for lang in supported_languages():
        for number, names in enumerate(load_lang_file(lang, "time").get("months") or [], start=1):
            for name in names:
                words.setdefault(str(name).lower(), number)
    return words


# Before this, a date in a news batch is a slip of the keys ("1016" for 2016) far more often
# than an archive of the nineteenth century.
EARLIEST_LIKELY_YEAR = 1900


def unlikely_date(published: date, today: Optional[date] = None) -> Optional[str]:
    """Why a real date is unlikely as a publication date, or None. A warning, not an error: a draft
    may be dated tomorrow, and every window of the article is resolved against the date as given."""
    today = today or date.today()
    if published > today + timedelta(days=1):
        return (f"publication date {published.isoformat()} is after today ({today.isoformat()}): windows are "
                "resolved against it as given; check it")
    if published.year < EARLIEST_LIKELY_YEAR:
        return (f"publication date {published.isoformat()} is before {EARLIEST_LIKELY_YEAR}: windows are resolved "
                "against it as given; check the year")
    return None
