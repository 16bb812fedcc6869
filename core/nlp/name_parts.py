"""Names built from parts, and the edges of chosen spans set right.

Before the spans are chosen: a country with a head that makes a body of it
(韓国大使館, 日本総領事館, イスラエル軍) is one organisation. After: a person's
span ends at the name (ハッサン・ウィラユダ・インドネシア外相 → the name and the
country), takes the first parts of a name written with ・ (ホセ・ + ラモス・ホルタ),
an organisation of kanji takes 社 or 局 (朝日新聞 + 社, 中国国際放送 + 局; グッドウィル社 is グッドウィル), no span drops a character outside
the BMP next to it (𠮷田), and places joined by = are one (ザクセン=アンハルト州). A one-character
surname and a given name UniDic splits, before a title, are one person (李|洛淵首相, 文|在|寅大統領).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import compress, count, repeat
from operator import contains, itemgetter

from core.model import Mention
from core.nlp.compound_names import NOT_A_FORCE
from core.nlp.office_names import known_office
from core.nlp.offices import office_after
from core.nlp.place_parts import join_place_parts
from core.nlp.tokens import Token, tokenize
from core.registry import Registry, given_name_agrees

_pos = itemgetter(3)  # a token's features, read in C

# Bodies every state has, named without their country (ORG wherever they stand alone).
_STATE_BODIES = "大統領官邸|首相官邸|大統領府|首相府|憲法裁判所|最高裁判所|連邦議会|連邦院|国民議会|最高会議"
# Heads that make an organisation of the country before them (a chamber too: フィリピン下院, 米国上院).
_BODY_AFTER_COUNTRY = re.compile(r"(?:総領事館|領事館|大使館|代表部|上院|下院|国軍|軍" + NOT_A_FORCE + "|" + _STATE_BODIES +
                                 r")(?![\u4e00-\u9fff]*(?:長官|大臣|相|議長|選))")
_STATE_BODY = re.compile(r"(?:" + _STATE_BODIES + r")(?!選)")
_KATAKANA_PART = re.compile(r"[\u30a1-\u30faー]+[・=＝]$")
# A place before these names a time zone, not the place acting: 日本時間, 欧州中央夏時間 (Central European Summer Time), モスクワ時間.
_TIME_ZONE = re.compile(r"(?:・[^\s・、。()（）]{1,8})?(?:現地)?(?:[東西中]部|中央|太平洋|大西洋|山岳部)?"
                        r"(?:夏時間|標準時間|標準時|時間)")
# A place before 語 names a language (日本語版, ロシア語で), not the place.
_LANGUAGE = re.compile(r"語(?![\u4e00-\u9fff]*(?:大使|大統領|首相))")
# A place before these names its currency (日本円, 台湾ドル, 米ドル) or a school subject (日本史, 中国史; not 日本史上,
# Japan's history itself), not the place: 対中円借款 keeps China.
_CURRENCY_OR_SUBJECT = re.compile(r"(?:ドル|円(?!借款|卓)|ユーロ|ウォン|ルーブル|ペソ|ポンド|フラン|ルピー|リラ|ディナール|バーツ|"
                                  r"ルピア|リンギット|レアル)(?![\u30a1-\u30faー])|史(?![上\u30a1-\u30faー])")
_KANJI_NAME = re.compile(r"[\u4e00-\u9fff々]+")
# One kanji between a name and an honorific or a person's title ends the given name: no title begins with it
# (前, 元, 新, 副, 両 do: 岡田新監督), and no body is named with it (社, 党, 派, 県: 東京都知事).
_GIVEN_NAME_END = re.compile(
    r"((?![前元新副両各故現准旧総次初派社党組局省庁部課会団校協州都道府県市町村区国大院家長氏他等])[\u4e00-\u9fff])"
    r"(?:氏|さん|ちゃん|君|くん|容疑者|被告|監督|騎手|選手|投手|捕手|社長|会長|代表取締役|教授|議員|知事|市長"
    r"|裁判長|弁護士|記者|理事長|委員長|チェアマン)")
# Words before a name that are no part of it: time, order, the late, the same.
_NOT_A_SURNAME_START = set("後故前元新同両各他等日月年時番号回位")
# Honorifics and roles written after a name, never the end of one (関 is sumo's: 朝青龍関).
_HONORIFIC_END = re.compile(r"(?:ちゃん|くん|さん|君|選手|関)$")
_CHILDS_HONORIFICS = ("ちゃん", "くん", "君")
_SUMO = re.compile(r"場所|横綱|大関|関脇|小結|幕内|十両|土俵|取組|力士")
# Railway lines are named after places: 常磐線, 東海道新幹線, 東北本線.
_LINES = ("線", "本線", "新幹線")
_ACRONYM = re.compile(r"[(（](?P<name>[A-Z][A-Za-z&]{1,9})[)）]")
_NAMED_BODY = re.compile(r"・(?:センター|財団|研究所|基金|協会|ファンデーション|インスティテュート|カンパニー|"
                         r"コーポレーション|ソサエティ|クラブ|グループ)$")
# Roles, trades and sports written before a name with ・ (キャプテン・エブラ, サッカー・フランス代表): never a name.
_ROLE_WORDS = {
    "キャプテン", "スタッフ", "コーチ", "マネージャー", "メンバー", "リーダー", "エース", "ボーカル", "ギタリスト",
    "ドラマー", "ジャーナリスト", "カメラマン", "アナウンサー", "キャスター", "タレント", "モデル", "デザイナー",
    "プロデューサー", "ディレクター", "シェフ", "パイロット", "エンジニア", "アーティスト", "ピアニスト",
    "サッカー", "テニス", "ゴルフ", "ボクシング", "マラソン", "スキー", "フィギュア", "ラグビー", "バレーボール",
    "バスケットボール", "スポーツ", "プロ野球", "オーナー", "レポーター", "ライター", "コラムニスト", "ドライバー",
}
_KATAKANA_NEXT = re.compile(r"[・=＝][\u30a1-\u30faー]+")
_JOINER = re.compile(r"[・=＝]")
# Brackets a span may not hold half of: 民主代案同盟(PDA is the name and the start of a gloss.
_OPEN, _CLOSE = "(（「『【[", ")）」』】]"
_MARKS = re.compile(r"[・=＝(（「『【\[)）」』】\]]")
_OUTSIDE_BMP = re.compile(r"[\U00020000-\U0003ffff]")


def body_mentions(folded: str, candidates: list[Mention], registry: Registry) -> list[Mention]:
    """Organisation mentions for a full country name with a body head (韓国大使館, イスラエル軍),
    and for a state's bodies named alone (大統領府, 憲法裁判所)."""
    out = [Mention(m.start(), m.end(), "", "ORG", source="compound") for m in _STATE_BODY.finditer(folded)]
    for place in candidates:
        if place.type != "GPE" or place.end - place.start < 2:
            continue  # 米軍 stays the country: one-character abbreviations are read alone
        head = _BODY_AFTER_COUNTRY.match(folded, place.end)
        if head:
            out.append(Mention(place.start, head.end(), "", "ORG", source="compound"))
    return out


