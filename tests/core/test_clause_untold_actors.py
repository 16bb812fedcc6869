"""The clause reader looks up a sentence's actors only when it needs them: a sentence with a predicate at once,
one with none only when a later clause carries the topic it opens with (core.clauses.reader._last_topic)."""

from __future__ import annotations

import core.clauses.reader as reader
from core.clauses.reader import read_clauses
from core.model import Mention


def _person(body: str, text: str) -> Mention:
    at = body.index(text)
    return Mention(at, at + len(text), text, "PERSON", "Q1", source=None)


class _Counting:
    def __init__(self, function):
        self.function, self.calls = function, 0

    def __call__(self, *args):
        self.calls += 1
        return self.function(*args)


def test_sentences_with_no_predicate_look_up_no_actors(monkeypatch):
    body = "東京は晴れだった。" * 200 + "岸田首相は記者団に「協力する」と述べた。"
    counting = _Counting(reader.bisect_left)
    monkeypatch.setattr(reader, "bisect_left", counting)
    clauses = read_clauses(body, [_person(body, "岸田首相")])
    assert [c.subject.text for c in clauses] == ["岸田首相"]
    assert counting.calls <= 10  # two per sentence when each looked up its own


def test_a_topic_carried_over_sentences_with_no_predicate():
    body = "岸田首相は午後、大阪に入った。市内は晴れだった。" + "会場は満員だった。" * 30 + "「協力する」と述べた。"
    clauses = read_clauses(body, [_person(body, "岸田首相")])
    assert [(c.subject.text, c.subject.carried) for c in clauses] == [("岸田首相", True)]
