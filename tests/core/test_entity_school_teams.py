"""Schools written as teams in sports news are organisations, not people or places (鹿児島工, 高知商)."""

from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.core.entity_helpers import spans


def test_a_place_and_a_schools_kind_in_a_match_report_is_the_school():
    found = spans("第2試合は鹿児島工と福知山成美が対戦した。 初回に鹿児島工は今吉選手が先制した。")
    assert ("鹿児島工", "ORG") in found and not any(kind == "PERSON" and "鹿児島" in text for text, kind in found)
    assert ("中部商", "ORG") in spans("決勝が19日、北谷公園で行われ、2-4で興南が中部商を破り、甲子園へ2年ぶり8度目")
    assert ("真岡工", "ORG") in spans("21世紀枠は初出場となる真岡工(栃木県)と53年ぶりの出場となる")


def test_the_team_across_a_dash_or_tai_from_a_school_is_a_team():
    assert ("福知山成美", "ORG") in spans("準々決勝は日大山形―早実戦と鹿児島工―福知山成美戦が行われた。")
    found = spans("開幕試合は、1回戦白樺学園-高知商で始まった。")
    assert {("白樺学園", "ORG"), ("高知商", "ORG")} <= set(found)
    assert ("鶴崎工", "ORG") in spans("第2試合は早実(西東京)対鶴崎工(大分)。")


def test_a_surname_with_a_given_name_that_looks_like_a_kind_stays_a_person():
    assert ("為末大", "PERSON") in spans("男子400M障害で為末大が決勝進出")
    assert ("和泉実", "PERSON") in spans("監督の和泉実選手が出場した。")


def test_outside_sports_and_inside_words_the_kind_is_a_word():
    assert spans("塗装工の少年を逮捕した試合") == []
    assert not any(kind == "ORG" for _, kind in spans("ユーロ高が進んだ。"))
    assert ("鹿児島工", "ORG") not in spans("試合の後、鹿児島工場を見学した。")


def test_a_school_named_with_jitsugyo_or_gakuin_is_an_organisation():
    assert ("早稲田実業", "ORG") in spans("和泉実(早稲田実業監督)")
    assert ("常総学院", "ORG") in spans("常総学院が勝った。")


def test_a_club_named_later_by_its_katakana_name_alone_is_the_club():
    # Wikinews (CC BY 2.5) style: 東京ヴェルディ named in full, then ヴェルディとの交渉
    found = [(m.text, m.type) for m in detect("東京ヴェルディの経営権取得へ向けて交渉を進めていたネクシィーズは、"
                                              "ヴェルディとの交渉が決裂したことを明らかにした。", bundled_registry(), None)]
    assert ("ヴェルディ", "ORG") in found and ("ヴェルディ", "PERSON") not in found
    # a person with a title after the name stays a person
    found = [(m.text, m.type) for m in detect("東京ヴェルディは10日、会見した。ヴェルディ氏は語った。", bundled_registry(), None)]
    assert ("ヴェルディ", "PERSON") in found


def test_a_name_the_article_writes_with_a_persons_word_is_never_read_as_the_club():
    # Wikinews (CC BY 2.5) style: 巨人ゴンザレス in a headline reads as one body, but ゴンザレス選手 is a player
    text = "巨人軍のルイス・ゴンザレス選手が違反した。『巨人ゴンザレスが薬物違反』。『巨人のゴンザレスに処分』。"
    found = [(m.text, m.type) for m in detect(text, bundled_registry(), None)]
    assert ("ゴンザレス", "ORG") not in found


def test_a_common_word_ending_a_body_is_never_read_as_the_club():
    found = [(m.text, m.type) for m in detect("アウトドアではなく街中の公共トイレのことになると、女性は困る。"
                                              "トイレがお粗末だと台無しだ。",
                                              bundled_registry(), None)]
    assert ("トイレ", "ORG") not in found


def test_a_universitys_short_name_and_a_place_is_its_affiliated_school():
    found = spans("第一試合は広陵(広島)と中京大中京(愛知)が対戦。")
    assert ("中京大中京", "ORG") in found and not any(text.startswith("中京") and kind != "ORG" for text, kind in found)
    assert ("東海大相模", "ORG") in spans("選抜高校野球の決勝で東海大相模が勝った。")
    assert not any(kind == "ORG" for _, kind in spans("奄美大島で試合が行われた。"))
