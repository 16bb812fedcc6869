"""The omitted subject of a signing whose clause names only its partner: 岸田首相は…インドを訪問した。同日、モディ首相と
協定に署名した (the person the text goes on with), さいたま市が募集し、4社が応募。…NACK5と売却契約を締結した (the body
the sentence before stood on). Talks are completed so in core.meetings.more_sides and core.meetings.arguments; a
signing was left with its partner alone."""

from __future__ import annotations

import re

from core.meetings.carried_body import body_subject_before
from core.meetings.each import name_end
from core.meetings.mention import MeetingMention, Participant
from core.meetings.triggers import PARTNER_BEFORE

# a subject of the clause's own (Aは, Bが), not a topic of time or place (10日には, 東京では, …については)
_SUBJECT_IN = re.compile(r"(?<![にでとて])(?:は|が)(?![\u3041-\u3096])")
# 同社, 同市, 当社: a body referred back to, not named
_REFERRING = re.compile(r"(?:同|当|両)")
# 協定を結んでいる八王子市, 締結した契約: the signing describes a noun after it, whose own sentence it is not
_DESCRIBES = re.compile(r"[^、。]{0,8}?(?:た|る|いる|ている|ていた)[\u4e00-\u9fff\u30a1-\u30faー]")


def signing_subject_carried(body: str, mention: MeetingMention, clause: int, start: int, end: int,
                            carried: Participant | None, spans, all_actors, all_places, registry) -> None:
    """Give a signing that opens its sentence's clause with one side, its partner joined by と, and no subject of
    its own, the body the sentence before stood on, else the person carried from before (carried)."""
    if mention.kind != "signing" or len(mention.participants) != 1 or mention.title is not None:
        return
    side = mention.participants[0]
    at = name_end(body, side, clause, start)
    if at < 0 or not PARTNER_BEFORE.match(body, at, start) or _SUBJECT_IN.search(body, clause, start) \
            or _DESCRIBES.match(body, end):
        return
    # (the body the sentence before stood on is nearer than a person carried from further back: さいたま市が募集し
    # after the mayor's comment; a body written 同社 is whatever the entity layer took it for, so it is left)
    named = body_subject_before(body, spans, all_actors, all_places, clause, registry)
    other = named if named is not None and not _REFERRING.match(named.name) else carried
    if other is None or other.name in side.name or side.name in other.name \
            or (other.entity_id and other.entity_id == side.entity_id):
        return
    mention.participants.insert(0, Participant(other.name, other.entity_id))
    mention.sides_elsewhere = True
