"""A leader received or called on, written with 氏 as newspapers write foreign leaders (トランプ氏を出迎え): the
registry knows them as an office-holder, so it is a meeting of the two, not a call on someone private."""

from datetime import date

from tests.core.meeting_helpers import meetings_in


def _sides(text):
    return [sorted(p.name for p in m.participants) for m in meetings_in(text, date(2017, 11, 6))]


def test_a_leader_the_registry_knows_received_with_shi_is_met():
    assert _sides("安倍首相は5日昼、埼玉県のゴルフ場でトランプ氏を出迎えた。") == [["トランプ", "安倍"]]


def test_someone_the_registry_does_not_know_received_with_shi_is_not():
    assert _sides("安倍首相は5日、田中氏を訪ねた。") == []
