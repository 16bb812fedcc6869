"""Date forms and placements of outlets Kaidan was not written for: kanji numerals, (Thu), relative stamps,
a photo's 撮影 day, dates glued to a headline, lists of new articles written date first, readers' comments."""

from __future__ import annotations

from datetime import timedelta

import pytest

from core.article import Article
from core.cleaning.apply import apply_cleaning
from core.cleaning.glued_dates import glued_date
from core.cleaning.dump import clean_dump
from core.cleaning.date_labels import date_label, page_date
from core.cleaning.page_dates import with_year
from core.cleaning.relative_stamps import stamp_age, stamped_day
from core.dates.fields import parse_date
from core.dates.lines import find_datetime
from tests.core.test_cleaning_date_choice import BODY, HEADLINE, page


@pytest.mark.parametrize("text, iso", [
    ("二〇二四年十二月四日", "2024-12-04"),
    ("二〇一六年二月十日 十五時四十分", "2016-02-10T15:40"),
    ("令和六年十二月四日　午後三時五分", "2024-12-04T15:05"),
    ("平成二十八年二月十一日（木）", "2016-02-11"),
    ("令和元年五月一日", "2019-05-01"),
    ("2024/12/04 (Wed) 10:00", "2024-12-04T10:00"),
    ("2016/02/11 (Thu.) 08:00", "2016-02-11T08:00"),
])
def test_dates_in_kanji_numerals_and_with_english_weekdays_are_read(text, iso):
    assert find_datetime(text, yearless=True).iso.startswith(iso)


def test_kanji_numerals_that_make_no_date_are_no_date():
    assert find_datetime("二〇二四年十二月四十日") is None  # no 40th
    assert find_datetime("十二月四日", yearless=True) is None  # a month and day in kanji: text, not a date line
    assert find_datetime("第十二月四日号") is None


def test_an_english_weekday_tells_the_year_of_a_month_and_day_date():
    found = page_date("12/4 (Wed) 10:00")
    assert with_year(found, ["2024年11月28日"]).iso.startswith("2024-12-04T10:00")  # 2024-12-04 was a Wednesday
    # the text's latest full date puts the day in 2022, a Sunday: the weekday disagrees, and no year is told
    assert with_year(found, ["2023年3月1日"]) is None


@pytest.mark.parametrize("line", [
    "（2024年11月28日撮影）", "撮影日：2024年11月28日", "2024年12月4日（水） 12:00 現在", "2024年12月4日時点",
])
def test_a_photo_s_day_and_an_as_of_time_never_date_the_page(line):
    assert date_label(line) == "event"


def test_a_photo_s_day_above_the_date_line_gives_way_to_it():
    article = clean_dump(page(HEADLINE, "（2024年11月28日撮影）", "2024年12月4日 10:00"))
    assert article.published.startswith("2024-12-04T10:00")
    alone = clean_dump(page(HEADLINE, "撮影日：2024年11月28日"))
    assert alone.published is None


@pytest.mark.parametrize("line, age", [
    ("3時間前", timedelta(hours=3)), ("配信：9時間前", timedelta(hours=9)), ("15分前 配信", timedelta(minutes=15)),
    ("昨日 10:00", timedelta(days=1)), ("昨日 10時00分 配信", timedelta(days=1)), ("一昨日 配信", timedelta(days=2)),
])
def test_relative_stamps_say_how_long_before_the_page_was_viewed(line, age):
    assert stamp_age(line) == age


@pytest.mark.parametrize("line", ["昨日", "今日", "3時間前に会談した", "昨日の会談で首相は何を語ったのか 10:00"])
def test_a_ranking_tab_or_a_sentence_is_no_stamp(line):
    assert stamp_age(line) is None


