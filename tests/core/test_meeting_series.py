"""Recurring contacts of the same sides on different days form a series (earlier → later), as the meetings gold
writes it (昨年11月にも電話会談): contacts held, both. A meeting to come is no contact of the series yet: a held
meeting and the next one planned (再び会談する予定) are told as precedes, or not linked; the batch merge reads the same
rule (core.meetings.series)."""

import tempfile
from pathlib import Path

from core.meeting_gold_library import library_from_texts
from core.store.meetings import link_records, meeting_records
from core.meetings.series import series_pair
from core.store import open_db

MARCH = {"reference_date": "2025-03-11", "body": "日本の岩屋毅外相は10日、北京で中国の王毅外相と会談した。"}
MAY = {"reference_date": "2025-05-21",
       "body": "岩屋毅外相は20日、東京で中国の王毅外相と会談した。両外相の会談は3月に続き2回目となる。"}
TO_COME = {"reference_date": "2025-05-21", "body": "岩屋毅外相は6月20日に東京で中国の王毅外相と会談する予定だ。"}


def links(articles: dict) -> list[tuple[str, tuple, tuple]]:
    """Each link as (relation, (status, day) of its first meeting, (status, day) of its second)."""
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "lib.db"
        library_from_texts(articles, path)
        db = open_db(path)
        told = {m["id"]: (m["status"], m["start"]) for m in meeting_records(db)}
        found = [(x["relation"], told[x["from"]], told[x["to"]]) for x in link_records(db)]
        db.close()
    return sorted(found)


def test_two_held_contacts_of_the_same_sides_on_other_days_are_a_series_earliest_first():
    assert links({"march": MARCH, "may": MAY}) == [
        ("series", ("held", "2025-03-10"), ("held", "2025-05-20"))]
    told_in_one = {"reference_date": "2025-03-12",
                   "body": "日本の岩屋毅外相は11日、東京で中国の王毅外相と会談した。両外相は前日の10日にも会談していた。"}
    assert links({"one": told_in_one}) == [("series", ("held", "2025-03-10"), ("held", "2025-03-11"))]


def test_a_meeting_to_come_is_no_contact_of_the_series_until_an_article_tells_it_held():
    assert links({"march": MARCH, "to come": TO_COME}) == []
    held_since = {"reference_date": "2025-06-21", "body": "岩屋毅外相は20日、東京で中国の王毅外相と会談した。"}
    assert links({"march": MARCH, "to come": TO_COME, "held since": held_since}) == [
        ("series", ("held", "2025-03-10"), ("held", "2025-06-20"))]


def test_a_held_meeting_and_the_next_one_planned_take_the_articles_precedes_and_no_series():
    again = {"reference_date": "2025-03-11",
             "body": "日本の岩屋毅外相は10日、北京で中国の王毅外相と会談した。両外相は来月15日に東京で再び会談する予定だ。"}
    assert links({"again": again}) == [("precedes", ("held", "2025-03-10"), ("scheduled", "2025-04-15"))]


def test_two_meetings_to_come_of_the_same_sides_are_no_series():
    assert series_pair("talks", "held", "2025-03-10", "talks", "held", "2025-05-20")
    assert not series_pair("talks", "scheduled", "2025-03-23", "talks", "scheduled", "2025-05-01")
    assert not series_pair("talks", "held", "2025-03-10", "talks", "held", "2025-03-10")


WIKINEWS_GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "wikinews_gold" / "meetings.json"
# Wikinews, 29 September 2005: the second round of the German coalition talks held, the third (3度目の会談) planned
# for 5 October: the article links them by precedes (rounds numbered one after the other)
SECOND_ROUND = "wn-02172"
# a report of the second round alone, and a later one of the third meeting, held
SECOND_HELD = {"reference_date": "2005-09-29",
               "body": "ドイツのキリスト教民主同盟(CDU)と社会民主党(SPD)は28日、ベルリンで2回目の連立交渉を行った。"}
THIRD_HELD = {"reference_date": "2005-10-06",
              "body": "ドイツのキリスト教民主同盟(CDU)と社会民主党(SPD)は5日、ベルリンで連立政権の樹立に向けた3度目の会談を行った。"}


def test_two_contacts_an_article_links_by_precedes_take_no_series_beside_it_in_either_import_order():
    import json

    second = json.loads(WIKINEWS_GOLD.read_text(encoding="utf-8"))["articles"][SECOND_ROUND]
    rounds = [("precedes", ("held", "2005-09-28"), ("held", "2005-10-05"))]
    assert links({"second round": second, "third held": THIRD_HELD}) == rounds
    assert links({"third held": THIRD_HELD, "second round": second}) == rounds
    # a series the library made from two reports before is dropped when the article tells how they follow
    assert links({"second held": SECOND_HELD, "third held": THIRD_HELD}) == [
        ("series", ("held", "2005-09-28"), ("held", "2005-10-05"))]
    assert links({"second held": SECOND_HELD, "third held": THIRD_HELD, "second round": second}) == rounds
