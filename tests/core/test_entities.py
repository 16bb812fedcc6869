"""Entity detection on real diplomacy sentences, following the rules Kaidan is measured by."""

import json
import re
from datetime import date
from pathlib import Path

import pytest

from core.nlp.entities import detect
from core.registry import bundled_registry

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def spans(text, reference=date(2025, 7, 11)):
    return {(m.text, m.type): m for m in detect(text, bundled_registry(), reference)}


def found(text, reference=date(2025, 7, 11)):
    return [(m.text, m.type) for m in detect(text, bundled_registry(), reference)]


def test_names_without_titles_and_the_country_before_the_title():
    result = found("ルビオ米国務長官と中国の王毅外相は11日、マレーシアの首都クアラルンプールで会談した。")
    assert result == [("ルビオ", "PERSON"), ("米", "GPE"), ("中国", "GPE"), ("王毅", "PERSON"),
                      ("11日", "DATE"), ("マレーシア", "GPE"), ("クアラルンプール", "LOC")]


def test_ministries_are_one_span_with_no_country_inside():
    result = found("中国外務省も声明を発表した。国務省報道官は声明で指摘した。")
    assert ("中国外務省", "ORG") in result and ("国務省", "ORG") in result
    assert ("中国", "GPE") not in result


def test_surnames_with_titles_link_to_the_office_holder():
    mentions = spans("王外相はルビオ長官に対し述べた。習主席は電話で伝えた。岩屋氏は語った。", date(2025, 7, 11))
    assert mentions[("王", "PERSON")].entity_id == "person:wang-yi"
    assert mentions[("習", "PERSON")].entity_id == "person:xi-jinping"
    assert mentions[("岩屋", "PERSON")].entity_id == "person:takeshi-iwaya"
    assert mentions[("ルビオ", "PERSON")].entity_id == "person:marco-rubio"


def test_country_abbreviations_inside_compounds():
    result = found("両外相は日米豪印の枠組みを確認した。訪米中の外相は対中政策を説明し、中ロ首脳会談にも触れた。")
    gpe = [text for text, label in result if label == "GPE"]
    assert gpe == ["日", "米", "豪", "印", "米", "中", "中", "ロ"]


def test_abbreviation_lookalikes_are_not_countries():
    result = found("会談の中で独自の案に参加を呼びかけた。11日朝に日程を決めた。")
    assert not [t for t, label in result if label == "GPE"]


def test_offices_alone_and_両_words_are_not_entities():
    result = found("国務長官と両外相は会談した。両国の首相も出席した。")
    assert result == []


def test_aliases_link_to_one_canonical_entity():
    mentions = detect("米国とアメリカ、米中の関係。", bundled_registry(), None)
    assert {m.entity_id for m in mentions if m.type == "GPE" and m.text in ("米国", "アメリカ", "米")} == {"country:US"}


def test_treaties_media_groups_and_named_meetings():
    result = found("新華社によると、新戦略兵器削減条約(新START)について協議した。"
                   "第47回ASEAN首脳会議と東アジア首脳会議に出席した。上海協力機構やBRICSも話題になった。")
    for expected in [("新華社", "ORG"), ("新戦略兵器削減条約", "LAW"), ("新START", "LAW"),
                     ("第47回ASEAN首脳会議", "EVENT"), ("東アジア首脳会議", "EVENT"),
                     ("上海協力機構", "ORG"), ("BRICS", "ORG")]:
        assert expected in result


def test_unknown_people_before_titles_and_honorifics():
    result = found("ジャーマン・マーシャル財団のボニー・グレイザー氏は述べた。ペスコフ報道官は語った。")
    assert ("ボニー・グレイザー", "PERSON") in result and ("ペスコフ", "PERSON") in result
    assert ("ジャーマン・マーシャル財団", "ORG") in result


def test_dates_resolve_against_the_reference():
    mentions = spans("ルビオ長官は前日、ラブロフ外相と会談した。昨年11月にも電話会談を実施した。", date(2026, 2, 4))
    assert mentions[("前日", "DATE")].value == "2026-02-03"
    assert mentions[("昨年11月", "DATE")].value == "2025-11"


def test_full_width_letters_and_characters_outside_the_bmp_keep_offsets():
    text = "𠮷田氏はＡＳＥＡＮの会合で王毅外相と会った。"
    mentions = detect(text, bundled_registry(), None)
    by_text = {m.text: m for m in mentions}
    assert "ＡＳＥＡＮ" in by_text and by_text["ＡＳＥＡＮ"].type == "ORG"
    for m in mentions:
        assert text[m.start : m.end] == m.text


