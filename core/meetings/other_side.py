"""The other side of talks read from the people named before the meeting word in its sentence (after their
office: partnered by と, the object of を, the owner of what a clause speaks of) or the subject carried over."""

from __future__ import annotations

import re

from core.meetings.mention import MeetingMention, Participant
from core.meetings.people import held_a_head_office, name_of, not_a_side, person_country
from core.nlp.offices import office_after
from core.registry import bundled_registry


def complete_pair(body: str, mention: MeetingMention, actors, s_start: int, start: int, last_subject,
                  previous_trigger: int | None = None) -> None:
    """Talks need two sides: the other person named in the sentence, or the subject carried over.

    The partner of an earlier clause (26日にはアンワル首相と会談し、28日には…と会談した) is the
    partner of the meeting told there, not of this one."""
    known = {p.entity_id or p.name for p in mention.participants}
    names = [p.name for p in mention.participants]
    same = lambda name: any(name in n or n in name for n in names)  # 岡田 is 岡田武史  # noqa: E731
    others = [m for m in actors if m.type == "PERSON" and s_start <= m.start < start
              and (m.entity_id or name_of(body, m)) not in known and not same(name_of(body, m))
              and not body.startswith("によ", m.end) and not not_a_side(body, m.end)
              and not (previous_trigger and m.start < previous_trigger and _is_partner_at(body, m))
              and not _is_object_at(body, m)  # メルケル党首を首相として…協議: the one talked of, not a side
              and not _talked_of(body, m)]  # …大統領の発言について協議: the one talked of
    countries = sum(1 for p in mention.participants if (p.entity_id or "").startswith("country:"))
    if countries >= 2:  # 日米首脳会談: both sides are named; a person no list places is a bystander (麻生…), and so
        # is one of a third country (菅官房長官は…米国と北朝鮮の実務者協議の報告を受ける: who hears of it)
        pair = {(p.entity_id or "").removeprefix("country:") for p in mention.participants}
        others = [m for m in others if m.entity_id and not m.entity_id.startswith("found:")
                  and person_country(m.entity_id) not in {person_country(p.entity_id) for p in mention.participants} - {None}
                  and person_country(m.entity_id) in pair | {None}]
    if len(others) == 1 and mention.participants:
        m = others[0]
        mention.participants.append(Participant(name_of(body, m), m.entity_id))
    elif not others and last_subject is not None and last_subject.name not in known and not same(last_subject.name) \
            and not _SUBJECT_IN.search(body, s_start, start) \
            and not (countries >= 2 and _outside_the_pair(mention, last_subject.entity_id)):  # 米朝首脳会談
        mention.participants.insert(0, Participant(last_subject.name, last_subject.entity_id))


def _outside_the_pair(mention: MeetingMention, entity_id: str | None) -> bool:
    """Whether the subject carried stays out of a meeting whose two countries its words name (米朝首脳会談, 日韓外相
    会談): one no list knows (an envoy named before: 金英哲党副委員長が…会談。…米朝首脳会談に向けて協議), or, at a
    summit, one who never held a head's office (a foreign minister carried into 6月の日韓首脳会談)."""
    entity = bundled_registry().get(entity_id) if entity_id else None
    if entity is None or entity.type != "PERSON":
        return True
    return mention.summit and not held_a_head_office(entity_id)


_SUBJECT_IN = re.compile(r"(?<![にでと])(?:は|が)、?")  # (26日には, 会談では: a topic, no subject)


_PARTNER_MARK = re.compile(r"(?:ら)?(?:と|との|とも)")


def _is_object_at(body: str, mention) -> bool:
    """Whether the person mention stands before を (after its office): the object of another verb."""
    position = mention.end
    title = office_after(body, position)
    position = title.end() if title and title.start() <= position + 1 else position
    return body.startswith("を", position)


# …大統領の発言について, …首相の靖国参拝をめぐり: a person's deed as the topic
# (after a title no list holds: ヒル次官補の訪朝について)
_TALKED_OF = re.compile(r"[\u4e00-\u9fff]{0,6}の[^、。とはが]{0,10}?(?:について|に関して|に関し|をめぐ|を巡|に対する|への)")


def _talked_of(body: str, mention) -> bool:
    """Whether the person mention (after its office) is the owner of what a clause speaks of."""
    position = mention.end
    title = office_after(body, position)
    position = title.end() if title and title.start() <= position + 1 else position
    return _TALKED_OF.match(body, position) is not None


def _is_partner_at(body: str, mention) -> bool:
    """Whether the person mention stands before と (after its office): the partner of a meeting."""
    position = mention.end
    title = office_after(body, position)
    position = title.end() if title and title.start() <= position + 1 else position
    return _PARTNER_MARK.match(body, position) is not None
