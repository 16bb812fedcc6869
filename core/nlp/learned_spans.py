"""The tagger's spans as mentions of Kaidan's types, with the checks a learned span must pass."""

from __future__ import annotations

import re

from core.model import Mention
from core.nlp.bodies_and_sites import SITE_HEADS, SITE_KINDS
from core.nlp.compound_names import DISEASE_AFTER, DISEASE_HEADS, GENERIC_ACRONYMS
from core.nlp.linking import common_word, person_supported
from core.nlp.offices import office_after
from core.nlp.tagger import KAIDAN_TYPE
from core.nlp.tokens import Token, pos_positions
from core.registry import Registry

# Words that end a span the tagger drew too long: a title or an honorific is never part of a name.
_NOT_A_BODY = ("政府", "当局", "政権", "派", "訪問団", "代表団", "使節団", "調査団", "視察団")
_TRAILING = ("両", "氏", "さん", "様", "容疑者", "被告", "首相", "大統領", "外相", "長官", "議員", "総裁", "代表", "大臣", "知事",
             "市長", "社長", "会長", "監督", "親方", "オーナー", "GM", "調教師", "牧師", "教師", "医師", "講師", "技師", "師", "両エース", "エース")
# Heads that make the name before them a school or a company, whoever the tagger says it is (如水館高校).
_ORG_ENDINGS = ("高校", "高等学校", "中学校", "小学校", "学院", "学園", "大学", "製菓", "電鉄", "電鐵", "銀行", "証券",
                "工業", "商事", "電機", "新聞", "放送", "病院", "製作所", "気象台", "測候所", "市役所", "県庁", "警察署")
# A quantity after a place (宇都宮230.5ミリ, 熊谷275ミリ: a rainfall table) or a word for "near" is no part of its name.
# A count of games, wins or days at a span's end (3連戦, 2連勝, 4連敗, 3試合, 2回戦, 5日間, 2週間): what is counted
# names nothing, and a span read across one is no name the tagger can vouch for (3連戦, ヤクルト3連戦: the rules' and
# UniDic's readings stand there).
_COUNT_AT_END = re.compile(r"[\d〇一二三四五六七八九十百]+(?:連戦|連勝|連敗|連覇|連投|連休|試合|回戦|日間|週間|[かカヶケ]月間)$")
_QUANTITY_AFTER = re.compile(r"(?:\d[\d,.]*(?:ミリ|センチ|メートル|キロ|度|%|％|人|件|棟|戸|mm|cm|km)|近く|付近|周辺|沿い|沿岸|上空|一帯|沖合|近海)$")


# A part of a country or region named by its direction (パキスタン北東部, アフリカ西部): the place is named.
_DIRECTION_PART = re.compile(r"(?:[東西南北]{1,2}|中)部$")
_LEAD = re.compile(r"(?P<place>首都|州都|県都|省都|古都)・?|(?:プロ野球|プロサッカー|サッカー|Jリーグ|大リーグ)・?"
                   # the kind of body a name in katakana or letters is introduced by (環境保護団体グリーンピース,
                   # 地元局メトロ・テレビ, 英紙ガーディアン); 株式会社 is part of the name after it (株式会社ミクシィ)
                   r"|[\u4e00-\u9fff]{0,8}?(?:団体|組織|政党|企業|(?<!株式|有限|合同|合資|合名)会社|勢力|通信社|新聞社|放送局|局|紙|誌)"
                   r"・?(?=[\u30a1-\u30faA-Z][\u30a1-\u30faーA-Za-z0-9・&.\- ]+$)")
_EVENT_REST = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:事故|事件|災害|戦争|紛争|震災)")
_ORIGIN = ("生まれ", "出身", "在住", "育ち")
_RESIDENTS = ("都民", "道民", "府民", "県民", "市民", "区民", "町民", "村民", "州民", "国民")
# Digits alone (a person's age in brackets, 2010年度) name nothing.
_NUMBER = re.compile(r"[\d,.]+(?:年度?)?$")
# 両新聞, 各紙: a word that counts bodies already named, not a name.
_COUNTING = ("両", "各")
_LATIN = re.compile(r"[A-Za-z]")


