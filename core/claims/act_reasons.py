"""The reason a body or a person gives for an act of its own, told with として and no verb of saying:
同協会は、…会議において、学生野球憲章に違反するとして、…謹慎処分を発表; 被告の弁護側は同日、実刑判決を不服として控訴を
行った; 欧州委員会は、…違反しているとして、…罰金を科した.

The act that follows (処分, 控訴, 提訴, 抗議, 拒否, 非難…) is no claim; the reason before it is what the one named as the
sentence's topic holds. Not a role or a name (代表として出席, として知られる: no predicate before として), not an act
done to the topic (…として非難されていた, …として処分を受けた, 戒告処分となった) nor one another party does (…として人権
団体からの批判もある), not an act told as the matter of another clause (…として処分したことについて、地裁は…).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate

# The topic, an optional day and meeting, the reason ending in a predicate (or 不服, 不当…), として, then the act
_REASON = re.compile(
    r"(?<![^、。\n」』 ])(?P<who>[^、。「」『』\n()（）]{1,25}?)(?:は、?|では、?|が、)"
    r"(?:(?:同日|当日|[0-9０-９]{1,2}日|[0-9０-９]{1,2}月[0-9０-９]{1,2}日)(?:に|付で|までに)?、?)?"
    r"(?:[^、。「」\n]{0,30}?(?:において|の席で)、)?"
    r"(?P<said>[^、。「」『』\n]{3,60}?(?:る|た|い|だ|不服|不満|不当|違法|違憲))として、?"
    r"(?P<rest>[^。\n「」]{0,60}?)"
    r"(?P<act>処分|控訴|上告|提訴|抗議|告訴|告発|訴え|訴訟|拒否|非難|批判|罰金|制裁)")
# What makes the act not the topic's own: done to it, by another (or after a clause of its own ends: …を決めたが、…提訴),
# an act that is a clause's subject (…として批判が多数寄せられ, 抗議が殺到, 批判の声が上がる: others make it), an appeal or a
# suit a court rejects (…として控訴を棄却: the court's reason, not the topic's), or a matter of the clause
# after it
_NOT_OWN = re.compile(r"(?:[をにが]?(?:され|受け|られ)|と(?:な|され)|保留|を?(?:棄却|却下|退け|破棄)|が|の声)"
                      r"|[^、。]{0,10}(?:こと|問題|裁判|事件)")
_BY_ANOTHER = re.compile(r"から|により|によって|され|が、|たが")
# A reason that only points back (これを不服として提訴: what is objected to is told before, no claim of its own)
_POINTER = re.compile(r"(?:これ|それ|同判決|同処分)を?(?:不服|不満|不当)")
# A topic that is no one: a time, a place word, a thing referred to; a time word is its first part and its last (翌日, 昨年,
# 直後, 期間中), not a name or a person ending so (田中, 村上, 本間, 望月, 春日, 少年)
_NO_ONE = re.compile(r"^(?:これ|それ|この|その|今回|同日|当時|[0-9０-９])|(?:^|[^\u4e00-\u9fff])(?:日|年|月|時|際|後|中|上|前|間)$"
                     r"|[同翌前昨今本先来毎当][日年月時]$|[直以今事午途最期週昼夜席年間][際後中上前間]$")


def act_reasons(body: str, s_start: int, s_end: int, found: list[tuple]) -> list[tuple]:
    """(start, end, cue, attribution, holder span) of each reason the sentence's topic gives for its own act, outside
    the claims already read in the sentence."""
    if body.find("として", s_start, s_end) < 0:
        return []
    out = []
    spans = sorted((a, b) for a, b, *_ in found)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))  # the furthest end of the claims starting up to each one
    pos = s_start
    while (match := _REASON.search(body, pos, s_end)) is not None:
        start, end = match.span("said")
        before = bisect_left(starts, end)  # the claims read already that start before the reason ends
        if _NO_ONE.search(match.group("who").strip()) or _BY_ANOTHER.search(match.group("rest")) \
                or _POINTER.fullmatch(match.group("said")) \
                or _NOT_OWN.match(body, match.end("act"), s_end) \
                or before and reach[before - 1] > start:
            pos = end  # the next topic may stand before this act (…を決めたが、Bは…として提訴)
            continue
        out.append((start, end, "として", "indirect", match.span("who")))
        pos = match.end("act")
    return out
