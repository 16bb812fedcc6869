"""Meetings told with words the trigger list lacked, or told only by their outcome or by a count of sides
(sentences of Japanese Wikinews articles, CC BY 2.5, and sentences written for the test)."""

from datetime import date

from tests.core.meeting_helpers import proposals_in


def _sides(proposal):
    return [p.name for p in proposal.participants]


def test_a_handshake_of_two_office_holders_is_their_meeting_and_a_players_is_none():
    text = ("ブッシュ大統領は2008年12月14日からイラクを電撃訪問し、同日記者会見を行いイラクのマリキ首相と握手をした直後、"
            "記者席に座っていた男が突然立ち上がった。")
    talks = [p for p in proposals_in(text, date(2008, 12, 15)) if p.kind == "talks"]
    assert [(_sides(p), p.start) for p in talks] == [(["ブッシュ", "マリキ"], "2008-12-14")]
    assert proposals_in("そのあと、ライバル選手と握手をして倒れこむように水面に身を寄せた。", date(2008, 8, 15)) == []
    assert proposals_in("岸田首相とバイデン大統領は10日、ホワイトハウスで握手した。", date(2024, 4, 11)) != []


def test_a_courtesy_call_on_a_named_office_holder_is_a_meeting_with_him():
    text = "上川外相は14日、インドネシアを訪れ、ジョコ大統領を表敬した。"
    talks = [p for p in proposals_in(text, date(2024, 5, 20)) if p.kind == "talks"]
    assert [(_sides(p), p.start) for p in talks] == [(["上川", "ジョコ"], "2024-05-14")]


def test_talks_over_terms_are_told_by_sesshou_too():
    found = proposals_in("新井貴浩会長は24日、日本野球機構との事務折衝を行った。", date(2012, 4, 25))
    assert [(p.kind, _sides(p), p.start) for p in found] == [("negotiation_round", ["新井貴浩", "日本野球機構"], "2012-04-24")]


def test_sides_listed_before_a_count_glued_to_the_talks_word_are_each_a_side():
    text = ("朝日の報道によると、朝日新聞、テレビ朝日と陸連の3者協議の上、女子単独で今後開催することは困難として2008年の"
            "大会で終止符を打つことを決めた。")
    assert [_sides(p) for p in proposals_in(text, date(2007, 12, 17))] == [["朝日新聞", "テレビ朝日", "陸連"]]


def test_a_body_named_inside_the_group_met_is_a_side_of_talks_to_come():
    text = ("東京新聞の報道によると、今後は東京マラソンとの統合も検討しつつも、「女子マラソンの新しい形や場所を決めるべく、"
            "陸連を含む関係者と協議をする」として、新たな女子単独の大会を開催する可能性を探るとしている。")
    assert [(p.status, _sides(p)) for p in proposals_in(text, date(2007, 12, 17))] == [("scheduled", ["陸連"])]
    # a body deliberating alone, told with する, is no meeting
    assert proposals_in("試合の後、審判団が協議をすることになった。", date(2012, 7, 30)) == []


def test_talks_told_by_how_they_ended_are_talks():
    text = "ソニーはパナソニックとの協議が不調となり、単独で開発を続ける。"
    assert [(p.kind, _sides(p)) for p in proposals_in(text, date(2024, 5, 20))] == [("talks", ["ソニー", "パナソニック"])]


def test_a_bare_kaigi_is_a_meeting_only_when_the_clause_names_the_sides_holding_it():
    shared = proposals_in("外務省と防衛省が共催した会議で、両省の幹部が意見を交わした。", date(2024, 5, 20))
    assert [_sides(p) for p in shared] == [["外務省", "防衛省"]]
    # a body's own board and a party's conference are no meeting of sides
    text = "広島市とJR西日本が協議を行い、2011年度初めにもJR西日本が経営会議で事業化を決定する見通しである。"
    assert [[m.text for m in p.mentions] for p in proposals_in(text, date(2011, 2, 3))] == [["協議"]]
    assert proposals_in("2010年9月に行われた労働党の代表会議で正恩氏を次期後継者とすることが承認された。",
                        date(2011, 12, 19)) == []
    assert proposals_in("本会議で法案が可決された。国会議員の多くが賛成した。", date(2024, 5, 20)) == []


def test_talks_with_a_partner_named_only_by_what_it_is_are_the_subjects_alone():
    found = proposals_in("東京都は、関係者との協議が不調に終わったと発表した。", date(2007, 12, 17))
    assert [(p.kind, _sides(p)) for p in found] == [("talks", ["東京都"])]
    # a subject that is no body is no side
    assert proposals_in("同大会に関しては、関係者との協議が不調に終わった。", date(2007, 12, 17)) == []


