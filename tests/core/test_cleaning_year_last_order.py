"""A date line written with its year last in an order the line cannot tell (12/03/2024 15:40: the third of December or
the twelfth of March): read in the order the site's other dates show, else by the weekday written on it."""

from __future__ import annotations

import pytest

from core.cleaning.dump import clean_dump
from core.cleaning.year_last import lead_ordered, near_ordered, page_ordered
from core.dates.lines import in_order, year_last_orders
from tests.core.test_cleaning_date_choice import HEADLINE, page

RELATED_US = ("", "関連記事", "米大統領、アジア歴訪へ（11/28/2024）", "国連総会が閉幕（12/01/2024）")
RELATED_EU = ("", "関連記事", "米大統領、アジア歴訪へ（28/11/2024）", "国連総会が閉幕（01/12/2024）")


def test_the_orders_a_site_shows_where_a_figure_past_12_tells_it():
    assert year_last_orders(["米大統領、アジア歴訪へ（11/28/2024）", "12/03/2024 15:40"]) == {True}
    assert year_last_orders(["28/11/2024 09:00"]) == {False}
    assert year_last_orders(["12/03/2024 15:40", "2024年12月3日"]) == set()
    assert in_order("12/03/2024 15:40", True).iso.startswith("2024-12-03T15:40")
    assert in_order("12/03/2024 15:40", False).iso.startswith("2024-03-12T15:40")


@pytest.mark.parametrize("line, related, iso", [
    ("12/03/2024 15:40", RELATED_US, "2024-12-03T15:40"),
    ("03/12/2024 15:40", RELATED_EU, "2024-12-03T15:40"),
])
def test_the_sites_other_dates_tell_the_order_of_the_date_line(line, related, iso):
    assert clean_dump(page(HEADLINE, line)).published is None  # alone, the day cannot be told
    article = clean_dump(page(HEADLINE, line, foot=related))
    assert article.published.startswith(iso)
    assert not article.cleaning_check


@pytest.mark.parametrize("line, iso", [
    ("Tue, 12/03/2024 15:40", "2024-12-03T15:40"),  # 3 December 2024 is a Tuesday, 12 March 2024 as well: below
    ("Wednesday 12/04/2024 15:40", "2024-12-04T15:40"),
    ("04/12/2024(水) 15:40", "2024-12-04T15:40"),
])
def test_the_weekday_written_tells_the_order_when_one_reading_falls_on_it(line, iso):
    found = page_ordered(line, [])
    if line.startswith("Tue"):
        assert found is None  # both readings fall on a Tuesday: no day is better than a wrong one
    else:
        assert found.iso.startswith(iso)


def test_a_site_showing_both_orders_or_none_tells_no_order():
    mixed = [*RELATED_US, "各国首脳が会談（28/11/2024）"]
    assert page_ordered("12/03/2024 15:40", mixed) is None
    assert page_ordered("12/03/2024 15:40", ["国連総会が閉幕", "© 2008-2025"]) is None
    assert page_ordered("12/03/2024 15:40", list(RELATED_US)).iso.startswith("2024-12-03T15:40")


def test_the_same_day_and_month_need_no_order():
    assert clean_dump(page(HEADLINE, "12/12/2024 15:40")).published.startswith("2024-12-12T15:40")


def test_the_pages_latest_full_date_suggests_the_order_when_one_reading_is_far_nearer_and_the_page_is_flagged():
    recent = ["新着記事", "米大統領、アジア歴訪へ（2024年11月29日）", "国連総会が閉幕（2024年12月1日）"]
    assert near_ordered("12/03/2024 15:40", recent).iso.startswith("2024-12-03T15:40")  # 2 days, not 264
    assert near_ordered("03/12/2024 15:40", recent).iso.startswith("2024-12-03T15:40")
    # 11 December or 12 November, the latest full date 1 December: both near, no order
    assert near_ordered("12/11/2024 15:40", recent) is None
    # the page tells no order for sure: on real texts the nearer reading is wrong about once in fourteen (a full date
    # of an event to come), so the date is read and the page is asked to be checked at its date line
    assert page_ordered("12/03/2024 15:40", recent) is None
    listed = ("", "新着記事", "米大統領が来週からアジア各国を歴訪、同盟国との連携を確認へ（2024年11月29日）",
              "国連総会が閉幕、気候変動対策の決議を採択して各国代表が帰国（2024年12月1日）", "")
    article = clean_dump(page(HEADLINE, "03/12/2024 15:40", foot=listed))
    assert article.published.startswith("2024-12-03T15:40") and article.cleaning_check == "date_unsure"


