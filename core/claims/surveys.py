"""A finding told after a survey's source (Xの世論調査によると、…ことが判明した): the one who made the survey holds it.

A sentence that opens with whose survey it reports (A社の世論調査によると, WHOの調査によれば, B庁の聞き取り調査では)
tells what that survey found; a claim read in it whose holder the sentence does not name (carried from an earlier
sentence, or none) is the survey's maker's, unless a topic after the survey speaks for itself (Aの調査によると、B省は…と
発表した: B). The maker is the entity named right before の, else the name when it ends as a body or people do (an
inner one first: 日本の厚生労働省の調査, the ministry); never a name standing for another (同委員会) nor a time. Each
sentence is read once, its survey found by one pattern, its maker among the entities inside the name alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from core.claims.candidate import Candidate
from core.claims.mention_views import MentionViews, views_of
from core.claims.governing import Sentence
from core.claims.holders import NOT_A_NAME, SPEAKER_END
from core.sentences import LONGEST
from core.text import sentence_end, sentence_start

# Whose survey: a name right before の, then the kind of survey (世論, 聞き取り, 独自の…; or the one who made it, owned
# by the name: 日本の厚生労働省の調査), then its source particle
_SURVEY = re.compile(r"(?P<name>[\u4e00-\u9fff々\u30a1-\u30faーA-Za-z・]{2,24})(?:など)?の(?:(?P<inner>[^、。「」のを]{1,8})の)?"
                     r"[^、。「」のを]{0,8}調査(?:結果)?(?:によると|によれば|では)、")


def survey_holders(body: str, mentions: list, found: list[Candidate], views: MentionViews | None = None) -> list[Candidate]:
    """The claims, each told in a sentence opening on a survey's source with no holder of its own named there, held by
    the survey's maker."""
    holders = views_of(mentions, views).holders  # (read, never changed: the steps after read them too)
    people, starts = holders.items, holders.starts
    read: dict[int, tuple] = {}
    out = []
    for claim in found:
        s_start = sentence_start(body, claim.start, LONGEST)
        if s_start not in read:
            read[s_start] = _survey(body, people, starts, s_start)
        survey = read[s_start]
        out.append(_held(body, people, starts, survey, claim) if survey else claim)
    return out


def _survey(body: str, people: list, starts: list, s_start: int) -> tuple | None:
    """(where the survey's source ends, its maker's entity id, its maker's text, the sentence) of a sentence opening
    on a survey's source, else None."""
    s_end = sentence_end(body, s_start, LONGEST)
    match = _SURVEY.search(body, s_start, s_end)
    if match is None or match.start() - s_start > 40 or "「" in body[s_start : match.start()]:
        return None  # the survey opens the sentence (after a date or a また), not inside a quote
    # 日本の厚生労働省の調査: the ministry made it, not the country owning it; NHKの今月の調査: NHK (今月 names no one)
    maker = _maker(body, people, starts, *match.span("inner")) if match.group("inner") else None
    maker = maker or _maker(body, people, starts, *match.span("name"))
    if maker is None:
        return None
    return match.end(), *maker, Sentence(body, s_start, s_end)


def _maker(body: str, people: list, starts: list, start: int, end: int) -> tuple[str | None, str] | None:
    """(entity id, text) of the one a name makes a survey's maker: the entity ending it, else the name when it ends as a
    body or people do; never a name standing for another (同委員会) nor one that names no one (今回, 今月)."""
    # the entities starting within the name (no further: a sentence read per survey must not walk the article on)
    within = people[bisect_left(starts, start) : bisect_left(starts, end)]
    entity = next((m for m in within if m.end == end), None)
    if entity is not None:
        return entity.entity_id, entity.text
    text = body[start:end]
    return None if NOT_A_NAME.match(text) or not SPEAKER_END.search(text) else (None, text)


def _held(body: str, people: list, starts: list, survey: tuple, claim: Candidate) -> Candidate:
    told_at, entity, text, sentence = survey
    if claim.start < told_at or claim.attribution == "direct":
        return claim  # a quote has its speaker; words before the source are not its finding
    if any(s.start >= told_at and s.end <= claim.start and s.particle in ("は", "も") and not s.refers
           for s in sentence.subjects):
        return claim  # Aの調査によると、B省は…と発表した: B speaks
    if _named_in(body, people, starts, claim, sentence.start, sentence.end):
        return claim
    return replace(claim, holder_entity_id=entity, holder_text=text)


def _named_in(body: str, people: list, starts: list, claim: Candidate, start: int, end: int) -> bool:
    """Whether the claim's holder is written in its sentence (by its entity, else by its words)."""
    if claim.holder_entity_id:
        return any(m.entity_id == claim.holder_entity_id
                   for m in people[bisect_left(starts, start) : bisect_left(starts, end)])
    return bool(claim.holder_text) and claim.holder_text in body[start:end]
