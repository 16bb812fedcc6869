"""A meeting the sides agree on while they meet (AはBと電話会談し、2月10日に直接会談することで合意した; Aは…Bと
会談し、外務次官級協議を10月に再開することで合意した): the pair met earlier in the sentence are its sides, or their
countries when the meeting agreed is held at another level (次官級, 局長級, 事務レベル) than theirs. The partner
of an earlier clause is otherwise no side of a later meeting word (core.meetings.other_side)."""

from __future__ import annotations

import re

from core.meetings.mention import PAIRED_KINDS, TALK_KINDS, MeetingMention, Participant
from core.meetings.people import people_count, person_country
from core.registry import bundled_registry

# the meeting word is what the clause agrees on: …会談することで合意, …協議を…再開することで一致
_AGREED = re.compile(r"[^。、「」]{0,30}?(?:する|を開く|を行う|を開催する|を実施する|を再開する)ことで(?:合意|一致)")
# a level of its own written before the word: 外務次官級協議, 局長級協議, 事務レベル協議
_OTHER_LEVEL = re.compile(r"(?:次官|局長|審議官|課長|事務|実務|作業)(?:級|レベル)?の?[\u4e00-\u9fff]{0,4}$|(?:級|レベル)の?$")


def agreed_by_the_pair(body: str, mention: MeetingMention, earlier: list[MeetingMention], clause: int,
                       start: int) -> None:
    """Give the meeting agreed the sides of the pair's meeting told before it in its sentence."""
    if mention.kind not in PAIRED_KINDS or people_count(mention) >= 2 or not _AGREED.match(body, mention.end):
        return
    pair = next((m for m in reversed(earlier) if m.sentence == mention.sentence and m.end <= start
                 and m.kind in TALK_KINDS and len(m.participants) == 2), None)
    if pair is None:
        return
    keys = [p.entity_id or p.name for p in pair.participants]
    if any((p.entity_id or p.name) not in keys for p in mention.participants):
        return  # (another side named with the meeting agreed: its own)
    if _OTHER_LEVEL.search(body, max(clause, start - 10), start):
        countries = [person_country(p.entity_id) for p in pair.participants]
        named = [bundled_registry().get(f"country:{c}") if c else None for c in countries]
        if None in named or countries[0] == countries[1]:
            return
        mention.participants = [Participant(n.name, n.id) for n in named]
        return
    mention.participants = [Participant(p.name, p.entity_id, office=p.office, country=p.country)
                            for p in pair.participants]
