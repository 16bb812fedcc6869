"""A dinner or luncheon given for a guest named after the meal (…レストランでの夕食会に胡主席を招き; 昼食会を
主催し、A首相を迎えた): a meeting of the host (the clause's subject) and the guest. A meal named with no
guest and nobody met (首相は晩餐会を開催した) tells no meeting of two sides and stays gated (core.meetings.gate)."""

from __future__ import annotations

import re

from core.meetings.guests import RECEIVING
from core.meetings.mention import MeetingMention, Participant
from core.meetings.people import name_of, unique
from core.nlp.offices import office_after

# 夕食会に胡主席を招き, 昼食会に大統領夫妻を招待した, 夕食会を開いてA首相をもてなした, 晩餐会を主催し、A首相を迎えた
GUEST_AFTER = re.compile(r"(?:に|を(?:主催|開催|開い|開き|催し)(?:て|し|した)?、?)[^、。をがは]{0,24}?"
                         r"を" + RECEIVING)
# what may stand between the guest's name and を: an office, 夫妻 or 夫人, 一行
_AFTER_NAME = re.compile(r"(?:夫妻|夫人|一行|ら)?を")


def meal_guest(body: str, mention: MeetingMention, actors, end: int) -> None:
    """The guest a meal is given for, named between the meal word and the verb of inviting, joins its sides."""
    found = GUEST_AFTER.match(body, end)
    if found is None:
        return
    object_end = found.start() + found.group(0).rfind("を") + 1  # (the を the verb of inviting takes)
    guest = None
    for m in actors:
        if m.type not in ("PERSON", "GPE", "ORG") or not end < m.start < object_end:
            continue
        title = office_after(body, m.end) if m.type == "PERSON" else None
        at = title.end() if title is not None and title.start() == m.end else m.end
        if _AFTER_NAME.fullmatch(body, at, object_end):
            guest = m
    if guest is not None:
        mention.participants = unique(mention.participants + [Participant(name_of(body, guest), guest.entity_id)])

