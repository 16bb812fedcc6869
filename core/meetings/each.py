"""One meeting word, several meetings: XはA、Bとそれぞれ会談した is a meeting of X with A and
another of X with B, not one meeting of three."""

from __future__ import annotations

import re
from dataclasses import replace

from core.meetings.mention import MeetingMention, Participant
from core.meetings.people import SUBJECT_AFTER
from core.nlp.offices import office_after

# とそれぞれ会談, と個別に会談, と相次いで電話で協議, とも別々に会った
_EACH_BEFORE = re.compile(r"(?:と|とも|との間で)(?:それぞれ|個別に|別々に|相次いで|次々と?)(?:[^、。とはが]{0,4})?$")
_ASIDE = re.compile(r"[(（][^()（）。]{1,20}[)）]")


def _is_subject(body: str, participant: Participant, clause: int, start: int) -> bool:
    """Whether the participant's name stands before は or が (with its aside and office) in the clause."""
    at = body.find(participant.name, clause, start)
    if at < 0:
        return False
    position = at + len(participant.name)
    aside = _ASIDE.match(body, position)
    position = aside.end() if aside else position
    title = office_after(body, position)
    position = title.end() if title and title.start() == position else position
    return SUBJECT_AFTER.match(body, position) is not None


def each_apart(body: str, mention: MeetingMention, clause: int, start: int) -> list[MeetingMention]:
    """The mention as it is, or one mention for each partner met in turn (それぞれ, 個別に, 相次いで)."""
    if len(mention.participants) < 3 or mention.title or not _EACH_BEFORE.search(body, clause, start):
        return [mention]
    subjects = [p for p in mention.participants if _is_subject(body, p, clause, start)]
    partners = [p for p in mention.participants if p not in subjects]
    if len(subjects) != 1 or len(partners) < 2:
        return [mention]
    return [replace(mention, participants=[replace(subjects[0]), replace(partner)]) for partner in partners]
