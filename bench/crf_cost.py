"""Where the entity tagger's CPU goes over the articles an import hands its workers: Python's part, CRFsuite's.

Analyses the N articles of bench/bench_speed.py as a worker does (bench/worker_stages.py), catching every
window of tokens the tagger hands CRFsuite (its items, each a list of attribute names). Then, over those
same windows, the least CPU of --runs rounds of:

  set      CRFsuite reading a window's attribute names into its ids (Tagger.set: each name looked up in
           the model's table) and its item values, without tagging;
  tag      set, then the Viterbi search: what Tagger.tag(window) costs;
  marginal a window tagged, then each label's marginal probability read (what a name's confidence takes);

and, from the analysis itself, the tagger's whole CPU and the part of it spent in Python outside CRFsuite
(the new words' views built, the windows' features; the lookups of views met before, inside Tagger.tag, count
in the whole only). The rounds run back to back in one process over windows made
beforehand, so they read caches warmer than an import does: compare parts, not the absolute times.

    python bench/crf_cost.py --n 1000 [--runs 3]
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import core.import_analysis as analysis  # noqa: E402
import core.import_cleaning as cleaning  # noqa: E402
import core.parallel  # noqa: E402
from bench.bench_speed import DEFAULT_CORPUS  # noqa: E402
from bench.worker_stages import handed_to_workers, received  # noqa: E402
from core.nlp import tagger as tagger_model  # noqa: E402
from core.parallel import WORKER_GC_THRESHOLD, Detector  # noqa: E402
from core.pool_chunks import CHUNK  # noqa: E402
from core.registry import bundled_registry  # noqa: E402


def caught_windows(articles: list[tuple], detector: Detector) -> tuple[list[list], dict[str, float]]:
    """The windows the tagger hands CRFsuite over the articles, and the CPU of the tagger and its Python parts."""
    windows: list[list] = []
    spent = {"tagger": 0.0, "views and features (Python)": 0.0}
    features, tag, built = tagger_model.window_features, tagger_model.Tagger.tag, tagger_model.Tagger._built

    def timed(run, name):
        def wrapper(*args, **kwargs):
            began = time.process_time()
            try:
                return run(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - began
        return wrapper

    def catch(*args, **kwargs):
        window = features(*args, **kwargs)
        windows.append(window)
        return window

    tagger_model.window_features = timed(catch, "views and features (Python)")
    tagger_model.Tagger.tag = timed(tag, "tagger")
    tagger_model.Tagger._built = timed(built, "views and features (Python)")  # new words' views (met ones: lookups in tag)
    try:
        pages = received(articles)  # as a worker is sent them: cleaned, then analysed
        for first in range(0, len(pages), CHUNK):
            cleaning.clean_and_work_many(pages[first : first + CHUNK])
    finally:
        tagger_model.window_features, tagger_model.Tagger.tag, tagger_model.Tagger._built = features, tag, built
    return windows, spent


def timed_rounds(crf, windows: list[list], runs: int) -> dict[str, float]:
    """The least CPU seconds of runs rounds of each way of handing the windows to CRFsuite."""
    def set_only():
        for window in windows:
            crf.set(window)

    def tag():
        for window in windows:
            crf.tag(window)

    def marginal():
        for window in windows:
            labels = crf.tag(window)
            for index, label in enumerate(labels):
                crf.marginal(label, index)

    best: dict[str, float] = {}
    for _ in range(runs):
        for name, run in (("set", set_only), ("tag", tag), ("marginal", marginal)):
            began = time.process_time()
            run()
            best[name] = min(best.get(name, float("inf")), time.process_time() - began)
    return best


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="articles")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=3, help="rounds over the windows; the least of each is printed")
    args = parser.parse_args(argv)
    articles = handed_to_workers(args.n, args.corpus)
    detector = core.parallel._WORKER = Detector(bundled_registry(), tagger_model.load(), None)
    analysis.warm(detector)
    gc.freeze()
    gc.set_threshold(WORKER_GC_THRESHOLD, *gc.get_threshold()[1:])
    windows, spent = caught_windows(articles, detector)
    items = sum(map(len, windows))
    names = sum(len(item) for window in windows for item in window)
    best = timed_rounds(detector.tagger._crf, windows, args.runs)
    print(f"{len(articles):,} articles: {len(windows):,} windows tagged, {items:,} tokens in them, "
          f"{names:,} attribute names ({names / max(items, 1):.1f} a token)")
    print(f"  in the analysis: tagger {spent['tagger']:.2f} s, of which views and features in Python "
          f"{spent['views and features (Python)']:.2f} s")
    print(f"  over the same windows, least of {args.runs} rounds (warm caches):")
    print(f"    CRFsuite reading attribute names (set)      {best['set']:6.2f} s")
    print(f"    set and Viterbi (tag)                        {best['tag']:6.2f} s  "
          f"(names {best['set'] / best['tag']:.0%} of it)")
    print(f"    tag and every label's marginal               {best['marginal']:6.2f} s")


if __name__ == "__main__":
    main()
