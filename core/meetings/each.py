"""One meeting word, several meetings: XはA、Bとそれぞれ会談した is a meeting of X with A and
another of X with B, not one meeting of three (AとBはそれぞれXと会談した: alike)."""

from __future__ import annotations

import re
from dataclasses import replace

from core.clause_scan import last_before
from core.meetings.mention import MeetingMention, Participant
from core.meetings.people import ASIDE, SUBJECT_AFTER, visitors_and_host_countries
from core.nlp.offices import office_after
from core.scan_ending import search_ending
from core.sentences import LONGEST
from core.text import sentence_start

# とそれぞれ会談, と個別に会談, と相次いで電話で協議, とも別々に会った
_EACH_BEFORE = re.compile(r"(?:と|とも|との間で)(?:それぞれ|個別に|別々に|相次いで|次々と?)(?:[^、。とはが]{0,4})?$")


# AとBは9日、それぞれCと会談した: the subjects listed, each meeting the one partner named after
_EACH_AFTER_SUBJECTS = re.compile(r"(?:ら)?(?:は|が)、?(?:[^、。「」]{0,12}?、)?(?:それぞれ|個別に|別々に)")


# AはBとCに対して買収交渉を進めたが、いずれも決裂した: the partners' talks told apart after the meeting word
# (not …を訪問し、それぞれの外相と: それぞれ opening the next clause, the hosts' own talks)
_EACH_TOLD_AFTER = re.compile(r"[^、。]{0,12}(?:が|ものの)、(?:いずれも|どちらも)")


_OWN_OBJECT = re.compile(r"と(?:は|も)?[^、。とを]{1,24}を、")


def is_subject(body: str, participant: Participant, clause: int, start: int) -> bool:
    """Whether the participant's name stands before は or が (with its aside and office) in the clause."""
    end = name_end(body, participant, clause, start)
    if end < 0 and participant.office:  # 首相は…A、Bとそれぞれ会談: the person a bare title as the subject stands for
        return re.search(rf"(?:^|[、。\n]){participant.office}(?:は|が)", body[clause:start]) is not None
    return end >= 0 and SUBJECT_AFTER.match(body, end) is not None


def name_end(body: str, participant: Participant, clause: int, start: int) -> int:
    """Where the participant's name (with its aside and office) ends in the clause, or -1."""
    at = body.find(participant.name, clause, start)
    if at < 0:
        return -1
    position = at + len(participant.name)
    aside = ASIDE.match(body, position)
    position = aside.end() if aside else position
    title = office_after(body, position)
    return title.end() if title and title.start() == position else position


def each_apart(body: str, mention: MeetingMention, clause: int, start: int, dates=(),
               redate=None, hosts: int = 0) -> list[MeetingMention]:
    """The mention as it is, or one mention for each partner met in turn: …とそれぞれ (個別に, 相次いで),
    or each partner with its own と (10日にはAと、11日にはBと会談した), dated by its own day, or with its own
    object (Bと貿易協定を、Cとは鉱物協定を締結した), or told apart after the word (…交渉を進めたが、いずれも決裂), or
    partners listed with 、 on a journey through as many countries (中国と韓国を訪問し、A、Bと会談した);
    hosts is the number of countries the sentence's journey goes to."""
    if len(mention.participants) < 3 or mention.title:
        return [mention]
    together = _EACH_AFTER_SUBJECTS.search(body, clause, start)  # AとBは9日、それぞれCと会談した
    if together is not None:
        at = {id(p): body.find(p.name, clause, start) for p in mention.participants}
        before = [p for p in mention.participants if 0 <= at[id(p)] < together.start()]
        after = [p for p in mention.participants if at[id(p)] >= together.end()]
        if len(before) >= 2 and len(after) == 1 and len(before) + 1 == len(mention.participants):
            return [replace(mention, participants=[replace(p), replace(after[0])]) for p in before]
    subjects = [p for p in mention.participants if is_subject(body, p, clause, start)]
    carried = not subjects and name_end(body, mention.participants[0], clause, start) < 0
    if carried:  # インドではAと、パキスタンではBと会談: the subject carried from before (core.meetings.partners_apart)
        subjects = mention.participants[:1]
    partners = [p for p in mention.participants if p not in subjects]
    if len(subjects) != 1 or len(partners) < 2:
        return [mention]
    ends = [name_end(body, p, clause, start) for p in partners]
    own_to = all(e >= 0 and body.startswith("と、", e) for e in ends[:-1])
    # AはBと貿易協定を、Cとは鉱物協定を締結した: each partner with its own と and its own object
    own_object = all(e >= 0 and _OWN_OBJECT.match(body, e) for e in ends[:-1])
    listed = all(e >= 0 and body.startswith("、", e) for e in ends[:-1])
    told_apart = _EACH_TOLD_AFTER.match(body, mention.end) is not None
    if carried and not own_to:
        return [mention]  # 李氏は…米国のA特別代表と個別に会合: one partner, however the clause is read
    if not (search_ending(_EACH_BEFORE, body, clause, start) or own_to or own_object or told_apart
            or (listed and hosts >= len(partners))):
        return [mention]
    out, previous = [], clause
    for partner, partner_end in zip(partners, ends):
        at = body.find(partner.name, previous, start)
        own = [d for d in dates if d.value and previous <= d.start and d.end <= at] if own_to and at >= 0 else []
        date = (redate(own[-1]) if redate else own[-1]) if own else mention.date  # (a day before the report)
        out.append(replace(mention, participants=[replace(subjects[0]), replace(partner)], date=date))
        previous = max(previous, partner_end)
    return out


