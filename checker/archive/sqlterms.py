"""SQL conditions on archived record columns that never drop a row the rules would keep.

The narrowed draft look-up (`checker.archive.scope`) filters archived rows in SQLite, before
they become Python objects, because materialising rows is what a look-up costs. The rules,
though, read the columns their own way (`checker.rules.claims`): dates go through
`normalise_frame` and numpy (a bad date is unknown, "2016-11-20T10:00" is the 20th), an empty
group is "people", flags are read from "oui" as from 1. A condition here may therefore only
exclude a row when its value is a plain ISO date or plain text whose reading is certain;
anything unusual is kept, and the rules decide about it as they always did.

Every function returns a `Term`: an SQL fragment with its parameters.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from checker.archive.migrations import quote

# What `normalise_frame` + `claims._day_number` read for sure: the first ten characters of a
# value that starts like an ISO date; other values (" 2016-11-20", "20/11/2016") are kept.
_ISO_GLOB = "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'"


@dataclass(frozen=True)
class Term:
    """One SQL condition and its bound parameters; hashable, so repeated terms are asked once."""

    sql: str
    params: tuple[Any, ...] = ()

    def __and__(self, other: "Term") -> "Term":
        return Term(f"({self.sql} AND {other.sql})", self.params + other.params)

    def __or__(self, other: "Term") -> "Term":
        return Term(f"({self.sql} OR {other.sql})", self.params + other.params)


EVERYTHING = Term("1")


def _iso_day(col: str) -> str:
    return f"substr({col}, 1, 10)"


def _plain_iso(col: str) -> str:
    """The value starts with a well-formed calendar date (so the rules read exactly that day).

    julianday() rolls "2016-02-30" over to March, which numpy refuses; `IS` keeps a NULL
    (month 13) from making the whole condition NULL.
    """
    return f"({col} GLOB {_ISO_GLOB} AND date(julianday({_iso_day(col)})) IS {_iso_day(col)})"


def day_is(column: str, day: str) -> Term:
    """The rules may read the column as `day` (an ISO date): it is that day, or not a plain date.

    "Starts with `day`" is written as a range of text (from `day` up to the next string that
    does not start with it), two comparisons instead of a substr() call for every record a
    look-up scans; a text starting with `day` is a plain date, so the rest is unchanged.
    """
    col = quote(column)
    return Term(f"(({col} >= ? AND {col} < ?) OR ({col} IS NOT NULL AND NOT {col} GLOB {_ISO_GLOB}))",
                (day, _past_prefix(day)))


def _past_prefix(text: str) -> str:
    """The first string, in SQLite's BINARY order, after every string that starts with `text`
    ("2016-11-20" -> "2016-11-21": "2016-11-20T10:00" < "2016-11-21"); `text` ends in an ASCII digit."""
    return text[:-1] + chr(ord(text[-1]) + 1)


def day_unknown(column: str) -> Term:
    """The rules may read no date from the column: it is missing or not a plain, valid ISO date."""
    col = quote(column)
    return Term(f"({col} IS NULL OR NOT {_plain_iso(col)})")


def day_within(column: str, first: str, after: str) -> Term:
    """The rules may read a day in [first, after): it is in that range, or not a plain date."""
    col = quote(column)
    return Term(f"({col} IS NOT NULL AND NOT ({col} GLOB {_ISO_GLOB} AND "
                f"({_iso_day(col)} < ? OR {_iso_day(col)} >= ?)))", (first, after))


def year_is(column: str, year: Optional[int]) -> Term:
    """The rules may read a date in `year` (None: no date) from the column."""
    if year is None:
        return day_unknown(column)
    col = quote(column)
    return Term(f"({col} IS NOT NULL AND NOT ({col} GLOB {_ISO_GLOB} AND substr({col}, 1, 4) != ?))", (f"{year:04d}",))


def text_is(column: str, value: str, missing_means: Optional[str] = None) -> Term:
    """The column holds `value`; a missing or empty one also matches when the rules read it as `value`.

    `missing_means` is what the rules make of an empty cell ("people" for the group).
    """
    col = quote(column)
    if value == "" or value == missing_means:
        extra = "" if value == "" else " OR " + col + " = ?"
        return Term(f"({col} IS NULL OR {col} = ''{extra})", () if value == "" else (value,))
    return Term(f"{col} = ?", (value,))


def flag_set(column: str) -> Term:
    """The rules may read the flag as true: anything but missing or zero (text such as 'oui' is kept)."""
    col = quote(column)
    return Term(f"({col} IS NOT NULL AND {col} != 0)")


def any_text(*columns: str) -> Term:
    """At least one of the columns holds some text."""
    return Term("(" + " OR ".join(f"coalesce({quote(c)}, '') != ''" for c in columns) + ")")
