"""`casualty-check archive add|list|show|export`: keep the published record that drafts are checked against.

The archive path comes from `--archive DB`, else from `archive = "..."` in the project config, so
that a newsroom's CI jobs and editors all point at the same file without repeating it.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Optional

from checker.cli import MANIFEST_HELP, add_jobs_option, add_metadata_options, batch_defaults, manifest_for
from checker.problems import ProblemLog, UsageError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("archive", help="record published articles and browse the archive")
    actions = p.add_subparsers(dest="archive_command", metavar="ACTION")
    p.set_defaults(handler=lambda args: _usage(p))

    add = actions.add_parser("add", help="record a published batch (idempotent; edits become new versions)")
    add.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    add.add_argument("--manifest", help=MANIFEST_HELP)
    add.add_argument("--rules", metavar="DIR", help="rules folder used to record the batch's findings")
    add.add_argument("--no-findings", action="store_true", help="store articles and records only")
    add_metadata_options(add)
    add_jobs_option(add)
    _common(add)
    add.set_defaults(handler=run_add)

    ls = actions.add_parser("list", help="one line per archived article (current version)")
    ls.add_argument("--json", action="store_true", help="print JSON instead of a table")
    _common(ls)
    ls.set_defaults(handler=run_list)

    show = actions.add_parser("show", help="an article's versions, records and findings")
    show.add_argument("doc_id", metavar="ID", help="the article's doc_id, as `archive list` prints it")
    show.add_argument("--json", action="store_true", help="print JSON instead of text")
    show.add_argument("--text", action="store_true", help="also print the article text")
    _common(show)
    show.set_defaults(handler=run_show)

    export = actions.add_parser("export", help="write the records to Parquet for analysts")
    export.add_argument("-o", "--output", required=True, metavar="FILE.parquet", help="the Parquet file to write")
    export.add_argument("--all-versions", action="store_true", help="include superseded versions' records")
    _common(export)
    export.set_defaults(handler=run_export)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--archive", metavar="DB", help="archive file (default: `archive` in the project config)")
    p.add_argument("--config", metavar="FILE", help="casualty-check.toml or pyproject.toml to use")


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _setup(args: argparse.Namespace):
    from checker.config import load_config

    config = load_config(args.config, start=Path.cwd())
    path = args.archive or config.archive
    if not path:
        raise UsageError("no archive given: pass --archive DB or set `archive` in [tool.casualty-check]")
    return config, path


def run_add(args: argparse.Namespace) -> int:
    from checker.archive import Archive

    config, path = _setup(args)
    defaults = batch_defaults(args)  # a bad --published is said before the archive is created
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing and len(missing) == len(args.paths):  # a mistyped folder or a glob that matched nothing
        raise UsageError(f"no such file or folder: {', '.join(missing)}; nothing added"
                         + ("" if Path(path).exists() else f" ({path} not created)"))
    rules = None
    if not args.no_findings:
        from checker.rules import load_rules

        rules = load_rules(args.rules or config.rules_dir, config=config)
    log = ProblemLog()
    with Archive.open(path, create=True) as store:
        summary = store.add(args.paths, manifest=manifest_for(args.manifest, args.paths), log=log, rules=rules, jobs=args.jobs,
                            defaults=defaults)
        stats = store.stats()
    print(f"{path}: {summary}")
    print(f"{path}: now {stats['articles']} article(s) ({stats['versions']} version(s)), {stats['records']} current record(s)")
    return 2 if log.rejected else 0


def run_list(args: argparse.Namespace) -> int:
    from checker.archive import Archive

    _, path = _setup(args)
    with Archive.open(path) as store:
        rows = store.list()
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    headers = ("doc_id", "version", "published", "source", "lang", "records", "added_at")
    table = [headers] + [tuple(_cell(r[h]) if h != "version" else f"{r['version']}/{r['versions']}" for h in headers)
                         for r in rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(headers))]
    for row in table:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip())
    print(f"{len(rows)} article(s)")
    return 0


def run_show(args: argparse.Namespace) -> int:
    from checker.archive import Archive

    _, path = _setup(args)
    with Archive.open(path) as store:
        info = store.show(args.doc_id)
    if args.json:
        json.dump(info, sys.stdout, ensure_ascii=False, indent=2, default=str)
        print()
        return 0
    current = info["current"]
    print(f"{info['doc_id']}: version {current['version']} of {len(info['versions'])} · "
          f"{_cell(current['published'])} · {_cell(current['source'])} · {_cell(current['lang'])}")
    for v in info["versions"]:
        mark = "  (current)" if v["current"] else ""
        print(f"  v{v['version']}  added {v['added_at']}  content {v['content_hash'][:12]}{mark}")
    print(f"records ({len(info['records'])}):")
    for r in info["records"]:
        window = f"{r['period_start'] or '?'}..{r['period_end'] or '?'}" if (r["period_start"] or r["period_end"]) else ""
        print(f"  {r['measure'] or '-':<10} {r['place'] or '-':<14} {r['value']!s:>9}  {r['qualifier'] or '':<12}"
              f" {r['group'] or '':<10} {window:<22} \"{_short(r['text'])}\"")
    print(f"findings involving it ({len(info['findings'])}):")
    for f in info["findings"]:
        print(f"  {f.get('rule')} {f.get('severity')}: {f.get('message')}  [{f.get('fingerprint')}]")
    if args.text:
        print()
        print(current["text"])
    return 0


def run_export(args: argparse.Namespace) -> int:
    from checker.archive import Archive

    _, path = _setup(args)
    with Archive.open(path) as store:
        n = store.export_parquet(args.output, all_versions=args.all_versions)
    print(f"{n} record(s) written to {args.output}")
    return 0


def _cell(value: Any) -> str:
    return "-" if value is None else str(value)


def _short(text: Optional[str], width: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"
