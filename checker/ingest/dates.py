"""Publication dates: ISO dates and datetimes in (and RSS's RFC 2822 "Thu, 14 Mar 2024 10:00:00
GMT", which is as unambiguous), `datetime.date` out, anything else refused.

Windows such as "depuis mardi" are resolved against this date, so a wrong one silently moves
every figure's period; an impossible or unparsable value is therefore reported, never guessed
("14/03/2024" may be 3 December to an American tool).
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any, Optional

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
# RFC 2822, as RSS feeds give <pubDate>: "Thu, 14 Mar 2024 10:00:00 GMT", "14 Mar 2024 10:00 +0100"
_RFC2822 = re.compile(r"^(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d{2}:\d{2}")


class BadDate(ValueError):
    """The value is present but is not a real ISO date."""


def parse_published(value: Any) -> Optional[date]:
    """None for a missing value; a date for '2016-10-07' or '2016-10-07T10:00:00Z'; BadDate otherwise
    (including impossible dates such as 2016-02-30)."""
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
            return datetime.fromisoformat(text.replace("z", "Z")).date()
        if _RFC2822.match(text):
            return parsedate_to_datetime(text).date()  # the day where the outlet published
    except ValueError as exc:
        raise BadDate(f"publication date {text!r} is not a real date ({exc})") from None
    raise BadDate(f"publication date {text!r} is not an ISO date (YYYY-MM-DD) nor an RSS one ('Thu, 14 Mar 2024 10:00:00 GMT')")


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
