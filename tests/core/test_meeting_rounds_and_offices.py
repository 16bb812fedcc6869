"""Another round told with its own day and sides is a meeting of its own, a count saying what the talks just told
are (3回目となる) is no other round, and the pair's earlier meeting told by its own day (両氏の会談は2日に…実施) is
that day's; a delegate's office named by talks is no meeting; a visit one side means to make is not held; two
countries compounded before 2国間協議 are its sides."""

import datetime

from tests.core.meeting_helpers import proposals_in

REPORT = datetime.date(2005, 6, 10)


def _rows(text):
    return [(p.kind, p.status, p.start, sorted(x.entity_id or x.name for x in p.participants))
            for p in proposals_in(text, REPORT)]


def test_a_next_round_with_its_day_and_sides_is_a_meeting_of_its_own():
    rows = _rows("町村外相は9日、李肇星外相と会談した。両国は来月にも次回の協議を開く。")
    assert rows == [("talks", "held", "2005-06-09", ["person:li-zhaoxing", "person:nobutaka-machimura"]),
                    ("talks", "scheduled", "2005-07", ["country:CN", "country:JP"])]


def test_a_next_round_with_no_day_joins_nothing_and_stands_alone_nowhere():
    rows = _rows("町村外相は9日、李肇星外相と会談した。次回の協議では経済問題を話し合う。")
    assert [r[:3] for r in rows] == [("talks", "held", "2005-06-09")]


def test_a_count_that_says_what_the_talks_told_are_is_not_another_round():
    # an outlet's second sentence of the talks it just told (ことし3回目となる日中外相会談は…行われた): one meeting
    rows = _rows("町村外相は9日、李肇星外相と会談した。ことし3回目となる日中外相会談は北京で約2時間行われた。")
    assert [r[:3] for r in rows] == [("talks", "held", "2005-06-09")]
    # a round told with a count of its own, to come, stays another meeting
    rows = _rows("町村外相は9日、李肇星外相と会談した。両国は来月にも3回目の協議を開く。")
    assert [r[:3] for r in rows] == [("talks", "held", "2005-06-09"), ("talks", "scheduled", "2005-07")]


def test_a_delegates_office_named_by_the_talks_is_no_meeting():
    assert _rows("佐々江賢一郎アジア大洋州局長は6か国協議の日本代表を務めている。") == []
    assert _rows("6か国協議の日本首席代表である佐々江局長は9日、記者団に語った。") == []
    # the talks themselves, told as held, stay
    assert [r[:3] for r in _rows("第4回6か国協議は9日、北京で開幕した。")] == [("multilateral", "held", "2005-06-09")]


def test_a_visit_one_side_means_to_make_is_not_held():
    assert [r[:2] for r in _rows("ブッシュ大統領は年内に中国を訪問する意向だ。")] == [("visit", "scheduled")]
    assert [r[:2] for r in _rows("プーチン大統領は年内に日本を訪問する意向を示した。")] == [("visit", "scheduled")]
    assert [r[:2] for r in _rows("プーチン大統領は9日、日本を訪問した。")] == [("visit", "held")]


def test_two_countries_compounded_before_bilateral_talks_are_its_sides():
    for text in ("日韓の2国間協議は9日、ソウルで開かれた。", "日韓2国間協議は9日、ソウルで開かれた。"):
        assert _rows(text) == [("talks", "held", "2005-06-09", ["country:JP", "country:KR"])]


def test_a_plans_next_month_counts_from_the_day_it_was_told():
    # told on 30 May, reported on 2 June: 来月 is June
    found = proposals_in("小泉首相は5月30日、来月訪米する予定だと述べた。", datetime.date(2005, 6, 2))
    assert [(p.kind, p.status, p.start) for p in found] == [("visit", "scheduled", "2005-06")]
    # with no earlier day told, 来月 counts from the report
    found = proposals_in("小泉首相は来月訪米する予定だ。", datetime.date(2005, 6, 2))
    assert [(p.kind, p.status, p.start) for p in found] == [("visit", "scheduled", "2005-07")]


def test_talks_told_in_a_quote_with_partners_only_are_the_speakers():
    assert _rows("町村外相は9日、記者団に「李肇星外相と会談した」と述べた。")[0][3] == [
        "person:li-zhaoxing", "person:nobutaka-machimura"]
    # a body's head speaking of its talks with another body: the body is the side
    rows = _rows("日本民間放送連盟の広瀬道貞(テレビ朝日取締役相談役)会長は、「十分検討を行い、JASRACなどと協議していく」と述べた。")
    assert [r[3] for r in rows] == [["found:ORG:JASRAC", "found:ORG:日本民間放送連盟"]]
    # the talks of two others the speaker speaks of are not the speaker's
    rows = _rows("中国外務省の報道官は「胡錦濤主席と小泉首相の会談は有意義だった」と述べた。")
    assert [r[3] for r in rows] == [["person:hu-jintao", "person:junichiro-koizumi"]]


def test_a_call_told_by_talking_on_the_phone_is_a_call_of_the_pair():
    rows = _rows("小泉首相とブッシュ大統領の両首脳は9日、電話で約15分間話し合った。")
    assert rows == [("phone_call", "held", "2005-06-09", ["person:george-w-bush", "person:junichiro-koizumi"])]
    # talking with nobody named is no meeting
    assert _rows("社長は電話で従業員と話し合った。") == []


