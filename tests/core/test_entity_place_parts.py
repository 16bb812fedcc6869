"""Places and bodies built from parts: a town under its state, a headquarters as a site, a division
before another word, a country's chamber, and names UniDic reads as common words before their kind."""

from tests.core.entity_helpers import spans


def test_a_town_under_its_state_is_one_place():
    assert ("ケンタッキー州リッチモンド", "LOC") in spans("1963年、ケンタッキー州リッチモンドで、高校生達が集まった。")
    assert ("広東省深圳市", "LOC") in spans("広東省深圳市で事故があった。")
    # a katakana word UniDic does not know, with a place's word after it, is the town
    found = spans("ドイツ東部のザクセン=アンハルト州オッシャースレーベン近郊で事故があった。")
    assert ("ザクセン=アンハルト州オッシャースレーベン", "LOC") in found and ("ドイツ", "GPE") in found


def test_a_state_before_a_common_word_a_person_or_another_state_stays_alone():
    assert ("カリフォルニア州", "LOC") in spans("カリフォルニア州ワインの輸出が増えた。")
    found = spans("テキサス州ペリー知事が語った。")
    assert ("テキサス州", "LOC") in found and ("ペリー", "PERSON") in found


def test_a_known_bodys_headquarters_where_something_happens_is_a_place():
    assert ("国際連合本部", "LOC") in spans("ニューヨークの国際連合本部で28日、会合が開かれた。")
    assert ("NATO本部", "LOC") in spans("ブリュッセルのNATO本部で外相会合が開かれた。")
    assert ("NATO", "ORG") in spans("NATO本部は声明を出した。")  # the body speaking stays the body


def test_a_foreign_city_before_shinai_is_named_without_shi_and_a_japanese_city_keeps_it():
    assert ("バグダード", "LOC") in spans("ハッサン氏はバグダード市内の自宅から連れ去られた。")
    assert ("名古屋市", "LOC") in spans("名古屋市内で会見した。")


def test_a_ministrys_division_before_another_word_is_one_body_and_a_longer_division_goes_on():
    assert ("法務省矯正局", "ORG") in spans("法務省矯正局所管の部署である。")
    assert ("農林水産省関東農政局", "ORG") in spans("農林水産省関東農政局直轄のダムである。")
    assert ("財務省理財局国庫課", "ORG") in spans("財務省理財局国庫課が発表した。")


def test_a_country_with_its_chamber_is_one_body():
    assert ("フィリピン下院", "ORG") in spans("フィリピン下院の議会委員会は、法案を可決した。")


def test_names_read_as_common_words_before_their_kind_are_bodies():
    assert ("みずほ銀行", "ORG") in spans("当時のみずほ銀行が統合した。")
    found = spans("大手三銀行と十六銀行と第四銀行が提携した。")
    assert ("十六銀行", "ORG") in found and ("第四銀行", "ORG") in found
    assert not any(text.startswith(("大手", "三")) for text, _ in found)  # a count of banks names none
    found = spans("名門同志社大学と学習院大学と図書館大学。")
    assert ("同志社大学", "ORG") in found and ("学習院大学", "ORG") in found
    assert not any("図書館" in text for text, _ in found)


def test_a_country_with_a_ministry_named_by_its_portfolio_is_one_body():
    assert ("米司法省", "ORG") in spans("米司法省は14人を起訴した。")
    assert ("スイス司法省", "ORG") in spans("スイス司法省は声明を出した。")
    found = spans("中国広東省で事故があった。")
    assert ("中国", "GPE") in found and ("広東省", "LOC") in found  # a province is no ministry


def test_a_place_before_its_currency_or_a_school_subject_is_no_mention():
    assert spans("人民元と台湾ドルの交換を開始した。") == []
    assert not any(t == "GPE" for _, t in spans("10億ペソ(日本円で約23億円)。"))
    assert not any(t == "GPE" for _, t in spans("高校日本史教科書の記述。"))
    assert ("日本", "GPE") in spans("日本史上初めての快挙だ。")  # Japan's own history
    assert ("中", "GPE") in spans("対中円借款を終えた。")


