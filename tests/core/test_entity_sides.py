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
