"""Learning from the user, simulated: a user corrects k articles of a collection; F1 on the rest.

The collection is the news gold (bench/news_gold): the user corrects the first
k articles of a pool of 110 (the development half, then the learning pools of
the second, sixth and seventh draws; their gold is what the corrections would leave), the
library's tagger is retrained as `entities improve` does
(core.learning.train_with), and detection is scored on the 60 held-aside
articles of the first two draws, which no correction touches. The bundled model has
learnt from these 110 articles already (bench/train_tagger.py), so the curve
starts from the model before them, trained on the stockmark part alone: the
library of a user whose articles no model has seen. The bundled model's score
is printed first, for comparison.
A user who corrects an article also keeps names and rejects spans: the user
lexicon (core.nlp.user_lexicon) applies those decisions to the other articles.

    python bench/learning_curve.py [--k 0 10 50]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.learning import base_examples, train_with  # noqa: E402
from core.nlp.tagger_training import train  # noqa: E402
from core.nlp import tagger as tagger_model  # noqa: E402
from core.nlp.evaluate import read_jsonl, score  # noqa: E402
from core.nlp.user_lexicon import lexicon_from  # noqa: E402

NEWS = ROOT / "bench" / "news_gold"
POOL = ("news_dev", "news_learn", "news_learn2", "news_learn3")  # the articles a simulated user corrects, in this order
REST = ("news_held", "news_held2")  # never corrected, never tuned on: the curve's measure


def corrections(corrected: list[dict], tagger) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(kept, rejected) surface-type pairs of a user who corrects these articles to their gold."""
    from bench.eval_entities import predict

    kept, rejected = [], []
    for item, found in zip(corrected, predict(corrected, tagger)):
        gold = {(e["start"], e["end"], e["type"]) for e in item["entities"]}
        kept += [(e["text"], e["type"]) for e in item["entities"]]
        rejected += [(e["text"], e["type"]) for e in found["entities"] if (e["start"], e["end"], e["type"]) not in gold]
    return kept, rejected


def curve(say=print, ks=(0, 10, 50)) -> list[tuple[int, dict]]:
    """(k, score table on the held-aside half, tagger retrained and lexicon used) for each k.

    Each k prints three lines: the library's tagger retrained on the k articles,
    the user lexicon alone (names kept, spans rejected) and both, which is what
    Kaidan does.
    """
    from bench.eval_entities import TYPES, predict

    corrected_pool = [item for name in POOL for item in read_jsonl(NEWS / f"{name}.jsonl")]
    rest = [item for name in REST for item in read_jsonl(NEWS / f"{name}.jsonl")]
    out = []
    say(f"learning curve: a user corrects k of {len(corrected_pool)} articles; F1 on the other {len(rest)}")
    stock = base_examples(news=False)

    def row(label: str, k: int, table: dict) -> None:
        cells = "  ".join(f"{t} {table[t]['f1']:.2f}" for t in TYPES if t in table)
        say(f"  k = {k:>2} {label:<17} micro F1 {table['ALL']['f1']:.3f}   {cells}")

    table = score(rest, predict(rest, tagger_model.load()))
    say(f"  bundled model      micro F1 {table['ALL']['f1']:.3f}   (it has learnt from the {len(corrected_pool)} articles)")
    with tempfile.TemporaryDirectory() as folder:
        before = tagger_model.Tagger(train(stock, Path(folder) / "stockmark.crfsuite"))
        for k in ks:
            if k == 0:
                table = score(rest, predict(rest, before))
                row("", k, table)
                out.append((k, table))
                continue
            lexicon = lexicon_from(*corrections(corrected_pool[:k], before))
            path = Path(folder) / f"library-{k}.tagger.crfsuite"
            tagger = tagger_model.Tagger(train_with(corrected_pool[:k], path, base=stock))
            row("tagger retrained", k, score(rest, predict(rest, tagger)))
            row("user lexicon", k, score(rest, predict(rest, before, lexicon)))
            table = score(rest, predict(rest, tagger, lexicon))
            row("both", k, table)
            out.append((k, table))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--k", type=int, nargs="+", default=[0, 10, 50])
    args = parser.parse_args()
    curve(print, tuple(args.k))


if __name__ == "__main__":
    main()
