"""Names built from a known name and a head: forces, bodies of a parent, wars and games, laws, media, year ranges."""

from datetime import date

from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.core.entity_helpers import spans


def test_a_body_with_its_parent_and_a_force_of_a_body_are_one_organisation():
    assert ("国際連合人権理事会", "ORG") in spans("国際連合人権理事会で決議が採択された。")
    assert ("北大西洋条約機構軍", "ORG") in spans("北大西洋条約機構軍が展開した。")
    assert ("ウクライナ民族解放戦線", "ORG") in spans("ウクライナ民族解放戦線が声明を出した。")
    assert ("米大使館", "ORG") in spans("米大使館前で抗議が続いた。")


def test_wars_and_crises_named_after_places_are_events_but_a_relation_is_not():
    found = spans("イラン・イラク戦争の後、キューバ危機と日露戦争が話題になった。")
    assert {("イラン・イラク戦争", "EVENT"), ("キューバ危機", "EVENT"), ("日露戦争", "EVENT")} <= set(found)
    assert ("米", "GPE") in spans("米中貿易戦争が続く。")  # 貿易 stands between: no named war
    assert ("東京オリンピック", "EVENT") in spans("東京オリンピックが開かれた。")


def test_a_resolution_with_its_number_and_a_quoted_law_are_laws():
    found = spans("国連安保理決議2231に違反し、「反外国制裁法」を施行した。")
    assert ("決議2231", "LAW") in found and ("反外国制裁法", "LAW") in found
    assert not any(t == "LAW" for _, t in spans("決議を採択した。"))


def test_a_newspaper_short_name_is_media_only_where_it_reports():
    assert ("読売", "ORG") in spans("読売によると、会談は延期された。")
    assert not any(t == "ORG" for _, t in spans("毎日練習している。"))
    assert not any(t == "ORG" for _, t in spans("毎日によって変わる。"))


def test_a_range_of_years_is_one_date_and_a_lone_year_stays_itself():
    found = spans("朝鮮戦争(1950年から1953年)の間、1951年に休戦交渉が始まった。")
    assert ("1950年から1953年", "DATE") in found and ("1951年", "DATE") in found


def test_a_range_of_months_or_days_is_one_date_valued_by_its_start():
    found = {(m.text, m.type): m.value for m in detect(
        "2008年7月から8月にかけて取引し、1995年から2001年6月まで滞在した。6月に帰国した。",
        bundled_registry(), date(2008, 12, 1))}
    assert found[("2008年7月から8月", "DATE")] == "2008-07"
    assert found[("1995年から2001年6月", "DATE")] == "1995"
    assert ("6月", "DATE") in found  # a lone month stays itself
    assert ("7月", "DATE") not in found and ("8月", "DATE") not in found


def test_a_count_before_a_party_is_no_part_of_it():
    found = spans("民主党・無所属クラブ312票社民党・市民連合7票国民新党3票みんなの党5票")
    assert ("社民党", "ORG") in found and ("みんなの党", "ORG") in found
    assert not any(text.startswith("票") for text, _ in found)
    assert ("民主党", "ORG") in spans("2009年民主党政権が発足した。")
    assert ("社民党", "ORG") in spans("共産党7社民党5")  # 社 is the party's, not a count of companies


def test_numbered_elections_and_long_ceremony_names_are_events_but_kinds_are_not():
    found = spans("第20回参議院議員通常選挙の後、広島市で平和記念式典と戦没者追悼記念式典が開かれた。")
    assert ("第20回参議院議員通常選挙", "EVENT") in found
    assert ("戦没者追悼記念式典", "EVENT") in found
    assert not any(t == "EVENT" for _, t in spans("選挙の後、記念式典と同記念式典が開かれた。"))


def test_before_an_office_the_country_stands_alone():
    found = spans("ドリスコル米陸軍長官が同席し、米軍が撤収した。")
    assert ("米", "GPE") in found and ("米軍", "ORG") in found and ("米陸軍", "ORG") not in found


