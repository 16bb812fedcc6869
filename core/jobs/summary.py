"""What an import reports: counts with their first items, and why it stopped early."""

from __future__ import annotations

from dataclasses import dataclass, field

from core.errors import Reason
from core.plural import counted
from core.store.errors import WriteRefused
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
    # the change log rows it wrote (spans: meetings it taught, core.store.changes): a window that ran it adopts them
    logged: list = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 1 if self.failed or self.stopped else 0


def stop_reason(refusal: WriteRefused, imported: int, files: tuple[int, int] | None = None,
                datasets: bool = False) -> Reason:
    """Why an import stopped and what it stored: "disk full: …: 12 articles imported, from 14 of 30 files;
    the rest were not" (files: stored, given). The refusal's kind (and a busy library's holder) and the
    counts ride along, for a reader that words them in its own language."""
    text = f"{refusal}: {counted(imported, 'dataset article' if datasets else 'article', grouped=True)} imported"
    if files is not None:
        text += f", from {files[0]:,} of {counted(files[1], 'file', grouped=True)}"
    code = "stopped_files" if files else "stopped_datasets" if datasets else "stopped"
    stored, given = files or (0, 0)
    return Reason(text + "; the rest were not", code, refusal=refusal.kind, imported=imported, stored=stored,
                  files=given, holder=getattr(refusal, "holder", ""), waited=getattr(refusal, "waited", 0.0))
