"""A headline line with a title-shaped line right over or under it that reads as much as its other half as its
deck: which the headline is cannot be told, so the page is flagged at the headline."""

from __future__ import annotations

import json
from pathlib import Path

from core.cleaning.checks import HEADLINE_UNSURE, reason_codes
from core.cleaning.dump import clean_dump
from tests.shared_data import require

PAGES = Path(__file__).resolve().parents[2].parent / "shared" / "pages"
NHK_EASY = "20-nhk-easy-20241204-nakamura-afghan-suiro.txt"  # ruby readings printed inline lengthen both halves


def _page() -> tuple[str, dict]:
    gold = json.loads(require(PAGES / "gold.json").read_text(encoding="utf-8"))[NHK_EASY]
    return (PAGES / "txt" / NHK_EASY).read_text(encoding="utf-8"), gold


def test_a_headline_over_two_lines_of_a_headlines_length_each_is_flagged():
    raw, gold = _page()
    upper, lower = gold["title"].split("\u3000")
    assert raw.count(gold["title"]) == 1
    article = clean_dump(raw.replace(gold["title"], f"{upper}\n{lower}"))
    assert article.title in (upper, lower, gold["title"])
    assert HEADLINE_UNSURE in reason_codes(article.cleaning_check)
    assert article.cleaning_check_line is not None


def test_the_same_headline_on_one_line_is_no_doubt():
    raw, gold = _page()
    article = clean_dump(raw)
    assert article.title == gold["title"]
    assert HEADLINE_UNSURE not in reason_codes(article.cleaning_check)
