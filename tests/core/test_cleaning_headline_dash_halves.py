"""A headline broken over two lines at the dash that parts it from its series' name (…」- / 辛口説教部屋 vol.20, or
…に聞いた / - 研究所 vol.15), or under a name left open by 、 (全日空、 / ANA国際線で…): the two lines are one headline.
Two dashes (――…) open a lead, which stays apart."""

from __future__ import annotations

from core.cleaning.dump import clean_dump
from core.cleaning.headline_halves import dash_across

BODY = ("インドネシアのジャワ島中部にあるムラピ山で２６日、大規模な噴火が起き、火砕流が発生した。"
        "地元当局によると、山の周辺の住民およそ４万人が避難している。",
        "火山地質災害対策局は、噴火の勢いは２７日朝にはやや弱まったものの、警戒を続けるよう呼びかけた。")


def _page(header: list[str]) -> str:
    lines = ["しおかぜ日報", "ホーム　ニュース　政治　経済　国際　社会", "", *header, "2010年10月27日 09:30", "",
             *BODY, "", "会社概要　プライバシーポリシー　お問い合わせ", "Copyright © 2010 しおかぜ日報 All rights reserved."]
    return "\n".join(lines)


def test_a_dash_closing_the_upper_line_joins_the_series_name_under_it():
    article = clean_dump(_page(["「住民はなぜ逃げなかったのか」-", "火山の現場から vol.3"]))
    assert article.title.replace("\u3000", " ") == "「住民はなぜ逃げなかったのか」- 火山の現場から vol.3"


def test_a_dash_opening_the_lower_line_joins_it_to_the_headline():
    article = clean_dump(_page(["ムラピ山の住民に聞いた「避難の備えと心構え」", "- 火山研究所 vol.3"]))
    assert article.title == "ムラピ山の住民に聞いた「避難の備えと心構え」- 火山研究所 vol.3"


def test_a_short_name_left_open_by_a_comma_joins_the_headline_under_it():
    article = clean_dump(_page(["火山局、", "ムラピ山の警戒を最高に引き上げ住民に避難を指示"]))
    assert article.title == "火山局、ムラピ山の警戒を最高に引き上げ住民に避難を指示"


def test_a_lead_opened_by_two_dashes_stays_apart():
    assert not dash_across("ムラピ山で大規模噴火", "――地元当局によると、山の周辺の住民およそ４万人が避難している")
    assert dash_across("ムラピ山の住民に聞いた「避難の備え」", "- 火山の現場から vol.3")
    assert dash_across("「住民はなぜ逃げなかったのか」 -", "火山の現場から vol.3")
    assert not dash_across("ムラピ山で大規模噴火", "住民４万人が避難")


def test_a_long_headline_closed_by_its_mark_takes_the_series_name_after_the_dash():
    headline = ("ムラピ山で大規模噴火！周辺の住民およそ４万人が避難、火砕流は２７日朝にやや弱まるも"
                "火山地質災害対策局は警戒を続けるよう呼びかけ【現地ルポ】")
    article = clean_dump(_page([headline, "- 火山研究所 vol.3"]))
    assert article.title.replace("\u3000", "") == headline + "- 火山研究所 vol.3"
