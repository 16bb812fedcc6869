"""Sides a clause implies without joining them to the meeting word by と: a guest received
(マクロン大統領を官邸に迎え、会談した), two people referred back to (2人は…離婚協議中), the traveller
of the sentence before (国王が帰国の途についた。15日に来日を果たすと…). (Sides written as one pair or compound:
core.meetings.paired_sides.)"""

from __future__ import annotations

import re

from core.clause_scan import last_before
from core.clauses.referents import candidates
from core.meetings.country_letters import VISIT_HOST
from core.meetings.guests import RECEIVED_AT
from core.meetings.mention import MeetingMention, Participant
from core.meetings.name_read import HEAD_OF_BODY, office_end, title_end
from core.meetings.people import SUBJECT_MARK, name_of, people_count
from core.nlp.offices import HONORIFICS, OFFICE_RE, office_after

# マクロン大統領を官邸に迎え, 代表団を招いて, 首相を出迎え: the guest a host receives, then meets; 大使を外務省に呼び:
# one summoned is met as well
_RECEIVED_AFTER = re.compile(r"(?:夫妻|一行|ら)?(?:" + RECEIVED_AT + r"|を[^、。をがは]{0,10}?に呼(?:び出し|び|んで))")


def guest_received(body: str, mention: MeetingMention, actors, clause: int, start: int, until: int | None = None) -> None:
    """Aは9日、Bを官邸に迎え、会談した: B, received by the subject, is the other side (until: where the receiving
    verb may end, the meeting word's start unless the word is that verb: 大使を外務省に呼び)."""
    if people_count(mention) >= 2 or mention.title:
        return
    known = {p.entity_id or p.name for p in mention.participants}
    for m in actors:
        if m.type not in ("PERSON", "ORG") or not clause <= m.start < start:
            continue
        title = office_after(body, m.end)
        end = title.end() if title and title.start() == m.end else m.end
        found = _RECEIVED_AFTER.match(body, end)
        if found is None or found.end() > (until or start) or (m.entity_id or name_of(body, m)) in known:
            continue
        if "。" in body[found.end() : start]:
            continue
        mention.participants.append(Participant(name_of(body, m), m.entity_id))
        return


# 2人は, 二人が, 両人は: the two people named before, as the subject of the clause
_TWO_SUBJECT = re.compile(r"(?<![0-9０-９\u4e00-\u9fff])(?:2人|２人|二人|両人)(?:は|が|とも)")


def two_referred(body: str, mention: MeetingMention, people, clause: int, start: int, earlier) -> None:
    """2人は別居中で代理人を立て離婚協議中: with no meeting of two sides told before, the last two people
    named before the clause are its sides. people: the article's actors, a SpanIndex."""
    if mention.participants or mention.title:
        return
    found = last_before(_TWO_SUBJECT, body, clause, start)
    if found is None or any(len(m.participants) >= 2 and m.kind not in ("visit", "trip") for m in earlier):
        return
    named = candidates(body, people, found.start())
    if len(named) >= 2:
        mention.participants = [Participant(name_of(body, c.mention), c.mention.entity_id) for c in reversed(named[:2])]


# 来日, 訪日, 訪米, 訪中 …: a journey to a country (not 訪問 or 訪れ, as often a call at a home or a stage)
_STATE_VISIT = re.compile(r"来日|訪[米中ロ露韓朝日英仏独印豪台]")
# after the traveller's name and office: a companion or two, then the particle (国王＆王妃が)
_TRAVELLER_AFTER = re.compile(r"[^、。はがをにで「」]{0,20}?(?:は|が)")


_JOINED_COMPANION = re.compile(r"(?:＆|&|と|、|・)")


def traveller_before(body: str, mention: MeetingMention, actors, previous: tuple[int, int] | None,
                     s_start: int, start: int, attended: bool = False) -> None:
    """国王夫妻が帰国の途についた。15日に来日を果たすと…: a visit its own sentence gives no traveller
    (nobody named before it, no subject) is made by the subject of the sentence just before, when an office
    is written with the name (a state visit, not a singer's tour).
    actors: the article's actors, a SpanIndex."""
    visit = mention.kind == "visit" and _STATE_VISIT.fullmatch(mention.text) is not None
    if not (visit or attended) or previous is None or any(p.role == "visitor" for p in mention.participants) \
            or attended and mention.participants:
        return
    if any(m.type == "PERSON" for m in actors.within(s_start, start)) \
            or SUBJECT_MARK.search(body, s_start, start):
        return
    for m in actors.within(*previous):
        if m.type != "PERSON":
            continue
        title = office_after(body, m.end)
        if title is None or title.start() != m.end or title["office"] in HONORIFICS:
            return  # a traveller with no office (a singer, a player): a private journey, no meeting of sides
        after = _TRAVELLER_AFTER.match(body, title.end())
        if after:
            # 国王＆ジツェン・ペマ王妃が: a companion named between the traveller and the particle travels too
            companions = [c for c in actors.within(title.end(), after.end()) if c.type == "PERSON"
                          and _JOINED_COMPANION.fullmatch(body, title.end(), c.start)]
            for c in reversed(companions[:1]):
                mention.participants.insert(0, Participant(name_of(body, c), c.entity_id,
                                                           "visitor" if visit else "participant"))
            mention.participants.insert(0, Participant(name_of(body, m), m.entity_id,
                                                       "visitor" if visit else "participant"))
            if not visit:
                return
            country = "日" if mention.text == "来日" else mention.text[1:] if re.fullmatch(r"訪.", mention.text) else ""
            if country in VISIT_HOST and not any(p.role == "host" for p in mention.participants):
                mention.participants.append(Participant("日本" if country == "日" else country, VISIT_HOST[country], "host"))
        return  # only the sentence's first person may be its subject


