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