# Heads of named sites (a site is a place in Kaidan's scheme): 平和公園, 靖国神社, 浦上天主堂.
SITE_HEADS = re.compile(r"公園|庭園|広場|神社|神宮|大社|天主堂|大聖堂|聖堂|寺院|宮殿|記念館|記念碑|墓地|国際空港|空港")
# Words before a head that make it a kind of site, not a name: 国立公園, 近くの公園.
SITE_KINDS = {"国立", "県立", "市立", "都立", "町立", "村立", "公立", "私立", "国営", "地元", "近く", "同", "各", "当",
               "周辺", "付近", "大", "小", "新", "旧", "ハブ", "地方", "国際", "民間", "軍用", "主要", "拠点", "第"}


def site_mentions(folded: str, tokens: list[Token], index_at: dict, ends: set) -> list[Mention]:
    """LOC mentions for named sites: one to three nouns before a site head (爆心地公園, アレクサンドル庭園)."""
    out = []
    for head in SITE_HEADS.finditer(folded):
        if head.end() not in ends or head.start() not in index_at:
            continue
        first = index_at[head.start()]
        taken = 0
        while first > 0 and taken < 3:
            token = tokens[first - 1]
            if token.end != tokens[first].start or not token.pos.startswith(("名詞", "接頭辞")) \
                    or ",数詞" in token.pos or ",代名詞" in token.pos or ",副詞可能" in token.pos \
                    or ",助数詞" in token.pos:
                break
            first -= 1
            taken += 1
        if taken and tokens[first].surface not in SITE_KINDS:
            out.append(Mention(tokens[first].start, head.end(), "", "LOC", source="compound"))
    return out


# Suffixes UniDic reads as a name's ending, not a word (金剛|山, 鴨緑|江, 独|島, 琵琶|湖).
_NATURAL_SUFFIXES = {"山", "島", "湖", "江"}
_KANJI_ONLY = re.compile(r"[\u4e00-\u9fff]+$")
_NATURAL_SUFFIX_RE = re.compile("[" + "".join(sorted(_NATURAL_SUFFIXES)) + "]")


def natural_place_mentions(folded: str, tokens: list[Token], index_at: dict) -> list[Mention]:
    """LOC mentions for mountains, islands, lakes and rivers UniDic splits: a name and its suffix; and
    for a name before a landform or water word (landform_mentions).

    The name is a place UniDic knows (鴨緑 + 江) or a noun of kanji (金剛 + 山); the suffix is
    read as one (接尾辞), so a word of its own (登山, 火山, 離島) is never split this way.
    Only the tokens where a suffix character stands are read.
    """
    out = []
    for found in _NATURAL_SUFFIX_RE.finditer(folded):
        index = index_at.get(found.start())
        if not index:
            continue
        token, name = tokens[index], tokens[index - 1]
        if token.surface not in _NATURAL_SUFFIXES or not token.pos.startswith("接尾辞") \
                or name.end != token.start or not _KANJI_ONLY.match(name.surface):
            continue
        if ",固有名詞,地名" in name.pos or (name.pos.startswith("名詞,普通名詞,一般") and len(name.surface) >= 2):
            out.append(Mention(name.start, token.end, "", "LOC", source="compound"))
    return out + landform_mentions(folded, tokens, index_at)


