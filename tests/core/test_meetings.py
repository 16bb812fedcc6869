"""Meetings: detection on real sentences, the merge rule and its hard negatives, links, the store."""

from datetime import date

import pytest

from core.meetings.country_of import country_lookup
from core.meetings.detect import detect_meetings
from core.meetings.merge import one_meeting
from core.meetings.propose import group_mentions
from core.meetings.suggest import suggest_meetings
from core.model import Participant
from core.nlp.entities import detect
from core.registry import bundled_registry
from core.store import open_db
from core.store.meetings import (
    add_link, create_meeting, delete_meeting, get_meeting, link_records, meeting_records, participants_of,
    restore_meeting, update_meeting,
)
from tests.core.meeting_helpers import names

REGISTRY = bundled_registry()


def meetings_in(text, reference=date(2025, 7, 12)):
    return detect_meetings(text, detect(text, REGISTRY, reference), reference)


def test_participants_date_place_of_a_held_meeting():
    [m] = meetings_in("ルビオ米国務長官と中国の王毅外相は11日、マレーシアの首都クアラルンプールで初めて対面で会談した。")
    assert (m.kind, m.status, names(m)) == ("talks", "held", ["ルビオ", "王毅"])
    assert m.date.value == "2025-07-11" and m.place.text == "クアラルンプール"


def test_a_minister_meets_another():
    [m] = meetings_in("ルビオ長官は前日、ロシアのラブロフ外相と会談し、意見を交わした。", date(2025, 7, 11))
    assert names(m) == ["ルビオ", "ラブロフ"] and m.date.value == "2025-07-10"


@pytest.mark.parametrize("text, kind, status", [
    ("石破茂首相とトランプ大統領の首脳会談は2月前半で調整が進む。", "talks", "scheduled"),
    ("トランプ大統領は中国訪問を望んでおり、日程を探っている。", "visit", "proposed"),
    ("インドネシア大統領は訪中を取りやめた。", "visit", "cancelled"),
    ("トランプ氏はカーニー首相と会談する予定はないと明言した。", "talks", "none_planned"),
    ("トランプ米大統領と習近平国家主席は4日、電話会談した。", "phone_call", "held"),
    ("習氏はプーチン大統領ともオンラインで会談を行った。", "video_call", "held"),
])
def test_kind_and_status_from_the_words(text, kind, status):
    first = meetings_in(text)[0]
    assert (first.kind, first.status) == (kind, status)


def test_a_visit_has_a_visitor_and_a_host():
    [m] = meetings_in("訪米中の岩屋毅外相は21日、米国務省でルビオ国務長官と会談した。")[:1]
    assert [(p.name, p.role) for p in m.participants] == [("岩屋毅", "visitor"), ("米", "host")]


def test_a_meeting_in_the_future_is_not_held():
    [m] = meetings_in("トランプ大統領と習近平国家主席は11月20日に会談する。", date(2025, 10, 26))
    assert m.status == "scheduled"


def test_a_grouping_meeting_and_officials_named_by_country():
    first = meetings_in("ルビオ長官は東南アジア諸国連合(ASEAN)などの会合に出席した。")[0]
    assert (first.kind, first.title, names(first)) == ("multilateral", "ASEAN会合", ["ルビオ"])
    [m] = meetings_in("ルビオ長官は11日、日本の岩屋外相や韓国の第1外務次官と会談した。")
    assert names(m) == ["ルビオ", "岩屋", "韓国"]


def test_words_that_are_not_meetings():
    assert meetings_in("今回の訪問者は協議継続を望み、交渉力を高める。") == []


COUNTRY_OF = country_lookup(REGISTRY)


def meeting(people, start, kind="talks", place=None):
    return {"kind": kind, "start": start, "place": place,
            "participants": [Participant(p, p) for p in people]}


def test_merge_rule_and_its_hard_negatives():
    rubio_lavrov = meeting(["person:marco-rubio", "person:sergey-lavrov"], "2025-07-10", place="loc:kuala-lumpur")
    wang_lavrov = meeting(["person:wang-yi", "person:sergey-lavrov"], "2025-07-10", place="loc:kuala-lumpur")
    assert not one_meeting(rubio_lavrov, wang_lavrov, COUNTRY_OF)
    call_1 = meeting(["person:donald-trump", "person:xi-jinping"], "2025-11", kind="phone_call")
    call_2 = meeting(["person:donald-trump", "person:xi-jinping"], "2026-02-04", kind="phone_call")
    assert not one_meeting(call_1, call_2, COUNTRY_OF)
    visit = meeting(["person:donald-trump", "person:xi-jinping"], "2026-02-04", kind="visit")
    assert not one_meeting(call_2, visit, COUNTRY_OF)
    same_day = meeting(["person:donald-trump", "person:xi-jinping"], "2026-02", kind="phone_call")
    assert one_meeting(call_2, same_day, COUNTRY_OF)  # agree at the coarser precision
    countries = {"kind": "talks", "start": "2025-07-11", "place": None, "participants": [
        Participant("米", "country:US"), Participant("中", "country:CN")]}
    rubio_wang = meeting(["person:marco-rubio", "person:wang-yi"], "2025-07-11", place="loc:kuala-lumpur")
    assert one_meeting(countries, rubio_wang, COUNTRY_OF)  # their countries at the same level
    in_country = meeting(["person:marco-rubio", "person:wang-yi"], "2025-07-11", place="country:MY")
    assert one_meeting(rubio_wang, in_country, COUNTRY_OF)  # a city and its country fit


