"""A meeting word opening its sentence as the setting of what follows, its sides the pair named as the subject after
it (sentences written for the test)."""

from datetime import date

from tests.core.meeting_helpers import sides_in

REPORTED = date(2006, 7, 6)


def _sides(text):
    return sides_in(text, REPORTED)


def test_the_pair_named_as_the_subject_after_the_setting_are_the_sides():
    assert _sides("首脳会談後の共同記者会見で、小泉首相とブッシュ大統領は同盟の強化を強調した。") == [["小泉", "ブッシュ"]]
    assert _sides("会談で、麻生外相と米国のライス国務長官は北朝鮮問題での連携を確認した。") == [["麻生", "ライス"]]


def test_one_person_or_a_pair_that_is_not_the_subject_names_no_sides():
    assert _sides("首脳会談後の記者会見で、小泉首相は同盟の強化を強調した。") == []
    assert _sides("会談後、記者団は小泉首相とブッシュ大統領の写真を撮った。") == []
