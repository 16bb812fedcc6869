"""What a long command shows while it runs and when it stops early: progress on stderr, the reason."""

from __future__ import annotations

import sys
from pathlib import Path


def stopped(summary) -> int:
    """Say in one line why a run stopped early and what it stored; 1 if it did, else 0."""
    if not summary.stopped:
        return 0
    print(f"kaidan: {summary.stopped}", file=sys.stderr)
    return 1


class Progress:
    """Progress on stderr: a live line on a terminal, a line every 10% otherwise."""

    def __init__(self, unit: str = "files") -> None:
        self.live = sys.stderr.isatty()
        self.last_decile = -1
        self.unit = unit

    def __call__(self, done: int, total: int, source: str) -> None:
        if total < 20:
            return
        if self.live:
            print(f"\r{done}/{total} {Path(source).name[:50]:<50}", end="", file=sys.stderr)
            return
        decile = done * 10 // total
        if decile != self.last_decile:
            self.last_decile = decile
            print(f"{done}/{total} {self.unit}", file=sys.stderr)

    def done(self) -> None:
        if self.live:
            print(file=sys.stderr)
