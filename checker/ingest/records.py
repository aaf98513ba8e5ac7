"""`check --records FILE`: figures someone already extracted, as CSV or JSONL rows of spec section 2.

A newsroom's tracker spreadsheet or another extractor's output goes through the same rules as
our own extraction. Optional columns may be missing. A bad row (no usable value, an unknown
measure, a date that is not a date) is reported with the file and line and left out; the rest
of the file is kept, because one typo in a 3,000-row tracker must not hide the other 2,999.
"""
from __future__ import annotations

import csv
import json
import re
from datetime import date
from pathlib import Path
from typing import Any, Iterator, Optional

import pandas as pd

from checker.problems import ProblemLog
from checker.schema import MEASURES, QUALIFIERS, RECORD_COLUMNS

REQUIRED = ("value", "measure")
_GROUPED = re.compile(r"^\d{1,3}([ .,'\u00a0\u202f]\d{3})+$")


def read_records_file(path: str | Path, log: ProblemLog) -> Optional[pd.DataFrame]:
    """The file's good rows as a canonical records table, or None if the file cannot be read."""
    path = Path(path)
    try:
        rows = list(_rows(path))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        log.error(str(path), f"cannot read records file ({exc})")
        return None
    except ValueError as exc:
        log.error(str(path), str(exc))
        return None
    kept = []
    for line, row in rows:
        if row is None:
            log.error(str(path), "not a JSON object", line)
            continue
        clean, problem = _clean(row, path, line)
        if problem:
            log.error(str(path), problem, line)
            continue
        kept.append(clean)
    given = {k for r in kept for k, v in r.items() if v not in (None, "")}
    if kept and not given & {"low", "high"}:
        # a tracker's "270000" is that figure: without bounds every rule would read it as an interval
        # open on both sides ("[unbounded]") that contradicts nothing
        for row in kept:
            if row.get("qualifier") in (None, "", "exact"):
                row["low"] = row["high"] = row["value"]
                row["qualifier"] = "exact"
        log.warning(str(path), "no low or high column: each value without a qualifier is read as exact "
                               "(low = high = value); give low and high for ranges and approximations")
    if kept and not given & {"attribution", "agency"} and len({r.get("source") for r in kept}) > 1:
        # a figure's origin is its credited source, else its wire, else its outlet: rows of several
        # outlets with neither are each their own origin, and a running total falling between them
        # is a warning at most (CC102 errors need one origin)
        log.warning(str(path), "no attribution or agency column: each outlet is its own origin, so a "
                               "running total that falls between outlets is not an error; add who each "
                               "figure comes from (attribution) to compare them as one source's")
    frame = pd.DataFrame(kept, columns=sorted({k for r in kept for k in r} | set(RECORD_COLUMNS)))
    return _normalised(frame)


def _normalised(frame: pd.DataFrame) -> pd.DataFrame:
    """Our dtypes and column order, via the pipeline's normaliser (the one every stage uses)."""
    try:
        from checker.records_table import normalise_frame
    except ImportError:  # the pipeline imports the extractor; records files must work without it
        frame = frame.copy()
        for col in ("start", "end", "value", "low", "high", "part_of", "line", "column"):
            frame[col] = pd.to_numeric(frame[col], errors="coerce").round().astype("Int64")
        extra = [c for c in frame.columns if c not in RECORD_COLUMNS]
        return frame[list(RECORD_COLUMNS) + extra].reset_index(drop=True)
    return normalise_frame(frame)


def _rows(path: Path) -> Iterator[tuple[int, Optional[dict[str, Any]]]]:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        if suffix == ".json" and text.lstrip().startswith("["):
            for i, obj in enumerate(json.loads(text), start=1):
                yield i, obj if isinstance(obj, dict) else None
            return
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield number, {"__error__": f"not valid JSON ({exc.msg})"}
                continue
            yield number, obj if isinstance(obj, dict) else None
    elif suffix in (".csv", ".tsv", ".txt"):
        with open(path, encoding="utf-8-sig", newline="") as fh:
            sample = fh.read(4096)
            fh.seek(0)
            delimiter = "\t" if suffix == ".tsv" else (";" if sample.count(";") > sample.count(",") else ",")
            reader = csv.DictReader(fh, delimiter=delimiter)
            missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
            if missing:
                raise ValueError(f"records file has no {', '.join(missing)} column (columns: {', '.join(reader.fieldnames or [])})")
            for row in reader:
                yield reader.line_num, {k: (v if v != "" else None) for k, v in row.items() if k is not None}
    else:
        raise ValueError(f"records file must be .csv, .tsv, .jsonl or .json, not '{path.suffix}'")


def _number(value: Any) -> Optional[float]:
    """270000, "270000", "270.000", "270 000", "270,000" → 270000; anything else → None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return None if value != value else float(value)
    text = str(value).strip()
    if _GROUPED.match(text):
        text = re.sub(r"\D", "", text)
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def _clean(row: dict[str, Any], path: Path, line: int) -> tuple[dict[str, Any], Optional[str]]:
    if "__error__" in row:
        return row, row["__error__"]
    out = dict(row)
    if "doc_id" not in out and "doc" in out:
        out["doc_id"] = out.pop("doc")
    if not out.get("doc_id"):
        out["doc_id"] = f"{path.stem}:{line}"  # each tracker row is its own report
    out["doc_id"] = str(out["doc_id"])
    value = _number(out.get("value"))
    if value is None:
        return out, f"value {out.get('value')!r} is not a number"
    out["value"] = value
    for bound in ("low", "high", "part_of", "start", "end"):
        if out.get(bound) not in (None, ""):
            number = _number(out[bound])
            if number is None:
                return out, f"{bound} {out[bound]!r} is not a number"
            out[bound] = number
    measure = (out.get("measure") or "").strip().lower() if isinstance(out.get("measure"), str) else out.get("measure")
    if measure not in MEASURES:
        return out, f"measure {out.get('measure')!r} is not one of {', '.join(sorted(MEASURES))}"
    out["measure"] = measure
    qualifier = out.get("qualifier")
    if qualifier not in (None, "") and qualifier not in QUALIFIERS:
        return out, f"qualifier {qualifier!r} is not one of {', '.join(QUALIFIERS)}"
    for field in ("published", "period_start", "period_end"):
        if out.get(field) not in (None, ""):
            try:
                date.fromisoformat(str(out[field])[:10])
            except ValueError:
                return out, f"{field} {out[field]!r} is not an ISO date (YYYY-MM-DD)"
    return out, None
