"""Choose the tagger's training parameters on a validation part of the training set (never the held-back part).

Trains on the stockmark training part less its articles with curid % 5 == 1,
and scores detection (rules + tagger, coarse classes) on those articles.

    python bench/tune_tagger.py [--default | --c2 | --param c1=0.2 feature.minfreq=2 ...]

--c2 tries the L2 weights compared on the news gold's readable parts (bench/cross_news.py);
--param scores the shipped parameters with those changed (as bench/cross_news.py --param).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.eval_entities import KAIDAN_COARSE, STOCKMARK_COARSE  # noqa: E402
from bench.train_tagger import stockmark_rows  # noqa: E402
from core.nlp.entities import detect  # noqa: E402
from core.nlp.evaluate import score  # noqa: E402
from core.registry import bundled_registry  # noqa: E402
from core.nlp.tagger import Tagger  # noqa: E402
from core.nlp.tagger_training import stockmark_examples, train  # noqa: E402

GRID = [{"c1": 0.05, "c2": 0.01}, {"c1": 0.1, "c2": 0.05}, {"c1": 0.02, "c2": 0.005},
        {"c1": 0.05, "c2": 0.01, "max_iterations": 250}]


def grid(argv: list[str] | None = None) -> list[dict]:
    """The parameter sets the command line asks for (argparse, so --help answers before any training)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument("--default", action="store_true", help="the shipped parameters only")
    choice.add_argument("--c2", action="store_true", help="the L2 weights compared by bench/cross_news.py")
    choice.add_argument("--param", nargs="+", metavar="NAME=VALUE", help="the shipped parameters with these changed")
    args = parser.parse_args(argv)
    if args.param:
        from bench.cross_news import parse_params

        return [parse_params(args.param)]
    if args.c2:
        return [{"c1": 0.05, "c2": c2} for c2 in (0.01, 0.05, 0.1)]
    return GRID[:1] if args.default else GRID


def main() -> None:
    params_tried = grid()
    rows = stockmark_rows(held=False)
    fit = [r for r in rows if int(r["curid"]) % 5 != 1]
    check = [r for r in rows if int(r["curid"]) % 5 == 1]
    registry = bundled_registry()
    gold = [{"entities": [{"start": e["span"][0], "end": e["span"][1], "type": STOCKMARK_COARSE[e["type"]]}
                          for e in r["entities"] if e["type"] in STOCKMARK_COARSE]} for r in check]
    print(f"fit on {len(fit)}, validate on {len(check)} sentences")
    for params in params_tried:
        with tempfile.TemporaryDirectory() as folder:
            tagger = Tagger(train(stockmark_examples(fit), Path(folder) / "m.crfsuite", params))
            predicted = [{"entities": [{"start": m.start, "end": m.end, "type": KAIDAN_COARSE[m.type]}
                                       for m in detect(r["text"], registry, None, tagger=tagger)
                                       if m.type in KAIDAN_COARSE]} for r in check]
        table = score(gold, predicted)
        print(f"  {params}: micro F1 {table['ALL']['f1']:.3f}  " +
              "  ".join(f"{k} {v['f1']:.2f}" for k, v in table.items() if k != "ALL"))


if __name__ == "__main__":
    main()
