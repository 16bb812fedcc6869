"""How a side of a meeting is named: a body by its full name when the article spells its acronym out
inside quotes and an aside, a country's government delegation beside the other side's, one side read
twice (once with its entity, once as written) kept once. Sentences of Japanese Wikinews (CC BY 2.5) and
sentences written for Kaidan in their style."""

from datetime import date

from core.meetings.anaphors import places_referred
from core.meetings.mention import Participant
from core.meetings.people import unique
from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.core.meeting_helpers import proposals_in, told_in

REGISTRY = bundled_registry()


def told(text, day=date(2009, 2, 27)):
    return told_in(text, day)


def test_an_acronym_spelled_out_in_quotes_before_an_aside_names_the_body_in_full():
    text = ("公正取引委員会は27日、社団法人「日本音楽著作権協会」(JASRAC、東京都渋谷区)が行う包括徴収に排除措置命令を行った。"
            "日本民間放送連盟の広瀬道貞会長は「十分検討を行い、JASRACなどと協議していく」とのコメントを行った。")
    [(kind, sides)] = told(text)
    assert kind == "talks" and sides == ["日本民間放送連盟", "日本音楽著作権協会"]
    # the aside's other words (its seat) are no full name: an acronym spelled out nowhere stays as written
    assert told("日本民間放送連盟は27日、JASRAC(東京都渋谷区)と協議した。") == [
        ("talks", ["JASRAC", "日本民間放送連盟"])]


def test_a_government_delegation_is_its_country_beside_the_other_sides():
    assert told("北朝鮮代表団は9日、日本政府代表団と協議した。", date(2006, 5, 10)) == [("talks", ["北朝鮮", "日本"])]
    assert told("日本政府代表団と北朝鮮代表団は9日、協議を行った。", date(2006, 5, 10)) == [("talks", ["北朝鮮", "日本"])]
    # a government named for itself is still its country
    assert told("日本政府と北朝鮮は9日、協議を行った。", date(2006, 5, 10)) == [("talks", ["北朝鮮", "日本"])]


def test_a_side_read_with_its_entity_and_as_written_is_one_side():
    sides = unique([Participant("西武"), Participant("西武", "found:ORG:西武"), Participant("福岡ソフトバンク")])
    assert [(p.name, p.entity_id) for p in sides] == [("西武", "found:ORG:西武"), ("福岡ソフトバンク", None)]
    # two names with no entity, or one entity written twice, stay as before
    assert len(unique([Participant("西武"), Participant("西武")])) == 1
    assert len(unique([Participant("西武"), Participant("西武ライオンズ", "found:ORG:西武ライオンズ")])) == 2


def test_both_leaders_dated_to_another_day_are_the_pair_named_before_at_another_meeting():
    text = ("小泉首相は9日、ブッシュ大統領とホワイトハウスで会談した。会談では北朝鮮問題が話し合われた。"
            "両首脳は昨年11月にも京都で会談している。")
    found = sorted((p.start or "", sorted(x.name for x in p.participants)) for p in proposals_in(text, date(2006, 5, 10)))
    assert found == [("2005-11", ["ブッシュ", "小泉"]), ("2006-05-09", ["ブッシュ", "小泉"])]
    # with no day of their own, the words refer back to the talks told before: one meeting
    text = "小泉首相は9日、ブッシュ大統領とホワイトハウスで会談した。両首脳は会談後、共同会見を開いた。"
    assert len(proposals_in(text, date(2006, 5, 10))) == 1


