"""Where a page shows the article's date: day first and dotted, at the foot past links, under other articles'
dates by the headline, beside a ranking's relative stamps, an update by the headline and the publication below."""

from __future__ import annotations

import pytest

from core.cleaning.date_labels import page_date
from core.cleaning.dump import clean_dump
from core.dates.lines import find_datetime
from tests.core.test_cleaning_date_choice import BODY, HEADLINE, page

LINKS = ["■外交の記事をもっと見る", "・米国務長官が来日へ、外相会談で調整", "・韓国大統領が訪米、首脳会談で合意",
         "・北朝鮮が弾道ミサイル発射、日本海に落下", "・ＡＳＥＡＮ外相会議が開幕、南シナ海で議論",
         "・日豪首脳が電話会談、安保協力を確認", "・中東情勢、国連安保理が緊急会合", "・ＥＵ首脳会議、対ロ制裁の延長で合意",
         "・日印外相が会談、経済協力で一致", "・ＮＡＴＯ事務総長が来日、首相と会談"]


@pytest.mark.parametrize("line, iso", [
    ("04.12.2024", "2024-12-04"),
    ("04.12.2024 10:00", "2024-12-04T10:00"),
    ("4.12.2024, 10:00 JST", "2024-12-04T10:00"),
    ("12.24.2024", "2024-12-24"),  # a second figure past 12 is the day: the month came first
    ("Published: 4 December 2024", "2024-12-04"),
    ("掲載日：4 December 2024", "2024-12-04"),
])
def test_a_day_first_dotted_date_and_a_labelled_english_day_are_read(line, iso):
    assert page_date(line).iso.startswith(iso)
    assert clean_dump(page(HEADLINE, line)).published.startswith(iso)


@pytest.mark.parametrize("text", ["v1.2.2024", "192.168.1.2024", "32.12.2024", "13.13.2024"])
def test_numbers_with_dots_that_make_no_day_first_date_are_no_date(text):
    assert find_datetime(text) is None


def test_the_date_lines_closing_the_text_are_its_date_not_a_paragraph():
    foot = ("・関連：米国務長官が来日へ", "・関連：韓国大統領が訪米", "", "公開日：2024/12/04 10:00",
            "更新日：2024/12/05 09:00", "")
    article = clean_dump(page(HEADLINE, foot=foot))
    assert article.published.startswith("2024-12-04T10:00")
    assert not any("2024/12/0" in paragraph for paragraph in article.paragraphs)


def test_a_publication_date_past_a_long_list_of_links_under_the_text_dates_the_page():
    # the publication and the update one over the other count as one stamp: the publication is the date
    article = clean_dump(page(HEADLINE, foot=(*LINKS, "", "最終更新：2024/12/05 09:00", "配信日時：2024/12/04 10:00", "")))
    assert article.published.startswith("2024-12-04T10:00")
    # a day without its time counts when its label says it is the publication
    article = clean_dump(page(HEADLINE, foot=(*LINKS, "", "掲載日：2024年12月04日", "")))
    assert article.published.startswith("2024-12-04")
    # two stamps of no label, each on its line, are a list's or comments': they tell nothing
    article = clean_dump(page(HEADLINE, foot=(*LINKS, "", "2024/12/04 10:00", "2024/12/05 09:00", "")))
    assert article.published is None


def test_an_item_with_its_day_in_brackets_under_the_text_is_another_articles_date():
    foot = ("バックナンバー：", "・「日中外相が会談、懸案で協議」（2024年11月20日）", *LINKS[1:], "",
            "（2024年12月4日 配信）", "")
    assert clean_dump(page(HEADLINE, foot=foot)).published.startswith("2024-12-04")


def test_other_articles_dates_under_the_headline_give_way_to_the_articles_own_under_its_text():
    listed = ("関連記事", "北朝鮮が弾道ミサイル発射、日本海に落下", "2024年12月3日 08:00",
              "米大統領選、共和党候補が勝利宣言", "2024年11月6日 15:00")
    article = clean_dump(page(HEADLINE, "", *listed, foot=("公開日：2024年12月4日 10:00", "")))
    assert article.published.startswith("2024-12-04T10:00")
    assert article.title == HEADLINE


def test_a_rankings_relative_stamps_between_the_date_line_and_the_text_are_not_the_articles():
    ranking = ("アクセスランキング", "北朝鮮が弾道ミサイル発射、日本海に落下", "3時間前",
               "米大統領選、共和党候補が勝利宣言", "昨日 18:20")
    article = clean_dump(page(HEADLINE, "2024年12月4日 10:00", "", *ranking))
    assert article.published.startswith("2024-12-04T10:00")
    # the article's own stamp by its headline still says the dates above it are not the article's
    article = clean_dump(page("2024年12月18日（水）", "", HEADLINE, "3時間前"))
    assert article.published is None


def test_an_update_by_the_headline_gives_way_to_the_publication_under_the_text():
    article = clean_dump(page(HEADLINE, "更新日：2024/12/05 09:00", foot=("公開日：2024/12/04 10:00", "")))
    assert article.published.startswith("2024-12-04T10:00")
    # past a long list of links as well
    article = clean_dump(page(HEADLINE, "最終更新 2024/12/05 09:00", foot=(*LINKS, "", "公開日：2024/12/04 10:00", "")))
    assert article.published.startswith("2024-12-04T10:00")
    # an unlabelled date by the headline stays the article's
    article = clean_dump(page(HEADLINE, "2024/12/05 09:00", foot=("公開日：2024/12/04 10:00", "")))
    assert article.published.startswith("2024-12-05T09:00")
    assert BODY[0] in article.paragraphs


@pytest.mark.parametrize("source", ["（2024年12月4日 東邦新聞）", "提供：東邦新聞 2024/12/04", "出典：東邦新聞（2024年12月4日）"])
def test_a_source_line_with_its_day_past_the_articles_links_dates_the_page(source):
    article = clean_dump(page(HEADLINE, foot=(*LINKS, source, "")))
    assert article.published.startswith("2024-12-04")
    # a bracketed line of a day and words that is no source line's shape tells nothing that far down
    article = clean_dump(page(HEADLINE, foot=(*LINKS, "次回は2024年12月4日に公開予定です", "")))
    assert article.published is None
