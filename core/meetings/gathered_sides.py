"""The sides of a sitting one body convenes with others or several hold together (厚労省は…東京都の職員や…
の関係者を集めて緊急対策会議を行った, A、BとCが共催した官民会議): every body named before the cue, or listed by
its staff.

Kept apart from core.meetings.listed, whose readers each add a side a clause names around the meeting word:
this one reads a whole list of hosts and guests.
"""

from __future__ import annotations

import re

from core.meetings.mention import MeetingMention, Participant
from core.meetings.people import name_of
from core.scan_ending import search_ending


# 関係者を集めて緊急対策会議を行った, AとBが共催した官民会議: the sides a sitting is held by, named before the cue
_GATHERED = re.compile(r"(?:を集め|を招[いき]|(?:が|の)(?:共催|合同で|共同で))[^、。]{0,12}$")
# 東京都の職員や: a local government or a body named by its staff; 横浜市, 神奈川県: a local government
_STAFF_OF = re.compile(r"の(?:職員|関係者|担当者|幹部|代表|首長|責任者)")
_LOCAL_GOVERNMENT = re.compile(r"(?:都|道|府|県|市|区|町|村)$")


def held_together(body: str, mention: MeetingMention, actors, places, clause: int, start: int) -> None:
    """厚労省は…東京都の職員や…の関係者を集めて緊急対策会議を行った: a sitting one body convenes with others, or
    several hold together (A、BとCが共催した会議), has each body named before the cue as a side."""
    cue = search_ending(_GATHERED, body, clause, start)
    if cue is None or len(mention.participants) >= 2:
        return
    named = sorted({(m.start, m.end): m for m in actors + places if clause <= m.start and m.end <= cue.start() and (
        m.type in ("ORG", "GPE") or m.type == "LOC" and (_LOCAL_GOVERNMENT.search(body, m.start, m.end)
                                                         or _STAFF_OF.match(body, m.end)))}.values(),
                   key=lambda m: m.start)
    named = [m for m in named if not body.startswith(("によると", "によれば"), m.end)]
    if len(named) >= 2:
        mention.participants = unique_sides([Participant(name_of(body, m), m.entity_id) for m in named])
    if mention.participants:
        listed = [Participant(name) for name in staff_listed(body, clause, cue.start())]
        sides = unique_sides(mention.participants + [
            p for p in listed if not any(p.name in q.name or q.name in p.name for q in mention.participants)])
        # in the order the clause names them, whether an entity or only the list names each
        mention.participants = sorted(sides, key=lambda p: _named_at(body, p.name, clause, cue.start()))


def _named_at(body: str, name: str, clause: int, end: int) -> int:
    """Where the clause names a side first (after every side it names when it does not write it so)."""
    at = body.find(name, clause, end)
    return at if at >= 0 else end


# …東京都の職員や都内23区の職員および、…の明治神宮や国立…センターの関係者を集めて: bodies listed by their staff
_STAFF_LIST_END = re.compile(r"の(?:職員|関係者|担当者|幹部|代表|責任者)(?:ら)?$")
_LIST_JOINS = re.compile(r"(?:や|および|及び|並びに|、)+")
_LISTED_NAME = re.compile(r"[\u4e00-\u9fff\u30a1-\u30faー0-9０-９]{2,20}")


def staff_listed(body: str, clause: int, cue: int) -> list[str]:
    """The bodies a list of staff gathered names (A の職員や B および C の関係者 → A, B, C), when the list ends on
    their staff right before the cue; each the name after its last の (…周辺の明治神宮: 明治神宮)."""
    if not search_ending(_STAFF_LIST_END, body, clause, cue):
        return []
    # the list opens after the last particle before it (厚労省は9月6日に|東京都の職員や…)
    opened = max([clause] + [body.rfind(w, clause, cue) + 1 for w in "にはがで" if body.rfind(w, clause, cue) >= 0])
    names = []
    for item in _LIST_JOINS.split(body[opened:cue]):
        item = _STAFF_OF.sub("", item.removesuffix("ら")).rsplit("の", 1)[-1]
        if _LISTED_NAME.fullmatch(item):
            names.append(item)
    return names if len(names) >= 2 else []


def unique_sides(sides: list[Participant]) -> list[Participant]:
    """Each side once, by entity (or name), in the order named."""
    seen, out = set(), []
    for side in sides:
        key = side.entity_id or side.name
        if key not in seen:
            seen.add(key)
            out.append(side)
    return out
