"""Why a meeting's mentions were made one: each mention that joins a meeting told before says why,
and the scorer names that evidence for every wrong merge (a class to tighten, not an article to read)."""

from core.meeting_evaluation import merge_evidence, score
from core.meetings.country_of import country_lookup
from core.registry import bundled_registry
from tests.core.meeting_helpers import proposals_in

REGISTRY = bundled_registry()
COUNTRY_OF = country_lookup(REGISTRY)


def test_a_bare_meeting_word_joins_by_referring_back():
    text = "小泉純一郎首相は8日、神崎武法代表と首相官邸で会談した。今回の会談では郵政民営化法案の扱いが話し合われた。"
    [proposal] = proposals_in(text)
    first, second = proposal.mentions
    assert first.joined_by is None
    assert second.joined_by == "refers back"


def test_a_bare_meeting_word_with_its_subject_joins_that_persons_last_meeting():
    text = "小泉純一郎首相は8日、神崎武法代表と首相官邸で会談した。小泉首相は会談後、記者団の質問に答えた。"
    [proposal] = proposals_in(text)
    assert [m.joined_by for m in proposal.mentions] == [None, "the person's last meeting"]


def test_the_same_sides_on_the_same_day_join_as_such():
    text = "ルビオ国務長官は10日、王毅外相と会談した。ルビオ氏と王毅氏の会談は1時間続いた。"
    [proposal] = proposals_in(text)
    assert [m.joined_by for m in proposal.mentions] == [None, "same sides, dates agree"]


def test_evidence_of_a_merge_across_articles_and_of_one_mention():
    joins = {("a", 30, 32): "same sides, dates agree"}
    assert merge_evidence({("a", 0, 2), ("a", 30, 32)}, joins) == ["same sides, dates agree"]
    assert merge_evidence({("a", 0, 2), ("b", 5, 7)}, joins) == ["across articles"]
    assert merge_evidence({("a", 0, 2)}, joins) == ["one mention"]


def test_the_scorer_counts_wrong_merges_by_their_evidence():
    def meeting(i, start, end):
        return {"id": f"g{i}", "kind": "talks", "participants": [{"name": "甲"}, {"name": "乙"}], "start": None,
                "mentions": [{"article": "a", "start": start, "end": end}]}
    gold = {"meetings": [meeting(1, 0, 2), meeting(2, 30, 32)], "links": []}
    record = {"id": 1, "kind": "talks", "start": None, "title": None,
              "participants": [{"name": "甲", "entity_id": None}, {"name": "乙", "entity_id": None}],
              "mentions": [{"article_id": 1, "start": 0, "end": 2}, {"article_id": 1, "start": 30, "end": 32}]}
    report = score(gold, [record], [], {1: "a"}, COUNTRY_OF, REGISTRY, {("a", 30, 32): "refers back"})
    assert report["wrong merges (Kaidan meetings holding several gold meetings)"] == 1
    assert report["wrong merges by evidence"] == {"refers back": 1}
    assert any("joined by refers back" in line for line in report["details"])
