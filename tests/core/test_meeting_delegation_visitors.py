"""A body's delegation written glued to its name (EU代表団, 米議会代表団) meets for the body, and a visit described by a
relative clause (来日中の…) is never a visit of a leader of Japan."""

from tests.core.meeting_helpers import sorted_sides as _sides


def test_a_bodys_delegation_glued_to_its_name_is_the_body_at_the_talks():
    assert _sides("岸田首相は10日、EU代表団と会談した。") == [["EU", "岸田"]]
    assert _sides("岸田首相は10日、NATO代表団と会談した。") == [["NATO", "岸田"]]


def test_the_visiting_delegation_of_a_body_is_the_visitor_and_the_partner():
    sides = _sides("岸田首相は10日、来日中のEU代表団と会談した。")
    assert ["EU", "日本"] in sides and ["EU", "岸田"] in sides


def test_a_leader_of_japan_never_comes_to_japan_as_a_visitor():
    sides = _sides("岸田首相は10日、来日中の欧州の議員団と会談した。")
    assert ["岸田", "日本"] not in sides
    assert _sides("岸田首相は10日、来日した大学生らと懇談した。") == []


def test_a_leader_never_visits_their_own_country_told_by_its_letter():
    # 訪中, 訪露, 訪朝 as a relative clause of the partner: the host country's leader receives, never travels
    sides = _sides("習近平国家主席は10日、訪中した日本の代表団と会談した。")
    assert ["中", "日本"] in sides and ["日本", "習近平"] in sides  # (the host written by its letter)
    assert ["中", "習近平"] not in sides
    sides = _sides("プーチン大統領は10日、訪露した日本の議員団と会談した。")
    assert ["日本", "露"] in sides and ["プーチン", "露"] not in sides
    assert ["朝", "金正恩"] not in _sides("金正恩総書記は10日、訪朝した韓国の特使と会談した。")
    # (a traveller of another country still visits by the letter)
    assert ["中", "日本"] in _sides("習近平国家主席は10日、訪中した日本の外相と会談した。")
    assert ["李明博", "米"] in _sides("訪米中の李明博大統領は13日、オバマ大統領と会談した。")


def test_a_visit_told_short_by_its_letter_before_a_person_is_that_persons():
    # a headline's 訪米の李大統領 tells the one visiting as 訪米中の does; 訪米の際 tells only when
    assert ["李", "米"] in _sides("訪米の李大統領晩餐会に日本料理")
    assert ["日本", "胡錦濤"] in _sides("訪日の胡錦濤国家主席は8日、天皇陛下と会見した。")
    assert ["岸田", "米"] not in _sides("訪米の際、岸田首相はバイデン大統領と会談した。")
    # (with no comma after it, only the mark of a time stops the one after it from being read as the visitor)
    assert ["米"] in _sides("訪米の際岸田首相はバイデン大統領と会談した。")
    assert ["米"] in _sides("訪米の間岸田首相は会談を重ねた。")
