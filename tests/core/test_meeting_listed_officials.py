"""Countries listed before the office their officials hold (インドネシア、マレーシアの両外相と, 中国・ロシアの首脳と,
A、B両国の外相と, A、B、Cの3か国の外相と): every country of the list is a side, as the last one is (sentences written
for the test)."""

from datetime import date

from tests.core.meeting_helpers import sorted_sides


def _sides(text):
    return sorted_sides(text, date(2008, 5, 20))


def test_two_countries_listed_with_a_comma_before_both_ministers_are_both_sides():
    assert _sides("林外相は11日、インドネシア、マレーシアの両外相と会談した。") == [["インドネシア", "マレーシア", "林"]]


def test_two_countries_joined_by_a_middle_dot_before_their_leaders_are_both_sides():
    assert _sides("岸田首相は11日、中国・ロシアの首脳と会談した。") == [["ロシア", "中国", "岸田"]]


def test_countries_listed_before_both_countries_officials_are_sides():
    assert _sides("林外相は11日、インドネシア、マレーシア両国の外相と会談した。") == [["インドネシア", "マレーシア", "林"]]


def test_three_countries_counted_before_their_ministers_are_sides():
    assert _sides("林外相は11日、インドネシア、マレーシア、タイの3か国の外相と会談した。") == [
        ["インドネシア", "タイ", "マレーシア", "林"]]


def test_two_countries_joined_by_to_before_both_ministers_are_the_subjects_partners():
    # (the pair before と right at the word is met by the subject, not talks the subject tells of)
    assert _sides("林外相は11日、インドネシアとマレーシアの両外相と会談した。") == [["インドネシア", "マレーシア", "林"]]