def test_a_relative_stamp_counts_back_from_the_day_the_page_shows_it_was_viewed():
    lines = ["2024年12月5日（木） 09:00 現在", "ホーム", HEADLINE, "昨日 10:00", BODY[0]]
    assert stamped_day(lines, lambda: None) == "2024-12-04"
    lines = ["2024年12月5日（木）", "ホーム", HEADLINE, "3時間前", BODY[0]]
    assert stamped_day(lines, lambda: None) == "2024-12-05"
    assert stamped_day(["ホーム", HEADLINE, "3時間前", BODY[0]], lambda: None) is None  # nothing tells the day


def test_a_page_dated_by_a_relative_stamp_has_no_publication_date_but_its_inferred_day():
    article = Article(source="page.txt", source_format="txt",
                      raw=page(HEADLINE, "昨日 10:00", top=("2024年12月5日（木） 09:00 現在", "")))
    apply_cleaning(article)
    assert article.published is None  # the viewed day atop the page is not the article's date
    assert (article.published_inferred, article.published_inferred_precision) == ("2024-12-04", "day")
    assert article.title == HEADLINE


@pytest.mark.parametrize("headline, iso", [
    (HEADLINE + "　2024/12/04 10:00", "2024-12-04T10:00"),
    (HEADLINE + "２０２４／１２／０４（水）　１０：００", "2024-12-04T10:00"),
    (HEADLINE + " 二〇二四年十二月四日", "2024-12-04"),
    (HEADLINE + "【2024年12月4日 10時00分】", "2024-12-04T10:00"),
    (HEADLINE + " 12/4 10:00配信", "2000-12-04T10:00"),  # the year comes from the page later
])
def test_a_date_glued_to_the_end_of_a_headline_is_found(headline, iso):
    assert glued_date(headline).iso.startswith(iso)


@pytest.mark.parametrize("headline", [
    "東日本大震災から5年、3月11日", "きょう12月4日", "2024年12月4日", "会談　2024年12月4日",
])
def test_a_headline_about_a_day_keeps_it(headline):
    assert glued_date(headline) is None  # a month and day without a time, or too few words before the date


def test_a_page_whose_only_date_is_glued_to_its_headline_is_dated_by_it_and_keeps_its_headline():
    article = clean_dump(page(HEADLINE + "　2024/12/04 (Wed) 10:00"))
    assert article.published.startswith("2024-12-04T10:00")
    assert article.title == HEADLINE


def test_a_list_of_new_articles_written_date_first_does_not_date_the_article():
    new = ["新着ニュース", "2024/12/05 11:02　米大統領、来月にも訪日へ調整", "2024/12/05 14:30　日銀、追加利上げを見送り",
           "2024/12/06 08:15　北海道で記録的な大雪、交通に乱れ"]
    article = clean_dump(page(*new, "", HEADLINE, "毎日新聞 二〇二四年十二月四日 十時"))
    assert article.published.startswith("2024-12-04T10:00")
    assert article.title == HEADLINE


@pytest.mark.parametrize("label", ["この記事へのコメント", "みんなの反応", "コメント（3件）"])
def test_readers_comments_under_the_date_at_the_foot_do_not_hide_it(label):
    comments = ("", "2024年12月4日 10:00", "", label, "匿名さん 2024/12/04 13:40", "本当にそう思います。",
                "ゲストさん 2024/12/04 18:51", "続報を待ちたい。")
    article = clean_dump(page(HEADLINE, foot=comments))
    assert article.published.startswith("2024-12-04T10:00")


@pytest.mark.parametrize("value, iso", [
    ("20241204", "2024-12-04"), ("202412041000", "2024-12-04T10:00:00+09:00"),
    ("Dec 4, 2024", "2024-12-04"), ("二〇二四年十二月四日", "2024-12-04"),
])
def test_metadata_dates_in_compact_and_written_forms(value, iso):
    assert parse_date(value)[0] == iso


def test_a_number_that_is_no_date_stays_none():
    assert parse_date("19991399") is None
    assert parse_date("page 3") is None


