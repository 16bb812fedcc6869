"""The visitor as the partner of the host's talks told in the sentence after the visit, when the talks' clause names
no partner."""

from tests.core.meeting_helpers import sorted_sides as _sides


def test_the_visitor_is_the_partner_of_the_hosts_talks_told_next():
    text = "フランスのマクロン大統領が10日、来日した。岸田首相は11日、首相官邸で会談し、両国の協力を確認した。"
    assert ["マクロン", "岸田"] in _sides(text)


def test_the_visitor_to_another_country_is_the_partner_of_its_leaders_talks():
    text = "ドイツのショルツ首相は10日、中国を訪問した。習近平国家主席は同日、北京の人民大会堂で会談し、貿易問題を話し合った。"
    assert ["ショルツ", "習近平"] in _sides(text)


def test_a_leader_of_another_country_than_the_host_does_not_meet_the_visitor_so():
    text = "ドイツのショルツ首相は10日、中国を訪問した。岸田首相は同日、官邸で会談した。"
    assert ["ショルツ", "岸田"] not in _sides(text)


def test_a_partner_the_clause_names_is_kept_rather_than_the_visitor():
    text = "フランスのマクロン大統領が10日、来日した。岸田首相は11日、韓国の尹大統領と会談した。"
    sides = _sides(text)
    assert ["尹", "岸田"] in sides and all("マクロン" not in s or "日本" in s for s in sides)
