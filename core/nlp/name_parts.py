"""The edges of chosen spans set right.

A person's span ends at the name (ハッサン・ウィラユダ・インドネシア外相 → the name and the
country), takes the first parts of a name written with ・ (ホセ・ + ラモス・ホルタ),
an organisation of kanji takes 社 or 局 (朝日新聞 + 社, 中国国際放送 + 局; グッドウィル社 is グッドウィル), no span drops a character outside
the BMP next to it (𠮷田), and places joined by = are one (ザクセン=アンハルト州). Spans that name something
else are dropped (core.nlp.not_names) and others read as another type (core.nlp.retyped_spans).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import repeat

from core.model import Mention
from core.nlp.given_names import given_name_before_office, split_surname
from core.nlp.name_chars import KANJI_NAME, OUTSIDE_BMP, is_kanji
from core.nlp.not_names import (CURRENCY_OR_SUBJECT, FORMER_HEAD, NOT_NAME_CUES, inside_katakana, names_a_language,
                                names_a_line, names_a_phenomenon, names_a_time_zone)
from core.nlp.offices import office_after
from core.nlp.place_parts import join_place_parts
from core.nlp.retyped_spans import doctrines, joined_places, leaders_groups, region_in_a_list, seat_as_place
from core.nlp.tokens import tokenize
from core.registry import Registry, given_name_agrees
from core.scan import may_match

_KATAKANA_PART = re.compile(r"[\u30a1-\u30faー]+[・=＝]$")
# One kanji between a name and an honorific or a person's title ends the given name: no title begins with it
# (前, 元, 新, 副, 両 do: 岡田新監督), and no body is named with it (社, 党, 派, 県: 東京都知事).
_GIVEN_NAME_END = re.compile(
    r"((?![前元新副両各故現准旧総次初派社党組局省庁部課会団校協州都道府県市町村区国大院家長氏他等])[\u4e00-\u9fff])"
    r"(?:氏|さん|ちゃん|君|くん|容疑者|被告|監督|騎手|選手|投手|捕手|社長|会長|代表取締役|教授|議員|知事|市長"
    r"|裁判長|弁護士|記者|理事長|委員長|チェアマン)")
# Honorifics and roles written after a name, never the end of one (関 is sumo's: 朝青龍関).
_HONORIFIC_END = re.compile(r"(?:ちゃん|くん|さん|君|選手|関)$")
_CHILDS_HONORIFICS = ("ちゃん", "くん", "君")
_SUMO = re.compile(r"場所|横綱|大関|関脇|小結|幕内|十両|土俵|取組|力士")
_ACRONYM = re.compile(r"[(（](?P<name>[A-Z][A-Za-z&]{1,9})[)）]")
_NAMED_BODY = re.compile(r"・(?:センター|財団|研究所|基金|協会|ファンデーション|インスティテュート|カンパニー|"
                         r"コーポレーション|ソサエティ|クラブ|グループ)$")
# Roles, trades and sports written before a name with ・ (キャプテン・エブラ, サッカー・フランス代表): never a name.
ROLE_WORDS = {
    "キャプテン", "スタッフ", "コーチ", "マネージャー", "メンバー", "リーダー", "エース", "ボーカル", "ギタリスト",
    "ドラマー", "ジャーナリスト", "カメラマン", "アナウンサー", "キャスター", "タレント", "モデル", "デザイナー",
    "プロデューサー", "ディレクター", "シェフ", "パイロット", "エンジニア", "アーティスト", "ピアニスト",
    "サッカー", "テニス", "ゴルフ", "ボクシング", "マラソン", "スキー", "フィギュア", "ラグビー", "バレーボール",
    "バスケットボール", "スポーツ", "プロ野球", "オーナー", "レポーター", "ライター", "コラムニスト", "ドライバー",
}
_KATAKANA_NEXT = re.compile(r"[・=＝][\u30a1-\u30faー]+")
_JOINER = re.compile(r"[・=＝]")
JOINERS = ("・", "=", "＝")
# Brackets a span may not hold half of: 民主代案同盟(PDA is the name and the start of a gloss.
_OPEN, _CLOSE = "(（「『【[", ")）」』】]"
_MARKS = re.compile(r"[・=＝(（「『【\[)）」』】\]]")


def mend(folded: str, chosen: list[Mention], registry: Registry) -> list[Mention]:
    """Chosen mentions with their edges set right (see the module docstring); sorted."""
    chosen = sorted(chosen, key=lambda m: m.start)
    out: list[Mention] = []
    if "グループ" in folded:
        chosen = leaders_groups(folded, chosen, registry)
    chosen = [seat_as_place(folded, m, registry) if m.type == "ORG" and m.entity_id else m for m in chosen]
    if "地方" in folded:
        chosen = [region_in_a_list(folded, m, registry) if m.type in ("GPE", "LOC") else m for m in chosen]
    # each check below but the katakana's and the currency's runs only where the article holds its words (時間 or
    # 標準時, 長 after 元|前|現 and 町|市|村|区, 語, 線, ショック…), each searched once an article in C: most lack most
    zones, formers, languages, lines, phenomena = map(may_match, NOT_NAME_CUES, repeat(folded))
    chosen = [m for m in chosen if not (zones and names_a_time_zone(folded, m, chosen)) and not inside_katakana(folded, m)
              and not (formers and FORMER_HEAD.fullmatch(folded, m.start, m.end + 1))
              and not (languages and names_a_language(folded, m)) and not (lines and names_a_line(folded, m))
              and not (phenomena and names_a_phenomenon(folded, m))
              and not (m.type in ("GPE", "LOC") and CURRENCY_OR_SUBJECT.match(folded, m.end))]
    chosen = [m for m in map(lambda m: _trimmed(folded, m), chosen) if m is not None]
    chosen = [m for m in map(lambda m: _without_role(folded, m), chosen) if m is not None]
    sumo = _SUMO.search(folded) is not None
    chosen = [_without_honorific(folded, m, sumo) for m in chosen]
    absorbed = -1
    for index, mention in enumerate(chosen):
        if index == absorbed:
            continue
        previous_end = out[-1].end if out else 0
        next_start = chosen[index + 1].start if index + 1 < len(chosen) else len(folded)
        start, end = mention.start, mention.end
        if mention.type == "PERSON":
            while (part := _KATAKANA_NEXT.match(folded, end)) and "\u30a1" <= folded[end - 1] <= "\u30fc":
                if part.end() > next_start:
                    following = chosen[index + 1]
                    if following.type != "PERSON" or following.start != part.start() + 1 or following.end != part.end() \
                            or absorbed == index + 1 or mention.entity_id is not None or folded.startswith("両", part.end()):
                        break  # ブッシュ・ブレア両首脳: two people, each known
                    absorbed = index + 1  # ジョゼフ・ゴードン + ＝レヴィット, the known surname: one name, read below
                    next_start = chosen[index + 2].start if index + 2 < len(chosen) else len(folded)
                    mention = replace(mention, entity_id=following.entity_id)
                end = part.end()  # ワレンチナ + ・マトヴィエンコ: one name
            end = _before_department(folded, replace(mention, end=end) if end != mention.end else mention)
            place = _place_before_its_head(folded, start, end, registry) if mention.entity_id is None else None
            if place is not None:  # ゼマ・ミナスジェライス州知事: ゼマ, then the state
                out.append(Mention(start, place.start - 1, "", "PERSON", source=mention.source))
                out.append(place)
                continue
            if mention.entity_id is None and end - start >= 2 and KANJI_NAME.fullmatch(folded, start, end):
                rest = _GIVEN_NAME_END.match(folded, end)
                if rest and rest.end(1) <= next_start:
                    end = rest.end(1)  # 荒井広|宙選手, 小崎綾|也騎手: the given name's last kanji UniDic split off
                elif end + 1 <= next_start and given_name_before_office(folded, end):
                    end += 1  # 李鍾|奭統一相: the given name's last kanji read as the head of a minister's title
                if start - 1 >= max(previous_end, 0) and split_surname(folded, start, end):
                    start -= 1  # 鬼|武|健二, 雨|堤|誠: a surname UniDic read as a word and a shorter surname
            if _NAMED_BODY.search(folded, start, end):  # サイモン・ヴィーゼンタール・センター: a body named after a person
                out.append(replace(mention, start=start, end=end, type="ORG", entity_id=None))
                continue
            role = _JOINER.split(folded[start:end], 1)[0]
            if role in ROLE_WORDS and mention.entity_id is None and end > start + len(role):
                # キャプテン・エブラ, サッカー・フランス代表, a headline's サッカー=プラティニ氏: the role is no part of the name
                start += len(role) + 1
                place = _place_named(folded, start, end, registry)
                if place is not None:
                    out.append(place)
                    continue
            country = _country_at_start(folded, start, end, registry, previous_end)
            if country is not None:  # アメリカ・オバマ: the country, then the name
                out.append(country)
                out.append(Mention(country.end + 1, end, "", "PERSON", mention.entity_id, source=mention.source))
                continue
            country = _country_at_end(folded, start, end, registry)
            if country is not None:
                out.append(Mention(start, country.start - 1, "", "PERSON", mention.entity_id,
                                   source=mention.source))
                out.append(country)
                continue
            # a part glued before the span ends in a joiner right before it: most spans have none to look for
            part = _KATAKANA_PART.search(folded, previous_end, start) if folded[start - 1 : start] in JOINERS else None
            if part and part.end() == start and "\u30a1" <= folded[start] <= "\u30fa" \
                    and folded[part.start() : part.end() - 1] not in ROLE_WORDS \
                    and not folded.startswith("両", end):  # ブッシュ・ブレア両首脳: two people
                start = part.start()
        elif mention.type == "ORG" and folded.startswith(("社", "局"), end) and end + 1 <= next_start \
                and not is_kanji(folded[end + 1 : end + 2]) and is_kanji(folded[end - 1 : end]):
            end += 1
        while start > previous_end and OUTSIDE_BMP.match(folded, start - 1):
            start -= 1
        while end < next_start and OUTSIDE_BMP.match(folded, end):
            end += 1
        if (start, end) != (mention.start, mention.end):
            grown = end > mention.end
            mention = replace(mention, start=start, end=end)
            known = registry.entities.get(mention.entity_id) if mention.type == "PERSON" else None
            if known is not None and (not given_name_agrees(known, folded[start:end]) or (
                    grown and mention.entity_id not in (registry.named(folded[start:end]) or ()))):
                # (アビー + ・ロード・スタジオ: a longer name than the known one is not its holder by its first part)
                mention = replace(mention, entity_id=None)  # ジョゼフ・ゴードン＝レヴィット is not Karoline Leavitt
        out.append(mention)
        acronym = _ACRONYM.match(folded, end) if mention.type == "ORG" else None
        if acronym and acronym.end() <= next_start:  # 民主代案同盟(PDA): the gloss names it too
            out.append(Mention(acronym.start("name"), acronym.end("name"), "", "ORG", source="compound"))
    return join_place_parts(folded, joined_places(folded, doctrines(folded, out)))


def _trimmed(folded: str, mention: Mention) -> Mention | None:
    """The mention without a ・ at either edge (…指導者・|ビンラディン) and without half a bracket pair
    (民主代案同盟(PDA → 民主代案同盟); None when nothing is left."""
    start, end = mention.start, mention.end
    if not _MARKS.search(folded, start, end):
        return mention  # most names hold no mark at all
    while start < end and folded[start] in "・=＝":
        start += 1
    while end > start and folded[end - 1] in "・=＝":
        end -= 1
    text = folded[start:end]
    for opening, closing in zip(_OPEN, _CLOSE):
        if text.count(opening) > text.count(closing):
            end = start + text.rfind(opening)
        elif text.count(closing) > text.count(opening):
            start = start + text.find(closing) + 1
        text = folded[start:end]
    if end <= start:
        return None
    return mention if (start, end) == (mention.start, mention.end) else replace(mention, start=start, end=end)


def _without_role(folded: str, mention: Mention) -> Mention | None:
    """None for a person's span that is a role or sport before ・ (スタッフ・伊藤和也), else the mention."""
    if mention.type == "PERSON" and mention.entity_id is None and folded.startswith("・", mention.end) \
            and folded[mention.start : mention.end] in ROLE_WORDS:
        return None
    return mention


def _without_honorific(folded: str, mention: Mention, sumo: bool) -> Mention:
    """A person's span without the honorific or role it swallowed (有希ちゃん, 荒川選手; 朝青龍関 where the
    article speaks of sumo, since 尾関 and 小関 are surnames)."""
    if mention.type not in ("PERSON", "ORG") or mention.entity_id is not None:
        return mention
    found = _HONORIFIC_END.search(folded, mention.start, mention.end)
    if found is None or (found.group() == "関" and not sumo) or found.start() - mention.start < 2 \
            or (mention.type == "ORG" and found.group() not in _CHILDS_HONORIFICS):
        return mention
    return replace(mention, end=found.start(), type="PERSON")  # 有希ちゃん is a child, whatever the tagger read


def _place_named(folded: str, start: int, end: int, registry: Registry) -> Mention | None:
    """A country or place the registry names with exactly folded[start:end], as a mention."""
    for stop, ids in registry.longest_matches(folded, start):
        places = [i for i in ids if i in registry.entities and registry.entities[i].type in ("GPE", "LOC")]
        if stop == end and places:
            return Mention(start, end, "", registry.entities[places[0]].type, places[0], source="gazetteer")
    return None


def _country_at_end(folded: str, start: int, stop: int, registry: Registry) -> Mention | None:
    """The country a person's span ends with after a ・ (…ウィラユダ・インドネシア), as a mention."""
    cut = folded.rfind("・", start, stop)
    if cut <= start:
        return None
    for end, ids in registry.longest_matches(folded, cut + 1):
        if end == stop and any(registry.entities[i].type == "GPE" for i in ids if i in registry.entities):
            entity = next(i for i in ids if registry.entities[i].type == "GPE")
            return Mention(cut + 1, end, "", "GPE", entity, source="gazetteer")
    return None


def _country_at_start(folded: str, first: int, stop: int, registry: Registry, previous_end: int) -> Mention | None:
    """The country a person's span begins with before a ・ (アメリカ・オバマ; 南|アフリカ・マンデラ reads
    back to 南アフリカ), as a mention; None when the first part is no country or the name would be empty."""
    cut = folded.find("・", first, stop)
    if cut < 0 or cut + 1 >= stop:
        return None
    for start in range(first, max(previous_end, first - 3) - 1, -1):
        for end, ids in registry.longest_matches(folded, start):
            gpe = [i for i in ids if i in registry.entities and registry.entities[i].type == "GPE"]
            if end == cut and gpe:
                return Mention(start, cut, "", "GPE", gpe[0], source="gazetteer")
    return None


# Words UniDic knows as common nouns that end a name, not begin an office (ジョン・G・ロバーツ・ジュニア判事).
_NAME_SUFFIXES = {"ジュニア", "シニア"}
# Offices a department's name is written before (ビジネス貿易相, 国土安全保障長官).
_DEPARTMENT_HEADS = ("相", "長官", "大臣", "部長", "局長", "担当")
# Heads of a government, whom no department's name comes before (アリー・ムハンマド・ゲーディ首相: ゲーディ is the name's)
_HEADS_OF_GOVERNMENT = ("首相", "副首相", "総理大臣", "副総理大臣")


# A state's, a province's or a city's head after its name (…州知事, …市長)
_UNIT_HEAD = re.compile(r"(?:州|県)(?:知事|首相|議会)|(?:市|省)(?:長|議会)")


def _place_before_its_head(folded: str, start: int, end: int, registry: Registry) -> Mention | None:
    """The last ・ part of a person's span, when a unit and its head follow it and it names a place the registry
    or UniDic knows (アーノルド・シュワルツェネッガー・カリフォルニア州知事, リチャード・デーリー・シカゴ市長): the place,
    with its unit but a city's 市, as a LOC mention; None otherwise (ギャビン・ニューサム州知事: 州知事 is the title)."""
    last = folded.rfind("・", start, end)
    if last <= start or end - last < 3 or not _UNIT_HEAD.match(folded, end):
        return None
    stop = end if folded[end] == "市" else end + 1  # (a city before 市長 is named without 市: シカゴ市長)
    known = _place_named(folded, last + 1, stop, registry)
    if known is not None:
        return known
    if all(",地名," in t.pos for t in tokenize(folded[last + 1 : end])):
        return Mention(last + 1, stop, "", "LOC", source="compound")
    return None


def _before_department(folded: str, mention: Mention) -> int:
    """Where a person's name ends when its last ・ parts name a department of the office after it.

    サラ・ベネット・ビジネス貿易相: ビジネス is a common noun in UniDic and 貿易相 follows, so
    ビジネス貿易相 is the office and the name is サラ・ベネット. Two name parts stay (リズ・トラス
    keeps トラス), and a part UniDic reads as a name (ジョン・ケリー国務長官) stays too.
    """
    if mention.entity_id is not None or folded.count("・", mention.start, mention.end) < 2:
        return mention.end  # a known name, or one of two parts at most: the two first parts always stay
    parts = folded[mention.start : mention.end].split("・")
    last = mention.end - len(parts[-1])
    office = office_after(folded, mention.end) or office_after(folded, last)
    if mention.entity_id is not None or office is None or office.end() <= mention.end \
            or not office["office"].endswith(_DEPARTMENT_HEADS) or office["office"] in _HEADS_OF_GOVERNMENT:
        return mention.end  # ル・ペン氏, ル・ペン党首: no department comes before an honorific or a party's post
    cut = len(parts)
    while cut > 2 and parts[cut - 1] not in _NAME_SUFFIXES and all(",普通名詞," in t.pos for t in tokenize(parts[cut - 1])):
        cut -= 1
    return mention.start + len("・".join(parts[:cut]))


