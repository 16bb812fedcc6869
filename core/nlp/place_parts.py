"""Places and bodies built from parts, and places that name something else, after the spans are chosen.

A place under a foreign state or province is one place (ウィルトシャー州ソールズベリ, 広東省深圳市;
ザクセン=アンハルト州オッシャースレーベン: a katakana word UniDic does not know after a state is the
town, when a place's particle follows it; not a place that goes on into another word); a known body's
headquarters where something happens is a place (国連本部で, ユネスコ本部前); a foreign
city before 市内 is named without 市 (バグダード市内 → バグダード; 広島市内 keeps 広島市,
the city's own name), and a place with 内 and a common noun after it is the place (東京都内|病院 → 東京都). A
count of bodies (2党, 3社) names none, and a body's legal form before its name is no part of it
(独立行政法人|情報通信研究機構, 財団法人|…; 株式会社 stays, as the tagger reads it). An outlet's department is
one body with it (東京新聞特報部, 毎日新聞政治部), as a ministry's bureau is. A place that only names an
outlet's edition (読売新聞|九州|版) or a company's branch (大阪|支店) is no mention, nor is a body referred back to
with 同 (同県庁, 同市役所). A katakana word glued before a town's head (ロッテルダム市長) names the town, not the
mayor, when UniDic knows each of its words as a place or the title is followed by its holder's name
(トゥールーズ市長のムディンク氏); a surname before the title (ブルームバーグ市長は) stays a person. A district is
named with its 地区 (辺野古地区, not 辺野古), and one written after its town referred back (同町保呂地区) is a place too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.model import Mention
from core.nlp.tokens import tokenize

# A foreign region's unit that a smaller place can follow glued (…州シャーロット, …省深圳市); Japan's prefectures
# and their towns are the address rules' (place_units).
_UNIT_END = ("州", "省")
# A katakana town after a state, with its own unit, where a place's particle or word follows.
_TOWN_AFTER_STATE = re.compile(r"[\u30a1-\u30faー]{2,}(?:[・=＝][\u30a1-\u30faー]{2,})*[市郡町村]?"
                               r"(?=で|に|の|から|へ|まで|近郊|郊外|周辺|付近|出身|在住|生まれ|、|。)")
_STILL_A_UNIT = re.compile(r"[州省県都府道]$")
# A word glued after a bare place makes it part of another name (熊本県熊本|地方 is an area, not a town).
_NAME_GOES_ON = re.compile(r"[\u4e00-\u9fff々\u30a1-\u30faー]")
# A known body's headquarters as the site of an event: 国際連合本部で, NATO本部前.
_HEADQUARTERS_SITE = re.compile(r"本部(?=で|前|内|ビル)")
_POLICE = re.compile(r"警察?$")
_KATAKANA_CITY = re.compile(r"[\u30a1-\u30faー・=＝]{2,}市")
_PLACE_WITHIN = re.compile(r"(?P<place>[\u4e00-\u9fff\u30a1-\u30faー]{1,6}?[都道府県市町村])内[\u4e00-\u9fff]{1,4}")
_OUTLET_END = ("新聞", "通信", "放送", "テレビ", "日報", "新報", "タイムズ", "ポスト")
# Not its headquarters, its executives, a part of it or a region (本部, 幹部, 一部, 東部).
_DEPARTMENT = re.compile(r"(?!本部|幹部|一部|全部|内部|外部|上部|[東西南北中]部)[\u4e00-\u9fff]{1,4}?部(?![\u4e00-\u9fff])")
_BRANCH_AFTER = ("支店", "支社", "営業所")
_REFERRED_BACK = re.compile(r"同(?:県|府|都|市|町|村|区|州|省|国)(?:庁|役所|議会|警|政府)?")
_COUNT_OF_BODIES = re.compile(r"\d+(?:党|社|団体|行|紙)")
_LEGAL_FORM = re.compile(r"(?:独立行政法人|特殊法人|(?:公益|一般)?(?:財団|社団)法人|学校法人|医療法人|社会福祉法人|宗教法人|"
                         r"特定非営利活動法人|NPO法人|国立研究開発法人|国立大学法人)(?=..)")


# A town's head, written glued after the town's name (ロッテルダム市長); 知事 follows its 州 or 県 (…州知事).
_TOWN_HEADS = ("市長", "町長", "村長", "区長")
# …市長のムディンク氏, …市長、山田太郎氏は: the title's holder named right after it
_HOLDER_AFTER = re.compile(r"(?:の|、|・)?(?:[\u30a1-\u30faー][\u30a1-\u30faー・]{1,15}|[\u4e00-\u9fff]{2,5})(?:氏|さん)")


def town_before_head(folded: str, inside: list, title: re.Match | None) -> bool:
    """Whether the katakana word whose tokens are inside, right before a town's head (title), names the town:
    UniDic knows each of its words as a place, or the holder's name follows the title."""
    if title is None or title["office"] not in _TOWN_HEADS or title.start() != title.start("office") or not inside:
        return False
    return all(",地名," in t.pos for t in inside) or _HOLDER_AFTER.match(folded, title.end()) is not None


