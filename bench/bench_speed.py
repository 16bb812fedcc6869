"""Import and analysis speed against the tokenizer's own: the ratio to fugashi alone, in one run.

Takes N real articles (livedoor news, then Wikinews; repeated with a serial line
when real text runs out), times fugashi tokenising their bodies in one process
(the floor), then Kaidan's full import (core.jobs.import_paths) into a fresh
library and a re-analysis of it (core.analysis.analyze_library), and prints
each time and its ratio to the floor. --sequential runs detection in this
process only, for a before/after comparison; --stages (sequential too) also
prints the CPU time of each stage of the import's analysis (entities, claims,
meetings, search index text) and, within the entities', the tokeniser's and the
tagger's. The CPU time of the import's main thread (the library's one writer) is
split into cleaning, storing and the rest. --startup also times the start of commands
(`kaidan --help`, `kaidan list`, `kaidan export --help`, `kaidan meetings list` on the library just built,
as bench/startup.py times them), median of 5, wall clock and CPU. --split
shows how the import's wall time splits: each forked worker's tasks (a chunk of
pages cleaned and analysed: wall and CPU), when its first began and its last
ended, its idle time between them (waiting for the writer to send the next
task; on Linux the time it waited runnable for a core, other load, is told
apart), the pickled size of what crosses to it and back per article, and the
writer's main thread against its other threads (results unpickled, articles
pickled). --wikinews-first takes the Wikinews texts first.
Nothing is written outside a temporary folder.

    python bench/bench_speed.py --n 1000 --startup
    python bench/bench_speed.py --n 1000 --split [--wikinews-first]
"""

from __future__ import annotations

import argparse
import os
import pickle
import resource
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import fugashi  # noqa: E402

from bench.cpu_time import cpu_timed  # noqa: E402
from bench.startup import COMMANDS, startups  # noqa: E402
import core.analysis  # noqa: E402
import core.import_analysis  # noqa: E402
import core.jobs  # noqa: E402
from core.analysis import analyze_library  # noqa: E402
from core.jobs import import_paths  # noqa: E402
from core.parallel import worker_count  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def corpus_texts(corpus: Path) -> list[str]:
    """Article texts: livedoor files (URL, date, title lines kept) then Wikinews files."""
    livedoor = sorted(p for p in (corpus / "livedoor" / "text").glob("*/*.txt") if p.name != "LICENSE.txt")
    wikinews = sorted((corpus / "wikinews" / "txt").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in livedoor + wikinews]
    if not texts:
        sys.exit(f"no corpus texts under {corpus}")
    return texts


def build(texts: list[str], n: int, folder: Path) -> list[str]:
    """Write n article files (a serial line keeps repeated texts distinct); returns their texts."""
    folder.mkdir(parents=True)
    written = []
    for i in range(n):
        text = texts[i % len(texts)].rstrip("\n")
        if i >= len(texts):
            text += f"\n（配信番号 {i:07d}）"
        sub = folder / f"{i // 1000:04d}"
        sub.mkdir(exist_ok=True)
        (sub / f"a{i:07d}.txt").write_text(text + "\n", encoding="utf-8")
        written.append(text)
    return written


