"""Who a meeting mention's people are beyond the words joined to it (a bare title: core.meetings.titles),
office-holders named after it (日X外相会談で、A外相は…), the other side of talks, those who
attend a summit (the visitor after 訪米中の: core.meetings.visitors).
"""

from __future__ import annotations

import re

from core.claims.names import EarlierPeople
from core.meetings.cut_names import whole_name
from core.meetings.mention import MeetingMention, Participant
from core.model import ShortForm
from core.nlp.office_names import full_office, office_roles
from core.nlp.offices import HONORIFICS, office_after
from core.registry import bundled_registry, found_name

# (日本と北朝鮮の両政府は, AとBの両首脳が: the last of two sides listed, before the word that counts them)
SUBJECT_AFTER = re.compile(r"(?:ら|側|(?:連邦|中央)?政府|当局|の両(?:国政府|政府|国|首脳|外相|首相|代表団|代表|社|党|行|団体|球団|チーム|陣営))?(?:は|が)")
# An aside in brackets after a name: its reading, party or acronym (玉木雄一郎(たまきゆういちろう), CDU)
ASIDE = re.compile(r"[(（][^()（）。]{1,20}[)）]")


def office_holders_after(body: str, mention: MeetingMention, actors, end: int, s_end: int) -> None:
    """日ミャンマー外相会談で、A外相はB外相に…: the people holding the meeting's office, named after it."""
    office = next((o for o in ("外相", "首脳") if mention.text.startswith(o) or body[end - 4 : end].startswith(o)
                   or body.startswith(o + "会談", end - len(o) - 2)), None)
    if office is None or not body.startswith("で", end):
        return
    holders = []
    for m in actors:
        if m.type != "PERSON" or not end < m.start < s_end:
            continue
        title = office_after(body, m.end)
        if title and holds_level(full_office(title), title["office"], office):
            holders.append(Participant(name_of(body, m), m.entity_id, office=full_office(title)))
    holders = unique(holders)
    if len(holders) >= 2:
        mention.participants = holders


def holds_level(full: str, word: str, level: str) -> bool:
    """Whether an office read whole (full: 外交通商相, 国務長官, 副大統領) or its last office word (word: 通商相,
    長官, 大統領) is one of a meeting's level, 外相 or 首脳, by the roles the gazetteer records either under
    (外交通商相, 国務長官, 外務大臣: a foreign minister; 首相, 国家主席, 国王: a head) or the level word itself.
    A deputy holds the level by the word (副大統領 at a 首脳会談 sits for the head); pass the whole office as
    word too to leave deputies out."""
    roles = _ROLES_OF_LEVEL[level]
    return level in (word, full) or bool(office_roles(full) & roles or office_roles(word) & roles)


# The roles the gazetteer records the offices of a meeting's level under
_ROLES_OF_LEVEL = {"外相": frozenset({"foreign_minister"}), "首脳": frozenset({"head_of_state", "head_of_government"})}


def host_of_the_visit(mention: MeetingMention, earlier: list[MeetingMention], s_start: int) -> None:
    """小泉首相はモンゴルを訪問し、首脳会談を行った: talks of the visitor alone, told in the sentence of the visit
    or the one after it, are held with the country that hosts the visit."""
    (side,) = mention.participants
    for visit in reversed(earlier[-4:]):
        if visit.kind != "visit" or s_start - visit.sentence[1] > 2:
            continue
        visitors = {p.entity_id or p.name for p in visit.participants if p.role == "visitor"}
        hosts = [p for p in visit.participants if p.role == "host" and (p.entity_id or "").startswith("country:")]
        if visitors == {side.entity_id or side.name} and len(hosts) == 1:
            mention.participants.append(Participant(hosts[0].name, hosts[0].entity_id))
        return


def people_count(mention: MeetingMention) -> int:
    """How many participants are people or bodies, not countries."""
    return sum(1 for p in mention.participants if not (p.entity_id or "").startswith("country:"))


