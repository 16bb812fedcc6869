"""Import speed and memory at scale: page-dump .txt files and a JSON Lines dataset.

Builds a corpus in a temporary folder from the livedoor news and Wikinews texts
(taken in turn, repeated where they run out; each file's text kept whole,
wrapped in synthetic page furniture), imports it with
core.jobs.import_paths into a fresh library, and prints articles/s,
characters/s and peak memory: each process's own peak, and the peak of all of
them together (this process and every process it started), sampled four times a
second from /proc on Linux as resident memory (RSS, which counts pages shared
by several processes in each) and as proportional memory (PSS, a shared page
split between its sharers: what the import costs the machine). Other programs
mapping the tokenizer's dictionary lower the measured PSS, so the peak is also
given as if these processes were alone; --timeline shows each process's memory
as the import goes, to see what grows with the articles. Nothing is written
outside the temporary folder.

    python bench/bench_import.py --n 10000
    python bench/bench_import.py --n 100000 --only txt --no-read-pass --timeline 60
    python bench/bench_import.py --n 1000 --sources livedoor     # livedoor news only (the figures before 2026-12)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import select
import subprocess
import sys
import tempfile
import time
import tracemalloc
from itertools import zip_longest
from pathlib import Path

# Run as a script from anywhere: the repository root holds the core package.
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


CORPORA = ROOT.parent / "shared" / "corpus"  # livedoor/text/<category>/*.txt and wikinews/txt/*.txt
DEFAULT_CORPUS = CORPORA / "livedoor" / "text"
HEADER = ("ニュース速報", "トップ > 国際 > 記事", "ログイン　会員登録", "")
FOOTER = ("", "関連記事", "・首脳会談、来月にも開催へ", "・外相が談話を発表", "",
          "アクセスランキング", "1. 週末の天気", "2. 株価の動き", "",
          "会社概要 | プライバシーポリシー | お問い合わせ", "Copyright © Example News")


def corpus_files(corpus: Path) -> list[Path]:
    """The article files of the livedoor corpus (licence files skipped)."""
    files = sorted(p for p in corpus.glob("*/*.txt") if p.name != "LICENSE.txt")
    if not files:
        sys.exit(f"no corpus texts under {corpus}")
    return files


def news_files(corpora: Path = CORPORA, sources: str = "both") -> list[Path]:
    """The livedoor news texts, and with sources "both" the Wikinews texts, taken in turn (one of each)."""
    livedoor = corpus_files(corpora / "livedoor" / "text")
    if sources == "livedoor":
        return livedoor
    wikinews = sorted((corpora / "wikinews" / "txt").glob("*.txt"))
    if not wikinews:
        sys.exit(f"no Wikinews texts under {corpora}")
    return [path for pair in zip_longest(livedoor, wikinews) for path in pair if path is not None]


def dataset_row(path: Path) -> dict[str, str]:
    """A corpus text as a dataset row: livedoor's files open with url, date and title lines, Wikinews' with
    title, date and a blank line."""
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines[0].startswith("http"):
        return {"url": lines[0], "date": lines[1], "title": lines[2], "text": "\n".join(lines[3:]).strip("\n"),
                "source": "livedoor ニュース"}
    return {"date": lines[1], "title": lines[0], "text": "\n".join(lines[2:]).strip("\n"), "source": "ウィキニュース"}


def build_txt(files: list[Path], n: int, folder: Path) -> int:
    """Write n page-dump files; returns their total characters."""
    folder.mkdir(parents=True)
    total = 0
    for i in range(n):
        source = files[i % len(files)]
        text = source.read_text(encoding="utf-8")
        # A serial line in the furniture keeps reused texts distinct articles.
        page = "\n".join((*HEADER, text.rstrip("\n"), *FOOTER, f"記事番号 {i:06d}")) + "\n"
        sub = folder / f"{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"page_{i:06d}.txt").write_text(page, encoding="utf-8")
        total += len(page)
    return total


def build_jsonl(files: list[Path], n: int, path: Path) -> int:
    """Write one JSON Lines dataset of n rows; returns the characters of the text column."""
    total = 0
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            row = dataset_row(files[i % len(files)])
            if i >= len(files):  # second pass over the corpus: a distinct row
                row["text"] = f"（配信番号 {i:06d}）\n{row['text']}"
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            total += len(row["text"])
    return total


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory of this process so far, or of its largest ended child (a detection worker).

    ru_maxrss is KiB on Linux, bytes on macOS.
    """
    peak = resource.getrusage(who).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _cpu() -> tuple[float, float]:
    """CPU seconds of this process and of its ended children."""
    own, children = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


