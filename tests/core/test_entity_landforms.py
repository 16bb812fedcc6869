"""A name before a landform or water word (湾, 浜, 半島, 海峡, 諸島, 列島, 灘…) is one place: Wikinews outside the news gold."""

from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.core.entity_helpers import spans


def test_a_bay_a_beach_a_peninsula_and_islands_are_one_place_with_their_name():
    assert ("駿河湾", "LOC") in spans("静岡県駿河湾を震源とする大地震が発生した。")
    assert ("東京湾", "LOC") in spans("1997年に東京湾で起きた日本郵船のタンカー事故")
    assert ("牡鹿半島", "LOC") in spans("震源地を宮城県牡鹿半島の東南東130kmと発表した。")
    assert ("九十九里浜", "LOC") in spans("九十九里浜でサーフィン大会があった。")
    found = spans("伊豆諸島小笠原諸島相模湾静岡県")
    assert {("伊豆諸島", "LOC"), ("小笠原諸島", "LOC"), ("相模湾", "LOC")} <= set(found)


def test_a_water_word_makes_a_place_of_a_name_the_tagger_would_call_an_organisation():
    assert spans("現場は周防灘に注ぐ椹野川河口")[0] == ("周防灘", "LOC")
    # 与 is a prefix to UniDic, 那覇 a city: the bay is one name, not the city
    found = spans("沖縄県宮古島市の与那覇湾で、カーニバルが開催された。")
    assert ("与那覇湾", "LOC") in found and ("那覇", "LOC") not in found
    # a katakana name UniDic cuts in two (サニ|ツ) before 浜
    assert ("サニツ浜", "LOC") in spans("与那覇湾(通称:サニツ浜)で、大会が開催された。")


def test_a_landform_word_that_names_no_place_is_left():
    assert spans("湾岸戦争の後、各湾で漁獲が減った。") == []
    # a country's desert is a stretch of the country; a country before ・ is a place of its own
    assert ("豪州", "GPE") in spans("地球帰還=豪州砂漠にカプセル落下")
    found = spans("メキシコ・ユカタン半島東北部の先端")
    assert ("メキシコ", "GPE") in found and ("ユカタン半島", "LOC") in found
    # a sea area after a landform gives the landform, as 宮城県沖 gives the prefecture
    assert spans("石川県能登半島沖で地震") == [("石川県", "LOC"), ("能登半島", "LOC")]


def test_a_lake_a_river_and_a_range_after_their_name_are_one_place():
    assert ("ビクトリア湖", "LOC") in spans("ビクトリア湖で船が沈んだ。")  # not the city ビクトリア
    assert ("アルプス山脈", "LOC") in spans("人口百人の小さな村。アルプス山脈の山々に囲まれた村だ。")
    assert ("利根川", "LOC") in spans("大雨で利根川が氾濫した。")


def test_japans_regions_are_places_and_chugoku_is_no_china():
    found = spans("九州北部と中国地方に甚大な被害をもたらした。")
    assert ("中国地方", "LOC") in found and ("中国", "GPE") not in found
    assert ("東北地方太平洋沖地震", "EVENT") in spans("2011年東北地方太平洋沖地震。")


def test_what_lies_along_above_or_near_a_name_leaves_the_name_a_place():
    assert spans("アムール川沿いの町で火災があった。") == [("アムール川", "LOC")]
    assert ("日本列島", "LOC") in spans("日本新聞によると日本列島上空に強い寒気が流れ込んだ。")
    assert ("オーストラリア", "GPE") in spans("探査機は、オーストラリア上空で大気圏に再突入した。")


def test_a_region_listed_before_another_that_shares_chihou_is_that_region():
    found = spans("『九州北部・中国・四国地方が梅雨入り』。")
    assert ("中国", "LOC") in found and ("中国", "GPE") not in found
    assert ("中国", "GPE") in spans("中国・韓国で会議が開かれた。")


def test_a_landform_read_as_one_word_with_where_things_lie_by_it_is_still_a_place():
    for tagger in (None, False):
        assert spans_with("セーヌ川沿いを歩いた。", tagger) == [("セーヌ川", "LOC")]
        assert spans_with("バイカル湖畔の村に住む。", tagger) == [("バイカル湖", "LOC")]
    assert ("湾", "LOC") not in spans("湾岸の工場が止まった。")  # 湾岸 is a word of its own


def spans_with(text, tagger):
    return [(m.text, m.type) for m in detect(text, bundled_registry(), None, tagger=tagger)]
