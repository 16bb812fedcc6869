"""Sides written as one pair or compound rather than joined by と: 日中韓首脳会議 (each country of the
compound), 日中間の協議 and 日本と中国の間で (the two around 間), 自民・公明両与党 (the two of a pair told as
both of a kind), 『…日韓、再び試練に直面』 (the one pair a cited headline names).

Kept apart from core.meetings.implied, which reads sides from what a clause tells of people (a guest
received, a traveller, a body described): these read them from how the names are written together.
"""

from __future__ import annotations

import re

from core.meetings.cited import in_cited_title
from core.meetings.country_letters import VISIT_HOST
from core.meetings.mention import MeetingMention, Participant
from core.meetings.people import name_of, people_count
from core.sentences import LONGEST


# 日米の閣僚の, 米中首脳の, 日米韓の外相による: the officials of the countries of a compound, before the meeting word
OFFICIALS_OF_COMPOUND = r"の?[\u4e00-\u9fff]{0,4}(?:外相|閣僚|首脳|高官|大臣|長官|次官)(?:ら)?(?:の|による)"
# 日中韓首脳会議, 日米韓の外相会合, 日米豪印の首脳会合: three or more countries written one character each
_COMPOUND_BEFORE = re.compile(r"(?<![\u4e00-\u9fff])(?P<countries>[日米中韓朝露ロ英仏独印豪台]{3,6})"
                              r"(?:(?:の)?[\u4e00-\u9fff]{0,4}|" + OFFICIALS_OF_COMPOUND + ")$")


def compound_countries(body: str, mention: MeetingMention, s_start: int) -> None:
    """日中韓首脳会議: each country of the compound before the meeting word (or opening its name, 日中韓サミット,
    after the ordinal of the series: 第2回日中韓サミット) is a side."""
    if mention.kind not in ("multilateral", "talks"):
        return
    found = _COMPOUND_BEFORE.search(body, max(s_start, mention.start - 10), mention.start)
    if found is None:
        found = re.match(r"(?:第[0-9０-９一二三四五六七八九十]{1,3}回)?(?P<countries>[日米中韓朝露ロ英仏独印豪台]{3,6})(?=の?[\u4e00-\u9fff\u30a1-\u30fa])", mention.text)
    if found is None or len(set(found["countries"])) != len(found["countries"]):
        return
    known = {p.entity_id for p in mention.participants}
    for c in found["countries"]:
        if VISIT_HOST[c] not in known:
            mention.participants.append(Participant(c, VISIT_HOST[c]))


# 『首脳会談の延期・中止も日韓、再び試練に直面』, 『発射が南北関係に影響閣僚級会談の開催は不透明』: a headline drops
# its particles, and the pair of countries it names may stand anywhere in it
_HEADLINE_PAIR = re.compile(r"(?<![\u4e00-\u9fff])(?:(?P<a>[日米中韓朝露英仏独印豪台])(?P<b>[日米中韓朝露英仏独印豪台])|(?P<ns>南北))"
                            r"(?![\u4e00-\u9fff](?<!関)(?<!首)(?<!外)(?<!会)(?<!協)(?<!両))")
_NORTH_SOUTH = (Participant("韓国", "country:KR"), Participant("北朝鮮", "country:KP"))


def headline_pair(body: str, mention: MeetingMention) -> None:
    """A meeting word in a cited headline with no sides: the one pair of countries the headline names."""
    if mention.participants or not in_cited_title(body, mention.start):
        return
    opened = body.rfind("『", max(0, mention.start - LONGEST), mention.start)
    closed = body.find("』", mention.end, mention.end + LONGEST)  # (a page with no 』 is not read on to its end)
    if closed < 0 or "\n" in body[mention.end : closed]:
        return
    pairs = {(m["a"], m["b"]) if m["a"] else "南北" for m in _HEADLINE_PAIR.finditer(body, opened + 1, closed)}
    pairs = {p for p in pairs if p == "南北" or p[0] != p[1]}
    if len(pairs) != 1:
        return
    [pair] = pairs
    mention.participants = [Participant(p.name, p.entity_id) for p in _NORTH_SOUTH] if pair == "南北" else \
        [Participant(c, VISIT_HOST[c]) for c in pair]


