"""The day a saved file's name carries dates a page that leaves its own day untold, below what the page says."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from core.cleaning.dump import clean_dump
from core.cleaning.named_day import name_day
from core.jobs import import_paths
from core.store import open_db

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEEDS = SHARED / "seeds"
LIVEDOOR = SHARED / "corpus" / "livedoor" / "text"
NEWSWEEK = "000_55f3fb43f71b764a.txt"  # 米中外相が初会談…, dated 2025年07月12日(土)01時58分
NEWSWEEK_DAY = "2025年07月12日(土)01時58分"
REUTERS = "003_6490a4a6598f00d0.txt"  # dated 2026年2月5日(木)10時40分
REUTERS_DAY = "2026年2月5日(木)10時40分"


def _seed(name: str, day: str, written: str, drop_years: bool = False) -> str:
    """A seed's page with its date line written otherwise; drop_years: without the lines that write a year (a photo's
    credit, the copyright, a magazine's issue), so nothing on the page tells it."""
    raw = (SEEDS / name).read_text(encoding="utf-8").replace(day, written)
    assert written in raw
    return "\n".join(line for line in raw.split("\n") if not (drop_years and re.search(r"(?:19|20)\d\d", line)))


def _imported(tmp_path: Path, file_name: str, raw: str) -> dict:
    folder = tmp_path / "pages"
    folder.mkdir(exist_ok=True)
    (folder / file_name).write_text(raw, encoding="utf-8")
    library = tmp_path / f"{len(list(tmp_path.glob('*.db')))}.db"
    assert not import_paths([folder / file_name], library).failed
    db = open_db(library)
    try:
        db.row_factory = None
        columns = ("published", "published_inferred", "cleaning_check")
        return dict(zip(columns, db.execute(f"SELECT {', '.join(columns)} FROM articles").fetchone()))
    finally:
        db.close()


@pytest.mark.parametrize("name", ["20240305-nikkei.txt", "2024-03-05 記事.txt", "nikkei_2024_03_05.html",
                                  "記事20240305.txt", "2024.3.5.txt", "記事２０２４０３０５.txt"])
def test_a_file_name_carries_its_day_in_the_forms_users_write(name):
    assert name_day(name) == date(2024, 3, 5)
    assert name_day(f"/home/user/news/{name}") == date(2024, 3, 5)


@pytest.mark.parametrize("name", ["201603041234567.txt", "dokujo-tsushin-4778030.txt", "article_201603041.txt",
                                  "20241332.txt", "20240305-20240306.txt", "2024-03_05.txt", "19891231.txt",
                                  "/news/2024-03-05/記事.txt", "C:\\news\\20240305\\記事.txt"])
def test_an_id_a_day_that_is_none_two_days_or_a_folders_day_give_nothing(name):
    assert name_day(name) is None


def test_a_day_after_today_is_no_saving_day():
    assert name_day("20240305.txt", today=date(2024, 3, 4)) is None
    assert name_day("20240305.txt", today=date(2024, 3, 5)) == date(2024, 3, 5)


def test_a_folder_s_day_is_not_the_file_s_day(tmp_path, monkeypatch):
    dated = tmp_path / "2024-03-05"
    dated.mkdir()
    (dated / "記事.txt").write_text("本文", encoding="utf-8")
    monkeypatch.chdir(dated)
    assert name_day("記事.txt") is None
    assert name_day(str(dated / "記事.txt")) is None


def test_a_seed_written_without_its_year_takes_the_year_of_its_files_day(tmp_path):
    raw = _seed(NEWSWEEK, NEWSWEEK_DAY, "07月12日(土)01時58分", drop_years=True)
    assert _imported(tmp_path, "20250712-newsweek.txt", raw) == {
        "published": "2025-07-12T01:58:00+09:00", "published_inferred": None, "cleaning_check": None}
    # saved three days later, under the other forms
    assert _imported(tmp_path, "newsweek_2025_07_15.txt", raw)["published"] == "2025-07-12T01:58:00+09:00"


def test_an_id_in_the_name_gives_no_year(tmp_path):
    raw = _seed(NEWSWEEK, NEWSWEEK_DAY, "07月12日(土)01時58分", drop_years=True)
    found = _imported(tmp_path, "newsweek-2023071201234.txt", raw)
    assert found["published"] is None and "date_unsure" in found["cleaning_check"]