def test_a_word_for_the_country_named_before_is_that_country():
    text = "小泉首相は8日、モンゴルに到着した。9日には同国の首相と会談した。"
    assert told(text, date(2006, 5, 10)) == [("visit", ["モンゴル", "小泉"]), ("talks", ["モンゴル", "小泉"])]
    # the country in a person's title (ライス米国務長官) is not the one the text speaks of
    [talks] = [p for p in proposals_in("インドネシアを訪問したライス米国務長官は9日、同国の外相と会談した。", date(2006, 5, 10))
               if p.kind == "talks"]
    assert sorted(x.entity_id for x in talks.participants) == ["country:ID", "person:condoleezza-rice"]
    text = "麻生外相は9日、インドを訪問した。同国外相と会談し、協力を確認した。"
    assert ("talks", ["インド", "麻生"]) in told(text, date(2006, 5, 10))
    # a word of its own (同国人, 共同市場) or 同国 with no country named before refers to nothing
    text = "モンゴルの同国人記者は共同市場を取材した。同国は…"
    referred = [(m.text, m.entity_id) for m in places_referred(text, detect(text, REGISTRY)) if m.text.startswith("同")]
    assert referred == [("同国", "country:MN")]
    assert [m for m in places_referred("同国は9日、声明を出した。", []) if m.text == "同国"] == []


def test_a_word_for_the_state_named_before_is_a_side():
    text = ("コナミが1月26日付のプレスリリースで、ウェストバージニア州の公立学校が同社のダンスゲームを導入するための"
            "パートナーシップを、同州と子会社「コナミデジタルエンタテインメント」の間で締結したと発表した。")
    [(kind, sides)] = told(text, date(2006, 1, 27))
    assert kind == "signing" and "ウェストバージニア州" in sides


def test_the_host_countrys_own_officer_named_by_a_bare_title_is_no_visitor():
    found = proposals_in("首相は9日、来日中のブッシュ大統領と首脳会談を行った。", date(2006, 5, 10))
    visits = [p for p in found if p.kind == "visit"]
    assert [[(x.name, x.role) for x in p.participants] for p in visits] == [[("ブッシュ", "visitor"), ("日本", "host")]]
    # the bare title still stands for the prime minister at the talks
    [talks] = [p for p in found if p.kind == "talks"]
    assert sorted(x.name for x in talks.participants) == ["ブッシュ", "小泉純一郎"]


def test_the_one_the_subject_addresses_at_talks_of_two_countries_stands_for_the_other():
    text = "9日に東京で開かれた日韓外相会談で、麻生外相は潘基文外交通商相に抗議した。"
    assert told(text, date(2006, 5, 10)) == [("talks", ["潘基文", "麻生"])]
    # with nobody addressed, the other country stays
    [talks] = proposals_in("日中外相会談で、麻生外相は記者団に成果を語った。", date(2006, 5, 10))
    assert sorted(x.entity_id for x in talks.participants) == ["country:CN", "person:taro-aso"]


def test_subjects_who_each_met_one_partner_are_a_meeting_each():
    text = "胡錦濤国家主席と温家宝首相は9日、それぞれ麻生外相と会談した。"
    assert sorted(sides for _, sides in told(text, date(2006, 5, 10))) == [["温家宝", "麻生"], ["胡錦濤", "麻生"]]
    # without それぞれ, one meeting of three
    assert told("胡錦濤国家主席と温家宝首相は9日、麻生外相と会談した。", date(2006, 5, 10)) == [
        ("talks", ["温家宝", "胡錦濤", "麻生"])]


def test_a_surname_and_title_after_a_bodys_acronym_or_a_delegation_is_a_person():
    assert told("麻生外相は9日、アフリカ連合（AU）のコナレ委員長と会談した。", date(2006, 5, 10)) == [
        ("talks", ["コナレ", "麻生"])]
    assert told("北朝鮮代表団の金桂冠団長は9日、ヒル国務次官補と会談した。", date(2006, 5, 10)) == [
        ("talks", ["ヒル", "金桂冠"])]


def test_both_countries_are_those_of_the_talks_told_some_sentences_above():
    text = ("小泉首相は9日、盧武鉉大統領と会談した。会談では、靖国神社参拝問題や竹島問題が取り上げられたが、双方の主張は"
            "平行線をたどった。小泉首相は「参拝は心の問題だ」と述べ、理解を求めた。盧武鉉大統領は「歴史認識の問題だ」と反論した。"
            "経済分野では、自由貿易協定の交渉再開で一致した。また、北朝鮮の核問題をめぐる6か国協議の早期再開に向けて協力することも"
            "確認した。両国は今後、外相会談を定期的に開くことで合意した。")
    later = [p for p in proposals_in(text, date(2006, 5, 10)) if p.status == "scheduled"]
    assert [sorted(x.entity_id for x in p.participants) for p in later] == [["country:JP", "country:KR"]]