def test_no_nested_or_overlapping_spans_on_the_seeds():
    gold = json.loads((SHARED / "gold" / "seed-cleaning.json").read_text(encoding="utf-8")) \
        if (SHARED / "gold").exists() else {}
    if not gold:
        pytest.fail("shared seeds are not next to the project", pytrace=False)
    for item in gold.values():
        body = "\n".join(item["body_paragraphs"])
        mentions = detect(body, bundled_registry(), date(2025, 7, 11))
        assert len(mentions) > 30
        for before, after in zip(mentions, mentions[1:]):
            assert before.end <= after.start
        assert all(body[m.start : m.end] == m.text for m in mentions)


def test_a_surname_inside_a_word_is_not_a_name():
    result = found("カラス外交安全保障上級代表と会談し、習氏とも話した。")
    assert ("安", "PERSON") not in result and ("習", "PERSON") in result and ("カラス", "PERSON") in result


def test_organisations_named_after_a_name_or_a_place():
    result = found("筑波大学と角川グループの担当者が東京地裁を訪れた。")
    assert ("筑波大学", "ORG") in result and ("東京地裁", "ORG") in result


def test_a_department_in_katakana_belongs_to_the_office_not_the_name():
    # ビジネス and エネルギー are common nouns in UniDic: with the office after them they name the ministry
    assert ("サラ・ベネット", "PERSON") in found("英国のサラ・ベネット・ビジネス貿易相は10日、東京で高橋経産相と会談した。")
    assert ("エド・デイビー", "PERSON") in found("英国のエド・デイビー・エネルギー相は東京を訪れた。")
    assert ("グレッグ・クラーク", "PERSON") in found("英国のグレッグ・クラーク・ビジネス・エネルギー産業戦略相は述べた。")
    # a part UniDic reads as a name, and the second part of a two-part name, stay with the name
    assert ("ジョン・ケリー", "PERSON") in found("ジョン・ケリー国務長官は10日、記者会見で述べた。")
    assert ("リズ・トラス", "PERSON") in found("英国のリズ・トラス国際貿易相は述べた。")


def test_katakana_names_before_titles_are_found_as_the_full_pattern_finds_them():
    from core.nlp.titled_people import _KATAKANA_MINISTER, _KATAKANA_NAME, _KATAKANA_ROLE, _katakana_titled
    from core.text import fold
    from tests.shared_data import SHARED as DATA, require
    corpus = require(DATA / "corpus" / "wikinews" / "txt")
    texts = [path.read_text(encoding="utf-8") for path in sorted(corpus.glob("*.txt"))[:400:4]]
    texts += ["英国のエド・デイビー・エネルギー相は東京を訪れた。", "ザハロワ・ロシア外務省報道官とプーチンロシア大統領",
              "ジョン・スミス=ジョーンズ・アメリカ・エネルギー相", "ラブロフ・・首相", "スミス　氏", "アイウエオカキクケコサシスセソタチツテトナ首相",
              "シン・ウンサン統一相とダクラッラー・アフガン情報相", "アネルカ選手とウェア前候補、ラグビー選手"]
    found = ministers = 0
    for text in map(fold, texts):
        # one walk over the katakana runs finds the names before a title, then those before a shortened ministry
        names = [(m.span(), m["office"]) for m in _KATAKANA_NAME.finditer(text)]
        spans = [(m.span(), m["office"]) for m in _KATAKANA_MINISTER.finditer(text)]
        assert [(m.span(), m["office"]) for m in _katakana_titled(text, False)] == names, text[:40]
        assert [(m.span(), m["office"]) for m in _katakana_titled(text, True)] == names + spans, text[:40]
        found += len(names)
        ministers += len(spans)
        # a role begins with a kanji: the name's run taken whole (possessive) finds what backing off from its end did
        possessive = _KATAKANA_ROLE.pattern
        greedy = re.compile(possessive.replace("{2,}+", "{2,}").replace(")*+", ")*"))
        assert greedy.pattern != possessive
        assert [m.span("name") for m in _KATAKANA_ROLE.finditer(text)] == [m.span("name") for m in greedy.finditer(text)]
    assert found > 40 and ministers > 1  # the texts hold titled katakana names, not only the patterns' misses
