"""`casualty-check accept FINGERPRINT... --reason TEXT`: record that an editor stands by a finding.

The fingerprint is what `check` prints next to each finding. With `--against PATH...` the
fingerprints are looked up among the current findings of those articles, so the baseline entry
carries the finding's message and figures for reviewers, and a typo is caught: a fingerprint no
current finding has is refused (exit 2) unless `--force` says it comes from a batch not at hand. `--all-current
PATH...` accepts every finding those articles have now: the rollout path for an existing
archive, like ruff's `--add-noqa`.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Optional

from checker.cli import add_metadata_options, batch_defaults, manifest_for
from checker.problems import UsageError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "accept", help="accept findings into the baseline file, with a reason",
        description="Record that an editor looked at a finding and it stands: later checks list it as accepted\n"
                    "(with the reason, in the HTML report) and it no longer fails the run.",
        epilog="example:\n"
               "  casualty-check accept 55d7890559aae015 --reason \"April figure was unofficial\" "
               "--against articles/*.txt\n"
               "the fingerprint is printed after each finding's rule name by `check`",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("fingerprints", nargs="*", metavar="FINGERPRINT", help="as printed by `check`")
    p.add_argument("--reason", required=True, help="why the finding stands (kept in the baseline for reviewers)")
    p.add_argument("--by", metavar="NAME", help="who accepts it (default: your login name)")
    p.add_argument("--baseline", metavar="FILE",
                   help="baseline file (default: config `baseline`, else casualty-check-baseline.yaml here)")
    p.add_argument("--against", nargs="+", metavar="PATH", default=[],
                   help="verify the fingerprints against the current findings of these articles")
    p.add_argument("--all-current", nargs="+", metavar="PATH", default=[],
                   help="accept every current (not yet accepted) finding of these articles")
    p.add_argument("--force", action="store_true",
                   help="with --against, record a fingerprint even if no current finding of those articles has it")
    p.add_argument("--manifest", help="manifest for --against / --all-current articles")
    p.add_argument("--archive", metavar="DB", help="check --against / --all-current articles against this archive")
    p.add_argument("--rules", metavar="DIR", help="rules folder for --against / --all-current")
    p.add_argument("--config", metavar="FILE", help="casualty-check.toml or pyproject.toml to use")
    add_metadata_options(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from checker.baseline import Baseline
    from checker.config import BASELINE_NAME, load_config

    config = load_config(args.config, start=Path.cwd())
    if not args.fingerprints and not args.all_current:
        raise UsageError("accept needs FINGERPRINTs or --all-current PATH...")
    if args.against and args.all_current:
        raise UsageError("use either --against or --all-current, not both")
    target = args.baseline or config.baseline or _beside_config(config.source, BASELINE_NAME)
    baseline = Baseline.load(target)

    paths = args.all_current or args.against
    current = _current_findings(paths, args, config) if paths else None

    accepted = 0
    if args.all_current:
        for finding in current or []:
            if finding.fingerprint and finding.fingerprint not in baseline:
                baseline.accept(finding.fingerprint, args.reason, by=args.by, finding=finding)
                accepted += 1
    by_fingerprint = {f.fingerprint: f for f in current or []}
    unknown = [fp for fp in args.fingerprints if current is not None and fp not in by_fingerprint]
    if unknown and not args.force:
        raise UsageError(f"{', '.join(unknown)}: no current finding of {' '.join(paths)} has "
                         f"{'this fingerprint' if len(unknown) == 1 else 'these fingerprints'} (a typo? `check` prints each "
                         "finding's fingerprint after its rule name); nothing recorded. --force records it anyway")
    for fingerprint in args.fingerprints:
        finding = by_fingerprint.get(fingerprint)
        if current is not None and finding is None:
            print(f"casualty-check: warning: {fingerprint} matches no current finding of "
                  f"{' '.join(paths)}; recorded anyway (--force)", file=sys.stderr)
        baseline.accept(fingerprint, args.reason, by=args.by, finding=finding)
        accepted += 1
    saved = baseline.save(target)
    print(f"{saved}: {accepted} finding(s) accepted; {len(baseline)} in the baseline")
    return 0


def _current_findings(paths: list[str], args: argparse.Namespace, config) -> list:
    """Every finding of `paths` now (accepted or not), exactly as `check` computes it."""
    from checker.problems import ProblemLog
    from checker.run import run_check

    log = ProblemLog()
    result = run_check(paths=paths, manifest=manifest_for(args.manifest, paths), rules_dir=args.rules,
                       archive=args.archive or config.archive, baseline=None, config=config, log=log,
                       defaults=batch_defaults(args))
    if log.rejected:
        raise UsageError(f"{log.rejected} input(s) could not be read; nothing accepted")
    return result.findings


def _beside_config(source: Optional[str], name: str) -> str:
    folder = Path(source).parent if source else Path.cwd()
    return str(folder / name)
