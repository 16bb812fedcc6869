"""Names built from a known name and a head: forces, a body of its parent, wars and games, laws, media.

Kaidan's convention (issue 12): an armed force with its country or body
(米軍, イスラエル軍, 国連軍), a body with its parent (国際連合人権理事会,
連邦議会下院) and a movement with its place (…解放戦線) are one organisation,
one-character country forms included. Numbered elections and long ceremony
names are events; so are events named from places (朝鮮戦争,
イラン・イラク戦争, 日露戦争, キューバ危機, 東京オリンピック) and laws named
from parts (決議2231, 「国家安全維持法」, パリ協定) are one span. A
newspaper's short name (朝日, 読売, 毎日) is an organisation only where the
sentence says it reports; a bare 毎日 is "every day"; so is any other outlet
named where it reports (…日報, …通信, a katakana name). The World Cup by its
short name (W杯) and a sumo tournament (九州場所) are events, and a city or
prefecture before 内 keeps its suffix (…市内, 東京都内).
A named storm (台風5号「ケーミー」, ハリケーン・カトリーナ), a disaster named after its place
(…地震, …大震災), a world war by its number and a championship named by its
reach (世界…選手権) are events; the provinces of both Koreas are places; a country's constitution
written on its name (日本国憲法) a law; an election commission (中央選管) an
organisation.

The rules are read in core.nlp.heads_after_names (heads after a name found before), event_names,
law_names, outlet_names, place_units and party_names; an acronym's gloss and a division are read here.
"""

from __future__ import annotations

import re

from core.model import Mention
from core.nlp.event_names import election_mentions, storm_mentions, tournament_mentions
from core.nlp.heads_after_names import headed_mentions
from core.nlp.law_names import law_mentions
from core.nlp.outlet_names import outlet_mentions
from core.nlp.party_names import party_mentions
from core.nlp.place_units import place_unit_mentions
from core.nlp.thing_names import GENERIC_ACRONYMS
from core.scan import finditer

# A long name glossed by its acronym (民主代案同盟(PDA), 国際治安支援部隊(ISAF)): a body, a treaty or a meeting;
# 元 or 前 before it is said of the office after it (元アメリカ中央情報局(CIA)長官).
_GLOSSED = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30faー・])(?:野党|与党|連立与党|最大野党|政党)?(?:元|前)?"
                      r"(?P<name>[\u4e00-\u9fff\u30a1-\u30faー][\u4e00-\u9fff\u30a1-\u30faー・]{3,23})"
                      r"[(（](?P<acronym>[A-Z][A-Z0-9&]{1,7})[)）]")
# Heads of a name that make it a machine or a device, glossed by its acronym or not: nobody speaks or meets as one
_THING_HEADS = ("装置", "機器", "システム", "ミサイル", "兵器", "ロケット", "衛星", "エンジン", "望遠鏡", "探査機", "原子炉")
_LAW_HEADS = ("条約", "協定", "議定書", "憲章", "計画", "合意")
_EVENT_HEADS = ("首脳会議", "首脳会合", "サミット", "フォーラム", "外相会議", "閣僚会議")
# An election commission by its short name alone (中央選管).
_CENTRAL_ELECTION_BODY = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30fa])中央(?:選管|選挙管理委員会)")
# The same before a word that is no part of it (法務省矯正局|所管, 農林水産省関東農政局|直轄, …局|長), tried second
# so that a longer division goes on (財務省理財局国庫課).
_DIVISION_BEFORE_WORD = re.compile(r"(?!当局|各局|同局|支局|部局|同課|同室|両局)(?:本部)?[\u4e00-\u9fff\d]{1,6}?(?:課|局|室)"
                                   r"(?![課局室])")


def compound_mentions(folded: str, candidates: list[Mention]) -> list[Mention]:
    """ORG, EVENT and LAW mentions built from the candidates found so far and their heads."""
    by_end: dict[int, list[Mention]] = {}
    by_start: dict[int, list[Mention]] = {}
    for mention in candidates:
        by_end.setdefault(mention.end, []).append(mention)
        by_start.setdefault(mention.start, []).append(mention)
    out = headed_mentions(folded, candidates, by_end, by_start)
    out += election_mentions(folded)
    out += law_mentions(folded, by_end)
    out += outlet_mentions(folded)
    out += tournament_mentions(folded)
    out += place_unit_mentions(folded)
    for glossed in finditer(_GLOSSED, folded):
        name = glossed["name"]
        if glossed["acronym"] in GENERIC_ACRONYMS or name.endswith(_THING_HEADS):
            continue  # 自動列車停止装置(ATS), 月周回衛星(SELENE), 沸騰水型原子炉(BWR): a machine, no body
        kind = "LAW" if name.endswith(_LAW_HEADS) else "EVENT" if name.endswith(_EVENT_HEADS) else "ORG"
        out += [Mention(glossed.start(group), glossed.end(group), "", kind, source="compound") for group in ("name", "acronym")]
    out += [Mention(m.start(), m.end(), "", "ORG", source="compound")
            for m in finditer(_CENTRAL_ELECTION_BODY, folded)]
    out += storm_mentions(folded)
    out += party_mentions(folded, candidates)
    if "課" in folded or "局" in folded or "室" in folded:
        out += _divisions(folded, candidates + out)
    return out


# A government office's division is part of its name: 総務省行政管理局, 兵庫県警捜査一課, 気象庁気候情報課,
# 大阪府警察本部捜査一課; not the authorities (内務省当局) nor a count of stations (各局).
_OFFICE_HEAD = re.compile(r"(?:省|庁|県警|府警|道警|都警|警察|警察本部)$")
_DIVISION = re.compile(r"(?!当局|各局|同局|支局|部局|同課|同室|両局)(?:本部)?[\u4e00-\u9fff\d]{1,6}?(?:課|局|室)"
                       r"(?![\u4e00-\u9fff])")


def _divisions(folded: str, names: list[Mention]) -> list[Mention]:
    """An office with its division (…省…局, …県警…課), one organisation."""
    out = []
    for name in names:
        if name.type == "ORG" and _OFFICE_HEAD.search(folded, name.start, name.end):
            division = _DIVISION.match(folded, name.end) or _DIVISION_BEFORE_WORD.match(folded, name.end)
            if division:
                out.append(Mention(name.start, division.end(), "", "ORG", source="compound"))
    return out