def complete_pair(body: str, mention: MeetingMention, actors, s_start: int, start: int, last_subject,
                  previous_trigger: int | None = None) -> None:
    """Talks need two sides: the other person named in the sentence, or the subject carried over.

    The partner of an earlier clause (26日にはアンワル首相と会談し、28日には…と会談した) is the
    partner of the meeting told there, not of this one."""
    known = {p.entity_id or p.name for p in mention.participants}
    names = [p.name for p in mention.participants]
    same = lambda name: any(name in n or n in name for n in names)  # 岡田 is 岡田武史  # noqa: E731
    others = [m for m in actors if m.type == "PERSON" and s_start <= m.start < start
              and (m.entity_id or name_of(body, m)) not in known and not same(name_of(body, m))
              and not body.startswith("によ", m.end) and not not_a_side(body, m.end)
              and not (previous_trigger and m.start < previous_trigger and _is_partner_at(body, m))
              and not _is_object_at(body, m)  # メルケル党首を首相として…協議: the one talked of, not a side
              and not _talked_of(body, m)]  # …大統領の発言について協議: the one talked of
    countries = sum(1 for p in mention.participants if (p.entity_id or "").startswith("country:"))
    if countries >= 2:  # 日米首脳会談: both sides are named; a person no list places is a bystander (麻生…)
        others = [m for m in others if m.entity_id and not m.entity_id.startswith("found:")
                  and person_country(m.entity_id) not in {person_country(p.entity_id) for p in mention.participants} - {None}]
    if len(others) == 1 and mention.participants:
        m = others[0]
        mention.participants.append(Participant(name_of(body, m), m.entity_id))
    elif not others and last_subject is not None and last_subject.name not in known and not same(last_subject.name) \
            and not _SUBJECT_IN.search(body, s_start, start):
        mention.participants.insert(0, Participant(last_subject.name, last_subject.entity_id))


_SUBJECT_IN = re.compile(r"(?<![にでと])(?:は|が)、?")  # (26日には, 会談では: a topic, no subject)


_PARTNER_MARK = re.compile(r"(?:ら)?(?:と|との|とも)")


def _is_object_at(body: str, mention) -> bool:
    """Whether the person mention stands before を (after its office): the object of another verb."""
    position = mention.end
    title = office_after(body, position)
    position = title.end() if title and title.start() <= position + 1 else position
    return body.startswith("を", position)


# …大統領の発言について, …首相の靖国参拝をめぐり: a person's deed as the topic
# (after a title no list holds: ヒル次官補の訪朝について)
_TALKED_OF = re.compile(r"[\u4e00-\u9fff]{0,6}の[^、。とはが]{0,10}?(?:について|に関して|に関し|をめぐ|を巡|に対する|への)")


def _talked_of(body: str, mention) -> bool:
    """Whether the person mention (after its office) is the owner of what a clause speaks of."""
    position = mention.end
    title = office_after(body, position)
    position = title.end() if title and title.start() <= position + 1 else position
    return _TALKED_OF.match(body, position) is not None


def person_country(entity_id: str | None) -> str | None:
    """A known person's country (a side they would stand for); None for anyone else."""
    entity = bundled_registry().get(entity_id)
    return entity.attributes.get("country") if entity is not None and entity.type == "PERSON" else None


def _is_partner_at(body: str, mention) -> bool:
    """Whether the person mention stands before と (after its office): the partner of a meeting."""
    position = mention.end
    title = office_after(body, position)
    position = title.end() if title and title.start() <= position + 1 else position
    return _PARTNER_MARK.match(body, position) is not None
# Named beside a meeting without sitting at it: ロイターのハル記者, 専門家の…教授, トランプ新政権
_ONLOOKER = re.compile(r"(?:[(（][^()（）。]{1,20}[)）])?[\u4e00-\u9fff]{0,4}(?:記者|特派員|アナリスト|研究員|専門家|教授|"
                       r"准教授|解説委員|編集委員|評論家)")
_ADMINISTRATION = re.compile(r"(?:新|前|現|次期)?(?:政権|陣営|政府|体制|時代|派)")