def test_a_body_read_past_its_partners_to_into_the_talks_word_is_cut_at_to():
    text = "asahi.com『USEN、ライブドア支援に名乗りフジと株式譲渡交渉』。\n朝日新聞、2006年3月15日。"
    found = proposals_in(text, date(2006, 3, 15))
    assert [(p.kind, "フジ" in _sides(p)) for p in found] == [("negotiation_round", True)]


def test_a_sitting_a_body_convenes_with_others_staff_has_each_body_as_a_side():
    text = ("デング熱流行の問題を受けて、厚労省は9月6日に東京都の職員や都内23区の職員および、代々木公園周辺の明治神宮や"
            "国立オリンピック記念青少年総合センターの関係者を集めて緊急対策会議を行った。")
    found = proposals_in(text, date(2014, 9, 7))
    assert [(_sides(p)[:2], p.start) for p in found] == [(["厚労省", "東京都"], "2014-09-06")]
    # the sitting a body holds alone stays no meeting of sides
    assert proposals_in("厚労省は9月6日に緊急対策会議を行った。", date(2014, 9, 7)) == []


def test_sides_in_contact_are_a_meeting_and_vehicles_touching_are_none():
    found = proposals_in("ヒル国務次官補は、北朝鮮の金桂冠外務次官と北京で接触した。", date(2007, 1, 17))
    assert [_sides(p) for p in found] == [["ヒル", "金桂冠"]]
    found = proposals_in("米朝両国は5日、ニューヨークで非公式に接触した。", date(2007, 3, 6))
    assert [[x.entity_id for x in p.participants] for p in found] == [["country:US", "country:KP"]]
    text = ("商船三井は15日、スリランカとインドネシア・スマトラ島間の公海を航行していた同社保有の原油タンカー「ブライトアルテミス」"
            "(シンガポール船籍)が14日に貨物船と接触し、原油4,500トン(推定)を流出させる事故があったことを発表した。")
    assert proposals_in(text, date(2006, 8, 15)) == []
    assert proposals_in("保健所は、感染者と接触した人を調べている。", date(2020, 4, 1)) == []


def test_a_visitor_received_in_person_is_met_by_the_one_who_receives_him():
    found = proposals_in("ブラウン首相は5日、ダウニング街10番地でオバマ大統領を出迎えた。", date(2009, 4, 6))
    assert [(_sides(p), p.start) for p in found] == [(["ブラウン", "オバマ"], "2009-04-05")]
    assert proposals_in("ファンが空港で歌手を出迎えた。", date(2009, 4, 6)) == []


def test_a_signing_by_two_countries_ministers_named_as_the_subject_is_those_countries():
    found = proposals_in("日本とフィリピンの外相は15日、マニラで防衛協定に署名した。", date(2024, 5, 20))
    assert [(p.kind, [x.entity_id for x in p.participants], p.start) for p in found] \
        == [("signing", ["country:JP", "country:PH"], "2024-05-15")]
    assert proposals_in("日本は、条約に署名した。", date(2024, 5, 20)) == []


def test_talks_broken_off_were_held_and_a_dialogue_suspended_is_a_policy():
    found = proposals_in("楽天は、TBSとの交渉を打ち切った。", date(2009, 3, 1))
    assert [(p.kind, "TBS" in _sides(p)) for p in found] == [("negotiation_round", True)]
    assert proposals_in("北朝鮮は、韓国との対話を中断した。", date(2009, 3, 1)) == []


def test_a_town_and_a_district_between_which_talks_go_on_are_their_sides():
    text = ("和歌山県白浜町の町議6人が提訴した。読売新聞などによると、訴状などでは、同施設の稼働延長を巡り、同町と地元の"
            "同町保呂地区との間で、補助金支出などについて話し合いを続けているという。")
    found = proposals_in(text, date(2011, 12, 5))
    assert [(p.kind, _sides(p)) for p in found] == [("talks", ["和歌山県白浜町", "保呂地区"])]


