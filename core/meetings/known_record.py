"""A known meeting as the merge rule reads it (a library row or a batch block's meeting), the levels its tellings
name, and the order known meetings are tried in (core.meetings.known)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from core.meetings.levels import level_of, subject_level


@dataclass
class Known:
    """A meeting made before a telling, as the rule reads it (a library row or a batch block's meeting)."""

    id: object
    kind: str
    status: str
    participants: list
    start: str | None = None
    end: str | None = None
    precision: str | None = None
    date_text: str | None = None
    place: str | None = None
    title: str | None = None
    levels: set = field(default_factory=set)  # the levels its tellings' words name (core.meetings.known.levels_told)
    reported: str | None = None  # the day of the latest report that told it (core.meetings.merge.plans_of_one_time)


def levels_told(told_by: Iterable[str], said_before: Iterable[str]) -> set[str]:
    """The levels a meeting's tellings name: by the words of each meeting word with the six characters before it
    (日中首脳会談, where the mention is 電話会談 of 首脳電話会談) or by the subject of its sentence (米中両国の外相は
    11日、…で会談した), read in the forty characters before the word when its sentence starts there (or the body
    does)."""
    levels = {level_of(w) for w in told_by}
    for before in said_before:
        cut = max(before.rfind("。"), before.rfind("\n"))
        if cut >= 0 or len(before) < 40:
            levels.add(subject_level(before[cut + 1:]))
    return levels - {None}


def words_of(body: str, start: int, end: int) -> tuple[str, str]:
    """A mention's words for levels_told: the word with the six characters before it, and the forty before it."""
    return body[max(start - 6, 0):end], body[max(start - 40, 0):start]


def first_made(candidates: Iterable[Known]) -> list[Known]:
    """Each known meeting once, first made first (a library's ids and a batch block's are in the order made)."""
    once: dict = {}
    for k in candidates:
        once.setdefault(k.id, k)
    return [once[key] for key in sorted(once)]
