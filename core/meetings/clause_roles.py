"""What each name of a meeting clause is read as (read_roles): the subject (は, が, も), a partner (と, や, 、, を相手に,
one called, welcomed or sitting in), a name joined to the meeting word (AとBの会談: the clause reader's の group), the
host of a visit (Xを訪問), the visitor (Xの訪問), a body, a country's government, side or delegation, a person named by
country (日本の外相と), a country of a compound, a local government, or a venue. core.meetings.sides decides from these
roles which are the meeting's sides; the words after a name that tell its role are core.meetings.role_cues."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.clauses.phrases import of_group
from core.meetings.arguments import reporting
from core.meetings.body_holds import body_topic, partner_of_verb, partner_of_word
from core.meetings.clause_names import sentence_names
from core.meetings.counted import entities_listed
from core.meetings.country_letters import compound_before, written_country
from core.meetings.listed_bodies import BODY_JOINING_IN
from core.meetings.mention import Participant
from core.meetings.name_read import body_delegation, read_name
from core.meetings.people import SUBJECT_AFTER, name_of, named_place, not_a_side
from core.meetings.role_cues import (
    ALSO_SUBJECT, CALLED, CLAUSE_END, HEAD_NAMED, INVITING, MIDDOT_SIDE, ONLOOKERS_TOGETHER, ON_BEHALF, PARTNER_AFTER,
    POSTING, RELATIVE_SUBJECT, SEAT, SITTING_IN, SOURCE_AFTER, SPOKESMAN, VISITED, VISITED_CITY, WELCOMED,
    head_in_brackets, listed_next, visit_to,
)
from core.meetings.side_lists import (
    GOVERNMENT_WORDS, LOCAL_HEAD, joined_side, joined_to_subject, listed_official, official_of,
)
from core.meetings.triggers import EVENT_USE_AFTER, PHONE_WORD, kind_of
from core.nlp.offices import OFFICE_RE


# the ・ between two titled people (岸田首相・林外相は): a list, as 、 is; a name's own ・ (カール・マルクス) is inside
# its mention, and a body's (阪神タイガース・新井貴浩) is MIDDOT_SIDE's
_MIDDOT = re.compile(r"・")
# 田上長崎市長・高田長崎FC社長が: the next of a ・ list is a titled name even where its name went unread as a person
# (a body or a place read in it instead), so the titled person before the ・ is listed all the same
_TITLED_NEXT = re.compile(r"・[\u4e00-\u9fff\u30a1-\u30faーA-Za-zＡ-Ｚａ-ｚ]{1,14}?(?:" + OFFICE_RE[len("(?P<office>"):-1]
                          + r"|社長|会長|副社長|頭取|理事長|監督)(?:ら)?(?=[、とやはが・])")


# what may stand between a country glued to the meeting word and the word (日米首脳会談, 米露外相会談)
_GLUED = re.compile(r"[\u4e00-\u9fffロウ]{0,4}")


@dataclass(slots=True)
class Roles:
    """The names of a meeting clause by the role each was read in."""
    found: list[Participant] = field(default_factory=list)  # people (and bodies) as subject, partner or joined by の
    countries: list[Participant] = field(default_factory=list)  # countries glued to the word (日米会談, 米国の協議)
    officials: list[Participant] = field(default_factory=list)  # a country's side, delegation or official (日本側は)
    subjects: list[Participant] = field(default_factory=list)  # the people read as subjects
    visitor_of: Participant | None = None  # the one whose visit the word is (トランプ氏の中国訪問)
    hosts: list[Participant] = field(default_factory=list)  # those visited (Xを訪問)
    organisations: list[Participant] = field(default_factory=list)  # bodies as subject or partner
    sides: list[Participant] = field(default_factory=list)  # countries, governments, towns as sides
    venues: list[Participant] = field(default_factory=list)  # a body the meeting is held at (安保理で緊急会合)
    partner_governments: list[Participant] = field(default_factory=list)  # a government a person meets
    # a local government or a territory as the partner (沖縄県知事と), or as the subject with no person the subject
    # after it (沖縄県は…首相と協議, 大阪府の知事は; not 東京都は…小池知事が…と会談したと発表: who tells of it)
    towns: list[Participant] = field(default_factory=list)


def read_roles(body, actors, s_start, previous_trigger, start, end, word, places=(), names=None) -> Roles:
    """The role each name of the clause [s_start, start) of a meeting word plays (names before previous_trigger
    only as the subject, or joined to it); names: the sentence's (core.meetings.clause_names), worked out from
    actors and places when not given."""
    found: list[Participant] = []
    countries: list[Participant] = []
    officials: list[Participant] = []
    subjects: list[Participant] = []
    names = names or sentence_names(body, (s_start, end), actors, places)
    person_ends, person_starts, name_letters = names.person_ends, names.person_starts, names.letters
    visitor_of = None
    hosts: list[Participant] = []
    organisations: list[Participant] = []
    topics: list[Participant] = []  # bodies as the topic (Xは), outside when a person is the subject after them
    topic_people: list[Participant] = []  # people as the topic (Xは), outside when a body is the subject after them
    sides: list[Participant] = []
    venues: list[Participant] = []
    partner_governments: list[Participant] = []  # a country's government joined by と as the partner
    town_subjects: list[Participant] = []  # local governments read as the subject (outside if a person follows)
    towns: list[Participant] = []
    # the clause's names nearest the word, at most READ_BACK of them: a clause of thousands of names (a hostile page)
    # costs each meeting word no more than an ordinary one (the clause read from the first of them); a visit's
    # clause reads no local government (広島市を訪問: the city visited is a place)
    window, governments, cut = names.clause(s_start, start, word not in ("訪問", "訪れ"))
    s_start = window[0].start if cut else s_start
    named = sorted(actors + governments, key=lambda m: m.start) if governments else actors  # every name, by position
    # (駐日米国大使と, with nobody named before it, is a side)
    postings = [m.span() for m in POSTING.finditer(body, s_start, start) if m.start() in person_ends]
    # AとBの第2回党首会談, 小泉首相とブッシュ大統領による日米首脳会談: the names joined to the meeting word by の or による
    joined_by_of = {p.end for p in of_group(body, s_start, start)}
    # 日本・中国・韓国の首脳会談, ハマス、ファタハの協議: every name of a list joined by ・ or 、 to the last one
    joined_by_of |= {m.end for end in list(joined_by_of) for m in entities_listed(body, actors, end, "・、")}
    # イスラエル・パレスチナ首脳会談, 米・北朝鮮協議: the countries listed by ・ before the one glued to the word are glued too
    last = next((m for m in reversed(window) if m.type == "GPE" and s_start < m.start and m.end <= start
                 and body[m.start - 1] == "・" and _GLUED.fullmatch(body, m.end, start)), None)
    listed = entities_listed(body, window, last.end, "・") if last is not None else []
    joined_by_of |= {m.end for m in listed} if all(m.type == "GPE" for m in listed) else set()
    for mention in window:
        m_start, m_end = mention.start, mention.end
        if m_start < s_start or m_end > start or m_start in person_ends or (m_start, m_end) in name_letters:
            continue  # outside the clause, or the country in a person's title (ルビオ米国務長官) or name (宋日昊)
        if mention.type == "GPE" and any(a <= m_start and m_end <= b for a, b in postings):
            continue  # 加藤良三駐米日本大使: the countries of an ambassador's title, not sides
        read = read_name(body, mention)
        if read is None:
            continue  # 昭恵夫人とともに: a spouse who comes along is no side
        position, aside, title, office, kind, delegation, group = read
        head = LOCAL_HEAD.match(body, position) if kind == "LOC" else None
        position = head.end() if head else position  # 大阪府の知事は: the prefecture meets
        subject = SUBJECT_AFTER.match(body, position) or (
            ALSO_SUBJECT.match(body, position) if kind in ("PERSON", "ORG") else None) or (  # 金泳三大統領も…中国を訪問して, トヨタも…GMと協議
            body_topic(body, actors, position, start) if kind == "ORG" else None)
        if subject and subject.group(0).endswith("が") and RELATIVE_SUBJECT.match(body, subject.end(), start):
            subject = None  # クリントン元大統領が訪れた北京で…会談した: the subject of a clause describing a noun
        if subject and subject.group(0).endswith("が") and kind in ("ORG", "GPE") and topics:
            organisations = [o for o in organisations if o not in topics]  # 外務省は、日本が米国と協議したと発表: outside
        partner = PARTNER_AFTER.match(body, position) or (
            PHONE_WORD.fullmatch(word) and CALLED.match(body, position)) or (  # 大統領に電話をかけ
            WELCOMED.match(body, position) if kind == "PERSON" else None) or (  # 小泉首相を迎えて首脳会談
            SITTING_IN.match(body, position) if kind == "PERSON" else None) or (  # ライス国務長官の同席のもとで
            BODY_JOINING_IN.match(body, position) if kind == "ORG" else None)  # 連邦準備理事会や財務省を交えて
        if partner is None and kind == "PERSON" and title and body.startswith("・", position) \
                and (listed_next(body, named, position + 1) or _TITLED_NEXT.match(body, position)):
            partner = _MIDDOT.match(body, position)  # 加戸愛媛県知事・中村松山市長が, 岸田首相・林外相は: titled people listed
        if partner is None and kind == "ORG":
            partner = MIDDOT_SIDE.match(body, position)
            if partner and any(m.type == "PERSON" and m.start == partner.start("name") and m.end >= partner.end("name")
                               for m in actors):
                partner = None  # 阪神タイガース・新井貴浩は: the body the person is of, not a second side
            closing = body.find("。", end)
            if partner and reporting(body, mention, closing + 1 if closing >= 0 else len(body)):
                partner = None  # 朝日新聞・読売新聞は、日中が首脳会談を行ったと報じた: outlets listed as they report
        # AとBは10日に会談し、…11日にも協議した (A首相・B外相は…): one joined to the subject is a subject of the later clause too
        with_subject = bool(partner) and m_start < previous_trigger and partner.group(0) in ("と", "や", "、", "・") \
            and joined_to_subject(body, actors, partner.end(), previous_trigger)
        if partner and body.startswith("との", partner.start()) and CLAUSE_END.search(body, partner.end(), start):
            partner = None  # 大宮との試合に敗れた後、…と会談: the partner of another noun
        if partner and partner.group(0).endswith("、") and not listed_next(body, named, partner.end()) \
                and start - partner.end() > 4:  # (道とロシア側、洋上会談: the meeting follows the comma)
            partner = None  # ケーラー大統領、議会を解散: a comma after a topic, not one between two sides
        if named_place(body, m_end):
            continue  # シャルル・ド・ゴール国際空港で: a place named after a person is the setting, not a side
        # …によると, ロイターのハル記者は: who reports or comments on the meeting did not attend it
        if SOURCE_AFTER.match(body, position) or (kind == "PERSON" and not_a_side(body, m_end) and not (
                partner and partner.group(0) in ("と", "との") and not ONLOOKERS_TOGETHER.match(body, partner.start()))):
            continue  # トランプ新政権の発足後: the administration, not the person at the table
        if kind == "ORG" and (SPOKESMAN.match(body, m_end) or subject and not partner
                              and not (EVENT_USE_AFTER.match(body, end) and not compound_before(body, s_start, start))
                              and kind_of(word) != "signing"
                              and not (kind_of(word) == "visit"
                                       and (delegation or body_delegation(body, m_end, position)))
                              and not partner_of_word(body, actors, m_end, start)
                              and not partner_of_verb(body, actors, m_end, start, end, word)):
            continue  # 国務省報道官は, 大統領府は…首脳会談で…と明らかにし: who tells of the meeting (外務省は…日韓外相会談を
            # 開くと発表: who holds it is the two countries the word names, not the ministry that tells of it)
        glued = position >= start - 4 and re.fullmatch(r"[\u4e00-\u9fffロウ]*", body[position:start])
        glued = glued or position in joined_by_of  # AとBの(初の)会談, AとBによる会談
        participant = Participant(name_of(body, mention).split("(")[0], mention.entity_id, office=office) \
            if group is None else Participant(body[m_start:position])
        if kind == "PERSON":
            participant.country = written_country(body, actors, m_start, m_end)
        listed = listed_official(body, named, mention) if kind == "GPE" else None  # 中国、ロシアの首脳と: China's too
        if kind == "ORG" and aside and (mention.entity_id or "").startswith("found:"):
            # 与党社会民主党(SPD): the known body its acronym in the aside names
            known = next((m for m in actors if m.start == aside.start() + 1 and m.end == aside.end() - 1
                          and m.type == "ORG" and not (m.entity_id or "found:").startswith("found:")), None)
            if known is not None:
                participant = Participant(name_of(body, known), known.entity_id, office=office)
        if kind in ("PERSON", "GPE") and word in ("訪問", "訪れ") and (VISITED.fullmatch(body, position, start) or (
                kind == "GPE" and position + 1 not in person_starts and VISITED_CITY.fullmatch(body, position, start))):
            participant.role = "host"  # ブッシュ大統領を訪問: the person visited receives the visitor
            hosts.append(participant)
        elif kind == "ORG" and word in ("訪問", "訪れ") and (seat := SEAT.match(body, position)) \
                and VISITED.fullmatch(body, seat.end(), start):
            participant.role = "host"  # 経団連を訪問, 朝日新聞社大阪本社を訪問し: the body called on receives the visitor
            hosts.append(participant)
        elif kind == "ORG" and body.startswith("で", position) and position + 4 >= start \
                and re.fullmatch(r"で[\u4e00-\u9fff]{0,3}", body[position:start]):
            venues.append(participant)  # 安全保障理事会で緊急会合: the body that meets (or only the place)
        elif kind == "ORG" and subject and kind_of(word) == "visit" \
                and (delegation or body_delegation(body, m_end, position)):
            found.append(participant)  # 経団連の使節団が中国を訪問, EU代表団が: the body travels, as a country's delegation does
        elif kind == "ORG" and (subject or partner or glued and body.startswith("の", position)) \
                and (m_start >= previous_trigger or subject or with_subject):
            organisations.append(participant)  # 自由アチェ運動は…と会談, F・マリノスの幹部と会談, AとBの会談
            if subject and not partner and subject.group(0).endswith("は"):
                topics.append(participant)  # 韓国大統領府は…尹大統領が…と会談すると発表した: outside if a person follows
            if subject and not partner and subject.group(0).endswith("が") and topic_people:
                found = [p for p in found if p not in topic_people]  # サレー氏はJEMが…調印したときの: outside
        elif kind == "GPE" and body.startswith(GOVERNMENT_WORDS, m_end) and not delegation and (subject or partner) \
                and (m_start >= previous_trigger or subject or with_subject):
            sides.append(participant)  # 日本政府と北朝鮮は, 台湾当局は, カナダ連邦政府と: the country as a side
            if partner and not subject and partner.group(0).endswith(("と", "との")):
                partner_governments.append(participant)  # …副大臣はパキスタン政府と協議: a person's partner
            # (日本政府代表団と: its delegation, below, beside the other side's)
        elif kind == "GPE" and delegation and (subject or partner or glued) \
                and (m_start >= previous_trigger or subject or with_subject):  # (AとBの代表団の会談: joined by の)
            head = head_in_brackets(body, actors, delegation.end())
            if head is not None:
                found.append(head)  # 日本政府代表団（団長・佐々江賢一郎局長）は: its head named, as 日本側は原口大使
            else:
                officials.append(participant)  # 北朝鮮の代表団と, 中国政府代表団は: the country's delegation
        elif kind == "GPE" and body.startswith("側", m_end) and (subject or partner):
            if not HEAD_NAMED.match(body, m_end) or (HEAD_NAMED.match(body, m_end).end() not in person_starts):
                officials.append(participant)  # 日本側は, ロシア側と: a side stands for its delegation
            # (日本側は原口幸市大使、北朝鮮側は…: the person named for the side stands for it)
        elif kind == "PERSON" and (word in ("訪問", "来日", "訪日") or visit_to(word)
                                   and re.fullmatch(r"の(?:初の|初|公式|非公式|今回の)?", body[position:start])) and \
                (body.startswith("の", position) or body.startswith("による", position)) \
                and not ON_BEHALF.match(body, position) and not INVITING.match(body, position):
            visitor_of = participant  # トランプ氏の中国訪問, ルビオ氏による…訪問, トランプ氏の来日
        elif kind == "PERSON" and (subject or partner or glued):
            if m_start >= previous_trigger or subject or with_subject:
                if subject:
                    # the subject nearest the trigger wins: in Xは、YがZと会談する計画を, X is outside
                    found = [p for p in found if p not in subjects]
                    subjects.append(participant)
                    if subject.group(0).endswith("は"):
                        topic_people.append(participant)
                    organisations = [o for o in organisations if o not in topics]
                found.append(participant)
        elif kind == "GPE" and m_end + 1 not in person_starts and (title or official_of(body, actors, mention) or listed) \
                and (subject or partner or glued or official_of(body, actors, mention) or listed):
            official = official_of(body, actors, mention) or listed  # (インドネシア、マレーシアの両外相と: the last one's)
            if participant.office is None and official is not None:
                participant.office = official["office"]  # 日本の外相と, 日本の外相による: the office, read as one written after
            officials.append(participant)  # マレーシア外相, 韓国の第1外務次官と: a person named by country
        elif kind == "GPE" and glued:
            countries.append(participant)
        elif kind == "GPE" and (subject or partner and joined_side(body, actors, position, partner, start)) \
                and (m_start >= previous_trigger or subject or with_subject):
            sides.append(participant)  # 日本とオーストラリアは, 米国と韓国、日本は: countries as the sides, no one named
        elif kind == "LOC" and (subject or partner and (re.match(r"(?:政府|当局)?と", body[position:position + 3])
                                                        or joined_side(body, named, position, partner, start))) \
                and (m_start >= previous_trigger or subject or with_subject):
            sides.append(participant)  # 広島市とJR西日本が協議, 香港政府と: a local government, a territory as a side
            if subject:
                town_subjects.append(participant)
            elif partner.group(0).endswith(("と", "との", "とも")):
                towns.append(participant)
    towns += [t for t in town_subjects if not any(body.find(p.name, s_start, start) > body.find(t.name, s_start, start)
                                                  for p in subjects)]
    return Roles(found, countries, officials, subjects, visitor_of, hosts, organisations, sides, venues,
                 partner_governments, towns)
