"""The page-dump cleaner on real pages it was not written for: livedoor news files.

Each livedoor file is URL, date, title, then the body with in-article 【関連記事】
link blocks. Scores a random sample: title found, date found, and how much of the
body text (link blocks and URLs left out) the cleaner keeps, and how much it adds; how
many pages the cleaner flags for a look ("check cleaning"), and how many of the
pages it reads wrong are among them.

    python bench/eval_cleaning_livedoor.py [--n 400] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.cleaning.dump import clean_dump  # noqa: E402

WRONG = 0.5  # a page whose body recall or precision is below this is read wrong
CORPUS = ROOT.parent / "shared" / "corpus" / "livedoor" / "text"


def reference_body(lines: list[str]) -> list[str]:
    """The body lines a reader keeps: no link blocks, no URLs."""
    out, inside = [], False
    for line in lines[3:]:
        text = line.strip()
        if not text:
            inside = False
            continue
        if text.startswith(("【関連", "■関連")):
            inside = True
            continue
        if not inside and not text.startswith("http"):
            out.append(text)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    files = sorted(p for p in CORPUS.glob("*/*.txt") if p.name != "LICENSE.txt")
    sample = random.Random(args.seed).sample(files, min(args.n, len(files)))
    titles = dates = flagged = wrong = flagged_wrong = 0
    recall = precision = 0.0
    for path in sample:
        raw = path.read_text(encoding="utf-8")
        lines = raw.split("\n")
        result = clean_dump(raw)
        titles += result.title == lines[2].strip()
        dates += (result.published or "")[:10] == lines[1][:10]
        wanted = reference_body(lines)
        kept = [p.strip() for p in result.paragraphs]
        shared = sum(len(p) for p in kept if p in set(wanted))
        page_recall = shared / max(sum(map(len, wanted)), 1)
        page_precision = shared / max(sum(map(len, kept)), 1)
        recall, precision = recall + page_recall, precision + page_precision
        bad = result.title != lines[2].strip() or min(page_recall, page_precision) < WRONG
        flagged += bool(result.cleaning_check)
        wrong += bad
        flagged_wrong += bad and bool(result.cleaning_check)
    n = len(sample)
    print(f"livedoor sample of {n} pages")
    print(f"  title found      {titles / n:.3f}")
    print(f"  date found       {dates / n:.3f}")
    print(f"  body recall      {recall / n:.3f}  (share of the body's characters kept)")
    print(f"  body precision   {precision / n:.3f}  (share of kept characters that are body)")
    print(f"  check cleaning   {flagged / n:.3f}  of pages flagged; {flagged_wrong} of the {wrong} pages with a wrong"
          f" title or a body under {WRONG} recall or precision are among them")


if __name__ == "__main__":
    main()
