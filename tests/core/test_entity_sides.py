"""The sides of meetings and the holders of claims the entity layer names whole: a person whose given name
UniDic reads as common words, a company whose katakana name it splits, a body named after a person, a
federation named by its place, members and sport. Sentences from Wikinews."""

from core.nlp.entities import detect
from core.registry import bundled_registry


def spans(text, kind=None):
    return [(text[m.start : m.end], m.type) for m in detect(text, bundled_registry(), None)
            if kind is None or m.type == kind]


def test_a_surname_and_a_given_name_read_as_common_words_before_a_title_are_one_person():
    # wn-03548, wn-00531, wn-00895, wn-01811, wn-03442
    assert ("伊藤一長", "PERSON") in spans("黙祷の後「平和宣言」で、長崎市の伊藤一長市長は、核保有国の指導者を非難した。")
    assert ("松沢成文", "PERSON") in spans("産経新聞によると神奈川県の松沢成文知事は、定例記者会見において述べた。")
    assert ("近藤太香巳", "PERSON") in spans("Jリーグの鬼武健二チェアーマンとネクシィーズの近藤太香巳社長が会談した。")
    assert ("坂本フミヱ", "PERSON") in spans("「平和への誓い」では、被爆者代表の坂本フミヱさんが呼びかけた。")
    assert ("西平良将", "PERSON") in spans("リコール運動を請求した西平良将氏(37)が初当選した。")
    assert ("植村花菜", "PERSON") in spans("初出場歌手は、紅組が植村花菜さん、クミコさん。")
    # livedoor peachy-4920745: a piece of the given name UniDic reads as a surname (保里)
    assert ("羽賀紗保里", "PERSON") in spans("スタッフの採用や育成を担当する羽賀紗保里さんにLAVAが求める人物像について")


def test_a_body_or_a_title_word_after_a_surname_is_no_given_name():
    assert spans("神戸で行うことについては牧田球団社長が述べた。", "PERSON") == [("牧田", "PERSON")]
    assert ("永岡衆院", "PERSON") not in spans("『永岡衆院議員が自殺』。")
    assert ("木村建設", "PERSON") not in spans("建築士の姉歯秀次容疑者、木村建設社長の木村盛好容疑者。")
    assert ("後田中元", "PERSON") not in spans("その後田中元社長は「7-8年前から」と述べた。")
    assert ("石原", "PERSON") in spans("石原都知事は会見で述べた。")
    assert ("石原都", "PERSON") not in spans("石原都知事は会見で述べた。")


def test_a_katakana_company_name_split_by_unidic_is_named_whole_before_its_head():
    # wn-00446: the first mention is the one a meeting's side is read from
    found = spans("日本のカメラ・精密機械メーカー大手・コニカミノルタホールディングスは同日、発表した。")
    assert ("コニカミノルタホールディングス", "ORG") in found
    assert ("セガサミーホールディングス", "ORG") in spans("東京都板橋区にあるセガサミーホールディングスの里見治会長兼社長は")
    assert ("ドイツ銀行", "ORG") in spans("ドイツ銀行は発表した。")  # a country before its head stays the bank's name
    assert ("ソニー銀行", "ORG") in spans("アメリカ・ソニー銀行は")  # the country listed before is no part of it


def test_a_body_named_after_a_persons_full_name_is_an_organisation():
    found = spans("ネルソン・マンデラ財団は「マンデラ氏は今朝、彼女の死去を知った」と発表した。")  # wn-02990
    assert found[0] == ("ネルソン・マンデラ財団", "ORG")
    assert ("マンデラ", "PERSON") in found


def test_a_federation_named_by_its_prefecture_members_and_sport_is_named_whole():
    # wn-00908, wn-02553
    assert ("新潟県高校野球連盟", "ORG") in spans("主催者の同紙と新潟県高校野球連盟は7月17日の会合で、日程を決めた。")
    assert ("大分高校野球連盟", "ORG") in spans("NHKによると、大分高校野球連盟は7月12日に役員会を開いた。")
    assert ("熊本工業高校", "ORG") in spans("熊本工業高校野球部は")  # a club of the school is no federation


def test_the_head_of_a_local_government_written_before_the_place_and_title_is_a_person():
    found = spans("河村名古屋市長と大村愛知県知事が会談した。")
    assert found == [("河村", "PERSON"), ("名古屋", "LOC"), ("大村", "PERSON"), ("愛知県", "LOC")]
    assert spans("橋下大阪府知事は会見で述べた。") == [("橋下", "PERSON"), ("大阪府", "LOC")]
    assert ("橋下", "PERSON") in spans("・橋下大阪市長の「君が代」条例")  # livedoor topic-news-6389146
    assert ("中田宏", "PERSON") in spans("中田宏横浜市長は")


