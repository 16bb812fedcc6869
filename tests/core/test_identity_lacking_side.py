"""One meeting told in one article with both its sides and in another with one side only (its partner unread:
中国首脳と会談): one record when it is the one meeting of that side that day (or, told with no day, in the week
before its report), whichever was told first, and the record learns the side it lacked; two when that side met
two partners that day, the places, the day or the level differ, or the short telling names two sides of a
trilateral."""

from core.meetings.lacking_side import lacks_a_side
from core.meetings.mention import Participant
from tests.core.test_identity_report_week import talk_records

DAY = "石破茂首相は10日、北京で中国の習近平国家主席と会談した。両首脳は経済協力の拡大で一致した。"
LONE = "石破茂首相は10日、北京で中国首脳と会談した。両首脳は経済協力の拡大で一致した。"


def talks(*articles: tuple[str, str]) -> list[tuple[str, tuple, int]]:
    """Each talks record as (its date, its participants, the number of articles telling it)."""
    return sorted((m["start"], tuple(sorted(p.get("entity_id") or p.get("name") for p in m["participants"])),
                   len({x["article_id"] for x in m["mentions"]})) for m in talk_records(*articles))


BOTH = ("person:shigeru-ishiba", "person:xi-jinping")


def test_a_telling_lacking_its_partner_after_the_full_one_is_that_meeting():
    assert talks((DAY, "2025-07-11"), (LONE, "2025-07-11")) == [("2025-07-10", BOTH, 2)]


def test_the_full_telling_after_one_lacking_a_side_gives_the_record_its_partner():
    assert talks((LONE, "2025-07-11"), (DAY, "2025-07-12")) == [("2025-07-10", BOTH, 2)]


def test_a_telling_lacking_its_partner_and_its_day_in_the_report_week_is_that_meeting():
    no_day = "石破茂首相は北京で中国首脳と会談し、経済協力の拡大で一致した。"
    assert talks((DAY, "2025-07-11"), (no_day, "2025-07-12")) == [("2025-07-10", BOTH, 2)]


def test_a_side_that_met_two_partners_that_day_joins_neither():
    two = DAY + "石破首相は同日、北京で李強首相とも会談した。"
    assert [n for _, _, n in talks((two, "2025-07-11"), (LONE, "2025-07-11"))] == [1, 1, 1]


def test_another_place_or_another_day_stays_apart():
    seoul = "石破茂首相は10日、ソウルで韓国の李在明大統領と会談した。"
    assert [n for _, _, n in talks((seoul, "2025-07-11"), (LONE, "2025-07-11"))] == [1, 1]
    assert [n for _, _, n in talks((DAY, "2025-07-11"), (LONE.replace("10日", "12日"), "2025-07-13"))] == [1, 1]


def country_of(key):
    return {"person:a": "country:JP", "person:a2": "country:JP", "person:b": "country:CN",
            "person:c": "country:KR"}.get(key)


def people(*keys):
    return [Participant(name=k, entity_id=k) for k in keys]


def test_the_short_telling_names_one_side_only():
    assert lacks_a_side(people("person:a"), people("person:a", "person:b"), country_of)
    assert lacks_a_side(people("person:a", "person:a2"), people("person:a", "person:a2", "person:b"), country_of)
    assert lacks_a_side(people("country:JP"), people("country:JP", "country:CN"), country_of)
    # two sides against three: a bilateral beside the trilateral of that day
    assert not lacks_a_side(people("person:a", "person:b"), people("person:a", "person:b", "person:c"), country_of)
    # more people of the same side only: no partner is lacking
    assert not lacks_a_side(people("person:a"), people("person:a", "person:a2"), country_of)
    # a person whose country Kaidan does not know, and the same sides
    assert not lacks_a_side(people("person:x"), people("person:x", "person:b"), country_of)
    assert not lacks_a_side(people("person:a", "person:b"), people("person:a", "person:b"), country_of)


def test_a_telling_lacking_its_partner_at_another_level_stays_apart():
    ministers = "岩屋毅外相は10日、北京で外相会談を行った。"
    summit = "石破茂首相と岩屋毅外相は10日、北京で習近平国家主席と首脳会談を行った。"
    assert [n for _, _, n in talks((summit, "2025-07-11"), (ministers, "2025-07-11"))] == [1, 1]
    assert [n for _, _, n in talks((ministers, "2025-07-11"), (summit, "2025-07-11"))] == [1, 1]
