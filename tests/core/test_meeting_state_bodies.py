"""A state's chamber named by a word every state's chambers share is no side where its state goes unnamed, and a
chamber in its chair's title leaves the chair's state as the side."""

import datetime

from tests.core.meeting_helpers import proposals_in

REPORT = datetime.date(2008, 5, 10)


def _sides(text):
    return [(p.kind, sorted(x.entity_id for x in p.participants)) for p in proposals_in(text, REPORT)]


def test_a_bare_chamber_of_an_article_naming_another_state_is_no_us_house():
    # (a US paper cited at the end is what made the bare 下院 the US House)
    text = ("ポーランドで9日、大統領選挙が行われた。\n"
            "下院第1党「法と正義」と第2党の「市民プラットフォーム」は、連立で合意している。\n"
            "両党は連立協議を決選投票後に行うと発表した。\n"
            "AP/USAToday、2008年5月9日。")
    ids = {i for _, sides in _sides(text) for i in sides}
    assert "org:us-house" not in ids, _sides(text)


def test_a_bare_chamber_where_its_state_is_named_is_still_that_states():
    text = "米国のブッシュ大統領は9日、下院と予算案をめぐって協議した。"
    ids = {i for _, sides in _sides(text) for i in sides}
    assert "org:us-house" in ids, _sides(text)


def test_a_chamber_in_its_chairs_title_leaves_the_state_as_the_visitor():
    assert _sides("米国の下院議長が9日、来日した。") == [("visit", ["country:JP", "country:US"])]
    talks = [s for k, s in _sides("米国の上院議長が9日来日し、福田首相と会談した。") if k == "talks"]
    assert talks == [["country:US", "person:yasuo-fukuda"]]


def test_the_chamber_named_with_its_state_is_still_a_side():
    assert _sides("米下院の代表団が9日、来日した。") == [("visit", ["country:JP", "org:us-house"])]

