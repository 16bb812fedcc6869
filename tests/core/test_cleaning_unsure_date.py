"""A page whose date cannot be told (its day and month in an order that cannot be read) is flagged for a
look, and the raw view is sent to its date line; a date that can be read is no doubt."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.article import Article
from core.cleaning.apply import apply_cleaning
from core.cleaning.checks import DATE_UNSURE, described, reason_codes
from core.cleaning.dump import clean_dump
from core.dates.lines import unsure_order
from tests.shared_data import labelled_page as _page

BBC = "09-bbc-20201009-france-lyon-eigyo-teishi.txt"  # the headline, the day alone under it
ASAHI = "16-asahi-20170207-chikushino-kyoyu-taibatsu.txt"  # section links, the headline, its date line


def _date_row(gold: dict) -> int:
    """The 0-based index of the page's date line."""
    return next(e["lines"][0] for e in gold["line_labels"] if e.get("category") == "published") - 1


@pytest.mark.parametrize("text, at", [("10/02/2016 15:40", 0), ("更新 1/2/2016", 3), ("02/16/2016 15:40", None),
                                      ("16/02/2016", None), ("02/10/2016 03:40 PM", None), ("2016/02/10", None),
                                      ("１０／０２／２０１６", 0)])
def test_a_day_whose_order_cannot_be_told_is_found_where_it_stands(text, at):
    assert unsure_order(text) == at


@pytest.mark.parametrize("name", [BBC, ASAHI])
def test_a_date_line_in_an_order_that_cannot_be_told_flags_the_page_at_that_line(name):
    lines, gold = _page(name)
    row = _date_row(gold)
    dumped = lines[:row] + ["10/02/2016 15:40"] + lines[row + 1 :]
    article = Article(source="", source_format="txt", raw="\n".join(dumped))
    apply_cleaning(article)
    assert article.title == gold["title"]
    assert article.published is None  # no date is better than a wrong one
    assert DATE_UNSURE in reason_codes(article.cleaning_check)
    assert "the page's date could not be told" in described(article.cleaning_check)
    assert article.cleaning_check_line == row + 1  # the raw view opens at the date line
    assert article.line_labels[row] == "drop"


@pytest.mark.parametrize("written, iso", [("02/16/2016 15:40", "2016-02-16T15:40"), ("16/02/2016", "2016-02-16")])
def test_a_date_line_whose_order_can_be_told_is_no_doubt(written, iso):
    lines, gold = _page(BBC)
    row = _date_row(gold)
    article = clean_dump("\n".join(lines[:row] + [written] + lines[row + 1 :]))
    assert article.published.startswith(iso)
    assert article.cleaning_check is None
    assert article.cleaning_check_line is None


def test_the_unchanged_page_is_not_flagged():
    lines, _ = _page(BBC)
    assert clean_dump("\n".join(lines)).cleaning_check is None


def test_an_unsure_day_inside_a_sentence_of_the_body_is_no_date_line():
    lines, gold = _page(BBC)
    row = _date_row(gold)
    body = next(i for i, e in enumerate(lines) if i > row and len(e.strip()) > 40)
    text = lines[body] + "（10/02/2016の発表による）"
    article = clean_dump("\n".join(lines[:body] + [text] + lines[body + 1 :]))
    assert article.cleaning_check is None


FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "cleaning" / "unsure_date_article.txt"


@pytest.mark.parametrize("written", ["10/02/2016 15:40", "2月10日 15:40"])
def test_a_date_line_whose_day_or_year_cannot_be_told_flags_the_page(written):
    """The order of its day and month, or (a month and day alone) its year: nothing on the page tells it."""
    raw = FIXTURE.read_text(encoding="utf-8").replace("10/02/2016 15:40", written)
    article = Article(source="", source_format="txt", raw=raw)
    apply_cleaning(article)
    assert article.published is None
    assert reason_codes(article.cleaning_check) == [DATE_UNSURE]
    assert raw.split("\n")[article.cleaning_check_line - 1] == written


def test_the_day_the_first_sentence_names_suggests_the_order_and_the_page_is_still_flagged():
    # 外相は１０日、ジャカルタで会談し: the tenth, not the second
    raw = FIXTURE.read_text(encoding="utf-8").replace("外相は、", "外相は１０日、")
    article = Article(source="", source_format="txt", raw=raw)
    apply_cleaning(article)
    assert article.published.startswith("2016-02-10T15:40")
    assert reason_codes(article.cleaning_check) == [DATE_UNSURE]
    assert raw.split("\n")[article.cleaning_check_line - 1] == "10/02/2016 15:40"


def test_a_month_and_day_whose_year_the_page_tells_is_no_doubt():
    raw = FIXTURE.read_text(encoding="utf-8").replace("10/02/2016 15:40", "2月10日 15:40")
    raw = raw.replace("Copyright World News", "Copyright 2016 World News")
    article = clean_dump(raw)
    assert article.published.startswith("2016-02-10T15:40")
    assert article.cleaning_check is None


def test_two_date_lines_by_the_headline_giving_different_days_flag_the_page_at_the_one_kept():
    lines, gold = _page(BBC)
    title = next(e["lines"][0] for e in gold["line_labels"] if e.get("category") == "title") - 1
    row = _date_row(gold) + 1  # the page's date line (2020年10月9日, under the headline), one line down
    article = clean_dump("\n".join(lines[:title] + ["2020年10月8日"] + lines[title:]))
    assert article.title == gold["title"]
    assert article.published.startswith("2020-10-09")  # the one nearest the body
    assert reason_codes(article.cleaning_check) == [DATE_UNSURE]
    assert article.cleaning_check_line == row + 1
    same_day = clean_dump("\n".join(lines[:title] + ["2020年10月9日"] + lines[title:]))
    assert same_day.cleaning_check is None  # two lines giving one day: nothing to tell


REUTERS = "08-reuters-20170130-trump-nyukoku-seigen-shihouchoukan.txt"


def _date_under_the_body(name: str, stamp: str) -> tuple[list[str], int, dict]:
    """The page with its date line taken from the header and written under the text, as portals print it."""
    lines, gold = _page(name)
    row = _date_row(gold)
    last = max(gold["body_line_numbers"])
    moved = lines[:last] + ["", stamp] + lines[last:]
    del moved[row]
    return moved, last, gold  # the stamp's 0-based row, once the date line above is gone


@pytest.mark.parametrize("name", [ASAHI, REUTERS])
def test_a_month_and_day_under_the_body_whose_year_nothing_tells_flags_the_page_at_it(name):
    lines, stamp_row, gold = _date_under_the_body(name, "11/02 19:16")
    article = clean_dump("\n".join(lines))
    assert article.title == gold["title"]
    assert article.published is None  # no year on the page: no date rather than a guessed one
    assert reason_codes(article.cleaning_check) == [DATE_UNSURE]
    assert article.cleaning_check_line == stamp_row + 1
    assert lines[article.cleaning_check_line - 1] == "11/02 19:16"


@pytest.mark.parametrize("name", [ASAHI, REUTERS])
def test_a_full_date_under_the_body_is_read_and_no_doubt(name):
    lines, _, _ = _date_under_the_body(name, "2016/11/02 19:16")
    article = clean_dump("\n".join(lines))
    assert article.published.startswith("2016-11-02T19:16")
    assert article.cleaning_check is None
