"""Page frames for bench/perturb_frames.py: the pictures inside an article's text, their labels and rights lines.

Each builder takes a Story, the other stories and an index k (the variant), and gives a Page (lines, gold
headline, gold day) or None when the story does not fit the class. All of them score the body: right when it
keeps the article's own lines and none of the picture's.

  caption label, same line    a broadcaster's picture block over the text and between its paragraphs, the label
                              and its words on one line: 画像提供, Getty Images / 画像説明, 会見する首相
  caption label alone         the same block with the label alone on its line, the caption on the next
                              (画像説明, / 会見する首相), as a broadcaster's page prints it
  picture rights inside text  a picture's rights line between the paragraphs, alone or under its caption:
                              (C)2011 Warner Bros. Ent. All Rights Reserved, （C）共同, 写真：ロイター, 提供：外務省
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.perturb_frames import Page, Story

_CREDITS = ("Getty Images", "Reuters", "AFP", "EPA", "BBC", "PA Media")
_SAME_LINE = ("画像説明, {c}", "Image caption, {c}", "写真説明：{c}", "画像説明、{c}")
_CREDIT_LINE = ("画像提供, {w}", "Image source, {w}", "写真提供：{w}", "画像提供、{w}")
_CAPTIONS = ("記者会見に臨む外相", "首脳会談に先立ち握手を交わす両首脳", "国連本部で演説する大統領",
             "フランス南東部リヨンでは6月、多くの人がレストランでの外食を楽しんでいた", "空港に到着した代表団")
# A picture's rights line, the forms real pages print (film and book stills, wire photos, handouts).
_RIGHTS = ("(C)2011 Warner Bros. Ent. All Rights Reserved", "（C）共同", "写真：ロイター", "提供：外務省",
           "(c)2012 NTT Communications", "©AFP", "（C）2009 SBS Contents Hub", "写真提供：共同通信社",
           "（c）角川文庫", "撮影・山田太郎")


def _frames():
    from bench import perturb_frames as pf

    return pf


def _caption(o: list[Story], k: int) -> str:
    # (another article's headline, its kicker in brackets left out: a caption opens with none)
    return _CAPTIONS[k % len(_CAPTIONS)] if k % 2 else re.sub(r"^[【＜\[（(][^】＞\]）)]*[】＞\]）)]\s*", "", o[k % len(o)].title)[:30]


def _between_sentences(s: Story) -> list[int]:
    """Paragraphs that open with a sentence under a paragraph of sentences: where a picture stands in a text
    (not inside a list of links or items the text holds)."""
    said = [len(p) >= 40 and p.endswith("。") for p in s.paragraphs]
    return [j for j in range(1, len(said)) if said[j - 1] and said[j]]


def _block(o: list[Story], k: int, alone: bool) -> list[str]:
    credit = _CREDIT_LINE[k % len(_CREDIT_LINE)].format(w=_CREDITS[k % len(_CREDITS)])
    caption = _caption(o, k)
    if alone:
        label = _SAME_LINE[k % len(_SAME_LINE)].format(c="").rstrip(" ")
        return [credit, "", label, "", caption, ""]
    same = _SAME_LINE[k % len(_SAME_LINE)].format(c=caption)
    return ([credit, "", same, ""] if k % 3 else [same, ""]) if k % 4 != 1 else [same, "", credit, ""]


def _labelled(s: Story, o: list[Story], k: int, alone: bool) -> Page:
    pf = _frames()
    page = pf._page(s, o, k, [s.title, pf._full(s.when, s.timed)])
    at = page.lines.index(s.paragraphs[0])
    page.lines[at:at] = _block(o, k, alone)
    if len(s.paragraphs) > 1:  # a second picture between the paragraphs
        at = page.lines.index(s.paragraphs[1])
        page.lines[at:at] = _block(o, k + 1, alone)
    return page


def label_same_line(s: Story, o: list[Story], k: int) -> Page:
    return _labelled(s, o, k, alone=False)


def label_alone(s: Story, o: list[Story], k: int) -> Page:
    return _labelled(s, o, k, alone=True)


def rights_inside(s: Story, o: list[Story], k: int) -> Page | None:
    places = _between_sentences(s)
    if not places:
        return None
    pf = _frames()
    page = pf._page(s, o, k, [s.title, pf._full(s.when, s.timed)])
    rights = _RIGHTS[k % len(_RIGHTS)]
    # (a short line under a credit is as often the next part's subheading: no form of this class)
    block = [rights] if k % 2 == 0 else [_caption(o, k), rights]
    at = page.lines.index(s.paragraphs[places[k % len(places)]])
    page.lines[at:at] = ["", *block, ""]
    return page


BUILDERS = (
    ("caption label, same line", label_same_line),
    ("caption label alone", label_alone),
    ("picture rights inside text", rights_inside),
)