def main(argv: list[str] | None = None) -> None:
    """Build the corpus and print the times and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="articles")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder holding livedoor/ and wikinews/")
    parser.add_argument("--sequential", action="store_true", help="detection in this process only")
    parser.add_argument("--startup", action="store_true", help="also time the start of commands")
    parser.add_argument("--stages", action="store_true", help="CPU time of each analysis stage (sequential)")
    parser.add_argument("--split", action="store_true", help="how the import's wall time splits between processes")
    parser.add_argument("--wikinews-first", action="store_true", help="Wikinews texts first (world news)")
    args = parser.parse_args(argv)
    args.sequential = args.sequential or args.stages
    stages = _time_stages() if args.stages else {}
    if args.sequential:
        core.jobs.start_pool = lambda *a: None
        core.analysis.start_pool = lambda *a: None

    with tempfile.TemporaryDirectory(prefix="kaidan-speed-") as tmp:
        folder = Path(tmp) / "articles"
        texts = corpus_texts(args.corpus)
        texts = build(texts[::-1] if args.wikinews_first else texts, args.n, folder)
        chars = sum(map(len, texts))

        tagger = fugashi.Tagger()
        start, cpu = time.perf_counter(), _cpu()
        tokens = sum(len(tagger(text)) for text in texts)
        floor, floor_cpu = time.perf_counter() - start, _cpu(cpu)[0]

        writer = _time_writer()
        tasks = _time_tasks(Path(tmp) / "tasks") if args.split and not args.sequential else None
        start, cpu, own, scheduled = time.perf_counter(), _cpu(), time.thread_time(), _scheduled()
        summary = import_paths([folder], Path(tmp) / "lib.db")
        imported, import_cpu = time.perf_counter() - start, _cpu(cpu)
        inside = dict(_inside)  # the re-analysis below tokenises and tags again
        writer["main"] = time.thread_time() - own
        writer["queued"] = _scheduled()[1] - scheduled[1]
        writer["rest"] = writer["main"] - writer["clean"] - writer["store"]
        split = _split(tasks, start, start + imported) if tasks is not None else []

        start, cpu = time.perf_counter(), _cpu()
        analysed = analyze_library(Path(tmp) / "lib.db")
        analysis, analysis_cpu = time.perf_counter() - start, _cpu(cpu)
        starts = startups([ROOT], Path(tmp) / "lib.db", COMMANDS, 5, Path(tmp) / "bytecode") if args.startup else {}

    mode = "in-process" if args.sequential else "worker processes"
    print(f"{args.n:,} articles, {chars / 1e3:,.0f} k characters, {tokens:,} tokens; detection: {mode}")
    print(f"  fugashi alone (1 process) : {floor:7.2f} s   1.00 x")
    print(f"  import (read, clean, detect, store): {imported:7.2f} s  {imported / floor:5.2f} x  "
          f"({len(summary.imported):,} imported, {len(summary.duplicates):,} duplicates, "
          f"{len(summary.failed):,} failed)")
    print(f"  analyze (re-detect a library)     : {analysis:7.2f} s  {analysis / floor:5.2f} x  "
          f"({analysed.articles:,} articles, {analysed.mentions:,} mentions)")
    print(f"  CPU seconds, this process (the writer) / its workers: import {import_cpu[0]:.2f} / "
          f"{import_cpu[1]:.2f}, analyze {analysis_cpu[0]:.2f} / {analysis_cpu[1]:.2f}")
    # CPU time holds on a busy machine, where wall times swing with what else runs
    print(f"  CPU seconds against fugashi's ({floor_cpu:.2f} s): import {sum(import_cpu) / floor_cpu:.2f} x, "
          f"analyze {sum(analysis_cpu) / floor_cpu:.2f} x (the CPU of every process)")
    if not args.sequential:
        # On a busy machine wall times measure the contention more than Kaidan: the CPU of every process
        # shared over the cores is the wall time the import approaches where nothing else runs
        cores = worker_count()
        print(f"  CPU seconds per core ({cores} cores) against fugashi's: import {sum(import_cpu) / cores / floor_cpu:.2f} x, "
              f"analyze {sum(analysis_cpu) / cores / floor_cpu:.2f} x (the wall ratios idle cores approach)")
    print(f"  import's main thread CPU seconds: cleaning {writer['clean']:.2f}, storing {writer['store']:.2f} "
          f"(rows {writer['rows']:.2f}, of which search index rows {writer['index']:.2f}; committing the rest), "
          f"the rest (reading, starting workers, merging the index) {writer['rest']:.2f}")
    if split:
        scheduled = _scheduled()
        print(f"  import's wall time split ({imported:.2f} s): the writer's main thread {writer['main']:.2f} s CPU "
              f"(waiting for a core though runnable {writer['queued']:.2f} s), its other threads "
              f"{import_cpu[0] - writer['main']:.2f} s CPU; load {os.getloadavg()[0]:.1f}"
              + ("" if scheduled != (0.0, 0.0) else " (no schedstat: run-queue waits unknown, counted as idle)"))
        for pid, worker in split:
            print(f"    worker {pid}: first task at {worker.first:.2f} s, last done {imported - worker.last:.2f} s "
                  f"before the import's end; {worker.tasks} tasks, {worker.articles} articles in {worker.busy:.2f} s "
                  f"({worker.cpu:.2f} s CPU); between tasks idle {worker.idle:.2f} s, waiting for a core "
                  f"{worker.queued:.2f} s; pickled {worker.sent / max(worker.articles, 1) / 1e3:.1f} kB an article "
                  f"in, {worker.returned / max(worker.articles, 1) / 1e3:.1f} kB out")
    for (_root, command), (walls, cpus, modules) in starts.items():
        print(f"  start of `kaidan {' '.join(command)}` (median of 5): {statistics.median(walls) * 1000:5.0f} ms wall, "
              f"{statistics.median(cpus) * 1000:5.0f} ms CPU, {modules} modules")
    if stages:
        print("  CPU seconds of the import's analysis by stage: "
              + ", ".join(f"{name} {seconds:.2f}" for name, seconds in stages.items())
              + f"; entities {_detected['chars'] / stages['entities'] / 1e3:.0f} k chars/s of cleaned body")
        print("  of the entities' CPU: " + ", ".join(f"{name} {seconds:.2f}" for name, seconds in inside.items())
              + " (tokeniser in the entities' pass, tagger over its tokens, CRFsuite's own C within the tagger's)")


# The functions the import's analysis (core.import_analysis.analyse) calls, by the stage each is.
_STAGES = {"detect": "entities", "suggest": "claims", "plan_meetings": "meetings", "index_text": "index"}
_detected = {"chars": 0}  # characters of the bodies detection read
_inside: dict[str, float] = {}  # CPU seconds of the tokeniser and the tagger within the entities' stage


def _time_inside() -> None:
    """Wrap the entities' tokeniser and the tagger so that their CPU time adds up in _inside."""
    import core.nlp.entities
    import core.nlp.tagger

    core.nlp.entities.tokenize = cpu_timed(core.nlp.entities.tokenize, "tokeniser", _inside)
    tag = cpu_timed(core.nlp.tagger.Tagger.tag, "tagger", _inside)

    def tag_timing_crfsuite(tagger, *args, **kwargs):
        if not isinstance(tagger._crf, _TimedCRF):
            tagger._crf = _TimedCRF(tagger._crf)
        return tag(tagger, *args, **kwargs)

    core.nlp.tagger.Tagger.tag = tag_timing_crfsuite


