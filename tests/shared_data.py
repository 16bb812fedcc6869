"""The shared data beside the project (seeds, corpora) that some tests read: missing, it fails them, never skips them."""

from __future__ import annotations

import json
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
PAGES = SHARED / "pages"


def livedoor_text(name: str) -> str:
    """The text of one livedoor news file (category/file.txt); a failed test names it when it is not there."""
    return require(LIVEDOOR / name).read_text(encoding="utf-8")


def livedoor_parts(name: str) -> tuple[str, list[str]]:
    """(title, body lines) of one livedoor news file: the title is its third line; the body its lines after that,
    stripped, with blank lines and bare links (http…) left out."""
    lines = livedoor_text(name).split("\n")
    body = [line.strip() for line in lines[3:] if line.strip() and not line.startswith("http")]
    return lines[2].strip(), body


def pages_gold() -> dict:
    """The labels of the saved web pages (pages/gold.json), by page name."""
    return json.loads(require(PAGES / "gold.json").read_text(encoding="utf-8"))


def labelled_page(name: str) -> tuple[list[str], dict]:
    """(lines, labels) of one saved web page."""
    return (PAGES / "txt" / name).read_text(encoding="utf-8").split("\n"), pages_gold()[name]


def labelled_line(labels: dict, category: str) -> int:
    """The 0-based index of a saved page's line of that category."""
    return next(e["lines"][0] for e in labels["line_labels"] if e.get("category") == category) - 1


CATEGORY_ARTICLES = ("peachy-4289213.txt", "peachy-4301698.txt")


def livedoor_category(folder: Path) -> Path:
    """A copy of a livedoor category folder made at folder: its LICENSE.txt and two of its articles."""
    import shutil

    folder.mkdir()
    for name in ("LICENSE.txt",) + CATEGORY_ARTICLES:
        shutil.copy(require(LIVEDOOR / "peachy" / name), folder / name)
    return folder
