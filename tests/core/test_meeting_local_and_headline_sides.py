"""Sides a meeting's clause names without a person: a city or prefecture that meets as a body, and a
bare title that opens a headline (sentences written for Kaidan in the style of Japanese news)."""

from datetime import date

from tests.core.meeting_helpers import proposals_in, told_in


def told(text, day=date(2011, 2, 4)):
    return told_in(text, day)


def test_a_city_or_prefecture_joined_to_another_side_is_a_side():
    assert told("広島市とJR西日本が3日、協議を行った。") == [("talks", ["JR西日本", "広島市"])]
    assert told("大阪府と関西電力は3日、協定を締結した。") == [("signing", ["大阪府", "関西電力"])]
    [(kind, sides)] = told("宮崎市と宮崎県が3日、協議した。")
    assert kind == "talks" and sides == ["宮崎市", "宮崎県"]


def test_a_city_where_people_meet_is_no_side():
    [(kind, sides)] = told("札幌市で菅首相は3日、メドベージェフ大統領と会談した。")
    assert kind == "talks" and "札幌市" not in sides and len(sides) == 2
    # a city visited is the destination of a visit, not a side that meets
    assert all("広島市" not in sides for _, sides in told("オバマ大統領は3日、広島市を訪問した。"))


def test_a_bare_title_opening_a_headline_is_its_holder():
    [(kind, sides)] = told("『首相、オバマ大統領と会談』。", date(2010, 5, 30))
    assert kind == "talks" and sides == ["オバマ", "鳩山由紀夫"]
    # the person named with the title before stands for it
    [(kind, sides)] = told("菅首相は3日、記者団に語った。\n『首相、メドベージェフ大統領と電話会談』。")
    assert kind == "phone_call" and sides == ["メドベージェフ", "菅"]
    # a title inside a sentence set off by a comma is no headline's topic
    assert all("鳩山由紀夫" not in sides for _, sides in told("会見した首相、オバマ大統領と会談", date(2010, 5, 30)))


def test_people_who_sat_in_on_talks_told_before_are_at_them():
    [(kind, sides)] = told("小泉首相は10日、ブッシュ大統領と会談した。会談には安倍官房長官と麻生外相が同席した。")
    assert kind == "talks" and sides == ["ブッシュ", "安倍", "小泉", "麻生"]
    # an interpreter named by their work starts no list of people who sat in
    [(kind, sides)] = told("小泉首相は10日、ブッシュ大統領と会談した。会談には通訳の田中氏が同席した。")
    assert sides == ["ブッシュ", "小泉"]
    # people who attended a press conference sat at no talks
    [(kind, sides)] = told("小泉首相は10日、ブッシュ大統領と会談した。記者会見には安倍官房長官が同席した。")
    assert sides == ["ブッシュ", "小泉"]


def test_a_countrys_delegation_is_the_country_as_a_side():
    [(kind, sides)] = told("李在禎統一相は10日、北朝鮮代表団と会談した。")
    assert kind == "talks" and sides == ["北朝鮮", "李在禎"]
    # a delegation that came to Japan is the visitor, not the one who received it
    visit = next(p for p in proposals_in("岸田首相は10日、来日した米国の議員代表団と会談した。", date(2023, 5, 30))
                 if p.kind == "visit")
    assert [(p.name, p.role) for p in visit.participants] == [("米国", "visitor"), ("日本", "host")]


def test_the_topic_a_headline_opens_with_is_a_side_of_its_meeting():
    assert told("『米、北朝鮮と協議へ』。") == [("talks", ["北朝鮮", "米"])]  # (the US: its full name comes later)
    assert told("『中国、米国と戦略対話』。") == [("talks", ["中国", "米国"])]
    # a cited headline inside a sentence, its topic a name no entity holds
    assert told("主要ニュース『松下、ビクターを売却へ・ケンウッドと交渉』。") == [
        ("negotiation_round", ["ケンウッド", "松下"])]
    # a topic with no partner joined by と is no side of a meeting of many
    assert all("北朝鮮" not in sides for _, sides in told("『北朝鮮、6か国協議に復帰へ』。"))
    # a line of prose opened on its day is no headline: the day is no side, the person carried is
    for day in ("同日", "翌日", "同日午後"):
        text = f"岸田首相は10日、インドを訪問した。\n{day}、モディ首相と会談した。"
        assert ("talks", ["モディ", "岸田"]) in told(text)


def test_dou_shi_is_the_person_named_last():
    [visit, (kind, sides)] = told("ルビオ国務長官は9日、マレーシアに到着した。同氏は10日、王毅外相と会談した。")
    assert kind == "talks" and sides == ["ルビオ", "王毅"]
    assert visit == ("visit", ["マレーシア", "ルビオ"])  # (the arrival: a visit of its own)
    # with no one named before, 同氏 stands for nobody
    assert told("同氏は10日、プーチン大統領と会談した。") == [("talks", ["プーチン"])]


