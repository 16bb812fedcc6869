"""Who sits at a meeting, by class: a title standing for a person (a country named by its office, 中国外相と,
is the person the article named with that office before; a bare title of the paper's own side nobody was
named with, 首相は, is whoever held it in Japan on the meeting's day, from the registry's office holders),
an office-holder visiting a city, partners joined by および, the one who invites a visit.
Sentences in the style of the seeds and of Japanese Wikinews."""

from datetime import date

from core.meetings.anaphors import people_referred
from core.nlp.entities import detect
from core.registry import bundled_registry
from core.dates import reference_date
from core.meetings.plan import plan_meetings
from tests.core.meeting_helpers import meetings_in

REGISTRY = bundled_registry()


def proposals_in(text, published):
    return plan_meetings(text, detect(text, REGISTRY, reference_date(published, None)), published, None,
                         REGISTRY).proposals


def sides(mention):
    return [p.entity_id or p.name for p in mention.participants]


def test_a_bare_prime_minister_is_japans_on_the_meetings_day():
    [m] = meetings_in("首相は11日、ホワイトハウスでトランプ大統領と会談した。", date(2025, 7, 12))
    assert sides(m) == ["person:shigeru-ishiba", "person:donald-trump"]
    [m] = meetings_in("首相は30日、ホワイトハウスでブッシュ大統領と会談した。", date(2006, 6, 30))
    assert sides(m)[0] == "person:junichiro-koizumi"


def test_a_bare_title_named_before_with_someone_is_that_person_not_the_registrys():
    [*_, m] = meetings_in("ブラウン英首相は9日に来日した。首相は11日、北京で胡主席と会談した。", date(2008, 7, 12))
    assert "person:yasuo-fukuda" not in sides(m)
    assert m.participants[0].name == "ブラウン"


def test_a_deputy_or_a_former_holder_is_not_the_holder():
    found = meetings_in("副首相は11日、ホワイトハウスでトランプ大統領と会談した。", date(2025, 7, 12))
    assert all("person:shigeru-ishiba" not in sides(m) for m in found)


def test_a_country_named_by_office_is_the_person_named_before_with_it():
    [m] = meetings_in("王毅外相は8日、クアラルンプールに着いた。石破首相は11日、中国外相と会談した。",
                      date(2025, 7, 12))
    assert sides(m) == ["person:shigeru-ishiba", "person:wang-yi"]
    [m] = meetings_in("麻生太郎外相は29日、モスクワに着いた。ラブロフ外相は30日、日本の外相と会談した。",
                      date(2006, 8, 31))
    assert sides(m) == ["person:sergey-lavrov", "person:taro-aso"]


def test_a_country_named_by_office_with_nobody_named_stays_the_country():
    # the text names a side, not a person: マレーシア外相 is written as the country
    text = "一方、中国外務省の発表によると、王毅外相はマレーシア外相と会談し米国への批判を展開した。"
    [m] = meetings_in(text, date(2025, 7, 11))
    assert sides(m) == ["person:wang-yi", "country:MY"]
    [m] = meetings_in("ラブロフ外相は30日、日本の外相と会談した。", date(2006, 8, 31))
    assert sides(m) == ["person:sergey-lavrov", "country:JP"]



def test_a_bare_title_alone_at_a_meeting_is_no_side():
    found = meetings_in("首相は有識者懇談会の初会合に出席した。", date(2024, 5, 20))
    assert all("person:fumio-kishida" not in sides(m) for m in found)


def test_an_office_holder_visiting_a_city_visits_its_country():
    [visit] = proposals_in("ルビオ米国務長官は10日、クアラルンプールを訪れた。", "2025-07-12")
    assert visit.kind == "visit"
    assert [(p.entity_id, p.role) for p in visit.participants] == [("person:marco-rubio", "visitor"),
                                                                   ("country:MY", "host")]


def test_a_tourist_or_a_lobbyist_visiting_a_city_is_no_visit():
    text = "CNNやロイターによれば、フランスの日曜紙は22日の記事で、パリを訪れる日本人観光客が治療を受けるケースがあると報道した。"
    assert [m for m in meetings_in(text, date(2006, 10, 23)) if m.kind == "visit"] == []
    text = "現JOC会長の竹田恒和氏は古橋氏とともに誘致活動の一環としてローマを訪れており、ロビー活動をしていた。"
    assert [m for m in meetings_in(text, date(2009, 8, 3)) if m.kind == "visit"] == []


def test_partners_joined_by_oyobi_are_all_sides():
    [m] = meetings_in("小泉首相は10日、ブッシュ米大統領およびブレア英首相と会談した。", date(2006, 7, 12))
    assert sides(m) == ["person:junichiro-koizumi", "person:george-w-bush", "person:tony-blair"]


def test_who_invites_a_visit_does_not_travel():
    found = meetings_in("プーチン大統領の招待でロシアを訪問中の小泉首相は10日、モスクワで同大統領と会談した。",
                        date(2006, 7, 12))
    [visit] = [m for m in found if m.kind == "visit"]
    assert "person:vladimir-putin" not in sides(visit) and "person:junichiro-koizumi" in sides(visit)
    [talks] = [m for m in found if m.kind == "talks"]
    assert sides(talks) == ["person:junichiro-koizumi", "person:vladimir-putin"]


