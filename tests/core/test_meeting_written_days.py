"""Two meetings told with different days in an article with no date line (9日 and 10日 resolve to nothing)
stay two: the days as written tell them apart. One meeting told twice, its day written once or twice
alike, stays one."""

from core.meetings.mention import MeetingMention
from core.meetings.written_days import day_written, days_written_apart
from tests.core.meeting_helpers import proposals_in


def _talks(text):
    return [p for p in proposals_in(text) if p.kind == "talks"]


def test_a_meeting_held_and_a_meeting_planned_on_two_days_stay_two():
    text = "岸田首相は9日、バイデン大統領と会談した。岸田首相は10日、バイデン大統領と会談する。"
    talks = _talks(text)
    assert [len(p.mentions) for p in talks] == [1, 1]
    assert sorted(p.status for p in talks) == ["held", "scheduled"]


def test_days_written_with_their_month_stay_two():
    text = ("岸田首相とバイデン大統領は3月9日に会談した。"
            "岸田首相とバイデン大統領は3月10日にも会談する予定だ。")
    assert [len(p.mentions) for p in _talks(text)] == [1, 1]


def test_the_sides_meeting_again_the_next_day_are_not_the_talks_told_before():
    text = "林外相と王毅外相は9日、北京で会談した。両外相は10日にも会談し、共同声明を発表した。"
    talks = _talks(text)
    assert talks and all(len(p.mentions) == 1 for p in talks)
    assert not any(m.joined_by for p in talks for m in p.mentions)


def test_one_meeting_with_its_day_written_once_stays_one():
    text = "岸田首相とバイデン大統領は9日、ワシントンで会談した。両首脳は会談で、経済協力を確認した。"
    talks = _talks(text)
    assert [len(p.mentions) for p in talks] == [2]


def test_one_meeting_with_its_day_written_twice_alike_stays_one():
    text = ("岸田首相とバイデン大統領は3月9日、ワシントンで会談した。"
            "岸田首相とバイデン大統領は9日の会談で、経済協力を確認した。")
    assert [len(p.mentions) for p in _talks(text)] == [2]


def _mention_at(text, word, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return MeetingMention(start, start + len(word), word, "talks", "held", (0, len(text)))


def test_the_day_written_is_read_as_a_date_would_be():
    assert day_written("両首脳は10日午前、会談した。", _mention_at("両首脳は10日午前、会談した。", "会談")) == (None, 10)
    assert day_written("両首脳は３月９日に会談した。", _mention_at("両首脳は３月９日に会談した。", "会談")) == (3, 9)
    # a range of days, or a day with no meeting in its sentence's reach, is no one day
    assert day_written("両首脳は9、10両日に会談した。", _mention_at("両首脳は9、10両日に会談した。", "会談")) is None
    assert day_written("両首脳は会談した。", _mention_at("両首脳は会談した。", "会談")) is None


def test_days_apart_only_when_neither_is_dated_and_both_write_a_day():
    assert days_written_apart(None, None, (None, 10), [(None, 9)])
    assert days_written_apart(None, None, (3, 10), [(3, 9), None])
    assert not days_written_apart(None, None, (None, 9), [(3, 9)])  # 9日 after 3月9日: the same day
    assert days_written_apart(None, None, (4, 9), [(3, 9)])  # 4月9日 after 3月9日: two days
    assert not days_written_apart(None, None, None, [(None, 9)])  # no day written: as dates agree says
    assert not days_written_apart(None, None, (None, 10), [None])
    assert not days_written_apart("2023-04-10", None, (None, 10), [(None, 9)])  # a resolved date decides
