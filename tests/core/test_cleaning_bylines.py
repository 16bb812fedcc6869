"""Bylines as Japanese pages write them, read on real page dumps wherever the page puts them."""

from __future__ import annotations


import pytest

from core.cleaning.bylines import byline_names
from core.cleaning.datelines import reporters_in
from core.cleaning.profile_box import profile_name
from core.cleaning.dump import clean_dump
from tests.shared_data import PAGES, pages_gold

UNSIGNED = ["16-asahi-20170207-chikushino-kyoyu-taibatsu.txt", "25-kobe-np-20160211-eiga-yakuza-to-kenpou.txt"]
SIGNED = "18-mainichi-20260208-jump-maruyama-ani-yakusoku.txt"  # name under the headline, 【name】, a writer's box

FORMS = {
    "文／山田太郎": ["山田太郎"],
    "取材・文／山田 太郎": ["山田 太郎"],
    "（文・写真 山田太郎）": ["山田太郎"],
    "聞き手・山田太郎": ["山田太郎"],
    "執筆者：山田太郎（ジャーナリスト）": ["山田太郎"],
    "文：山田太郎（フリーライター）": ["山田太郎"],
    "山田太郎（やまだ・たろう）": ["山田太郎"],
    "ジャーナリスト 山田太郎": ["山田太郎"],
    "山田太郎 (編集部)": ["山田太郎"],
    "山田太郎 編集委員": ["山田太郎"],
    "（山田太郎記者）": ["山田太郎"],
    "（山田太郎）": ["山田太郎"],
    "河合薫 | 健康社会学者（Ph.D.）、気象予報士": ["河合薫"],
    "［井上輝一，ITmedia］": ["井上輝一"],
    "By Taro Yamada": ["Taro Yamada"],
    "（文／山田花子　イラスト／鈴木一郎）": ["山田花子"],
    "【Text=山田太郎 / Photo=鈴木一郎】": ["山田太郎"],
}
NOT_BYLINES = ["写真：山田太郎", "ニュース | 特集", "ホーム | ライター一覧", "（共同）", "（敬称略）", "（ワシントン）",
               "文字の大きさ", "東京都（とうきょうと）", "GIGAZINE（ギガジン）", "取材班", "記事一覧",
               "インタビュー：山田太郎「夢のある仕事」",  # a headline naming the one interviewed
               "筆者：最後に、読者にメッセージをお願いします。",  # the interviewer's question
               "山田太郎（52）", "山田太郎（東京都日野市）", "Scroll Right", "Next Previous"]


@pytest.fixture(scope="module")
def gold() -> dict:
    return pages_gold()


def lines_of(name: str) -> list[str]:
    return (PAGES / "txt" / name).read_text(encoding="utf-8").split("\n")


@pytest.mark.parametrize("line,names", FORMS.items())
def test_byline_forms(line, names):
    assert byline_names(line) == names


@pytest.mark.parametrize("line", NOT_BYLINES)
def test_lines_that_are_not_bylines(line):
    assert byline_names(line) == []


@pytest.mark.parametrize("name", UNSIGNED)
@pytest.mark.parametrize("where", ["under the headline", "above the body"])
def test_a_byline_by_the_headline_is_read_and_left_out_of_the_body(gold, name, where):
    entry = gold[name]
    title_line = next(l["lines"][0] for l in entry["line_labels"] if l["category"] == "title")
    at = title_line if where == "under the headline" else entry["body_line_numbers"][0] - 1
    lines = lines_of(name)
    for line, names in FORMS.items():
        article = clean_dump("\n".join(lines[:at] + ["", line, ""] + lines[at:]))
        assert article.authors == names, line
        assert article.title == entry["title"]
        assert article.paragraphs == [p.rstrip() for p in entry["body_paragraphs"]]


def test_a_reporter_closing_a_paragraph_or_named_in_the_box_below(gold):
    entry = gold[SIGNED]
    lines = lines_of(SIGNED)
    under_headline = [i for i, text in enumerate(lines) if text == "江連能弘"][0]
    without = lines[:under_headline] + lines[under_headline + 1 :]
    assert clean_dump("\n".join(without)).authors == ["江連能弘"]  # 【江連能弘】 closing the lead
    unsigned_lead = [text.replace("【江連能弘】", "") for text in without]
    assert clean_dump("\n".join(unsigned_lead)).authors == ["江連能弘"]  # この記事の筆者, then the name
    assert entry["authors"] == ["江連能弘"]


def test_reporters_in_the_text_and_writer_boxes():
    assert reporters_in(["【北京＝山田太郎】中国外務省は11日、談話を発表した。", "会談は1時間に及んだ。"]) == ["山田太郎"]
    assert reporters_in(["首相は11日、訪米した。【北京】", "会談は1時間に及んだ。", "次は秋の予定だ。", "終わり。"]) == []
    assert profile_name(["この記事の筆者", "山田太郎", "フォロー"]) == "山田太郎"
    assert profile_name(["プロフィール", "会員登録はこちら"]) is None


def test_a_name_written_again_with_its_role_is_one_person():
    from core.cleaning.bylines import distinct_people

    assert distinct_people(["鈴木花子", "鈴木花子記者"]) == ["鈴木花子"]
    assert distinct_people(["鈴木花子特派員", "鈴木花子"]) == ["鈴木花子"]
    assert distinct_people(["山田太郎", "佐藤花子", "山田太郎"]) == ["山田太郎", "佐藤花子"]