def test_who_speaks_at_talks_with_a_named_partner_sat_at_them():
    [m] = meetings_in("麻生外相との会談で、ライス国務長官は北朝鮮に圧力をかけると述べた。", date(2006, 7, 12))
    assert sides(m) == ["person:condoleezza-rice", "person:taro-aso"]
    [m] = meetings_in("温家宝首相との会談後、小泉首相は記者団に語った。", date(2006, 7, 12))
    assert sides(m) == ["person:junichiro-koizumi", "person:wen-jiabao"]


def test_who_is_named_after_the_comma_only_as_an_object_did_not_sit_at_them():
    [m] = meetings_in("麻生外相との会談で、ライス国務長官を批判する声が出た。", date(2006, 7, 12))
    assert "person:condoleezza-rice" not in sides(m)


def test_the_guest_received_is_the_other_side():
    [m] = meetings_in("胡錦濤国家主席は10日、人民大会堂で小泉首相を迎え、会談した。", date(2006, 7, 12))
    assert sides(m) == ["person:hu-jintao", "person:junichiro-koizumi"]
    [m] = meetings_in("ブッシュ大統領は10日、小泉首相を国賓として迎え、会談した。", date(2006, 7, 12))
    assert sides(m) == ["person:george-w-bush", "person:junichiro-koizumi"]


def test_a_meeting_of_counted_countries_has_the_sides_named_or_counted():
    [m] = meetings_in("麻生外相は11日、ライス国務長官、潘基文外交通商相と3か国外相会談を行った。", date(2006, 7, 12))
    assert sides(m) == ["person:taro-aso", "person:condoleezza-rice", "person:ban-ki-moon"]
    [m] = meetings_in("日米韓3か国の外相は10日、会談した。", date(2006, 7, 12))
    assert sides(m) == ["country:JP", "country:US", "country:KR"]
    # a count the names disagree with names none of them
    [m] = meetings_in("麻生外相は11日、ライス国務長官と3か国外相会談を行った。", date(2006, 7, 12))
    assert sides(m) == []


def test_who_receives_a_visit_hosts_it():
    [m] = meetings_in("小泉首相は10日、ブッシュ大統領の訪問を受けた。", date(2006, 7, 12))
    assert [(p.entity_id, p.role) for p in m.participants] == [("person:george-w-bush", "visitor"),
                                                               ("person:junichiro-koizumi", "host")]


def test_people_listed_before_their_count_are_the_sides():
    [m] = meetings_in("小泉首相とブッシュ大統領、ブレア英首相の3首脳は会談した。", date(2006, 7, 12))
    assert sides(m) == ["person:junichiro-koizumi", "person:george-w-bush", "person:tony-blair"]
    [m] = meetings_in("小泉首相、ブッシュ大統領、ブレア英首相らの3首脳は10日、会談した。", date(2006, 7, 12))
    assert sides(m) == ["person:junichiro-koizumi", "person:george-w-bush", "person:tony-blair"]
    # a count the list disagrees with adds no one
    [m] = meetings_in("小泉首相とブッシュ大統領、ブレア英首相の4首脳は会談した。", date(2006, 7, 12))
    assert len(sides(m)) == 2


def test_a_word_for_the_articles_own_place_names_the_visits_host():
    # Wikinews (CC BY 2.5): 当地 is the city the article is about, not the country named last (インド)
    body = ("スペインのバレンシア市の地下鉄の駅で3日、車両脱線し、死者30人を超す事故が起きた。\n"
            "APによれば、ホセ・ルイス・ロドリゲス・サパテロ首相は、インド訪問を短縮した。\n"
            "当地を訪問予定だったローマ教皇ベネディクト16世は、犠牲者のために祈りを捧げた。\n")
    visits = [p for p in proposals_in(body, "2006-07-04") if "ベネディクト16世" in [x.name for x in p.participants]]
    assert [(p.entity_id, p.role) for p in visits[0].participants][-1] == ("country:ES", "host")


def test_the_visitor_is_the_one_the_visits_clause_describes_not_the_subject():
    found = meetings_in("金正日総書記は10日、平壌を訪問中の中国の唐家セン国務委員と会談した。", date(2006, 7, 12))
    [visit] = [m for m in found if m.kind == "visit"]
    assert [p.name for p in visit.participants] == ["唐家セン"]
    found = meetings_in("プーチン大統領は10日、モスクワを訪問した米国のライス国務長官と会談した。", date(2006, 7, 12))
    [visit] = [m for m in found if m.kind == "visit"]
    assert sides(visit) == ["person:condoleezza-rice"]
    # 訪問した後、: the subject travelled, the one named after the comma is met
    found = meetings_in("ブッシュ大統領は日本を訪問した後、小泉首相と会談した。", date(2006, 7, 12))
    [visit] = [m for m in found if m.kind == "visit"]
    assert sides(visit) == ["person:george-w-bush", "country:JP"]


def test_a_private_person_visiting_is_no_visit_of_sides():
    # Wikinews (CC BY 2.5): さん is an honorific, not an office that would make the journey official
    text = ("16日のAP通信などによると、アラブ首長国連邦(UAE)のドバイを訪れたマイケル・ジャクソンさんが、"
            "女性用のトイレでメイクをしているところを目撃された。")
    assert proposals_in(text, "2005-11-17") == []
    assert proposals_in("ベーレンスさんは10日、中国を訪問した。", "2006-07-12") == []


def test_the_visitor_after_a_visit_word_is_never_in_the_next_sentence():
    found = meetings_in("ライス国務長官は9日に来日した。麻生外相との会談で、同長官は北朝鮮への圧力を強調した。",
                        date(2006, 7, 12))
    [visit] = [m for m in found if m.kind == "visit"]
    assert sides(visit) == ["person:condoleezza-rice", "country:JP"]