def test_both_countries_are_the_pair_named_not_the_place_of_a_meeting():
    text = "米中首脳が韓国での会談を控える中、両国の貿易交渉は15日、マレーシアで大きく前進した。"
    [talks] = [p for p in proposals_in(text, date(2025, 10, 27)) if p.kind == "negotiation_round"]
    assert sorted(p.entity_id for p in talks.participants) == ["country:CN", "country:US"]


def test_a_surname_between_a_bodys_no_and_a_title_is_a_person():
    assert told("トヨタの豊田章男社長は10日、経団連の十倉会長と会談した。") == [("talks", ["十倉", "豊田章男"])]
    assert told("社民党の福島党首は10日、民主党の小沢一郎幹事長と会談した。") == [("talks", ["小沢一郎", "福島"])]
    # a title alone, or one after 副, names no one: the bodies they speak for are the sides
    assert told("経団連の副会長は10日、民主党の幹事長と会談した。") == [("talks", ["民主党", "経団連"])]


def test_those_joined_to_the_subject_are_sides_of_its_later_clauses_too():
    talks = told("トヨタと日産は10日に会談し、提携を決め、11日にも協議した。")
    assert talks == [("talks", ["トヨタ", "日産"]), ("talks", ["トヨタ", "日産"])]
    # a partner of an earlier clause is no side of the next one
    [first, second] = told("岸田首相は10日、バイデン大統領と会談し、11日には尹大統領と会談した。")
    assert "バイデン" not in second[1] and "岸田" in second[1]


def test_talks_told_as_a_topic_with_a_partner_carry_the_subject_before():
    text = "プーチン大統領は10日、北京入りした。習近平国家主席との首脳会談は11日に行われる。"
    assert told(text, date(2024, 5, 10)) == [("visit", ["プーチン", "中国"]), ("talks", ["プーチン", "習近平"])]


def test_a_sentence_of_people_who_sat_in_joins_the_talks_told_before():
    text = "麻生外相は10日、ライス国務長官と会談した。ヒル国務次官補も同席した。"
    assert told(text) == [("talks", ["ヒル", "ライス", "麻生"])]
    # those at a press conference afterwards sat at no talks
    text = "麻生外相は10日、ライス国務長官と会談した。同日の記者会見には佐藤報道官が同席した。"
    assert told(text) == [("talks", ["ライス", "麻生"])]


def test_a_couple_stands_for_the_person_and_a_spouse_along_is_no_side():
    text = "安倍首相は10日、昭恵夫人とともにトランプ大統領夫妻と会食した。"
    assert told(text) == [("talks", ["トランプ", "安倍"])]


def test_an_acronym_the_article_spells_out_names_the_side_in_full():
    text = "スリランカ国軍とタミル・イーラム解放のトラ(LTTE)の内戦は続く。国軍は10日、LTTEとの交渉を再開した。"
    [(kind, sides)] = told(text, date(2006, 8, 12))
    assert kind == "negotiation_round" and "タミル・イーラム解放のトラ" in sides and "LTTE" not in sides
    assert told("FIFA(国際サッカー連盟)は10日、UEFAと協議した。") == [("talks", ["UEFA", "国際サッカー連盟"])]
    # an acronym spelled out nowhere stays as written
    assert told("UEFAは10日、CONMEBOLと協議した。") == [("talks", ["CONMEBOL", "UEFA"])]


def test_the_subject_of_a_clause_describing_a_noun_is_no_side():
    text = "ブッシュ大統領は10日、前任のクリントン元大統領が訪れた北京で胡錦濤国家主席と会談した。"
    assert told(text) == [("talks", ["ブッシュ", "胡錦濤"])]
    # a clause of time keeps its subject the meeting's; one describing the meeting itself too
    assert ("talks", ["プーチン", "安倍"]) in told("プーチン大統領が来日した際に、安倍首相と会談した。")
    [(kind, sides)] = told("国連安保理が27日行った二回目の協議で合意に達しなかった。")
    assert sides == ["国連安保理"]


def test_a_person_whose_deed_is_talked_over_is_no_side():
    text = "麻生外相は10日、ライス国務長官と会談し、ヒル次官補の訪朝について協議した。"
    assert told(text) == [("talks", ["ライス", "麻生"])]


def test_a_three_character_name_cut_before_its_last_character_is_made_whole():
    text = "代表団の団長を務める権浩雄内閣参事は10日、韓国の李在禎統一相と会談した。"
    assert told(text) == [("talks", ["李在禎", "権浩雄"])]
    # a prefix of a title (副, 元, 新) is no part of the name
    assert told("岸田新首相は10日、鳩山元首相と会談した。") == [("talks", ["岸田", "鳩山"])]


