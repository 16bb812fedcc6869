"""Sides a clause names outside the pattern 「Xは…Yと会談」: the side a meeting is proposed to (協議を民主党に
提案した), a pair of countries or bodies whose officers are the subject, the speaker of a quote (a counted list
before the subject's particle, A・B・CのN者は: core.meetings.counted; the bodies a sitting gathers:
core.meetings.gathered_sides)."""

from __future__ import annotations

import re

from core.clause_scan import last_before
from core.meetings.attendees import told_just_before
from core.meetings.country_letters import VISIT_HOST
from core.meetings.each import name_end
from core.meetings.mention import MeetingMention, Participant
from core.meetings.people import SUBJECT_AFTER, name_of
from core.meetings.visitors import visitor_after
from core.scan_ending import search_ending


# 修正協議を最大野党の民主党に提案した, 会談を北朝鮮側に申し入れた: the side it is proposed to
_PROPOSED_TO = re.compile(r"を(?:[^、。をにでと]{0,10}?の)?")
_TO_VERB = re.compile(r"(?:ら|側)?に(?:対して|対し)?、?(?:提案|申し入れ|呼びかけ|打診|要請|求め)")


def proposed_to(body: str, mention: MeetingMention, actors, end: int, s_end: int) -> None:
    """The side after the meeting word a meeting is proposed to (…協議を民主党に提案した)."""
    for m in actors:
        if end < m.start <= end + 14 and m.end < s_end and m.type in ("PERSON", "ORG", "GPE") \
                and _PROPOSED_TO.fullmatch(body, end, m.start) and _TO_VERB.match(body, m.end):
            if all((p.entity_id or p.name) != (m.entity_id or body[m.start:m.end]) for p in mention.participants):
                mention.participants.append(Participant(body[m.start : m.end], m.entity_id))
            return


# 交渉を行うよう呼びかけ, 交渉に戻ることを求めた: talks others are called on to hold
_CALL_AFTER = re.compile(r"[^。「」]{0,16}?(?:よう(?:に)?|ことを)(?:強く|改めて|再び)?(?:呼びかけ|求め|要請|促|要求|訴え)")
# 各勢力が, 双方が: the subject of the clause the call is about, between the caller and the meeting word
_EMBEDDED_SUBJECT = re.compile(r"[^、。「」はがを]{1,12}が(?![、。])")


def callers_apart(body: str, mention: MeetingMention, clause: int, start: int, end: int) -> None:
    """Aは、Bが互いに交渉を行うよう呼びかけた: who calls on others to hold talks does not take part in them."""
    if not mention.participants or not _CALL_AFTER.match(body, end):
        return
    kept = []
    for p in mention.participants:
        at = name_end(body, p, clause, start)
        subject = SUBJECT_AFTER.match(body, at) if at >= 0 else None
        if subject is None or not _EMBEDDED_SUBJECT.search(body, subject.end(), start):
            kept.append(p)
    mention.participants = kept


# スーダン政府と反政府勢力が, スイスは…EU加盟国と、: a country as a side (its government, its subject)
_COUNTRY_SIDE_AFTER = re.compile(r"(?:政府|側)?(?:は|が|と|との間で)")
# …と調印, 武装勢力との交渉: a partner marked by と (not the と of という, として, なる …)
_PARTNER_MARK = re.compile(r"(?<![こあひもっるさ])と(?:の間で|、|の|は|も)?(?!いう|いった|して|なっ|なる|なり|見られ|思わ|考え|同時)")


def one_country_side(body: str, mention: MeetingMention, actors, clause: int, start: int) -> None:
    """スーダン政府と反政府最大勢力が和平協定に調印, スイスはEU加盟国と…協定に調印: one country named as a side,
    its partner named by a word no entity knows; the country alone stands for the meeting."""
    if mention.participants or mention.kind not in ("signing", "negotiation_round", "talks"):
        return
    countries = [m for m in actors if m.type == "GPE" and clause <= m.start and m.end <= start
                 and (m.entity_id or "").startswith("country:") and _COUNTRY_SIDE_AFTER.match(body, m.end)
                 and not body.startswith("の", m.end)]
    if len({m.entity_id for m in countries}) != 1 or not _PARTNER_MARK.search(body, clause, start):
        return
    mention.participants = [Participant(body[countries[0].start : countries[0].end], countries[0].entity_id)]


