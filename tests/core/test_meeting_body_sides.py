"""Organisations as the sides of a meeting: as the last of a list of sides (ギリシャとEU、IMFの協議, 自民、公明、民主3党の
協議), brought into the talks (財務省を交えて), glued to country letters (日EU首脳協議), and as the body of states
holding a summit no attendee of which is named (NATO首脳会議, アフリカ連合首脳会議); outlets listed as they report, and a ministry announcing
talks between the countries its word names, are none."""

from tests.core.meeting_helpers import meetings_in, names, proposals_in, sorted_names


def test_a_body_closing_a_list_of_sides_is_a_side_not_the_host():
    [m] = meetings_in("ギリシャ政府とEU、IMFの協議が10日、始まった。")
    assert sorted_names(m) == ["EU", "IMF", "ギリシャ"]


def test_three_parties_listed_before_the_meeting_word():
    [m] = meetings_in("自民党と公明党、民主党の協議が10日、始まった。")
    assert sorted_names(m) == ["公明党", "民主党", "自民党"]


def test_parties_counted_right_after_the_last_name():
    [m] = meetings_in("自民、公明、民主3党の協議が10日、始まった。")
    assert sorted_names(m) == ["公明", "民主", "自民"]


def test_a_grouping_named_with_nado_is_still_the_host():
    [m] = meetings_in("首相は10日、ASEAN、APECなどの会合に出席した。")
    assert m.kind == "multilateral"


def test_country_letters_glued_to_a_body_are_the_sides_with_it():
    [m] = meetings_in("日EU首脳協議が10日、ブリュッセルで開かれた。")
    assert names(m) == ["日", "EU"]
    [m] = meetings_in("日米EU首脳会談が10日、開かれた。")
    assert names(m) == ["日", "米", "EU"]


def test_a_glued_body_joins_the_one_person_named():
    [m] = meetings_in("安倍首相は10日、日EU首脳協議に臨んだ。")
    assert "EU" in names(m) and "安倍" in names(m)


def test_two_people_named_stand_for_the_glued_sides():
    [m] = meetings_in("安倍首相は10日、ブリュッセルでトゥスク大統領と日EU首脳協議を行った。")
    assert sorted_names(m) == ["トゥスク", "安倍"]


def test_a_body_brought_into_the_talks_is_a_side():
    text = "リーマン・ブラザーズは、連邦準備理事会や財務省を交えて、バンク・オブ・アメリカやバークレイズへの身売り交渉をしてきた。"
    [m] = meetings_in(text)
    assert "財務省" in names(m) and "リーマン・ブラザーズ" in names(m)


def test_a_body_told_of_by_another_verb_is_no_side():
    [m] = meetings_in("同社は財務省に報告したうえで、ソフトバンクと交渉を続けている。")
    assert "財務省" not in names(m)


def test_a_summit_of_a_body_of_states_is_the_bodys_not_its_towns_country():
    [p] = proposals_in("NATO首脳会議は10日、ワシントンで開幕した。")
    assert [x.entity_id for x in p.participants] == ["org:nato"]


def test_a_summit_named_by_the_body_joined_to_it():
    [m] = meetings_in("欧州連合(EU)の首脳会議が10日、開かれた。")
    assert [p.entity_id for p in m.participants] == ["org:european-union"]


def test_a_summit_the_gazetteer_lacks_named_by_the_body_it_opens_with():
    [m] = meetings_in("アフリカ連合首脳会議が10日、開かれた。")
    assert [(p.entity_id, p.role) for p in m.participants] == [("org:african-union", "host")]
    # a body and another side named together hold no summit of the body's own
    [m] = meetings_in("EU・中国首脳会議が10日、開かれた。")
    assert sorted_names(m) == ["EU", "中国"]


def test_attendees_named_stay_the_sides_of_a_summit():
    [m] = meetings_in("岸田首相は10日、NATO首脳会議に出席した。")
    assert "org:nato" not in [p.entity_id for p in m.participants]


def test_outlets_listed_as_they_report_are_no_sides():
    [m] = meetings_in("朝日新聞・読売新聞は、日中が首脳会談を行ったと報じた。")
    assert "朝日新聞" not in names(m)


def test_outlets_listed_as_the_ones_who_meet_stay_sides():
    [m] = meetings_in("産経新聞・毎日新聞は10日、業務提携を結んだと発表した。")
    assert sorted_names(m) == ["毎日新聞", "産経新聞"]


def test_a_ministry_announcing_talks_its_word_names_the_countries_of_is_no_side():
    [m] = meetings_in("外務省は10日、日韓外相会談を15日に開くと発表した。")
    assert [p.entity_id for p in m.participants] == ["country:JP", "country:KR"]
    [m] = meetings_in("ロシア大統領府は中ロ首脳会談でこの問題が議題になったと明らかにした。")
    assert "ロシア大統領府" not in names(m)


def test_a_body_holding_its_own_sitting_stays_its_side():
    [m] = meetings_in("国連安保理は10日、緊急会合を開いた。")
    assert names(m) == ["国連安保理"]
