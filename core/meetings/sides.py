"""The sides of a meeting read from its clause: its subject and those joined to it by と, や, 、,
countries of a compound (日米), staff of an organisation, the host of a visit. How countries are written by their
letters is core.meetings.country_letters; where a side's name ends, core.meetings.name_read; a headline's topic,
core.meetings.headline_topic."""

from __future__ import annotations

import re

from core.clauses.phrases import of_group
from core.meetings.country_letters import VISIT_HOST, compound_before, letters_of_names, written_country
from core.meetings.headline_topic import headline_topic
from core.meetings.mention import Participant
from core.meetings.name_read import DELEGATION, read_name
from core.meetings.people import SUBJECT_AFTER, name_of, named_place, not_a_side, unique
from core.meetings.triggers import EVENT_USE_AFTER, MET_VERB, PHONE_WORD, TALKED_VERB, kind_of
from core.meetings.visitors import RELATIVE_VISIT, described_visitor, invited, visitor_after, visitor_of_purpose
from core.meetings.written_sides import other_as_written, pair_as_written
from core.nlp.offices import office_after
from core.registry import bundled_registry

CLAUSE_END = re.compile(r"[、。]")
# 金泳三大統領も1994年に中国を訪問し: a person with も opening the clause is its subject too (Bとも: a partner)
_ALSO_SUBJECT = re.compile(r"も(?!の|ので|のの)")


# 金融庁などと協議: a side named first of others (など, 等) is a side all the same
# 大統領に電話をかけ, 幹事長から電話があり: the side called, or calling, right before the call
_CALLED = re.compile(r"(?:ら|側)?(?:に|から)(?=(?:[^、。にから]{0,4}の|[^、。「」『』]{0,12}?に)?電話)")  # ブラッシュ党首から祝福の電話
# 日産自動車を相手に交渉, トヨタ・日産間の協議: a partner named as the one across the table, or a pair joined by ・ before 間
_PARTNER_AFTER = re.compile(r"(?:ら|側|政府)?(?:など|等)?(?:と|との|とも|や|、|および|及び|並びに|＆|&|を相手に|を相手として"
                            r"|・(?=[^、。・]{1,12}?間(?:の|で))|間の|間で)")


# 人民大会堂で小泉首相を迎え、会談した: the guest received is the other side of the talks that follow
_WELCOMED = re.compile(r"を(?:[^、。をにで]{0,6}(?:で|として))?迎え(?:て|、|た後)")


# ライス国務長官の同席のもとで, 安倍官房長官を交えて: one who sits in on the talks (a side, as 同席した is)
_SITTING_IN = re.compile(r"(?:の同席(?:のもと|の下)で?|が同席して|も同席して|を交えて?|も交えて?|の立ち会いのもと)")


# 大統領の訪問を受けた, 訪問を受け入れた: the subject receives the visit
_RECEIVED = re.compile(r"を受け(?!入れ)")


# 会談について, 会談をめぐり: the meeting as what a clause speaks of
_ABOUT = re.compile(r"(?:について|に関して|に関し|をめぐ|を巡|に対し|を評価|を歓迎|を批判)")


# 日本側は原口大使, 日本側の首席代表は原口大使, 日本側からは: the person named for a side
_HEAD_NAMED = re.compile(r"側(?:の[^、。はが]{0,6}?)?(?:は|が|からは|から|も)、?")


# …が訪れた北京で, …が主催した夕食会で, …が提案した案を: a verb ending a clause that describes the noun after it
# (a time or a reason after the verb, 来日した際に, 会談した後, leaves the subject the meeting's)
_RELATIVE_SUBJECT = re.compile(r"[^、。「」]{0,12}?(?:した|された|している|していた|する|った|いた|れた|んだ)"
                               r"(?!際|時|とき|後|あと|折|ため|上で|うえで|直後|直前|最中|間|ばかり|こと|の[はがで])"
                               r"[\u4e00-\u9fff\u30a1-\u30ffー]{1,8}(?:で|に|を|と)")  # (…が行った二回目の協議: the meeting's own)