def test_a_region_with_its_unit_is_one_place_but_a_country_with_a_ministry_stays_an_organisation():
    found = spans("四川省と吉林省の代表が新疆ウイグル自治区を訪れた。")
    assert {("四川省", "LOC"), ("吉林省", "LOC")} <= set(found)
    assert ("中国外務省", "ORG") in spans("中国外務省の報道官が述べた。")
    assert not any(text.endswith("省") and kind == "LOC" for text, kind in spans("日本外務省によると"))


def test_a_country_with_its_form_of_state_is_one_country():
    found = spans("キルギス共和国とヨルダン王国が合意した。")
    assert {("キルギス共和国", "GPE"), ("ヨルダン王国", "GPE")} <= set(found)


def test_a_place_with_its_reading_in_brackets_and_its_unit_is_one_place():
    found = spans("水原(スウォン)市と安東(アンドン)市で集会が開かれた。")
    assert {("水原(スウォン)市", "LOC"), ("安東(アンドン)市", "LOC")} <= set(found)
    assert not any(kind == "PERSON" for _, kind in found)


def test_a_credit_union_or_a_daily_after_its_place_is_one_organisation():
    assert ("京都信用金庫", "ORG") in spans("京都信用金庫が発表した。")
    assert ("沖縄日報", "ORG") in spans("沖縄日報が報じた。")


def test_a_police_agency_after_its_place_is_named_with_its_agency_suffix():
    # a Korean provincial police agency: 地方|警察|庁 was cut before 庁 (慶北地方警察)
    assert ("慶北地方警察庁", "ORG") in spans("慶北地方警察庁は料金を下げる協議を行いたいとコメントした。")
    assert ("ソウル警察庁", "ORG") in spans("ソウル警察庁によると、容疑者は逮捕された。")


def test_a_force_or_a_branch_of_an_organisation_is_one_organisation():
    assert ("イスラム国軍", "ORG") in spans("イスラム国軍が町を制圧した。")
    assert ("イスラム国シナイ州", "ORG") in spans("イスラム国シナイ州が声明を出した。")
    assert ("イスラム国アデン支部", "ORG") in spans("イスラム国アデン支部が犯行を認めた。")


def test_a_person_span_does_not_swallow_the_country_written_before_it():
    found = spans("フランス・マクロン大統領と南アフリカ・ラマポーザ大統領が会談した。")
    assert {("フランス", "GPE"), ("マクロン", "PERSON"), ("南アフリカ", "GPE"), ("ラマポーザ", "PERSON")} <= set(found)
    assert ("ジョン・ケリー", "PERSON") in spans("ジョン・ケリー国務長官が述べた。")


def test_a_party_is_one_organisation_but_a_kind_of_party_is_none():
    found = spans("労働党と緑の党が争い、保守党候補が敗れた。")
    assert ("労働党", "ORG") in found and ("保守党", "ORG") in found
    assert not any(kind == "ORG" for _, kind in spans("与党と野党、同党の議員が新党を作った。"))


def test_an_organisation_read_across_a_token_edge_is_found():
    # UniDic reads 衆議|院本|会議: the name ends inside a token
    assert ("衆議院", "ORG") in spans("衆議院本会議で可決された。")


def test_a_region_named_by_its_direction_and_what_is_named_after_it():
    assert ("東アフリカ", "LOC") in spans("東アフリカの干ばつが続く。")
    assert ("西日本新聞", "ORG") in spans("西日本新聞によれば、")
    assert not any(text.startswith("西") for text, _ in spans("関西アフリカ協会"))  # 関西 is a word of its own


def test_a_country_before_its_language_or_a_time_zone_is_no_country():
    assert not any(kind == "GPE" for _, kind in spans("ロシア語版とアメリカ東部標準時"))


def test_an_organisation_with_its_acronym_in_brackets_gives_both():
    found = spans("民主革新同盟(DIA)のメンバーが抗議した。")
    assert ("DIA", "ORG") in found
    assert not any("(" in text and ")" not in text for text, _ in found)


def test_a_name_joined_by_an_equals_sign_is_one_person_and_no_span_starts_with_a_dot():
    assert ("エレン・ジョンソン=サーリーフ", "PERSON") in spans("エレン・ジョンソン=サーリーフ大統領が述べた。")
    assert not any(text.startswith("・") for text, _ in spans("最高指導者・ムハンマド容疑者が死亡した。"))


