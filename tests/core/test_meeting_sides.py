"""Who is a side of a meeting and who only tells of it, on sentences of Japanese Wikinews (CC BY 2.5)
and the seeds: sources, reporters, spokesmen, an administration, a comma after a topic, uses of
訪問 and 来日 that are no meeting."""

from dataclasses import replace
from datetime import date

from core.meetings.detect import detect_meetings
from core.meetings.names_in_context import company_not_person, site_not_side, topic_of_others, without_readings
from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.core.meeting_helpers import meetings_in, names

REGISTRY = bundled_registry()


def test_a_name_with_its_reading_in_brackets_still_visits():
    [m] = meetings_in("国連調査団のデトレフ・メフリス(メーリス)団長が10日にシリアを訪問するとシリアの外務省筋が3日明らかにした。",
                      date(2005, 9, 5))
    assert [(p.name, p.role) for p in m.participants] == [("デトレフ・メフリス", "visitor"), ("シリア", "host")]
    assert m.status == "scheduled"


def test_a_persons_reading_in_brackets_is_no_second_side():
    # the reading (detected as the same person, or a name run UniDic reads in the kana) left the
    # talks with one side: two people named before the meeting word, or the reading the nearest subject
    [m] = meetings_in("石破首相と国民民主党の玉木雄一郎(たまきゆういちろう)代表・衆議院議員が近く会談する。")
    assert names(m) == ["石破", "玉木雄一郎"]
    [m] = meetings_in("岩屋毅外相は10日、韓国の趙兌烈(チョ・テヨル)外相・国会議員と会談した。", date(2025, 3, 12))
    assert names(m) == ["岩屋毅", "趙兌烈"] and m.date.value == "2025-03-10"


def test_only_a_persons_reading_is_left_out_a_bodys_aside_stays():
    text = "ASEAN地域フォーラムでは、東南アジア諸国連合(ASEAN)の議長国と玉木雄一郎(たまきゆういちろう)代表が話した。"
    kept = [text[m.start : m.end] for m in without_readings(text, detect(text, REGISTRY))]
    assert "ASEAN" in kept[kept.index("東南アジア諸国連合") + 1 :] and "玉木雄一郎" in kept
    assert "たまきゆういちろう" not in kept


def test_a_place_visited_with_an_adverb_between_is_the_host():
    [m] = meetings_in("ライス国務長官がパキスタンを急きょ訪問した。")
    assert [(p.name, p.role) for p in m.participants] == [("ライス", "visitor"), ("パキスタン", "host")]


def test_reporters_and_spokesmen_tell_of_a_meeting_without_attending():
    [m] = meetings_in("またロイターのハル記者は、新政府が反政府勢力を和平交渉のテーブルにつかせる必要があると指摘した。")
    assert "ハル" not in names(m)
    text = "国務省報道官は声明で、ルビオ長官が「建設的で現実的な」協議を行ったと述べた。"
    assert [m.participants for m in meetings_in(text) if any(p.name == "国務省" for p in m.participants)] == []


def test_an_administration_is_not_its_leader_at_the_table():
    [m] = meetings_in("トランプ新政権の発足後、日米の閣僚の会談は初めて。")
    assert "トランプ" not in names(m)


def test_a_comma_after_a_topic_does_not_join_sides():
    text = "選挙前の動きケーラー大統領、ドイツ連邦議会を解散ドイツ議会選挙、結論は10日の会談へ持ち越し"
    assert all("ケーラー" not in names(m) for m in meetings_in(text))
    [m] = meetings_in("『密漁船情報を交換へ道とロシア側、洋上会談』。")
    assert "ロシア" in names(m)


def test_visits_that_are_no_meeting():
    assert meetings_in("レアード選手は来日通算100号のソロホームランを放った。") == []
    assert meetings_in("モンキーズは1968年には来日公演を行った。") == []
    assert meetings_in("児童相談所は5度にわたり家庭訪問したが反応が無かった。") == []
    assert all(m.participants == [] for m in meetings_in("病気のためこの日来日できなかった実母が喜んでいる。"))


