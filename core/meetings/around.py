"""Sides the words around a meeting word tell: the subject of the clause a meeting sets (Aとの会談で、Bは),
who spoke first at a meeting told by its countries (会談の冒頭、A首相は), the place a word for "that place" stands for
(当地を訪問), and whether a sentence turns to someone else. Those said to attend or sit in: core.meetings.attendees;
people counted (両首脳, AとB、Cの3首脳): core.meetings.named_before."""

from __future__ import annotations

import re
from dataclasses import replace

from core.meetings.country_letters import written_country
from core.meetings.mention import MeetingMention, Participant
from core.meetings.people import ASIDE, SUBJECT_AFTER, name_of, names_administration, not_a_side, person_country
from core.meetings.titles import BARE_SUBJECT, title_referent
from core.nlp.offices import office_after
from core.registry import bundled_registry

# 麻生外相との会談で、ライス国務長官は: the meeting as the setting of what its subject did there
_AT_MEETING_THEN = re.compile(r"(?:で|では|の席で|の場で|の中で|後|の後|後に|を終え|を終えた後|のため|に臨むため|に向け|に向けて"
                              r"|に先立ち|を前に|の冒頭|の冒頭で|の席上)、")  # (首脳会談の冒頭、A首相は: who spoke first)


def subject_at_meeting(body: str, mention: MeetingMention, actors, end: int, s_end: int, people=None,
                       partnered: bool = False) -> None:
    """麻生外相との会談で、ライス国務長官は…と述べた: the subject of the clause the meeting sets (its partner
    named, its other side not: partnered) sat at it; 日米首脳会談で、小泉首相は: the person stands for their
    country among the sides. Only the first name after the comma, as the subject, or a title standing for
    a person named before (会談で、同長官は). people: the article's actors, a SpanIndex."""
    countries = [p for p in mention.participants if (p.entity_id or "").startswith("country:")]
    by_country = len(countries) == len(mention.participants) >= 2  # 日米首脳会談で、小泉首相は
    if not (len(mention.participants) == 1 and partnered or by_country) or not _AT_MEETING_THEN.match(body, end):
        return
    comma = _AT_MEETING_THEN.match(body, end).end()
    first = next((m for m in actors if m.start >= comma and m.start < s_end), None)
    if first is not None and first.type == "GPE" and body.startswith("の", first.end):  # 北朝鮮の朴宜春外相は
        first = next((m for m in actors if m.start == first.end + 1 and m.type == "PERSON"), first)
        comma = first.start
    if first is None or first.type != "PERSON" or first.start != comma:
        person = _title_subject(body, comma, people, mention.sentence[0])
        if person is None:
            return
    else:
        position = first.end
        aside = ASIDE.match(body, position)
        position = aside.end() if aside else position
        title = office_after(body, position)
        position = title.end() if title and title.start() == position else position
        if not SUBJECT_AFTER.match(body, position) or not_a_side(body, first.end):
            return
        person = Participant(name_of(body, first), first.entity_id,
                             country=written_country(body, actors, first.start, first.end))
    if by_country:  # the person stands for their country among the sides (as the text or the registry has it)
        stands_for = f"country:{person_country(person.entity_id)}" if person_country(person.entity_id) \
            else person.country
        mention.participants = [person if p.entity_id == stands_for else p for p in mention.participants]
        partner = _addressed(body, actors, comma, s_end)  # 日韓外相会談で、麻生外相は潘基文外交通商相に抗議した
        if partner is not None and partner.country != stands_for and partner.country in \
                {p.entity_id for p in mention.participants}:
            mention.participants = [partner if p.entity_id == partner.country else p for p in mention.participants]
    elif (person.entity_id or person.name) not in {p.entity_id or p.name for p in mention.participants}:
        mention.participants.insert(0, person)


# 潘基文外交通商相に抗議した, ブッシュ大統領と握手し, 大統領に対し: the one the subject addresses
# (Bを歓迎した, Bの来日を歓迎した: the one welcomed)
_ADDRESSED = re.compile(r"(?:に対し(?:て)?|に|と|へ|を(?=歓迎|出迎)|の(?:来日|訪日|来訪|訪問)を(?=歓迎))(?:、)?")


