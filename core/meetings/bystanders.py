"""Names a meeting word's clause holds that are no side of the meeting, and the guards that drop them:
- who tells of talks a pair held (報道官は…AとBとの協議の結果を伝えた, 大使は、AとBによる首脳会談をきっかけに…);
- a body named only in a side's title or as the building of the meeting (金正恩朝鮮労働党委員長, 外交部庁舎で);
- a person named only as whose relation the next one is (Xの最側近、Yが訪問: Y is the side, not X);
- who speaks of someone's visit (日米外相はX氏の訪朝についても意見を交わした: the visitor and the host only);
- a person of a third country beside a meeting its two countries name (A大統領は、日朝首脳会談に向けた…を支持した).

A side takes part in the act the meeting word tells; these guards drop the names the clause reader took for
sides though they play another part in the sentence. Kept apart from core.meetings.sides, which reads the roles
the names do play."""

from __future__ import annotations

import re

from core.meetings.country_letters import compound_countries, written_country
from core.meetings.mention import MeetingMention, Participant
from core.meetings.people import holds_level, name_of, person_country
from core.nlp.offices import office_after

# AとBによる会談, AとBの3者協議, AとBとの協議の結果: the particle that ends the pair the meeting's noun phrase names,
# then a few words of that phrase (の二国間, の初の) up to the meeting word
_PAIR_ENDS = ("による", "との", "の")
_PHRASE = re.compile(r"[^、。「」『』はが]{0,12}")
# what the noun phrase with との is for, when the subject does not take part: the talks' outcome told, spoken of
_TOLD_OF = re.compile(r"(?:の(?:結果|内容|成果|中身|詳細)|について|に関し|をめぐ|を巡|をきっかけ|を受け|を評価|を歓迎"
                      r"|を批判|に先立)")
# a person's reading in brackets (金正恩(キム・ジョンウン)・), after which a title may follow
_READING = re.compile(r"[(（][^()（）]{1,20}[)）]・?")


def _spans_of(participant, actors, clause: int, start: int) -> list:
    """The mentions in [clause, start) the participant was read from (by entity, else by name)."""
    return [m for m in actors if clause <= m.start and m.end <= start
            and ((participant.entity_id and m.entity_id == participant.entity_id)
                 or (not participant.entity_id and participant.name in (m.text or "")))]


def _pair_tail(body: str, clause: int, start: int) -> tuple[int, str] | None:
    """(where, particle) of the particle nearest the meeting word that ends a pair (…による, …との, …の)."""
    for at in range(start - 1, clause - 1, -1):
        particle = next((p for p in _PAIR_ENDS if body.startswith(p, at)), None)
        if particle is None or particle == "の" and body[at - 1 : at] == "と":
            continue  # (the の of との is read from its と)
        if _PHRASE.fullmatch(body, at + len(particle), start):
            return at, particle
        if not _PHRASE.fullmatch(body, at, start):
            return None
    return None


def _pair_named(body: str, actors, clause: int, start: int, end: int) -> int | None:
    """Where the pair the meeting's noun phrase names starts (AとBによる会談, AとBとの協議の結果), or None (林外相は
    インドネシアとマレーシアの両外相と会談: a pair written before と right at the word is the subject's partner)."""
    if body[start - 1 : start] == "と":
        return None
    tail = _pair_tail(body, clause, start)
    if tail is None:
        return None
    tail_start, particle = tail
    if particle == "との" and not _TOLD_OF.match(body, end):
        return None  # 首相は、AとBとの会談に臨んだ: the subject may meet both; only talks told of are others'
    before = [m for m in actors if clause <= m.start and m.end <= tail_start and m.type in ("PERSON", "ORG", "GPE")]
    second = next((m for m in reversed(before) if _TITLE_ONLY.fullmatch(body, m.end, tail_start)), None)
    if second is None:
        return None
    second_at = _first_of_name(body, before, second)
    first = next((m for m in reversed(before) if m.end <= second_at and m.type == second.type
                  and _TITLE_AND.fullmatch(body, m.end, second_at)), None)
    if first is None:
        return None
    at = _first_of_name(body, before, first)
    for m in reversed(before):  # A社、B社とC社の3社協議: the list the pair ends
        if m.end <= at and _LISTED.fullmatch(body, m.end, at):
            at = _first_of_name(body, before, m)
    return at