def test_a_one_character_surname_before_a_place_and_a_heads_title_keeps_the_place_out_of_the_name():
    # the one-character surnames split_given_names reads before a given name UniDic splits (林, 王, 陳) take no
    # place for a given name when a head's title follows it: the place is the seat
    assert spans("林横浜市長は会見で述べた。") == [("林", "PERSON"), ("横浜", "LOC")]
    assert spans("王北京市長と陳台北市長が会談した。") == [("王", "PERSON"), ("北京", "LOC"), ("陳", "PERSON"), ("台北", "LOC")]
    assert spans("林札幌市長は", "PERSON") == [("林", "PERSON")]
    # the same surnames before a given name and a title still read whole
    assert ("李洛淵", "PERSON") in spans("李洛淵首相は述べた。")
    # wikinews: a two-character surname before a prefecture and a city, listed with ・
    found = spans("ヒアリング実施会場となったJFAハウスに、加戸愛媛県知事・中村松山市長が訪れた。", "PERSON")
    assert found == [("加戸", "PERSON"), ("中村", "PERSON")]


def test_no_surname_before_a_place_and_title_where_a_qualifier_a_unit_or_an_election_stands():
    assert spans("前長崎市長は", "PERSON") == []
    assert spans("長崎県大村市長は", "PERSON") == []
    assert spans("推薦の梅田氏がマニフェスト発表大阪府知事選』。", "PERSON") == [("梅田", "PERSON")]
    assert spans("最終処分場誘致を検討上小阿仁村長、", "PERSON") == []


def test_a_body_or_an_outlet_named_in_brackets_after_its_kind_or_before_it_with_toiu():
    # wn-02283, livedoor topic-news-6744410, wn-01231, wn-02885
    assert ("エクスクルーシブ・ブレズレン", "ORG") in spans("教団「エクスクルーシブ・ブレズレン」は閉鎖的な集団で、")
    found = spans("10日、韓国紙「ヘラルド経済」は報じた。郵政事業本部側はヘラルド経済の取材後、文章を削除した。")
    assert found.count(("ヘラルド経済", "ORG")) == 2  # written again without brackets, still the paper
    assert ("BBsezTOKYO", "ORG") in spans("この2名は東京を拠点とする「BBsezTOKYO」というサポーターグループのメンバー。")
    assert ("スカイスポーツ", "ORG") in spans("イギリスの放送局「スカイスポーツ」はボスニアのサポーターが")


def test_a_headline_or_a_letter_in_brackets_is_no_body():
    assert spans("母の手紙「元気です」を読んだ。") == []
    assert ("最も安心させる選手は香川", "ORG") not in spans("【関連記事】/・英紙「最も安心させる選手は香川」")
    assert not [s for s in spans("時事通信社「長崎と天草地方の潜伏キリシタン関連遺産」の世界遺産一覧") if s[1] == "ORG"
                and "遺産" in s[0]]
    # a kanji name is a word too: only its bracketed repeats are the body
    assert spans("中道左派連合「連合」代表は、連合の") == [("連合", "ORG")]


def test_a_short_form_the_article_defines_is_its_name_in_the_bracket_and_after_it():
    # wn-00765: the company's short form is no person
    found = spans("問題のシュレッダーはアイリスオーヤマ(以下・アイリス)の製品で、アイリスは「報告する」としている。")
    assert found.count(("アイリス", "ORG")) == 2 and ("アイリス", "PERSON") not in found
    # wn-01938: 日本 inside the short form is no country
    found = spans("業界第2位の日本生命保険(以下、日本生命)が、三井生命を買収する。日本生命は元々業界1位だった。")
    assert found.count(("日本生命", "ORG")) == 2 and ("日本", "GPE") not in found
    # a body no rule found before the bracket, named by its head
    found = spans("全国農業協同組合中央会(以下、全中)は反対した。全中の会長は")
    assert found == [("全国農業協同組合中央会", "ORG"), ("全中", "ORG"), ("全中", "ORG")]
    assert ("奥澤", "PERSON") in spans("奥澤穂菜美（以下、奥澤）は語った。")


def test_no_short_form_inside_a_longer_name_nor_after_a_date_or_for_a_list():
    found = spans("毎日新聞(以下毎日)によると、毎日新聞社は")
    assert found == [("毎日新聞", "ORG"), ("毎日", "ORG"), ("毎日新聞社", "ORG")]
    assert spans("朝日新聞は8月5日(以下、UTC+9)に報じた。") == [("朝日新聞", "ORG"), ("8月5日", "DATE")]
    assert ("JR東日本・東海・西日本", "ORG") not in spans("西日本旅客鉄道(以下、JR東日本・東海・西日本)は20日")
