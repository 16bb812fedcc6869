"""Month-and-day date lines without their year, on real articles: how often the page's other words give the year.

Portals print 「1/30(月) 9:23配信」: the day, not the year. Each livedoor news article
(../shared/corpus/livedoor: URL, date, title, body) is made into a page with its
headline, such a date line (with the weekday, or without it: 1/30 9:23配信) and its
text. The cleaner either reads the year from the page (a full date the text writes
elsewhere: the publication date), or guesses it from the years the text writes (the
inferred reference day, the page flagged), or gives none. With --saved the page's
file is given a time up to a year after the article, as a user saving pages later
would have: the guess never goes past it. With --named the page is read by a file's name carrying the day it was
saved, up to a year after the article (20120512-3.txt, as users name what they keep: core.cleaning.named_day), and
no file time.

    python bench/perturb_dates_yearless.py [--n 1000] [--seed 1] [--saved | --named]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.article import Article  # noqa: E402
from core.cleaning.apply import apply_cleaning  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "livedoor" / "text"
_WEEKDAYS = "月火水木金土日"


def yearless_page(raw: str, weekday: bool) -> tuple[str, str]:
    """The article as a page with a month-and-day date line, and its true day (ISO)."""
    lines = raw.split("\n")
    when = datetime.fromisoformat(lines[1].strip().replace("+0900", "+09:00"))
    shown = f"{when.month}/{when.day}" + (f"({_WEEKDAYS[when.weekday()]})" if weekday else "")
    page = ["ニュース", "", lines[2].strip(), f"{shown} {when.hour}:{when.minute:02d}配信", "", *lines[3:]]
    return "\n".join(page), when.date().isoformat()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--saved", action="store_true", help="give each page a file time up to a year later")
    parser.add_argument("--named", action="store_true", help="name each page's file by a day up to a year later")
    args = parser.parse_args(argv)
    files = sorted(p for p in CORPUS.glob("*/*.txt") if p.name != "LICENSE.txt")
    rng = random.Random(args.seed)
    sample = rng.sample(files, min(args.n, len(files)))
    with tempfile.TemporaryDirectory() as folder:
        for weekday in (True, False):
            counts = Counter()
            for i, path in enumerate(sample):
                text, day = yearless_page(path.read_text(encoding="utf-8"), weekday)
                source = ""
                if args.saved:
                    page = Path(folder) / f"{i}.txt"
                    page.write_text(text, encoding="utf-8")
                    saved = (datetime.fromisoformat(day) + timedelta(days=rng.randint(0, 365), hours=12)).timestamp()
                    os.utime(page, (saved, saved))
                    source = str(page)
                elif args.named:
                    saved = datetime.fromisoformat(day) + timedelta(days=rng.randint(0, 365))
                    source = f"{saved:%Y%m%d}-{i}.txt"
                article = Article(source=source, source_format="txt", raw=text)
                apply_cleaning(article)
                if article.published:
                    counts["published right" if article.published[:10] == day else "published wrong"] += 1
                elif article.published_inferred and article.published_text:
                    counts["inferred right" if article.published_inferred == day else "inferred wrong"] += 1
                    counts["inferred, flagged"] += bool(article.cleaning_check)
                else:
                    counts["none"] += 1
            n = len(sample)
            print(f"livedoor articles with a month-and-day date line {'with' if weekday else 'without'} its weekday"
                  f"{', saved up to a year later' if args.saved else ''}"
                  f"{', named by a day up to a year later' if args.named else ''}: {n}")
            for key in ("published right", "published wrong", "inferred right", "inferred wrong", "none"):
                print(f"  {key:<16} {counts[key]:5d}  {counts[key] / n:.3f}")
            print(f"  inferred pages flagged for a look: {counts['inferred, flagged']}")


if __name__ == "__main__":
    main()
