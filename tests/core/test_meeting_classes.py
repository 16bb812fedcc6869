"""Classes of meeting errors found on Wikinews articles outside every gold draw (CC BY 2.5), each
checked by diffing proposals before and after on the articles no gold holds (bench/diff_meetings.py)."""

from datetime import date

from tests.core.meeting_helpers import proposals_in, sides_in as sides


def test_a_side_named_first_of_others_is_a_side():
    text = "日本経済新聞によると、日興シティはこの誤発注での損失額の処分方法は金融庁などと協議するとのこと。"
    assert sides(text) == [["日興シティ", "金融庁"]]


def test_the_to_of_koto_or_to_iu_is_no_partner_so_a_press_conference_stays_one():
    assert proposals_in("朝日新聞と読売新聞によると、木村氏は11月1日、前出納長の水谷聡明被告が起訴されたことを"
                        "受けて会見し知事続投を表明していた。") == []
    assert proposals_in("くらまの火災原因として北沢防衛大臣は、艦首付近にあるペンキ缶の倉庫が燃えた可能性があるという"
                        "見解を会見で示した。") == []
    assert sides("天皇陛下は11日、ブッシュ大統領と会見された。") == [["天皇陛下", "ブッシュ"]]  # the emperor is a side


def test_counted_members_before_the_subject_are_each_a_side():
    text = ("読売新聞によると、SKR・滋賀県・甲賀市・JR西日本の4者は、補償金などについて、以前に、SKRとJR西日本が"
            "一旦折半した上で、過失割合が明確になった場合は精算する内容の協定を締結した。")
    assert sides(text) == [["SKR", "滋賀県", "甲賀市", "JR西日本"]]
    # a count that does not match the names listed gives nothing of its own
    assert sides("自民・公明の3党は10日、幹事長会談を開いた。") != [["自民", "公明"]]


def test_counted_entities_listed_with_commas_are_each_a_side():
    # (the comma after a clause's opening words is no part of the list)
    assert sorted(map(sorted, sides("こうした暴力にもかかわらず、SLA、JEM、AUの三者は和平交渉は続くと言明している。"))) \
        == [["AU", "JEM", "SLA"]]
    assert sorted(map(sorted, sides("富士通、NTTドコモ、NEC、富士通セミコンダクターの4社は1日、合弁契約を締結したと"
                                    "発表しています。"))) == [["NEC", "NTTドコモ", "富士通", "富士通セミコンダクター"]]
    # three names counted as four: not the list
    assert sorted(map(sorted, sides("富士通、NTTドコモ、NECの4社は1日、合弁契約を締結したと発表しています。"))) \
        != [["NEC", "NTTドコモ", "富士通"]]


def test_talks_proposed_to_someone_name_that_side_and_not_the_day_of_the_proposal():
    text = "読売新聞によれば、与党自由民主党と公明党は9日、衆議院法務委員会理事会において、修正協議を最大野党の民主党に提案した。"
    [proposal] = proposals_in(text)
    assert [p.name for p in proposal.participants] == ["自由民主党", "公明党", "民主党"]
    assert proposal.status == "proposed"
    assert proposal.start is None  # 9日 is when the talks were proposed
    [proposed] = proposals_in("安倍首相は9日、習近平国家主席に首脳会談を呼びかけた。", date(2015, 3, 1))
    assert proposed.start is None
    [dated] = proposals_in("安倍首相は9日、習近平国家主席に12日の首脳会談を呼びかけた。", date(2015, 3, 1))
    assert dated.start == "2015-03-12"  # the day of the talks proposed is theirs


def test_a_place_visited_by_nobody_named_is_no_meeting():
    assert proposals_in("日本政府は、2030年までに日本を訪れる外人客を3000万人に増やすことを目標としている。") == []
    assert proposals_in("日本を訪れ、東京で歌劇『ローエングリン』の演出を行ったこともある。") == []


