"""An envoy summoned: 中国の駐日大使を外務省に呼び、抗議した, 在日中国大使館の公使を呼んで — the envoy, named or not,
stands for the country that sent them, and the government summoning is the other side; an envoy a protest is made to
by name (大島正太郎駐韓大使に対し、…抗議した) is a side in person."""

from __future__ import annotations

import re

from core.meetings.mention import MeetingMention, Participant
from core.meetings.people import name_of

# …の(駐日)大使を外務省に, 大使館の公使を, 臨時代理大使らを: a country's envoy, then where they were summoned to
_ENVOY_AFTER = re.compile(r"の?(?:駐[\u4e00-\u9fff]{1,2})?(?:大使館の?)?(?:特命全権|臨時代理|代理|次席)?"
                          r"(?:大使|公使|参事官|総領事)(?:ら)?を(?:[^、。をがは]{0,10}?に)?")
# 大島正太郎駐韓大使に対し, 王毅大使に: an envoy named, the one a protest is made to
_ENVOY_NAMED_AFTER = re.compile(r"(?:氏)?(?:駐[\u4e00-\u9fff]{1,2})?(?:特命全権|臨時代理|代理|次席)?(?:大使|公使|総領事|参事官)(?:ら)?に")
# 日本大使に, ロシアの駐日臨時代理大使に対し: a country's envoy, unnamed, the one a protest is made to
_ENVOY_OF_AFTER = re.compile(r"の?" + _ENVOY_NAMED_AFTER.pattern.removeprefix("(?:氏)?"))
# 中国大使館, 在日中国大使館: an embassy written with its country's name
_EMBASSY = re.compile(r"(?:在[\u4e00-\u9fff]{1,2}|駐[\u4e00-\u9fff]{1,2})?(?P<country>.+?)大使館$")
# 韓国政府は, 日本は, 外務省は: the government that summons, as the clause's topic
_GOVERNMENT_SUBJECT = re.compile(r"(?:政府|外務省|外交通商部|外交部|国務省)?(?:は|が)")


def envoy_summoned(body: str, actors, registry, clause: int, start: int) -> Participant | None:
    """The country whose envoy the clause says was summoned, right before the verb at start, else None."""
    for m in reversed([m for m in actors if clause <= m.start and m.end <= start]):
        if not _ENVOY_AFTER.fullmatch(body, m.end, start) or body.startswith("駐", m.start - 1):
            continue  # (駐日大使: the country the envoy is sent to, not theirs)
        if m.type == "GPE" and (m.entity_id or "").startswith("country:"):
            return Participant(name_of(body, m), m.entity_id)
        embassy = _EMBASSY.fullmatch(body, m.start, m.end) if m.type == "ORG" else None
        if embassy is not None:
            country = next((e for e in registry.named(embassy["country"]) or () if e.startswith("country:")), None)
            if country is not None:
                return Participant(embassy["country"], country)
        return None
    return None


def with_envoy(body: str, mention: MeetingMention, actors, registry, clause: int, start: int) -> bool:
    """Add the country whose envoy was summoned, and the summoning government when nobody else is its side
    (韓国政府は…駐韓日本大使を外交通商部に呼び); True when an envoy was summoned."""
    envoy = envoy_summoned(body, actors, registry, clause, start)
    if envoy is None:
        return False
    known = {p.entity_id or p.name for p in mention.participants}
    if not any(p.entity_id != envoy.entity_id for p in mention.participants):
        topic = next((m for m in actors if clause <= m.start < start and m.type in ("GPE", "ORG")
                      and m.entity_id != envoy.entity_id and _GOVERNMENT_SUBJECT.match(body, m.end)), None)
        if topic is not None:
            mention.participants.append(Participant(name_of(body, topic), topic.entity_id))
    if envoy.entity_id not in known:
        mention.participants.append(envoy)
    return True


def with_envoy_protested_to(body: str, mention: MeetingMention, actors, clause: int, start: int) -> None:
    """Add the envoy named as the one the protest at start is made to (大島正太郎駐韓大使に対し、…抗議した), when not
    read yet."""
    envoy = next((m for m in reversed(actors) if clause <= m.start and m.end <= start and m.type == "PERSON"
                  and _ENVOY_NAMED_AFTER.match(body, m.end)), None)
    if envoy is None and len(mention.participants) < 2:  # 日本大使に抗議: the envoy unnamed stands for their country
        envoy = next((m for m in reversed(actors) if clause <= m.start and m.end <= start and m.type == "GPE"
                      and (m.entity_id or "").startswith("country:") and not body.startswith("駐", m.start - 1)
                      and _ENVOY_OF_AFTER.match(body, m.end)), None)
    if envoy is not None and all((p.entity_id or p.name) != (envoy.entity_id or name_of(body, envoy))
                                 for p in mention.participants):
        mention.participants.append(Participant(name_of(body, envoy), envoy.entity_id))
