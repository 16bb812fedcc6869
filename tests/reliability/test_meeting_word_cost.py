"""A sentence packed with meeting words costs each word the same work (a hostile page of one long sentence holding a
thousand visit words once took seconds a sentence: each word re-read every name of its sentence).

Work is counted, not timed: every read of a mention's field while a meeting word's clause roles are read.
"""

import core.meetings.sides
from core.meetings.detect import detect_meetings
from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.reliability.test_suggestion_cost import FIELDS, READS, Counted

REGISTRY = bundled_registry()


def _sentence(words: int) -> str:
    """One quoted sentence of words visit words, each naming a country (訪米: a visit to the US)."""
    return "「" + "訪米" * words + "」と述べた。"


def _roles_work(monkeypatch, words: int) -> tuple[int, int]:
    """(mention field reads while clause roles are read, meetings found) on a sentence of words visit words."""
    body = _sentence(words)
    mentions = [Counted(*(getattr(m, f) for f in FIELDS)) for m in detect(body, REGISTRY, None)]
    reading = core.meetings.sides.read_roles
    work = [0]

    def counted(*args, **kwargs):
        before = READS[0]
        try:
            return reading(*args, **kwargs)
        finally:
            work[0] += READS[0] - before

    monkeypatch.setattr(core.meetings.sides, "read_roles", counted)
    meetings = detect_meetings(body, mentions)
    monkeypatch.undo()
    return work[0], len(meetings)


def test_twice_the_meeting_words_in_one_sentence_cost_twice_the_work(monkeypatch):
    small, small_found = _roles_work(monkeypatch, 300)
    large, large_found = _roles_work(monkeypatch, 600)  # 1,200 characters: still one sentence
    assert small_found == 300 and large_found == 600  # every word is read as a visit
    assert small > 300  # each word reads names
    # linear: twice the words, twice the work (each word re-reading the sentence's names would be four times)
    assert large <= 2.2 * small, (small, large)