def test_a_memorandum_signed_with_no_side_named_is_signed_by_the_sides_in_talks_before_it():
    text = ("読売新聞などによると、同施設の稼働延長を巡り、白浜町と地元の同町保呂地区との間で、補助金支出などについて"
            "話し合いを続けている。\n保呂区副区長は「8月1日の覚書調印で全て終わっていること」と話している。")
    signings = [p for p in proposals_in(text, date(2011, 12, 5)) if p.kind == "signing"]
    assert [(_sides(p), p.start) for p in signings] == [(["白浜町", "保呂地区"], "2011-08-01")]
    # with no talks told before, nobody signs it
    assert proposals_in("保呂区副区長は「8月1日の覚書調印で全て終わっていること」と話している。", date(2011, 12, 5)) == []


def test_bodies_whose_officers_are_the_subject_are_the_sides():
    found = proposals_in("自民党と公明党の幹事長が16日、都内で会談した。", date(2024, 5, 20))
    assert [(_sides(p), p.start) for p in found] == [(["自民党", "公明党"], "2024-05-16")]


def test_the_day_talks_came_out_is_not_their_day():
    found = proposals_in("町村外相が李肇星外相と会談したことが2日、分かった。", date(2005, 5, 3))
    assert [p.start for p in found] == [None]
    found = proposals_in("町村外相は2日、李肇星外相と会談した。", date(2005, 5, 3))
    assert [p.start for p in found] == ["2005-05-02"]


def test_talks_told_by_their_course_or_by_the_verb_hanashiau_are_talks_with_a_partner_named():
    for text in ("ソニーはパナソニックとの協議の上、開発の中止を決めた。",
                 "ソニーはパナソニックとの交渉の過程で、開発の中止を決めた。",
                 "ソニーはパナソニックとの話し合いの結果、統合を断念した。"):
        assert [_sides(p) for p in proposals_in(text, date(2024, 5, 20))] == [["ソニー", "パナソニック"]], text
    for text in ("岸田首相はバイデン大統領と何度も話し合いました。", "岸田首相はバイデン大統領と話し合い、協力を確認した。"):
        assert [_sides(p) for p in proposals_in(text, date(2024, 5, 20))] == [["岸田", "バイデン"]], text
    # a body deliberating alone is no meeting (a sentence of a Wikinews article)
    text = ("IOCは協議の結果、既に国際陸上競技連盟(国際陸連)が処分を決めている陸上以外の競技について、"
            "ロシア選手のリオ五輪の参加を認めるとした。")
    assert proposals_in(text, date(2016, 7, 25)) == []


def test_talks_as_the_topic_of_a_verb_that_holds_them_are_talks():
    for text in ("ソニーとパナソニックの交渉は続いている。", "ソニーとパナソニックの話し合いは先月行った。"):
        assert [(p.status, _sides(p)) for p in proposals_in(text, date(2024, 5, 20))] == [
            ("held", ["ソニー", "パナソニック"])], text


def test_talks_with_named_sides_closing_their_sentence_or_gone_through_took_place():
    told = {"日米両政府は30日、牛肉の輸入問題で協議。": ["country:JP", "country:US"],
            "日本政府は30日、米国との協議を経て、輸入の再開を決めた。": ["country:JP", "country:US"],
            "トルコは30日、EUとの加盟交渉の中で、人権問題の改善を約束した。": ["country:TR", "org:european-union"]}
    for text, sides in told.items():
        found = proposals_in(text, date(2015, 6, 1))  # (written on the 1st: the 30th is last month's)
        assert [([q.entity_id for q in p.participants], p.status, p.start) for p in found] \
            == [(sides, "held", "2015-05-30")], text
    # talks with nobody named across the table, a family's meeting, a body named 会議: none
    for text in ("価格交渉は決定権を持っている人としなければ意味がない。", "店員との値引きの交渉。",
                 "家族会議を開いて、引っ越しについて話し合った。", "日本学術会議は10日、政府に提言を行った。",
                 "値引きの交渉を経て、購入を決めた。"):
        assert proposals_in(text, date(2015, 6, 20)) == [], text


def test_talks_owned_to_told_by_their_result_or_come_to_an_agreement_took_place():
    told = ("日本サッカー協会は10日、オシム氏と交渉していることを認めた。", "東京ヴェルディは10日、ネクシィーズとの交渉結果を発表した。",
            "ソニーとパナソニックの統合交渉が合意した。")
    for text in told:
        assert [p.status for p in proposals_in(text, date(2015, 6, 20))] == ["held"], text
    # a right to negotiate, a wish to: no talks
    for text in ("巨人が交渉権を獲得した。", "清原選手は「自由に他チームと交渉をさせてほしい」と述べた。"):
        assert proposals_in(text, date(2015, 6, 20)) == [], text
