"""What claim and meeting suggestion cost: their share of import time, and how it grows with length.

1. Imports N Wikinews articles (the development corpus) into a scratch library with
   core.jobs.import_paths, then runs claim suggestion and meeting detection, grouping and
   links again on every stored article (same bodies, same entity mentions) and prints
   their time as a share of the import time (the import does this work once inside it): of its
   wall time, and of its CPU time in every process (the import analyses in worker processes, one
   per core, so on two cores its wall time is about half the CPU the work costs; suggestion is
   timed in one process, so the CPU share is the like-for-like cost).
2. Builds a ~60 KB and a ~600 KB article by repeating real text and prints the seconds
   suggestion takes on each (linear: about ten times as long, not a hundred).

--profile N instead imports N Wikinews and N livedoor articles (every category, in turn), then
profiles claim suggestion and meeting planning (core.import_analysis's two calls) on them, each
on its own: CPU seconds, and the functions that spend the most of it themselves (cProfile's own time).

    python bench/bench_suggestion.py [--n 300]
    python bench/bench_suggestion.py --profile 1000 [--top 25]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import resource
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.dates import reference_date  # noqa: E402
from core.claims.suggest import suggest  # noqa: E402
from core.jobs import import_paths  # noqa: E402
from core.meetings.country_of import country_lookup  # noqa: E402
from core.meetings.cue_links import article_links  # noqa: E402
from core.meetings.detect import detect_meetings  # noqa: E402
from core.meetings.propose import group_mentions  # noqa: E402
from core.nlp.entities import detect  # noqa: E402
from core.registry import bundled_registry  # noqa: E402
from core.store import open_db  # noqa: E402
from core.store.mentions import mentions_for  # noqa: E402
from core.store.registry import load_registry  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews" / "txt"
LIVEDOOR = ROOT.parent / "shared" / "corpus" / "livedoor" / "text"


def suggestion_seconds(body: str, mentions: list, reference, country_of) -> tuple[float, float]:
    """Seconds (wall, CPU) for claim suggestion plus meeting detection, grouping and links on one article."""
    began, began_cpu = time.perf_counter(), time.process_time()
    suggest(body, mentions)
    article_links(group_mentions(detect_meetings(body, mentions, reference), country_of, body), body)
    return time.perf_counter() - began, time.process_time() - began_cpu


def _cpu() -> float:
    """CPU seconds (user + system) of this process and of its ended children (the import's workers)."""
    used = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return sum(usage.ru_utime + usage.ru_stime for usage in used)


def share_of_import(n: int) -> None:
    files = sorted(CORPUS.glob("wn-*.txt"))[:n]
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "articles"
        folder.mkdir()
        for path in files:  # one article a file, as a user drops them in
            (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
        library = Path(scratch) / "lib.db"
        began, began_cpu = time.perf_counter(), _cpu()
        summary = import_paths([folder], library)
        imported, imported_cpu = time.perf_counter() - began, _cpu() - began_cpu
        db = open_db(library)
        country_of = country_lookup(load_registry(db))
        spent = spent_cpu = 0.0
        for article_id, body, published, dateline in db.execute(
                "SELECT id, body, published, dateline FROM articles").fetchall():
            wall, cpu = suggestion_seconds(body, mentions_for(db, article_id), reference_date(published, dateline),
                                           country_of)
            spent, spent_cpu = spent + wall, spent_cpu + cpu
        db.close()
    print(f"import of {len(summary.imported)} Wikinews articles: {imported:.1f} s, {imported_cpu:.1f} s CPU in every process")
    print(f"claim + meeting suggestion on the same articles: {spent:.2f} s = {spent / imported:.1%} of import time; "
          f"{spent_cpu:.2f} s CPU = {spent_cpu / imported_cpu:.1%} of import CPU")


def growth() -> None:
    parts, total = [], 0
    for path in sorted(CORPUS.glob("wn-*.txt")):
        body = path.read_text(encoding="utf-8").split("\n", 3)[-1].strip()
        if "会談" in body and "述べ" in body:
            parts.append(body)
            total += len(body)
        if total >= 6000:
            break
    base = "\n".join(parts)[:6000]
    mentions = detect(base, bundled_registry(), None)
    country_of = country_lookup(bundled_registry())
    for times in (10, 100):
        step = len(base) + 1
        body = "\n".join([base] * times)
        shifted = [replace(m, start=m.start + i * step, end=m.end + i * step)
                   for i in range(times) for m in mentions]
        seconds, _ = suggestion_seconds(body, shifted, None, country_of)
        print(f"article of {len(body):,} characters ({len(body.encode('utf-8')) // 1024} KB): suggestion {seconds:.2f} s")


def _livedoor_files(n: int) -> list[Path]:
    """n livedoor articles, one category after the other in turn (sports, gadgets, columns and news alike)."""
    categories = [sorted(p for p in folder.glob("*.txt") if p.name != "LICENSE.txt")
                  for folder in sorted(LIVEDOOR.iterdir()) if folder.is_dir()]
    files = [f for group in zip(*categories) for f in group] if categories else []
    return files[:n]


def profile(n: int, top: int) -> None:
    """Claims and meetings on n Wikinews and n livedoor articles, as an import reads them: CPU and own time."""
    from core.claims.suggest import suggest as suggest_claims
    from core.meetings.plan import plan_meetings
    from core.registry import bundled_registry as registry_of

    files = sorted(CORPUS.glob("wn-*.txt"))[:n] + _livedoor_files(n)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "articles"
        folder.mkdir()
        for i, path in enumerate(files):
            (folder / f"a{i:05d}.txt").write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
        library = Path(scratch) / "lib.db"
        import_paths([folder], library)
        db = open_db(library)
        articles = [(body, mentions_for(db, article_id), published, dateline) for article_id, body, published, dateline
                    in db.execute("SELECT id, body, published, dateline FROM articles ORDER BY id").fetchall()]
        db.close()
    registry = registry_of()

    def claims() -> None:
        for body, mentions, published, dateline in articles:
            day = reference_date(published, dateline)
            suggest_claims(body, mentions, day.isoformat() if day else None, registry)

    def meetings() -> None:
        for body, mentions, published, dateline in articles:
            plan_meetings(body, mentions, published, dateline, registry)

    chars = sum(len(a[0]) for a in articles)
    print(f"{len(articles):,} articles ({n:,} Wikinews, {n:,} livedoor asked), {chars / 1e3:,.0f} k characters")
    for name, run in (("claims", claims), ("meetings", meetings)):
        run()  # once unprofiled: patterns compiled, sentences split as the import's other stages leave them
        began = time.process_time()
        run()
        print(f"{name}: {time.process_time() - began:.2f} s CPU")
        profiler = cProfile.Profile(time.process_time)
        profiler.runcall(run)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--profile", type=int, metavar="N", help="profile claims and meetings on N + N articles")
    parser.add_argument("--top", type=int, default=25, help="functions shown by --profile")
    args = parser.parse_args()
    if args.profile:
        profile(args.profile, args.top)
        return
    share_of_import(args.n)
    growth()


if __name__ == "__main__":
    main()
