"""Sides a clause implies without joining them to the meeting word by と, and talks told as under way,
planned or concluded (sentences of livedoor news articles, CC BY-ND 2.1 JP, NHN Japan, quoted whole, and
of Japanese Wikinews articles, CC BY 2.5)."""

from datetime import date

from tests.core.meeting_helpers import proposals_in


def _sides(proposal):
    return {p.entity_id or p.name for p in proposal.participants}


def test_a_state_visit_with_no_traveller_in_its_sentence_is_made_by_the_subject_of_the_sentence_before():
    text = ("20日、ブータンのジグメ・ケサル・ナムゲル・ワンチュク国王＆ジツェン・ペマ王妃が関西国際空港から帰国の途についた。\n"
            "15日に来日を果たすと、皇居での歓迎行事や宮中晩餐会に参加し、その後は東日本大震災の被災地である福島県相馬市や、"
            "京都仙洞御所を訪れるなど、過密スケジュールではあったものの、行く先々で盛大な歓迎を受けた。\n")
    [visit] = [p for p in proposals_in(text, date(2011, 11, 22)) if p.kind == "visit"]
    assert {"found:PERSON:ジグメ・ケサル・ナムゲル・ワンチュク", "country:JP"} <= _sides(visit)
    assert visit.start == "2011-11-15"


def test_a_traveller_named_with_an_honorific_only_makes_no_state_visit():
    text = "20日、歌手のマドンナさんが関西国際空港から帰国の途についた。\n15日に来日を果たすと、各地で公演を行った。\n"
    assert [p for p in proposals_in(text, date(2011, 11, 22)) if p.kind == "visit"] == []


def test_two_people_referred_back_to_are_the_sides_of_their_talks():
    text = ("31日、米大リーグ・ツインズの西岡剛内野手(27)と妻でモデルの徳澤直子(27)が離婚するとサンケイスポーツが報じた。\n"
            "報道によると、現在、2人は別居中で代理人を立て離婚協議中という。\n")
    [talks] = proposals_in(text, date(2012, 2, 1))
    assert _sides(talks) == {"found:PERSON:西岡剛", "found:PERSON:徳澤直子"}


def test_a_guest_received_by_the_host_is_the_other_side():
    [talks] = proposals_in("岸田首相は9日、マクロン大統領を官邸に迎え、会談した。", date(2023, 5, 10))
    assert _sides(talks) == {"person:fumio-kishida", "person:emmanuel-macron"}


def test_a_guest_welcomed_or_entertained_in_any_ending_is_the_other_side():
    # one list of the verbs of receiving a guest, each as its stem: 歓迎し and もてなし as well as 歓迎する, もてなす
    for verb in ("歓迎し", "もてなし"):
        [talks] = proposals_in(f"岸田首相は9日、マクロン大統領を{verb}、会談した。", date(2023, 5, 10))
        assert _sides(talks) == {"person:fumio-kishida", "person:emmanuel-macron"}


def test_talks_under_way_planned_or_concluded_are_told():
    [talks] = proposals_in("今年は、ダルビッシュ有（テキサス・レンジャーズと交渉中）をはじめ、和田毅らが新たに挑戦する。",
                           date(2012, 1, 10))
    assert talks.kind == "negotiation_round" and len(talks.participants) == 2
    [planned] = proposals_in("君主制の廃止を主張しているネパール共産党毛沢東主義派との対話が15日以降に予定された。",
                             date(2006, 6, 10))
    assert planned.status == "scheduled"
    text = ("今月11日、ドイツ社会民主党(SPD)とドイツキリスト教民主同盟(CDU)/キリスト教社会同盟(CSU)は、"
            "連立交渉の最終合意に達した。")
    assert len(proposals_in(text, date(2005, 11, 14))) == 1


def test_a_bodys_own_deliberation_and_its_result_are_no_talks():
    text = "IOCは協議の結果、既に国際陸連が処分を決めている陸上以外の競技について判断を委ねた。"
    assert proposals_in(text, date(2016, 7, 25)) == []
    assert proposals_in("その法案は現在、委員会で協議中の段階にある。", date(2016, 7, 25)) == []


