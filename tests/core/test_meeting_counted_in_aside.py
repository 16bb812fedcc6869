"""A count whose aside in brackets names what it counts (欧州3か国（英国、フランス、ドイツ）と, 2か国（フィジー、トンガ）の
首脳と): each name of the aside is a side when there are as many as counted, beside the sides read before (sentences
written for the test)."""

from datetime import date

from tests.core.meeting_helpers import sorted_sides


def _sides(text):
    return sorted_sides(text, date(2008, 5, 20))


def test_three_countries_named_in_the_aside_of_a_count_as_the_partner_are_sides_beside_the_subject():
    assert _sides("イランは11日、欧州3か国（英国、フランス、ドイツ）と核協議を行った。") == [
        ["イラン", "ドイツ", "フランス", "英国"]]


def test_countries_written_by_one_letter_each_in_the_aside_are_sides():
    assert _sides("イランは11日、欧州3か国（英仏独）と核協議を行った。") == [["イラン", "仏", "独", "英"]]


def test_two_countries_in_the_aside_of_a_count_before_their_leaders_are_sides():
    assert _sides("岸田首相は11日、太平洋の島国2か国（フィジー、トンガ）の首脳と会談した。") == [["トンガ", "フィジー", "岸田"]]
