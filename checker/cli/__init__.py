"""The `casualty-check` command line: one module per subcommand, each with `register` and `run`.

Exit codes follow ruff and sqlfluff: 0 nothing to report at or above --fail-on, 1 findings,
2 a usage error or rejected input.
"""
from __future__ import annotations

import argparse
import importlib
import sys
from typing import Optional, Sequence

from checker.problems import UsageError

# subcommand name -> module under checker.cli; each module defines register(sub) and run(args)
COMMANDS = {
    "extract": "checker.cli.extract",
    "check": "checker.cli.check",
    "eval": "checker.cli.evaluate",
    "rules": "checker.cli.rules",
    "explain": "checker.cli.rules",
    "archive": "checker.cli.archive",
    "accept": "checker.cli.accept",
}


# one line per article; "file" matches it by name (the columns: docs/spec.md, section 1)
MANIFEST_HELP = ("CSV (comma- or semicolon-separated) or JSONL manifest, one line per article: file (or doc_id), "
                 "lang, published (YYYY-MM-DD), source, agency, url (default: the manifest.csv or manifest.jsonl "
                 "in the articles' folder, if there is one)")

# `casualty-check --help` ends with where to start, what each exit code means and where to read on
EPILOG = """\
start here (from the repository root):
  casualty-check check fixtures/seeds/*.txt --manifest fixtures/seeds/manifest.csv --html report.html
  casualty-check check draft.txt --archive published.db --lang fr --published today --source "Desk"

exit codes: 0 nothing at or above --fail-on (default error), 1 findings at or above it,
2 usage error or an input file rejected (the rest is still checked), 130 interrupted.
`casualty-check COMMAND --help` lists a command's options; README.md and docs/ci.md show them at work."""


def add_jobs_option(parser: argparse.ArgumentParser) -> None:
    """`-j/--jobs`, shared by every subcommand that extracts a batch."""
    parser.add_argument("-j", "--jobs", type=_jobs, default=1, metavar="N",
                        help="processes that extract figures (default 1; 0 = one per core); output order is unchanged")


def add_metadata_options(parser: argparse.ArgumentParser) -> None:
    """`--lang`, `--published`, `--source`: metadata for articles that give none (a draft checked
    without a manifest). The manifest and the file's own fields win over them."""
    group = parser.add_argument_group("metadata for articles that give none (a manifest or the file's own fields win)")
    group.add_argument("--lang", metavar="CODE", help="their language (fr, en); otherwise it is inferred, with a warning")
    group.add_argument("--published", metavar="DATE", help="their publication date: YYYY-MM-DD (or 20 novembre 2016, Nov. 20, 2016), or 'today' for a draft")
    group.add_argument("--source", metavar="NAME", help="their outlet, as reports and rules name it")


def batch_defaults(args: argparse.Namespace):
    """The `BatchDefaults` of `add_metadata_options`, or None when none was given; a bad value is a
    usage error, said before any article is read."""
    from datetime import date

    from checker.ingest import BatchDefaults
    from checker.ingest.dates import BadDate, parse_published
    from checker.ingest.language import normalise_lang, supported, unsupported_message

    lang = normalise_lang(getattr(args, "lang", None))
    if lang is not None and lang not in supported():
        raise UsageError(f"--lang: {unsupported_message(lang)}")
    published_text = getattr(args, "published", None)
    published = None
    if published_text is not None:
        if published_text.strip().lower() in {"today", "aujourd'hui", "aujourdhui"}:
            published = date.today()
        else:
            try:
                published = parse_published(published_text)
            except BadDate as exc:
                raise UsageError(f"--published: {exc}") from None
            if published is None:
                raise UsageError("--published: give a date (YYYY-MM-DD) or 'today'")
    source = (getattr(args, "source", None) or "").strip() or None
    if lang is None and published is None and source is None:
        return None
    return BatchDefaults(lang=lang, published=published, source=source)


def manifest_for(manifest: Optional[str], paths: Sequence[str]) -> Optional[str]:
    """`--manifest`, or else the one manifest kept beside the articles (said on stderr, so the
    user knows where the dates and sources came from)."""
    if manifest:
        return manifest
    from checker.ingest.manifest import manifests_beside

    every = manifests_beside(paths or [])
    if len(every) > 1:  # which one holds an article's line is not known: say why no date was read
        print(f"casualty-check: warning: {len(every)} manifests beside the articles ({', '.join(map(str, every))}): "
              f"none is read, so the articles have no date or source from them; merge them into one and pass it "
              f"with --manifest, or check each folder on its own", file=sys.stderr)
    if len(every) != 1:
        return None
    found = every[0]
    print(f"casualty-check: using manifest {found} (found beside the articles; --manifest to give another)",
          file=sys.stderr)
    return str(found)


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of processes (0 = one per core)")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casualty-check",
        description="Extract casualty and population figures from news articles and flag contradictions.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    from checker import __version__

    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    seen = set()
    for module_name in COMMANDS.values():
        if module_name in seen:
            continue
        seen.add(module_name)
        importlib.import_module(module_name).register(sub)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.handler(args) or 0)
    except UsageError as exc:
        print(f"casualty-check: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `casualty-check check ... | head`: the reader left, nothing to report
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
