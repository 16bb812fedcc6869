"""bench/parse_rules: holders, participants and reported clauses read off a dependency parse.

Each sentence's words are GiNZA's parse of it (ja_ginza 5.3), copied here so the rules are
checked without the parser installed.
"""

import importlib.util
import sys

import pytest

from bench import compare_parsers
from bench.parse_rules import Word as W
from bench.parse_rules import complements, holder, name_span, participants

PRICE = "米国務省のプライス報道官は記者会見で「深く懸念している」と語った。"
PRICE_WORDS = [
    W(0, "米", "NOUN", "obl", 18, 0, 1), W(1, "国務", "NOUN", "compound", 2, 1, 3), W(2, "省", "NOUN", "nmod", 5, 3, 4),
    W(3, "の", "ADP", "case", 2, 4, 5), W(4, "プライス", "NOUN", "compound", 5, 5, 9),
    W(5, "報道官", "NOUN", "nsubj", 18, 9, 12), W(6, "は", "ADP", "case", 5, 12, 13),
    W(7, "記者", "NOUN", "compound", 8, 13, 15), W(8, "会見", "NOUN", "obl", 18, 15, 17), W(9, "で", "ADP", "case", 8, 17, 18),
    W(10, "「", "PUNCT", "punct", 11, 18, 19), W(11, "深く", "ADJ", "advcl", 12, 19, 21),
    W(12, "懸念", "VERB", "advcl", 18, 21, 23), W(13, "し", "AUX", "aux", 12, 23, 24), W(14, "て", "SCONJ", "mark", 12, 24, 25),
    W(15, "いる", "VERB", "fixed", 14, 25, 27), W(16, "」", "PUNCT", "punct", 12, 27, 28), W(17, "と", "ADP", "case", 12, 28, 29),
    W(18, "語っ", "VERB", "ROOT", 18, 29, 31), W(19, "た", "AUX", "aux", 18, 31, 32), W(20, "。", "PUNCT", "punct", 18, 32, 33)]

SPOKESMAN = "中国外務省の報道官は、日本が挑発していると批判した。"
SPOKESMAN_WORDS = [
    W(0, "中国", "PROPN", "compound", 1, 0, 2), W(1, "外務省", "PROPN", "nmod", 3, 2, 5), W(2, "の", "ADP", "case", 1, 5, 6),
    W(3, "報道官", "NOUN", "nsubj", 13, 6, 9), W(4, "は", "ADP", "case", 3, 9, 10), W(5, "、", "PUNCT", "punct", 3, 10, 11),
    W(6, "日本", "PROPN", "nsubj", 8, 11, 13), W(7, "が", "ADP", "case", 6, 13, 14), W(8, "挑発", "VERB", "advcl", 13, 14, 16),
    W(9, "し", "AUX", "aux", 8, 16, 17), W(10, "て", "SCONJ", "mark", 8, 17, 18), W(11, "いる", "VERB", "fixed", 10, 18, 20),
    W(12, "と", "ADP", "case", 8, 20, 21), W(13, "批判", "VERB", "ROOT", 13, 21, 23), W(14, "し", "AUX", "aux", 13, 23, 24),
    W(15, "た", "AUX", "aux", 13, 24, 25), W(16, "。", "PUNCT", "punct", 13, 25, 26)]

CALL = "岸田文雄首相は10日、バイデン大統領と電話会談し、「緊密に連携する」と述べた。"
CALL_WORDS = [
    W(0, "岸田", "PROPN", "compound", 2, 0, 2), W(1, "文雄", "PROPN", "compound", 2, 2, 4), W(2, "首相", "NOUN", "nsubj", 21, 4, 6),
    W(3, "は", "ADP", "case", 2, 6, 7), W(4, "10", "NUM", "nummod", 5, 7, 9), W(5, "日", "NOUN", "obl", 11, 9, 10),
    W(6, "、", "PUNCT", "punct", 5, 10, 11), W(7, "バイデン", "PROPN", "compound", 8, 11, 15),
    W(8, "大統領", "NOUN", "obl", 11, 15, 18), W(9, "と", "ADP", "case", 8, 18, 19), W(10, "電話", "VERB", "compound", 11, 19, 21),
    W(11, "会談", "VERB", "advcl", 21, 21, 23), W(12, "し", "AUX", "aux", 11, 23, 24), W(13, "、", "PUNCT", "punct", 11, 24, 25),
    W(14, "「", "PUNCT", "punct", 15, 25, 26), W(15, "緊密", "ADJ", "advcl", 17, 26, 28), W(16, "に", "AUX", "aux", 15, 28, 29),
    W(17, "連携", "VERB", "ccomp", 21, 29, 31), W(18, "する", "AUX", "aux", 17, 31, 33), W(19, "」", "PUNCT", "punct", 17, 33, 34),
    W(20, "と", "ADP", "case", 17, 34, 35), W(21, "述べ", "VERB", "ROOT", 21, 35, 37), W(22, "た", "AUX", "aux", 21, 37, 38),
    W(23, "。", "PUNCT", "punct", 21, 38, 39)]