_LISTED = re.compile(r"(?:[(（][^()（）]{1,20}[)）])?[^、。「」『』はがをにとでのや]{0,10}[、・]")


# what may stand between a name and the particle after it: its reading, its title (局長, アジア大洋州局長, 首相)
_TITLE_ONLY = re.compile(r"(?:[(（][^()（）]{1,20}[)）])?[^、。「」『』はがをにとでのや]{0,10}")
_TITLE_AND = re.compile(r"(?:[(（][^()（）]{1,20}[)）])?[^、。「」『』はがをにとでのや]{0,10}と、?")


def _first_of_name(body: str, before: list, second) -> int:
    """Where the name ending in second starts: its country and の before it (日本外務省の山田審議官) are part of it."""
    at = second.start
    for m in reversed(before):
        if m.end <= at and body[m.end : at] in ("の", "") and m.type in ("GPE", "ORG"):
            at = m.start
    return at


def tellers_of_pair(body: str, mention: MeetingMention, actors, clause: int, start: int, end: int) -> None:
    """The sides less those named before a pair the meeting's noun phrase names (X報道官は…AとBとの協議の結果を
    伝えた: X tells of the talks). A pair's own country before it (日本の) is no side either way."""
    if mention.kind in ("multilateral", "visit", "trip") or len(mention.participants) < 3:
        return
    pair_start = _pair_named(body, actors, clause, start, end)
    if pair_start is None:
        return
    kept = [p for p in mention.participants
            if not (spans := _spans_of(p, actors, clause, start)) or any(m.start >= pair_start for m in spans)]
    if len(kept) >= 2:
        mention.participants = kept


def titles_body(body: str, mention: MeetingMention, actors, clause: int, start: int) -> None:
    """The sides less a body named as part of a side's title (金正恩(キム・ジョンウン)朝鮮労働党委員長,
    国務省のX報道官): the person speaks for it and is the side."""
    people = [m for p in mention.participants if (p.entity_id or "").startswith(("person:", "found:PERSON:"))
              for m in _spans_of(p, actors, clause, start)]
    if not people:
        return

    def in_title(m) -> bool:
        if m.type != "ORG":
            return False
        for person in people:
            reading = _READING.match(body, person.end)
            after = reading.end() if reading is not None else person.end
            if m.start == after and office_after(body, m.end) is not None \
                    and office_after(body, m.end).start() == m.end:
                return True  # 金正恩(キム・ジョンウン)朝鮮労働党委員長
            if body[m.end : person.start] == "の" and office_after(body, person.end) is not None:
                return True  # 朝鮮労働党の金正恩委員長
        return False

    bodies = [m for m in actors if clause <= m.start and m.end <= start and in_title(m)]
    if not bodies:
        return
    dropped = {m.entity_id or name_of(body, m) for m in bodies}
    kept = [p for p in mention.participants if (p.entity_id or p.name) not in dropped
            or _named_apart(body, p, actors, clause, start, bodies)]
    if len(kept) >= 2 and len(kept) < len(mention.participants):  # (a side alone would take a subject carried in)
        mention.participants = kept


def _named_apart(body: str, participant, actors, clause: int, start: int, bodies: list) -> bool:
    """Whether the body is also named as a side of its own in the clause (not only in the title, nor as the
    building the meeting is held in: ソウル・外交部庁舎で)."""
    return any(m not in bodies and not _SITE_AFTER.match(body, m.end)
               for m in _spans_of(participant, actors, clause, start) if m.type == "ORG")


# 外交部庁舎で, 党本部で: a body's building, where the meeting is held
_SITE_AFTER = re.compile(r"(?:本?庁舎|本部|本社|事務局|公館|会館)(?:内)?で(?!は|も)")


# X委員長の最側近、Y / Xの長女で大統領補佐官を務めるY: a person named only to say whose Y is (the head of the
# phrase is Y); the relation is a short noun, then a comma or で…の/を務める before Y
_RELATION = re.compile(r"(?:[(（][^()（）]{1,20}[)）])?・?(?P<office>[^、。「」『』はがをにとでの]{0,10})の"
                       r"(?P<relation>[^、。「」『』はがをにとでの]{1,5})(?:、|で[^、。「」『』]{0,16}?(?:を務める|である))?")