def test_a_countrys_unnamed_officials_stand_for_it():
    text = "12月3日にアメリカ国防総省のエデルマン次官と中国軍幹部が会談し、懸念を表明した。"
    assert told(text, date(2008, 1, 17)) == [("talks", ["エデルマン", "中国軍"])]
    [talks] = proposals_in("ヒル国務次官補は9日、北朝鮮政府高官と会談した。", date(2006, 5, 10))
    assert sorted(x.entity_id for x in talks.participants) == ["country:KP", "found:PERSON:ヒル"]
    # a source is no side
    [talks] = proposals_in("中国当局者によると、胡錦濤国家主席は9日、ブッシュ大統領と会談した。", date(2006, 5, 10))
    assert sorted(x.name for x in talks.participants) == ["ブッシュ", "胡錦濤"]


def test_a_government_a_person_meets_is_a_side():
    text = "日本の谷川秀善外務副大臣は援助についてパキスタン政府と協議するため現地を訪れている。"
    [talks] = [p for p in proposals_in(text, date(2005, 10, 13)) if p.kind == "talks"]
    assert sorted(x.name for x in talks.participants) == ["パキスタン", "谷川秀善"]


def test_the_subject_of_a_clause_a_visit_is_the_purpose_of_is_the_visitor():
    text = "また、影響を受けた便の中には中国訪問のためにイギリスのゴードン・ブラウン首相が乗っていた旅客機もあった。"
    [visit] = proposals_in(text, date(2008, 1, 18))
    assert [(x.name, x.role) for x in visit.participants] == [("ゴードン・ブラウン", "visitor"), ("中国", "host")]
    # a visit opening the text is read alike (its country was looked for before the text's start)
    [visit] = proposals_in("中国訪問のため、ブラウン首相は17日にロンドンを出発した。", date(2008, 1, 16))
    assert [(x.name, x.role) for x in visit.participants] == [("ブラウン", "visitor"), ("中国", "host")]


def test_two_teams_of_a_game_are_the_two_sides_their_words_refer_to():
    text = ("時事通信によると、7月27日に開催される予定のプロ野球「福岡ソフトバンク対西武」の試合が中止になった。"
            "西武の選手らは東京を出発する予定だったが、機体の故障で出発が遅れたことから、両チームの間で協議を行った。")
    [(kind, sides)] = told(text, date(2007, 7, 27))
    assert kind == "talks" and sides == ["福岡ソフトバンク", "西武"]


def test_a_headline_opening_on_a_countrys_title_names_its_holder_told_before():
    text = ("横田早紀江さんらは28日、ホワイトハウスでブッシュ大統領と面会した。\n読売新聞、2006年4月28日。\n"
            "『米大統領、拉致を批判「働き掛け強めたい」横田さん面会』。\n産経新聞、2006年4月29日。")
    [talks] = proposals_in(text, date(2006, 4, 29))
    assert sorted(x.name for x in talks.participants) == ["ブッシュ", "横田早紀江"]
    assert len(talks.mentions) == 2


def test_people_named_after_the_meeting_word_are_its_sides():
    day = date(2006, 5, 10)
    for text in ("首脳会談は9日、北京で小泉首相と胡錦濤国家主席の間で行われた。",
                 "9日に行われた首脳会談には、小泉首相と胡錦濤国家主席が臨んだ。",
                 "9日の首脳会談には日本から小泉首相、中国から胡錦濤国家主席が出席した。",
                 "日中首脳会談は9日、小泉首相と胡錦濤国家主席の間で行われた。"):
        assert told(text, day) == [("talks", ["小泉", "胡錦濤"])], text
    # a place the talks are held at names no side
    [talks] = proposals_in("日中首脳会談は9日、北京の人民大会堂で行われた。", day)
    assert sorted(x.entity_id for x in talks.participants) == ["country:CN", "country:JP"]