# Honorifics written after a person's name alone: a span the tagger gave another class (有希ちゃん read as
# a product) is a person when a given name or a surname stands right before one.
_PERSON_HONORIFIC_END = re.compile(r"(?:ちゃん|くん|さん|氏)$")
# Written before an office (在日ペルー大使, 駐米日本大使): where the post is, no part of the name before it.
# Heads of a public body's name written as a word of their own after its field (…交通|局, …港湾|公社).
_BODY_HEADS = ("局", "庁", "公社", "公団", "機構", "委員会", "協会", "事業団", "組織")
# A title in brackets (｢モンローちゃん｣, a song) is a work, whoever it names.
_TITLE_OPEN = re.compile(r"[「『｢〈《\"“]")
# After a city and a club in katakana: one of its players or staff (コロラド・ロッキーズの松井稼頭央選手), or a match.
_CLUB_AFTER = re.compile(r"の[^。、\n]{1,12}?(?:選手|投手|捕手|内野手|外野手|監督|コーチ|オーナー)|戦|所属|入団|入り")
_POSTED_IN = re.compile(r"[在駐][\u4e00-\u9fff]")


# Classes Kaidan has no type for, whose names hold places that are not the place acting
# (大阪駅, 長崎造船所, 東海道新幹線): kept as containers, never as mentions.
_CONTAINERS = ("FACILITY", "PRODUCT")


# A Latin acronym (SSD, HDD) and what makes the text treat one as a thing rather than a body: a word of
# devices, formats or technology after it (HDD搭載, USB端子, LED照明), or a list with an acronym known to
# name a kind of thing (SSDとHDD, USBやLED).
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}")
_THING_AFTER = re.compile(r"(?:を|に|が)?(?:搭載|内蔵|対応|互換|接続|端子|ポート|ケーブル|ドライブ|メモリ|規格|方式|形式|"
                          r"フォーマット|照明|電球|チップ|機器|機能|端末|製品|技術|ソフト|ファイル|容量|化(?![学石粧])|型(?![\u4e00-\u9fff]))")
_LIST_JOINER = re.compile(r"と|や|、|・|および|及び|または|か")


def _a_thing(folded: str, acronym: str, registry: Registry) -> bool:
    """Whether the text treats the acronym as a kind of thing at one of its occurrences and the registry
    knows no body by it."""
    if registry.named(acronym) is not None:
        return False
    position = folded.find(acronym)
    while position >= 0:
        end = position + len(acronym)
        if not _LATIN.match(folded, end) and (position == 0 or not _LATIN.match(folded, position - 1)):
            if _THING_AFTER.match(folded, end):
                return True
            joiner = _LIST_JOINER.match(folded, end)
            if joiner and (other := _ACRONYM.match(folded, joiner.end())) and other.group() in GENERIC_ACRONYMS:
                return True  # SSDとHDD: listed with a known kind of thing
            before = [other for other in _ACRONYM.finditer(folded, max(0, position - 12), position)
                      if _LIST_JOINER.fullmatch(folded, other.end(), position)]
            if before and before[-1].group() in GENERIC_ACRONYMS:
                return True  # SSDとHDD: the second of the list
        position = folded.find(acronym, end)
    return False


