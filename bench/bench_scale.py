"""Issue 14's figures in one run: import against fugashi and its peak memory at each size, then the window at a million.

For each --imports size N: N real articles (livedoor news, then Wikinews, repeated with a serial
line where real text runs out, as bench_speed.py writes them) are tokenised by fugashi in one
process (the floor), then imported into a fresh library (core.jobs.import_paths) in a process of
their own whose tree's memory is sampled (bench_import.py's MemoryWatch). Printed: both times, their
ratio, the CPU ratio (steadier on a busy machine) and the import's peak memory, as if alone on the
machine and as measured (PSS). Then the window (bench_window.py, its full output shown) on a library of
--window articles grown in SQL (scale_library.py; cached, or --library): the first paint from launch
(median of the launches, wall and CPU), opening an article, search 会談 (first page, then the whole
list and its count), sort by date, and the window's peak memory. Each figure carries the machine's
load: wall times on a busy machine measure the machine. Nothing is written outside a temporary folder
(and the window's library, kept for the next run).

    python bench/bench_scale.py                                  # 1,000 and 100,000 imported, the window at 1,000,000
    python bench/bench_scale.py --imports 1000 --window 100000   # a shorter run
    python bench/bench_scale.py --imports --library L.db         # the window only, on a library already built
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CORPORA = ROOT.parent / "shared" / "corpus"


def load() -> str:
    return f"load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"


def _cpu() -> float:
    import resource

    own, children = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*/*.txt"))


def floor(folder: Path) -> dict:
    """In a process of its own: fugashi tokenising every article file of folder, read one at a time."""
    import fugashi

    tagger = fugashi.Tagger()
    files = _files(folder)
    chars = tokens = 0
    start, cpu = time.perf_counter(), _cpu()
    for path in files:
        text = path.read_text(encoding="utf-8")
        chars += len(text)
        tokens += len(tagger(text))
    return {"seconds": time.perf_counter() - start, "cpu": _cpu() - cpu, "chars": chars, "tokens": tokens,
            "articles": len(files)}


def run_import(folder: Path, db_path: Path) -> dict:
    """In a process of its own: the import of folder into a new library, its time, CPU and peak memory."""
    from bench.bench_import import MemoryWatch
    from core.jobs import import_paths

    watch = MemoryWatch() if Path("/proc/self/smaps_rollup").exists() else None
    if watch:
        watch.start()
    start, cpu = time.perf_counter(), _cpu()
    summary = import_paths([folder], db_path)
    seconds, cpu = time.perf_counter() - start, _cpu() - cpu
    peak = watch.stop() if watch else {}
    return {"seconds": seconds, "cpu": cpu, "imported": len(summary.imported), "failed": len(summary.failed),
            "duplicates": len(summary.duplicates), "peak_alone_mb": peak.get("Alone"), "peak_pss_mb": peak.get("Pss"),
            "peak_distinct_mb": peak.get("Distinct"),
            "processes": watch.processes if watch else None, "library_mb": db_path.stat().st_size / 1e6}


def _child(mode: str, *args: str) -> dict:
    """Run this script in mode in a new process; its JSON answer."""
    out = subprocess.run([sys.executable, __file__, mode, *args], capture_output=True, text=True)
    if out.returncode:
        sys.exit(f"{mode} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.splitlines()[-1])


def build(corpus: Path, n: int, folder: Path) -> None:
    """Write n article files as bench_speed.py does: livedoor's then Wikinews' texts, a serial line on repeats."""
    livedoor = sorted(p for p in (corpus / "livedoor" / "text").glob("*/*.txt") if p.name != "LICENSE.txt")
    sources = livedoor + sorted((corpus / "wikinews" / "txt").glob("*.txt"))
    if not sources:
        sys.exit(f"no corpus texts under {corpus}")
    for i in range(n):
        text = sources[i % len(sources)].read_text(encoding="utf-8").rstrip("\n")
        if i >= len(sources):
            text += f"\n（配信番号 {i:07d}）"
        sub = folder / f"{i // 1000:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"a{i:07d}.txt").write_text(text + "\n", encoding="utf-8")


def import_figures(n: int, corpus: Path) -> dict:
    """Write n articles, time fugashi's floor and the import, each in a process of its own; print and return them."""
    with tempfile.TemporaryDirectory(prefix="kaidan-scale-") as tmp:
        folder = Path(tmp) / "articles"
        build(corpus, n, folder)
        tokenised = _child("--floor", str(folder))
        tokenised["load"] = os.getloadavg()[0]
        imported = _child("--import", str(folder), str(Path(tmp) / "lib.db"))
        imported["load"] = os.getloadavg()[0]
    ratio = imported["seconds"] / tokenised["seconds"]
    cpu_ratio = imported["cpu"] / tokenised["cpu"]
    print(f"\n{n:,} articles ({tokenised['chars'] / 1e6:.1f} M characters, {tokenised['tokens']:,} tokens)")
    print(f"  fugashi alone (1 process): {tokenised['seconds']:8.1f} s ({tokenised['cpu']:.1f} s CPU; "
          f"load {tokenised['load']:.1f})")
    print(f"  import                   : {imported['seconds']:8.1f} s ({imported['cpu']:.1f} s CPU of every process; "
          f"load {imported['load']:.1f}); {imported['imported']:,} imported, {imported['duplicates']:,} duplicates, "
          f"{imported['failed']:,} failed; library {imported['library_mb']:.0f} MB")
    print(f"  import / fugashi         : {ratio:5.2f} x wall, {cpu_ratio:5.2f} x CPU, "
          f"{cpu_ratio / (os.cpu_count() or 1):5.2f} x CPU per core (what idle cores approach)")
    if imported["peak_alone_mb"] is not None:
        print(f"  import's peak memory     : {imported['peak_alone_mb']:.0f} MB as if alone on the machine "
              f"({imported['peak_pss_mb']:.0f} MB PSS measured, {imported['processes']} processes)")
        if imported.get("peak_distinct_mb"):
            print(f"  import's distinct pages  : {imported['peak_distinct_mb']:.0f} MB at the peak (each physical page "
                  "counted once: a file mapped thrice, a page shared by forked workers)")
    return {"n": n, "floor": tokenised, "import": imported, "ratio": ratio, "cpu_ratio": cpu_ratio}


