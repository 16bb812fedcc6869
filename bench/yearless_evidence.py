"""What a page's text tells of the year of a day written without it, measured on real articles.

A date line may write the month and day alone (12/3(火) 18:05配信). Each livedoor news article
(../shared/corpus/livedoor: its second line is the real time stamp) is read as if its date line were written
so, and each piece of year evidence its text holds is scored against the real year, alone and confirmed by the
weekday written with the day (the year is taken only when the day falls on that weekday there):

  same day in full      a full date the text writes with the same month and day (its latest)
  latest full date      the year that puts the day nearest the text's latest full date (another day)
  latest year written   the latest year the text writes (2011年, 翌12年3月; birth years left out)
  the year before it    that year minus one (a plan written for the next year)
  copyright year        the latest year of a rights line in the text ((C)2011 …, a picture's credit)

With --era the text's years are written in the era's count (２０１１年 → 平成23年), as offices write them: the same
evidence should be read.

Then the cleaner itself on the same pages (core.cleaning.apply): the day published (its year told), the day
inferred (its year guessed, the page flagged), or none; and the days published from a line without its weekday, by
their distance from the text's latest full date (the page is flagged at FAR_DAYS or more). A wrong year is worse than
none: a year is published only on evidence right at least 98 times in 100.

    python bench/yearless_evidence.py [--n 2000] [--seed 3] [--era]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.perturb_dates_yearless import CORPUS, yearless_page  # noqa: E402
from core.article import Article  # noqa: E402
from core.cleaning.apply import apply_cleaning  # noqa: E402
from core.cleaning.page_dates import FAR_DAYS, _copyright_year, _nearest, latest_full_date  # noqa: E402
from core.cleaning.page_year import last_year_written  # noqa: E402
from core.dates.lines import Found, all_datetimes  # noqa: E402
from core.dates.pattern import ERAS  # noqa: E402
from core.text import NARROW_DIGITS  # noqa: E402

EVIDENCE = ("same day in full", "latest full date", "latest year written", "the year before it", "copyright year")


def evidence_years(day: date, texts: list[str]) -> dict[str, int]:
    """The year each kind of evidence in texts gives a month and day written alone (those it gives one)."""
    found = Found("", f"2000-{day.month:02d}-{day.day:02d}", "day", 0, True)
    full = [date.fromisoformat(f.iso[:10]) for text in texts for f in all_datetimes(text)]
    same = [d for d in full if (d.month, d.day) == (day.month, day.day)]
    years: dict[str, int] = {}
    if same:
        years["same day in full"] = max(same).year
    if (latest := latest_full_date(texts)) is not None and (placed := _nearest(found, latest)) is not None:
        years["latest full date"] = int(placed.iso[:4])
    if (written := last_year_written(texts)) is not None:
        years["latest year written"], years["the year before it"] = written, written - 1
    if (rights := _copyright_year(texts)) is not None:
        years["copyright year"] = rights
    return years


def _falls(day: date, year: int) -> bool:
    try:
        return date(year, day.month, day.day).weekday() == day.weekday()
    except ValueError:
        return False


def score_line(name: str, counts: Counter) -> str:
    right, wrong = counts["right"], counts["wrong"]
    told = right + wrong
    precision = f"{right / told:.3f}" if told else "  -  "
    return f"  {name:<38} right {right:5d}  wrong {wrong:4d}  none {counts['none']:5d}  precision {precision}"


def sampled_articles(description: str, argv: list[str] | None, n: int,
                     era: bool = False) -> tuple[list[Path], argparse.Namespace]:
    """The livedoor articles a bench reads (--n of them drawn with --seed), and its arguments (era: --era too)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--n", type=int, default=n)
    parser.add_argument("--seed", type=int, default=3)
    if era:
        parser.add_argument("--era", action="store_true", help="the text's years written in the era's count")
    args = parser.parse_args(argv)
    files = sorted(p for p in CORPUS.glob("*/*.txt") if p.name != "LICENSE.txt")
    return random.Random(args.seed).sample(files, min(args.n, len(files))), args


_WESTERN_YEAR = re.compile(r"(?<![0-9０-９])([12１２][0-9０-９]{3})(\s*年)")


