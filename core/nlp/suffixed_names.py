"""Places with their administrative suffix (習志野市, 浙江省) and organisations named by a head noun (東京地裁, 日本野球機構)."""

from __future__ import annotations

import re

from core.model import Mention
from core.nlp.tokens import Token
from core.scan import finditer


# Administrative suffixes that belong to a place name (習志野市, 広東省 is not here: 省 is
# also a ministry), and the heads of noun chains that name an organisation
# (東京地裁, 日本野球機構, 駐日中国大使館, 東京証券取引所 ... ).
PLACE_SUFFIXES = {"市", "区", "県", "都", "府", "州", "町", "村", "郡"}
ORG_HEADS_NOUN = {
    "大学", "大学院", "機構", "協会", "連盟", "銀行", "新聞", "新聞社", "通信", "通信社", "放送",
    "研究所", "財団", "委員会", "評議会", "裁判所", "地裁", "高裁", "最高裁", "家裁", "簡裁", "地検", "高検", "検察庁",
    "気象台", "警察", "警察庁", "警察署", "警察本部",
    "大使館", "領事館", "総領事館", "議会", "庁", "党", "公社", "基金", "沿岸警備隊", "警備隊", "航空",
    "グループ", "学園", "高校", "高等学校", "病院", "球団", "工業", "電機", "製作所", "商事", "物産", "証券",
    "自動車", "重工", "電力", "鉄道", "金庫", "信金", "日報", "新報", "取引所",
}
# Units a region (not a country) is divided into: 浙江省, パレスチナ自治区 (after a country 省 is
# a ministry's: 中国外務省), and the forms of state after a country's name (セルビア共和国).
_PROVINCE = re.compile(r"(?:自治区|自治州|特別区|特別市|省)(?![庁令])")
_STATE_FORM = re.compile(r"(?:連邦|民主|人民|社会主義|イスラム)?(?:共和国|王国|公国|首長国|大公国)")
# A place with its reading in brackets and its unit: 金海(キムヘ)市, 烽下(ポンハ)村 (…市郊外 too).
_PLACE_WITH_READING = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,4}[(（][\u30a1-\u30faー]+[)）]"
                                 r"(?:市|村|郡|道|県|州|省|区|町|邑|面|里)"
                                 r"(?:(?![\u4e00-\u9fff])|(?=郊外|内|近郊|周辺|中心部))")
# Heads that make an organisation out of any proper name before them (山田電機, 角川グループ).
_ORG_HEAD_NOUN_RE = re.compile("|".join(sorted(ORG_HEADS_NOUN, key=len, reverse=True)))
_ORG_AFTER_NAME = {"大学", "グループ", "学園", "学院", "高校", "高等学校", "病院", "球団", "工業", "実業", "商業", "電機", "製作所",
                   "商事", "物産", "証券", "證券", "銀行", "新聞", "新聞社", "通信社", "研究所", "財団", "協会",
                   "信用金庫", "信用組合", "労働金庫"}
_ORG_AFTER_NAME_RE = re.compile("|".join(sorted(_ORG_AFTER_NAME, key=len, reverse=True)))
# Bodies that follow another head word as the name's own head (日本新聞|協会, 東京大学|病院, 愛知工業|大学).
_BODY_AFTER_HEAD = {"連盟", "協会", "大学", "高校", "高等学校", "病院", "財団", "研究所", "委員会", "評議会", "機構",
                    "基金", "学園", "取引所"}  # 東京証券|取引所, 大阪証券|取引所: an exchange is named by what it trades
# An office right after a body word (球団|社長, 協会|長): with a person's name before, the body is the title's.
_OFFICE_AFTER_BODY = re.compile(r"(?:前|元|新|現)?(?:副?社長|副?会長|副?代表|オーナー|本部長|取締役|専務|常務|長)")
_TITLE_BODIES = {"球団", "協会", "病院"}


