"""Headlines that are not the first long line of a header, and dates that stand elsewhere: a news ticker
over the site's menus, a series' name over the headline, a kicker over a headline broken in two, a byline
before the date, the day written with its year last, the day only in the page's address."""

from __future__ import annotations


import pytest

from core.article import Article
from core.cleaning import bylines
from core.cleaning.apply import apply_cleaning
from core.cleaning.dump import clean_dump
from core.dates.lines import find_datetime
from tests.shared_data import labelled_line as _line_of, labelled_page as _page

ZAKZAK = "33-zakzak-20170130-godzilla-matsui-jinan.txt"  # menus, a breadcrumb, the headline, a bare day
ASAHI = "16-asahi-20170207-chikushino-kyoyu-taibatsu.txt"  # section links, the headline, its date line
MINYU = "22-minyu-20160211-jishu-hinansha-shien.txt"  # a headline with a wide space between its parts
BBC = "09-bbc-20201009-france-lyon-eigyo-teishi.txt"  # the headline, the day alone under it


def test_a_news_ticker_atop_the_sites_menus_is_no_deck_of_the_headline():
    lines, gold = _page(ZAKZAK)
    ticker = ["速報", "23:19　北朝鮮が「人工衛星」打ち上げ", ""]
    article = clean_dump("\n".join(ticker + lines))
    assert article.title == gold["title"]  # the menus between part the ticker from the headline
    # a deck right under its headline still gives way to it
    at = _line_of(gold, "title")
    deck = "巨人・ヤンキースで活躍した松井秀喜氏に次男が誕生したことが分かった"
    article = clean_dump("\n".join(lines[: at + 1] + ["", deck] + lines[at + 1 :]))
    assert article.title == gold["title"]


def test_a_series_name_over_the_headline_is_not_taken_for_a_short_headline():
    lines, gold = _page(ASAHI)
    at = _line_of(gold, "title")
    article = clean_dump("\n".join(lines[:at] + ["連載「現場から」", ""] + lines[at:]))
    assert article.title == gold["title"]  # 「現場」 is in the lead, but two word pairs tell nothing


def test_a_kicker_over_a_headline_broken_in_two_belongs_to_the_whole_headline():
    lines, gold = _page(MINYU)
    at = _line_of(gold, "title")
    upper, lower = gold["title"].split("\u3000", 1)
    article = clean_dump("\n".join(lines[:at] + ["【独自】", upper, lower] + lines[at + 1 :]))
    assert article.title == "【独自】" + gold["title"]
    article = clean_dump("\n".join(lines[:at] + [upper, lower] + lines[at + 1 :]))
    assert article.title == gold["title"]


@pytest.mark.parametrize("line, author", [("文・山田太郎／2020年10月9日", "山田太郎"),
                                          ("佐藤健一｜2020年10月9日", "佐藤健一"),
                                          ("2020年10月9日 10時00分　鈴木花子", "鈴木花子")])
def test_a_byline_sharing_the_date_line_is_read_without_the_bar_between(line, author):
    lines, gold = _page(BBC)
    row = _line_of(gold, "published")
    article = clean_dump("\n".join(lines[:row] + [line] + lines[row + 1 :]))
    assert article.title == gold["title"]
    assert article.published[:10] == "2020-10-09"
    assert article.authors == [author]


@pytest.mark.parametrize("text, iso", [("02/10/2016 03:40 PM", "2016-02-10T15:40:00+09:00"),
                                       ("02/16/2016 15:40", "2016-02-16T15:40:00+09:00"),
                                       ("16/02/2016", "2016-02-16"),
                                       ("12/5/2024 10:00 AM JST", "2024-12-05T10:00:00+09:00"),
                                       ("10/02/2016 15:40", None),  # the tenth of February, or the second of October
                                       ("1/2/2016", None), ("5/20/16", None)])
def test_a_day_written_with_its_year_last_is_read_only_when_its_order_can_be_told(text, iso):
    found = find_datetime(text)
    assert (found.iso if found else None) == iso


