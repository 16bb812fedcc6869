"""What an import reports: counts with their first items, and why it stopped early."""

from __future__ import annotations

from dataclasses import dataclass, field

from core.tally import Tally

NO_TEXT = "no article text found"


@dataclass
class ImportSummary:
    # Counts with their first items (core.tally): a list of every article grew with the import.
    imported: Tally = field(default_factory=Tally)  # (source, article id)
    duplicates: Tally = field(default_factory=Tally)  # source
    failed: Tally = field(default_factory=Tally)  # (source, reason)
    partly_analysed: Tally = field(default_factory=Tally)  # (source, note): stored whole, analysed in part
    skipped: list = field(default_factory=list)  # (source, reason): a folder's LICENSE, README…, not read
    cancelled: bool = False
    stopped: str = ""  # why the import stopped early (disk full, library busy or read-only)

    @property
    def exit_code(self) -> int:
        return 1 if self.failed or self.stopped else 0