def test_games_named_after_a_region_are_events():
    assert ("南太平洋競技会", "EVENT") in spans("南太平洋競技会に次ぐ規模の大会だ。")


def test_a_bracketed_name_after_the_word_for_a_political_body_is_that_body_wherever_it_is_bracketed():
    found = spans("野党の中道左派連合「連合」が勝った。「連合」代表のプローディ氏は語った。")
    assert found.count(("連合", "ORG")) == 2
    assert ("変化と改革", "ORG") in spans("政治組織「変化と改革」が過半数を得た。")
    assert not any(t == "ORG" for _, t in spans("彼は「変化と改革」を訴えた。"))  # no kind word: a slogan


def test_a_place_with_nai_and_a_common_noun_is_the_place_and_a_count_of_bodies_is_none():
    assert spans("肺炎のため東京都内病院で死去した。") == [("東京都", "LOC")]
    assert not any(t == "ORG" for _, t in spans("持永氏も2党の支持者から推薦を受けた。"))


def test_a_bodys_legal_form_before_its_name_is_no_part_of_it():
    found = spans("独立行政法人情報通信研究機構(NICT)は発表した。")
    assert ("情報通信研究機構", "ORG") in found and not any(text.startswith("独立") for text, _ in found)
    assert ("日本相撲協会", "ORG") in spans("財団法人日本相撲協会が声明を出した。")


def test_an_outlets_department_is_one_body_with_it_but_not_its_executives():
    assert ("東京新聞特報部", "ORG") in spans("東京新聞特報部の記者が書いた。")
    assert ("毎日新聞", "ORG") in spans("毎日新聞幹部が語った。")


def test_the_world_cup_written_with_senshuken_is_one_event():
    found = spans("1966年に行われたW杯選手権イングランド大会に初出場した。")
    assert ("W杯選手権イングランド大会", "EVENT") in found


def test_a_place_naming_an_edition_a_branch_or_a_time_zone_and_a_body_referred_back_to_are_no_mentions():
    assert spans("読売新聞九州版によると、事件が起きた。") == [("読売新聞", "ORG")]
    assert not any(text == "大阪" for text, _ in spans("元社員は大阪支店に勤めていた。"))
    assert ("JR東日本新潟支社", "ORG") in spans("JR東日本新潟支社が発表した。")  # with its company, one body
    assert spans("22日(欧州中央夏時間)に発表した。") == [("22日", "DATE")]
    found = spans("沖縄県に入り、同県庁に知事を訪ねた。")
    assert found == [("沖縄県", "LOC")]


def test_a_town_before_its_mayor_is_a_place_and_a_surname_before_it_a_person():
    # UniDic knows ロッテルダム as a place; the article's other mention of it agrees
    found = spans("ロッテルダムで開かれた会議で、ロッテルダム市長は語った。")
    assert found.count(("ロッテルダム", "LOC")) == 2 and ("ロッテルダム", "PERSON") not in found
    # a town UniDic does not know, with the mayor named after the title
    found = spans("トゥールーズ市長のムディンク氏が訪れた。")
    assert ("トゥールーズ", "LOC") in found and ("ムディンク", "PERSON") in found
    # a surname before the title, nobody named after it, stays the mayor
    assert ("ジュリアーニ", "PERSON") in spans("ジュリアーニ市長は会談した。")


def test_the_place_of_a_dateline_is_a_place_known_or_not():
    found = spans("【トゥールーズ＝共同】フランス南部で爆発があった。")
    assert ("トゥールーズ", "LOC") in found and ("共同", "ORG") in found
    assert ("ダンディー", "LOC") in spans("（ダンディー＝共同）英国北部で爆発があった。")
    assert ("クニスナ", "LOC") in spans("【クニスナ(南アフリカ)AFP=時事】南アの大統領は語った。")
    found = spans("【ベルリン＝赤川省吾】ドイツの首相は語った。")
    assert ("ベルリン", "LOC") in found and ("赤川省吾", "PERSON") in found
    # a name written with = in brackets is a person, not a dateline
    assert ("ジャン", "LOC") not in spans("(ジャン=ポール・サルトル)は語った。")
    assert ("クラリティ", "LOC") not in spans("Clarity（クラリティ＝透明度）、の4つ。")  # a gloss


