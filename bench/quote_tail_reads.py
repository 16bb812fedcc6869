"""The most that reading each quote's tail once could save claim detection: its rules' reads after a 」, replayed bare.

Each quote rule of core.claims (quotes.direct, voices.speaker_after, voices.voices, said_forms.named_after_to, …)
reads what follows a quote's closing bracket (」と述べた, 」という声, 」と語る中田は) with patterns of its own. A record
of the tail shared by the rules could save no more than those reads cost, less its own reading of each tail. This
script times claim detection (core.claims.suggest, least of --runs) over N corpus articles, their entities
detected first; then records every call of a compiled pattern a core.claims module holds, and replays the calls
that begin right after a 」 on their own (no rule's code around them, least of five) to print that ceiling as a
share of the stage, beside all the claims patterns' reads. The bodies are the corpus texts as they are (an
import's workers read cleaned pages: a little less text), the first N, repeated where the corpus runs out.

    python bench/quote_tail_reads.py --n 1000 [--runs 3]
"""

from __future__ import annotations

import argparse
import gc
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_speed import DEFAULT_CORPUS  # noqa: E402
from bench.claim_rule_gates import detected_articles  # noqa: E402
from bench.cpu_time import least_cpu  # noqa: E402


class _Recorder:
    """Stands in for a compiled pattern: answers as the pattern does and notes each call (method, text, pos, endpos)."""

    def __init__(self, pattern: re.Pattern, calls: list):
        self._pattern, self._calls = pattern, calls

    def __getattr__(self, name):
        return getattr(self._pattern, name)

    def _read(self, method, text, pos, endpos):
        self._calls.append((method, text, pos, endpos))
        return method(text, pos, endpos)

    def match(self, text, pos=0, endpos=sys.maxsize):
        return self._read(self._pattern.match, text, pos, endpos)

    def fullmatch(self, text, pos=0, endpos=sys.maxsize):
        return self._read(self._pattern.fullmatch, text, pos, endpos)

    def search(self, text, pos=0, endpos=sys.maxsize):
        return self._read(self._pattern.search, text, pos, endpos)


def recorded(run) -> list[tuple]:
    """The pattern calls the claims modules make while run() runs (their module-level patterns put back after)."""
    calls: list[tuple] = []
    swapped = []
    for module in [m for name, m in sys.modules.items() if name.startswith("core.claims.") and m is not None]:
        for name, value in list(vars(module).items()):
            if isinstance(value, re.Pattern):
                swapped.append((module, name, value))
                setattr(module, name, _Recorder(value, calls))
    try:
        run()
    finally:
        for module, name, value in swapped:
            setattr(module, name, value)
    return calls


def replayed(calls: list[tuple]) -> float:
    """The least CPU seconds, of five, the calls take made again one after the other."""
    def again() -> None:
        for method, text, pos, endpos in calls:
            method(text, pos, endpos)
    return least_cpu(again, 5)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="articles")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=3, help="runs of claim detection; the least is printed")
    args = parser.parse_args(argv)
    from core.claims.suggest import suggest

    registry, articles = detected_articles(args.n, args.corpus)

    def claims() -> None:
        for body, mentions in articles:
            suggest(body, mentions, None, registry)

    claims()  # what the rules build on first use
    gc.freeze()
    stage = least_cpu(claims, args.runs)
    calls = recorded(claims)
    tails = [c for c in calls if isinstance(c[1], str) and 0 < c[2] <= len(c[1]) and c[1][c[2] - 1] == "」"]
    closes = len({(id(c[1]), c[2]) for c in tails})
    found = sum(c[0](*c[1:]) is not None for c in tails)
    tail_cpu, all_cpu = replayed(tails), replayed(calls)
    print(f"{len(articles):,} articles, {sum(len(body) for body, _ in articles) / 1e3:,.0f} k characters; claim detection "
          f"(least of {args.runs}): {stage:.2f} CPU seconds")
    print(f"  pattern reads at a quote's closing bracket: {len(tails):,} over {closes:,} quotes "
          f"({len(tails) / max(closes, 1):.1f} a quote; {found:,} find something)")
    print(f"  their CPU replayed bare: {tail_cpu:.3f} s = {tail_cpu / stage:.1%} of claim detection "
          f"(the most a shared record of each tail could save)")
    print(f"  all reads by the claims modules' patterns: {len(calls):,}, {all_cpu:.3f} s = {all_cpu / stage:.1%}")


if __name__ == "__main__":
    main()
