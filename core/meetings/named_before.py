"""People a count names (両首脳, 3首脳, 両外相, AとB、Cの3首脳は): listed right before the count, or named before in
the article with the count's title; and a visit of several visitors from different countries, one visit each."""

from __future__ import annotations

import re
from dataclasses import replace

from core.clause_scan import last_before
from core.clauses.referents import candidates, office_of
from core.meetings.counted import count_value
from core.meetings.mention import CALL_KINDS, MeetingMention, Participant
from core.meetings.people import name_of, person_country
from core.meetings.titles import ROLE_OF
from core.meetings.word_reference import NEXT_ROUND, met_anew
from core.nlp.office_names import full_office, office_role
from core.nlp.offices import office_after
from core.sentences import LONGEST
from core.text import stop_start

# 小泉首相とブッシュ大統領、ブレア英首相の3首脳は: people listed, then their count as the subject
# (A首相とB首相、C大統領の日中韓3首脳は: the countries of the people counted may stand between them and the count)
_COUNTED_PEOPLE = re.compile(r"(?:らの|の|ら)?(?:[日米中韓朝露ロ英仏独伊加印豪台]{2,6})?(?P<n>[2-9２-９二三四五六七八九])(?:首脳|外相|閣僚|首相|氏|者|人)(?:は|が|による|の間で)")


def counted_people(body: str, mention: MeetingMention, actors, clause: int, start: int) -> None:
    """AとB、Cの3首脳は会談した: the people listed right before a count that agrees with them are the sides."""
    found = last_before(_COUNTED_PEOPLE, body, clause, start)
    if found is None or len(mention.participants) >= count_value(found["n"]):
        return
    listed, end = [], found.start()
    countries = {m.end: m.start for m in actors if m.type == "GPE" and clause <= m.start}
    for m in reversed([m for m in actors if m.type == "PERSON" and clause <= m.start and m.end <= found.start()]):
        position = m.end
        title = office_after(body, position)
        position = title.end() if title and title.start() == position else position
        if position != end:
            break
        listed.insert(0, Participant(name_of(body, m), m.entity_id))
        head = m.start
        if body[head - 1 : head] == "の" and head - 1 in countries:
            head = countries[head - 1]  # フランスのシラク大統領: the person's country written before them
        joint = re.search(r"(?:と|、|や|及び|および)$", body[max(clause, head - 2) : head])
        if joint is None:
            break
        end = head - len(joint.group(0))
    if len(listed) == count_value(found["n"]):
        mention.participants = listed


# クアラルンプールを訪れた両外相は: a visit told as a relative clause of the two people named before
_BOTH_AFTER_VISIT = re.compile(r"(?:中の|した|していた|た)両(?P<title>外相|首脳|首相|大統領|氏)(?:は|が|も|と|の)")
_HEAD_TITLES = ("首相", "大統領", "国家主席", "主席", "総統", "首脳")
# 安倍総理大臣: a head, though the office word read is 大臣 (総理 its field); not 副総理大臣
_PRIME_MINISTER = re.compile(r"(?<!副)総理大臣$")


def both_travel(body: str, mention: MeetingMention, people, end: int) -> None:
    """クアラルンプールを訪れた両外相は: the two people named before with the title travelled (visitors).
    people: the article's actors, a SpanIndex."""
    found = _BOTH_AFTER_VISIT.match(body, end)
    if mention.kind != "visit" or found is None or any(p.role == "visitor" for p in mention.participants):
        return
    two = _named_before(body, people, mention.start, found["title"], 2)
    if len(two) != 2:
        return
    for p in two:
        p.role = "visitor"
    mention.participants = two + [p for p in mention.participants if p.role == "host"]


def _named_before(body: str, people, before: int, title: str, n: int) -> list[Participant]:
    """The last n people named before position with the title's role (両外相: foreign ministers, a
    secretary of state among them; 3首脳: heads; 両氏: anyone), in the order named."""
    offices = _OfficesWritten(body, people, before)
    named = [(c, c.office if c.office is not None else offices.of(c.mention)) for c in candidates(body, people, before)]
    if title == "首脳":
        named = [(c, o) for c, o in named if o is not None
                 and (o.group("office") in _HEAD_TITLES or _PRIME_MINISTER.search(o.group(0)))]
    elif title != "氏":  # 両外相: a secretary of state is a foreign minister too (the same role)
        named = [(c, o) for c, o in named if o is not None and (office_role(full_office(o))
                                                                or _role(o.group(0))) == _role(title)]
    return [Participant(name_of(body, c.mention), c.mention.entity_id) for c, _ in reversed(named[:n])]


