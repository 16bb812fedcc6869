"""One import worker's CPU over N articles, by stage, and (--profile K) its K costliest functions.

Imports the N articles of bench/bench_speed.py once, in this process, to catch what the writer hands the
workers (each page as read, with the furniture lines found common); then runs the workers' task,
core.import_cleaning.clean_and_work_many, over them here with a worker's settings (what warming builds
frozen, WORKER_GC_THRESHOLD): the workers' own CPU, cleaning and analysis, without the writer, the pool's
hand-overs or the other processes on the machine, CHUNK pages a call as a worker is sent them (--chunk 1:
each page alone). The least of --runs runs is printed, then the share of the worker's CPU that claim and meeting
detection take together (the issue asks that they take no more than 30 % of import time).

    python bench/worker_stages.py --n 1000 [--runs 2] [--chunk N] [--profile 30]
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pickle
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import core.import_analysis as analysis  # noqa: E402
import core.import_cleaning as cleaning  # noqa: E402
import core.jobs  # noqa: E402
import core.nlp.entities as entities  # noqa: E402
import core.nlp.tokens as tokens  # noqa: E402
import core.parallel  # noqa: E402
from bench.bench_speed import DEFAULT_CORPUS, build, corpus_texts  # noqa: E402
from core.nlp import tagger as tagger_model  # noqa: E402
from core.nlp.tokens import tagger as fugashi_tagger  # noqa: E402
from core.parallel import WORKER_GC_THRESHOLD, Detector  # noqa: E402
from core.pool_chunks import CHUNK  # noqa: E402
from core.registry import bundled_registry  # noqa: E402

# (module, function, stage): each stage's CPU is its function's, calls made inside it included.
STAGES = ((cleaning, "clean_page", "cleaning"), (tokens, "tokenize", "tokeniser"), (entities, "tokenize", "tokeniser"), (tagger_model.Tagger, "tag", "tagger (CRFsuite's C within)"),
          (analysis, "detect", "entities"), (analysis, "suggest", "claims"), (analysis, "plan_meetings", "meetings"),
          (analysis, "index_text", "search index text"), (analysis, "row_values", "row values"))
# The most of an import's time claim and meeting detection together may take (issue 14).
CLAIMS_AND_MEETINGS_BOUND = 0.30
# Stages a worker runs for a chunk's articles before detecting each (entities.detected_ahead): counted in entities.
_AHEAD = ("tokeniser", "tagger (CRFsuite's C within)")


def handed_to_workers(n: int, corpus: Path) -> list[tuple]:
    """The (page, common furniture lines) of the n articles of bench_speed, as an import hands them to its workers."""
    caught: list[tuple] = []
    common_of = core.jobs._Run._common

    def catch(run, article, digest):
        found = common_of(run, article, digest)
        caught.append(pickle.dumps((article, found[1])))  # as sent: before the page is cleaned
        return found

    core.jobs.start_pool, core.jobs._Run._common = (lambda *a: None), catch
    try:
        with tempfile.TemporaryDirectory(prefix="kaidan-worker-") as tmp:
            build(corpus_texts(corpus), n, Path(tmp) / "articles")
            core.jobs.import_paths([Path(tmp) / "articles"], Path(tmp) / "lib.db")
    finally:
        core.jobs._Run._common = common_of
    return caught


def received(pages: list[bytes]) -> list[tuple]:
    """The pages as a worker unpickles them (each run cleans its own copies)."""
    return [pickle.loads(page) for page in pages]


def timed_stages() -> dict[str, float]:
    """Wrap each stage's function so that its CPU seconds add up in the dict returned."""
    totals: dict[str, float] = {}
    depth = [0]  # inside a stage's function: a call of another is counted in the outer one too

    for owner, name, stage in STAGES:
        def timed(*args, _run=getattr(owner, name), _stage=stage, **kwargs):
            began = time.process_time()
            depth[0] += 1
            try:
                return _run(*args, **kwargs)
            finally:
                depth[0] -= 1
                spent = time.process_time() - began
                totals[_stage] = totals.get(_stage, 0.0) + spent
                if _stage in _AHEAD and not depth[0]:  # tokenised or tagged ahead of detect (detected_ahead)
                    totals["entities"] = totals.get("entities", 0.0) + spent
        setattr(owner, name, timed)
    return totals


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="articles")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=2, help="runs over the articles; the least is printed")
    parser.add_argument("--chunk", type=int, default=CHUNK, help="pages a call of the workers' task")
    parser.add_argument("--profile", type=int, default=0, metavar="K", help="then the K costliest functions (own CPU time)")
    args = parser.parse_args(argv)
    pages = handed_to_workers(args.n, args.corpus)
    bodies = [cleaning.clean_page(*page) and page[0].body for page in received(pages)]
    chars = sum(map(len, bodies))
    core.parallel._WORKER = Detector(bundled_registry(), tagger_model.load(), None)
    analysis.warm(core.parallel._WORKER)
    fugashi = fugashi_tagger()
    began = time.process_time()
    for body in bodies:
        fugashi(body)
    floor = time.process_time() - began
    gc.freeze()
    gc.set_threshold(WORKER_GC_THRESHOLD, *gc.get_threshold()[1:])
    totals = timed_stages()
    best: tuple[float, dict[str, float]] | None = None
    for _ in range(args.runs):
        articles = received(pages)
        totals.clear()
        began = time.process_time()
        for first in range(0, len(articles), args.chunk):
            cleaning.clean_and_work_many(articles[first : first + args.chunk])
        run = (time.process_time() - began, dict(totals))
        best = run if best is None or run[0] < best[0] else best
    total, stages = best
    stages["rule passes (entities less tokeniser and tagger)"] = (
        stages["entities"] - stages["tokeniser"] - stages["tagger (CRFsuite's C within)"])
    print(f"{len(articles):,} articles, {chars / 1e3:,.0f} k characters of cleaned body; "
          f"one worker's CPU seconds (cleaning and analysis), "
          f"least of {args.runs}: {total:.2f} ({total / floor:.2f} x fugashi's {floor:.2f} over the same bodies)")
    for stage, seconds in stages.items():
        print(f"  {stage:<50} {seconds:6.2f}")
    print(f"  entities {chars / stages['entities'] / 1e3:.0f} k chars/s")
    both = stages.get("claims", 0.0) + stages.get("meetings", 0.0)
    print(f"  claims and meetings together {both:.2f}: {both / total:.0%} of the worker's CPU "
          f"(the bound set for them: {CLAIMS_AND_MEETINGS_BOUND:.0%} of import time; the writer's CPU, "
          f"bench/bench_speed.py, only lowers their share)")
    if args.profile:
        articles = received(pages)
        profile = cProfile.Profile(time.process_time)  # CPU, as the stages: a loaded machine's waits left out
        profile.enable()
        for first in range(0, len(articles), args.chunk):
            cleaning.clean_and_work_many(articles[first : first + args.chunk])
        profile.disable()
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.profile)


if __name__ == "__main__":
    main()