# 駐米日本大使, 駐日米国大使, 駐韓総領事: an ambassador's posting, written as part of the title
_POSTING = re.compile(r"駐[\u4e00-\u9fff\u30a1-\u30fcー]{1,8}?(?:特命全権)?(?:大使|公使|総領事)")
_OFFICIAL_OF = re.compile(r"の(?:第\d+)?[\u4e00-\u9fff]{0,4}(?:外相|外務次官|次官|首相|大統領|大臣|長官|代表|大使)(?:と|や|、)")


_NORTH_SOUTH = re.compile(r"南北")
# スーダンの南北は: the north and south of another country, not the two Koreas (朝鮮半島の南北 still are)
_KOREA = re.compile(r"韓国|朝鮮")


# 南北は27日、…会談を開いた; 南北双方が, 南北両首脳は, 南北の首脳が: the two Koreas as the subject of the clause, also by
# the level of those who meet for them (as 日中両首脳は is Japan and China)
_NORTH_SOUTH_SIDES = re.compile(r"(?<![\u4e00-\u9fff])南北の?(?:双方|両国|両政府|当局|代表団|両?(?:首脳|首相|外相|閣僚|"
                                r"国防相|代表|当局者|高官))?(?:ら)?(?:は|が)")




# キリスト教民主同盟(CDU)・キリスト教社会同盟(CSU)と…: a side of two bodies joined by ・
_MIDDOT_SIDE = re.compile(r"・[\u4e00-\u9fff\u30a1-\u30faーA-Za-z]{2,12}(?:[(（][^()（）]{1,10}[)）])?(?:と|との)(?!して|いう|なる)")


# ハル記者とンドゥウィマナ記者は: two reporters as the subject, not a reporter met
_ONLOOKERS_TOGETHER = re.compile(r"と[^、。とはが]{1,15}?(?:記者|特派員|アナリスト|研究員|専門家|教授|准教授|解説委員|編集委員|評論家)"
                                 r"(?:ら)?(?:は|が)")


# 朝日新聞社大阪本社を訪問, 国連本部を訪問: a body called on at its seat
_SEAT = re.compile(r"(?:[\u4e00-\u9fff]{0,4}?(?:本社|本部|支社|支店|本店|事務局|事務所|庁舎))?(?=を)")
# Xを訪問, Xを急きょ訪問, Xを公式に訪問: the person or country visited
_VISITED = re.compile(r"を[^、。をでとがは]{0,4}|への(?:[^、。をでとがはの]{1,4}(?:の)?)?")  # 米国への公式訪問


# ウズベキスタンの首都タシュケントを訪問: the country of the city visited hosts the visit
_VISITED_CITY = re.compile(r"の(?:首都|首府|都市|港湾都市|古都)?[\u4e00-\u9fff\u30a1-\u30ffー]{1,10}を[^、。をでとがは]{0,4}")


# Sources: 産経新聞によると, 朝日新聞が報じた
_SOURCE_AFTER = re.compile(r"(?:(?:と|、|や)[^、。と「」]{1,15}?){0,5}(?:によると|によれば|の報道|は報じ|が報じ|が伝え|は伝え)")


_LIST_JOINT = re.compile(r"(?:ら|側)?(?:と|、|や|は|が|・|両|の)")


def _listed_next(body: str, actors, position: int) -> bool:
    """Whether a side is named right after a comma (岸田首相、バイデン大統領と), not an object (大統領、議会を解散)."""
    for m in actors:
        if position <= m.start <= position + 3:
            title = office_after(body, m.end)
            return bool(_LIST_JOINT.match(body, title.end() if title else m.end))
    return False


# 胡錦濤国家主席の特使として来日した唐家セン: the one sent travels, not the one who sent him
_ON_BEHALF = re.compile(r"の(?:特使|代理|名代|親書|命を受け|[^、。]{0,6}として)")
# プーチン大統領の招待でロシアを訪問中の小泉首相: the one who invites receives the visit, not travels
_INVITING = re.compile(r"の(?:招待|招き|招へい|招聘|要請|求め)(?:で|に応じ|を受け)")


