"""Meetings told with other words than 会談: a call told by what was said on it, a press conference after
a source's によると (sentences of Japanese Wikinews development articles, CC BY 2.5); and why the
meetings bench says a meeting was missed."""

from datetime import date

from core.meeting_agreement import miss_reasons
from tests.core.meeting_helpers import COUNTRY_OF, REGISTRY, proposals_in


def test_a_call_told_by_what_was_said_on_it_is_a_phone_call_with_the_side_called():
    text = "ブッシュ大統領は19日東部時間午後0時35分にロバーツ判事に電話で指名を伝えた。"
    [call] = proposals_in(text, date(2005, 7, 20))
    assert call.kind == "phone_call" and call.start == "2005-07-19"
    assert any(p.name.startswith("ブッシュ") for p in call.participants)
    # ロバーツ判事, read as a body by the tagger, is the judge
    assert ("ロバーツ", "found:PERSON:ロバーツ") in [(p.name, p.entity_id) for p in call.participants]


def test_a_phone_spoken_of_without_anything_said_to_someone_is_no_call():
    assert proposals_in("同氏は電話で取材に応じ、事実関係を認めた。", date(2010, 1, 1)) == []
    assert proposals_in("調査はいずれも電話による全国世論調査で行われた。", date(2008, 9, 25)) == []


def test_a_press_conference_after_a_sources_niyoruto_is_no_meeting():
    text = "読売新聞、毎日新聞によると安倍氏は会見で、「美しい国、日本。」と題して政権構想を発表した。"
    assert proposals_in(text, date(2006, 9, 1)) == []
    # 会見 with someone named by と is still a meeting
    [talks] = proposals_in("安倍首相は1日、ブッシュ大統領と会見した。", date(2006, 9, 1))
    assert len(talks.participants) == 2


def gold(*names, start="2010-03-19"):
    return {"participants": [{"name": n, "entity_hint": None} for n in names], "start": start,
            "end": start, "precision": "day"}


def kaidan(start, *names):
    return {"start": start, "participants": [{"name": n, "entity_id": f"found:PERSON:{n}"} for n in names]}


def test_a_miss_is_told_by_what_the_closest_proposal_gets_wrong():
    g = gold("岡田武史", "鬼武健二")
    reasons = lambda *proposals: miss_reasons(g, list(proposals), COUNTRY_OF, REGISTRY)  # noqa: E731
    assert reasons() == ["not proposed"]
    assert reasons(kaidan("2010-03-19", "岡田武史")) == ["participant missing"]
    assert reasons(kaidan("2010-03-19", "岡田武史", "鬼武健二", "犬飼基昭")) == ["extra participant"]
    assert reasons(kaidan(None, "岡田武史", "鬼武健二")) == ["date missing"]
    assert reasons(kaidan("2010-03", "岡田武史", "鬼武健二")) == ["date wrong or coarser"]
    # two proposals over one meeting's mentions: the closer one's faults, and split in two
    assert reasons(kaidan("2010-03-19", "岡田武史"), kaidan(None, "鬼武健二")) == ["participant missing",
                                                                                 "split in two"]


TWO_BODIES = ("朝日新聞によると、新潟県予選大会について、主催者の同紙と新潟県高校野球連盟は7月17日の会合で、"
              "大会中止期間を21日まで延長することを決めた。")


def test_a_body_referred_to_and_a_body_cut_before_its_head_are_the_sides_of_their_meeting():
    [talks] = proposals_in(TWO_BODIES, date(2007, 7, 18))
    assert sorted((p.name, p.entity_id) for p in talks.participants) == [
        ("新潟県高校野球連盟", "found:ORG:新潟県高校野球連盟"), ("朝日新聞", "org:asahi")]
    assert talks.start == "2007-07-17"


