"""Files counted in the English of a recovered export's notes: "1 earlier file … it was removed", never "1 files"."""

from __future__ import annotations

from core.plural import counted


def files(count: int, kind: str = "") -> str:
    """count files of a kind ("earlier", "partial"): 1 file, 2 files."""
    return counted(count, f"{kind} file" if kind else "file", grouped=True)


def removed(count: int) -> str:
    """They were removed, or it was (one file)."""
    return "it was removed" if count == 1 else "they were removed"