@pytest.mark.parametrize("numbered", ["https://www.example-shimbun.jp/news/20241203/a7731.html", "記事番号：2024120300123",
                                      "20241203-00000123-jij-000-view.jpg"])
@pytest.mark.parametrize("line", ["12/03/2024 15:40", "03/12/2024 15:40"])
def test_the_day_the_address_or_the_articles_number_opens_with_tells_the_order(numbered, line):
    assert page_ordered(line, [numbered]).iso.startswith("2024-12-03T15:40")
    assert clean_dump(page(HEADLINE, line, top=(numbered, ""))).published.startswith("2024-12-03T15:40")
    # a number of another day tells nothing: neither reading is filed so
    assert page_ordered(line, [numbered.replace("20241203", "20241205")]) is None


def test_the_day_the_texts_first_sentence_names_suggests_the_order_and_the_page_is_still_flagged():
    lead = "　外務省によると、上川陽子外相は３日夜、中国の王毅外相と約４０分間電話で会談した。両外相は12日の会談で一致した。"
    assert lead_ordered("12/03/2024 15:40", lead).iso.startswith("2024-12-03T15:40")  # the 3rd, not the 12th
    assert lead_ordered("03/12/2024 15:40", lead).iso.startswith("2024-12-03T15:40")
    assert lead_ordered("12/04/2024 15:40", lead).iso.startswith("2024-12-04T15:40")  # published the day after
    # both readings named (3日 and 12日 in the first sentence), none, or a count of days: no order
    assert lead_ordered("12/03/2024 15:40", "首相は3日、12日の会談に臨むと述べた。") is None
    assert lead_ordered("12/03/2024 15:40", "両国の首脳が電話で会談した。") is None
    assert lead_ordered("12/03/2024 15:40", "首脳会談は3日間にわたった。") is None
    article = clean_dump(page(HEADLINE, "12/04/2024 15:40"))  # the page's text: 上川陽子外相は４日夜、…
    assert article.published.startswith("2024-12-04T15:40") and article.cleaning_check == "date_unsure"


def test_the_month_and_day_the_texts_first_lines_name_suggest_the_order():
    # 理事会は12月3日、…: the reading whose month and day (or the day before) the text names with the month
    opening = ["　国連の安全保障理事会は12月3日、北朝鮮への制裁決議を採択した。", "　決議は全会一致だった。"]
    assert lead_ordered("12/03/2024 15:40", "", opening).iso.startswith("2024-12-03T15:40")
    assert lead_ordered("03/12/2024 15:40", "", opening).iso.startswith("2024-12-03T15:40")
    assert lead_ordered("12/04/2024 15:40", "", opening).iso.startswith("2024-12-04T15:40")  # the day after
    # both named, a full date (near_ordered's), a span of days, or a line past the opening: no order
    assert lead_ordered("12/03/2024 15:40", "", ["12月3日と3月12日に会合を開く。"]) is None
    assert lead_ordered("12/03/2024 15:40", "", ["理事会は2024年12月3日、決議を採択した。"]) is None
    assert lead_ordered("12/03/2024 15:40", "", ["会期は12月3日間だった。"]) is None
    assert lead_ordered("12/03/2024 15:40", "", ["決議を採択した。", "全会一致だった。", "各国が歓迎した。",
                                                 "理事会は12月3日に開かれた。"]) is None


def test_a_page_whose_text_names_its_month_and_day_reads_the_day_and_is_flagged():
    text = ("", "　国連の安全保障理事会は12月3日、北朝鮮への制裁決議を全会一致で採択した。各国の代表が相次いで演説した。")
    article = clean_dump(page(HEADLINE, "03/12/2024 15:40", *text))
    assert article.published.startswith("2024-12-03T15:40") and article.cleaning_check == "date_unsure"


def test_the_texts_own_latest_full_date_suggests_the_order_when_the_pages_lists_write_other_years():
    # the site's list over the headline writes days of later years: the page's latest full date is far from both
    # readings; the text's own (2024年12月1日) is near one of them
    listed = ("人気記事", "2027/05/06 米大統領が来日", "2028/02/11 国連総会が閉幕", "")
    text = ("", "　両国は2024年12月1日に予備協議を開いた。政府は首脳会談に向けて調整を続けている。")
    article = clean_dump(page(*listed, HEADLINE, "03/12/2024 15:40", *text))
    assert article.published.startswith("2024-12-03T15:40") and article.cleaning_check == "date_unsure"
