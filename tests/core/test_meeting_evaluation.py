"""The meeting scorer: right participants (name variants of one person agree, cut names do not)
and a right date (in the gold's range, never coarser than the text)."""

from core.meeting_agreement import date_right, participants_right
from core.meetings.country_of import country_lookup
from core.registry import bundled_registry

REGISTRY = bundled_registry()
COUNTRY_OF = country_lookup(REGISTRY)


def gold(*names, start="2010-03-19", precision="day"):
    return {"participants": [{"name": n, "entity_hint": None} for n in names], "start": start,
            "end": start, "precision": precision}


def right(g, *kaidan):
    return participants_right(g, [{"name": n, "entity_id": e} for n, e in kaidan], COUNTRY_OF, REGISTRY)


def test_a_surname_or_a_part_of_a_foreign_name_agrees_with_the_full_name():
    assert right(gold("岩屋毅", "アンゲラ・メルケル"), ("岩屋", "found:PERSON:岩屋"), ("メルケル", "found:PERSON:メルケル"))


def test_a_name_cut_at_its_head_is_not_the_person():
    assert not right(gold("鬼武健二", "崔暢亮"), ("武健二", "found:PERSON:武健二"), ("崔暢亮", "found:PERSON:崔暢亮"))
    assert right(gold("鬼武健二", "崔暢亮"), ("鬼武健二", "found:PERSON:鬼武健二"), ("崔暢亮", "found:PERSON:崔暢亮"))


def test_a_bystander_or_a_missing_side_is_wrong():
    g = gold("岡田武史", "横浜F・マリノス")
    assert right(g, ("岡田武史", "found:PERSON:岡田武史"), ("F・マリノス", "found:ORG:F・マリノス"))
    assert not right(g, ("岡田武史", "found:PERSON:岡田武史"), ("F・マリノス", "found:ORG:F・マリノス"),
                     ("大宮アルディージャ", "found:ORG:大宮アルディージャ"))
    assert not right(g, ("岡田武史", "found:PERSON:岡田武史"))


def test_the_registry_knows_a_persons_other_names():
    entity = REGISTRY.get("person:marco-rubio")
    assert right(gold(entity.name), ("ルビオ", "person:marco-rubio"))


def test_a_date_in_range_and_no_coarser_than_the_text():
    assert date_right("2025-01-21", gold(start="2025-01-21"))
    assert not date_right("2025-01-22", gold(start="2025-01-21"))
    assert not date_right("2025-01", gold(start="2025-01-21"))  # the text names the day
    assert date_right("2008-07-01", gold(start="2008-07", precision="month"))
    assert date_right(None, gold(start=None)) and date_right("2009-10-14", gold(start=None))


def test_a_named_summit_with_nobody_named_is_its_own_body():
    from core.meeting_evaluation import score
    article = {"article": "a", "start": 10, "end": 17, "text": "主要国首脳会議"}
    g = {"meetings": [dict(gold("主要国首脳会議", start="2006-07-15"), id="a/m1", kind="multilateral",
                           mentions=[article])], "links": []}
    named = {"id": 1, "kind": "multilateral", "start": "2006-07-15", "title": "主要国首脳会議(G8)",
             "participants": [], "mentions": [{"article_id": 1, "start": 10, "end": 17}]}
    found = "found with the right participants and date"
    assert score(g, [named], [], {1: "a"}, COUNTRY_OF, REGISTRY)[found] == 1
    unnamed = dict(named, title=None)
    assert score(g, [unnamed], [], {1: "a"}, COUNTRY_OF, REGISTRY)[found] == 0
    attended = dict(named, participants=[{"name": "中国", "entity_id": "country:CN"}])
    assert score(g, [attended], [], {1: "a"}, COUNTRY_OF, REGISTRY)[found] == 0


def test_the_host_of_a_visit_may_be_named_by_its_country():
    g = {"participants": [{"name": "プーチン", "entity_hint": "person:vladimir-putin", "role": "visitor"},
                          {"name": "習近平", "entity_hint": "person:xi-jinping", "role": "host"}]}
    assert right(g, ("プーチン", "person:vladimir-putin"), ("中国", "country:CN"))
    assert not right(g, ("プーチン", "person:vladimir-putin"), ("日本", "country:JP"))
    g["participants"][1]["role"] = "participant"  # talks with Xi are not talks with China
    assert not right(g, ("プーチン", "person:vladimir-putin"), ("中国", "country:CN"))


def test_links_are_counted_apart_from_the_sides_and_dates_of_their_meetings():
    from core.meeting_evaluation import score
    # 訪米中の岩屋外相はルビオ国務長官と会談した (the talks part of the visit), 前日に王毅外相と電話会談
    spans = {"visit": (2, 4), "talks": (16, 18), "call": (30, 34)}
    mention = lambda key: {"article": "a", "start": spans[key][0], "end": spans[key][1], "text": key}  # noqa: E731
    g = {"meetings": [dict(gold("岩屋毅", "ルビオ", start="2025-01-21"), id=key, kind="talks", mentions=[mention(key)])
                      for key in spans],
         "links": [{"from": "talks", "to": "visit", "relation": "part_of"},
                   {"from": "call", "to": "talks", "relation": "precedes"}]}
    people = [{"name": "岩屋毅", "entity_id": "found:PERSON:岩屋毅"}, {"name": "ルビオ", "entity_id": "person:marco-rubio"}]
    kaidan = [{"id": n, "kind": "talks", "start": "2025-01-21", "title": None,
               "participants": people if key != "visit" else people[:1],  # the visit's host unread: not found right
               "mentions": [{"article_id": 1, "start": spans[key][0], "end": spans[key][1]}]}
              for n, key in enumerate(spans, 1)]
    report = score(g, kaidan, [{"from": 2, "to": 1, "relation": "part_of"}, {"from": 2, "to": 3, "relation": "precedes"}],
                   {1: "a"}, COUNTRY_OF, REGISTRY)
    assert (report["links found"], report["gold links between meetings found"]) == (0, 1)
    assert (report["links found between meetings proposed"], report["gold links between meetings proposed"]) == (1, 2)
    assert report["link misses by reason"] == {"linked, a meeting's sides or date wrong (part_of)": 1,
                                               "linked the other way (precedes)": 1}
