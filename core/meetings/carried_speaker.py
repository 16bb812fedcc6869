"""The speaker of a quote its own sentence leaves out, as a side of the talks the quote tells: 東京新聞によると、
「陸連を含む関係者と協議をする」としている — Japanese drops the subject the text goes on with, so the one who says
they will talk is the person the sentences before stood on (carried), else the body the article is about. Talks a
quote tells with its speaker named in the sentence are core.meetings.listed's (speaker_of_quote)."""

from __future__ import annotations

import re

from core.clauses.phrases import phrases
from core.clauses.body_references import AS_SOURCE
from core.meetings.arguments import TIME_TOPIC as _TIME_TOPIC, article_topic
from core.meetings.mention import MeetingMention, Participant
from core.meetings.titles import partners_only

_KINDS = ("talks", "negotiation_round", "phone_call")
_TOPIC_GROUPS = ("topic", "subject")
# 「…と協議する」として, 」と述べた, 」との考えを示した: the quote closed on what its speaker says
_SAID_AFTER = re.compile(r"」(?:と|として|との)")
# what may open the sentence before the quote: no quote or cited headline of its own
_NO_NAME = re.compile(r"[^「」『』]*$")


def speaker_carried(body: str, mention: MeetingMention, actors, s_start: int, clause: int, start: int,
                    carried: Participant | None, topic) -> None:
    """Talks a quote tells with partners only whose sentence names nobody before the quote (an outlet cited aside)
    and has no subject there: the speaker is carried (the person an earlier sentence stood on), else the body the
    article is about (topic: a callable giving core.meetings.arguments.article_topic's answer), never a country."""
    if mention.kind not in _KINDS or clause <= s_start or not body.startswith("「", clause - 1) \
            or len(mention.participants) != 1 or not partners_only(body, mention, clause, start):
        return
    close = body.find("」", start)
    if close < 0 or not _SAID_AFTER.match(body, close) or body.find("「", start, close) >= 0:
        return
    before = body[s_start : clause - 1]
    if not _NO_NAME.fullmatch(before):
        return
    named = [m for m in actors if s_start <= m.start < clause - 1]
    cited_only = all(AS_SOURCE.match(body, m.end) for m in named)  # …によると、 …の報道では: an outlet cited aside
    if not cited_only or any(p.group in _TOPIC_GROUPS and p.particle != "では" and not _TIME_TOPIC.fullmatch(body, p.start, p.after)
                             for p in phrases(body, s_start, clause - 1)):
        return  # someone named before the quote, or a subject there: the speaker is theirs to read
    speaker = carried if carried is not None else topic()
    if speaker is None or (speaker.entity_id or "").startswith(("country:", "found:GPE:")):
        return
    if all((p.entity_id or p.name) != (speaker.entity_id or speaker.name) for p in mention.participants):
        mention.participants.insert(0, Participant(speaker.name, speaker.entity_id))


def sentence_topic(body: str, spans, all_actors):
    """A callable giving the article's topic once asked (core.meetings.arguments.article_topic)."""
    return lambda: article_topic(body, spans, all_actors)
