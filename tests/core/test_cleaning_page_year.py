"""A month-and-day date line whose year nothing on the page writes in full: the year guessed from the page's
address, its file's named day or the years its text writes (with the weekday's help), kept as the inferred day and
flagged; the publication date stays empty."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from core.article import Article
from core.cleaning.apply import apply_cleaning
from core.cleaning.checks import DATE_UNSURE, reason_codes
from core.cleaning.date_labels import page_date
from core.cleaning.page_dates import page_placed, with_year
from core.cleaning.page_year import guessed_year, last_year_written
from tests.core.test_cleaning_date_choice import HEADLINE, page
from tests.shared_data import require

PAGES = Path(__file__).resolve().parents[2].parent / "shared" / "pages"
KOBE = "25-kobe-np-20160211-eiga-yakuza-to-kenpou.txt"  # its text writes ２０１１年 and １９８５年, no full date
HOCHI = "32-hochi-20170130-watanabe-ippei-sekaishin.txt"  # its text writes ２０１２年, ２０１４年 and a birthday


def _yearless(name: str, written: str) -> str:
    """The real page with its date line's date written as a portal writes it, without the year."""
    gold = json.loads(require(PAGES / "gold.json").read_text(encoding="utf-8"))[name]
    raw = (PAGES / "txt" / name).read_text(encoding="utf-8")
    assert raw.count(gold["published_text"]) == 1
    return raw.replace(gold["published_text"], written)


def _cleaned(raw: str, source: str = "") -> Article:
    article = Article(source=source, source_format="txt", raw=raw)
    apply_cleaning(article)
    return article


def test_the_years_a_pasted_page_writes_and_the_weekday_give_the_inferred_day():
    # 2014 is the last year the text writes (the 1997 of a birthday left out); 30 January was a Thursday in 2014
    # and a Friday in 2015: 2013, the year before it, is the one of the three where it is the weekday written
    raw = _yearless(HOCHI, "1/30(水) 6:00配信")
    article = _cleaned(raw)
    assert article.published is None
    assert (article.published_inferred, article.published_inferred_precision) == ("2013-01-30", "day")
    assert DATE_UNSURE in reason_codes(article.cleaning_check)
    assert raw.split("\n")[article.cleaning_check_line - 1].startswith("1/30(水) 6:00配信")
    # a Monday falls on it in none of them (the page is of 2017, three years on): no day is guessed, the page flagged
    raw = _yearless(HOCHI, "1/30(月) 6:00配信")
    article = _cleaned(raw)
    assert (article.published, article.published_inferred) == (None, None)
    assert raw.split("\n")[article.cleaning_check_line - 1].startswith("1/30(月) 6:00配信")


def test_without_the_weekday_the_years_written_give_no_year():
    article = _cleaned(_yearless(KOBE, "2/11 6:00配信"))
    assert article.published is None and article.published_inferred is None
    assert DATE_UNSURE in reason_codes(article.cleaning_check)


def test_the_files_named_day_comes_before_the_years_written_and_is_never_passed(tmp_path):
    page = tmp_path / "20210210-page.txt"  # saved the day before 11 February 2021, a Thursday
    page.write_text(_yearless(KOBE, "2/11(木) 6:00配信"), encoding="utf-8")
    article = _cleaned(page.read_text(encoding="utf-8"), str(page))
    assert article.published is None
    assert article.published_inferred == "2016-02-11"  # the last Thursday 11 February on or before the file's named day


def test_an_address_with_the_dates_month_gives_its_year():
    found = page_date("5/21(火) 10:00配信")
    page = ["https://www.example.jp/news/2019/05/abc-123.html", "ニュース", "１９８５年の事件から"]
    assert guessed_year(found, page).iso.startswith("2019-05-21T10:00")
    other_month = ["https://www.example.jp/news/2019/04/abc-123.html"]
    assert guessed_year(page_date("5/21 10:00配信"), other_month) is None


def test_the_last_year_written_leaves_birth_years_out_and_reads_a_shortened_one():
    assert last_year_written(["松井氏は２０１２年限りで現役を引退し、翌１３年３月に長男が誕生。"]) == 2013
    assert last_year_written(["◆渡辺　一平　１９９７年３月１８日、大分県生まれ。", "２０１４年ユース五輪で優勝"]) == 2014
    assert last_year_written(["１３年ぶりの優勝", "東京2020", "価格は2980円"]) is None  # a length of time, a name, a price


