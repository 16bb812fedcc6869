"""The year, month or week a meeting word's own clause writes right before it (今年秋の訪日, 来年の…訪日, 先月の
会談), read when a bare word refers back.

With no date line to resolve them against, 今年 and 来年 resolve to nothing, and a bare 訪日 would join any visit
told before. As written they still tell two occasions apart: a visit 今年秋 and one 来年 are two visits, whatever
year the article was written in (両首脳が合意していた今年秋の訪日を断念した, after …来年の適切な時期にプーチン氏の
訪日を準備することで一致した). A telling that writes no such word says nothing either way.
"""

from __future__ import annotations

import re

from core.meetings.agreement import LOOK_BACK

# 昨年から続く協議, 先月に続く会談, 昨年以来の会談, 昨年来の: the time the talks run from, not their occasion's (the word
# may well be the meeting just told)
_SINCE = r"から|以来|以降|来[の、]|に続"
# a word of time relative to the writing, its season after it or folded in (今秋, 来春), and what may stand between
# it and the meeting word in one clause (来年の適切な時期にプーチン氏の訪日): no comma, no full stop. The greedy start
# makes the word nearest the meeting word the one read (昨年の首脳会談で合意した来年の訪日: 来年, not 昨年)
_RELATIVE = re.compile(r".*(?P<word>一昨年|再来年|今年|本年|来年|昨年|去年|年内|今月|来月|先月|今週|来週|先週"
                       r"|(?P<folded>[今来昨])(?:春|夏|秋|冬))(?!" + _SINCE + r")[^、。「」『』]{0,16}$")
# each word as one point of its scale: two words of one scale and different points are two times
_POINTS = {"一昨年": ("year", -2), "昨年": ("year", -1), "去年": ("year", -1), "今年": ("year", 0),
           "本年": ("year", 0), "年内": ("year", 0), "来年": ("year", 1), "再来年": ("year", 2),
           "先月": ("month", -1), "今月": ("month", 0), "来月": ("month", 1),
           "先週": ("week", -1), "今週": ("week", 0), "来週": ("week", 1)}
_FOLDED = {"昨": -1, "今": 0, "来": 1}
_REACH = 24  # characters before the word: its own clause, not the sentence before


def time_written(body: str, start: int, sentence_start: int) -> tuple[str, int] | None:
    """(scale, point) of the last relative time word in the clause right before position, or None."""
    found = _RELATIVE.search(body, max(sentence_start, start - _REACH), start)
    if found is None:
        return None
    if found["folded"]:
        return "year", _FOLDED[found["folded"]]
    return _POINTS[found["word"]]


# a word of another year or month than the writing's anywhere in a sentence (先月10日、…と会談した: the day is
# last month's; 来月10日に会談する: next month's)
_NOT_NOW = re.compile(r"一昨年|再来年|昨年|去年|来年|先月|来月|[昨来][春夏秋冬]")


def times_written_apart(body: str, mention, earlier) -> bool:
    """The bare word's clause writes a year, month or week that every telling of the earlier meeting contradicts
    (今年秋の訪日 / 来年の…訪日): another occasion. None written on either side, or one that agrees: no evidence.
    Another year or month (先月の会談, 昨年の会談, 来年の会談) contradicts a meeting told with its day alone and no
    such word in its sentences (10日、…と会談した): the news writes a day alone for a day of the month it reports in."""
    own = time_written(body, mention.start, mention.sentence[0])
    if own is None:
        return False
    tellings = _tellings(earlier)
    told = [time_written(body, m.start, m.sentence[0]) for m in tellings]
    of_scale = [t for t in told if t is not None and t[0] == own[0]]
    if of_scale:
        return own not in of_scale
    return own[0] in ("year", "month") and own[1] != 0 and _told_this_month(body, tellings)


def _tellings(earlier) -> list:
    """The first telling of the earlier meeting and its last LOOK_BACK: each bare word asks this of the meeting it
    would join, so a page telling one meeting a thousand times costs each word the same work, not all the tellings
    before it (an article tells a meeting a few times)."""
    return [*earlier.mentions[:1], *earlier.mentions[1:][-LOOK_BACK:]]


def _told_this_month(body: str, tellings: list) -> bool:
    """Whether a telling of the meeting writes its day with no month (10日) and none of its sentences (each read
    once) another year or month."""
    return any(m.day_written is not None and m.day_written[0] is None for m in tellings) \
        and not any(_NOT_NOW.search(body, *sentence) for sentence in {m.sentence for m in tellings})
