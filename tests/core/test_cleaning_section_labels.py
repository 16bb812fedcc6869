"""A real article under an outlet no list knows, with the labels real outlets print by a headline: a section's name
over it or under its date (国際, 【国際】, 国際・アジア), a breadcrumb that ends with the headline, a relative stamp
(12時間前) under it, a list of other dated headlines under the date line (bench/perturb_frames_layouts.py
measures the classes)."""

from __future__ import annotations

from core.cleaning.dump import clean_dump
from core.cleaning.header_shapes import menu_like, section_label
from core.cleaning.outlets import outlet_in
from tests.shared_data import livedoor_parts, livedoor_text

ARTICLE = "topic-news/topic-news-5903225.txt"  # 悪評が次から次へと溢れ出る川越シェフ, 2011-10-02 10:00
WIKI_TITLE = "小4女児男に刺される—兵庫・たつの"  # a headline the section's name joined as its upper half


def _parts(name: str = ARTICLE) -> tuple[str, list[str]]:
    return livedoor_parts(name)


def _page(header: list[str], body: list[str], outlet: str = "みなと新報") -> str:
    assert outlet_in(outlet) is None  # an outlet no list knows
    return "\n".join([outlet, "ホーム　ニュース　政治　経済　国際　社会　スポーツ　エンタメ", "", *header, "", *body, "",
                      "会社概要　プライバシーポリシー　お問い合わせ", f"Copyright © 2008-2025 {outlet} All rights reserved."])


def test_a_sections_name_in_brackets_over_the_headline_is_no_kicker_of_it():
    title, body = _parts()
    for label in ("【国際】", "［政治］", "＜経済＞"):
        article = clean_dump(_page(["2011年10月2日 10:00", label, title], body))
        assert article.title == title, label
        assert article.published.startswith("2011-10-02T10:00")


def test_a_topic_kicker_over_the_headline_still_belongs_to_it():
    title, body = _parts()
    assert clean_dump(_page(["【独自】", title, "2011年10月2日 10:00"], body)).title == "【独自】" + title


def test_a_sections_name_is_no_upper_half_of_the_headline():
    _, body = _parts()
    for label in ("経済ニュース", "国際・アジア"):
        article = clean_dump(_page([label, WIKI_TITLE, "2011年10月2日 10:00"], body))
        assert article.title == WIKI_TITLE, label


def test_a_relative_stamp_under_the_headline_is_no_lower_half_of_it():
    title, body = _parts()
    article = clean_dump(_page([WIKI_TITLE, "12時間前"], body))
    assert article.title == WIKI_TITLE
    article = clean_dump(_page([title, "3時間前"], body))
    assert article.title == title


def test_a_breadcrumb_parted_by_slashes_that_ends_with_the_headline_gives_way_to_it():
    title, body = _parts()
    article = clean_dump(_page([f"ニュース / 政治 / 外交 / {title}", "", title, "2011年10月2日 10:00"], body))
    assert article.title == title
    assert menu_like("ニュース / 政治 / 外交")
    assert not menu_like("日米首脳 / 電話会談で一致")


def test_section_labels_are_the_sections_names_alone():
    assert section_label("国際") and section_label("【国際】") and section_label("政治・外交")
    assert section_label("経済ニュース") and section_label("［ワールド］")
    assert not section_label("【独自】") and not section_label("【速報】") and not section_label("国際会議")
    assert not section_label("【Sports")  # half of 【Sports Watch】 broken at its space: not a label


def test_a_katakana_word_holding_a_sections_name_leaves_the_headline_a_headline():
    # ストップ holds トップ: the headline is no section's name, and the text's first sentence does not take its place
    lines = livedoor_text("sports-watch/sports-watch-5484069.txt").split("\n")
    title = lines[2].strip()  # 【Sports Watch】ナベツネの強行にストップをかけた阪神・新井の影に古田敦也
    body = [line.strip() for line in lines[3:] if line.strip() and not line.startswith("http")]
    assert clean_dump(_page([title, "2011年4月12日 12:37"], body)).title == title


def test_a_list_of_other_dated_headlines_under_the_date_line_leaves_the_article_its_own():
    title, body = _parts()
    others = ["大手スーパーによる中国米販売の発表にネット上は賛否", "2012年3月9日 12:15",
              "ファイル共有ソフト「パーフェクトダーク」使用で初の逮捕者", "2010年1月27日 0:00"]
    for label in ([], ["関連記事"]):
        article = clean_dump(_page([title, "2011年10月2日 10:00", *label, *others], body))
        assert article.title == title, label
        assert article.published.startswith("2011-10-02T10:00"), label


def test_a_list_of_dated_headlines_over_the_headline_still_ends_with_the_articles_own():
    title, body = _parts()
    others = ["大手スーパーによる中国米販売の発表にネット上は賛否", "2012年3月9日 12:15",
              "ファイル共有ソフト「パーフェクトダーク」使用で初の逮捕者", "2010年1月27日 0:00"]
    article = clean_dump(_page(["最新ニュース", *others, "", title, "2011年10月2日 10:00"], body))
    assert article.title == title
    assert article.published.startswith("2011-10-02T10:00")


def test_a_longer_headline_of_the_list_under_the_date_line_is_another_articles():
    title, body = _parts()  # an 18-character headline over a list of longer ones
    others = ["年収1000万円のビジネスパーソンに聞いた「子供を進学させたい大学ランキング ベスト20」 - 年収1000万円研究所 vol.14",
              "2011年12月2日 11:00", "ホラー映画界に“革命”を起こす、キューバ初のゾンビ映画が世界の映画祭を席巻中", "2012年5月1日 17:53"]
    article = clean_dump(_page([title, "2011年10月2日 10:00", *others], body))
    assert article.title == title
    assert article.published.startswith("2011-10-02T10:00")
