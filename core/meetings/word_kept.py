"""The meeting words read to the end and still not kept: a body's own sitting, private people, a private
journey or call, nobody Kaidan knows as a side, vehicles touching, someone summoned with no office, one hand's
signature, a place visited by nobody named."""

from __future__ import annotations

import re

from core.meetings.implied import unofficial_people, unofficial_traveller
from core.meetings.listed import country_pair_subject
from core.meetings.mention import TALK_KINDS, MeetingMention
from core.meetings.more_sides import BARE_WORDS
from core.meetings.people import people_count
from core.meetings.private_people import private_sides, private_visitor
from core.meetings.reading import PASSED, UNKEPT, ArticleReading, SentenceReading, Word
from core.meetings.sittings import SITTING_BEFORE, forum_sitting, own_meeting, sitting_of_states, states_meet
from core.meetings.triggers import (
    PHONE_WORD, SHARED_MEALS, SUMMONED_WORDS, TALKED_VERB, conference_of_states, international_conference,
)

# (理事会において修正協議を民主党に提案: talks offered to another side at a sitting stay talks)
# words as often said of private people as of sides: 会う, 会食, 食事を共に (not 会談, 協議)
_PRIVATE_WORDS = ("会っ", "会い", "会う", "会わ", "会食", "握手", "歓談", "密談", "接触", "出迎え", *SHARED_MEALS,
                  "話し合い")  # (ジェフ・イースティンとはしっかり話し合いをした: an actor and a producer)


def left_unkept(a: ArticleReading, s: SentenceReading, w: Word) -> str | None:
    """How the reading moves on past a word it does not keep (PASSED or UNKEPT), None when the word is kept.

    Read in this order, as the last readings of the mention are made between them (refers_back, a body of
    states' meeting, a signing's pair of countries)."""
    body, actors, all_actors, mention, match, start, clause = a.body, w.actors, a.all_actors, w.mention, w.match, \
        w.start, w.clause
    if match.group(0) in ("協議", "話し合い") and not mention.partnered and mention.title is None \
            and SITTING_BEFORE.search(body, clause, start):
        return UNKEPT  # FIFAは緊急の理事会を行い、…について話し合いを行った: the body's own sitting
    mention.refers_back = match.group(0) in BARE_WORDS and not mention.partnered \
        and people_count(mention) <= 1 and mention.title is None
    if match.group(0) == "会合" and mention.kind == "talks" and mention.title is None \
            and not mention.partnered and len(mention.participants) == 1 \
            and re.match(r"[\u4e00-\u9fffの]", body[start - 1 : start]) \
            and own_meeting(body, mention.participants[0].name, clause, start):
        if not states_meet(mention.participants[0].entity_id):
            return UNKEPT  # 日本銀行は14日の金融政策決定会合で: the subject's own meeting (not ベッセントは会合後)
        mention.kind = "multilateral"  # 安保理は緊急会合を開いた: a body of states meets, a meeting of many
    if (_told_by_verb(match.group(0)) or match.group(0) in _PRIVATE_WORDS) \
            and unofficial_people(body, all_actors, mention.participants):
        return PASSED  # 恋人ケイトと会うために, 江草と会うのか, 一家と会食した: private people, no meeting of sides
    if mention.kind == "visit" and (private_visitor(body, actors, mention.participants)
                                    or unofficial_traveller(body, all_actors, mention.participants)):
        return PASSED  # 韓国を訪問したオダギリジョーが, 解説者・槙原氏が訪問, 福島への被災地訪問 (a town, nobody
        # visiting): a private journey, no meeting of sides
    if mention.kind == "phone_call" and private_sides(body, actors, mention.participants) \
            or mention.kind == "signing" and mention.participants \
            and private_sides(body, actors, mention.participants) == len(mention.participants):
        return PASSED  # 首相はエンドンさんに電話をかけ, 長谷川選手は…調印式で: a private call, a fight's signing
    if match.group(0) == "会議" and international_conference(body, s.s_start, match.start()) \
            and not _side_of_states(body, all_actors, mention):
        return UNKEPT if mention.kind in TALK_KINDS else PASSED  # 教授は…国際会議に出席し: no meeting of states
    if (_told_by_verb(match.group(0)) or match.group(0) in ("会議", "握手", "接触", "出迎え")) \
            and not _named_sides(mention, 1 if mention.kind == "phone_call" else 2) \
            and not (mention.kind == "multilateral" and match.group(0) == "会議"
                     and (sitting_of_states(body, actors, s.s_start, start, w.end)  # アフリカ連合の緊急会議
                          or conference_of_states(body, s.s_start, match.start()) is not None  # パリ講和会議
                          or forum_sitting(body, s.events, s.s_start, match.start()) is not None)):  # ARFの会議
        # 知人の女性に…電話をしていた, 管理者と現場の意見交換: no sides Kaidan knows
        return UNKEPT if mention.kind in TALK_KINDS else PASSED
    if match.group(0) == "接触" and not all(p.office or (p.entity_id or "").startswith(("person:", "country:"))
                                             for p in mention.participants):
        return PASSED  # 貨物船と接触し, F.マッサと接触した際: vehicles or drivers touching, not sides in contact
    if match.group(0) in SUMMONED_WORDS and not w.envoy and (people_count(mention) < 2 or not any(
            p.office or (p.entity_id or "").startswith("person:") for p in mention.participants)):
        return PASSED  # 救急車を現場に呼び, 友人を自宅に呼んで: nobody with an office summoned, no meeting of sides
    if mention.kind == "signing" and len(mention.participants) < 2:
        alone, mention.participants = mention.participants, []
        country_pair_subject(body, mention, actors, clause, start)  # 日本とフィリピンの外相は…協定に署名した
        mention.participants = mention.participants or alone
    if match.group(0) == "署名" and len(mention.participants) <= 1 and not mention.partnered \
            and mention.at_meeting is None and not mention.attendees_of_previous \
            and not re.search(r"両|双方|[2-9２-９二三四五][カヵケか]?[国者社党]", body[clause:start]):
        return PASSED  # 法案C-38に署名し, 代理署名を拒否, 6人の署名があれば: one hand's signature, no meeting of sides
    if match.group(0) == "訪れ" and all(p.role == "host" for p in mention.participants):
        return PASSED  # 日本を訪れる外国人客, トルコを訪れ: a place visited by nobody named, no meeting of sides
    return None


def _told_by_verb(word: str) -> bool:
    """A meeting told by a verb or a loose word (話し合った, 電話をかけ, 電話で話した, 意見交換): private talk as
    often as not."""
    return word in ("意見交換", "意見を交わ", "意見を交換", "電話で話") or bool(TALKED_VERB.fullmatch(word) or PHONE_WORD.fullmatch(word))


def _side_of_states(body: str, all_actors, mention: MeetingMention) -> bool:
    """Whether a state or its official is among the sides: an international conference is as often a learned
    society's or a company's (教授は…国際会議に出席し, 同社は国際会議を開催した, A社とB大学が国際会議を開いた), a
    meeting of states only when a person in office or a country is read as its side."""
    if any((p.entity_id or "").startswith(("country:", "person:")) for p in mention.participants):
        return True
    people = [p for p in mention.participants if (p.entity_id or "").startswith("found:PERSON:")]
    return bool(people) and not unofficial_people(body, all_actors, people)


def _named_sides(mention: MeetingMention, least: int) -> bool:
    """At least that many sides, one of them an entity Kaidan knows."""
    return len(mention.participants) >= least and any(p.entity_id for p in mention.participants)
