"""Page frames for bench/perturb_frames.py: the article's day written short with dots or slashes, and bare figures
of that shape by the headline that are no day.

Each builder takes a Story, the other stories and an index k (the variant), and gives a Page or None:

  bare day, copyright year     the date line is the month and day alone, dotted or slashed, with no time, label or
                               weekday (12/03, 12.03, 12/3, 12.3, [12/03], （12.03）), under the headline or over
                               it; the year only in the copyright line's single year
  bare day, year in address    the same, the copyright a span of years; the page's address line on top carries the
                               year and the month (…/2010/12/…)
  day with a two-digit year    the year written with two digits first (10/12/03, 10.12.03, 10/12/03 15:40,
                               10.12.03(金), [10/12/03], ’10.12.03, 10/12/03(金) 18:05 配信), the copyright a span
                               of years: only the line tells the year
  bare figures by the headline a full date line by the headline, and beside it a short figure of a day's shape that
                               dates nothing: a pager (1/2, (1/3)), a topic label (3.11), a rating (4.5), a score
                               (3/4); the full date is the article's
The gold is the day with the year the page tells (the gold convention: a year taken from the page's own text).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.perturb_frames import Page, Story

_WEEKDAYS = "月火水木金土日"


def _frames():
    from bench import perturb_frames as pf

    return pf


def _bare(s: Story, k: int) -> str:
    d = s.when
    forms = (f"{d.month:02d}/{d.day:02d}", f"{d.month:02d}.{d.day:02d}", f"{d.month}/{d.day}", f"{d.month}.{d.day}",
             f"[{d.month:02d}/{d.day:02d}]", f"（{d.month:02d}.{d.day:02d}）")
    return forms[k % len(forms)]


def _header(s: Story, k: int, line: str) -> list[str]:
    return [line, s.title] if k % 4 == 3 else [s.title, line]


def bare_copyright(s: Story, o: list[Story], k: int) -> Page:
    return _frames()._page(s, o, k, _header(s, k, _bare(s, k)), timed=False, year=str(s.when.year))


def bare_address(s: Story, o: list[Story], k: int) -> Page:
    d = s.when
    page = _frames()._page(s, o, k, _header(s, k, _bare(s, k)), timed=False, year="2008-2025")
    page.lines[:0] = [f"https://www.hokuto-times.jp/news/{d.year}/{d.month:02d}/{2000 + k}.html", ""]
    return page


def two_digit_year(s: Story, o: list[Story], k: int) -> Page:
    d = s.when
    y, w, t = f"{d.year % 100:02d}", _WEEKDAYS[d.weekday()], f"{d.hour:02d}:{d.minute:02d}"
    forms = ((f"{y}/{d.month:02d}/{d.day:02d}", False), (f"{y}.{d.month:02d}.{d.day:02d}", False),
             (f"{y}/{d.month:02d}/{d.day:02d} {t}", True), (f"{y}.{d.month:02d}.{d.day:02d}({w})", False),
             (f"[{y}/{d.month:02d}/{d.day:02d}]", False), (f"’{y}.{d.month:02d}.{d.day:02d}", False),
             (f"{y}/{d.month:02d}/{d.day:02d}({w}) {t} 配信", True))
    line, timed = forms[k % len(forms)]
    if timed and not s.timed:
        line, timed = forms[0]
    return _frames()._page(s, o, k, _header(s, k, line), timed=timed, year="2008-2025")


def bare_figures(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    figure = ("1/2", "(1/3)", "3.11", "4.5", "3/4", "2/2")[k % 6]
    full = pf._full(s.when, s.timed)
    header = ([s.title, full, figure], [figure, s.title, full], [s.title, figure, full])[k % 3]
    return pf._page(s, o, k, header, year=str(s.when.year))


BUILDERS = (
    ("bare day, copyright year", bare_copyright),
    ("bare day, year in address", bare_address),
    ("day with a two-digit year", two_digit_year),
    ("bare figures by the headline", bare_figures),
)
