"""Units with pint: head counts are `person`, durations convert between hours, days and years.

"Au cours des dernières 24 heures" and "in the past 48 hours" become windows of whole days;
pint does the unit arithmetic. The registry is built from `units.txt`, the few units the
extractor needs written in pint's own definition syntax with pint's default values (a test keeps
them equal), because pint's full default registry costs a one-draft check 0.15-0.4 s.

Durations are linear, so what pint says a unit lasts in days is all the extractor needs: pint
works it out once and the factors are kept in the cache folder (keyed by `units.txt` and the
installed pint), so that a later one-draft check does not pay 0.1 s to import pint for one "24 heures".
Calendar arithmetic (weekdays, "since 2011") stays with `datetime`: pint's month and year are
averages, fine for a duration, wrong for a date.
"""
from __future__ import annotations

import json
from functools import lru_cache
import importlib.util
import os
from pathlib import Path

from checker.cache import cache_dir, digest

UNITS = Path(__file__).with_name("units.txt")
DURATIONS = ("second", "minute", "hour", "day", "week", "month", "year", "decade")


@lru_cache(maxsize=1)
def registry():
    import pint

    return pint.UnitRegistry(str(UNITS))


@lru_cache(maxsize=1)
def days_per_unit() -> dict[str, float]:
    """How many days each duration unit lasts, as pint computes it (cached across processes)."""
    cached = cache_dir() / f"durations-{digest(UNITS.read_bytes(), _pint_stamp())}.json"
    try:
        factors = json.loads(cached.read_text(encoding="utf-8"))
        if set(factors) == set(DURATIONS):
            return factors
    except (OSError, ValueError):
        pass
    ureg = registry()
    factors = {unit: float(ureg.Quantity(1, unit).to("day").magnitude) for unit in DURATIONS}
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_text(json.dumps(factors), encoding="utf-8")
    except OSError:
        pass
    return factors


def _pint_stamp() -> str:
    """Which pint is installed, told by its package file (importlib.metadata would cost 30 ms of
    imports; an upgrade rewrites the file, so the stamp changes with the version)."""
    spec = importlib.util.find_spec("pint")
    if spec is None or not spec.origin:
        return "no pint"
    st = os.stat(spec.origin)
    return f"{spec.origin}|{st.st_size}|{st.st_mtime_ns}"


def duration_days(amount: float, unit: str) -> float:
    """How many days `amount` `unit` (hour, day, week, month, year) last."""
    return amount * days_per_unit()[unit]


def people(count: int):
    """A head count as a pint quantity in `person` (what the rules compare)."""
    return registry().Quantity(count, "person")
