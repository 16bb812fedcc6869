"""The meeting clause's arguments, read once (read_arguments): the は/が subject and the と/との/とも partners of the
meeting word, each resolved to the entity standing in it, else to the words themselves when they name a side: the
body its head noun is (党, 社, 省, 県警, 事業者, 組合, 国 …; 東邦製作所), the town it ends on, a person's name with a
title, a proper noun its kind is set before (メーカー、京セラと), a group pointed back at (この応援団). 国は…居住者との
協議に入る: 国 takes part; 鉄道事業者と…会議: the railway companies do. A side so read has no entity (but 国 alone, the
Japanese state): the proposal is kept, and less sure. The same reading tells a partner named only by what it is (関係者
との協議: the subject's alone) and a side named inside the group met (陸連を含む関係者と).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.clauses.phrases import phrases
from core.meetings.mention import MeetingMention, Participant
from core.meetings.people import name_of
from core.meetings.triggers import TRIGGER
from core.nlp.tokens import tokenize

# The heads of a body's name: a party, a company, a ministry, a police force, a union, a league, a town, the
# state (国 alone); never a person's word (関係者, 住民, 家族) nor a thing (問題, 制度)
_BODY_HEAD = re.compile(r"(?:政党|党|会社|社|省|庁|政府|当局|政権|軍|県警|府警|道警|警察|事業者|業者|組合|労組|連盟|協会|連合会|"
                        r"連合|団|委員会|協議会|機構|財団|法人|企業|銀行|球団|リーグ|教団|大学|自治体|ミュージアム|博物館|美術館|"
                        r"^国|側)$")
# a company's name by the word it ends on, after at least one letter of its own (東邦製作所, 武田製薬, 三菱商事,
# 阪急電鉄, 日本航空; 鉄道 alone, 商事 alone: no name)
_COMPANY_HEAD = re.compile(r".(?:製作所|工業|製薬|商事|物産|電機|電工|電鉄|建設|証券|ホールディングス|グループ|重工業?|"
                           r"鉄道|航空|電力|放送|興業|製紙|化学|商会|工務店)$")
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
    return text if (_BODY_HEAD.search(text) or _COMPANY_HEAD.search(text)) and not _ANY_COMPANY.search(text) \
        and text not in _BARE_KINDS else None


# オーナー側とも協議: a partner joined by とも right before the meeting word (no phrase of the reader: と then も)
_ALSO_PARTNER = re.compile(r"([^ぁ-ゖ、。「」『』()（）\s]+)とも$")


def _partners(body: str, cut, begin: int, start: int) -> list[tuple[int, int]]:
    """Where the clause's と-phrases stand: …と, …との, and …とも right before the meeting word."""
    spans = [(p.start, p.end) for p in cut if p.group == "partner" and p.particle in _PARTNER_PARTICLES]
    also = _ALSO_PARTNER.search(body, begin, start)
    if also is not None:
        spans.append(also.span(1))
    return spans


@dataclass(slots=True)
class Argument:
    """One argument of the meeting clause: its phrase, its role (subject or partner) and the side it names."""
    start: int
    end: int
    role: str  # "subject" or "partner"
    side: Participant | None = None  # what the phrase names, when it names a side
    entity: bool = False  # an entity mention stands in the phrase: the entity layer's side
    named: bool = False  # the side is a name (a place, a proper noun, a person with a title), not only a kind
    unnamed: bool = False  # a party the text names only by what it is (関係者, 居住者, 労働組合): no side of its own
    included: Participant | None = None  # a side named inside the group met (陸連を含む関係者と)


# a run of nouns UniDic reads, ending the phrase: a proper name when its last word is a proper noun
# (京セラ, ナムコ) or its words hold one before a body's head (横浜カレーミュージアム)
_PROPER = "名詞,固有名詞"
_PERSON_NAME = "名詞,固有名詞,人名"
# the words a person's name is written with before the particle (金子真人オーナー, 池江調教師, 田中社長)
_PERSON_TITLE = re.compile(r"(?:氏|さん|オーナー|社長|会長|理事長|代表|監督|調教師|騎手|選手|委員長|部長|局長|市長|"
                           r"知事|町長|村長|区長|議長|議員|弁護士|教授|総裁|頭取|専務|常務|代表取締役)$")