# Words for a landform or a stretch of water that make a place of the name before them (東京|湾, 九十九里|浜,
# 能登|半島, 津軽|海峡); UniDic reads them as common nouns, so the name and the word are two tokens.
_LANDFORMS = re.compile(r"半島|海峡|諸島|列島|高原|盆地|平野|砂漠|運河|山脈|湾|浜|岬|灘|湖|川|潟")
_LANDFORM_WORDS = {"半島", "海峡", "諸島", "列島", "高原", "盆地", "平野", "砂漠", "運河", "山脈", "湾", "浜", "岬", "灘",
                   "湖", "川", "潟"}
_WIDE_LAND = {"高原", "盆地", "平野", "砂漠"}
# A town, a station or a port after the landform names another place (白浜|町 is read whole by UniDic).
_PLACE_AFTER = ("市", "町", "村", "区", "県", "駅", "港", "線", "道", "署", "沖")
# Prefixes that are no part of a name (各|湾, 全|半島, 同|湾).
_NOT_A_NAME_PREFIX = set("各全同両旧新元前現対訪在反親脱非約第当本某南北東西")


def landform_mentions(folded: str, tokens: list[Token], index_at: dict) -> list[Mention]:
    """LOC mentions for a name followed by a landform or water word: 東京湾, 与那覇湾 (与 + 那覇 + 湾),
    九十九里浜, サニツ浜, 能登半島. The name is a proper noun of kanji (with a one-kanji prefix glued to it) or a
    run of katakana; the word must be a token of its own (湾岸 is another word)."""
    out = []
    for found in _LANDFORMS.finditer(folded):
        index = index_at.get(found.start())
        if not index or tokens[index].surface not in _LANDFORM_WORDS and not _with_whereabouts(tokens[index]):
            continue
        head = tokens[index]
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if after is not None and after.start == head.end and after.surface.startswith(_PLACE_AFTER) \
                and after.surface != "沖":
            continue
        first = index - 1
        name = tokens[first]
        if name.end != head.start:
            continue
        if head.surface in _WIDE_LAND and ",地名,国" in name.pos:
            continue  # 豪州|砂漠 is a stretch of a country, no name
        if _is_katakana_token(name):
            while first > 0 and tokens[first - 1].end == tokens[first].start \
                    and _is_katakana_token(tokens[first - 1]) \
                    and not (tokens[first - 1].surface == "・" and ",地名,国" in tokens[first - 2].pos):
                first -= 1  # セントビンセント・クレ|ナディーン諸島, but メキシコ・ + ユカタン半島
            if head.start - tokens[first].start < 2 or not any(
                    t.unknown or ",固有名詞," in t.pos for t in tokens[first:index]):
                continue
        elif ",固有名詞," in name.pos and _KANJI_ONLY.match(name.surface):
            before = tokens[first - 1] if first else None
            if before is not None and before.end == name.start and before.pos.startswith("接頭辞") \
                    and len(before.surface) == 1 and before.surface not in _NOT_A_NAME_PREFIX \
                    and _KANJI_ONLY.match(before.surface):
                first -= 1
        else:
            continue
        end = head.start + len(_LANDFORMS.match(head.surface).group())  # アムール川(沿い): the place alone
        out.append(Mention(tokens[first].start, end, "", "LOC", source="compound"))
    return out


# Where something lies by a landform, read by UniDic as one word with it (川沿い, 湖畔, 海峡上空).
_WHEREABOUTS = ("沿い", "沿岸", "岸", "畔", "上空", "付近", "周辺", "流域", "河口")


def _with_whereabouts(token: Token) -> bool:
    """Whether a token is a landform word and where something lies by it: 川沿い, 湖畔 (湾岸 is a word of its own)."""
    word = _LANDFORMS.match(token.surface)
    return word is not None and word.group() in _LANDFORM_WORDS and token.surface[word.end():] in _WHEREABOUTS \
        and token.surface != "湾岸"


_KATAKANA_RUN = re.compile(r"[\u30a1-\u30faー・]+")


def _is_katakana_token(token: Token) -> bool:
    return _KATAKANA_RUN.fullmatch(token.surface) is not None


# A reading in kana in brackets right after a name: 慶尚南道(キョンサンナムド), 松田元(はじめ); or the
# name in Latin letters after a person or place (ヘレン・ビジェルネイ(HelenBjørnøy) is left: not ASCII).
_READING_AFTER = re.compile(r"[(（](?P<reading>[\u3041-\u309f\u30a1-\u30faー・]{2,20}"
                            r"|(?P<latin>[A-Z][a-z]+(?:[ ・-]?[A-Z][a-z]+)+))[)）]")