def test_a_sentence_inside_a_quote_reads_its_sides_from_its_own_words():
    text = ("重野幹事長も「政権を離脱しても民主党・国民新党との政策合意は実現を求めていく。"
            "民主党の小沢一郎幹事長から電話があり、選挙協力を求めた」と語っている。")
    calls = [p for p in proposals_in(text, date(2010, 5, 30)) if p.kind == "phone_call"]
    assert [[x.name for x in p.participants if x.name in ("民主党", "国民新党")] for p in calls] == [[]]


def test_a_companion_named_with_the_traveller_of_the_sentence_before_travels_too():
    text = "ブータンのワンチュク国王＆ペマ王妃が関西国際空港から帰国の途についた。15日に来日を果たすと、宮中晩餐会に参加した。"
    found = {p.kind: [(x.name, x.role) for x in p.participants] for p in proposals_in(text, date(2011, 11, 22))}
    assert found["visit"] == [("ワンチュク", "visitor"), ("ペマ", "visitor"), ("日本", "host")]
    assert sorted(name for name, _ in found["talks"]) == ["ペマ", "ワンチュク"]
    # a traveller alone stays alone
    text = "ワンチュク国王は関西国際空港から帰国の途についた。15日に来日を果たした。"
    [visit] = proposals_in(text, date(2011, 11, 22))
    assert [(x.name, x.role) for x in visit.participants] == [("ワンチュク", "visitor"), ("日本", "host")]


def test_a_body_named_by_its_leaders_title_alone_is_a_side():
    assert told("安倍首相は9日、トヨタ自動車社長と会談した。") == [("talks", ["トヨタ自動車", "安倍"])]
    assert told("ソフトバンクの社長は9日、ボーダフォン日本法人の社長と会談した。") \
        == [("talks", ["ソフトバンク", "ボーダフォン"])]
    text = "また朝日新聞によると、ソフトバンクとボーダフォンのイギリス本部とが業務提携を結び、合弁の新会社を発足させる。"
    assert told(text, date(2006, 3, 5)) == [("signing", ["ソフトバンク", "ボーダフォン"])]  # a part of the body
    # the leader named with the title is the side, not the body
    assert told("安倍首相は9日、トヨタ自動車の豊田章男社長と会談した。") == [("talks", ["安倍", "豊田章男"])]


def test_a_body_whose_meeting_word_has_its_own_partner_holds_the_talks():
    assert told("日本経済新聞によると、キリンホールディングスはサントリーホールディングスとの統合交渉を打ち切った。") \
        == [("negotiation_round", ["キリンホールディングス", "サントリーホールディングス"])]
    # a body that tells of a person's talks is still no side
    assert told("韓国大統領府は9日、尹錫悦大統領がバイデン大統領との首脳会談を行うと発表した。") \
        == [("talks", ["バイデン", "尹錫悦"])]


def test_a_persons_group_is_a_side_named_as_written():
    assert told("分党後、石原氏のグループは太陽の党と協議した。") == [("talks", ["太陽の党", "石原氏のグループ"])]
    assert told("小沢氏の陣営は9日、鳩山氏の陣営と協議した。") == [("talks", ["小沢氏の陣営", "鳩山氏の陣営"])]
    assert told("小沢氏は9日、鳩山氏と協議した。") == [("talks", ["小沢", "鳩山"])]


def test_a_partner_with_an_aside_after_the_title_is_a_side():
    text = ("レノボ・ジャパンは2012年2月20日、プロゴルファーの斉藤愛璃選手（所属：程ヶ谷ＣＣ）と、2012年3月1日から"
            "2013年2月28日までの期間、オフィシャル・スポンサーシップ契約を締結したと発表した。")
    assert told(text, date(2012, 2, 21)) == [("signing", ["レノボ・ジャパン", "斉藤愛璃"])]
    # a word cut inside a body's name is no person with a title: ドイツキリスト教民主同盟(CDU)と
    found = told("28日、ドイツの総選挙で第1党となった、野党キリスト教民主同盟(CDU)・キリスト教社会同盟(CSU)と、第2党と"
                 "なった与党社会民主党(SPD)が、2回目の連立交渉を行った。", date(2005, 9, 29))
    assert all("キリスト" not in sides for _, sides in found)


