"""What a tagger model costs: its size, the features a token carries into CRFsuite, and the tagger's CPU time.

    python bench/tagger_cost.py MODEL [MODEL ...] [--chars 500000] [--rounds 2]

For each model: the attributes it knows and its state features (attribute × label
weights); over Wikinews bodies (file order, the three header lines left out), the
attributes a tagged token hands CRFsuite (those the model knows), the state
features behind them (CRFsuite adds each one's weight), and the tagger's CPU
seconds per million characters (tokens made beforehand, the same for every model).
The models are timed one after the other, `--rounds` times, so that the machine's
load falls on each alike; the least time of the rounds is printed beside each round's.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pycrfsuite  # noqa: E402

from bench.eval_entities import wikinews_texts  # noqa: E402
from core.nlp.tagger import Tagger  # noqa: E402
from core.nlp.tokens import tokenize  # noqa: E402
from core.registry import bundled_registry  # noqa: E402


class _Counting:
    """A CRFsuite tagger that counts the tokens and attributes handed to tag()."""

    def __init__(self, crf, refs: dict):
        self._crf, self._refs = crf, refs
        self.tokens = self.attributes = self.features = 0
        self.marginal = crf.marginal

    def tag(self, items):
        self.tokens += len(items)
        for item in items:
            self.attributes += len(item)
            self.features += sum(self._refs.get(attribute, 0) for attribute in item)
        return self._crf.tag(items)


def model_size(tagger: Tagger) -> tuple[int, int, dict]:
    """(attributes known, state features, short name → its state features' count)."""
    crf = pycrfsuite.Tagger()
    crf.open(str(tagger.path))  # the file's own attribute names (the tagger reads them renamed)
    info = crf.info()
    per_attribute = Counter(attribute for attribute, _ in info.state_features)
    refs = {tagger._names[a]: n for a, n in per_attribute.items() if a in tagger._names}
    return len(per_attribute), len(info.state_features), refs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="+")
    parser.add_argument("--chars", type=int, default=500_000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    texts, total = wikinews_texts(args.chars)
    tokenized = [(tokenize(t), t) for t in texts]
    registry = bundled_registry()
    taggers = [Tagger(path) for path in args.models]
    print(f"{total / 1e6:.2f} M chars of Wikinews, {sum(len(t) for t, _ in tokenized)} tokens")
    for tagger in taggers:
        attributes, features, refs = model_size(tagger)
        crf = tagger._crf
        counting = tagger._crf = _Counting(crf, refs)
        try:
            for tokens, text in tokenized:
                tagger.tag(tokens, text, registry=registry)  # also fills the views: timing starts warm
        finally:
            tagger._crf = crf
        print(f"  {Path(tagger.path).name}: {attributes} attributes, {features} state features, "
              f"{Path(tagger.path).stat().st_size / 1e6:.2f} MB; {counting.tokens} tokens tagged, "
              f"{counting.attributes / counting.tokens:.2f} attributes and {counting.features / counting.tokens:.1f} "
              f"state features a tagged token")
    times: dict[str, list[float]] = {str(t.path): [] for t in taggers}
    for _ in range(args.rounds):
        for tagger in taggers:
            began = time.process_time()
            for tokens, text in tokenized:
                tagger.tag(tokens, text, registry=registry)
            times[str(tagger.path)].append((time.process_time() - began) / total * 1e6)
    for path, seconds in times.items():
        print(f"  {Path(path).name}: tagger CPU s per M chars {min(seconds):.3f} "
              f"(rounds {', '.join(f'{s:.3f}' for s in seconds)})")


if __name__ == "__main__":
    main()