def tagger_mentions(folded: str, tokens: list[Token], index_at: dict, registry: Registry, tagger,
                    containers: list | None = None) -> list[Mention]:
    """Mentions for the tagger's spans over tokens; facility and product names go to containers."""
    out = []
    names_read: set[str] | None = None  # the surfaces UniDic reads as names, gathered once when first asked
    for start, end, label, confidence in _split_at_versus(folded, tokens, index_at,
                                                         tagger.tag(tokens, folded, registry=registry)):
        kind = KAIDAN_TYPE.get(label)
        if kind is None and (honorific := _PERSON_HONORIFIC_END.search(folded, start, end)) and \
                _names_a_person(tokens, index_at, start, honorific.start(), whole=True) and \
                not _TITLE_OPEN.match(folded, start - 1 if start else 0):
            kind = "PERSON"  # the honorific is trimmed with the others' (core.nlp.name_parts)
        if kind is None:
            if containers is not None and label in _CONTAINERS:
                containers.append(Mention(start, end, "", label, source="tagger", confidence=confidence))
            continue
        surface = folded[start:end]
        if kind != "PERSON" and "・" in surface and (parts := _places_joined(folded, tokens, index_at, registry, start, end)):
            out += [Mention(a, b, "", t, i, source="tagger", confidence=confidence) for a, b, t, i in parts]
            continue  # 神奈川・平塚, ニューヨーク・共同: a place and the place in it, or a dateline, not one name
        if (kind == "PERSON" or surface in SITE_KINDS) and SITE_HEADS.match(folded, end):
            continue  # ハブ|空港, 国立|公園: a word glued to a site's head is the kind of site, the site's name is the rules'
        if kind in ("PERSON", "ORG") and (office := _office_at_end(folded, index_at, start, end)) and \
                (_names_a_person(tokens, index_at, start, office) or _foreign_name(folded, tokens, index_at, start, office)):
            end, surface, kind = office, folded[start:office], "PERSON"  # ルイス・マキャベロ|在日ペルー大使: the post is no part
        if kind != "PERSON" and (surname := _surname_at_end(folded, tokens, index_at, start, end)):
            # グリー|田中社長, トヨタ|豊田会長: a company and the surname of its head before the title
            out.append(Mention(start, surname, "", kind, source="tagger", confidence=confidence))
            start, surface, kind = surname, folded[surname:end], "PERSON"
        lead = _LEAD.match(surface)
        if lead and lead.end() < len(surface):
            # 州都バンダ・アチェ, プロ野球埼玉西武ライオンズ: the kind of place or of club is no part of the name
            start += lead.end()
            surface = surface[lead.end():]
            kind = "LOC" if lead["place"] else "ORG"
        if kind in ("LOC", "GPE", "ORG") and (head := _body_head_after(tokens, index_at, start, end)):
            end, kind = head, "ORG"  # ニューヨーク州都市圏交通|局: a body's name runs to its head
            surface = folded[start:end]
        if kind == "EVENT" and (rest := _EVENT_REST.match(folded, end)):
            end = rest.end()  # 福島第一原子力|発電所事故: the event's name runs to its head
            surface = folded[start:end]
        if surface.endswith(_TRAILING):
            for word in _TRAILING:
                if surface.endswith(word) and len(surface) > len(word):
                    end -= len(word)
                    surface = surface[: -len(word)]
                    break
        if kind != "PERSON" and _COUNT_AT_END.search(surface):
            continue
        if (quantity := _QUANTITY_AFTER.search(surface)) and quantity.start() > 0:
            end -= len(surface) - quantity.start()
            surface = surface[: quantity.start()]
            place = _place_run(folded, tokens, index_at, registry, start, end)
            kind = place[0] if place else kind  # 水戸164ミリ: the place the figure is given for
            if not place and kind == "ORG" and not quantity.group()[0].isdigit():
                kind = "LOC"  # アムール川沿い, 小笠原近海: what lies along, above or near a name is a place
        if kind in ("PERSON", "LOC") and surface.endswith(_ORG_ENDINGS) and "、" not in surface and not any(len(surface) <= len(e) for e in _ORG_ENDINGS
                                                                             if surface.endswith(e)):
            kind = "ORG"
        if kind == "ORG" and len(surface) > 2 and surface.endswith("社") and "\u30a1" <= surface[-2] <= "\u30fc":
            end -= 1  # グッドウィル社: a company written in katakana is named without 社
            surface = surface[:-1]
        if kind == "PERSON" and common_word(tokens, index_at, start, end, whole=False):
            continue  # 鳥インフルエンザ, トリインフルエンザウィルス: a class of things is no one
        if kind == "PERSON" and _counts_a_thing(tokens, index_at, start, end):
            continue  # サヨナラ2ラン, 3ランHR, 2打席連続弾: a count of plays is no one (ラムセス2世 is)
        if kind == "ORG" and surface.endswith(_NOT_A_BODY):
            continue  # ハイチ暫定政府, レバノン司法当局: the country acting, not a named body
        if _NUMBER.match(surface) or (surface.startswith(_COUNTING) and kind != "PERSON") or surface in GENERIC_ACRONYMS:
            continue
        if kind == "ORG" and _ACRONYM.fullmatch(surface) and _a_thing(folded, surface, registry):
            continue  # SSD, HDD, USB: a thing the text names by its letters, not a body that acts
        if start and _LATIN.match(folded, start - 1) and _LATIN.match(folded, start) \
                or _LATIN.match(folded, end - 1) and _LATIN.match(folded, end):
            continue  # "TR|OPICAL STORM", HUR|RICANE: letters cut out of a longer Latin word are no name
        if (kind in ("LOC", "GPE") and DISEASE_AFTER.match(folded, end)) or \
                (kind != "PERSON" and surface.endswith(DISEASE_HEADS) and len(surface) > 4):
            continue  # エボラ出血熱, ジカ熱, 西ナイルウイルス: a disease or a virus named after a place is neither
        if kind != "PERSON" and surface.endswith("勢") and len(surface) > 1:
            # 日本勢, 韓国勢: a country's athletes or firms as a group name the country, as a national team does
            place = _place(folded, registry, start, end - 1)
            if place is not None and place.type == "GPE":
                out.append(Mention(start, end - 1, "", "GPE", place.id, source="tagger", confidence=confidence))
            if place is not None:
                continue
        if kind != "PERSON" and surface.endswith(_ORIGIN) and len(surface) > 3:
            # マニラ生まれ, 大阪出身: the place one was born in or comes from, not a body
            stop = end - next(len(w) for w in _ORIGIN if surface.endswith(w))
            place = _place(folded, registry, start, stop)
            out.append(Mention(start, stop, "", place.type if place else "LOC", place.id if place else None,
                               source="tagger", confidence=confidence))
            continue
        if kind != "PERSON" and surface.endswith(_RESIDENTS) and len(surface) > 2:
            # 東京都民, 大阪府民, 日本国民: the people of a place name the place
            stop = end - (2 if surface.endswith("国民") else 1)
            place = _place(folded, registry, start, stop)
            if place is None and surface[-2] not in "都道府県市区町村州":
                continue
            out.append(Mention(start, stop, "", place.type if place else "LOC", place.id if place else None,
                               source="tagger", confidence=confidence))
            continue
        if kind != "PERSON" and (_DIRECTION_PART.fullmatch(surface) or surface == "中央部"):
            continue  # a part of a place named by its direction alone
        if kind in ("ORG", "EVENT") and (of := surface.find("の")) > 0 and _place(folded, registry, start, start + of):
            continue  # 日本の国会: the country and its body, each found on its own
        if kind != "PERSON" and (part := _DIRECTION_PART.search(surface)):
            place = _place(folded, registry, start, start + part.start())
            if place is not None:
                out.append(Mention(start, start + part.start(), "", place.type, place.id, source="tagger",
                                   confidence=confidence))
                continue
            if part.start() >= 3 and surface[: part.start()].endswith(_UNITS_OF_LAND):
                out.append(Mention(start, start + part.start(), "", "LOC", source="tagger", confidence=confidence))
                continue  # ジャワ島中部, 伊豆半島南部: the island or the province, named whole
        if not surface.strip() or (len(surface) == 1 and kind != "PERSON"):
            continue
        if (surface[0].isascii() and surface[0].islower()) or _a_phrase(surface) or \
                not _holds_a_name(tokens, index_at, start, end, strict=kind == "EVENT"):
            continue
        entity_id = None
        known = registry.named(folded[start:end])
        if known:
            entity = registry.entities.get(known[0])
            if entity is not None:
                entity_id = entity.id
                if kind == "LOC" or entity.type in ("GPE", "LOC"):
                    kind = entity.type if entity.type in ("GPE", "LOC") else kind
        if kind == "PERSON" and entity_id is None and (place := _place_word(tokens, index_at, start, end)) and \
                surface not in (names_read := _read_as_names(tokens) if names_read is None else names_read) and \
                not person_supported(folded, surface, Mention(start, end, "", kind, source="tagger"), tokens, index_at):
            kind = place  # 作新学院(栃木), 宮古、八重山: a place name with no sign of a person anywhere in the article
        if kind == "LOC" and entity_id is None:
            index = index_at.get(start)
            if index is not None and tokens[index].end == end and ",地名,国," in tokens[index].pos:
                kind = "GPE"
        out.append(Mention(start, end, "", kind, entity_id, source="tagger", confidence=confidence))
    return _clubs_joined(folded, registry, out)