def test_a_body_named_by_the_short_form_or_reading_the_article_gives_it_in_brackets_is_named_in_full():
    day = date(2008, 3, 19)
    text = ("石油元売り最大手・新日本石油(新日石)は18日、九州石油を吸収合併する方針を決めた。"
            "新日石は新日本製鐵から株式の全株取得を目指して交渉を進めている。")
    assert told(text, day) == [("negotiation_round", ["新日本石油", "新日本製鐵"])]
    # a katakana reading of a name written in Latin letters
    text = "有線放送大手のUSEN(ユーセン)が名乗りを上げた。ユーセンは14日、フジテレビと株式譲渡交渉を行った。"
    assert told(text, day) == [("negotiation_round", ["USEN", "フジテレビ"])]
    # an aside that goes on after the name (its seat) gives no short form in brackets; the entity layer still
    # links a short form of first letters to the full name the article writes (core.nlp.initials)
    text = ("石油元売り最大手・新日本石油(新日石本社:東京都)は18日、方針を決めた。"
            "新日石は新日本製鐵から株式の全株取得を目指して交渉を進めている。")
    assert told(text, day) == [("negotiation_round", ["新日本石油", "新日本製鐵"])]
    from core.meetings.full_names import _short_forms
    assert "新日石" not in _short_forms(text)


def test_short_forms_are_read_only_where_the_letters_agree():
    from core.meetings.full_names import _short_forms
    assert _short_forms("地域政党・大阪維新の会(以下、「維新の会」)を結成した。") == {"維新の会": "大阪維新の会"}
    assert _short_forms("東京都台東区にある恩賜上野動物園(通称:上野動物園)のパンダ") == {"上野動物園": "恩賜上野動物園"}
    # a reading of a word (現代(ヒョンデ)), a name's reading in kana, a person's age, an acronym: none is a short form
    assert _short_forms("現代(ヒョンデ)ユニコーンズの譲渡。大関・琴光喜(ことみつき)(34)に。国際天文学連合(IAU)の総会") == {}


def test_a_word_referring_back_to_a_body_is_that_body_as_a_subject_or_a_partner():
    day = date(2008, 3, 19)
    text = "トヨタ自動車は10日、新工場の建設を発表した。同社は11日、日産自動車と協議した。"
    assert told(text, day) == [("talks", ["トヨタ自動車", "日産自動車"])]
    # not a body its own sentence names, and a company never the outlet that reports on it
    text = "日本経済新聞によると、トヨタ自動車は10日、新工場の建設を発表した。日産自動車は11日、同社と協議した。"
    assert told(text, day) == [("talks", ["トヨタ自動車", "日産自動車"])]
    text = "自民党は10日、新法案を発表した。民主党は11日、同党と協議した。"
    assert told(text, day) == [("talks", ["民主党", "自民党"])]
    # the one who tells of talks between others stays outside them
    text = "トヨタ自動車は10日、新工場の建設を発表した。同社は、日産自動車がホンダと協議したと発表した。"
    assert told(text, day) == [("talks", ["ホンダ", "日産自動車"])]


def test_a_word_for_a_company_stands_for_no_court_and_no_bare_kind():
    from core.meetings.anaphors import bodies_named_back
    text = "東京地裁は10日、判決を言い渡した。判決では、同社と契約を締結した際の内容が争われた。"
    mentions = detect(text, REGISTRY, date(2011, 9, 16))
    assert [m.text for m in bodies_named_back(text, mentions) if m.text == "同社"] == []
    text = "トヨタ自動車は10日、新工場の建設を発表した。同社は11日、日産自動車と協議した。"
    mentions = detect(text, REGISTRY, date(2011, 9, 16))
    [found] = [m for m in bodies_named_back(text, mentions) if m.text == "同社"]
    assert found.type == "ORG" and found.full_name == "トヨタ自動車"