def test_a_katakana_name_before_a_role_is_a_person_but_a_common_word_is_not():
    assert ("ベンゼマ", "PERSON") in spans("フランス代表のベンゼマ選手が出場した。")
    assert not any(kind == "PERSON" for _, kind in spans("ラグビー選手とサッカー監督が集まった。"))


def test_a_word_that_places_a_day_belongs_to_its_date():
    found = spans("ペルーで、現地14日に選挙が行われ、同16日に開票された。")
    assert {("現地14日", "DATE"), ("同16日", "DATE")} <= set(found)
    assert ("14日", "DATE") in spans("共同14日の発表")  # 同 inside a word places nothing


def test_a_war_keeps_its_name_when_a_time_word_follows():
    found = spans("イラク戦争後、コソボ紛争中の難民が増えた。")
    assert ("イラク戦争", "EVENT") in found and ("コソボ紛争", "EVENT") in found
    assert not any(t == "EVENT" for _, t in spans("紛争中の地域に入った。"))


def test_the_world_cup_by_its_short_name_is_an_event_with_its_year():
    found = spans("2014W杯の予選と、次のW杯の開催地が決まった。")
    assert ("2014W杯", "EVENT") in found and ("W杯", "EVENT") in found


def test_any_outlet_that_reports_is_an_organisation_but_a_source_word_is_not():
    assert ("南海日報", "ORG") in spans("南海日報によると、会談は延期された。")
    assert ("スポーツヘラルド", "ORG") in spans("スポーツヘラルドが報じた。")
    assert not any(t == "ORG" for _, t in spans("ニュースによると、会談は延期された。"))
    assert not any(t == "ORG" for _, t in spans("データによると、輸出が増えた。"))


def test_a_city_before_inai_is_named_with_its_suffix():
    assert ("名古屋市", "LOC") in spans("名古屋市内で会見した。")
    assert ("大阪府", "LOC") in spans("大阪府内の病院に運ばれた。")


def test_tokyo_before_inai_is_named_with_its_suffix_like_any_prefecture():
    # UniDic reads 東京|都内: the prefecture is still named whole, as 大阪府内 gives 大阪府
    found = [(m.text, m.type, m.entity_id) for m in detect("心不全のため東京都内の病院で死去した。", bundled_registry(), None)]
    assert ("東京都", "LOC", "loc:tokyo") in found
    assert ("東京", "LOC") in spans("東京で会見した。")
    assert ("京都", "LOC") in spans("京都内の寺を訪れた。")  # 京都 is no 都 before 内


def test_a_sumo_tournament_is_an_event_not_its_place_nor_a_body():
    found = spans("大相撲九州場所13日目の11月26日、白鵬が勝った。")
    assert ("大相撲九州場所", "EVENT") in found and ("九州", "LOC") not in found
    assert ("名古屋場所", "EVENT") in spans("琴光喜の名古屋場所出場は見送られた。")
    assert ("秋場所", "EVENT") in spans("秋場所の番付が発表された。")
    assert ("大相撲秋場所", "EVENT") in spans("迎える大相撲秋場所で綱取りに挑む。")
    assert ("七月場所", "EVENT") in spans("七月場所は中止となった。")
    assert not any(t == "EVENT" for _, t in spans("事件の日時や場所は明らかにされていない。"))
    assert not any(t == "EVENT" for _, t in spans("最初の場所で、立春場所の看板を見た。"))


def test_a_named_storm_is_an_event_with_its_latin_spelling():
    found = spans("台風12号「マリア」(Maria)は9日、沖縄に近づいた。")
    assert ("マリア", "EVENT") in found and ("Maria", "EVENT") in found
    assert not any(t == "EVENT" for _, t in spans("台風12号は9日、沖縄に近づいた。"))


def test_a_constitution_written_on_its_country_is_a_law_but_the_kind_is_not():
    assert ("ロシア憲法", "LAW") in spans("ロシア憲法が改正された。")
    assert not any(t == "LAW" for _, t in spans("ハイチの憲法では再選が禁じられている。"))


