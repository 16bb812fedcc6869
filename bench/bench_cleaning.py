"""Cleaning speed alone: page dumps through the cleaner, no database, no entity detection.

Cleans the livedoor news texts wrapped in page furniture (as bench_import.py
builds them) and the real page dumps of ../shared/pages, several rounds each,
and prints pages/s and characters/s of the best round, in CPU time.

    python bench/bench_cleaning.py [--n 2000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_import import DEFAULT_CORPUS, FOOTER, HEADER, corpus_files  # noqa: E402
from core.article import Article  # noqa: E402
from core.cleaning.apply import apply_cleaning  # noqa: E402
from core.cleaning.sites import clean_for_site  # noqa: E402

PAGES = ROOT.parent / "shared" / "pages" / "txt"


def best_rate(texts: list[str], rounds: int, site_lines: bool = False) -> tuple[float, float]:
    """Pages/s and M characters/s of the fastest of several rounds (site_lines: as an import cleans)."""
    chars = sum(map(len, texts))
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()  # CPU time: other programs on the machine do not count
        for i, raw in enumerate(texts):
            article = Article(source=str(i), source_format="txt", raw=raw)
            if site_lines:  # the outlet's lines looked up (none known) and the left-out lines keyed
                clean_for_site(article, frozenset(), lambda site, keys: {})
            else:
                apply_cleaning(article)
        best = min(best, time.process_time() - start)
    return len(texts) / best, chars / best / 1e6


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    files = corpus_files(DEFAULT_CORPUS)[: args.n]
    wrapped = ["\n".join((*HEADER, f.read_text(encoding="utf-8").rstrip("\n"), *FOOTER)) for f in files]
    real = [p.read_text(encoding="utf-8") for p in sorted(PAGES.glob("*.txt"))] * 20
    for label, texts, site in (("livedoor wrapped", wrapped, False), ("real page dumps x20", real, False),
                               ("  + outlet's lines", real, True)):
        pages, mchars = best_rate(texts, args.rounds, site)
        print(f"{label:<20} {len(texts):5d} pages  {pages:7.0f} pages/s  {mchars:5.2f} M chars/s")


if __name__ == "__main__":
    main()