# A place named after someone (シャルル・ド・ゴール国際空港, ケネディ宇宙センター, 金日成広場)
_NAMED_PLACE = re.compile(r"(?:国際)?(?:空港|駅|港|通り|広場|記念館|記念堂|公園|宇宙センター|病院|宮殿|基地|大橋|橋|像|廟)")


def named_place(body: str, name_end: int) -> bool:
    """Whether the name ending at name_end is the start of a place named after someone."""
    return _NAMED_PLACE.match(body, name_end) is not None


def not_a_side(body: str, name_end: int) -> bool:
    """Whether the person whose name ends at name_end is a reporter, an analyst, stands for an administration
    or names a place (シャルル・ド・ゴール国際空港)."""
    return named_place(body, name_end) or bool(_ONLOOKER.match(body, name_end) or _ADMINISTRATION.match(body, name_end))


def sentence_subject(body: str, actors, s_start: int, s_end: int) -> Participant | None:
    """The person the sentence is about (the first Xは/Xが), if any."""
    return _first_person(body, actors, s_start, s_end, SUBJECT_AFTER)


def _first_person(body: str, actors, begin: int, end: int, particle: re.Pattern) -> Participant | None:
    """The first person in [begin, end) followed (after an optional title) by particle."""
    for m in actors:
        if m.type != "PERSON" or not begin <= m.start < end:
            continue
        position = m.end
        title = office_after(body, position)
        if title:
            position = title.end()
        if particle.match(body, position):
            return Participant(body[m.start:m.end], m.entity_id)
    return None


_ATTEND = re.compile(r"[^。]{0,6}?に(?:出席|参加|臨)")


_LIST_GLUE = re.compile(r"(?:と|、|や|・|及び|および|＆|&)")  # (A国王＆B王妃)
_LIST_END = re.compile(r"(?:ら|など|たち)?(?:は|が|も)")


def _subject_list(body: str, actors, begin: int, end: int) -> list[Participant]:
    """The people listed as the clause's subject (福田首相とブッシュ大統領は, A、B、Cらが), two or more, or none."""
    chain: list = []
    position = begin
    for m in actors:
        if m.type != "PERSON" or not begin <= m.start < end:
            continue
        if chain and not _LIST_GLUE.fullmatch(body, position, m.start):
            chain = []
        chain.append(m)
        title = office_after(body, m.end)
        position = title.end() if title else m.end
        if _LIST_END.match(body, position):
            if len(chain) >= 2:
                return [Participant(body[c.start : c.end], c.entity_id) for c in chain]
            chain = []
    return []


# サミットに出席した / 参加中の [person]: a relative clause on who attends
_ATTENDING = re.compile(r"[^。、]{0,6}?に(?:出席|参加)(?:した|する|中の|している|予定の)")
_ATTENDEE_AFTER = re.compile(r"(?:は|が|も)")


BOTH = re.compile(r"両(?:外相|首脳|氏|者|国首脳|閣僚)(?:は|が|も)")


def attendees(body: str, actors, s_start: int, s_end: int, end: int) -> tuple[list[Participant], bool]:
    """Who attends a multilateral meeting: the clause's subject when it says 出席/参加."""
    if not _ATTEND.match(body, end):
        return [], False
    listed = _subject_list(body, actors, s_start, end)  # AとBは, A、B、Cらが…に出席した
    if listed:
        return listed, False
    attendee = _first_person(body, actors, s_start, end, _ATTENDEE_AFTER)  # トランプ大統領が…, カーニー首相も…
    if attendee is not None:
        return [attendee], False
    attending = _ATTENDING.match(body, end)  # サミットに参加したブッシュ大統領は: the one the clause qualifies
    for m in actors if attending else ():
        if m.type == "PERSON" and attending.end() <= m.start <= attending.end() + 10 \
                and not _STOP.search(body, attending.end(), m.start):
            return [Participant(body[m.start : m.end], m.entity_id)], False
    return [], bool(BOTH.search(body, s_start, s_end))


_STOP = re.compile(r"[。、\n]")