def test_a_body_referred_to_alone_or_an_outlet_for_a_company_is_no_side():
    # 同支部は: the subject alone may only tell of the meeting; 同社 after …によると is not the paper
    text = "毎日新聞によると、女性は神戸家裁伊丹支部に家事審判を申し立て、同支部は元夫と子供に対し面会することを認めた。"
    assert all(p.entity_id != "found:ORG:神戸家裁伊丹支部" for t in proposals_in(text, date(2011, 4, 1))
               for p in t.participants)
    text = "毎日新聞によると、1997年に同社と加盟店基本契約を締結した。"
    assert all(p.entity_id != "org:mainichi" for t in proposals_in(text, date(2011, 4, 1)) for p in t.participants)


def test_a_line_that_goes_on_keeps_the_subject_of_the_line_before():
    before = "ブット氏は、「対テロ戦争」の名目で欧米の支持を取り付けているムシャラフ政権に対抗し、全面支持を表明していた。\n"
    text = before + "しかも、その直後、アラブ首長国連邦でムシャラフ大統領と直接会談し、姿勢を示していた。"
    [talks] = proposals_in(text, date(2007, 12, 28))
    assert [p.name for p in talks.participants] == ["ブット", "ムシャラフ"]
    # a new line that does not go on starts afresh: its subject is not the line before's
    text = before + "アラブ首長国連邦でムシャラフ大統領と直接会談した人物がいる。"
    assert all("ブット" not in [p.name for p in t.participants] for t in proposals_in(text, date(2007, 12, 28)))


def test_talks_that_go_on_are_talks():
    text = ("同盟はキリスト教民主同盟(CDU)とキリスト教社会同盟(CSU)の統一会派。\n"
            "同盟と第2党の社会民主党(SPD)は、CDUのメルケル党首を首相として連立を組むことで基本的に合意し、協議を続けている。")
    [talks] = proposals_in(text, date(2005, 11, 14))
    assert talks.kind == "talks" and "org:spd" in [p.entity_id for p in talks.participants]
    # メルケル党首を首相として: the person the talks are about (を) is no side of them
    assert all("メルケル" not in p.name for p in talks.participants)
    assert proposals_in("協議を続けることが大切だ。", date(2005, 10, 11)) == []  # no side: nothing to propose


def test_a_count_of_countries_after_their_compound_names_the_countries():
    [meeting] = proposals_in("日中韓3か国の外相会合が21日、ソウルで開かれた。", date(2015, 3, 22))
    assert meeting.kind == "multilateral"
    assert sorted(p.entity_id for p in meeting.participants) == ["country:CN", "country:JP", "country:KR"]
    # a count that disagrees with the compound names nobody
    assert all(not p.participants for p in proposals_in("日中3か国の外相会合が21日、開かれた。", date(2015, 3, 22)))


def test_two_countries_as_the_subject_hold_talks_even_when_told_as_a_ministers_meeting():
    [talks] = proposals_in("日米両政府は20日、外務・防衛担当閣僚会合(2プラス2)をワシントンで開いた。", date(2015, 6, 21))
    assert talks.kind == "talks"
    assert sorted(p.entity_id for p in talks.participants) == ["country:JP", "country:US"]
    [talks] = proposals_in("日韓両国首脳は20日、ソウルで会談した。", date(2015, 6, 21))
    assert sorted(p.entity_id for p in talks.participants) == ["country:JP", "country:KR"]


def test_the_to_that_closes_a_quote_is_no_partner_of_a_press_conference():
    text = "だが運営に関して当面は「小野剛技術委員長を初めとした技術委員会に任せる」と田嶋氏が先ほどの会見でコメントした。"
    assert proposals_in(text, date(2007, 11, 16)) == []


def test_a_visit_to_a_country_written_with_he_no_is_hosted_by_that_country():
    [visit] = proposals_in("ガラン第1副大統領は、ウガンダへの公式訪問のためヘリで飛行中だった。", date(2005, 8, 1))
    assert [(p.entity_id, p.role) for p in visit.participants][-1] == ("country:UG", "host")
    [visit] = proposals_in("安倍首相の米国への訪問は4月に予定されている。", date(2015, 3, 1))
    assert sorted((p.name, p.role) for p in visit.participants) == [("安倍", "visitor"), ("米国", "host")]
    assert proposals_in("特に畜産農家への訪問は差し控えることを求めた。", date(2010, 5, 20)) == []