def test_a_page_whose_only_day_is_in_its_address_gets_that_day_as_reference():
    lines, gold = _page(BBC)
    row = _line_of(gold, "published")
    dumped = ["https://www.bbc.com/japanese/2020/10/09/54473384", ""] + lines[:row] + lines[row + 1 :]
    article = Article(source="", source_format="txt", raw="\n".join(dumped))
    apply_cleaning(article)
    assert article.title == gold["title"]
    assert article.published is None  # the page shows no date line
    assert (article.published_inferred, article.published_inferred_precision) == ("2020-10-09", "day")


def test_a_magazines_issue_line_over_the_date_line_does_not_hide_the_date():
    lines, gold = _page(BBC)
    row = _line_of(gold, "published")
    article = clean_dump("\n".join(lines[:row] + ["週刊文春 2020年10月15日号", ""] + lines[row:]))
    assert article.title == gold["title"]
    assert article.published == gold["published"]  # not the issue's day, and not none at all


def test_a_portals_date_without_its_year_still_twins_the_partners():
    lines, gold = _page("35-livedoor-20201009-neko-yukkuri-mabataki.txt")
    row = _line_of(gold, "published")
    article = clean_dump("\n".join(lines[:row] + ["10/9(金) 12:00配信"] + lines[row + 1 :]))
    assert article.title == gold["title"]
    assert article.published == gold["published"]
    article = clean_dump("\n".join(lines[:row] + ["10/8(木) 12:00配信"] + lines[row + 1 :]))
    assert article.title != gold["title"]  # another day: the portal's line dates something else


def test_a_portals_headline_broken_over_two_lines_over_a_share_button_is_still_the_headline():
    lines, gold = _page("35-livedoor-20201009-neko-yukkuri-mabataki.txt")
    at = _line_of(gold, "title")
    upper, lower = "ネコに好かれるコツは「ゆっくりまばたき」", "心理学者のチームが実証"
    assert upper + lower == gold["title"]
    article = clean_dump("\n".join(lines[:at] + [upper, lower] + lines[at + 1 :]))
    assert article.title == gold["title"]  # not 「LINE共有ボタン」 above the date, nor the partner's headline


@pytest.mark.parametrize("labels", [("＜ 前の記事", "次の記事 ＞"), ("前へ", "次へ"), ("« Prev", "Next »")])
def test_the_stories_before_and_after_linked_over_the_header_are_not_its_headline(labels):
    lines, gold = _page(ZAKZAK)
    at = _line_of(gold, "title")
    neighbours = [labels[0], "FIFAが抜本的な組織改革案を発表、会長の任期に上限", labels[1],
                  "大型で非常に強い台風1号、進路を北北西に変える", ""]
    article = clean_dump("\n".join(lines[:at] + neighbours + lines[at:]))
    assert article.title == gold["title"]


def test_a_writers_name_over_a_follow_button_and_the_date_is_the_byline():
    lines, gold = _page(BBC)
    at, row = _line_of(gold, "title"), _line_of(gold, "published")
    box = ["田中美咲", "フォロー", "2020年10月9日", ""]
    article = clean_dump("\n".join(lines[:at] + box + lines[at:row] + lines[row + 1 :]))
    assert article.title == gold["title"]
    assert article.published == "2020-10-09"
    assert article.authors == ["田中美咲"]


@pytest.mark.parametrize("text, iso", [("2024年12月5日 木曜 午後6:40", "2024-12-05T18:40:00+09:00"),
                                       ("2024 年 12 月 5 日 10:00 JST", "2024-12-05T10:00:00+09:00"),
                                       ("H28.2.10 15:40", "2016-02-10T15:40:00+09:00"),
                                       ("R6.12.5", "2024-12-05"),
                                       ("ABCR6.12.5", None), ("毎週月曜 10時", None)])
def test_dates_with_a_bare_weekday_blanks_beside_the_figures_or_an_eras_initial(text, iso):
    found = find_datetime(text, yearless=True)
    assert (found.iso if found else None) == iso


