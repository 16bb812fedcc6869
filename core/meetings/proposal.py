"""A proposed meeting: what the mentions of one article that tell one meeting say of it."""

from __future__ import annotations

from dataclasses import dataclass, field

from core.meetings.mention import MeetingMention, Participant


@dataclass
class Proposal:
    kind: str
    status: str
    participants: list[Participant]
    start: str | None = None
    precision: str = "unknown"
    date_text: str | None = None
    place: str | None = None
    place_text: str | None = None
    title: str | None = None
    mentions: list[MeetingMention] = field(default_factory=list)
    end: str | None = None  # the last day, month… of a range (今年前半: 2026-01 … 2026-06)
    level: str | None = None  # heads, foreign ministers…: the level its words tell (core.meetings.levels.level_of)
    reported: str | None = None  # the day of its article's report (its date line's day, else its publication day)

    def as_dict(self) -> dict:
        return {"kind": self.kind, "participants": self.participants, "start": self.start, "place": self.place,
                "title": self.title}