def unique(participants: list[Participant]) -> list[Participant]:
    """Participants in order, each entity or name once (a name read without its entity, 西武 beside
    西武 the body Kaidan found, is that entity)."""
    named = {p.name for p in participants if p.entity_id}
    seen, out = set(), []
    for p in participants:
        key = p.entity_id or p.name
        if key not in seen and (p.entity_id or p.name not in named):
            seen.add(key)
            out.append(p)
    return out


def name_of(body: str, mention) -> str:
    """The name as written, or the full name a surname stands for."""
    full = mention.full_name if isinstance(mention, ShortForm) else None
    full = full or found_name(mention.entity_id)  # a name no list holds: its entity is its full name
    if full and getattr(mention, "type", None) == "PERSON" and (mention.entity_id or "").startswith("found:") \
            and full == body[mention.start : mention.end]:
        start, end = whole_name(body, mention.start, mention.end)
        return body[start:end]
    return full or body[mention.start : mention.end]


def titled_people(mention: MeetingMention, earlier: EarlierPeople) -> None:
    """前原大臣 read as an organisation: a surname and an office stand for the person named before with it."""
    for i, p in enumerate(mention.participants):
        if (p.entity_id or "").startswith(("person:", "country:", "org:")) or len(p.name) < 3:
            continue
        for cut in (2, 1, 3):
            title = office_after(p.name, cut)
            person = earlier.resolve(p.name[:cut]) if title and title.end() == len(p.name) else None
            if person is not None:
                mention.participants[i] = Participant(person[0], person[1], role=p.role, office=full_office(title))
                break


# 会談相手のブッシュ大統領, 電話の相手の: the partner named right after the meeting word
_PARTNER_NAMED = re.compile(r"(?:の)?相手(?:の|である|となった)")


def person_at(body: str, actors, position: int):
    """The person mention starting at position, behind their country and の (中国の李外相), or None."""
    for m in actors:
        if m.start < position:
            continue
        if m.start != position:
            return None
        if m.type == "GPE" and body.startswith("の", m.end):
            position = m.end + 1
            continue
        return m if m.type == "PERSON" else None
    return None


# …と会談するため中国を訪れていたキーティング大将は: the subject named after the relative clause
# (…との首脳会談に臨んだ石破首相は, …会談に出席した: the one who sat at it)
_RELATIVE_AFTER = re.compile(r"(?:する|した|している|していた|するため|するために|を終えた|を行った|後の|中の"
                             r"|に(?:臨|出席|参加)(?:んだ|む|した|する))")


def subject_after_clause(body: str, mention: MeetingMention, actors, end: int, s_end: int) -> None:
    """A meeting in a clause that describes someone named after it: they took part (and the one 会談相手の
    names: 会談相手のブッシュ大統領に, the partner)."""
    partner = _PARTNER_NAMED.match(body, end)
    if partner is not None and len(mention.participants) == 1:
        m = person_at(body, actors, partner.end())
        if m is not None and (m.entity_id or name_of(body, m)) not in {p.entity_id or p.name for p in mention.participants}:
            mention.participants.append(Participant(name_of(body, m), m.entity_id))
        return
    if not _RELATIVE_AFTER.match(body, end):
        return
    known = {p.entity_id or p.name for p in mention.participants}
    for m in actors:
        if m.type != "PERSON" or not end < m.start < min(s_end, end + 40):
            continue
        if "、" in body[end : m.start] or (m.entity_id or name_of(body, m)) in known:
            return
        title = office_after(body, m.end)
        free = re.match(r"[\u4e00-\u9fff]{1,4}?(?=は|が)", body[title.end() if title else m.end :])
        position = title.end() if title else m.end + (free.end() if free else 0)
        if SUBJECT_AFTER.match(body, position):
            role = "visitor" if any(p.role == "host" for p in mention.participants) else "participant"
            mention.participants.insert(0, Participant(name_of(body, m), m.entity_id, role=role))
        else:
            _people_described(body, mention, actors, m, s_end)
        return


