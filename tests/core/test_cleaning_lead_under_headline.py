"""Under the date line, a headline with the text's first sentence printed on the very next line: the headline
is the upper line, however much longer the sentence is; so is a headline closed by ！ over a longer deck
(livedoor news files, real articles)."""

from __future__ import annotations

import pytest

from core.cleaning.dump import clean_dump
from tests.shared_data import livedoor_text



@pytest.mark.parametrize("name", [
    "dokujo-tsushin/dokujo-tsushin-5718368.txt",  # 女の集団は仲が悪い!? / 「どうして男の人って…」 (a whole quotation)
    "dokujo-tsushin/dokujo-tsushin-6723862.txt",  # 男と女の割り勘問題 / 今の20代の人たちは…だろうか？ (a question)
    "sports-watch/sports-watch-6180045.txt",      # …本人は否定 / 北海道日本ハム…所属・斎藤佑樹と…。…か——。 (names, commas)
    "dokujo-tsushin/dokujo-tsushin-5858077.txt",  # …トルコに決まり！ / イスタンブールと…を巡る、“Blue Turkeyの旅” (a deck)
])
def test_the_first_sentence_right_under_a_headline_is_not_taken_for_it(name):
    raw = livedoor_text(name)
    lines = raw.split("\n")
    article = clean_dump(raw)
    assert article.title == lines[2].strip()
    assert article.line_labels[3] != "meta"  # the sentence under it is not read as the headline
    assert article.published.startswith(lines[1][:10])



def test_a_sentence_with_the_text_running_on_under_it_is_no_second_half_of_the_headline():
    # 新生活の第一歩を“いつもの音楽”で彩る / 新しい生活に胸を躍らせる春。 / the text on the very next line
    raw = livedoor_text("livedoor-homme/livedoor-homme-6392488.txt")
    lines = raw.split("\n")
    article = clean_dump(raw)
    assert lines[3].endswith("。") and article.line_labels[4] == "body"
    assert article.title == lines[2].strip()
