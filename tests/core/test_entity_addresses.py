"""A Japanese address down to its town is one place (兵庫県相生市那波大浜町), as 青森県八戸市 is."""

from tests.core.entity_helpers import spans


def test_an_address_with_three_units_is_one_place():
    assert spans("京都府京都市左京区吉田橘町にある京都大学先端研究施設で")[0] == ("京都府京都市左京区吉田橘町", "LOC")
    assert ("新潟県長岡市小国町", "LOC") in spans("最大震度5強の強い地震があり、新潟県長岡市小国町で震度5強")
    assert ("愛知県名古屋市中区", "LOC") in spans("愛知県名古屋市中区に本社を置く")


def test_the_chain_stops_at_a_word_a_unit_begins_and_at_another_prefecture():
    found = spans("大分県佐伯市中村南広島県呉市川尻町")
    assert ("大分県佐伯市", "LOC") in found and ("広島県呉市", "LOC") in found
    assert not any(text.startswith("愛知県名古屋市長") for text, _ in spans("愛知県名古屋市長が述べた。"))
    assert ("東京都新宿区", "LOC") in spans("東京都新宿区木村")  # a surname is no village (木|村)