class _OfficesWritten:
    """The office written with a person whose nearest mention writes none: with an earlier mention (オバマ米大統領は
    来日した。安倍首相は大統領と夕食を共にした。両首脳は…: the bare 大統領 that refers back to him is his nearest
    mention, and it is itself the office), so a reference by title never hides the office from 両首脳. The mentions
    before the count are walked back once for all the people it may name, as far as the people asked need."""

    def __init__(self, body: str, people, before: int) -> None:
        self._body = body
        self._walk = people.before(before)
        self._found: dict[str, re.Match] = {}  # the office nearest the count, by person

    def of(self, mention) -> re.Match | None:
        key = mention.entity_id or mention.text
        while key not in self._found and (m := next(self._walk, None)) is not None:
            if m.type != "PERSON" or (m.entity_id or m.text) in self._found:
                continue
            written = office_of(self._body, m) or office_after(self._body, m.start)
            if written is not None and (written.start() >= m.end or written.end() == m.end):
                self._found[m.entity_id or m.text] = written
        return self._found.get(key)


# 両首脳は10日、京都で会談した, 3首脳は…会談した: the people counted, named before, as the subject of talks
_BOTH_SUBJECT = re.compile(r"(?<![\u4e00-\u9fff0-9０-９])(?P<n>[両2-9２-９二三四五六七八九])"
                           r"(?P<title>外相|首脳|首相|大統領|氏|者)(?:は|が)")


def both_named_before(body: str, mention: MeetingMention, people, clause: int, start: int, earlier) -> None:
    """両首脳は10日、会談した (3首脳は…) with no meeting of two sides told before in the article: the people
    named before with the title's role, as many as counted, are its sides (with one told before, the words
    refer back to it, unless the sentence dates them to another day: 両首脳は昨年11月にも会談している, or tells
    another round: 両首脳は年内に再び会談することで一致した)."""
    if mention.participants:
        return
    found = last_before(_BOTH_SUBJECT, body, clause, start)
    if found is None:
        return
    # the last talks told before (a call is never talks told before: 両首脳は11日にも電話で会談した is a meeting of its
    # own), sought from the last meeting back, only for a word with 両首脳は before it: not every meeting of the
    # article read again for each word
    told = next((m for m in reversed(earlier) if len(m.participants) >= 2 and m.kind not in ("visit", "trip")
                 and (m.kind in CALL_KINDS) == (mention.kind in CALL_KINDS)), None)
    again = NEXT_ROUND.search(body, max(clause, start - 16), start) is not None \
        or met_anew(body, clause, start, mention.end)  # 両首脳は年内に再び会談する, 改めて会談した
    if told is None or again or _another_day(mention, told):
        n = count_value(found["n"])
        title = "氏" if found["title"] == "者" else found["title"]
        named = _named_before(body, people, found.start(), title, n)
        if found["title"] == "者" and not _named_since_sentence_before(body, people, named, found.start()):
            named = []  # 両者 (people or bodies): only people just named, in its sentence or the one before
        mention.participants = named if len(named) == n else []


def _named_since_sentence_before(body: str, people, named: list[Participant], position: int) -> bool:
    """Whether every one named has a mention since the start of the sentence before position's."""
    own = stop_start(body, position, LONGEST) - 1  # (its 。, or where the reach starts)
    since = stop_start(body, own, LONGEST) if own >= 0 else 0
    near = {m.entity_id or name_of(body, m) for m in people.within(since, position)} | \
        {name_of(body, m) for m in people.within(since, position)}
    return bool(named) and all((p.entity_id or p.name) in near or p.name in near for p in named)


def _another_day(mention: MeetingMention, told: MeetingMention) -> bool:
    """Whether the mention's sentence dates it to a day or month of its own, other than the meeting told before."""
    if mention.date is None or mention.date_carried or told.date is None or not mention.date.value:
        return False
    mine, theirs = str(mention.date.value), str(told.date.value or "")
    return not (mine.startswith(theirs) or theirs.startswith(mine))


def _role(office: str) -> str:
    """The role of an office as written (米国務長官: foreign_minister), else the office itself."""
    return next((ROLE_OF[k] for k in sorted(ROLE_OF, key=len, reverse=True) if office.endswith(k)), office)


def apart_by_country(mention: MeetingMention) -> list[MeetingMention]:
    """A visit of several visitors from different countries (両外相が…を訪れた) is one visit each: they come
    from their own capitals; visitors of one country (or unknown ones) travel together."""
    visitors = [p for p in mention.participants if p.role == "visitor"]
    countries = {person_country(p.entity_id) for p in visitors}
    if mention.kind != "visit" or len(visitors) < 2 or None in countries or len(countries) != len(visitors):
        return [mention]
    others = [p for p in mention.participants if p.role != "visitor"]
    return [replace(mention, participants=[replace(v)] + [replace(o) for o in others]) for v in visitors]