PAIR = "安倍晋三首相とプーチン大統領は10日、モスクワで首脳会談を行った。"
PAIR_WORDS = [
    W(0, "安倍", "PROPN", "compound", 2, 0, 2), W(1, "晋三", "PROPN", "compound", 2, 2, 4), W(2, "首相", "NOUN", "nmod", 5, 4, 6),
    W(3, "と", "ADP", "case", 2, 6, 7), W(4, "プーチン", "PROPN", "compound", 5, 7, 11),
    W(5, "大統領", "NOUN", "nsubj", 15, 11, 14), W(6, "は", "ADP", "case", 5, 14, 15), W(7, "10", "NUM", "nummod", 8, 15, 17),
    W(8, "日", "NOUN", "obl", 15, 17, 18), W(9, "、", "PUNCT", "punct", 8, 18, 19), W(10, "モスクワ", "PROPN", "obl", 15, 19, 23),
    W(11, "で", "ADP", "case", 10, 23, 24), W(12, "首脳", "NOUN", "compound", 13, 24, 26), W(13, "会談", "NOUN", "obj", 15, 26, 28),
    W(14, "を", "ADP", "case", 13, 28, 29), W(15, "行っ", "VERB", "ROOT", 15, 29, 31), W(16, "た", "AUX", "aux", 15, 31, 32),
    W(17, "。", "PUNCT", "punct", 15, 32, 33)]

FIRMS = "住友商事とKDDIの会談で双方が協議を始めた。"
FIRMS_WORDS = [
    W(0, "住友商事", "PROPN", "nmod", 2, 0, 4), W(1, "と", "ADP", "case", 0, 4, 5), W(2, "KDDI", "PROPN", "nmod", 4, 5, 9),
    W(3, "の", "ADP", "case", 2, 9, 10), W(4, "会談", "NOUN", "obl", 10, 10, 12), W(5, "で", "ADP", "case", 4, 12, 13),
    W(6, "双方", "NOUN", "nsubj", 10, 13, 15), W(7, "が", "ADP", "case", 6, 15, 16), W(8, "協議", "NOUN", "obj", 10, 16, 18),
    W(9, "を", "ADP", "case", 8, 18, 19), W(10, "始め", "VERB", "ROOT", 10, 19, 21), W(11, "た", "AUX", "aux", 10, 21, 22),
    W(12, "。", "PUNCT", "punct", 10, 22, 23)]

LATER = "「寝耳に水だ」と批判し、地元は資金を出してきた。"
LATER_WORDS = [
    W(0, "「", "PUNCT", "punct", 1, 0, 1), W(1, "寝耳", "NOUN", "obl", 3, 1, 3), W(2, "に", "ADP", "case", 1, 3, 4),
    W(3, "水", "NOUN", "advcl", 7, 4, 5), W(4, "だ", "AUX", "cop", 3, 5, 6), W(5, "」", "PUNCT", "punct", 3, 6, 7),
    W(6, "と", "ADP", "case", 3, 7, 8), W(7, "批判", "VERB", "advcl", 14, 8, 10), W(8, "し", "AUX", "aux", 7, 10, 11),
    W(9, "、", "PUNCT", "punct", 7, 11, 12), W(10, "地元", "NOUN", "nsubj", 14, 12, 14), W(11, "は", "ADP", "case", 10, 14, 15),
    W(12, "資金", "NOUN", "obj", 14, 15, 17), W(13, "を", "ADP", "case", 12, 17, 18), W(14, "出し", "VERB", "ROOT", 14, 18, 20),
    W(15, "て", "SCONJ", "mark", 14, 20, 21), W(16, "き", "VERB", "fixed", 15, 21, 22), W(17, "た", "AUX", "aux", 14, 22, 23),
    W(18, "。", "PUNCT", "punct", 14, 23, 24)]