def test_a_meal_given_for_a_guest_or_attended_is_a_meeting_of_its_guest():
    text = "天皇、皇后両陛下は9日、国賓として来日したマクロン大統領夫妻を歓迎する宮中晩餐会を催した。"
    [meal] = [p for p in proposals_in(text, date(2023, 5, 10)) if p.kind == "talks"]
    assert "person:emmanuel-macron" in _sides(meal)
    text = ("20日、ブータンのジグメ・ケサル・ナムゲル・ワンチュク国王＆ジツェン・ペマ王妃が関西国際空港から帰国の途についた。\n"
            "15日に来日を果たすと、皇居での歓迎行事や宮中晩餐会に参加した。\n")
    [meal] = [p for p in proposals_in(text, date(2011, 11, 22)) if p.kind == "talks"]
    # the guests sit at it (both listed as coming to Japan, now that a royal title ends the queen's name); the host
    # country of the visit may sit with them, nobody else does
    assert "found:PERSON:ジグメ・ケサル・ナムゲル・ワンチュク" in _sides(meal)
    assert _sides(meal) <= {"found:PERSON:ジグメ・ケサル・ナムゲル・ワンチュク", "found:PERSON:ジツェン・ペマ", "country:JP"}
    # a meal with nobody received and nobody attending names no meeting
    assert proposals_in("会場では夕食会の準備が進められている。", date(2023, 5, 10)) == []


def test_each_country_of_a_compound_of_three_is_a_side():
    [summit] = proposals_in("政府は、日中韓首脳会議を年内に東京で開催する方向で調整に入った。", date(2023, 5, 10))
    assert {"country:JP", "country:CN", "country:KR"} <= _sides(summit)
    [meeting] = proposals_in("日中韓の閣僚会合が7日、東京で開かれた。", date(2023, 5, 10))
    assert _sides(meeting) == {"country:JP", "country:CN", "country:KR"}


def test_talks_told_as_resumed_after_their_day_and_place_are_told():
    [talks] = proposals_in("イランと欧米6か国の核協議は9日、ウィーンで再開された。", date(2023, 5, 10))
    assert talks.start == "2023-05-09" and "country:IR" in _sides(talks)


def test_a_meeting_in_a_cited_headline_is_held_by_the_one_pair_of_countries_the_headline_names():
    [talks] = proposals_in("久保田るり子『発射が南北関係に影響閣僚級会談の開催は不透明』。\n産経新聞、2006年7月5日。\n",
                           date(2006, 7, 6))
    assert _sides(talks) == {"country:KR", "country:KP"} and talks.status == "proposed"
    [talks] = proposals_in("『首脳会談の延期・中止も日韓、再び試練に直面』。\n", date(2005, 10, 18))
    assert _sides(talks) == {"country:JP", "country:KR"}
    # two pairs in one headline: no telling which met
    assert proposals_in("『会談を前に日韓、米中が調整』。\n", date(2005, 10, 18)) == []


def test_a_person_called_on_or_met_with_an_office_is_the_other_side():
    text = ("そこでジーコ氏は規定緩和を図るべく、9月22日にFIFAのゼップ・ブラッター会長を訪ね、"
            "「立候補にFIFA加盟5協会からの推薦が必要」という前提条件を変更させる要望を、直接伝えるという行動に打って出た。")
    [talks] = proposals_in(text, date(2015, 9, 25))
    assert _sides(talks) == {"found:PERSON:ジーコ", "found:PERSON:ゼップ・ブラッター"} and talks.start == "2015-09-22"
    [talks] = proposals_in("林外相は9日、ブリンケン国務長官に会い、協力を確認した。", date(2023, 5, 10))
    assert _sides(talks) == {"person:yoshimasa-hayashi", "person:antony-blinken"}
    # a place called at, someone private met, a day then 会談: no one called on
    assert proposals_in("工藤さんは17日朝、病院を訪ね、父に会った。", date(2023, 5, 20)) == []
    [talks] = proposals_in("王監督とそれを慰留していた孫正義オーナーが23日午前に会談を行った。", date(2008, 9, 23))
    assert "found:PERSON:孫正義" in _sides(talks)


