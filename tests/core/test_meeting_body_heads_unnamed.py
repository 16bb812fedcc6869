"""A body met through its head, the post named and the person not (国連の事務総長は, 自民党の幹事長と, WHOの事務局長と):
the body is the side, as a company is for its 社長 and a country for its 外相 (sentences written for the test)."""

from datetime import date

from tests.core.meeting_helpers import sorted_sides


def _sides(text):
    return sorted_sides(text, date(2008, 5, 20))


def test_the_secretary_general_unnamed_as_the_subject_brings_the_united_nations():
    assert _sides("国連の事務総長は11日、ロシアの大統領と会談した。") == [["ロシア", "国連"]]


def test_a_partys_secretary_general_unnamed_as_the_partner_brings_the_party():
    assert _sides("岸田首相は11日、自民党の幹事長と会談した。") == [["岸田", "自民党"]]


def test_two_parties_met_through_their_secretaries_general_are_both_sides():
    assert _sides("自民党の幹事長と公明党の幹事長が11日、会談した。") == [["公明党", "自民党"]]


def test_an_international_bodys_director_general_in_brackets_brings_the_body():
    assert _sides("岸田首相は11日、世界保健機関（WHO）の事務局長と会談した。") == [["世界保健機関", "岸田"]]


def test_the_unnamed_head_meets_a_person_named_beside_their_country():
    assert _sides("国連の事務総長は11日、ロシアのプーチン大統領と会談した。") == [["プーチン", "国連"]]


def test_a_deputy_head_unnamed_brings_the_body_too():
    assert _sides("経団連の副会長は10日、民主党の幹事長と会談した。") == [["民主党", "経団連"]]
