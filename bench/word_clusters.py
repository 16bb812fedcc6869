"""Build the word clusters the entity tagger reads: `python bench/word_clusters.py`.

Writes bench/out/clusters.tsv.gz (or --out): one line per word, its surface, a
coarse cluster and a fine one inside it. Words that stand in the same places
(after the same words, before the same words) fall in the same cluster, so a
name the training set never had gets the cluster of names like it (a Balkan
town beside other towns, a minister's surname beside other surnames).

How: the text is tokenised as detection tokenises it (folded, UniDic); each
word of at least MIN_COUNT occurrences is described by the words to its left
and to its right (the CONTEXTS most frequent on each side, and each side's
sentence edge), weighed by positive pointwise mutual information; the
description is reduced to DIMENSIONS by an eigendecomposition of its Gram
matrix, normalised, and split by k-means into COARSE clusters, each of which
is split again into FINE_EACH. A fixed seed and sorted inputs make the file the
same on every run.

Text: Japanese Wikinews (CC BY 2.5, attribution: the Wikinews contributors),
less every article of the news gold (bench/news_gold), and the training part
of the stockmark Wikipedia NER set (CC BY-SA 3.0, Stockmark Inc. and the
Japanese Wikipedia contributors) the tagger trains on. The livedoor corpus is
not used: its licence (CC BY-ND) allows no derived work. A cluster file
carries CC BY-SA 3.0 with both attributions, like the model. Kaidan ships
none: bench/compare_taggers.py found no gain from them (see its docstring).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.nlp.tokens import tokenize  # noqa: E402
from core.text import fold  # noqa: E402

SHARED = ROOT.parent / "shared"
WIKINEWS = SHARED / "corpus" / "wikinews" / "txt"
NEWS_GOLD = ROOT / "bench" / "news_gold"
CLUSTERS = ROOT / "bench" / "out" / "clusters.tsv.gz"
MIN_COUNT = 3
MAX_WORDS = 40_000
CONTEXTS = 1_500
DIMENSIONS = 80
COARSE = 32
FINE_EACH = 8
SEED = 20261204


def gold_ids() -> set[str]:
    return {json.loads(line)["id"] for path in NEWS_GOLD.glob("news_*.jsonl")
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def texts() -> list[str]:
    """The corpus: Wikinews bodies outside the news gold, then the stockmark training sentences."""
    from bench.train_tagger import stockmark_rows

    held = gold_ids()
    out = []
    for path in sorted(WIKINEWS.glob("wn-*.txt")):
        if path.name in held:
            continue
        out.append("\n".join(path.read_text(encoding="utf-8").split("\n")[3:]))
    out += [row["text"] for row in stockmark_rows(held=False)]
    return out


def sentences(corpus: list[str]) -> list[list[str]]:
    """Surfaces of each line's tokens, as detection sees them."""
    out = []
    for text in corpus:
        for line in fold(text).split("\n"):
            if line.strip():
                out.append([t.surface for t in tokenize(line)])
    return out


def kmeans(points: np.ndarray, k: int, rng: np.random.Generator, rounds: int = 30) -> np.ndarray:
    """Cluster numbers of points (rows, unit length) by spherical k-means, seeded k-means++ style."""
    k = min(k, len(points))
    centres = [points[rng.integers(len(points))]]
    closest = 1 - points @ centres[0]
    for _ in range(1, k):
        weights = np.maximum(closest, 0) ** 2
        total = weights.sum()
        pick = rng.choice(len(points), p=weights / total) if total > 0 else rng.integers(len(points))
        centres.append(points[pick])
        closest = np.minimum(closest, 1 - points @ points[pick])
    centres = np.array(centres)
    labels = np.zeros(len(points), dtype=int)
    for _ in range(rounds):
        new = np.argmax(points @ centres.T, axis=1)
        if (new == labels).all() and _ > 0:
            break
        labels = new
        for c in range(k):
            members = points[labels == c]
            if len(members):
                centre = members.sum(axis=0)
                centres[c] = centre / (np.linalg.norm(centre) or 1)
    return labels


