"""A visit under way told as a relative clause of its visitor (ドイツを訪れている日本の安倍首相は…会談した) and a
destination written as a country and its city (アメリカ・ワシントンを訪問): the visitor travels to the country."""

from datetime import date

from tests.core.meeting_helpers import meetings_in


def _visits(text, reference=date(2017, 7, 9)):
    return [[(p.name, p.role) for p in m.participants] for m in meetings_in(text, reference) if m.kind != "talks"]


def test_the_one_a_visit_under_way_describes_is_the_visitor():
    assert _visits("ドイツを訪れている日本の安倍首相は8日、中国の習近平国家主席と会談した。") \
        == [[("安倍", "visitor"), ("ドイツ", "host")]]
    assert _visits("ミャンマーを訪れている岸田外相は10日、北朝鮮の外相と意見交換した。") \
        == [[("岸田", "visitor"), ("ミャンマー", "host")]]


def test_the_visitor_is_the_one_after_the_visit_not_the_subject():
    text = "安倍総理大臣は8日、日本を訪れている中国の李克強首相との日中首脳会談に臨んだ。"
    assert _visits(text) == [[("李克強", "visitor"), ("日本", "host")]]


def test_a_visit_to_a_place_kaidan_places_in_no_country_names_no_visitor_alone():
    text = "トランプ大統領とともに南部フロリダを訪れている安倍総理大臣は、夕食会に招かれた。"
    assert _visits(text) == []


def test_a_country_and_its_city_are_one_destination():
    assert _visits("石破総理大臣は7日、アメリカ・ワシントンを訪問した。", date(2025, 2, 8)) \
        == [[("石破", "visitor"), ("アメリカ", "host")]]
    [trip] = meetings_in("石破総理大臣はドイツ・ベルリンとフランス・パリを訪問した。", date(2025, 2, 8))
    assert (trip.kind, [(p.name, p.role) for p in trip.participants]) \
        == ("trip", [("石破", "visitor"), ("ドイツ", "host"), ("フランス", "host")])


def test_a_visit_describing_the_partner_ends_no_clause():
    text = "外務省は20日、森健良事務次官と日本を訪問した米国のシャーマン国務副長官との会談について発表した。"
    [talks] = [m for m in meetings_in(text, date(2021, 7, 21)) if m.kind == "talks"]
    assert sorted(p.name for p in talks.participants) == ["シャーマン", "森健良"]
