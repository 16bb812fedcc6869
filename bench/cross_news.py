"""Unseen-news F1 from the readable parts alone: each part scored by a model trained without it.

    python bench/cross_news.py [--train] [--errors] [--rules-only] [--weight N] [--set NAME] [--silver N]
                               [--parts dev learn learn2 learn3] [--param c1=0.1 ...] [--stockmark-conventions]

The bundled tagger trains on the news gold's readable parts (the development
half and the three learning pools), so their scores in bench/eval_entities.py
measure fit. Here one model is trained for each readable part as the bundled
one is (the stockmark training part, plus the other readable parts weighted as
corrected articles), and scores the part it left out; "all" pools the parts.
A rule or feature chosen on this table was never scored on a held part.
--param sets a CRFsuite training parameter (as core.nlp.tagger_training.PARAMS);
--stockmark-conventions trains on the stockmark part under the news gold's
conventions too (bench/news_gold/conventions.py: no place inside a nationality).
--silver N adds N Wikinews articles outside the news gold labelled by the rules
(bench/train_tagger.py --silver); --set trains and tags with one of
bench/compare_taggers.py's feature sets (a cluster set reads bench/out/clusters.tsv.gz).
Models are kept in bench/out/ (--train rebuilds them; rules alone change nothing
in them, features do).
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
PARTS = ("dev", "learn", "learn2", "learn3")


def parse_params(pairs: list[str]) -> dict:
    """CRFsuite parameters from name=value pairs (numbers read as numbers)."""
    params = {}
    for pair in pairs:
        name, value = pair.split("=", 1)
        params[name] = float(value) if "." in value else int(value)
    return params


def model_path(left_out: str, kept: tuple[str, ...], weight: int = USER_WEIGHT, params: dict | None = None,
               stockmark_conventions: bool = False, feature_set: str | None = None, silver: int = 0) -> Path:
    tags = [f"w{weight}"] if weight != USER_WEIGHT else []
    tags += [f"silver{silver}"] if silver else []
    tags += [feature_set] if feature_set else []
    tags += [f"{name}{value}" for name, value in sorted((params or {}).items())]
    tags += ["sc"] if stockmark_conventions else []
    suffix = "".join(f"-{tag}" for tag in tags)
    return OUT / f"news-{'+'.join(kept)}-without-{left_out}{suffix}.crfsuite"


def stockmark_under_conventions(examples):
    """The stockmark examples less the place spans the news gold's conventions rule out (a nationality's country)."""
    from bench.news_gold.conventions import conform
    from core.nlp.tagger_training import Example

    out = []
    for example in examples:
        entities = [{"start": s, "end": e, "type": "GPE" if label == "LOCATION" else label}
                    for s, e, label in example.spans]
        kept, gone = conform({"body": example.text, "entities": entities})
        if gone:
            kept_spans = {(x["start"], x["end"]) for x in kept["entities"]}
            example = Example(example.text, tuple(s for s in example.spans if (s[0], s[1]) in kept_spans),
                              example.weight)
        out.append(example)
    return out


def build(path: Path, kept: tuple[str, ...], weight: int, params: dict | None, stockmark_conventions: bool,
          silver: list | None = None) -> Path:
    """A model trained as the bundled one (news at weight) on the kept readable parts (and silver examples)."""
    stock = base_examples(news=False) + list(silver or [])
    if stockmark_conventions:
        stock = stockmark_under_conventions(stock)
    examples = stock + kaidan_examples(
        [item for p in kept for item in read_jsonl(NEWS / f"news_{p}.jsonl")], weight=weight)
    return train(examples, path, params)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", action="store_true", help="rebuild the models")
    parser.add_argument("--errors", action="store_true", help="print the errors by class (bench/entity_errors.py)")
    parser.add_argument("--rules-only", action="store_true")
    parser.add_argument("--weight", type=int, default=USER_WEIGHT, help="how many times a news article counts")
    parser.add_argument("--parts", nargs="+", default=list(PARTS), choices=PARTS)
    parser.add_argument("--param", nargs="*", default=[], help="CRFsuite parameters, name=value")
    parser.add_argument("--stockmark-conventions", action="store_true")
    parser.add_argument("--silver", type=int, default=0, help="Wikinews articles labelled by the rules")
    parser.add_argument("--set", help="a feature set of bench/compare_taggers.py (default: the shipped one)")
    args = parser.parse_args()
    params = parse_params(args.param)
    if args.set:
        from bench.compare_taggers import SETS
        from bench.word_clusters import CLUSTERS
        from core.nlp import tagger_features

        tagger_features.configure(**{"clusters": str(CLUSTERS), **SETS[args.set]})
    silver = None
    if args.silver and not args.rules_only:
        from bench.train_tagger import silver_examples

        silver = silver_examples(args.silver)
    gold_all, found_all = [], []
    for part in args.parts:
        kept = tuple(p for p in args.parts if p != part)
        path = model_path(part, kept, args.weight, params, args.stockmark_conventions, args.set, args.silver)
        if not args.rules_only and (args.train or not path.exists()):
            build(path, kept, args.weight, params, args.stockmark_conventions, silver)
        tagger = False if args.rules_only else Tagger(path)
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
    print(f"  all    micro F1 {table['ALL']['f1']:.3f} (P {table['ALL']['precision']:.3f} "
          f"R {table['ALL']['recall']:.3f})  " + "  ".join(f"{t} {table[t]['f1']:.2f}" for t in TYPES if t in table))


if __name__ == "__main__":
    main()
