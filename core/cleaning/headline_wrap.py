"""A headline the page's width wrapped over two lines: the cut falls where no writer ends a line.

A page that breaks a long headline at its width cuts it wherever the width ends: inside a word (アクション映 /
画『ワイルド7』), before a particle or an ending (…ビジネスパーソン / に聞いた), after a particle or a prefix
(…ビジネスパーソンに / 聞いた「…」). A headline over its deck, or a series' label over its headline, is parted
where a line may end: after a whole word, a bracket or a mark."""

from __future__ import annotations

import re
from functools import lru_cache

from core.nlp.tokens import tagger

# Words no line of a headline or a deck opens with: particles, endings, suffixes, closing marks
_NO_OPENING = ("助詞", "助動詞", "接尾辞")
_CLOSING_MARKS = ("句点", "読点", "括弧閉")
# Words after which a headline goes on: the case particles that need their verb, a prefix, a conjunctive particle
_GOES_ON = ("を", "が", "の")
_NO_CLOSING = ("接頭辞",)
_JOINING = ("接続助詞",)
_OPENERS = "「『（(【“〈《［"
_LEADING_MARKS = "：:、。」』）)】”〉》］"
NARROWEST = 12  # wide characters of a headline's line on the narrowest page (a phone's column) at least
_PARTS = re.compile(r"[、，,\s\u3000]")  # marks and blanks that part a line into words of a headline


@lru_cache(maxsize=256)  # (the halves are asked for twice: as a cut headline, then loosely)
def cut_by_width(upper: str, lower: str) -> bool:
    """The two lines read as one headline cut where no line ends: a word across the cut, a particle or an ending
    opening the lower line, a case particle or a prefix closing the upper one."""
    if not upper or not lower:
        return False
    if upper[-1] in _OPENERS or lower[0] in _LEADING_MARKS:
        return True  # a bracket opened at the line's end (…聞いた「 / 子供を…」), a colon opening the line
    if _width(upper) < NARROWEST and _width(upper) * 2 < _width(lower) and not _PARTS.search(upper):
        return False  # a page's width leaves the upper line full: a short phrase, under half as wide as the line
        # under it, is a line of its own (a topic's label over the headline: ウクライナ情勢 / ロシア軍、…)
    cut, at = len(upper), 0
    last = first = None
    for token in tagger()(upper + lower):
        start, at = at, at + len(token.white_space) + len(token.surface)
        start += len(token.white_space)
        if start < cut < at:
            return token.feature.pos1 not in ("補助記号", "記号", "空白")  # a word across the cut
        if at == cut:
            last = token
        elif start == cut:
            first = token
            break
    if last is None or first is None:
        return False
    if first.feature.pos1 in _NO_OPENING or (first.feature.pos1 == "補助記号" and first.feature.pos2 in _CLOSING_MARKS):
        return True
    return (last.feature.pos1 in _NO_CLOSING or last.feature.pos2 in _JOINING
            or (last.feature.pos2 == "格助詞" and last.surface in _GOES_ON))


def _width(text: str) -> float:
    """How wide a line prints: a narrow (half-width) character half a wide one."""
    return sum(0.5 if ord(char) < 0x3000 or 0xFF61 <= ord(char) <= 0xFF9F else 1.0 for char in text)