_READ_TYPES = ("PERSON", "GPE", "LOC", "ORG")


def readings(folded: str, chosen: list[Mention]) -> list[Mention]:
    """Chosen mentions (sorted) with each reading in brackets after a whole name as a span of the name's type.

    The gold's convention; a span the tagger drew on the reading takes the name's type.
    """
    out = list(chosen)
    for index, mention in enumerate(chosen):
        if mention.type not in _READ_TYPES:
            continue
        match = _READING_AFTER.match(folded, mention.end)
        if match is None or (match["latin"] and mention.type == "ORG"):
            continue  # an organisation's Latin gloss is its acronym's business (mend)
        start, end = match.span("reading")
        following = chosen[index + 1] if index + 1 < len(chosen) else None
        if following is None or end <= following.start:
            out.append(Mention(start, end, "", mention.type, mention.entity_id, source=mention.source,
                               confidence=mention.confidence))
        elif (following.start, following.end) == (start, end) and following.source in ("tagger", "unidic"):
            out[index + 1] = replace(following, type=mention.type, entity_id=mention.entity_id)
    return sorted(out, key=lambda m: m.start)


def outside_bmp_names(folded: str, tokens: list[Token]) -> list[Mention]:
    """Names that begin with a character outside the BMP before a title (𠮷田氏): UniDic reads it as a symbol."""
    out = []
    for index, token in enumerate(tokens[:-1]):
        if not _OUTSIDE_BMP.match(token.surface):
            continue
        last = index + 1
        while last < len(tokens) and tokens[last].start == tokens[last - 1].end and (
                ",人名," in tokens[last].pos or _OUTSIDE_BMP.match(tokens[last].surface)):
            last += 1
        end = tokens[last - 1].end
        if last > index + 1 and office_after(folded, end):
            out.append(Mention(token.start, end, "", "PERSON", source="title"))
    return out


# Titles only a person bears: a place's name before one is a surname (氏家被告, 武豊騎手, 千葉容疑者, 青島氏), and
# a given name UniDic reads as a place joins the surname before it (片山|右京さん). 氏名, 氏族 are words.
# A player's role after a place read from a surname (荒川選手, 石川投手) is one too (a coach's is not: 広島監督 is
# the team's); 選手団, 選手権 and 投手陣 are teams and titles, and a country before 選手 stays the country (a GPE
# is never read here).
# (a party's posts too: 社会民主党の福島党首, 小沢幹事長; never a place's head)
_PERSON_ONLY_TITLE = re.compile(r"容疑者|被告|騎手|調教師|さん|氏(?![名族神])|選手(?![団権村会])|投手(?!陣)|捕手|主将"
                                r"|党首|幹事長|書記長")
_READ_AS_PLACES = ("unidic", "tagger", "gazetteer")


def people_before_titles(folded: str, chosen: list[Mention]) -> list[Mention]:
    """Places before a title only a person bears, read as the person's name; sorted."""
    out: list[Mention] = []
    for mention in sorted(chosen, key=lambda m: m.start):
        if mention.type == "LOC" and mention.source in _READ_AS_PLACES and _PERSON_ONLY_TITLE.match(folded, mention.end):
            before = out[-1] if out else None
            if before is not None and before.type == "PERSON" and before.end == mention.start and mention.source == "unidic":
                out[-1] = Mention(before.start, mention.end, "", "PERSON", source=before.source)
                continue
            mention = Mention(mention.start, mention.end, "", "PERSON", source=mention.source,
                              confidence=mention.confidence)
        out.append(mention)
    return out


