"""A headline quoting someone's words whose sentence closes inside the quotes (「…。」と首相, 知事「…。」): the
headline by its date line, and no sentence of the text that would hide the breadcrumb over it from the date line."""

from __future__ import annotations

import pytest

from core.cleaning.dump import clean_dump
from core.cleaning.header_shapes import quoted_headline
from tests.core.test_cleaning_yearless_header import spanned

QUOTED = ["「対話を通じて相違を管理したい。」と首相", "「謝罪を求めます。」", "外相「首脳会談の実現に向け調整を進める。」",
          "スギちゃんが初冠番組「俺はこれから地上波で消えていくぜ。ワイルドだろ〜。」",
          "知事「自宅で簡単！　ヨガポーズで「花粉症」をスッキリ解消。」"]


@pytest.mark.parametrize("headline", QUOTED)
@pytest.mark.parametrize("over", ["ホーム > アーカイブ > 2023 > 国際", "2023年の国際ニュース", "ホーム ＞ ニュース一覧 ＞ 2023年"])
def test_a_quoted_headline_is_read_and_its_date_sees_the_year_filed_over_it(headline, over):
    article = clean_dump(spanned(over, "", headline, "12月4日 18:05"))
    assert article.title == headline
    assert article.published.startswith("2023-12-04T18:05")


@pytest.mark.parametrize("text", QUOTED)
def test_words_quoted_whole_make_a_quoted_headline(text):
    assert quoted_headline(text)


@pytest.mark.parametrize("text", ["首相は「対話を通じて相違を管理したい」と述べた。", "「相違を管理したい。」と述べた。",
                                  "元「モーニング娘。」高橋愛に熱愛スクープ。ファンから悲痛な叫び", "日中外相が電話会談、首脳会談の調整で一致",
                                  "・「申し込みは不要。」"])
def test_a_sentence_closed_outside_its_quotes_is_no_quoted_headline(text):
    assert not quoted_headline(text)


def test_a_sentence_of_text_over_the_date_line_still_hides_the_year_over_it():
    # the text's sentence (closed outside its quotes) between the breadcrumb and a date line under it
    dump = spanned("ホーム > アーカイブ > 2023 > 国際", "", "王氏は「対話を通じて相違を管理したい」と応じたという。", "",
                   "日中外相が電話会談、首脳会談の調整で一致", "12月4日 18:05")
    assert not (clean_dump(dump).published or "").startswith("2023")
