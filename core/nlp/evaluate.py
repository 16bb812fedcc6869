"""Scoring entity mentions against gold: precision, recall and F1 per type, exact span."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Iterable

from core.dates import reference_date
from core.nlp.entities import detect
from core.registry import Registry


def read_jsonl(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def item_reference(item: dict):
    """The date an item's relative dates resolve against."""
    if item.get("reference_date"):
        return reference_date(item["reference_date"], None)
    return reference_date(item.get("published"), item.get("dateline"))


def predict(items: Iterable[dict], registry: Registry) -> list[dict]:
    """Kaidan's mentions for each item's body, in the export's shape."""
    out = []
    for item in items:
        found = detect(item["body"], registry, item_reference(item))
        out.append({"id": item.get("id"), "entities": [
            {"start": m.start, "end": m.end, "text": m.text, "type": m.type, "value": m.value}
            for m in found
        ]})
    return out


def score(gold: list[dict], predicted: list[dict], types: Iterable[str] | None = None) -> dict:
    """Per-type and overall (micro) P/R/F1 with exact spans; DATE value accuracy too."""
    wanted = set(types) if types else None
    counts: dict[str, Counter] = {}
    date_values = Counter()
    for gold_item, predicted_item in zip(gold, predicted):
        g = {(e["start"], e["end"], e["type"]): e for e in gold_item["entities"]}
        p = {(e["start"], e["end"], e["type"]): e for e in predicted_item["entities"]}
        for key in set(g) | set(p):
            label = key[2]
            if wanted and label not in wanted:
                continue
            c = counts.setdefault(label, Counter())
            c["tp" if key in g and key in p else ("fn" if key in g else "fp")] += 1
            if label == "DATE" and key in g and key in p:
                date_values["same" if g[key].get("value") == p[key].get("value") else "different"] += 1
    table = {label: _prf(c) for label, c in sorted(counts.items())}
    table["ALL"] = _prf(sum(counts.values(), Counter()))
    if date_values:
        table["DATE"]["value_accuracy"] = round(date_values["same"] / sum(date_values.values()), 3)
    return table


def _prf(c: Counter) -> dict:
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(precision, 3),
            "recall": round(recall, 3), "f1": round(f1, 3)}


def errors(gold: list[dict], predicted: list[dict]) -> list[tuple[str, str, str, str]]:
    """(id, 'missed'|'extra', text, type) for every mismatch, to read what went wrong."""
    out = []
    for gold_item, predicted_item in zip(gold, predicted):
        g = {(e["start"], e["end"], e["type"]): e["text"] for e in gold_item["entities"]}
        p = {(e["start"], e["end"], e["type"]): e["text"] for e in predicted_item["entities"]}
        out += [(gold_item.get("id"), "missed", g[k], k[2]) for k in sorted(set(g) - set(p))]
        out += [(gold_item.get("id"), "extra", p[k], k[2]) for k in sorted(set(p) - set(g))]
    return out
