"""A page dump whose title line holds what a reader never sees as words (a bell, a terminal's colour codes,
the HTML tags a page's text kept) is read like the same page without them: its title is kept, stored as it came."""

from __future__ import annotations

import pytest

from core.article import Article
from core.cleaning.apply import apply_cleaning
from core.cleaning.lines import classify, japanese_share
from tests.shared_data import livedoor_text

PAGES = ("sports-watch/sports-watch-4597641.txt", "smax/smax-6884447.txt")


def _cleaned(raw: str) -> Article:
    article = Article(source="page.txt", source_format="txt", raw=raw)
    apply_cleaning(article)
    return article


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("dress", [
    lambda t: f"{t[:2]}\x07{t[2:4]}\x1b[31m{t[4:8]}\x1b[0m\x01{t[8:]} <b>速報</b>",
    lambda t: f"<b>{t}</b>",
    lambda t: f"\x1b[1m{t}\x1b[0m\x07",
])
def test_a_title_with_unseen_characters_is_kept(name, dress):
    lines = livedoor_text(name).split("\n")
    plain = _cleaned("\n".join(lines))
    assert plain.title  # the page as it is has its title
    dressed_line = dress(lines[2])
    dressed = _cleaned("\n".join(lines[:2] + [dressed_line] + lines[3:]))
    assert dressed.title == dressed_line  # stored as it came; the window shows the controls as marks
    assert dressed.paragraphs == plain.paragraphs and dressed.published == plain.published


def test_the_share_of_japanese_counts_what_a_line_shows():
    assert japanese_share("米中\x07外相\x1b[31m会談\x1b[0m\x01 <b>速報</b>") == japanese_share("米中外相会談 速報")
    assert japanese_share("　米中外相が会談した。") == pytest.approx(9 / 11)  # an indent is shown: counted, as 。
    assert classify(1, "米中外相会談 <b>速報</b>").kind == "heading"
    assert classify(1, "ホーム > 政治 > 外交").kind == "other"  # a breadcrumb stays one
    assert classify(1, 'ホーム > <a href="/politics">政治</a> > 外交').kind == "other"