def _split_at_versus(folded: str, tokens: list[Token], index_at: dict, spans):
    """The tagger's spans, each cut in two at a 対 of its own between two names (福岡ソフトバンク|対|西武, 広島|対|東北楽天):
    a match or a contest between two sides, each named on its own. 対 inside a word (対策, 対抗) is another token; a
    score (2対1) names no side; a match the tagger reads as an event (鹿島対川崎F戦) stays whole."""
    for start, end, label, confidence in spans:
        at = folded.find("対", start + 1, end - 1) if KAIDAN_TYPE.get(label) == "ORG" and "対" in folded[start:end] else -1
        index = index_at.get(at) if at > 0 else None
        if index is None or tokens[index].end != at + 1 or not index or index + 1 >= len(tokens) \
                or not tokens[index - 1].pos.startswith(("名詞", "接尾辞")) or not tokens[index + 1].pos.startswith("名詞") \
                or tokens[index - 1].pos.startswith("名詞,数詞") or tokens[index + 1].pos.startswith("名詞,数詞"):
            yield start, end, label, confidence
            continue
        yield start, at, label, confidence
        yield at + 1, end, label, confidence


_KATAKANA_WORD = re.compile(r"[\u30a1-\u30faー]{2,}")


def _clubs_joined(folded: str, registry: Registry, mentions: list[Mention]) -> list[Mention]:
    """A place in katakana, ・ and a katakana word no registry place, both read as places, before a player of
    theirs or a match, are one club named after its city (コロラド・ロッキーズの松井稼頭央選手); a country and
    its city stay two (イタリア・トリノ), as do two places elsewhere (ニューヨーク・クーパーズタウンの野球殿堂)."""
    out: list[Mention] = []
    for mention in mentions:
        before = out[-1] if out else None
        if before is not None and before.type == "LOC" and mention.type in ("GPE", "LOC") \
                and mention.start == before.end + 1 and folded[before.end] == "・" \
                and _KATAKANA_WORD.fullmatch(folded, before.start, before.end) \
                and _KATAKANA_WORD.fullmatch(folded, mention.start, mention.end) \
                and mention.entity_id is None and _place(folded, registry, mention.start, mention.end) is None \
                and _CLUB_AFTER.match(folded, mention.end):
            out[-1] = Mention(before.start, mention.end, "", "ORG", source="tagger",
                              confidence=min(before.confidence or 0.0, mention.confidence or 0.0))
            continue
        out.append(mention)
    return out


