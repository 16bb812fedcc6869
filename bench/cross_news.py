"""Unseen-news F1 from the readable parts alone: train on one, score the other, and the reverse.

    python bench/cross_news.py [--train] [--errors] [--rules-only] [--weight N]

The bundled tagger trains on the news gold's development half and learning
pool, so their scores in bench/eval_entities.py measure fit. Here two models
are trained as the bundled one is (the stockmark training part, plus one
readable part weighted as corrected articles): the model without the learning
pool scores the learning pool, the model without the development half scores
the development half. A rule or feature chosen on this table was never scored
on a held part. Models are kept in bench/out/ (--train rebuilds them; rules
alone change nothing in them, features do).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.eval_entities import NEWS, TYPES, predict  # noqa: E402
from core.learning import USER_WEIGHT, base_examples  # noqa: E402
from core.nlp.evaluate import read_jsonl, score  # noqa: E402
from core.nlp.tagger import Tagger  # noqa: E402
from core.nlp.tagger_training import kaidan_examples, train  # noqa: E402

OUT = ROOT / "bench" / "out"
PARTS = ("dev", "learn")


def model_path(left_out: str, weight: int = USER_WEIGHT) -> Path:
    suffix = "" if weight == USER_WEIGHT else f"-w{weight}"
    return OUT / f"news-without-{left_out}{suffix}.crfsuite"


def build(left_out: str, weight: int = USER_WEIGHT) -> Path:
    """A model trained as the bundled one (news at weight), less the news part left out."""
    kept = [p for p in PARTS if p != left_out]
    examples = base_examples(news=False) + kaidan_examples(
        [item for p in kept for item in read_jsonl(NEWS / f"news_{p}.jsonl")], weight=weight)
    return train(examples, model_path(left_out, weight))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", action="store_true", help="rebuild the two models")
    parser.add_argument("--errors", action="store_true", help="print the errors by class (bench/entity_errors.py)")
    parser.add_argument("--rules-only", action="store_true")
    parser.add_argument("--weight", type=int, default=USER_WEIGHT, help="how many times a news article counts")
    args = parser.parse_args()
    gold_all, found_all = [], []
    for part in PARTS:
        if not args.rules_only and (args.train or not model_path(part, args.weight).exists()):
            build(part, args.weight)
        tagger = False if args.rules_only else Tagger(model_path(part, args.weight))
        gold = read_jsonl(NEWS / f"news_{part}.jsonl")
        found = predict(gold, tagger)
        table = score(gold, found)
        gold_all += gold
        found_all += found
        print(f"  {part:<6} (model without it) micro F1 {table['ALL']['f1']:.3f}  " +
              "  ".join(f"{t} {table[t]['f1']:.2f}" for t in TYPES if t in table))
        if args.errors:
            from bench.entity_errors import report

            report(gold, found)
    table = score(gold_all, found_all)
    print(f"  both   micro F1 {table['ALL']['f1']:.3f} (P {table['ALL']['precision']:.3f} "
          f"R {table['ALL']['recall']:.3f})  " + "  ".join(f"{t} {table[t]['f1']:.2f}" for t in TYPES if t in table))


if __name__ == "__main__":
    main()
