"""The speaker of a quote as the visitor of the visit it tells with its destination only: 岸田首相は「来月、中国を
訪問する」と語った, 首相は「早期に訪中したい」と述べた — Japanese drops the first person, so the one who says they will
go is the person standing as the subject before the quote. A quote with a subject of its own (「小泉総理は…平壌を訪れ」)
or a visitor read keeps its own, and so does a visit describing those it names after it (「中国を訪問する各国首脳を
歓迎する」: they go)."""

from __future__ import annotations

import re

from core.clauses.phrases import phrases_to
from core.meetings.listed import quote_speaker
from core.meetings.mention import MeetingMention, Participant
from core.meetings.people import name_of, person_country
from core.nlp.offices import office_after

_SUBJECT_GROUPS = ("topic", "subject")
# 中国を訪問する各国首脳, 訪日した米大統領: the visit word describing who comes after it, the verb then a noun of people
_DESCRIBING = re.compile(r"(?:する|した|している|していた|中の)")
_PEOPLE = re.compile(r"各国|首脳|要人|一行|代表団|使節団|閣僚|観光客|人々|人たち|客")


def visitor_of_quote(body: str, mention: MeetingMention, actors, s_start: int, clause: int, start: int) -> None:
    """Put the quote's speaker (a person) first as the visitor of a visit told inside the quote with hosts only."""
    if mention.kind != "visit" or clause <= s_start or not body.startswith("「", clause - 1) \
            or not mention.participants or any(p.role != "host" for p in mention.participants):
        return
    if any(p.group in _SUBJECT_GROUPS for p in phrases_to(body, clause, start)) \
            or _describes_visitors(body, actors, mention.end):
        return  # 「小泉総理は…平壌を訪れ」, 「中国を訪問する各国首脳を歓迎する」: the quote names who goes
    speaker = quote_speaker(body, actors, s_start, clause, ("PERSON",))
    if speaker is None or person_country(speaker.entity_id) in {
            (p.entity_id or "").removeprefix("country:") for p in mention.participants}:
        return  # (習主席は「中国を訪問する」: no one visits their own country)
    if all((p.entity_id or p.name) != speaker.entity_id for p in mention.participants):
        mention.participants.insert(0, Participant(name_of(body, speaker), speaker.entity_id, role="visitor"))


def _describes_visitors(body: str, actors, end: int) -> bool:
    """Whether the visit word ending at end describes the people named right after it (訪問する各国首脳, 訪日した
    米大統領, 来日中のメルケル首相): they are the ones who go, and the speaker only speaks of them."""
    verb = _DESCRIBING.match(body, end)
    if verb is None:
        return False
    at = verb.end()
    office = office_after(body, at)
    return bool(_PEOPLE.match(body, at)) or (office is not None and office.start() == at) \
        or any(m.start == at and m.type in ("PERSON", "ORG", "GPE") for m in actors)
