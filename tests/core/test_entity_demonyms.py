"""Nationalities and residents name no place (the news gold's convention): 日本人, 韓国民, 東京都民."""

import json
from pathlib import Path

from bench.news_gold.conventions import conform
from tests.core.entity_helpers import spans

GOLD = Path(__file__).resolve().parents[2] / "bench" / "news_gold"


def test_a_nationality_gives_no_country():
    assert spans("『エジプトで気球墜落日本人4人死亡』。") == [("エジプト", "GPE")]
    found = spans("死亡したのは3人のフランス人、11人はネパール人。")
    assert ("フランス", "GPE") not in found and ("ネパール", "GPE") not in found
    assert ("セルビア", "GPE") not in spans("ボスニア・ヘルツェゴビナ紛争中のセルビア人勢力スルプスカ共和国軍")


def test_a_people_named_with_the_suffix_min_or_by_its_residents_gives_no_place():
    assert spans("米国民の多くが反対した。") == []
    assert spans("韓国民の多くが反対した。") == []
    assert ("奈良", "LOC") not in spans("前議長は逮捕前に、「奈良市民に対し申し訳ない」と述べた。")
    assert ("東京", "LOC") not in spans("東京都民が投票した。")


def test_the_country_stays_where_the_text_names_the_country():
    assert ("日本", "GPE") in spans("日本国民の生命を守る。")
    assert ("イラク", "GPE") in spans("イラク人質事件で政府は対応を迫られた。")  # hostages, not a nationality
    assert ("日本", "GPE") in spans("日本政府は抗議した。")


def test_every_news_gold_part_follows_the_convention():
    for path in sorted(GOLD.glob("news_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            assert conform(item)[1] == 0, (path.name, item["id"])


def test_the_gold_script_removes_a_nationalitys_country_and_nothing_else():
    item = {"body": "日本人と日本政府。", "entities": [
        {"start": 0, "end": 2, "text": "日本", "type": "GPE", "value": None},
        {"start": 4, "end": 6, "text": "日本", "type": "GPE", "value": None}]}
    kept, gone = conform(item)
    assert gone == 1 and [e["start"] for e in kept["entities"]] == [4]


def test_the_diet_named_alone_is_no_entity_but_a_numbered_session_is_an_event():
    assert spans("国会の会期末となる6月1日までに判断する。") == [("6月1日", "DATE")]
    assert spans("フィリピンの国会は死刑廃止法案を可決した。")[0] == ("フィリピン", "GPE")
    assert spans("日本の国会は9月16日") [0] == ("日本", "GPE")
    assert ("第172特別国会", "EVENT") in spans("「第172特別国会」を召集し")
    assert ("韓国国会", "ORG") in spans("韓国国会は法案を可決した。")  # a legislature written with its country
