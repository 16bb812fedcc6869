"""A meeting's status and day from its own verb form, one meeting held by video, a headline's partner,
and who a summit known by its place is attended by."""

import datetime

from tests.core.meeting_helpers import meetings_in, proposals_in

REPORT = datetime.date(2008, 5, 10)


def _one(text, kind, reference=REPORT):
    found = [p for p in proposals_in(text, reference) if p.kind == kind]
    assert len(found) == 1, [(p.kind, p.status, p.start) for p in found]
    return found[0]


def test_a_visit_under_way_is_held_and_its_day_is_before_the_report():
    visit = _one("11日に来日中の胡錦濤国家主席は福田康夫首相と会談した。", "visit")
    assert (visit.status, visit.start) == ("held", "2008-04-11")


def test_a_visit_told_in_the_past_before_the_talks_is_held():
    visit = _one("福田首相は12日にロシアを訪れた際、プーチン大統領と会談した。", "visit")
    assert (visit.status, visit.start) == ("held", "2008-04-12")


def test_a_call_told_by_what_was_said_in_the_past_is_held():
    call = _one("福田首相は12日、ブッシュ大統領と電話で約20分間話した。", "phone_call")
    assert (call.status, call.start) == ("held", "2008-04-12")


def test_a_visit_whose_decision_is_past_is_still_to_come():
    # 来日が決定した: the past tense is the decision's, the visit is still ahead
    visit = _one("ブッシュ大統領の12日の来日が決定した。", "visit")
    assert visit.status == "scheduled" and visit.start == "2008-05-12"


def test_a_relative_past_in_a_plan_stays_a_plan():
    visit = _one("福田首相は12日にロシアを訪れた際、プーチン大統領と会談する予定だ。", "visit")
    assert visit.status == "scheduled" and visit.start == "2008-05-12"


def test_talks_held_by_video_are_one_video_call():
    for text in ("福田首相は9日、ブッシュ大統領とテレビ会議形式で会談した。",
                 "福田首相は9日、ブッシュ大統領とオンライン形式で首脳会談を行った。"):
        found = proposals_in(text, REPORT)
        assert [(p.kind, sorted(x.name for x in p.participants)) for p in found] \
            == [("video_call", ["ブッシュ", "福田"])], text


def test_a_video_conference_alone_is_still_a_video_call():
    found = proposals_in("福田首相は9日、ブッシュ大統領とテレビ会議を行った。", REPORT)
    assert [p.kind for p in found] == ["video_call"]


def test_a_cited_headlines_talks_have_the_side_and_its_partner_after_to():
    text = "新銀行東京は売却先を探している。\n『新銀行東京、東京TYと詰めの協議』。\n読売新聞、2008年7月9日。"
    found = proposals_in(text, REPORT)
    assert [(p.kind, p.title, sorted(x.name for x in p.participants)) for p in found] \
        == [("talks", None, ["新銀行東京", "東京TY"])]


def test_a_summit_known_by_its_place_is_attended_by_the_leader_the_clause_qualifies():
    text = "北海道洞爺湖サミットに参加したブッシュ大統領は8日、福田首相と会談した。"
    summit = _one(text, "multilateral", datetime.date(2008, 7, 10))
    assert summit.title == "北海道洞爺湖サミット"
    assert [x.name for x in summit.participants] == ["ブッシュ"]


def test_the_country_right_after_a_visit_under_way_hosts_it():
    visit = _one("ブッシュ大統領は9日、訪問中のイラクでマリキ首相と会談した。", "visit")
    assert {(x.entity_id, x.role) for x in visit.participants} \
        == {("person:george-w-bush", "visitor"), ("country:IQ", "host")}


def test_a_summit_is_attended_by_every_person_its_subject_lists():
    reference = datetime.date(2008, 7, 10)
    for text, names in (("福田首相とブッシュ大統領は7日、北海道洞爺湖サミットに出席した。", ["ブッシュ", "福田"]),
                        ("福田首相、ブッシュ大統領、サルコジ大統領らが7日、北海道洞爺湖サミットに出席した。",
                         ["サルコジ", "ブッシュ", "福田"])):
        summit = _one(text, "multilateral", reference)
        assert sorted(x.name for x in summit.participants) == names, text


def test_a_subject_apart_from_its_partner_attends_alone():
    # AはBと…: B is a partner of the clause, not a second subject
    summit = _one("福田首相は7日、ブッシュ大統領と共に北海道洞爺湖サミットに出席した。", "multilateral",
                  datetime.date(2008, 7, 10))
    assert [x.name for x in summit.participants][:1] == ["福田"]