class _TimedCRF:
    """A CRFsuite tagger whose tag() calls (the model's own C, features handed over) add up under "CRFsuite"."""

    def __init__(self, crf) -> None:
        self._crf = crf
        self.tag = cpu_timed(crf.tag, "CRFsuite", _inside)

    def __getattr__(self, name: str):
        return getattr(self._crf, name)


def _time_stages() -> dict[str, float]:
    """Wrap each stage the import calls so its CPU time adds up; the totals, filled as the import runs."""
    totals = dict.fromkeys(_STAGES.values(), 0.0)
    _time_inside()
    for name, stage in _STAGES.items():
        def timed(*args, _run=getattr(core.import_analysis, name), _stage=stage, **kwargs):
            if _stage == "entities":
                _detected["chars"] += len(args[0])
            began = time.process_time()
            try:
                return _run(*args, **kwargs)
            finally:
                totals[_stage] += time.process_time() - began
        setattr(core.import_analysis, name, timed)
    return totals


def _time_tasks(folder: Path) -> Path:
    """Have each forked worker write, for each task (a chunk of pages it cleans and analyses), when it began and
    ended, its CPU, the scheduler's run and run-queue seconds of the worker at both ends, and the task's pickled
    sizes in and out (articles, pages), to a file of folder."""
    import core.import_cleaning
    import core.jobs.queue

    folder.mkdir()
    run = core.import_cleaning.clean_and_work_many

    def timed(pages):
        began, cpu, scheduled = time.perf_counter(), time.thread_time(), _scheduled()
        out = run(pages)
        ended, cpu, done = time.perf_counter(), time.thread_time() - cpu, _scheduled()
        sizes = (len(pickle.dumps(pages, pickle.HIGHEST_PROTOCOL)), len(pickle.dumps(out, pickle.HIGHEST_PROTOCOL)))
        with open(folder / f"{os.getpid()}.txt", "a", encoding="utf-8") as file:
            file.write(" ".join(map(str, (began, ended, cpu, *scheduled, *done, len(pages), *sizes))) + "\n")
        return out

    # The task is sent as a reference to the cleaner's function: the wrapper takes its name there and in the queue,
    # and forked workers inherit it.
    timed.__module__, timed.__qualname__ = run.__module__, run.__qualname__
    core.import_cleaning.clean_and_work_many = core.jobs.queue.clean_and_work_many = timed
    return folder


