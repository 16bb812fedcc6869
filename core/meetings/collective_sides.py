"""Sides written as one collective word glued to the talks: 与党協議 (the ruling parties), 野党党首会談, 与野党協議 (the
ruling and the opposition parties). No entity names them, yet they are the talks' sides as the text names them, when
the article names no party of its own (自民・公明両与党の「与党協議」: the parties, read by the clause's readers)."""

from __future__ import annotations

import re

from core.meetings.mention import MeetingMention, Participant

# 与党協議, 与党党首会談, 与野党幹事長会談, 野党実務者協議: the collective, then at most a level, glued to the word
_GLUED = re.compile(r"(?P<who>与野党|与党|野党)(?:党首|幹事長|国対委員長|政調会長|実務者|幹部|代表者)?$")
_SIDES = {"与野党": ("与党", "野党"), "与党": ("与党",), "野党": ("野党",)}
_KINDS = ("talks", "negotiation_round")


def collective_glued(body: str, start: int) -> str | None:
    """The collective word glued right before the meeting word at start (与党 of 与党協議), or None."""
    found = _GLUED.search(body, max(0, start - 8), start)
    return found.group("who") if found else None


def collective_sides(body: str, mention: MeetingMention) -> bool:
    """Give talks with no side read the collective sides glued to their word (与党協議: 与党); whether it did."""
    if mention.participants or mention.kind not in _KINDS or mention.title is not None:
        return False
    who = collective_glued(body, mention.start)
    if who is None:
        return False
    mention.participants = [Participant(name, None) for name in _SIDES[who]]
    mention.anaphoric = mention.refers_back = False  # the talks of those sides, not a word pointing back
    return True
