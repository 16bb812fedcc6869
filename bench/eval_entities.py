"""Entity detection in one run: F1 per type on the news gold, stockmark held-back, seeds; speed.

    python bench/eval_entities.py [--model PATH | --rules-only] [--errors dev|learn] [--no-curve] [--speed-chars N]
    python bench/eval_entities.py --sides   # meeting sides and claim holders (dev golds) the entity layer misses

News gold: bench/news_gold (Wikinews, CC BY 2.5): from a first draw a
development half and a held-aside half, from a second draw a learning pool and
a second held-aside part, from the third, fourth and fifth draws more held parts scored
only at the start and the end of a round of work, from a sixth draw a second
learning pool (learn2) and one more held part (held6), from a seventh draw a third learning
pool (learn3) and one more held part (held7); no rule or parameter was tuned on the held parts, and
the bundled tagger is trained on the development half and the learning pool
(marked "trained on": their scores are not a measure of unseen news). Stockmark: the
held-back part of the stockmark development set (articles whose curid is a
multiple of 5; the tagger never trains on them), exact span + coarse class.
Seeds: tests/fixtures/ner_gold. Speed: characters per second on Wikinews text,
beside fugashi alone (CPU time of this process, so other work on the machine
does not count), the least of three runs. Last, the learning curve of a user who corrects k articles
of the news gold (bench/learning_curve.py).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.nlp import tagger as tagger_model  # noqa: E402
from core.nlp.entities import detect  # noqa: E402
from core.nlp.evaluate import errors, item_reference, read_jsonl, score  # noqa: E402
from core.registry import bundled_registry  # noqa: E402
from core.nlp.tokens import tagger as fugashi_tagger  # noqa: E402
from bench.train_tagger import NEWS_TRAINED  # noqa: E402

NEWS = ROOT / "bench" / "news_gold"
SEEDS = ROOT / "tests" / "fixtures" / "ner_gold"
SHARED = ROOT.parent / "shared"
STOCKMARK_COARSE = {"人名": "PERSON", "地名": "LOCATION", "法人名": "ORG", "政治的組織名": "ORG",
                    "その他の組織名": "ORG"}
KAIDAN_COARSE = {"PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION", "ORG": "ORG"}
TYPES = ("PERSON", "GPE", "LOC", "ORG", "LAW", "EVENT", "DATE")


def predict(items: list[dict], tagger, lexicon=None) -> list[dict]:
    registry = bundled_registry()
    return [{"entities": [{"start": m.start, "end": m.end, "text": m.text, "type": m.type, "value": m.value}
                          for m in detect(item["body"], registry, item_reference(item), tagger=tagger,
                                          lexicon=lexicon)]}
            for item in items]


def show(label: str, table: dict) -> None:
    cells = "  ".join(f"{t} {table[t]['f1']:.2f}" for t in TYPES if t in table)
    row = table["ALL"]
    print(f"  {label:<37} micro F1 {row['f1']:.3f} (P {row['precision']:.3f} R {row['recall']:.3f})  {cells}")


def stockmark(tagger) -> dict:
    from bench.train_tagger import stockmark_rows

    rows = stockmark_rows(held=True)
    registry = bundled_registry()
    gold = [{"entities": [{"start": e["span"][0], "end": e["span"][1], "text": e["name"],
                           "type": STOCKMARK_COARSE[e["type"]]}
                          for e in row["entities"] if e["type"] in STOCKMARK_COARSE]} for row in rows]
    predicted = [{"entities": [{"start": m.start, "end": m.end, "text": m.text, "type": KAIDAN_COARSE[m.type]}
                               for m in detect(row["text"], registry, None, tagger=tagger)
                               if m.type in KAIDAN_COARSE]} for row in rows]
    return score(gold, predicted)


def wikinews_texts(limit: int) -> tuple[list[str], int]:
    """Wikinews bodies (the three header lines left out) in file order, up to about limit characters."""
    texts, total = [], 0
    for path in sorted((SHARED / "corpus" / "wikinews" / "txt").glob("wn-*.txt")):
        text = "\n".join(path.read_text(encoding="utf-8").split("\n")[3:])
        texts.append(text)
        total += len(text)
        if total >= limit:
            break
    return texts, total


def speed(tagger, limit: int) -> None:
    texts, total = wikinews_texts(limit)
    registry = bundled_registry()
    fugashi_tagger()
    detect(texts[0], registry, None, tagger=tagger)  # load everything once

    def timed(fn, runs: int = 3) -> float:
        best = float("inf")
        for _ in range(runs):  # the least CPU time of three runs: other work on the machine only adds to it
            began = time.process_time()
            for text in texts:
                fn(text)
            best = min(best, time.process_time() - began)
        return total / best / 1e3

    alone = timed(lambda t: [(n.surface, n.feature_raw) for n in fugashi_tagger()(t)])
    rules = timed(lambda t: detect(t, registry, None, tagger=False))
    full = timed(lambda t: detect(t, registry, None, tagger=tagger))
    print(f"speed on {total / 1e6:.2f} M chars of Wikinews, least CPU time of 3 runs, one process (one core):")
    print(f"  fugashi alone (surface + features)   {alone:7.0f} k chars/s")
    print(f"  detection, rules only                {rules:7.0f} k chars/s")
    print(f"  detection, rules + tagger            {full:7.0f} k chars/s  ({full / alone:.2f} of fugashi's speed)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="a tagger model file (default: the bundled one)")
    parser.add_argument("--rules-only", action="store_true", help="no statistical tagger")
    parser.add_argument("--errors", choices=["dev", "learn", "learn2", "learn3"],
                        help="print the misses and extras of the dev half or the learning pool (never a held part)")
    parser.add_argument("--speed-chars", type=int, default=1_000_000)
    parser.add_argument("--no-curve", action="store_true", help="skip the learning curve (it trains two models)")
    parser.add_argument("--sides", action="store_true",
                        help="only the meeting sides and claim holders of the dev golds the entity layer leaves unnamed")
    args = parser.parse_args()
    if args.sides:
        from bench.entity_sides import entity_sides

        entity_sides(print)
        return
    tagger = False if args.rules_only else tagger_model.load(args.model)
    print(f"tagger: {'none (rules only)' if tagger is False else tagger.path.name}")
    print("F1, exact span + type:")
    for name in ("news_dev", "news_held", "news_learn", "news_held2", "news_held3", "news_held4", "news_held5",
                 "news_learn2", "news_held6", "news_learn3", "news_held7"):
        gold = read_jsonl(NEWS / f"{name}.jsonl")
        predicted = predict(gold, tagger)
        trained = " trained on" if name in NEWS_TRAINED and tagger is not False and not args.model else ""
        show(f"news gold, {name.split('_')[1]} ({len(gold)}){trained}", score(gold, predicted))
        if args.errors and name == f"news_{args.errors}":
            for item_id, kind, text, label in errors(gold, [dict(p, id=g["id"]) for g, p in zip(gold, predicted)]):
                print(f"      {item_id} {kind:<7}{label:<7}{text}")
    for name in ("seeds", "written"):
        gold = read_jsonl(SEEDS / f"{name}.jsonl")
        show(f"{name} ({len(gold)})", score(gold, predict(gold, tagger)))
    table = stockmark(tagger)
    print(f"  stockmark held-back                   micro F1 {table['ALL']['f1']:.3f} (P {table['ALL']['precision']:.3f} "
          f"R {table['ALL']['recall']:.3f})  " + "  ".join(f"{k} {v['f1']:.2f}" for k, v in table.items() if k != "ALL"))
    speed(tagger, args.speed_chars)
    if not args.no_curve:
        from bench.learning_curve import curve

        curve(print)


if __name__ == "__main__":
    main()