def test_a_lead_photos_caption_credited_to_its_photographer_over_the_headline_is_a_caption():
    lines, gold = _page(ZAKZAK)
    at = _line_of(gold, "title")
    caption = "記者会見する関係者＝1月30日、東京都千代田区（撮影・山田太郎）"
    article = clean_dump("\n".join(lines[:at] + [caption, ""] + lines[at:]))
    assert article.title == gold["title"]
    assert caption in article.captions


@pytest.mark.parametrize("line, name", [("政治部 山田太郎", "山田太郎"), ("経済部・山田太郎", "山田太郎"),
                                        ("ワシントン支局 山田 太郎", "山田 太郎"), ("山田太郎 政治部記者", "山田太郎"),
                                        ("山田太郎（政治部）", "山田太郎"), ("政治部 国際部", None), ("編集部", None)])
def test_a_byline_with_the_writers_desk_or_bureau_names_the_writer_alone(line, name):
    assert bylines.byline_names(line) == ([name] if name else [])


@pytest.mark.parametrize("line", ["2020年10月9日10時00分 政治部 山田太郎", "山田太郎（やまだ・たろう）2020年10月9日 10:00"])
def test_a_date_line_with_a_desk_and_a_writer_or_a_writers_reading_gives_both(line):
    lines, gold = _page(BBC)
    row = _line_of(gold, "published")
    article = clean_dump("\n".join(lines[:row] + [line] + lines[row + 1 :]))
    assert article.title == gold["title"]
    assert article.published == "2020-10-09T10:00:00+09:00"
    assert article.authors == ["山田太郎"]


MINPO = "23-minpo-20160211-311-sorezore-kangoshi.txt"  # the date line under the body: （ 2016/02/11 09:03 カテゴリー：主要）


def test_a_timestamp_under_the_articles_boxes_of_links_dates_a_page_with_no_date_line_above():
    lines, gold = _page(MINPO)
    row = _line_of(gold, "published")
    box = ["", "■関連情報", "(C) 2016 Example Films All Rights Reserved.", "3月24日（土）全国ロードショー。",
           *[f"・関連する記事の見出しその{n}について詳しく" for n in range(1, 9)], "", "", ""]
    article = clean_dump("\n".join(lines[:row] + box + lines[row:]))
    assert article.title == gold["title"]
    assert article.published == gold["published"]  # the one stamp further down, past the box
    # two such stamps (readers' comments, a list of articles) tell nothing
    other = "（ 2016/02/12 10:15 カテゴリー：主要）"
    article = clean_dump("\n".join(lines[:row] + box + lines[row:row + 1] + ["", other] + lines[row + 1 :]))
    assert article.published is None


def test_a_headline_of_latin_brand_names_joined_by_kana_is_a_headline_away_from_any_date_line():
    lines, gold = _page(MINPO)  # its date stands under the body: no date line by the headline
    at = _line_of(gold, "title")
    headline = "KDDI、au向けAndroid 4.0 ICS搭載「AQUOS PHONE CL IS17SH」を発表！メモリ液晶や最新Feel UX採用"
    article = clean_dump("\n".join(lines[:at] + [headline] + lines[at + 1 :]))
    assert article.title == headline  # not a menu entry of the site above it
    article = clean_dump("\n".join(lines[:at] + ["HOME NEWS WORLD BUSINESS TECH"] + lines[at + 1 :]))
    assert article.title != "HOME NEWS WORLD BUSINESS TECH"


def test_the_same_day_printed_over_and_under_the_headline_is_no_portals_twin():
    lines, gold = _page(ZAKZAK)
    at = _line_of(gold, "title")
    page = ["【注目】日本勢初めてのメダルは男子スピードスケート500メートルで", ""] + lines[:at] + ["社会 | 2017年1月30日", ""]
    article = clean_dump("\n".join(page + lines[at:]))
    assert article.title == gold["title"]  # not the line atop the page over the day alone
    assert article.published == gold["published"]  # ニュース詳細 over the day is no list of dated headlines
