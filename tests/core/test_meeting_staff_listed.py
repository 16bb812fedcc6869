"""A sitting a body convenes with other bodies' staff (…の職員や…の関係者を集めて会議): each body listed is a side."""

from datetime import date

from core.meetings.gathered_sides import staff_listed
from tests.core.meeting_helpers import proposals_in


def test_bodies_listed_by_their_staff_gathered_to_a_sitting_are_its_sides():
    text = ("デング熱流行の問題を受けて、厚労省は9月6日に東京都の職員や都内23区の職員および、代々木公園周辺の明治神宮や"
            "国立オリンピック記念青少年総合センターの関係者を集めて緊急対策会議を行った。")
    [sitting] = proposals_in(text, date(2014, 9, 7))
    assert [q.name for q in sitting.participants] == ["厚労省", "東京都", "都内23区", "明治神宮",
                                                      "国立オリンピック記念青少年総合センター"]


def test_only_a_list_ending_on_staff_names_its_bodies():
    body = "厚労省は9月6日に東京都の職員や医師会を集めて緊急対策会議を行った。"
    assert staff_listed(body, 0, body.index("を集め")) == []
    body = "厚労省は9月6日に東京都の職員や医師会の関係者を集めて緊急対策会議を行った。"
    assert staff_listed(body, 0, body.index("を集め")) == ["東京都", "医師会"]
