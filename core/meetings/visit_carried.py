"""Talks told with no side right after a visit: 小泉首相は8日、韓国を訪問した。\\n9日にソウルで首脳会談を行う。 —
Japanese news leaves out the subject it goes on with, and a line that opens on the talks after a line telling one
person's visit to a country goes on with that visitor, who meets the host there. Each line of many papers (and of
Wikinews) is a paragraph of its own, so the subject is carried across a line break (core.meetings.detect keeps it
as far); a carried subject alone completes only a pair whose partner is named (core.meetings.more_sides), and the
visit is what names the other side here. A partner named in the clause is core.meetings.people.host_of_the_visit's."""

from __future__ import annotations

import re

from core.meetings.mention import MeetingMention, Participant

# how far the talks' sentence may start after the visit's sentence ends: the very next sentence (a mark and a
# line break between them at most)
_NEXT_SENTENCE = 2
# a topic or subject before the word (両首脳は, 首脳会談が; not 9日に, 北京で, 中国との: a time, a place, a partner)
_TOPIC = re.compile(r"(?<![にでと])(?:は|が)")
# 会談では, 会談は, 会談後, 会談の: the words speak of talks told before (which, the article may leave open: talks in
# Beijing, then a visit to Seoul, then 会談では…), not of talks the line tells
_SPOKEN_OF = re.compile(r"(?:では|は|後|の)")


def visit_carried_on(body: str, mention: MeetingMention, earlier: list[MeetingMention], carried, subject, clause: int,
                     s_start: int, subject_later: bool) -> None:
    """Talks with no side whose clause opens a sentence with no subject, before or after the word, told right after
    the sentence of a visit (the last meeting told) of one visitor to one country, that visitor being the subject
    carried: the visitor and the host country are the sides."""
    if mention.kind != "talks" or mention.participants or mention.title is not None or carried is None \
            or subject is not None or subject_later or clause != s_start or not earlier \
            or _TOPIC.search(body, s_start, mention.start) \
            or _SPOKEN_OF.match(body, mention.end):  # (両首脳は…会談に続いて: a subject of its own)
        return
    visit = earlier[-1]
    if visit.kind != "visit" or visit.cited or not 0 <= s_start - visit.sentence[1] <= _NEXT_SENTENCE:
        return
    visitors = [p for p in visit.participants if p.role == "visitor"]
    hosts = [p for p in visit.participants if p.role == "host" and (p.entity_id or "").startswith("country:")]
    if len(visitors) != 1 or len(hosts) != 1 or len(visit.participants) != 2:
        return
    (visitor,), (host,) = visitors, hosts
    if (visitor.entity_id or visitor.name) != (carried.entity_id or carried.name):
        return
    mention.participants = [Participant(visitor.name, visitor.entity_id, office=visitor.office,
                                        country=visitor.country),
                            Participant(host.name, host.entity_id)]
