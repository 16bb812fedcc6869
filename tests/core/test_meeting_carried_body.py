"""A body the sentences just before stood on, carried as the omitted subject of talks whose clause names only a partner;
a time as a clause's topic (今後は) is no subject; a news outlet is never the side a story is about."""

import pytest

from core.clauses.spans import SpanIndex
from core.meetings.arguments import read_arguments
from core.meetings.carried_body import body_subject_before
from core.nlp.entities import detect
from core.registry import bundled_registry
from core.sentences import sentence_spans
from tests.core.meeting_helpers import sorted_sides as _sides


def _carried_into(text, sentence):
    """The body carried into the text's sentence of that index."""
    registry = bundled_registry()
    mentions = detect(text, registry)
    spans = sentence_spans(text)
    actors = SpanIndex(mentions, ("PERSON", "GPE", "ORG"))
    places = SpanIndex(mentions, ("LOC", "GPE"))
    return body_subject_before(text, spans, actors, places, spans[sentence][0], registry)


@pytest.mark.parametrize("text, sides", [
    ("トヨタ自動車は5日、北米の新工場の建設計画を見直すと発表した。今後はパナソニックと電池の調達について協議する。",
     ["トヨタ自動車", "パナソニック"]),  # a company
    ("横浜市は5日、市内の古い球場を取り壊す方針を固めた。今後は所有者の日本野球機構と建て替えについて協議する。",
     ["日本野球機構", "横浜市"]),  # a city
])
def test_a_body_that_stood_as_the_subject_before_holds_the_talks_its_partner_is_named_for(text, sides):
    assert _sides(text) == [sides]


def test_a_news_outlet_telling_the_story_is_not_carried_as_a_side():
    text = "朝日新聞は5日、ソニーが新工場の建設を見直すと報じた。今後はパナソニックと電池の調達について協議する。"
    assert all("朝日新聞" not in sides for sides in _sides(text))


def test_a_person_subject_is_carried_as_before_not_a_body_named_earlier():
    text = "トヨタ自動車は5日、新工場の計画を発表した。豊田章男会長は記者団に説明した。今後はパナソニックと協議する。"
    assert _carried_into(text, 2) is None


def test_the_body_of_the_sentence_before_is_carried_and_one_named_three_sentences_before_is_not():
    assert _carried_into("ホンダは5日、新工場の計画を発表した。今後はパナソニックと協議する。", 1).name == "ホンダ"
    text = ("ホンダは5日、新工場の計画を発表した。工場は2年後に稼働する。建設費は約500億円に上る。"
            "部品の多くは輸入に頼る。今後はパナソニックと協議する。")
    assert _carried_into(text, -1) is None


def test_a_time_as_the_topic_is_no_subject_of_the_clause():
    text = "今後は地元の漁協と補償について協議する。"
    subject, partners = read_arguments(text, 0, text.index("協議"), [])
    assert subject is None and len(partners) == 1
    text = "同社は地元の漁協と補償について協議する。"
    subject, _ = read_arguments(text, 0, text.index("協議"), [])
    assert subject is not None


def test_an_outlet_acting_in_the_story_stays_the_side_it_is_about():
    text = ("時事通信によると、朝日新聞社は毎年開いてきた女子マラソン大会を廃止すると発表した。"
            "今後は陸連と新しい大会について協議する。")
    assert _sides(text) == [["朝日新聞社", "陸連"]]


@pytest.mark.parametrize("text, pair", [
    ("ダルビッシュ側は慰謝料1億円を提示した。これに対し、紗栄子側は月1000万円を求めている。両者の離婚協議は平行線をたどっている。",
     ["ダルビッシュ", "紗栄子"]),  # two people, each by their side
    ("イスラエル政府は停戦案を拒否した。一方、ハマスは人質の解放を求めている。双方の交渉は難航している。",
     ["イスラエル", "ハマス"]),  # a state by its government, a body
])
def test_both_sides_told_apart_as_the_subjects_of_the_two_sentences_before(text, pair):
    assert _sides(text) == [pair]


def test_the_nearer_side_may_stand_in_the_meetings_own_sentence_before_the_word():
    # a sports page: the couple's terms, then her demand and the talks in one sentence
    text = ("報じられた内容によると、ダルビッシュ側が提示した諸条件は、慰謝料1億円というもの。これに対し、紗栄子側は月1000万円の"
            "養育費を求めていることから、現在も両者の離婚協議が平行線をたどっているというわけだ。")
    assert _sides(text) == [["ダルビッシュ", "紗栄子"]]


def test_both_sides_need_two_different_subjects_right_before():
    text = "イスラエル政府は停戦案を拒否した。政府は声明を出した。双方の交渉は難航している。"
    assert all(len(sides) < 2 for sides in _sides(text))


_BANK = "日本銀行は10日、金融政策決定会合の結果を発表した。\n"
_TOPIC = "一方、リーマン社は10日、赤字を計上した。\nまた来期も赤字になる見通しを発表。\n"


def test_a_body_goes_on_as_the_subject_past_sentences_with_no_topic_of_their_own():
    # (株価が: a subject of its clause, not the text's topic; the lead's bank is not the one negotiating)
    text = _BANK + _TOPIC + "株価が急落していた。\nバークレイズと交渉を進めている。"
    assert _sides(text) == [["バークレイズ", "リーマン社"]]


def test_a_topic_of_its_own_between_ends_the_body_carried_from_far():
    text = _BANK + _TOPIC + "株価は急落していた。\nバークレイズと交渉を進めている。"
    assert all("リーマン社" not in sides for sides in _sides(text))
