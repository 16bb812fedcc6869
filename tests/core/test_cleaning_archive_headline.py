"""A breadcrumb or an archive's heading that files the page under a year (ホーム > 2010, アーカイブ 2010,
2010年の国際ニュース) on the line right over the headline: the site's part the page stands in, never the headline
nor a half of it."""

from __future__ import annotations

import pytest

from core.cleaning.dump import clean_dump
from core.cleaning.month_years import files_a_year
from tests.core.test_cleaning_date_choice import HEADLINE, page

FILED = ["ホーム > 2023", "アーカイブ 2023", "2023年の国際ニュース", "ホーム ＞ 2023年", "ホーム > アーカイブ > 2023 > 国際",
         "TOP › 国際 › 2023", "ホーム ＞ ニュース一覧 ＞ 2023年", "２０２３年の記事一覧"]


@pytest.mark.parametrize("over", FILED)
@pytest.mark.parametrize("day", ["2023年12月4日 18:05", "12月4日 18:05"])
def test_a_year_filed_right_over_the_headline_is_no_half_of_it(over, day):
    article = clean_dump(page(over, HEADLINE, day))
    assert article.title == HEADLINE
    assert article.published.startswith("2023-12-04T18:05")


@pytest.mark.parametrize("over", FILED)
@pytest.mark.parametrize("headline", ["走行中の特急が工事用車両と接触、けが人なし-東京・渋谷",
                                      "菊花賞を制したのは北島三郎の持ち馬、「まつり」も熱唱される", "訃報 山城新伍氏"])
def test_a_year_filed_over_the_headline_does_not_win_over_it(over, headline):
    assert clean_dump(page(over, headline, "12/04 18:05")).title == headline


def test_a_breadcrumb_closed_by_the_headline_still_gives_it():
    # the crumb's last entry is the headline itself, not a part of the site
    assert not files_a_year("ホーム > 2023 > 訃報 山城新伍氏")
    assert not files_a_year("ホーム > 2023 > 訃報山城新伍氏")


@pytest.mark.parametrize("text", ["2010年の首脳会談を振り返る", "2010年W杯、日本代表が決勝T進出", "訃報 山城新伍氏",
                                  "ホーム > 国際 > 2010年度予算案を閣議決定", "2010年の国際ニュースを振り返って。"])
def test_a_headline_writing_a_year_files_none(text):
    assert not files_a_year(text)


@pytest.mark.parametrize("text", FILED)
def test_breadcrumbs_and_archive_headings_file_a_year(text):
    assert files_a_year(text)
