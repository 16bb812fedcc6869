"""Sides no entity holds, read as written right before the meeting word (AとBの会談, 「A」と「B」が, Aの幹部と)."""

from core.meetings.mention import Participant
from core.meetings.written_sides import other_as_written, pair_as_written


def test_sides_no_entity_holds_are_read_as_written_before_the_meeting_word():
    text = "住友商事とKDDIの会談が行われた。"
    assert [p.name for p in pair_as_written(text, 0, text.index("会談"))] == ["住友商事", "KDDI"]
    text = "「東京メトロ」と「都営地下鉄」が統合を協議へ。"
    assert [p.name for p in pair_as_written(text, 0, text.index("協議"))] == ["東京メトロ", "都営地下鉄"]
    text = "両社の会談が行われた。"
    assert pair_as_written(text, 0, text.index("会談")) == []
    text = "住友商事とKDDIの会談が行われた。"
    assert other_as_written(text, 0, 0, text.index("会談"), Participant("住友商事")).name == "KDDI"
    text = "岡田監督はF・マリノスの幹部と会談し、辞任の意向を示した。"
    assert other_as_written(text, 0, 0, text.index("会談"), Participant("岡田")).name == "F・マリノス"
