"""What a long command shows while it runs and when it stops early: progress on stderr, the reason."""

from __future__ import annotations

import sys
from pathlib import Path

from core.cli.safe_output import one_line
from core.store.migrations import BACKUP, COMPACT, COMPACT_LATER, MARKS, MENTION_ORDER, REBUILD


def stopped(summary) -> int:
    """Say in one line why a run stopped early and what it stored; 1 if it did, else 0."""
    if not summary.stopped:
        return 0
    print(f"kaidan: {summary.stopped}", file=sys.stderr)
    return 1


class Progress:
    """Progress on stderr: a live line on a terminal, a line every 10% otherwise.

    least: the fewest items worth a progress line (20 articles; one library of a merge, which takes long).
    """

    def __init__(self, unit: str = "files", least: int = 20) -> None:
        self.live = sys.stderr.isatty()
        self.last_decile = -1
        self.unit = unit
        self.least = least

    def __call__(self, done: int, total: int, source: str) -> None:
        if total < self.least:
            return
        if self.live:
            print(f"\r{done}/{total} {one_line(Path(source).name)[:50]:<50}", end="", file=sys.stderr)
            return
        decile = done * 10 // total
        if decile != self.last_decile:
            self.last_decile = decile
            print(f"{done}/{total} {self.unit}", file=sys.stderr)

    def done(self) -> None:
        if self.live:
            print(file=sys.stderr)


class UpgradeProgress:
    """A long upgrade of an old library on stderr: a line as each step begins, then one every 10% of it."""

    STEPS = {BACKUP: ("backing up the library", "pages"),
             COMPACT: ("compacting the library (giving back the old table's space)", ""),
             MARKS: ("indexing the marks of every article for search", "articles"),
             MENTION_ORDER: ("indexing every article's mentions in reading order", "mentions")}

    def __init__(self) -> None:
        self.step = ""
        self.last_decile = -1

    def __call__(self, done: int, total: int, what: str) -> None:
        if what == COMPACT_LATER:  # (total: the MB of free disk the compaction needs)
            print(f"kaidan: the library was upgraded but not compacted (that needs about {total:,} MB free on its "
                  "disk): its file keeps the old table's space, which new articles fill first", file=sys.stderr)
            return
        kind, _, table = what.partition(" ")
        text, unit = (f"rebuilding the {table} table", "rows") if kind == REBUILD else self.STEPS.get(what, (what, ""))
        if what != self.step:
            self.step, self.last_decile = what, -1
            print(f"kaidan: upgrading the library: {text}", file=sys.stderr)
        if total < 20 or not done:
            return
        decile = done * 10 // total
        if decile != self.last_decile:
            self.last_decile = decile
            print(f"kaidan:   {done}/{total} {unit}", file=sys.stderr)
