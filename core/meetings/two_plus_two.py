"""The ministers' "two plus two" (日米2プラス2, 日豪「2プラス2」, 外務・防衛担当閣僚協議(2+2), 日米安全保障協議委員会): the
foreign and defence ministers of two countries meet, a meeting of those countries at the ministerial level.

News writes it with the digits of a sum, so the word is read as a meeting only where no sum is told (2+2=4,
2プラス2で4: a figure before or after, an operator, a result); a football score is written 2-2, never read. Written
in brackets after the meeting's own word (外務・防衛閣僚会合(2プラス2)を開く), it names that meeting, no second one.
"""

from __future__ import annotations

import re

# the word, each form beginning with its own first letter (core.scan reads a pattern by them); 2 is no two plus two
# after a figure or an operator (12+2, 3×2+2), nor before one (2+2=4, 2プラス2は4, 2+2.5)
TWO_PLUS_TWO = (r"[2２](?<![0-9０-９.．+＋=＝×\-−][2２])(?:プラス|\+|＋)[2２](?![0-9０-９.．])"
                r"(?![ 　]*[=＝×÷+＋\-−*/])(?!(?:で|は|が|なら|の答えは?)[ 　]*[0-9０-９]+(?![0-9０-９]*[日月年時分]))"
                r"|ツープラスツー|安全保障協議委員会")
WORD = re.compile(TWO_PLUS_TWO)
# the same word in brackets right after a meeting word, closed: (2プラス2), （２＋２）, 「2プラス2」
GLOSS = re.compile(r"[(（「『](?:" + TWO_PLUS_TWO + r")[)）」』]")
# the level the word tells: its own, or the ministers a 外務・防衛担当閣僚 meeting is of
LEVEL_WORDS = r"[2２](?:プラス|\+|＋)[2２]|ツープラスツー|安全保障協議委員会|(?:外務|防衛)(?:担当)?閣僚"
_MEETING_WORD_BEFORE = re.compile(r"(?:協議|会合|会議|会談|委員会|対話)$")


# (ARF), （ＡＰＥＣ）: the letters a gathering is known by, glossed in brackets after its name
_ACRONYM_GLOSS = re.compile(r"[(（][A-ZＡ-Ｚ][A-ZＡ-Ｚ0-9０-９+＋]{1,7}[)）]")


def past_gloss(body: str, end: int) -> int:
    """Where the words after a meeting word ending at end go on: past a two plus two gloss in brackets (閣僚会合
    (2プラス2)を開く: を開く) or the letters of its name (ASEAN地域フォーラム（ARF）に出席: に出席), else end itself."""
    gloss = GLOSS.match(body, end) or _ACRONYM_GLOSS.match(body, end)
    return gloss.end() if gloss else end


def is_gloss(body: str, start: int) -> bool:
    """Whether the two plus two word at start is the gloss in brackets of a meeting word right before it
    (外務・防衛担当閣僚協議（2プラス2）): that meeting, no other."""
    return start > 0 and body[start - 1] in "(（「『" and GLOSS.match(body, start - 1) is not None \
        and _MEETING_WORD_BEFORE.search(body, max(0, start - 4), start - 1) is not None


def named_by_pair(word: str) -> bool:
    """Whether a meeting word is a two plus two: talks of two countries, not a meeting of many, even where an event
    name covers it (日米安全保障協議委員会)."""
    return WORD.fullmatch(word) is not None
