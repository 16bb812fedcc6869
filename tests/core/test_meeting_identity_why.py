"""Every join of a telling to a meeting made from an earlier article says why: how the sides were named
(the same people, a name cut short or spelt two ways, a country for its person) and how the dates agree (a day
both give, the one round of a month); told on real article pairs of the identity gold's development part."""

import json
import tempfile
from pathlib import Path

from core.meeting_evaluation import merge_evidence
from core.meeting_gold_library import library_from_texts
from core.store.meetings import meeting_records
from core.meetings.same_sides import sides_evidence
from core.meetings.mention import Participant
from core.meetings.country_of import country_lookup
from core.registry import bundled_registry
from core.store import open_db

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "wikinews_gold"
COUNTRY_OF = country_lookup(bundled_registry())


def _articles(*keys: str) -> dict:
    """Development articles of the golds (identity.json keeps some bodies, meetings.json the rest), oldest first."""
    identity = json.loads((GOLD / "identity.json").read_text(encoding="utf-8"))
    meetings = json.loads((GOLD / "meetings.json").read_text(encoding="utf-8"))
    found = {key: identity["articles"].get(key) or meetings["articles"][key] for key in keys}
    assert all("held" not in item.get("part", "") for item in found.values())
    return dict(sorted(found.items(), key=lambda item: item[1].get("reference_date") or ""))


def _import(articles: dict) -> tuple[list[tuple[int, set]], dict]:
    """Each record as (id, its (article, start) mentions), and the reasons the later articles' tellings gave."""
    across: dict = {}
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "lib.db"
        names = library_from_texts(articles, path, across)
        db = open_db(path)
        records = [(m["id"], {(names[x["article_id"]], x["start"]) for x in m["mentions"]})
                   for m in meeting_records(db)]
        db.close()
    return records, across


def _record_of(records, article: str, start: int) -> int | None:
    return next((mid for mid, spans in records if (article, start) in spans), None)


def _p(name: str, entity_id: str) -> Participant:
    return Participant(name=name, entity_id=entity_id)


def test_talks_planned_for_a_day_and_told_held_that_day_by_a_later_article_are_one_record_saying_why():
    # wn-02172 (29 Sept 2005): 3度目の会談は…10月5日に行われる; wn-00050 (9 Oct): 5日行われた連立交渉
    records, across = _import(_articles("wn-02172", "wn-00050"))
    fifth = _record_of(records, "wn-02172", 588)
    assert fifth is not None and _record_of(records, "wn-00050", 529) == fifth
    assert across[fifth] == ["wn-00050: the same sides; a day both give (2005-10-05)"]
    # the same parties' round of 28 Sept, their talks of the 9th and the talks set for the 10th stay apart
    others = {_record_of(records, "wn-02172", 411), _record_of(records, "wn-00050", 67),
              _record_of(records, "wn-00050", 131)}
    assert None not in others and fifth not in others and len(others) == 3


def test_a_round_told_under_way_and_told_by_a_later_article_of_that_month_is_one_record_saying_why():
    # the Darfur peace talks in Abuja: wn-00866 tells the round going on, wn-01642 its end that month
    records, across = _import(_articles("wn-00866", "wn-01642"))
    round_ = _record_of(records, "wn-00866", 1861)
    assert round_ is not None and _record_of(records, "wn-01642", 54) == round_
    assert across[round_] == ["wn-01642: the same countries; the one round of those sides that month"]


def test_the_sides_evidence_names_the_bridge_between_two_tellings_names():
    # wn-00793 names 谷川秀善外務副大臣 in full and cuts him short; wn-01127 spells ミュンテフェリング two ways
    pakistan = _p("パキスタン", "country:PK")
    assert sides_evidence([_p("谷川", "found:PERSON:谷川"), pakistan],
                          [_p("谷川秀善", "found:PERSON:谷川秀善"), pakistan], COUNTRY_OF) \
        == "the same sides: 谷川, 谷川秀善 cut short"
    merkel = _p("メルケル", "person:angela-merkel")
    assert sides_evidence([_p("ミュンテフェーリング", "found:PERSON:ミュンテフェーリング"), merkel],
                          [_p("ミュンテフェリング", "found:PERSON:ミュンテフェリング"), merkel], COUNTRY_OF) \
        == "the same sides: ミュンテフェーリング and ミュンテフェリング, one name spelt two ways"
    kishida = _p("岸田", "person:fumio-kishida")
    assert sides_evidence([kishida, _p("中国", "country:CN")], [kishida, _p("習近平", "person:xi-jinping")],
                          COUNTRY_OF) == "the same sides: a country for its person (country:CN)"
    assert sides_evidence([kishida, _p("習近平", "person:xi-jinping")], [kishida, _p("習近平", "person:xi-jinping")],
                          COUNTRY_OF) == "the same people"
    assert sides_evidence([_p("日本", "country:JP"), _p("中国", "country:CN")],
                          [_p("中国", "country:CN"), _p("日本", "country:JP")], COUNTRY_OF) == "the same countries"


def test_a_record_across_articles_gives_the_reason_of_each_join_not_only_that_it_spans_articles():
    spans = {("a", 0, 2), ("b", 5, 7)}
    assert merge_evidence(spans, {}, ["b: the same people; a day both give (2025-10-30)"]) == [
        "across articles by the same people; a day both give (2025-10-30)"]
    assert merge_evidence(spans, {}) == ["across articles"]  # a library imported without its reasons


def test_a_plan_for_part_of_a_month_and_its_day_say_which_words_and_day_joined_them():
    records, across = _import({
        "plan": {"reference_date": "2025-10-05", "body": "石破茂首相は今月下旬、韓国の李在明大統領と会談する予定だ。"},
        "held": {"reference_date": "2025-10-26", "body": "石破茂首相は25日、ソウルで韓国の李在明大統領と会談した。"}})
    held = _record_of(records, "held", 24)
    assert held is not None and _record_of(records, "plan", 21) == held
    assert across[held] == ["held: the same people; the one meeting of those sides in the days the plan's words "
                            "name (今月下旬: 2025-10-25)"]
    # the same pair on the 10th is not the meeting planned for the last third of the month
    records, across = _import({
        "plan": {"reference_date": "2025-10-05", "body": "石破茂首相は今月下旬、韓国の李在明大統領と会談する予定だ。"},
        "early": {"reference_date": "2025-10-11", "body": "石破茂首相は10日、韓国の李在明大統領と会談した。"}})
    assert len(records) == 2 and across == {}