def test_a_title_after_the_meeting_stands_for_the_person_named_with_it():
    # the subject carried over (小泉首相は) is not who 同長官 stands for
    text = ("ライス国務長官は9日に来日した。小泉首相は10日、記者団の質問に答えなかった。"
            "麻生外相との会談で、同長官は北朝鮮への圧力を強調した。")
    [*_, talks] = meetings_in(text, date(2006, 7, 12))
    assert sides(talks) == ["person:condoleezza-rice", "person:taro-aso"]


def test_people_said_to_attend_a_meeting_of_many_are_its_participants():
    [m] = meetings_in("6か国協議には、日本の佐々江賢一郎アジア大洋州局長、米国のヒル国務次官補らが出席した。",
                      date(2006, 7, 12))
    assert [p.name for p in m.participants] == ["佐々江賢一郎", "ヒル"]
    found = meetings_in("主要国首脳会議が10日、サンクトペテルブルクで開幕した。小泉首相、ブッシュ大統領らが出席した。",
                        date(2006, 7, 12))
    assert sides(found[0])[:2] == ["person:junichiro-koizumi", "person:george-w-bush"]
    # the next sentence's subject that does something else attends nothing
    found = meetings_in("主要国首脳会議が10日、サンクトペテルブルクで開幕した。小泉首相は記者団に語った。", date(2006, 7, 12))
    assert "person:junichiro-koizumi" not in sides(found[0])


def test_two_ministers_visiting_a_city_each_make_their_own_visit():
    # the seeds (Reuters, 2025): 両外相 are the two named before, a secretary of state among foreign ministers
    text = ("ルビオ米国務長官と中国の王毅外相は11日、マレーシアの首都クアラルンプールで初めて対面で会談した。"
            "両国の貿易摩擦が激化する中、会合に出席するためクアラルンプールを訪れた両外相は、約1時間会談した。")
    visits = [p for p in proposals_in(text, "2025-07-12") if p.kind == "visit"]
    assert sorted(tuple(x.entity_id for x in v.participants) for v in visits) == [
        ("person:marco-rubio", "country:MY"), ("person:wang-yi", "country:MY")]


def test_who_speaks_of_a_meeting_or_is_spoken_of_at_it_is_no_side():
    [m] = meetings_in("安倍晋三官房長官は10日の記者会見で、小泉首相とブッシュ大統領の会談について「成功だった」と述べた。",
                      date(2006, 7, 12))
    assert sides(m) == ["person:junichiro-koizumi", "person:george-w-bush"]
    found = meetings_in("ブッシュ大統領は10日、プーチン大統領と電話で会談し、イランのアフマディネジャド大統領の発言について協議した。",
                        date(2006, 7, 12))
    assert all("アフマディネジャド" not in [p.name for p in m.participants] for m in found)


def test_the_subject_after_a_meeting_of_countries_stands_for_their_country():
    [m] = meetings_in("10日に行われた日米首脳会談で、小泉首相は北朝鮮問題を取り上げた。", date(2006, 7, 12))
    assert sides(m) == ["person:junichiro-koizumi", "country:US"]
    [m, visit] = meetings_in("ブッシュ大統領との首脳会談のため、小泉首相は10日、ワシントンに到着した。", date(2006, 7, 12))
    assert visit.kind == "visit"  # (the arrival: a visit of its own)
    assert sides(m) == ["person:junichiro-koizumi", "person:george-w-bush"]


def test_people_said_to_attend_talks_told_as_the_topic_are_its_sides():
    [m] = meetings_in("会談はホワイトハウスで行われ、ブッシュ大統領と小泉首相が出席した。", date(2006, 7, 12))
    assert sides(m) == ["person:george-w-bush", "person:junichiro-koizumi"]
    found = meetings_in("会談は10日、ホワイトハウスで行われ、ブッシュ大統領は記者団に語った。", date(2006, 7, 12))
    assert all(m.participants == [] for m in found)


def test_the_caller_is_a_side_with_words_between_them_and_the_call():
    text = "同日、労働党のヘレン・クラーク首相は、国民党のドン・ブラッシュ党首から開票後に電話があったことを明らかにした。"
    [call] = meetings_in(text, date(2005, 10, 1))
    assert [p.name for p in call.participants] == ["ヘレン・クラーク", "ドン・ブラッシュ"]


def test_the_person_named_for_a_side_stands_for_its_country():
    [m] = meetings_in("日本側は原口幸市大使、北朝鮮側は鄭泰和大使が出席し、日朝交渉が10日、北京で行われた。", date(2006, 7, 12))
    assert [p.name for p in m.participants] == ["原口幸市", "鄭泰和"]
    [m] = meetings_in("米朝協議は10日、北京で行われ、米国のヒル国務次官補と北朝鮮の金桂冠外務次官が出席した。", date(2006, 7, 12))
    assert [p.name for p in m.participants] == ["ヒル", "金桂冠"]
    # a side with nobody named for it stays the country
    [m] = meetings_in("日本側は遺憾の意を表明し、中国側と協議した。", date(2006, 7, 12))
    assert sides(m) == ["country:JP", "country:CN"]