def test_mentions_of_one_article_group_into_meetings():
    text = ("ルビオ長官と王毅外相は11日、クアラルンプールで会談した。会談後、ルビオ長官は記者団に語った。"
            "ルビオ長官は前日、ラブロフ外相と会談した。")
    proposals = group_mentions(meetings_in(text, date(2025, 7, 11)), COUNTRY_OF)
    assert [[p.name for p in g.participants] for g in proposals] == [["ルビオ", "王毅"], ["ルビオ", "ラブロフ"]]
    assert [len(g.mentions) for g in proposals] == [2, 1]


ARTICLE_A = """米中外相が会談
2025年7月12日(土)01時00分
ルビオ米国務長官と中国の王毅外相は11日、マレーシアの首都クアラルンプールで会談した。両外相は貿易問題について意見を交わした。
米中会談に先立ちルビオ長官は11日、マレーシアで日本の岩屋外相と会談した。
関連記事
"""
ARTICLE_B = """王毅外相、ルビオ長官と初会談
2025年7月12日(土)09時00分
中国の王毅外相は11日、クアラルンプールで米国のルビオ国務長官と会談した。王毅外相は対話の継続が重要だと述べた。
関連記事
"""


def test_one_record_for_one_meeting_in_two_articles_and_links(tmp_path):
    from core.jobs import import_paths

    for name, text in (("a.txt", ARTICLE_A), ("b.txt", ARTICLE_B)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    path = tmp_path / "lib.db"
    import_paths([tmp_path / "a.txt", tmp_path / "b.txt"], path)
    db = open_db(path)
    records = meeting_records(db)
    rubio_wang = [m for m in records if {p["entity_id"] for p in m["participants"]} ==
                  {"person:marco-rubio", "person:wang-yi"}]
    assert len(rubio_wang) == 1
    assert len({x["article_id"] for x in rubio_wang[0]["mentions"]}) == 2
    assert rubio_wang[0]["start"] == "2025-07-11" and rubio_wang[0]["place"]["text"] == "クアラルンプール"
    iwaya = next(m for m in records if "person:takeshi-iwaya" in {p["entity_id"] for p in m["participants"]})
    links = link_records(db)
    assert {"from": iwaya["id"], "to": rubio_wang[0]["id"], "relation": "precedes"} in \
        [{k: link[k] for k in ("from", "to", "relation")} for link in links]
    again = suggest_meetings(path)  # re-running proposes nothing twice
    assert again.meetings == 0 and len(meeting_records(db)) == len(records)


def test_store_edits_and_undo(tmp_path):
    db = open_db(tmp_path / "lib.db")
    meeting_id = create_meeting(db, "phone_call", "held", [
        {"entity_id": "person:donald-trump", "name": "トランプ"},
        {"entity_id": "person:xi-jinping", "name": "習近平"}], start_date="2026-02-04", precision="day")
    assert update_meeting(db, meeting_id, status="scheduled") == {"status": "held"}
    other = create_meeting(db, "phone_call", "held", [], start_date="2025-11", precision="month")
    add_link(db, other, meeting_id, "series")
    snapshot = delete_meeting(db, meeting_id)
    assert get_meeting(db, meeting_id) is None and link_records(db) == []
    restore_meeting(db, snapshot)
    assert get_meeting(db, meeting_id).id == meeting_id and participants_of(db, meeting_id)[1]["name"] == "習近平"
    assert link_records(db)[0]["relation"] == "series"
    with pytest.raises(ValueError):
        create_meeting(db, "party", "held")


def test_the_other_side_of_talks_and_a_visit_with_its_stops():
    text = "王毅外相は11日、記者会見した。カンボジア外相との会談では、関税について述べた。"
    talks = meetings_in(text)[-1]
    assert names(talks) == ["王毅", "カンボジア"]
    [call] = meetings_in("日本の高市早苗首相は、トランプ氏の来日前に電話会談を実施した。")[1:]
    assert sorted(names(call)) == ["トランプ", "高市早苗"]
    [visit] = meetings_in("トランプ氏の来日を前に準備が進む。")
    assert [(p.name, p.role) for p in visit.participants] == [("トランプ", "visitor"), ("日本", "host")]
    text = "訪米中の岩屋毅外相は21日、ワシントンでルビオ国務長官と会談した。"
    proposals = group_mentions(meetings_in(text, date(2025, 1, 22)), COUNTRY_OF)
    from core.meetings.cue_links import article_links
    [(stop, trip, relation, _)] = article_links(proposals, text)
    assert relation == "part_of" and trip.kind == "visit" and [p.name for p in stop.participants] == ["岩屋毅", "ルビオ"]


def test_a_call_hours_before_another_takes_its_date():
    text = ("トランプ米大統領と習近平国家主席は4日、電話会談した。"
            "習氏はトランプ氏との会談の数時間前、ロシアのプーチン大統領ともオンラインで会談を行った。")
    from core.meetings.cue_links import article_links, date_from_links

    proposals = group_mentions(meetings_in(text, date(2026, 2, 5)), COUNTRY_OF)
    links = article_links(proposals, text)
    date_from_links(links)
    video = next(p for p in proposals if p.kind == "video_call")
    assert (video.start, video.precision) == ("2026-02-04", "day")
    assert [(s.kind, t.kind, r) for s, t, r, _ in links] == [("video_call", "phone_call", "precedes")]


def test_a_visitor_to_japan_and_a_place_inside_a_city():
    visit, talks = meetings_in("山川一郎外相は11日、来日中のノルウェーのハンセン外相と東京都内の飯倉公館で約1時間会談した。")
    assert [(p.name, p.role) for p in visit.participants] == [("ハンセン", "visitor"), ("日本", "host")]
    assert names(talks) == ["山川一郎", "ハンセン"] and talks.place.text == "東京都"  # 東京都内: the prefecture


def test_a_named_meeting_is_one_record_whoever_attends(tmp_path):
    from core.jobs import import_paths

    first = ("ASEAN首脳会議が開幕\n2025年10月26日(日)10時00分\n"
             "トランプ大統領は26日、クアラルンプールで開かれた第47回ASEAN首脳会議に出席した。関係者が明らかにした。\n関連記事\n")
    second = ("カナダ首相も出席\n2025年10月26日(日)18時00分\n"
              "カーニー首相も26日、東南アジア諸国連合(ASEAN)首脳会議に出席した。首相は演説した。\n関連記事\n")
    (tmp_path / "a.txt").write_text(first, encoding="utf-8")
    (tmp_path / "b.txt").write_text(second, encoding="utf-8")
    import_paths([tmp_path / "a.txt", tmp_path / "b.txt"], tmp_path / "lib.db")
    db = open_db(tmp_path / "lib.db")
    [summit] = [m for m in meeting_records(db) if m["kind"] == "multilateral"]
    assert summit["title"] == "第47回ASEAN首脳会議" and summit["start"] == "2025-10-26"
    assert {p["name"] for p in summit["participants"]} == {"トランプ", "カーニー", "マレーシア"}
    assert len({x["article_id"] for x in summit["mentions"]}) == 2


def test_links_from_the_day_before_and_from_before():
    from core.meetings.cue_links import article_links

    text = ("ルビオ長官と王毅外相は11日、クアラルンプールで会談した。"
            "ルビオ長官は前日、ロシアのラブロフ外相と会談した。")
    proposals = group_mentions(meetings_in(text, date(2025, 7, 11)), COUNTRY_OF)
    assert [([p.name for p in s.participants], r, [p.name for p in t.participants])
            for s, t, r, _ in article_links(proposals, text)] == [
        (["ルビオ", "ラブロフ"], "precedes", ["ルビオ", "王毅"])]
    text = "日本の高市早苗首相は、トランプ氏の来日前に電話会談を実施した。"
    proposals = group_mentions(meetings_in(text, date(2025, 10, 26)), COUNTRY_OF)
    assert [(s.kind, r, t.kind) for s, t, r, _ in article_links(proposals, text)] == [
        ("phone_call", "precedes", "visit")]


ARTICLE_AGAIN = """サッカー大会の延期
2007年7月18日(水)10時00分
日本サッカー協会と韓国サッカー協会は7月17日の会合で、大会の延期を決め、7月20日の会合で改めて協議することになった。
関連記事
"""


def test_a_meeting_planned_as_the_next_one_is_preceded_by_the_held_one(tmp_path):
    from core.jobs import import_paths

    (tmp_path / "a.txt").write_text(ARTICLE_AGAIN, encoding="utf-8")
    path = tmp_path / "lib.db"
    import_paths([tmp_path / "a.txt"], path)
    db = open_db(path)
    dated = {m["start"]: m["id"] for m in meeting_records(db)}
    links = {(link["from"], link["to"], link["relation"]) for link in link_records(db)}
    assert (dated["2007-07-17"], dated["2007-07-20"], "precedes") in links
