"""A body as the subject of the meeting verb itself, its partner joined by と right before it (ソニーはパナソニックと
話し合いました, …と話し合った): the body holds the talks and is a side; a body telling of others' talks is not
(sentences written for the test)."""

from datetime import date

from tests.core.meeting_helpers import sides_in


def _sides(text, reported=date(2008, 5, 20)):
    return sides_in(text, reported)


def test_a_company_talking_with_another_in_the_polite_past_is_a_side():
    assert _sides("ソニーはパナソニックと話し合いました。") == [["ソニー", "パナソニック"]]


def test_a_company_talking_with_another_told_by_the_verb_is_a_side():
    # 話し合った is a meeting only with two sides named: the subject kept, the talks are proposed
    assert _sides("ソニーは10日、パナソニックと話し合った。") == [["ソニー", "パナソニック"]]
    assert _sides("ソニーは10日、パナソニックと協議しました。") == [["ソニー", "パナソニック"]]


def test_a_body_telling_of_talks_between_people_is_no_side():
    assert _sides("大統領府は10日、尹大統領がバイデン大統領と会談したと発表した。") == [["尹", "バイデン"]]


def test_a_body_telling_of_talks_between_other_bodies_is_no_side():
    # the topic 外務省は, then another subject (日本が) holding the talks: the ministry only announces them
    assert _sides("外務省は10日、日本が米国と協議したと発表した。") == [["日本", "米国"]]
    assert _sides("トヨタは10日、ホンダがマツダと協議したと発表した。") == [["ホンダ", "マツダ"]]