def test_a_body_named_short_after_its_full_name_is_named_in_full():
    text = "日本サッカー協会は9日に会見した。日本協会は10日、アジアサッカー連盟と協議した。"
    talks = [sides for kind, sides in told(text) if "アジアサッカー連盟" in sides]
    assert talks == [["アジアサッカー連盟", "日本サッカー協会"]]
    # with two bodies it may shorten, the short name stays
    text = "日本サッカー協会と日本相撲協会は9日に会見した。日本協会は10日、アジアサッカー連盟と協議した。"
    assert [sides for kind, sides in told(text) if "アジアサッカー連盟" in sides] == [["アジアサッカー連盟", "日本協会"]]
    # an acronym written at once before its body's full name
    text = "JOC日本オリンピック委員会・加盟団体審査会は4日、答申した。JOCは10日、IOCと協議した。"
    assert ["IOC", "日本オリンピック委員会"] in [sides for _, sides in told(text)]


def test_talks_of_a_visitor_alone_are_held_with_the_host_country():
    text = "小泉首相は10日、モンゴルを訪問し、首脳会談を行った。"
    assert ("talks", ["モンゴル", "小泉"]) in told(text)
    # a partner named is the other side, not the country
    text = "麻生外相は10日、中国を訪問し、北京で李肇星外相と会談した。"
    assert ("talks", ["李肇星", "麻生"]) in told(text)


def test_the_countries_whose_officials_met_are_listed_or_compounded():
    assert told("中国とロシア、イランの外相は10日、北京で会談した。") == [("talks", ["イラン", "ロシア", "中国"])]
    assert told("日米韓の外相は10日、会談した。") == [("talks", ["日", "米", "韓"])]


def test_a_body_that_tells_of_a_persons_meeting_is_no_side():
    text = "韓国大統領府は10日、尹錫悦大統領が岸田首相と会談すると発表した。"
    assert told(text, date(2023, 5, 9)) == [("talks", ["尹錫悦", "岸田"])]
    # a body as the subject meeting a person is a side
    assert told("トヨタは10日、日産のゴーン社長と会談した。") == [("talks", ["ゴーン", "トヨタ"])]


def test_posts_longer_than_a_listed_title_still_mark_their_person():
    text = "日本首席代表の佐々江賢一郎アジア大洋州局長は10日、北京で米国のヒル国務次官補と協議した。"
    assert told(text) == [("talks", ["ヒル", "佐々江賢一郎"])]


def test_the_person_whose_visit_it_is_travels_not_the_subject():
    visits = [p for p in proposals_in("麻生外相は10日、ヒル次官補の訪朝を支持した。", date(2006, 10, 16)) if p.kind == "visit"]
    assert all("麻生" not in [x.name for x in v.participants] for v in visits)


def test_both_leaders_on_the_phone_after_their_talks_make_a_call_of_their_own():
    text = "岸田首相は10日、バイデン大統領と会談した。両首脳は北朝鮮問題で一致した。両首脳は11日にも電話で会談した。"
    assert told(text) == [("talks", ["バイデン", "岸田"]), ("phone_call", ["バイデン", "岸田"])]


def test_a_long_word_after_a_name_is_no_post_unless_it_ends_like_one():
    text = "6日には、主演の藤原竜也、田村健一プロデューサーが宮城県を訪問し、舞台挨拶に参加した。"
    assert all("田村健一" not in sides for _, sides in told(text, date(2012, 3, 7)))


def test_a_prefecture_and_the_city_of_its_name_meet_as_two_sides():
    # 大阪府 and 大阪市 are two bodies: the meeting keeps both, not one place named twice
    assert told("大阪府と大阪市は3日、都市計画について協議した。") == [("talks", ["大阪市", "大阪府"])]
    assert told("広島県と広島市が3日、会談した。") == [("talks", ["広島市", "広島県"])]


def test_a_joint_meeting_of_a_pair_is_their_meeting_not_one_told_before():
    # 合同会議, 共同会見: the 同 ends a word, it does not point back as 同会議 does
    assert told("兵庫県と神戸市は3日、合同会議を開いた。") == [("talks", ["兵庫県", "神戸市"])]
    # 同会議 with nothing told before still refers back, and proposes nothing
    assert told("同会議は3日、非公開で開かれた。") == []


def test_a_line_of_prose_opened_on_a_time_word_gives_no_side_whatever_verb_ends_it():
    text = "トヨタは10日、新たな計画を発表した。\n今回、パナソニックと業務提携を結ぶことで電池の開発を急ぐ。"
    assert all("今回" not in sides for _, sides in told(text))