# 地区 after a place, ending the word (辺野古地区で; not 地区予選 or 地区長)
_DISTRICT = re.compile(r"地区(?![\u4e00-\u9fff々])")
# A district written right after its town referred back (同町保呂地区)
_DISTRICT_OF_TOWN = re.compile(r"(?<=同[市町村区])[\u4e00-\u9fff]{1,3}地区(?![\u4e00-\u9fff々])")


def _districts(folded: str, chosen: list[Mention]) -> list[Mention]:
    """Chosen mentions with a district after its town referred back added (同町保呂地区), sorted."""
    found = [Mention(m.start(), m.end(), "", "LOC", source="compound") for m in _DISTRICT_OF_TOWN.finditer(folded)]
    found = [d for d in found if not any(m.start < d.end and d.start < m.end for m in chosen)]
    return sorted(chosen + found, key=lambda m: m.start) if found else chosen


def _names_no_thing(word: str) -> bool:
    """The word's first part is no common word UniDic knows (州ワイン, 州ハイウェイ name things, not towns)."""
    first = tokenize(word)[0]
    return first.unknown or ",固有名詞," in first.pos


def join_place_parts(folded: str, chosen: list[Mention]) -> list[Mention]:
    """Chosen mentions (sorted) with the edges and types this module's docstring gives, in order."""
    out: list[Mention] = []
    skip = -1
    if "地区" in folded:
        chosen = _districts(folded, chosen)
    # A legal form is looked for only in an article that has one (most have none).
    legal_form = "法人" in folded
    for index, mention in enumerate(chosen):
        if index == skip:
            continue
        if mention.type == "ORG" and folded[mention.start : mention.start + 1].isdigit() \
                and _COUNT_OF_BODIES.fullmatch(folded, mention.start, mention.end):
            continue
        following = chosen[index + 1] if index + 1 < len(chosen) else None
        next_start = following.start if following is not None else len(folded)
        if mention.type in ("GPE", "LOC") and (folded.startswith(_BRANCH_AFTER, mention.end) or (
                folded.startswith("版", mention.end) and out and out[-1].end == mention.start and out[-1].type == "ORG")):
            continue
        if folded.startswith("同", mention.start) and _REFERRED_BACK.fullmatch(folded, mention.start, mention.end):
            continue
        form = _LEGAL_FORM.match(folded, mention.start, mention.end) if legal_form and mention.type == "ORG" else None
        if form is not None:
            mention = replace(mention, start=form.end(), entity_id=mention.entity_id)
        if mention.type == "ORG" and folded.endswith(_OUTLET_END, mention.start, mention.end) \
                and (department := _DEPARTMENT.match(folded, mention.end)) and department.end() <= next_start:
            mention = Mention(mention.start, department.end(), "", "ORG", source=mention.source)
        within = _PLACE_WITHIN.fullmatch(folded, mention.start, mention.end) \
            if mention.type in ("ORG", "LOC") and "内" in folded[mention.start : mention.end] else None
        if within is not None:
            mention = Mention(mention.start, within.end("place"), "", "LOC", source=mention.source)
        if mention.type == "LOC" and folded[mention.end - 1 : mention.end] in _UNIT_END:
            if following is not None and following.start == mention.end and following.type == "LOC" \
                    and not _STILL_A_UNIT.search(folded, following.start, following.end) \
                    and (folded[following.end - 1] in "市郡町村区島" or not _NAME_GOES_ON.match(folded, following.end)):
                out.append(Mention(mention.start, following.end, "", "LOC", source=mention.source))
                skip = index + 1
                continue
            town = _TOWN_AFTER_STATE.match(folded, mention.end) if mention.end < next_start else None
            if town is not None and town.end() <= next_start and folded[mention.end - 1] == "州" \
                    and _names_no_thing(town.group()):
                out.append(Mention(mention.start, town.end(), "", "LOC", source=mention.source))
                continue
        elif mention.type == "ORG" and mention.entity_id and mention.end + 2 <= next_start \
                and _HEADQUARTERS_SITE.match(folded, mention.end) and not _POLICE.search(folded, mention.start, mention.end):
            out.append(Mention(mention.start, mention.end + 2, "", "LOC", source="compound"))
            continue
        elif mention.type == "LOC" and _DISTRICT.match(folded, mention.end) and mention.end + 2 <= next_start \
                and not folded.endswith("地区", mention.start, mention.end):
            mention = replace(mention, end=mention.end + 2)  # 辺野古|地区: the district with its 地区
        elif mention.type == "LOC" and folded.startswith("内", mention.end) \
                and _KATAKANA_CITY.fullmatch(folded, mention.start, mention.end):
            mention = replace(mention, end=mention.end - 1)
        out.append(mention)
    return out
