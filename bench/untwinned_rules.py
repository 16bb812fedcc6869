"""The rules of core searched without a twin, each with the CPU its searches take as written and as its twin.

Python's re skips in C the letters no match can begin with only when it can tell them: a pattern that opens
with an alternation of words, a look-behind, an anchor or a repeated class is tried at every letter. A rule
searched in every sentence or line (search, finditer, findall, sub, split) then costs far more than it need:
core.scan.skipping makes a twin that finds the same matches and skips those letters.

This bench runs one worker's task (core.import_cleaning.clean_and_work_many) over the N articles of
bench/bench_speed.py as an import hands them out (bench/worker_stages.py), with every module-level pattern of
core that has no twin yet and for which one can be made recorded as it is searched; then replays each rule's
searches, as written and as its twin (least of --runs), and prints the rules whose twins save the most. A rule
worth a twin is held as one where it is defined: NAME = skipping(NAME).

    python bench/untwinned_rules.py --n 1000 [--top 25] [--runs 5]
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import core  # noqa: E402
import core.import_cleaning as cleaning  # noqa: E402
import core.parallel  # noqa: E402
from bench.bench_speed import DEFAULT_CORPUS  # noqa: E402
from bench.worker_stages import handed_to_workers, received  # noqa: E402
from core.nlp import tagger as tagger_model  # noqa: E402
from core.parallel import Detector  # noqa: E402
from core.pool_chunks import CHUNK  # noqa: E402
from core.registry import bundled_registry  # noqa: E402
from core.scan_twins import plain_of, skipping  # noqa: E402

SCAN_MODULES = ("core.scan", "core.scan_nearby")  # where core.scan.finditer searches
SEARCHES = ("search", "finditer", "findall", "sub", "split")  # what a twin speeds up (a match starts where told)


class Recorded:
    """A module's pattern standing in for it: its searches are recorded, then done by the pattern itself; not those
    of core.scan.finditer, which searches with a twin it makes of the pattern (as a worker does)."""

    __slots__ = ("pattern", "twin", "name", "calls")

    def __init__(self, pattern: re.Pattern, twin: re.Pattern, name: str) -> None:
        self.pattern, self.twin, self.name, self.calls = pattern, twin, name, []

    def __getattr__(self, attribute: str):
        found = getattr(self.pattern, attribute)
        if attribute not in SEARCHES:
            return found

        def recorded(*args, **kwargs):
            if sys._getframe(1).f_globals.get("__name__") not in SCAN_MODULES:  # (core.scan.finditer twins it itself)
                self.calls.append((attribute, args, kwargs))
            return found(*args, **kwargs)
        return recorded


def stand_in() -> list[Recorded]:
    """Put a Recorded in place of every module-level pattern of core that has no twin and can have one."""
    by_pattern: dict[int, Recorded] = {}
    for module in pkgutil.walk_packages(core.__path__, "core."):
        try:
            loaded = importlib.import_module(module.name)
        except Exception:  # noqa: BLE001 (a module that needs what this process lacks: not a worker's)
            continue
        for name, value in list(vars(loaded).items()):
            if not isinstance(value, re.Pattern) or plain_of(value) is not value:
                continue
            if id(value) not in by_pattern:
                twin = skipping(value)
                if twin is value:
                    continue
                by_pattern[id(value)] = Recorded(value, twin, f"{module.name}.{name}")
            setattr(loaded, name, by_pattern[id(value)])
    return list(by_pattern.values())


def replayed(pattern: re.Pattern, calls: list, runs: int) -> float:
    """The least CPU seconds of runs replays of the calls on pattern."""
    least = float("inf")
    for _ in range(runs):
        began = time.process_time()
        for method, args, kwargs in calls:
            found = getattr(pattern, method)(*args, **kwargs)
            if method == "finditer":
                for _match in found:
                    pass
        least = min(least, time.process_time() - began)
    return least


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="articles")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--top", type=int, default=25, help="rules printed")
    parser.add_argument("--runs", type=int, default=5, help="replays of each rule's searches; the least is taken")
    args = parser.parse_args(argv)
    pages = handed_to_workers(args.n, args.corpus)
    rules = stand_in()
    core.parallel._WORKER = Detector(bundled_registry(), tagger_model.load(), None)
    articles = received(pages)
    for first in range(0, len(articles), CHUNK):
        cleaning.clean_and_work_many(articles[first : first + CHUNK])
    rows = []
    for rule in rules:
        if rule.calls:
            plain = replayed(rule.pattern, rule.calls, args.runs)
            rows.append((plain - replayed(rule.twin, rule.calls, args.runs), rule.name, len(rule.calls), plain))
    rows.sort(reverse=True)
    print(f"{len(articles):,} articles; {len(rules)} rules of core without a twin that can have one, {len(rows)} searched; "
          f"their searches {sum(r[3] for r in rows) * 1e3:.0f} ms CPU as written, "
          f"{sum(r[3] - r[0] for r in rows) * 1e3:.0f} ms as twins")
    for gain, name, calls, plain in rows[: args.top]:
        print(f"  {name:<58} {calls:8,} searches {plain * 1e3:7.1f} → {(plain - gain) * 1e3:7.1f} ms")


if __name__ == "__main__":
    main()
