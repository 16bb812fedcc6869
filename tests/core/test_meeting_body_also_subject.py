"""A body written with も as the clause's subject (トヨタも10日、GMと協議した) is a side, as a person with も is
(金泳三大統領も…): the meeting is the body's with its partner, not the partner's alone."""

import pytest

from tests.core.meeting_helpers import meetings_in, names


@pytest.mark.parametrize("text, sides", [
    ("トヨタも10日、GMと協議した。", ["トヨタ", "GM"]),
    ("自民党も10日、公明党と協議した。", ["自民党", "公明党"]),
])
def test_a_body_with_mo_as_the_subject_is_a_side(text, sides):
    [meeting] = meetings_in(text)
    assert names(meeting) == sides


def test_a_body_with_mo_in_a_clause_describing_the_meeting_is_no_side():
    # 国連も参加する協議: the body is the subject of a relative clause, the talks are refused, no meeting is told
    assert meetings_in("北朝鮮は、国連も参加する協議を拒否した。") == []
