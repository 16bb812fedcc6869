"""Sides written before the meeting word, in its sentence or earlier: 両国 opening the sentence, the countries a
lead tells meeting and then one of their people, a country as the partner of one person's talks. Sentences written
for Kaidan in the style of Japanese news, and one sentence of Japanese Wikipedia (CC BY-SA, the Stockmark NER
dataset)."""

from datetime import date

from tests.core.meeting_helpers import meetings_in, names, proposals_in

DAY = date(2019, 6, 10)


def _ids(meeting):
    return [p.entity_id for p in meeting.participants]


def test_both_countries_opening_the_sentence_are_the_two_named_before_however_far_the_word():
    [talks] = meetings_in("日本政府は韓国に対し、輸出規制の撤回を求めてきた。両国は10日、ソウルで局長級の協議を開いた。", DAY)
    assert _ids(talks) == ["country:JP", "country:KR"]


def test_a_country_named_after_both_countries_in_their_sentence_is_talked_of():
    [talks] = meetings_in("日本と韓国の関係は悪化している。両国は10日、北朝鮮問題でも協議した。", DAY)
    assert _ids(talks) == ["country:JP", "country:KR"]


def test_both_countries_opening_the_sentence_are_not_the_sides_of_another_subjects_talks():
    [talks] = meetings_in("日本と韓国は対立している。両国は、米国が中国と協議したことを批判した。", DAY)
    assert _ids(talks) == ["country:US", "country:CN"]


def test_one_of_the_people_of_a_meeting_its_countries_told_first_tells_that_meeting():
    [summit] = proposals_in("日中首脳会談が9日、北京で行われた。安倍晋三首相は人民大会堂で首脳会談に臨み、尖閣諸島問題について"
                            "協議した。", DAY)
    assert len(summit.mentions) == 3
    assert _ids(summit) == ["country:JP", "country:CN", "person:shinzo-abe"]  # (the plan drops Japan: Abe stands for it)


def test_a_meeting_of_another_country_is_not_the_one_its_countries_told_first():
    # a trip's next talks: the host of the second is no side of the first
    text = "日英首脳会談が9日行われた。安倍首相は同日、マクロン大統領とも会談した。"
    assert list(map(_ids, proposals_in(text, DAY))) == [["country:JP", "country:GB"],
                                                         ["person:shinzo-abe", "person:emmanuel-macron"]]


def test_a_country_is_the_partner_of_one_persons_talks():
    sentence = ("また、レックス・ティラーソン米国務長官は朝鮮半島有事を想定して核の確保と難民対策や38度線を越えた米軍の撤退など"
                "具体的対応を中国と協議してることを初めて公表した。")
    [talks] = meetings_in(sentence, date(2017, 12, 14))
    assert _ids(talks) == ["person:rex-tillerson", "country:CN"]
    [talks] = meetings_in("岸田外相は9日、拉致問題について北朝鮮と電話で協議した。", DAY)
    assert names(talks) == ["岸田", "北朝鮮"]


def test_a_country_across_talks_whose_subject_is_glued_to_the_word_is_the_partner():
    # what is negotiated written into the meeting word (貿易交渉, 平和条約交渉) or the talks told as between the two
    [talks] = meetings_in("甘利経産相は9日、米国との貿易交渉に臨んだ。", DAY)
    assert names(talks) == ["甘利", "米国"]
    [talks] = meetings_in("プーチン大統領は、日本と平和条約交渉を進める考えを示した。", DAY)
    assert _ids(talks) == ["person:vladimir-putin", "country:JP"]
    [talks] = meetings_in("福田首相は、北朝鮮との間の協議を再開する考えを示した。", DAY)
    assert names(talks) == ["福田", "北朝鮮"]


def test_a_country_another_noun_is_joined_to_is_no_partner():
    [talks] = meetings_in("岸田外相は9日、中国との関係について党幹部と協議した。", DAY)
    assert names(talks) == ["岸田"]


def test_the_persons_own_country_joined_by_to_to_another_party_is_no_partner():
    # ロシアと欧州連合首脳会談: the person's own country and a body not a country meet; the person is the own side
    [talks] = meetings_in("プーチン大統領は10日、ロシアと欧州連合首脳会談に臨んだ。", DAY)
    assert _ids(talks) == ["person:vladimir-putin"]
    [meeting] = meetings_in("岸田外相は9日、日本と中央アジア外相会合に出席した。", DAY)
    assert _ids(meeting) == ["person:fumio-kishida"]
    # (another country across talks glued to the word is still the partner)
    [talks] = meetings_in("プーチン大統領は10日、日本と平和条約交渉に臨んだ。", DAY)
    assert _ids(talks) == ["person:vladimir-putin", "country:JP"]


