"""A meeting's place built from parts (広東省深圳市, カリフォルニア州サンノゼ市) is located by its known part, so
it contradicts a meeting told in another city as its parts did; two cities or two states of one country are
never one meeting's place, within an article or across articles; an official of an international body
stands for no country in the merge rule, and a place taken as a side stands for itself, not its country."""

from datetime import date

from core.meetings.agreement import places_same
from core.meetings.merge import places_fit
from tests.core.meeting_helpers import COUNTRY_OF, proposals_in


def test_a_town_under_a_province_is_located_by_the_town():
    text = "李克強首相は10日、広東省深圳市で安倍晋三首相と会談した。"
    (talks,) = proposals_in(text, date(2015, 1, 11))
    assert (talks.place, talks.place_text) == ("loc:shenzhen", "広東省深圳市")


def test_an_unknown_town_under_a_known_state_is_located_by_the_state():
    text = "オバマ大統領は10日、カリフォルニア州サンノゼ市で習近平国家主席と会談した。"
    (talks,) = proposals_in(text, date(2015, 1, 11))
    assert talks.place == "loc:california"


def test_talks_in_another_city_do_not_join_talks_in_a_town_built_from_parts():
    text = "李克強首相は10日、広東省深圳市で安倍晋三首相と会談した。同日、北京で会談した。"
    talks = proposals_in(text, date(2015, 1, 11))
    assert sorted(p.place for p in talks) == ["loc:beijing", "loc:shenzhen"]
    assert all(len(p.mentions) == 1 for p in talks)


def test_two_cities_or_two_states_of_one_country_are_two_places():
    assert not places_fit("loc:aomori-city", "loc:tokyo", COUNTRY_OF)
    assert not places_fit("loc:california", "loc:texas", COUNTRY_OF)
    assert not places_same("loc:california", "loc:texas", COUNTRY_OF)
    assert not places_same("loc:beijing", "loc:shenzhen", COUNTRY_OF)


def test_a_place_still_fits_its_country_its_region_and_itself():
    assert places_fit("loc:california", "country:US", COUNTRY_OF)
    assert places_fit("loc:shenzhen", "loc:guangdong-province", COUNTRY_OF)
    assert places_fit("loc:tokyo", "loc:tokyo", COUNTRY_OF)
    assert places_same("loc:shenzhen", "loc:guangdong-province", COUNTRY_OF)
    assert not places_fit("loc:beijing", "loc:tokyo", COUNTRY_OF)


def test_an_official_of_an_international_body_stands_for_no_country():
    # known only by offices of no country (IAEA, UN human rights): not their nationality's side
    assert COUNTRY_OF("person:yukiya-amano") is None
    assert COUNTRY_OF("person:navi-pillay") is None
    # a person with an office of a country keeps it (Bachelet was Chile's president before the UN)
    assert COUNTRY_OF("person:michelle-bachelet") == "country:CL"


def test_a_state_taken_as_a_side_does_not_stand_for_its_country():
    text = "米国と中国は10日、貿易協議を行った。カリフォルニア州と中国は10日、協議を行った。"
    talks = proposals_in(text, date(2015, 1, 11))
    assert sorted(sorted(p.entity_id for p in t.participants) for t in talks) == [
        ["country:CN", "country:US"], ["country:CN", "loc:california"]]
    assert all(len(t.mentions) == 1 for t in talks)


def test_a_ministry_still_stands_for_its_country():
    from core.meetings.same_sides import same_people
    from core.meetings.mention import Participant
    countries = [Participant("日本", "country:JP"), Participant("中国", "country:CN")]
    bodies = [Participant("外務省", "org:japan-mofa"), Participant("中国", "country:CN")]
    assert COUNTRY_OF("org:japan-mofa") == "country:JP"
    assert same_people(countries, bodies, COUNTRY_OF)


def test_a_named_summit_dated_only_by_a_day_carried_from_the_sentence_before_is_the_summit_told_on_its_day():
    text = ("26日朝、トランプ氏を乗せた大統領専用機はクアラルンプールに到着。東南アジア諸国連合(ASEAN)首脳会議に出席し、"
            "停戦合意の立会人を務めた。\n一方、カナダのマーク・カーニー首相は苦境に立たされている。トランプ氏は訪問前日、"
            "カナダ製品に10%の追加関税を発表。カーニー首相もASEAN首脳会議に出席するが、トランプ氏は「会談予定はない」と明言した。")
    summits = [p for p in proposals_in(text, date(2025, 10, 26)) if p.kind == "multilateral"]
    assert len(summits) == 1 and [m.text for m in summits[0].mentions] == ["東南アジア諸国連合(ASEAN)首脳会議",
                                                                           "ASEAN首脳会議"]
    assert summits[0].start == "2025-10-26"
