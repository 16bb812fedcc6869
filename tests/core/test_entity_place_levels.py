"""A prefecture and the city of its name are two bodies (大阪府, 大阪市); a place with its own level's suffix
stays its entry (東京都 is 東京, 長崎市内 is 長崎)."""

from core.nlp.entities import detect
from core.registry import bundled_registry


def ids(text):
    return {m.text: m.entity_id for m in detect(text, bundled_registry(), None) if m.type in ("LOC", "GPE")}


def test_a_prefecture_and_its_capital_city_are_two_places():
    found = ids("大阪府と大阪市は17日、合同会議を開き、広島県と広島市の担当者も出席した。")
    assert found["大阪府"] != found["大阪市"] and found["広島県"] != found["広島市"]
    assert found["大阪市"] == "loc:osaka" and found["広島市"] == "loc:hiroshima"


def test_a_town_named_as_its_region_is_not_the_region():
    found = ids("沖縄県と沖縄市は基地の跡地利用について協議した。")
    assert found["沖縄県"] == "loc:okinawa" and found["沖縄市"] != "loc:okinawa"


def test_a_suffix_of_the_entrys_own_level_keeps_the_entry():
    found = ids("首相は東京都内で記者団に語り、京都市と長崎市を訪れた。")
    assert found["東京都"] == "loc:tokyo" and found["京都市"] == "loc:kyoto" and found["長崎市"] == "loc:nagasaki"
