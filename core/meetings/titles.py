"""Who a title stands for at a meeting: a bare title (首相は) the last person named with it, or the one
who held it on the meeting's day (the registry's office holders); a country named by an office (中国外相と)
the person the article named with that office.
"""

from __future__ import annotations

import re

from core.clause_scan import last_before
from core.clauses.referents import candidates, person_with_title, referred
from core.meetings.country_letters import VISIT_HOST
from core.meetings.each import is_subject
from core.meetings.mention import MeetingMention, Participant
from core.meetings.people import name_of, person_country
from core.nlp.office_terms import seat_holder
from core.nlp.offices import HONORIFICS, OFFICE_WORDS
from core.scan import skipping

# 首相は, 議長は, 同総統は, 国務長官が: a bare title as the subject, any office of state the clause reader knows
# (core.nlp.offices), standing for the person named before with it; 同氏 too (氏, さん alone name no one)
BARE_TITLES = "|".join(w for w in OFFICE_WORDS if w not in HONORIFICS)
# (北京に到着した首相は, 訪問中の首相が: after a clause describing them, the same one)
BARE_SUBJECT = re.compile(r"(?:^|(?<=[、。\n])|(?<=によると)|(?<=によれば)|(?<=した)|(?<=ている)|(?<=中の))"
                          r"(?:同|[\u4e00-\u9fff]{1,2}副|副)?"
                          r"(?P<title>" + BARE_TITLES + r"|(?<=同)氏)(?:夫妻)?(?:は|が)")  # (国王夫妻は: with the spouse)
BARE_SUBJECT = skipping(BARE_SUBJECT)  # searched in every sentence: its twin passes the kana no title begins with, in C


# 首相とトランプ氏は…会談に臨む: a bare title joined by と to a named person, the two the clause's subject
_JOINED_TITLE = re.compile(r"(?:^|(?<=[、。\n]))(?:同|[\u4e00-\u9fff]{1,2}副|副)?(?P<title>" + BARE_TITLES
                           + r")と(?=[^、。「」『』]{1,24}?(?:は|が))")


# A headline's topic set off by a comma: 『首相、オバマ大統領と会談』, 外相、ラブロフ氏と会談へ
_HEADLINE_TOPIC = re.compile(r"(?:^|(?<=[\n『]))(?:[\u4e00-\u9fff]{1,2}副|副|[米中日韓朝露ロ英仏独伊加豪印比越台])?"
                             r"(?P<title>" + BARE_TITLES + r")、")  # (米大統領、: of that country)


# Titles a Japanese paper writes bare for its own country's holder (首相は: Japan's prime minister)
_OWN_SIDE_TITLES = ("首相", "総理", "外相")


def bare_title_subject(body: str, mention: MeetingMention, clause: int, start: int, people, s_start: int,
                       day: str | None = None, registry=None) -> None:
    """首相は…を訪問し (首相とA氏は…会談): the subject is the person a bare title stands for, read as claims read it
    (core.clauses.referents: the office, the country the reference or its sentence names, the paper's
    own side, then recency; only people named before the title: in 首相は会談後、トルドー首相とも会談した,
    首相 is not トルドー). A title of the paper's own side no one was named with before (首相は…大統領と
    会談) is the one who held it in Japan on day (the registry's office holders), when the meeting has another
    side. people: the article's actors, a SpanIndex."""
    # (a headline's topic opens its line, before any quote the headline holds: 『米大統領、…「…」横田さん面会』)
    found = last_before(BARE_SUBJECT, body, clause, start) or last_before(_JOINED_TITLE, body, clause, start) \
        or last_before(_HEADLINE_TOPIC, body, min(clause, s_start), start)
    if found is None:
        return
    referent = referred(body, people, body[found.start() : found.end("title")], found.start(), s_start)
    if referent is None and found.start("title") - found.start() == 1:  # 米大統領、 with ブッシュ大統領 named before
        referent = _holder_of_country(body, people, found["title"], body[found.start()], found.start())
    if referent is None and found.start("title") == found.start() and found["title"] in _OWN_SIDE_TITLES \
            and mention.participants:  # (首相は…初会合に出席した: with no one else named, no meeting of sides)
        person = holder_of(body, people, found["title"], "country:JP", found.start(), s_start, day, registry)
    elif referent is None or referent.type != "PERSON":
        return
    else:
        person = name_of(body, referent), referent.entity_id
    if person is None:
        return
    if any(p.name == person[0] for p in mention.participants):
        return
    role = "visitor" if any(p.role == "host" for p in mention.participants) else "participant"
    if role == "visitor" and f"country:{person_country(person[1])}" in {p.entity_id for p in mention.participants
                                                                          if p.role == "host"}:
        return  # 首相は…来日中の大統領と会談した: the host country's own officer is no visitor to it
    office = found["title"] if found["title"] != "氏" else None  # 同氏は: the person named last, no office
    mention.participants.insert(0, Participant(person[0], person[1], role=role, office=office))


