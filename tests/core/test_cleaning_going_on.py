"""A body cut short while the article's sentences go on below it is flagged for a look."""

from __future__ import annotations

from pathlib import Path

from core.cleaning.checks import COMPETING_BLOCKS, reason_codes
from core.cleaning.dump import clean_dump
from tests.shared_data import require

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
# A livedoor list article: each cake's paragraph, then its price and an order period (予約受付期間 〜12月20日)
CUT_AT_A_DATED_ITEM = SHARED / "corpus" / "livedoor" / "text" / "peachy" / "peachy-4502434.txt"
# A short article, a long menu, then the site's own sentences about itself
ABOUT_THE_SITE_BELOW = SHARED / "pages" / "txt" / "20-nhk-easy-20241204-nakamura-afghan-suiro.txt"


def _raw(path: Path) -> str:
    require(path)
    return path.read_text(encoding="utf-8")


def test_a_list_article_whose_items_close_with_an_order_period_is_read_whole():
    # each item's order period (予約受付期間　〜12月20日（日）) is an event's day, no page date: the text goes on
    article = clean_dump(_raw(CUT_AT_A_DATED_ITEM))
    paragraphs = [p.strip() for p in article.paragraphs]
    assert any(p.startswith("程よい甘さのミルクチョコレートムース") for p in paragraphs)
    assert any(p.startswith("音符のデコレーションとカラフルなマカロン") for p in paragraphs)
    assert article.cleaning_check is None


def test_a_list_article_cut_at_a_date_line_asks_for_a_look_at_the_text_below():
    # the first item's order period written as a bare date line, as a page's own date is: the cleaner stops there
    raw = _raw(CUT_AT_A_DATED_ITEM).replace("予約受付期間　〜12月20日（日）", "2009年12月20日 10:00", 1)
    article = clean_dump(raw)
    assert len(article.paragraphs) <= 3
    assert COMPETING_BLOCKS in reason_codes(article.cleaning_check)
    lines = raw.split("\n")
    # the raw view opens at the next item's paragraph, below the body
    assert article.cleaning_check_line > article.body_lines[-1]
    assert lines[article.cleaning_check_line - 1].startswith("程よい甘さのミルクチョコレートムース")


def test_the_sites_own_sentences_far_below_a_short_article_do_not_ask_for_a_look():
    article = clean_dump(_raw(ABOUT_THE_SITE_BELOW))
    assert article.cleaning_check is None
    assert article.paragraphs[0].startswith("アフガニスタンで、水みず")
