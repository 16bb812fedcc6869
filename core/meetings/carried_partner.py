"""The partner of the subject of the sentence before: トランプ大統領は15日、アラスカでプーチン大統領と向き合った。
約3時間の会談の後、… — the talks whose only side read is the subject the sentence before stood on (carried, or named
again: 会談で茂木氏は…) take the one person that sentence joined to that subject by と (its verb no meeting word:
向き合った, 顔を合わせた) as their other side; talks with no side opening their sentence (会談は約3時間に及んだ) take
both. A companion (とともに, と一緒に) or a person compared (と比べ, と並ぶ) is no partner."""

from __future__ import annotations

import re

from core.meetings.mention import MeetingMention, Participant
from core.meetings.people import ASIDE, SUBJECT_AFTER, name_of, not_a_side
from core.meetings.triggers import TRIGGER
from core.nlp.offices import office_after

_KINDS = ("talks", "phone_call", "video_call")
_SIDE_TYPES = ("PERSON", "ORG", "GPE")
# Bと, Bとの, Bとも: joined to the subject as the one met (not とともに, と共に, と一緒に, と並んで, と比べ, と同じく…)
# what may open the talks' sentence before the word: a time, a connective, a number (約3時間の会談は, その後の会談で)
_OPENING = re.compile(r"[\d０-９年月日時分間約半余午前後のにはでも、また一方そこの今回際続いて行われた]*")
_PARTNER = re.compile(r"(?:氏|ら)?(?:と|との|とも)(?!とも|共に|ともに|一緒|並|比|同|異な|違|は別|して|する|いう|みられ|見られ|思)")


def _after_name(body: str, mention) -> int:
    """Where the particle of a person's name stands: past an aside in brackets and an office."""
    position = mention.end
    aside = ASIDE.match(body, position)
    position = aside.end() if aside else position
    title = office_after(body, position)
    return title.end() if title and title.start() <= position + 1 else position


def carried_partner(body: str, mention: MeetingMention, all_actors, s_start: int, actors) -> None:
    """Give mention (talks whose one side is the subject of the sentence before, carried or named again; or
    talks with no side, opening their sentence: 会談は約3時間に及んだ) the subject and the person that sentence
    joined to it by と, when its own sentence names nobody else and that sentence one such and no meeting word."""
    if mention.kind not in _KINDS or len(mention.participants) > 1 or mention.title is not None:
        return
    if not body.startswith("。", s_start - 1):  # the sentence before, in the same paragraph
        return
    side = mention.participants[0] if mention.participants else None
    if any(m.type in _SIDE_TYPES and s_start <= m.start < mention.sentence[1] and not (side and _is(body, m, side))
           for m in actors):
        return  # its own sentence names someone else: the subject is not all it says of the sides
    p_start = max(body.rfind("。", 0, s_start - 1), body.rfind("\n", 0, s_start - 1)) + 1
    if TRIGGER.search(body, p_start, s_start):
        return  # a meeting told there (…と会談した。…その後、財界人らと会談した): its partner is its own
    before = [m for m in all_actors.within(p_start, s_start - 1) if m.type in _SIDE_TYPES]
    subject = next((m for m in before if m.type == "PERSON" and SUBJECT_AFTER.match(body, _after_name(body, m))
                    and (side is None or _is(body, m, side))), None)
    if subject is None:
        return
    partners = [m for m in before if m.start > subject.end and _PARTNER.match(body, _after_name(body, m))]
    if len(partners) != 1 or partners[0].type != "PERSON" or not_a_side(body, partners[0].end):
        return
    partner = Participant(name_of(body, partners[0]), partners[0].entity_id)
    if side is None:
        if not _OPENING.fullmatch(body, s_start, mention.start):
            return  # (…の会談は: talks of others, named before the word)
        side = Participant(name_of(body, subject), subject.entity_id)
        if not _is(body, partners[0], side):
            mention.participants = [side, partner]
    elif not _is(body, partners[0], side):
        mention.participants.append(partner)


def _is(body: str, m, side: Participant) -> bool:
    """Whether the mention names the side: by its entity, else by its name."""
    return m.entity_id == side.entity_id if m.entity_id and side.entity_id else name_of(body, m) == side.name
