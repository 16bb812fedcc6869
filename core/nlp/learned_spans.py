"""The tagger's spans as mentions of Kaidan's types, with the checks a learned span must pass."""

from __future__ import annotations

import re

from core.model import Mention
from core.nlp.bodies_and_sites import SITE_HEADS, SITE_KINDS
from core.nlp.joined_spans import clubs_joined, place_run, places_joined, registry_place, split_at_versus
from core.nlp.person_support import common_word, person_supported
from core.nlp.span_readings import (a_phrase, body_head_after, counts_a_thing, foreign_name, holds_a_name,
                                    names_a_person, office_at_end, place_word, read_as_names, surname_at_end)
from core.nlp.tagger import KAIDAN_TYPE
from core.nlp.thing_names import ACRONYM, DISEASE_AFTER, DISEASE_HEADS, GENERIC_ACRONYMS, a_thing
from core.nlp.tokens import Token
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
# A title in brackets (｢モンローちゃん｣, a song) is a work, whoever it names.
_TITLE_OPEN = re.compile(r"[「『｢〈《\"“]")
# Words that end the name of a piece of land or a region's unit (ジャワ島, 伊豆半島, シンド州).
_UNITS_OF_LAND = ("島", "諸島", "半島", "列島", "州", "県", "省", "地方", "地域")


# Classes Kaidan has no type for, whose names hold places that are not the place acting
# (大阪駅, 長崎造船所, 東海道新幹線): kept as containers, never as mentions.
_CONTAINERS = ("FACILITY", "PRODUCT")