def mend(folded: str, chosen: list[Mention], registry: Registry) -> list[Mention]:
    """Chosen mentions with their edges set right (see the module docstring); sorted."""
    chosen = sorted(chosen, key=lambda m: m.start)
    out: list[Mention] = []
    if "グループ" in folded:
        chosen = _leaders_groups(folded, chosen, registry)
    chosen = [_seat_as_place(folded, m, registry) if m.type == "ORG" and m.entity_id else m for m in chosen]
    if "地方" in folded:
        chosen = [_region_in_a_list(folded, m, registry) if m.type in ("GPE", "LOC") else m for m in chosen]
    chosen = [m for m in chosen if not _names_a_time_zone(folded, m, chosen) and not _inside_katakana(folded, m)
              and not _FORMER_HEAD.fullmatch(folded, m.start, m.end + 1)
              and not _names_a_language(folded, m) and not _names_a_line(folded, m)
              and not _names_a_phenomenon(folded, m)
              and not (m.type in ("GPE", "LOC") and _CURRENCY_OR_SUBJECT.match(folded, m.end))]
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
            if mention.entity_id is None and end - start >= 2 and _KANJI_NAME.fullmatch(folded, start, end):
                rest = _GIVEN_NAME_END.match(folded, end)
                if rest and rest.end(1) <= next_start:
                    end = rest.end(1)  # 荒井広|宙選手, 小崎綾|也騎手: the given name's last kanji UniDic split off
                elif end + 1 <= next_start and _given_name_before_office(folded, end):
                    end += 1  # 李鍾|奭統一相: the given name's last kanji read as the head of a minister's title
                if start - 1 >= max(previous_end, 0) and _split_surname(folded, start, end):
                    start -= 1  # 鬼|武|健二, 雨|堤|誠: a surname UniDic read as a word and a shorter surname
            if _NAMED_BODY.search(folded, start, end):  # サイモン・ヴィーゼンタール・センター: a body named after a person
                out.append(replace(mention, start=start, end=end, type="ORG", entity_id=None))
                continue
            role = _JOINER.split(folded[start:end], 1)[0]
            if role in _ROLE_WORDS and mention.entity_id is None and end > start + len(role):
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
            part = _KATAKANA_PART.search(folded, previous_end, start)
            if part and part.end() == start and "\u30a1" <= folded[start] <= "\u30fa" \
                    and folded[part.start() : part.end() - 1] not in _ROLE_WORDS \
                    and not folded.startswith("両", end):  # ブッシュ・ブレア両首脳: two people
                start = part.start()
        elif mention.type == "ORG" and folded.startswith(("社", "局"), end) and end + 1 <= next_start \
                and not _is_kanji(folded[end + 1 : end + 2]) and _is_kanji(folded[end - 1 : end]):
            end += 1
        while start > previous_end and _OUTSIDE_BMP.match(folded, start - 1):
            start -= 1
        while end < next_start and _OUTSIDE_BMP.match(folded, end):
            end += 1
        if (start, end) != (mention.start, mention.end):
            mention = replace(mention, start=start, end=end)
            known = registry.entities.get(mention.entity_id) if mention.type == "PERSON" else None
            if known is not None and not given_name_agrees(known, folded[start:end]):
                mention = replace(mention, entity_id=None)  # ジョゼフ・ゴードン＝レヴィット is not Karoline Leavitt
        out.append(mention)
        acronym = _ACRONYM.match(folded, end) if mention.type == "ORG" else None
        if acronym and acronym.end() <= next_start:  # 民主代案同盟(PDA): the gloss names it too
            out.append(Mention(acronym.start("name"), acronym.end("name"), "", "ORG", source="compound"))
    return join_place_parts(folded, _joined_places(folded, _doctrines(folded, out)))


# A doctrine or school named after a person (マルクス主義, ケインズ経済学, ダーウィン主義), and the group that
# follows one when the word goes on to 派 or 党 (毛沢東主義派, ケインズ学派).
_DOCTRINE_AFTER = re.compile(r"(?:主義|思想|経済学|哲学|史観|理論|学(?=派))(?P<group>派|党)?(?![\u4e00-\u9fff])")


def _given_name_before_office(folded: str, end: int) -> bool:
    """Whether the one kanji at end closes a name rather than opening the title after it: the title after that
    kanji is an office the gazetteer knows whole (統一相, 外交通商相) and the title read with the kanji is none
    (奭統一相; not 官|房長官, where 官房長官 is the office)."""
    if not _ONE_NAME_KANJI.fullmatch(folded, end, end + 1):
        return False
    title = office_after(folded, end + 1)
    if title is None or title.start() != end + 1 or not known_office(title.group(0)):
        return False
    with_kanji = office_after(folded, end)
    return with_kanji is None or not known_office(with_kanji.group(0))


# A kanji that may end a given name: none a title or a body's name begins with (as _GIVEN_NAME_END)
_ONE_NAME_KANJI = re.compile(r"(?![前元新副両各故現准旧総次初派社党組局省庁部課会団校協州都道府県市町村区国大院家長氏他等駐])"
                             r"[\u4e00-\u9fff]")


def _doctrines(folded: str, chosen: list[Mention]) -> list[Mention]:
    """The mentions without a person's (or a katakana place's) name that begins a doctrine's word: no one
    is named there; the word is an organisation only when it names a group (…派, …党)."""
    out = []
    for index, mention in enumerate(chosen):
        doctrine = _DOCTRINE_AFTER.match(folded, mention.end) if mention.type == "PERSON" or (
            mention.type in ("LOC", "GPE") and all(map(_is_katakana, folded[mention.start : mention.end]))) else None
        if doctrine is None:
            out.append(mention)
            continue
        following = chosen[index + 1].start if index + 1 < len(chosen) else len(folded)
        if doctrine["group"] and doctrine.end() <= following:
            out.append(Mention(mention.start, doctrine.end(), "", "ORG", source=mention.source))
    return out


# A seat of government that is a building (首相官邸, ホワイトハウス, クレムリン, 青瓦台, エリゼ宮) and the words
# after it that make it the place where something happens (官邸で会見, 官邸前, クレムリン内).
_SEAT_BUILDING = re.compile(r"(?:官邸|公邸|ハウス|府|宮|クレムリン|青瓦台|番地)$")
_AT_A_PLACE = re.compile(r"で(?!は|も|すら)|前(?![\u4e00-\u9fff])|内(?![\u4e00-\u9fff])")


