"""A country's official named by office after の, with nobody named, stands for the country at a meeting (ロシアの外相と):
a minister of any portfolio as Japanese news writes one with 相, and officials by rank (補佐官, 高官, 閣僚) — not a
word that ends in 相 (様相, 真相). Sentences in the style of Japanese news."""

from datetime import date

import pytest

from tests.core.meeting_helpers import proposals_in

DAY = date(2019, 5, 10)


def sides(text):
    return [sorted(x.entity_id or x.name for x in p.participants) for p in proposals_in(text, DAY)]


@pytest.mark.parametrize("official", ["経済発展相", "経済相", "エネルギー相", "大統領補佐官", "高官", "閣僚ら"])
def test_an_official_of_a_country_by_portfolio_or_rank_stands_for_the_country(official):
    text = f"茂木外相は10日、ロシアの{official}と会談した。これに先立ち、茂木氏はモスクワ入りした。"
    assert sides(text) == [["country:RU", "person:toshimitsu-motegi"]]


def test_a_minister_of_another_portfolio_met_as_well_is_his_countrys_side():
    text = "茂木外相は10日、モスクワでラブロフ外相と会談した。これに先立ち、茂木氏はロシアの経済発展相とも会談した。"
    assert sides(text) == [["person:sergey-lavrov", "person:toshimitsu-motegi"],
                           ["country:RU", "person:toshimitsu-motegi"]]


def test_a_word_ending_in_the_ministers_character_is_no_official():
    # 日本の様相が: the look of Japan is the subject of 変わる, no side of the talks
    text = "茂木外相は10日、ラブロフ外相と会談し、日本の様相が変わったと述べた。"
    assert sides(text) == [["person:sergey-lavrov", "person:toshimitsu-motegi"]]
