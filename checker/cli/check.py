"""`casualty-check check`: extract, run the rules, report, and exit 0/1/2.

This module only wires the stages together; each stage lives in its own package:
records come from `checker.pipeline` (or `--records`), findings from `checker.rules`,
archive look-ups from `checker.archive`, accepted findings from `checker.baseline`,
output from `checker.report`.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from checker.cli import MANIFEST_HELP, add_jobs_option, add_metadata_options, batch_defaults, manifest_for
from checker.problems import ProblemLog, UsageError
from checker.schema import SEVERITIES, severity_rank


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check", help="flag contradictions between figures (the main job)",
        description="Extract the figures of the articles, run the rules, and report the contradictions:\n"
                    "text on the terminal (or --format), and an HTML report for editors with --html.",
        epilog="examples:\n"
               "  casualty-check check articles/ --html report.html      (a manifest.csv in articles/ is read)\n"
               "  casualty-check check draft.txt --archive published.db --lang fr --published today\n"
               "  casualty-check check articles/ --format sarif -o out.sarif --fail-on warning",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders")
    p.add_argument("--manifest", help=MANIFEST_HELP)
    p.add_argument("--records", action="append", default=[], metavar="FILE",
                   help="already-extracted records (CSV/JSONL of spec section 2 rows); repeatable")
    p.add_argument("--rules", metavar="DIR", help="rules folder (default: the project's rules/)")
    p.add_argument("--archive", metavar="DB", help="check the PATHs as drafts against this archive (default: "
                                                   "`archive` in the project config); drafts need a date")
    p.add_argument("--baseline", metavar="FILE", help="accepted findings (default: casualty-check-baseline.yaml if present)")
    p.add_argument("--html", metavar="FILE", help="also write the HTML discrepancy report")
    p.add_argument("--format", default="text", help="text|json|sarif|github|junit (default text); the HTML "
                                                     "report is --html")
    p.add_argument("-o", "--output", metavar="FILE", help="write the --format output here instead of stdout")
    p.add_argument("--fail-on", choices=[*SEVERITIES, "never"], default=None,
                   help="lowest severity that makes the exit code 1 (default error)")
    p.add_argument("--select", metavar="CODES", help="only these rules, by code or name, comma-separated (CC103,CC108); "
                                                     "replaces the config's select")
    p.add_argument("--ignore", metavar="CODES", help="leave out these rules, comma-separated; added to the config's ignore")
    p.add_argument("--config", metavar="FILE", help="casualty-check.toml or pyproject.toml to use")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    add_metadata_options(p)
    add_jobs_option(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from checker.config import load_config
    from checker.report import format_key, write_report
    from checker.run import run_check

    format_key(args.format)

    config = load_config(args.config, start=Path.cwd())
    if args.select:
        config.rules_select = _code_list(args.select, "--select")
    if args.ignore:
        config.rules_ignore = [*config.rules_ignore, *_code_list(args.ignore, "--ignore")]
    fail_on = args.fail_on or config.fail_on
    if not args.paths and not args.records:
        raise UsageError("check needs article PATHs or --records FILE")
    defaults = batch_defaults(args)
    log = ProblemLog(stream=_problem_stream(args.format, args.output))
    result = run_check(
        paths=args.paths,
        manifest=manifest_for(args.manifest, args.paths),
        records_files=args.records,
        rules_dir=args.rules,
        archive=args.archive or config.archive,
        baseline=args.baseline,
        config=config,
        log=log,
        progress=not args.no_progress,
        jobs=args.jobs,
        defaults=defaults,
    )
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        write_report(args.format, result, out)
    finally:
        if args.output:
            out.close()
    if args.html:
        from checker.report.html import write_html

        write_html(args.html, result)
        print(f"HTML report written to {args.html}", file=sys.stderr)
    if log.rejected:
        return 2
    if fail_on == "never":
        return 0
    threshold = severity_rank(fail_on)
    failing = [f for f in result.new_findings if severity_rank(f.severity) >= threshold]
    return 1 if failing else 0


def _problem_stream(fmt: str, output: str | None):
    """Where input problems are printed as they happen: stderr, unless the text report itself
    goes to the same terminal. That report lists every input problem at its top, so a newsroom
    user at a terminal would otherwise read each message twice; when the report goes to a file
    or a pipe, stderr is the only place the user sees problems as they happen."""
    if fmt == "text" and not output and sys.stdout.isatty() and sys.stderr.isatty():
        return None
    return sys.stderr


def _code_list(value: str, option: str) -> list[str]:
    """"CC103, totals.part-exceeds-whole" -> the codes or names (unknown ones are named by the
    rules loader, as in a config file)."""
    codes = [c.strip() for c in value.split(",") if c.strip()]
    if not codes:
        raise UsageError(f"{option} needs rule codes or names, comma-separated (CC103,CC108)")
    return codes
