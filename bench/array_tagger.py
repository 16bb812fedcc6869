"""Whether the entity tagger could do without CRFsuite: the model's weights in arrays, its Viterbi in numpy.

CRFsuite reads each token's attribute names into ids before it tags. This bench reads the bundled
model's weights once from the model file (state features as an attribute × label array, transitions as a
label × label one), tags the very windows an import hands CRFsuite with numpy, and compares:

  labels   tokens whose label differs from CRFsuite's (ties broken as CRFsuite breaks them: the first
           label of highest score; a token's state scores are summed in CRFsuite's order, so they are
           the same floats);
  CPU      CRFsuite's tag (attribute names read, then its Viterbi in C) against the arrays' two steps:
           state scores (attribute ids gathered and summed), then a Viterbi over a batch of windows,
           a time step a round of numpy calls: the windows of one article (as the tagger is called),
           and of 10 or 50 articles (what a batch across articles would gain). Alternated, each twice.

Articles: the first N of livedoor and the first N of Wikinews (bench/bench_speed.py's corpus), caught
as an import hands them to its workers. The tagger's confidences (marginals) are not compared.

    python bench/array_tagger.py [--n 1000]
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
import tempfile
import time
from itertools import chain
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import core.import_analysis as analysis  # noqa: E402
import core.import_cleaning as cleaning  # noqa: E402
import core.parallel  # noqa: E402
from bench.bench_speed import DEFAULT_CORPUS  # noqa: E402
from bench.worker_stages import handed_to_workers, received  # noqa: E402
from core.nlp import tagger as tagger_model  # noqa: E402
from core.nlp.tagger_names import attribute_names  # noqa: E402
from core.parallel import Detector  # noqa: E402
from core.pool_chunks import CHUNK  # noqa: E402
from core.registry import bundled_registry  # noqa: E402

# A CRFsuite model file: magic, size, type, version, counts, then the offsets of its chunks.
_HEADER = struct.Struct("<4sI4s9I")
# A feature: its type (0 a state feature: attribute → label; 1 a transition: label → label), source,
# destination and weight.
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])


class Weights:
    """A CRFsuite model's labels, attribute names and weights, read from its file.

    state has a row of label weights per attribute id and a last row of zeros (ZERO), which each
    token's attributes begin with, so that a token with none sums to zero as in CRFsuite.
    """

    def __init__(self, model: bytes):
        magic, _size, _type, _version, _features, n_labels, n_attrs, at_features, at_labels, at_attrs, _, _ = \
            _HEADER.unpack_from(model, 0)
        if magic != b"lCRF":
            raise ValueError("not a CRFsuite model")
        self.labels = [name.decode("utf-8") for name in attribute_names(model, at_labels)]
        self.attributes = [name.decode("utf-8") for name in attribute_names(model, at_attrs)]
        chunk, _chunk_size, count = struct.unpack_from("<4sII", model, at_features)
        if chunk != b"FEAT":
            raise ValueError("no feature chunk")
        features = np.frombuffer(model, dtype=_FEATURE, count=count, offset=at_features + 12)
        self.zero = n_attrs
        self.state = np.zeros((n_attrs + 1, n_labels))
        state = features[features["type"] == 0]
        self.state[state["src"], state["dst"]] = state["weight"]
        self.transitions = np.zeros((n_labels, n_labels))
        moves = features[features["type"] == 1]
        self.transitions[moves["src"], moves["dst"]] = moves["weight"]
        self._into = np.ascontiguousarray(self.transitions.T)  # [to, from]

    def scores(self, items: list[tuple[int, ...]]) -> np.ndarray:
        """Each item's state scores (items: attribute ids, each beginning with ZERO), summed in their order."""
        sizes = np.fromiter(map(len, items), dtype=np.intp, count=len(items))
        ids = np.array(list(chain.from_iterable(items)), dtype=np.intp)
        starts = np.zeros(len(items), np.intp)
        np.cumsum(sizes[:-1], out=starts[1:])
        return np.add.reduceat(self.state[ids], starts, axis=0)

    def viterbi(self, scores: np.ndarray, lengths: list[int]) -> list[np.ndarray]:
        """The best label ids of each window (scores: its items' rows, the windows one after another).

        The windows run side by side, longest first, so that those still running at a step are the
        first ones; a step keeps, for each label, the first previous label of highest score (CRFsuite's
        tie rule), and adds the state score after the best path's, as CRFsuite does.
        """
        count = np.array(lengths)
        order = np.argsort(-count, kind="stable")
        longest = count[order]
        first = np.zeros(len(lengths), np.intp)
        np.cumsum(count[:-1], out=first[1:])
        first = first[order]
        running = np.searchsorted(-longest, -np.arange(1, int(longest[0]) + 1), side="right")
        alpha = scores[first]
        backs = []
        for step in range(1, int(longest[0])):
            k = running[step]
            paths = alpha[:k, None, :] + self._into
            back = paths.argmax(2)
            backs.append(back)
            alpha[:k] = paths.max(2) + scores[first[:k] + step]
        label = alpha.argmax(1)
        out = np.empty((int(longest[0]), len(lengths)), np.intp)
        out[-1] = label
        for step in range(int(longest[0]) - 1, 0, -1):
            k = running[step]
            label = label.copy()
            label[:k] = backs[step - 1][np.arange(k), label[:k]]
            out[step - 1] = label
        result: list[np.ndarray] = [np.empty(0, np.intp)] * len(lengths)
        for column, (window, length) in enumerate(zip(order, longest)):
            result[window] = out[:length, column]
        return result