def test_talks_after_a_visit_to_a_city_are_held_with_its_country():
    [visit, talks] = meetings_in("麻生太郎外相は9日、北京を訪問し、会談した。", DAY)
    assert _ids(talks) == ["person:taro-aso", "country:CN"]
    [visit, talks] = meetings_in("麻生太郎外相は9日、北京を訪問した。同日行われた外相会談で、両外相はガス田問題を協議した。", DAY)
    assert _ids(talks) == ["person:taro-aso", "country:CN"]


def test_a_city_of_the_visitors_own_country_hosts_no_talks():
    [visit, talks] = meetings_in("麻生太郎外相は9日、大阪を訪問し、会談した。", DAY)
    assert _ids(talks) == ["person:taro-aso"]


def test_an_official_of_working_level_talks_is_the_subject_carried_into_them():
    text = "ヒル国務次官補は9日、平壌に到着した。金桂冠外務次官との協議は10日に行われる予定だ。"
    [visit, talks] = meetings_in(text, DAY)  # (the arrival: a visit of its own)
    assert names(talks) == ["ヒル", "金桂冠"] and visit.kind == "visit"
    [talks] = meetings_in("佐々江賢一郎アジア大洋州局長は9日、北京に到着した。10日に北朝鮮側と協議する予定だ。", DAY)
    assert names(talks) == ["佐々江賢一郎", "北朝鮮"]


def test_talks_told_a_sentence_or_two_after_a_visit_are_the_visitors_with_the_host():
    text = "プーチン大統領は9日、日本を公式訪問した。これに先立ち、ロシア外務省は声明を発表した。首脳会談は10日に首相官邸で行われる。"
    [visit, summit] = meetings_in(text, DAY)
    assert _ids(summit) == ["person:vladimir-putin", "country:JP"] and summit.date.value == "2019-06-10"
    [visit, summit] = meetings_in("首相は9日、フランスを訪れ、首脳会談を行った。", DAY)
    assert _ids(summit) == ["person:shinzo-abe", "country:FR"]


def test_talks_past_the_visits_days_or_far_after_it_or_a_summit_of_no_head_are_not_the_visits():
    later = "プーチン大統領は9日、日本を公式訪問した。首脳会談は来月20日に行われる。"
    far = ("プーチン大統領は9日、日本を公式訪問した。ロシア外務省は声明を発表した。経済界は期待を示した。専門家は懸念を示した。"
           "首脳会談は10日に行われる。")
    envoy = "ヒル国務次官補は9日、日本を訪問した。首脳会談は10日に行われる。"
    for text in (later, far, envoy):
        [visit, summit] = meetings_in(text, DAY)
        assert summit.participants == []


def test_partners_met_apart_with_no_subject_are_each_met_by_the_subject_carried():
    # a trip's two talks: never one meeting of the two leaders, each the traveller's own
    text = "安倍晋三首相は9日からインドとパキスタンを訪問する。10日にモディ首相と、11日にカーン首相と会談する予定だ。"
    talks = [p for p in proposals_in(text, DAY) if p.kind == "talks"]
    assert [(names(p), p.start) for p in talks] == [(["安倍晋三", "モディ"], "2019-06-10"),
                                                    (["安倍晋三", "カーン"], "2019-06-11")]


def test_two_people_joined_as_one_subject_are_no_partners_apart():
    text = "安倍晋三首相は9日、インドを訪問した。モディ首相とカーン首相は10日、会談した。"
    [talks] = [p for p in proposals_in(text, DAY) if p.kind == "talks"]
    assert names(talks) == ["モディ", "カーン"]


def test_both_sides_opening_the_sentence_are_the_two_countries_the_sentence_before_names():
    [talks] = meetings_in("北朝鮮は米国を強く非難した。両者は10日、シンガポールで会談した。", DAY)
    assert _ids(talks) == ["country:KP", "country:US"]
    [talks] = meetings_in("北朝鮮は米国を強く非難した。双方は10日、協議を再開した。", DAY)
    assert _ids(talks) == ["country:KP", "country:US"]


def test_both_sides_after_a_sentence_naming_people_are_not_its_countries():
    [talks] = meetings_in("北朝鮮の金正恩委員長は米国のトランプ大統領を非難した。両者は10日、会談した。", DAY)
    assert "country:KP" not in _ids(talks)


def test_talks_of_two_people_are_not_the_summit_of_three_countries_told_before():
    # (a sentence of a Japanese news page, gold-free: a trilateral summit to come, then the minister's own talks)
    text = ("会談で、両外相は、日本での日中韓首脳会談の開催の重要性をあらためて確認した。"
            "河野外相は、このあと、李克強首相と首脳交流の実現などについて会談する予定。")
    assert len(proposals_in(text, DAY)) == 2


