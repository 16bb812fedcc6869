"""An import's memory process by process as it goes: what each holds once started, what grows with the articles.

Writes --n articles as bench_scale.py does (livedoor news, then Wikinews, repeated with a serial line),
imports them into a fresh library in a process of its own (the writer, which forks the detection workers)
and samples every process of it from a process of its own (a thread in the writer would make it spawn its
workers instead of forking them). Each sample reads, per process, its resident memory (RSS), its share of
pages shared with others (PSS) and the pages no other process maps (USS); and, where the kernel shows page
frames (Linux, run as root), the frames of every process together, each counted once, file-backed (the
tokeniser's dictionary, the libraries) and anonymous (the Python heap) apart: what the import costs the
machine, whatever other programs map the same files. Printed: each --timeline seconds a line with the
articles stored and each process's figures; then the peaks, of each process and of them all together.

--trace also traces the Python heap (tracemalloc, slower) in the writer and in each worker: the allocation
sites that grew most between an early point (a tenth of the articles; a worker's first chunk) and the end.

    python bench/import_memory.py --n 10000 --timeline 30
    python bench/import_memory.py --n 2000 --trace
"""

from __future__ import annotations

import argparse
import json
import os
import select
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_import import _descendants, _rollup  # noqa: E402
from bench.page_frames import distinct_mb, frames  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpus"
FIELDS = ("Rss", "Pss", "Private_Clean", "Private_Dirty", "Anonymous")


def rollup(pid: int) -> dict[str, int]:
    """kB of pid's memory by FIELDS, with Uss (its private pages); nothing when it is gone."""
    found = _rollup(pid, FIELDS)
    if not found:
        return {}
    found["Uss"] = found.get("Private_Clean", 0) + found.get("Private_Dirty", 0)
    return found


def sample(pid: int, every: float, timeline: float, stored: Path) -> None:
    """In the sampling process: sample pid's tree (itself left out) until stdin closes; print the peaks as JSON."""
    peaks: dict[int, dict[str, int]] = {}
    together = {"Pss": 0, "Uss": 0, "Rss": 0, "file": 0.0, "anonymous": 0.0, "distinct": 0.0}
    started, shown = time.perf_counter(), 0.0
    while True:
        pids = [p for p in _descendants(pid) if p != os.getpid()]
        each = {p: rollup(p) for p in pids}
        seen = distinct_mb([frames(p) for p in pids])
        for p, figures in each.items():
            own = peaks.setdefault(p, {})
            for field, kb in figures.items():
                own[field] = max(own.get(field, 0), kb)
        for field in ("Pss", "Uss", "Rss"):
            together[field] = max(together[field], sum(f.get(field, 0) for f in each.values()))
        if seen is not None and sum(seen) > together["distinct"]:
            together.update(file=seen[0], anonymous=seen[1], distinct=sum(seen))
        now = time.perf_counter() - started
        if timeline and now >= shown + timeline:
            shown = now
            done = stored.read_text() if stored.exists() else "0"
            print(f"  {now:6.0f} s {int(done or 0):8,} stored  "
                  + (f"{sum(seen):5.0f} MB distinct ({seen[0]:.0f} file, {seen[1]:.0f} anon); " if seen else "")
                  + "each RSS/PSS/USS MB: "
                  + "  ".join("/".join(f"{f.get(k, 0) / 1024:.0f}" for k in ("Rss", "Pss", "Uss")) for f in each.values()),
                  file=sys.stderr, flush=True)
        if select.select([sys.stdin], [], [], every)[0]:
            break
    print(json.dumps({"each": [peaks[p] for p in sorted(peaks)], "together": together}))


def traced_work(pages):
    """In a worker (with --trace): the import's chunk work, the heap snapshot taken after its first chunk and
    every 25th after, written beside the library for the writer to read."""
    from core.import_cleaning import clean_and_work_many

    result = clean_and_work_many(pages)
    traced_work.chunks = getattr(traced_work, "chunks", 0) + 1
    if traced_work.chunks == 1 or traced_work.chunks % 25 == 0:
        name = "first" if traced_work.chunks == 1 else "last"
        tracemalloc.take_snapshot().dump(f"{os.environ['KAIDAN_TRACE_DIR']}/worker-{os.getpid()}-{name}.snap")
    return result


