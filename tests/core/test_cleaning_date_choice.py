"""Which date line of a page dump is the article's: update lines, related lists, the site's header day."""

from __future__ import annotations

import pytest

from core.cleaning.date_labels import date_label, page_date
from core.cleaning.dump import clean_dump
from core.cleaning.lines import classify

MENU = ["ホーム", "", "ニュース", "政治", "国際", "経済", "スポーツ", "エンタメ", "ログイン", ""]
HEADLINE = "日中外相が電話会談、首脳会談の調整で一致"
BODY = [
    "　外務省によると、上川陽子外相は４日夜、中国の王毅外相と約４０分間電話で会談した。両外相は、来月に予定される"
    "首脳会談の実現に向けて調整を進めることで一致した。",
    "　上川氏は会談で、東シナ海での中国の活動に深刻な懸念を伝えた。王氏は「対話を通じて相違を管理したい」と応じたという。",
    "　日中の外相が電話で会談するのは今年３月以来となる。政府内には、関係改善の機運を逃すべきではないとの声が強い。",
]
FOOTER = ["", "この記事をシェアする", "", "Copyright © 2024 Example Shimbun. All rights reserved."]


def page(*header: str, foot: tuple[str, ...] = (), top: tuple[str, ...] = ()) -> str:
    """A dump: lines atop the page, the site's menu, the header lines given, the body, then the foot lines
    and the site's footer."""
    lines = [*top, *MENU, *header, ""]
    for paragraph in BODY:
        lines += [paragraph, ""]
    return "\n".join([*lines, *foot, *FOOTER])


@pytest.mark.parametrize("line, iso", [
    ("2024年12月4日(水) 10時00分", "2024-12-04T10:00"),
    ("2024.12.4 10:00", "2024-12-04T10:00"),
    ("2024/12/04 10:00 JST", "2024-12-04T10:00"),
    ("令和6年12月4日", "2024-12-04"),
    ("最終更新:2024/12/4 10:00", "2024-12-04T10:00"),
    ("公開日時：2024年12月4日 10:00", "2024-12-04T10:00"),
    ("掲載日：2024.12.04", "2024-12-04"),
    ("配信日 2024年12月4日 10時0分", "2024-12-04T10:00"),
    ("２０２４年１２月４日　１０時００分", "2024-12-04T10:00"),
    ("December 4, 2024 at 10:00 AM", "2024-12-04T10:00"),
    ("Wednesday, 4 December 2024 10:00", "2024-12-04T10:00"),
    ("更新日時：2024年12月5日 12:13 ｜ 公開日時：2024年12月4日 10:00", "2024-12-04T10:00"),
    ("Updated Dec 5, 2024 / Published Dec 4, 2024 10:00", "2024-12-04T10:00"),
])
def test_date_lines_of_other_outlets_give_the_publication(line, iso):
    assert classify(1, line).kind == "date"
    assert page_date(line).iso.startswith(iso)
    assert clean_dump(page(HEADLINE, "", line)).published.startswith(iso)


def test_a_line_names_its_date_as_the_publication_or_an_update():
    assert date_label("最終更新：2024年12月5日 12:13") == "updated"
    assert date_label("公開日時：2024年12月4日 10:00") == "published"
    assert date_label("2024年12月4日 10:00") is None
    assert date_label("2024/12/4 10:00 (2024/12/5 12:13更新)") is None  # the unlabelled one is the page's


@pytest.mark.parametrize("header", [
    ("最終更新：2024年12月5日 12:13", "公開日時：2024年12月4日 10:00"),
    ("公開日時：2024年12月4日 10:00", "最終更新：2024年12月5日 12:13"),
    ("2024年12月4日 10:00", "2024年12月5日 12:13 更新"),
])
def test_of_an_update_line_and_a_publication_line_in_a_row_the_publication_wins(header):
    assert clean_dump(page(HEADLINE, "", *header)).published.startswith("2024-12-04T10:00")


def test_an_update_line_over_the_date_line_at_the_foot_gives_way_to_it():
    raw = page(HEADLINE, foot=("最終更新：2024年12月5日 12:13", "公開日時：2024年12月4日 10:00"))
    assert clean_dump(raw).published.startswith("2024-12-04T10:00")


RELATED = ["関連記事", "北朝鮮が弾道ミサイル発射、日本海に落下", "12月3日",
           "米国務長官が来日へ、外相会談で調整", "2024/12/02 18:00", "韓国大統領が訪米、首脳会談で合意", "11月29日"]


def test_the_dates_of_a_related_list_between_the_headline_and_the_date_line_are_not_the_articles():
    article = clean_dump(page(HEADLINE, "", *RELATED, "", "2024年12月4日 10:00"))
    assert article.published.startswith("2024-12-04T10:00")


def test_a_related_list_above_the_headline_keeps_the_articles_own_pair_under_it():
    # the list's items stand line by line; the article's headline and date stand apart by a blank line
    article = clean_dump(page(*RELATED, "", HEADLINE, "2024年12月4日 10:00"))
    assert article.published.startswith("2024-12-04T10:00")
    # spaced as the list's items, the article's pair closing the column is still the article's
    article = clean_dump(page(*RELATED, HEADLINE, "2024年12月4日 10:00"))
    assert article.published.startswith("2024-12-04T10:00")