def test_a_meeting_made_real_was_held():
    [m] = meetings_in("金大中氏は朝鮮半島分断後初の南北首脳会談を実現した功績によって、ノーベル平和賞を受賞した。")
    assert m.status == "held"


def grouped(text, reference=None):
    from core.meetings.country_of import country_lookup
    from core.meetings.propose import group_mentions
    return group_mentions(meetings_in(text, reference), country_lookup(REGISTRY))


def test_a_trip_with_talks_with_two_leaders_stays_two_meetings():
    text = ("岸田首相は10日、ハノイでベトナムのファム・ミン・チン首相と会談した。"
            "岸田首相はその後、マニラに移動し、同国のマルコス大統領と会談した。")
    proposals = grouped(text, date(2023, 11, 11))
    assert len([p for p in proposals if p.kind == "talks"]) == 2
    # a partner Kaidan cannot name still makes the second talks another meeting
    text = "岸田首相は10日、ハノイでベトナムのファム・ミン・チン首相と会談した。岸田首相はその後、地元の財界人らと会談した。"
    proposals = grouped(text, date(2023, 11, 11))
    assert [len(p.mentions) for p in proposals if p.kind == "talks"] == [1, 1]


def test_a_bare_meeting_word_with_its_subject_is_the_meeting_told_before():
    text = ("岩屋毅外相は21日、ワシントンでルビオ国務長官と会談した。首脳会談は2月前半で調整が進む。"
            "岩屋氏は会談後、記者団に日程を説明した。")
    proposals = grouped(text, date(2025, 1, 22))
    [talks] = [p for p in proposals if any(q.name == "ルビオ" for q in p.participants)]
    assert len(talks.mentions) == 2 and talks.start == "2025-01-21"


def test_both_countries_are_the_two_named_before():
    text = ("王毅外相は、中国とロシアの首脳が継続的に意思疎通を行っていることを強調しました。"
            "今年6月には両国首脳が電話会談を行い、地域の問題を話し合いました。")
    [call] = [m for m in meetings_in(text, date(2025, 7, 11)) if m.kind == "phone_call"]
    assert [p.entity_id for p in call.participants] == ["country:CN", "country:RU"]


def test_the_subject_named_after_the_clause_of_the_meeting_took_part():
    text = "産経新聞によると中央軍事委員会副主席と会談するため中国に訪れていたキーティング大将は17日に香港で記者会見を開いた。"
    [m] = [m for m in meetings_in(text, date(2008, 1, 17)) if m.text == "会談"]
    assert "キーティング" in names(m)


def test_a_bare_deputy_title_is_the_deputy_named_before():
    text = ("逢沢一郎外務副大臣は11日、パキスタンに向けて出発した。"
            "外務省によると副大臣は12日午前、イスラマバードでショーカット・アジーズ首相らと会談し、支援について説明した。")
    [m] = [m for m in meetings_in(text, date(2005, 10, 13)) if m.text == "会談"]
    assert names(m) == ["逢沢一郎", "ショーカット・アジーズ"]


def test_the_country_of_the_city_visited_is_the_host():
    [m] = meetings_in("ウズベキスタンの首都タシュケントを訪問中のダニエル・フリード国務副長官が27日語った。", date(2005, 9, 28))
    assert [(p.name, p.role) for p in m.participants] == [("ダニエル・フリード", "visitor"), ("ウズベキスタン", "host")]
    [m] = meetings_in("3日、ドビルパン首相はアメリカ合衆国のブッシュ大統領を訪問した。", date(2005, 9, 3))
    assert ("ブッシュ", "host") in [(p.name, p.role) for p in m.participants]
    assert "アメリカ合衆国" not in names(m)


