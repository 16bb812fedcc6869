"""Sides read from the clause's own arguments when the entity layer names none there: the は/が subject and
the と/との partners of the meeting word, each taken as the noun that heads its phrase when that noun is a
body's (党, 社, 省, 県警, 事業者, 組合, 国 …). 国は…居住者との協議に入る: 国 takes part; 鉄道事業者と…会議: the
railway companies do. A side so read has no entity (but 国 alone, the Japanese state): the proposal is kept, and less sure.
"""

from __future__ import annotations

import re

from core.clauses.phrases import phrases
from core.meetings.mention import MeetingMention, Participant
from core.meetings.triggers import TRIGGER

# The heads of a body's name: a party, a company, a ministry, a police force, a union, a league, a town, the
# state (国 alone); never a person's word (関係者, 住民, 家族) nor a thing (問題, 制度)
_BODY_HEAD = re.compile(r"(?:政党|党|会社|社|省|庁|政府|当局|政権|軍|県警|府警|道警|警察|事業者|業者|組合|労組|連盟|協会|連合会|"
                        r"連合|団|委員会|協議会|機構|財団|法人|企業|銀行|球団|リーグ|教団|大学|自治体|"
                        r"^国|側)$")
# words that refer back or point at something told before: read elsewhere (同社, 両党, その国, 当局の)
_REFERRING = re.compile(r"^(?:両|同|この|その|あの|当|本|今回|前回|次回|同じ|双方|相手|各|他|諸)")
# words of time or manner that open a phrase before its noun (今後パ・リーグと協議): not part of the name
_OPENING_ADVERB = re.compile(r"^(?:今後|近く|近日|さらに|また|再び|改めて|今回|既に|すでに)")
_TOPIC_GROUPS = ("topic", "subject")
_PARTNER_PARTICLES = ("と", "との", "とも", "との間で", "とともに", "と共に")
# a kind of company, no particular one (制作会社は…NHKと協議: NHK alone is named)
# (企業1社と提携交渉, 3社と協議: companies counted, none named)
_ANY_COMPANY = re.compile(r"(?:会社|企業)$|^(?:会社|企業)|[0-9０-９一二三四五六七八九十数]+社$")
# 国 written alone in Japanese news is the Japanese state (国は…居住者との協議に入る, 国と地方の協議)
_THE_STATE = ("国", "country:JP")


# a kind of body written bare (興味を示す球団が…交渉, 業者と協議): any one of them, none named
_BARE_KINDS = frozenset("球団 政党 教団 大学 銀行 連盟 協会 機構 財団 法人 業者 事業者 自治体 リーグ 委員会 協議会 社".split())
# この, その, あの written right before the noun: it points back at a body named before
_POINTING = re.compile(r"(?:この|その|あの|こうした|そうした)$")
# the words that close a phrase after its last kana (…については今後議会側, 国の): the noun phrase it ends on
_TRAILING_NOUNS = re.compile(r"[^ぁ-ゖ、。「」『』()（）\s]+$")


def _head(body: str, start: int, end: int) -> str | None:
    """The noun that heads body[start:end] when it is a body's: its last words after any kana, list word or
    opening adverb (今後パ・リーグ: パ・リーグ)."""
    found = _TRAILING_NOUNS.search(body, start, end)
    if found is None or _POINTING.search(body, start, found.start()):
        return None  # この応援団, その国: the body told before, read where words refer back
    text = _OPENING_ADVERB.sub("", re.split(r"(?:及び|並びに)", found.group(0))[-1])
    if len(text) < 2 and text != _THE_STATE[0] or len(text) > 16 or _REFERRING.match(text) or TRIGGER.search(text):
        return None
    return text if _BODY_HEAD.search(text) and not _ANY_COMPANY.search(text) and text not in _BARE_KINDS else None


# オーナー側とも協議: a partner joined by とも right before the meeting word (no phrase of the reader: と then も)
_ALSO_PARTNER = re.compile(r"([^ぁ-ゖ、。「」『』()（）\s]+)とも$")