# それぞれの外相と会談, それぞれの首脳と: the unnamed officials of each country the journey goes to
_EACH_OFFICIAL = re.compile(r"(?:それぞれ|各国)の(?P<office>[\u4e00-\u9fff]{1,6}?)(?:ら)?(?:と|との)[^、。]{0,6}$")


def each_host(body: str, mention: MeetingMention, journey: MeetingMention, clause: int, start: int) -> list[MeetingMention]:
    """インドネシアとマレーシアを訪問し、それぞれの外相と会談した: one talk with each country the journey told just
    before in the sentence goes to (its unnamed official stands as the country), with the traveller; the mention
    as it is otherwise."""
    found = search_ending(_EACH_OFFICIAL, body, clause, start)
    travellers, hosts = visitors_and_host_countries(journey)
    if found is None or len(hosts) < 2 or len(travellers) != 1 or mention.kind not in ("talks", "phone_call") \
            or any((p.entity_id or p.name) != (travellers[0].entity_id or travellers[0].name) for p in mention.participants):
        return [mention]
    office = found["office"]
    return [replace(mention, participants=[Participant(travellers[0].name, travellers[0].entity_id),
                                           Participant(h.name, h.entity_id, office=office)]) for h in hosts]


# 両党, 両会派幹部4人が, 両社のトップは: the two bodies met before, as the subject of the clause
_BOTH_BODIES = re.compile(r"(?:両(?:党|会派|社|団体|陣営|組織|銀行|行|グループ|チーム|球団|クラブ|大学|協会|連盟|市|県|町|村)|双方)"
                          r"(?:の)?(?:[\u4e00-\u9fff]{0,4}?)(?:[0-9０-９]+人|ら)?(?:は|が|とも|も|による|の間|の)")


_AT_MEETING = re.compile(r"(?:で|では|において)、?")


# 朝日新聞によると, 両新聞とも: outlets that tell of the two bodies, never one of them
_OUTLET = re.compile(r"(?:新聞|通信|日報|放送|新報|タイムズ|ポスト|ONLINE|Web|web|jp)$")