_JOINED = re.compile(r"(?:と|、|や|及び|および|＆|&)")
# 会談するマクロン大統領と岸田首相。, …両首脳(左から)=: the people a caption shows, and nothing after them
_CAPTION_END = re.compile(r"(?:ら|の両首脳|両氏)?(?:[。=＝(（\n]|$)")


def _people_described(body: str, mention: MeetingMention, actors, first, s_end: int) -> None:
    """写真は…で会談するマクロン大統領と岸田首相, ソウルで会談した尹大統領と岸田首相は: the people the
    meeting clause describes, listed to the caption's end or to their は, are its participants (the
    place before で is not)."""
    listed, position = [], first.start
    for m in actors:
        if m.start < first.start or m.start >= s_end:
            continue
        if m.start != position or m.type not in ("PERSON", "GPE"):
            break
        if m.type == "GPE" and body.startswith("の", m.end):
            position = m.end + 1  # 日本の岸田文雄首相: the person's country
            continue
        title = office_after(body, m.end)
        after = title.end() if title and title.start() <= m.end + 1 else m.end
        if m.type == "GPE" and title is None:
            break  # a country named for itself, not a person's title
        listed.append(Participant(name_of(body, m), m.entity_id))
        joined = _JOINED.match(body, after)
        position = joined.end() if joined else after
        if not joined:
            break
    if not listed or not (_CAPTION_END.match(body, after) or SUBJECT_AFTER.match(body, after)):
        return
    people = [p for p in mention.participants if not _placed(body, p, mention.start)]
    if len(people) + len(listed) >= 2:
        mention.participants = unique(people + listed)


def _placed(body: str, participant: Participant, start: int) -> bool:
    """首相官邸で会談する: a body named just before で is the place of the meeting."""
    at = body.rfind(participant.name, 0, start)
    return at >= 0 and body.startswith("で", at + len(participant.name)) and start - at <= len(participant.name) + 4


_PLACE_USE = re.compile(r"(?:での|で|へ|に(?:おける|ある)|を(?:訪|経由))")
BOTH_COUNTRIES = re.compile(r"両国(?:の)?(?:首脳|外相|政府|首相|大統領|代表)?(?:ら)?(?:は|が|も|による|の)")


def both_countries(body: str, mention: MeetingMention, actors, s_start: int, start: int, earlier=()) -> None:
    """両国首脳が電話会談: the two countries named last before it, not 両国 as a side; with none named, the
    countries of the two people of the talks told last (小泉首相は盧武鉉大統領と会談した。両国は…外相会談を開く)."""
    both = BOTH_COUNTRIES.search(body, max(s_start, start - 12), start) if not mention.participants else None
    if both is None:
        return
    pair = _pair_of_level(both, earlier, s_start)
    if pair:  # 小泉首相は盧武鉉大統領と会談した。両国首脳は11日にも電話で協議した: the two leaders again
        mention.participants = pair
        return
    countries = []
    for m in reversed([m for m in actors if m.type == "GPE" and m.end <= start and (m.entity_id or "").startswith("country:")]):
        if _PLACE_USE.match(body, m.end):
            continue  # 米中首脳が韓国での会談を控える中、両国の…: the place of a meeting is no side of 両国
        if m.entity_id not in [c.entity_id for c in countries]:
            countries.append(Participant(body[m.start : m.end], m.entity_id))
        if len(countries) == 2:
            mention.participants = countries[::-1]
            return
    # fewer than two countries named (北朝鮮 only as a topic): the countries of the two people of the talks told
    # last, a few sentences above at most
    last = next((m for m in reversed(earlier) if m.kind in ("talks", "phone_call", "video_call")
                 and len(m.participants) == 2), None)
    of = [person_country(p.entity_id) or (p.country or "").removeprefix("country:") or None
          for p in (last.participants if last is not None else ())]
    if len(of) == 2 and all(of) and of[0] != of[1] and s_start - last.sentence[1] <= BOTH_REACH:
        named = [bundled_registry().get(f"country:{c}") for c in of]
        mention.participants = [Participant(n.name if n is not None else c, f"country:{c}") for c, n in zip(of, named)]


