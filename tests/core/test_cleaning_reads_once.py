"""The cleaner reads each header line for a byline once, however many of its steps ask (headline, bylines, lists).

Every real page dump of ../shared/pages is cleaned with the byline reader counted:
no line of the page is read more often than the page shows it.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from core.cleaning import bylines
from core.cleaning.dump import clean_dump
from tests.shared_data import require

PAGES = Path(__file__).resolve().parents[2].parent / "shared" / "pages" / "txt"


def _dumps() -> list[Path]:
    return sorted(require(PAGES, "pages/txt").glob("*.txt"))


def test_each_line_is_read_for_a_byline_once(monkeypatch):
    real = bylines.byline_names
    pages = _dumps()
    assert len(pages) >= 30
    over = {}
    for path in pages:
        raw = path.read_text(encoding="utf-8")
        calls: Counter[str] = Counter()

        def counted(line: str, calls=calls) -> list[str]:
            # the footer's reads (dump_footer) and the header's (header_shapes.LineBylines), not bylines' own
            if sys._getframe(1).f_code.co_filename.endswith(("dump_footer.py", "header_shapes.py")):
                calls[line] += 1
            return real(line)

        monkeypatch.setattr(bylines, "byline_names", counted)
        clean_dump(raw)
        monkeypatch.setattr(bylines, "byline_names", real)
        shown = Counter(line.strip() for line in raw.split("\n"))
        assert calls, path.name  # the header was read
        over.update({f"{path.name}: {text}": n for text, n in calls.items() if shown[text] and n > shown[text]})
    assert over == {}