SOURCE = "共同通信によると、北朝鮮はミサイルを発射したと伝えられている。"
SOURCE_WORDS = [
    W(0, "共同", "NOUN", "compound", 1, 0, 2), W(1, "通信", "NOUN", "obl", 10, 2, 4), W(2, "に", "ADP", "case", 1, 4, 5),
    W(3, "よる", "VERB", "fixed", 2, 5, 7), W(4, "と", "SCONJ", "fixed", 2, 7, 8), W(5, "、", "PUNCT", "punct", 1, 8, 9),
    W(6, "北朝鮮", "PROPN", "nsubj", 10, 9, 12), W(7, "は", "ADP", "case", 6, 12, 13), W(8, "ミサイル", "NOUN", "obj", 10, 13, 17),
    W(9, "を", "ADP", "case", 8, 17, 18), W(10, "発射", "VERB", "advcl", 14, 18, 20), W(11, "し", "AUX", "aux", 10, 20, 21),
    W(12, "た", "AUX", "aux", 10, 21, 22), W(13, "と", "ADP", "case", 10, 22, 23), W(14, "伝え", "VERB", "ROOT", 14, 23, 25),
    W(15, "られ", "AUX", "aux", 14, 25, 27), W(16, "て", "SCONJ", "mark", 14, 27, 28), W(17, "いる", "VERB", "fixed", 16, 28, 30),
    W(18, "。", "PUNCT", "punct", 14, 30, 31)]


def _text(sentence, span):
    return sentence[span[0]:span[1]] if span else None


def _quote(sentence, piece):
    start = sentence.index(piece)
    return start, start + len(piece)


def test_the_holder_is_the_subject_of_the_speech_verb_with_its_name_and_title():
    assert _text(PRICE, holder(PRICE_WORDS, *_quote(PRICE, "「深く懸念している」"))) == "プライス報道官"
    assert _text(CALL, holder(CALL_WORDS, *_quote(CALL, "「緊密に連携する」"))) == "岸田文雄首相"


def test_a_bare_title_takes_its_owner_before_の():
    assert _text(SPOKESMAN, holder(SPOKESMAN_WORDS, *_quote(SPOKESMAN, "日本が挑発している"))) == "中国外務省の報道官"
    # a named person keeps its own span: プライス報道官, not 米国務省のプライス報道官
    assert _text(PRICE, name_span(PRICE_WORDS, 5)) == "プライス報道官"


def test_a_subject_after_the_verb_belongs_to_a_later_clause():
    assert holder(LATER_WORDS, *_quote(LATER, "「寝耳に水だ」")) is None


def test_a_sentence_with_its_subject_inside_the_claim_names_its_source():
    assert _text(SOURCE, holder(SOURCE_WORDS, *_quote(SOURCE, "北朝鮮はミサイルを発射した"))) == "共同通信"


def test_participants_are_the_subject_and_the_と_partners():
    assert [_text(CALL, s) for s in participants(CALL_WORDS, 11)] == ["岸田文雄首相", "バイデン大統領"]
    assert sorted(_text(PAIR, s) for s in participants(PAIR_WORDS, 13)) == ["プーチン大統領", "安倍晋三首相"]


def test_names_before_の_meet_at_the_noun_and_a_later_subject_is_not_theirs():
    found = [_text(FIRMS, s) for s in participants(FIRMS_WORDS, 4)]
    assert sorted(found) == ["KDDI", "住友商事"]


def test_reported_clauses_are_と_complements_of_a_predicate_not_partners():
    assert [_text(CALL, s) for s in complements(CALL_WORDS)] == ["「緊密に連携する」"]
    assert [_text(PRICE, s) for s in complements(PRICE_WORDS)] == ["「深く懸念している」"]
    assert [_text(SOURCE, s) for s in complements(SOURCE_WORDS)] == ["北朝鮮はミサイルを発射した"]
    assert complements(PAIR_WORDS) == []  # 安倍晋三首相と: a partner
    assert complements(FIRMS_WORDS) == []


def test_a_sentence_is_parsed_whole_with_the_same_offsets():
    sentence = "首相は「合意した。\n歓迎する」と述べた。"
    parsed = compare_parsers.one_sentence(sentence)
    assert len(parsed) == len(sentence)
    assert parsed == "首相は「合意した、、歓迎する」と述べた。"


def test_without_ginza_the_bench_says_how_to_install_it_and_stops(monkeypatch, capsys):
    if importlib.util.find_spec("ja_ginza") is not None:
        pytest.skip("GiNZA is installed here: the bench would run")
    monkeypatch.setattr(sys, "argv", ["compare_parsers.py"])
    compare_parsers.main()
    assert capsys.readouterr().out.strip() == compare_parsers.MISSING
