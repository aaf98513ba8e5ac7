"""Units with pint: head counts are `person`, durations convert between hours, days and years.

"Au cours des dernières 24 heures" and "in the past 48 hours" become windows of whole days;
pint does the unit arithmetic so that no hand-written table of hours-per-day can drift.
Calendar arithmetic (weekdays, "since 2011") stays with `datetime`: pint's month and year are
averages, fine for a duration, wrong for a date.
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def registry():
    import pint

    ureg = pint.UnitRegistry()
    ureg.define("person = [head_count] = people = victim")
    return ureg


@lru_cache(maxsize=1024)
def duration_days(amount: float, unit: str) -> float:
    """How many days `amount` `unit` (hour, day, week, month, year) last."""
    ureg = registry()
    return float(ureg.Quantity(amount, unit).to("day").magnitude)


def people(count: int):
    """A head count as a pint quantity in `person` (what the rules compare)."""
    return registry().Quantity(count, "person")
