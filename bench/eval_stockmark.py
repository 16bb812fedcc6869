"""Entity detection on the stockmark Wikipedia NER dev split (general coverage, not diplomacy).

Kaidan's types are mapped to the set's three coarse classes as its README says:
PERSON → PERSON, GPE and LOC → LOCATION, ORG → ORG; other classes are not scored.
Exact span and class.

    python bench/eval_stockmark.py [--limit N] [--errors 20]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.nlp.entities import detect  # noqa: E402
from core.nlp.evaluate import score  # noqa: E402
from core.registry import bundled_registry  # noqa: E402

DATA = ROOT.parent / "shared" / "ner" / "stockmark-dev.jsonl"
STOCKMARK = {"人名": "PERSON", "地名": "LOCATION", "法人名": "ORG", "政治的組織名": "ORG",
             "その他の組織名": "ORG"}
KAIDAN = {"PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION", "ORG": "ORG"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--errors", type=int, default=0, help="print this many missed/extra spans")
    args = parser.parse_args()
    items = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()][: args.limit]
    registry = bundled_registry()
    gold, predicted = [], []
    for item in items:
        gold.append({"entities": [
            {"start": e["span"][0], "end": e["span"][1], "text": e["name"], "type": STOCKMARK[e["type"]]}
            for e in item["entities"] if e["type"] in STOCKMARK
        ]})
        predicted.append({"entities": [
            {"start": m.start, "end": m.end, "text": m.text, "type": KAIDAN[m.type]}
            for m in detect(item["text"], registry, None) if m.type in KAIDAN
        ]})
    table = score(gold, predicted)
    print(f"stockmark dev: {len(items)} sentences (exact span + coarse class)")
    for label, row in table.items():
        print(f"  {label:<9} P {row['precision']:.3f}  R {row['recall']:.3f}  F1 {row['f1']:.3f}"
              f"  (tp {row['tp']}, fp {row['fp']}, fn {row['fn']})")
    if args.errors:
        kinds = Counter()
        for g, p in zip(gold, predicted):
            gs = {(e["start"], e["end"], e["type"]): e["text"] for e in g["entities"]}
            ps = {(e["start"], e["end"], e["type"]): e["text"] for e in p["entities"]}
            for key in set(gs) - set(ps):
                kinds[("missed", key[2], gs[key])] += 1
            for key in set(ps) - set(gs):
                kinds[("extra", key[2], ps[key])] += 1
        for (kind, label, text), n in kinds.most_common(args.errors):
            print(f"  {kind:<7}{label:<9}{text} ×{n}")


if __name__ == "__main__":
    main()
