"""Meetings told by a nickname built from the leaders' names (sentences written for these tests)."""

from datetime import date

from core.meetings.detect import detect_meetings
from core.meetings.nicknames import _fits, nickname_mentions
from core.meetings.propose import country_lookup, group_mentions
from core.nlp.entities import detect
from core.registry import bundled_registry

REGISTRY = bundled_registry()


def proposals_of(text, reference=date(2025, 10, 1)):
    proposals = group_mentions(detect_meetings(text, detect(text, REGISTRY, reference), reference),
                               country_lookup(REGISTRY))
    nickname_mentions(text, proposals)
    return proposals


def test_initials_are_read_from_the_participants_names():
    assert _fits("習安", ["安倍晋三", "習近平"])
    assert _fits("川習", ["トランプ", "習近平"])  # one name in kana only stands for the other character
    assert not _fits("委員", ["トランプ", "習近平"])
    assert not _fits("川普", ["トランプ", "バイデン"])  # nothing read from a name: never
    assert not _fits("習", ["トランプ", "習近平"])


def test_a_nickname_joins_the_meeting_of_its_pair():
    text = ("トランプ大統領と習近平国家主席は30日、釜山で会談した。\n"
            "市場は今回の川習会の成果に注目している。\n委員会は来週開かれる。")
    [talks] = [p for p in proposals_of(text) if p.kind == "talks"]
    assert "川習会" in [m.text for m in talks.mentions]
    assert "委員会" not in [m.text for p in proposals_of(text) for m in p.mentions]


def test_a_nickname_of_nobody_here_is_left_alone():
    text = "トランプ大統領と習近平国家主席は30日、釜山で会談した。\n与野党は安石会の開催を求めた。"
    assert all(m.text != "安石会" for p in proposals_of(text) for m in p.mentions)

