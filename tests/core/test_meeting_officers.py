"""A body met through an officer named by post alone (公明党の幹事長と, 国際原子力機関の事務局長と, 連合の会長代行と):
the body is the side, as it is for its 幹部 or 代表; an officer named with the post (公明党の石井幹事長) is a person."""

import pytest

from tests.core.meeting_helpers import meetings_in, names


@pytest.mark.parametrize("text, sides", [
    ("岸田首相は10日、公明党の幹事長と会談した。", ["岸田", "公明党"]),
    ("イランは10日、国際原子力機関の事務局長と協議した。", ["イラン", "国際原子力機関"]),
    ("北朝鮮は10日、国際原子力機関の査察団と協議した。", ["北朝鮮", "国際原子力機関"]),
    ("自民党の国対委員長は10日、公明党の国対委員長と会談した。", ["自民党", "公明党"]),
])
def test_a_body_met_through_an_officer_named_by_post_is_the_side(text, sides):
    [meeting] = meetings_in(text)
    assert names(meeting) == sides


def test_an_officer_named_with_the_post_is_the_person():
    [meeting] = meetings_in("岸田首相は10日、公明党の石井啓一幹事長と会談した。")
    assert names(meeting) == ["岸田", "石井啓一"]


def test_rank_and_file_staff_do_not_stand_for_the_body():
    [meeting] = meetings_in("岸田首相は10日、公明党の社員と会談した。")
    assert names(meeting) == ["岸田"]
