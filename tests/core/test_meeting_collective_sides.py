"""Sides written as one collective word glued to the talks (与党協議, 与野党党首会談): the talks of the ruling (and the
opposition) parties as the text names them, also in a cited headline; the parties named by the article are read instead
(自民・公明両与党の「…与党協議」), and 労使 (an employer and its union, the union unnamed) gives no side."""

from core.meetings.collective_sides import collective_glued
from tests.core.meeting_helpers import sides_in


def test_the_ruling_parties_talks_in_a_cited_headline():
    text = ("NHKによると、衆議院の解散が事実上決定した。\n\"2009衆院選・8月30日投開票へ与党協議\"。\n"
            "ウィキニュース、2009年7月15日。\n")
    assert sides_in(text) == [["与党"]]


def test_the_ruling_and_the_opposition_parties():
    assert sides_in("与野党協議が10日、国会内で開かれた。") == [["与党", "野党"]]


def test_parties_the_article_names_are_read_instead():
    sides = sides_in("自民・公明両与党の「安全保障法整備に関する与党協議」で、閣議決定案が承認された。")
    assert len(sides) == 1 and "与党" not in sides[0] and len(sides[0]) == 2


def test_labour_and_management_is_no_collective_side():
    assert collective_glued("賃上げを巡る労使協議", 8) is None
    assert collective_glued("与党党首会談", 4) == "与党"
