"""The engine's small set of rule kinds. A rule file picks one by name and sets its parameters.

Each kind module declares `DEFAULTS` (parameter values), `PARAMS` (a JSON Schema fragment per
parameter, used to validate rule files and to document them) and `find(claims, params)`.
"""
from __future__ import annotations

from types import ModuleType

from checker.rules.kinds import (
    intervals_disagree,
    number_format,
    part_exceeds_whole,
    quote_mismatch,
    running_total_drop,
    running_total_leap,
    stale_figure,
    stock_jump,
    subwindow_exceeds_window,
)

KINDS: dict[str, ModuleType] = {
    "intervals_disagree": intervals_disagree,
    "running_total_drop": running_total_drop,
    "running_total_leap": running_total_leap,
    "part_exceeds_whole": part_exceeds_whole,
    "subwindow_exceeds_window": subwindow_exceeds_window,
    "quote_mismatch": quote_mismatch,
    "stock_jump": stock_jump,
    "stale_figure": stale_figure,
    "number_format": number_format,
}