def country_joined_to_body(body: str, mention: MeetingMention, actors, clause: int, start: int) -> None:
    """イランと欧州連合の核協議, 北朝鮮とIAEAの協議: a country joined by と to a body that is a side is a side too."""
    names = {p.name for p in mention.participants}
    if not names or mention.kind in ("visit", "trip"):
        return  # (中国と韓国を訪問し: the countries visited are the destinations, added as hosts)
    for m in actors:
        if m.type != "GPE" or not (m.entity_id or "").startswith("country:") or not clause <= m.start < m.end <= start:
            continue
        joined = re.match(r"(?:政府)?と", body[m.end : start])
        after = body[m.end + joined.end() : start] if joined else ""
        if joined and any(after.startswith(n) for n in names) \
                and all(p.entity_id != m.entity_id for p in mention.participants):
            mention.participants.insert(0, Participant(body[m.start : m.end], m.entity_id))
            return


def received_visitor(body: str, mention: MeetingMention, actors, end: int) -> None:
    """温家宝首相は来訪した安倍首相と会見した: the person after 来訪した visits, the subject who receives
    them is the host."""
    visitor = visitor_after(body, actors, end)
    if visitor is None:
        return
    hosts = [p for p in mention.participants if (p.entity_id, p.name) != (visitor.entity_id, visitor.name)]
    visitor.role = "visitor"
    for host in hosts:
        host.role = "host"
    mention.participants = [visitor] + hosts


# 会談する, 会談に臨む, 会談を前に握手を交わす: the words of a photo caption between the meeting and its people
_CAPTION_LEAD = re.compile(r"(?:する|した|に臨む|を終えた|(?:を前に|の前に|前に|後に|の後に?|で|に先立ち)[^、。=()（）]{0,10}?"
                           r"(?:する|した|交わす|交わした))")
_CAPTION_JOINT = re.compile(r"[^、。=と()（）]{0,8}(?:[(（][右左中奥手前][)）])?と[^、。=()（）と]{0,8}")


def caption_people(body: str, mention: MeetingMention, actors, end: int, s_end: int) -> bool:
    """会談する岸田首相(右)と習近平国家主席=15日、北京: a photo caption names the people after the meeting word
    (the people its verb describes, each with their side of the picture). Whether it did."""
    lead = _CAPTION_LEAD.match(body, end)
    if lead is None:
        return False
    people = [m for m in actors if m.type == "PERSON" and lead.end() <= m.start and m.end <= s_end]
    if len(people) < 2 or not re.fullmatch(r"[^、。=と()（）]{0,8}", body[lead.end() : people[0].start]) \
            or not _CAPTION_JOINT.fullmatch(body, people[0].end, people[1].start):
        return False
    named = [Participant(name_of(body, m), m.entity_id) for m in people[:2]]
    kept = [p for p in mention.participants if (p.entity_id or "").startswith("country:")
            and p.entity_id not in {n.entity_id for n in named}]
    mention.participants = named + kept
    return True


def called_after(body: str, mention: MeetingMention, actors, end: int, reach: int) -> None:
    """シン首相は電話でパキスタンのムシャラフ大統領に支援を申し出た: the person called, named after 電話で
    and before its に (reach), joins the caller."""
    people = [m for m in actors if m.type == "PERSON" and end <= m.start and m.end <= reach]
    if people and all(p.entity_id != people[-1].entity_id or p.name != body[people[-1].start : people[-1].end]
                      for p in mention.participants):
        last = people[-1]
        mention.participants.append(Participant(name_of(body, last), last.entity_id))