def test_talks_and_calls_told_by_a_verb():
    [talks] = proposals_in("麻生首相は10日、オバマ大統領と話し合った。")
    assert (talks.kind, [p.name for p in talks.participants]) == ("talks", ["麻生", "オバマ"])
    [call] = proposals_in("岸田首相は10日、バイデン大統領と電話で約30分間話し合った。")
    assert call.kind == "phone_call"
    # Wikinews's sentence of the Malaysian prime minister's call, to an office-holder (to his wife, named
    # privately, it is no call of sides: test_meeting_no_meeting_classes)
    [call] = proposals_in("のちにライス長官が記者に語ったところによると、アブドラ首相はライス長官に電話をかけ、"
                          "「私は母を喪った。")
    assert call.kind == "phone_call" and [p.name for p in call.participants] == ["アブドラ", "ライス"]
    [talks] = proposals_in("麻生首相は10日、オバマ大統領と意見交換した。")
    assert len(talks.participants) == 2


def test_private_talk_told_by_a_verb_is_no_meeting():
    assert proposals_in("子供たちと話し合った結果、引っ越すことにした。") == []
    # Wikinews: a call to an acquaintance, and an exchange of views of staff
    assert proposals_in("加藤氏は数日前に知人の女性に「死にたい」という電話をしていた。") == []
    assert proposals_in("福知山線の脱線事故を風化させないよう、管理者と現場の意見交換や、職場ごとに献花等を行う。") == []


def test_two_leaders_named_stand_for_the_two_countries_of_a_compound():
    # leaders of 2005–2013 news are mostly unknown to the registry: their countries must not stay beside them
    [talks] = proposals_in("鳩山由紀夫首相は23日、ニューヨークでオバマ米大統領と初の日米首脳会談を行った。")
    assert [p.name for p in talks.participants] == ["鳩山由紀夫", "オバマ"]


def test_two_countries_whose_officials_met_are_the_sides():
    [talks] = proposals_in("日本と中国の外相は24日、ニューヨークで会談した。")
    assert [p.entity_id for p in talks.participants] == ["country:JP", "country:CN"]
    [dialogue] = proposals_in("日韓両政府は24日、外務次官級の戦略対話をソウルで開いた。")
    assert len(dialogue.participants) == 2
    assert proposals_in("北朝鮮は対話路線に消極的である。") == []


def test_a_journey_through_countries_holds_a_talk_with_each_leader_listed():
    found = proposals_in("安倍晋三首相は10月8日から9日にかけて中国と韓国を訪問し、胡錦濤国家主席、盧武鉉大統領と会談した。",
                         date(2006, 10, 10))
    talks = [[p.name for p in proposal.participants] for proposal in found if proposal.kind == "talks"]
    assert talks == [["安倍晋三", "胡錦濤"], ["安倍晋三", "盧武鉉"]]
    # with no journey through several countries, the leaders listed met together
    [together] = proposals_in("安倍晋三首相は9日、盧武鉉大統領、潘基文外交通商相と会談した。", date(2006, 10, 10))
    assert len(together.participants) == 3


def test_an_envoy_is_the_visitor_not_the_leader_who_sent_him():
    found = proposals_in("麻生太郎外相は9日、胡錦濤国家主席の特使として来日した唐家セン国務委員と会談した。",
                         date(2006, 10, 10))
    [visit] = [p for p in found if p.kind == "visit"]
    assert [p.name for p in visit.participants] == ["唐家セン", "日本"]


def test_a_month_still_to_come_is_in_the_next_year_when_it_has_passed_in_this_one():
    [visit] = proposals_in("首相は4月に訪中する予定。", date(2006, 10, 10))
    assert visit.start == "2007-04"
    [talks] = proposals_in("安倍首相は1月15日に胡錦濤国家主席と会談する方向で調整している。", date(2006, 10, 10))
    assert talks.start == "2007-01-15"
    [soon] = proposals_in("首相は10月20日に訪中する予定。", date(2006, 10, 10))
    assert soon.start == "2006-10-20"