def tagger_mentions(folded: str, tokens: list[Token], index_at: dict, registry: Registry, tagger,
                    containers: list | None = None) -> list[Mention]:
    """Mentions for the tagger's spans over tokens; facility and product names go to containers."""
    out = []
    names_read: set[str] | None = None  # the surfaces UniDic reads as names, gathered once when first asked
    for start, end, label, confidence in split_at_versus(folded, tokens, index_at,
                                                        tagger.tag(tokens, folded, registry=registry)):
        kind = KAIDAN_TYPE.get(label)
        if kind is None and (honorific := _PERSON_HONORIFIC_END.search(folded, start, end)) and \
                names_a_person(tokens, index_at, start, honorific.start(), whole=True) and \
                not _TITLE_OPEN.match(folded, start - 1 if start else 0):
            kind = "PERSON"  # the honorific is trimmed with the others' (core.nlp.name_parts)
        if kind is None:
            if containers is not None and label in _CONTAINERS:
                containers.append(Mention(start, end, "", label, source="tagger", confidence=confidence))
            continue
        surface = folded[start:end]
        if kind != "PERSON" and "・" in surface and (parts := places_joined(folded, tokens, index_at, registry, start, end)):
            out += [Mention(a, b, "", t, i, source="tagger", confidence=confidence) for a, b, t, i in parts]
            continue  # 神奈川・平塚, ニューヨーク・共同: a place and the place in it, or a dateline, not one name
        if (kind == "PERSON" or surface in SITE_KINDS) and SITE_HEADS.match(folded, end):
            continue  # ハブ|空港, 国立|公園: a word glued to a site's head is the kind of site, the site's name is the rules'
        if kind in ("PERSON", "ORG") and (office := office_at_end(folded, index_at, start, end)) and \
                (names_a_person(tokens, index_at, start, office) or foreign_name(folded, tokens, index_at, start, office)):
            end, surface, kind = office, folded[start:office], "PERSON"  # ルイス・マキャベロ|在日ペルー大使: the post is no part
        if kind != "PERSON" and (surname := surname_at_end(folded, tokens, index_at, start, end)):
            # グリー|田中社長, トヨタ|豊田会長: a company and the surname of its head before the title
            out.append(Mention(start, surname, "", kind, source="tagger", confidence=confidence))
            start, surface, kind = surname, folded[surname:end], "PERSON"
        lead = _LEAD.match(surface)
        if lead and lead.end() < len(surface):
            # 州都バンダ・アチェ, プロ野球埼玉西武ライオンズ: the kind of place or of club is no part of the name
            start += lead.end()
            surface = surface[lead.end():]
            kind = "LOC" if lead["place"] else "ORG"
        if kind in ("LOC", "GPE", "ORG") and (head := body_head_after(tokens, index_at, start, end)):
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
            place = place_run(folded, tokens, index_at, registry, start, end)
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
        if kind == "PERSON" and counts_a_thing(tokens, index_at, start, end):
            continue  # サヨナラ2ラン, 3ランHR, 2打席連続弾: a count of plays is no one (ラムセス2世 is)
        if kind == "ORG" and surface.endswith(_NOT_A_BODY):
            continue  # ハイチ暫定政府, レバノン司法当局: the country acting, not a named body
        if _NUMBER.match(surface) or (surface.startswith(_COUNTING) and kind != "PERSON") or surface in GENERIC_ACRONYMS:
            continue
        if kind == "ORG" and ACRONYM.fullmatch(surface) and a_thing(folded, surface, registry):
            continue  # SSD, HDD, USB: a thing the text names by its letters, not a body that acts
        if start and _LATIN.match(folded, start - 1) and _LATIN.match(folded, start) \
                or _LATIN.match(folded, end - 1) and _LATIN.match(folded, end):
            continue  # "TR|OPICAL STORM", HUR|RICANE: letters cut out of a longer Latin word are no name
        if (kind in ("LOC", "GPE") and DISEASE_AFTER.match(folded, end)) or \
                (kind != "PERSON" and surface.endswith(DISEASE_HEADS) and len(surface) > 4):
            continue  # エボラ出血熱, ジカ熱, 西ナイルウイルス: a disease or a virus named after a place is neither
        if kind != "PERSON" and surface.endswith("勢") and len(surface) > 1:
            # 日本勢, 韓国勢: a country's athletes or firms as a group name the country, as a national team does
            place = registry_place(folded, registry, start, end - 1)
            if place is not None and place.type == "GPE":
                out.append(Mention(start, end - 1, "", "GPE", place.id, source="tagger", confidence=confidence))
            if place is not None:
                continue
        if kind != "PERSON" and surface.endswith(_ORIGIN) and len(surface) > 3:
            # マニラ生まれ, 大阪出身: the place one was born in or comes from, not a body
            stop = end - next(len(w) for w in _ORIGIN if surface.endswith(w))
            place = registry_place(folded, registry, start, stop)
            out.append(Mention(start, stop, "", place.type if place else "LOC", place.id if place else None,
                               source="tagger", confidence=confidence))
            continue
        if kind != "PERSON" and surface.endswith(_RESIDENTS) and len(surface) > 2:
            # 東京都民, 大阪府民, 日本国民: the people of a place name the place
            stop = end - (2 if surface.endswith("国民") else 1)
            place = registry_place(folded, registry, start, stop)
            if place is None and surface[-2] not in "都道府県市区町村州":
                continue
            out.append(Mention(start, stop, "", place.type if place else "LOC", place.id if place else None,
                               source="tagger", confidence=confidence))
            continue
        if kind != "PERSON" and (_DIRECTION_PART.fullmatch(surface) or surface == "中央部"):
            continue  # a part of a place named by its direction alone
        if kind in ("ORG", "EVENT") and (of := surface.find("の")) > 0 and registry_place(folded, registry, start, start + of):
            continue  # 日本の国会: the country and its body, each found on its own
        if kind != "PERSON" and (part := _DIRECTION_PART.search(surface)):
            place = registry_place(folded, registry, start, start + part.start())
            if place is not None:
                out.append(Mention(start, start + part.start(), "", place.type, place.id, source="tagger",
                                   confidence=confidence))
                continue
            if part.start() >= 3 and surface[: part.start()].endswith(_UNITS_OF_LAND):
                out.append(Mention(start, start + part.start(), "", "LOC", source="tagger", confidence=confidence))
                continue  # ジャワ島中部, 伊豆半島南部: the island or the province, named whole
        if not surface.strip() or (len(surface) == 1 and kind != "PERSON"):
            continue
        if (surface[0].isascii() and surface[0].islower()) or a_phrase(surface) or \
                not holds_a_name(tokens, index_at, start, end, strict=kind == "EVENT"):
            continue
        entity_id = None
        known = registry.named(folded[start:end])
        if known:
            entity = registry.entities.get(known[0])
            if entity is not None:
                entity_id = entity.id
                if kind == "LOC" or entity.type in ("GPE", "LOC"):
                    kind = entity.type if entity.type in ("GPE", "LOC") else kind
        if kind == "PERSON" and entity_id is None and (place := place_word(tokens, index_at, start, end)) and \
                surface not in (names_read := read_as_names(tokens) if names_read is None else names_read) and \
                not person_supported(folded, surface, Mention(start, end, "", kind, source="tagger"), tokens, index_at):
            kind = place  # 作新学院(栃木), 宮古、八重山: a place name with no sign of a person anywhere in the article
        if kind == "LOC" and entity_id is None:
            index = index_at.get(start)
            if index is not None and tokens[index].end == end and ",地名,国," in tokens[index].pos:
                kind = "GPE"
        out.append(Mention(start, end, "", kind, entity_id, source="tagger", confidence=confidence))
    return clubs_joined(folded, registry, out)