def test_an_election_commission_is_an_organisation_alone_or_with_its_country():
    assert ("中央選管", "ORG") in spans("中央選管の集計で与党が勝った。")
    assert ("ケニア中央選管", "ORG") in spans("ケニア中央選管が発表した。")


def test_a_disaster_named_after_its_place_is_an_event_and_no_country_fires_inside_it():
    found = spans("新潟県中越地震の被災地を訪れた。")
    assert found == [("新潟県中越地震", "EVENT")]
    assert not any(t == "EVENT" for _, t in spans("日本で地震が起きた。"))


def test_a_world_war_and_a_championship_named_by_its_reach_are_events():
    found = spans("第2次世界大戦の後、世界陸上選手権が開かれた。")
    assert ("第2次世界大戦", "EVENT") in found and ("世界陸上選手権", "EVENT") in found
    assert not any(t == "EVENT" for _, t in spans("サッカー選手権に出場した。"))


def test_the_provinces_of_both_koreas_are_places():
    found = spans("京畿道と咸鏡北道で雨が降った。")
    assert ("京畿道", "LOC") in found and ("咸鏡北道", "LOC") in found


def test_a_mountain_or_a_river_unidic_splits_is_one_place_but_a_word_of_its_own_is_none():
    found = spans("代表団は白頭山を訪れ、鴨緑江を渡った。")
    assert ("白頭山", "LOC") in found and ("鴨緑江", "LOC") in found
    assert not any(t == "LOC" for _, t in spans("隊員は火山の近くで登山していた。"))


def test_a_reading_after_a_whole_name_is_its_own_span_of_the_same_type():
    found = spans("一行は江原道(カンウォンド)から原州(ウォンジュ)市郊外に移った。")
    assert ("江原道", "LOC") in found and ("カンウォンド", "LOC") in found
    assert ("原州(ウォンジュ)市", "LOC") in found
    assert spans("瓦礫(がれき)の下から救出された。") == []


def test_a_company_written_in_katakana_is_named_without_sha_but_a_newspaper_keeps_it():
    found = spans("同じグッドウィル社が運営する施設で、朝日新聞社が取材した。")
    assert ("グッドウィル", "ORG") in found and ("朝日新聞社", "ORG") in found


def test_zen_before_a_country_gives_the_country_but_an_open_is_a_tournament():
    assert ("米", "GPE") in spans("全米で抗議が広がった。")
    assert spans("全日の日程を終えた。") == []
    assert ("全英オープン", "EVENT") in spans("全英オープンで優勝した。")


def test_an_abbreviation_before_central_bank_is_the_country_and_a_by_election_is_an_event():
    assert spans("ファツィオ伊中央銀行総裁と会談した。")[-1] == ("伊", "GPE")
    assert ("衆議院福岡6区補欠選挙", "EVENT") in spans("衆議院福岡6区補欠選挙で当選した。")
    assert not any(t == "EVENT" for _, t in spans("衆議院の補欠選挙が行われた。"))


def test_a_law_named_without_quotes_is_a_law_but_a_way_of_doing_and_a_man_named_so_are_not():
    found = spans("平成電電株式会社は、10月3日、東京地方裁判所に民事再生法の適用を申請した。")
    assert ("民事再生法", "LAW") in found
    found = spans("札幌地検は11月6日、公職選挙法違反(買収約束、事前運動)の罪で、山本広和容疑者を起訴した。")
    assert ("公職選挙法", "LAW") in found  # the name runs on into 違反, which is not part of it
    assert ("道路交通法", "LAW") in spans("改正道路交通法が施行された。")  # 改正 says amended, not the name
    assert not any(t == "LAW" for _, t in spans("露鵬側の弁護士は検査方法そのものに不服を抱いていた。"))
    found = spans("公明党の神崎武法代表は会見で述べた。")
    assert ("神崎武法", "PERSON") in found and not any(t == "LAW" for _, t in found)