def test_a_word_for_a_body_may_mean_the_body_its_sentence_cites_as_its_source():
    from core.meetings.anaphors import bodies_joined, bodies_named_back
    day = date(2011, 9, 16)
    text = "読売新聞によると、主催者の同紙と日本高校野球連盟は10日、大会の日程について協議した。"
    mentions = bodies_named_back(text, detect(text, REGISTRY, day))
    [paper] = [m for m in mentions if m.text == "同紙"]
    assert (paper.entity_id, paper.full_name) == ("org:yomiuri", "読売新聞")
    assert bodies_joined(text, mentions, 0, text.index("協議")) == [paper]  # joined to the league by と
    text = "ソニーによると、同社はパナソニックと11日、規格の統一について協議した。"
    mentions = bodies_named_back(text, detect(text, REGISTRY, day))
    [company] = [m for m in mentions if m.text == "同社"]
    assert company.full_name == "ソニー"
    assert bodies_joined(text, mentions, 0, text.index("協議")) == []  # the subject alone: not joined to a side
    # a body its sentence names as a side is not what its word for a body means
    text = "日産自動車は、同社と協議した。"
    assert [m for m in bodies_named_back(text, detect(text, REGISTRY, day)) if m.text == "同社"] == []
    # 同新聞社 is a word for an outlet, as 同通信社 is: the paper, not the bare word, and no company
    text = "産経新聞によると、同新聞社と時事通信社は10日、記事配信で提携することで合意した。"
    [paper] = [m for m in bodies_named_back(text, detect(text, REGISTRY, day)) if m.text == "同新聞社"]
    assert (paper.entity_id, paper.full_name) == ("org:sankei", "産経新聞")
    text = "トヨタ自動車は新工場を建てる。同新聞社と協議した。"
    assert [m for m in bodies_named_back(text, detect(text, REGISTRY, day)) if m.text == "同新聞社"] == []


def test_a_pair_whose_undertaking_the_talks_are_about_are_the_sides():
    day = date(2009, 11, 12)
    assert told("東京メトロと都営地下鉄の経営統合に向けた協議が始まった。", day) == [("talks", ["東京メトロ", "都営地下鉄"])]
    assert told("トヨタ自動車と日産自動車の業務提携に向けた交渉が始まった。", day) == [
        ("negotiation_round", ["トヨタ自動車", "日産自動車"])]
    # talks about something between two others (their conflict) are not theirs
    assert all("パレスチナ" not in sides for _, sides in told("イスラエルとパレスチナの対立をめぐる協議が始まった。", day))


def test_a_body_called_on_hosts_the_visit():
    day = date(2007, 3, 1)
    assert told("トヨタ自動車の豊田社長は10日、経団連を訪問した。", day) == [("visit", ["経団連", "豊田"])]
    assert told("小泉首相は10日、国連本部を訪問した。", day) == [("visit", ["国連", "小泉"])]
    # a place visited by crowds is no body called on
    assert told("多くの観光客が東京ディズニーランドを訪れた。", day) == []


def test_a_local_government_written_by_its_kind_alone_is_the_one_named_before():
    day = date(2011, 2, 4)
    text = "広島市は3日、路線の復活を発表した。市とJR西日本が協議を行い、事業化を決める。"
    assert told(text, day) == [("talks", ["JR西日本", "広島市"])]
    text = "北海道の漁業取締船が出動した。密漁船の情報を交換するため、道とロシア側が洋上会談を行った。"
    assert told(text, day) == [("talks", ["ロシア", "北海道"])]
    text = "長野県の村井知事は10日、会見した。県は今後、JR東日本と協議する。"
    assert told(text, day) == [("talks", ["JR東日本", "長野県"])]
    # a word that only ends with the kind (都市) names no town
    assert told("都市の再開発が進む。市は今後、JR東日本と協議する。", day) == [("talks", ["JR東日本"])]


