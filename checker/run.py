"""One check run, from inputs to a `CheckResult` that every report format renders.

Kept apart from the CLI so that tests, the archive and the benchmark call exactly what
`casualty-check check` calls.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional, Sequence

import pandas as pd

from checker.problems import Problem, ProblemLog
from checker.schema import Finding


@dataclass
class CheckResult:
    """What a check run saw and found; the input of every report format."""

    articles: list[dict[str, Any]]  # Article.meta() of every article read
    records: pd.DataFrame  # every extracted (or supplied) record, canonical columns
    findings: list[Finding]  # everything the rules found
    new_findings: list[Finding]  # findings not accepted in the baseline: these fail CI
    accepted: list[Finding] = field(default_factory=list)
    stale_baseline: list[dict[str, Any]] = field(default_factory=list)  # accepted entries that match nothing now
    # fingerprint -> the baseline's entry of each accepted finding (reason, by, when): the report
    # says why a finding stands, not only that someone accepted it
    acceptances: dict[str, dict[str, Any]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    rules: list[dict[str, Any]] = field(default_factory=list)  # code, name, severity of every active rule
    archive_records: int = 0  # how many archived records the drafts were compared with


def gather_records(
    paths: Sequence[str | Path],
    manifest: Optional[str | Path],
    records_files: Sequence[str | Path],
    log: ProblemLog,
    progress: bool = False,
    jobs: int = 1,
    defaults: Any = None,
    date_required: Optional[str] = None,
) -> tuple[list[dict[str, Any]], pd.DataFrame]:
    """Extract the articles and load any supplied records into one canonical table."""
    from checker.ingest.records import read_records_file
    from checker.pipeline import extract_batch
    from checker.records_table import records_frame
    from checker.report.progress import Progress

    articles: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    with Progress(enabled=progress, label="reading articles") as bar:
        for article, records in extract_batch(paths, manifest=manifest, log=log, jobs=jobs, defaults=defaults,
                                                  date_required=date_required):
            articles.append(article.meta())
            rows.extend(r.to_dict() for r in records)
            bar.update(1)
    frame = records_frame(rows)
    supplied = [read_records_file(f, log) for f in records_files]
    supplied = [f for f in supplied if f is not None and len(f)]
    if supplied:
        frame = pd.concat([frame, *supplied], ignore_index=True) if len(frame) else pd.concat(supplied, ignore_index=True)
    return articles, frame


def run_check(
    paths: Sequence[str | Path],
    manifest: Optional[str | Path] = None,
    records_files: Sequence[str | Path] = (),
    rules_dir: Optional[str | Path] = None,
    archive: Optional[str | Path] = None,
    baseline: Optional[str | Path] = None,
    config: Any = None,
    log: Optional[ProblemLog] = None,
    progress: bool = False,
    jobs: int = 1,
    defaults: Any = None,
) -> CheckResult:
    from checker.baseline import Baseline
    from checker.config import Config
    from checker.rules import evaluate, load_rules

    log = log if log is not None else ProblemLog()
    config = config if config is not None else Config()
    # the rules first: a mistyped --select or rule file is said before a long batch is read
    rules = load_rules(rules_dir or config.rules_dir, config=config)
    # the archive is what was published before the draft: undated, a draft can be put before or
    # after nothing, and a fall below the archive would pass in silence
    articles, records = gather_records(paths, manifest, records_files, log, progress, jobs, defaults,
                                       date_required="a draft is checked against the archive by date" if archive else None)

    archive_count = 0
    if archive:
        from checker.archive import Archive

        with Archive.open(archive) as store:
            findings, archive_count = store.check_drafts(records, rules)
    else:
        findings = evaluate(records, rules)

    base = Baseline.load(baseline or config.baseline)
    checked = {str(a["doc_id"]) for a in articles} | ({str(d) for d in records["doc_id"].dropna()} if len(records) else set())
    new, accepted, stale = base.split(findings, checked=checked)
    return CheckResult(
        articles=articles,
        records=records,
        findings=findings,
        new_findings=new,
        accepted=accepted,
        stale_baseline=stale,
        acceptances={f.fingerprint: dict(base.entries[f.fingerprint]) for f in accepted if f.fingerprint in base.entries},
        problems=list(log.problems),
        rules=[r.summary() for r in rules],
        archive_records=archive_count,
    )
