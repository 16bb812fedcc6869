"""A share of people as the subject right before what they said (…調査によると、30代女性の42％が「…」と回答している;
同じ質問に新成人男性の50.0％が「…」と答えている; 現場の医師によると、負傷者の多くは…と話している).

Wherever it stands in its sentence, a share of a group (core.claims.shares: 回答者の6割, 住民の多く, 一部の議員; with
whose or where they are, 現地の日本人の多く) closing right before a claim, or opening a reported claim the sentence
reader did not cut, holds it as the article writes it: not the survey's maker, nor the source it came through (which
stays its `via`), nor a name inside it. Each sentence's shares are found once, by one pattern.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.claims.candidate import Candidate
from core.claims.shares import SHARE_NAME
from core.sentences import LONGEST
from core.text import sentence_end, shared_sentence_start

# A share of people and its particle: (new)成人男性の50.0％が, 回答した栄養士の42％が、 (the name read from its last
# の-owner on: what they did before it is no part of it)
_SHARE_SUBJECT = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9０-９])(?P<name>(?:[\u4e00-\u9fff\u30a1-\u30faー0-9０-９]{1,10}の)?"
                            r"(?:[0-9０-９]{1,3}代の?)?(?:" + SHARE_NAME + r"))(?:ら|たち)?(?:は|が)、?")


def share_subject_holders(body: str, found: list[Candidate]) -> list[Candidate]:
    """The claims said, answered or thought, whose subject right before them is a share of people, held by that share."""
    read: dict[int, tuple[dict, dict]] = {}  # per sentence: its shares by where they end and by where they start
    out = []
    for claim in found:
        s_start = shared_sentence_start(body, claim.start, LONGEST)  # (on a page with no 。, one for many claims)
        if s_start not in read:
            s_end = sentence_end(body, s_start, LONGEST)
            shares = list(_SHARE_SUBJECT.finditer(body, s_start, s_end)) if "の" in body[s_start:s_end] else []
            read[s_start] = {m.end(): m for m in shares}, {m.start(): m for m in shares}
        out.append(_held(body, s_start, *read[s_start], claim))
    return out


# Cues of a position on an object (…ことに言及, …を発表) and of an outlet's report (…と伝えている): a share before
# them is the subject of what is told (多くの国民が死刑を支持していることに言及), not who tells it
_NOT_SAID_BY_IT = re.compile(r"(?:を|に|こと|の|伝え|報じ|報道)")


def _held(body: str, s_start: int, by_end: dict, by_start: dict, claim: Candidate) -> Candidate:
    if _NOT_SAID_BY_IT.match(claim.cue or ""):
        return claim
    share = by_end.get(claim.start) or (by_end.get(claim.start - 1) if body[claim.start - 1 : claim.start] == "、" else None)
    if share is not None and not _speaker_before(body, s_start, share.start(), claim):
        name = share.group("name")
        return claim if claim.holder_text == name and claim.holder_entity_id is None else \
            replace(claim, holder_entity_id=None, holder_text=name)
    share = by_start.get(claim.start)
    if share is not None and claim.attribution != "direct" and claim.end - share.end() >= 4 and _unheld(claim):
        # 30代女性の42％が…と回答している read whole, nobody or only its source holding it: the share speaks; with a
        # holder carried from before (その一方で、一部の大国が…と指摘した) the share is what the holder speaks of
        return replace(claim, start=share.end(), text=body[share.end() : claim.end], holder_entity_id=None,
                       holder_text=share.group("name"))
    return claim


# What tells that a name before the share is where the words came from, not who said them: …調査によると, …では
_TOLD_THROUGH = re.compile(r"によると|によれば|では|調査|調べ|アンケート")


def _speaker_before(body: str, s_start: int, at: int, claim: Candidate) -> bool:
    """Whether the holder read is named before the share in its sentence as who speaks (医師が、負傷者の多くは…と語った:
    the doctors, the wounded are what they speak of), not as the survey or source it came through."""
    said = body.rfind(claim.holder_text, s_start, at) if claim.holder_text else -1
    return said >= 0 and _TOLD_THROUGH.search(body, said, at) is None


def _unheld(claim: Candidate) -> bool:
    """Whether nobody holds the claim, or only the source it came through (聯合ニュースによれば、回答者の多くが…)."""
    if claim.holder_entity_id is None and not claim.holder_text:
        return True
    return bool(claim.via) and (claim.holder_text == claim.via[0].get("text")
                                or claim.holder_entity_id is not None and claim.holder_entity_id == claim.via[0].get("entity_id"))
