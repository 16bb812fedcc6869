"""Bodies listed before 両党, 両国, 両社 and what both are (自民、公明両党の幹事長が会談): each is a side of the meeting, as a
pair joined by ・ is (sentences written for the test: the corpus holds none listed with a comma)."""

from datetime import date

from tests.core.meeting_helpers import sides_in


def _sides(text, reported=date(2008, 5, 20)):
    return sides_in(text, reported)


def test_two_parties_listed_with_a_comma_before_both_parties_office_are_both_sides():
    assert _sides("自民、公明両党の幹事長が10日、会談した。") == [["自民", "公明"]]


def test_a_party_named_alone_by_the_entity_layer_is_joined_by_the_other_of_the_pair():
    # 社民 the gazetteer knows, 民主 written short the entity layer reads as a name: both are sides
    assert _sides("民主、社民両党の党首は10日、国会内で会談した。") == [["民主", "社民"]]


def test_a_pair_listed_as_the_partner_joins_the_subject():
    assert _sides("民主党は10日、自民、公明両党と協議した。") == [["民主党", "自民", "公明"]]


def test_a_pair_joined_by_a_middle_dot_reads_as_before():
    assert _sides("自民・公明両党の幹事長が10日、会談した。") == [["自民", "公明"]]
