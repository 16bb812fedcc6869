"""What tells the order of a day written with its year last (12/03/2024: the third of December or the twelfth of
March), measured on real articles.

Each livedoor news article (../shared/corpus/livedoor: its second line is the real time stamp) whose month and
day are both 12 or under and differ is given a date line in each order (12/03/2024 15:40 and 03/12/2024 15:40),
and each piece of evidence its own text holds is scored against the real day:

  latest full date      the reading far nearer the latest full date the text writes (year_last.near_ordered)
  first sentence's day  the reading whose day, or the day before, the first sentence names (政府は3日、…:
                        year_last.lead_ordered)
  first lines' 12月3日  the reading whose month and day, or the day before, the text's first lines name with the month
                        (理事会は12月3日、…: year_last.lead_ordered's second reading)
  weekday written       the reading the weekday written on the line falls on (Tue, 12/03/2024; the real weekday
                        written: right by construction, counted for how often it decides)
  file's name           the reading on or before the day a file's name carries (saved on the day or up to a year
                        later: 20120512-3.txt) within the year before it, when the other is not (named_day.named_order)

Then the cleaner itself on the same pages (headline, the date line, the text), pasted and imported from a file so
named: the day read and not flagged, read and flagged for a look, or none. A day read unflagged should be right at
least 98 times in 100; evidence below that only suggests a day, the page flagged.

    python bench/year_last_evidence.py [--n 3000] [--seed 3]
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.yearless_evidence import sampled_articles, score_line  # noqa: E402
from core.article import Article  # noqa: E402
from core.cleaning.apply import apply_cleaning  # noqa: E402
from core.cleaning.named_day import named_order  # noqa: E402
from core.cleaning.year_last import lead_ordered, near_ordered, page_ordered  # noqa: E402

_EN_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
EVIDENCE = ("latest full date", "first sentence's day", "first lines' 12月3日", "weekday written", "file's name")


def _written(when: datetime, month_first: bool) -> str:
    first, second = (when.month, when.day) if month_first else (when.day, when.month)
    return f"{first:02d}/{second:02d}/{when.year} {when.hour:02d}:{when.minute:02d}"


def main(argv: list[str] | None = None) -> None:
    sample, args = sampled_articles(__doc__.split("\n")[0], argv, 3000)
    evidence = {name: Counter() for name in EVIDENCE}
    cleaners = {"pasted": Counter(), "named": Counter()}
    rng = random.Random(args.seed)
    for path in sample:
        lines = path.read_text(encoding="utf-8").split("\n")
        when = datetime.fromisoformat(lines[1].strip().replace("+0900", "+09:00"))
        if when.month > 12 or when.day > 12 or when.month == when.day:
            continue
        text = [line for line in lines[3:] if line.strip()]
        day = when.date().isoformat()
        saved = when.date() + timedelta(days=rng.randint(0, 365))
        for month_first in (True, False):
            line = _written(when, month_first)
            told = {"latest full date": near_ordered(line, text),
                    "first sentence's day": lead_ordered(line, text[0] if text else ""),
                    "first lines' 12月3日": lead_ordered(line, "", text),
                    "weekday written": page_ordered(f"{_EN_WEEKDAYS[when.weekday()]}, {line}", []),
                    "file's name": named_order(line, saved)}
            for name, found in told.items():
                evidence[name]["none" if found is None else "right" if found.iso[:10] == day else "wrong"] += 1
            for source, cleaner in (("", cleaners["pasted"]), (f"{saved:%Y%m%d}-{path.stem}.txt", cleaners["named"])):
                article = Article(source=source, source_format="txt", raw="\n".join(["ニュース", "", lines[2], line, "", *text]))
                apply_cleaning(article)
                read = ("none" if not article.published else ("right" if article.published[:10] == day else "wrong")
                        + (", flagged" if article.cleaning_check else ""))
                cleaner[read] += 1
    pages = sum(cleaners["pasted"].values())
    print(f"livedoor articles whose day and month are both 12 or under, in both orders: {pages} pages (seed {args.seed})")
    for name in EVIDENCE:
        print(score_line(name, evidence[name]))
    for label, cleaner in cleaners.items():
        unflagged = cleaner["right"] + cleaner["wrong"]
        print(f"the cleaner, {label}: read unflagged right {cleaner['right']}, wrong {cleaner['wrong']} (precision "
              f"{cleaner['right'] / unflagged:.3f}); read and flagged right {cleaner['right, flagged']}, wrong "
              f"{cleaner['wrong, flagged']}; none {cleaner['none']}" if unflagged else f"the cleaner: {dict(cleaner)}")


if __name__ == "__main__":
    main()