def test_both_leaders_as_the_subject_are_the_two_named_before():
    found = meetings_in("ブッシュ大統領は9日に来日し、小泉首相の出迎えを受けた。両首脳は10日、京都で会談した。", date(2006, 7, 12))
    [talks] = [m for m in found if m.kind == "talks"]
    assert sorted(sides(talks)) == ["person:george-w-bush", "person:junichiro-koizumi"]


def test_a_state_and_a_body_are_both_sides():
    [m] = meetings_in("スリランカ政府とLTTEは10日、ジュネーブで和平交渉を行った。", date(2006, 7, 12))
    assert [p.name for p in m.participants] == ["スリランカ", "LTTE"]
    [m] = meetings_in("ヒズボラとイスラエルの停戦交渉は10日、国連の仲介で始まった。", date(2006, 7, 12))
    assert sides(m) == ["org:hezbollah", "country:IL"]


def test_counted_leaders_as_the_subject_are_as_many_named_before():
    text = "安倍首相は9日、ハノイに到着した。韓国の文在寅大統領と中国の李克強首相も同日到着した。3首脳は10日、会談した。"
    [talks] = [m for m in meetings_in(text, date(2018, 7, 12)) if m.kind == "talks"]
    assert sides(talks) == ["person:shinzo-abe", "person:moon-jae-in", "person:li-keqiang"]
    # fewer leaders named before than counted: nobody is guessed
    two = "安倍首相は9日、ハノイに到着した。韓国の文在寅大統領も同日到着した。3首脳は10日、会談した。"
    [talks] = [m for m in meetings_in(two, date(2018, 7, 12)) if m.kind == "talks"]
    assert sides(talks) == []


def test_the_subject_of_a_paragraph_before_completes_a_pair_when_nobody_else_came_between():
    alone = "岸田首相は9日、ワシントンに到着した。\n10日にはバイデン大統領と会談した。"
    [visit, talks] = meetings_in(alone, date(2023, 7, 12))  # (the arrival: a visit of its own)
    assert sides(talks) == ["person:fumio-kishida", "person:joe-biden"]
    # two lines on, with only a partner named: still the subject of the paragraph before
    further = "岸田首相は9日、東京で記者会見を開いた。\n新しい政策を示した。\n10日にはバイデン大統領と電話で会談した。"
    [call] = meetings_in(further, date(2023, 7, 12))
    assert sides(call) == ["person:fumio-kishida", "person:joe-biden"]
    # another person named, or another subject, in between: nobody is carried
    for between in ("麻生氏も出席した。", "日本経団連は歓迎した。"):
        text = f"岸田首相は9日、東京で記者会見を開いた。\n{between}\n10日にはバイデン大統領と電話で会談した。"
        [call] = meetings_in(text, date(2023, 7, 12))
        assert sides(call) == ["person:joe-biden"], between
    # a cited headline continues nobody
    cited = "岸田首相は9日、東京で記者会見を開いた。\n『バイデン大統領と会談へ』。"
    assert all("person:fumio-kishida" not in sides(m) for m in meetings_in(cited, date(2023, 7, 12)))


def test_a_bare_title_as_the_subject_is_carried_as_the_person_it_stands_for():
    text = ("日本の福田首相は1日、官邸で緊急記者会見を行った。\n"
            "毎日新聞によれば、首相はこの日の午後には大阪へ移動し、災害訓練を視察。\n"
            "官邸には夕方戻り、麻生幹事長と面会した。")
    [talks] = [m for m in meetings_in(text, date(2008, 9, 2)) if m.kind == "talks"]
    assert sides(talks)[0] == "person:yasuo-fukuda"
    # a title nobody was named with before stands for nobody carried
    alone = "毎日新聞によれば、会長はこの日の午後には大阪へ移動し、災害訓練を視察。\n官邸には夕方戻り、麻生幹事長と面会した。"
    [talks] = [m for m in meetings_in(alone, date(2008, 9, 2)) if m.kind == "talks"]
    assert len(talks.participants) == 1


def test_people_named_after_a_meeting_of_countries_told_as_held_stand_for_their_countries():
    [m] = meetings_in("日米首脳会談が9日、ワシントンで行われ、小泉首相とブッシュ大統領は同盟の強化を確認した。",
                      date(2006, 7, 12))
    assert sides(m) == ["person:junichiro-koizumi", "person:george-w-bush"]
    # the people's countries written before them
    found = meetings_in("米朝協議が北京で開かれ、米国のヒル国務次官補と北朝鮮の金桂冠外務次官は共同声明を出した。",
                        date(2006, 7, 12))
    assert [p.name for p in found[0].participants] == ["ヒル", "金桂冠"]
    # a person of another country is no side of it
    [m] = meetings_in("日米首脳会談が9日、ワシントンで行われ、ブレア英首相は歓迎した。", date(2006, 7, 12))
    assert sides(m) == ["country:JP", "country:US"]


def test_people_listed_with_their_countries_before_their_count_are_the_sides():
    [m] = meetings_in("ドイツのメルケル首相、フランスのシラク大統領、ロシアのプーチン大統領の3首脳は9日、会談した。",
                      date(2006, 7, 12))
    assert sides(m) == ["person:angela-merkel", "person:jacques-chirac", "person:vladimir-putin"]


def test_two_countries_counted_as_both_governments_are_the_sides():
    [m] = meetings_in("日本と北朝鮮の両政府は、北京で政府間協議を開いた。", date(2006, 7, 12))
    assert sides(m) == ["country:JP", "country:KP"]