def _holder_of_country(body: str, people, title: str, letter: str, before: int):
    """The person named before with the title whose country the registry gives as the one a letter names
    (米 for a US president written ブッシュ大統領 with no country), or None."""
    code = VISIT_HOST.get(letter, "").removeprefix("country:")
    return next((c.mention for c in candidates(body, people, before, title)
                 if code and person_country(c.mention.entity_id) == code), None)


def partners_only(body: str, mention: MeetingMention, clause: int, start: int) -> bool:
    """首相は同日、A首相、B首相とそれぞれ会談した: the people found are all partners, none the clause's subject
    (which a bare title may then name)."""
    return bool(mention.participants) and not any(is_subject(body, p, clause, start) for p in mention.participants)


# The role of an office one person holds for a country at a time (the registry's office holders)
ROLE_OF = {"首相": "head_of_government", "総理": "head_of_government", "総理大臣": "head_of_government",
            "大統領": "head_of_state", "国家主席": "head_of_state", "総統": "head_of_state",
            "外相": "foreign_minister", "外務大臣": "foreign_minister", "国務長官": "foreign_minister",
            "外交部長": "foreign_minister", "国防長官": "defence_minister", "国防相": "defence_minister",
            "防衛相": "defence_minister", "財務相": "finance_minister", "財務長官": "finance_minister"}
_ISO_DAY = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")


def meeting_day(mention: MeetingMention, reference) -> str | None:
    """The day (or month) a meeting is dated by, else the article's date, as ISO text."""
    value = str(getattr(mention.date, "value", None) or "")
    if _ISO_DAY.fullmatch(value):
        return value
    return reference.isoformat() if reference is not None else None


def holder_of(body: str, people, office: str, country: str, before: int, s_start: int, day: str | None,
              registry=None):
    """(name, entity id) of who held a country's office: the person the article named with it before
    (core.clauses.referents), else (with day and registry) the one the registry records in it on day
    (core.nlp.office_terms.seat_holder, as claims read a title alone); None when neither is one."""
    named = person_with_title(body, people, office, before, s_start, country)
    if named is None:  # 王毅外相は…中国外相と: the country of a person the registry knows, not written
        named = next((c.mention for c in candidates(body, people, before, office) if c.country is None
                      and f"country:{person_country(c.mention.entity_id)}" == country), None)
    if named is not None:
        return name_of(body, named), named.entity_id
    person = seat_holder(registry, office, country, day)
    return (person.name, person.id) if person is not None else None


_GLUED = re.compile(r"[\u4e00-\u9fff]*")


def office_of_country(body: str, mention: MeetingMention, people) -> None:
    """王毅外相は…。中国外相と会談した: a country named by an office one person holds (外相, 首相, 国務長官)
    stands for the person the article named with that office and country before. With nobody named, the
    country stays: the text names a side, not a person (the registry's holder may be meant, or an acting
    one). people: the article's actors, a SpanIndex."""
    for i, p in enumerate(mention.participants):
        if not (p.entity_id or "").startswith("country:") or p.office not in ROLE_OF:
            continue
        if any(f"country:{person_country(q.entity_id)}" == p.entity_id for q in mention.participants if q is not p):
            continue  # (日米首脳会談で岸田首相は: the country's person is named already)
        written = _written_end(body, people, p, mention.sentence[0], mention.start)
        if written < 0 or _GLUED.fullmatch(body, written, mention.start):
            continue  # 日中外相会談: the countries of the meeting's name, not a person named by office
        person = holder_of(body, people, p.office, p.entity_id, mention.start, mention.sentence[0], None)
        if person is not None:
            mention.participants[i] = Participant(person[0], person[1], role=p.role, office=p.office)


def _written_end(body: str, people, country: Participant, s_start: int, start: int) -> int:
    """Where the country is last written before start in its sentence ends: its name, or a word referring back to
    it (同国の外相と: 同国, read as that country by core.meetings.anaphors); -1 when it is not written there."""
    at = body.rfind(country.name, s_start, start)
    referring = [m for m in people.within(s_start, start) if m.entity_id == country.entity_id and m.end <= start
                 and body.startswith("同", m.start)]
    return max(([at + len(country.name)] if at >= 0 else []) + [m.end for m in referring], default=-1)


def titled_subject(body: str, people, s_start: int, s_end: int) -> Participant | None:
    """The person a bare title as the sentence's subject stands for (福田首相は…。首相はこの日…), when it refers back
    to someone named before; None otherwise. people: the article's actors, a SpanIndex."""
    found = BARE_SUBJECT.search(body, s_start, s_end)  # (…によれば、首相は: after its source)
    referent = title_referent(body, people, found, s_start)
    return Participant(referent.name, referent.entity_id) if referent is not None else None


def title_referent(body: str, people, found: re.Match | None, s_start: int) -> Participant | None:
    """The person named before whom a bare title found by BARE_SUBJECT stands for, with the title as office (none
    for 同氏); None when found is None or refers to no person. people: the article's actors, a SpanIndex."""
    if found is None:
        return None
    referent = referred(body, people, body[found.start() : found.end("title")], found.start(), s_start)
    if referent is None or referent.type != "PERSON":
        return None
    return Participant(name_of(body, referent), referent.entity_id, office=found["title"] if found["title"] != "氏" else None)