@pytest.mark.parametrize("line", [
    "2024年12月4日 10時00分　ツイート　シェア　ブックマーク　印刷　メール　LINEで送る　Facebookでシェア　はてなブックマーク　Pocket",
    "政治 | 2024年12月4日 10:00 | 文：山田太郎 | この記事は会員限定です。会員登録で続きを読めます。",
])
def test_a_date_among_share_buttons_or_beside_a_paywall_note_dates_the_page(line):
    article = clean_dump(page(HEADLINE, line))
    assert article.published.startswith("2024-12-04T10:00")
    assert article.title == HEADLINE


@pytest.mark.parametrize("line", [
    "12月4日(水)まで無料でお読みいただけます　続きを読む",  # a deadline in a sentence
    "北海道で記録的な大雪、交通に乱れ(12/04 10:00)",  # another article's headline with its day
])
def test_a_sentence_or_a_list_item_with_a_date_is_no_date_line(line):
    assert clean_dump(page(HEADLINE, line)).published is None


def test_an_html_page_with_a_photo_s_day_under_its_headline_is_dated_by_its_date_line():
    from core.ingest.html_page import article_from_html

    paragraphs = "".join(f"<p>{text.strip()}</p>" for text in BODY)
    html = (f"<html><head><title>{HEADLINE}</title></head><body><nav>ホーム</nav><article><h1>{HEADLINE}</h1>"
            "<figure><figcaption>（2024年11月28日撮影）</figcaption></figure>"
            f"<div class='date'>2024年12月4日 10時00分</div>{paragraphs}</article></body></html>")
    article = article_from_html("page.html", html)
    assert article.published.startswith("2024-12-04T10:00")


def test_the_site_s_day_opening_a_header_link_far_above_the_body_does_not_date_an_undated_page():
    header = ("05月02日朝日新聞デジタル朝刊記事一覧へ（朝5時更新）", "", *[f"メニュー項目その{n}" for n in range(14)], "")
    assert clean_dump(page(HEADLINE, top=header)).published is None
    assert clean_dump(page(HEADLINE, "2024年12月4日 10:00", top=header)).published.startswith("2024-12-04T10:00")


@pytest.mark.parametrize("line", [
    "2024年12月4日 10時00分" + " " * 8 + "アクセスランキング　今週よく読まれた記事のまとめはこちらです",
    "【PR】資料請求はこちらから　無料でお届けします" + " " * 5 + "2024/12/04 (Wed) 10:00",
])
def test_a_date_line_printed_beside_a_sidebar_column_dates_the_page(line):
    assert clean_dump(page(HEADLINE, line)).published.startswith("2024-12-04T10:00")


def test_a_sidebar_column_with_a_sentence_about_a_day_is_no_date_line():
    line = "ランキング" + " " * 6 + "首相は12月4日に訪米する予定だと政府関係者が明らかにした"
    assert clean_dump(page(HEADLINE, line)).published is None


@pytest.mark.parametrize("headline, iso", [
    ("【2024.12.04】" + HEADLINE, "2024-12-04"),
    ("令和六年十二月四日　" + HEADLINE, "2024-12-04"),
    ("Dec. 4, 2024 | " + HEADLINE, "2024-12-04"),
    (HEADLINE + " 2024年12月4日 10時00分 (最終更新 2024年12月5日 12時13分)", "2024-12-04T10:00"),
])
def test_a_date_glued_before_a_headline_or_with_its_update_after_it_is_the_publication(headline, iso):
    found = glued_date(headline)
    assert found.iso.startswith(iso)
    article = clean_dump(page(headline))
    assert article.published.startswith(iso)
    assert article.title == HEADLINE


@pytest.mark.parametrize("headline", [
    "2024年12月4日、首相は外遊先で会見を開き方針を表明した", "2024年12月4日の会談で何が話されたのか検証する",
])
def test_a_headline_opening_with_the_day_it_tells_of_keeps_it(headline):
    assert glued_date(headline) is None


def test_a_time_with_pm_after_a_numeric_date_is_read_on_the_clock():
    assert find_datetime("2024/12/04 8:52 PM").iso.startswith("2024-12-04T20:52")
    assert find_datetime("2024.12.4 12:05 am").iso.startswith("2024-12-04T00:05")