def test_journeys_of_private_people_are_no_visit():
    [m] = meetings_in("オランダのレアード選手は2014年に来日し、ロッテに入団した。")
    assert m.participants == []
    [m] = [m for m in meetings_in("ノルウェーのハンセン外相は来日し、岸田外相と会った。") if m.kind == "visit"]
    assert ("ハンセン", "visitor") in [(p.name, p.role) for p in m.participants]


def test_undated_talks_are_dated_from_the_lead_day_to_the_report():
    from core.dates import reference_date
    from core.meetings.plan import plan_meetings

    body = "外務省は10日、北朝鮮の核問題で声明を発表した。\n声明によると、麻生外相はライス国務長官と電話で会談し、対応を協議した。"
    mentions = detect(body, REGISTRY, reference_date("2006-10-11", None))
    [call] = plan_meetings(body, mentions, "2006-10-11", None, REGISTRY).proposals
    assert (call.start, call.end, call.precision) == ("2006-10-10", "2006-10-11", "days")
    # a lead day weeks before the report says nothing of the talks' day
    body = "外務省は9月1日、声明を発表した。\n麻生外相はライス国務長官と電話で会談した。"
    mentions = detect(body, REGISTRY, reference_date("2006-10-11", None))
    [call] = plan_meetings(body, mentions, "2006-10-11", None, REGISTRY).proposals
    assert call.start == "2006-10-11"


def test_a_planned_visit_in_a_season_is_dated_by_its_months():
    from core.meetings.country_of import country_lookup
    from core.meetings.propose import group_mentions

    def planned(text):
        [p] = group_mentions(meetings_in(text, date(2024, 10, 10)), country_lookup(REGISTRY))
        return p.status, p.start, p.end, p.precision

    assert planned("岸田首相は秋にも訪中する方向で調整している。") == ("scheduled", "2024-09", "2024-11", "month")
    assert planned("岸田首相は来年春にも訪中する方向で調整している。") == ("scheduled", "2025-03", "2025-05", "month")
    assert planned("岸田首相は春にも訪中する方向で調整している。")[1] == "2025-03"  # the next spring to come


def test_the_status_of_a_plan_made_at_a_meeting_held_is_held():
    [talks] = [m for m in meetings_in("首相が5月にアクラを訪れた際にクフォー大統領と会談した際に創設を提案していた。")
               if m.kind == "talks"]
    assert talks.status == "held"


def test_a_visit_told_by_its_verb_after_the_country():
    proposals = grouped("習近平国家主席は9日、ロシアを訪れ、プーチン大統領と会った。", date(2024, 10, 10))
    [visit] = [p for p in proposals if p.kind == "visit"]
    assert [(p.name, p.role) for p in visit.participants] == [("習近平", "visitor"), ("ロシア", "host")]
    assert grouped("週末には多くの観光客が公園を訪れた。") == []


def _plan(text, published="2024-05-20"):
    from core.dates import reference_date
    from core.meetings.plan import plan_meetings

    return plan_meetings(text, detect(text, REGISTRY, reference_date(published, None)), published, None, REGISTRY)


def test_a_signing_at_a_summit_is_part_of_it():
    plan = _plan("協定は、昨年11月にペルーのリマで開かれたアジア太平洋経済協力会議(APEC)首脳会議で署名された。")
    [signing] = [p for p in plan.proposals if p.kind == "signing"]
    assert [p.name for p in signing.participants] == ["アジア太平洋経済協力会議"] and signing.start == "2023-11"
    assert [(a.kind, relation, b.kind) for a, b, relation, _ in plan.links] == [("signing", "part_of", "multilateral")]


def test_both_leaders_sign_after_their_talks():
    plan = _plan("岸田首相は10日、ハノイでチン首相と会談した。両首脳は会談後、共同声明に署名した。")
    [signing] = [p for p in plan.proposals if p.kind == "signing"]
    assert [p.name for p in signing.participants] == ["岸田", "チン"] and signing.start == "2024-05-10"
    assert [(a.kind, relation, b.kind) for a, b, relation, _ in plan.links] == [("signing", "part_of", "talks")]


