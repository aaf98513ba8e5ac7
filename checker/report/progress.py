"""A progress bar on stderr for batches that take a while, and silence for everything else.

The bar appears only when stderr is a terminal and the run has already lasted more than a
second: short runs, pipes, CI logs and tests never see a stray carriage return.
"""
from __future__ import annotations

import sys
import time
from typing import Optional

DELAY = 1.0  # seconds before a bar is worth drawing
REFRESH = 0.1  # seconds between redraws
WIDTH = 28


class Progress:
    """`with Progress(enabled, "reading articles", total) as bar: ... bar.update()`."""

    def __init__(self, enabled: bool, label: str, total: Optional[int] = None) -> None:
        self.enabled = enabled
        self.label = label
        self.total = total
        self.done = 0
        self._start = 0.0
        self._last_draw = 0.0
        self._drawn = False

    def __enter__(self) -> "Progress":
        self._start = time.monotonic()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._drawn:
            self._draw(final=True)
            sys.stderr.write("\n")
            sys.stderr.flush()

    def update(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._start <= DELAY or now - self._last_draw < REFRESH:
            return
        if not _stderr_is_tty():
            self.enabled = False  # decided once: a pipe stays a pipe
            return
        self._last_draw = now
        self._draw()

    def _draw(self, final: bool = False) -> None:
        elapsed = time.monotonic() - self._start
        if self.total:
            frac = min(self.done / self.total, 1.0)
            filled = int(frac * WIDTH)
            bar = "█" * filled + "░" * (WIDTH - filled)
            text = f"{self.label} {bar} {self.done}/{self.total} {elapsed:.0f}s"
        else:
            text = f"{self.label} {self.done} {elapsed:.0f}s"
        sys.stderr.write("\r\x1b[2K" + text)
        sys.stderr.flush()
        self._drawn = True


def _stderr_is_tty() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False