def test_a_person_called_on_whose_office_is_read_into_the_name_is_the_other_side():
    text = ("ヒアリング実施会場となったJFAハウスに、加戸愛媛県知事・中村松山市長・亀井愛媛FC社長が鈴木チェアマンを訪ね、"
            "Jリーグ加盟に向けた具体的な事業内容など説明を行った。")
    [talks] = proposals_in(text, date(2005, 11, 12))
    assert "found:PERSON:鈴木チェアマン" in _sides(talks)
    # a name with an honorific only is no office: someone private called on
    assert proposals_in("高校時代の同級生が鈴木さんを訪ね、近況を話した。", date(2005, 11, 12)) == []


def test_the_two_sides_written_around_aida_are_the_meetings():
    [talks] = proposals_in("日中間の協議は9日、北京で行われた。", date(2023, 5, 10))
    assert _sides(talks) == {"country:JP", "country:CN"}
    text = "商号、本店所在地、会社代表者、役員、具体的な事業継承手順等:広島銀行とウツミ屋証券の間で今後協議し、決定する。"
    [talks] = proposals_in(text, date(2007, 7, 9))
    assert _sides(talks) == {"found:ORG:広島銀行", "found:ORG:ウツミ屋証券"}


def test_two_office_holders_who_met_are_the_sides_and_private_people_meeting_are_none():
    [talks] = proposals_in("トランプ大統領と金正恩委員長が9日、板門店で会った。", date(2019, 7, 1))
    assert _sides(talks) == {"person:donald-trump", "person:kim-jong-un"}
    assert proposals_in("工藤さんと父が駅で会った。", date(2019, 7, 1)) == []


def test_a_working_lunch_with_someone_is_a_meeting():
    [talks] = [p for p in proposals_in("林外相は9日、来日中の英国のクレバリー外相とワーキングランチを行った。",
                                         date(2023, 5, 10)) if p.kind == "talks"]
    assert _sides(talks) == {"person:yoshimasa-hayashi", "person:james-cleverly"}


def test_a_games_two_teams_are_the_sides_of_their_talks_told_with_ryou():
    text = ("時事通信によると、7月27日に開催される予定のプロ野球「福岡ソフトバンク対西武」の試合が中止になった。\n"
            "西武の選手らは7月27日午前11時35分に東京を出発する予定だったが、機体の故障で出発が大幅に遅れ、"
            "両チームの間で協議を行い、福岡ソフトバンク球団は午後3時15分に開催を中止することを決めた。\n")
    [talks] = proposals_in(text, date(2007, 7, 28))
    assert {p.name for p in talks.participants} == {"福岡ソフトバンク", "西武"}


def test_two_countries_named_as_ryoukoku_before_their_officials_are_the_sides():
    [talks] = proposals_in("日韓両国の外務次官は9日、ソウルで戦略対話を行った。", date(2023, 5, 10))
    assert _sides(talks) == {"country:JP", "country:KR"}


def test_a_summit_known_by_its_place_is_one_meeting_of_that_name():
    from core.meetings.detect import detect_meetings
    from core.nlp.entities import detect
    from tests.core.meeting_helpers import REGISTRY

    text = "読売新聞によると、中国の政府側が日本政府に、7月初め、北海道洞爺湖サミット直前に通告していた。"
    [summit] = detect_meetings(text, detect(text, REGISTRY, date(2008, 8, 1)), date(2008, 8, 1))
    assert (summit.kind, summit.title) == ("multilateral", "北海道洞爺湖サミット")
    text = "金潤玉氏は、今月初めのG20ソウル首脳会議で、贈り物をした。"
    [summit] = detect_meetings(text, detect(text, REGISTRY, date(2010, 11, 20)), date(2010, 11, 20))
    assert summit.title == "G20ソウル首脳会議"