def compounds(folded: str, tokens: list[Token], index_at: dict, candidates: list[Mention]) -> list[Mention]:
    """Places with their administrative suffix, and organisations named after a place or a name."""
    out = []
    for head in _ORG_AFTER_NAME_RE.finditer(folded):
        i = index_at.get(head.start())
        if not i or not tokens[i].pos.startswith("名詞") or (
                head.end() not in index_at and head.end() != len(folded)):
            continue  # the head is whole words (信用|金庫 is one head of two; 大学院 is not 大学)
        name = tokens[i - 1]
        if name.surface == "中央" and head.group(0) == "銀行":
            continue  # UniDic reads 中央 as a ward; 中央銀行 is a kind of bank (伊中央銀行総裁)
        if name.end == head.start() and ",人名," in name.pos and _titled_body(folded, head, name, index_at):
            continue  # 桃井恒和|球団社長, 牧田|球団社長, 渕三郎|協会長: the body word is the person's title's
        if name.end == head.start() and (",固有名詞," in name.pos or (name.unknown and name.surface[0] >= "\u30a0")):
            out.append(Mention(katakana_name_start(tokens, i - 1), head.end(), "", "ORG", source="compound"))
    for place in [m for m in candidates if m.type in ("GPE", "LOC")]:
        i = index_at.get(place.end)
        end = place.end
        if _after_direction(folded, place.start) and end - place.start >= 2:
            # 西|アフリカ, 西|日本新聞: a region named by its direction, and what is named after it
            place = Mention(place.start - 1, end, "", "LOC", source="compound")
            out.append(place)
        if folded[end - 1 : end] in "都道府県" and i is not None and ",地名," in tokens[i].pos and \
                tokens[i].end in index_at and tokens[index_at[tokens[i].end]].surface in PLACE_SUFFIXES:
            # 北海道夕張市, 東京都八王子市: a town under its prefecture is one place
            suffix = tokens[index_at[tokens[i].end]]
            out.append(Mention(place.start, suffix.end, "", "LOC", source="compound"))
        while i is not None and tokens[i].surface in PLACE_SUFFIXES:
            end = tokens[i].end
            out.append(Mention(place.start, end, "", "LOC", place.entity_id, source="compound"))
            i = index_at.get(end)
            if i is not None and ",地名," in tokens[i].pos:  # 東京都千代田区
                end = tokens[i].end
                i = index_at.get(end)
        unit = _PROVINCE.match(folded, place.end)
        if unit and (place.type == "LOC" or unit.group(0) != "省") and (
                unit.end() in index_at or unit.end() == len(folded)):
            out.append(Mention(place.start, unit.end(), "", "LOC", source="compound"))
        form = _STATE_FORM.match(folded, place.end)
        if form and (place.type == "GPE" or ",地名,国" in _pos_at(tokens, index_at, place.start)):
            out.append(Mention(place.start, form.end(), "", "GPE", place.entity_id, source="compound"))
        for _ in range(4):
            if i is None or not tokens[i].pos.startswith(("名詞", "接尾辞")):
                break
            if ",地名,国" in tokens[i].pos and folded[place.start - 1 : place.start] == "在":
                break  # 在リビア|韓国大使館: the place says where, the country after it whose (日本インドネシア協会 is one)
            head = _ORG_HEAD_NOUN_RE.match(folded, tokens[i].start)  # whole words: 最高|裁 is one head
            if head and _whole_words(tokens, i, head.end()) and not folded.startswith(("選", "道"), head.end()):
                # not 選 (党|選, a party's election) nor 道 (北陸自動車|道 is an expressway)
                if folded[place.start : head.end()].endswith("中央銀行") and (
                        place.end - place.start == 1 or folded[place.start : place.end] == "中央"):
                    break  # 伊中央銀行総裁: 中央銀行 names a kind of body; the abbreviation is the country
                end = head.end()
                while (j := index_at.get(end)) is not None and (more := _ORG_HEAD_NOUN_RE.match(folded, end)) \
                        and more.group() in _BODY_AFTER_HEAD and _whole_words(tokens, j, more.end()):
                    end = more.end()  # 日本|自動|車|連盟, 日本民間放送|連盟, 熊本工業|高校: the body is the head
                end = _federation_end(folded, tokens, index_at, end)
                out.append(Mention(place.start, end, "", "ORG", source="compound"))
                break
            i = index_at.get(tokens[i].end)
    out += [Mention(m.start(), m.end(), "", "LOC", source="compound") for m in finditer(_PLACE_WITH_READING, folded)]
    return out