def test_a_body_of_states_meeting_on_its_own_is_a_meeting_of_many_but_a_banks_board_is_not():
    [council] = proposals_in("安保理は15日、北朝鮮の核実験を受けて緊急会合を開き、対応を協議した。", date(2006, 10, 16))
    assert council.kind == "multilateral" and [p.entity_id for p in council.participants] == ["org:unsc"]
    assert proposals_in("日本銀行は14日の金融政策決定会合で、ゼロ金利政策を解除することを全員一致で決定した。",
                        date(2006, 7, 14)) == []


def test_talks_told_by_how_they_ended_or_when_they_resume_are_talks():
    text = ("各報道によると、ニューヨーク市の地下鉄・バスを運営するニューヨーク州都市圏交通局と労働組合との"
            "賃上げや年金を巡る労使交渉が決裂した。")
    [talks] = proposals_in(text, date(2005, 12, 21))
    assert talks.kind == "negotiation_round" and [p.name for p in talks.participants] == ["ニューヨーク州都市圏交通局"]
    [talks] = proposals_in("日本と北朝鮮は、国交正常化交渉を10月に再開することで合意した。", date(2004, 8, 1))
    assert talks.status == "scheduled" and talks.start == "2004-10"
    assert sorted(p.entity_id for p in talks.participants) == ["country:JP", "country:KP"]


def test_two_countries_before_the_meeting_word_are_its_sides():
    [talks] = proposals_in("米国と北朝鮮の協議は決裂した。", date(2004, 8, 1))
    assert sorted(p.entity_id for p in talks.participants) == ["country:KP", "country:US"]
    [talks] = proposals_in("日米の貿易交渉が妥結した。", date(2004, 8, 1))
    assert sorted(p.entity_id for p in talks.participants) == ["country:JP", "country:US"]


def test_a_name_read_with_a_persons_title_as_a_body_is_the_person_and_a_cut_body_name_the_whole_body():
    from core.meetings.names_in_context import person_not_body, whole_body_name
    from core.model import Mention
    body = "ブッシュ大統領はロバーツ判事に電話で指名を伝えた。"
    judge = Mention(8, 14, "ロバーツ判事", "ORG", "found:ORG:ロバーツ判事")
    assert (person_not_body(body, judge).text, person_not_body(body, judge).type) == ("ロバーツ", "PERSON")
    court = Mention(0, 6, "最高裁判所長", "ORG", "found:ORG:最高裁判所長")
    assert person_not_body("最高裁判所長官は述べた。", court) is court
    body = "全国の日本高校野球連盟は20日、会合を開いた。"
    place = Mention(3, 5, "日本", "GPE", "country:JP")
    assert whole_body_name(body, place).text == "日本高校野球連盟"
    assert whole_body_name("日本は20日、会合を開いた。", Mention(0, 2, "日本", "GPE", "country:JP")).text == "日本"


def test_talks_to_be_resumed_are_another_round_not_the_talks_that_broke_down():
    text = ("東京ヴェルディの経営権取得へ向けて交渉を進めていたネクシィーズは、ヴェルディとの交渉が決裂したことを明らかにした。"
            "Jリーグに経営権が移行した場合はネクシィーズとヴェルディの交渉を再開する可能性があることを示唆している。")
    rounds = proposals_in(text, date(2010, 6, 28))
    # the resumption is only supposed under a condition (…場合は…可能性): no proposal, and never joined to the
    # talks that broke down
    assert [p.status for p in rounds] == ["held"] and len(rounds[0].mentions) == 1


