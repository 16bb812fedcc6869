"""The prefill of a new meeting made from a mention: the proposal detection reads for the mention, else the
guess from the sentence's entities; a mention past the head of a long text detection reads gets the guess."""

from __future__ import annotations

from core.analysis_limit import analysed_part
from core.meetings.prefill import new_meeting_prefill
from core.model import Mention
from core.store import open_db
from core.store.registry import load_registry

SENTENCE = "岩屋毅外相は21日、ルビオ米国務長官とワシントンで会談した。"


def _mentions(body: str, at: int) -> list[Mention]:
    def span(text: str, kind: str, entity: str | None = None, value: str | None = None) -> Mention:
        start = body.index(text, at)
        return Mention(start, start + len(text), text, kind, entity, value, "detected")
    return [span("岩屋毅", "PERSON", "person:iwaya-takeshi"), span("ルビオ", "PERSON", "person:marco-rubio"),
            span("21日", "DATE", None, "2025-01-21")]


def test_a_mention_past_the_analysed_head_gets_the_sentences_guess(tmp_path):
    registry = load_registry(open_db(tmp_path / "library.db"))
    filler = "両国の関係について専門家が解説した。\n" * 20_000
    body = filler + SENTENCE
    assert len(analysed_part(body)) < len(body) - len(SENTENCE)
    at = body.index(SENTENCE)
    start = body.index("会談", at)
    found = new_meeting_prefill(body, start, start + 2, _mentions(body, at), {}, "2025-01-22", None, registry)
    assert [p["name"] for p in found["participants"]] == ["岩屋毅", "ルビオ"]
    assert found["fields"]["start_date"] == "2025-01-21" and found["kind"] == "talks"


def test_a_short_text_gets_the_proposals_reading(tmp_path):
    registry = load_registry(open_db(tmp_path / "library.db"))
    body = SENTENCE
    start = body.index("会談")
    found = new_meeting_prefill(body, start, start + 2, _mentions(body, 0), {}, "2025-01-22", None, registry)
    assert sorted(p["name"] for p in found["participants"]) == ["ルビオ", "岩屋毅"]
    assert found["fields"]["start_date"] == "2025-01-21" and found["status"] == "held"  # (read by detection)
