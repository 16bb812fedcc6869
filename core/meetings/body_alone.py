"""A body's negotiation told in a sentence that names nobody: ジェフ千葉は…監督を解任した。後任監督は現在交渉中 —
Japanese leaves out the side the text goes on with, and a negotiation has a side at the table even when its sentence
stands on the thing negotiated (後任監督は, 売却先は). When the sentences just before stood on a body
(core.meetings.carried_body.body_subject_before: not a person, a country or an outlet telling the story), that body
holds the talks; their other side, unnamed, stays out (the gold lists the named side alone). The word as its
sentence's topic (交渉は難航) is the negotiation told before; pairs told before are core.meetings.sides_elsewhere's,
merger talks core.meetings.union_sides', a negotiation whose clause names one partner core.meetings.arguments'.
The same body sits across from two or more bodies its clause names as partners with no subject of its own
(先週末からAやBと買収交渉をしてきた: body_beside_partners)."""

from __future__ import annotations

import re

from core.clauses.phrases import of_group, phrases_to
from core.meetings.arguments import read_arguments
from core.meetings.carried_body import body_subject_before
from core.meetings.mention import MeetingMention
from core.meetings.sides_elsewhere import talks_told
from core.text import previous_sentence_start

_KINDS = ("talks", "negotiation_round")
# 交渉, 移籍交渉, 折衝: talks that always have a side across the table (a bare 協議 may be a body's own deliberation:
# 今後の対応を協議する; merger talks take the pair the article tells merging: core.meetings.union_sides)
_NEGOTIATED = re.compile(r"(?<!合併|統合|買収|提携)(?:交渉|折衝)")
# 交渉は, 交渉では, 交渉が: the word as its sentence's topic is the negotiation told before, not one of its own
_WORD_AS_TOPIC = re.compile(r"(?:は|では|が|も)(?![\u3041-\u3096])")
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
    if not _NEGOTIATED.match(body, mention.end - 2) or _WORD_AS_TOPIC.match(body, mention.end) \
            or body.find("「", s_start, mention.start) >= 0 or body.find("『", s_start, mention.start) >= 0:
        return False
    subject, partners = read_arguments(body, s_start, mention.start, sentence_actors)
    if partners or subject is not None and subject.side is not None \
            or any(p.group == "also" for p in phrases_to(body, s_start, mention.start)):
        return False  # 親会社と交渉, LTTE側も和平交渉に: a side its own clause names (core.meetings.arguments')
    if any(m.type in _SIDE_TYPES and s_start <= m.start < s_end and not is_outlet(m) for m in sentence_actors):
        return False  # (a sentence naming anyone: its own readers' sides)
    begin = s_start
    for _ in range(_REACH):
        begin = previous_sentence_start(body, begin)
    if talks_told(body, begin, s_start):
        return False  # …との交渉に入った。交渉は難航: the talks told just before, referred back to
    side = body_subject_before(body, spans, all_actors, all_places, s_start, registry)
    if side is None:
        return False
    mention.participants = [side]
    mention.sides_elsewhere = True
    mention.anaphoric = mention.refers_back = False  # the body's negotiation, not a word pointing back
    return True


def _body(side) -> bool:
    """Whether a side read is a body (no person, no country, as the entity layer knows it)."""
    return not (side.entity_id or "").startswith(("person:", "found:PERSON:", "country:")) and not side.office


def body_beside_partners(body: str, mention: MeetingMention, sentence_actors, spans, all_actors, all_places,
                         registry=None) -> bool:
    """Give talks whose clause names two or more bodies as its partners and no subject (先週末からAやBと買収交渉をして
    きた) the body the sentences just before stood on, across the table from them, as one partner alone takes it
    (core.meetings.arguments); whether it did."""
    if len(mention.participants) < 2 or mention.kind not in _KINDS or mention.cited or mention.title is not None \
            or not all(_body(p) for p in mention.participants):
        return False
    s_start = mention.sentence[0]
    subject, partners = read_arguments(body, s_start, mention.start, sentence_actors)
    if subject is not None or not partners or any(p.group == "also" for p in phrases_to(body, s_start, mention.start)) \
            or of_group(body, s_start, mention.start):
        return False  # (トヨタと日産の交渉: the pair glued to the word by の is the talks' own two sides)
    at = [body.find(p.name, s_start, mention.start) for p in mention.participants]
    if not all(any(a.start <= x < a.end for a in partners) for x in at):
        return False  # (a side read from elsewhere than the partners' phrase)
    side = body_subject_before(body, spans, all_actors, all_places, s_start, registry)
    if side is None or any((side.entity_id or side.name) == (p.entity_id or p.name) or side.name in p.name
                           or p.name in side.name for p in mention.participants):
        return False
    mention.participants.insert(0, side)
    return True
