"""Export speed and memory at scale: 10,000 annotated articles in each format.

Builds a synthetic library in a temporary folder (articles, entity mentions,
claims, meetings with mentions and links, inserted through big transactions),
then exports it once per format, each in a fresh process so that its peak
memory is its own, and prints seconds, articles/s and peak RSS.

    python bench/bench_export.py --n 10000 [--formats jsonl,csv]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.export import FORMATS, export  # noqa: E402
from core.store import atomic, open_db  # noqa: E402

PEOPLE = [("王毅", "person:wang-yi"), ("ルビオ", "person:marco-rubio"), ("習近平", "person:xi-jinping"),
          ("𠮷田", None), ("岩屋", None)]
PLACES = [("北京", "GPE"), ("ワシントン", "GPE"), ("東京", "GPE"), ("クアラルンプール", "LOC")]
STANCES = ("favor", "against", "neutral", "mixed")


def article(n: int, rng: random.Random):
    """A body of six sentences with its mentions and two quoted claims (code-point offsets)."""
    parts, mentions, claims = [], [], []
    position = 0

    def add(text: str, mention: tuple | None = None) -> None:
        nonlocal position
        if mention:
            mentions.append((position, position + len(text), text, *mention))
        parts.append(text)
        position += len(text)

    for sentence in range(6):
        person, entity_id = rng.choice(PEOPLE)
        place, place_type = rng.choice(PLACES)
        add(person, ("PERSON", entity_id))
        add("外相は")
        add(f"{sentence + 1}日", ("DATE", None))
        add("、")
        add(place, (place_type, None))
        add("で記者団に")
        start = position
        add(f"「協議を続ける。第{n}回の会談は重要だ」")
        claims.append((start, position, person, entity_id, rng.choice(STANCES)))
        add("と述べた。")
        if sentence % 2:
            add("\n")
    return "".join(parts), mentions, claims[:2]


def build(path: Path, n: int) -> None:
    """The synthetic library, a few thousand rows per transaction."""
    rng = random.Random(7)
    db = open_db(path)
    stamp = "2025-07-12T00:00:00+00:00"
    with atomic(db):
        meetings = [db["meetings"].insert({"kind": "talks", "status": "held", "start_date": f"2025-07-{d % 28 + 1:02}",
                                           "precision": "day", "origin": "user", "state": "confirmed",
                                           "created": stamp}).last_pk for d in range(200)]
        db["meeting_participants"].insert_all({"meeting_id": m, "name": "王毅", "entity_id": "person:wang-yi",
                                               "role": "visitor"} for m in meetings)
        db["meeting_links"].insert_all({"from_id": a, "to_id": b, "relation": "follow_up", "origin": "user",
                                        "state": "accepted", "created": stamp} for a, b in zip(meetings, meetings[1:]))
    for first in range(0, n, 2000):
        rows, mention_rows, claim_rows, meeting_rows = [], [], [], []
        for i in range(first, min(first + 2000, n)):
            body, mentions, claims = article(i, rng)
            article_id = i + 1
            rows.append({"id": article_id, "content_hash": hashlib.sha256(body.encode()).hexdigest() + str(i),
                         "source": f"synthetic#{i}", "source_format": "jsonl", "imported_at": stamp, "raw": body,
                         "title": f"外相会談 {i}", "published": f"2025-07-{i % 28 + 1:02}", "outlet": "Example",
                         "body": body, "cleaning_version": 1, "status": ("new", "done")[i % 2]})
            mention_rows += [{"article_id": article_id, "start_char": s, "end_char": e, "text": t, "type": ty,
                              "entity_id": eid, "origin": "detected", "state": "proposed", "created": stamp}
                             for s, e, t, ty, eid in mentions]
            claim_rows += [{"article_id": article_id, "start_char": s, "end_char": e, "text": body[s:e],
                            "holder_entity_id": eid, "holder_text": holder, "stance": stance, "origin": "user",
                            "state": "accepted", "created": stamp} for s, e, holder, eid, stance in claims]
            start = body.index("会談")
            meeting_rows.append({"article_id": article_id, "meeting_id": meetings[i % len(meetings)],
                                 "start_char": start, "end_char": start + 2, "text": "会談", "origin": "user",
                                 "state": "confirmed", "created": stamp})
        with atomic(db):
            db["articles"].insert_all(rows)
            db["mentions"].insert_all(mention_rows)
            db["claims"].insert_all(claim_rows)
            db["meeting_mentions"].insert_all(meeting_rows)
    db.close()


def run_one(db_path: Path, fmt: str, out: Path) -> None:
    """Export in this process and print one JSON line of figures (called in a child process)."""
    db = open_db(db_path)
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    result = export(db, fmt, out)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(json.dumps({"format": fmt, "articles": result.articles, "seconds": seconds, "peak_mb": peak / 1024,
                      "growth_mb": (peak - baseline) / 1024, "out_mb": size / 2**20}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--one", nargs=3, metavar=("DB", "FORMAT", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        run_one(Path(args.one[0]), args.one[1], Path(args.one[2]))
        return
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "bench.db"
        started = time.perf_counter()
        build(db_path, args.n)
        print(f"library: {args.n} articles built in {time.perf_counter() - started:.1f} s")
        print(f"{'format':<12}{'seconds':>9}{'articles/s':>12}{'peak MB':>9}{'growth MB':>11}{'output MB':>11}")
        for fmt in args.formats.split(","):
            child = subprocess.run([sys.executable, __file__, "--one", str(db_path), fmt, str(Path(tmp) / fmt)],
                                   capture_output=True, text=True, check=True)
            r = json.loads(child.stdout.splitlines()[-1])
            print(f"{fmt:<12}{r['seconds']:>9.1f}{r['articles'] / r['seconds']:>12.0f}{r['peak_mb']:>9.0f}"
                  f"{r['growth_mb']:>11.0f}{r['out_mb']:>11.1f}")


if __name__ == "__main__":
    main()