def test_two_countries_told_just_after_two_people_met_are_that_meeting():
    # (people named without their office: the compound gives the countries, joined to the people just met)
    found = proposals_in("麻生太郎氏は12日、クアラルンプールで李肇星氏と約30分会談した。日中外相会談は約1年ぶり。",
                         date(2005, 12, 15))
    assert len(found) == 1 and len(found[0].mentions) == 2
    assert found[0].mentions[1].joined_by == "the countries of the people just met"
    # (named as foreign ministers: the compound is read as those two, core.meetings.compound_holders)
    found = proposals_in("麻生太郎外相は12日、クアラルンプールで李肇星外相と約30分会談した。日中外相会談は約1年ぶり。",
                         date(2005, 12, 15))
    assert len(found) == 1 and len(found[0].mentions) == 2
    assert {p.entity_id for p in found[0].mentions[1].participants} == {"person:taro-aso", "person:li-zhaoxing"}


def test_talks_refused_are_not_held_but_a_refusal_at_talks_leaves_them_held():
    [refused] = proposals_in("韓国の潘基文外交通商相は13日、麻生外相との会談を拒否した。", date(2005, 12, 15))
    assert refused.status == "cancelled"
    [held] = proposals_in("麻生外相は13日、潘基文外交通商相と会談し、韓国側の要求を拒否した。", date(2005, 12, 15))
    assert held.status == "held"


def test_one_hands_signature_is_no_meeting():
    # Wikinews: a judge signs a bill, a minister refuses to sign
    assert proposals_in("カナダ最高裁判所のビヴァリー・マラハリン判事が、同日、同性の間で婚姻を認める法案C-38に署名し、"
                        "法案が発効したもの。") == []
    assert proposals_in("島村宜伸農林水産大臣は、閣議前に記者団に署名を拒否する方針を明らかにし、解散署名を拒否して辞表提出。") == []
    [signed] = proposals_in("日本と韓国は13日、漁業協定に署名した。", date(2005, 12, 15))
    assert len(signed.participants) == 2


def test_the_two_people_the_next_sentence_opens_with_are_the_sides_of_a_meeting_told_by_countries():
    text = "日中首脳会談が8日、北京の人民大会堂で行われた。安倍晋三首相と胡錦濤国家主席は、戦略的互恵関係の構築で一致した。"
    [talks] = proposals_in(text, date(2006, 10, 10))
    assert [p.name for p in talks.participants] == ["安倍晋三", "胡錦濤"]
    # a sentence that does not open with the two people leaves the countries
    text = "日中首脳会談が8日、北京の人民大会堂で行われた。会談では、安倍晋三首相が胡錦濤国家主席に靖国問題を説明した。"
    [talks] = proposals_in(text, date(2006, 10, 10))
    assert [p.entity_id for p in talks.participants] == ["country:JP", "country:CN"]


def test_the_two_people_of_the_next_paragraph_are_the_sides_but_not_those_of_a_later_one():
    opening = "日中首脳会談が8日、北京の人民大会堂で行われた。"
    people = "安倍晋三首相と胡錦濤国家主席は、戦略的互恵関係の構築で一致した。"
    [talks] = proposals_in(opening + "\n\n" + people, date(2006, 10, 10))
    assert [p.name for p in talks.participants] == ["安倍晋三", "胡錦濤"]
    [talks] = proposals_in(opening + "\n式典は約30分続いた。\n" + people, date(2006, 10, 10))
    assert [p.entity_id for p in talks.participants] == ["country:JP", "country:CN"]


def test_a_visit_still_ahead_of_the_words_is_scheduled():
    [visit] = proposals_in("政府は、温家宝首相の来日を前に、準備を進めている。", date(2007, 4, 10))
    assert visit.status == "scheduled"


def test_two_bodies_named_in_quotes_heading_to_talks():
    # Wikinews: a headline in a series list above several articles
    [talks] = proposals_in("痴漢対策として東京都の地下鉄「東京メトロ」と「都営地下鉄」が統合を協議へ")
    assert [p.name for p in talks.participants] == ["東京メトロ", "都営地下鉄"]
    assert talks.status == "scheduled"