# 京都市の精密機械メーカー、京セラと: a kind of body set before the name by a comma (the name is a body's)
_APPOSED_KIND = re.compile(r"(?:メーカー|会社|企業|大手|チェーン|銀行|証券|商社|ゼネコン|球団|クラブ|団体|法人|"
                           r"事務所|プロダクション|ミュージアム|博物館|美術館)、$")


def _proper_name(body: str, p_start: int, p_end: int) -> tuple[str, bool] | None:
    """(the name, whether a person's) the phrase ends on when UniDic reads a name there: a proper noun no
    entity holds (京セラ, ナムコ; 社 after it: its company), or a person's name shape (姓, 名) with a title
    (金子真人オーナー). None for a common word, a place alone, or a name cut by kana."""
    found = _TRAILING_NOUNS.search(body, p_start, p_end)
    if found is None or _POINTING.search(body, p_start, found.start()):
        return None
    text = _OPENING_ADVERB.sub("", found.group(0).strip("「」『』"))
    text = text.removesuffix("社") if len(text) > 3 else text
    if not 2 <= len(text) <= 16 or _REFERRING.match(text) or TRIGGER.search(text):
        return None
    words = list(tokenize(text))
    if not words or any(not w.pos.startswith(("名詞", "接尾辞")) or w.unknown and not re.fullmatch(
            r"[\u30a1-\u30faー・A-Za-z]+", w.surface) for w in words):
        return None
    if words[0].pos.startswith(_PERSON_NAME) and "姓" in words[0].pos.split(",")[3:4]:
        rest = text[len(words[0].surface):]
        given = words[1] if len(words) > 1 and words[1].pos.startswith(_PERSON_NAME) else None
        rest = rest[len(given.surface):] if given is not None else rest
        title = _PERSON_TITLE.fullmatch(rest) if rest else None
        return (text[: len(text) - len(rest)], True) if title is not None else None
    last = words[-1]
    if last.pos.startswith(_PROPER) and not last.pos.startswith((_PERSON_NAME, "名詞,固有名詞,地名")) \
            and len(words) == 1 and len(text) >= 3:
        return text, False  # 京セラ, ナムコ: one proper noun, a body's name (a country's is the entity layer's)
    return None


# この応援団, その教団のメンバー, 同団体関係者: a group pointed back at by its kind (its people stand for it)
_GROUP_KINDS = r"(?:応援団|サポーターグループ|グループ|団体|教団|宗派|一派|組織|団|派|会|クラブ|チーム|サークル)"
_POINTED_GROUP = re.compile(r"(?:この|その|同)(?P<kind>" + _GROUP_KINDS + r")(?:の?(?:メンバー|幹部|代表|関係者)(?:ら)?)?$")
# how a group is first named: 「BBsezTOKYO」というサポーターグループ, 一派「エクスクルーシブ・ブレズレン」
_GROUP_NAMED = re.compile(r"「(?P<a>[^「」、。]{2,24})」という[^、。「」]{0,10}?" + _GROUP_KINDS
                          + r"|" + _GROUP_KINDS + r"「(?P<b>[^「」、。]{2,24})」")
# how far back the group's naming may stand
_GROUP_REACH = 1500


def _group_pointed_at(body: str, p_start: int, p_end: int) -> Participant | None:
    """The group a phrase points back at by its kind (またこの応援団は, この教団のメンバーと): the last group the text
    named in quotes before it (「…」という…グループ, 一派「…」); None when it named none."""
    pointed = _POINTED_GROUP.search(body, p_start, p_end)
    if pointed is None:
        return None
    named = None
    for named in _GROUP_NAMED.finditer(body, max(0, p_start - _GROUP_REACH), pointed.start()):
        pass
    return Participant(named["a"] or named["b"]) if named is not None else None


# 現代(ヒョンデ)ユニコーンズ … KTは現代と交渉: a body's name written whole before, then by its first word alone (a
# word in kanji, the name going on in katakana: サポーターと is no サポーターミーティング)
_SHORT_WORD = re.compile(r"[\u4e00-\u9fff]{2,4}")
_REST_OF_NAME = r"(?:[(（][^()（）。]{1,20}[)）])?(?P<rest>[\u30a1-\u30faー・]{3,12})(?![\u30a1-\u30faー・])"