def _addressed(body: str, actors, after: int, s_end: int) -> Participant | None:
    """The first person named after the subject of a clause a meeting sets, addressed by it (Bに, Bと, Bに対し),
    with the country the text or the registry gives them; None when none or no country is known."""
    for m in actors:
        if m.start <= after or m.start >= s_end or m.type != "PERSON":
            continue
        aside = ASIDE.match(body, m.end)
        position = aside.end() if aside else m.end
        title = office_after(body, position)
        position = title.end() if title and title.start() == position else position
        if not _ADDRESSED.match(body, position) or not_a_side(body, m.end):
            return None
        country = written_country(body, actors, m.start, m.end) or (
            f"country:{person_country(m.entity_id)}" if person_country(m.entity_id) else None)
        return Participant(name_of(body, m), m.entity_id, country=country) if country else None
    return None


def _title_subject(body: str, position: int, people, s_start: int) -> Participant | None:
    """同長官は, 首相は at position: the person named before the title stands for (core.clauses.referents)."""
    return title_referent(body, people, BARE_SUBJECT.match(body, position) if people is not None else None, s_start)


# 当地を訪問予定だった, 同地を訪れた: a word for a place named before, as the destination
_PLACE_WORD = re.compile(r"(?P<word>当地|同地)(?:を|へ|に)[^、。をにへ]{0,4}$")


def place_referred(body: str, mention: MeetingMention, places, s_start: int) -> None:
    """当地を訪問予定だったローマ教皇: the place 当地 stands for is the article's own (the first place it
    names in a country), 同地 the last one named before; it becomes the visit's place, whose country hosts.
    places: the article's places (LOC, GPE), a SpanIndex."""
    if mention.kind != "visit" or mention.place is not None:
        return
    found = _PLACE_WORD.search(body, max(s_start, mention.start - 8), mention.start)
    if found is None:
        return
    registry = bundled_registry()
    in_a_country = [m for m in (places.within(0, s_start) if found["word"] == "当地" else places.before(s_start))
                    if (m.entity_id or "").startswith("country:")
                    or (registry.get(m.entity_id) is not None and registry.get(m.entity_id).attributes.get("country"))]
    if in_a_country:
        mention.place = in_a_country[0]

def someone_else(body: str, actors, s_start: int, s_end: int, subject: Participant | None) -> bool:
    """Whether a sentence with no person as its subject names another person, or has a subject of its own
    (日本経団連は, 首相は): after it, a new paragraph no longer continues the subject named before."""
    key = None if subject is None else subject.entity_id or subject.name
    for m in actors:
        if not s_start <= m.start < s_end:
            continue
        if m.type == "PERSON" and (m.entity_id or body[m.start : m.end]) != key \
                and not names_administration(body, m.end):  # (オバマ政権高官として: an administration, no one)
            return True
        if m.type in ("ORG", "GPE") and SUBJECT_AFTER.match(body, m.end):
            return True
    return BARE_SUBJECT.search(body, s_start, s_end) is not None


# 会談の冒頭、, 同会談の席上、: the meeting word opening the sentence, as the setting of who spoke first there
_OPENING = re.compile(r"(?:この|その|同|今回の)?")
_OPENED = re.compile(r"の(?:冒頭|席上)(?:で)?、")


def opening_told_next(body: str, mention: MeetingMention, earlier: list[MeetingMention], actors, end: int,
                      s_end: int, people=None) -> None:
    """日米首脳会談が9日行われた。会談の冒頭、小泉首相はブッシュ大統領の来日を歓迎した: a bare meeting word opening
    the sentence after a meeting told by its countries alone, with who spoke first there and whom they welcomed
    or addressed: those people sat for their countries at that meeting (as in 日米首脳会談の冒頭、A首相は)."""
    s_start = mention.sentence[0]
    if not _OPENED.match(body, end) or not _OPENING.fullmatch(body, s_start, mention.start):
        return
    last = next((m for m in reversed(earlier[-4:]) if m.kind == mention.kind), None)
    if last is None or s_start - last.sentence[1] > 2 or len(last.participants) < 2 \
            or not all((p.entity_id or "").startswith("country:") for p in last.participants):
        return
    trial = replace(mention, participants=[replace(p) for p in last.participants])
    subject_at_meeting(body, trial, actors, end, s_end, people)
    if any(not (p.entity_id or "").startswith("country:") for p in trial.participants):
        last.participants = trial.participants
        mention.participants = [replace(p) for p in trial.participants]
