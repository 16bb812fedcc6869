"""When the headline's choice cannot be told for sure (a close rival, a fallback's line, sentences left out between
it and the body), the article is flagged headline_unsure and the raw view is sent to the headline's line; a
headline the page's layout makes plain is no doubt."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.cleaning.checks import HEADLINE_UNSURE, described, reason_codes
from core.cleaning.dump import clean_dump
from core.cleaning.headline_doubt import (ATOP, CLOSE, OPENING, OVER, RESTATED, SCORED, HeadlineTrace,
                                          headline_doubt)
from core.cleaning.lines import PROSE, Line
from tests.shared_data import LIVEDOOR, labelled_page as _page, require

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "cleaning"
HOKKAIDO = "06-hokkaido-np-20160211-shimajiri-habomai.txt"  # menus, a memo box, the headline, its date line


@pytest.mark.parametrize("name", [HOKKAIDO, "08-reuters-20170130-trump-nyukoku-seigen-shihouchoukan.txt",
                                  "19-nhk-20241205-jaxa-epsilon-s-kaiken.txt"])
def test_a_headline_by_its_date_line_is_no_doubt(name):
    lines, gold = _page(name)
    article = clean_dump("\n".join(lines))
    assert article.title == gold["title"]
    assert HEADLINE_UNSURE not in reason_codes(article.cleaning_check)


def test_a_page_whose_headline_lost_its_date_line_asks_for_a_look_at_the_line_taken():
    lines, gold = _page(HOKKAIDO)
    date_row = next(e["lines"][0] for e in gold["line_labels"] if e.get("category") == "published") - 1
    lines[date_row] = ""  # the date line gone, the memo box's two labels score alike
    article = clean_dump("\n".join(lines))
    assert HEADLINE_UNSURE in reason_codes(article.cleaning_check)
    assert "the headline could not be told" in described(article.cleaning_check)
    assert lines[article.cleaning_check_line - 1].strip() == article.title  # the raw view opens at the choice


def test_a_headline_with_a_related_link_right_under_it_is_flagged_at_the_headline():
    raw = (FIXTURES / "unsure_headline_article.txt").read_text(encoding="utf-8")
    article = clean_dump(raw)
    lines = raw.split("\n")
    assert article.title == "港湾都市連合、物流の脱炭素で共同宣言"
    assert reason_codes(article.cleaning_check) == [HEADLINE_UNSURE]
    assert lines[article.cleaning_check_line - 1] == article.title


def test_a_headline_taken_though_it_reads_as_a_button_is_flagged():
    path = require(LIVEDOOR / "kaden-channel" / "kaden-channel-6125881.txt")  # …不正ログイン…が発覚【ニュース】
    lines = path.read_text(encoding="utf-8").split("\n")
    article = clean_dump("\n".join(lines))
    assert article.title == lines[2].strip()
    assert HEADLINE_UNSURE in reason_codes(article.cleaning_check)
    assert article.cleaning_check_line == 3


def _lines(*texts: tuple[str, str]) -> list[Line]:
    return [Line(number, text, kind) for number, (kind, text) in enumerate(texts, start=1)]


HEADER = (("heading", "ニュース"), ("heading", "日ロ外相が会談、平和条約締結交渉の継続で一致"), ("blank", ""),
          ("heading", "港湾都市連合、物流の脱炭素で共同宣言"), ("blank", ""))
TEXT = (PROSE, "連合は１９日、総会を開き、港湾物流の脱炭素化に向けた共同宣言を採択した。")


def _doubt(route: str, score: float, rival_score: float, *, rival_meta: bool = False,
           between: tuple = ()) -> Line | None:
    lines = _lines(*HEADER, *between, TEXT, TEXT)
    head, rival = lines[3], lines[1]
    labels = ["blank" if line.kind == "blank" else "drop" for line in lines]
    labels[head.number - 1] = "meta"
    labels[rival.number - 1] = "meta" if rival_meta else "drop"
    start = len(lines) - 2
    labels[start] = labels[start + 1] = "body"
    trace = HeadlineTrace(head, score, rival, rival_score, route)
    return headline_doubt(lines, head, start, labels, trace)


def test_a_rival_scored_within_close_points_makes_the_choice_unsure():
    assert _doubt(SCORED, 80, 80 - CLOSE + 1).number == 4
    assert _doubt(SCORED, 80, 80 - CLOSE) is None
    assert _doubt(SCORED, 80, 79, rival_meta=True) is None  # the other half of the headline, or its kicker


def test_the_main_rule_overturned_or_a_labels_line_taken_is_unsure_but_a_layouts_plain_shape_is_not():
    assert _doubt(RESTATED, 80, 20) is not None
    assert _doubt(OVER, 0, 0) is not None
    assert _doubt(ATOP, 0, 0) is None and _doubt(OPENING, 0, 0) is None


def test_sentences_left_out_between_the_headline_and_the_body_make_it_far_from_it():
    left_out = ((PROSE, "記事にメモを書き添えることができます。"),) * 3
    assert _doubt(SCORED, 80, 20, between=left_out) is not None
    assert _doubt(SCORED, 80, 20, between=left_out[:2]) is None
