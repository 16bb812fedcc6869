"""A long label no list knows glued before a headline the page also writes bare: a program's or a column's name, the
site's name with its section (bench/perturb_frames_stacked.py's "long label glued, bare too" measures the form)."""

from __future__ import annotations

from core.cleaning.dump import clean_dump
from core.cleaning.headline_glued import bare_headline
from core.cleaning.headline_lead import Lead
from core.cleaning.lines import Line
from tests.core.test_cleaning_page_structure import CHICAGO, ISRAEL, _page, _story

DAYS = {CHICAGO: "2005年9月18日 10:20", ISRAEL: "2005年9月12日 14:00"}
LABELS = ("ワールドビジネスサテライト", "特派員メモ・ワシントン発・", "しおかぜ日報デジタル 国際アジア面：",
          "アジアウォッチャーズ・オンライン｜", "ラジオ国際情報室 きょうの世界｜")


def test_a_long_label_glued_before_a_headline_the_page_writes_bare_is_no_part_of_it():
    for name, day in DAYS.items():
        title, body = _story(name)
        for label in LABELS:
            glued = label + title
            # the bare copy under the date, over the glued line past the page's tools, or under the tools
            for header in ([glued, day, "", title], [title, "", "ツイート", "シェア", "", glued, day],
                           [glued, "", day, "", "Tweet", "Check", "", title]):
                assert clean_dump(_page(header, body)).title == title, (label, header)


def test_words_of_a_clause_or_a_headline_broken_before_a_line_the_page_prints_stay_the_headline():
    title, body = _story(ISRAEL)
    day = DAYS[ISRAEL]
    # a clause (を in it) before the headline's second half printed bare as a deck
    headline = "在日米軍再編をめぐる日米外務防衛協議　" + title
    assert clean_dump(_page([headline, day, "", title], body)).title == headline
    # the headline broken over two lines under its whole: its first half right over the second
    first = "国連安全保障理事会の北朝鮮制裁委員会"
    headline = first + "　" + title
    assert clean_dump(_page([headline, day, "", first, title], body)).title == headline


def test_a_headline_the_lead_tells_before_a_line_the_page_prints_atop_stays_the_headline():
    body = ["日米両政府は12日、首脳会談を開き、新たな貿易協定の締結で合意した。協定は来年発効する見通し。",
            "首脳会談は約1時間行われ、両首脳は貿易協定の早期発効を確認した。"]
    headline = "日米首脳会談で新たな貿易協定締結に合意"
    tagline = "地域と世界のいまをお届けします"  # (the site's tagline, printed atop the page)
    day = Line(3, "2005年9月12日 14:00", "date")
    content = [Line(1, tagline, "other"), Line(2, f"{headline}　{tagline}", "heading"), day]
    assert bare_headline(content, content[1], True, day, [], Lead(body)) is content[1]
    # a program's name the lead does not tell, before the headline it tells
    content = [Line(1, headline, "heading"), Line(2, "ワールドビジネスサテライト" + headline, "heading"), day]
    assert bare_headline(content, content[1], True, day, [], Lead(body)) is content[0]
