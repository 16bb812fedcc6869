"""Ruby readings a select-all copy prints in brackets after a headline's words (国会（こっかい）): left out of the
title; a headline broken right after a reading is joined or flagged (bench/perturb_frames.py measures the classes)."""

from __future__ import annotations

from core.cleaning.checks import HEADLINE_UNSURE, reason_codes
from core.cleaning.dump import clean_dump
from core.cleaning.readings import without_readings
from tests.shared_data import livedoor_parts

ARTICLE = "topic-news/topic-news-5903225.txt"  # 悪評が次から次へと溢れ出る川越シェフ, 2011-10-02 10:00


def _parts() -> tuple[str, list[str]]:
    return livedoor_parts(ARTICLE)


def _page(header: list[str], body: list[str]) -> str:
    return "\n".join(["みなと新報", "ホーム　ニュース　政治　経済　国際　社会　スポーツ　エンタメ", "", *header, "", *body, "",
                      "会社概要　プライバシーポリシー　お問い合わせ", "Copyright © 2008-2025 みなと新報 All rights reserved."])


def test_a_reading_after_a_word_of_kanji_leaves_the_text():
    assert without_readings("国会（こっかい）図書館が明治(めいじ)時代の官報を公開") == "国会図書館が明治時代の官報を公開"
    assert without_readings("習近平(しゅう・きんぺい)国家主席が訪日") == "習近平国家主席が訪日"


def test_a_reading_covers_the_word_closing_a_run_of_kanji():
    assert without_readings("瑛太主演（しゅえん）の映画") == "瑛太主演の映画"
    assert without_readings("松岡農林（のうりん）水産大臣（だいじん）") == "松岡農林水産大臣"


def test_brackets_that_are_no_reading_stay():
    for text in ("事件（まとめ）", "首脳会談（上）", "新作（かり）", "国会（１）", "会談（ほか）で合意"):
        assert without_readings(text) == text


def test_a_headline_with_readings_is_read_without_them():
    title, body = _parts()
    shown = title.replace("悪評", "悪評（あくひょう）", 1)
    assert shown != title
    article = clean_dump(_page([shown, "2011年10月2日 10:00"], body))
    assert article.title == title
    assert article.published.startswith("2011-10-02")


def test_a_headline_broken_after_a_reading_is_joined_or_flagged():
    title, body = _parts()
    cut = title.index("悪評") + len("悪評")
    article = clean_dump(_page([title[:cut] + "（あくひょう）", title[cut:], "2011年10月2日 10:00"], body))
    assert article.title == title or HEADLINE_UNSURE in reason_codes(article.cleaning_check)
    assert "あくひょう" not in (article.title or "")


def test_the_same_headline_without_readings_is_no_doubt():
    title, body = _parts()
    article = clean_dump(_page([title, "2011年10月2日 10:00"], body))
    assert article.title == title
    assert HEADLINE_UNSURE not in reason_codes(article.cleaning_check)
