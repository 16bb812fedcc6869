"""Two people named with a meeting word a two-country compound qualifies (A外相はB外相と日韓外相会談を行った): the
people are the two countries, which are no sides beside them (sentences written for the test)."""

from datetime import date

from tests.core.meeting_helpers import proposals_in


def _sides(text, reported):
    return [[x.name for x in p.participants] for p in proposals_in(text, reported)]


def test_two_ministers_named_with_a_ministers_compound_are_its_only_sides():
    # 林 was no foreign minister in November 2023: the registry gives him no country, yet 日 is no extra side
    assert _sides("林外相は10日、ブリンケン国務長官と日米外相会談を行った。", date(2023, 11, 20)) == [["林", "ブリンケン"]]
    assert _sides("町村外相は10日、宋旻淳外交通商相と日韓外相会談を行った。", date(2007, 11, 20)) == [["町村", "宋旻淳"]]
    # the heads' compound as before
    assert _sides("岸田首相は10日、バイデン大統領と日米首脳会談を行った。", date(2023, 11, 20)) == [["岸田", "バイデン"]]


def test_one_person_named_with_a_compound_keeps_the_other_country():
    sides = _sides("林外相は10日、日米外相会談に臨んだ。", date(2023, 11, 20))
    assert len(sides) == 1 and "米" in sides[0]
