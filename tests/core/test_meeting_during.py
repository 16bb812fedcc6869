"""A meeting one article tells, held during a trip or a visit another article told, is part of it: by the days
and the places, never by a name; talks at home, calls, other countries and other days are not."""

import tempfile
from pathlib import Path

from core.meeting_gold_library import library_from_texts
from core.store.meetings import link_records, meeting_records
from core.meetings.during import at_the_summit, held_during, travellers, visited
from core.meetings.mention import Participant
from core.meetings.country_of import country_lookup
from core.registry import bundled_registry
from core.store import open_db
from core.store.meetings import set_participants

COUNTRY_OF = country_lookup(bundled_registry())
TRIP = {"reference_date": "2025-10-20", "body": "トランプ大統領は26日から29日までの日程で、マレーシア、日本、韓国を歴訪する。"}
TOKYO = {"reference_date": "2025-10-28", "body": "トランプ大統領は27日、東京で高市早苗首相と会談した。"}


def parents(articles: dict) -> list[tuple[tuple, tuple, str]]:
    """Each part_of link as ((kind, articles) of the part, (kind, articles) of the container, evidence)."""
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "lib.db"
        names = library_from_texts(articles, path)
        db = open_db(path)
        told = {m["id"]: (m["kind"], tuple(sorted({names[x["article_id"]] for x in m["mentions"]})))
                for m in meeting_records(db)}
        links = [(told[x["from"]], told[x["to"]], x["evidence"]) for x in link_records(db) if x["relation"] == "part_of"]
        db.close()
    return sorted(links)


def test_talks_held_in_a_country_of_a_trip_told_by_another_article_are_part_of_it_either_order():
    found = parents({"trip": TRIP, "tokyo": TOKYO})
    assert found == [(("talks", ("tokyo",)), ("trip", ("trip",)),
                      "held on 2025-10-27 by person:donald-trump in country:JP, during the trip of 2025-10-26 to "
                      "2025-10-29 to country:JP, country:KR, country:MY")]
    # the talks told first, the trip after them (its report on the 29th, oldest first)
    later_trip = dict(TRIP, reference_date="2025-10-29", body=TRIP["body"].replace("歴訪する", "歴訪している"))
    assert [(part, whole) for part, whole, _ in parents({"tokyo": TOKYO, "trip": later_trip})] == [
        (("talks", ("tokyo",)), ("trip", ("trip",)))]


def test_the_talks_take_the_shortest_container_and_the_visit_is_part_of_the_trip():
    visit = {"reference_date": "2025-10-22", "body": "トランプ大統領は27日から28日まで日本を訪問する。"}
    assert [(part, whole) for part, whole, _ in parents({"trip": TRIP, "visit": visit, "tokyo": TOKYO})] == [
        (("talks", ("tokyo",)), ("visit", ("visit",))), (("visit", ("visit",)), ("trip", ("trip",)))]


def test_talks_at_home_a_call_another_country_or_another_day_are_not_part_of_the_trip():
    home = {"reference_date": "2025-10-29", "body": "トランプ大統領は28日、ワシントンでカナダのカーニー首相と会談した。"}
    call = {"reference_date": "2025-10-28", "body": "トランプ大統領は27日、ロシアのプーチン大統領と電話会談した。"}
    beijing = {"reference_date": "2025-10-28", "body": "トランプ大統領は27日、北京で中国の習近平国家主席と会談した。"}
    after = {"reference_date": "2025-11-02", "body": "トランプ大統領は1日、東京で高市早苗首相と会談した。"}
    for other in (home, call, beijing, after):
        assert parents({"trip": TRIP, "other": other}) == []


def test_the_guest_on_a_visit_is_its_traveller_and_the_hosts_country_is_where_it_goes():
    people = [Participant("李在明", "person:lee-jae-myung", "visitor"), Participant("日本", "country:JP", "host")]
    visit = {"id": 1, "kind": "visit", "start_date": "2025-10-03", "end_date": "2025-10-05", "precision": "days",
             "date_text": "3日から5日まで", "place_entity_id": None}
    assert travellers(visit, people) == ["person:lee-jae-myung"]
    assert visited(visit, people, COUNTRY_OF) == {"country:JP"}
    talks = {"id": 2, "kind": "talks", "start_date": "2025-10-04", "end_date": "2025-10-04", "precision": "day",
             "date_text": "4日", "place_entity_id": None}
    sides = [Participant("石破茂", "person:shigeru-ishiba"), Participant("李在明", "person:lee-jae-myung")]
    assert held_during(talks, sides, visit, people, COUNTRY_OF).startswith("held on 2025-10-04 by person:lee-jae-myung")
    # a visit dated by its report's days (no words of its own) proves no days
    assert held_during(talks, sides, dict(visit, date_text=None), people, COUNTRY_OF) is None


