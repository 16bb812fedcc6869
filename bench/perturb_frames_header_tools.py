"""Page frames for bench/perturb_frames.py: a photo's caption between the headline's tools and its date line, and a
label of several words glued before a headline the page also writes bare.

Each builder takes a Story, the other stories and an index k (the variant), and gives a Page or None:

  caption over date, tools over  the headline, then the page's tools under it (シェア / ツイート, Tweet / Check,
                               ブックマーク / メール / 印刷), then the lead photo's caption right over the date line: a
                               caption closed by the day and the place in brackets (…する関係者（3日、都内）), a plain
                               one (会見で質問に答える担当者ら), a long one of no sentence's end, or the first words of
                               the text's first sentence
  caption under the tools, byline  the headline and its date line, the page's tools, then the lead photo's caption
                               (the same four forms) over the writer's name (山田太郎 記者, 文：佐藤健一)
  caption closed by day and place  the lead photo's caption closed by when and where it was taken in brackets
                               (…する関係者（3日、都内）, （3日午後、首相官邸で）, （2010年5月、大阪市）) between the
                               headline and the date line, over the date line or under it, no tool or mark between
  label of words glued         a heading bar's words glued before the headline on the line by the date, the headline
                               bare on a line of its own under the date (the article's heading) or over it: a section
                               and its part (国際 アジア), the site's name and a section (みなと新報 国際), a series named
                               in quotes (連載「日本外交の現場」), a feature and its instalment (特集・日本の外交 第3回),
                               a section's name with no space after it (国際ニュース…, 政治…), the site's name with none
  label glued, spaced otherwise  the same with the heading bar's copy spacing the headline's words otherwise (a space
                               where the headline has a wide one, or the reverse), its label a section, the site's name,
                               a flash mark or the day in the writings pages use (2010年5月1日 12時30分, 5/1(土) 12:30配信, the weekday its own)
  label longer than headline    a short headline (18 characters at most) with a heading bar's label longer than it
                               glued before it on the line by the date (ワールドビジネスサテライト …, みなと新報 国際ニュース …,
                               連載「日本外交の現場」 第3回 …), the headline bare on a line of its own right under the date
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.perturb_frames import Page, Story

_TOOLS = (("シェア", "ツイート"), ("Tweet", "", "Check"), ("ブックマーク", "メール", "印刷"),
          ("ツイート　シェア　はてブ　LINE　送る",), ("シェア 0", "ツイート list", "ブックマーク 0"))
_PLACES = ("都内", "首相官邸", "大阪市", "ワシントン", "北京", "国会内")
_CAPTIONS = ("記者会見する関係者（{d}日、{p}）", "会見で質問に答える担当者ら", "式典であいさつする代表者（{d}日午後、{p}で）",
             "多くの人が集まった会場の様子と、その後方で取材を続ける大勢の報道陣", "{w}（{y}年{m}月、{p}）")
_LABELS = ("国際 アジア ", "{o} 国際 ", "連載「日本外交の現場」 ", "国際ニュース", "特集・日本の外交 第3回 ", "政治",
           "地域 北海道 ", "深読み 中国経済の行方 ", "オピニオン 社説 ", "{o}")


def _frames():
    from bench import perturb_frames as pf

    return pf


def _opening_words(s: Story) -> str:
    """The first words of the text: up to its first 、, or its first 20 characters."""
    first = s.paragraphs[0].split("。")[0]
    head = first.split("、")[0]
    return head if 8 <= len(head) <= 24 else first[:20]


def caption_over_date(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    tools = list(_TOOLS[k % len(_TOOLS)])
    return pf._page(s, o, k, [s.title, "", *tools, "", _caption(s, k, _CAPTIONS), pf._full(s.when, s.timed)])


_WRITERS = ("山田太郎 記者", "文：佐藤健一", "（編集部・鈴木花子）", "高橋誠")
_DAY_PLACE = ("記者会見する関係者（{d}日、{p}）", "式典であいさつする代表者（{d}日午後、{p}で）", "{w}（{y}年{m}月、{p}）",
              "握手を交わす両国の代表（{d}日、{p}）＝代表撮影")


def _caption(s: Story, k: int, forms: tuple[str, ...]) -> str:
    d = s.when
    return forms[k % len(forms)].format(d=d.day, p=_PLACES[k % len(_PLACES)], y=d.year, m=d.month, w=_opening_words(s))


def caption_over_byline(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    tools = list(_TOOLS[k % len(_TOOLS)])
    return pf._page(s, o, k, [s.title, pf._full(s.when, s.timed), "", *tools, "", _caption(s, k, _CAPTIONS),
                              _WRITERS[k % len(_WRITERS)]])


def caption_day_place(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    caption, day = _caption(s, k, _DAY_PLACE), pf._full(s.when, s.timed)
    return pf._page(s, o, k, [s.title, "", "", caption, day] if k % 2 else [s.title, day, "", caption])


def label_of_words(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    outlet = pf.UNKNOWN_OUTLETS[k % len(pf.UNKNOWN_OUTLETS)]
    glued = _LABELS[k % len(_LABELS)].format(o=outlet) + s.title
    day = pf._full(s.when, s.timed)
    return pf._page(s, o, k, [glued, day, "", s.title] if k % 3 else [s.title, "", glued, day])


_SPACED_LABELS = ("国際 ", "{o} 国際 ", "速報｜", "{y}年{m}月{d}日 {h}時{mi:02d}分 ", "{m}/{d}({w}) {h:02d}:{mi:02d}配信 ", "政治・経済 | ")


def label_spaced_otherwise(s: Story, o: list[Story], k: int) -> Page | None:
    if not re.search(r"[\u3000 ]", s.title):
        return None
    pf = _frames()
    d, outlet = s.when, pf.UNKNOWN_OUTLETS[k % len(pf.UNKNOWN_OUTLETS)]
    spaced = re.sub(r"[\u3000 ]", " " if "\u3000" in s.title else "\u3000", s.title)
    label = _SPACED_LABELS[k % len(_SPACED_LABELS)].format(o=outlet, y=d.year, m=d.month, d=d.day, h=d.hour, mi=d.minute,
                                                           w="月火水木金土日"[d.weekday()])
    day = pf._full(d, s.timed)
    return pf._page(s, o, k, [label + spaced, day, "", s.title] if k % 3 else [s.title, "", label + spaced, day])


_LONG_LABELS = ("ワールドビジネスサテライト ", "{o} 国際ニュース ", "連載「日本外交の現場」 第3回 ", "ニュースQ&A・日米関係｜",
                "{o} 政治・国際 ", "特集 アジアの現場から ")
SHORT_TITLE = 18  # characters of a short headline at most


def label_longer(s: Story, o: list[Story], k: int) -> Page | None:
    if len(s.title) > SHORT_TITLE:
        return None
    pf = _frames()
    label = _LONG_LABELS[k % len(_LONG_LABELS)].format(o=pf.UNKNOWN_OUTLETS[k % len(pf.UNKNOWN_OUTLETS)])
    return pf._page(s, o, k, [label + s.title, pf._full(s.when, s.timed), "", s.title])


BUILDERS = (
    ("caption over date, tools over", caption_over_date),
    ("caption under tools, byline", caption_over_byline),
    ("caption of day and place", caption_day_place),
    ("label of words glued", label_of_words),
    ("label glued, spaced otherwise", label_spaced_otherwise),
    ("label longer than headline", label_longer),
)
