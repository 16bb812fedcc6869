"""The partner of another round carried from the round told before: 盧大統領は3日、金正日総書記と首脳会談を行った。
4日には再び会談し — talks told again (再び, 再度, 第2回, 交渉を再開) on a day of their own with one side read are held with the partner
that side met in the meeting told just before, when it met only that one there."""

from __future__ import annotations

from core.meetings.mention import MeetingMention, Participant

_KINDS = ("talks", "negotiation_round", "phone_call", "video_call")
_SENTENCES_BACK = 3  # how many sentences before the round the meeting it continues may be told
_REACH = 600  # characters: and no further back than a few sentences run


def _key(side: Participant) -> str:
    return side.entity_id or side.name


def _same(a: Participant, b: Participant) -> bool:
    """One side under two names: the same entity, or one name inside the other (盧 of 盧武鉉)."""
    return bool(a.entity_id and a.entity_id == b.entity_id) or a.name in b.name or b.name in a.name


def round_partner(mention: MeetingMention, earlier: list[MeetingMention], spans: list[tuple[int, int]]) -> None:
    """Another round (mention.next_round) of talks with one side read: the partner that side met in the meetings of
    the last few sentences joins, when all of those gave it the same one partner (AはBと会談し、Cとも会談した。再び
    会談: either may be meant, nobody joins). spans: the article's sentences."""
    if not mention.next_round or mention.kind not in _KINDS or len(mention.participants) != 1 or mention.title \
            or mention.date is None or mention.date_carried:
        return  # (次回の協議では…, no day of its own: which round is meant is not said, nor whether it is held)
    side = mention.participants[0]
    s_start = mention.sentence[0]
    starts = [begin for begin, _ in spans if begin <= s_start]
    floor = max(starts[-1 - _SENTENCES_BACK] if len(starts) > _SENTENCES_BACK else 0, s_start - _REACH)
    partners = []
    for before in earlier:
        if before.sentence[0] < floor or before.kind not in _KINDS or before.start >= mention.start:
            continue
        if len(before.participants) == 2 and any(_same(side, p) for p in before.participants):
            partners += [p for p in before.participants if not _same(side, p)]
        elif any(_same(side, p) for p in before.participants):
            return  # a meeting of several sides, or of that side alone: which partner is meant is not said
    if partners and len({_key(p) for p in partners}) == 1:
        mention.participants.append(Participant(partners[-1].name, partners[-1].entity_id))
