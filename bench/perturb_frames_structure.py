"""More page frames for bench/perturb_frames.py: where a page's structure, not its wording, hides the headline.

Each builder takes a Story, the other stories and an index k (the variant), and gives a Page (lines, gold
headline, gold day) or None when the story does not fit the class. The structures are those of real outlets'
article pages (portals, papers, magazines' web editions, blogs of columnists), under made-up outlets:

  short headline, longer deck   a short headline (the headline itself when short, or its first part when a wide
                                space parts it), then a sentence of the text without its 。 as the deck, over or
                                under the date line
  deck under the date           the headline, its date line, then a sentence of the text without its 。 (a standfirst)
  headline only in breadcrumb   ホーム > 国際 > the headline, then the date: no headline line of its own
  a second article below        the article, then the next one of an endless page: its headline, date and text
  caption and share bar over    a share bar and a photo's caption, then the headline and its date
  headline in the foot again    the related list under the text holds the article's own headline (with its day)
  column name over headline     the name of a writer's column (田中一郎の「世界を読む」) over the headline
  summary points under date     ざっくり言うと / ポイント, then three points from the text, under the date line
  date, photo, then headline    the date line, a photo's caption, then the headline right over the text
  numbered breadcrumb           1. ホーム / 2. 国際 / 3. the headline, line under line; the headline again under it,
                                or only there
  label glued over headline     a line of the headline with a section, kicker, flash mark or day glued in front
                                (国際 …, 【国際】…, 速報｜…, 2019/06/24 …), then the headline alone and its date
  label glued under the date    the headline and its date, then the same glued line (a share text, a page's
                                heading bar)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.perturb_frames import Page, Story

_COLUMNS = ("田中一郎の「世界を読む」", "山本恵子のワシントン便り", "特派員が見た欧州", "佐藤健の経済深読み",
            "記者の目から見た外交", "中村誠一郎　国際情勢の読み方")
_POINTS = ("ざっくり言うと", "この記事のポイント", "要約", "3行で読む")
SHORT = 16  # characters of a short headline at most
_NEXT = ("次の記事", "続けて読む", "あわせて読みたい", "")


def _frames():
    from bench import perturb_frames as pf

    return pf


def _sentences(story: Story) -> list[str]:
    return [s for p in story.paragraphs for s in re.findall(r"[^。]+。", p)]


def _short_part(title: str) -> str | None:
    """A short headline: the headline itself when short, or its first part when a wide space parts it into two
    (山口で高校生の祖父殺害　男子生徒は…): what a page printing a short headline over a longer deck shows."""
    if 8 <= len(title) <= SHORT:
        return title
    first = re.split(r"\u3000| (?=[^A-Za-z0-9])", title)[0]
    return first if 8 <= len(first) <= SHORT and not re.search(r"[【「『（(<＜]", first) else None


def short_over_deck(s: Story, o: list[Story], k: int) -> Page | None:
    pf = _frames()
    short, deck = _short_part(s.title), pf._deck(s)
    if short is None or deck is None:
        return None
    day = pf._full(s.when, s.timed)
    page = pf._page(s, o, k, [short, deck, day] if k % 2 else [short, day, deck])
    page.title = short
    return page


def deck_under_date(s: Story, o: list[Story], k: int) -> Page | None:
    pf = _frames()
    deck = pf._deck(s)
    return None if deck is None else pf._page(s, o, k, [s.title, pf._full(s.when, s.timed), deck])


def crumb_only(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    sep = (" > ", " ＞ ", " › ", " / ")[k % 4]
    return pf._page(s, o, k, [pf._CRUMBS[k % 4] + sep + s.title, "", pf._full(s.when, s.timed)])


def numbered_crumb(s: Story, o: list[Story], k: int) -> Page:
    """A breadcrumb printed as a numbered list (1. ホーム, 2. 国際, 3. the headline), the headline again under it or
    only there."""
    pf = _frames()
    steps = pf._CRUMBS[k % 4].replace("＞", ">").replace("›", ">").replace("/", ">").split(">")
    crumb = [f"{n}. {step.strip()}" for n, step in enumerate([*steps, s.title], 1)]
    again = ["", s.title] if k % 2 else []
    return pf._page(s, o, k, [*crumb, *again, "", pf._full(s.when, s.timed)])


def second_below(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    page = pf._page(s, o, k, [s.title, pf._full(s.when, s.timed)])
    nxt = o[1]
    at = page.lines.index(s.paragraphs[-1]) + 1
    label = _NEXT[k % len(_NEXT)]
    page.lines[at:at] = ["", *([label] if label else []), pf._SHARES[k % 4], "", nxt.title,
                         pf._full(nxt.when, nxt.timed), "", *nxt.paragraphs]
    return page


def caption_share_over(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    caption = pf._CAPTIONS[k % len(pf._CAPTIONS)] if k % 2 else f"{o[0].title[:24]}＝資料写真"
    return pf._page(s, o, k, [pf._SHARES[k % 4], caption, "", s.title, pf._full(s.when, s.timed)])


def foot_repeats(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    page = pf._page(s, o, k, [s.title, pf._full(s.when, s.timed)])
    at = page.lines.index("あわせて読みたい") + 1
    shown = s.title if k % 2 else f"{s.title}（{s.when.year}/{s.when.month:02d}/{s.when.day:02d}）"
    page.lines[at + k % 3 : at + k % 3] = [shown]
    return page


def column_over(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    return pf._page(s, o, k, [_COLUMNS[k % len(_COLUMNS)], "", s.title, pf._full(s.when, s.timed)])


def points_under(s: Story, o: list[Story], k: int) -> Page | None:
    pf = _frames()
    points = [x.rstrip("。") for x in _sentences(s) if 15 <= len(x) <= 60][:3]
    if len(points) < 3:
        return None
    marked = [("・" if k % 2 else "") + p for p in points]
    return pf._page(s, o, k, [s.title, pf._full(s.when, s.timed), _POINTS[k % len(_POINTS)], *marked])


def date_photo_headline(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    caption = pf._CAPTIONS[k % len(pf._CAPTIONS)] if k % 2 else f"{o[0].title[:24]}＝資料写真"
    return pf._page(s, o, k, [pf._full(s.when, s.timed), "", caption, "", s.title])


def _glued(s: Story, k: int) -> str:
    """The headline with a section's name, a kicker, a flash mark or the day glued in front on one line."""
    day = f"{s.when.year}/{s.when.month:02d}/{s.when.day:02d}"
    return (f"国際 {s.title}", f"【国際】{s.title}", f"速報｜{s.title}", f"{day} {s.title}",
            f"政治・経済 | {s.title}", f"［連載］{s.title}")[k % 6]


def glued_over(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    return pf._page(s, o, k, [_glued(s, k), "", s.title, pf._full(s.when, s.timed)])


def glued_under(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    return pf._page(s, o, k, [s.title, pf._full(s.when, s.timed), _glued(s, k)])


BUILDERS = (
    ("short headline, longer deck", short_over_deck),
    ("deck under the date", deck_under_date),
    ("headline only in breadcrumb", crumb_only),
    ("a second article below", second_below),
    ("caption and share bar over", caption_share_over),
    ("headline in the foot again", foot_repeats),
    ("column name over headline", column_over),
    ("summary points under date", points_under),
    ("date, photo, then headline", date_photo_headline),
    ("numbered breadcrumb", numbered_crumb),
    ("label glued over headline", glued_over),
    ("label glued under the date", glued_under),
)