def _partners(body: str, cut, begin: int, start: int) -> list[tuple[int, int]]:
    """Where the clause's と-phrases stand: …と, …との, and …とも right before the meeting word."""
    spans = [(p.start, p.end) for p in cut if p.group == "partner" and p.particle in _PARTNER_PARTICLES]
    also = _ALSO_PARTNER.search(body, begin, start)
    if also is not None:
        spans.append(also.span(1))
    return spans


def _side_of(body: str, p_start: int, p_end: int, actors, places) -> Participant | None:
    """The side a phrase names when no entity mention stands in it: the town or district it ends on, else the
    body its head noun is."""
    if any(p_start <= m.start < p_end for m in actors):
        return None
    place = next((m for m in places if p_start <= m.start and m.end == p_end), None)
    if place is not None:
        return None if _POINTING.search(body, p_start, place.start) else Participant(place.text, place.entity_id)
    head = _head(body, p_start, p_end)
    return None if head is None else Participant(head, _THE_STATE[1] if head == _THE_STATE[0] else None)


# how far the lead of an article reaches: its first sentences, where a news story names whom it is about
_LEAD = 2


def article_topic(body: str, spans, all_actors) -> Participant | None:
    """Whom the article is about: the person, body or country its lead opens a sentence on (…によると、日本プロ野球・
    セントラル・リーグは…), as an entity mention ending its subject phrase; None when the lead has none."""
    for s_start, s_end in spans[:_LEAD]:
        for phrase in phrases(body, s_start, s_end):
            if phrase.group not in _TOPIC_GROUPS or phrase.particle == "では":
                continue
            named = [m for m in all_actors.within(phrase.start, phrase.end) if m.end == phrase.end]
            if named:
                return Participant(body[named[-1].start : named[-1].end], named[-1].entity_id)
            break  # the sentence's subject names nobody: the lead's next sentence may
    return None


def _same_body(a: str, b: str) -> bool:
    """Whether two names are one body as written (議会側 is 大阪府議会's side)."""
    a, b = a.removesuffix("側"), b.removesuffix("側")
    return a in b or b in a


def argument_sides(body: str, mention: MeetingMention, actors, begin: int, start: int, carried=None,
                   places=(), topic=None) -> bool:
    """Add the sides the clause's subject and partners name in [begin, start) when no entity mention stands in
    their phrase; True when any was added. A phrase of the clause with an entity is the entity layer's. Only a
    meeting word with a partner (…と協議): a body's subject alone (協会は…理事会で協議) deliberates, meets nobody;
    and a subject read so stands alone only when it is a state (国は…居住者との協議に入る): a company or a town
    said to talk with someone unnamed (…は大手出版とも交渉) tells no meeting of sides.
    places: the sentence's places; a town or a district the phrase ends on (地元の白馬村と協議) is a side.
    carried: the person an earlier sentence named as its subject, the other side when the clause has none; topic
    (a callable giving article_topic's answer) the other side when nobody was carried (今後パ・リーグと協議: the
    league the lead is about)."""
    cut = phrases(body, begin, start)
    subject = next((p for p in cut if p.group in _TOPIC_GROUPS and p.particle != "では"), None)
    partners = _partners(body, cut, begin, start)
    if not partners:
        return False
    read = [side for p_start, p_end in partners if (side := _side_of(body, p_start, p_end, actors, places))]
    first = _side_of(body, subject.start, subject.end, actors, places) if subject is not None else None
    if first is not None and (read or mention.participants or (first.entity_id or "").startswith("country:")):
        read.insert(0, first)
    names = [p.name for p in mention.participants]
    added = False
    for side in read:
        if not any(side.name in n or n in side.name for n in names):
            mention.participants.append(side)
            names.append(side.name)
            added = True
    # a subject that names nobody (プレーオフ制度の仕組みなどは今後パ・リーグと協議): a thing, the side is carried
    named = subject is not None and (first is not None or any(subject.start <= m.start < subject.end for m in actors))
    if added and not named and len(mention.participants) < 2:
        other = carried if carried is not None else topic() if topic is not None else None
        if other is not None and not any(_same_body(other.name, n) for n in names):
            mention.participants.insert(0, Participant(other.name, other.entity_id))
    return added
