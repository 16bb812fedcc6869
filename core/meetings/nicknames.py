"""Meetings told by a nickname: 川習会, 安習会, 文金会 — one character of each leader, then 会.

No list of nicknames: a candidate word (two or three kanji before 会) names a meeting of the
article when each of its characters stands for a different participant of that meeting,
read from the participants' own names. A participant whose name has a kanji form must
start with its character (習 → 習近平); one participant whose name is written only in kana
(トランプ, whose Chinese name 川普 Kaidan does not know) may stand for the remaining one.
At least one character must be read from a name, so 委員会 or 同好会 never match.

A nickname no meeting of its article takes (川習会は30日、釜山で開かれた: the article names neither leader)
is kept with the day its sentence gives, else the one week or month it gives (川習会は今週後半に予定); the import
ties it to the one meeting of that time in the library, dated by a day of its own, whose people it spells
(told_elsewhere): two meetings of the pair that week or month, and it is left alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, timedelta

from core.meetings.mention import TALK_KINDS, MeetingMention
from core.scan import finditer
from core.sentences import sentence_spans

# Searched with core.scan.finditer: it opens with a look-behind and any kanji, so re alone tries every letter.
NICKNAME = re.compile(r"(?<![\u4e00-\u9fff])(?P<initials>[\u4e00-\u9fff]{2,3})会(?![\u4e00-\u9fff])")
_KANJI = re.compile(r"[\u4e00-\u9fff]")


def _fits(initials: str, names: list[str]) -> bool:
    """Each character stands for one participant: by its first kanji, or one kana-only name as a wildcard."""
    if len(initials) != len(names):
        return False
    kanji = [name for name in names if _KANJI.match(name)]
    kana_only = [name for name in names if not _KANJI.search(name)]
    if len(kana_only) > 1 or len(kanji) + len(kana_only) != len(names) or not kanji:
        return False
    firsts = sorted(name[0] for name in kanji)
    rest = list(initials)
    for first in firsts:
        if first not in rest:
            return False
        rest.remove(first)
    return len(rest) == len(kana_only)


def nickname_mentions(body: str, proposals: list) -> int:
    """Add each nickname in body to the one proposal whose people it spells; returns how many were added."""
    added = 0
    for match in finditer(NICKNAME, body):
        start, end = match.start(), match.end()
        fitting = [p for p in proposals if p.kind in TALK_KINDS and _fits(
            match["initials"], [q.name for q in p.participants if not (q.entity_id or "").startswith("country:")])]
        taken = any(m.start < end and start < m.end for p in proposals for m in p.mentions)
        if not fitting or taken:
            continue
        # of two meetings of the pair, a summit rather than a call, then the one told nearest
        proposal = min(fitting, key=lambda p: (p.kind != "talks",
                                               min(abs(m.start - start) for m in p.mentions) if p.mentions else 0))
        proposal.mentions.append(MeetingMention(start, end, match.group(0), proposal.kind, proposal.status,
                                                (start, end), list(proposal.participants)))
        added += 1
    return added


def without_nickname_people(detected: list) -> None:
    """A nickname the entity detector took for a person no list knows (川習会(=トランプ・習近平会談)に向け) is a
    meeting, never one of its sides: dropped from the people of each meeting mention."""
    for mention in detected:
        if any(_is_nickname(p) for p in mention.participants):
            mention.participants = [p for p in mention.participants if not _is_nickname(p)]


def _is_nickname(participant) -> bool:
    return (participant.entity_id or "").startswith("found:PERSON:") and NICKNAME.fullmatch(participant.name) is not None


@dataclass(frozen=True)
class NicknameTelling:
    """A nickname no meeting of its article took, with the one day its sentence gives (or its one week, 2025-W44,
    or month, 2025-10, when it gives no day)."""

    start: int
    end: int
    text: str
    initials: str
    day: str
    sentence: tuple[int, int]


def untied_nicknames(body: str, proposals: list, mentions: list) -> list[NicknameTelling]:
    """The nicknames of body that no proposal holds, each dated by the one day (a DATE mention of a day)
    written in its sentence, else by the one week or month written there; a nickname with no time, or two, is
    left alone. Linear in the article: spans are looked up by bisection."""
    matches = list(finditer(NICKNAME, body))
    if not matches:
        return []
    taken = sorted((m.start, m.end) for p in proposals for m in p.mentions)
    longest = max((e - s for s, e in taken), default=0)
    spans = sentence_spans(body)
    starts = [a for a, _ in spans]
    dates = sorted((m.start, _time_of(m.value)) for m in mentions if m.type == "DATE" and _time_of(m.value))
    out = []
    for match in matches:
        start, end = match.start(), match.end()
        i = bisect_left(taken, (start - longest, -1))
        if any(s < end and start < e for s, e in taken[i:bisect_left(taken, (end, -1))]):
            continue
        k = bisect_right(starts, start) - 1
        if k < 0 or start >= spans[k][1]:
            continue
        sentence = spans[k]
        times = {time for _, time in dates[bisect_left(dates, (sentence[0], "")):bisect_left(dates, (sentence[1], ""))]}
        days = {time for time in times if len(time) == 10} or times  # a day written beside a month dates it
        if len(days) == 1:
            out.append(NicknameTelling(start, end, match.group(0), match["initials"], days.pop(), sentence))
    return out


_TIME = re.compile(r"\d{4}-(?:\d{2}-\d{2}|W\d{2}|\d{2})")


def _time_of(value: str | None) -> str | None:
    """A DATE mention's day (2025-10-30, the first of a range), week (2025-W44) or month (2025-10); None else."""
    found = _TIME.match(value or "")
    return found.group(0) if found else None


def months_of(time: str) -> list[str]:
    """The months (YYYY-MM) a day, week or month falls in; a week runs from the Sunday before its Monday (a
    Japanese week) to its Sunday."""
    if "W" in time:
        try:
            monday = date.fromisocalendar(int(time[:4]), int(time[6:8]), 1)
        except ValueError:
            return []
        return sorted({(monday - timedelta(days=1)).isoformat()[:7], (monday + timedelta(days=6)).isoformat()[:7]})
    return [time[:7]]


def told_elsewhere(telling: NicknameTelling, meetings: list[tuple[int, str, list]]) -> int | None:
    """Of (id, kind, participants) of the meetings of the telling's day, the one two-sided meeting whose
    people the nickname spells; None when none or several do."""
    fitting = [meeting_id for meeting_id, kind, participants in meetings if kind in TALK_KINDS and _fits(
        telling.initials, [p.name for p in participants if not (p.entity_id or "").startswith("country:")])]
    return fitting[0] if len(fitting) == 1 else None
