"""A visit told by the traveller's title alone (中国の国家主席の来日は9年ぶり, 日本の外相の訪韓は, 国家主席の来日): the
person the article named before with that title (and that country, when written) is the visitor, as 首相は stands
for the prime minister named before. The title names who travels, so the visitor another rule carried in (the
subject of the sentence before) gives way to it."""

from __future__ import annotations

import re

from core.clauses.referents import referred
from core.meetings.mention import MeetingMention, Participant
from core.meetings.people import name_of, person_country
from core.meetings.titles import BARE_TITLES, holder_of

# 国家主席の来日, 中国の国家主席の訪日, 中国国家主席の来日: a title and の right before the visit's word
_TITLE_OF_VISIT = re.compile(r"(?P<title>" + BARE_TITLES + r")の$")
_GLUED = re.compile(r"[\u4e00-\u9fff\u30a1-\u30faー]")
_COUNTRY_LETTERS = 8  # a country written before the title (中国の, 韓国, 米): a few letters at most


def titled_visitor(body: str, mention: MeetingMention, people, s_start: int) -> None:
    """Make the person a title right before a visit's word stands for its visitor, when the visit has a host of
    another country than theirs. people: the article's actors, a SpanIndex."""
    if mention.kind not in ("visit", "trip"):
        return
    found = _TITLE_OF_VISIT.search(body, max(s_start, mention.start - 16), mention.start)
    hosts = [p for p in mention.participants if p.role == "host"]
    if found is None or not hosts:
        return
    at = found.start("title")
    if any(m.type == "PERSON" and m.end == at for m in people.within(max(0, at - 24), at)):
        return  # 岸田首相の訪米: a name and its title, read as the person already
    # 中国国家主席の, 中国の国家主席の: the country written with the title
    country = next((m for m in people.within(max(s_start, at - _COUNTRY_LETTERS), at) if m.type == "GPE"
                    and (m.entity_id or "").startswith("country:") and body[m.end : at] in ("", "の")), None)
    if country is None and at > s_start and _GLUED.match(body, at - 1):
        return  # 副国家主席の, 前首相の: a longer title than the one read
    if country is not None:  # (the person named with the title whose country is written or known as that one)
        person = holder_of(body, people, found["title"], country.entity_id, country.start, s_start, None)
    else:
        referent = referred(body, people, found["title"], at, s_start)
        person = (name_of(body, referent), referent.entity_id) if referent is not None \
            and referent.type == "PERSON" else None
    if person is None:
        return
    home = person_country(person[1])
    if home and any(h.entity_id == f"country:{home}" for h in hosts):
        return  # (米国の大統領の来日 read as a Japanese one: never a visit home)
    visitor = Participant(person[0], person[1], role="visitor", office=found["title"])
    mention.participants = [visitor] + [p for p in mention.participants if p.role != "visitor"
                                        and (p.entity_id or p.name) != (visitor.entity_id or visitor.name)]
