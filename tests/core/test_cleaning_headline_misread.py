"""A headline holding a button's or a caption's word (ログイン, プレゼント, 撮影), alone between the date line and
the body, is still the headline when none other was found; a photo's caption there is not (livedoor news files)."""

from __future__ import annotations

import pytest

from core.cleaning.checks import NO_HEADLINE, reason_codes
from core.cleaning.dump import clean_dump
from tests.shared_data import livedoor_text



def _lines(name: str) -> list[str]:
    return livedoor_text(name).split("\n")


@pytest.mark.parametrize("name", [
    "kaden-channel/kaden-channel-6125881.txt",  # …で不正ログインとなりすまし購入が発覚【ニュース】
    "peachy/peachy-4754128.txt",                # 「メガロス」1日無料体験チケットをブロガー限定プレゼント
    "movie-enter/movie-enter-5917005.txt",      # 初の試み！ 史上最大規模の3Dカメラ×世界遺産での撮影
])
def test_a_headline_with_a_buttons_or_a_captions_word_under_the_date_line_is_the_headline(name):
    lines = _lines(name)
    article = clean_dump("\n".join(lines))
    assert article.title == lines[2].strip()
    assert NO_HEADLINE not in reason_codes(article.cleaning_check)
    assert lines[2] not in article.captions
    assert article.line_labels[2] == "meta"


def test_a_photos_caption_under_the_date_line_is_no_headline():
    lines = _lines("movie-enter/movie-enter-5917005.txt")
    lines[2] = "記者会見する監督と主演俳優たち＝13日、東京都内で撮影"
    article = clean_dump("\n".join(lines))
    assert article.title is None
    assert NO_HEADLINE in reason_codes(article.cleaning_check)
    assert lines[2] in article.captions
