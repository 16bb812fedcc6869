"""Voices among people: ネットユーザーの間でも「…」というコメントがあがっていた, 被害者の家族の間からは「…」: those
people say the quotes that open right after them, whoever the readers took (nobody, or a person carried over).

Where a quote (the first of a run of quotes) opens right after Xの間で(は|も) or Xの間から(は|も), X holds it: the
mention ending X, else X's head noun with its の-owner (欧米のネットユーザー, 野球ファン); not when X is a time
(ここ数年の間で「…」と監督は: the years hold nothing).
"""

from __future__ import annotations

import re

from core.claims.candidate import Candidate
from core.claims.people_at_quote import people_head
from core.clauses.speakers import NOT_A_SPEAKER
from core.claims.mention_views import MentionViews, views_of

# The people, their の間で|から and its particle, right before the quote
_AMONG = re.compile(r"(?P<people>[^、。「」\n]{1,30}?)の間(?:で|から)(?:は|も)?、?$")
# How far before the quote the people may begin
_REACH = 40


def held_among(body: str, mentions: list, found: list[Candidate], views: MentionViews | None = None) -> list[Candidate]:
    """found, each quote opening right after Xの間では (or a run of quotes so opened) held by X."""
    index = None
    for candidate in found:
        if candidate.attribution != "direct" or not body.startswith("「", candidate.start):
            continue
        opening = candidate.start
        floor = max(0, opening - _REACH)
        if body.find("の間", floor, opening) < 0:
            continue
        among = _AMONG.search(body, floor, opening)
        if among is None:
            continue
        start, end = among.span("people")
        if NOT_A_SPEAKER.search(body, start, end):
            continue  # この10年の間で「…」と語った: a span of time, not people the words are among
        index = index or views_of(mentions, views).everyone  # built once, for the first such quote
        named = next((m for m in index.within(start, end) if m.end == end), None)
        if named is not None:
            candidate.holder_entity_id, candidate.holder_text = named.entity_id, named.text
            continue
        head = people_head(body, start, end)  # 欧米のネットユーザー, 被害者の家族: the noun, whose or where they are
        if head is not None:
            candidate.holder_entity_id, candidate.holder_text = None, head[0]
    return found