def test_a_meeting_aimed_at_is_proposed_and_a_plan_undone_is_cancelled():
    [talks] = proposals_in("日中両国は、外相会談の早期開催を目指している。", date(2023, 5, 10))
    assert (talks.status, talks.start) == ("proposed", None)
    [visit] = proposals_in("マクロン大統領は12日、来日する予定だったが、延期した。", date(2023, 5, 10))
    assert visit.status == "cancelled"


def test_a_visitor_never_written_with_an_office_makes_no_state_visit():
    text = "公開を前に、ジョニー・デップがティム・バートン監督と共に、緊急来日することが決定した。"
    assert [p for p in proposals_in(text, date(2012, 4, 20)) if p.kind == "visit"] == []
    # an office written after the reading, or before the name, keeps the visit
    text = "ロイターは、国連調査団のデトレフ・メフリス(メーリス)団長が10日にシリアを訪問すると報じた。"
    [visit] = proposals_in(text, date(2005, 9, 8))
    assert "found:PERSON:デトレフ・メフリス" in _sides(visit)
    text = "当地を訪問予定だったローマ教皇ベネディクト16世は、犠牲者のために祈りを捧げた。"
    assert [p for p in proposals_in(text, date(2005, 9, 8)) if p.kind == "visit"] != []
    # nor does a visit to an office holder stop being a meeting
    text = "沖縄タイムスによると、トルシエ氏は12月19日に沖縄県に入り、同県庁に仲井眞弘多知事を表敬訪問。"
    [visit] = proposals_in(text, date(2007, 12, 20))
    assert len(visit.participants) >= 2


def test_private_people_meeting_or_calling_are_no_meeting_of_sides():
    text = "まもなく4年の刑期を終えるという日を前に突然、別れを告げた恋人ケイトと会うために脱獄したニールだったが、再会は叶わず。"
    assert proposals_in(text, date(2011, 9, 26)) == []
    assert proposals_in("その後、山本さんに電話をし、丁寧に謝罪しました。", date(2012, 1, 5)) == []
    # office holders meeting are
    [talks] = proposals_in("林外相は9日、ブリンケン国務長官と会い、協力を確認した。", date(2023, 5, 10))
    assert len(talks.participants) == 2


def test_a_request_made_face_to_face_to_another_office_holder_is_talks_of_the_two():
    text = ("またモスクワタイムズによると同30日、モスクワではラブロフ外相が、「ロシア領海」内での密漁をしないよう"
            "監視することを日本の金田外務副大臣に求めた。\n")
    [talks] = proposals_in(text, date(2006, 8, 31))
    assert talks.kind == "talks" and talks.status == "held"
    assert _sides(talks) == {"person:sergey-lavrov", "found:PERSON:金田"}


def test_a_request_by_letter_or_to_someone_without_an_office_is_no_meeting():
    letter = "ラブロフ外相は書簡で、密漁をしないよう監視することを金田外務副大臣に求めた。\n"
    assert proposals_in(letter, date(2006, 8, 31)) == []
    private = "ラブロフ外相は、密漁をしないよう監視することを漁業者に求めた。\n"
    assert proposals_in(private, date(2006, 8, 31)) == []


def test_the_office_holder_asked_at_a_meeting_is_its_other_side_but_a_third_party_asked_by_both_is_not():
    [talks] = proposals_in("町村外相は会談で、北朝鮮の朴宜春外相に核放棄を求めた。", date(2006, 8, 31))
    assert _sides(talks) == {"person:nobutaka-machimura", "found:PERSON:朴宜春"}
    [both] = proposals_in("町村外相と李肇星外相は会談で、北朝鮮に自制を求めた。", date(2006, 8, 31))
    assert "country:KP" not in _sides(both)
    assert all("country:CN" not in _sides(p) for p in proposals_in("両首脳は会談で、中国に自制を求めた。", date(2006, 8, 31)))
