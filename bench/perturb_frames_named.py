"""Page frames for bench/perturb_frames.py: a page saved to a file whose name may carry its day.

Each builder takes a Story, the other stories and an index k (the variant), and gives a Page (with the name of the file
it was saved to) or None. The date line under the headline leaves the day untold by the page: a month and day without
its year (05月01日 12:00, 05/01 12:00, 5/1(土) 配信) or, when the month and the day are both 12 or under, the day with
its year last in either order (05/01/2010 12:00, 01/05/2010 12:00); the copyright line writes a span of years. The text
is the article's own, so it may still tell the year or the order.

  file named by its day       the name carries the day the page was saved, the day it was published or up to three
                              days later, as users write it: 20100501-minato.txt, 2010-05-03 記事.txt,
                              minato_2010_05_02.html, 記事20100501.txt
  file named by an id         the name carries an id of eight or more digits that is no day: a number whose first
                              eight figures would read as a day two years before (2008050112345.txt, article_200805011.txt),
                              or an id alone (4778030123.txt): the page must read as if the name said nothing
The gold is the article's headline and its day.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.perturb_frames import Page, Story

_WEEKDAYS = "月火水木金土日"
_WORDS = ("minato", "記事", "nikkei", "保存")


def _frames():
    from bench import perturb_frames as pf

    return pf


def _untold(s: Story, o: list[Story], k: int) -> Page:
    """The page of s with a date line that leaves its day untold (see the module's docstring)."""
    pf = _frames()
    s = s if s.timed else type(s)(s.title, s.when.replace(hour=(7 + k) % 24, minute=k * 7 % 60), True, s.paragraphs)
    d, t = s.when, f"{s.when.hour:02d}:{s.when.minute:02d}"
    ambiguous = d.day <= 12 and d.month != d.day
    if k % 2 and ambiguous:
        first, second = (d.month, d.day) if k % 4 == 1 else (d.day, d.month)
        line, timed = f"{first:02d}/{second:02d}/{d.year} {t}", True
    else:
        line, timed = ((f"{d.month:02d}月{d.day:02d}日 {t}", True), (f"{d.month:02d}/{d.day:02d} {t}", True),
                       (f"{d.month}/{d.day}({_WEEKDAYS[d.weekday()]}) 配信", False))[k % 3]
    return pf._page(s, o, k, [s.title, line], timed=timed)


def named_by_day(s: Story, o: list[Story], k: int) -> Page:
    page = _untold(s, o, k)
    d = s.when + timedelta(days=(0, 0, 1, 3)[k % 4])  # saved on the day, or a few days after
    word = _WORDS[k % len(_WORDS)]
    page.source = (f"{d.year}{d.month:02d}{d.day:02d}-{word}.txt", f"{d.year}-{d.month:02d}-{d.day:02d} {word}.txt",
                   f"{word}_{d.year}_{d.month:02d}_{d.day:02d}.html", f"{word}{d.year}{d.month:02d}{d.day:02d}.txt")[k % 4]
    return page


def named_by_id(s: Story, o: list[Story], k: int) -> Page:
    page = _untold(s, o, k)
    d = s.when
    day = f"{d.year - 2}{d.month:02d}{d.day:02d}"  # a day's shape two years off, inside a longer number
    page.source = (f"{day}{12345 + k}.txt", f"article_{day}{k % 10}.txt", f"{4778030123 + k}.txt",
                   f"{_WORDS[k % len(_WORDS)]}-{day}0{100 + k}.html")[k % 4]
    return page


BUILDERS = (("file named by its day", named_by_day), ("file named by an id", named_by_id))