# 日本と中国の外相は, 米国とロシアの首脳が: two countries' officials as the subject
_PAIR_OFFICIALS = re.compile(r"(?:の|両国の)(?:外相|首脳|首相|大統領|外務次官|国防相|防衛相|財務相|閣僚|代表団?|政府(?:高官)?|高官)ら?(?:は|が)")


# 日米韓の外相は: the countries of a compound whose officials met
_COMPOUND_OFFICIALS = re.compile(r"(?<![\u4e00-\u9fff])(?P<compound>[日米中韓朝露ロ英仏独印豪台]{2,6})" + _PAIR_OFFICIALS.pattern)
_LISTED_JOINT = ("と", "、", "や", "及び", "および")


def country_pair_subject(body: str, mention: MeetingMention, actors, clause: int, start: int) -> None:
    """日本と中国の外相は, 中国とロシア、イランの外相は, 日米韓の外相は…会談した: with nobody named, the
    countries whose officials met are the sides."""
    if mention.participants:
        return
    countries = [m for m in actors if m.type == "GPE" and clause <= m.start and m.end <= start
                 and (m.entity_id or "").startswith("country:")]
    for i, a in enumerate(countries):
        listed = [a]
        for b in countries[i + 1 :]:
            if body[listed[-1].end : b.start] not in _LISTED_JOINT:
                break
            listed.append(b)
        if len(listed) >= 2 and _PAIR_OFFICIALS.match(body, listed[-1].end) \
                and len({m.entity_id for m in listed}) == len(listed):
            mention.participants = [Participant(body[m.start : m.end], m.entity_id) for m in listed]
            return
    found = last_before(_COMPOUND_OFFICIALS, body, clause, start)
    if found is not None and len(set(found["compound"])) == len(found["compound"]):
        mention.participants = [Participant(c, VISIT_HOST[c]) for c in found["compound"]]


# 自民党と公明党の幹事長が, トヨタと日産の社長は: bodies listed, then the office their people hold, as the subject
_BODIES_OFFICERS = re.compile(r"の(?:両)?(?:幹事長|代表|党首|社長|会長|頭取|理事長|首脳|トップ|幹部|担当者|責任者|委員長|市長|知事|町長|村長)"
                              r"(?:ら|同士)?(?:は|が)")


def bodies_pair_subject(body: str, mention: MeetingMention, actors, clause: int, start: int) -> None:
    """自民党と公明党の幹事長が…会談した: the bodies whose officers are the subject are the sides, when the clause
    gave fewer (the first body alone)."""
    if len(mention.participants) >= 2:
        return
    bodies = [m for m in actors if m.type in ("ORG", "GPE") and clause <= m.start and m.end <= start]
    for i, a in enumerate(bodies):
        listed = [a]
        for b in bodies[i + 1 :]:
            if body[listed[-1].end : b.start] not in _LISTED_JOINT:
                break
            listed.append(b)
        if len(listed) >= 2 and _BODIES_OFFICERS.match(body, listed[-1].end) \
                and len({m.entity_id or name_of(body, m) for m in listed}) == len(listed) \
                and all(any((p.entity_id or p.name) == (m.entity_id or name_of(body, m)) for m in listed)
                        for p in mention.participants):
            mention.participants = [Participant(name_of(body, m), m.entity_id) for m in listed]
            return


_PAIR_SUBJECT_AFTER = re.compile(r"(?:[\u4e00-\u9fff]{0,6}?(?:首相|大統領|国家主席|主席|外相|首脳|国王|総書記|長官|大臣|氏))?"
                                 r"(?P<glue>と|及び|および)")
_SUBJECT_END = re.compile(r"(?:[\u4e00-\u9fff]{0,6}?(?:首相|大統領|国家主席|主席|外相|首脳|国王|総書記|長官|大臣|氏))?"
                          r"(?:両氏|両首脳|両外相)?(?:は|が)")