def test_a_meeting_the_subject_of_a_coming_opening_is_scheduled():
    found = proposals_in("「東アジアサミット」が20日にクアラルンプールで開催される。", REPORT)
    assert [p.status for p in found if p.kind == "multilateral"] == ["scheduled"]


def test_talks_held_before_another_event_is_arranged_stay_held():
    text = "日本作曲家協会と東京放送が協議し1日前倒して12月30日に放送・開催されることになった。"
    found = proposals_in(text, datetime.date(2006, 6, 1))
    assert [p.status for p in found if p.kind == "talks"] == ["held"]


def test_a_meeting_dated_by_a_week_is_held_or_planned_by_where_the_week_starts():
    reference = datetime.date(2024, 4, 12)  # a Friday
    last_week = _one("日中両国の外相は先週の会談で、協力の強化で一致した。", "talks", reference)
    assert (last_week.status, last_week.start) == ("held", "2024-W14")
    next_week = _one("岸田首相は来週、バイデン大統領と会談する。", "talks", reference)
    assert next_week.status == "scheduled"


def test_a_meeting_told_in_the_negative_of_its_verb_was_not_held():
    assert _one("福田首相は9日、胡錦濤国家主席と会談しなかった。", "talks").status == "cancelled"
    assert _one("福田首相と胡錦濤国家主席の会談は結局行われなかった。", "talks").status == "cancelled"
    assert _one("福田首相は9日、胡錦濤国家主席との会談に応じなかった。", "talks").status == "cancelled"
    # none so far: not a meeting called off, none held
    assert _one("福田首相は胡錦濤国家主席と会談を行っていない。", "talks").status == "none_planned"
    # talks held that came to nothing were held all the same
    assert _one("福田首相は9日、胡錦濤国家主席と会談したが、合意に至らなかった。", "talks").status == "held"
    assert _one("日本と中国の協議はまとまらなかった。", "talks").status == "held"


def test_a_meeting_asked_about_or_supposed_as_a_condition_is_no_meeting_held():
    # (かどうか: whether it will be is open; すれば: only supposed; neither tells one held)
    assert _one("ブッシュ大統領が7月に来日するかどうかは決まっていない。", "visit").status == "proposed"
    assert _one("福田首相がブッシュ大統領と会談するかどうかが焦点だ。", "talks").status == "proposed"
    assert _one("ブッシュ大統領は来日すれば、福田首相と会談する予定だ。", "visit").status == "proposed"
    # (one that may have taken place is told held, as before)
    assert _one("福田首相がブッシュ大統領と会談したかどうかは明らかでない。", "talks").status == "held"


def test_talks_one_side_is_ready_to_hold_are_proposed_and_none_under_a_condition():
    assert _one("米国は北朝鮮と会談する用意があると述べた。", "talks").status == "proposed"
    supposed = "北朝鮮が核を放棄すれば、米国は北朝鮮と会談する用意がある。"
    assert [p for p in proposals_in(supposed, REPORT) if p.kind == "talks"] == []


def test_talks_told_as_done_before_what_followed_them_are_held():
    # 交渉の上…亡命した, 協議を経て…署名した, 交渉の末に…承認された: the talks came first, in the past
    for text in ("起訴の翌日、国外に逃亡し、ナイジェリア政府との交渉の上ナイジェリアに亡命した。",
                 "日本は14日、中国との協議を経て、合意文書に署名した。",
                 "日本は14日、中国との交渉の末に、合意文書に署名した。"):
        statuses = [p.status for p in proposals_in(text, REPORT)]
        assert statuses and set(statuses) == {"held"}, (text, statuses)


def test_talks_before_what_is_still_to_come_are_not_held():
    # 協議の上決定する: a rule for talks to come; nothing past follows them
    statuses = [p.status for p in proposals_in("日本は20日、中国と協議の上、対応を決定する。", REPORT)]
    assert "held" not in statuses, statuses


def test_talks_to_come_asked_about_are_proposed_not_set():
    # (再開する, 始める, に入る read alone tell talks set to come; asked about with かどうか they are only proposed)
    def statuses(text):
        return [m.status for m in meetings_in(text, REPORT)]

    assert statuses("労使は交渉を再開するかどうか決めていない。") == ["proposed"]
    assert statuses("両国は協議を始めるかどうかを決めていない。") == ["proposed"]
    assert statuses("与野党は協議に入るかどうか決めていない。") == ["proposed"]
    assert statuses("与野党は協議に入る。") == ["scheduled"]
