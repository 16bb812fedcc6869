"""Talks its words place at a time to come (今後…協議を進める, 今後の協議) told after the same sides met are more
talks to come, never the meeting held: not joined to it, and no meeting of their own when nothing dates them
apart and no partner is named in their clause; a plan with a day of its own stays a meeting of its own (so does
one naming its partner: test_meeting_refers_back), and plans told twice still join."""

from datetime import date

from core.meetings.agreement import told_to_come
from core.meetings.detect import detect_meetings
from core.nlp.entities import detect
from tests.core.meeting_helpers import REGISTRY, proposals_in


def _told(text, day):
    return [(p.status, p.start, sorted(m.text for m in p.mentions)) for p in proposals_in(text, day)]


def test_talks_to_come_after_the_sides_met_do_not_join_the_talks_held():
    text = "池田銀行と泉州銀行の頭取らはこれまでに数回にわたって会談しており、今後本格的に協議を進める見通しだ。"
    assert _told(text, date(2008, 2, 21)) == [("held", None, ["会談"])]


def test_talks_to_come_told_with_the_day_of_the_talks_held_are_not_a_second_meeting_that_day():
    text = "日産自動車とホンダの社長は15日に会談し、今後、経営統合に向けて協議を進めることで合意した。"
    assert _told(text, date(2024, 3, 16)) == [("held", "2024-03-15", ["会談"])]


def test_future_talks_of_a_day_of_their_own_stay_a_meeting_of_their_own():
    text = "日産自動車とホンダの社長は15日に会談し、今後、来月10日に改めて会談することで合意した。"
    assert _told(text, date(2024, 3, 16)) == [("held", "2024-03-15", ["会談"]),
                                              ("scheduled", "2024-04-10", ["会談"])]


def test_a_plan_told_twice_still_joins_itself():
    text = "広島銀行とウツミ屋証券は来月、統合について協議する予定だ。両行は今後の協議で詳細を決める。"
    assert _told(text, date(2008, 3, 1)) == [("scheduled", "2008-04", ["協議", "協議"])]


def test_words_of_time_to_come_are_read_before_the_meeting_word_not_after_a_past_verb():
    def to_come(text):
        mention = detect_meetings(text, detect(text, REGISTRY, date(2024, 3, 16)), date(2024, 3, 16))[-1]
        return told_to_come(text, mention)

    assert to_come("両社は今後の協議で詳細を決める。")
    assert to_come("両社は今後、経営統合に向けて協議を進める。")
    assert not to_come("両社は今後も協力することを確認し、会談を終えた。")
    assert not to_come("両社は前回の協議で詳細を決めた。")
    assert not to_come("日産自動車とホンダは今後の対応を協議した。")  # the time of what the talks were about