def _whole_name_before(body: str, p_start: int, p_end: int) -> Participant | None:
    """The whole name a partner's word opens, written before in the article (現代 for 現代(…)ユニコーンズ): the last
    such name, its first word then katakana (an aside in brackets between)."""
    if not _SHORT_WORD.fullmatch(body, p_start, p_end):
        return None
    word, last = body[p_start:p_end], None
    pattern = r"(?<![\u4e00-\u9fff\u30a1-\u30faー])" + re.escape(word) + _REST_OF_NAME
    for last in re.finditer(pattern, body[max(0, p_start - _GROUP_REACH) : p_start]):
        pass
    return Participant(word + last["rest"]) if last is not None else None


# 道とロシア側が洋上会談, 市とJR西日本が協議, 県は…と協議する: a local government written by its kind alone, as local
# news writes its own (道 is Hokkaido, 都 Tokyo; 府, 県, 市, 町, 村 the one of that kind the article named last)
_LOCAL_KINDS = "道都府県市町村"
_LOCAL_NAME = {kind: re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,4}?" + kind + r"(?![\u4e00-\u9fff])")
               for kind in _LOCAL_KINDS}
_NOT_LOCAL = re.compile(r"^(?:同|両|各|当|本|都|市|県|府|町|村)|都市$")  # (同市, 両県, 各府, 都市: no one place)


def _local_government(body: str, p_start: int, p_end: int) -> Participant | None:
    """The local government a phrase names by its kind alone (道と, 市と, 県は): the last place of that kind named
    before it in the article; None when the phrase is longer or none was named."""
    found = _TRAILING_NOUNS.search(body, p_start, p_end)
    kind = found.group(0) if found is not None else ""
    if len(kind) != 1 or kind not in _LOCAL_KINDS:
        return None
    named = None
    for m in _LOCAL_NAME[kind].finditer(body, max(0, p_start - _GROUP_REACH), found.start()):
        if not _NOT_LOCAL.search(m.group(0)):
            named = m.group(0)
    return Participant(named) if named is not None else None


def _resolve(body: str, p_start: int, p_end: int, role: str, actors, places) -> Argument:
    """What one argument names: the entity standing in it; else the town it ends on, a name UniDic reads there (a
    proper noun a kind of body is apposed to, a person with a title), or the body its head noun is."""
    argument = Argument(p_start, p_end, role)
    entity = next((m for m in actors if p_start <= m.start < p_end), None)
    if entity is not None:
        argument.entity, argument.named = True, True
        argument.side = Participant(body[entity.start : entity.end], getattr(entity, "entity_id", None))
        return argument
    place = next((m for m in places if p_start <= m.start and m.end == p_end), None)
    if place is not None:
        if not _POINTING.search(body, p_start, place.start):
            argument.side, argument.named = Participant(place.text, place.entity_id), True
        return argument
    group = _group_pointed_at(body, p_start, p_end) or _local_government(body, p_start, p_end)
    if group is not None:
        argument.side, argument.named = group, True
        return argument
    if body[p_end - 1 : p_end] in "」』" and body.find("「" if body[p_end - 1] == "」" else "『", p_start, p_end) >= 0:
        p_start, p_end = body.rfind("「" if body[p_end - 1] == "」" else "『", p_start, p_end) + 1, p_end - 1
    head = _head(body, p_start, p_end)  # (「横浜カレーミュージアム」が: the name inside its quotes)
    if head is not None:
        argument.side = Participant(head, _THE_STATE[1] if head == _THE_STATE[0] else None)
        argument.named = head != _THE_STATE[0] and (bool(_COMPANY_HEAD.search(head))  # 東邦製作所: a name
                                                     or any(w.pos.startswith(_PROPER) for w in tokenize(head)))
        return argument
    whole = _whole_name_before(body, p_start, p_end) if role == "partner" else None
    if whole is not None:
        argument.side, argument.named = whole, True
        return argument
    name = _proper_name(body, p_start, p_end)
    if name is not None and (name[1] or role == "partner" and _APPOSED_KIND.search(body, max(0, p_start - 12), p_start)):
        argument.side, argument.named = Participant(name[0]), True  # (a bare proper noun only after its kind)
    return argument


# a partner the text names only by what it is (関係者との協議が不調, 居住者との協議に入る, 労働組合と交渉)
_UNNAMED_PARTY = re.compile(r"(?:関係者|関係団体|関係機関|居住者|地権者|債権者|労働組合|労組|組合|業者|事業者|加盟店|株主|取引先)"
                            r"(?:ら|側|など)?$")
