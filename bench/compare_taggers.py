"""CRF feature sets side by side: each trained the same way, scored on text none of them tunes on.

    python bench/word_clusters.py     # once: the cluster file (bench/out/clusters.tsv.gz)
    python bench/compare_taggers.py [--sets base gazetteer ...] [--clusters FILE] [--cross]

Each feature set trains a model on the stockmark training part less its
validation articles (curid % 5 == 1), as bench/tune_tagger.py does; detection
(rules + that model) is scored on those validation articles (coarse classes)
and on the news gold's readable parts (the development half and the two
learning pools), whose errors may be read. --cross also trains each set as the bundled model is
(stockmark and the readable news, bench/cross_news.py) less one readable news
part, and scores that part: the development half with the model without it,
the learning pool likewise. The held-aside parts are never scored here: a
choice made on this table is not fitted to them. Training time and tagging
speed (CPU time) are printed beside the scores.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.eval_entities import KAIDAN_COARSE, NEWS, SHARED, STOCKMARK_COARSE  # noqa: E402
from bench.train_tagger import stockmark_rows  # noqa: E402
from bench.word_clusters import CLUSTERS  # noqa: E402
from core.nlp import tagger_features  # noqa: E402
from core.nlp.entities import detect  # noqa: E402
from core.nlp.evaluate import item_reference, read_jsonl, score  # noqa: E402
from core.nlp.tagger import Tagger  # noqa: E402
from core.nlp.tagger_training import stockmark_examples, train  # noqa: E402
from core.registry import bundled_registry  # noqa: E402

NO_GAZETTEER = {"gazetteer": False}
SETS = {
    "base": dict(NO_GAZETTEER, clusters=None),  # the shipped set
    "gazetteer": {"clusters": None, "gazetteer": True, "gazetteer_neighbours": True},
    "gazetteer-own": {"clusters": None, "gazetteer": True, "gazetteer_neighbours": False},
    "gazetteer-half": {"clusters": None, "gazetteer": True, "gazetteer_dropout": 0.5},
    "gazetteer-subclass": {"clusters": None, "gazetteer": True, "proper_subclass": True},
    "subclass": dict(NO_GAZETTEER, clusters=None, proper_subclass=True),
    "clusters": dict(NO_GAZETTEER, fine=True, neighbour_clusters=True),
    "coarse-only": dict(NO_GAZETTEER, fine=False, neighbour_clusters=True),
    "own-clusters": dict(NO_GAZETTEER, fine=True, neighbour_clusters=False),
    "kinds": dict(NO_GAZETTEER, clusters=None, neighbour_kinds=True),
    "head": dict(NO_GAZETTEER, clusters=None, head=True),
    "kinds-head": dict(NO_GAZETTEER, clusters=None, neighbour_kinds=True, head=True),
    "head-subclass": dict(NO_GAZETTEER, clusters=None, head=True, proper_subclass=True),
    "head-clusters": dict(NO_GAZETTEER, fine=False, neighbour_clusters=True, head=True),
    "suffix2": dict(NO_GAZETTEER, clusters=None, suffix2=True),
    "kinds-suffix2": dict(NO_GAZETTEER, clusters=None, neighbour_kinds=True, suffix2=True),
    "kinds-subclass": dict(NO_GAZETTEER, clusters=None, neighbour_kinds=True, proper_subclass=True),
    # the shipped set less a family of features (fewer attributes a token for CRFsuite)
    "no-two-away": dict(NO_GAZETTEER, clusters=None, drop=tagger_features.TWO_AWAY),
    "no-last": dict(NO_GAZETTEER, clusters=None, drop=("l=",)),
    "no-kind": dict(NO_GAZETTEER, clusters=None, drop=("k=",)),
}
SHIPPED = dict(tagger_features._settings)


def news_score(tagger) -> dict:
    registry = bundled_registry()
    from bench.train_tagger import NEWS_TRAINED

    gold = [item for name in NEWS_TRAINED for item in read_jsonl(NEWS / f"{name}.jsonl")]
    predicted = [{"entities": [{"start": m.start, "end": m.end, "type": m.type}
                               for m in detect(g["body"], registry, item_reference(g), tagger=tagger)]}
                 for g in gold]
    return score(gold, predicted)


def stockmark_score(tagger, rows: list[dict]) -> dict:
    registry = bundled_registry()
    gold = [{"entities": [{"start": e["span"][0], "end": e["span"][1], "type": STOCKMARK_COARSE[e["type"]]}
                          for e in r["entities"] if e["type"] in STOCKMARK_COARSE]} for r in rows]
    predicted = [{"entities": [{"start": m.start, "end": m.end, "type": KAIDAN_COARSE[m.type]}
                               for m in detect(r["text"], registry, None, tagger=tagger)
                               if m.type in KAIDAN_COARSE]} for r in rows]
    return score(gold, predicted)


def cross_scores(folder: Path, name: str) -> list[float]:
    """Micro F1 of each readable part (bench/cross_news.PARTS) by the model trained as the bundled one
    less that part, then of all of them pooled."""
    from bench.cross_news import PARTS
    from bench.eval_entities import predict
    from core.learning import USER_WEIGHT, base_examples
    from core.nlp.tagger_training import kaidan_examples

    stock = base_examples(news=False)
    gold_all, found_all, each = [], [], []
    for part in PARTS:
        kept = [item for p in PARTS if p != part for item in read_jsonl(NEWS / f"news_{p}.jsonl")]
        tagger = Tagger(train(stock + kaidan_examples(kept, weight=USER_WEIGHT), folder / f"{name}-without-{part}.crfsuite"))
        gold = read_jsonl(NEWS / f"news_{part}.jsonl")
        found = predict(gold, tagger)
        each.append(score(gold, found)["ALL"]["f1"])
        gold_all += gold
        found_all += found
    return each + [score(gold_all, found_all)["ALL"]["f1"]]


def speed(tagger, texts: list[str]) -> float:
    registry = bundled_registry()
    began = time.process_time()
    for text in texts:
        detect(text, registry, None, tagger=tagger)
    return sum(map(len, texts)) / (time.process_time() - began) / 1e3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=list(SETS), choices=list(SETS))
    parser.add_argument("--clusters", default=str(CLUSTERS), help="the cluster file (bench/word_clusters.py)")
    parser.add_argument("--cross", action="store_true", help="also the readable news parts, each left out in turn")
    args = parser.parse_args()
    if not Path(args.clusters).exists() and set(args.sets) & {"clusters", "coarse-only", "own-clusters"}:
        parser.error(f"no cluster file at {args.clusters}: run bench/word_clusters.py first")
    rows = stockmark_rows(held=False)
    fit = stockmark_examples(r for r in rows if int(r["curid"]) % 5 != 1)
    check = [r for r in rows if int(r["curid"]) % 5 == 1]
    texts = []
    for path in sorted((SHARED / "corpus" / "wikinews" / "txt").glob("wn-*.txt"))[:300]:
        texts.append("\n".join(path.read_text(encoding="utf-8").split("\n")[3:]))
    from bench.cross_news import PARTS

    print(f"fit on {len(fit)} sentences; scored on {len(check)} validation sentences and the readable news parts")
    cross = "".join(f" {'cross ' + p:>12}" for p in PARTS + ("all",)) if args.cross else ""
    print(f"  {'feature set':<14} {'news readable':>15} {'stockmark val':>14} {'train s':>8} {'k chars/s':>10}{cross}")
    with tempfile.TemporaryDirectory() as folder:
        for name in args.sets:
            tagger_features.configure(**{**SHIPPED, "clusters": args.clusters, **SETS[name]})
            began = time.process_time()
            path = train(fit, Path(folder) / f"{name}.crfsuite")
            trained = time.process_time() - began
            tagger = Tagger(path)
            news, stock = news_score(tagger)["ALL"]["f1"], stockmark_score(tagger, check)["ALL"]["f1"]
            line = f"  {name:<14} {news:>15.3f} {stock:>14.3f} {trained:>8.0f} {speed(tagger, texts):>10.0f}"
            if args.cross:
                line += "".join(f" {value:>12.3f}" for value in cross_scores(Path(folder), name))
            print(line, flush=True)
    tagger_features.configure(**SHIPPED)


if __name__ == "__main__":
    main()