def test_talks_of_a_named_summits_sides_in_its_place_on_one_of_its_days_are_part_of_it():
    g7 = {"id": 1, "kind": "multilateral", "title": "主要7か国首脳会議", "start_date": "2023-05-19",
          "end_date": "2023-05-21", "precision": "days", "date_text": "19日から21日まで", "place_entity_id": "loc:hiroshima"}
    members = [Participant(name, key) for name, key in (("日本", "country:JP"), ("米国", "country:US"),
                                                        ("英国", "country:GB"), ("フランス", "country:FR"))]
    talks = {"id": 2, "kind": "talks", "start_date": "2023-05-20", "end_date": "2023-05-20", "precision": "day",
             "date_text": "20日", "place_entity_id": "loc:hiroshima"}
    biden = [Participant("岸田文雄", "person:fumio-kishida"), Participant("バイデン", "person:joe-biden")]
    assert held_during_summit(talks, g7, biden, members) == \
        "held on 2023-05-20 in loc:hiroshima, at 主要7か国首脳会議 (2023-05-19 to 2023-05-21)"
    # a leader the summit does not name, a summit naming only its host, another city, the day after it
    modi = [Participant("岸田文雄", "person:fumio-kishida"), Participant("モディ", "person:narendra-modi")]
    assert held_during_summit(talks, g7, modi, members) is None
    assert held_during_summit(talks, g7, biden, members[:1]) is None
    assert held_during_summit(dict(talks, place_entity_id="loc:tokyo"), g7, biden, members) is None
    assert held_during_summit(dict(talks, start_date="2023-05-22", date_text="22日"), g7, biden, members) is None


def held_during_summit(talks, summit, sides, attendees):
    return at_the_summit(talks, summit, COUNTRY_OF, sides, attendees)


def test_talks_imported_after_a_summit_whose_sides_the_user_named_are_part_of_it():
    g7 = {"reference_date": "2023-05-19", "body": "主要7か国首脳会議(G7サミット)が19日から21日まで広島市で開かれている。"}
    biden = {"reference_date": "2023-05-21", "body": "岸田文雄首相は20日、広島市でバイデン米大統領と会談した。"}
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "lib.db"
        library_from_texts({"g7": g7}, path)
        db = open_db(path)
        summit = next(m for m in meeting_records(db) if m["kind"] == "multilateral")
        set_participants(db, summit["id"], [{"name": n, "entity_id": k, "role": "participant"} for n, k in (
            ("日本", "country:JP"), ("米国", "country:US"), ("英国", "country:GB"), ("カナダ", "country:CA"))])
        db.close()
        library_from_texts({"biden": biden}, path)
        db = open_db(path)
        links = [(x["to"], x["relation"]) for x in link_records(db)]
        db.close()
    assert links == [(summit["id"], "part_of")]


def test_a_trip_called_off_holds_no_talks():
    people = [Participant("トランプ", "person:donald-trump", "visitor"), Participant("日本", "country:JP")]
    trip = {"id": 1, "kind": "visit", "status": "scheduled", "start_date": "2025-10-27", "end_date": "2025-10-29",
            "precision": "days", "date_text": "27日から29日まで", "place_entity_id": None}
    talks = {"id": 2, "kind": "talks", "start_date": "2025-10-28", "end_date": "2025-10-28", "precision": "day",
             "date_text": "28日", "place_entity_id": "loc:tokyo"}
    sides = [Participant("トランプ", "person:donald-trump"), Participant("高市早苗", "person:sanae-takaichi")]
    assert held_during(talks, sides, trip, people, COUNTRY_OF).startswith("held on 2025-10-28")
    assert held_during(talks, sides, dict(trip, status="cancelled"), people, COUNTRY_OF) is None