class MemoryWatch:
    """Samples the memory of this process and all its descendants; keeps the peaks of their sums (Linux).

    The sampling runs in a process of its own (not counted): a thread here would make the import
    spawn its workers instead of forking them (core.parallel.fork_is_safe).
    """

    FIELDS = ("Rss", "Pss", "Anonymous", "Pss_Anon")
    # Alone: PSS as if these processes were alone on the machine. Their file-backed pages (the
    # tokenizer's dictionary, 260 MB, above all) are mostly the same pages in each; other programs
    # mapping the same files (another Kaidan, a test run) lower the measured PSS, and it swings as they
    # come and go. Estimated as their anonymous PSS plus the largest one's file-backed resident pages.
    PEAKS = (*FIELDS, "Alone")
    # Distinct: every page of them all counted once, by its frame (bench.page_frames; as root only, else 0).

    def __init__(self, every: float = 0.25, timeline: float = 0.0) -> None:
        self.every = every
        self.timeline = timeline  # > 0: every so many seconds, print each process's memory (to stderr)
        self.peak = dict.fromkeys(self.PEAKS, 0.0)  # MB, all processes together, once stopped
        self.processes = 0  # the most processes seen at once
        self._sampler: subprocess.Popen | None = None

    def start(self) -> None:
        self._sampler = subprocess.Popen([sys.executable, __file__, "--watch", str(os.getpid()), str(self.every),
                                          str(self.timeline)],
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def stop(self) -> dict[str, float]:
        """Stop sampling; the peaks in MB."""
        out, _ = self._sampler.communicate("")
        found = json.loads(out)
        self.processes = found.pop("processes")
        self.peak = {field: kb / 1024 for field, kb in found.items()}
        return self.peak


def _watch(pid: int, every: float, timeline: float = 0.0) -> None:
    """In the sampling process: sample pid's tree (this process left out) until stdin closes; print the peaks.

    timeline > 0: every so many seconds, also print each process's RSS, PSS and anonymous MB to stderr,
    the importing process first, to see which grows with the articles imported.
    """
    from bench.page_frames import distinct_mb, frames

    peak, processes = dict.fromkeys(MemoryWatch.PEAKS, 0), 0
    started = time.perf_counter()
    shown = 0.0
    while True:
        pids = [p for p in _descendants(pid) if p != os.getpid()]
        each_process = [_rollup(each) for each in pids]
        total = together(each_process)
        now = time.perf_counter() - started
        if timeline > 0 and now >= shown + timeline:
            shown = now
            print(f"  {now:6.0f} s  PSS {total['Pss'] / 1024:4.0f} MB all ({total['Alone'] / 1024:4.0f} alone); "
                  "each RSS/PSS/anon MB: "
                  + "  ".join("/".join(f"{r.get(field, 0) / 1024:.0f}" for field in MemoryWatch.FIELDS[:3])
                              for r in each_process), file=sys.stderr, flush=True)
        processes = max(processes, len(pids))
        for field in MemoryWatch.PEAKS:
            peak[field] = max(peak[field], total[field])
        seen = distinct_mb([frames(each) for each in pids])
        if seen is not None:
            peak["Distinct"] = max(peak.get("Distinct", 0), sum(seen) * 1024)
        if select.select([sys.stdin], [], [], every)[0]:
            break
    print(json.dumps({**peak, "processes": processes}))


def together(rollups: list[dict[str, int]]) -> dict[str, int]:
    """The kB of several processes' rollups summed, with their PSS as if alone (see MemoryWatch.PEAKS)."""
    total = dict.fromkeys(MemoryWatch.PEAKS, 0)
    for rollup in rollups:
        for field, kb in rollup.items():
            total[field] += kb
    total["Alone"] = total["Pss_Anon"] + max((r.get("Rss", 0) - r.get("Anonymous", 0) for r in rollups), default=0)
    return total


def _descendants(pid: int) -> list[int]:
    """pid and every process under it."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            try:
                todo.extend(int(child) for child in task.read_text().split())
            except OSError:
                pass
    return found


def _rollup(pid: int, fields: tuple[str, ...] = MemoryWatch.FIELDS) -> dict[str, int]:
    """kB of pid's memory by fields of its smaps_rollup (by default resident, proportional and anonymous; nothing
    when it is gone)."""
    try:
        lines = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
    except OSError:
        return {}
    values = dict(line.split(":", 1) for line in lines[1:] if ":" in line)
    return {field: int(values[field].split()[0]) for field in fields if field in values}


def bench(label: str, paths: list[Path], chars: int, db_path: Path, traced: bool, timeline: float = 0.0,
          read_pass: bool = True) -> None:
    """Read-only pass (decode + clean), then a full import into a fresh library."""
    # Imported here: the memory sampler runs this file too, and starts at once without them.
    from core.ingest import expand_paths, read_path
    from core.jobs import import_paths

    if read_pass:
        files, _ = expand_paths(paths)
        start = time.perf_counter()
        count = sum(1 for path in files for _ in read_path(path))
        read_seconds = time.perf_counter() - start
        del files  # the import lists the files itself: kept here, they would count in its memory

    if traced:
        tracemalloc.start()
    watch = MemoryWatch(timeline=timeline) if Path("/proc/self/smaps_rollup").exists() else None
    if watch:
        watch.start()
    start, cpu = time.perf_counter(), _cpu()
    summary = import_paths(paths, db_path)
    seconds = time.perf_counter() - start
    cpu = [after - before for after, before in zip(_cpu(), cpu)]  # the workers are reaped, the sampler not yet
    together = watch.stop() if watch else None
    heap = tracemalloc.get_traced_memory()[1] / 1e6 if traced else None
    tracemalloc.stop()

    imported = len(summary.imported)
    print(f"\n[{label}] {imported} articles imported, {len(summary.duplicates)} duplicates, "
          f"{len(summary.failed)} failed; {chars / 1e6:.1f} M characters")
    for path, reason in summary.failed[:5]:
        print(f"  failed: {path}: {reason}")
    if read_pass:
        print(f"  read + clean only : {count / read_seconds:8.0f} articles/s  "
              f"{chars / read_seconds / 1e6:6.2f} M chars/s  ({read_seconds:.1f} s)")
    print(f"  full import       : {imported / seconds:8.0f} articles/s  "
          f"{chars / seconds / 1e6:6.2f} M chars/s  ({seconds:.1f} s)")
    print(f"  CPU               : {cpu[0]:8.1f} s importer, {cpu[1]:.1f} s workers (steadier than wall time "
          "on a busy machine)")
    print(f"  library size      : {db_path.stat().st_size / 1e6:.0f} MB")
    if heap is not None:
        print(f"  peak Python heap  : {heap:.0f} MB (tracemalloc, slows the run)")
    print(f"  peak RSS so far   : {peak_rss_mb():.0f} MB importer, "
          f"{peak_rss_mb(resource.RUSAGE_CHILDREN):.0f} MB largest worker")
    if together:
        print(f"  peak, all {watch.processes} processes together: {together['Pss']:.0f} MB PSS "
              f"(shared pages split between their sharers), {together['Rss']:.0f} MB RSS summed, "
              f"{together['Anonymous']:.0f} MB anonymous (not file-backed)")
        print(f"  peak as if alone on the machine: {together['Alone']:.0f} MB (anonymous PSS "
              f"{together['Pss_Anon']:.0f} MB plus the file-backed pages they share, counted once)")
        if together.get("Distinct"):
            print(f"  peak of their distinct pages: {together['Distinct']:.0f} MB (each physical page once, however "
                  "many mappings and processes hold it: bench/page_frames.py)")


def main(argv: list[str] | None = None) -> None:
    """Build the corpora and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles per corpus")
    parser.add_argument("--corpus", type=Path, default=CORPORA, help="folder holding livedoor/ and wikinews/")
    parser.add_argument("--sources", choices=("both", "livedoor"), default="both",
                        help="livedoor news and Wikinews in turn, or livedoor news only")
    parser.add_argument("--only", choices=("txt", "jsonl"), help="run one corpus only")
    parser.add_argument("--tracemalloc", action="store_true", help="also trace the Python heap")
    parser.add_argument("--timeline", type=float, default=0.0, metavar="SECONDS",
                        help="print each process's memory every SECONDS (to stderr)")
    parser.add_argument("--no-read-pass", dest="read_pass", action="store_false",
                        help="import only, without timing a read-only pass first (a long run's memory)")
    args = parser.parse_args(argv)

    files = news_files(args.corpus, args.sources)
    with tempfile.TemporaryDirectory(prefix="kaidan-bench-") as tmp:
        tmp_path = Path(tmp)
        print(f"{args.n} articles from {len(files)} corpus texts, in {tmp_path}")
        if args.only in (None, "txt"):
            chars = build_txt(files, args.n, tmp_path / "pages")
            bench("page dumps (.txt)", [tmp_path / "pages"], chars, tmp_path / "txt.db",
                  args.tracemalloc, args.timeline, args.read_pass)
        if args.only in (None, "jsonl"):
            dataset = tmp_path / "rows.jsonl"
            chars = build_jsonl(files, args.n, dataset)
            bench("dataset (.jsonl)", [dataset], chars, tmp_path / "jsonl.db", args.tracemalloc, args.timeline,
                  args.read_pass)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--watch"]:
        _watch(int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]) if len(sys.argv) > 4 else 0.0)
    else:
        main()
