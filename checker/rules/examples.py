"""A rule's examples as records: only the fields that matter are written, the rest default here.

Shared by the test suite (every example must fire or pass as it says) and by `explain`.
"""
from __future__ import annotations

from typing import Any

import pandas as pd

from checker.schema import RECORD_COLUMNS

# What an example record means when it says nothing else: an exact count of people killed in
# Syria, published the day the rule's author wrote the example, outside any quotation.
DEFAULT_RECORD: dict[str, Any] = {
    "doc_id": "a",
    "qualifier": "exact",
    "measure": "killed",
    "group": "people",
    "place": "syria",
    "published": "2016-10-13",
    "cumulative": False,
    "quoted": False,
}

_BOUNDS = {
    "exact": lambda v: (v, v),
    "approx": lambda v: (round(0.9 * v), round(1.1 * v)),
    "approx_below": lambda v: (round(0.9 * v), v),
    "at_least": lambda v: (v, None),
    "more_than": lambda v: (v + 1, None),
    "at_most": lambda v: (None, v),
    "up_to": lambda v: (None, v),
    "less_than": lambda v: (None, v - 1),
}


def example_rows(example: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for i, given in enumerate(example["records"]):
        row = {**DEFAULT_RECORD, "lang": example.get("lang", "fr"), **given}
        row.setdefault("text", str(row["value"]))
        row.setdefault("sentence", row["text"])
        row.setdefault("start", 0)
        row.setdefault("end", len(row["text"]))
        row.setdefault("source", f"outlet-{row['doc_id']}")
        if "low" not in given and "high" not in given:
            row["low"], row["high"] = _BOUNDS.get(row["qualifier"], _BOUNDS["exact"])(row["value"])
        rows.append(row)
    return rows


def example_frame(example: dict[str, Any]) -> pd.DataFrame:
    """The example as a records table with every canonical column (the engine coerces types)."""
    rows = example_rows(example)
    extra = [k for row in rows for k in row if k not in RECORD_COLUMNS]
    return pd.DataFrame(rows, columns=list(RECORD_COLUMNS) + sorted(set(extra)))
