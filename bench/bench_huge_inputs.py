"""Huge inputs: cost per character of tokenising and entity detection, memory of reading a big dataset.

Builds articles of 100,000 to 1,000,000 characters from the Wikinews texts
(with line ends, and as one single line), and prints seconds for tokenising and
for entity detection with the cost per 1,000 characters, which stays flat when
the cost grows linearly. Then writes a JSON Lines dataset of --mb megabytes and
reads it with core.ingest.read_path in a child process, printing rows, seconds
and the child's peak memory; and searches with a 200,000-character query.
Nothing is written outside a temporary folder.

    python bench/bench_huge_inputs.py --mb 200

--growth prints only the CPU seconds of entity detection at 50,000, 100,000 and
200,000 characters (a cost growing faster than the text shows in the last
column); --mentions FOLDER also writes each size's mentions there, to compare
two versions of Kaidan (a speed change must leave them byte for byte the same):

    python bench/bench_huge_inputs.py --growth --mentions out/
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.nlp.entities import detect  # noqa: E402
from core.registry import bundled_registry  # noqa: E402
from core.nlp.tokens import tokenize  # noqa: E402

WIKINEWS = ROOT.parent / "shared" / "corpus" / "wikinews" / "txt"
SIZES = (100_000, 300_000, 1_000_000)
GROWTH_SIZES = (50_000, 100_000, 200_000)

# Each measured step runs in a child, so its peak memory is its own (VmHWM: ru_maxrss
# would carry the parent's peak across fork and exec).
_PEAK = "def peak(): return next(int(l.split()[1]) // 1024 for l in open('/proc/self/status') if l.startswith('VmHWM'))"
_READ = _PEAK + """
import sys, time
sys.path.insert(0, sys.argv[1])
from core.ingest import IngestError, read_path
start, rows = time.perf_counter(), 0
try:
    for article in read_path(sys.argv[2]):
        rows += 1
except IngestError as exc:
    print("  error:", exc)
print(f"  read {rows:,} rows in {time.perf_counter() - start:.1f} s, "
      f"peak memory {peak():,} MB")
"""
_SEARCH = _PEAK + """
import sys, time
sys.path.insert(0, sys.argv[1])
from core.jobs import import_paths
from core.store import open_db
from core.store.article_list import article_ids
from core.store.articles import get_article
import_paths([sys.argv[2]], sys.argv[3])
db = open_db(sys.argv[3])
body = get_article(db, article_ids(db)[0]).body
query = (body * (200_000 // len(body) + 1))[:200_000]
before = peak()
start = time.perf_counter()
found = article_ids(db, query)
print(f"  200,000-character query: {len(found)} found in {time.perf_counter() - start:.2f} s, "
      f"peak memory {before:,} MB before it, {peak():,} MB after")
"""


def base_text(articles: int = 300) -> str:
    files = sorted(WIKINEWS.glob("*.txt"))[:articles]
    if not files:
        sys.exit(f"no Wikinews texts under {WIKINEWS}")
    return "\n".join(path.read_text(encoding="utf-8") for path in files)


def timed(function, *args) -> tuple[float, object]:
    start = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - start, result


def article_costs(base: str) -> None:
    registry = bundled_registry()
    detect("米国", registry)  # load the tagger and build the patterns first
    print("article size   shape    tokenise s  per 1k chars   detect s  per 1k chars")
    for size in SIZES:
        text = (base * (size // len(base) + 1))[:size]
        for shape, article in (("lines", text), ("single", text.replace("\n", ""))):
            tokens_s, _ = timed(tokenize, article)
            detect_s, _ = timed(detect, article, registry, date(2010, 1, 1))
            per = 1000 / len(article)
            print(f"{len(article):>12,}   {shape:<7} {tokens_s:>10.2f} {tokens_s * per * 1000:>10.2f} ms "
                  f"{detect_s:>10.2f} {detect_s * per * 1000:>10.2f} ms")


def detection_growth(base: str, folder: Path | None) -> None:
    """CPU seconds of detection on one article of each size, and the mentions found, if asked."""
    registry = bundled_registry()
    detect("米国", registry)
    print("article size   detect CPU s  per 1k chars   mentions")
    for size in GROWTH_SIZES:
        text = (base * (size // len(base) + 1))[:size]
        start = time.process_time()
        mentions = detect(text, registry, date(2010, 1, 1))
        seconds = time.process_time() - start
        print(f"{size:>12,} {seconds:>13.2f} {seconds * 1000_000 / size:>10.2f} ms {len(mentions):>10,}")
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
            lines = (f"{text[m.start:m.end]}\t{m!r}" for m in mentions)
            (folder / f"mentions-{size}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def dataset_memory(base: str, megabytes: int, folder: Path) -> None:
    lines = [line for line in base.split("\n") if len(line) > 30]
    path = folder / "collection.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        written, number = 0, 0
        while written < megabytes * 1024 * 1024:
            row = json.dumps({"title": f"記事{number}", "text": "\n".join(lines[number % len(lines):][:20])},
                             ensure_ascii=False) + "\n"
            handle.write(row)
            written += len(row.encode("utf-8"))
            number += 1
    print(f"dataset of {written / 2**20:,.0f} MB ({number:,} rows):")
    subprocess.run([sys.executable, "-c", _READ, str(ROOT), str(path)], check=True)
    page = folder / "article.txt"
    page.write_text(base[:20000], encoding="utf-8")
    subprocess.run([sys.executable, "-c", _SEARCH, str(ROOT), str(page), str(folder / "library.db")], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=200, help="size of the JSON Lines dataset")
    parser.add_argument("--growth", action="store_true", help="only detection's CPU time at 50k, 100k, 200k")
    parser.add_argument("--mentions", type=Path, help="with --growth: a folder to write the mentions to")
    args = parser.parse_args()
    base = base_text()
    if args.growth:
        detection_growth(base, args.mentions)
        return
    article_costs(base)
    with tempfile.TemporaryDirectory() as folder:
        dataset_memory(base, args.mb, Path(folder))


if __name__ == "__main__":
    main()
