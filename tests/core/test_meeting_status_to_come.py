"""Talks told by a verb not yet in the past are to come, talks one side means to hold are proposed, talks
held before something was called off were held; a body's own sitting and a leader's cabinet are no meeting
of sides."""

import datetime

from tests.core.meeting_helpers import proposals_in

REPORT = datetime.date(2009, 3, 10)


def _statuses(text):
    return [(p.kind, p.status) for p in proposals_in(text, REPORT)]


def test_talks_told_by_a_present_verb_are_to_come():
    assert _statuses("大阪市は今後、ケンタッキー社と取り扱いを協議するとともに、作業を続ける。") == [("talks", "scheduled")]
    assert _statuses("広島銀行とウツミ屋証券の間で今後協議し、決定する。") == [("talks", "scheduled")]
    assert _statuses("自民党と公明党は連立協議を決選投票後に行うと発表した。") == [("talks", "scheduled")]


def test_talks_told_in_the_past_stay_held():
    assert _statuses("日本作曲家協会と東京放送が協議し、開催を1日前倒しした。") == [("talks", "held")]
    # 協議するのは1年ぶり: the talks the sentence reports took place
    assert _statuses("広島市とJR西日本が協議するのは1年ぶりとなった。") == [("talks", "held")]


def test_talks_one_side_means_to_hold_are_proposed():
    found = proposals_in("日本民間放送連盟は、JASRACと協議していくとのコメントを出した。", REPORT)
    assert [(p.kind, p.status, p.start) for p in found] == [("talks", "proposed", None)]


def test_talks_held_before_something_else_was_called_off_were_held():
    found = proposals_in("制作会社は撮影の継続が困難と判断、NHKと協議した上で中止することにした。", REPORT)
    assert [(p.kind, p.status) for p in found] == [("talks", "held")]


def test_a_bodys_own_sitting_is_no_meeting_but_a_council_of_states_is():
    assert proposals_in("11月12日に行った日本サッカー協会の会合で、出場条件を決めた。", REPORT) == []
    assert [p.kind for p in proposals_in("安保理は12日、緊急会合を開いた。", REPORT)] == ["multilateral"]
    # 自民、公明両党の会合: two parties' meeting, the name not right before の会合
    assert proposals_in("自民、公明両党の会合が12日に開かれた。", REPORT) != []


def test_a_leaders_cabinet_meeting_is_no_meeting_of_sides():
    assert proposals_in("ブッシュ米大統領は8月31日に閣僚会議を開いて、対応策をまとめた。", REPORT) == []
    # a government opening a ministers' meeting may host other states: kept
    assert proposals_in("ASEANは12日、閣僚会議を開いた。", REPORT) != []