def show_growth(label: str, early, late, top: int = 10) -> None:
    grown = late.compare_to(early, "traceback")
    print(f"  {label}: heap {sum(s.size for s in late.statistics('filename')) / 2**20:.1f} MB at the end, "
          f"{sum(s.size_diff for s in grown) / 2**20:+.1f} MB since the early point")
    for stat in grown[:top]:
        where = " < ".join(f"{Path(f.filename).name}:{f.lineno}" for f in stat.traceback)
        print(f"    {stat.size_diff / 2**20:+7.2f} MB {stat.count_diff:+8d} blocks  {where}")


def run_import(folder: Path, library: Path, every: float, timeline: float, trace: bool, n: int) -> None:
    """In the importing process: sample it, import folder into library, print the peaks (and with trace the heap's growth)."""
    import core.jobs.queue as queue
    from core.jobs import import_paths

    stored = library.with_suffix(".stored")
    sampler = subprocess.Popen([sys.executable, __file__, "--sample", str(os.getpid()), str(every), str(timeline),
                                str(stored)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    marks: dict[int, object] = {}
    count = 0

    def on_article(_article_id: int) -> None:
        nonlocal count
        count += 1
        if count % 100 == 0:
            stored.write_text(str(count))
        if trace and count == max(1, n // 10):
            marks["early"] = tracemalloc.take_snapshot()

    if trace:
        os.environ["KAIDAN_TRACE_DIR"] = str(library.parent)
        queue.clean_and_work_many = traced_work
        tracemalloc.start(4)
    start = time.perf_counter()
    summary = import_paths([folder], library, on_article=on_article)
    seconds = time.perf_counter() - start
    late = tracemalloc.take_snapshot() if trace else None
    out, _ = sampler.communicate("")
    found = json.loads(out)
    print(f"{len(summary.imported):,} imported, {len(summary.duplicates):,} duplicates, {len(summary.failed):,} failed "
          f"in {seconds:.0f} s; library {library.stat().st_size / 1e6:.0f} MB")
    for number, peak in enumerate(found["each"]):
        role = "writer  " if number == 0 else f"worker {number}"
        print(f"  {role} peak: RSS {peak.get('Rss', 0) / 1024:5.0f} MB, PSS {peak.get('Pss', 0) / 1024:5.0f}, "
              f"USS {peak.get('Uss', 0) / 1024:5.0f}, anonymous {peak.get('Anonymous', 0) / 1024:5.0f}")
    together = found["together"]
    print(f"  all processes together, peak: PSS {together['Pss'] / 1024:.0f} MB, USS {together['Uss'] / 1024:.0f} MB, "
          f"RSS summed {together['Rss'] / 1024:.0f} MB")
    if together["distinct"]:
        print(f"  distinct pages, peak: {together['distinct']:.0f} MB ({together['file']:.0f} MB file-backed, "
              f"{together['anonymous']:.0f} MB anonymous): what the import costs the machine")
    if trace:
        show_growth("writer", marks.get("early", late), late)
        for first in sorted(library.parent.glob("worker-*-first.snap")):
            last = first.with_name(first.name.replace("-first", "-last"))
            if last.exists():
                show_growth(first.name.split("-first")[0], tracemalloc.Snapshot.load(str(first)),
                            tracemalloc.Snapshot.load(str(last)))


def main(argv: list[str] | None = None) -> None:
    from bench.bench_scale import build

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="articles imported")
    parser.add_argument("--corpus", type=Path, default=CORPORA, help="folder holding livedoor/ and wikinews/")
    parser.add_argument("--every", type=float, default=1.0, help="seconds between samples")
    parser.add_argument("--timeline", type=float, default=0.0, metavar="SECONDS",
                        help="print each process's memory every SECONDS (to stderr)")
    parser.add_argument("--trace", action="store_true", help="trace the Python heap of the writer and each worker")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kaidan-memory-") as tmp:
        folder = Path(tmp) / "articles"
        build(args.corpus, args.n, folder)
        subprocess.run([sys.executable, __file__, "--import", str(folder), str(Path(tmp) / "lib.db"), str(args.every),
                        str(args.timeline), str(int(args.trace)), str(args.n)], check=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--sample"]:
        sample(int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), Path(sys.argv[5]))
    elif sys.argv[1:2] == ["--import"]:
        run_import(Path(sys.argv[2]), Path(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]), sys.argv[6] == "1",
                   int(sys.argv[7]))
    else:
        main()