def people_told_next(body: str, out: list[MeetingMention], actors, s_start: int) -> None:
    """日中首脳会談が8日行われた。安倍晋三首相と胡錦濤国家主席は…で一致した。: the two people the next
    sentence opens with are the sides of the meeting told by its countries just before."""
    gap = s_start  # the sentence before ends where the blank run before this one starts
    while gap and body[gap - 1].isspace():
        gap -= 1
    before = told_just_before(out, gap, s_start)
    if not before:
        return
    last = before[-1]
    if len(last.participants) != 2 or not all((p.entity_id or "").startswith("country:") for p in last.participants):
        return
    people = [m for m in actors if m.type == "PERSON" and s_start <= m.start][:2]
    if len(people) != 2 or people[0].start > s_start + 2:
        return
    glue = _PAIR_SUBJECT_AFTER.match(body, people[0].end)
    if glue is None or glue.end() != people[1].start or not _SUBJECT_END.match(body, people[1].end):
        return
    for mention in (m for m in before if m.sentence == last.sentence and m.participants == last.participants):
        mention.participants = [Participant(body[p.start : p.end], p.entity_id) for p in people]


# 広瀬道貞(テレビ朝日取締役相談役)会長は、「: the speaker, an office and an aside after the name, then は or が
_SPEAKER_AFTER = re.compile(r"(?:[(（][^()（）「」]{0,30}[)）])?[\u4e00-\u9fff\u30a1-\u30ff]{0,8}"
                            r"(?:[(（][^()（）「」]{0,30}[)）])?(?:は|が)、?(?:[^「」。]|「[^「」。]{0,200}」)*$")
# トヨタ自動車の社長は「…」: a body speaking through its head, unnamed
_HEAD_OF_BODY = re.compile(r"の(?:社長|会長|代表|幹部|首脳|委員長|総裁|理事長|頭取|党首|幹事長)(?=[(（は、が])")


def _past_head(body: str, m) -> int:
    """Where a speaker's name ends, past the unnamed head of a body (トヨタ自動車の社長は: the body speaks)."""
    head = _HEAD_OF_BODY.match(body, m.end) if m.type == "ORG" else None
    return head.end() if head else m.end


# …外相、B外相と会談した, JASRACなどと協議していく: the partners just before the meeting word (not Aと Bの会談:
# a meeting of two others the speaker talks of)
_PARTNERS_JUST_BEFORE = re.compile(r"と(?:の|も)?[^、。のと「」]{0,8}$")


# 岸田首相が訪米する中、「, バイデン大統領が来日した後、「: a subject with が whose verb a subordinate clause closes
# before the quote (…する中、, …した直後、, …するのを前に、, …しても、, …すれば、)
_SUBORDINATE_END = r"(?:[るたい](?:中|直?後|あと|前|間|ため|際|とき|一方)|のを前に|ても|でも|たら|れば)、"
_SUBORDINATE_GA = re.compile(r"[^()（）「」]{0,8}?が[^「」。]{0,12}?" + _SUBORDINATE_END)
# 」と林外相は述べた, 」とブリンケン米国務長官が語った: the quote's speaker named right after it
_NAMED_AFTER_QUOTE = re.compile(r"」と、?")
_TITLE_SUBJECT = re.compile(r"[\u4e00-\u9fff\u30a1-\u30ff]{0,8}(?:は|が)")


def _speaker_named_after(body: str, actors, clause: int) -> bool:
    """Whether the quote opening at clause is closed by its speaker's name (「…」と林外相は述べた)."""
    close = body.find("」", clause, clause + 400)
    after = _NAMED_AFTER_QUOTE.match(body, close) if close >= 0 else None
    return after is not None and any(m.start == after.end() and m.type in ("PERSON", "ORG", "GPE")
                                     and _TITLE_SUBJECT.match(body, m.end) for m in actors)


def quote_speaker(body: str, actors, s_start: int, clause: int, kinds=("PERSON", "ORG")):
    """The person or body standing as the subject before the quote opening at clause (広瀬会長は、「), else None; not
    the subject of a subordinate clause closed before the quote when another speaker is named after it
    (岸田首相が訪米する中、「…と会談する」と林外相は述べた: 林 speaks)."""
    speaker = next((m for m in reversed(actors) if m.type in kinds and s_start <= m.start and m.end < clause
                    and _SPEAKER_AFTER.match(body, _past_head(body, m), clause - 1)), None)
    if speaker is not None and _SUBORDINATE_GA.match(body, _past_head(body, speaker), clause - 1) \
            and _speaker_named_after(body, actors, clause):
        return None
    return speaker


