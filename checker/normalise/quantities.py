"""Units with pint: head counts are `person`, durations convert between hours, days and years.

"Au cours des dernières 24 heures" and "in the past 48 hours" become windows of whole days;
pint does the unit arithmetic. The registry is built from `units.txt`, the few units the
extractor needs written in pint's own definition syntax with pint's default values (a test keeps
them equal), because pint's full default registry costs a one-draft check 0.15-0.4 s.
Calendar arithmetic (weekdays, "since 2011") stays with `datetime`: pint's month and year are
averages, fine for a duration, wrong for a date.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

UNITS = Path(__file__).with_name("units.txt")


@lru_cache(maxsize=1)
def registry():
    import pint

    return pint.UnitRegistry(str(UNITS))


@lru_cache(maxsize=1024)
def duration_days(amount: float, unit: str) -> float:
    """How many days `amount` `unit` (hour, day, week, month, year) last."""
    ureg = registry()
    return float(ureg.Quantity(amount, unit).to("day").magnitude)


def people(count: int):
    """A head count as a pint quantity in `person` (what the rules compare)."""
    return registry().Quantity(count, "person")
