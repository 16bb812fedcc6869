"""Containers: talks inside a negotiation round of the same sides, or on the days of a journey, are part of it
(sentences written for these tests)."""

from datetime import date

from core.meetings.country_of import country_lookup
from core.meetings.cue_links import article_links, containers
from core.meetings.detect import detect_meetings
from core.meetings.propose import group_mentions
from core.nlp.entities import detect
from core.registry import bundled_registry

REGISTRY = bundled_registry()


def proposals_of(text, reference=date(2025, 10, 1)):
    return group_mentions(detect_meetings(text, detect(text, REGISTRY, reference), reference), country_lookup(REGISTRY))


def test_talks_inside_a_negotiation_round_are_part_of_it():
    text = ("日本とオーストラリアは10月、経済連携協定の交渉を開始した。\n"
            "日本とオーストラリアは3日、東京で首脳会談を行った。")
    proposals = proposals_of(text, date(2025, 10, 5))  # written after the talks it tells in the past
    rounds = [p for p in proposals if p.kind == "negotiation_round"]
    talks = [p for p in proposals if p.kind == "talks"]
    assert rounds and talks
    links = containers(proposals, text)
    assert links and all(relation == "part_of" and outer.kind == "negotiation_round" for _, outer, relation, _ in links)


def test_a_planned_summit_is_no_session_of_a_round_held():
    # the summit still ahead, the trade negotiations held: the round does not hold the summit
    ahead = "米中首脳が韓国での会談を控える中、米国と中国の貿易交渉は26日、マレーシアで大きく前進した。"
    proposals = proposals_of(ahead, date(2025, 10, 27))
    assert {(p.kind, p.status) for p in proposals} == {("talks", "scheduled"), ("negotiation_round", "held")}
    assert containers(proposals, ahead) == []
    next_week = ("日本とオーストラリアは10月、経済連携協定の交渉を開始した。\n"
                 "日本とオーストラリアは来週、東京で首脳会談を行う。")
    assert containers(proposals_of(next_week, date(2025, 10, 5)), next_week) == []


def test_talks_and_a_round_neither_dated_are_not_linked_by_their_sides_alone():
    undated = ("日本とオーストラリアは経済連携協定の交渉を続けている。\n"
               "日本とオーストラリアは東京で首脳会談を行った。")
    proposals = proposals_of(undated, date(2025, 10, 5))
    assert {(p.kind, p.start) for p in proposals} == {("negotiation_round", None), ("talks", None)}
    assert containers(proposals, undated) == []
    signed = "スーダン政府と反政府勢力は和平交渉を続けている。\nスーダン政府と反政府勢力は停戦合意に調印した。"
    assert containers(proposals_of(signed, date(2025, 10, 5)), signed) == []


def test_a_dated_round_of_talks_told_as_under_way_is_one_session_of_them():
    ongoing = ("日本とオーストラリアは経済連携協定をめぐる協議を続けている。\n"
               "日本とオーストラリアは10月、東京で交渉を行った。")
    proposals = proposals_of(ongoing, date(2025, 11, 5))
    assert [(a.kind, b.kind, relation) for a, b, relation, _ in containers(proposals, ongoing)] == \
        [("negotiation_round", "talks", "part_of")]
    # the same talks not told as under way are a session of the round
    held = "日本とオーストラリアは経済連携協定をめぐる協議を行った。\n日本とオーストラリアは10月、東京で交渉を行った。"
    assert [(a.kind, b.kind) for a, b, _, _ in containers(proposals_of(held, date(2025, 11, 5)), held)] == \
        [("talks", "negotiation_round")]


def test_talks_held_where_and_when_a_summit_meets_are_part_of_it():
    text = ("アジア太平洋経済協力会議(APEC)首脳会議が15日、ペルーの首都リマで開幕した。\n"
            "石破首相は15日、リマで習近平国家主席と会談した。\n石破首相は20日、東京でアルバニージー首相と会談した。")
    proposals = proposals_of(text, date(2024, 11, 21))
    links = containers(proposals, text)
    assert [(inner.kind, outer.kind) for inner, outer, _, _ in links] == [("talks", "multilateral")]
    assert any(p.name == "習近平" for p in links[0][0].participants)


def test_talks_on_the_days_of_a_journey_told_from_its_first_day_are_part_of_it():
    country_of = country_lookup(REGISTRY)

    def links(text, reference):
        proposals = group_mentions(detect_meetings(text, detect(text, REGISTRY, reference), reference), country_of, text)
        return [(a.kind, a.start, relation, b.kind) for a, b, relation, _ in article_links(proposals, text, country_of)]

    text = "トランプ大統領は26日から日本、韓国を訪問した。\n大統領は27日、東京で高市首相と会談した。"
    assert links(text, date(2016, 11, 20)) == [("talks", "2016-10-27", "part_of", "trip")]
    # a trip's traveller is its visitor: talks on its first day are part of it
    text = "安倍首相は15日から東南アジア3か国を歴訪する。\n首相は15日、ベトナムでグエン・スアン・フック首相と会談した。"
    assert links(text, date(2016, 11, 20)) == [("talks", "2016-11-15", "part_of", "trip")]
    # a visit told on one day does not take talks of the days after
    text = "トランプ大統領は26日、日本を訪問した。\n大統領は29日、東京で高市首相と会談した。"
    assert links(text, date(2016, 11, 20)) == []


def test_a_bare_summit_word_after_the_named_summit_is_that_summit():
    text = "APEC首脳会議が15日、ペルーのリマで開幕した。\n安倍首相はサミットに合わせてプーチン大統領と会談した。"
    proposals = proposals_of(text, date(2016, 11, 20))
    assert [(p.kind, p.title, len(p.mentions)) for p in proposals] == [
        ("multilateral", "APEC首脳会議", 2), ("talks", None, 1)]
