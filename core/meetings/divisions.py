"""A part of a body as the subject of a meeting clause, which holds no meeting of its own: a division (カメラ部門は…
業務提携を結んだ…ソニーに) stands for the body the article's lead is about; a delegation by its word alone (選手団一行は…
を訪問し) for the body whose delegation of that word the article named before (興南高校の選手団)."""

from __future__ import annotations

import re

from core.clause_scan import first_before
from core.clauses.phrases import phrases_to
from core.meetings.arguments import article_topic
from core.meetings.mention import MeetingMention, Participant
from core.meetings.people import name_of
from core.sentences import sentence_spans

# カメラ部門, 半導体事業部, 国際本部: a part of a body named by its word, with no name of its own
_DIVISION = re.compile(r"^[^、。「」『』()（）\s]{0,12}?(?:部門|事業部|事業本部|事業部門)$")
_DIVISION_WORD = re.compile(r"部門|事業部|事業本部")  # (looked for first: most clauses have none)
_TOPIC_GROUPS = ("topic", "subject")
_KINDS = ("talks", "negotiation_round", "signing")


def division_subject(body: str, mention: MeetingMention, all_actors, clause: int, start: int) -> None:
    """A meeting of one side or none yet whose clause has a body's division as its subject (and no entity in it):
    the body the article's lead is about is the other side, when it is a body (never a person or a country) and not
    the side named."""
    if mention.kind not in _KINDS or len(mention.participants) > 1 \
            or _DIVISION_WORD.search(body, clause, start) is None:
        return
    subject = next((p for p in phrases_to(body, clause, start) if p.group in _TOPIC_GROUPS and p.particle != "では"), None)
    if subject is None or not _DIVISION.search(body[subject.start : subject.end]) \
            or all_actors.within(subject.start, subject.end):
        return
    topic = article_topic(body, sentence_spans(body), all_actors)
    if topic is None or (topic.entity_id or "").startswith(("person:", "found:PERSON:", "country:", "found:GPE:")) \
            or any((p.entity_id or p.name) == (topic.entity_id or topic.name) for p in mention.participants):
        return
    mention.participants.insert(0, Participant(topic.name, topic.entity_id))


# 選手団一行は, 使節団は, 代表団が: a delegation as the subject, by its word alone
_DELEGATION = re.compile(r"(?P<word>選手団|使節団|代表団|訪問団|視察団|訪中団|訪米団)(?:一行)?|一行")
# 北朝鮮の代表団, 北朝鮮代表団, 北朝鮮政府代表団, 韓国側の代表団: the body or country a delegation is named with
_OWNED = re.compile(r"(?:側|政府)?の?")
# how far back the body whose delegation it is may be named
_REACH = 1500


def delegation_subject(body: str, mention: MeetingMention, all_actors, clause: int, start: int) -> None:
    """選手団一行は…朝日新聞社大阪本社を訪問し: a visit with a host and no visitor whose clause has a delegation as its
    subject, by its word alone: the body or country whose delegation of that word the article named last before
    (興南高校の選手団が…) is the visitor; 北朝鮮の代表団が北京に到着した。代表団は…中国側と協議を行う: talks of one side
    or none so told are the delegation's body's or country's."""
    visit = mention.kind == "visit"
    if not (visit or mention.kind in _KINDS) or first_before(_DELEGATION, body, clause, start) is None:
        return
    if visit and (any(p.role == "visitor" for p in mention.participants)
                  or not any(p.role == "host" for p in mention.participants)) \
            or not visit and len(mention.participants) > 1:
        return
    subject = next((p for p in phrases_to(body, clause, start) if p.group in _TOPIC_GROUPS and p.particle != "では"), None)
    found = _DELEGATION.fullmatch(body, subject.start, subject.end) if subject is not None else None
    if found is None or found["word"] is None:
        return
    word = found["word"]
    owner = None
    for m in all_actors.within(max(0, clause - _REACH), subject.start):
        if m.type in ("ORG", "GPE") and body.startswith(word, _OWNED.match(body, m.end).end()):
            owner = m
    if owner is not None and all((p.entity_id or p.name) != (owner.entity_id or name_of(body, owner))
                                 for p in mention.participants):
        mention.participants.insert(0, Participant(name_of(body, owner), owner.entity_id,
                                                   role="visitor" if visit else "participant"))
