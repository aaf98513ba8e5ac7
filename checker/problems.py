"""Input problems: one readable message per bad file or line, and the batch goes on.

Every stage that can meet bad input reports it here instead of raising, so that one broken
file never hides the figures of the others. The CLI turns "anything rejected" into exit 2.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Optional, TextIO


@dataclass
class Problem:
    path: str
    message: str
    line: Optional[int] = None
    level: str = "error"  # "error": input rejected; "warning": kept, but the user should know

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.level}: {self.message}"


@dataclass
class ProblemLog:
    """Collects problems and prints each one as it happens (streams stay useful on big batches)."""

    stream: Optional[TextIO] = field(default_factory=lambda: sys.stderr)
    problems: list[Problem] = field(default_factory=list)

    def error(self, path: str, message: str, line: Optional[int] = None) -> None:
        self._add(Problem(str(path), message, line, "error"))

    def warning(self, path: str, message: str, line: Optional[int] = None) -> None:
        self._add(Problem(str(path), message, line, "warning"))

    def _add(self, problem: Problem) -> None:
        self.problems.append(problem)
        if self.stream is not None:
            print(problem, file=self.stream)

    @property
    def rejected(self) -> int:
        """How many inputs were refused; non-zero means the run must exit 2."""
        return sum(1 for p in self.problems if p.level == "error")


class UsageError(Exception):
    """A problem the user must fix before anything can run (bad option, bad rule file): exit 2."""