def modifiers_of_people(body: str, mention: MeetingMention, actors, clause: int, start: int) -> None:
    """A side named only as whose relation the next person is (X主席の側近、Y委員が…訪問し): the
    person the phrase is about takes its place (or it is dropped when that person is a side already)."""
    for p in list(mention.participants):
        spans = [m for m in _spans_of(p, actors, clause, start) if m.type == "PERSON"]
        if not spans or not (p.entity_id or "").startswith(("person:", "found:PERSON:")):
            continue
        heads = [_head_after(body, m, actors, start) for m in spans]
        if None in heads:
            continue  # named once as a side of its own
        head = heads[-1]
        known = {q.entity_id or q.name for q in mention.participants}
        at = mention.participants.index(p)
        if (head.entity_id or name_of(body, head)) in known:
            mention.participants.pop(at)
        else:
            mention.participants[at] = Participant(name_of(body, head), head.entity_id, p.role)


def _head_after(body: str, m, actors, start: int):
    """The person the phrase after m is about (Xの最側近、Y: Y), or None."""
    found = _RELATION.match(body, m.end, start)
    if found is None or (found["office"] and office_after(body, m.end + found.start("office") - m.end) is None
                         and not _READING.match(body, m.end)):
        return None
    return next((n for n in actors if n.type == "PERSON" and n.start == found.end()), None)


def without_bystanders(body: str, mention: MeetingMention, actors, clause: int, start: int, end: int) -> None:
    """The mention's sides less the names its clause holds that take no part in the meeting (each guard above)."""
    tellers_of_pair(body, mention, actors, clause, start, end)
    titles_body(body, mention, actors, clause, start)
    modifiers_of_people(body, mention, actors, clause, start)
    visit_of_one(body, mention, actors, clause, start)
    outside_the_pair(body, mention, actors, clause, start)


# X氏の訪米, Y次官補の訪朝: the visitor written with の right before the visit word
_OF_VISITOR = re.compile(r"(?:[(（][^()（）]{1,20}[)）])?[^、。「」『』はがをにとでの]{0,8}の$")


def visit_of_one(body: str, mention: MeetingMention, actors, clause: int, start: int) -> None:
    """A visit told as someone's (日米外相はX氏の訪朝についても意見を交わした): its sides are that visitor and the
    host; the clause's subject only speaks of it."""
    if mention.kind != "visit" or body[start - 1 : start] != "の":
        return
    visitors = [p for p in mention.participants if p.role == "visitor"
                and any(_OF_VISITOR.search(body, m.end, start) for m in _spans_of(p, actors, clause, start))]
    if visitors and any(p.role == "host" for p in mention.participants):
        mention.participants = [p for p in mention.participants if p.role in ("visitor", "host")]


def outside_the_pair(body: str, mention: MeetingMention, actors, clause: int, start: int) -> None:
    """A meeting named by its two countries (日朝首脳会談, 日韓外相会談) has them as its sides: a person of a third
    country the clause names (A大統領は、日朝首脳会談に向けた…努力を支持した) only speaks of it, and so does one
    whose office is no head's at a summit (駐日韓国大使が、日韓首脳会談をきっかけに…)."""
    letters = compound_countries(body, actors, clause, start)
    if not letters or not letters <= {p.entity_id for p in mention.participants}:
        return

    def third(p) -> bool:
        if not (p.entity_id or "").startswith(("person:", "found:PERSON:")):
            return False
        if mention.summit and p.office and not _of_heads(p.office):
            return True  # 駐日韓国大使が、日韓首脳会談をきっかけに: no head at the heads' meeting of the two
        spans = _spans_of(p, actors, clause, start)
        written = {written_country(body, actors, m.start, m.end) for m in spans} - {None}
        known = person_country(p.entity_id)
        countries = written or ({f"country:{known}"} if known else set())
        return bool(countries) and not countries & letters

    mention.participants = [p for p in mention.participants if not third(p)]


def _of_heads(office: str) -> bool:
    """Whether an office is a head's, or a deputy's who sits for the head (副大統領)."""
    title = office_after(office, 0)
    return holds_level(office, title["office"] if title is not None else office, "首脳")
