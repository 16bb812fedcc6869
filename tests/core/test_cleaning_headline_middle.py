"""A headline a page breaks over two lines at its middle (a <br> at its space or 、): the two lines are read as one
when the page says they are one (its title line holds them joined, a bracket opened in one closes in the other)
or the upper line is left open by 、 over a short tail; a headline closed by its own ！ over a line stays alone."""

from __future__ import annotations

from core.cleaning.checks import HEADLINE_UNSURE, reason_codes
from core.cleaning.dump import clean_dump
from core.cleaning.headline_halves import _bracket_across

BODY = ("インドネシアのジャワ島中部にあるムラピ山で２６日、大規模な噴火が起き、火砕流が発生した。"
        "地元当局によると、山の周辺の住民およそ４万人が避難している。",
        "火山地質災害対策局は、噴火の勢いは２７日朝にはやや弱まったものの、警戒を続けるよう呼びかけた。")


def _page(header: list[str], title_line: str | None = None) -> str:
    top = [title_line, ""] if title_line else []
    lines = [*top, "しおかぜ日報", "ホーム　ニュース　政治　経済　国際　社会", "", *header, "2010年10月27日 09:30", "",
             *BODY, "", "会社概要　プライバシーポリシー　お問い合わせ", "Copyright © 2010 しおかぜ日報 All rights reserved."]
    return "\n".join(lines)


def test_a_line_left_open_by_a_comma_over_a_short_tail_is_one_headline():
    article = clean_dump(_page(["ムラピ山で火砕流、", "やや弱まる"]))
    assert article.title == "ムラピ山で火砕流、やや弱まる"


def test_the_same_headline_on_one_line_reads_the_same():
    article = clean_dump(_page(["ムラピ山で火砕流、やや弱まる"]))
    assert article.title == "ムラピ山で火砕流、やや弱まる"


def test_a_quote_opened_in_the_upper_line_and_closed_in_the_lower_joins_them():
    header = ["ジャワ島の火山観測所が警戒を呼びかける「ムラピ山の", "火砕流はなお続く」と地元当局が住民に避難を指示"]
    article = clean_dump(_page(header))
    assert article.title == header[0] + "\u3000" + header[1]


LISTED = ["ホーム > 国際 > アジア・太平洋", "ツイート　シェア　はてブ　LINE　送る", "最新ニュース", "東証が続落、円高を嫌気",
          "2010年10月26日 18:00", "北海道で初雪、平年より早く", "2010年10月26日 17:00", ""]


def test_the_title_line_holding_both_lines_joins_a_headline_closed_by_its_mark():
    header = ["ムラピ山で大噴火！", "住民４万人が避難、火砕流はやや弱まる"]  # the title line far above, out of the header's reach
    page = _page([*LISTED, *header], title_line="ムラピ山で大噴火！ 住民４万人が避難、火砕流はやや弱まる | しおかぜ日報")
    assert clean_dump(page).title == "ムラピ山で大噴火！住民４万人が避難、火砕流はやや弱まる"


def test_a_headline_closed_by_its_mark_over_a_line_stays_alone_without_the_title_line_and_is_flagged():
    article = clean_dump(_page([*LISTED, "ムラピ山で大噴火！", "住民４万人が避難、火砕流はやや弱まる"]))
    assert article.title == "ムラピ山で大噴火！"
    assert HEADLINE_UNSURE in reason_codes(article.cleaning_check)


def test_a_bracket_across_the_cut_is_told_from_brackets_closed_on_each_line():
    assert _bracket_across("オープンしたての「Apple Store, Grand", "Central」の様子が公開！")
    assert _bracket_across("【Sports", "Watch】プロレスラー坂田が激怒")
    assert not _bracket_across("「北京の春」に異変", "日中首脳が会談")
    assert not _bracket_across("首相「外交で", "（続報）」")


def test_a_headline_closed_by_its_mark_over_a_line_the_lead_does_not_say_is_flagged_too():
    article = clean_dump(_page([*LISTED, "ムラピ山で大噴火！", "観光客の姿も消えた古都ジョグジャの今"]))
    assert article.title == "ムラピ山で大噴火！"
    assert HEADLINE_UNSURE in reason_codes(article.cleaning_check)
