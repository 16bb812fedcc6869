"""A meal given for a guest received in the clause before it (オバマ大統領をすし店に招き、…夕食会を開いた;
モディ氏を出迎え、少人数の昼食会を開催): a meeting of the host and the guest, as when the meal follows the verb at
once (大統領を招いて夕食会を開いた)."""

from datetime import date

from tests.core.meeting_helpers import dropped_by_gate, meetings_in


def _meals(text):
    """The sides of each meal told (the greeting before it, 出迎え, is a meeting word of its own)."""
    return [sorted(p.name for p in m.participants) for m in meetings_in(text, date(2014, 4, 24))
            if m.text != "出迎え"]


def test_a_guest_invited_before_the_comma_is_met_at_the_meal():
    assert _meals("安倍首相は23日、オバマ大統領を東京・銀座のすし店に招き、午後8時半すぎから非公式の夕食会を開いた。") \
        == [["オバマ", "安倍"]]
    assert _meals("安倍首相は3日、東京・千代田区の日本旅館にイバンカ氏を招き、夕食をともにした。") == [["イバンカ", "安倍"]]
    assert _meals("安倍首相は23日、山梨県のホテルでモディ氏を出迎え、少人数の昼食会を開催した。") == [["モディ", "安倍"]]


def test_a_meal_after_another_object_or_subject_is_not_the_guest_s():
    text = "首相は23日、大統領を空港で出迎え、夜は閣僚らが夕食会を開いた。"
    assert dropped_by_gate(text, "夕食会")