def first_articles(n: int, corpus: Path) -> list[tuple]:
    """What an import hands its workers for the first n livedoor and the first n Wikinews articles."""
    livedoor = sorted(p for p in (corpus / "livedoor" / "text").glob("*/*.txt") if p.name != "LICENSE.txt")[:n]
    wikinews = sorted((corpus / "wikinews" / "txt").glob("*.txt"))[:n]
    with tempfile.TemporaryDirectory(prefix="kaidan-array-tagger-") as tmp:
        for index, path in enumerate(livedoor):
            link = Path(tmp, "livedoor", "text", "a", f"{index:06d}.txt")
            link.parent.mkdir(parents=True, exist_ok=True)
            os.symlink(path, link)
        for index, path in enumerate(wikinews):
            link = Path(tmp, "wikinews", "txt", f"{index:06d}.txt")
            link.parent.mkdir(parents=True, exist_ok=True)
            os.symlink(path, link)
        return handed_to_workers(len(livedoor) + len(wikinews), Path(tmp))


def windows_by_article(articles: list[tuple]) -> list[list[list[tuple[bytes, ...]]]]:
    """The windows the tagger hands CRFsuite (items of short attribute names), article by article."""
    caught: list[list] = []
    features, tag = tagger_model.window_features, tagger_model.Tagger.tag

    def catch(*args, **kwargs):
        window = features(*args, **kwargs)
        caught[-1].append(window)
        return window

    def each_article(self, *args, **kwargs):
        caught.append([])
        return tag(self, *args, **kwargs)

    tagger_model.window_features, tagger_model.Tagger.tag = catch, each_article
    try:
        pages = received(articles)  # as a worker is sent them: cleaned, then analysed
        for first in range(0, len(pages), CHUNK):
            cleaning.clean_and_work_many(pages[first : first + CHUNK])
    finally:
        tagger_model.window_features, tagger_model.Tagger.tag = features, tag
    return [windows for windows in caught if windows]


def as_ids(groups: list[list[list[tuple[bytes, ...]]]], ids: dict[bytes, int], zero: int) -> list[list[list[tuple]]]:
    """The same windows with each item's attribute ids, ZERO first."""
    return [[[(zero, *map(ids.__getitem__, item)) for item in window] for window in windows] for windows in groups]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="articles of each corpus")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)
    articles = first_articles(args.n, args.corpus)
    tagger = tagger_model.load()
    core.parallel._WORKER = Detector(bundled_registry(), tagger, None)
    analysis.warm(core.parallel._WORKER)
    groups = windows_by_article(articles)
    weights = Weights(tagger.path.read_bytes())
    index = {attribute: i for i, attribute in enumerate(weights.attributes)}
    by_id = as_ids(groups, {name: index[attribute] for attribute, name in tagger._names.items()}, weights.zero)
    crf = tagger._crf
    windows = sum(map(len, groups))
    tokens = sum(len(window) for windows_ in groups for window in windows_)
    print(f"{len(articles):,} articles ({args.n:,} livedoor, {args.n:,} Wikinews): {windows:,} windows, "
          f"{tokens:,} tokens")

    def crfsuite():
        return [[crf.tag(window) for window in windows_] for windows_ in groups]

    def arrays(per: int):
        def run():
            out, spent = [], [0.0, 0.0]
            for at in range(0, len(by_id), per):
                batch = list(chain.from_iterable(by_id[at : at + per]))
                began = time.process_time()
                scores = weights.scores(list(chain.from_iterable(batch)))
                middle = time.process_time()
                out += weights.viterbi(scores, list(map(len, batch)))
                spent[0] += middle - began
                spent[1] += time.process_time() - middle
            return out, spent
        return run

    spent: dict[str, list[float]] = {}
    for _ in range(2):
        for name, run in (("CRFsuite tag", crfsuite), ("arrays, an article a batch", arrays(1)),
                          ("arrays, 10 articles a batch", arrays(10)), ("arrays, 50 articles a batch", arrays(50))):
            began = time.process_time()
            result = run()
            spent.setdefault(name, []).append(time.process_time() - began)
            if name == "CRFsuite tag":
                reference = list(chain.from_iterable(result))
            else:
                labels, parts = result
                differ = sum(weights.labels[a] != b for mine, theirs in zip(labels, reference)
                             for a, b in zip(mine.tolist(), theirs))
                spent.setdefault(name + ": scores", []).append(parts[0])
                spent.setdefault(name + ": Viterbi", []).append(parts[1])
                spent.setdefault(name + ": labels differing", []).append(differ)
    for name, values in spent.items():
        shown = ", ".join(f"{v:.2f} s" if isinstance(v, float) else f"{v:,}" for v in values)
        print(f"  {name:<48} {shown}")


if __name__ == "__main__":
    main()