def _names_a_person(tokens: list[Token], index_at: dict, start: int, end: int, whole: bool = False) -> bool:
    """Whether the tokens from start to end read as a person's name: whole tokens, one of them a name UniDic
    knows (whole: all of them, so クレヨンしん|ちゃん, a title, is none)."""
    index = index_at.get(start)
    if index is None or end - start < 2:
        return False
    named = False
    while index < len(tokens) and tokens[index].end <= end:
        if whole and ",人名," not in tokens[index].pos:
            return False
        named = named or ",人名," in tokens[index].pos
        if tokens[index].end == end:
            return named
        index += 1
    return False


# Titles of the head of a company or a body, after their surname (…田中社長).
_HEAD_AFTER = re.compile(r"(?:前|元|新|現)?(?:社長|副社長|会長|副会長|頭取|専務|常務|理事長|最高経営責任者|CEO)")


def _surname_at_end(folded: str, tokens: list[Token], index_at: dict, start: int, end: int) -> int | None:
    """Where a surname that ends a span begins when a title follows the span and a word that is no name
    comes before the surname (グリー|田中|社長): the span is a body and its head's surname, not one name."""
    if not (_HEAD_AFTER.match(folded, end) or office_after(folded, end)):
        return None
    index = index_at.get(start)
    if index is None:
        return None
    while index + 1 < len(tokens) and tokens[index + 1].end <= end:
        index += 1
    last, before = tokens[index], tokens[index - 1] if index else None
    if last.end != end or ",人名,姓" not in last.pos or before is None or before.end != last.start \
            or last.start - start < 2 or ",人名," in before.pos or ",地名," in before.pos:
        return None
    return last.start


