"""A date under the body when the header's date line holds a day it could not read (12/04/2024 15:40, its order
untold; 12月4日, its year untold): a date of another day there is a related link's (外相会談（2024年12月2日）), never
the article's; one of the same day tells the header's order or year."""

from __future__ import annotations

import pytest

from core.cleaning.checks import DATE_UNSURE
from core.cleaning.dump import clean_dump
from core.cleaning.dump_dates import held_days
from core.cleaning.lines import classify
from tests.core.test_cleaning_date_choice import HEADLINE, page

YEAR_LAST = "12/04/2024 15:40"  # the fourth of December or the twelfth of April; the text's lead says 4日


@pytest.mark.parametrize("link", [
    ("", "外相会談（2024年12月2日）"),
    ("", "関連記事", "国連総会が閉幕（2024年12月1日）"),
    ("", "外相会談 2024.12.02"),
    ("", "外相会談", "2024年12月2日"),
])
def test_a_short_dated_link_under_the_body_is_not_the_articles_date(link):
    article = clean_dump(page(HEADLINE, YEAR_LAST, foot=link))
    assert article.published.startswith("2024-12-04T15:40")  # the header's day, in the order the lead suggests
    assert DATE_UNSURE in article.cleaning_check  # a suggestion: the user checks it


def test_a_date_of_the_same_day_under_the_body_tells_the_headers_order():
    article = clean_dump(page(HEADLINE, YEAR_LAST, foot=("", "公開日：2024年12月4日 15:40")))
    assert article.published.startswith("2024-12-04T15:40")
    assert not article.cleaning_check


def test_a_publication_labelled_under_the_body_is_the_articles_whatever_its_day():
    assert clean_dump(page(HEADLINE, YEAR_LAST, foot=("", "公開日：2024年12月2日"))).published == "2024-12-02"


def test_the_days_a_header_line_may_mean():
    assert held_days(classify(1, YEAR_LAST)) == {"2024-12-04", "2024-04-12"}
    assert held_days(classify(1, "12月4日 15:40")) == {"-12-04"}