def test_a_bodys_delegation_meets_for_the_body():
    day = date(2007, 3, 1)
    assert ("talks", ["中国共産党", "民主党"]) in told("民主党の訪中団は10日、中国共産党と会談した。", day)
    assert told("経団連の使節団一行は10日、胡錦濤国家主席と会談した。", day) == [("talks", ["経団連", "胡錦濤"])]


def test_a_negotiation_told_with_no_side_is_held_by_the_body_the_article_is_about():
    day = date(2005, 8, 19)
    text = "イスラエル軍は18日、入植地の撤退に乗り出した。数時間、立ち退きのための交渉を行ったが成果はなかった。"
    assert told(text, day) == [("negotiation_round", ["イスラエル軍"])]
    # a body's own deliberation (協議 with nobody across) and a side the sentence names itself are not
    assert told("イスラエル軍は18日、入植地の撤退に乗り出した。今後の対応を協議する。", day) == []
    text = "スリランカ中央選挙管理委員会は18日、結果を発表した。このためLTTE側も和平交渉に積極的な動きをみせていない。"
    assert all("スリランカ中央選挙管理委員会" not in sides for _, sides in told(text, day))
    # the negotiation word as its sentence's topic is the negotiation told before, not the article's body's own
    text = "イスラエルとパレスチナ自治政府は、和平交渉を再開することで合意した。交渉は9月2日からワシントンで行われる。"
    assert told(text, day) == [("negotiation_round", ["イスラエル", "パレスチナ自治政府"])]
    assert told("イスラエル軍は18日、入植地の撤退に乗り出した。交渉は難航している。", day) == []


def test_the_person_a_meetings_relative_clause_describes_is_its_partner():
    day = date(2006, 5, 10)
    assert ("talks", ["ブッシュ", "小泉"]) in told("小泉首相は、前日に会談したブッシュ大統領に電話をかけた。", day)
    assert ("phone_call", ["ブッシュ", "小泉"]) in told("小泉首相は、電話会談を行ったばかりの米国のブッシュ大統領と再び話した。", day)
    # a time after the meeting (会談した後に, 会談した翌日の) describes nobody met
    for text in ("小泉首相は、会談した後にブッシュ大統領の写真を撮った。", "小泉首相は、会談した翌日のブッシュ大統領の演説を聞いた。"):
        assert all("ブッシュ" not in sides for _, sides in told(text, day))


def test_bodies_named_before_their_count_word_are_the_subject():
    day = date(2007, 3, 1)
    assert told("トヨタ自動車と日産自動車の両社は10日、提携について協議した。", day) == [("talks", ["トヨタ自動車", "日産自動車"])]
    assert told("自民党と公明党の両党は10日、協議した。", day) == [("talks", ["公明党", "自民党"])]


def test_the_one_across_the_table_is_a_partner():
    day = date(2007, 3, 1)
    assert told("トヨタ自動車は10日、日産自動車を相手に交渉を行った。", day) == [
        ("negotiation_round", ["トヨタ自動車", "日産自動車"])]
    # a pair joined by ・ before 間 is read at the clause as two sides
    from core.meetings.sides import clause_participants
    text = "トヨタ・日産間の協議が10日に行われた。"
    actors = [m for m in detect(text, REGISTRY, day) if m.type != "DATE"]
    start = text.index("協議")
    assert [p.name for p in clause_participants(text, actors, 0, 0, start, start + 2, "協議")] == ["トヨタ", "日産"]


def test_a_state_speaking_by_its_government_or_name_before_a_quote_is_a_side_of_its_talks():
    # 中国政府は「日本と協議する」: the state itself tells of its own talks with the partner the quote names
    assert told("中国政府は27日、「日本と協議する用意がある」と表明した。") == [("talks", ["中国", "日本"])]
    assert told("北朝鮮は27日、「米国との協議を続ける」と述べた。") == [("talks", ["北朝鮮", "米国"])]
    # (a state answering another speaker is no side of the talks that speaker tells of)
    assert told("日本は、中国の報道官が「米国との協議を続ける」と述べたことに反発した。") == [("talks", ["米国"])]