def test_a_partner_met_alone_by_a_subject_written_short_is_not_split():
    text = "李度勲本部長は19日、ソウルで協議した。李氏は、20日には米国のジョセフ・ユン国務省北朝鮮担当特別代表と個別に会合する。"
    [first, talks] = meetings_in(text, DAY)
    assert "ジョセフ・ユン" in names(talks)


def test_japan_glued_to_the_other_sides_full_name_is_a_side_with_it():
    # (a Japanese foreign ministry briefing and a news page, gold-free)
    [summit] = meetings_in("本日午前中ですけれども、日・モンテネグロ首脳会談が行われました。", DAY)
    assert sorted(_ids(summit)) == ["country:JP", "country:ME"]
    text = "岸田文雄首相は、訪問中のタイの首都バンコクで、日タイ首脳会談、日チリ首脳会談をそれぞれ終えた。"
    talks = [p for p in proposals_in(text, DAY) if p.kind == "talks"]
    assert [sorted(_ids(p)) for p in talks] == [["country:JP", "country:TH", "person:fumio-kishida"],
                                                ["country:CL", "country:JP", "person:fumio-kishida"]]


def test_a_country_after_a_word_ending_in_japan_is_no_pair_with_japan():
    [visit, talks] = meetings_in("来日したモンテネグロ首相は会談した。", DAY)
    assert _ids(talks) == ["country:ME", "country:JP"]


def test_a_meeting_the_pair_agrees_on_while_meeting_is_theirs_or_their_countries_at_another_level():
    # (sentences of news pages, gold-free)
    text = "安倍晋三首相は28日深夜、トランプ米大統領と電話会談し、米ワシントンで2月10日に直接会談することで合意した。"
    [call, talks] = meetings_in(text, date(2017, 1, 29))
    assert names(talks) == ["安倍晋三", "トランプ"]
    text = ("岸田文雄外相は21日夕、ロシアのラブロフ外相とモスクワで会談し、中断している外務次官級協議を10月8日に"
            "モスクワで再開することで合意した。")
    [talks, vice] = meetings_in(text, date(2016, 9, 22))
    assert _ids(vice) == ["country:JP", "country:RU"]


def test_a_meeting_word_agreed_on_with_a_side_of_its_own_keeps_it():
    text = "岸田文雄外相は21日、ラブロフ外相と会談し、年内に習近平国家主席と会談することで一致した。"
    [talks, other] = meetings_in(text, DAY)
    assert "ラブロフ" not in names(other)


def test_a_partner_met_alone_after_a_visit_to_their_country_meets_the_traveller():
    # (a politician's report of a trip, gold-free)
    text = ("安倍総理のロシア、英国訪問に同行し、一昨日、帰国しました。英国のメイ首相との会談は、英国首相の公式別荘地である"
            "チェッカーズで行われました。")
    [visit, talks] = meetings_in(text, DAY)
    assert _ids(talks) == ["person:shinzo-abe", "person:theresa-may"]


def test_a_partner_met_by_a_subject_of_its_own_is_not_the_travellers():
    [visit, talks] = meetings_in("安倍晋三首相は10日、英国を訪問した。麻生副総理はメイ首相との会談に臨んだ。", DAY)
    assert "person:shinzo-abe" not in _ids(talks)


def test_talks_after_a_visitor_received_by_the_hosts_leader_are_that_leaders_not_the_countrys():
    # each sentence a line of its own, as newspapers and Wikinews write them
    text = "安倍晋三首相は9日、来日したインドのモディ首相を官邸に迎えた。\n会談では、安全保障協力の強化で一致した。"
    [visit, talks] = meetings_in(text, DAY)
    assert _ids(visit) == ["person:narendra-modi", "country:JP"]
    assert sorted(_ids(talks)) == ["person:narendra-modi", "person:shinzo-abe"]
    # with nobody of the host standing as the subject, the host country stays the side
    [visit, talks] = meetings_in("モディ首相は9日、来日した。\n会談では、安全保障協力の強化で一致した。", DAY)
    assert _ids(talks) == ["person:narendra-modi", "country:JP"]


def test_what_may_stand_between_the_partner_country_and_the_word_is_one_alternative_each_way():
    from core.meetings.country_partner import _TO_THE_WORD

    for between in ("と", "との", "との間の", "との間で", "と平和条約", "との貿易", "との間の核軍縮", "と電話で", "を相手に"):
        assert _TO_THE_WORD.fullmatch(between), between
    # (の only after と, 間 only after の: 中国と間の is no Japanese)
    for between in ("と間の", "と間で貿易", "との関係について", "と、", "との日本と"):
        assert _TO_THE_WORD.fullmatch(between) is None, between
