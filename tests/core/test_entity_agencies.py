"""Agencies named by their field and 庁 (警視庁, 検察庁) are organisations, with their stations and divisions."""

from tests.core.entity_helpers import spans


def test_the_tokyo_police_is_an_organisation():
    assert spans("読売新聞が警視庁の発表として伝えた。")[1] == ("警視庁", "ORG")
    assert ("警視庁", "ORG") in spans("同日警視庁の発表により明らかになった。")


def test_a_station_or_a_division_written_on_is_part_of_the_body():
    assert ("警視庁八王子署", "ORG") in spans("警視庁八王子署は約20分後、男を逮捕した。")
    assert ("警視庁捜査1課", "ORG") in spans("警視庁捜査1課は15日、男を逮捕した。")
    assert ("警視庁サイバー犯罪対策課", "ORG") in spans("警視庁サイバー犯罪対策課などは9月25日")


def test_a_name_that_goes_on_to_the_left_or_points_back_is_left_alone():
    assert ("検察庁", "ORG") not in spans("控訴審について、仙台高等検察庁は判例違反であるとした。")
    assert spans("同庁によると、被害はない。") == []
    assert not any(text == "逮捕警視庁" for text, _ in spans("男を逮捕警視庁"))  # a headline runs words together
