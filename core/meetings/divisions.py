"""A body's division as the subject of a meeting clause (カメラ部門は…業務提携を結んだ…ソニーに事業譲渡し): a part of a
body holds no meeting of its own, so the side is the body the article is about, as its lead names it."""

from __future__ import annotations

import re

from core.clauses.phrases import phrases
from core.meetings.arguments import article_topic
from core.meetings.mention import MeetingMention, Participant
from core.sentences import sentence_spans

# カメラ部門, 半導体事業部, 国際本部: a part of a body named by its word, with no name of its own
_DIVISION = re.compile(r"^[^、。「」『』()（）\s]{0,12}?(?:部門|事業部|事業本部|事業部門)$")
_TOPIC_GROUPS = ("topic", "subject")
_KINDS = ("talks", "negotiation_round", "signing")


def division_subject(body: str, mention: MeetingMention, all_actors, clause: int, start: int) -> None:
    """A meeting of one side or none yet whose clause has a body's division as its subject (と no entity in it): the body the
    article's lead is about is the other side, when it is a body (never a person or a country) and not the side named."""
    if mention.kind not in _KINDS or len(mention.participants) > 1:
        return
    subject = next((p for p in phrases(body, clause, start) if p.group in _TOPIC_GROUPS and p.particle != "では"), None)
    if subject is None or not _DIVISION.search(body[subject.start : subject.end]) \
            or all_actors.within(subject.start, subject.end):
        return
    topic = article_topic(body, sentence_spans(body), all_actors)
    if topic is None or (topic.entity_id or "").startswith(("person:", "found:PERSON:", "country:", "found:GPE:")) \
            or any((p.entity_id or p.name) == (topic.entity_id or topic.name) for p in mention.participants):
        return
    mention.participants.insert(0, Participant(topic.name, topic.entity_id))
