"""normalise_frame's shortcuts give exactly what its plain conversions give.

A one-draft check normalises small tables that are mostly normalised already (the drafts) or
straight from SQLite (numpy integers and floats, text columns), so `normalise_frame` skips the
steps that change nothing there. Each shortcut is compared here with the plain conversion it
stands for, on columns of every kind a records table brings: spreadsheets, SQLite rows, and
tables normalised before.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from checker.records_table import _as_bool, _as_bools, _as_int64, _as_iso_date, _map_distinct, normalise_frame

COLUMNS = {
    "int64": pd.Series([0, 1, 2, -3, 250000, 7], dtype="int64"),
    "int32": pd.Series([0, 1, 2, 3, 4, 5], dtype="int32"),
    "uint16": pd.Series([0, 1, 2, 3, 4, 5], dtype="uint16"),
    "float64": pd.Series([0.0, 1.0, np.nan, 0.5, 2.5, -1.0]),
    "float-inf": pd.Series([np.inf, 1.0, np.nan, 0.0, -np.inf, 3.0]),
    "float32": pd.Series([0.0, 1.0, 2.0, 3.5, 4.0, 5.0], dtype="float32"),
    "Int64": pd.array([None, 10, 0, 1, None, 3], dtype="Int64"),
    "bool": pd.Series([True, False, True, False, False, True]),
    "object-mixed": pd.Series(["10", "x", None, 5, 6.6, True], dtype=object),
    "object-flags": pd.Series(["oui", "no", None, "TRUE", 1, 0.0], dtype=object),
    "str": pd.array(["1", None, "0", "yes", "2016-11-20", "x"], dtype="str"),
    "dates-object": pd.Series([pd.Timestamp("2016-11-20"), None, pd.NaT, "2016-11-20T10:00", np.nan, " 2016-11-21"], dtype=object),
    "all-missing": pd.Series([None] * 6, dtype=object),
}


def outcome(convert, col):
    """The converted column, or the error it raises: a shortcut must fail where the plain form does."""
    try:
        return convert(col.copy())
    except Exception as exc:  # noqa: BLE001 - the kind of failure is what is compared
        return type(exc)


def plain_ints(col: pd.Series) -> pd.Series:
    return pd.to_numeric(col, errors="coerce").round().astype("Int64")


def plain_bools(col: pd.Series) -> pd.Series:
    return col.map(_as_bool).astype(bool)


def same(a, b) -> None:
    if isinstance(a, type) or isinstance(b, type):
        assert a == b
    else:
        pd.testing.assert_series_equal(a, b, check_names=False)


@pytest.mark.parametrize("kind", sorted(COLUMNS))
def test_shortcuts_match_the_plain_conversions(kind):
    col = pd.Series(COLUMNS[kind], name=kind)
    same(outcome(_as_int64, col), outcome(plain_ints, col))
    same(outcome(_as_bools, col), outcome(plain_bools, col))
    dates = _map_distinct(col, _as_iso_date, (str,)).astype(object).to_numpy(dtype=object)
    plain_dates = col.map(_as_iso_date).astype(object).to_numpy(dtype=object)
    assert [type(v) for v in dates] == [type(v) for v in plain_dates]  # None and NaN kept apart
    assert [v for v in dates if v == v] == [v for v in plain_dates if v == v]


def test_a_normalised_table_comes_back_unchanged():
    table = pd.DataFrame({"value": COLUMNS["float64"], "start": COLUMNS["uint16"], "cumulative": COLUMNS["int64"],
                          "quoted": COLUMNS["object-flags"], "published": COLUMNS["dates-object"],
                          "period_end": COLUMNS["str"]})
    first = normalise_frame(table)
    pd.testing.assert_frame_equal(normalise_frame(first.copy()), first)
