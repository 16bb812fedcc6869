"""Real page dumps laid out as other outlets print them: related lists, portals, teasers, decks, page tools."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.cleaning.checks import COMPETING_BLOCKS
from core.cleaning.dump import clean_dump
from core.cleaning.lines import classify
from tests.shared_data import require

PAGES = Path(__file__).resolve().parents[2].parent / "shared" / "pages"
MAINICHI = "18-mainichi-20260208-jump-maruyama-ani-yakusoku.txt"  # headline, then the date line, then buttons
KOBE = "25-kobe-np-20160211-eiga-yakuza-to-kenpou.txt"  # headline above the body, the date line under it
SANKEI = "02-sankei-20160210-hatoyama-kuruma-houi.txt"  # date line, headline, an ad label, the body
HOKKAIDO = "06-hokkaido-np-20160211-shimajiri-habomai.txt"  # headline of three parts over its date line
# Real headlines and sentences of another source (Japanese Wikinews)
OTHER_HEADLINES = ["ウガンダ、オボテ元大統領の遺体が帰国", "佐賀県の男児ひき逃げ犯逮捕",
                   "吹田貨物ターミナル建設現場で線路の継目板766本が盗難", "秋田・カラス大量死の原因を公表"]
OTHER_TITLE = "北海道・バンエイ競馬廃止へ"
OTHER_STORY = [
    "日刊スポーツによると、北海道で行われてきたバンエイ競馬の開催が2006年度を持って廃止されることが、11月27日に明らかになった。",
    "バンエイ競馬は以前から農耕馬のイベントとして開催されてきたが1947年に岩見沢と旭川の2会場で地方競馬競走としてスタート。",
    "その後一時期322億円(1991年度)を売り上げたが、近年は売り上げが低迷し、2005年度は154億円近くに低迷。",
    "単年度収支も1998年以後赤字が続いていた。",
    "その為、主催する北見市と旭川市がバンエイの運営から撤退することを表明し、残りの帯広市と岩見沢市の2市で共催する計画もあった"
    "が、帯広市・砂川敏文、岩見沢市・渡辺孝一両市長がこの日会見して、開催存続を断念することを明らかにした。",
    "今後12月中に4市市長が協議して廃止を正式決定し、レースは2007年3月26日まで開催、同3月31日を持って主催者の北海道市営競馬組"
    "合を解散する予定となっているものの、業務が2007年度(4月以後)にまたがないようにするため、年度途中で開催中止にすることもあるという。",
]


@pytest.fixture(scope="module")
def pages() -> dict[str, tuple[list[str], dict]]:
    require(PAGES / "gold.json")
    gold = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))
    return {name: ((PAGES / "txt" / name).read_text(encoding="utf-8").split("\n"), gold[name])
            for name in (MAINICHI, KOBE, SANKEI, HOKKAIDO)}


def _line_of(gold: dict, category: str) -> int:
    return next(e["lines"][0] for e in gold["line_labels"] if e.get("category") == category) - 1


@pytest.mark.parametrize("label", ["この記事に関連するニュース", "【関連記事】", ""])
@pytest.mark.parametrize("name", [MAINICHI, KOBE])
def test_a_list_of_other_headlines_by_the_headline_never_wins_it(pages, name, label):
    lines, gold = pages[name]
    body = clean_dump("\n".join(lines)).paragraphs
    at = max(_line_of(gold, "title"), _line_of(gold, "published")) + 1  # under the headline or its date line
    block = ([label] if label else []) + OTHER_HEADLINES
    article = clean_dump("\n".join(lines[:at] + ["", *block, ""] + lines[at:]))
    assert article.title == gold["title"]
    assert article.paragraphs == body


def test_a_portal_reads_its_first_story_and_says_there_is_another(pages):
    lines, gold = pages[SANKEI]
    body = clean_dump("\n".join(lines)).paragraphs
    end = max(gold["body_line_numbers"])
    second = ["", OTHER_TITLE, "", "2016.2.9 12:40更新", "", *OTHER_STORY]
    article = clean_dump("\n".join(lines[:end] + second + lines[end:]))
    assert (article.title, article.published) == (gold["title"], "2016-02-10T15:40:00+09:00")
    assert article.paragraphs == body
    assert COMPETING_BLOCKS in article.cleaning_check
    assert article.cleaning_check_line == end + 6  # the raw view opens at the other story


def test_a_portal_whose_first_story_is_shorter_still_reads_the_first(pages):
    lines, gold = pages[HOKKAIDO]
    at = _line_of(gold, "title")
    first = [OTHER_TITLE, "", "02/10 21:00", "", *OTHER_STORY[:3], ""]
    article = clean_dump("\n".join(lines[:at] + first + lines[at:]))
    assert article.title == OTHER_TITLE
    assert article.paragraphs == OTHER_STORY[:3]
    assert COMPETING_BLOCKS in article.cleaning_check


def test_a_teaser_of_another_story_above_a_short_headline_gives_neither_title_nor_date(pages):
    lines, gold = pages[HOKKAIDO]
    at = _line_of(gold, "title")
    lines = lines[:at] + ["訃報山城新伍氏"] + lines[at + 1 :]
    teaser = ["", OTHER_TITLE, "02/10 04:00", OTHER_STORY[0], "続きを読む", ""]
    article = clean_dump("\n".join(lines[:at] + teaser + lines[at:]))
    assert article.title == "訃報山城新伍氏"
    assert article.published == gold["published"]


def test_a_short_headline_over_its_longer_deck_is_the_title(pages):
    lines, gold = pages[HOKKAIDO]
    at = _line_of(gold, "title")
    headline, *deck = gold["title"].split("\u3000")
    assert len(headline) < 15 < len("\u3000".join(deck))
    article = clean_dump("\n".join(lines[:at] + [headline, "", "\u3000".join(deck)] + lines[at + 1 :]))
    assert article.title == headline
    assert article.paragraphs == clean_dump("\n".join(lines)).paragraphs


def test_a_short_line_that_says_nothing_of_the_article_is_no_headline_over_it(pages):
    lines, gold = pages[HOKKAIDO]
    at = _line_of(gold, "title")
    for label in ("読みこみ中...", "ニュース詳細", "道内ニュース一覧"):
        article = clean_dump("\n".join(lines[:at] + [label, ""] + lines[at:]))
        assert article.title == gold["title"]


@pytest.mark.parametrize("text", ["文字の大きさ小中大印刷", "文字サイズ 小 中 大", "付帯コンテンツのリンクおよびサイト内検索"])
def test_page_tools_are_furniture(text):
    assert classify(1, text).kind == "ui"


@pytest.mark.parametrize("text", ["文字の読めない子どもたちへの支援広がる", "サイトの検索機能に不具合"])
def test_headlines_about_letters_and_search_are_not(text):
    assert classify(1, text).kind != "ui"


LIVEDOOR = PAGES.parent / "corpus" / "livedoor" / "text"


def test_a_long_listing_inside_the_text_is_the_articles():
    path = LIVEDOOR / "smax" / "smax-6909466.txt"  # the shops that hand out a free paper, one line per chain
    require(path)
    raw = path.read_text(encoding="utf-8")
    article = clean_dump(raw)
    shops = [line for line in raw.split("\n") if line.startswith("ソフトバンクヨドバシ梅田")]
    assert len(shops) == 1 and shops[0] in article.paragraphs
    assert not any(p.startswith(("■関連リンク", "・エスマックス")) for p in article.paragraphs)
