"""Publication dates: ISO dates and datetimes in, `datetime.date` out, anything else refused.

Windows such as "depuis mardi" are resolved against this date, so a wrong one silently moves
every figure's period; an impossible or unparsable value is therefore reported, never guessed.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any, Optional

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


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
    except ValueError as exc:
        raise BadDate(f"publication date {text!r} is not a real date ({exc})") from None
    raise BadDate(f"publication date {text!r} is not an ISO date (YYYY-MM-DD)")
