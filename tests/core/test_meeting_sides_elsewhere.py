"""Meetings whose words or sides stand where the clause reader did not look: a union being arranged
(合流を調整), partners whose talks the sentence tells apart after the word (いずれも決裂), talks known by a
name in brackets after a pair told as both of a kind (自民・公明両与党の「…与党協議」), a cited headline
repeating the story's talks (sentences of Japanese Wikinews development articles, CC BY 2.5)."""

from datetime import date

from tests.core.meeting_helpers import proposals_in, sorted_names as _sides


def test_a_union_being_arranged_with_a_partner_is_talks_of_the_two():
    text = ("日本維新の会は、6月22日臨時党大会を開き、分党を正式に決定した。"
            "橋下氏のグループは結いの党(14人)との8月を目処とした合流を調整しており、合流後は51人になる見込み。")
    [talks] = proposals_in(text, date(2014, 6, 22))
    assert talks.kind == "negotiation_round"
    assert any("結いの党" in name for name in _sides(talks)) and any("橋下" in name for name in _sides(talks))
    # a date or a schedule arranged is no meeting
    assert proposals_in("両党は党首討論の日程を調整している。", date(2014, 6, 22)) == []


def test_partners_whose_talks_failed_each_are_one_meeting_each():
    text = ("東亜日報によるとユニコーンズ球団は、これまでにも韓国農協中央会とSTXグループに対して買収交渉を進めたが、"
            "いずれも決裂した。")
    talks = proposals_in(text, date(2008, 2, 1))
    assert sorted(_sides(p) for p in talks) == [["STXグループ", "ユニコーンズ球団"], ["ユニコーンズ球団", "韓国農協中央会"]]
    # told together, the three stay at one table
    [one] = proposals_in("ユニコーンズ球団は、韓国農協中央会とSTXグループに対して買収交渉を進めた。", date(2008, 2, 1))
    assert len(one.participants) == 3


def test_talks_known_by_a_bracketed_name_take_the_pair_told_as_both():
    text = ("7月1日に行われた、自民・公明両与党の「安全保障法整備に関する与党協議」で、"
            "集団的自衛権行使を認める閣議決定案が異議なしで承認された。")
    [talks] = proposals_in(text, date(2014, 7, 1))
    assert talks.start == "2014-07-01"
    assert any(p.entity_id == "org:ldp" for p in talks.participants)
    assert any(p.name == "公明" for p in talks.participants)
    # a bracketed phrase that is a clause, not a name, tells no talks
    assert proposals_in("両党は「協議を続ける」と述べた。", date(2014, 7, 1)) == []


def test_a_cited_headline_repeating_the_talks_takes_their_sides():
    text = ("東京の地下鉄「東京メトロ」と「都営地下鉄」が統合を協議へ。\n"
            "asahi.com『東京メトロ、都営地下鉄と統合協議メトロ社長が言及』。\n")
    [talks] = proposals_in(text, date(2009, 12, 10))
    assert _sides(talks) == ["東京メトロ", "都営地下鉄"]
    assert len(talks.mentions) == 2
    # a headline naming other sides takes nothing from the story
    text = ("東京の地下鉄「東京メトロ」と「都営地下鉄」が統合を協議へ。\n"
            "asahi.com『大阪市、近鉄と協議』。\n")
    talks = proposals_in(text, date(2009, 12, 10))
    [story] = [p for p in talks if _sides(p) == ["東京メトロ", "都営地下鉄"]]
    assert len(story.mentions) == 1


def test_a_named_ceasefire_agreement_concluded_by_two_sides_is_their_signing():
    text = ("イスラエルとパレスチナ自治政府は2005年2月に停戦合意していたが、ハマスの民兵が爆弾による襲撃を行い、"
            "緊張が高まっていた。")
    [signing] = proposals_in(text, date(2005, 7, 16))
    assert signing.kind == "signing" and signing.start == "2005-02"
    assert sorted(p.entity_id for p in signing.participants) == ["country:IL", "org:palestinian-authority"]
    # an agreement only referred to (broken, kept) tells no signing
    text = "イギリス政府は、アルスター義勇軍が1994年の停戦合意に違反したと14日に断定した。"
    assert [p for p in proposals_in(text, date(2005, 10, 15)) if p.kind == "signing"] == []


def test_north_and_south_of_another_country_are_not_the_two_koreas():
    text = "2005年1月、スーダンの南北は包括和平合意に調印した。"
    assert all(p.entity_id not in ("country:KR", "country:KP")
               for m in proposals_in(text, date(2011, 7, 9)) for p in m.participants)
    text = "朝鮮半島の南北は27日、板門店で閣僚級会談を開いた。"
    [talks] = [m for m in proposals_in(text, date(2007, 5, 28)) if m.kind == "talks"]
    assert sorted(p.entity_id for p in talks.participants) == ["country:KP", "country:KR"]