# 米大統領は, 中国国家主席が: a country's leader or foreign minister written by title alone, glued to the country
_LEADER_GLUED = re.compile(r"(?:国家主席|大統領|首相|外相|国務長官)(?=[(（はが、])")
# 中国政府は10日、「, 北朝鮮当局は「, 中国は「: the state itself, by its government or its name alone, speaking of its
# own talks right before the quote (not 日本は、中国の報道官が「: another speaks, whom the state answers); not a state
# with が whose verb a clause closes before the quote (北朝鮮が反発する中、「…」と首相は述べた, ロシアが侵攻した後、,
# 中国が反対しても、, 北朝鮮が反発した直後、, 中国が演習を続ける間、: the subject stays in its clause, another speaks), while 中国政府が声明を発表、「 goes on speaking
_STATE_SPEAKING = re.compile(r"(?:政府|当局)?(?:は|が(?![^「」。]{0,12}?" + _SUBORDINATE_END + r"))"
                             r"、?[^「」。はがの]{0,12}$")


def speaker_of_quote(body: str, mention: MeetingMention, actors, s_start: int, clause: int, start: int) -> None:
    """会長は、「十分検討を行い、JASRACなどと協議していく」と述べた: talks told in a quote with partners only and no
    subject of their own are the speaker's; the person or body standing as the subject before the quote is a side
    (a body through its unnamed head: トヨタ自動車の社長は「ホンダとの協議を進めている」; a country through its leader
    written by title alone: 米大統領は「金正恩氏と会談したい」, or through its government: 中国政府は「日本と協議する」)."""
    if not search_ending(_PARTNERS_JUST_BEFORE, body, clause, start) or body.startswith("「", s_start):
        return
    speaker = quote_speaker(body, actors, s_start, clause) or next(
        (m for m in reversed(actors) if m.type == "GPE" and s_start <= m.start and m.end < clause
         and (_LEADER_GLUED.match(body, m.end) and _SPEAKER_AFTER.match(body, m.end, clause - 1)
              or _STATE_SPEAKING.match(body, m.end, clause - 1))), None)
    if speaker is not None and speaker.type == "PERSON" and all(
            (p.entity_id or "").startswith(("org:", "found:ORG:")) for p in mention.participants):
        # 民放連の広瀬会長は「JASRACと協議していく」: bodies talk; the body the speaker heads is the side
        body_of = next((m for m in actors if m.type == "ORG" and body.startswith("の", m.end)
                        and m.end + 1 == speaker.start), None)
        speaker = body_of or speaker
    if speaker is not None and all((p.entity_id or p.name) != (speaker.entity_id or name_of(body, speaker))
                                   for p in mention.participants):
        mention.participants.insert(0, Participant(name_of(body, speaker), speaker.entity_id))


# 私(重野氏)からも, 僕(杉下氏)の: a quote's first person with the speaker's name added in brackets by the paper
_FIRST_PERSON = re.compile(r"(?:私|わたし|僕|ぼく|我々|われわれ|自分)[(（]")


def first_person_side(body: str, mention: MeetingMention, actors, end: int, s_end: int) -> None:
    """小沢幹事長から電話があり、私(重野氏)からも…と話した: a call or talks with one side told in a quote, the
    speaker answering in the first person after it (the paper naming them in brackets) is the other side."""
    for found in _FIRST_PERSON.finditer(body, end, s_end):
        person = next((m for m in actors if m.start == found.end() and m.type == "PERSON"), None)
        if person is None or not re.match(r"(?:氏|さん)?[)）]", body[person.end : person.end + 3]):
            continue
        if all((p.entity_id or p.name) != (person.entity_id or name_of(body, person)) for p in mention.participants):
            mention.participants.append(Participant(name_of(body, person), person.entity_id))
        return
