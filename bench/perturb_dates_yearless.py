"""Month-and-day date lines without their year, on real articles: how often the page's other words give the year.

Portals print 「1/30(月) 9:23配信」: the day, not the year. Each livedoor news article
(../shared/corpus/livedoor: URL, date, title, body) is made into a page with its
headline, such a date line (with the weekday, or without it: 1/30 9:23配信) and its
text. The cleaner either reads the year from the page (a full date the text writes
elsewhere: the publication date), or guesses it from the years the text writes (the
inferred reference day, the page flagged), or gives none. With --saved the page's
file is given a time up to a year after the article, as a copy of it would have: Kaidan reads no file's time
(a copied folder's is the copy's day), so the figures must be those without --saved. With --named the page is read by a file's name carrying the day it was
saved, up to a year after the article (20120512-3.txt, as users name what they keep: core.cleaning.named_day), and
no file time. With --html each page is a saved web page instead (headline, date line and paragraphs in plain
markup, no date declared), imported as an HTML file is: the same evidence read the same way (named days under
--named; without it the same pages read by a name carrying an id, which must not move).

    python bench/perturb_dates_yearless.py [--n 1000] [--seed 1] [--saved | --named] [--html]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from html import escape
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.article import Article  # noqa: E402
from core.cleaning.apply import apply_cleaning, infer_reference_date  # noqa: E402
from core.ingest.html_page import article_from_html  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "livedoor" / "text"
_WEEKDAYS = "月火水木金土日"


def yearless_page(raw: str, weekday: bool) -> tuple[str, str]:
    """The article as a page with a month-and-day date line, and its true day (ISO)."""
    lines = raw.split("\n")
    when = datetime.fromisoformat(lines[1].strip().replace("+0900", "+09:00"))
    shown = f"{when.month}/{when.day}" + (f"({_WEEKDAYS[when.weekday()]})" if weekday else "")
    page = ["ニュース", "", lines[2].strip(), f"{shown} {when.hour}:{when.minute:02d}配信", "", *lines[3:]]
    return "\n".join(page), when.date().isoformat()


def as_html(page: str) -> str:
    """A yearless page (yearless_page) as a saved web page: its site's name, headline, date line and paragraphs."""
    site, _, title, shown, _, *text = page.split("\n")
    paragraphs = "".join(f"<p>{escape(line)}</p>" for line in text if line.strip())
    return (f'<html lang="ja"><head><meta charset="utf-8"><title>{escape(title)}</title></head><body>'
            f'<header><a href="/">{site}</a></header><article><h1>{escape(title)}</h1>'
            f'<div class="date">{shown}</div>{paragraphs}</article></body></html>')


def read_page(text: str, source: str, html: bool) -> Article:
    """The page as an import reads it: a text dump cleaned, or a web page extracted and given its reference day."""
    if not html:
        article = Article(source=source, source_format="txt", raw=text)
        apply_cleaning(article)
        return article
    article = article_from_html(source, as_html(text))
    infer_reference_date(article)
    return article


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--saved", action="store_true", help="give each page a file time up to a year later (read by nothing: the figures stay)")
    parser.add_argument("--named", action="store_true", help="name each page's file by a day up to a year later")
    parser.add_argument("--html", action="store_true", help="each page a saved web page, imported as HTML")
    args = parser.parse_args(argv)
    files = sorted(p for p in CORPUS.glob("*/*.txt") if p.name != "LICENSE.txt")
    rng = random.Random(args.seed)
    sample = rng.sample(files, min(args.n, len(files)))
    with tempfile.TemporaryDirectory() as folder:
        for weekday in (True, False):
            counts = Counter()
            for i, path in enumerate(sample):
                text, day = yearless_page(path.read_text(encoding="utf-8"), weekday)
                source = f"article-{i}.html" if args.html else ""
                suffix = "html" if args.html else "txt"
                if args.saved:
                    page = Path(folder) / f"{i}.{suffix}"
                    page.write_text(text, encoding="utf-8")
                    saved = (datetime.fromisoformat(day) + timedelta(days=rng.randint(0, 365), hours=12)).timestamp()
                    os.utime(page, (saved, saved))
                    source = str(page)
                elif args.named:
                    saved = datetime.fromisoformat(day) + timedelta(days=rng.randint(0, 365))
                    source = f"{saved:%Y%m%d}-{i}.{suffix}"
                article = read_page(text, source, args.html)
                if article.published:
                    counts["published right" if article.published[:10] == day else "published wrong"] += 1
                elif article.published_inferred and article.published_text:
                    counts["inferred right" if article.published_inferred == day else "inferred wrong"] += 1
                    counts["inferred, flagged"] += bool(article.cleaning_check)
                else:
                    counts["none"] += 1
            n = len(sample)
            print(f"livedoor {'web pages' if args.html else 'articles'} with a month-and-day date line {'with' if weekday else 'without'} its weekday"
                  f"{', saved up to a year later' if args.saved else ''}"
                  f"{', named by a day up to a year later' if args.named else ''}: {n}")
            for key in ("published right", "published wrong", "inferred right", "inferred wrong", "none"):
                print(f"  {key:<16} {counts[key]:5d}  {counts[key] / n:.3f}")
            print(f"  inferred pages flagged for a look: {counts['inferred, flagged']}")


if __name__ == "__main__":
    main()
