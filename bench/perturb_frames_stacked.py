"""Page frames for bench/perturb_frames.py: a long line stacked between the headline and the text, and a label glued to
the headline's line, in forms the other classes leave out.

Each builder takes a Story, the other stories and an index k (the variant), and gives a Page or None when the story
does not fit the class:

  deck under the date, tools over  the headline, a run of the page's tools (シェア / ツイート / ブックマーク), the date
                               line, then a deck: a sentence of the text's lead without its 。
  deck closed by ！ or ？       a real article whose lead holds a sentence that ends with ！ or ？ (…も多いのでは？,
                               …いっぱいです！), printed as the deck right under the headline over the date line, or
                               under the date
  kicker in round brackets     a kicker in round brackets glued before the headline on its line by the date
                               (（独自）, （社説）, （速報）), the headline bare under the date or on the page's title line
  label of many words glued    a heading bar of four or five words glued before the headline on its line by the date
                               (NHK NEWS WEB 国際 , ニュース 政治 国際 外交 ), the headline bare under the date
  deck under the lead photo    the headline, the page's tools at times, the date line, the lead photo's place (its
                               marker 写真 / 拡大 / 画像, or a caption closed by when and where it was taken), then a
                               sentence of the text's lead without its 。 as the deck
  word glued with no space     a flash mark or a kicker word glued before the headline with no space on its line by the
                               date (速報…, 独自…, LIVE…, 会員限定…), the headline bare under the date or over the tools
  standfirst under the date    a deck in its own words under the date line (the page's tools over it at times): a long
                               sentence with clauses from far down the text, which the lead does not say, without its 。
  long label glued, bare too   a label of 10 to 20 letters no list knows glued before the headline on its line by the
                               date: a program's or a column's name, the site's name and its section, joined by a
                               space, ｜, ：, ・ or nothing (ワールドビジネスサテライト…, 特派員メモ・ワシントン発・…,
                               みなと新報デジタル 国際アジア面：…); the headline bare under the date, over the glued
                               line with the page's tools between, or under the tools under the date

The headline and the text are the real article's; the gold is its headline and its day.
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


LEAD = 300  # characters of the text's opening a deck is drawn from (a deck restates the lead)
_TOOLS = (("ツイート", "シェア", "ブックマーク"), ("シェア 0", "ツイート list", "ブックマーク 0"), ("Tweet", "Check"),
          ("この記事をシェア", "印刷", "保存"))
# a sentence opening with words (not a bracket's close, a list's mark or a figure)
_WORDS_FIRST = re.compile(r"^[\u3041-\u30ff\u3400-\u9fffＡ-Ｚａ-ｚA-Za-z]")


_GOING_ON = ("と", "っ", "」", "！", "？", "!", "?")  # what follows a ！ or ？ inside a sentence that goes on


def _sentences(text: str) -> list[str]:
    """A paragraph's sentences, closed by 。, ！ or ？ outside quotes (not a ！ or ？ the sentence goes on after:
    どんなもの？といった時に…)."""
    found, depth, current = [], 0, ""
    for at, char in enumerate(text):
        current += char
        if char in "「『":
            depth += 1
        elif char in "」』":
            depth = max(depth - 1, 0)
        elif char in "。！？!?" and depth == 0 and not (char != "。" and text[at + 1 : at + 2] in _GOING_ON):
            found.append(current.strip())
            current = ""
    return found


def _lead_sentences(s: Story, closes: str) -> list[str]:
    """Sentences of the text's lead closed by one of closes, of a deck's length, opening with words."""
    lead = "".join(s.paragraphs)[:LEAD]
    return [x for paragraph in s.paragraphs for x in _sentences(paragraph)
            if x in lead and 20 <= len(x) <= 70 and x[-1] in closes and _WORDS_FIRST.match(x) and x != s.title]


def deck_under_tools(s: Story, o: list[Story], k: int) -> Page | None:
    pf = _frames()
    decks = _lead_sentences(s, "。")
    if not decks:
        return None
    deck = decks[k % len(decks)].rstrip("。")
    return pf._page(s, o, k, [s.title, "", *_TOOLS[k % len(_TOOLS)], "", pf._full(s.when, s.timed), "", deck])


_PHOTO_PLACES = (("写真",), ("拡大",), ("画像",), ("会見する関係者（{d}日、都内）",), ("写真", "式典であいさつする代表者＝{d}日、大阪市"))


def deck_under_photo(s: Story, o: list[Story], k: int) -> Page | None:
    pf = _frames()
    decks = _lead_sentences(s, "。")
    if not decks:
        return None
    deck, day = decks[k % len(decks)].rstrip("。"), pf._full(s.when, s.timed)
    photo = [line.format(d=s.when.day) for line in _PHOTO_PLACES[k % len(_PHOTO_PLACES)]]
    tools = list(_TOOLS[k % len(_TOOLS)]) if k % 2 else []
    return pf._page(s, o, k, [s.title, "", *tools, day, "", *photo, "", deck])


@lru_cache(maxsize=None)
def _exclaimed_pool() -> tuple[Story, ...]:
    """Real livedoor and Wikinews articles whose lead holds a sentence closed by ！ or ？ (few do: a class of its own)."""
    pf = _frames()
    found = []
    for corpus, read, pattern in ((pf.LIVEDOOR, pf._livedoor, "*/*.txt"), (pf.WIKINEWS, pf._wikinews, "wn-*.txt")):
        for path in sorted(corpus.glob(pattern)):
            if path.name not in ("LICENSE.txt", "README.txt", "CHANGES.txt") and (story := read(path)) is not None \
                    and _lead_sentences(story, EXCLAIMED):
                found.append(story)
    return tuple(found)


EXCLAIMED = "！？!?"


def exclaimed_deck(s: Story, o: list[Story], k: int) -> Page | None:
    pf = _frames()
    pool = _exclaimed_pool()
    if not pool:
        return None
    story = pool[random.Random(f"{s.title}|{k}").randrange(len(pool))]
    deck, day = _lead_sentences(story, EXCLAIMED)[0], pf._full(story.when, story.timed)
    page = pf._page(story, o, k, ([story.title, deck, day], [story.title, "", deck, "", day],
                                  [story.title, day, "", deck])[k % 3])
    page.story = story
    return page


_ROUND_KICKERS = ("（独自）", "（社説）", "（速報）", "（解説）", "(独自)", "（詳報）")


def round_kicker(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    kicked, day = _ROUND_KICKERS[k % len(_ROUND_KICKERS)] + s.title, pf._full(s.when, s.timed)
    if k % 2:
        return pf._page(s, o, k, [kicked, day, "", s.title])
    page = pf._page(s, o, k, [kicked, day])
    page.lines[:0] = [f"{s.title} | {pf.UNKNOWN_OUTLETS[k % len(pf.UNKNOWN_OUTLETS)]}", ""]
    return page


_BARS = ("NHK NEWS WEB 国際 ", "ニュース 政治 国際 外交 ", "{o} ニュース 国際 アジア ", "ホーム ニュース 経済 企業 ",
         "トップ 国際 北米 ワシントン発 ")


def many_words_glued(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    bar = _BARS[k % len(_BARS)].format(o=pf.UNKNOWN_OUTLETS[k % len(pf.UNKNOWN_OUTLETS)])
    return pf._page(s, o, k, [bar + s.title, pf._full(s.when, s.timed), "", s.title])


_GLUED_WORDS = ("速報", "独自", "更新", "NEW", "LIVE", "詳報", "解説", "動画", "会員限定", "有料記事")


def word_glued(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    glued, day = _GLUED_WORDS[k % len(_GLUED_WORDS)] + s.title, pf._full(s.when, s.timed)
    return pf._page(s, o, k, [glued, day, "", s.title] if k % 2 else [s.title, "", *_TOOLS[k % len(_TOOLS)], "", glued, day])


def standfirst(s: Story, o: list[Story], k: int) -> Page | None:
    pf = _frames()
    text = "".join(s.paragraphs)
    # a deck in its own words: a long sentence with clauses from far down the text, which the lead does not say
    far = [x for paragraph in s.paragraphs for x in _sentences(paragraph)
           if 40 <= len(x) <= 75 and x.endswith("。") and "、" in x and text.find(x) > 2 * LEAD and _WORDS_FIRST.match(x)]
    if not far:
        return None
    day = pf._full(s.when, s.timed)
    return pf._page(s, o, k, [s.title, "", *(_TOOLS[k % len(_TOOLS)] if k % 2 else ()), day, "", far[0].rstrip("。")])


BUILDERS = (("deck under the date, tools over", deck_under_tools), ("deck closed by ！ or ？", exclaimed_deck),
            ("kicker in round brackets", round_kicker), ("label of many words glued", many_words_glued),
            ("deck under the lead photo", deck_under_photo), ("word glued with no space", word_glued),
            ("standfirst under the date", standfirst))


_LONG_LABELS = ("ワールドビジネスサテライト", "特派員メモ・ワシントン発・", "{o}・ワールドウォッチ：", "ラジオ国際情報室 きょうの世界｜",
                "ニュースウオッチ9 国際コーナー｜", "カイダン国際報道部｜", "{o}デジタル 国際アジア面：", "サンデー・ワールドレポート・",
                "アジアウォッチャーズ・オンライン｜", "グローバルエコノミー最前線", "{o}国際ニュース｜", "モーニングニュース・ワールド ")


def long_label_glued(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    label = _LONG_LABELS[k % len(_LONG_LABELS)].format(o=pf.UNKNOWN_OUTLETS[k % len(pf.UNKNOWN_OUTLETS)])
    glued, day, tools = label + s.title, pf._full(s.when, s.timed), _TOOLS[k % len(_TOOLS)]
    return pf._page(s, o, k, ([glued, day, "", s.title], [s.title, "", *tools, "", glued, day],
                              [glued, "", day, "", *tools, "", s.title])[k // len(_LONG_LABELS) % 3])


LATER_BUILDERS = (("long label glued, bare too", long_label_glued),)