def _federation_end(folded: str, tokens: list[Token], index_at: dict, end: int) -> int:
    """Where a federation named by its place, its members and its sport ends: 新潟県高校|野球|連盟 (one or two
    common words of its field between the members' head and the federation's); end when none follows."""
    j = index_at.get(end)
    for _ in range(2):
        if j is None or j >= len(tokens) or not tokens[j].pos.startswith("名詞,普通名詞") \
                or any(c in tokens[j].pos for c in (",助数詞", ",副詞可能")) or tokens[j].surface in _FEDERATION_HEADS:
            return end
        j = index_at.get(tokens[j].end)
        if j is not None and tokens[j].surface in _FEDERATION_HEADS and tokens[j].start == tokens[j - 1].end:
            return tokens[j].end
    return end


_FEDERATION_HEADS = {"連盟", "協会", "連合会"}


def katakana_name_start(tokens: list[Token], i: int) -> int:
    """Where a katakana name ending at tokens[i] begins: back over the katakana names UniDic splits it in
    (コニカ|ミノルタ, no country: ドイツ|銀行 stays) and over a person's name parts joined by ・
    (ネルソン・マンデラ|財団 is named after the whole name)."""
    start = i
    while start > 0 and _KATAKANA_WORD.fullmatch(tokens[start].surface):
        before = tokens[start - 1]
        if before.end == tokens[start].start and _KATAKANA_WORD.fullmatch(before.surface) \
                and ",固有名詞," in before.pos and ",地名," not in before.pos and ",地名," not in tokens[start].pos:
            start -= 1
        elif before.end == tokens[start].start and before.surface in ("・", "=", "＝") and start >= 2 \
                and ",人名," in tokens[start].pos and ",人名," in tokens[start - 2].pos \
                and tokens[start - 2].end == before.start and _KATAKANA_WORD.fullmatch(tokens[start - 2].surface):
            start -= 2
        else:
            break
    return tokens[start].start


_KATAKANA_WORD = re.compile(r"[\u30a1-\u30faー]+")


def _titled_body(folded: str, head: re.Match, name: Token, index_at: dict) -> bool:
    """A person's name, a body word and an office that make one title with it (球団社長, 協会長).

    After a given name any body word is the title's (…恒和|球団社長); after a surname alone only
    the words that join an office into a title (牧田|球団社長, not 松下|電器社長, the company).
    """
    office = _OFFICE_AFTER_BODY.match(folded, head.end())
    if not office or (office.end() not in index_at and office.end() != len(folded)):
        return False
    return ",人名,名," in name.pos or head.group(0) in _TITLE_BODIES


def _whole_words(tokens: list[Token], i: int, end: int) -> bool:
    """Tokens from i end exactly at end (a line break may follow: 京都地裁\n)."""
    while i < len(tokens) and tokens[i].end < end:
        i += 1
    return i < len(tokens) and tokens[i].end == end


def _after_direction(folded: str, start: int) -> bool:
    """A direction stands alone before start: 西|アフリカ names a region, 関西 is a word of its own."""
    return start >= 1 and folded[start - 1] in "東西南北" and not (start >= 2 and _is_kanji(folded[start - 2]))


def _is_kanji(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or char in "々〆"


def is_name_char(char: str) -> bool:
    """A kanji or katakana character: a word glued to what follows it."""
    return _is_kanji(char) or "\u30a1" <= char <= "\u30fa" or char == "ー"


def _pos_at(tokens: list[Token], index_at: dict, start: int) -> str:
    """UniDic's features of the token starting at start ("" when none does)."""
    i = index_at.get(start)
    return tokens[i].pos if i is not None else ""
