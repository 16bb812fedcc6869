"""A place with a court's, a prosecutors' office's or a weather station's head (大阪家裁, 沖縄気象台): the body."""

from tests.core.entity_helpers import spans


def test_a_place_and_a_weather_station_is_the_station_not_the_place():
    found = spans("沖縄気象台は、台風は24日夕方から先島諸島に最も接近すると発表した。")
    assert ("沖縄気象台", "ORG") in found
    assert ("沖縄", "LOC") not in found


def test_a_district_weather_station_is_one_body():
    assert ("鹿児島地方気象台", "ORG") in spans("鹿児島地方気象台は、桜島の火口で噴火を観測したと発表した。")


def test_a_family_or_summary_court_named_after_its_city_is_a_body():
    assert ("大阪家裁", "ORG") in spans("遺産分割の調停が不調に終わり、大阪家裁での審判に移った。")
    assert ("大阪簡裁", "ORG") in spans("男性は大阪簡裁から罰金の略式命令を受けた。")
