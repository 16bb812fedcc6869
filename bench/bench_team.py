"""Team work at scale: merge and agreement over 3 annotators x 10,000 articles.

Builds one synthetic library (bench_export's articles: 6 sentences, ~24 entity
mentions, 2 claims and a meeting mention each, meetings with links), copies it
for three annotators and makes them disagree a little (one retypes every 20th
mention, one drops every 33rd and changes every 10th stance). Then, each in a
fresh process so that its peak memory is its own: merge the three libraries,
merge them again (nothing new: the idempotent path) and compute the agreement.

    python bench/bench_team.py --n 10000
"""

from __future__ import annotations

import argparse
import json
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_export import build  # noqa: E402
from core.store import open_db  # noqa: E402

NAMES = ("aoki", "baba", "chiba")
CHANGES = {
    "aoki": [],
    "baba": ["UPDATE mentions SET type = 'ORG' WHERE id % 20 = 1 AND type != 'ORG'"],
    "chiba": ["DELETE FROM mentions WHERE id % 33 = 2",
              "UPDATE claims SET stance = 'neutral' WHERE id % 10 = 3 AND stance != 'neutral'"],
}


def annotators(base: Path, folder: Path) -> list[Path]:
    """Three copies of the base library, every mention accepted, each annotator's differences applied."""
    paths = []
    for name in NAMES:
        path = folder / f"{name}.db"
        with sqlite3.connect(base) as src, sqlite3.connect(path) as dst:
            src.backup(dst)
        db = sqlite3.connect(path)
        with db:
            for table in ("mentions", "claims", "meeting_mentions", "meeting_links"):
                db.execute(f"UPDATE {table} SET annotator = ?", [name])
            db.execute("UPDATE mentions SET state = 'accepted'")
            for sql in CHANGES[name]:
                db.execute(sql)
        db.close()
        paths.append(path)
    return paths


def run_phase(phase: str, team: Path, paths: list[Path]) -> None:
    """One phase in this process; prints one JSON line of figures (called in a child process)."""
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    if phase in ("merge", "merge-again"):
        from core.team.merge import merge_libraries

        report = merge_libraries(paths, team)
        detail = {"added": sum(report.added.values()), "updated": sum(report.updated.values()),
                  "removed": sum(report.removed.values())}
    else:
        from core.team.agreement import agreement

        db = open_db(team)
        figures = agreement(db)
        db.close()
        detail = {"entities_f1_exact": round(figures["entities"]["overall"]["f1_exact"], 4),
                  "type_alpha": round(figures["entities"]["overall"]["type_alpha"], 4),
                  "stance_alpha": round(figures["claims"]["overall"]["stance_alpha"], 4),
                  "entities_u_alpha": round(figures["entities"]["overall"]["u_alpha"], 4)}
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"phase": phase, "seconds": seconds, "peak_mb": peak / 1024,
                      "growth_mb": (peak - baseline) / 1024, **detail}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--one", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        run_phase(args.one[0], Path(args.one[1]), [Path(p) for p in args.one[2:]])
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        build(folder / "base.db", args.n)
        paths = annotators(folder / "base.db", folder)
        decisions = sum(sqlite3.connect(p).execute(
            "SELECT (SELECT count(*) FROM mentions) + (SELECT count(*) FROM claims) + "
            "(SELECT count(*) FROM meeting_mentions) + (SELECT count(*) FROM meeting_links)").fetchone()[0]
            for p in paths)
        print(f"3 annotators x {args.n} articles ({decisions} decisions) built in "
              f"{time.perf_counter() - started:.1f} s")
        for phase in ("merge", "merge-again", "agreement"):
            child = subprocess.run([sys.executable, __file__, "--one", phase, str(folder / "team.db"),
                                    *map(str, paths)], capture_output=True, text=True, check=True)
            r = json.loads(child.stdout.splitlines()[-1])
            extra = {k: v for k, v in r.items() if k not in ("phase", "seconds", "peak_mb", "growth_mb")}
            print(f"{phase:<12}{r['seconds']:>8.1f} s  peak {r['peak_mb']:>5.0f} MB  growth {r['growth_mb']:>5.0f} MB  "
                  f"{json.dumps(extra)}")


if __name__ == "__main__":
    main()