_KATAKANA_NAME = re.compile(r"[\u30a1-\u30faー]{2,}(?:・[\u30a1-\u30faー]{2,})*")


def _foreign_name(folded: str, tokens: list[Token], index_at: dict, start: int, end: int) -> bool:
    """Whether a katakana run of whole tokens reads as a foreign name before a title (ダクラッラー|情報相): one
    of its words is unknown to UniDic or a proper noun, and none is a place (アフリカ|連合委員長 is a body)."""
    index = index_at.get(start)
    if index is None or not _KATAKANA_NAME.fullmatch(folded, start, end):
        return False
    inside = []
    while index < len(tokens) and tokens[index].end <= end:
        inside.append(tokens[index])
        index += 1
    if not inside or inside[-1].end != end or any(",地名," in t.pos for t in inside):
        return False
    return any(t.unknown or ",固有名詞," in t.pos for t in inside)


def _body_head_after(tokens: list[Token], index_at: dict, start: int, end: int) -> int | None:
    """Where a body's name ends when the span stops at a common noun right before a body's head (…交通|局)."""
    index = index_at.get(start)
    if index is None:
        return None
    while index + 1 < len(tokens) and tokens[index + 1].end <= end:
        index += 1
    last = tokens[index]
    if last.end != end or index + 1 >= len(tokens) or ",普通名詞," not in last.pos or last.start == start:
        return None
    head = tokens[index + 1]
    return head.end if head.start == end and head.surface in _BODY_HEADS else None


def _office_at_end(folded: str, index_at: dict, start: int, end: int) -> int | None:
    """Where an office that ends the span begins (…|在日ペルー大使, …|国連事務総長), after two characters at least."""
    for position in range(start + 2, end - 1):
        if position not in index_at:
            continue
        posted = _POSTED_IN.match(folded, position)
        found = office_after(folded, posted.end() if posted else position)
        if found is not None and found.end() == end:
            return position
    return None


def _place_word(tokens: list[Token], index_at: dict, start: int, end: int) -> str | None:
    """GPE or LOC when folded[start:end] is one word UniDic knows as a place name only (not also a surname)."""
    index = index_at.get(start)
    if index is None or tokens[index].end != end or ",固有名詞,地名," not in tokens[index].pos:
        return None
    return "GPE" if ",地名,国," in tokens[index].pos else "LOC"


_AGENCIES = ("共同", "時事")
# Words that end the name of a piece of land or a region's unit (ジャワ島, 伊豆半島, シンド州).
_UNITS_OF_LAND = ("島", "諸島", "半島", "列島", "州", "県", "省", "地方", "地域")


