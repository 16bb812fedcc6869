"""Page frames for bench/perturb_frames.py: the date by the headline written without its year.

Each builder takes a Story, the other stories and an index k (the variant), and gives a Page or None. The date line
writes the month and day only, in the forms outlets print (12月3日 18時05分, 12月3日(火) 18:05, 12/03 18:05,
12.03(火), 12/3 配信, 更新：12月3日, 12月3日 18:05 更新), beside a section label, a byline or a share count, under the
headline or over it. Where the year stands differs by class:

  yearless date, year in address   the page's address line on top carries the year (…/2010/01/…)
  yearless date, year in title     the <title> line on top carries the full date
  yearless date, copyright year    only the copyright line's single year
  yearless date, year in heading   a heading over the headline with the year and the month (2010年1月のニュース,
                                   アーカイブ 2010.01), the copyright a span of years
  yearless date, dotted or labelled  the month and day dotted with a time (12.03 18:05) or dotted or slashed beside
                                   a 配信/更新/公開 label before or after it (12.3 配信, 配信：12/3, 更新日 12.03); the
                                   copyright's single year
  yearless date, weekday, year over  the date line with its weekday (12月3日(火) 18:05, 12/3(火) 配信), a line over the
                                   headline that writes the year and not the month (ホーム > アーカイブ > 2010 > 国際,
                                   2010年の国際ニュース, 特集 2010), the copyright a span of years
The gold is the day with the year the page tells (the gold convention: a year taken from the page's own text).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.perturb_frames import Page, Story

_WEEKDAYS = "月火水木金土日"
_SECTIONS = ("国際", "政治", "社会", "経済")


def _frames():
    from bench import perturb_frames as pf

    return pf


def _variant(s: Story, k: int, forms) -> tuple[str, bool]:
    """The date line of variant k among forms(day, weekday, time, k): its text, whether it shows the time."""
    d = s.when
    choices = forms(d, _WEEKDAYS[d.weekday()], f"{d.hour:02d}:{d.minute:02d}", k)
    return choices[k % len(choices)]


def _line(s: Story, k: int) -> tuple[str, bool]:
    return _variant(s, k, lambda d, w, t, k: (
        (f"{d.month}月{d.day}日 {d.hour}時{d.minute:02d}分", True),
        (f"{d.month}月{d.day}日({w}) {t}", True),
        (f"{d.month:02d}/{d.day:02d} {t}", True),
        (f"{d.month:02d}.{d.day:02d}({w})", False),
        (f"{d.month}/{d.day} 配信", False),
        (f"更新：{d.month}月{d.day}日", False),
        (f"{d.month}月{d.day}日 {t} 更新", True),
        (f"{_SECTIONS[k % 4]}　{d.month}月{d.day}日 {t}", True),
        (f"{d.month}月{d.day}日 {t}　シェア {12 + k}", True),
    ))


def _other_line(s: Story, k: int) -> tuple[str, bool]:
    """The dotted and labelled forms."""
    return _variant(s, k, lambda d, w, t, k: (
        (f"{d.month:02d}.{d.day:02d} {t}", True),
        (f"{d.month}.{d.day} 配信", False),
        (f"配信：{d.month}/{d.day}", False),
        (f"更新日 {d.month:02d}.{d.day:02d}", False),
        (f"公開 {d.month}.{d.day}({w})", False),
        (f"{d.month:02d}.{d.day:02d} {t} 配信", True),
        (f"掲載日：{d.month:02d}/{d.day:02d} {t}", True),
        (f"{_SECTIONS[k % 4]}　{d.month}.{d.day} {t}", True),
    ))


def _weekday_line(s: Story, k: int) -> tuple[str, bool]:
    """Forms with the weekday."""
    return _variant(s, k, lambda d, w, t, k: (
        (f"{d.month}月{d.day}日({w}) {t}", True), (f"{d.month}/{d.day}({w}) {t}配信", True),
        (f"{d.month}月{d.day}日（{w}曜日）", False), (f"{d.month:02d}.{d.day:02d}({w}) {t}", True)))


def _yearless(s: Story, o: list[Story], k: int, year: str, form=_line) -> Page:
    pf = _frames()
    s = s if s.timed else type(s)(s.title, s.when.replace(hour=(7 + k) % 24, minute=k * 7 % 60), True, s.paragraphs)
    line, timed = form(s, k)
    header = [line, s.title] if k % 4 == 3 else [s.title, line]
    return pf._page(s, o, k, header, timed=timed, year=year)


def year_in_address(s: Story, o: list[Story], k: int) -> Page:
    d = s.when
    page = _yearless(s, o, k, "2008-2025")
    page.lines[:0] = [f"https://news.minato-shimpo.jp/articles/{d.year}/{d.month:02d}/{1000 + k}.html", ""]
    return page


def year_in_title(s: Story, o: list[Story], k: int) -> Page:
    d = s.when
    page = _yearless(s, o, k, "2008-2025")
    page.lines[:0] = [f"{s.title}（{d.year}年{d.month}月{d.day}日）｜{_frames().UNKNOWN_OUTLETS[k % 6]}", ""]
    return page


def copyright_year(s: Story, o: list[Story], k: int) -> Page:
    return _yearless(s, o, k, str(s.when.year))


def year_in_heading(s: Story, o: list[Story], k: int) -> Page:
    d = s.when
    heading = (f"{d.year}年{d.month}月のニュース", f"アーカイブ {d.year}.{d.month:02d}", f"バックナンバー：{d.year}年{d.month}月")[k % 3]
    page = _yearless(s, o, k, "2008-2025")
    page.lines[4:4] = [heading, ""]
    return page


def dotted_or_labelled(s: Story, o: list[Story], k: int) -> Page:
    return _yearless(s, o, k, str(s.when.year), _other_line)


def weekday_year_over(s: Story, o: list[Story], k: int) -> Page:
    y = s.when.year
    over = (f"ホーム > アーカイブ > {y} > {_SECTIONS[k % 4]}", f"{y}年の{_SECTIONS[k % 4]}ニュース", f"特集 {y}")[k % 3]
    page = _yearless(s, o, k, "2008-2025", _weekday_line)
    page.lines[4:4] = [over, ""]
    return page


BUILDERS = (
    ("yearless date, year in address", year_in_address),
    ("yearless date, year in title", year_in_title),
    ("yearless date, copyright year", copyright_year),
    ("yearless date, year in heading", year_in_heading),
    ("yearless date, dotted or labelled", dotted_or_labelled),
    ("yearless date, weekday, year over", weekday_year_over),
)