def both_sides_before(body: str, mention: MeetingMention, earlier: list[MeetingMention], clause: int,
                      start: int, bodies_before=()) -> None:
    """両会派幹部4人が…会談を行った, 連立交渉で両会派が, 双方が…交渉に戻る: the two bodies are the sides of the last meeting
    told with two of them; with none, the last two bodies named before (池田銀行と泉州銀行が… 両銀行の
    頭取らが…会談), outlets left out."""
    if mention.participants:
        return
    at = _AT_MEETING.match(body, mention.end)
    if not (_BOTH_BODIES.search(body, clause, start) or at and _BOTH_BODIES.match(body, at.end())):
        if _BOTH_PARTIES.search(body, clause, start) or at and _BOTH_PARTIES.match(body, at.end()):
            mention.participants = _pair_joined(body, bodies_before, clause, start)  # 両者 (people or bodies)
        return
    for m in reversed(earlier[-16:]):
        bodies = [p for p in m.participants if (p.entity_id or "").startswith(("org:", "found:ORG:"))]
        if len(bodies) == 2:
            mention.participants = [Participant(p.name, p.entity_id) for p in bodies]
            return
    joined = _pair_joined(body, bodies_before, clause, start)
    if joined:  # ソニーとパナソニックは…有機ELパネル事業の統合を…。両社は: the pair, not the last two named
        mention.participants = joined
        return
    named: dict[str, Participant] = {}
    for m in bodies_before:
        name = body[m.start : m.end]
        opened = sentence_start(body, m.start)
        if _BOTH_BODIES.search(body, opened, m.start):
            continue  # この両社が経営統合すれば…グーグル社の売り上げに迫り: named beside the pair, not one of it
        if m.end <= clause and not _OUTLET.search(name) and not name.startswith("両") \
                and not re.match(r"(?:によると|によれば|の報道|が報じ|は報じ|が伝え)", body[m.end : m.end + 5]):
            match_of = _MATCH_OF.fullmatch(name)  # 福岡ソフトバンク対西武: a game's two sides, read as one name
            for side in ([Participant(match_of["a"]), Participant(match_of["b"])] if match_of
                         else [Participant(name, m.entity_id)]):
                named.pop(side.name, None)  # (西武 of 福岡ソフトバンク対西武, then 西武 the team found: one side)
                named[side.name] = side
    if len(named) >= 2:
        mention.participants = list(named.values())[-2:]


_MATCH_OF = re.compile(r"(?P<a>[^対]{2,12})対(?P<b>[^対]{2,12})")

# 両者は, 両者の間で: two sides of any kind, read as bodies only when a pair of them was just named
_BOTH_PARTIES = re.compile(r"両者(?:の)?(?:[\u4e00-\u9fff]{0,4}?)(?:は|が|とも|も|による|の間|の)")
# AとBは, A・Bの両社が, A、Bが: two bodies joined as one subject (or as the pair a count or 両 names)
_JOINED = re.compile(r"(?:と|・|、|及び|および|や)")
_PAIR_END = re.compile(r"(?:の(?:両|[2２二]))?[^、。はが]{0,4}?(?:は|が|とも|の間)")


def _pair_joined(body: str, bodies_before, clause: int, start: int) -> list[Participant]:
    """The last two bodies named before the clause as one subject (AとBは), in its sentence or the one before,
    when no body was named after them outside their own sentence; else none."""
    bodies = [m for m in bodies_before if m.end <= clause and not _OUTLET.search(body[m.start : m.end])]
    for i in range(len(bodies) - 1, 0, -1):
        a, b = bodies[i - 1], bodies[i]
        if not (_JOINED.fullmatch(body, a.end, b.start) and _PAIR_END.match(body, b.end)):
            continue
        sentence_end = body.find("。", b.end)
        later = [m for m in bodies[i + 1 :] if sentence_end < 0 or m.start > sentence_end]
        before_clause = body.rfind("。", max(0, clause - LONGEST), clause)  # (the sentence before the clause's own)
        if later or before_clause < 0 or a.start < before_clause - LONGEST or body.rfind("。", a.start + 1, before_clause) >= 0:
            return []
        return [Participant(body[a.start : a.end], a.entity_id), Participant(body[b.start : b.end], b.entity_id)]
    return []


# 与党(自由民主党・公明党)の幹事長は, 野党3党(民主・社民・国民新)が: the group's members named in the aside
_GROUP_ASIDE = re.compile(r"(?:与党|野党|連立与党|両党|両国|両社|両政府|[2-9２-９二三四五]党|[2-9２-９二三四五]か国|[2-9２-９二三四五]カ国)"
                          r"[(（](?P<members>[^()（）。]{2,60})[)）](?:の[^、。はが]{0,12})?(?:は|が|、)")


def members_of_group(body: str, mention: MeetingMention, actors, clause: int, start: int) -> None:
    """与党(自由民主党・公明党)の幹事長と国対委員長は…会談し: the members in the aside are the sides."""
    if mention.participants:
        return
    found = last_before(_GROUP_ASIDE, body, clause, start)
    if found is None:
        return
    names = [n for n in re.split(r"[・、]", found["members"]) if n]
    if len(names) < 2 or any(len(n) > 12 for n in names):
        return
    known = {(m.start, m.end): m for m in actors}
    out, position = [], found.start("members")
    for name in names:
        entity = known.get((position, position + len(name)))
        out.append(Participant(name, entity.entity_id if entity is not None else None))
        position += len(name) + 1
    mention.participants = out