_DAY_BEFORE = re.compile(r"[0-9０-９一二三四五六七八九十]日に$")


def called_on(body: str, word: str, start: int) -> bool:
    """Whether the word is a person called on or met (会長を訪ね, 国王に会い), not 10日に会い."""
    return word in ("訪ね", "表敬", "出迎え") or word in ("会っ", "会い", "会う") and body[start - 1 : start] == "に" \
        and not _DAY_BEFORE.search(body, max(0, start - 4), start)


def met_by_two(body: str, word: str, start: int) -> bool:
    """Whether the word is 会う after で or が (板門店で会った, 両者が会う), or a handshake not after its partner's
    と (AとBは…握手した): two met, named as the subject."""
    return word in ("会っ", "会い", "会う") and body[start - 1 : start] in ("で", "が") \
        or word == "握手" and body[start - 1 : start] != "と"


def pair_met(body: str, actors, clause: int, start: int) -> list[Participant] | None:
    """AとBが(…)会った: the two people, each written with a public office, of the clause's subject, else None."""
    people = [m for m in actors if m.type == "PERSON" and clause <= m.start and m.end <= start]
    for a, b in zip(people, people[1:]):
        a_end, b_end = title_end(body, a), title_end(body, b)
        if a_end and b_end and body[a_end : b.start] == "と" and re.match(r"(?:は|が)", body[b_end : b_end + 1]):
            return [Participant(name_of(body, a), a.entity_id), Participant(name_of(body, b), b.entity_id)]
    return None


def person_called_on(body: str, actors, start: int) -> Participant | None:
    """The person written with a public office right before を訪ね or に会い (ブラッター会長を訪ね), else None:
    a place called at (病院を訪ね) or someone private (長女に会い) is no meeting of sides. The office may be
    read into the person's name (鈴木チェアマンを訪ね: one mention, name and office), or left for 氏 when the
    registry knows the person as an office-holder (トランプ氏を出迎え)."""
    for m in actors:
        if m.type != "PERSON" or m.end > start:
            continue
        if office_end(body, m.end) == start - 1 or HEAD_OF_BODY.fullmatch(body, m.end, start - 1) \
                or m.end == start - 1 and _office_closing(body, m) \
                or body.startswith("氏を", m.end) and m.end + 2 == start and (m.entity_id or "").startswith("person:"):
            return Participant(name_of(body, m), m.entity_id)  # (トランプ氏を出迎え: a leader the registry knows)
    return None


_OFFICE_CLOSING = re.compile("(?:" + OFFICE_RE + "|" + HEAD_OF_BODY.pattern + ")$")


def _office_closing(body: str, m) -> bool:
    """Whether the person's mention ends in a public office or the head of a body, after some name (鈴木チェアマン,
    not an honorific: 田中さん)."""
    found = _OFFICE_CLOSING.search(body, m.start, m.end)
    return found is not None and found.start() > m.start and found["office"] not in HONORIFICS


def unofficial_people(body: str, actors, participants: list[Participant]) -> bool:
    """Whether every side is a person Kaidan knows no office of (恋人ケイトと会うために, 江草と会うのか): private
    people meeting, no meeting of sides. actors: the article's actors, a SpanIndex."""
    return bool(participants) and all((p.entity_id or "").startswith("found:PERSON:") for p in participants) \
        and unofficial_traveller(body, actors, [Participant(p.name, p.entity_id, "visitor") for p in participants])


def unofficial_traveller(body: str, actors, participants: list[Participant]) -> bool:
    """Whether every visitor of a visit is a person Kaidan knows no office of: not in the bundled registry and
    never written with a public office in the article (ジョニー・デップが来日, 来日したウォンビン): a star's
    promotion tour or a private journey, no meeting of sides. actors: the article's actors, a SpanIndex."""
    visitors = [p for p in participants if p.role == "visitor"] or [  # (韓国を訪問したX: the person, to a country)
        p for p in participants if (p.entity_id or "").startswith("found:PERSON:")
        and all((q.entity_id or "").startswith(("country:", "loc:", "found:PERSON:")) for q in participants)]
    if not visitors or any(not (p.entity_id or "").startswith("found:PERSON:") for p in visitors) \
            or any((p.entity_id or "").startswith(("person:", "found:PERSON:")) for p in participants
                   if p.role != "visitor" and p not in visitors):
        return False  # (トルシエ氏は…仲井眞弘多知事を表敬訪問: a person received them, a meeting)
    names = [p.name for p in visitors]
    return not any(m.type == "PERSON" and any(body[m.start : m.end] in name for name in names)
                   and (title_end(body, m, aside=True) or _OFFICE_BEFORE.search(body, max(0, m.start - 8), m.start)
                        or _OFFICE_WORD.match(body, m.end))
                   for m in actors.items)


