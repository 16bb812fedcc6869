"""Offices held together, joined by 兼 (崔相穆副首相兼企画財政相, 麻生副総理兼財務相): the name's office runs to the
last of them, so a call on the one who holds them (…を表敬する) names its side as a call on one office does."""

from datetime import date

from core.meetings.name_read import office_end
from tests.core.meeting_helpers import meetings_in


def test_offices_joined_by_ken_end_after_the_last():
    text = "崔相穆副首相兼企画財政相を"
    assert office_end(text, 3) == text.index("を")
    assert office_end("崔相穆副首相を", 3) == 6
    assert office_end("崔相穆兼務を", 3) is None


def test_a_call_on_the_holder_of_joint_offices_is_a_meeting_of_the_two():
    [m] = meetings_in("岩屋氏は14日、大統領の職務を代行する崔相穆経済副首相兼企画財政相を表敬する予定だ。", date(2025, 1, 10))
    assert (m.kind, sorted(p.name for p in m.participants)) == ("talks", ["岩屋", "崔相穆"])