def test_a_bare_kaigi_of_a_body_of_states_is_a_meeting_of_many_not_a_bodys_own_sitting():
    text = ("西アフリカでエボラ出血熱が大流行している問題を受け、アフリカ連合は現地9月8日、エチオピア・アジスアベバで"
            "緊急閣僚級会議を行った。")
    [union] = proposals_in(text, date(2014, 9, 9))
    assert union.kind == "multilateral" and union.start == "2014-09-08"
    assert [p.entity_id for p in union.participants] == ["org:african-union"]
    [nato] = proposals_in("麻生外相は8日、北大西洋条約機構の会議に出席した。", date(2006, 12, 9))
    assert nato.kind == "multilateral" and nato.title == "北大西洋条約機構会議"
    assert [p.name for p in nato.participants] == ["麻生"]
    # a party's own sitting, a 会議 another subject of the clause holds, a name holding a body's (模擬国連): none
    assert proposals_in("朝鮮労働党は10日、代表会議を開いた。", date(2010, 9, 29)) == []
    assert proposals_in("国連は10日、日本政府が緊急会議を開いたと発表した。", date(2010, 9, 29)) == []
    assert proposals_in("5月11日に世界各国の高校生が集まる「模擬国連」の会議に出席した。", date(2009, 5, 17)) == []


def test_a_kaigo_with_a_body_of_states_glued_before_it_is_that_bodys_meeting_whatever_follows():
    # Wikinews outside every gold (CC BY 2.5): the G7 meeting told with another meeting before the verb
    text = ("またベルルスコーニ首相は、記者会見の席上で、トレモンティ副首相がワシントンでのG7会合および"
            "国際通貨基金会議にイタリア代表として出席するため、渡米すると伝えた。")
    [g7] = [p for p in proposals_in(text, date(2008, 10, 9)) if p.kind == "multilateral"]
    assert g7.mentions[0].text == "G7会合" and "トレモンティ" in [p.name for p in g7.participants]
    # a meeting of a trade body, told with nothing held: none
    assert proposals_in("業界団体の会合などでは気の利いたコメントを求められますからね。", date(2012, 1, 1)) == []


def test_talks_whose_partner_is_named_some_way_before_the_word_are_talks_with_that_partner():
    # a comma or a long topic between the partner's と and 話し合った, 意見交換, 懇談, を協議
    text = "小泉首相は10日、ブッシュ大統領と、北朝鮮の拉致問題や米軍再編について話し合った。"
    [talks] = proposals_in(text, date(2005, 11, 17))
    assert talks.kind == "talks" and talks.start == "2005-11-10"
    assert sorted(p.name for p in talks.participants) == ["ブッシュ", "小泉"]
    text = "安倍首相は10日、首相官邸で経団連の御手洗冨士夫会長と、約1時間にわたって懇談した。"
    [talks] = proposals_in(text, date(2007, 1, 11))
    assert sorted(p.name for p in talks.participants) == ["安倍", "御手洗冨士夫"]
    [talks] = proposals_in("日本政府は10日、中国政府と、ガス田の共同開発を協議した。", date(2006, 3, 11))
    assert sorted(p.entity_id for p in talks.participants) == ["country:CN", "country:JP"]
    text = "朝日新聞と毎日新聞によると、小泉首相は北朝鮮問題を協議した。"  # (outlets told as sources, not a partner)
    assert proposals_in(text, date(2009, 1, 21)) == []
    text = "安倍首相は17日、トランプ次期大統領とニューヨークのトランプタワーで会った。"  # (会った after a long place)
    [talks] = proposals_in(text, date(2016, 11, 18))
    assert talks.start == "2016-11-17" and sorted(p.name for p in talks.participants) == ["トランプ", "安倍"]
    # still no partner: a body deliberating, a topic of two countries, a partner across another meeting word
    assert proposals_in("執行部は10日、党本部で対応を協議した。", date(2006, 3, 11)) == []
    assert proposals_in("日本と中国の関係について話し合った。", date(2006, 3, 11)) == []
    assert proposals_in("彼は田中さんと同様、事故の対応を協議した。", date(2006, 3, 11)) == []


def test_talks_by_telephone_told_with_a_comma_after_the_telephone_are_a_call():
    text = "麻生外相は10日、ライス国務長官と電話で、北朝鮮のミサイル発射への対応について話し合った。"
    [call] = proposals_in(text, date(2006, 7, 11))
    assert call.kind == "phone_call" and sorted(p.name for p in call.participants) == ["ライス", "麻生"]
    [call] = proposals_in("ブッシュ大統領は9日、小泉首相と電話で、約20分間会談した。", date(2006, 7, 11))
    assert call.kind == "phone_call" and call.start == "2006-07-09"