# 唐家セン国務委員, 某某副議長, 某某書記: a word of office the office list may lack, by how it ends
_OFFICE_WORD = re.compile(r"[\u4e00-\u9fff]{0,4}(?:委員|長|官|相|使|臣|議員|王|皇|統領|主席|総裁|代表|書記|知事)(?![\u4e00-\u9fff])")
# ローマ教皇ベネディクト16世, 国連調査団の団長: an office written before the name
_OFFICE_BEFORE = re.compile(r"(?:教皇|法王|国王|女王|皇太子|大統領|首相|外相|長官|大使|団長|委員長|議長|総裁|事務総長|特使)の?$")


# 業務提携を結んだ日本のオーディオメーカー・ソニーに, 交渉中のAとBは: a meeting clause describing the body (or two)
# named right after its verb (a relative clause), with nothing but a description (の, ・) between them
_DESCRIBING_VERB = re.compile(r"(?:ん(?:だ|でいる|でいた)|し(?:た|ている|ていた)|中の)(?![、。])")  # (交渉中の)
_HEAD_GAP = re.compile(r"(?!結果|際|後|ため|上|うえ|ところ|こと|もの|場合|直後|直前|翌|前|中|間|時|とき|以降|以来)"
                       r"[^、。，,はがをにでと「」『』()（）\n]{0,14}")  # (協議した結果サンビスタは: no description)
_HEAD_END = re.compile(r"(?:に|と|は|が|を|の|へ|から|で|\(|（)")


def body_described(body: str, mention: MeetingMention, actors, end: int, s_end: int) -> bool:
    """2005年に業務提携を結んだソニーに事業を譲渡: the body (an organisation or a country) the meeting clause
    describes is a side; of a description (日本のオーディオメーカー・ソニー) the last name (people described are
    subject_after_clause's). Whether a side was added."""
    verb = _DESCRIBING_VERB.match(body, end)
    if verb is None:
        return False
    head, position = None, verb.end()
    for m in actors:
        if m.start < position:
            continue
        if m.start >= s_end or _HEAD_GAP.fullmatch(body, position, m.start) is None:
            break
        head, position = m, m.end
        if not body.startswith(("の", "・"), m.end):
            break
    if head is None or head.type not in ("ORG", "GPE") or not _HEAD_END.match(body, head.end):
        return False
    heads = [head]
    pair = next((m for m in actors if m.start == head.end + 1), None) if body.startswith("と", head.end) else None
    if pair is not None and pair.type in ("ORG", "GPE") and _HEAD_END.match(body, pair.end):
        heads.append(pair)  # 経営統合を交渉中のキリンホールディングスとサントリーホールディングスは: both described
    added = False
    for m in heads:
        if (m.entity_id or name_of(body, m)) not in {p.entity_id or p.name for p in mention.participants}:
            mention.participants.append(Participant(name_of(body, m), m.entity_id))
            added = True
    return added


# 本田圭佑のラツィオ移籍交渉, ダルビッシュ有のレンジャーズとの契約交渉: a person's own talks on their transfer or contract,
# the club between them and the word (an entity there, or a name before との/への)
_OWN_TALKS = re.compile(r"の(?P<between>(?:[^、。のをがは「」『』()（）\s]|(?<=[とへ])の){0,14}?)(?:完全|期限付き)?"
                        r"(?:移籍|契約更改|契約|年俸|入団|残留)$")
_CLUB_NAMED = re.compile(r"(?P<name>[\u30a1-\u30ffー・A-Za-z\u4e00-\u9fff]{2,12}?)(?:への|との|と|へ)?$")


def person_of_talks(body: str, mention: MeetingMention, actors, clause: int, start: int) -> None:
    """A person whose transfer or contract talks the meeting word names in the genitive (AのB移籍交渉) is a side,
    and so is the club named between them."""
    if mention.kind not in ("talks", "negotiation_round") or people_count(mention) >= 2 or mention.title:
        return
    for m in actors:
        if m.type != "PERSON" or not clause <= m.start or m.end >= start:
            continue
        own = _OWN_TALKS.fullmatch(body, m.end, start)
        if own is None:
            continue
        known = {p.entity_id or p.name for p in mention.participants}
        sides = [Participant(name_of(body, m), m.entity_id)]
        between = own.start("between")
        inside = [x for x in actors if x.type in ("ORG", "LOC", "GPE") and between <= x.start and x.end <= own.end("between")]
        if inside:
            sides += [Participant(name_of(body, x), x.entity_id) for x in inside[:1]]
        elif own["between"]:
            club = _CLUB_NAMED.fullmatch(own["between"])
            if club is not None:
                sides.append(Participant(club["name"]))
        mention.participants += [p for p in sides if (p.entity_id or p.name) not in known]
        mention.anaphoric = False  # (the talks are the person's own, not ones told before)
        return
