"""The entity rule passes of one import worker, each pass's CPU: where detection's time goes besides tokens and tagger.

Takes the N articles of bench/bench_speed.py as an import hands them to its workers (bench/worker_stages.py),
cleans them, then runs detection (core.nlp.entities.detect) over each article's analysed part as a worker does
(a chunk's texts tokenised back to back first, outside the figures), with each pass detect calls (every
function of core it calls by name: gazetteer, titled_people, compound_mentions...) timed on its own; the
tagger's CRFsuite call (Tagger.tag) is shown apart from the learned spans' rules around it. The least of --runs
runs of each pass is printed, costliest first, then detect's total, the rule passes' (detect less Tagger.tag)
and what detect does between the passes.

    python bench/entity_stages.py --n 1000 [--runs 2] [--top 25]
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import core.import_cleaning as cleaning  # noqa: E402
import core.nlp.entities as entities  # noqa: E402
from bench.bench_speed import DEFAULT_CORPUS  # noqa: E402
from bench.cpu_time import cpu_timed  # noqa: E402
from bench.worker_stages import handed_to_workers, received  # noqa: E402
from core.analysis_limit import analysed_part  # noqa: E402
from core.dates import reference_date  # noqa: E402
from core.nlp import tagger as tagger_model  # noqa: E402
from core.parallel import WORKER_GC_THRESHOLD  # noqa: E402
from core.pool_chunks import CHUNK  # noqa: E402
from core.registry import bundled_registry  # noqa: E402

TAG = "Tagger.tag (CRFsuite, within tagger_mentions)"


def analysed(pages: list[bytes]) -> list[tuple]:
    """(analysed part of the body, reference date) of each page with a body, as a worker detects in it."""
    out = []
    for article, common in received(pages):
        cleaning.clean_page(article, common)
        if article.paragraphs:
            out.append((analysed_part(article.body),
                        reference_date(article.published or article.published_inferred, article.dateline)))
    return out


def timed_passes(totals: dict[str, float]) -> None:
    """Wrap every function of core that detect calls by name, and Tagger.tag, so their CPU adds up in totals."""
    for name, value in list(vars(entities).items()):
        if isinstance(value, types.FunctionType) and value.__module__.startswith("core.") \
                and name not in ("detect", "detected_ahead", "tokenize", "tokenized_ahead"):
            setattr(entities, name, cpu_timed(value, name, totals))
    tagger_model.Tagger.tag = cpu_timed(tagger_model.Tagger.tag, TAG, totals)


def one_run(items: list[tuple], registry, tagger, chunk: int, totals: dict[str, float]) -> dict[str, float]:
    totals.clear()
    spent = 0.0
    for first in range(0, len(items), chunk):
        part = items[first : first + chunk]
        with entities.detected_ahead(text for text, _ in part):
            for text, day in part:
                began = time.process_time()
                entities.detect(text, registry, day, tagger=tagger)
                spent += time.process_time() - began
    run = dict(totals)
    run["(between the passes)"] = spent - sum(run.values()) + run.get(TAG, 0.0)  # Tagger.tag: within tagger_mentions
    run["detect"] = spent
    return run


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="articles")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=2, help="runs over the articles; each pass's least is printed")
    parser.add_argument("--chunk", type=int, default=CHUNK, help="texts tokenised back to back, as a worker's task")
    parser.add_argument("--top", type=int, default=25, help="passes printed")
    args = parser.parse_args(argv)
    items = analysed(handed_to_workers(args.n, args.corpus))
    registry, tagger = bundled_registry(), tagger_model.load()
    for text, day in items[:20]:  # what detection builds on first use, built before the figures
        entities.detect(text, registry, day, tagger=tagger)
    gc.freeze()
    gc.set_threshold(WORKER_GC_THRESHOLD, *gc.get_threshold()[1:])
    totals: dict[str, float] = {}
    timed_passes(totals)
    runs = [one_run(items, registry, tagger, args.chunk, totals) for _ in range(args.runs)]
    least = {name: min(run.get(name, 0.0) for run in runs) for name in runs[0]}
    chars = sum(len(text) for text, _ in items)
    print(f"{len(items):,} articles, {chars / 1e3:,.0f} k characters analysed; CPU seconds, least of {args.runs} runs")
    passes = sorted(((s, n) for n, s in least.items() if n not in ("detect", "(between the passes)", TAG)), reverse=True)
    for seconds, name in passes[: args.top]:
        shown = f"{name} (less {TAG.split()[0]})" if name == "tagger_mentions" else name
        print(f"  {shown:<50} {seconds - (least[TAG] if name == 'tagger_mentions' else 0):6.3f}")
    rest = sum(s for s, _ in passes[args.top :])
    print(f"  {f'{len(passes) - args.top} other passes' if len(passes) > args.top else 'no other pass':<50} {rest:6.3f}")
    print(f"  {'(between the passes)':<50} {least['(between the passes)']:6.3f}")
    print(f"  {TAG:<50} {least[TAG]:6.3f}")
    print(f"detect {least['detect']:.2f}; rule passes (detect less Tagger.tag) {least['detect'] - least[TAG]:.2f}")


if __name__ == "__main__":
    main()
