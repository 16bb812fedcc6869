"""What an article cites rather than tells: headlines of its sources (『…と統合協議』), link lists to other
stories, the outlets it reports through (朝日新聞によると), and the sides those headlines repeat.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.meetings.mention import MeetingMention, Participant
from core.meetings.triggers import EVENT_USE_AFTER
from core.sentences import LONGEST


# 中国新聞は…連立交渉に入る意向を示したと伝えている, 朝日新聞によると: the outlet that tells of a meeting
_OUTLET_NAME = re.compile(r"(?:新聞|通信|通信社|日報|放送|新報|タイムズ|ポスト|テレビ|紙|ニュース|BBC|CNN|NHK|AP|AFP|ロイター)$")


_SOURCE_AFTER = re.compile(r"(?:[、・][^、。・]{1,12}?)*(?:など|等)?(?:によると|によれば|の報道)")


_TELLER_AFTER = re.compile(r"(?:など|等)?(?:は|が)")


_REPORTS = re.compile(r"(?:と|を)(?:伝え|報じ|報道し)")


def reporter(body: str, participant: Participant, s_start: int, s_end: int) -> bool:
    """Whether the side is a news outlet its sentence reports through (Xによると, Xは…と伝えた), not an
    outlet that takes part (朝日新聞によると、主催者の朝日新聞と高野連は…会合で)."""
    if not _OUTLET_NAME.search(participant.name) or participant.role == "host":
        return False
    at, told = body.find(participant.name, s_start, s_end), False
    while at >= 0:  # every time the sentence names it, it tells
        end = at + len(participant.name)
        if not (_SOURCE_AFTER.match(body, end) or _TELLER_AFTER.match(body, end) and _REPORTS.search(body, end, s_end)):
            return False
        at, told = body.find(participant.name, end, s_end), True
    return told


# 『…東京TYと詰めの協議』, 『…新銀行東京が交渉』: a headline drops the verb; the noun that ends it, or
# that follows its partner, is the event
_HEADLINE_SIDE = re.compile(r"(?:と|との|が|は)(?:[^、。と『』「」]{0,4}の|[\u4e00-\u9fff]{1,4})?$")


def headline_event(body: str, start: int, end: int) -> bool:
    """Whether a bare 協議 or 交渉 in a cited headline tells talks: a side marked just before it."""
    if not in_cited_title(body, start):
        return False
    opened = body.rfind("『", 0, start)
    return bool(_HEADLINE_SIDE.search(body, opened + 1, start))


# 両与党の「安全保障法整備に関する与党協議」で: talks known by a name in brackets, the name a phrase of its own
# (no clause inside: 「対話と協議を」, 「協議を続ける」 are quoted words, not a name)
_NAME_OPENED = re.compile(r"「[^「」、。\s をがは]{0,24}$")


def bracketed_event(body: str, s_start: int, start: int, end: int) -> bool:
    """Whether a bare 協議 or 交渉 closes a bracketed name and something happens to the talks so named."""
    return body.startswith("」", end) and _NAME_OPENED.search(body, s_start, start) is not None \
        and EVENT_USE_AFTER.match(body, end + 1) is not None


# a line of a list of links to other stories: a bullet first, no sentence's end (・米テレビ番組がiPhone工場に潜入！)
_LINK_ITEM = re.compile(r"[・▶►]")  # (not ■: the heading of a story told below it)


def in_link_list(body: str, position: int) -> bool:
    """Whether position is on a bulleted line with no full stop: a link to another story, not this one's text (a line
    longer than core.sentences.LONGEST is prose, and a page with no line break is not read back to its start)."""
    floor = max(0, position - LONGEST)
    line_start = body.rfind("\n", floor, position) + 1
    if line_start == 0 and floor > 0:
        return False
    line_end = body.find("\n", position, position + LONGEST)
    line = body[line_start:line_end if line_end >= 0 else min(len(body), position + LONGEST)]
    return bool(_LINK_ITEM.match(line)) and "。" not in line


def sides_told_before(body: str, mention: MeetingMention, earlier: list[MeetingMention]) -> None:
    """A meeting word in a cited headline with no side detected there: the sides of the last meeting the
    article told before whose names all stand in that headline (the source's title repeats the story)."""
    opened = body.rfind("『", max(0, mention.start - LONGEST), mention.start)
    closed = body.find("』", mention.end, mention.end + LONGEST)  # (a page with no 』 is not read on to its end)
    if opened < 0 or closed < 0 or "\n" in body[opened:closed]:
        return
    headline = body[opened + 1 : closed]
    for told in reversed(earlier):
        names = [p.name for p in told.participants]
        if len(names) >= 2 and all(name in headline for name in names) and len(set(names)) == len(names):
            mention.participants = [replace(p) for p in told.participants]
            return


# 覚書調印, 協定に署名, 覚書を交わした: a written agreement right before the signing word
MEMORANDUM_BEFORE = re.compile(r"(?:覚え?書き?|協定書?|合意書|確認書|基本合意書|協約)(?:の|に|を)?$")


def sides_of_talks_before(mention: MeetingMention, earlier: list[MeetingMention]) -> None:
    """A memorandum signed with no side named (「8月1日の覚書調印で全て終わっている」): the sides of the last talks
    of two sides the article told before it, whose agreement it is."""
    for told in reversed(earlier):
        if told.kind in ("talks", "negotiation_round") and len(told.participants) >= 2:
            mention.participants = [replace(p, role="participant") for p in told.participants]
            return


def in_cited_title(body: str, position: int) -> bool:
    """Whether position is inside a cited headline 『…』 of its line."""
    floor = max(0, position - LONGEST)  # (a page with no line break is not read back to its start)
    line_start = max(body.rfind("\n", floor, position), floor - 1) + 1
    opened = body.rfind("『", line_start, position)
    return opened >= 0 and body.rfind("』", opened, position) < 0