def test_a_guess_never_passes_the_files_day():
    found = page_date("12/30(月) 9:00配信")
    placed = guessed_year(found, ["2024年の予定"], saved=date(2024, 12, 1))
    assert placed is not None and placed.iso[:10] <= "2024-12-01"  # 2019-12-30, a Monday
    assert placed.iso.startswith("2019-12-30")


ASAHI = "16-asahi-20170207-chikushino-kyoyu-taibatsu.txt"  # menus, the date line, the headline, buttons, the text


def test_a_date_line_without_its_year_still_anchors_the_headline_under_it():
    gold = json.loads(require(PAGES / "gold.json").read_text(encoding="utf-8"))[ASAHI]
    raw = _yearless(ASAHI, "2/7(火) 13:11配信").replace(gold["title"], "市立中教諭が生徒蹴る")
    article = _cleaned(raw)
    assert article.title == "市立中教諭が生徒蹴る"  # a short headline by the date line, not a menu line far above
    assert article.published is None and DATE_UNSURE in reason_codes(article.cleaning_check)


def test_a_month_and_day_goes_in_the_year_nearest_the_texts_latest_full_date():
    from tests.shared_data import livedoor_text

    lines = livedoor_text("peachy/peachy-5848593.txt").split("\n")  # dated 2011-09-09; its text writes 2011年9月7日
    page = "\n".join(["ニュース", "", lines[2], "9/9 18:47配信", "", *lines[3:]])
    article = _cleaned(page)
    # two days after the latest full date, not a year before it
    assert article.published == "2011-09-09T18:47:00+09:00"


def test_a_weekday_the_pages_year_does_not_fall_on_gives_the_nearest_year_it_does_as_a_guess():
    # a portal's page shown in 2016 (its copyright, the day it was viewed) over an article of 16 September 2014, a
    # Tuesday: the page's words place the day in 2016, a Friday; the weekday's year two years off is a guess
    found = page_date("9/16(火) 23:29配信")
    shown = ["2016年4月30日現在のランキング", "Copyright (C) 2016 Example Portal. All Rights Reserved."]
    assert page_placed(found, shown).iso.startswith("2016-09-16")
    assert with_year(found, shown) is None
    assert guessed_year(found, shown).iso.startswith("2014-09-16T23:29")
    # a weekday falling on the day in none of the two years either side (9/16 was a Monday in 2013): no guess
    assert guessed_year(page_date("9/16(月) 23:29配信"), shown) is None


def test_the_cleaner_keeps_that_guess_as_the_inferred_day_and_flags_the_page():
    raw = page("ランキング（2016年4月30日更新）", "", HEADLINE, "9/16(火) 23:29配信").replace("© 2024", "© 2016")
    article = _cleaned(raw)
    assert article.published is None
    assert (article.published_inferred, article.published_inferred_precision) == ("2014-09-16", "day")
    assert DATE_UNSURE in reason_codes(article.cleaning_check)


def test_the_byline_beside_a_day_whose_year_nothing_tells_is_still_the_articles():
    for line in ("山田太郎 記者 | 軍事ブロガー  9/16(火) 23:29配信", "文・山田太郎　9/16(火) 23:29配信", "山田太郎　9/16 23:29"):
        article = _cleaned(page(HEADLINE, line).replace("© 2024", "© 2008-2025"))  # a span of years: no year
        assert (article.published, article.published_inferred) == (None, None)
        assert article.authors == ["山田太郎"]
        assert DATE_UNSURE in reason_codes(article.cleaning_check)


def test_years_written_in_the_eras_count_are_read_as_such_and_never_as_shortened_western_years():
    assert last_year_written(["政府は令和6年度の予算案で防衛費を増やした。"]) == 2024
    assert last_year_written(["平成元年に始まった協議は続いている。"]) == 1989
    # 平成23年5月 is May 2011, not a shortened 2023 after the 2019 the text writes
    assert last_year_written(["2019年に発効した協定は、平成23年5月の合意に基づく。"]) == 2019
    assert last_year_written(["◆山田太郎　平成２年３月１日、大分県生まれ。"]) is None  # a birthday


def test_an_era_year_the_text_writes_and_the_weekday_give_the_inferred_day():
    found = page_date("12/3(火) 10:00配信")
    # the text's last year 令和6年 (2024), where 12/3 is a Tuesday
    assert guessed_year(found, ["政府は令和6年度補正予算案を閣議決定した。"]).iso.startswith("2024-12-03T10:00")
