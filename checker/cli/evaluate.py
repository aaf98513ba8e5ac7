"""`casualty-check eval`: score the extractor against gold rows (spec section 5).

Exit 0 after a normal report, 1 when `--min-f1` is given and not reached (so CI can gate on
it), 2 when the gold or negatives file is unreadable or an article was rejected.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from checker.cli import add_jobs_option
from checker.problems import ProblemLog, UsageError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "eval", help="precision, recall, F1 and per-field accuracy against gold rows",
        description="Extract the articles and score the records against hand-annotated gold rows: precision,\n"
                    "recall and F1 per language, then the accuracy of each field on the figures both found.",
        epilog="example:\n"
               "  casualty-check eval --gold fixtures/seeds/gold.jsonl fixtures/seeds/*.txt "
               "--manifest fixtures/seeds/manifest.csv --show-errors",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.add_argument("--gold", required=True, metavar="GOLD.jsonl", help="gold rows (doc, text, value, measure, ...)")
    p.add_argument("--manifest", help="CSV or JSONL manifest (default: manifest.csv beside the gold file, if any)")
    p.add_argument("--negatives", metavar="FILE",
                   help="phrases that must yield no record (default: negatives.jsonl beside the gold file, if any)")
    p.add_argument("--format", choices=["text", "json"], default="text", help="tables (default) or JSON for tools")
    p.add_argument("--show-errors", action="store_true", help="list missed, spurious and wrong-field figures")
    p.add_argument("--min-f1", type=float, metavar="X", help="exit 1 when overall F1 is below X")
    p.add_argument("-o", "--output", metavar="FILE", help="write the report here instead of stdout")
    add_jobs_option(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from checker.evaluate import default_negatives, evaluate_batch, render_text

    gold = Path(args.gold)
    if not gold.is_file():
        raise UsageError(f"{gold}: no such gold file")
    manifest = args.manifest
    if manifest is None and gold.with_name("manifest.csv").is_file():
        manifest = str(gold.with_name("manifest.csv"))
        print(f"casualty-check eval: using manifest {manifest}", file=sys.stderr)
    negatives = args.negatives or default_negatives(gold)
    log = ProblemLog()
    result = evaluate_batch(gold, args.paths, manifest=manifest, negatives_path=negatives, log=log, jobs=args.jobs)

    if args.format == "json":
        payload = result.to_dict()
        if not args.show_errors:
            payload.pop("errors")
        text = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    else:
        text = render_text(result, show_errors=args.show_errors)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)

    if log.rejected:
        return 2
    if args.min_f1 is not None and result.overall.f1 < args.min_f1:
        print(f"casualty-check eval: F1 {result.overall.f1:.3f} below --min-f1 {args.min_f1}", file=sys.stderr)
        return 1
    return 0
