"""Talks named by their level (外相会談, 首脳会談) whose clause names one person of that level and no partner: the one
person of another country the article named before with an office of that level is across the table (sentences
written for Kaidan in the style of Japanese news)."""

from datetime import date

import pytest

from tests.core.meeting_helpers import proposals_in, sorted_names as _sides

DAY = date(2018, 5, 10)
BEFORE = "ロシアのラブロフ外相は10日、モスクワで北方領土問題について語った。\n"


def _talks(text):
    return [_sides(p) for p in proposals_in(text, DAY) if p.kind == "talks"]


@pytest.mark.parametrize("text", [
    BEFORE + "河野外相は11日、外相会談に臨み、平和条約交渉の加速で一致した。",
    BEFORE + "河野外相は11日、外相会談で平和条約交渉の加速を求めた。",
])
def test_talks_of_a_level_take_the_one_of_that_level_named_before(text):
    assert _talks(text) == [["ラブロフ", "河野"]]


@pytest.mark.parametrize("text", [
    # two of that level named before: which one met is not said
    BEFORE + "中国の王毅外相も懸念を示した。\n河野外相は11日、外相会談に臨んだ。",
    # another level: a foreign minister sitting in at a summit meets no foreign minister by it
    BEFORE + "河野外相は11日、首脳会談に同席した。",
    # the two met before: later talks whose partner is not named are another meeting's
    "河野外相は10日、ロシアのラブロフ外相と会談した。\n河野外相は11日には北京に移り、外相会談に臨んだ。",
])
def test_talks_of_a_level_take_no_one_when_who_met_is_not_said(text):
    assert ["ラブロフ", "河野"] not in _talks(text)[-1:]


@pytest.mark.parametrize("text", [
    # one who held the office before, or a deputy of it, is no one of that level now
    "ロシアのメドベージェフ前首相は10日、モスクワで語った。\n安倍首相は11日、首脳会談に臨んだ。",
    "ロシアのメドベージェフ副首相は10日、モスクワで語った。\n安倍首相は11日、首脳会談に臨んだ。",
    "ロシアのラブロフ元外相は10日、モスクワで語った。\n河野外相は11日、外相会談に臨んだ。",
])
def test_one_who_no_longer_holds_the_office_or_a_deputy_is_no_counterpart(text):
    assert all(len(sides) == 1 for sides in _talks(text))


def test_someone_the_talks_sentence_names_leaves_the_one_named_before_out():
    # (a partner named after the word, read by another mention or not, may be the one met)
    text = "米国のトランプ大統領は10日、中国を批判した。\n安倍首相は11日、首脳会談に臨み、プーチン大統領と握手した。"
    assert all("トランプ" not in sides for sides in _talks(text))


def test_one_of_the_sides_own_country_at_that_level_is_no_counterpart():
    # (a colleague of the side's own government, the only one of that level named before, is not across the table)
    text = "日本の岸田外相は10日、懸念を示した。\n河野外相は11日、外相会談に臨んだ。"
    assert _talks(text) == [["河野"]]


@pytest.mark.parametrize("before, other", [(BEFORE, "ラブロフ"), ("韓国の潘基文外相は10日、ソウルで語った。\n", "潘基文")])
def test_a_minister_kaidan_does_not_know_written_with_no_country_is_japans(before, other):
    # (a Japanese report writes Japan's ministers bare: the one of that level of another country is across the table)
    assert _talks(before + "町村外相は11日、外相会談に臨み、協力で一致した。") == [sorted(["町村", other])]


def test_a_side_kaidan_does_not_know_of_no_cabinet_office_takes_no_counterpart():
    # (a 大統領 written bare is of no country Kaidan can tell: Japan has none)
    text = "ロシアのプーチン大統領は10日、モスクワで語った。\nサーカシビリ大統領は11日、首脳会談に臨んだ。"
    assert _talks(text) == [["サーカシビリ"]]
