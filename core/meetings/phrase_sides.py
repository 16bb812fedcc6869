"""What one argument phrase of a meeting clause names (resolve_phrase): the entity standing in it; else, read from the
phrase's own words (their UniDic reading) and the article before it, the side its words name: the body its head noun
is (党, 社, 省, 県警, 事業者, 組合, 国 …; 東邦製作所), the town it ends on, a person's name with a title, a proper noun its
kind is set before (メーカー、京セラと), a group pointed back at (この応援団), a local government by its kind (道と, 市と),
a body's whole name written before (現代 for 現代(…)ユニコーンズ). The clause's arguments: core.meetings.arguments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.meetings.mention import Participant
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


def resolve_phrase(body: str, p_start: int, p_end: int, role: str, actors, places) -> Argument:
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
