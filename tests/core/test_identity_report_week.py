"""Talks one article tells with no day of their own (dated by the week before its report) and another tells with
their day: one record when they are the one meeting of those sides in that week, whichever was told first; two
when the day is outside the week, the partner differs, or the sides met twice that week."""

import tempfile
from pathlib import Path

from core.meeting_gold_library import library_from_texts
from core.store.meetings import meeting_records
from core.meetings.same_dates import dated_by_its_report, in_its_report_days, report_week
from core.store import open_db

DAY = "石破茂首相は10日、北京で中国の習近平国家主席と会談した。両首脳は経済協力の拡大で一致した。"
NO_DAY = "石破茂首相は中国の習近平国家主席と北京で会談し、経済協力の拡大で一致した。会談後、首相は記者団に成果を語った。"


def talk_records(*articles: tuple[str, str]) -> list[dict]:
    """The talks records of a library the articles (body, report's day) are imported into in that order."""
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "lib.db"
        library_from_texts({f"a{i}": {"body": body, "reference_date": day}
                            for i, (body, day) in enumerate(articles)}, path)
        db = open_db(path)
        found = [m for m in meeting_records(db) if m["kind"] == "talks"]
        db.close()
    return found


def talks(*articles: tuple[str, str]) -> list[tuple[str, str, int]]:
    """Each talks record as (its date, its precision, the number of articles telling it)."""
    return sorted((m["start"], m["precision"], len({x["article_id"] for x in m["mentions"]}))
                  for m in talk_records(*articles))


def test_the_week_before_a_report():
    assert report_week("2025-07-12") == ("2025-07-06", "2025-07-12")
    assert in_its_report_days("2025-07-12", "2025-07-10") and in_its_report_days("2025-07-02", "2025-06-27")
    assert not in_its_report_days("2025-07-12", "2025-07-05") and not in_its_report_days("2025-07-12", "2025-07-13")
    assert dated_by_its_report("talks", "held", "2025-07-12", "days", None)
    assert not dated_by_its_report("talks", "held", "2025-07-12", "days", "12日")  # a day of its own
    assert not dated_by_its_report("talks", "scheduled", "2025-07-12", "days", None)
    assert not dated_by_its_report("negotiation_round", "held", "2025-07-12", "days", None)  # a round under way


def test_talks_told_with_no_day_in_the_week_after_talks_of_a_day_are_those_talks():
    assert talks((DAY, "2025-07-11"), (NO_DAY, "2025-07-13")) == [("2025-07-10", "day", 2)]


def test_talks_of_a_day_told_after_talks_with_no_day_give_the_record_their_day():
    assert talks((NO_DAY, "2025-07-11"), (DAY, "2025-07-12")) == [("2025-07-10", "day", 2)]


def test_talks_with_no_day_reported_weeks_later_stay_apart():
    found = talks((DAY, "2025-07-11"), (NO_DAY, "2025-07-31"))
    assert [n for _, _, n in found] == [1, 1]


def test_talks_with_no_day_and_another_partner_stay_apart():
    other = NO_DAY.replace("中国の習近平国家主席", "韓国の李在明大統領").replace("北京", "ソウル")
    found = talks((DAY, "2025-07-11"), (other, "2025-07-12"))
    assert [n for _, _, n in found] == [1, 1]


def test_talks_with_no_day_join_neither_when_the_sides_met_twice_that_week():
    twice = DAY + "石破首相は12日にも北京で習主席と会談した。"
    found = talks((twice, "2025-07-13"), (NO_DAY, "2025-07-14"))
    assert all(n == 1 for _, _, n in found) and len(found) == 3


VISIT_DAY = "トランプ米大統領は10日、中国を訪問した。北京で習近平国家主席の歓迎を受けた。"
VISIT_NO_DAY = "トランプ米大統領は中国を訪問し、北京で習近平国家主席の歓迎を受けた。"


def visits(*articles: tuple[str, str]) -> list[tuple[str, str, int]]:
    """Each visit record as (its date, its precision, the number of articles telling it)."""
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "lib.db"
        library_from_texts({f"a{i}": {"body": body, "reference_date": day}
                            for i, (body, day) in enumerate(articles)}, path)
        db = open_db(path)
        found = [m for m in meeting_records(db) if m["kind"] == "visit"]
        db.close()
    return sorted((m["start"], m["precision"], len({x["article_id"] for x in m["mentions"]})) for m in found)


def test_a_visit_told_with_no_day_in_the_week_after_its_day_is_that_visit_whichever_outlet_came_first():
    assert dated_by_its_report("visit", "held", "2025-07-12", "days", None)
    assert visits((VISIT_DAY, "2025-07-11"), (VISIT_NO_DAY, "2025-07-12")) == [("2025-07-10", "day", 2)]
    assert visits((VISIT_NO_DAY, "2025-07-11"), (VISIT_DAY, "2025-07-12")) == [("2025-07-10", "day", 2)]


def test_a_visit_with_no_day_weeks_later_or_to_another_host_stays_apart():
    assert [n for _, _, n in visits((VISIT_DAY, "2025-07-11"), (VISIT_NO_DAY, "2025-08-12"))] == [1, 1]
    korea = VISIT_NO_DAY.replace("中国", "韓国").replace("北京で習近平国家主席", "ソウルで李在明大統領")
    assert [n for _, _, n in visits((VISIT_DAY, "2025-07-11"), (korea, "2025-07-12"))] == [1, 1]