def _places_joined(folded: str, tokens: list[Token], index_at: dict, registry: Registry, start: int, end: int):
    """(start, end, type, id) of the two parts of a span that is two places joined by ・ (a prefecture and its
    town: 鹿児島・鹿屋), or a place and a news agency (a dateline: ニューヨーク・共同); None otherwise."""
    middle = folded.find("・", start, end)
    if middle < 0 or folded.find("・", middle + 1, end) >= 0:
        return None
    left = _place_run(folded, tokens, index_at, registry, start, middle)
    if left is None:
        return None
    if folded[middle + 1 : end] in _AGENCIES:
        return [(start, middle, *left), (middle + 1, end, "ORG", None)]
    if not any("\u4e00" <= c <= "\u9fff" for c in folded[middle + 1 : end]):
        return None  # コロラド・ロッキーズ: katakana joined by ・ is a club's or a person's name
    right = _place_run(folded, tokens, index_at, registry, middle + 1, end)
    return [(start, middle, *left), (middle + 1, end, *right)] if right else None


def _place_run(folded: str, tokens: list[Token], index_at: dict, registry: Registry, start: int, end: int):
    """(type, id) when folded[start:end] is a place: a registry place, or words UniDic knows as place names only."""
    place = _place(folded, registry, start, end)
    if place is not None:
        return place.type, place.id
    index = index_at.get(start)
    kind = None
    while index is not None and index < len(tokens) and tokens[index].start < end:
        token = tokens[index]
        if token.end > end or ",固有名詞,地名," not in token.pos:
            return None
        kind = "GPE" if ",地名,国," in token.pos and kind is None else "LOC"
        index += 1
    return (kind, None) if kind else None


def _read_as_names(tokens: list[Token]) -> set[str]:
    """The words UniDic reads as a person's name somewhere in the article (難波祐樹 … 難波は4位): a name
    itself, or a word a name follows without a gap. One pass over the article, looked up per span."""
    named = pos_positions(tokens, ",人名,")  # the few name tokens, picked in C
    out = {tokens[index].surface for index in named}
    out.update(tokens[index - 1].surface for index in named if index and tokens[index - 1].end == tokens[index].start)
    return out


def _place(folded: str, registry: Registry, start: int, end: int):
    """The country or place the registry names with exactly folded[start:end], if any."""
    for stop, ids in registry.longest_matches(folded, start):
        if stop == end:
            return next((registry.entities[i] for i in ids
                         if i in registry.entities and registry.entities[i].type in ("GPE", "LOC")), None)
    return None


# Counters a name is numbered by (ラムセス2世, 22代竹縄親方, 3代目): a ruler's or a house's succession.
_SUCCESSION = frozenset(("世", "代", "代目", "目"))


def _counts_a_thing(tokens: list[Token], index_at: dict, start: int, end: int) -> bool:
    """Whether a digit in the span counts a thing: a number in digits followed by a common noun (2|ラン,
    2|打席, 1|号) that is no counter of succession. A person's name holds no such count."""
    index = index_at.get(start)
    if index is None:
        return False
    while index + 1 < len(tokens) and tokens[index + 1].end <= end:
        token, after = tokens[index], tokens[index + 1]
        if token.pos.startswith("名詞,数詞") and token.surface[:1].isdigit() and \
                after.pos.startswith("名詞,普通名詞") and after.surface not in _SUCCESSION:
            return True
        index += 1
    return False


def _a_phrase(surface: str) -> bool:
    """Latin words most of which begin in lower case are a phrase (I would say yes), not a name (Bank of Japan)."""
    if not surface.isascii():
        return False  # most spans are Japanese: not split into words
    words = surface.split()
    if len(words) < 2:
        return False
    lower = sum(word[0].islower() for word in words)
    return lower > len(words) - lower


def _holds_a_name(tokens: list[Token], index_at: dict, start: int, end: int, strict: bool = False) -> bool:
    """A learned span needs a proper noun, an unknown word, katakana, Latin or digits in it (貿易戦争 has none).

    strict (events): a proper noun, Latin or digits; katakana alone is a common word (反政府デモ).
    """
    index = index_at.get(start)
    while index is not None and index < len(tokens) and tokens[index].start < end:
        token = tokens[index]
        first = token.surface[0]
        if ",固有名詞," in token.pos or first.isascii():
            return True
        if not strict and (token.unknown or "\u30a1" <= first <= "\u30fa"):
            return True
        index += 1
    return False