def _seat_as_place(folded: str, mention: Mention, registry: Registry) -> Mention:
    """A government's seat is an organisation when it acts (ホワイトハウスは声明で) and a place where something
    is held (首相官邸で記者会見, 官邸前, クレムリン内), as the news gold reads 官邸."""
    entity = registry.get(mention.entity_id)
    if entity is None or entity.attributes.get("kind") != "government" \
            or not _SEAT_BUILDING.search(folded, mention.start, mention.end) or not _AT_A_PLACE.match(folded, mention.end):
        return mention
    return replace(mention, type="LOC")


# 元|町長, 前|市長 read as the place 元町 or 前市: a former head of a town is no place.
_FORMER_HEAD = re.compile(r"[元前現][町市村区]長")


_REGIONS_AFTER = re.compile(r"(?:・[\u4e00-\u9fff]{2,3})+地方")


def _region_in_a_list(folded: str, mention: Mention, registry: Registry) -> Mention:
    """A region listed before others that share 地方 with it (中国・四国地方) is that region, not the country."""
    if not _REGIONS_AFTER.match(folded, mention.end):
        return mention
    name = folded[mention.start : mention.end] + "地方"
    ids = registry.named(name) or []
    region = next((registry.entities[i] for i in ids if registry.entities[i].type == "LOC"), None)
    return replace(mention, type="LOC", entity_id=region.id) if region else mention


def _leaders_groups(folded: str, chosen: list[Mention], registry: Registry) -> list[Mention]:
    """A politician's group named after them (武部グループ, 鳩山グループ) gives the person, as …派 and …内閣 do:
    the name before グループ is in kanji, a person named elsewhere in the article or a known person's surname
    (トヨタグループ and カーライルグループ are companies)."""
    people = {folded[m.start : m.end] for m in chosen if m.type == "PERSON"}
    out = []
    for mention in chosen:
        name = folded[mention.start : mention.end - 4]
        if mention.type == "ORG" and folded.endswith("グループ", mention.start, mention.end) and _KANJI_NAME.fullmatch(name) and (
                name in people or any(registry.entities[i].type == "PERSON" for i in registry.surnames.get(name, ()))):
            mention = Mention(mention.start, mention.end - 4, "", "PERSON", source=mention.source)
        out.append(mention)
    return out


def _joined_places(folded: str, chosen: list[Mention]) -> list[Mention]:
    """Two places written as one with = between katakana (ザクセン=アンハルト州) are one place."""
    out: list[Mention] = []
    for mention in chosen:
        start = mention.start
        if mention.type != "LOC" or start < 2 or folded[start - 1] not in "=＝" \
                or not _is_katakana(folded[start]) or not _is_katakana(folded[start - 2]):
            out.append(mention)
            continue
        first = start - 2
        while first > 0 and _is_katakana(folded[first - 1]):
            first -= 1
        last = out[-1] if out else None
        if last is not None and last.end > first:
            if last.type not in ("GPE", "LOC") or last.start > first:
                out.append(mention)
                continue
            first = out.pop().start
        out.append(Mention(first, mention.end, "", "LOC", source=mention.source))
    return out


def _names_a_time_zone(folded: str, mention: Mention, chosen: list[Mention]) -> bool:
    """A place or organisation right before 時間 (or before ・another place and 時間) names a time zone."""
    if mention.type not in ("GPE", "LOC", "ORG"):
        return False
    match = _TIME_ZONE.match(folded, mention.end)
    if match is None:
        return False
    # 時間 as a duration (3時間, 長時間) never follows a name directly; after a place it is a zone
    return not folded[mention.end - 1 : mention.end].isdigit()


def _names_a_language(folded: str, mention: Mention) -> bool:
    """A country or place right before 語 names its language: 日本語, ロシア語版."""
    return mention.type in ("GPE", "LOC") and _LANGUAGE.match(folded, mention.end) is not None


def _names_a_line(folded: str, mention: Mention) -> bool:
    """A place right before 線 names a railway line (常磐線, 東海道新幹線, 東北本線), which is no entity."""
    return mention.type in ("GPE", "LOC") and folded.startswith(_LINES, mention.end)


# Words for what happens to a market or a public, never a name's last part: リーマン・ショック, ITバブル.
_PHENOMENON_END = re.compile(r"(?:ショック|ブーム|バブル|スキャンダル|パニック|クライシス)$")


def _names_a_phenomenon(folded: str, mention: Mention) -> bool:
    """A person or body read by UniDic or the tagger that ends in a phenomenon word names the event after a
    company or a person (リーマン・ショック, ITバブル), not them."""
    return mention.type in ("PERSON", "ORG") and mention.source in ("tagger", "unidic") \
        and _PHENOMENON_END.search(folded, mention.start, mention.end) is not None


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
            and folded[mention.start : mention.end] in _ROLE_WORDS:
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