def test_a_treaty_named_by_what_it_bans_is_a_law_but_a_kind_of_treaty_is_not():
    assert ("対人地雷全面禁止条約", "LAW") in spans("対人地雷全面禁止条約が発効した。")
    assert ("戦略兵器削減条約", "LAW") in spans("米ロは戦略兵器削減条約に署名した。")
    assert not any(t == "LAW" for _, t in spans("両国は自由貿易協定を結んだ。"))
    assert not any(t == "LAW" for _, t in spans("平和条約の締結を目指す。"))


def test_a_law_named_by_two_kanji_is_a_law_where_the_sentence_treats_it_as_one():
    # Wikinews (outside the gold)
    found = spans("現場に駆け付けた大阪府警布施署員に、傷害と銃刀法違反の両容疑で現行犯逮捕された。")
    assert ("銃刀法", "LAW") in found
    assert ("消防法", "LAW") in spans("消防法で定められた点検を怠っていた。")
    # a way of doing (呼吸法), a field or kind of law (国際法, 現行法), a new constitution: no named law
    assert not any(t == "LAW" for _, t in spans("独自の呼吸法により記録を伸ばした。"))
    assert not any(t == "LAW" for _, t in spans("国際法に違反する行為だと非難した。現行法に基づき処分した。"))
    assert not any(text == "禁止法" for text, _ in spans("不正アクセス禁止法違反の疑いで逮捕された。"))


def test_the_games_named_alone_are_events_and_a_body_named_after_them_is_not():
    found = spans("時事通信によると、ワールドカップサッカー選手権・南アフリカ大会に出場しているフランス代表が抗議した。")
    assert ("ワールドカップサッカー選手権・南アフリカ大会", "EVENT") in found  # Wikinews (learn part), to its …大会
    assert ("五輪", "EVENT") in spans("北島選手は五輪代表に選ばれた。")
    assert ("2006FIFAワールドカップ", "EVENT") in spans("2006FIFAワールドカップの組み合わせが決まった。")
    found = spans("日本オリンピック委員会が発表した。")
    assert not any(kind == "EVENT" for _, kind in found)
    assert not any(kind == "EVENT" for _, kind in spans("五輪組織委員会が発表した。五輪書を読んだ。"))


def test_a_law_whose_name_starts_with_a_word_in_kana_keeps_the_word():
    # Wikinews (outside the gold): drug arrests name the law with 覚せい剤 written in kana
    assert ("覚せい剤取締法", "LAW") in spans("警視庁は容疑者を覚せい剤取締法違反の疑いで逮捕した。")
    assert ("政治資金規正法", "LAW") in spans("献金絡み政治資金規正法違反の疑い。")  # 絡み is no part of it


def test_a_storm_named_after_a_dot_or_without_its_number_is_an_event_not_a_person():
    found = spans("2012年10月23日、ハリケーン・エプシロンが、大西洋中央付近で発生した。")
    assert ("エプシロン", "EVENT") in found and not any(t == "PERSON" for _, t in found)
    assert ("リタ", "EVENT") in spans("ハリケーン「リタ」が上陸した。")
    assert ("ジョン", "EVENT") in spans("ハリケーン「ジョン」(John)は、8月30日に発生した。")
    assert not any(t == "EVENT" for _, t in spans("米国立ハリケーン・センターによると、勢力は弱まった。"))


def test_an_outlet_cited_on_its_own_line_with_its_day_is_an_organisation():
    found = spans("『県が立ち入り調査』。\n秋田魁新報、2006年9月16日。\n中日新聞社、2005年9月25日。")
    assert ("秋田魁新報", "ORG") in found and ("中日新聞社", "ORG") in found
    assert not any(t in ("PERSON", "GPE") for _, t in found)


def test_an_outlet_named_first_of_a_list_of_outlets_that_report_is_an_organisation():
    found = spans("地元紙の東奥日報・デーリー東北によると、合併は来春の予定だという。")
    assert ("東奥日報", "ORG") in found
    # a word that says the kind of outlet names none
    assert not any(t == "ORG" for _, t in spans("地元新聞と通信社によると、被害は広がっている。"))