def test_a_district_is_named_with_its_chiku():
    assert ("辺野古地区", "LOC") in spans("名護市辺野古地区の住民が反対した。")
    assert ("保呂地区", "LOC") in spans("同町と地元の同町保呂地区との間で、話し合いを続けている。")
    assert ("ガザ地区", "LOC") in spans("ガザ地区で戦闘が続いた。")
    assert spans("被災地区の住民と協議した。") == []  # a common word before 地区 names no district


def test_a_company_or_outlet_named_in_brackets_after_its_kind_is_a_body():
    assert ("大阪シティドーム", "ORG") in spans("大阪ドームを運営する第3セクター「大阪シティドーム」について、会社が語った。")
    found = spans("混雑緩和策として東京都の地下鉄「東京メトロ」と「都営地下鉄」が統合を協議へ。")
    assert ("東京メトロ", "ORG") in found and ("都営地下鉄", "ORG") in found and ("東京", "GPE") not in found
    assert ("Kiss-FM", "ORG") in spans("兵庫県のラジオ局「Kiss-FM」が民事再生法の適用を申請した。")
    # a station, a headline with kana of grammar, a line: no body
    assert ("綾川駅", "ORG") not in spans("高松琴平電気鉄道「綾川駅」が開業した。")
    assert not any(text == "みかじめ料" for text, _ in spans("NHK関連会社「みかじめ料」報道を否定。"))
    assert not any(t == "ORG" for _, t in spans("都営地下鉄「大江戸線」が止まった。"))


def test_a_bracketed_outlet_that_is_a_common_word_is_the_body_only_in_brackets():
    found = spans("ニュースサイト「スタッフ」は3日、報じた。病院のスタッフが語った。")
    assert found.count(("スタッフ", "ORG")) == 1


def test_a_katakana_name_joined_by_of_is_one_name():
    found = spans("財務省を交えて、アメリカのバンク・オブ・アメリカやイギリスのバークレイズが支援する。")
    assert ("バンク・オブ・アメリカ", "ORG") in found and found.count(("アメリカ", "GPE")) == 1
    found = spans("トリニダード・トバゴの首都ポート・オブ・スペインで爆発があった。ポート・オブ・スペインでは7月から続く。")
    assert found.count(("ポート・オブ・スペイン", "LOC")) == 2 and ("スペイン", "GPE") not in found
    # a bracketed title is a work, no body
    assert not any("オブ" in text for text, _ in spans("「センター・オブ・ジ・アース2神秘の島」が延期された。"))


def test_names_listed_and_counted_as_bodies_are_each_a_body():
    found = spans("日本水連はアシックス、デサント、ミズノの3社と契約している。")
    assert {("アシックス", "ORG"), ("デサント", "ORG"), ("ミズノ", "ORG")} <= set(found)
    # a count that is not the number of names, or a name glued to kanji before it, says nothing of the items
    assert ("デサント", "ORG") not in spans("アシックス、デサントの3社と契約した。")
    assert ("日本", "GPE") not in spans("流通先は日本マクドナルドとファミリーマートの2社だ。")


def test_a_company_introduced_by_its_business_and_no_is_a_company():
    found = spans("洋菓子メーカーのゴンチャロフ、『モンシュシュ』を提訴。そもそもゴンチャロフに損害が生じた。")
    assert found.count(("ゴンチャロフ", "ORG")) == 2
    assert ("スミス", "ORG") not in spans("家電メーカーのスミスさんが語った。")
    assert ("シェア", "ORG") not in spans("大手メーカーのシェアが伸びた。")
