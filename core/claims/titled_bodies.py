"""A country or a body written with an office and no name (パキスタン外務大臣は, 米国務省報道官は): the office holder speaks.

The readers take the entity a speaker's phrase opens with; when that is a country or a body whose office follows it
at once and the registry seats nobody in that office on the article's day, the words are still a person's: the
minister's, the spokesperson's. Users mark such a speaker as the titled person (the phrase as written), not as the
country or the ministry, so the claim keeps the phrase and leaves the entity: パキスタン外務大臣, 米国務省報道官. A name written right before the
country and office (ミッチェル・ライス米北アイルランド特使が) is the one who speaks.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from core.nlp.offices import HONORIFICS, office_after
from core.sentences import LONGEST
from core.text import sentence_start

# Offices that name no one person after a country or body: 日本代表 is the national team, X氏 a person misread as a body
_NOT_ONE_PERSON = frozenset(("代表", *HONORIFICS))
# What follows the office when it is the speaker's whole phrase: its particle or a comma (not の: 報道官の説明)
_PARTICLES = ("は", "が", "も", "、")


def titled_holders(body: str, mentions: list, found: list) -> list:
    """found, each claim held by a country or body written with an office and no name before it in its sentence
    (パキスタン外務大臣は, 中国外務省の報道官は, 自民党の議員は) held instead by that phrase, with no entity."""
    if not found:
        return found  # (no claim: the article's bodies and people are not indexed)
    places: dict[str, list] = {}
    bodies = sorted((m for m in mentions if m.type in ("GPE", "ORG") and m.entity_id), key=lambda m: m.start)
    by_text: dict[str, list] = {}  # each body's mentions by the text written, in the order written
    for m in bodies:
        by_text.setdefault(m.text, []).append(m)
    for m in sorted(bodies, key=lambda m: m.end):
        places.setdefault(m.entity_id, []).append(m)
    places_ends = {entity: [m.end for m in named] for entity, named in places.items()}
    titled = None  # each country and office written with a person's name: read for the first claim that asks
    people = sorted((m for m in mentions if m.type == "PERSON"), key=lambda m: m.start)
    starts = [m.start for m in people]
    by_end = sorted(range(len(people)), key=lambda i: people[i].end)  # (each person's place in people, by end)
    ends = [people[i].end for i in by_end]
    for claim in found:
        s_start = sentence_start(body, claim.start, LONGEST)
        span = _holder_span(body, (places, places_ends), by_text, claim, s_start)
        office = _office_after(body, span[1]) if span is not None else None
        if office is None or office.group("office") in _NOT_ONE_PERSON or not body.startswith(_PARTICLES, office.end()):
            continue
        if bisect_left(starts, span[1]) < bisect_left(starts, office.end()):
            continue  # 米国務省のプライス報道官: named, the readers took the name
        named = _named_before(body, people, by_end, ends, span[0])
        if named is None and body[span[0] - 1 : span[0]] not in _FORMER:
            # (an office read past a の holds no の: 中国外務省の報道官 is looked up as 中国外務省報道官)
            titled = _people_titled(body, mentions) if titled is None else titled
            named = _holder_named_with(titled, body[span[0]:span[1]] + office.group(0), s_start)
        if named is not None:  # ミッチェル・ライス米北アイルランド特使が: the envoy named before his country and office
            claim.holder_entity_id, claim.holder_text = named.entity_id, named.text
        else:
            claim.holder_entity_id, claim.holder_text = None, body[span[0]:office.end()]
    return found


def _holder_span(body: str, places: tuple[dict, dict], by_text: dict, claim, s_start: int) -> tuple[int, int] | None:
    """Where the claim's country or body holder is written last before it in its sentence: its mention, or its text
    when the readers named no entity (他の自民党の議員は: 他の自民党); None for a person or nobody. places: each
    entity's mentions by end, and their ends (the last ending before the claim is found by bisection, not by reading
    back over every later mention of the entity for each claim)."""
    if claim.holder_entity_id:
        named, ends = places[0].get(claim.holder_entity_id, ()), places[1].get(claim.holder_entity_id, [])
        last = bisect_right(ends, claim.start) - 1
        mention = named[last] if last >= 0 and s_start <= named[last].start else None
        return (mention.start, mention.end) if mention is not None else None
    if not claim.holder_text:
        return None
    if not _BODY_END.search(claim.holder_text):
        # ハマスの報道官は, NATOの報道官は: the readers kept the body's name alone as words; a body or country the
        # article names in those letters is still one (門川大作市長: a person's name, the title adds nothing)
        named = by_text.get(claim.holder_text, ())  # in the order written: the last one before the claim
        last = bisect_right(named, claim.start - 1, key=lambda m: m.start) - 1
        mention = named[last] if last >= 0 and s_start <= named[last].start and named[last].end <= claim.start else None
        return (mention.start, mention.end) if mention is not None else None
    at = body.rfind(claim.holder_text, s_start, claim.start)
    return (at, at + len(claim.holder_text)) if at >= 0 else None


# How the name of a country, a body or a place ends, where the readers named no entity (他の自民党, 宮城両県, タイの軍)
_BODY_END = re.compile(r"(?:国|県|府|省|庁|党|軍|局|院|会|団|官邸|政府|当局|議会|裁|地区|市|町|村|州|社)$")


def _office_after(body: str, end: int):
    """The office written right after a holder, or after its の (中国外務省の報道官), else None."""
    return office_after(body, end) or (office_after(body, end + 1) if body.startswith("の", end) else None)


# Between a name and the country its office is of: nothing, a dot, or a short qualifier (米, 北, 前, 元)
_BETWEEN_NAME_AND_COUNTRY = re.compile(r"[・\u4e00-\u9fff]{0,3}")


def _named_before(body: str, people: list, by_end: list[int], ends: list[int], at: int):
    """The person whose name ends right before at, but for what _BETWEEN_NAME_AND_COUNTRY lets between (the first
    in the text of those that do), else None: only names ending within its three letters are read, not every
    person of the article for each claim."""
    near = by_end[bisect_left(ends, at - 3) : bisect_right(ends, at)]
    return next((people[i] for i in sorted(near) if _BETWEEN_NAME_AND_COUNTRY.fullmatch(body, people[i].end, at)), None)


# What before a country marks an office held no longer (前ロシア大統領メドベージェフ) or not yet
_FORMER = ("前", "元", "旧")


def _people_titled(body: str, mentions: list) -> dict[str, tuple[list[int], list]]:
    """Each country and office written with a person's name (ロシア大統領ウラジーミル・プーチン, プーチン・ロシア大統領,
    ロシアのプーチン大統領) → where (in order) and whom: read once per article, from each country or body's mention."""
    people = {m.start: m for m in mentions if m.type == "PERSON"}
    ends = {m.end: m for m in mentions if m.type == "PERSON"}
    out: dict[str, tuple[list[int], list]] = {}
    for place in sorted((m for m in mentions if m.type in ("GPE", "ORG")), key=lambda m: m.start):
        if body[place.start - 1 : place.start] in _FORMER:
            continue
        office = office_after(body, place.end)
        person = None
        if office is not None:  # ロシア大統領ウラジーミル・プーチン, ロシア大統領・プーチン; プーチン・ロシア大統領
            person = next((people[at] for at in (office.end(), office.end() + 1) if at in people
                           and body[office.end():at] in ("", "・", "の")), None) \
                or next((ends[at] for at in (place.start, place.start - 1) if at in ends
                         and body[at:place.start] in ("", "・")), None)
            if person is not None and body.startswith(_FORMER, person.end) and person.start > place.start:
                person = None
        elif body.startswith("の", place.end) and place.end + 1 in people:  # ロシアのプーチン大統領
            person = people[place.end + 1]
            office = office_after(body, person.end)
        if person is None or office is None or office.group(0).startswith(_FORMER):
            continue
        at, named = out.setdefault(body[place.start:place.end] + office.group(0), ([], []))
        at.append(place.start)
        named.append(person)
    return out


def _holder_named_with(titled: dict, phrase: str, before: int):
    """The person the article last named with phrase (a country and its office) before a position, else None."""
    at, named = titled.get(phrase, ((), ()))
    i = bisect_left(at, before)
    return named[i - 1] if i else None
