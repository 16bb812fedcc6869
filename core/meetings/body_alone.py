"""A body's negotiation told in a sentence that names nobody: ジェフ千葉は…監督を解任した。後任監督は現在交渉中 —
Japanese leaves out the side the text goes on with, and a negotiation has a side at the table even when its sentence
opens on the thing negotiated (後任監督は, 交渉は, 提携先との交渉は). When the sentences just before stood on a body
(core.meetings.carried_body.body_subject_before: not a person, a country or an outlet telling the story), that body
holds the talks; their other side, unnamed, stays out (the gold lists the named side alone). Pairs told before are
core.meetings.sides_elsewhere's; a subject-less negotiation with a partner or an opening phrase of its own is
core.meetings.arguments'."""

from __future__ import annotations

import re

from core.meetings.carried_body import body_subject_before
from core.meetings.mention import MeetingMention
from core.meetings.triggers import TRIGGER, kind_of
from core.text import previous_sentence_start

_KINDS = ("talks", "negotiation_round")
# 交渉, 移籍交渉, 提携協議, 合併協議: talks that always have a side across the table (a bare 協議 may be a body's own
# deliberation: 今後の対応を協議する)
_NEGOTIATED = re.compile(r"(?:交渉|折衝|(?:提携|合併|統合|買収|売却|移籍|契約|連立|和解|譲渡|出資|支援)協議)$")
_SIDE_TYPES = ("PERSON", "ORG", "GPE")
# how many sentences back the body may stand (as core.meetings.carried_body reaches)
_REACH = 2


def body_carried_alone(body: str, mention: MeetingMention, sentence_actors, spans, all_actors, all_places,
                       is_outlet, registry=None) -> bool:
    """Give a negotiation with no side read, in a sentence that names nobody (outlets aside) and outside a quote or a
    cited headline, the body the sentences just before stood on, when they told no talks of their own (the word
    would refer back to those); whether it did."""
    if mention.participants or mention.kind not in _KINDS or mention.cited or mention.title is not None:
        return False
    s_start, s_end = mention.sentence
    if not _NEGOTIATED.search(body, s_start, mention.end) or "「" in body[s_start : mention.start] \
            or "『" in body[s_start : mention.start]:
        return False
    if any(m.type in _SIDE_TYPES and s_start <= m.start < s_end and not is_outlet(m) for m in sentence_actors):
        return False  # (a sentence naming anyone: its own readers' sides)
    begin = s_start
    for _ in range(_REACH):
        begin = previous_sentence_start(body, begin)
    if any(kind_of(found.group(0)) not in ("visit", "trip") for found in TRIGGER.finditer(body, begin, s_start)):
        return False  # …との交渉に入った。交渉は難航: the talks told just before, referred back to
    side = body_subject_before(body, spans, all_actors, all_places, s_start, registry)
    if side is None:
        return False
    mention.participants = [side]
    mention.sides_elsewhere = True
    mention.anaphoric = mention.refers_back = False  # the body's negotiation, not a word pointing back
    return True
