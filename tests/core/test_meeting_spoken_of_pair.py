"""A meeting someone speaks of (首相は米朝首脳会談を歓迎した, …について記者団に語った, 大使が日韓首脳会談をきっかけに…):
the speaker did not attend, but the two countries the word is named by (米朝) did, and stay its sides."""

from datetime import date

from tests.core.meeting_helpers import meetings_in


def _sides(text):
    return [sorted(p.name for p in m.participants) for m in meetings_in(text, date(2018, 6, 13))]


def test_the_countries_naming_a_meeting_spoken_of_are_its_sides():
    assert _sides("岸田首相は、米朝首脳会談を歓迎した。") == [["朝", "米"]]
    assert _sides("岸田首相は12日、米朝首脳会談について記者団に語った。") == [["朝", "米"]]


def test_a_meeting_spoken_of_with_no_countries_named_keeps_no_side():
    assert _sides("報道官は会談の内容を明らかにした。") == [[]]


def test_no_head_is_a_side_of_the_summit_of_two_countries():
    assert _sides("ユン・ドクミン駐日韓国大使が、日韓首脳会談をきっかけに両国が関係改善しているとの見解を示した。") \
        == [["日", "韓"]]
    assert _sides("岸田首相は15日、日韓首脳会談に臨んだ。") == [["岸田", "日", "韓"]]