# 日中間の協議, 米朝間の交渉: the two countries of a compound written with 間
_PAIR_BETWEEN = re.compile(r"(?<![\u4e00-\u9fff])(?P<a>[日米中韓朝露英仏独印豪台])(?P<b>[日米中韓朝露英仏独印豪台])間の?"
                           r"[\u4e00-\u9fff]{0,6}$")
# 日本と中国の間で, 政府とタリバンとの間で: two sides joined by と, then 間
_BETWEEN_AFTER = re.compile(r"(?:と)?の間(?:で|の|では)")


# 同町と地元の同町保呂地区との間で: a town or a district is a side; the second may be qualified (地元の)
_LOCAL_BODY = re.compile(r"(?:都|道|府|県|市|区|町|村|地区)$")
_BETWEEN_JOINT = re.compile(r"と(?:[^、。と「」]{0,6}?の)?(?:同[\u4e00-\u9fff]{1,2})?")


def sides_between(body: str, mention: MeetingMention, actors, clause: int, start: int) -> None:
    """日中間の協議, 日本と中国の間で…外相会談: the two sides written around 間 are the meeting's."""
    pair = _PAIR_BETWEEN.search(body, max(clause, start - 12), start)
    if pair is not None and pair["a"] != pair["b"] and people_count(mention) == 0:
        mention.participants = [Participant(pair[k], VISIT_HOST[pair[k]]) for k in ("a", "b")]
        return
    named = [m for m in actors if clause <= m.start and m.end <= start and (
        m.type in ("GPE", "ORG", "PERSON") or m.type == "LOC" and _LOCAL_BODY.search(body, m.start, m.end))]
    for a, b in zip(named, named[1:]):
        if _BETWEEN_JOINT.fullmatch(body, a.end, b.start) and _BETWEEN_AFTER.match(body, b.end):
            known = {p.entity_id or p.name for p in mention.participants}
            for m in (a, b):
                if (m.entity_id or name_of(body, m)) not in known:
                    mention.participants.append(Participant(name_of(body, m), m.entity_id))
            return


# 自民・公明両与党の, トヨタ・日産両社が, 日本・韓国両政府は, 自民、公明両党の幹事長が: two sides named as one pair before
# what both are (a pair listed with a comma only as the clause's subject or partner, its first an entity)
_BOTH_OF_PAIR = re.compile(r"(?P<a>[^\s、。・「」『』()（）のはがと]{2,12})(?P<joint>[・、])(?P<b>[^\s、。・「」『』()（）のはがと]{2,12})両"
                           r"(?:与党|野党|党|党首|国|政府|首脳|社|陣営|団体|リーグ|球団|市|町|村|県|組合)")
_PAIR_ARGUMENT = re.compile(r"(?:の[\u4e00-\u9fff\u30a1-\u30ffー]{1,8}?)?(?:ら)?(?:は|が|と|との|とも)")


def both_of_pair(body: str, mention: MeetingMention, actors, clause: int, start: int) -> None:
    """A meeting whose sides a pair told as both of a kind names (自民・公明両与党の「与党協議」で, 自民、公明両党の幹事長が
    会談): the two of the pair, each by its entity when one is detected there; when the clause read one of them
    only, the other joins it."""
    if mention.title or body.find("両", clause, start) < 0:
        return  # every pair is told with 両: a clause without it is not searched (a long one, for each of its words)
    pairs = [p for p in _BOTH_OF_PAIR.finditer(body, clause, start) if p["joint"] == "・" or (
        _PAIR_ARGUMENT.match(body, p.end()) and any(m.start == p.start("a") for m in actors))]
    if len(pairs) != 1:
        return
    [pair] = pairs
    sides = []
    for group in ("a", "b"):
        entity = next((m for m in actors if m.start == pair.start(group) and m.type in ("ORG", "GPE")), None)
        sides.append(Participant(name_of(body, entity), entity.entity_id) if entity is not None
                     else Participant(pair[group]))
    if not mention.participants:
        mention.participants = sides
        return
    known = {p.entity_id or p.name for p in mention.participants}
    if any((s.entity_id or s.name) in known for s in sides):  # (sides read that are none of the pair: another's meeting)
        mention.participants += [s for s in sides if (s.entity_id or s.name) not in known]
