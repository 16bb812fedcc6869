"""Talks told with no side right after a visit: 小泉首相は8日、韓国を訪問した。\\n9日にソウルで首脳会談を行う。 —
Japanese news leaves out the subject it goes on with, and a line that opens on the talks after a line telling one
person's visit to a country goes on with that visitor, who meets the host there. Each line of many papers (and of
Wikinews) is a paragraph of its own, so the subject is carried across a line break (core.meetings.detect keeps it
as far); a carried subject alone completes only a pair whose partner is named (core.meetings.more_sides), and the
visit is what names the other side here. A partner named in the clause is core.meetings.people.host_of_the_visit's.
The other way round, a visit whose clause names only where it goes takes the person carried as its visitor
(visitor_carried: …羽田空港から出発した。…米国を訪問する)."""

from __future__ import annotations

import re
from datetime import date

from core.meetings.mention import TALK_KINDS, MeetingMention, Participant
from core.meetings.people import (
    SUBJECT_MARK, SUBJECT_MARK_ALONE, held_a_head_office, name_of, one_visitor_to_one_country, person_country
)
from core.nlp.offices import office_after

# how far the talks' sentence may start after the visit's sentence ends: the very next sentence (a mark and a
# line break between them at most)
_NEXT_SENTENCE = 2
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
            or SUBJECT_MARK.search(body, s_start, mention.start) \
            or _SPOKEN_OF.match(body, mention.end):  # (両首脳は…会談に続いて: a subject of its own)
        return
    visit = earlier[-1]
    if visit.kind != "visit" or visit.cited or not 0 <= s_start - visit.sentence[1] <= _NEXT_SENTENCE:
        return
    pair = one_visitor_to_one_country(visit)
    if pair is None or (pair[0].entity_id or pair[0].name) != (carried.entity_id or carried.name):
        return
    _the_visitor_meets_the_host(mention, *pair)


# how many sentences may stand between a visit's sentence and the talks it holds (…日本を公式訪問した。これに先立ち、
# …声明を発表した。首脳会談は10日に首相官邸で行われる)
_VISIT_REACH = 2
_DAYS_OF_A_VISIT = 7  # talks dated later than this after the visit's day are no talks of that visit


def talks_the_visit_holds(body: str, mention: MeetingMention, earlier: list[MeetingMention], subject,
                          s_start: int, people=None) -> None:
    """Talks with no side and no subject but the visitor (首脳会談は10日に行われる; 首相は…を訪れ、首脳会談を行った), when
    the last meeting the article told, in their sentence or a few before, is one visitor's visit to one country: the
    visitor and the host, as a reader takes them. A summit needs a visitor Kaidan knows as a head; talks dated past
    the visit's days, or told after other talks (then the last meeting told is no visit), are another meeting."""
    if mention.kind != "talks" or mention.participants or mention.title is not None or not earlier:
        return
    visit = earlier[-1]
    if visit.kind != "visit" or visit.cited or body.count("。", min(visit.sentence[1], s_start), s_start) > _VISIT_REACH:
        return
    pair = one_visitor_to_one_country(visit)
    if pair is None or not (pair[0].entity_id or "").startswith(("person:", "found:PERSON:")):
        return
    (visitor, host) = pair
    if (mention.summit and not (held_a_head_office(visitor.entity_id) and (host.entity_id or "").startswith("country:"))) \
            or not _within_the_visit(mention, visit):  # (a summit is held with a country, never a company called on)
        return
    if subject is not None and (subject.entity_id or subject.name) != (visitor.entity_id or visitor.name) \
            or subject is None and visit.sentence != mention.sentence \
                and SUBJECT_MARK.search(body, s_start, mention.start):
        return  # a subject of its own (両首脳は…会談に続いて): the talks are that one's (in the visit's sentence, the visitor)
    if _SPOKEN_OF.match(body, mention.end) and any(m.kind in TALK_KINDS for m in earlier):
        return  # 会談では… after talks in Beijing and a visit to Seoul: either may be meant
    _the_visitor_meets_the_host(mention, visitor, host, _host_received(body, people, visit, visitor, host))


def _host_received(body: str, people, visit: MeetingMention, visitor: Participant, host: Participant):
    """The person of the host country who stood as the subject of the visit's sentence (安倍首相は…来日したモディ
    首相を官邸に迎えた: 安倍), the one who received the visitor and met them for the host; None when there is none.
    people: the article's actors, a SpanIndex."""
    code = (host.entity_id or "").removeprefix("country:")
    if people is None or not (host.entity_id or "").startswith("country:"):
        return None
    for m in people.within(*visit.sentence):
        if m.type != "PERSON" or (m.entity_id or m.text) == (visitor.entity_id or visitor.name) \
                or person_country(m.entity_id) != code:
            continue
        office = office_after(body, m.end)
        if _AS_SUBJECT.match(body, office.end() if office is not None else m.end):
            return Participant(name_of(body, m), m.entity_id, office=office.group(0) if office is not None else None)
    return None


# 安倍首相は, 岸田氏が: the person as the subject of their sentence
_AS_SUBJECT = re.compile(r"(?:氏|さん)?" + SUBJECT_MARK_ALONE.pattern)


def _the_visitor_meets_the_host(mention: MeetingMention, visitor: Participant, host: Participant,
                                host_person: Participant | None = None) -> None:
    """The talks' sides: the visitor as the visit names them, and the host country (or its person who received
    the visitor)."""
    mention.participants = [Participant(visitor.name, visitor.entity_id, office=visitor.office,
                                        country=visitor.country),
                            host_person or Participant(host.name, host.entity_id)]


def _within_the_visit(mention: MeetingMention, visit: MeetingMention) -> bool:
    """Whether the talks' day (when both are dated to the day) falls on the visit's day or the few days after it."""
    talks_day = (mention.date.value or "") if mention.date is not None else ""
    visit_day = (visit.date.value or "") if visit.date is not None else ""
    if len(talks_day) < 10 or len(visit_day) < 10:
        return True
    gap = (date.fromisoformat(talks_day[:10]) - date.fromisoformat(visit_day[:10])).days
    return 0 <= gap <= _DAYS_OF_A_VISIT


# 日本の外務大臣が…訪問するのは, 李度勲本部長も訪米する: a subject of the clause's own, a title or a name the tagger
# missed, marked by が, は or も (not 首相としては, 予定では: a role or a setting)
_OWN_SUBJECT = re.compile(r"[\u4e00-\u9fff\u30a1-\u30faー)）](?:は|が|も)(?![らのにで])")


def visitor_carried(body: str, mention: MeetingMention, actors, carried, subject, far: bool, s_start: int) -> None:
    """A visit whose clause names where it goes and nobody who goes (…出発した。9日から米国を訪問する): the person
    the sentence before stood on, as Japanese leaves out the subject it goes on with. Only the person carried within
    the paragraph, into a sentence with no subject and no person of its own, and never to their own country (a
    return home is no visit)."""
    if mention.kind not in ("visit", "trip") or not mention.participants \
            or any(p.role != "host" for p in mention.participants):
        return
    if carried is None or far or subject is not None or _OWN_SUBJECT.search(body, s_start, mention.start) \
            or any(m.type == "PERSON" and s_start <= m.start < mention.start for m in actors):
        return
    if not (carried.entity_id or "").startswith(("person:", "found:PERSON:")):
        return
    home = person_country(carried.entity_id)
    if home and any(p.entity_id == f"country:{home}" for p in mention.participants):
        return
    mention.participants.insert(0, Participant(carried.name, carried.entity_id, role="visitor",
                                               office=carried.office, country=carried.country))
