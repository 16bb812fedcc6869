"""A sentence packed with meeting words costs each word the same work (a hostile page of one long sentence holding a
thousand visit words once took seconds a sentence: each word re-read every name of its sentence).

Work is counted, not timed: every read of a mention's field while a meeting word's clause roles, its sides, its
setting or its bystanders are read.
"""

import pytest

import core.meetings.clause_names
import core.meetings.sides
import core.meetings.word_reading
from core.meetings.detect import detect_meetings
from core.meetings.mention import MeetingMention
from core.nlp.entities import detect
from core.registry import bundled_registry
from core.sentences import LONGEST
from tests.reliability.counting import READS, counted_mentions

REGISTRY = bundled_registry()


def _sentence(words: int) -> str:
    """One quoted sentence of words visit words, each naming a country (訪米: a visit to the US)."""
    return "「" + "訪米" * words + "」と述べた。"


def _reader_work(monkeypatch, module, name: str, text, words: int) -> tuple[int, int]:
    """(mention field reads while module.name reads, meetings found) on one sentence of words meeting words."""
    body = text(words)
    mentions = counted_mentions(detect(body, REGISTRY, None))
    reading = getattr(module, name)
    work = [0]

    def counted(*args, **kwargs):
        before = READS[0]
        try:
            return reading(*args, **kwargs)
        finally:
            work[0] += READS[0] - before

    monkeypatch.setattr(module, name, counted)
    meetings = detect_meetings(body, mentions)
    monkeypatch.undo()
    return work[0], len(meetings)


def test_twice_the_meeting_words_in_one_sentence_cost_twice_the_work(monkeypatch):
    small, small_found = _reader_work(monkeypatch, core.meetings.sides, "read_roles", _sentence, 300)
    large, large_found = _reader_work(monkeypatch, core.meetings.sides, "read_roles", _sentence, 600)  # one sentence
    assert small_found == 300 and large_found == 600  # every word is read as a visit
    assert small > 300  # each word reads names
    # linear: twice the words, twice the work (each word re-reading the sentence's names would be four times)
    assert large <= 2.2 * small, (small, large)


# the readers of a meeting word's sides and setting beyond its clause's roles, each counted as a whole
_SENTENCES = {
    "visits": (_sentence, 300),  # each a visit to the US
    "destinations": (lambda n: "「" + "ドイツを訪問し" * n + "」と述べた。", 125),  # each a visit to a country listed
    "pairs": (lambda n: "「" + "日米会談、" * n + "」と述べた。", 150),  # talks of two countries by their letters
}


@pytest.mark.parametrize("reader", ["read_sides", "read_setting", "without_bystanders"])
@pytest.mark.parametrize("sentence", sorted(_SENTENCES))
def test_each_meeting_word_reads_the_names_near_it_only(monkeypatch, reader, sentence):
    # a sentence's destinations, sides, place and bystanders read per word from the names near it (and the journey
    # the sentence lists worked out once), not from every name of the sentence
    text, words = _SENTENCES[sentence]
    assert len(text(2 * words)) < LONGEST  # still one sentence
    small, small_found = _reader_work(monkeypatch, core.meetings.word_reading, reader, text, words)
    large, large_found = _reader_work(monkeypatch, core.meetings.word_reading, reader, text, 2 * words)
    assert small_found >= words - 1 and large_found >= 2 * words - 2  # every word is read as a meeting
    assert small > words  # each word reads names
    assert large <= 2.3 * small, (small, large)  # twice the words, twice the work (not four times)


def test_the_journey_a_sentence_lists_is_worked_out_once(monkeypatch):
    body = "「" + "ドイツ、フランスを訪問し" * 100 + "」と述べた。"
    calls = []
    listed = core.meetings.clause_names.journey_listed
    monkeypatch.setattr(core.meetings.clause_names, "journey_listed", lambda *a: calls.append(1) or listed(*a))
    meetings = detect_meetings(body, detect(body, REGISTRY, None))
    assert len(calls) == 1
    assert len(meetings) >= 100 and all(m.kind == "trip" for m in meetings)
    assert [p.name for p in meetings[-1].participants if p.role == "host"] == ["ドイツ", "フランス"]


# the last readers of a word, each handed the names near it (before, every name of the sentence, for each word)
_NAME_READERS = {
    "meeting_word": ("visits", "destinations", "pairs"),  # its gate and the meeting it names (called on, a pair met)
    "left_unkept": ("visits", "destinations"),  # a private visitor, private sides
    "a_sitting_of_its_own": ("visits", "destinations", "pairs"),  # a group's sitting named before it
    "read_reference": ("visits", "destinations", "pairs"),  # a quote's speaker and visitor, a body described
}


@pytest.mark.parametrize("reader,sentence", [(r, s) for r, forms in _NAME_READERS.items() for s in forms])
def test_the_last_readers_of_a_word_read_the_names_near_it_only(monkeypatch, reader, sentence):
    text, words = _SENTENCES[sentence]
    small, small_found = _reader_work(monkeypatch, core.meetings.word_reading, reader, text, words)
    large, large_found = _reader_work(monkeypatch, core.meetings.word_reading, reader, text, 2 * words)
    assert small_found >= words - 1 and large_found >= 2 * words - 2
    assert small > words  # each word reads names
    assert large <= 2.3 * small, (small, large)  # twice the words, twice the work (not four times)


def _journeys_work(monkeypatch, words: int) -> tuple[int, int]:
    """(reads of a told meeting's kind and participants while the meetings a word tells are made, meetings found) on
    one sentence of words visit words."""
    body = _sentence(words)
    mentions = detect(body, REGISTRY, None)
    telling = core.meetings.word_reading.meetings_told
    work, inside = [0], [False]
    reading = MeetingMention.__getattribute__

    def counted_read(self, name):
        if inside[0] and name in ("kind", "participants"):
            work[0] += 1
        return reading(self, name)

    def counted(*args, **kwargs):
        inside[0] = True
        try:
            return telling(*args, **kwargs)
        finally:
            inside[0] = False

    monkeypatch.setattr(MeetingMention, "__getattribute__", counted_read)
    monkeypatch.setattr(core.meetings.word_reading, "meetings_told", counted)
    meetings = detect_meetings(body, mentions)
    monkeypatch.undo()
    return work[0], len(meetings)


def test_the_journeys_a_word_reads_are_kept_as_they_are_told(monkeypatch):
    # each visit word reads the last journey its sentence told, not every meeting the sentence told before it
    small, small_found = _journeys_work(monkeypatch, 300)
    large, large_found = _journeys_work(monkeypatch, 600)
    assert small_found == 300 and large_found == 600
    assert large <= 2.3 * small, (small, large)
