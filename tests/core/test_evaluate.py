"""The evaluation command scores any gold JSONL in the export's shape."""

import json

from core.cli import main
from core.nlp.evaluate import score

GOLD = {"id": "a", "published": "2025-07-12", "body": "ルビオ米国務長官は11日、王毅外相と会談した。",
        "entities": [{"start": 0, "end": 3, "text": "ルビオ", "type": "PERSON"},
                     {"start": 3, "end": 4, "text": "米", "type": "GPE"},
                     {"start": 9, "end": 12, "text": "11日", "type": "DATE", "value": "2025-07-11"},
                     {"start": 13, "end": 15, "text": "王毅", "type": "PERSON"}]}


def test_score_counts_exact_spans_per_type():
    predicted = {"entities": [GOLD["entities"][0], {"start": 3, "end": 5, "text": "米国", "type": "GPE"},
                              {**GOLD["entities"][2], "value": "2025-07-12"}]}
    table = score([GOLD], [predicted])
    assert table["PERSON"] == {"tp": 1, "fp": 0, "fn": 1, "precision": 1.0, "recall": 0.5, "f1": 0.667}
    assert (table["GPE"]["tp"], table["GPE"]["fp"], table["GPE"]["fn"]) == (0, 1, 1)
    assert table["DATE"]["value_accuracy"] == 0.0
    assert table["ALL"]["tp"] == 2


def test_evaluate_command_runs_kaidan_on_the_gold(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOLD, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["evaluate", str(gold), "--json", "--db", str(tmp_path / "lib.db")]) == 0
    table = json.loads(capsys.readouterr().out)
    assert table["ALL"]["f1"] == 1.0 and table["DATE"]["value_accuracy"] == 1.0


def test_evaluate_reports_unreadable_gold(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{nope", encoding="utf-8")
    assert main(["evaluate", str(bad)]) == 2
