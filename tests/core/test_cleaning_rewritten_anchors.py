"""Real page dumps with their headline, date or byline rewritten in other real forms still read right."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.cleaning.bylines import name_before_date
from core.cleaning.dump import clean_dump
from core.cleaning.lines import classify
from tests.shared_data import require

PAGES = Path(__file__).resolve().parents[2].parent / "shared" / "pages"
DATE_AND_BYLINE = "28-cnet-20160211-nifty-iot-tenjikai.txt"  # 「井口裕右 2016/02/11 09:01」
ROLE_BYLINE = "12-yahoo-20140916-jsf-boueishou-dantou.txt"  # 「JSF | 軍事ブロガー 2014年…配信」, a subheading under it
DATE_UNDER_BODY = "23-minpo-20160211-311-sorezore-kangoshi.txt"  # the date line after the body, then links
BYLINES = {
    "文：山田太郎": "山田太郎",
    "山田 太郎 記者": "山田 太郎",
    "山田太郎記者": "山田太郎",
    "編集委員　山田 太郎": "山田 太郎",
    "文：山田太郎　写真：鈴木一郎": "山田太郎",
    "記者：山田太郎": "山田太郎",
    "山田太郎特派員": "山田太郎",
}
# shorter than the subheading under the date line (a headline of a few words still loses to it)
SHORT_HEADLINES = ["渡辺一平、２００平で５年ぶり世界新！", "首相「対話の扉は開いている」　日韓首脳会談で表明",
                   "女性教諭、男子生徒２人をけり平手打ち　福岡・筑紫野"]


@pytest.fixture(scope="module")
def raw() -> dict[str, str]:
    require(PAGES / "txt")
    return {n: (PAGES / "txt" / n).read_text(encoding="utf-8") for n in (DATE_AND_BYLINE, ROLE_BYLINE, DATE_UNDER_BODY)}


@pytest.mark.parametrize("byline, name", BYLINES.items())
def test_a_byline_of_any_form_before_the_date_on_its_line(raw, byline, name):
    page = raw[DATE_AND_BYLINE]
    assert page.count("井口裕右 2016/02/11 09:01") == 1
    article = clean_dump(page.replace("井口裕右 2016/02/11 09:01", f"{byline} 2016/02/11 09:01"))
    assert article.authors == [name]
    assert article.published.startswith("2016-02-11T09:01")
    assert name_before_date(f"{byline} | 軍事ブロガー ") == name


def test_what_stands_before_a_date_and_is_no_byline():
    for text in ("World | ", "BARKS\xa0", "毎日新聞 ", "（ ", "写真：鈴木一郎 ", "Nikkei Asia ", "毎日新聞 公開日 "):
        assert name_before_date(text) is None


def test_the_date_label_after_a_byline_belongs_to_the_date():
    assert name_before_date("山田 太郎 公開日 ") == "山田 太郎"
    assert name_before_date("文：山田太郎　配信日時：") == "山田太郎"
    assert name_before_date("By Taro Yamada ") == "Taro Yamada"
    assert name_before_date("（山田太郎） (公開: ") == "山田太郎"


@pytest.mark.parametrize("headline", SHORT_HEADLINES)
def test_the_line_above_the_date_line_is_the_headline_before_a_longer_one_below(raw, headline):
    page = raw[ROLE_BYLINE]
    title = "対艦用二重貫通弾頭と対地用EFPクラスター弾頭の開発を行う日本防衛省"
    assert page.count(title) == 1
    body = clean_dump(page).paragraphs
    article = clean_dump(page.replace(title, headline))
    assert article.title == headline
    assert article.paragraphs == body


def test_a_date_line_under_the_body_is_read_even_with_a_byline_and_links_under_it(raw):
    page = raw[DATE_UNDER_BODY]
    date_line = "（ 2016/02/11 09:03 カテゴリー：主要）"
    assert page.count(date_line) == 1
    body = clean_dump(page).paragraphs
    for written in ("2016.02.11 09:03", "2016/02/11 09:03"):
        article = clean_dump(page.replace(date_line, f"（ {written} カテゴリー：主要）\n文：山田太郎"))
        assert article.published.startswith("2016-02-11T09:03")
        assert article.paragraphs == body


def test_links_to_the_previous_and_next_article_are_furniture():
    assert classify(1, "前の記事：３２人合格、県勢２５人　福医大医学部の推薦入試").kind == "ui"
    assert classify(1, "次の記事：２５万円だまし取られる　サイト利用料名目　福島の男性").kind == "ui"
    assert classify(1, "首相は前の記事で触れた会談について、改めて説明した。").kind == "prose"


def test_an_anchor_word_that_starts_a_labelled_value_is_no_tail():
    assert classify(1, "おすすめワイン：スパークリングワイン").kind != "anchor"
    assert classify(1, "おすすめ記事").kind == "anchor"
    assert classify(1, "関連トピックス: トップニュース").kind == "anchor"
    assert classify(1, "ランキング").kind == "anchor"


LIVEDOOR = PAGES.parent / "corpus" / "livedoor" / "text"


def livedoor(name: str) -> str:
    require(LIVEDOOR / name)
    return (LIVEDOOR / name).read_text(encoding="utf-8")


def test_a_list_article_keeps_its_items_past_their_short_lines():
    # each item: a heading, a name, a credit, labelled details, then its sentence
    raw = livedoor("kaden-channel/kaden-channel-6197716.txt")
    article = clean_dump(raw)
    assert any(p.startswith("樹齢500年の「古木」修復作業") for p in article.paragraphs)
    assert any(p.startswith("松阪祇園祭の「しょんがいソーラン」") for p in article.paragraphs)
    assert not any("関連記事" in p or "最新記事" in p for p in article.paragraphs)


def test_sentences_after_a_tail_anchor_are_no_continuation(raw):
    page = raw[DATE_AND_BYLINE]  # related articles and the site's text follow its anchors
    article = clean_dump(page)
    assert article.cleaning_check is None


def test_items_with_a_labelled_recommendation_stay_in_the_body():
    raw = livedoor("peachy/peachy-4504895.txt")  # each cheese: a heading, its name, おすすめワイン：…, a sentence
    article = clean_dump(raw)
    assert any(p.startswith("おすすめワイン：") for p in article.paragraphs)
    assert any("甘口のオーガニック" in p for p in article.paragraphs)  # the last item's sentence
    assert article.cleaning_check is None


def test_skip_links_and_post_buttons_are_furniture():
    for line in ("メインメニューをとばして、このページの本文エリアへ", "本文へスキップ", "このページのメインコンテンツへジャンプ",
                 "みんなのポストを見る"):
        assert classify(1, line).kind == "ui"
    assert classify(1, "首相は本文へ戻った後、記者団の質問に答えた。").kind == "prose"
