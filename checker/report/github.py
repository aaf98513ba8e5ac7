"""`--format github`: GitHub Actions workflow commands, one annotation per finding.

GitHub shows the annotation on the figure's file and line in the pull request. Values are
escaped as the Actions toolkit does: `%`, CR and LF in the message; also `:` and `,` in the
properties, which would otherwise end a property early.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from checker.report._common import counted, location_of, ordered, records_of, records_summary, summary

if TYPE_CHECKING:
    from checker.run import CheckResult

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(kind: str, message: str, **props: object) -> str:
    """`::kind key=value,...::message` with every part escaped."""
    shown = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None)
    return f"::{kind}{' ' + shown if shown else ''}::{escape_data(message)}"


def write_github(result: "CheckResult", out: TextIO) -> None:
    for finding in ordered(result.new_findings):
        records = records_of(finding)
        where = location_of(records[0]) if records else None
        message = f"{finding.message}\n{records_summary(records)}"
        out.write(command(
            COMMANDS.get(finding.severity, "warning"), message,
            file=where.path if where else None,
            line=where.line if where else None,
            col=where.column if where else None,
            title=f"{finding.rule} {finding.name}",
        ) + "\n")
    for problem in result.problems:
        out.write(command("error" if problem.level == "error" else "warning", problem.message,
                          file=problem.path, line=problem.line, title="casualty-check input") + "\n")
    s = summary(result)
    counts = ", ".join(f"{n} {sev}" for sev, n in s["by_severity"].items() if n) or "no findings"
    out.write(f"casualty-check: {counted(s['findings'], 'finding')} ({counts}) in {counted(s['articles'], 'article')},"
              f" {counted(s['figures'], 'figure')}\n")
