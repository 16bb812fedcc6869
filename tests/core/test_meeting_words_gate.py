"""Meeting detection reads an article's sentences only when one of them holds a meeting word."""

from datetime import date

from core.meetings.detect import detect_meetings
from core.meetings.plan import plan_meetings
from core.nlp.entities import detect
from core.registry import bundled_registry

REGISTRY = bundled_registry()
DAY = date(2025, 10, 31)


def _plan(text):
    return plan_meetings(text, detect(text, REGISTRY, DAY), DAY.isoformat(), None, REGISTRY)


def test_no_meeting_word_no_meeting_even_with_people_and_a_press_conference():
    text = "茂木外相は10日、記者会見で新しい方針を説明した。首相も賛成した。"
    assert detect_meetings(text, detect(text, REGISTRY, DAY), DAY) == []
    assert _plan(text).proposals == []


def test_a_nickname_is_kept_in_an_article_with_no_meeting_word():
    plan = _plan("川習会は30日、釜山で開かれた。両氏は貿易について意見を述べた。")
    assert plan.proposals == []
    assert [(t.text, t.day) for t in plan.nicknames] == [("川習会", "2025-10-30")]


def test_the_subject_of_a_sentence_with_no_meeting_word_is_carried_into_the_next():
    # the first sentence holds no meeting word, yet its subject is one side of the talks told next
    plan = _plan("岸田首相は10日、ワシントンに到着した。\nしかも、その直後、バイデン大統領と会談した。")
    assert [(p.kind, sorted(q.name for q in p.participants)) for p in plan.proposals] == [
        ("visit", ["岸田", "米国"]), ("talks", ["バイデン", "岸田"])]  # (the arrival: a visit of its own)


def test_the_verbs_of_meeting_count_only_after_their_particle():
    from core.meetings.triggers import TRIGGER

    def words(text):
        return [m.group(0) for m in TRIGGER.finditer(text)]

    assert words("シラク大統領と10日に会い、") == ["会い"]
    assert words("首相と会った。") == ["会っ"]
    assert words("出会いがあり、立ち会いもした。") == []
    assert words("ロシアを訪れ、国王に会い、会長を訪ねた。") == ["訪れ", "会い", "訪ね"]
    assert words("春が訪れ、友が訪ねてきた。") == []
    # a sentence read alone: what stands before it still counts (a look-behind sees past the start)
    text = "首相は大統領と会った。"
    assert [m.span() for m in TRIGGER.finditer(text, 7, 11)] == [(7, 9)]
