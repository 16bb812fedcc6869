"""Detection quality on hand-made gold (tests/fixtures/ner_gold): a guard against regressions."""

from pathlib import Path

import pytest

from core.nlp.evaluate import predict, read_jsonl, score
from core.registry import bundled_registry

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "ner_gold"


@pytest.mark.parametrize("name", ["seeds.jsonl", "written.jsonl"])
def test_f1_over_all_types_is_at_least_0_9(name):
    gold = read_jsonl(GOLD / name)
    table = score(gold, predict(gold, bundled_registry()))
    assert table["ALL"]["f1"] >= 0.9, table
    for label in ("PERSON", "GPE", "ORG", "LOC", "DATE"):
        assert table[label]["f1"] >= 0.8, (label, table[label])
