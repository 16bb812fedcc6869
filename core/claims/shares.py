"""A survey's share is no speaker: the people it counts are (9割以上の男性 → 男性; 74.1%が「…」と答えた → the
people asked, 20代の男性500人に聞いたところ), else nobody."""

from __future__ import annotations

import re

_SHARE = re.compile(r"^(?:約|およそ)?(?:[0-9０-９]+(?:[.．][0-9０-９]+)?(?:%|％|パーセント|割)|[一二三四五六七八九十]割|半数|過半数|大半)"
                    r"(?:以上|以下|近く|強|弱|超)?(?:の|が)?")
# Who was asked, in the sentence before the answer: 20代の男性500人に聞いたところ, 全国の女性を対象にした調査
# (…というアンケートをギャル約2万人に行った所)
_ASKED = re.compile(r"(?P<who>[^、。「」をにはが]{2,24}?)(?:約|およそ)?(?:[0-9０-９,，万千百]+人)?"
                    r"(?:に(?:聞いた|尋ねた|質問した|調査した|アンケート|行った|行なった|実施した)|を対象に)")


def without_share(body: str, text: str, start: int) -> str | None:
    """The holder text with a share taken off, the people asked when only a share is left, or None."""
    share = _SHARE.match(text)
    if share is None:
        return text
    rest = text[share.end():]
    if len(rest) >= 2:
        return rest
    s_start = body.rfind("。", 0, max(0, body.rfind("。", 0, start))) + 1  # this sentence and the one before
    asked = None
    for asked in _ASKED.finditer(body, s_start, start):
        pass
    return asked.group("who") if asked is not None else None
