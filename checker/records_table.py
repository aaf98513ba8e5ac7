"""Records as a pandas table with the canonical columns and types, whatever they came from.

Apart from the extraction stream (checker/pipeline.py) because only the rules, the archive and
Parquet output need a table: `extract` to CSV or JSONL, and every `-j` worker, do not import
pandas and numpy (0.3 s per process).
"""
from __future__ import annotations

from typing import Iterable, Optional

import numpy as np
import pandas as pd

from checker.schema import RECORD_COLUMNS, Record

INT_COLUMNS = ("start", "end", "value", "low", "high", "part_of", "line", "column")
BOOL_COLUMNS = ("cumulative", "quoted", "hedged", "superseded", "toll")


def records_frame(records: Iterable[Record | dict]) -> pd.DataFrame:
    """Records as a DataFrame with the canonical columns, in order, with nullable types."""
    rows = [r.to_dict() if isinstance(r, Record) else dict(r) for r in records]
    frame = pd.DataFrame(rows, columns=list(RECORD_COLUMNS))
    return normalise_frame(frame)


def normalise_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Give any records table (ours, a tracker spreadsheet, another extractor's) our dtypes."""
    for col in RECORD_COLUMNS:
        if col not in frame.columns:
            frame[col] = None
    for col in INT_COLUMNS:
        _convert(frame, col, _as_int64)
    for col in BOOL_COLUMNS:
        _convert(frame, col, _as_bools)
    for col in ("period_start", "period_end", "published"):
        frame[col] = _map_distinct(frame[col], _as_iso_date, (str,)).astype(object)
    extra = [c for c in frame.columns if c not in RECORD_COLUMNS]
    order = list(RECORD_COLUMNS) + extra
    if list(frame.columns) == order and frame.index.equals(pd.RangeIndex(len(frame))):
        return frame  # already in order (a table normalised before): no copy
    return frame[order].reset_index(drop=True)


def _convert(frame: pd.DataFrame, col: str, convert) -> None:
    """Replace the column by its conversion, unless that is the column itself (already of its type)."""
    current = frame[col]
    converted = convert(current)
    if converted is not current:
        frame[col] = converted


def _as_int64(col: pd.Series) -> pd.Series:
    """`to_numeric(errors="coerce").round().astype("Int64")`, skipping the steps that change nothing.

    A table normalised before (the drafts, normalised again by every check) or read from
    SQLite (numpy integers or floats) needs at most the rounding: a one-draft check normalises
    a hundred rows, where each pandas step costs more than the work.
    """
    if isinstance(col.dtype, pd.Int64Dtype):
        return col
    if _plain_number(col):
        return col.round().astype("Int64")
    return pd.to_numeric(col, errors="coerce").round().astype("Int64")


def _as_bools(col: pd.Series) -> pd.Series:
    """`_as_bool` of each value, as a bool column; numbers and booleans without the per-value call."""
    if col.dtype == bool:
        return col
    if _plain_number(col):  # _as_bool of a number: non-zero, and NaN is False
        values = col.to_numpy()
        truth = values != 0
        if values.dtype.kind == "f":
            truth &= ~np.isnan(values)
        return pd.Series(truth, index=col.index, name=col.name)
    return _map_distinct(col, _as_bool, _BOOL_SAFE).astype(bool)


def _plain_number(col: pd.Series) -> bool:
    """A numpy integer or float column (not bool, not nullable, not object)."""
    return isinstance(col.dtype, np.dtype) and col.dtype.kind in "iuf"


# Types for which equal values (as factorize groups them: 1 == 1.0 == True) convert alike.
_BOOL_SAFE = (str, bool, int, float, np.bool_, np.integer, np.floating)


def _map_distinct(col: pd.Series, convert, safe_types: tuple) -> pd.Series:
    """`col.map(convert)`, computed once per distinct value (archives repeat dates a lot).

    Only when every distinct non-missing value is of `safe_types`, so that values grouped as
    equal convert alike; missing values (None, NaN, NA...) are converted one by one, as each
    kind of missing may convert differently. Otherwise the plain `map`.
    """
    if len(col) == 0 or col.dtype != object:
        return col.map(convert)
    codes, uniques = pd.factorize(col, use_na_sentinel=True)
    if not all(isinstance(u, safe_types) for u in uniques):
        return col.map(convert)
    out = np.empty(len(col), dtype=object)
    if len(uniques):
        table = np.empty(len(uniques), dtype=object)
        table[:] = [convert(u) for u in uniques]
        out[:] = table[codes]
    missing = np.flatnonzero(codes == -1)
    if len(missing):
        values = col.to_numpy(dtype=object)
        out[missing] = [convert(values[i]) for i in missing]
    return pd.Series(out, index=col.index, name=col.name)  # dtype inferred, as map does


def _as_bool(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"true", "1", "yes", "y", "oui", "vrai"}
    if value is None or (isinstance(value, float) and value != value):
        return False
    return bool(value)


def _as_iso_date(value: object) -> Optional[str]:
    if value is None or (isinstance(value, float) and value != value) or value is pd.NaT:
        return None
    text = str(value).strip()
    if not text or text.lower() in {"nan", "none", "null", "nat"}:
        return None
    return text[:10]
