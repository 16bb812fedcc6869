"""Learning from the user, simulated: a user corrects k articles of a collection; F1 on the rest.

The collection is the news gold (bench/news_gold): the user corrects the first
k articles of its development half (their gold is what the corrections would
leave), the library's tagger is retrained as `entities improve` does
(core.learning.train_with), and detection is scored on the held-aside half,
which no correction touches. The gold holds 40 articles, so k stops at 20.

    python bench/learning_curve.py [--k 0 10 20]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.learning import train_with  # noqa: E402
from core.nlp import tagger as tagger_model  # noqa: E402
from core.nlp.evaluate import read_jsonl, score  # noqa: E402

NEWS = ROOT / "bench" / "news_gold"


def curve(say=print, ks=(0, 10, 20)) -> list[tuple[int, dict]]:
    """(k, score table on the held-aside half) for each k."""
    from bench.eval_entities import TYPES, predict

    corrected_pool = read_jsonl(NEWS / "news_dev.jsonl")
    rest = read_jsonl(NEWS / "news_held.jsonl")
    out = []
    say(f"learning curve: a user corrects k of {len(corrected_pool)} articles; F1 on the other {len(rest)}")
    for k in ks:
        if k == 0:
            tagger = tagger_model.load()
        else:
            with tempfile.TemporaryDirectory() as folder:
                model = train_with(corrected_pool[:k], Path(folder) / "library.tagger.crfsuite")
                tagger = tagger_model.Tagger(model)
        table = score(rest, predict(rest, tagger))
        cells = "  ".join(f"{t} {table[t]['f1']:.2f}" for t in TYPES if t in table)
        say(f"  k = {k:>2}   micro F1 {table['ALL']['f1']:.3f}   {cells}")
        out.append((k, table))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--k", type=int, nargs="+", default=[0, 10, 20])
    args = parser.parse_args()
    curve(print, tuple(args.k))


if __name__ == "__main__":
    main()