def test_a_visit_that_tells_when_has_its_subject_as_visitor_not_the_person_after_it():
    found = meetings_in("ブッシュ米大統領は、来日した際に小泉首相と会談する予定だ。", date(2006, 7, 12))
    [visit] = [m for m in found if m.kind == "visit"]
    assert [(p.entity_id, p.role) for p in visit.participants] == [("person:george-w-bush", "visitor"),
                                                                   ("country:JP", "host")]
    # the visitor the relative clause describes still comes after it
    found = meetings_in("小泉首相は9日、来日中のオーストラリアのハワード首相と会談した。", date(2006, 7, 12))
    [visit] = [m for m in found if m.kind == "visit"]
    assert visit.participants[0].entity_id == "person:john-howard"


def test_a_bare_title_as_the_subject_meets_each_partner_listed():
    found = [p for p in proposals_in("首相は同日、ベトナムのズン首相、タイのタクシン首相とそれぞれ会談した。", "2006-05-10")
             if p.kind == "talks"]
    assert sorted(tuple(x.entity_id for x in p.participants) for p in found) == [
        ("person:junichiro-koizumi", "person:nguyen-tan-dung"), ("person:junichiro-koizumi", "person:thaksin-shinawatra")]


def test_people_said_to_attend_in_the_next_sentence_stand_for_the_countries_of_the_meeting():
    text = "日朝協議が28日、北京で行われた。日本の佐々江賢一郎局長と北朝鮮の宋日昊大使が出席した。"
    [m] = [p for p in proposals_in(text, "2006-05-10") if p.kind == "talks"]
    assert [x.name for x in m.participants] == ["佐々江賢一郎", "宋日昊"]
    # people of other countries stand for none of them
    text = "日朝協議が28日、北京で行われた。米国のヒル国務次官補と中国の武大偉外務次官が出席した。"
    [m] = [p for p in proposals_in(text, "2006-05-10") if p.kind == "talks"]
    assert [x.entity_id for x in m.participants] == ["country:JP", "country:KP"]


def test_a_person_with_mo_opening_the_clause_is_its_subject():
    # a sentence of Japanese Wikipedia (the stockmark NER data), not of any gold
    text = "その後任の金泳三大統領も1994年に中国を訪問して江沢民と会談した。"
    [visit] = [m for m in meetings_in(text, None) if m.kind == "visit"]
    assert [(p.name, p.role) for p in visit.participants] == [("金泳三", "visitor"), ("中国", "host")]
    # one met as well (Bとも) stays a partner
    [talks] = meetings_in("小泉首相は10日、ブッシュ大統領とも会談した。", date(2006, 7, 12))
    assert sides(talks) == ["person:junichiro-koizumi", "person:george-w-bush"]


def test_countries_counted_as_one_side_joined_by_to_are_all_sides():
    [m] = meetings_in("AFP通信によれば、英仏独3か国とイランの協議が8日、ウィーンで行われた。", date(2006, 7, 12))
    assert sides(m) == ["country:GB", "country:FR", "country:DE", "country:IR"]
    # a count the compound disagrees with adds no one
    [m] = meetings_in("AFP通信によれば、英仏独4か国とイランの協議が8日、ウィーンで行われた。", date(2006, 7, 12))
    assert sides(m) == ["country:IR"]


def test_people_attending_for_their_countries_stand_for_the_countries_of_the_meeting():
    [m] = meetings_in("日中首脳会談には、日本から安倍首相、中国から胡錦濤国家主席が出席した。", date(2006, 10, 9))
    assert sides(m) == ["person:shinzo-abe", "person:hu-jintao"]
    # someone of a third country attends for neither
    [m] = meetings_in("日中首脳会談には、日本から安倍首相、米国からライス国務長官が出席した。", date(2006, 10, 9))
    assert sides(m) == ["country:JP", "country:CN"]


def test_a_place_is_never_the_one_who_comes_to_japan():
    # livedoor news (claims dev): the subject nearest 来日 is an island, not who came
    text = ("韓国の農民ノ・ビョンマン氏が同国で占拠中の竹島(韓国名:独島)が自国の領土であることを日本に知らせるために"
            "来日し一人でデモを行った。")
    found = meetings_in(text, date(2012, 6, 23))
    assert all("竹島" not in [p.name for p in m.participants] for m in found)


def test_everyone_listed_as_coming_to_japan_is_a_visitor():
    [visit] = meetings_in("ブッシュ大統領＆ローラ夫人は15日、来日した。", date(2006, 7, 12))
    assert [(p.name, p.role) for p in visit.participants] == [("ブッシュ", "visitor"), ("ローラ", "visitor"),
                                                               ("日本", "host")]
    [visit] = meetings_in("ブッシュ大統領は5日、ライス国務長官とともに来日した。", date(2006, 7, 12))
    assert [p.entity_id for p in visit.participants if p.role == "visitor"] == [
        "person:george-w-bush", "person:condoleezza-rice"]


def test_people_listed_before_their_countries_and_count_are_the_sides():
    [m] = meetings_in("小泉首相と温家宝首相、盧武鉉大統領の日中韓3首脳は9日、クアラルンプールで会談した。", date(2005, 12, 12))
    assert sides(m) == ["person:junichiro-koizumi", "person:wen-jiabao", "person:roh-moo-hyun"]


