"""A holder carried over from the claim before follows that claim's holder when a later reading corrects it.

The sentence reader gives a claim whose sentence names no speaker the holder of the claim before it (the omitted
subject of Japanese prose: 毎日新聞は、鬼武チェアマンは会見で「…」と話したことを伝えた。また、「…」とも話している).
The readers after it (core.claims.clause_check and the steps core.claims.suggest lists) may find the claim before
held by someone else (鬼武, not the paper that tells his words), but the claim that only continued it keeps the
first reading. A reader takes the speaker of the words before as the one who goes on: so a claim whose holder is
written nowhere in its sentence before it, and was the same as the claim before it, takes that claim's corrected
holder.
"""

from __future__ import annotations

from core.claims.candidate import Candidate, confidence
from core.claims.mention_views import MentionViews, views_of
from core.claims.topic_speakers import OTHER_SUBJECT, kind_of_id
from core.clauses.spans import SpanIndex
from core.sentences import sentence_at, sentence_spans


def holders_of(found: list[Candidate]) -> dict[tuple[int, int], tuple[str | None, str | None]]:
    """The holder each claim has now, by its span: kept before the later readers correct some."""
    return {(c.start, c.end): (c.holder_entity_id, c.holder_text) for c in found}


def carried_corrections(body: str, mentions: list, first: dict, found: list[Candidate],
                        views: MentionViews | None = None) -> list[Candidate]:
    """The claims, each one that carried the holder of the claim before it (first: the holders the sentence reader
    gave) now with that claim's holder as corrected since."""
    ordered = sorted(found, key=lambda c: c.start)
    spans = sentence_spans(body)
    starts = [start for start, _ in spans]
    index = None  # every mention by start, built (or taken from views) once, for the first claim carried
    for before, claim in zip(ordered, ordered[1:]):
        was, now = first.get((before.start, before.end)), (before.holder_entity_id, before.holder_text)
        own = first.get((claim.start, claim.end))
        if was is None or own is None or not any(was) or not any(now) or was == now:
            continue  # the claim before kept its holder, or had none, or is new since
        if kind_of_id(now[0]) == "GPE" and kind_of_id(was[0]) in ("PERSON", "ORG"):
            continue  # a person read again as a country is that claim's matter, not a speaker who goes on
        if own != was or (claim.holder_entity_id, claim.holder_text) != own:
            continue  # not carried from it, or corrected on its own
        if not _carried(claim):
            continue
        if index is None:
            index = views_of(mentions, views).everyone
        i = sentence_at(spans, starts, claim.start)
        s_start = spans[i][0] if i >= 0 else claim.start
        if _written(body, index, own, s_start, claim.start) \
                or OTHER_SUBJECT.search(body, max(before.end, s_start), claim.start):
            continue  # named in its own sentence (同協会は), or someone else since (…が、しずちゃんは「…」)
        claim.holder_entity_id, claim.holder_text = now
    return found


def _carried(claim: Candidate) -> bool:
    """Whether the sentence reader gave the claim a holder it did not find named with it (its confidence says so)."""
    return claim.confidence == confidence(claim.attribution, claim.cue, False, True) \
        != confidence(claim.attribution, claim.cue, True, True)


def _written(body: str, index: SpanIndex, holder: tuple, start: int, end: int) -> bool:
    """Whether the holder is written between start and end: a mention of its entity, or its words."""
    entity_id, text = holder
    if entity_id and any(m.entity_id == entity_id and m.end <= end for m in index.within(start, end)):
        return True
    return bool(text) and body.find(text, start, end) >= 0