def test_talks_told_as_the_subject_of_a_past_verb_after_their_day_are_held_on_that_day():
    # 協議が12日、北京で行われた (reported on the 30th): the 12th of the report's month, held
    [talks] = proposals_in("日本と中国の協議が12日、北京で行われた。", date(2015, 6, 30))
    assert (talks.status, talks.start) == ("held", "2015-06-12")
    [talks] = proposals_in("日本と中国の協議が来月12日、北京で行われる。", date(2015, 6, 30))
    assert (talks.status, talks.start) == ("scheduled", "2015-07-12")


def test_a_visit_joined_to_talks_told_in_the_past_is_held():
    found = proposals_in("岸田文雄外相は12日、ワシントンを訪れ、ケリー国務長官と会った。", date(2015, 6, 30))
    assert sorted((p.kind, p.status, p.start) for p in found) == [("talks", "held", "2015-06-12"),
                                                                   ("visit", "held", "2015-06-12")]


def test_a_word_in_passing_with_someone_named_is_talks():
    [talks] = proposals_in("サミットの合間に、安倍晋三首相はメルケル首相と立ち話をした。", date(2015, 6, 30))
    assert sorted(p.entity_id for p in talks.participants) == ["person:angela-merkel", "person:shinzo-abe"]
    assert proposals_in("近所の人が立ち話をしていた。", date(2015, 6, 30)) == []


def test_a_meeting_a_relative_clause_tells_as_held_is_held_on_its_day():
    [talks] = proposals_in("12日に行われた日米首脳会談で、両首脳は同盟強化を確認した。", date(2015, 6, 30))
    assert (talks.status, talks.start) == ("held", "2015-06-12")
    [talks] = proposals_in("12日に開かれる日米首脳会談で、両首脳は同盟強化を確認する。", date(2015, 6, 30))
    assert (talks.status, talks.start) == ("scheduled", "2015-07-12")
    [talks] = proposals_in("安倍晋三首相は12日、習近平国家主席との首脳会談に臨んだ。", date(2015, 6, 30))
    assert (talks.status, talks.start) == ("held", "2015-06-12")


def test_a_partner_met_at_a_place_named_between_is_met():
    [talks] = proposals_in("安倍晋三首相は12日、中国の習近平国家主席と北京で会い、関係改善で一致した。", date(2015, 6, 30))
    assert sorted(p.entity_id for p in talks.participants) == ["person:shinzo-abe", "person:xi-jinping"]
    assert (talks.status, talks.start) == ("held", "2015-06-12")
    assert proposals_in("首相は12日、駅で会った人と話した。", date(2015, 6, 30)) == []


def test_talks_begun_are_talks():
    [talks] = proposals_in("トヨタ自動車とマツダは12日、業務提携に向けた協議を始めた。", date(2015, 6, 30))
    assert (talks.status, talks.start) == ("held", "2015-06-12") and len(talks.participants) == 2


def test_a_visit_joined_to_talks_one_side_means_to_hold_shares_their_plan():
    found = proposals_in("安倍晋三首相は今秋にも訪中し、習近平国家主席と会談したい考えだ。", date(2015, 6, 30))
    assert sorted((p.kind, p.status) for p in found) == [("talks", "proposed"), ("visit", "proposed")]


def test_a_meal_shared_with_a_guest_received_is_talks_with_the_guest():
    [meal] = proposals_in("安倍晋三首相はオバマ大統領を私邸に招いて夕食を共にした。", date(2015, 6, 30))
    assert sorted(p.entity_id for p in meal.participants) == ["person:barack-obama", "person:shinzo-abe"]
    assert proposals_in("安倍晋三首相は家族と夕食を共にした。", date(2015, 6, 30)) == []


def test_talks_resumed_or_that_reached_an_agreement_are_held_on_their_day():
    for text in ("イランと6か国は12日、核協議で最終合意に達した。", "イランと6か国は12日、ウィーンで核協議を再開した。"):
        [talks] = proposals_in(text, date(2015, 6, 30))
        assert (talks.status, talks.start) == ("held", "2015-06-12")


def test_talks_for_a_purpose_are_held_and_talks_broken_off_were_held_on_their_day():
    [talks] = proposals_in("キリンホールディングスはサントリーホールディングスと経営統合に向けて協議している。", date(2009, 7, 13))
    assert talks.status == "held"
    [talks] = proposals_in("日本航空は12日、アメリカン航空との提携交渉を打ち切った。", date(2015, 6, 30))
    assert (talks.status, talks.start) == ("held", "2015-06-12")
    # a plan told after the word stays a plan
    [talks] = proposals_in("日米は首脳会談に向けた事務レベル協議を来月行う。", date(2015, 6, 30))
    assert talks.status == "scheduled"


