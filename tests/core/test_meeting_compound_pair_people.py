"""Two people named with a meeting word a two-country compound qualifies (A外相はB外相と日韓外相会談を行った): the
people are the two countries, which are no sides beside them (sentences written for the test)."""

from datetime import date

from tests.core.meeting_helpers import sides_in as _sides


def test_two_ministers_named_with_a_ministers_compound_are_its_only_sides():
    # 林 was no foreign minister in November 2023: the registry gives him no country, yet 日 is no extra side
    assert _sides("林外相は10日、ブリンケン国務長官と日米外相会談を行った。", date(2023, 11, 20)) == [["林", "ブリンケン"]]
    assert _sides("町村外相は10日、宋旻淳外交通商相と日韓外相会談を行った。", date(2007, 11, 20)) == [["町村", "宋旻淳"]]
    # the heads' compound as before
    assert _sides("岸田首相は10日、バイデン大統領と日米首脳会談を行った。", date(2023, 11, 20)) == [["岸田", "バイデン"]]


def test_one_person_named_with_a_compound_keeps_the_other_country():
    sides = _sides("林外相は10日、日米外相会談に臨んだ。", date(2023, 11, 20))
    assert len(sides) == 1 and "米" in sides[0]


def test_the_compound_level_is_any_office_the_gazetteer_knows():
    # 防衛相, 財務相: levels no list named; the gazetteer holds them as offices, so the countries are no extra sides
    assert _sides("浜田防衛相は10日、ゲーツ国防長官と日米防衛相会談を行った。", date(2008, 5, 20)) == [["浜田", "ゲーツ"]]
    assert _sides("額賀財務相は10日、ポールソン財務長官と日米財務相会談を行った。", date(2008, 5, 20)) == [["額賀", "ポールソン"]]


def test_one_person_named_with_a_defence_ministers_compound_keeps_the_countries():
    # only 浜田 named: the compound's other country stands for the other side
    sides = _sides("浜田防衛相は10日、日米防衛相会談に臨んだ。", date(2008, 5, 20))
    assert sides == [["浜田", "米"]]  # (Japan is 浜田's own country: he stands in its place)


def test_the_people_by_whom_a_compound_meeting_is_held_are_its_only_sides():
    # AとBによる日米首脳会談: those before による are the sides, as AとBの会談 (the countries not beside them)
    assert _sides("小泉首相とブッシュ大統領による日米首脳会談が10日、行われた。", date(2005, 11, 20)) \
        == [["小泉", "ブッシュ"]]
    # the corpus: …鳩山首相と福島氏による会談で説得をしたが (wn, 2010)
    assert _sides("その後鳩山首相と福島氏による会談で説得をしたが、福島氏の反対の姿勢は変わらず、臨時閣議を行った。",
                  date(2010, 5, 28)) == [["鳩山", "福島"]]
