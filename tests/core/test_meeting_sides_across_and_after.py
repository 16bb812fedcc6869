"""Sides written where the clause reader looked past them: the states after a meeting told passively (会談が行われ、
日本と中国は…), the countries across the table (中国と韓国を相手に交渉), and a ・ list of titled people whose last
name went unread as a person (田上長崎市長・高田長崎FC社長が)."""

import datetime

from tests.core.meeting_helpers import proposals_in

REPORT = datetime.date(2010, 5, 10)


def _sides(text):
    return [(p.kind, sorted(x.entity_id for x in p.participants)) for p in proposals_in(text, REPORT)]


def test_the_states_named_after_a_meeting_held_passively_are_its_sides():
    assert _sides("北京で9日、外相会談が開かれ、日本と中国は協力の強化で一致した。") \
        == [("talks", ["country:CN", "country:JP"])]


def test_states_after_a_meeting_held_as_what_is_talked_of_are_no_sides():
    assert _sides("9日に会談が行われ、日本と中国の関係について話し合った。") == []


def test_the_countries_across_the_table_are_the_partners_of_a_person():
    assert _sides("鳩山首相は9日、中国と韓国を相手に協議した。") \
        == [("talks", ["country:CN", "country:KR", "person:yukio-hatoyama"])]
    assert _sides("鳩山首相は9日、中国を相手に協議した。") == [("talks", ["country:CN", "person:yukio-hatoyama"])]


def test_the_countries_across_the_table_are_read_back_from_the_cue_past_an_earlier_mention():
    # 中国 named earlier in the clause (中国訪問) is not where the list before を相手に begins
    talks = [s for s in _sides("鳩山首相は9日、中国訪問を前に、中国と韓国を相手に協議した。") if s[0] == "talks"]
    assert talks == [("talks", ["country:CN", "country:KR", "person:yukio-hatoyama"])]


def test_the_countries_across_the_table_are_the_partners_of_a_state():
    assert _sides("日本政府は9日、中国と韓国を相手に交渉を行った。") \
        == [("negotiation_round", ["country:CN", "country:JP", "country:KR"])]


def test_countries_named_only_as_a_matter_are_no_partners():
    assert _sides("鳩山首相は9日、中国と韓国の関係について協議した。") == [("talks", ["person:yukio-hatoyama"])]


def test_each_titled_person_of_a_middot_list_is_a_side_whatever_the_last_name_reads_as():
    text = "森川長崎県知事・田上長崎市長・高田長崎FC社長が9日、鈴木チェアマンを訪ね、会談した。"
    people = [x.name for p in proposals_in(text, REPORT) for x in p.participants]
    assert "田上" in people and "森川" in people, people
