"""Page frames for bench/perturb_frames.py: the date written with its year last, in an order the line alone does not
tell (12/03/2024: the third of December or the twelfth of March), as English editions' CMSs print it.

Each builder takes a Story, the other stories and an index k (the variant), and gives a Page or None. The date line
under the headline writes the day and the month (both 12 or under on most days) and the year last, with a 24-hour
time; what tells the order differs by class:

  year last, order in its list   the month first (12/03/2024 15:40) or the day first (03/12/2024 15:40); under the text,
                                 other articles of the site, each with its day in brackets written the same way, one
                                 of them on a day past the 12th (…（11/28/2024）), which tells the site's order
  year last, with its weekday    the same with the weekday written (Tue, 12/03/2024 15:40; 03/12/2024(火) 15:40): only
                                 one of the two readings falls on it (or both, and the day cannot be told)
  year last, recent list         the same, no weekday; under the text the site's latest articles, each with its day
                                 written in full (…（2010年1月26日）), one to six days before the article's
  year last, day in a number     the same, no weekday, no other date; the page's address (…/news/20101203/…) or the
                                 article's or its photo's number (記事番号：2010120300123, 20101203-00000123-jij-000-view.jpg)
                                 carries the day, over the headline or under the text
  year last, alone               the same, and nothing else on the page tells the order: the text's first sentence
                                 may name the day (政府は3日、…), which suggests it (the page is flagged either way)
  year last, short dated link    the same, and right under the text a related link of a few words with its own day
                                 in full, a day or more before the article's (国連総会が閉幕（2024年12月1日）, 外相会談
                                 2024.12.01, or the words over their day): another article's day, not this one's
The gold is the day the page means.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.perturb_frames import Page, Story

_WEEKDAYS = "月火水木金土日"
_EN_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _frames():
    from bench import perturb_frames as pf

    return pf


def _written(d: datetime, month_first: bool) -> str:
    first, second = (d.month, d.day) if month_first else (d.day, d.month)
    return f"{first:02d}/{second:02d}/{d.year}"


def _timed(s: Story, k: int) -> Story:
    return s if s.timed else type(s)(s.title, s.when.replace(hour=(7 + k) % 24, minute=k * 7 % 60), True, s.paragraphs)


def order_in_list(s: Story, o: list[Story], k: int) -> Page | None:
    s, month_first = _timed(s, k), k % 2 == 0
    told = [other for other in o if other.when.day > 12]
    if not told:
        return None
    d = s.when
    page = _frames()._page(s, o, k, [s.title, f"{_written(d, month_first)} {d.hour:02d}:{d.minute:02d}"])
    related = page.lines.index("あわせて読みたい") + 1
    for other in (told[0], *[x for x in o[:2] if x is not told[0]]):
        page.lines[related:related] = [f"{other.title}（{_written(other.when, month_first)}）"]
        related += 1
    return page


def with_weekday(s: Story, o: list[Story], k: int) -> Page:
    s, month_first = _timed(s, k), k % 2 == 0
    d = s.when
    t = f"{d.hour:02d}:{d.minute:02d}"
    line = (f"{_EN_WEEKDAYS[d.weekday()]}, {_written(d, True)} {t}" if month_first
            else f"{_written(d, False)}({_WEEKDAYS[d.weekday()]}) {t}")
    return _frames()._page(s, o, k, [s.title, line])


def recent_list(s: Story, o: list[Story], k: int) -> Page:
    s, month_first = _timed(s, k), k % 2 == 0
    d = s.when
    page = _frames()._page(s, o, k, [s.title, f"{_written(d, month_first)} {d.hour:02d}:{d.minute:02d}"])
    related = page.lines.index("あわせて読みたい")
    page.lines[related] = "新着記事"
    for j, other in enumerate(o[:3]):
        day = d - timedelta(days=1 + (k + 2 * j) % 6)
        page.lines[related + 1 + j] = f"{other.title}（{day.year}年{day.month}月{day.day}日）"
    return page


def day_in_number(s: Story, o: list[Story], k: int) -> Page:
    from bench.perturb_frames_header_more import _numbered

    s, month_first = _timed(s, k), k % 2 == 0
    d = s.when
    page = _frames()._page(s, o, k, [s.title, f"{_written(d, month_first)} {d.hour:02d}:{d.minute:02d}"])
    if k % 3 == 0:
        page.lines[:0] = [f"https://www.shiokaze-nippo.jp/news/{d.year}{d.month:02d}{d.day:02d}/a{300 + k}.html", ""]
    else:
        at = page.lines.index("あわせて読みたい") if k % 3 == 1 else 4
        page.lines[at:at] = [_numbered(s, k), ""]
    return page


BUILDERS = (
    ("year last, order in its list", order_in_list),
    ("year last, with its weekday", with_weekday),
    ("year last, recent list", recent_list),
)
def alone(s: Story, o: list[Story], k: int) -> Page:
    s, month_first = _timed(s, k), k % 2 == 0
    d = s.when
    return _frames()._page(s, o, k, [s.title, f"{_written(d, month_first)} {d.hour:02d}:{d.minute:02d}"])


LATER_BUILDERS = (("year last, day in a number", day_in_number), ("year last, alone", alone))  # (after every other class: their variants stay)


_PHRASE_END = re.compile(r"[、。，,　 「」『』…！？!?・:：]")
SHORT_LINK = 7  # characters of a related link's words (a topic's name, a short headline)


def _link_words(title: str) -> str:
    """A related link's few words: the first phrase of another article's headline."""
    phrase = next((part for part in _PHRASE_END.split(title) if len(part) >= 3), title)
    return phrase[:SHORT_LINK]


def short_dated_link(s: Story, o: list[Story], k: int) -> Page:
    s, month_first = _timed(s, k), k % 2 == 0
    d = s.when
    page = _frames()._page(s, o, k, [s.title, f"{_written(d, month_first)} {d.hour:02d}:{d.minute:02d}"])
    day, words = d - timedelta(days=1 + k % 5), _link_words(o[0].title)
    link = ([f"{words}（{day.year}年{day.month}月{day.day}日）"], [f"{words} {day.year}.{day.month:02d}.{day.day:02d}"],
            [words, f"{day.year}年{day.month}月{day.day}日"])[k % 3]
    at = page.lines.index("あわせて読みたい")
    page.lines[at:at] = [*link, ""]
    return page


LAST_BUILDERS = (("year last, short dated link", short_dated_link),)  # (after every other class: their variants stay)
