"""A meeting of the officials of two countries written as one compound (日米の閣僚の会談, 日韓の外相による会談) has both
countries of the compound as its sides, not the last letter alone, which the office after の used to take for the
only country. Sentences in the style of Japanese news."""

from datetime import date

import pytest

from tests.core.meeting_helpers import proposals_in

DAY = date(2025, 2, 10)


def sides(text, day=DAY):
    return [sorted(x.entity_id or x.name for x in p.participants) for p in proposals_in(text, day)]


@pytest.mark.parametrize("text, countries", [
    ("政府は発表した。日米の閣僚の会談は初めてとなる。", ["country:JP", "country:US"]),
    ("政府は発表した。日韓の外相による会談が10日、ソウルで開かれた。", ["country:JP", "country:KR"]),
    ("政府は発表した。米中の高官の協議が10日、始まった。", ["country:CN", "country:US"]),
])
def test_the_officials_of_a_compound_stand_for_both_its_countries(text, countries):
    assert sides(text) == [countries]


def test_the_countries_of_the_compound_are_given_the_office_read():
    [proposal] = proposals_in("政府は発表した。日米の閣僚の会談は初めてとなる。", DAY)
    assert {(p.entity_id, p.office) for p in proposal.participants} == {("country:JP", "閣僚"), ("country:US", "閣僚")}


def test_a_compound_with_its_meeting_word_is_read_as_before():
    assert sides("政府は発表した。日米外相会談が10日、開かれた。") == [["country:JP", "country:US"]]


@pytest.mark.parametrize("text, countries", [
    ("政府は発表した。米中首脳の電話会談が10日、行われた。", ["country:CN", "country:US"]),
    ("政府は発表した。日米首脳の会談が10日、行われた。", ["country:JP", "country:US"]),
])
def test_the_compound_glued_to_its_officials_stands_for_both_countries(text, countries):
    # 米中首脳の電話会談: the compound written with its officials with no の between (was not proposed: no side read)
    assert sides(text) == [countries]


def test_a_compound_opening_a_summit_in_katakana_names_its_sides():
    # 日中韓サミット, one name the gazetteer knows: each country of the compound it opens with is a side
    assert sides("政府は発表した。日中韓サミットが10日、東京で開かれた。") == [["country:CN", "country:JP", "country:KR"]]


def test_a_summit_named_with_the_ordinal_of_its_series_before_the_compound_names_its_sides():
    # 第2回日中韓サミット: the ordinal of the series opens the name, the compound after it still names the sides
    assert sides("政府は発表した。第2回日中韓サミットが10日、福岡で開かれた。") == [["country:CN", "country:JP", "country:KR"]]
    assert sides("政府は発表した。第12回日中韓首脳会議が10日、東京で開かれた。") == [["country:CN", "country:JP", "country:KR"]]


def test_the_officials_of_a_compound_of_three_stand_for_all_three():
    assert sides("政府は発表した。日米韓の外相による会談が10日、開かれた。") == [["country:JP", "country:KR", "country:US"]]
