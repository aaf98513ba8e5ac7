"""`casualty-check extract`: articles in, one canonical record per figure out (CSV, JSONL or Parquet).

CSV and JSONL rows are written as each article is extracted, so a large batch neither waits
until the end to show output nor holds every record in memory. Parquet is a columnar file
written once, so it needs -o and collects the records first.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from typing import Any, TextIO

from checker.cli import MANIFEST_HELP, add_jobs_option, add_metadata_options, batch_defaults, manifest_for
from checker.problems import ProblemLog, UsageError
from checker.schema import RECORD_COLUMNS

FORMATS = ("csv", "jsonl", "parquet")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "extract", help="extract casualty and population figures as canonical records",
        description="Read the articles and write one record per casualty or population figure: its value and\n"
                    "interval, what it counts, where, over which window, and who said it (docs/records.md).\n"
                    "No rule is run: `check` does that.",
        epilog="examples:\n"
               "  casualty-check extract articles/ -o records.csv        (a manifest.csv in articles/ is read)\n"
               "  casualty-check extract draft.txt --lang fr --published 2016-11-25 --format jsonl",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.add_argument("--manifest", help=MANIFEST_HELP)
    p.add_argument("--format", choices=FORMATS, default=None,
                   help="output format (default: from the -o file's extension, else csv)")
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout (required for parquet)")
    add_metadata_options(p)
    add_jobs_option(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.format is None:  # "-o records.jsonl" means JSONL
        suffix = os.path.splitext(args.output or "")[1].lower().lstrip(".")
        args.format = suffix if suffix in FORMATS else "csv"
    if args.format == "parquet" and not args.output:
        raise UsageError("--format parquet needs -o OUT (Parquet is a binary file, not a stream)")
    from checker.pipeline import extract_batch

    defaults = batch_defaults(args)
    log = ProblemLog()
    # a stream: each article's records as they come, memory flat however long the batch, so
    # repeated doc_ids are passed on as given (`check`, which keeps every record, tells them apart)
    batch = extract_batch(args.paths, manifest=manifest_for(args.manifest, args.paths), log=log, jobs=args.jobs,
                          unique_ids=args.format == "parquet", defaults=defaults)
    if args.format == "parquet":
        from checker.records_table import records_frame  # pandas: only Parquet needs a table

        frame = records_frame(record for _, records in batch for record in records)
        frame.to_parquet(args.output, index=False)
    else:
        out: TextIO = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
        try:
            _stream(batch, args.format, out)
        except BrokenPipeError:  # `extract ... | head`: the reader has all it wants
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 2 if log.rejected else 0
        finally:
            if args.output:
                out.close()
    return 2 if log.rejected else 0


def _stream(batch: Any, fmt: str, out: TextIO) -> None:
    """Rows written as each article is extracted, in the canonical column order.

    The extractor's records are already of the canonical types (whole numbers, booleans, ISO
    dates, None), so rows are written as they are: a pandas frame per article cost five times
    the extraction itself. CSV is written as pandas writes it (missing = empty, True/False)."""
    columns = list(RECORD_COLUMNS)
    writer = csv.writer(out, lineterminator="\n") if fmt == "csv" else None
    if writer is not None:
        writer.writerow(columns)  # the header even when nothing is found
    for _, records in batch:
        if not records:
            continue
        for record in records:
            row = record.to_dict()
            if writer is not None:
                writer.writerow(["" if row[c] is None else row[c] for c in columns])
            else:
                # json.dumps rather than DataFrame.to_json: the latter escapes "/" as "\\/".
                out.write(json.dumps({c: row[c] for c in columns}, ensure_ascii=False, default=_plain) + "\n")
        out.flush()


def _plain(value: Any) -> Any:
    """numpy scalars and dates as JSON values."""
    if hasattr(value, "item"):
        return value.item()
    return str(value)