def in_era_years(text: str) -> str:
    """The text with its years written in the era's count (２０１１年 → 平成23年, 1985年 → 昭和60年), as offices write them."""
    def era(match: re.Match) -> str:
        year = int(match.group(1).translate(NARROW_DIGITS))
        for name, start in sorted(ERAS.items(), key=lambda item: -item[1]):
            if year > start and (name != "令和" or year > 2019):  # 2019年: 平成31年 until 1 May
                return f"{name}{'元' if year == start + 1 else year - start}{match.group(2)}"
        return match.group(0)
    return _WESTERN_YEAR.sub(era, text)


def main(argv: list[str] | None = None) -> None:
    sample, args = sampled_articles(__doc__.split("\n")[0], argv, 2000, era=True)
    alone = {name: Counter() for name in EVIDENCE}
    confirmed = {name: Counter() for name in EVIDENCE}
    cleaner = {weekday: Counter() for weekday in (True, False)}
    gaps = {band: Counter() for band in (*GAP_BANDS, FAR, None)}  # published without a weekday, by its gap
    for path in sample:
        raw = path.read_text(encoding="utf-8")
        lines = raw.split("\n")
        day = datetime.fromisoformat(lines[1].strip().replace("+0900", "+09:00")).date()
        if args.era:
            lines[2:] = [in_era_years(line) for line in lines[2:]]
            raw = "\n".join(lines)
        years = evidence_years(day, lines[2:])
        for name in EVIDENCE:
            year = years.get(name)
            alone[name]["none" if year is None else "right" if year == day.year else "wrong"] += 1
            year = year if year is not None and _falls(day, year) else None
            confirmed[name]["none" if year is None else "right" if year == day.year else "wrong"] += 1
        for weekday, counts in cleaner.items():
            text, iso = yearless_page(raw, weekday)
            article = Article(source="", source_format="txt", raw=text)
            apply_cleaning(article)
            if article.published:
                counts["published " + ("right" if article.published[:10] == iso else "wrong")] += 1
                if not weekday:
                    gaps[_gap_band(article.published, text)][article.published[:10] == iso] += 1
            elif article.published_inferred and article.published_text:
                counts["inferred " + ("right" if article.published_inferred == iso else "wrong")] += 1
            else:
                counts["none"] += 1
    print(f"livedoor articles, their date line written without its year: {len(sample)} (seed {args.seed})"
          + (", the text's years in the era's count" if args.era else ""))
    print("evidence alone")
    for name in EVIDENCE:
        print(score_line(name, alone[name]))
    print("evidence confirmed by the weekday written with the day")
    for name in EVIDENCE:
        print(score_line(name, confirmed[name]))
    for weekday, counts in cleaner.items():
        published = counts["published right"] + counts["published wrong"]
        precision = f"{counts['published right'] / published:.3f}" if published else "-"
        print(f"the cleaner, the date line {'with' if weekday else 'without'} its weekday: published right "
              f"{counts['published right']}, wrong {counts['published wrong']} (precision {precision}); inferred "
              f"right {counts['inferred right']}, wrong {counts['inferred wrong']}; none {counts['none']}")
    print("published without its weekday, by days from the text's latest full date (flagged at "
          f"{FAR_DAYS} or more): " + ", ".join(f"{_band_name(band)} "
                                              f"{gaps[band][True]}/{gaps[band][False]}" for band in gaps)
          + " (right/wrong)")


GAP_BANDS = (3, 7, 14, 30, 60, FAR_DAYS)  # days under which a published day stands from the latest full date
FAR = 0  # the band of FAR_DAYS or more


def _band_name(band: int | None) -> str:
    return "no full date" if band is None else f"{FAR_DAYS} or more" if band == FAR else f"under {band}"


def _gap_band(published: str, text: str) -> int | None:
    """The first of GAP_BANDS the days between a published day and its page's latest full date stay under."""
    latest = latest_full_date(text.split("\n"))
    if latest is None:
        return None
    gap = abs((date.fromisoformat(published[:10]) - latest).days)
    return next((band for band in GAP_BANDS if gap < band), FAR)


if __name__ == "__main__":
    main()
