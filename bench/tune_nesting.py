"""Choose when a learned name takes the place inside it (東京|オリンピック, 大阪|駅): types and confidence.

Scored on the stockmark validation part (curid % 5 == 1, with a model trained
without it, as bench/tune_tagger.py does) and on the news gold's development
half (bundled model); never on held-back or held-aside data. --cross scores
instead each readable news part with the model trained without it
(bench/cross_news.py, which builds the models), and the bars of SURE_NAME_CONFIDENCE too.

    python bench/tune_nesting.py [--model-without-validation PATH] [--cross]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.eval_entities import KAIDAN_COARSE, NEWS, STOCKMARK_COARSE, predict  # noqa: E402
from bench.train_tagger import stockmark_rows  # noqa: E402
from core.nlp import entities, nesting  # noqa: E402
from core.nlp import tagger as tagger_model  # noqa: E402
from core.nlp.evaluate import read_jsonl, score  # noqa: E402
from core.registry import bundled_registry  # noqa: E402
from core.nlp.tagger_training import stockmark_examples, train  # noqa: E402

# (types that take the place inside, confidence, facility and product names hold their places)
CHOICES = [(("ORG",), 0.0, False), (("ORG",), 0.5, False), (("ORG",), 0.8, False), (("ORG", "EVENT"), 0.0, False),
           (("ORG", "EVENT"), 0.5, False), (("ORG", "EVENT"), 0.8, False), (("ORG", "EVENT"), 0.9, False),
           (("ORG", "EVENT"), 0.5, True), (("ORG", "EVENT"), 0.8, True)]


def validation_score(tagger, rows: list[dict]) -> float:
    """Coarse micro F1 of detection on stockmark rows."""
    registry = bundled_registry()
    gold = [{"entities": [{"start": e["span"][0], "end": e["span"][1], "type": STOCKMARK_COARSE[e["type"]]}
                          for e in r["entities"] if e["type"] in STOCKMARK_COARSE]} for r in rows]
    predicted = [{"entities": [{"start": m.start, "end": m.end, "type": KAIDAN_COARSE[m.type]}
                               for m in entities.detect(r["text"], registry, None, tagger=tagger)
                               if m.type in KAIDAN_COARSE]} for r in rows]
    return score(gold, predicted)["ALL"]["f1"]


def cross(bars=(0.3, 0.5, 0.7, 0.9)) -> None:
    """Each readable news part scored by the model without it, for each choice and each bar."""
    from bench.cross_news import PARTS, model_path

    parts = [(read_jsonl(NEWS / f"news_{p}.jsonl"), tagger_model.Tagger(model_path(p, tuple(q for q in PARTS if q != p))))
             for p in PARTS]
    kept = (nesting.NESTING_TYPES, nesting.NESTING_CONFIDENCE, entities.CONTAINERS_HOLD,
            nesting.SURE_NAME_CONFIDENCE)
    print("each readable part by the model without it (bench/cross_news.py): " + ", ".join(PARTS) + ", all")
    for types, confidence, hold in CHOICES:
        for sure in bars:
            nesting.NESTING_TYPES, nesting.NESTING_CONFIDENCE, entities.CONTAINERS_HOLD = types, confidence, hold
            nesting.SURE_NAME_CONFIDENCE = sure
            gold_all, found_all, cells = [], [], []
            for gold, tagger in parts:
                found = predict(gold, tagger)
                cells.append(score(gold, found)["ALL"]["f1"])
                gold_all += gold
                found_all += found
            cells.append(score(gold_all, found_all)["ALL"]["f1"])
            print(f"  {'+'.join(types):<10} confidence >= {confidence:.1f}  facilities hold {hold!s:<5}  "
                  f"sure name >= {sure:.1f}  " + "  ".join(f"{c:.3f}" for c in cells), flush=True)
    nesting.NESTING_TYPES, nesting.NESTING_CONFIDENCE, entities.CONTAINERS_HOLD, nesting.SURE_NAME_CONFIDENCE = kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model-without-validation", help="a model trained without the validation part")
    parser.add_argument("--cross", action="store_true", help="the readable news parts, each by the model without it")
    args = parser.parse_args()
    if args.cross:
        cross()
        return
    rows = stockmark_rows(held=False)
    check = [r for r in rows if int(r["curid"]) % 5 == 1]
    with tempfile.TemporaryDirectory() as folder:
        path = args.model_without_validation or train(
            stockmark_examples([r for r in rows if int(r["curid"]) % 5 != 1]), Path(folder) / "m.crfsuite")
        held_out_model = tagger_model.Tagger(path)
        news = read_jsonl(NEWS / "news_dev.jsonl")
        print(f"stockmark validation {len(check)} sentences; news development half {len(news)} articles")
        for types, confidence, hold in CHOICES:
            nesting.NESTING_TYPES, nesting.NESTING_CONFIDENCE, entities.CONTAINERS_HOLD = types, confidence, hold
            stock = validation_score(held_out_model, check)
            dev = score(news, predict(news, tagger_model.load()))["ALL"]["f1"]
            print(f"  {'+'.join(types):<10} confidence >= {confidence:.1f}  facilities hold {hold!s:<5}  "
                  f"stockmark validation {stock:.3f}"
                  f"   news dev {dev:.3f}")


if __name__ == "__main__":
    main()