def _scheduled() -> tuple[float, float]:
    """Seconds this thread ran and waited runnable for a core (Linux's schedstat; zeros elsewhere)."""
    try:
        with open("/proc/thread-self/schedstat", encoding="ascii") as file:
            ran, waited = file.read().split()[:2]
        return int(ran) / 1e9, int(waited) / 1e9
    except (OSError, ValueError):
        return 0.0, 0.0


@dataclass
class WorkerSplit:
    """One worker's share of an import's wall time (seconds from the import's start)."""

    first: float  # its first task began
    last: float  # its last task ended
    busy: float  # wall seconds in tasks
    cpu: float  # their CPU
    articles: int
    tasks: int
    idle: float  # between its first and last task, waiting for the next one (run-queue waits left out)
    queued: float  # between tasks, waiting for a core though runnable (other load on the machine)
    sent: int  # pickled bytes of the articles sent to it
    returned: int  # and of the pages it sent back


def _split(folder: Path, began: float, ended: float) -> list[tuple[int, WorkerSplit]]:
    """(worker id, its share) per worker, from the files _time_tasks had them write."""
    found = []
    for path in sorted(folder.glob("*.txt")):
        rows = [tuple(map(float, line.split())) for line in path.read_text(encoding="utf-8").splitlines()]
        rows = sorted(row for row in rows if began <= row[0] <= ended)
        if not rows:
            continue
        idle = queued = 0.0
        for before, after in zip(rows, rows[1:]):  # a gap: the task's reply sent, the next one awaited and read
            gap_queued = max(0.0, after[4] - before[6])
            queued += gap_queued
            idle += max(0.0, after[0] - before[1] - (after[3] - before[5]) - gap_queued)
        found.append((int(path.stem), WorkerSplit(
            rows[0][0] - began, max(r[1] for r in rows) - began, sum(r[1] - r[0] for r in rows),
            sum(r[2] for r in rows), int(sum(r[7] for r in rows)), len(rows), idle, queued,
            int(sum(r[8] for r in rows)), int(sum(r[9] for r in rows)))))
    return found


def _time_writer() -> dict[str, float]:
    """Wrap the import's cleaning and storing (each run in this process's main thread) to add up their CPU time."""
    import core.store.articles

    totals = {"clean": 0.0, "store": 0.0, "rows": 0.0, "index": 0.0}
    # within storing: the statements of a batch's rows (core.jobs.batch.write_batch, looked up by the queue), and among
    # them each article's search index row (FTS5 splits and indexes its text in C); the commit is the rest
    for module, name, key in ((core.jobs.queue, "write_batch", "rows"), (core.store.articles, "_add_index", "index")):
        def timed_call(*args, _step=getattr(module, name), _key=key):
            began = time.thread_time()
            try:
                return _step(*args)
            finally:
                totals[_key] += time.thread_time() - began
        setattr(module, name, timed_call)
    # cleaning: what the writer reads for a page when it reads it and, where it cleans a page itself, the cleaning
    # (with workers, only pages whose outlet's lines would change the worker's cleaning, or with no text);
    # storing: settling each worker's page in order (its outlet's lines counted), writing the batch
    for name, key in (("_common", "clean"), ("_clean", "clean"), ("_store", "store")):
        def timed(run, *args, _step=getattr(core.jobs._Run, name), _key=key, **kwargs):
            began = time.thread_time()  # this thread only: the pool's own threads unpickle results meanwhile
            try:
                return _step(run, *args, **kwargs)
            finally:
                totals[_key] += time.thread_time() - began
        setattr(core.jobs._Run, name, timed)
    return totals


def _cpu(since: tuple[float, float] = (0.0, 0.0)) -> tuple[float, float]:
    """CPU seconds (user + system) of this process and of its ended children, minus since."""
    own, children = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return (own.ru_utime + own.ru_stime - since[0], children.ru_utime + children.ru_stime - since[1])


if __name__ == "__main__":
    main()
