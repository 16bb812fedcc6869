"""Titled people listed with ・ before the meeting word (岸田首相・林外相は, 加戸愛媛県知事・中村松山市長が): each is a
side, as people listed with 、 or と are; people listed so as sources, or only talked of, stay out (sentences written
for the test)."""

from datetime import date

from tests.core.meeting_helpers import sides_in


def _sides(text):
    return sides_in(text, date(2008, 5, 20))


def test_a_leader_and_a_minister_listed_with_a_middle_dot_are_both_sides():
    assert _sides("岸田首相・林外相は11日、バイデン大統領と会談した。") == [["岸田", "林", "バイデン"]]


def test_local_heads_titled_by_their_prefecture_and_city_who_call_on_someone_are_both_sides():
    assert _sides("加戸愛媛県知事・中村松山市長が11日、鈴木チェアマンを訪ね、説明を行った。") == [
        ["加戸", "中村", "鈴木チェアマン"]]


def test_titled_partners_listed_with_a_middle_dot_are_both_sides_too():
    assert _sides("岸田首相は11日、バイデン大統領・ブリンケン国務長官と会談した。") == [["岸田", "バイデン", "ブリンケン"]]


def test_reporters_listed_with_a_middle_dot_as_the_source_stay_out_beside_the_listed_subject():
    assert _sides("共同通信の田中記者・鈴木記者によると、岸田首相・林外相は11日、バイデン大統領と会談した。") == [
        ["岸田", "林", "バイデン"]]


def test_people_listed_with_a_middle_dot_are_both_sides_of_the_later_clause_too():
    # as with 、 (岸田首相、林外相は…会談し、…協議した): the first of the list stays a subject of the next meeting word
    text = "岸田首相・林外相は10日、バイデン大統領と会談し、11日にはマクロン大統領と協議した。"
    assert _sides(text) == [["岸田", "林", "バイデン"], ["岸田", "林", "マクロン"]]