def test_the_pair_of_a_compound_before_what_the_talks_are_about_are_their_sides():
    [talks] = proposals_in("日朝国交正常化交渉は12日から3日間、北京で行われた。", date(2015, 6, 30))
    assert sorted(p.entity_id for p in talks.participants) == ["country:JP", "country:KP"]
    assert (talks.status, talks.start) == ("held", "2015-06-12")


def test_a_visit_sharing_the_plan_of_the_talks_it_leads_to_shares_their_month():
    found = proposals_in("安倍晋三首相は4月にも訪米し、オバマ大統領と会談する見通しだ。", date(2015, 6, 30))
    assert sorted((p.kind, p.status, p.start) for p in found) == [("talks", "scheduled", "2016-04"),
                                                                   ("visit", "scheduled", "2016-04")]


def test_a_call_told_by_its_verb_joined_to_a_past_clause_is_held_on_its_day():
    for text in ("安倍晋三首相は12日、トランプ大統領と電話し、北朝鮮問題について話した。",
                 "トランプ大統領は12日、安倍晋三首相に電話をかけ、祝意を伝えた。"):
        [call] = proposals_in(text, date(2015, 6, 30))
        assert (call.kind, call.status, call.start) == ("phone_call", "held", "2015-06-12")


def test_an_envoy_summoned_to_a_ministry_is_met_there():
    [talks] = proposals_in("岸田文雄外相は12日、中国の程永華駐日大使を外務省に呼び、抗議した。", date(2015, 6, 30))
    assert any(p.entity_id == "person:fumio-kishida" for p in talks.participants)
    assert any(p.name == "程永華" for p in talks.participants)
    assert (talks.status, talks.start) == ("held", "2015-06-12")
    # friends or an ambulance called are no meeting of sides
    assert proposals_in("男性は友人を自宅に呼んで、酒を飲んだ。", date(2015, 6, 30)) == []
    assert proposals_in("警察は救急車を現場に呼び、男性を搬送した。", date(2015, 6, 30)) == []


def test_a_meeting_told_in_the_honorific_past_is_held_on_its_day():
    found = proposals_in("天皇陛下は12日、来日中のトランプ大統領と会見された。", date(2015, 6, 30))
    assert [(p.status, p.start) for p in found if p.kind == "talks"] == [("held", "2015-06-12")]


def test_a_players_own_transfer_or_contract_talks_are_the_players_and_the_clubs():
    [talks] = proposals_in("31日、CSKAモスクワに所属する日本代表MF・本田圭佑のラツィオ移籍交渉は破談となった。",
                           date(2014, 2, 1))
    assert sorted(p.name for p in talks.participants) == ["ラツィオ", "本田圭佑"]
    [talks] = proposals_in("ダルビッシュ有のレンジャーズとの契約交渉がまとまった。", date(2012, 1, 19))
    assert sorted(p.name for p in talks.participants) == ["ダルビッシュ有", "レンジャーズ"]
    # a person who only speaks of talks is no side of them
    assert proposals_in("本田圭佑は会見で、今回の交渉について語った。", date(2014, 2, 1)) == []


def test_an_alliance_contract_concluded_is_a_signing_held_on_its_day():
    [signing] = proposals_in("日産自動車は12日、ルノーと資本提携契約を結んだ。", date(2015, 6, 30))
    assert (signing.kind, signing.status, signing.start) == ("signing", "held", "2015-06-12")
    assert len(signing.participants) == 2
    # a player's contract is no signing of sides
    assert proposals_in("巨人は新外国人選手と契約を結んだ。", date(2015, 6, 30)) == []
    [talks] = proposals_in("日本郵政は12日、ゆうちょ銀行の株式売却について、財務省と協議に入った。", date(2015, 6, 30))
    assert (talks.status, talks.start) == ("held", "2015-06-12")


def test_the_country_a_visit_is_told_to_be_under_way_in_hosts_it():
    found = proposals_in("岸田外相は、ASEAN地域フォーラムに出席するため訪問しているマレーシアで、王毅外相と会談した。",
                         date(2015, 8, 6))
    [visit] = [p for p in found if p.kind == "visit"]
    assert ("country:MY", "host") in [(p.entity_id, p.role) for p in visit.participants]


def test_a_visit_the_talks_were_timed_to_was_held_with_them():
    found = proposals_in("安倍晋三首相の訪米に合わせ、日米首脳会談が12日に行われた。", date(2015, 6, 30))
    assert sorted((p.kind, p.status, p.start) for p in found) == [("talks", "held", "2015-06-12"),
                                                                   ("visit", "held", "2015-06-12")]