# 陸連を含む関係者と, 経産省をはじめとする関係省庁との: the words between a side named inside a group and the group
_INCLUDING = re.compile(r"(?:を含む|を含めた|をはじめ(?:とする)?|など(?:の)?)[^、。と「」]{0,8}?")


def _included(body: str, p_start: int, p_end: int, actors) -> Participant | None:
    """The person, body or country named inside the group a partner phrase ends on (陸連を含む関係者と: 陸連)."""
    for m in actors:
        if m.type in ("ORG", "GPE", "PERSON") and p_start - 6 <= m.end <= p_start + 8 and m.end < p_end \
                and _INCLUDING.fullmatch(body, m.end, p_end):
            return Participant(name_of(body, m), m.entity_id)
    return None


def read_arguments(body: str, begin: int, start: int, actors, places=()) -> tuple[Argument | None, list[Argument]]:
    """The meeting clause's arguments in [begin, start), read once: its は/が subject and its と/との/とも partners,
    each resolved to the side it names (a partner named only by what it is marked unnamed; a side named inside
    the group met kept as included)."""
    opened = body[begin : begin + 1]
    if opened in ("『", "「") and body.find("』" if opened == "『" else "」", begin, start) < 0:
        begin += 1  # 『…道とロシア側、洋上会談』: a cited headline or a quote the word stands in, read inside it
    cut = phrases(body, begin, start)
    subject = next((p for p in cut if p.group in _TOPIC_GROUPS and p.particle != "では"), None)
    partners = []
    for a, b in _partners(body, cut, begin, start):
        argument = _resolve(body, a, b, "partner", actors, places)
        argument.unnamed = _UNNAMED_PARTY.search(body, a, b) is not None
        argument.included = _included(body, a, b, actors)
        partners.append(argument)
    return (_resolve(body, subject.start, subject.end, "subject", actors, places) if subject else None), partners


def included_partner(body: str, mention: MeetingMention, actors, clause: int, start: int) -> None:
    """陸連を含む関係者と協議をする: the body named inside the group met, right before the meeting word, is a side
    (the group itself has no name)."""
    if len(mention.participants) >= 2:
        return
    _, partners = read_arguments(body, clause, start, actors)
    last = partners[-1] if partners else None
    if last is None or last.included is None or not _right_before(body, last, start):
        return
    if all((p.entity_id or p.name) != last.included.entity_id for p in mention.participants):
        mention.participants.append(last.included)


def _right_before(body: str, argument: Argument, start: int) -> bool:
    """Whether a partner's と or との stands right before the meeting word (関係者と協議, 関係者との協議)."""
    return body[argument.end : start] in ("と", "との")


def unnamed_partner_side(body: str, mention: MeetingMention, actors, places, clause: int, start: int) -> None:
    """東京都は、関係者との協議が不調に終わった: talks whose partner has no name are the subject's alone — a body, a
    country or a local government written as the clause's subject (は or が)."""
    if mention.participants:
        return
    sides = [m for m in actors + places if m.type in ("ORG", "GPE", "LOC")]
    subject, partners = read_arguments(body, clause, start, sorted(sides, key=lambda m: m.start))
    if subject is not None and subject.entity and any(a.unnamed for a in partners):
        named = next(m for m in sides if subject.start <= m.start < subject.end)
        mention.participants = [Participant(name_of(body, named), named.entity_id)]


# how far the lead of an article reaches: its first sentences, where a news story names whom it is about
_LEAD = 2


def article_topic(body: str, spans, all_actors) -> Participant | None:
    """Whom the article is about: the person, body or country its lead opens a sentence on (…によると、日本プロ野球・
    セントラル・リーグは…), as an entity mention ending its subject phrase, or a body's name no entity holds
    (「横浜カレーミュージアム」が); None when the lead has none."""
    for s_start, s_end in spans[:_LEAD]:
        subjects = [p for p in phrases(body, s_start, s_end) if p.group in _TOPIC_GROUPS and p.particle != "では"]
        # the subject set off by a comma is the sentence's (…カレーを売る店が並び、有名となった「…」が、): first
        for phrase in sorted(subjects, key=lambda p: not p.comma)[:1]:
            named = [m for m in all_actors.within(phrase.start, phrase.end) if m.end == phrase.end]
            if named:
                return Participant(body[named[-1].start : named[-1].end], named[-1].entity_id)
            argument = _resolve(body, phrase.start, phrase.end, "subject", (), ())
            if argument.side is not None and argument.named:
                return argument.side  # 「横浜カレーミュージアム」が…: a body no entity holds, named in the lead
    return None  # (a sentence's subject that names nobody: the lead's next sentence may)


