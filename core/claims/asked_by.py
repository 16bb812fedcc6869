"""A quote told as what someone was asked or told by another (「…」と、A氏に訊かれたBは, 「…」と記者に問われ): the one
it was said by (the agent of the passive verb, A) holds it, not the one it was said to, nor the speaker of the
sentence's next quote whose verb the readers lent it.

Only the proposals the readers made are read again; the agent holds the quote when an entity names it (松岡氏, 司会の
田中氏) or it is written as people speak (記者, 司会者); a pronoun or a bare word (彼に, 男性に) leaves the quote as read.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from core.claims.candidate import Candidate
from core.claims.mention_views import MentionViews, views_of
from core.claims.holders import SPEAKER_END

# と, a comma maybe, the agent with に or から, then a passive verb of asking or telling
_ASKED_BY = re.compile(r"と、?(?P<agent>[^。「」、]{1,20}?)(?:に|から)"
                       r"(?P<verb>訊かれ|聞かれ|問われ|質問され|尋ねられ|突っ込まれ|ツッコまれ|言われ|指摘され|促され)")
# What may follow the agent's name inside its phrase: an honorific or a title (松岡氏, 田中アナ, 鈴木記者)
_AFTER_NAME = re.compile(r"(?:氏|さん|君|くん|ちゃん|様)?[\u4e00-\u9fff\u30a1-\u30faー]{0,6}")

# The agent's own phrase: the words after the last particle but の (司会の田中氏, 記者 of 会見で記者)
_AGENT_PHRASE = re.compile(r"(?:[^\u3041-\u3096]|の)*$")


def asked_by(body: str, mentions: list, found: list[Candidate], views: MentionViews | None = None) -> list[Candidate]:
    """found, each quote told as asked or told by another held by that other when the article names them."""
    holders = views_of(mentions, views).holders  # (read, never changed: the steps after read them too)
    people, starts = holders.items, holders.starts
    out = []
    for claim in found:
        told = _ASKED_BY.match(body, claim.end) if claim.attribution == "direct" and body[claim.end - 1 : claim.end] == "」" \
            else None
        holder = _agent(body, people, starts, told) if told is not None else None
        if holder is None:
            out.append(claim)
            continue
        out.append(replace(claim, holder_entity_id=holder[0], holder_text=holder[1], cue=told.group("verb")))
    return out


def _agent(body: str, people: list, starts: list[int], told: re.Match) -> tuple[str | None, str] | None:
    """(entity id, text) of the agent: the last entity its phrase names with only an honorific or a title after it,
    else the phrase when it is written as people speak; else None."""
    start, end = told.span("agent")
    start = _AGENT_PHRASE.search(body, start, end).start()  # 会見で記者に: the setting is not who asked
    inside = people[bisect_left(starts, start) : bisect_left(starts, end)]
    named = [m for m in inside if m.end <= end and _AFTER_NAME.fullmatch(body, m.end, end)]
    if named:
        return named[-1].entity_id, named[-1].text
    phrase = body[start:end]
    return (None, phrase) if SPEAKER_END.search(phrase) else None