BOTH_REACH = 600  # how far after the talks told last 両国 may still mean their two countries (a few sentences)


# The level 両国 is written with (両国首脳, 両国首相: the two heads; 両国の外相: the foreign ministers)
_LEVEL_WORDS = {"首脳": "首脳", "首相": "首脳", "大統領": "首脳", "外相": "外相"}


def _pair_of_level(both: re.Match, earlier, s_start: int) -> list[Participant]:
    """The two people of the talks told last, a few sentences above, when 両国 names their level (両国首脳,
    両国の外相) and each holds an office of it: they, not their countries, are the sides; none otherwise."""
    level = next((_LEVEL_WORDS[word] for word in _LEVEL_WORDS if word in both.group(0)), None)
    last = next((m for m in reversed(earlier) if m.kind in ("talks", "phone_call", "video_call")
                 and len(m.participants) == 2), None) if level else None
    if last is None or s_start - last.sentence[1] > BOTH_REACH:
        return []
    people = [p for p in last.participants if not (p.entity_id or "").startswith("country:")]
    if len(people) != 2 or not all(p.office and holds_level(p.office, p.office, level) for p in people):
        return []  # (each holds that level's office itself: 両国首脳 are no deputy prime minister)
    return [Participant(p.name, p.entity_id, office=p.office) for p in people]


# Occupations whose journeys are not diplomatic visits (the private さん as well)
_PRIVATE = re.compile(r"(?:[(（][^()（）。]{1,20}[)）])?[\u4e00-\u9fff\u30a1-\u30ffー・]{0,8}?"
                      r"(?:選手|監督|コーチ|歌手|指揮者|俳優|女優|奏者|ピアニスト|作家|画家|力士|騎手|棋士|容疑者|被告|さん)"
                      r"(?![\u4e00-\u9fff])")


# 野球解説者・槙原寛己氏, プロ野球解説者で巨人軍OBの槙原氏: a private occupation told before the name
_PRIVATE_BEFORE = re.compile(r"(?:解説者|評論家|タレント|アナウンサー|歌手|俳優|女優|選手|声優|モデル|芸人)"
                             r"(?:・|で[^、。]{1,12}の|の)?$")


def private_visitor(body: str, actors, participants: list[Participant]) -> bool:
    """Whether the visitor of a visit is named with a private occupation (レアード選手, ベーレンスさん, 解説者・槙原氏)."""
    visitors = {p.entity_id or p.name for p in participants if p.role == "visitor"}
    people = {p.entity_id or p.name for p in participants if p.role in ("visitor", "participant")}
    return any(m.type == "PERSON" and (m.entity_id or body[m.start : m.end]) in visitors
               and _PRIVATE.match(body, m.end) and not _public_office(body, m.end) for m in actors) \
        or any(m.type == "PERSON" and (m.entity_id or body[m.start : m.end]) in people
               and _PRIVATE_BEFORE.search(body, max(0, m.start - 16), m.start) is not None for m in actors)


def private_sides(body: str, actors, participants: list[Participant]) -> int:
    """How many sides are people named with a private occupation or honorific (長谷川選手, エンドンさん); not
    inside quoted words, where a speaker calls a politician さん (「…福島さんの罷免後に電話があり…」), nor before
    の (福島さんの罷免後に: a time, not a side)."""
    keys = {p.entity_id or p.name for p in participants}
    return len({m.entity_id or body[m.start : m.end] for m in actors
                if m.type == "PERSON" and (m.entity_id or body[m.start : m.end]) in keys
                and (named := _PRIVATE.match(body, m.end)) and not body.startswith("の", named.end())
                and not _public_office(body, m.end) and body.rfind("「", 0, m.start) <= body.rfind("」", 0, m.start)})


def _public_office(body: str, name_end: int) -> bool:
    """Whether an office, not only an honorific (さん, 氏), is written right after a name."""
    title = office_after(body, name_end)
    return title is not None and title["office"] not in HONORIFICS