def test_the_people_named_for_each_side_in_the_next_sentence_stand_for_the_countries():
    text = "日朝政府間協議が9日、北京で開かれた。日本側は原口幸市大使、北朝鮮側は宋日昊大使が出席した。"
    [m] = [p for p in proposals_in(text, "2006-05-10") if p.kind == "talks"]
    assert [x.name for x in m.participants] == ["原口幸市", "宋日昊"]
    # what a side asked for names no one
    text = "日朝政府間協議が9日、北京で開かれた。日本側は拉致問題の解決を求めた。"
    [m] = [p for p in proposals_in(text, "2006-05-10") if p.kind == "talks"]
    assert [x.entity_id for x in m.participants] == ["country:JP", "country:KP"]


def test_a_person_the_text_places_in_a_country_stands_for_it():
    # no list knows the person: the country written before them, or in their title, is theirs
    [m] = meetings_in("日朝首脳会談で、北朝鮮の朴宜春外相は拉致問題について述べた。", date(2008, 7, 12))
    assert sides(m) == ["country:JP", "found:PERSON:朴宜春"]
    [m] = proposals_in("日朝外相会談が9日行われ、朴宜春北朝鮮外相と高村正彦外相が出席した。", "2008-07-12")
    assert sorted(p.entity_id for p in m.participants) == ["found:PERSON:朴宜春", "person:masahiko-komura"]


def test_countries_listed_before_their_count_host_the_journey():
    [trip] = meetings_in("小泉首相は9日から、サウジアラビア、エジプト、ヨルダンの中東3か国を歴訪する。", date(2006, 4, 28))
    assert [(p.entity_id, p.role) for p in trip.participants] == [
        ("person:junichiro-koizumi", "visitor"), ("country:SA", "host"), ("country:EG", "host"), ("country:JO", "host")]
    # a count the list disagrees with hosts nothing
    [trip] = meetings_in("小泉首相は9日から、サウジアラビア、エジプト、ヨルダンの中東4か国を歴訪する。", date(2006, 4, 28))
    assert all(p.role != "host" for p in trip.participants)


def test_a_city_visited_in_a_word_or_two_hosts_by_its_country():
    found = proposals_in("ブッシュ大統領は9日、バグダッドを電撃訪問し、マリキ首相と会談した。", "2006-05-10")
    [visit] = [p for p in found if p.kind == "visit"]
    assert [(p.entity_id, p.role) for p in visit.participants] == [("person:george-w-bush", "visitor"),
                                                                   ("country:IQ", "host")]


def test_a_traveller_meets_the_official_of_each_country_visited():
    found = [m for m in meetings_in("麻生外相は9日、インドネシアとマレーシアを訪問し、それぞれの外相と会談した。",
                                    date(2006, 5, 10)) if m.kind == "talks"]
    assert sorted(tuple(sides(m)) for m in found) == [("person:taro-aso", "country:ID"), ("person:taro-aso", "country:MY")]
    # without それぞれ the talks stay one
    found = [m for m in meetings_in("麻生外相は9日、インドネシアとマレーシアを訪問し、ユドヨノ大統領と会談した。",
                                    date(2006, 5, 10)) if m.kind == "talks"]
    assert len(found) == 1


def test_both_countries_are_those_of_the_two_people_of_the_talks_told_last():
    text = "小泉首相は9日、盧武鉉大統領と会談した。両国は10日にも外相会談を開く。"
    found = [p for p in proposals_in(text, "2006-05-08") if p.start == "2006-05-10"]
    assert [[x.entity_id for x in p.participants] for p in found] == [["country:JP", "country:KR"]]


def test_the_visitor_after_a_visits_clause_is_reached_through_no_particle():
    # Livedoor news style: the person after 大統領は is another's, the visitor is the country's president
    text = "ツイッターでは、「（訪日中の韓国大統領は）“金正日死亡”は全く知らなかったのが明らかですね。\n"
    [visit] = [p for p in proposals_in(text, "2011-12-19") if p.kind == "visit"]
    assert "person:kim-jong-il" not in sides(visit) and sides(visit)[0] == "country:KR"
    # behind their country and の the person is still the visitor
    [visit, _] = proposals_in("来日中のノルウェーのハンセン外相は10日、岸田外相と会談した。\n", "2014-05-11")
    assert [p.name for p in visit.participants][0] == "ハンセン"



def test_who_sat_at_talks_told_in_the_clause_describing_them_is_their_side():
    [talks] = proposals_in("トランプ大統領との首脳会談に臨んだ石破首相は、関税について協議した。\n", "2025-07-12")
    assert sides(talks) == ["person:shigeru-ishiba", "person:donald-trump"]
    [talks] = proposals_in("トランプ大統領との会談に出席した石破首相は、記者団に語った。\n", "2025-07-12")
    assert sides(talks) == ["person:shigeru-ishiba", "person:donald-trump"]


def test_a_delegation_named_by_its_head_is_its_heads_side():
    [talks] = proposals_in("ロシアのラブロフ外相を団長とする代表団は10日、北京で中国側と協議した。\n", "2025-07-12")
    assert sides(talks) == ["person:sergey-lavrov", "country:CN"]
    [talks] = proposals_in("王毅外相が率いる中国代表団は10日、東京で日本側と協議した。\n", "2025-07-12")
    assert sides(talks) == ["person:wang-yi", "country:JP"]


def test_people_of_each_side_said_to_attend_talks_told_by_countries_are_their_sides():
    text = ("日本政府と北朝鮮は10日、北京で国交正常化交渉を再開した。"
            "日本側の原口幸市大使と北朝鮮側の宋日昊大使が出席した。\n")
    [round_] = proposals_in(text, "2006-07-12")
    assert [p.name for p in round_.participants] == ["原口幸市", "宋日昊"]


