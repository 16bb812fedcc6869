"""A headline written with a 。 in it (a sentence, then a headline's words: …を思いのままに。「…」をチェック【レポート】;
or a quoted title closed by 。: 『ツレがうつになりまして。』) reads as running text, yet by its date line it is the
headline; a sentence of the text by the date line is not (bench/eval_cleaning_livedoor.py --framed measures it)."""

from __future__ import annotations

from core.cleaning.dump import clean_dump
from core.cleaning.headline_choice import sentence_then_headline
from tests.shared_data import livedoor_text

REPORT = "smax/smax-6562624.txt"  # テンキー×タッチで…思いのままに。「…」を…チェック【レポート】
QUOTED = "dokujo-tsushin/dokujo-tsushin-5892855.txt"  # …『ツレがうつになりまして。』


def _page(name: str, header_over: list[str] | None = None) -> tuple[str, str]:
    lines = livedoor_text(name).split("\n")
    title = lines[2].strip()
    body = [line.strip() for line in lines[3:] if line.strip() and not line.startswith("http")]
    day = lines[1][:10].replace("-", ".")
    header = (header_over or []) + [title, day]
    return title, "\n".join(["みなと新報", "ホーム　ニュース　政治　経済", "", *header, "", *body, "",
                             "Copyright © 2008-2025 みなと新報 All rights reserved."])


def test_a_headline_with_a_sentence_in_it_over_its_date_line_is_the_headline():
    for name in (REPORT, QUOTED):
        title, raw = _page(name)
        assert clean_dump(raw).title == title, name


def test_a_headline_with_a_sentence_in_it_under_the_date_line_is_the_headline():
    lines = livedoor_text(REPORT).split("\n")
    title = lines[2].strip()
    body = [line.strip() for line in lines[3:] if line.strip() and not line.startswith("http")]
    raw = "\n".join(["みなと新報", "ホーム > 国際 > アジア", lines[1][:10].replace("-", "."), "", title, "", *body])
    assert clean_dump(raw).title == title


def test_the_shape_is_a_headlines_not_a_sentences():
    assert sentence_then_headline("テンキー×タッチでスマートフォンを思いのままに。「AQUOS PHONE SL IS15SH」を写真と動画でチェック【レポート】")
    assert sentence_then_headline("「ZIP!」スタッフに東野幸治が怒り「謝罪を求めます。」")
    assert not sentence_then_headline("首相は11日、記者会見を開いた。会見では新たな方針を示した。")
    assert not sentence_then_headline("首相は11日、記者会見を開いた。会見では新たな方針を示し、")
    assert not sentence_then_headline("首相は11日に会見した。新たな方針を示している")  # a clause: a paragraph cut short
    assert not sentence_then_headline("「今日は晴れです。明日も晴れ。」")
