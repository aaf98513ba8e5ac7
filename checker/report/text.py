"""The terminal format: one `path:line:col severity CODE message` line per finding, like Vale and ruff.

Each finding is followed by its records (one indented line per figure) so the contradiction is
readable without opening the HTML report; a summary closes the output. Colours only on a
terminal, never in a pipe or a log file, and never when NO_COLOR is set (no-color.org).
"""
from __future__ import annotations

import os
from typing import TYPE_CHECKING, TextIO

from checker.report._common import counted, day_words, location_of, number, ordered, outlet_name, record_interval, records_of, summary

if TYPE_CHECKING:
    from checker.run import CheckResult

_COLOURS = {"error": "31;1", "warning": "33;1", "info": "36", "dim": "2", "bold": "1", "ok": "32;1"}


def use_colour(out: TextIO) -> bool:
    """Colour when `out` is a terminal and the user has not opted out."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(out, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


class _Paint:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def __call__(self, style: str, text: str) -> str:
        return f"\x1b[{_COLOURS[style]}m{text}\x1b[0m" if self.enabled else text


def write_text(result: "CheckResult", out: TextIO) -> None:
    paint = _Paint(use_colour(out))
    for finding in ordered(result.new_findings):
        records = records_of(finding)
        where = location_of(records[0]) if records else None
        sev = paint(finding.severity if finding.severity in _COLOURS else "bold", finding.severity)
        out.write(f"{paint('bold', str(where or '<no record>'))} {sev} {paint('bold', finding.rule)} {finding.message}"
                  f" {paint('dim', '[' + finding.name + (' ' + finding.fingerprint if finding.fingerprint else '') + ']')}\n")
        for record in records:
            out.write("    " + _record_line(record, paint) + "\n")
    for problem in result.problems:
        out.write(f"{paint('bold', problem.path + (f':{problem.line}' if problem.line else ''))} "
                  f"{paint('error' if problem.level == 'error' else 'warning', problem.level)} input {problem.message}\n")
    out.write(_summary_line(result, paint) + "\n")


def _record_line(record: dict, paint: _Paint) -> str:
    where = location_of(record)
    # the outlet with the agency whose copy it ran, as the HTML report's cards name it: the finding's
    # message may name a record by its agency ("doc 004, AFP"), and the line must be findable by it
    outlet = outlet_name(record.get("source"), record.get("agency"))
    meta = ", ".join(str(x) for x in (outlet, day_words(record.get("published")) or "undated", record.get("attribution")) if x)
    if record.get("draft") is not None:  # checked against an archive
        meta = ("draft, " if record["draft"] is True else "published, ") + meta
    quote = _one_line(record.get("text"))  # rows of a tracker (--records) may have no text
    return (f"{paint('dim', str(where))}  {number(record.get('value'), record.get('lang'))} "
            f"[{record_interval(record)}]  " + (f"\"{quote}\"  " if quote else "") + f"({meta})")


def _one_line(text: object) -> str:
    return " ".join(str(text or "").split())


def _summary_line(result: "CheckResult", paint: _Paint) -> str:
    s = summary(result)
    counts = ", ".join(f"{n} info" if sev == "info" else counted(n, sev) for sev, n in s["by_severity"].items() if n) or "no findings"
    style = "error" if s["by_severity"].get("error") else "warning" if s["findings"] else "ok"
    extra = [f"{s['accepted']} accepted"] if s["accepted"] else []
    if s["archive_records"]:  # a draft checked against the archive: say what it was held against
        extra.append(f"compared with {counted(s['archive_records'], 'archived figure')}")
    if s["stale_baseline"]:
        extra.append(f"{s['stale_baseline']} stale baseline " + ("entry" if s["stale_baseline"] == 1 else "entries"))
    if s["problems"]:
        # errors (an input rejected: the exit code is 2) apart from notes (a language inferred, no date)
        errors, notes = s["rejected_inputs"], s["problems"] - s["rejected_inputs"]
        extra += ([counted(errors, "input error")] if errors else []) + ([counted(notes, "input note")] if notes else [])
    tail = f" ({', '.join(extra)})" if extra else ""
    return (f"{paint(style, 'Found ' + counted(s['findings'], 'finding'))}: {counts}"
            f" in {counted(s['articles'], 'article')}, {counted(s['figures'], 'figure')}{tail}")