_SPOKESMAN = re.compile(r"[\u4e00-\u9fff]{0,4}(?:報道官|報道局長|声明|発表)")


def _ministry(participant: Participant) -> bool:
    """Whether the gazetteer knows a side as a ministry (外務省, 国務省)."""
    entity = bundled_registry().get(participant.entity_id) if participant.entity_id else None
    return entity is not None and entity.attributes.get("kind") == "ministry"


def _joined_to_subject(body: str, actors, position: int, before: int) -> bool:
    """Whether the names listed from position (B, Cは) end in the subject of the sentence, before before."""
    for m in actors:
        if m.start < position or m.type not in ("PERSON", "GPE", "ORG"):
            continue
        if m.start != position or m.end > before:
            return False
        title = office_after(body, m.end)
        after = title.end() if title and title.start() == m.end else m.end
        if SUBJECT_AFTER.match(body, after):
            return True
        joint = re.match(r"(?:と|、|や|＆|&)", body[after : after + 1])
        if joint is None:
            return False
        position = after + 1
    return False


def _visit_to(word: str) -> bool:
    """訪米, 訪朝, 訪中: a visit to the country its second character names."""
    return word.startswith("訪") and len(word) == 2 and word[1] in VISIT_HOST


# （団長・佐々江賢一郎アジア大洋州局長）, (首席代表=ヒル国務次官補): a delegation's head named in brackets after it
_HEAD_IN_BRACKETS = re.compile(r"[(（](?:団長|首席代表|代表)[・:：=＝、]?(?P<inside>[^()（）]{2,30})[)）]")


def _head_in_brackets(body: str, actors, position: int) -> Participant | None:
    """The person a bracket right after a delegation names as its head, or None."""
    bracket = _HEAD_IN_BRACKETS.match(body, position)
    person = next((m for m in actors if m.type == "PERSON" and bracket.start("inside") <= m.start
                   and m.end <= bracket.end("inside")), None) if bracket else None
    return Participant(name_of(body, person), person.entity_id) if person is not None else None


def _delegation_after(body: str, actors, end: int) -> Participant | None:
    """来日した米国の議員代表団, 来日中の中国政府代表団: the country whose delegation the visit's relative
    clause describes, right after it, or None."""
    relative = RELATIVE_VISIT.match(body, end)
    if relative is None:
        return None
    for m in actors:
        if m.start == relative.end() and m.type == "GPE" and DELEGATION.match(body, m.end):
            return Participant(body[m.start : m.end], m.entity_id)
    return None


def _city_visited(body: str, places, start: int, found: list[Participant]) -> bool:
    """ルビオ米国務長官は…クアラルンプールを訪れた: an office-holder visits a city the registry places in a
    country, right before start (the country hosts the visit, read from the place; a tourist's or a
    lobbyist's journey is no visit of sides)."""
    if not any(p.office for p in found):
        return False
    registry = bundled_registry()
    for m in places:
        if m.type == "LOC" and m.end < start and _VISITED.fullmatch(body, m.end, start):
            entity = registry.get(m.entity_id)
            if entity is not None and entity.attributes.get("kind") == "city" and entity.attributes.get("country"):
                return True
    return False


# 広島市, 宮崎県, 大阪府, 東京都, 北海道, カリフォルニア州: a local government, which meets as a body
_LOCAL_GOVERNMENT = re.compile(r"(?:[\u4e00-\u9fff\u30a1-\u30ffー]{1,10}(?:市|県|府|州|町|村|区)|東京都|北海道)")


def local_governments(body: str, places, s_start: int, start: int) -> list:
    """The places of the clause named as a local government (広島市とJR西日本が協議: the city is a side)."""
    return [m for m in places if m.type == "LOC" and s_start <= m.start and m.end <= start
            and _LOCAL_GOVERNMENT.fullmatch(body, m.start, m.end) is not None]


# Yとの統合交渉, Yとの首脳会談: a partner joined to the meeting word itself
_PARTNER_OF_WORD = re.compile(r"(?:ら|側)?との[^、。「」をがはと]{0,8}$")


