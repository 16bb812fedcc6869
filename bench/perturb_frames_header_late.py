"""Page frames for bench/perturb_frames.py: the header forms left after the others, the section words of the page glued
before the headline, and a day written with its year last that only the text's own month and day tell.

Each builder takes a Story, the other stories and an index k (the variant), and gives a Page or None:

  label of the page's words    the page's breadcrumb (ホーム > ニュース > 国際 > アジア, the site's name first or not)
                               printed atop, and its entries glued before the headline on the line by the date, joined
                               by spaces, by ＞ or with no space (ホーム ニュース 国際 アジア …, みなと新報 ニュース 国際 …):
                               more words, or other joints, than a heading bar's label of two or three; the headline
                               bare on a line of its own under the date
  year last, 12月3日 in text    a real article whose first lines name a month and day with the month (理事会は5月8日、…;
                               its own day, the day before or another's), its month and day both 12 or under, under a
                               date line written with the year last in either order (05/08/2010 15:40 or 08/05/2010
                               15:40) that nothing else on the page orders
  year last, other years above  a real article whose text writes a full date (2010年5月6日に…), its month and day both
                               12 or under, under the same date line, with a column of the site's other articles over
                               the headline, each with its day in full from other years (2014/05/06 …): the page's
                               latest full date is theirs, the text's own is near the article's
  deck over the date, photo over  the headline, then the lead photo's place (its marker 写真 / 画像 / 拡大, or a caption
                               closed by when and where it was taken), then a sentence of the text without its 。 (a
                               deck) right over the date line
The gold is the article's headline and the day the page means.
"""

from __future__ import annotations

import random
import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.perturb_frames import Page, Story


def _frames():
    from bench import perturb_frames as pf

    return pf


# a site's sections as its breadcrumb prints them, the page's own part last
_SECTIONS = (("ニュース", "国際", "アジア"), ("ニュース", "政治", "外交"), ("国際", "北米", "ワシントン発"),
             ("経済", "マーケット", "為替"), ("社会", "事件・事故"), ("ニュース", "スポーツ", "サッカー", "海外"))
_JOINTS = (" > ", " ＞ ", " › ", " / ")


def page_words_glued(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    outlet = pf.UNKNOWN_OUTLETS[k % len(pf.UNKNOWN_OUTLETS)]
    sections = _SECTIONS[k % len(_SECTIONS)]
    entries = ("ホーム", *sections) if k % 3 == 0 else (outlet, *sections) if k % 3 == 1 else sections
    crumb = _JOINTS[k % len(_JOINTS)].join(entries)
    label = (" ".join(entries) + " ", "＞".join(entries) + " ", "".join(entries[-2:]) + " ")[k % 3 if len(entries) > 3 else 0]
    day = pf._full(s.when, s.timed)
    return pf._page(s, o, k, [crumb, "", label + s.title, day, "", s.title])


# a month and day named with the month (5月8日の理事会, １２月３日、…), not inside a full date (2010年5月8日)
_MONTH_DAY = re.compile(r"(?<![0-9０-９年/.])[0-9０-９]{1,2}月[0-9０-９]{1,2}日")
OPENING = 3  # the text's first lines looked at


# a full date (2010年5月6日, ２０１０年５月６日)
_FULL_DATE = re.compile(r"[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日")


@lru_cache(maxsize=None)
def _named_pool(kind: str = "month and day") -> tuple[Story, ...]:
    """Real livedoor and Wikinews articles whose first lines name a month and day with the month (kind "month and
    day"), or whose text writes a full date anywhere (kind "full date"), their own month and day both 12 or under and
    different (a day written with its year last in either order cannot tell them apart)."""
    pf = _frames()
    found = []
    for corpus, read, pattern in ((pf.LIVEDOOR, pf._livedoor, "*/*.txt"), (pf.WIKINEWS, pf._wikinews, "wn-*.txt")):
        for path in sorted(corpus.glob(pattern)):
            if path.name in ("LICENSE.txt", "README.txt", "CHANGES.txt"):
                continue
            story = read(path)
            if story is None or story.when.day > 12 or story.when.month == story.when.day:
                continue
            if kind == "full date" and any(_FULL_DATE.search(line) for line in story.paragraphs):
                found.append(story)
            elif kind == "month and day" and any(_MONTH_DAY.search(line) for line in story.paragraphs[:OPENING]):
                found.append(story)
    return tuple(found)


def year_last_named(s: Story, o: list[Story], k: int) -> Page | None:
    from bench.perturb_frames_year_last import _timed, _written

    pool = _named_pool()
    if not pool:
        return None
    story = _timed(pool[random.Random(f"{s.title}|{k}").randrange(len(pool))], k)
    d = story.when
    page = _frames()._page(story, o, k, [story.title, f"{_written(d, k % 2 == 0)} {d.hour:02d}:{d.minute:02d}"])
    page.story = story
    return page


def year_last_years_above(s: Story, o: list[Story], k: int) -> Page | None:
    from bench.perturb_frames_year_last import _timed, _written

    pool = _named_pool("full date")
    if not pool:
        return None
    story = _timed(pool[random.Random(f"{s.title}|{k}").randrange(len(pool))], k)
    d = story.when
    listed = ["人気記事"] + [f"{other.when.year + 2 + j}/{other.when.month:02d}/{other.when.day:02d} {other.title}"
                            for j, other in enumerate(o[3:7])]
    page = _frames()._page(story, o, k, [*listed, "", story.title,
                                         f"{_written(d, k % 2 == 0)} {d.hour:02d}:{d.minute:02d}"])
    page.story = story
    return page


_PHOTO_PLACES = (("写真",), ("画像",), ("拡大",), ("会見する関係者（{d}日、都内）",), ("写真", "式典であいさつする代表者＝{d}日、大阪市"))


def deck_over_date(s: Story, o: list[Story], k: int) -> Page | None:
    pf = _frames()
    deck = pf._deck(s)
    if deck is None:
        return None
    photo = [line.format(d=s.when.day) for line in _PHOTO_PLACES[k % len(_PHOTO_PLACES)]]
    return pf._page(s, o, k, [s.title, "", *photo, "", deck, pf._full(s.when, s.timed)])


BUILDERS = (("label of the page's words", page_words_glued), ("year last, 12月3日 in text", year_last_named),
            ("year last, other years above", year_last_years_above), ("deck over the date, photo over", deck_over_date))
