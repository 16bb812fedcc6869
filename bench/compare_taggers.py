"""CRF feature sets side by side: each trained the same way, scored on text none of them tunes on.

    python bench/word_clusters.py     # once: the cluster file (bench/out/clusters.tsv.gz)
    python bench/compare_taggers.py [--sets base clusters ...] [--clusters FILE]

Each feature set trains a model on the stockmark training part less its
validation articles (curid % 5 == 1), as bench/tune_tagger.py does; detection
(rules + that model) is scored on those validation articles (coarse classes)
and on the news gold's development half and learning pool, the parts whose
errors may be read. The held-aside parts are never scored here: a choice made
on this table is not fitted to them. Training time and tagging speed (CPU
time) are printed beside the scores.
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

SETS = {
    "base": {"clusters": None},  # the shipped set
    "clusters": {"fine": True, "neighbour_clusters": True},
    "coarse-only": {"fine": False, "neighbour_clusters": True},
    "own-clusters": {"fine": True, "neighbour_clusters": False},
}


def news_score(tagger) -> dict:
    registry = bundled_registry()
    gold = [item for name in ("news_dev", "news_learn") for item in read_jsonl(NEWS / f"{name}.jsonl")]
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
    args = parser.parse_args()
    if not Path(args.clusters).exists() and set(args.sets) - {"base"}:
        parser.error(f"no cluster file at {args.clusters}: run bench/word_clusters.py first")
    rows = stockmark_rows(held=False)
    fit = stockmark_examples(r for r in rows if int(r["curid"]) % 5 != 1)
    check = [r for r in rows if int(r["curid"]) % 5 == 1]
    texts = []
    for path in sorted((SHARED / "corpus" / "wikinews" / "txt").glob("wn-*.txt"))[:300]:
        texts.append("\n".join(path.read_text(encoding="utf-8").split("\n")[3:]))
    print(f"fit on {len(fit)} sentences; scored on {len(check)} validation sentences and news dev + learn")
    print(f"  {'feature set':<14} {'news dev+learn':>15} {'stockmark val':>14} {'train s':>8} {'k chars/s':>10}")
    with tempfile.TemporaryDirectory() as folder:
        for name in args.sets:
            tagger_features.configure(**dict({"clusters": args.clusters}, **SETS[name]))
            began = time.process_time()
            path = train(fit, Path(folder) / f"{name}.crfsuite")
            trained = time.process_time() - began
            tagger = Tagger(path)
            news, stock = news_score(tagger)["ALL"]["f1"], stockmark_score(tagger, check)["ALL"]["f1"]
            print(f"  {name:<14} {news:>15.3f} {stock:>14.3f} {trained:>8.0f} {speed(tagger, texts):>10.0f}",
                  flush=True)
    tagger_features.configure(clusters=None, fine=True, neighbour_clusters=True)


if __name__ == "__main__":
    main()