def test_a_state_as_the_subject_of_a_clause_closed_before_the_quote_is_no_speaker_of_it():
    # 北朝鮮が反発する中、「…」と首相は: the state's が stays in its clause; the speaker is named after the quote
    assert told("北朝鮮が反発する中、「米国と協議を続ける」と岸田首相は述べた。") == [("talks", ["米国"])]
    assert told("ロシアが侵攻した後、「ウクライナと協議する」とフランス外相は語った。") == [("talks", ["ウクライナ"])]
    assert told("中国が反対しても、「台湾と協議する」と米国務省は述べた。") == [("talks", ["台湾"])]
    assert told("北朝鮮が反発した直後、「米国と協議を続ける」と岸田首相は述べた。") == [("talks", ["米国"])]
    assert told("中国が演習を続ける間、「台湾と協議する」と米国務省は述べた。") == [("talks", ["台湾"])]
    # (a state with が right before the quote, after its day, in a clause that leads to it or going on after a
    # clause of its own, still speaks)
    assert told("中国政府が10日、「日本と協議する用意がある」と発表した。") == [("talks", ["中国", "日本"])]
    assert told("中国政府が声明を発表、「日本と協議する用意がある」とした。") == [("talks", ["中国", "日本"])]
    assert told("中国政府が10日発表した声明で「日本と協議する」とした。") == [("talks", ["中国", "日本"])]


def test_a_person_as_the_subject_of_a_clause_closed_before_a_quote_another_speaks_is_no_side_of_it():
    # 岸田首相が訪米する中、「…と会談する」と林外相は述べた: 林 speaks; 岸田's が stays in its clause
    day = date(2023, 5, 10)
    assert told("岸田首相が訪米する中、「ブリンケン国務長官と会談する」と林外相は述べた。", day) == [
        ("visit", ["岸田", "米"]), ("talks", ["ブリンケン", "林"])]
    assert told("プーチン大統領が侵攻を続ける中、「ゼレンスキー大統領と会談する」とマクロン大統領は語った。", day) == [
        ("talks", ["ゼレンスキー", "マクロン"])]
    assert told("岸田首相が広島に到着した後、「バイデン大統領と会談する」と松野官房長官は発表した。", day) == [
        ("talks", ["バイデン", "松野"])]
    assert told("バイデン大統領が訪日するのを前に、「日本と協議する」とブリンケン国務長官は述べた。", day) == [
        ("visit", ["バイデン", "日本"]), ("talks", ["ブリンケン"])]
    # (with no speaker named after the quote, or a clause that leads to it, the subject still speaks)
    assert told("岸田首相が訪米する中、「バイデン大統領と会談する」と記者団に語った。", day) == [
        ("visit", ["岸田", "米"]), ("talks", ["バイデン", "岸田"])]
    assert told("岸田首相が訪米した後に記者団に「バイデン大統領と会談した」と語った。", day) == [
        ("visit", ["岸田", "米"]), ("talks", ["バイデン", "岸田"])]
    assert told("マクロン大統領がパリで10日、「ゼレンスキー大統領と会談する」と語った。", day) == [
        ("talks", ["ゼレンスキー", "マクロン"])]


def test_a_leader_written_by_title_alone_before_a_quote_is_their_countrys_side():
    # 米大統領は「…と会談したい」: the speaker's country meets the partner the quote names
    assert told("米大統領は27日、「環境が適切なら金正恩氏と会談したい」と述べた。") == [
        ("talks", ["米", "金正恩"])]  # (the country as written; its entity is the United States)
    assert told("中国国家主席は27日、「ロシアのプーチン大統領と会談する」と述べた。") == [
        ("talks", ["プーチン", "中国"])]
    # (a leader named keeps being the side)
    assert told("トランプ大統領は27日、「金正恩氏と会談したい」と述べた。") == [("talks", ["トランプ", "金正恩"])]