def test_a_full_name_read_across_a_words_edge_before_its_title_is_the_person():
    # UniDic reads 金|大|中元|大統領 (中元, a summer gift): the name still ends before 元大統領
    found = proposals_in("韓国の金大中元大統領が10日、平壌を訪問し、金正日総書記と会談した。\n", "2006-07-12")
    talks = next(p for p in found if p.kind == "talks")
    assert sides(talks) == ["person:kim-dae-jung", "person:kim-jong-il"]


def test_a_person_as_the_topic_is_outside_a_bodys_own_clause_after_it():
    # Wikinews (CC BY 2.5): JEM signed; サレー氏 is what the sentence is about, not a signatory
    text = ("スーダンの反政府組織「正義と平等運動」(JEM)の部隊が、解放にかかわっていたことがわかった。"
            "この分派の指揮官であるムハンマド・サレー氏はこの疑いを否定している。"
            "サレー氏はJEMが今年4月停戦合意に調印したときの軍事部門の長だったが、のちに指導部から分離した。\n")
    [signing] = proposals_in(text, "2006-07-12")
    assert [p.name for p in signing.participants] == ["正義と平等運動"]


def test_the_people_of_the_clause_after_a_meeting_told_as_held_are_its_sides():
    text = "首脳会談は18日、約1時間行われ、岸田首相とバイデン大統領は中国への対応で連携を確認した。\n"
    [talks] = proposals_in(text, "2023-05-20")
    assert sides(talks) == ["person:fumio-kishida", "person:joe-biden"]


def test_both_countries_named_by_a_level_are_the_two_people_of_that_level_told_before():
    text = "小泉首相は10日、盧武鉉大統領と会談した。\n両国首脳は11日にも電話で協議した。\n"
    [_, call] = proposals_in(text, "2006-07-12")
    assert sides(call) == ["person:junichiro-koizumi", "person:roh-moo-hyun"]
    # with no level, or no one of that level told before, 両国 stays the two countries
    text = "小泉首相は10日、盧武鉉大統領と会談した。両国は今後、外相会談を開く。\n"
    assert sides(proposals_in(text, "2006-07-12")[1]) == ["country:JP", "country:KR"]


def test_the_level_of_both_countries_is_read_from_the_roles_the_gazetteer_records_offices_under():
    # a king is a head, as a 首相 or a 大統領; a 外務大臣 is a foreign minister, as a 外交通商相
    text = "安倍首相は10日、サルマン国王と会談した。\n両国首脳は11日にも電話で協議した。\n"
    assert sides(proposals_in(text, "2017-03-12")[1]) == ["person:shinzo-abe", "person:king-salman"]
    text = "麻生外務大臣は10日、潘基文外交通商相と会談した。\n両国の外相は11日にも電話で協議した。\n"
    assert "person:ban-ki-moon" in sides(proposals_in(text, "2006-07-12")[1])
    # a deputy prime minister is no head: 両国首脳 is not he and his partner
    text = "麻生副首相は10日、盧武鉉大統領と会談した。\n両国首脳は11日にも電話で協議した。\n"
    assert all(sides(p) != ["found:PERSON:麻生", "person:roh-moo-hyun"] for p in proposals_in(text, "2013-07-12")[1:])


def test_who_attended_told_as_the_answer_of_a_cleft_sentence_are_the_sides():
    [talks] = proposals_in("首脳会談に臨んだのは、小泉首相とブッシュ大統領だった。\n", "2006-07-12")
    assert sides(talks) == ["person:junichiro-koizumi", "person:george-w-bush"]


def test_the_partner_named_in_the_next_sentence_completes_the_talks():
    [call] = proposals_in("麻生外相は10日、電話会談を行った。相手は中国の李肇星外相だった。\n", "2006-07-12")
    assert sides(call) == ["person:taro-aso", "person:li-zhaoxing"]
    [call] = proposals_in("麻生外相は10日、電話会談を行った。相手は明らかにしなかった。\n", "2006-07-12")
    assert sides(call) == ["person:taro-aso"]


def test_a_delegation_and_the_country_it_meets_are_the_sides():
    [talks] = proposals_in("米国の代表団は10日、北京で北朝鮮と協議した。\n", "2006-07-12")
    assert sides(talks) == ["country:US", "country:KP"]


def test_a_delegations_head_named_in_brackets_stands_for_it():
    text = "日本政府代表団（団長・佐々江賢一郎アジア大洋州局長）は10日、北朝鮮代表団と協議した。\n"
    [talks] = proposals_in(text, "2006-07-12")
    assert [p.name for p in talks.participants] == ["佐々江賢一郎", "北朝鮮"]
    [talks] = proposals_in("日本政府代表団は10日、北朝鮮代表団と協議した。\n", "2006-07-12")
    assert sides(talks) == ["country:JP", "country:KP"]


def test_one_sitting_in_told_before_the_partner_is_a_side():
    [talks] = proposals_in("小泉首相は10日、ライス国務長官の同席のもとでブッシュ大統領と会談した。\n", "2006-07-12")
    assert sides(talks) == ["person:junichiro-koizumi", "person:condoleezza-rice", "person:george-w-bush"]


def test_a_bodys_member_states_officials_are_the_body_as_a_side():
    [talks] = proposals_in("林外相は15日、カンボジアのプノンペンでASEAN各国の外相と会談した。\n", "2022-09-16")
    assert [p.name for p in talks.participants] == ["林", "ASEAN"]


