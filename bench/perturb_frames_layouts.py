"""More page frames for bench/perturb_frames.py: the date lines and labels real Japanese outlets print by a headline.

Each builder takes a Story, the other stories and an index k (the variant), and gives a Page (lines, gold
headline, gold day) or None when the story does not fit the class. The forms are those of real outlets' pages
(portals, broadcasters, national and prefectural papers, wires, business and IT sites, weekly magazines'
web editions), set under made-up outlets:

  date with its weekday        2024年5月1日(水), 2024年5月1日（水） 10時00分, 2024/5/1(水) 10:00, 令和6年5月1日（水）,
                               5/1(水) 10:00配信 (a portal's: no year, the weekday and © tell it)
  labelled date                掲載日：…, 公開日時：2024年05月01日 10時00分, 配信日時：…, 投稿日：…, 発行日 …, Posted …
  date in other writings       2024/5/1 10:00, 2024-05-01 10:00, 2024年05月01日10時00分, 2024年5月1日午前10時00分,
                               2024.5.1 10:00, 2024年5月1日 10:00 JST
  date with a wire or section  2024年05月01日 10時00分 (共同通信), 国際 | 2024/05/01 10:00, 2024年5月1日 10:00 | 政治,
                               [国際] 2024年5月1日, 政治・経済 2024.05.01
  section label over headline  国際, 政治・外交, 経済ニュース…: a section's name alone on the line over the headline
  headline in the breadcrumb   ホーム > 国際 > the headline (whole or cut with …), then the headline and its date
  label under the date         the headline, its date, then a section label in brackets (【国際】, ［政治］, ＜経済＞);
                               or the date, the label, then the headline
  date under the breadcrumb    the breadcrumb, the date line, then the headline (no byline), a label over it at times
  dated list under the date    the headline and its date, then other headlines each with its day (関連記事 over them at
                               times), then the text
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.perturb_frames import Page, Story

_WEEKDAYS = "月火水木金土日"
_SECTIONS = ("国際", "政治・外交", "経済ニュース", "社会", "政治", "ワールド", "国際・アジア")
_WIRES = ("(共同通信)", "（時事通信）", "ロイター", "共同", "時事")
_LABELS = ("【国際】", "［政治］", "＜経済＞", "【社会】", "〈国際〉", "[ワールド]")


def _frames():
    from bench import perturb_frames as pf

    return pf


def _wd(d: datetime) -> str:
    return _WEEKDAYS[d.weekday()]


def _weekday_form(d: datetime, timed: bool, k: int) -> tuple[str, bool]:
    """A date line with the weekday written, and whether it shows the time."""
    era = f"令和{d.year - 2018}年" if (d.year, d.month, d.day) >= (2019, 5, 1) else f"平成{d.year - 1988}年"
    forms = (
        (f"{d.year}年{d.month}月{d.day}日({_wd(d)})", False),
        (f"{d.year}年{d.month}月{d.day}日（{_wd(d)}） {d.hour}時{d.minute:02d}分", True),
        (f"{d.year}/{d.month}/{d.day}({_wd(d)}) {d.hour}:{d.minute:02d}", True),
        (f"{era}{d.month}月{d.day}日（{_wd(d)}）", False),
        (f"{d.month}/{d.day}({_wd(d)}) {d.hour}:{d.minute:02d}配信", True),
        (f"{d.year}年{d.month}月{d.day}日 {_wd(d)}曜日", False),
    )
    text, shows_time = forms[k % len(forms)]
    return text, shows_time and timed


def weekday_date(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    line, timed = _weekday_form(s.when, s.timed, k)
    year = str(s.when.year) if "配信" in line else "2008-2025"
    return pf._page(s, o, k, [s.title, line], timed=timed, year=year)


def labelled_date(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    d = s.when
    t = f"{d.hour:02d}:{d.minute:02d}"
    forms = (
        (f"掲載日：{d.year}年{d.month}月{d.day}日", False),
        (f"公開日時：{d.year}年{d.month:02d}月{d.day:02d}日 {d.hour:02d}時{d.minute:02d}分", True),
        (f"配信日時：{d.year}/{d.month:02d}/{d.day:02d} {t}", True),
        (f"投稿日：{d.year}.{d.month:02d}.{d.day:02d}", False),
        (f"発行日 {d.year}-{d.month:02d}-{d.day:02d}", False),
        (f"Posted {d.year}.{d.month:02d}.{d.day:02d} {t}", True),
        (f"掲載日時 {d.year}年{d.month}月{d.day}日 {t}", True),
    )
    line, shows_time = forms[k % len(forms)]
    return pf._page(s, o, k, [s.title, line], timed=shows_time and s.timed)


def written_date(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    d = s.when
    ampm = f"午前{d.hour}時{d.minute:02d}分" if d.hour < 12 else f"午後{d.hour - 12}時{d.minute:02d}分"
    forms = (
        f"{d.year}/{d.month}/{d.day} {d.hour}:{d.minute:02d}",
        f"{d.year}-{d.month:02d}-{d.day:02d} {d.hour:02d}:{d.minute:02d}",
        f"{d.year}年{d.month:02d}月{d.day:02d}日{d.hour:02d}時{d.minute:02d}分",
        f"{d.year}年{d.month}月{d.day}日{ampm}",
        f"{d.year}.{d.month}.{d.day} {d.hour}:{d.minute:02d}",
        f"{d.year}年{d.month}月{d.day}日 {d.hour:02d}:{d.minute:02d} JST",
    )
    return pf._page(s, o, k, [s.title, forms[k % len(forms)]])


def wire_or_section(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    d = s.when
    section = _SECTIONS[k % len(_SECTIONS)]
    forms = (
        (f"{d.year}年{d.month:02d}月{d.day:02d}日 {d.hour:02d}時{d.minute:02d}分 {_WIRES[k % len(_WIRES)]}", True),
        (f"{section} | {d.year}/{d.month:02d}/{d.day:02d} {d.hour:02d}:{d.minute:02d}", True),
        (f"{d.year}年{d.month}月{d.day}日 {d.hour:02d}:{d.minute:02d} | {section}", True),
        (f"[{section}] {d.year}年{d.month}月{d.day}日", False),
        (f"{section} {d.year}.{d.month:02d}.{d.day:02d}", False),
    )
    line, shows_time = forms[k % len(forms)]
    return pf._page(s, o, k, [s.title, line], timed=shows_time and s.timed)


def section_over(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    return pf._page(s, o, k, [_SECTIONS[k % len(_SECTIONS)], s.title, pf._full(s.when, s.timed)])


def crumb_headline(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    crumb = pf._CRUMBS[k % 4]
    sep = (" > ", " ＞ ", " › ", " / ")[k % 4]
    shown = s.title if k % 2 == 0 or len(s.title) <= 20 else s.title[:18] + "…"
    return pf._page(s, o, k, [crumb + sep + shown, "", s.title, pf._full(s.when, s.timed)])


def label_under_date(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    label, day = _LABELS[k % len(_LABELS)], pf._full(s.when, s.timed)
    return pf._page(s, o, k, [s.title, day, label] if k % 2 else [day, label, s.title])


def date_under_crumb(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    header = [pf._CRUMBS[k % 4], pf._full(s.when, s.timed), ""]
    if k % 2:
        header.append(_SECTIONS[k % len(_SECTIONS)])
    return pf._page(s, o, k, header + [s.title])


def list_under_date(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    listed = ["関連記事"] if k % 2 else []
    for other in o[3 : 5 + k % 2]:
        listed += [other.title, pf._full(other.when, other.timed)]
    return pf._page(s, o, k, [s.title, pf._full(s.when, s.timed), *listed])


BUILDERS = (
    ("date with its weekday", weekday_date),
    ("labelled date", labelled_date),
    ("date in other writings", written_date),
    ("date with a wire or section", wire_or_section),
    ("section label over headline", section_over),
    ("headline in the breadcrumb", crumb_headline),
    ("label under the date", label_under_date),
    ("date under the breadcrumb", date_under_crumb),
    ("dated list under the date", list_under_date),
)
