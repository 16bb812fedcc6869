"""Page frames for bench/perturb_frames.py: a label glued to a headline the page writes nowhere bare, and a long line in
its own words under the lead photo's place between the date line and the text.

Each builder takes a Story, the other stories and an index k (the variant), and gives a Page or None when the story
does not fit the class:

  label glued, nowhere bare    the page's label glued before the headline on its line by the date, and the headline
                               written nowhere else: a section's name before a bar (国際｜, 政治・外交 | ), the site's
                               name and a section (みなと新報 国際 ), section words the page's menus or breadcrumb print
                               (ニュース 国際 アジア・太平洋 ), a section's name glued with no space (国際ニュース…) or
                               in brackets (【国際】, ［政治］)
  caption under the photo      the headline, the date line, the lead photo's place (写真, 拡大, 写真・図版, a credit:
                               写真：ロイター, Getty Images, （写真：AP）), then its caption in its own words: a long
                               sentence with clauses from far down the text, or one of another story, without its 。

The headline and the text are the real article's; the gold is its headline and its day.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.perturb_frames import Page, Story


def _frames():
    from bench import perturb_frames as pf

    return pf


_LABELS = ("国際｜", "政治・外交 | ", "経済：", "ワールド / ", "{o} 国際 ", "{o}｜", "ニュース 国際 アジア・太平洋 ",
           "国際ニュース", "【国際】", "［政治］", "社会 事件・事故 ", "{o} ニュース ", "経済ニュース",
           "トップ › 経済 › 企業 ")


def label_alone(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    outlet = pf.UNKNOWN_OUTLETS[k % len(pf.UNKNOWN_OUTLETS)]
    label = _LABELS[k % len(_LABELS)].format(o=outlet)
    # a breadcrumb printing the label's words at times (the site's name and menus are printed atop every page)
    crumb = [pf._CRUMBS[k % len(pf._CRUMBS)], ""] if k % 3 == 0 else []
    return pf._page(s, o, k, [*crumb, label + s.title, pf._full(s.when, s.timed)])


_PLACES = ("写真", "拡大", "写真・図版", "写真：ロイター", "Getty Images", "（写真：AP）", "撮影：編集部", "画像")
_TOOLS = (("シェア", "ツイート"), ("Tweet", "Check"), ("ブックマーク", "印刷"))


def caption_under_photo(s: Story, o: list[Story], k: int) -> Page | None:
    from bench.perturb_frames_stacked import LEAD, _WORDS_FIRST, _sentences

    pf = _frames()
    told = s if k % 3 else o[1]  # a caption of the story's own words, or of another (a picture of a scene)
    text = "".join(told.paragraphs)
    far = [x for paragraph in told.paragraphs for x in _sentences(paragraph)
           if 40 <= len(x) <= 75 and x.endswith("。") and "、" in x and text.find(x) > LEAD and _WORDS_FIRST.match(x)]
    if not far:
        return None
    day = pf._full(s.when, s.timed)
    tools = list(_TOOLS[k % len(_TOOLS)]) if k % 2 else []
    return pf._page(s, o, k, [s.title, "", *tools, day, "", _PLACES[k % len(_PLACES)], "", far[0].rstrip("。")])


BUILDERS = (("label glued, nowhere bare", label_alone), ("caption under the photo", caption_under_photo))