def test_a_list_of_destinations_makes_a_trip_hosted_by_each():
    plan = _plan("トランプ大統領は26日からマレーシア、日本、韓国を歴訪する。")
    [trip] = plan.proposals
    assert trip.kind == "trip" and [(p.name, p.role) for p in trip.participants] == [
        ("トランプ", "visitor"), ("マレーシア", "host"), ("日本", "host"), ("韓国", "host")]
    plan = _plan("安倍首相は6日からの欧州歴訪でドイツ、フランスを訪れ、メルケル首相と会談した。")
    assert [(a.kind, relation, b.kind) for a, b, relation, _ in plan.links] == [("talks", "part_of", "trip")]


def test_a_visit_joined_to_planned_talks_is_planned_too():
    plan = _plan("ライス国務長官は、18日からイスラエルとパレスチナ自治区を訪問し、オルメルト首相と会談する予定。",
                 "2006-05-15")
    assert {(p.kind, p.status) for p in plan.proposals} == {("trip", "scheduled"), ("talks", "scheduled")}
    plan = _plan("ライス国務長官は14日にイスラエルを訪問し、17日にオルメルト首相と会談する予定。", "2006-05-15")
    assert {(p.kind, p.status) for p in plan.proposals} == {("visit", "held"), ("talks", "scheduled")}


def test_sides_named_as_a_pair_of_governments_and_a_meeting_of_six_countries():
    plan = _plan("日朝両政府は北京で国交正常化交渉を3日間にわたって行った。")
    [round_] = plan.proposals
    assert round_.kind == "negotiation_round" and [p.entity_id for p in round_.participants] == ["country:JP", "country:KP"]
    [talks] = _plan("6カ国協議は18日から北京で始まり、20日まで続いた。").proposals
    assert (talks.kind, talks.title, talks.start) == ("multilateral", "6カ国協議", "2024-05-18")


def test_a_day_without_its_month_told_in_the_past_is_before_the_report():
    [talks] = _plan("韓国の盧武鉉大統領と北朝鮮の金正日総書記は2日、平壌で首脳会談を行った。", "2006-05-20").proposals
    assert (talks.status, talks.start) == ("held", "2006-05-02")


def test_a_three_character_name_is_not_the_leader_its_first_character_stands_for():
    [m] = meetings_in("中国の楊潔篪外相は、韓国の尹炳世外相と会談した。")
    assert names(m) == ["楊潔篪", "尹炳世"] and "person:yoon-suk-yeol" not in [p.entity_id for p in m.participants]
    [m] = meetings_in("林外相は、韓国の朴振外相と会談した。")
    assert "林" in names(m)


def test_an_honorific_is_no_office():
    [m] = meetings_in("岩屋氏は、ルビオ氏と会談した。")
    assert [p.office for p in m.participants] == [None, None]


def test_talks_with_a_partner_kaidan_cannot_name_are_not_the_talks_before():
    text = "岸田首相は10日、ハノイでチン首相と会談した。一行はマニラに移り、同国の大統領と会談した。"
    proposals = grouped(text, date(2023, 11, 11))
    [first] = [p for p in proposals if any(q.name == "チン" for q in p.participants)]
    assert len(first.mentions) == 1


def test_two_countries_by_their_short_names_in_a_headline():
    [call] = grouped("『日韓首脳、電話で協議』。")
    assert call.kind == "phone_call" and [p.entity_id for p in call.participants] == ["country:JP", "country:KR"]


def test_talks_during_a_visit_with_someone_no_list_holds_are_part_of_it():
    plan = _plan("ウズベキスタンの首都タシュケントを訪問中のダニエル・フリード国務副長官が27日語った。\n"
                 "フリード副長官はタシュケントでイスラム・カリモフ大統領と会談した。", "2005-09-28")
    assert [(a.kind, relation, b.kind) for a, b, relation, _ in plan.links] == [("talks", "part_of", "visit")]