# the kinds of meeting bodies hold with each other (a phone call is a person's)
_BODIES_TALK = ("talks", "negotiation_round")
# 交渉 always has a side across the table (協議 may be a body's own deliberation: 今後の対応を協議する)
_NEGOTIATION = re.compile(r"交渉$")
# A meeting word as its sentence's topic or subject (交渉は9月2日から行われる, 交渉では): the negotiation told, not
# one of the article's body that no clause names a side of.
_WORD_AS_TOPIC = re.compile(r"(?:は|が|も|では|でも)(?![\u3041-\u3096])")


def _topics_negotiation(body: str, mention: MeetingMention, subject, actors, start: int, topic) -> bool:
    """数時間、立ち退きのための交渉を行ったが: a negotiation told with no subject and no partner is held by the body the
    article is about (the other side unnamed: the body alone), never a person or a country carried so."""
    if mention.participants or subject is not None or mention.kind != "negotiation_round" or topic is None \
            or not _NEGOTIATION.search(body, max(0, start - 4), mention.end) or mention.cited \
            or _WORD_AS_TOPIC.match(body, mention.end):
        return False
    s_start = mention.sentence[0]
    if any(s_start <= m.start < start for m in actors) or "『" in body[s_start:start] or "「" in body[s_start:start] \
            or any(p.group in ("topic", "subject", "also") for p in phrases(body, s_start, start)):
        return False  # LTTE側も和平交渉に: a side the sentence names, not the article's; a title or a quote is its own
    other = topic()
    if other is None or _person_or_country(other):
        return False
    mention.participants = [Participant(other.name, other.entity_id)]
    return True


def _person_or_country(side: Participant) -> bool:
    """Whether a side is a person or a country (as the entity layer knows it), not a body."""
    return (side.entity_id or "").startswith(("person:", "found:PERSON:", "country:")) or bool(side.office)


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
    subject, partners = read_arguments(body, begin, start, actors, places)
    if not partners:
        return _topics_negotiation(body, mention, subject, actors, start, topic)
    # with a side the entity layer named, only a name is added (京セラと, a proper noun after its kind): a body told
    # by its kind alone beside a named side is an unnamed party (…交通局と労働組合との労使交渉: the authority alone)
    alone = not mention.participants
    read = [a for a in partners if a.side is not None and not a.entity and (alone or a.named)]
    first = subject if subject is not None and subject.side is not None and not subject.entity \
        and (alone or subject.named) else None
    if first is not None and (read or mention.participants or (first.side.entity_id or "").startswith("country:")):
        read.append(first)
    read = [a.side for a in sorted(read, key=lambda a: a.start)]  # in the order the text names them
    names = [p.name for p in mention.participants]
    added = False
    for side in read:
        if not any(side.name in n or n in side.name for n in names):
            mention.participants.append(side)
            names.append(side.name)
            added = True
    # a subject that names nobody (プレーオフ制度の仕組みなどは今後パ・リーグと協議): a thing, the side is carried;
    # a body's talks with no subject, the one side named its partner (…方針で、ナムコと協議している): the body the
    # article is about, never a person or a country (a person's meeting with no subject is the carried subject's or
    # nobody's: core.meetings.detect carries people)
    named = subject is not None and subject.side is not None
    partner_only = subject is None and len(mention.participants) == 1 and any(a.entity for a in partners) \
        and mention.kind in _BODIES_TALK and not _person_or_country(mention.participants[0])
    # 関係者との協議が不調で (no subject, the partner named only by what it is): the lead's body alone, as the
    # subject's alone when the clause has one (unnamed_partner_side)
    unnamed_only = not named and not mention.participants and mention.kind in _BODIES_TALK \
        and any(a.unnamed for a in partners) and all(a.side is None for a in partners)
    partner_only = partner_only or unnamed_only
    if (added or partner_only) and not named and len(mention.participants) < 2:
        other = carried if carried is not None else topic() if topic is not None else None
        other = None if partner_only and not added and other is not None and _person_or_country(other) else other
        if other is not None and not any(_same_body(other.name, n) for n in names):
            mention.participants.insert(0, Participant(other.name, other.entity_id))
            added = True
    return added
