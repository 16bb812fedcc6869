"""Country letters that are everyday words here: 日中 the daytime, 朝 the morning."""

from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.core.entity_helpers import spans


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


def test_a_letter_after_a_determiner_or_in_a_ratio_is_the_everyday_word():
    # Wikinews: この日 is "that day", 前年比 a ratio; 比 before a name is still the Philippines
    found = [(m.text, m.type) for m in detect("この日関西テレビの番組で、ビールは前年比21.4%増となった。",
                                               bundled_registry(), None)]
    assert not any(kind == "GPE" for _, kind in found)
    found = [(m.text, m.type) for m in detect("比アロヨ大統領とオバマ前米大統領が会談した。", bundled_registry(), None)]
    assert ("比", "GPE") in found and ("米", "GPE") in found


def test_chunichi_is_a_name_of_its_own_and_china_and_japan_only_in_their_relations():
    # UniDic knows 中日 as a proper name (the Chunichi paper and its Dragons); Japanese news writes the
    # two countries 日中, and 中日 for them only before a word of their relations
    found = [(m.text, m.type) for m in detect("中日対千葉ロッテの試合は、中日ドラゴンズが勝った。中日によると、",
                                               bundled_registry(), None)]
    assert [t for t, kind in found if kind == "ORG" and t.startswith("中日")] == ["中日", "中日ドラゴンズ", "中日"]
    assert not any(kind == "GPE" for _, kind in found)
    found = [(m.text, m.type) for m in detect("中日関係が悪化した。", bundled_registry(), None)]
    assert found[:2] == [("中", "GPE"), ("日", "GPE")]
    assert detect("七月場所中日の取組", bundled_registry(), None)[0].type == "EVENT"
    assert ("東京中日スポーツ", "ORG") in spans("日刊と東京中日スポーツによると、阪神は敗れた。")


def test_only_tokens_written_as_country_letters_are_read_and_they_are_found():
    from core.nlp.abbreviations import _written_so, abbreviation_mentions
    from core.nlp.tokens import tokenize

    codes = bundled_registry().abbreviations
    written = _written_so(frozenset(codes)).fullmatch
    for word in ("米中", "日米豪", "訪米", "対中", "米軍", "英紙", "米", "欧"):
        assert written(word), word
    for word in ("日本", "中国", "全国", "訪問", "中心", "訪", "軍"):
        assert not written(word), word  # a word that only begins with a country's letter is not read at all
    text = "訪米中の首相は米軍の撤退と日米豪の協力について、日本と中国の外相と話した。"
    tokens = tokenize(text)
    index_at = {token.start: index for index, token in enumerate(tokens)}
    found = [(m.start, text[m.start]) for m in abbreviation_mentions(text, tokens, index_at, bundled_registry())]
    assert [char for _, char in found] == ["米", "米", "日", "米", "豪"]