def _inside_katakana(folded: str, mention: Mention) -> bool:
    """A katakana place glued to the katakana word before it is part of a longer name (スポーツ|ニッポン)."""
    if mention.type not in ("GPE", "LOC") or mention.start == 0:
        return False
    return _is_katakana(folded[mention.start]) and _is_katakana(folded[mention.start - 1])


def _is_katakana(char: str) -> bool:
    return "\u30a1" <= char <= "\u30fa" or char == "ー"


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


def _is_kanji(char: str) -> bool:
    return bool(char) and "\u4e00" <= char <= "\u9fff"


# Words UniDic knows as common nouns that end a name, not begin an office (ジョン・G・ロバーツ・ジュニア判事).
_NAME_SUFFIXES = {"ジュニア", "シニア"}
# Offices a department's name is written before (ビジネス貿易相, 国土安全保障長官).
_DEPARTMENT_HEADS = ("相", "長官", "大臣", "部長", "局長", "担当")
# Heads of a government, whom no department's name comes before (アリー・ムハンマド・ゲーディ首相: ゲーディ is the name's)
_HEADS_OF_GOVERNMENT = ("首相", "副首相", "総理大臣", "副総理大臣")


def _split_surname(folded: str, start: int, end: int) -> bool:
    """The kanji before a name is the first of its surname: alone between non-kanji and a one-character
    surname that a given name follows (鬼|武|健二チェアマン), a common noun to UniDic, no counter or time word."""
    if start < 1 or not _is_kanji(folded[start - 1]) or (start >= 2 and _is_kanji(folded[start - 2])) \
            or folded[start - 1] in _NOT_A_SURNAME_START:
        return False
    words = tokenize(folded[start - 1 : end])
    return len(words) >= 3 and len(words[0].surface) == 1 and words[0].pos.startswith(("名詞,普通名詞,一般", "記号,一般")) \
        and len(words[1].surface) == 1 and ",人名,姓" in words[1].pos and ",人名,名" in words[2].pos


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


# Surnames of one character common in Korea and China; with the registry's own one-character surnames
# they begin a name whose given part UniDic splits (李|洛淵, 文|在|寅, 康|京和, 朴|槿恵).
_EAST_ASIAN_SURNAMES = set("李金朴文康王習胡潘崔鄭尹張劉陳楊趙黄周呉孫馬朱韓姜林盧洪許宋郭梁謝范")
# Characters that begin a title or a qualifier, never a given name: 李|副首相, 王|前外相, 金|元大統領.
_NOT_GIVEN = set("前元副新旧現両同各総大次首国外")
# Honorifics and titles after which the span is a person's name (offices are matched by office_after).
_HONORIFIC_AFTER = re.compile(r"氏(?![名族神])|さん|大統領|夫人")


def split_given_names(folded: str, tokens: list[Token], index_at: dict, registry: Registry,
                      proper: list[int] | None = None) -> list[Mention]:
    """PERSON mentions for a one-character surname and a given name of one or two kanji UniDic splits
    (unknown words, single characters, a name part, symbols), before a title or an honorific:
    李洛淵首相, 文在寅大統領, 康京和外相. The surname alone before the title (李首相) is no such name.
    proper: the indices of the proper nouns among tokens, when the caller has them."""
    out = []
    # only the tokens a surname stands at are looked at, found by one scan of the text
    for found in _surname_pattern(registry).finditer(folded):
        index = index_at.get(found.start())
        if index is None or index + 1 >= len(tokens) or tokens[index].end != found.end():
            continue
        token = tokens[index]
        last, size = index, 0
        while last + 1 < len(tokens) and size < 2:
            part = tokens[last + 1]
            if part.start != tokens[last].end or not _KANJI_ONLY.match(part.surface) or size + len(part.surface) > 2 \
                    or (part.surface[0] in _NOT_GIVEN and ",人名," not in part.pos) or not _given_name_part(part):
                break
            last += 1
            size += len(part.surface)
        if last > index and _title_at(folded, tokens, last + 1):
            out.append(Mention(token.start, tokens[last].end, "", "PERSON", source="title"))
    # the given names UniDic knows: among the proper nouns when they are given (a few dozen, not every token),
    # else picked in C (map, compress) from all the tokens
    if proper is not None:
        given = [index for index in proper if ",固有名詞,人名,名" in tokens[index].pos]
    else:
        given = list(compress(count(), map(contains, map(_pos, tokens), repeat(",固有名詞,人名,名"))))
    out += _surnames_read_as_symbols(folded, tokens, given)
    out += _surnames_read_as_words(folded, tokens, given)
    return out


_last_pattern: tuple[Registry | None, re.Pattern | None] = (None, None)  # one registry serves a session


def _surname_pattern(registry: Registry) -> re.Pattern:
    """One character class of the one-character surnames (East Asian and the registry's), made once a registry."""
    global _last_pattern
    kept_registry, pattern = _last_pattern  # read once: another thread may replace it meanwhile
    if kept_registry is not registry or pattern is None:
        surnames = _EAST_ASIAN_SURNAMES | {s for s in registry.surnames if len(s) == 1 and _is_kanji(s)}
        pattern = re.compile("[" + "".join(sorted(surnames)) + "]")
        _last_pattern = (registry, pattern)
    return pattern