def test_a_weekday_the_names_year_does_not_fall_on_gives_no_year(tmp_path):
    raw = _seed(NEWSWEEK, NEWSWEEK_DAY, "07月12日(日)01時58分", drop_years=True)  # 2025-07-12 is a Saturday
    assert _imported(tmp_path, "20250712-newsweek.txt", raw)["published"] is None


def test_the_pages_own_full_date_wins_over_the_name(tmp_path):
    raw = (SEEDS / NEWSWEEK).read_text(encoding="utf-8")
    assert _imported(tmp_path, "20240101-newsweek.txt", raw)["published"] == "2025-07-12T01:58:00+09:00"


def test_the_year_the_page_writes_wins_over_the_name(tmp_path):
    raw = _seed(NEWSWEEK, NEWSWEEK_DAY, "07月12日(土)01時58分")  # the page's copyright and credit write 2025
    assert _imported(tmp_path, "20260801-newsweek.txt", raw)["published"] == "2025-07-12T01:58:00+09:00"


def test_a_day_written_year_last_is_ordered_by_the_name_when_one_reading_only_fits(tmp_path):
    raw = _seed(REUTERS, REUTERS_DAY, "05/02/2026 10:40")  # the fifth of February (or the second of May)
    named = _imported(tmp_path, "2026-02-05 ロイター.txt", raw)
    assert named["published"] == "2026-02-05T10:40:00+09:00" and "date_unsure" not in (named["cleaning_check"] or "")
    # an id, or a day both readings fall before within the year: the text's suggestion, and the page flagged
    for name in ("ロイター-4778030123.txt", "2026_05_10.txt"):
        found = _imported(tmp_path, name, raw)
        assert found["published"] == "2026-02-05T10:40:00+09:00" and "date_unsure" in found["cleaning_check"]


def test_an_undated_page_saying_hours_ago_is_counted_back_from_the_names_day(tmp_path):
    raw = _seed(NEWSWEEK, NEWSWEEK_DAY, "3時間前", drop_years=True)
    found = _imported(tmp_path, "2025-07-12 ニューズウィーク.txt", raw)  # (the file was written today)
    assert (found["published"], found["published_inferred"]) == (None, "2025-07-12")


def test_a_year_the_text_suggests_that_puts_the_day_after_the_names_gives_way(tmp_path):
    # a livedoor article (2012-08-24 20:55) whose text writes a later full date (…2015年8月31日まで, an offer's end):
    # the year the text suggests for 8/24 is 2015, after the day the file was saved
    lines = (LIVEDOOR / "smax" / "smax-6887027.txt").read_text(encoding="utf-8").split("\n")
    raw = "\n".join(["ニュース", "", lines[2].strip(), "8/24 20:55配信", "", *lines[3:]])
    assert _imported(tmp_path, "smax.txt", raw)["published"][:4] == "2015"
    assert _imported(tmp_path, "20120825-smax.txt", raw)["published"] == "2012-08-24T20:55:00+09:00"


def test_the_cleaning_says_when_only_the_files_name_placed_the_date():
    """What an import of a saved web page reads (core.ingest.html_page): a date line the page's words leave untold
    is dated by the name alone; one whose year or order they tell or suggest is the page's, the name only settling
    it."""
    yearless = _seed(NEWSWEEK, NEWSWEEK_DAY, "07月12日(土)01時58分", drop_years=True)
    named = clean_dump(yearless, source="20250712-newsweek.txt")
    assert (named.published, named.published_from_name) == ("2025-07-12T01:58:00+09:00", True)
    assert clean_dump(yearless).published is None
    for raw, name in ((_seed(NEWSWEEK, NEWSWEEK_DAY, "07月12日(土)01時58分"), "20260801-newsweek.txt"),  # its © year
                      (_seed(REUTERS, REUTERS_DAY, "05/02/2026 10:40"), "2026-02-05 ロイター.txt")):  # the text's
        named = clean_dump(raw, source=name)
        assert named.published and not named.published_from_name
        assert clean_dump(raw).published
