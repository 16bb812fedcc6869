"""The cleaner reads each line for its dates once, however many of its steps ask (the line's kind, the date
line's choice, its label and its reading, the headline's glued date).

Every real page dump of ../shared/pages is cleaned with the date reader's scans counted: no text is scanned twice
for the same question (the first date of a line is the first of its dates), and the answers handed out are still
the reader's own, each caller with a list of its own.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import core.dates.lines as date_lines
from core.cleaning.dump import clean_dump
from tests.shared_data import require

PAGES = Path(__file__).resolve().parents[2].parent / "shared" / "pages" / "txt"


def _forget() -> None:
    date_lines._all_datetimes.cache_clear()


def test_each_line_is_scanned_for_its_dates_once(monkeypatch):
    real = date_lines.patterns_for
    pages = sorted(require(PAGES, "pages/txt").glob("*.txt"))
    assert len(pages) >= 30
    twice = {}
    for path in pages:
        _forget()
        scans: Counter[tuple] = Counter()

        def counted(narrow: str, yearless: bool, scans=scans):
            scans[(narrow, yearless)] += 1
            return real(narrow, yearless)

        monkeypatch.setattr(date_lines, "patterns_for", counted)
        clean_dump(path.read_text(encoding="utf-8"))
        monkeypatch.setattr(date_lines, "patterns_for", real)
        assert scans, path.name  # the page's dates were read
        twice.update({f"{path.name}: {text}": n for (text, _), n in scans.items() if n > 1})
    assert twice == {}


def test_answers_are_the_readers_own():
    _forget()
    line = "2024年12月3日 10:40 配信 ／ 更新 12月4日"
    first = date_lines.all_datetimes(line, yearless=True)
    first.append(None)  # a caller's list is its own
    again = date_lines.all_datetimes(line, yearless=True)
    assert [found.iso[:10] for found in again] == ["2024-12-03", "2000-12-04"]
    assert date_lines.find_datetime(line) is date_lines.find_datetime(line)
    assert date_lines.find_datetime(line).iso == "2024-12-03T10:40:00+09:00"
    assert date_lines.find_datetime(line) is date_lines.all_datetimes(line)[0]  # one reading answers both


def test_the_first_date_is_the_one_each_pattern_in_turn_finds_first():
    # a date of a later pattern written before one of an earlier pattern; a label's date; none; a yearless day
    for text, yearless, iso in (("5月3日、2024/05/04 10:00更新", False, "2024-05-04T10:00:00+09:00"),
                                ("5月3日、2024/05/04 10:00更新", True, "2000-05-03"),
                                ("配信：2024年12月3日(火) 9:23", False, "2024-12-03T09:23:00+09:00"),
                                ("会談は来週に", True, None), ("１２月３日（火）", True, "2000-12-03")):
        found = date_lines.find_datetime(text, yearless=yearless)
        assert (found.iso if found else None) == iso, text
