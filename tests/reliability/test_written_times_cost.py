"""A page telling one meeting hundreds of times costs each bare meeting word the same work when the time written
before it is set against the meeting's tellings (core.meetings.written_times): the first and the last ones, never
all those before it (each word reading every telling made a page of n tellings cost n² reads).

Work is counted, not timed: the times read from a telling's clause for one word."""

import core.meetings.propose
import core.meetings.written_times
from core.meetings.agreement import LOOK_BACK
from core.meetings.plan import plan_meetings
from core.nlp.entities import detect
from core.registry import bundled_registry

REGISTRY = bundled_registry()


def test_each_bare_word_reads_a_bounded_number_of_tellings(monkeypatch):
    body = "林外相は10日、王毅外相と会談した。" + "会談は昨年の会談で合意した。" * 100
    reads, per_word = [0], []
    reading, apart = core.meetings.written_times.time_written, core.meetings.written_times.times_written_apart

    def counted_read(*args):
        reads[0] += 1
        return reading(*args)

    def counted_apart(*args):
        before = reads[0]
        try:
            return apart(*args)
        finally:
            per_word.append(reads[0] - before)

    monkeypatch.setattr(core.meetings.written_times, "time_written", counted_read)
    monkeypatch.setattr(core.meetings.written_times, "times_written_apart", counted_apart)
    monkeypatch.setattr(core.meetings.propose, "times_written_apart", counted_apart)
    proposals = plan_meetings(body, detect(body, REGISTRY, None), None, None, REGISTRY).proposals
    assert sum(len(p.mentions) for p in proposals) == 201  # every word told, and set against the meeting before
    assert len(per_word) >= 150 and max(per_word) > LOOK_BACK  # the words did read the tellings
    assert max(per_word) <= LOOK_BACK + 2, max(per_word)  # its own clause, the first telling, the last LOOK_BACK