def test_a_place_a_disease_is_named_after_names_no_place():
    assert spans("エボラ出血熱の患者が確認された。") == []
    assert not any(t in ("LOC", "GPE", "ORG") for _, t in spans("西ナイルウイルスの感染が広がった。"))
    assert ("東京", "LOC") in spans("東京で熱中症の患者が出た。")


def test_a_country_with_sei_names_the_country_and_generic_acronyms_are_no_body():
    found = spans("その他日本勢は伊東大貴選手が9位だった。")
    assert ("日本", "GPE") in found and ("日本勢", "ORG") not in found
    assert not any(t == "ORG" for _, t in spans("勝負はPK戦に移った。"))
    found = spans("阪急は阪神株を株式公開買い付け(TOB)で入手したいとしている。TOBが成立したら統合する。")
    assert ("阪急", "ORG") in found and not any(text == "TOB" for text, _ in found)


def test_a_country_before_a_word_of_its_own_on_gun_names_no_force():
    # 軍事政権, 軍事筋, 軍用地, 軍人: 軍 begins a word; the country is the country (Wikinews, 2005-2007)
    assert spans("ミャンマー軍事政権のタン・シュエ議長は述べた。")[0] == ("ミャンマー", "GPE")
    assert spans("イスラエル軍事筋によると、攻撃は続いた。")[0] == ("イスラエル", "GPE")
    assert spans("大田昌秀元知事がアメリカ軍用地の強制使用に反対した。")[1] == ("アメリカ", "GPE")
    assert ("イスラエル軍", "ORG") in spans("イスラエル軍は空爆を続けた。")


def test_a_government_office_with_its_division_is_one_organisation_but_not_its_authorities():
    assert ("大阪府警生活経済課", "ORG") in spans("大阪府警生活経済課は2009年9月、容疑者を逮捕した。")
    assert ("総務省行政管理局", "ORG") in spans("総務省行政管理局が発表した。")
    assert ("兵庫県警察本部捜査一課", "ORG") in spans("兵庫県警察本部捜査一課と姫路警察署は同日、発表した。")
    found = spans("キルギスタン内務省当局は、声明を出した。")
    assert not any(text.endswith("当局") for text, _ in found)


def test_formats_and_devices_of_technology_are_no_body_nor_are_letters_cut_out_of_a_latin_word():
    found = spans("東芝は、開発を続けてきたHDDVD(HD)の機器生産から撤退する。HDDVDはBDより低価格だった。")
    assert ("東芝", "ORG") in found and not any(text in ("HDDVD", "HD", "BD") for text, _ in found)
    assert spans("行われたサイトのURLはhttp://example.comだった。") == []
    assert not any(t == "ORG" for _, t in spans("距離と時間を、全地球測位システム(GPS)を利用して観測した。"))
    # a citation's title in capitals: the tagger's TR (of TROPICAL) is no organisation
    assert spans('ハリケーンセンター、2006年6月11日。"TROPICALSTORMALBERTOADVISORYNUMBER6"。') == [("2006年6月11日", "DATE")]


def test_a_party_named_after_a_verb_is_a_party_but_words_of_how_many_or_its_fate_are_not():
    # lines of Japanese Wikinews (CC BY 2.5)
    assert ("結いの党", "ORG") in spans("橋下氏のグループは結いの党(14人)との8月を目処とした合流を調整しており、合流後は51人になる見込み。")
    assert spans("多くの党が反対し、全ての党が声明を出した。") == []
    assert not any(t == "ORG" for _, t in spans("日本維新の会は、6月22日(JST)臨時党大会を開き、7月末を目処とする分党を正式に決定した。")
                   if _ == "分党")


def test_a_movement_or_front_named_in_katakana_is_one_organisation_but_a_race_or_a_protest_is_not():
    assert ("ポリサリオ戦線", "ORG") in spans("ポリサリオ戦線はモロッコと交渉した。")
    assert ("モロ・イスラム解放戦線", "ORG") in spans("モロ・イスラム解放戦線とフィリピン政府が協議した。")
    assert ("サパティスタ民族解放軍", "ORG") in spans("サパティスタ民族解放軍は蜂起した。")
    assert spans("パ・リーグのプレーオフ戦線が混戦だ。") == [] and spans("デモ運動が広がった。") == []
