"""Sides told by a count or by 両 (3社は, 両チームの間で, 両行は) and outlets that only tell of a meeting,
on sentences of Wikinews articles (CC BY 2.5)."""

from datetime import date

from tests.core.meeting_helpers import proposals_in, sides_in as sides


MAKERS = ("読売新聞によると、日本水泳連盟は5月7日に行った常務理事会で、日本水連と契約を結ぶ日本のスポーツメーカー・"
          "ミズノ、デサント、アシックスの3社に対し、5月30日を期限として改善・改良を求めることにした。\n"
          "日本代表は現在上記の3社が製作した水着しか着用する事が出来ない。\n")


def test_a_count_as_subject_stands_for_the_list_of_as_many_named_before():
    text = MAKERS + "時事通信によると、この問題を受けて3社は山本化学工業の開発した素材を使う事で協議に入ったことを明らかにした。"
    assert sides(text) == [["ミズノ", "デサント", "アシックス"]]  # past 上記の3社, which names none
    # another count, or no list of that count before: nobody is guessed
    other = MAKERS + "この問題を受けて2社は素材を使う事で協議に入ったことを明らかにした。"
    assert sides(other) == []


def test_talks_entered_are_talks():
    [talks] = proposals_in("トヨタとホンダは10日、部品の共通化について協議に入った。")
    assert [p.name for p in talks.participants] == ["トヨタ", "ホンダ"]
    [planned] = proposals_in("中国新聞は27日のファクト紙の報道として、「法と正義」のカチンスキ党首が最終確定結果発表後、"
                             "ただちに連立交渉に入る意向を示したと伝えている。")
    assert planned.status == "scheduled"


def test_both_teams_and_both_banks_are_the_two_bodies_named_before():
    text = ("両新聞によれば、徳島銀行と香川銀行は経営統合で合意した。\n"
            "両行は今後、統合準備委員会を設置し、9月には経営統合に伴う株式移転計画を含む本契約を締結し、"
            "11月に臨時株主総会の承認を経る予定となっている。")
    signing = [p for p in proposals_in(text) if p.kind == "signing"]
    assert [[x.name for x in p.participants] for p in signing] == [["徳島銀行", "香川銀行"]]
    talks = ("徳島銀行と香川銀行は第二地方銀行である。\n"
             "両行とも2008年3月頃には経営統合で具体的に協議を行ってきた。")
    assert sides(talks) == [["徳島銀行", "香川銀行"]]


def test_an_outlet_that_tells_of_the_talks_is_not_a_side():
    text = ("毎日新聞、中国新聞、河北新報、神戸新聞によると、テレビ東京の菅谷定彦社長は5月31日会見を行い、"
            "受信地域拡大を計画、総務省と交渉していることを明らかにした。")
    [talks] = [p for p in proposals_in(text) if p.kind == "negotiation_round"]
    assert [p.name for p in talks.participants] == ["菅谷定彦", "総務省"]


def test_a_cited_headline_tells_talks_by_the_noun_after_a_side():
    [talks] = proposals_in("NIKKEINET主要ニュース『松下、ビクターを売却へ・ケンウッドと交渉』。")
    # the headline's topic (松下、) is the other side
    assert talks.kind == "negotiation_round" and [p.name for p in talks.participants] == ["松下", "ケンウッド"]
    # a draft's negotiation rights are no talks; outside a headline the bare noun still needs an event
    assert proposals_in("YOMIURIONLINE『駒苫・田中は楽天、愛工大名電・堂上は中日が交渉権』。") == []
    assert proposals_in("松下はケンウッドとの交渉の行方を見守る。") == []


def test_a_body_met_with_is_a_partner_not_the_host_of_its_own_meeting():
    [talks] = proposals_in("東京ヴェルディ公式サイト『株式会社ネクシィーズとの交渉結果について』。")
    assert talks.kind == "negotiation_round" and talks.title is None
    # the body read with 社 as without it (「ロシュとの交渉では…: the same partner, alone, of no meeting of its own)
    [talks] = proposals_in("「ロシュ社との交渉では最善を尽くしてきました……。")
    assert talks.title is None and [(p.name, p.role) for p in talks.participants] == [("ロシュ", "participant")]


def test_a_call_told_by_denwa_shi_is_a_phone_call():
    [call] = proposals_in("プーチン大統領は12日、メルケル首相に電話し、ウクライナ情勢について意見を交わした。")
    assert call.kind == "phone_call" and [p.name for p in call.participants] == ["プーチン", "メルケル"]
    [call] = proposals_in("プーチン大統領は12日、メルケル首相に電話した。")
    assert call.kind == "phone_call"
    assert proposals_in("彼は12日、知人に電話し、助けを求めた。") == []


def test_a_date_before_a_counted_list_is_not_part_of_its_first_name():
    text = "8月31日以後民主・社民・国民新党の3党による連立協議を開始する。"
    assert sides(text) == [["民主", "社民", "国民新党"]]


