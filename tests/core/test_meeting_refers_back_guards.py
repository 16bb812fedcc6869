"""A bare meeting word joins the meeting told before only when nothing in its clause tells another occasion:
the meeting its clause agrees to hold (事務当局間で協議することで一致), another year written before it (今年秋の訪日
after 来年の…訪日), or the occasion at hand (来日は9年ぶり) against a meeting only proposed."""

from datetime import date

from core.meetings.mention import MeetingMention
from core.meetings.occasion import read_occasion
from tests.core.meeting_helpers import proposals_in


def _joined(text, reference=None):
    return [(m.text, m.joined_by) for p in proposals_in(text, reference) for m in p.mentions if m.joined_by]


def test_a_meeting_agreed_at_the_summit_does_not_join_the_summit():
    text = ("小泉首相は17日、平壌で金正日総書記と首脳会談を行った。"
            "首脳会談では、事務当局間で協議することで一致した。")
    joined = _joined(text, date(2004, 5, 18))
    assert not any(word == "協議" for word, _ in joined)
    assert ("首脳会談", "some of its sides, dates agree") in joined  # the summit told again still joins


def test_talks_where_a_step_was_agreed_still_join():
    text = "岸田外相は21日、ソウルで尹炳世外相と会談した。会談で両外相は北朝鮮問題で連携することで一致した。"
    assert [word for word, _ in _joined(text, date(2015, 6, 22))] == ["会談"]


def test_a_visit_of_another_year_written_is_another_visit():
    text = ("安倍首相は9日、北京でプーチン大統領と会談し、来年の適切な時期にプーチン氏の訪日を準備することで一致"
            "した。両首脳が合意していた今年秋の訪日は断念した。")
    visits = [p for p in proposals_in(text) if p.kind == "visit"]
    assert [len(p.mentions) for p in visits] == [1]


def _occasion(text, word):
    start = text.index(word)
    mention = MeetingMention(start, start + len(word), word, "visit", "held", (0, len(text)))
    read_occasion(text, mention)
    return mention.this_time


def test_a_visit_told_as_the_first_in_years_is_the_occasion_at_hand():
    assert _occasion("中国国家主席の来日は9年ぶり。", "来日")
    assert not _occasion("来日が実現すれば9年ぶりとなる。", "来日")  # a condition: the visit only hoped for


def test_last_months_talks_are_not_the_talks_of_a_day_told_alone():
    # no date line: 10日 is a day of the month the article reports in, 先月の会談 an earlier meeting
    text = "岸田首相は10日、ホワイトハウスでバイデン大統領と会談した。先月の会談では半導体について話し合っていた。"
    assert _joined(text) == []


def test_last_months_talks_told_again_still_join():
    text = ("岸田首相は先月10日、ホワイトハウスでバイデン大統領と会談した。"
            "両首脳は先月の会談で半導体について話し合った。")
    assert [word for word, _ in _joined(text)] == ["会談"]


def test_next_years_talks_and_the_next_talks_are_not_the_talks_just_held():
    for later in ("林氏は「来年の会談で成果を出したい」と語った。", "林氏は「次の会談では成果を出したい」と語った。"):
        assert _joined("林外相は10日、王毅外相と会談した。" + later) == []
    assert [word for word, _ in _joined("林外相は10日、王毅外相と会談した。会談は約1時間行われた。")] == ["会談"]


def test_the_time_word_nearest_the_meeting_word_is_the_one_read():
    # 昨年から話し合ってきた来年の訪日: the visit is next year's (来年), as the visit agreed; 昨年 starts the talks
    text = ("安倍首相は9日、北京でプーチン大統領と会談し、来年の適切な時期にプーチン氏の訪日を準備することで一致した。"
            "両首脳が昨年から話し合ってきた来年の訪日で平和条約を進める。")
    assert [word for word, _ in _joined(text)] == ["訪日"]
    text = "岸田外相は10日、王毅外相と会談した。林氏は「昨年の議論を踏まえた今月の会談で成果を出した」と語った。"
    assert [word for word, _ in _joined(text)] == ["会談"]


def test_a_time_the_talks_run_from_is_no_other_occasion():
    # 昨年から続く協議, 先月に続く会談, 昨年以来の会談: the talks just told, measured from an earlier time
    for later in ("昨年から続く協議では海洋問題が焦点となった。", "先月に続く協議で、両氏は海洋問題を話し合った。",
                  "昨年以来の協議で、両氏は海洋問題を話し合った。"):
        proposals = proposals_in("林外相は10日、王毅外相と協議した。" + later)
        assert [len(p.mentions) for p in proposals] == [2], later
