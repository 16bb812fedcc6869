"""An earlier meeting of the pair just told, told again by its own day inside the story of a later one
(河野外相は20日、王外相と会談した。両氏の会談は今月1日にタイで実施したばかりで…): a meeting of that pair on
that day, which another outlet's report of the first meeting can join, not a word pointing back to the later one."""

from __future__ import annotations

import re

from core.meetings.mention import MeetingMention, Participant
from core.meetings.merge import kinds_fit
from core.meetings.proposal import Proposal

# 両氏の会談, 両首脳の会談, 両外相の会談: the two people just told
_PAIR_BEFORE = re.compile(r"両(?:氏|者|首脳|外相|首相)の$")
# …は今月1日にタイで実施したばかり, …は1日に行われた: the day the talks were held, told right after the word
_HELD_ON_DAY = re.compile(r"[^、。]{0,12}?に(?:[^、。]{1,8}?で)?(?:実施|行われ|開かれ|開催)")


def pair_met_before(body: str, mention: MeetingMention, candidate: Proposal, proposals: list[Proposal]) -> bool:
    """Give a bare meeting word of the pair (両氏の会談は1日に…実施) the people of the last meeting told with two,
    when its own day, written after it as the day it was held, is another day than that meeting's; whether it did."""
    date = mention.date
    if mention.participants or mention.date_carried or date is None or len(str(date.value or "")) != 10 \
            or date.start < mention.end or not _PAIR_BEFORE.search(body, max(0, mention.start - 4), mention.start) \
            or not _HELD_ON_DAY.match(body, date.end):
        return False
    earlier = next((p for p in reversed(proposals) if len(p.participants) == 2 and kinds_fit(candidate.kind, p.kind)),
                   None)
    if earlier is None or not earlier.start or len(earlier.start) != 10 or earlier.start == date.value:
        return False
    candidate.participants = [Participant(p.name, p.entity_id) for p in earlier.participants]
    mention.participants = list(candidate.participants)
    mention.anaphoric = mention.refers_back = False  # a meeting of its own day, not the one told before
    return True
