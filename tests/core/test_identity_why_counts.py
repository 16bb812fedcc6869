"""Why one meeting told in two articles stays two records, and how a record came to hold two meetings, counted
by class (core.identity_why): read on real sentences of the kind news writes, imported as a user would."""

import tempfile
from pathlib import Path

from core.identity_evaluation import identity_score
from core.identity_why import (
    NOT_PROPOSED, crossing_joins, date_fault, gold_differences, identity_merge_evidence, sides_fault,
)
from core.meeting_gold_library import library_from_texts
from core.store.meetings import meeting_records
from core.meetings.mention import Participant
from core.meetings.country_of import country_lookup
from core.registry import bundled_registry

COUNTRY_OF = country_lookup(bundled_registry())
ISHIBA, XI = Participant("石破茂", "person:shigeru-ishiba"), Participant("習近平", "person:xi-jinping")
CHINA, KOREA = Participant("中国", "country:CN"), Participant("韓国", "country:KR")


def test_sides_are_told_apart_by_class():
    assert sides_fault([ISHIBA, XI], [ISHIBA, XI], COUNTRY_OF) is None
    assert sides_fault([ISHIBA, XI], [ISHIBA, CHINA], COUNTRY_OF) is None  # a country for its person: one side
    assert sides_fault([ISHIBA, XI], [], COUNTRY_OF) == "sides: one telling names none"
    assert sides_fault([ISHIBA], [ISHIBA, XI], COUNTRY_OF) == "sides: one telling has a side the other lacks"
    assert sides_fault([ISHIBA, XI], [ISHIBA, KOREA], COUNTRY_OF) == "sides: a side in common, another side differs"
    assert sides_fault([XI], [KOREA], COUNTRY_OF) == "sides: nothing in common"


def test_dates_are_told_apart_by_class():
    assert date_fault("2025-07-10", "2025-07-10") is None and date_fault(None, None) is None
    assert date_fault("2025-07-10", None) == "date: one telling undated"
    assert date_fault("2025-07", "2025-07-10") == "date: one coarser than the other (a month or year against a day)"
    assert date_fault("2025-07-10", "2025-07-11") == "date: the dates disagree by one day (Japan time and local time?)"
    assert date_fault("2025-07-10", "2025-07-14") == "date: the dates disagree by more than a day"
    assert date_fault("2025-07-10", "2025-07-12", lent=True) == \
        "date: the dates disagree, one dated by its report's days only"


def test_a_merge_says_whether_later_articles_joined_it():
    assert identity_merge_evidence(3, {}) == "joined within one article"
    across = {3: ["b: the same people; a day both give (2025-07-10)"]}
    assert identity_merge_evidence(3, across) == "joined across articles: the same people; a day both give"


def test_a_merge_within_one_article_names_the_rule_that_joined_the_other_meeting():
    # the record's first mention tells meeting m1; the mention at 40 (m2) joined it by "same sides, dates agree"
    gold_spans = {"m1": {("a", 0, 2), ("a", 20, 22)}, "m2": {("a", 40, 42)}}
    record = {("a", 0, 2), ("a", 20, 22), ("a", 40, 42)}
    joins = {("a", 20, 22): "refers back", ("a", 40, 42): "same sides, dates agree"}
    crossing = crossing_joins(record, gold_spans, joins)
    assert crossing == ["same sides, dates agree"]
    assert identity_merge_evidence(3, {}, crossing) == "joined within one article: same sides, dates agree"
    assert gold_differences([{"kind": "talks", "start": "2025-07-10", "place": None},
                             {"kind": "talks", "start": None, "place": None}]) == "; the gold meetings: one undated"
    assert gold_differences([{"kind": "talks", "start": "2025-07", "place": "loc:a"},
                             {"kind": "phone_call", "start": "2025-07-10", "place": "loc:b"}]) == \
        "; the gold meetings: kinds phone_call / talks, dates of other precision, places differ"


def _why(articles: dict, gold_meetings: list) -> tuple[dict, object]:
    across: dict = {}
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "lib.db"
        names = library_from_texts(articles, path, across)
        from core.store import open_db
        db = open_db(path)
        predicted = meeting_records(db)
        db.close()
    report = identity_score({"meetings": gold_meetings}, predicted, names, across, COUNTRY_OF)
    return report, report["why"]


def _mention(articles: dict, key: str, word: str) -> dict:
    start = articles[key]["body"].index(word)
    return {"article": key, "start": start, "end": start + len(word)}


def test_talks_told_with_no_day_weeks_after_talks_of_a_day_are_counted_as_dated_by_their_report():
    # told again three weeks on with no day: not the talks of the week before the report (kept apart)
    articles = {
        "a": {"body": "石破茂首相は10日、北京で中国の習近平国家主席と会談した。両首脳は経済協力の拡大で一致した。",
              "reference_date": "2025-07-11"},
        "b": {"body": "石破茂首相は中国の習近平国家主席と北京で会談した。両首脳は経済協力の拡大で一致した。",
              "reference_date": "2025-07-31"},
    }
    gold = [{"id": "m", "mentions": [_mention(articles, "a", "会談"), _mention(articles, "b", "会談")]}]
    report, why = _why(articles, gold)
    assert report["one record across the articles"] == 0
    assert why["miss: date: the dates disagree, one dated by its report's days only, the other's day outside it"] == 1


def test_a_meeting_one_article_does_not_propose_is_counted_as_such():
    articles = {
        "a": {"body": "石破茂首相は10日、北京で中国の習近平国家主席と会談した。", "reference_date": "2025-07-11"},
        "b": {"body": "首相の北京滞在は3日間に及んだ。", "reference_date": "2025-07-12"},
    }
    gold = [{"id": "m", "mentions": [_mention(articles, "a", "会談"), _mention(articles, "b", "滞在")]}]
    _, why = _why(articles, gold)
    assert why == {f"miss: {NOT_PROPOSED}": 1}