def _partner_joined(body: str, actors, subject_end: int, start: int, joint: re.Pattern) -> bool:
    """Whether, after a body's subject, the last side named before the meeting word is joined to it by joint and
    no person is named between: the body holds the talks, it does not only tell of them."""
    between = [m for m in actors if subject_end <= m.start and m.end <= start]
    if not between or any(m.type == "PERSON" for m in between):
        return False
    return bool(joint.search(body, between[-1].end, start))


def _partner_of_word(body: str, actors, subject_end: int, start: int) -> bool:
    """Whether the meeting word has its own partner after a body's subject (XはYとの統合交渉を打ち切った)."""
    return _partner_joined(body, actors, subject_end, start, _PARTNER_OF_WORD)


# ソニーはパナソニックと話し合った, Xは…Yと協議しました: the partner with と right before the verb of the meeting
_PARTNER_OF_VERB = re.compile(r"(?:ら|側)?(?:と|とも)[^、。「」をがはとの]{0,6}$")
# 話し合った, 会った, 話し合いました, 協議した, 会談しました: the meeting word is the clause's verb
_VERB_ENDING = re.compile(r"(?:し)?(?:た|て|ました|ます|ましょう)|す(?:る|れば)")


def _partner_of_verb(body: str, actors, subject_end: int, start: int, end: int, word: str) -> bool:
    """Whether, after a body's subject, the meeting word is the verb of the clause (話し合った, 協議しました) with its
    partner joined by と right before it and no person named between: the body holds the talks."""
    if not (TALKED_VERB.fullmatch(word) or MET_VERB.fullmatch(word) or _VERB_ENDING.match(body, end)):
        return False
    return _partner_joined(body, actors, subject_end, start, _PARTNER_OF_VERB)


def clause_participants(body, actors, s_start, previous_trigger, start, end, word, places=()) -> list[Participant]:
    """The people (or countries) of the clause: its subject and those joined to it by と, や, 、
    (a headline's topic: headline_topic). places: the sentence's places (a city visited: its country
    hosts; a city or prefecture joined to another side by と, or the subject, is a side itself)."""
    found = _clause_participants(body, actors, s_start, previous_trigger, start, end, word, places)
    found = headline_topic(body, actors, s_start, start, found) if word not in ("訪問", "訪れ", "来日", "訪日") \
        else found
    return _partner_described(body, actors, end, word, found)


# 前日に会談したブッシュ大統領に, 電話会談を行ったばかりの米国のオバマ大統領と: the person the meeting's relative clause
# describes, right after it (a country and の between), is its partner
_DESCRIBING = re.compile(r"(?:を行った|を行っている|した|していた|している)(?:ばかりの|直後の)?")


def _partner_described(body: str, actors, end: int, word: str, found: list[Participant]) -> list[Participant]:
    """The sides with the person a relative clause ending on the meeting word describes, when one person only was read
    (小泉首相は、前日に会談したブッシュ大統領に電話をかけた: ブッシュ)."""
    if kind_of(word) not in ("talks", "phone_call") or len(found) != 1 or (found[0].entity_id or "").startswith("country:"):
        return found
    described = _DESCRIBING.match(body, end)
    at = described.end() if described else -1
    country = next((m for m in actors if m.type == "GPE" and m.start == at and body.startswith("の", m.end)), None)
    at = country.end + 1 if country is not None else at  # (米国のオバマ大統領: a country and の between; 翌日の: no)
    person = next((m for m in actors if m.type == "PERSON" and m.start == at), None)
    if person is None:
        return found
    side = Participant(name_of(body, person).split("(")[0], person.entity_id)
    if (side.entity_id or side.name) == (found[0].entity_id or found[0].name):
        return found
    return found + [side]


