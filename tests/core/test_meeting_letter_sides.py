"""A meeting named by its countries' letters (日中韓外相会談, 南北首脳会談, 日韓首脳会談): each country of the compound is
a side, the people of those countries stand in their places, and nobody of another country is one."""

from datetime import date

from core.meetings.letter_sides import compound_letters
from tests.core.meeting_helpers import meetings_in


def _sides(text, day):
    return [[p.entity_id for p in m.participants] for m in meetings_in(text, day)]


def test_each_letter_of_a_three_country_compound_is_a_side_and_no_letter_is_a_person():
    assert _sides("日米韓外相会談が13日、ジャカルタで開かれた。", date(2023, 7, 14)) \
        == [["country:US", "country:JP", "country:KR"]]
    assert _sides("日中韓外相会談が21日、ソウルで開かれた。", date(2023, 5, 10)) \
        == [["country:CN", "country:JP", "country:KR"]]


def test_a_person_of_another_country_only_speaks_of_the_meeting_of_the_two_koreas():
    assert _sides("河野外相は10日、南北首脳会談で拉致問題を取り上げるよう韓国側に求めた。", date(2018, 4, 11)) \
        == [["country:KR", "country:KP"]]


def test_a_person_stands_for_their_country_and_is_not_a_side_twice():
    assert _sides("岸田首相は15日、日韓首脳会談に臨んだ。", date(2023, 5, 10)) \
        == [["person:fumio-kishida", "country:KR"]]


def test_letters_are_countries_only_as_a_whole_word_of_distinct_letters():
    body = "来日中韓首脳会談"
    assert compound_letters(body, 0, body.index("首脳会談")) == []  # 来日: no Japan
    body = "3日中韓首脳会談"
    assert compound_letters(body, 0, body.index("首脳会談")) == []  # 3日: a day
    body = "日中韓首脳会談"
    assert [c.entity_id for c in compound_letters(body, 0, body.index("首脳会談"))] \
        == ["country:JP", "country:CN", "country:KR"]
    body = "南北首脳会談"
    assert [c.entity_id for c in compound_letters(body, 0, body.index("首脳会談"))] == ["country:KR", "country:KP"]


def test_those_sitting_in_sit_at_the_summit_not_at_the_negotiation_it_agreed_to_resume():
    text = ("北朝鮮の金正日総書記と日本の小泉純一郎首相は17日、平壌で首脳会談を開き、日朝国交正常化交渉を再開させることで"
            "合意した。会談には、北朝鮮側から姜錫柱第1外務次官が同席。日本側は安倍晋三官房副長官らが同席した。")
    summit, negotiation = meetings_in(text, date(2002, 9, 18))[:2]
    assert "person:shinzo-abe" in [p.entity_id for p in summit.participants]
    assert [p.entity_id for p in negotiation.participants] == ["person:junichiro-koizumi", "country:KP"]


def test_at_a_summit_named_by_letters_an_envoy_of_one_country_is_no_side():
    assert _sides("韓国の鄭義溶特使は5日、南北首脳会談の準備を進めると述べた。", date(2018, 3, 6)) \
        == [["country:KR", "country:KP"]]


def test_the_letters_may_stand_apart_from_the_word_by_the_level_of_those_who_meet():
    assert _sides("日米の外務・防衛担当閣僚会合が11日、ワシントンで開かれた。", date(2023, 1, 12)) \
        == [["country:JP", "country:US"]]


def test_countries_listed_by_a_middot_before_an_offices_meeting_word_are_each_a_side():
    # インド・パキスタン外相会談: the country before the office read as a person's name is the country all the same
    day = date(2023, 5, 10)
    assert _sides("インド・パキスタン外相会談が10日、ニューデリーで開かれた。", day) == [["country:IN", "country:PK"]]
    assert _sides("トルコ・シリア国防相会談が10日、アンカラで開かれた。", day) == [["country:TR", "country:SY"]]
    # letters listed by ・ (米・韓・日外相会談, 日・韓財務相会談): each letter a country, none a person
    assert sorted(*_sides("米・韓・日外相会談が10日、ワシントンで行われた。", day)) == [
        "country:JP", "country:KR", "country:US"]
    assert sorted(*_sides("日・韓財務相会談が10日、東京で開かれた。", day)) == ["country:JP", "country:KR"]
    # (a body listed with a country is no second side beside its own mention: 日・EU首脳協議)
    assert sorted(*_sides("日・EU首脳協議が10日、ブリュッセルで行われた。", day)) == ["country:JP", "org:european-union"]
    # (no list of countries: a country before its city, a country's own two offices, one country's name written
    # with ・, a person's name; a letter glued to more kanji than a level is a word of its own, 日産, not Japan)
    assert _sides("インド・ムンバイで外相会談が10日開かれた。", day) == [[]]
    assert _sides("日本の首相・外相会談が10日開かれた。", day) == [[]]
    assert _sides("ボスニア・ヘルツェゴビナ外相会談が10日開かれた。", day) == [["country:BA"]]
    assert _sides("ジョン・ケリー国務長官会談が10日行われた。", day) == [["person:john-kerry"]]
    assert _sides("トヨタ・日産首脳会談が10日行われた。", day) == [["org:toyota"]]