def test_the_news_day_may_be_given_in_the_third_line_of_the_lead():
    body = ("中央アジアで先週から裁判が始まっている。\n米国は基地から撤退する方針を伝えた。\n"
            "タシュケントを訪問中の国務副長官が27日語った。\n国務副長官はカリモフ大統領と会談した。")
    [talks] = [p for p in _plan(body, "2005-09-28").proposals if p.kind == "talks"]
    assert (talks.start, talks.end, talks.precision) == ("2005-09-27", "2005-09-28", "days")


def test_an_undated_meeting_of_a_pair_is_not_merged_with_their_dated_one(tmp_path):
    from core.jobs import import_paths
    from core.store import open_db
    from core.store.meetings import meeting_records

    (tmp_path / "a.txt").write_text("ルビオ国務長官と王毅外相は11日、クアラルンプールで会談した。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("ルビオ国務長官は、王毅外相との会談を望んでいる。", encoding="utf-8")
    import_paths([tmp_path / "a.txt", tmp_path / "b.txt"], tmp_path / "lib.db")
    db = open_db(tmp_path / "lib.db")
    pairs = [m for m in meeting_records(db) if {p["entity_id"] for p in m["participants"]} ==
             {"person:marco-rubio", "person:wang-yi"}]
    db.close()
    assert len(pairs) == 2 and all(len({x["article_id"] for x in m["mentions"]}) == 1 for m in pairs)


def test_a_forum_is_known_by_the_countries_said_to_attend_it():
    body = ("ポーランドのワルシャワで3日、中欧各国の首脳によるフォーラムが開催された。\n"
            "フォーラムに参加したのは、ポーランド、チェコ、スロバキア、ハンガリーの首脳。")
    [forum] = _plan(body, "2024-05-05").proposals
    assert forum.kind == "multilateral" and forum.start == "2024-05-03" and len(forum.mentions) == 2
    assert [p.name for p in forum.participants if p.role != "host"] == ["ポーランド", "チェコ", "スロバキア", "ハンガリー"]
    assert _plan("ダボスでの経済フォーラムの議題が話題になった。").proposals == []


def test_a_dinner_or_a_talk_with_someone_named_is_a_meeting_but_a_panel_is_not():
    [talks] = [p for p in _plan("安倍首相は10日、来日中のオバマ大統領と都内のすし店で会食した。", "2014-04-25").proposals
               if p.kind == "talks"]
    assert [p.name for p in talks.participants] == ["安倍", "オバマ"] and talks.start == "2014-04-10"
    assert _plan("首相は有識者懇談会の初会合に出席した。").proposals == []
    assert _plan("教授は学生の面談を続けた。").proposals == []


def test_a_place_named_after_someone_is_no_side_and_private_people_met_are_no_meeting():
    # Wikinews (dev): the airport is where the president met the passengers' families
    text = ("フランスのニコラ・サルコジ大統領は1日夜、シャルル・ド・ゴール国際空港で乗客の家族と面会した後、"
            "「生存者が見つかる可能性は極めて低い」と述べた。")
    assert meetings_in(text, date(2009, 6, 2)) == []
    text = "オバマ大統領は10日、ケネディ宇宙センターでメドベージェフ大統領と会談した。"
    [talks] = meetings_in(text, date(2010, 6, 11))
    assert [p.name for p in talks.participants] == ["オバマ", "メドベージェフ"]


def test_a_deadline_does_not_date_the_meeting_told_after_it():
    text = ("11月10日に期限を迎える休戦協定が延長される可能性が出てきた。"
            "初の東アジア訪問を行ったトランプ大統領は、クアラルンプールで演説した。")
    [visit] = [m for m in meetings_in(text, date(2025, 10, 27)) if m.kind in ("visit", "trip")]
    assert visit.date is None or visit.date.value != "2025-11-10"


def test_words_that_tell_no_meeting_of_sides():
    # sentences of Japanese Wikinews articles outside every gold draw (CC BY 2.5)
    not_meetings = [
        "産経新聞と時事通信によれば、象牙の取引は1989年の同条約締結以降、国際的に禁止されていた。",
        "24日、フィリピンのアロヨ大統領は死刑制度を廃止する法案に署名し、同法は成立した。",
        "日本銀行は14日の金融政策決定会合で、ゼロ金利政策を解除することを全員一致で決定した。",
        "大阪府中央子供家庭センター・神田真知子所長は「父親(倉岡容疑者)への指導を繰り返したが、"
        "どこに問題があったか検証したい」と会見で述べた。",
        "これに関して菅官房長官は、平和条約を締結するという従来の政府の考えを変えない意向を示した。",
    ]
    for text in not_meetings:
        assert meetings_in(text, date(2010, 7, 28)) == [], text


def test_an_outlet_listed_with_another_before_によると_is_a_source_not_a_side():
    text = "共同通信と日本経済新聞によると、橋下知事は、9月には3空港に関する協議を開始するとしている。"
    [talks] = meetings_in(text, date(2008, 8, 10))
    assert "共同通信" not in names(talks) and any(n.startswith("橋下") for n in names(talks))


def test_a_council_of_states_meeting_and_a_meeting_word_after_its_subject_stay_meetings():
    assert meetings_in("5日夜国際連合安全保障理事会で緊急会合開催", date(2006, 7, 6))
    text = "ベッセント財務長官は会合後、何立峰副首相との交渉は建設的だったとメディアに語った。"
    assert any(m.text == "会合" for m in meetings_in(text, date(2025, 10, 27)))


def test_a_summit_of_two_countries_takes_no_bystander_named_in_the_sentence():
    # Wikinews (dev): a schedule list; 麻生太郎 resigns as party leader, he does not sit at the summit
    text = ("9月上旬か中旬麻生太郎自民党総裁の退陣表明を受けて、総裁選挙開催か9月14日から始まる週に特別国会招集"
            "ここで鳩山首相が誕生する運びか9月下旬首相訪米→日米首脳会談9月24日国連総会で一般討論演説")
    [summit] = [m for m in meetings_in(text, date(2009, 8, 31)) if m.text == "首脳会談"]
    assert "麻生太郎" not in names(summit) and {"鳩山", "米"} <= set(names(summit))  # (鳩山 stands for Japan)


def test_a_name_before_sha_is_a_company_not_a_visiting_person():
    # the entity detector once read ネクシィーズ (who "said" something) as a person and the name written
    # again as the same one; before 社 it is the company, and a company's executives are no person named
    # (the detector now gives the name one type in the article: the company's)
    text = ("またサンスポによれば、ネクシィーズは「3月末までには結論を出したい」と話している。\n"
            "CHUNICHIWeb『東京Vの株式取得へネクシィーズ社幹部がJ訪問』。")
    assert [m.type for m in detect(text, REGISTRY) if text[m.start : m.end] == "ネクシィーズ"] == ["ORG", "ORG"]
    [m] = meetings_in(text)
    assert "ネクシィーズ" not in names(m)


def test_a_surname_before_shacho_is_still_a_person():
    text = "ネクシィーズの近藤太香巳社長が会見し、近藤社長は鬼武氏と会談したと述べた。"
    companies = [company_not_person(text, m) for m in detect(text, REGISTRY) if m.type == "PERSON"]
    assert companies and all(m.type == "PERSON" for m in companies)


def test_a_building_written_with_de_places_the_meeting_and_is_no_side():
    [m] = meetings_in("福田康夫首相は、1日午前に首相官邸で公明党の太田昭宏代表と党首会談を行い、内閣改造の実施を決定した。",
                      date(2008, 8, 2))
    assert names(m) == ["福田康夫", "太田昭宏"] and m.place is not None and m.place.type == "LOC"
    text = "また、福田首相は1日午前に麻生太郎氏とも首相官邸で会談を実施。"
    [m] = meetings_in(text, date(2008, 8, 2))
    assert names(m) == ["福田", "麻生太郎"] and text[m.place.start : m.place.end] == "首相官邸"


def test_a_body_met_with_to_stays_a_side():
    text = "福田首相は1日、首相官邸と協議した。"
    [office] = [m for m in detect(text, REGISTRY) if text[m.start : m.end] == "首相官邸"]
    assert site_not_side(text, office).type == "ORG"
    assert site_not_side("首相官邸で会談した。", replace(office, start=0, end=4)).type == "LOC"


def test_a_name_with_its_reading_before_sama_is_the_subject_not_one_named_in_a_clause_before():
    text = ("FNNによると、寛仁さまの危篤・逝去を受け、寛仁さまが入院なされていた病院には、ご家族や一般人・報道関係者が"
            "多数つめかけ、ご長女の彬子(あきこ)さまはポーランドへの歴訪を急遽切り上げて6月6日に帰国後病院に訪れた。")
    found = detect(text, REGISTRY)
    person = next(m for m in found if m.type == "PERSON")
    # the whole article lets the entity reader find 寛仁さま (named before as 三笠宮寛仁) in this sentence too
    again = [replace(person, start=i, end=i + 4, entity_id="found:PERSON:寛仁さま")
             for i in range(len(text)) if text.startswith("寛仁さま", i)]
    [trip] = [m for m in detect_meetings(text, sorted(found + again, key=lambda m: m.start), date(2012, 6, 6))
              if m.text == "歴訪"]
    assert names(trip) == ["彬子"]


def test_suspects_visiting_are_told_of_a_crime_not_a_meeting():
    text = ("読売によると、茂木・中野両容疑者は、以前丸三証券に勤務しており、橋本容疑者の供述によれば、2008年夏頃に"
            "中野容疑者に対し「退職したい」と打ち明けたところ、キャピタル社への転職を勧められ、顧客の紹介を依頼された模様である。\n"
            "読売によると、府警の発表として、橋本容疑者は、丸三証券在職中の2008年7月から8月にかけ、同証券の顧客5人の名前・"
            "住所・契約内容といった顧客情報を、携帯電話のメールなどで茂木容疑者らに教えた上、うち3人の自宅を茂木容疑者らと"
            "共に訪問し、キャピタル社の金融商品購入を勧めた疑いが持たれている。")
    assert {"茂木", "中野"} <= {text[m.start : m.end] for m in detect(text, REGISTRY) if m.type == "PERSON"}
    assert [names(m) for m in meetings_in(text, date(2009, 9, 1)) if m.participants] == []


def test_what_a_meeting_of_others_is_about_is_no_side_of_it():
    text = ("また、鳥インフルエンザ確認の報告を受けて、欧州連合では、同日、食品連鎖・動物衛生常設委員会がブリュッセルで"
            "緊急会合を開くとともに、翌14日鳥インフルエンザと渡り鳥に関する専門家の緊急会合を行い、対策を協議した。")
    found = detect(text, REGISTRY)
    # the entity reader, seeing the name written again and again in the article, took it for a person's
    flu = [replace(found[0], start=i, end=i + 8, type="PERSON", entity_id="found:PERSON:鳥インフルエンザ")
           for i in range(len(text)) if text.startswith("鳥インフルエンザ", i)]
    meetings = detect_meetings(text, sorted(found + flu, key=lambda m: m.start), date(2005, 10, 14))
    assert meetings and all("鳥インフルエンザ" not in names(m) for m in meetings)
    # a partner named before the topic of talks stays a side: ライス長官と核問題に関する協議
    text = "麻生外相はライス国務長官と北朝鮮の核問題に関する協議を行った。"
    assert not any(topic_of_others(text, m) for m in detect(text, REGISTRY))
