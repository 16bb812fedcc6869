"""A date line right under a sentence of the text dates what the text speaks of (a film's release); the date
line over the text, by the headline, is the article's (livedoor news files, real articles)."""

from __future__ import annotations

import pytest

from core.cleaning.dump import clean_dump
from tests.shared_data import livedoor_text



def _lines(name: str) -> list[str]:
    return livedoor_text(name).split("\n")


@pytest.mark.parametrize("name", [
    "movie-enter/movie-enter-6156659.txt",  # the lead, then 『ドライヴ』（3月31日公開）
    "movie-enter/movie-enter-6477901.txt",  # the lead, then 『容疑者、ホアキン・フェニックス』（4月28日公開）
])
def test_a_works_date_under_the_lead_is_not_the_articles(name):
    lines = _lines(name)
    article = clean_dump("\n".join(lines))
    assert article.published.startswith(lines[1][:16])  # 2012-01-02T17:00, the line over the headline
    assert article.title == lines[2].strip()


def test_the_date_line_alone_over_the_text_is_still_read_when_it_stands_under_a_sentence():
    # with no date line over the headline, the one under the lead is the only date the page shows
    lines = _lines("movie-enter/movie-enter-6156659.txt")
    del lines[1]
    article = clean_dump("\n".join(lines))
    assert article.published is not None and article.published[5:10] == "03-31"