def build(lines: list[list[str]], min_count: int = MIN_COUNT, coarse_k: int = COARSE,
          fine_each: int = FINE_EACH) -> dict[str, tuple[int, int]]:
    counts = Counter(word for line in lines for word in line)
    words = [w for w, n in sorted(counts.items(), key=lambda x: (-x[1], x[0])) if n >= min_count][:MAX_WORDS]
    index = {w: i for i, w in enumerate(words)}
    contexts = {w: i for i, w in enumerate(words[:CONTEXTS])}
    size = len(contexts)
    width = 2 * (size + 1)  # left words, left edge, right words, right edge
    matrix = np.zeros((len(words), width), dtype=np.float32)
    for line in lines:
        padded = [None] + line + [None]
        for position in range(1, len(padded) - 1):
            row = index.get(padded[position])
            if row is None:
                continue
            left, right = padded[position - 1], padded[position + 1]
            if left is None:
                matrix[row, size] += 1
            elif left in contexts:
                matrix[row, contexts[left]] += 1
            if right is None:
                matrix[row, width - 1] += 1
            elif right in contexts:
                matrix[row, size + 1 + contexts[right]] += 1
    total = float(matrix.sum())
    row_sums, column_sums = matrix.sum(axis=1), matrix.sum(axis=0)
    # PPMI a block of rows at a time, in place (the whole matrix of expectations would not fit)
    for begin in range(0, len(words), 4_000):
        block = matrix[begin : begin + 4_000]
        expected = np.outer(row_sums[begin : begin + 4_000], column_sums) / total
        with np.errstate(divide="ignore", invalid="ignore"):
            block[:] = np.where(block > 0, np.log(block / expected), 0.0)
        np.maximum(block, 0, out=block)
    ppmi = matrix
    values, vectors = np.linalg.eigh((ppmi.T @ ppmi).astype(np.float64))
    top = vectors[:, np.argsort(values)[::-1][:DIMENSIONS]]
    top *= np.sign(top[np.argmax(np.abs(top), axis=0), range(top.shape[1])])  # a fixed sign per axis
    points = (ppmi @ top.astype(np.float32)).astype(np.float64)
    points /= np.maximum(np.linalg.norm(points, axis=1, keepdims=True), 1e-12)
    rng = np.random.default_rng(SEED)
    coarse = kmeans(points, coarse_k, rng)
    fine = np.zeros(len(words), dtype=int)
    for c in range(coarse_k):
        members = np.flatnonzero(coarse == c)
        if len(members):
            fine[members] = kmeans(points[members], fine_each, rng)
    return {w: (int(coarse[i]), int(coarse[i]) * fine_each + int(fine[i])) for i, w in enumerate(words)}


def write(clusters: dict[str, tuple[int, int]], out: Path) -> None:
    with gzip.GzipFile(out, "wb", mtime=0) as handle:
        for word in sorted(clusters):
            coarse, fine = clusters[word]
            handle.write(f"{word}\t{coarse}\t{fine}\n".encode("utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(CLUSTERS))
    parser.add_argument("--min-count", type=int, default=MIN_COUNT)
    parser.add_argument("--coarse", type=int, default=COARSE)
    parser.add_argument("--fine-each", type=int, default=FINE_EACH)
    parser.add_argument("--show", type=int, default=0, help="print this many words of a few clusters")
    args = parser.parse_args()
    began = time.perf_counter()
    lines = sentences(texts())
    clusters = build(lines, args.min_count, args.coarse, args.fine_each)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    write(clusters, Path(args.out))
    print(f"{len(clusters)} words from {len(lines)} lines in {time.perf_counter() - began:.0f} s -> {args.out}")
    if args.show:
        by_fine: dict[int, list[str]] = {}
        for word, (_, fine) in clusters.items():
            by_fine.setdefault(fine, []).append(word)
        for fine in sorted(by_fine)[:: max(1, len(by_fine) // 12)]:
            print(fine, " ".join(by_fine[fine][: args.show]))


if __name__ == "__main__":
    main()