def window_figures(articles: int, library: Path | None, launches: int) -> dict:
    """bench_window.py on a library of articles (its output shown); its figures summed up."""
    path = library or Path(tempfile.gettempdir()) / f"kaidan_bench_{articles}.db"
    with tempfile.TemporaryDirectory(prefix="kaidan-scale-") as tmp:
        answer = Path(tmp) / "window.json"
        print(f"\nthe window on {articles:,} articles ({path})", flush=True)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        subprocess.run([sys.executable, str(ROOT / "bench" / "bench_window.py"), "--articles", str(articles),
                        "--library", str(path), "--launches", str(launches), "--json", str(answer)],
                       env=env, check=True)
        found = json.loads(answer.read_text(encoding="utf-8"))
    paints = found["launches"]
    wall = statistics.median(p["painted"][0] for p in paints)
    cpu = statistics.median(p["painted"][1] for p in paints)
    loads = ", ".join(f"{p['load']:.1f}" for p in paints)
    opens = found["open"]
    ways = found.get("open_ways", [])
    search = next(s for s in found["search"] if s[0] == "会談")
    by_date = {descending: (first, first_cpu) for name, descending, first, first_cpu, _whole in found["sort"]
               if name == "date"}
    print(f"\nwindow on {articles:,} articles, summed up ({load()} now)")
    print(f"  first paint from launch  : {1000 * wall:7.0f} ms wall, {1000 * cpu:5.0f} ms CPU "
          f"(median of {len(paints)}; load at each {loads})")
    print(f"  open an article          : {1000 * max(o[0] for o in opens):7.0f} ms wall, "
          f"{1000 * max(o[1] for o in opens):5.0f} ms CPU (the slowest of {len(opens)}, laid out and painted)")
    if all(len(o) > 2 for o in opens):
        print("    rows " + ", ".join(f"{o[2]:,}: {1000 * o[0]:.0f} ms ({1000 * o[1]:.0f} CPU)" for o in opens))
    for where in ("top", "far"):
        print(f"  open by a user, {where:<3}     : " + ", ".join(
            f"{way} {1000 * max(t[0] for t in times):.0f} ms ({1000 * max(t[1] for t in times):.0f} CPU)"
            for way, at, times in ways if at == where) + " (the slowest of 3 articles each, laid out and painted)")
    print(f"  search 会談              : first page {1000 * search[1]:6.0f} ms wall, {1000 * search[2]:5.0f} ms CPU; "
          f"count ({search[4]:,}) shown at {1000 * search[5]:.0f} ms, the whole list at {1000 * search[3]:.0f} ms")
    common = max((s for s in found["search"] if s[0]), key=lambda s: s[4])  # the commonest word searched
    print(f"  search {common[0]} ({common[4]:,} hits): first page {1000 * common[1]:6.0f} ms wall, {1000 * common[2]:5.0f} ms "
          f"CPU; count shown at {1000 * common[5]:.0f} ms, the whole list at {1000 * common[3]:.0f} ms")
    print(f"  sort by date             : first page {1000 * by_date[True][0]:6.0f} ms down "
          f"({1000 * by_date[True][1]:.0f} CPU), {1000 * by_date[False][0]:.0f} ms up ({1000 * by_date[False][1]:.0f} CPU)")
    print(f"  window's peak memory     : {found['peak_rss_mb']:.0f} MB RSS")
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--imports", type=int, nargs="*", default=[1000, 100_000], metavar="N",
                        help="sizes imported (none: skip the imports)")
    parser.add_argument("--window", type=int, default=1_000_000, help="articles in the window's library (0: skip)")
    parser.add_argument("--library", type=Path, help="the window's library (built there when missing)")
    parser.add_argument("--launches", type=int, default=3, help="launches timed to the first paint")
    parser.add_argument("--corpus", type=Path, default=CORPORA, help="folder holding livedoor/ and wikinews/")
    args = parser.parse_args(argv)
    print(f"issue 14's figures; {load()} at the start")
    for n in args.imports:
        import_figures(n, args.corpus)
    if args.window:
        window_figures(args.window, args.library, args.launches)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--floor"]:
        print(json.dumps(floor(Path(sys.argv[2]))))
    elif sys.argv[1:2] == ["--import"]:
        print(json.dumps(run_import(Path(sys.argv[2]), Path(sys.argv[3]))))
    else:
        main()