def _surnames_read_as_symbols(folded: str, tokens: list[Token], given: list[int]) -> list[Mention]:
    """A given name UniDic knows after a surname it reads as kanji symbols or unknown words, before a title:
    自|見|庄三郎金融相 is 自見庄三郎."""
    out = []
    for index in given:
        token = tokens[index]
        if index == 0 or not _title_at(folded, tokens, index + 1):
            continue
        first, size = index, 0
        while first > 0 and size < 2:
            part = tokens[first - 1]
            if part.end != tokens[first].start or not _KANJI_ONLY.match(part.surface) \
                    or not (part.unknown or part.pos.startswith("記号")) or size + len(part.surface) > 2:
                break
            first -= 1
            size += len(part.surface)
        if first < index:
            out.append(Mention(tokens[first].start, token.end, "", "PERSON", source="title"))
    return out


# What ends a name read without a title: a particle, punctuation or a bracket (北側一雄は, 国中均(くになか・ひとし)).
_AFTER_BARE_NAME = re.compile(r"[はがのもとに、。,.・(（「」)）\s]")
# Roles written after a person's full name that are no office (国中均理事, 茶村俊一教授).
_ROLE_AFTER = re.compile(r"(?:副|前|元)?(?:理事長?|教授|准教授|社長|会長|選手|監督|容疑者|被告|弁護士|記者|委員|"
                         r"(?:所|部|局|課|院|校|室|支店|署)長)")
# Common-noun classes no surname is written with: counters, numbers, pronouns, time and place adverbs.
# (a word of time or place, 今後, 当時: one character of that class may begin a surname, 国|中|均, 今|井).
_NOT_SURNAME_WORD = (",数詞", ",助数詞", ",代名詞", ",形状詞可能")
_TIME_WORD = ",副詞可能,"
_NOT_A_SURNAME_CHAR = set("今昨翌毎先当本同")


def _surnames_read_as_words(folded: str, tokens: list[Token], given: list[int]) -> list[Mention]:
    """A given name UniDic knows after a surname it reads as common nouns: 北側|一雄, 茶|村|俊一, 国|中|均. The
    surname is the whole kanji run before the given name (two or three characters, one or two words, after
    no kanji); a title or an honorific follows, or (for a given name of two characters or more) a particle
    or punctuation."""
    out = []
    for index in given:
        token = tokens[index]
        if index == 0 or not _KANJI_ONLY.match(token.surface):
            continue
        first, size = index, 0
        while first > 0 and index - first < 2:
            part = tokens[first - 1]
            if part.end != tokens[first].start or not _KANJI_ONLY.match(part.surface) \
                    or not part.pos.startswith("名詞,普通名詞") or any(c in part.pos for c in _NOT_SURNAME_WORD) \
                    or (_TIME_WORD in part.pos and (len(part.surface) > 1 or part.surface in _NOT_A_SURNAME_CHAR)):
                break
            first -= 1
            size += len(part.surface)
        start = tokens[first].start
        if not 2 <= size <= 3 or _is_kanji(folded[start - 1 : start]) or folded[start] in _NOT_A_SURNAME_START:
            continue
        if _title_at(folded, tokens, index + 1) or _ROLE_AFTER.match(folded, token.end) \
                or (len(token.surface) >= 2 and _AFTER_BARE_NAME.match(folded, token.end)):
            out.append(Mention(start, token.end, "", "PERSON", source="title"))
    return out


def _title_at(folded: str, tokens: list[Token], index: int) -> bool:
    """Whether a title or an honorific begins at tokens[index]: 氏, 首相, 前外相, 金融相, 韓国首相, ・韓国外相 (the words
    between the name and the office are known words, never a name's part)."""
    if index >= len(tokens):
        return False
    position = tokens[index].start
    if _HONORIFIC_AFTER.match(folded, position):
        return True
    if folded.startswith("・", position):  # 康京和・韓国外相: the country and the title after a ・
        return index + 1 < len(tokens) and _title_at(folded, tokens, index + 1)
    title = office_after(folded, position)
    if title is None:
        return False
    begins = title.start("office") if title.groupdict().get("office") else title.start()
    while index < len(tokens) and tokens[index].end <= begins:
        between = tokens[index]
        if between.unknown or (len(between.surface) < 2 and between.surface not in "前元新副") \
                or (",固有名詞," in between.pos and ",地名," not in between.pos):
            return False
        index += 1
    return True


def _given_name_part(token: Token) -> bool:
    """Whether UniDic's token can be part of a given name it did not read as one: an unknown word, a name,
    a symbol, or a single character (在, 寅); a known word of two characters (経済) is not."""
    return token.unknown or ",固有名詞," in token.pos or token.pos.startswith("記号") or len(token.surface) == 1
