"""Headlines the rules find in page furniture made here around livedoor news files: one holding a button's word
(無料体験, read as a button) by the date line, and one under the date line when the line over the date is the
last of a column of other articles' headlines; a paywall's box of such lines by the date line is no headline."""

from __future__ import annotations

import pytest

from core.cleaning.dump import clean_dump
from tests.shared_data import livedoor_text

ARTICLES = ("topic-news/topic-news-5903225.txt", "sports-watch/sports-watch-4597641.txt",
            "it-life-hack/it-life-hack-6292880.txt",
            "peachy/peachy-4754128.txt")  # 「メガロス」1日無料体験チケットをブロガー限定プレゼント
OTHER_HEADLINES = ("首相、来月の訪米で首脳会談へ調整", "円相場、一時１ドル＝１５０円台に下落", "台風１０号、週末に九州へ接近のおそれ")


def _article(name: str) -> tuple[str, str, list[str]]:
    lines = livedoor_text(name).split("\n")
    return lines[1].strip(), lines[2].strip(), lines[3:]


def _page(name: str, layout: int) -> tuple[str, str, str]:
    """Menus, a breadcrumb, a column of other headlines, then the headline over its date (layout 0), under it
    (1), or under a section's label with a byline under the date (2), the text, related links, a copyright."""
    stamp, headline, body = _article(name)
    menu = ["ホーム", "ニュース", "国内", "国際", "経済", "スポーツ", "エンタメ", "", "ホーム > ニュース > 記事", ""]
    column = ["アクセスランキング", *OTHER_HEADLINES, ""]
    date = f"{int(stamp[:4])}年{int(stamp[5:7])}月{int(stamp[8:10])}日 {stamp[11:16]}"
    head = ([headline, date, ""], [date, headline, ""], ["国内ニュース", "", headline, "", date, "記者 山田太郎", ""])[layout]
    tail = ["", "関連記事", *OTHER_HEADLINES[:2], "", "Copyright © Example News. All rights reserved."]
    return "\n".join(menu + column + head + body + tail), headline, stamp


@pytest.mark.parametrize("layout", (0, 1, 2))
@pytest.mark.parametrize("name", ARTICLES)
def test_the_rules_find_the_headline_in_each_layout(name, layout):
    raw, headline, stamp = _page(name, layout)
    article = clean_dump(raw)
    assert article.title == headline
    assert article.published[:16] == stamp[:16]


def test_a_paywalls_box_by_the_date_line_is_no_headline():
    stamp, headline, body = _article(ARTICLES[0])
    box = ["有料会員になると全ての記事が読み放題の特典付き", "初めての登録なら今月末まで無料体験キャンペーン実施中"]
    raw = "\n".join(["ホーム", "ニュース", "", *box, "2011年10月2日 10:00", "", *body])
    assert clean_dump(raw).title not in box