def test_a_ministers_sitting_of_a_named_forum_is_that_forums_meeting():
    found = proposals_in("ASEAN地域フォーラム(ARF)の閣僚会合が28日、クアラルンプールで開かれた。麻生外相、ライス国務長官らが出席した。",
                         REPORT)
    assert [(p.kind, p.title, p.start) for p in found] == [
        ("multilateral", "ASEAN地域フォーラム(ARF)の閣僚会合", "2005-05-28")]
    assert {"person:taro-aso", "person:condoleezza-rice"} <= {p.entity_id for p in found[0].participants}


def test_a_bare_meeting_word_after_a_sentence_about_a_meeting_carries_no_earlier_subject():
    rows = _rows("小泉首相は8日、ソウルに到着した。日韓首脳会談は9日に予定されている。会談では北朝鮮問題が議題となる。"
                 "9日にはブッシュ大統領と会談した。")
    assert rows == [("visit", "held", "2005-06-08", ["country:KR", "person:junichiro-koizumi"]),  # (the arrival)
                    ("talks", "scheduled", "2005-06-09", ["country:JP", "country:KR"]),
                    ("talks", "held", "2005-06-09", ["person:george-w-bush", "person:junichiro-koizumi"])]
    # a partner named after a sentence about a thing still pairs with the subject told before
    rows = _rows("小泉首相は8日、インドを訪れた。インドの経済成長は著しい。9日にはシン首相と会談した。")
    assert rows[-1][3] == ["person:junichiro-koizumi", "person:manmohan-singh"]


def _plan(body, published):
    from core.meetings.plan import plan_meetings
    from core.nlp.entities import detect
    from core.registry import bundled_registry

    registry = bundled_registry()
    mentions = detect(body, registry, datetime.date.fromisoformat(published))
    return [(p.kind, p.start) for p in plan_meetings(body, mentions, published, None, registry).proposals]


STALE = ("徳島銀行と香川銀行は1月26日、経営統合を行うことで合意し、覚書を締結した。\n"
         "両行は今後、統合準備委員会を設置し、9月には本契約を締結し、翌2010年4月には持株会社を設立する予定となっているが、"
         "持株会社の名称については今後協議を行う。\n"
         "徳島新聞、2009年1月27日(UTC+9)。\n"
         "四国新聞、2009年1月27日。\n")


def test_an_article_dated_long_after_its_sources_is_dated_by_its_story():
    assert _plan(STALE, "2010-04-01")[:2] == [("signing", "2009-01-26"), ("signing", "2009-09")]
    # a source of the week before the date line: the date line dates the story
    assert _plan(STALE.replace("2009年1月27日", "2010年3月28日"), "2010-04-01")[0] == ("signing", "2010-01-26")


def test_talks_before_a_decision_told_in_the_past_were_held():
    found = proposals_in("日本陸連と朝日新聞は3者協議の上、大会を終えることを決めた。", REPORT)
    assert [(p.kind, p.status) for p in found] == [("talks", "held")]


def test_people_of_two_countries_said_to_attend_talks_of_unnamed_sides_are_its_sides():
    rows = _rows("両国は先月、北京で局長級協議を開いた。日本の佐々江局長と北朝鮮の宋日昊大使が出席した。")
    assert [(r[0], r[2], len(r[3])) for r in rows] == [("talks", "2005-05", 2)]
    assert any("宋日昊" in side for side in rows[0][3])
    # people of one country only say nothing of the sides
    assert _rows("両国は先月、北京で局長級協議を開いた。日本の佐々江局長と斎木昭隆審議官が出席した。") == []


def test_the_pairs_meeting_told_again_by_its_own_day_is_a_meeting_of_that_day():
    # 両氏の会談は今月1日に…実施: the pair's earlier meeting, which another outlet's report of it can join
    rows = _rows("町村外相は9日、北京で李肇星外相と会談した。両氏の会談は今月2日にタイで実施したばかりだ。")
    pair = ["person:li-zhaoxing", "person:nobutaka-machimura"]
    assert rows == [("talks", "held", "2005-06-09", pair), ("talks", "held", "2005-06-02", pair)]
    # told with no day of its own, or on the day told before, it is the meeting told before
    for told in ("両氏の会談は約1時間行われた。", "両氏の会談は9日に北京で行われた。"):
        rows = _rows("町村外相は9日、北京で李肇星外相と会談した。" + told)
        assert [r[:3] for r in rows] == [("talks", "held", "2005-06-09")]


def test_the_sides_meeting_anew_is_another_round():
    # 改めて会談した: the pair meets again, whether its sides are told by 両外相 or by the partner
    for said in ("両外相は夕方、改めて会談した。", "町村外相は夕方、李外相と改めて会談し、歴史問題を協議した。"):
        proposals = proposals_in("町村外相は9日、李肇星外相と会談した。" + said, REPORT)
        assert [len(p.mentions) for p in proposals] == [1, 1], said
        assert proposals[1].start == "2005-06-09" and len(proposals[1].participants) == 2
    # 改めて会談の成果を強調した: the stress laid again, the talks told before
    proposals = proposals_in("町村外相は9日、李肇星外相と会談した。町村外相は改めて会談の成果を強調した。", REPORT)
    assert [len(p.mentions) for p in proposals] == [2]


def test_talks_anew_at_a_meeting_named_before_are_that_meeting():
    # 7月20日の会合で改めて協議する: what the sides do anew at that meeting, not another round beside it
    from core.meetings.word_reference import met_anew

    text = "両団体は7月20日の会合で改めて協議することになった。"
    start = text.index("協議")
    assert not met_anew(text, 0, start, start + 2)
    text = "両団体は夕方、改めて協議することになった。"
    start = text.index("協議")
    assert met_anew(text, 0, start, start + 2)
