"""A headline's topic as a side: 『中国、米国と戦略対話』 — the name a headline opens with, set off by a comma, is a
side of the meeting it tells with a partner."""

from __future__ import annotations

import re

from core.meetings.country_letters import VISIT_HOST
from core.meetings.mention import Participant
from core.meetings.people import name_of
from core.meetings.written_sides import NOT_A_SIDE
from core.nlp.offices import office_after
from core.text import sentence_end

# 『米、北朝鮮と協議へ』, 『新銀行東京、地銀傘下へ東京TYと詰めの協議』: a headline's topic, set off by a
# comma at its start, then a partner joined by と before the meeting word
_HEADLINE_TOPIC = re.compile(r"(?:^|(?<=[\n『]))『?(?P<name>[\u4e00-\u9fff\u30a1-\u30faーA-Za-z][\u4e00-\u9fff\u30a1-\u30faーA-Za-z・]{0,11})、")
_HEADLINE_PARTNER = re.compile(r"(?:ら|側|政府)?(?:と|との)[^、。「」『』]{0,8}")
# a sentence of prose ends on a verb or an adjective (…と会談した。, …協議する。): 同日、A首相と会談した opens on a
# day, not on a headline's topic; a headline ends on a noun or へ (『米、北朝鮮と協議へ』)
_PROSE_END = re.compile(r"[うくぐすずつぬぶむるたいだん]$")


def headline_topic(body: str, actors, s_start: int, start: int, found: list[Participant]) -> list[Participant]:
    """『中国、米国と戦略対話』: the topic a headline opens with is a side of the meeting it tells with a partner
    (a country's one-character name is the country; a name no entity holds is taken as written)."""
    opened = body.rfind("『", s_start, start)  # a cited headline inside the sentence (…ニュース『松下、…』)
    opened = opened + 1 if opened >= 0 and body.find("』", opened, start) < 0 else s_start
    topic = _HEADLINE_TOPIC.match(body, opened)
    if topic is None or len(found) > 1 or topic.end() > start or _told_in_prose(body, opened, start):
        return found
    partner = next((m for m in reversed(actors) if topic.end() <= m.start and m.end <= start
                    and m.type in ("PERSON", "GPE", "ORG")), None)
    if partner is None or not _HEADLINE_PARTNER.fullmatch(body, partner.end + len(
            office_after(body, partner.end).group(0) if office_after(body, partner.end) else ""), start):
        return found
    if not found:
        found = [Participant(name_of(body, partner), partner.entity_id)]
    elif found[0].entity_id != partner.entity_id and found[0].name != name_of(body, partner):
        return found
    name = topic["name"]
    if len(name) == 1:
        side = Participant(name, VISIT_HOST[name]) if name in VISIT_HOST else None
    else:
        named = next((m for m in actors if m.start == topic.start("name") and m.end == topic.end("name")
                      and m.type in ("PERSON", "GPE", "ORG")), None)
        if office_after(name, 0) or name in NOT_A_SIDE or any(m.start < topic.end("name") and m.end > topic.start("name")
                                                                 and m is not named for m in actors):
            return found  # a title (首相、: core.meetings.titles), or a name cut across by another
        side = Participant(name_of(body, named), named.entity_id) if named is not None else Participant(name)
    return [side] + found if side is not None and side.name != found[0].name else found


def _told_in_prose(body: str, opened: int, start: int) -> bool:
    """Whether the words opened at a line's start (no 『 before them) make a sentence of prose: it ends, at its 。
    or its line's end, on a verb or an adjective (同日、モディ首相と会談した。)."""
    if body.startswith("『", opened - 1) or body.startswith("『", opened):
        return False
    return _PROSE_END.search(body[start : sentence_end(body, start)]) is not None