def test_the_visitor_of_a_city_may_follow_the_visit():
    [visit] = proposals_in("当地を訪問予定だったローマ教皇ベネディクト16世は、犠牲者のために祈りを捧げた。".replace("当地", "バレンシア"))
    assert visit.kind == "visit" and [p.name for p in visit.participants] == ["ベネディクト16世"]
    # 訪れた stays a visit only to a country or a person: people who went somewhere are no meeting
    assert proposals_in("事故現場を訪れた同国のエロー首相は、記者団に対し明らかにした。") == []


def test_talks_resumed_or_held_later_in_the_clause_are_talks():
    [talks] = proposals_in("日本政府と北朝鮮は、来月にも国交正常化交渉を再開することで合意した。", date(2006, 1, 15))
    assert [p.name for p in talks.participants] == ["日本", "北朝鮮"] and talks.status == "scheduled"
    [talks] = proposals_in("米朝協議が12日、北京で行われた。")
    assert [p.entity_id for p in talks.participants] == ["country:US", "country:KP"] and talks.status == "held"
    [unsure] = proposals_in("日朝首脳会談の開催は不透明だ。")
    assert unsure.status == "proposed"


def test_met_on_a_day_after_the_partner():
    [talks] = proposals_in("ブレア首相はシラク大統領と10日に会い、イラク問題を話し合った。")
    assert [p.name for p in talks.participants] == ["ブレア", "シラク"]
    assert proposals_in("彼は同日に会いたいと話した。") == []


def test_talks_held_after_a_comma_are_talks():
    [talks] = proposals_in("イランの核問題を巡る英仏独とイランの協議が、ジュネーブで開かれた。")
    assert talks.status == "held" and "イラン" in [p.name for p in talks.participants]
    assert proposals_in("彼の協議が、始まりだった。") == []


def test_the_countries_of_a_named_ambassadors_title_are_not_sides():
    text = "加藤良三駐米日本大使らは28日、アメリカ・ワシントンのホワイトハウスでブッシュ大統領と面会した。"
    assert sides(text) == [["加藤良三", "ブッシュ"]]
    assert sides("加藤良三駐米大使は28日、ブッシュ大統領と面会した。") == [["加藤良三", "ブッシュ"]]


def test_the_day_a_meeting_was_made_known_does_not_date_it():
    [talks] = proposals_in("ライス国務長官は、麻生外相と会談したことを13日明らかにした。", date(2006, 1, 15))
    assert talks.precision != "day"  # 13日 is the day of the report
    [talks] = proposals_in("ライス国務長官は13日、麻生外相と会談した。", date(2006, 1, 15))
    assert (talks.start, talks.precision) == ("2006-01-13", "day")


def test_a_count_of_cities_stands_for_the_cities_named_before_one_by_one():
    text = ("主催する北見市と旭川市が運営から撤退することを表明し、残りの帯広市と岩見沢市で共催する計画もあった。\n"
            "今後12月中に4市市長が協議して廃止を正式決定する。")
    assert sides(text) == [["北見市", "旭川市", "帯広市", "岩見沢市"]]
    three = text.replace("4市市長", "3市市長")
    assert sides(three) == []  # four named, three counted: nobody is guessed


def test_an_outlet_that_takes_part_stays_a_side():
    text = "朝日新聞によると、主催者の朝日新聞と高野連は17日に会合を開き、日程を協議した。"
    assert sides(text) == [["朝日新聞", "高野連"]]


def test_counted_credit_unions_are_the_ones_named_one_by_one_before():
    text = ("多摩信用金庫と青梅信用金庫は統合を検討している。巣鴨信用金庫と西武信用金庫も加わる見通しだ。"
            "4信用金庫は10日、協議に入った。")
    assert sides(text) == [["多摩信用金庫", "青梅信用金庫", "巣鴨信用金庫", "西武信用金庫"]]
    # a count that is not the number of those named: nobody is guessed
    three = ("多摩信用金庫と青梅信用金庫は統合を検討している。3信用金庫は10日、協議に入った。")
    assert sides(three) == []


def test_both_companies_are_the_pair_named_as_one_subject_not_the_last_two_named():
    text = "読売新聞によると、ソニーとパナソニックは9日、有機ELパネル事業の統合を発表した。両社は10日に協議を行った。"
    assert sorted(map(sorted, sides(text))) == [["ソニー", "パナソニック"]]


def test_both_parties_are_a_pair_of_bodies_named_as_one_subject_just_before():
    assert sides("民主党と社民党は9日、統合を発表した。両者は10日にも協議を行う予定だ。") == [["民主党", "社民党"]]
    # a pair named further back is not who 両者 stands for
    found = sides("民主党と社民党は9日、統合を発表した。選挙は来月行われる。投票率は下がる見込みだ。"
                  "両者は10日にも協議を行う予定だ。")
    assert ["民主党", "社民党"] not in found


