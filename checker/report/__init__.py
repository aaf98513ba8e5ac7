"""Reports: one `CheckResult`, many renderings (terminal, JSON, SARIF, GitHub, JUnit, HTML).

Every format is a function `(result, out) -> None` in a registry, so adding one is one entry
here and one module beside this file. The HTML report writes a file of its own
(`checker.report.html.write_html`) because it is read by people, not piped.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable, TextIO

from checker.problems import UsageError

if TYPE_CHECKING:
    from checker.run import CheckResult

Writer = Callable[["CheckResult", TextIO], None]


def _registry() -> dict[str, Writer]:
    # Imported lazily: `casualty-check check` pays only for the format it prints.
    from checker.report.github import write_github
    from checker.report.jsonfmt import write_json
    from checker.report.junit import write_junit
    from checker.report.sarif import write_sarif
    from checker.report.text import write_text

    return {"text": write_text, "json": write_json, "sarif": write_sarif, "github": write_github, "junit": write_junit}


FORMATS: tuple[str, ...] = ("text", "json", "sarif", "github", "junit")


def format_key(fmt: str) -> str:
    """The format's registry key; an unknown format is a usage error (exit 2). The CLI calls this
    before reading any article, so a typo costs nothing."""
    key = (fmt or "").strip().lower()
    if key not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)} (and --html FILE for the HTML report)")
    return key


def write_report(fmt: str, result: "CheckResult", out: TextIO) -> None:
    """Render `result` in format `fmt` on `out`."""
    _registry()[format_key(fmt)](result, out)
