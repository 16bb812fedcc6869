"""Train the bundled entity tagger: `python bench/train_tagger.py` writes resources/tagger/entities.crfsuite.

Training data: the stockmark Wikipedia NER development set (CC BY-SA 3.0), less
its held-back part (articles whose curid is a multiple of 5, never trained on);
the script first writes that part to resources/tagger/stockmark-train.jsonl.gz,
which Kaidan ships so that a library can retrain on it with the user's decisions.
It also writes resources/tagger/news-train.jsonl.gz: the news gold's development
half and its three learning pools (bench/news_gold, Wikinews, CC BY 2.5), the 110
articles whose errors may be read, brought to the gold's conventions
(bench/news_gold/conventions.py) as they are written; the model learns from them as a library learns from
its user's corrected articles (core.learning.USER_WEIGHT). The held-aside parts
are never trained on. --no-news leaves them out (the model before them).
--silver N adds N Wikinews articles (CC BY 2.5) labelled by Kaidan's gazetteer
and rules, none of them in the news gold. Reproducible: the same data and
parameters give the same model, byte for byte.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.nlp.tagger import BUNDLED_MODEL  # noqa: E402
from core.learning import BASE_DATA, NEWS_DATA, base_examples  # noqa: E402
from core.nlp.tagger_training import train  # noqa: E402

SHARED = ROOT.parent / "shared"
STOCKMARK = SHARED / "ner" / "stockmark-dev.jsonl"
WIKINEWS = SHARED / "corpus" / "wikinews" / "txt"
NEWS_GOLD = ROOT / "bench" / "news_gold"


def held_back(row: dict) -> bool:
    """The stockmark rows kept for measuring: whole articles, curid a multiple of 5."""
    return int(row["curid"]) % 5 == 0


def stockmark_rows(held: bool) -> list[dict]:
    rows = [json.loads(line) for line in STOCKMARK.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [row for row in rows if held_back(row) == held]


def write_base_data() -> None:
    """The training part of the stockmark set, as Kaidan ships it (text and typed spans only)."""
    import gzip

    with gzip.GzipFile(BASE_DATA, "wb", mtime=0) as handle:
        for row in stockmark_rows(held=False):
            entities = [{"span": e["span"], "type": e["type"]} for e in row["entities"]]
            handle.write((json.dumps({"text": row["text"], "entities": entities}, ensure_ascii=False) + "\n").encode())


NEWS_TRAINED = ("news_dev", "news_learn", "news_learn2", "news_learn3")  # the parts whose errors may be read; never a held part


def write_news_data() -> None:
    """The news gold's readable parts under today's conventions, as Kaidan ships them (text and typed spans)."""
    import gzip

    from bench.news_gold.conventions import conform

    with gzip.GzipFile(NEWS_DATA, "wb", mtime=0) as handle:
        for name in NEWS_TRAINED:
            for line in (NEWS_GOLD / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                item, _ = conform(json.loads(line))
                entities = [{"start": e["start"], "end": e["end"], "type": e["type"]} for e in item["entities"]]
                row = {"id": item["id"], "licence": item.get("licence"), "body": item["body"], "entities": entities}
                handle.write((json.dumps(row, ensure_ascii=False) + "\n").encode())


def silver_examples(count: int):
    """Wikinews articles outside the news gold, labelled by the rules alone (no tagger)."""
    from core.nlp.entities import detect
    from core.registry import bundled_registry
    from core.nlp.tagger_training import Example, FROM_KAIDAN

    gold_ids = {json.loads(line)["id"] for path in NEWS_GOLD.glob("news_*.jsonl")
                for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    registry = bundled_registry()
    out = []
    for path in sorted(WIKINEWS.glob("wn-*.txt")):
        if len(out) >= count:
            break
        if path.name in gold_ids:
            continue
        lines = path.read_text(encoding="utf-8").split("\n")
        body = "\n".join(line for line in lines[3:] if line.strip())
        found = detect(body, registry, None, tagger=False)
        out.append(Example(body, tuple((m.start, m.end, FROM_KAIDAN[m.type]) for m in found
                                       if m.type in FROM_KAIDAN)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(BUNDLED_MODEL))
    parser.add_argument("--silver", type=int, default=0, help="Wikinews articles labelled by the rules")
    parser.add_argument("--iterations", type=int, default=None)
    parser.add_argument("--no-news", action="store_true", help="train on the stockmark part alone")
    args = parser.parse_args()
    if STOCKMARK.exists():
        write_base_data()
    write_news_data()
    examples = base_examples(news=not args.no_news)
    if args.silver:
        examples += silver_examples(args.silver)
    params = {"max_iterations": args.iterations} if args.iterations else None
    began = time.perf_counter()
    out = train(examples, args.out, params)
    print(f"trained on {len(examples)} texts in {time.perf_counter() - began:.0f} s -> {out} "
          f"({out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
