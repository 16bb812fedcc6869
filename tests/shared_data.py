"""The shared data beside the project (seeds, corpora) that some tests read: missing, it fails them, never skips them."""

from __future__ import annotations

from pathlib import Path

import pytest


def require(path: Path, what: str = "") -> Path:
    """path itself; a failed test that names it when it is not there (a skipped test would hide the gap)."""
    if not path.exists() or (path.is_dir() and not any(path.iterdir())):
        pytest.fail(f"{what or path.name} is missing: these tests need the shared data beside the project "
                    f"(../shared/{path.name})", pytrace=False)
    return path


SHARED = Path(__file__).resolve().parents[1].parent / "shared"
LIVEDOOR = SHARED / "corpus" / "livedoor" / "text"


def livedoor_text(name: str) -> str:
    """The text of one livedoor news file (category/file.txt); a failed test names it when it is not there."""
    return require(LIVEDOOR / name).read_text(encoding="utf-8")


def livedoor_parts(name: str) -> tuple[str, list[str]]:
    """(title, body lines) of one livedoor news file: the title is its third line; the body its lines after that,
    stripped, with blank lines and bare links (http…) left out."""
    lines = livedoor_text(name).split("\n")
    body = [line.strip() for line in lines[3:] if line.strip() and not line.startswith("http")]
    return lines[2].strip(), body