def test_bodies_named_beside_both_companies_are_not_the_pair():
    text = ("マイクロソフト社は、ヤフー社の買収を申し入れたことを2月1日明らかにした。\n"
            "日経新聞によると仮にこの両社が経営統合すればそのネット関連の事業の売上高合計で年間94億米ドルになり、検索大手・"
            "グーグル社の売り上げの6割程度に迫り、IT産業に大きな影響が与えられると思われる。\n"
            "なお、読売新聞と産経新聞によると、過去に両社は2006年から2007年にかけて2度合併交渉を行っているが、"
            "ヤフー社側が難色を示し実現しなかった。")
    found = sides(text)
    assert found and all("グーグル" not in s for s in found)


def test_each_outlet_of_a_list_of_sources_is_no_side():
    text = ("3月2-3日のフジサンケイビジネスアイ、デイリースポーツ、朝日新聞の報道によると、大阪ドームを運営する大阪市の"
            "第三セクター・株式会社大阪シティドームは3月2日、京都市の精密機械メーカー、京セラと命名権について交渉を行った。")
    found = sides(text)
    assert found and all("フジサンケイビジネスアイ" not in s and "デイリースポーツ" not in s for s in found)


def test_both_parties_are_the_two_people_just_named():
    text = "民主党の小沢一郎代表と自民党の谷垣禎一総裁は9日、大連立を発表した。両者は11日にも協議を行う予定だ。"
    assert [sorted(s) for s in sides(text)] == [["小沢一郎", "谷垣禎一"]]
    # two people named further back are not who 両者 stands for
    far = ("民主党の小沢一郎代表と自民党の谷垣禎一総裁は9日、大連立を発表した。選挙は来月行われる。投票率は下がる見込みだ。"
           "両者は11日にも協議を行う予定だ。")
    assert all(sorted(s) != ["小沢一郎", "谷垣禎一"] for s in sides(far))


def test_a_meeting_named_by_a_count_of_countries_is_of_the_list_of_as_many_named_before():
    # (a partnership's members listed with their count, then its talks named by the count alone)
    text = ("米国、インド、オーストラリア、韓国、中国、日本の6カ国が、地域協定を結んだと通信社が29日報道した。\n"
            "協定の詳細は、11月に行われる6カ国協議の後、決定される。")
    talks = [p for p in proposals_in(text, date(2005, 7, 29)) if p.kind == "multilateral"]
    assert [sorted(x.entity_id for x in p.participants) for p in talks] == [
        ["country:AU", "country:CN", "country:IN", "country:JP", "country:KR", "country:US"]]
    # a list of another count names no sides of it
    text = "米国、中国、日本の3カ国が協力で合意した。\n6カ国協議が10日、北京で開かれた。"
    talks = [p for p in proposals_in(text, date(2005, 7, 29)) if p.kind == "multilateral"]
    assert all(len(p.participants) < 3 for p in talks)


SIX = ("日本", "米国", "中国", "韓国", "ロシア", "北朝鮮")


def _multilateral(text):
    return [sorted(x.name for x in p.participants) for p in proposals_in(text, date(2005, 7, 29))
            if p.kind == "multilateral"]


def test_a_meeting_named_by_a_count_of_countries_is_of_the_list_of_as_many_named_next():
    # (the talks told first, their countries listed with their count in the sentence after)
    text = "北朝鮮の核問題をめぐる6カ国協議が10日、北京で再開した。\n協議には日本、米国、中国、韓国、ロシア、北朝鮮の6カ国が参加している。"
    assert _multilateral(text) == [sorted(SIX)]
    text = "6カ国協議が10日、北京で再開した。日本、米国、中国、韓国、ロシア、北朝鮮の6カ国の代表が出席した。"
    assert _multilateral(text) == [sorted(SIX)]


def test_a_list_after_of_another_count_or_further_on_names_no_sides():
    for text in (
            # a list of another count (another meeting of three)
            "北朝鮮の核問題をめぐる6カ国協議が10日、北京で再開した。\n一方、米国、中国、韓国の3カ国は別に会合を開いた。",
            # a list one count short: its count is no list of as many
            "北朝鮮の核問題をめぐる6カ国協議が10日、北京で再開した。\n協議には日本、米国、中国、韓国、ロシアの6カ国が参加している。",
            # a list past the next sentence
            "北朝鮮の核問題をめぐる6カ国協議が10日、北京で再開した。\n北朝鮮の代表団は9日に北京入りした。\n"
            "協議には日本、米国、中国、韓国、ロシア、北朝鮮の6カ国が参加している。"):
        assert all(len(sides) < 3 for sides in _multilateral(text))


def test_a_list_past_a_next_line_with_no_sentence_end_names_no_sides():
    # (a line ends its sentence as 。 does: the list two lines on is past the next sentence)
    text = ("北朝鮮の核問題をめぐる6カ国協議が10日、北京で再開した。\n北朝鮮の代表団は9日に北京入り\n"
            "協議には日本、米国、中国、韓国、ロシア、北朝鮮の6カ国が参加している。")
    assert all(len(sides) < 3 for sides in _multilateral(text))
    # the next line itself, ended by its line break alone, is still read
    text = "北朝鮮の核問題をめぐる6カ国協議が10日、北京で再開した。\n日本、米国、中国、韓国、ロシア、北朝鮮の6カ国が参加\n"
    assert _multilateral(text) == [sorted(SIX)]
