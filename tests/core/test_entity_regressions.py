"""A guard against regressions, not a quality figure: the fixture gold overlaps names the gazetteer was
written from, so a high score here shows nothing about unseen news. Quality is measured on data the rules
were not written from: `python bench/eval_entities.py`."""

from pathlib import Path

import pytest

from core.nlp.evaluate import predict, read_jsonl, score
from core.registry import bundled_registry

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "ner_gold"


@pytest.mark.parametrize("name", ["seeds.jsonl", "written.jsonl"])
def test_fixture_gold_does_not_regress(name):
    gold = read_jsonl(GOLD / name)
    table = score(gold, predict(gold, bundled_registry()))
    assert table["ALL"]["f1"] >= 0.9, table
    for label in ("PERSON", "GPE", "ORG", "LOC", "DATE"):
        assert table[label]["f1"] >= 0.8, (label, table[label])


def test_a_place_name_before_a_title_only_a_person_bears_is_the_persons_name():
    from core.nlp.entities import detect
    from core.registry import bundled_registry

    def found(text):
        return [(m.text, m.type) for m in detect(text, bundled_registry(), None)]

    assert ("氏家", "PERSON") in found("そこに座っている氏家被告に間違いありません。")
    assert ("武豊", "PERSON") in found("武豊騎手が、7月17日、小倉競馬場で勝った。")
    assert ("千葉", "PERSON") in found("調べに対し千葉容疑者は、動機について話していない。")
    assert ("片山右京", "PERSON") in found("F1レーサーで登山家の片山右京さん(46)から連絡があった。")
    assert ("千葉県", "LOC") in found("千葉県は氏名の公表を決めた。")
    assert ("東京", "LOC") in found("東京で容疑者が逮捕された。")
