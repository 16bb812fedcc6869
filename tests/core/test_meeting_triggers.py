"""The one meeting-kind lexicon: which kind of meeting the words of a mention name."""

from __future__ import annotations

import pytest

from core.meetings.triggers import TRIGGERS, kind_in, kind_of
from core.store.meetings import KINDS


@pytest.mark.parametrize("words, kind", [
    ("電話会談", "phone_call"), ("オンライン形式で会談", "video_call"), ("首脳会議", "multilateral"),
    ("訪米", "visit"), ("来日", "visit"), ("歴訪", "trip"), ("署名", "signing"), ("交渉", "negotiation_round"),
    ("外相会談", "talks"), ("首相と会った", "talks"),
])
def test_the_kind_named_by_a_mention(words, kind):
    assert kind_in(words) == kind


def test_words_without_a_trigger_are_talks_and_every_trigger_names_a_known_kind():
    assert kind_in("記念撮影") == "talks"
    assert {kind_of(word) for word in TRIGGERS} <= set(KINDS)
    assert all(kind_in(word) == kind_of(word) for word in TRIGGERS)