def test_the_partner_named_right_after_the_meeting_word_is_a_side():
    [talks] = proposals_in("小泉首相は10日、会談相手のブッシュ大統領に謝意を伝えた。\n", "2006-07-12")
    assert sides(talks) == ["person:junichiro-koizumi", "person:george-w-bush"]


def test_a_word_referring_back_to_a_person_joined_as_a_partner_is_that_person():
    # 同大統領と, 同長官と, 同氏と: the person named last with that office (同氏: the person named last)
    text = "小泉首相は10日、ブッシュ大統領と会談した。同首相は11日にも同大統領と電話で協議した。\n"
    assert sides(proposals_in(text, "2006-07-12")[1]) == ["person:junichiro-koizumi", "person:george-w-bush"]
    for word in ("同長官", "同氏"):
        text = f"ライス国務長官は10日、来日した。麻生外相は11日、{word}と会談した。\n"
        assert sides(proposals_in(text, "2006-07-12")[1]) == ["person:taro-aso", "person:condoleezza-rice"]
    # not the subject of its own sentence: 同外相 is the other foreign minister, named with an office of that role
    text = "潘基文外交通商相は10日、来日した。麻生外相は11日、同外相との会談で北朝鮮問題を協議した。\n"
    assert sides(proposals_in(text, "2006-07-12")[1]) == ["person:taro-aso", "person:ban-ki-moon"]
    # a thought's と is no partner: 同氏 there stands for nobody
    text = "田中氏は先月、行方不明になった。同氏と思われる男性が10日に見つかった。\n"
    assert [m.text for m in people_referred(text, detect(text, REGISTRY, None)) if m.type == "PERSON"] == ["田中"]


def test_country_letters_written_inside_a_name_or_a_title_after_it_are_no_sides():
    # 宋日昊: 日 is part of the name; 日朝国交正常化交渉担当大使, 日朝交渉担当大使: letters of the title
    text = "北朝鮮の宋日昊日朝国交正常化交渉担当大使は6日、原口幸市大使と会談した。\n"
    assert sorted(sides(proposals_in(text, "2007-03-07")[0])) == ["found:PERSON:原口幸市", "found:PERSON:宋日昊"]
    text = "宋日昊大使は6日、原口幸市日朝交渉担当大使と会談した。\n"
    assert sorted(sides(proposals_in(text, "2007-03-07")[0])) == ["found:PERSON:原口幸市", "found:PERSON:宋日昊"]
    # a country the title writes apart from the name still tells whose officer it is (北朝鮮の…大使)
    text = "日本の原口大使は6日、北朝鮮大使と会談した。\n"
    assert "country:KP" in sides(proposals_in(text, "2007-03-07")[0])


def test_the_two_koreas_named_with_the_level_of_those_who_meet_are_the_sides():
    for text in ("南北両首脳は11日、平壌で会談した。\n", "南北の国防相らは11日、協議した。\n"):
        assert sides(proposals_in(text, "2006-07-12")[0]) == ["country:KR", "country:KP"]
    # the north and south of another country are not the Koreas
    assert all("country:KP" not in sides(p) for p in proposals_in("スーダンの南北両首脳は11日、会談した。\n", "2006-07-12"))


def test_a_ministry_where_a_person_meets_is_the_place_and_the_partner_is_the_subject_carried_over():
    text = "ライス米国務長官は11日、来日した。麻生外相と外務省で会談した後、小泉首相を表敬訪問した。\n"
    talks = [p for p in proposals_in(text, "2006-07-12") if p.kind == "talks"]
    assert [sides(p) for p in talks] == [["person:condoleezza-rice", "person:taro-aso"]]


def test_people_listed_right_before_their_count_are_the_sides_with_or_without_no():
    for text in ("小泉、ブッシュ、ブレア3首脳は11日、会談した。\n", "小泉、ブッシュ、ブレアの3首脳は11日、会談した。\n"):
        assert sides(proposals_in(text, "2006-07-12")[0])[1:] == ["person:george-w-bush", "person:tony-blair"]
    # a count the list does not reach names nobody: two people listed before 3首脳
    assert all(len(sides(p)) != 3 for p in proposals_in("ブッシュ、ブレア3首脳は11日、会談した。\n", "2006-07-12"))


def test_the_one_a_visit_is_asked_of_is_its_visitor_not_the_one_asking():
    # 李大統領は福田首相に訪韓を要請した: 福田 is asked to come to Korea; the Korean president asks, he does not travel
    text = "韓国の李明博大統領は25日、福田康夫首相と会談した。李大統領は福田首相に訪韓を要請した。\n"
    visit = [p for p in proposals_in(text, "2008-02-27") if p.kind == "visit"][0]
    assert [(x.entity_id, x.role) for x in visit.participants] == [("person:yasuo-fukuda", "visitor"),
                                                                    ("country:KR", "host")]
    [visit] = proposals_in("小泉首相はブッシュ大統領に訪日を招請した。\n", "2006-07-12")
    assert [(x.entity_id, x.role) for x in visit.participants][0] == ("person:george-w-bush", "visitor")
    # a visit made, not asked for, keeps its traveller
    [visit, _] = proposals_in("福田首相は25日、訪韓し、李明博大統領と会談した。\n", "2008-02-27")
    assert visit.participants[0].entity_id == "person:yasuo-fukuda"
