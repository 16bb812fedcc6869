"""Country letters that are everyday words here: 日中 the daytime, 朝 the morning."""

from core.nlp.entities import detect
from core.registry import bundled_registry


def spans(text):
    return [(m.text, m.type) for m in detect(text, bundled_registry(), None)]


def test_nichuu_as_the_daytime_names_no_country():
    assert spans("住宅街で、商店街と比べると日中は人通りが少ない。") == []
    assert spans("83日間にわたっては山の陰となって日中でも太陽の光が届かない。") == []
    assert spans("灯台は、日中は太陽光発電で動く。") == []


def test_nichuu_with_a_relation_stays_japan_and_china():
    assert spans("日中は2006年に戦略的互恵関係で合意した。")[:2] == [("日", "GPE"), ("中", "GPE")]
    assert spans("日中関係が悪化した。") == [("日", "GPE"), ("中", "GPE")]


def test_asa_before_a_clock_time_is_the_morning():
    assert spans("住民の話によれば、朝5時ごろ船が転覆した。") == []
    assert ("朝", "GPE") in spans("米朝首脳会談が開かれた。")
    assert ("英", "GPE") in spans("英3紙が報じた。")  # a number and a counter after a country