def _clause_participants(body, actors, s_start, previous_trigger, start, end, word, places=()) -> list[Participant]:
    found: list[Participant] = []
    countries: list[Participant] = []
    officials: list[Participant] = []
    subjects: list[Participant] = []
    person_ends = {m.end for m in actors if m.type == "PERSON"}
    name_letters = letters_of_names(actors, person_ends)
    person_starts = {m.start for m in actors if m.type == "PERSON"}
    visitor_of = None
    hosts: list[Participant] = []
    organisations: list[Participant] = []
    topics: list[Participant] = []  # bodies as the topic (Xは), outside when a person is the subject after them
    topic_people: list[Participant] = []  # people as the topic (Xは), outside when a body is the subject after them
    sides: list[Participant] = []
    venues: list[Participant] = []
    partner_governments: list[Participant] = []  # a country's government joined by と as the partner
    # (駐日米国大使と, with nobody named before it, is a side)
    postings = [m.span() for m in _POSTING.finditer(body, s_start, start) if m.start() in person_ends]
    # AとBの第2回党首会談, 小泉首相とブッシュ大統領による日米首脳会談: the names joined to the meeting word by の or による
    joined_by_of = {p.end for p in of_group(body, s_start, start)}
    governments = local_governments(body, places, s_start, start) if word not in ("訪問", "訪れ") else []
    for mention in sorted(actors + governments, key=lambda m: m.start) if governments else actors:
        m_start, m_end = mention.start, mention.end
        if m_start < s_start or m_end > start or m_start in person_ends or (m_start, m_end) in name_letters:
            continue  # outside the clause, or the country in a person's title (ルビオ米国務長官) or name (宋日昊)
        if mention.type == "GPE" and any(a <= m_start and m_end <= b for a, b in postings):
            continue  # 加藤良三駐米日本大使: the countries of an ambassador's title, not sides
        read = read_name(body, mention)
        if read is None:
            continue  # 昭恵夫人とともに: a spouse who comes along is no side
        position, aside, title, office, kind, delegation, group = read
        subject = SUBJECT_AFTER.match(body, position) or (
            _ALSO_SUBJECT.match(body, position) if kind == "PERSON" else None)  # 金泳三大統領も…中国を訪問して
        if subject and subject.group(0).endswith("が") and _RELATIVE_SUBJECT.match(body, subject.end(), start):
            subject = None  # クリントン元大統領が訪れた北京で…会談した: the subject of a clause describing a noun
        if subject and subject.group(0).endswith("が") and kind in ("ORG", "GPE") and topics:
            organisations = [o for o in organisations if o not in topics]  # 外務省は、日本が米国と協議したと発表: outside
        partner = _PARTNER_AFTER.match(body, position) or (
            PHONE_WORD.fullmatch(word) and _CALLED.match(body, position)) or (  # 大統領に電話をかけ
            _WELCOMED.match(body, position) if kind == "PERSON" else None) or (  # 小泉首相を迎えて首脳会談
            _SITTING_IN.match(body, position) if kind == "PERSON" else None)  # ライス国務長官の同席のもとで
        if partner is None and kind == "ORG":
            partner = _MIDDOT_SIDE.match(body, position)
        # AとBは10日に会談し、…11日にも協議した: one joined to the subject is a subject of the later clause too
        with_subject = bool(partner) and m_start < previous_trigger and partner.group(0) in ("と", "や", "、") \
            and _joined_to_subject(body, actors, partner.end(), previous_trigger)
        if partner and body.startswith("との", partner.start()) and CLAUSE_END.search(body, partner.end(), start):
            partner = None  # 大宮との試合に敗れた後、…と会談: the partner of another noun
        if partner and partner.group(0).endswith("、") and not _listed_next(body, actors, partner.end()) \
                and start - partner.end() > 4:  # (道とロシア側、洋上会談: the meeting follows the comma)
            partner = None  # ケーラー大統領、議会を解散: a comma after a topic, not one between two sides
        if named_place(body, m_end):
            continue  # シャルル・ド・ゴール国際空港で: a place named after a person is the setting, not a side
        # …によると, ロイターのハル記者は: who reports or comments on the meeting did not attend it
        if _SOURCE_AFTER.match(body, position) or (kind == "PERSON" and not_a_side(body, m_end) and not (
                partner and partner.group(0) in ("と", "との") and not _ONLOOKERS_TOGETHER.match(body, partner.start()))):
            continue  # トランプ新政権の発足後: the administration, not the person at the table
        if kind == "ORG" and (_SPOKESMAN.match(body, m_end) or subject and not partner
                              and not EVENT_USE_AFTER.match(body, end) and kind_of(word) != "signing"
                              and not _partner_of_word(body, actors, m_end, start)
                              and not _partner_of_verb(body, actors, m_end, start, end, word)):
            continue  # 国務省報道官は, 大統領府は…首脳会談で…と明らかにし: who tells of the meeting
        glued = position >= start - 4 and re.fullmatch(r"[\u4e00-\u9fffロウ]*", body[position:start])
        glued = glued or position in joined_by_of  # AとBの(初の)会談, AとBによる会談
        participant = Participant(name_of(body, mention).split("(")[0], mention.entity_id, office=office) \
            if group is None else Participant(body[m_start:position])
        if kind == "PERSON":
            participant.country = written_country(body, actors, m_start, m_end)
        if kind == "ORG" and aside and (mention.entity_id or "").startswith("found:"):
            # 与党社会民主党(SPD): the known body its acronym in the aside names
            named = next((m for m in actors if m.start == aside.start() + 1 and m.end == aside.end() - 1
                          and m.type == "ORG" and not (m.entity_id or "found:").startswith("found:")), None)
            if named is not None:
                participant = Participant(name_of(body, named), named.entity_id, office=office)
        if kind in ("PERSON", "GPE") and word in ("訪問", "訪れ") and (_VISITED.fullmatch(body, position, start) or (
                kind == "GPE" and position + 1 not in person_starts and _VISITED_CITY.fullmatch(body, position, start))):
            participant.role = "host"  # ブッシュ大統領を訪問: the person visited receives the visitor
            hosts.append(participant)
        elif kind == "ORG" and word in ("訪問", "訪れ") and (seat := _SEAT.match(body, position)) \
                and _VISITED.fullmatch(body, seat.end(), start):
            participant.role = "host"  # 経団連を訪問, 朝日新聞社大阪本社を訪問し: the body called on receives the visitor
            hosts.append(participant)
        elif kind == "ORG" and body.startswith("で", position) and position + 4 >= start \
                and re.fullmatch(r"で[\u4e00-\u9fff]{0,3}", body[position:start]):
            venues.append(participant)  # 安全保障理事会で緊急会合: the body that meets (or only the place)
        elif kind == "ORG" and (subject or partner or glued and body.startswith("の", position)) \
                and (m_start >= previous_trigger or subject or with_subject):
            organisations.append(participant)  # 自由アチェ運動は…と会談, F・マリノスの幹部と会談, AとBの会談
            if subject and not partner and subject.group(0).endswith("は"):
                topics.append(participant)  # 韓国大統領府は…尹大統領が…と会談すると発表した: outside if a person follows
            if subject and not partner and subject.group(0).endswith("が") and topic_people:
                found = [p for p in found if p not in topic_people]  # サレー氏はJEMが…調印したときの: outside
        elif kind == "GPE" and body.startswith("政府", m_end) and not delegation and (subject or partner) \
                and (m_start >= previous_trigger or subject or with_subject):
            sides.append(participant)  # 日本政府と北朝鮮は: the government is its country as a side
            if partner and not subject and partner.group(0).endswith(("と", "との")):
                partner_governments.append(participant)  # …副大臣はパキスタン政府と協議: a person's partner
            # (日本政府代表団と: its delegation, below, beside the other side's)
        elif kind == "GPE" and delegation and (subject or partner) and (m_start >= previous_trigger or subject or with_subject):
            head = _head_in_brackets(body, actors, delegation.end())
            if head is not None:
                found.append(head)  # 日本政府代表団（団長・佐々江賢一郎局長）は: its head named, as 日本側は原口大使
            else:
                officials.append(participant)  # 北朝鮮の代表団と, 中国政府代表団は: the country's delegation
        elif kind == "GPE" and body.startswith("側", m_end) and (subject or partner):
            if not _HEAD_NAMED.match(body, m_end) or (_HEAD_NAMED.match(body, m_end).end() not in person_starts):
                officials.append(participant)  # 日本側は, ロシア側と: a side stands for its delegation
            # (日本側は原口幸市大使、北朝鮮側は…: the person named for the side stands for it)
        elif kind == "PERSON" and (word in ("訪問", "来日", "訪日") or _visit_to(word)
                                   and re.fullmatch(r"の(?:初の|初|公式|非公式|今回の)?", body[position:start])) and \
                (body.startswith("の", position) or body.startswith("による", position)) \
                and not _ON_BEHALF.match(body, position) and not _INVITING.match(body, position):
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
        elif kind == "GPE" and m_end + 1 not in person_starts and (title or _OFFICIAL_OF.match(body, m_end)) \
                and (subject or partner or glued or _OFFICIAL_OF.match(body, m_end)):
            official = _OFFICIAL_OF.match(body, m_end)
            if participant.office is None and official is not None:
                participant.office = official.group(0)[1:-1]  # 日本の外相と: the office, read as one written after
            officials.append(participant)  # マレーシア外相, 韓国の第1外務次官と: a person named by country
        elif kind == "GPE" and glued:
            countries.append(participant)
        elif kind == "GPE" and (subject or partner and body.startswith("と", position)) \
                and (m_start >= previous_trigger or subject or with_subject):
            sides.append(participant)  # 日本とオーストラリアは…交渉を行った: countries as the sides, when no one is named
        elif kind == "LOC" and (subject or partner and body.startswith("と", position)) \
                and (m_start >= previous_trigger or subject or with_subject):
            sides.append(participant)  # 広島市とJR西日本が協議: a local government as a side
    described = described_visitor(body, actors, end) if word in ("訪問", "訪れ") and body[start - 1 : start] == "を" \
        else None
    if described is not None:  # 金総書記は…平壌を訪問中の中国の唐家セン国務委員と: the one the visit describes
        described.role = "visitor"
        return unique([described] + hosts)
    if word == "訪問" and not hosts and not found and body[start - 1 : start] == "を":
        after = visitor_after(body, actors, end)  # バレンシアを訪問予定だったローマ教皇: a city's visitor, after it
        if after is not None:
            after.role = "visitor"
            return [after]
    if word == "訪れ" and not hosts and not _city_visited(body, places, start, found):
        return []  # 多くの観光客が訪れた: a visit only to a country, a person or a city of a country
    if hosts:  # Xは…Yを訪問し, 安倍首相の米国への訪問
        visitors = [p for p in found if p not in hosts] or ([visitor_of] if visitor_of is not None else [])
        after = visitor_after(body, actors, end) if not visitors else None
        visitors = [after] if after is not None else visitors  # …を訪問予定だったローマ教皇は
        for p in visitors:
            p.role = "visitor"
        return unique(visitors + hosts)
    if sum(1 for p in found if not (p.entity_id or "").startswith("country:")) < 2:
        # …らがJリーグ事務局で会談: with two people named, only the place; a ministry is a person's place (麻生外相と
        # 外務省で会談した: the partner is told elsewhere, not the ministry)
        organisations = organisations + [v for v in venues if not (found and _ministry(v))]
    if visitor_of is not None and word == "訪問" and not countries:
        visitor_of.role = "visitor"  # 専門家は、ルビオ氏による初訪問は…: the speaker did not travel
        received = [p for p in subjects if p is not visitor_of] if _RECEIVED.match(body, end) else []
        for p in received:
            p.role = "host"  # 首相は…大統領の訪問を受けた: the subject receives the visitor
        return [visitor_of] + received[-1:]
    if _ABOUT.match(body, end) and sum(1 for p in found if p not in subjects) >= 2:
        found = [p for p in found if p not in subjects]  # 官房長官は…AとBの会談について述べた: who speaks of it
    if not found and organisations and (sides or countries) and not officials and word not in ("訪問", "訪れ"):
        # スリランカ政府とLTTEは…交渉, ヒズボラとイスラエルの停戦交渉: a state and a body are the sides
        return unique(sides + [o for o in organisations] + countries)
    found = found + [o for o in organisations if not any(o.name in p.name for p in found)]
    if len(found) == 1 and not officials:
        other = other_as_written(body, s_start, previous_trigger, start, found[0])  # 住友商事とKDDIの会談, Xの幹部と会談
        found = found + [other] if other is not None else found
    if not found and not officials and not countries:
        pair = pair_as_written(body, s_start, start)  # 住友商事とKDDIの会談, 「東京メトロ」と「都営地下鉄」が…協議へ
        if pair:
            return pair
    north_south = None if found or officials or countries else \
        _NORTH_SOUTH.search(body, max(s_start, start - 6), start) or _NORTH_SOUTH_SIDES.search(body, s_start, start)
    owner = re.split(r"[、。\n]", body[max(0, north_south.start() - 12) : north_south.start()])[-1] \
        if north_south is not None else ""
    if north_south is not None and not (owner.endswith("の") and not _KOREA.search(owner)):
        return [Participant("韓国", "country:KR"), Participant("北朝鮮", "country:KP")]  # 南北閣僚級会談
    if word == "訪問" and countries and body[start - 1 : start] != "の":  # 中国訪問
        host = next((c for c in countries if body.find(c.name, max(0, start - len(c.name) - 1), start) >= 0), None)
        if host:
            host.role = "host"
            visitor = visitor_of or (found[-1] if found else None) or visitor_of_purpose(body, actors, end)
            if visitor:
                visitor.role = "visitor"
            return unique(([visitor] if visitor else []) + [host])
    if word in ("来日", "訪日"):
        # トランプ氏の来日, 来日中のノルウェーのハンセン外相, ハンセン外相は来日し…, 来日した米国の代表団
        comers = [p for p in found if not any(m.type == "LOC" and body[m.start : m.end] == p.name for m in places)]
        visitor = invited(body, actors, s_start, start, end) or visitor_of or visitor_after(body, actors, end) \
            or _delegation_after(body, actors, end)  # (…はブッシュ大統領に訪日を招請した: the one invited comes)
        # (竹島が自国の領土であることを…来日し: a place comes nowhere; A国王＆B王妃は来日した: both come)
        visitors = [visitor] if visitor is not None else [p for p in comers if p.role == "participant"]
        if visitors:
            for p in visitors:
                p.role = "visitor"
            return unique(visitors) + [Participant("日本", "country:JP", role="host")]
        return []  # 来日できなかった母: nobody named comes (a visit told before may be meant)
    if _visit_to(word):
        visitor = visitor_after(body, actors, end) or visitor_of  # 訪米中の岩屋毅外相, ヒル次官補の訪朝
        visitor = invited(body, actors, s_start, start, end) or visitor  # …は福田首相に訪韓を要請した: 福田 travels
        if visitor is not None:
            found = [visitor]  # 金総書記は訪朝したプーチン大統領と会談: the subject is of the talks, not the visit
        for p in found:
            p.role = "visitor"
        found.append(Participant(word[1], VISIT_HOST[word[1]], role="host"))
    # Countries stand in for the participants only where no person is named (米中会談).
    people = [p for p in found if not (p.entity_id or "").startswith("country:")]
    if len(people) >= 2 and (countries or officials) and compound_before(body, s_start, start):
        # 鳩山首相はオバマ大統領と日米首脳会談, A外相はB外相と日韓外相会談: the two people are the two countries
        return unique(found + [o for o in officials if not (o.entity_id or "").startswith("country:")])
    if found and countries and compound_before(body, s_start, start):
        # 日豪首脳会談 with only 岸田 named: the other country is a side too (the store drops
        # a country its own person already stands for)
        return unique(found + officials + [c for c in countries if c.role == "participant"])
    if sides and countries and not found and not officials:
        return unique(sides + countries)  # 米国と北朝鮮の協議: the side joined by と and the one glued to the word
    if officials and sides and not found and not countries:
        return unique(officials + sides)  # 米国の代表団は…北朝鮮と協議した: a delegation and the country it meets
    if len(people) == 1 and partner_governments and not officials and not countries:
        return unique(found + partner_governments)  # 谷川外務副大臣はパキスタン政府と協議する: a person meets a government
    return unique(found + officials or countries or (sides if len(unique(sides)) >= 2 else []))