def test_headlines_with_their_day_in_brackets_are_a_list_not_the_articles_date():
    listed = ["北朝鮮が弾道ミサイル発射、日本海に落下（12月3日）", "米国務長官が来日へ（2024/12/05 18:00）",
              "韓国大統領が訪米、首脳会談で合意（11月29日）"]
    assert classify(1, listed[1]).kind == "date"  # a short item reads as a date line on its own
    article = clean_dump(page("2024年12月4日 10:00", "", *listed, "", HEADLINE))
    assert article.published.startswith("2024-12-04T10:00")


def test_the_day_the_sites_header_shows_far_above_the_article_is_not_its_date():
    menu = [f"メニュー項目{i}" for i in range(20)]
    raw = page("2024年12月18日（水）", "", *menu, "", HEADLINE)
    assert clean_dump(raw).published is None
    # a publication stamp with its time far above the body still dates the article
    raw = page("2024年12月4日 10:00", "", *menu, "", HEADLINE)
    assert clean_dump(raw).published.startswith("2024-12-04T10:00")


def test_a_date_inside_the_breadcrumb_dates_the_page():
    article = clean_dump(page("ホーム ＞ 政治 ＞ 2024年12月4日 10:00", "", HEADLINE))
    assert article.published.startswith("2024-12-04T10:00")


def test_an_events_day_in_the_first_sentence_is_not_the_pages_date():
    raw = page(HEADLINE).replace(BODY[0], "2024年12月20日に予定される" + BODY[0].lstrip("　"))
    article = clean_dump(raw)
    assert article.published is None
    assert article.paragraphs[0].startswith("2024年12月20日に予定される")


@pytest.mark.parametrize("line", [
    "開催日：2024年12月10日（火）",
    "放送日時：12月10日（火）20時00分～21時54分",
    "2024年12月10日（火）13:00～17:00",
    "◆日時：12月10日（火）　18:30開場/19:00開演",
    "会期 2024.12.10～2025.1.12",
])
def test_an_events_date_line_by_the_headline_does_not_date_the_article(line):
    assert date_label(line) == "event"
    article = clean_dump(page(HEADLINE, "", "最終更新：2024年12月4日 10:00", "", line))
    assert article.published.startswith("2024-12-04T10:00")
    assert clean_dump(page(HEADLINE, "", line)).published is None


def test_a_publication_labelled_with_its_time_is_no_event():
    assert date_label("配信日時：2024年12月4日 10:00") == "published"
    assert date_label("公開日時：2024年12月4日(水) 10:00") == "published"


def test_the_date_under_the_body_past_tags_and_buttons_is_the_articles():
    raw = page(HEADLINE, foot=("タグ： 政治 外交", "ツイート", "シェア", "ブックマーク", "", "2024年12月4日 10:00"))
    assert clean_dump(raw).published.startswith("2024-12-04T10:00")


def test_readers_comments_under_the_body_do_not_date_the_article():
    comments = ("匿名さん 2024/12/04 15:00", "本当にそう思います。", "ゲストさん 2024/12/04 22:13", "続報を待ちたい。")
    assert clean_dump(page(HEADLINE, foot=comments)).published is None
    assert clean_dump(page(HEADLINE, foot=("コメント（1件）", *comments[:2]))).published is None
    # the article's own date written twice, a byline between, is still its date
    raw = page(HEADLINE, foot=("2024/12/4（最終更新 12/5 02:07）", "（山田太郎）", "（12月4日）"))
    assert clean_dump(raw).published.startswith("2024-12-04")


def test_the_sites_day_beside_its_weather_line_is_not_the_articles_date():
    menu = [f"メニュー項目{i}" for i in range(20)]
    raw = page("2024年12月18日", "水曜日", "天気情報（18日11時更新）", *menu, "", HEADLINE)
    assert clean_dump(raw).published is None


def test_the_other_articles_date_lines_are_found_once_for_the_date_and_the_headline(monkeypatch):
    """The header reader and the date choice both need the date lines of a list of other articles: one reading."""
    import core.cleaning.date_choice as date_choice
    import core.cleaning.dump_header as dump_header

    calls = []
    listed_dates = dump_header.listed_dates

    def counted(*args, **kwargs):
        calls.append(args[0])
        return listed_dates(*args, **kwargs)

    monkeypatch.setattr(dump_header, "listed_dates", counted)
    monkeypatch.setattr(date_choice, "listed_dates", counted)
    others = ("首相、来月に訪米へ　同盟強化を確認", "2024年12月1日 09:00", "外相会談、北朝鮮対応で連携", "2024年12月2日 11:30")
    article = clean_dump(page(*others, "", HEADLINE, "2024年12月4日 10:00"))
    assert len(calls) == 1
    assert article.published.startswith("2024-12-04T10:00") and article.title == HEADLINE
