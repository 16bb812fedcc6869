"""Names built from a name found before and the head written after it (core.nlp.compound_names).

A force, an embassy or a ministry after its country (米軍, 米司法省), a council after a body named by its acronym
(IAEA理事会), a body after its parent (国際連合人権理事会) or a branch after its place, a movement after its place;
a war, a crisis, a disaster or games after a place (朝鮮戦争, イラン・イラク戦争, 新潟県中越地震, 東京オリンピック),
an incident after a name; a prefecture's police, a place with its suffix (東京都内), a country's constitution, election
commission or treaty (日本国憲法, パリ協定); a day with the word that places it (現地28日) and a range of dates.
"""

from __future__ import annotations

import re

from core.model import Mention
from core.scan import may_match

# 軍事, 軍縮, 軍備, 軍人 … are words of their own: 軍 before them names no force.
NOT_A_FORCE = r"(?![事縮備拡需政民艦機港用属人医法服])"
# An armed force after its country or body; before an office the country stands alone
# (米陸軍長官, like 米国務長官).
_FORCES = re.compile(r"(?:海軍|陸軍|空軍|海兵隊|国軍|軍)" + NOT_A_FORCE +
                     r"(?![\u4e00-\u9fff]*(?:長官|大臣|相)(?![\u4e00-\u9fff]))")
# Bodies that take their parent's name as one organisation (国際連合 + 人権理事会).
_SUB_BODY = re.compile(r".*(?:理事会|総会|委員会|事務局|下院|上院|支部)$")
# A council or committee of an organisation named by its acronym (EU財務相理事会, IAEA理事会, NATO外相理事会);
# a meeting of its leaders (EU首脳会議) is no body.
_ACRONYM_BODY = re.compile(r"[A-Z]{2,6}")
_COUNCIL = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:理事会|委員会|評議会|事務局)(?![\u4e00-\u9fff])")
# A movement or front with its place: ウクライナ民族解放戦線, パレスチナ解放運動.
_MOVEMENT = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:解放戦線|救国戦線|戦線|解放運動|独立運動|解放機構)"
                       r"(?![\u4e00-\u9fff])")
# Events named after their places: wars, conflicts, crises; games and fairs.
# A time word after the name stays out of it (ボスニア紛争中, 湾岸戦争後).
_CONFLICT = re.compile(r"(?:戦争|紛争|危機|内戦|事変|動乱)(?:(?![\u4e00-\u9fff])|(?=[中後前時下](?![\u4e00-\u9fff])))")
# Disasters named after their places: 新潟県中越地震, スマトラ島沖地震, 阪神・淡路大震災.
# An incident named after a name (金大中事件, アンディジャン事件); 暗殺事件 has no name before it.
_INCIDENT = re.compile(r"事件(?![\u4e00-\u9fff])")
_DISASTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:沖地震|大地震|地震|大震災|震災|豪雨|大噴火)(?![\u4e00-\u9fff])")
# A city or prefecture before 内 (広島市内, 大阪府内, 東京都内): the place is named with its suffix.
_PLACE_SUFFIX = re.compile(r"[市都府県](?=内)")
_GAMES = re.compile(r"(?:夏季|冬季)?(?:オリンピック|パラリンピック|五輪|万国博覧会|万博|国際映画祭|サミット|競技大会|競技会)"
                    r"(?!委員会|協会|連盟)")
# A treaty, an accord or a charter named after its place (パリ協定, 京都議定書).
_LAW_AFTER_PLACE = re.compile(r"(?:[\u4e00-\u9fff]{0,6}?)(?:条約|協定|宣言|憲章|議定書)(?![\u4e00-\u9fff])")
# A country's constitution written on its name (日本国憲法); ハイチの憲法 is the kind, not a name.
_CONSTITUTION = re.compile(r"(?:国)?憲法(?:(?![\u4e00-\u9fff])|(?=施行|制定|改正|改定|公布|第|前文|違反))")
# An election commission by its short name after its country (リベリア中央選管).
_ELECTION_BODY = re.compile(r"(?:中央)?(?:選管|選挙管理委員会)")
# A prefecture's police (神奈川県警, 大阪府警察本部, 大阪府警生活経済課): an organisation, not the place.
_POLICE = re.compile(r"警(?:察本部|察|本部)?(?![\u4e00-\u9fff])|警(?=[\u4e00-\u9fff]{1,6}?(?:署|課|部|隊)(?![\u4e00-\u9fff]))")
_BRANCH = re.compile(r"(?:支部|支局|支社|支店|分派|州)(?![\u4e00-\u9fff])")
_EMBASSY = re.compile(r"総領事館|領事館|大使館|代表部")
# A country's ministry named by its portfolio (米司法省, 仏国防省, スイス司法省, 米国土安全保障省): the country with it
# is one body, one-character abbreviations too; not 省庁, 省令, 省内.
_MINISTRY = re.compile(r"(?:国務|国防総|国防|外務|財務|司法|法務|内務|商務|農務|労働|エネルギー|国土安全保障|運輸|教育|"
                       r"保健福祉|保健|厚生|環境|貿易|経済|情報|通信|文化|外交|公安|国家安全|民政|交通|建設|工業|内政|財政|"
                       r"退役軍人|住宅都市開発|国土|産業|農業|観光|移民|社会保障|福祉|原子力|国家安全保障)省(?!庁|令|内|益)")
# Words that place a day written after them: local time, "the same", the days around today.
_DATE_LEAD = re.compile(r"(?<![\u4e00-\u9fff])(?:現地(?:時間)?|同|一昨日|昨日|今日|明日|本日)$")
# A date a range joins to the next: 1950年から1953年, 7月から9月, 10月27日から11月6日, 2008年7月から8月.
_RANGE_END = re.compile(r"\d(?:年|月|日)$")
_RANGE = re.compile(r"から|～|〜|-|–")
_PLACES = ("GPE", "LOC")


def headed_mentions(folded: str, candidates: list[Mention], by_end: dict[int, list[Mention]],
                    by_start: dict[int, list[Mention]]) -> list[Mention]:
    """ORG, EVENT, LAW, LOC and DATE mentions of the candidates with the heads written right after them."""
    out = []
    # The heads looked for after each name, each only when the article holds a word it needs (core.scan).
    forces_, embassy_, movement_, incident_, conflict_, disaster_, games_, police_, suffix_, constitution_, \
        commission_, law_, council_, ministry_ = (may_match(p, folded) for p in (
            _FORCES, _EMBASSY, _MOVEMENT, _INCIDENT, _CONFLICT, _DISASTER, _GAMES, _POLICE, _PLACE_SUFFIX,
            _CONSTITUTION, _ELECTION_BODY, _LAW_AFTER_PLACE, _COUNCIL, _MINISTRY))
    for mention in candidates:
        end = mention.end
        if mention.type in ("GPE", "ORG") and not _inside_a_pair(mention, by_end):
            forces = _FORCES.match(folded, end) if forces_ else None
            if forces:
                out.append(Mention(mention.start, forces.end(), "", "ORG", source="compound"))
            embassy = _EMBASSY.match(folded, end) if embassy_ and mention.end - mention.start == 1 else None
            if embassy:
                out.append(Mention(mention.start, embassy.end(), "", "ORG", source="compound"))
            ministry = _MINISTRY.match(folded, end) if ministry_ and mention.type == "GPE" else None
            if ministry:
                out.append(Mention(mention.start, ministry.end(), "", "ORG", source="compound"))
        if mention.type == "DATE" and folded[mention.start : mention.start + 1].isdigit():
            lead = _DATE_LEAD.search(folded, max(0, mention.start - 5), mention.start)
            if lead:  # 現地28日, 同30日, 今日8日: the word that places the day belongs to it
                out.append(Mention(lead.start(), end, "", "DATE", value=mention.value, source="compound"))
        if mention.type == "DATE" and _RANGE_END.search(folded, mention.start, mention.end):
            joint = _RANGE.match(folded, end)
            other = [m for m in by_start.get(joint.end(), []) if m.type == "DATE"] if joint else []
            other = [m for m in other if folded[m.start].isdigit() and _RANGE_END.search(folded, m.start, m.end)]
            if other:  # the range is one date, as the news gold writes it, valued by its start
                longest = max(other, key=lambda m: m.end)
                out.append(Mention(mention.start, longest.end, "", "DATE", value=mention.value, source="compound"))
        if mention.type in _PLACES or mention.type == "ORG":
            movement = _MOVEMENT.match(folded, end) if movement_ else None
            if movement:
                out.append(Mention(mention.start, movement.end(), "", "ORG", source="compound"))
        if mention.type == "ORG" and council_ and _ACRONYM_BODY.fullmatch(folded, mention.start, end):
            council = _COUNCIL.match(folded, end)
            if council:  # EU|財務相理事会, IAEA|理事会: a body of the organisation named by its acronym
                out.append(Mention(mention.start, council.end(), "", "ORG", source="compound"))
        if mention.type == "ORG":
            for body in by_start.get(end, ()):
                if body.type == "ORG" and _SUB_BODY.match(folded, body.start, body.end):
                    out.append(Mention(mention.start, body.end, "", "ORG", source="compound"))
                branch = _BRANCH.match(folded, body.end) if body.type in _PLACES else None
                if branch:  # an organisation's branch named by its place: …トリポリ支部, …シナイ州
                    out.append(Mention(mention.start, branch.end(), "", "ORG", source="compound"))
        if mention.type in ("PERSON", "GPE", "LOC", "ORG") and mention.end - mention.start >= 2 \
                and incident_ and _INCIDENT.match(folded, end):
            out.append(Mention(mention.start, end + 2, "", "EVENT", source="compound"))
        if mention.type in _PLACES:
            conflict = _CONFLICT.match(folded, end) if conflict_ else None
            disaster = _DISASTER.match(folded, end) if disaster_ else None
            law = _LAW_AFTER_PLACE.match(folded, end) if law_ else None
            # where a list of places begins matters only to a conflict, a disaster or a law named after it
            start = _first_of_a_list(folded, mention, by_end) if conflict or disaster or law else mention.start
            if conflict and (mention.end - mention.start >= 2 or start < mention.start):
                out.append(Mention(start, conflict.end(), "", "EVENT", source="compound"))
            if disaster and mention.end - mention.start >= 2:
                out.append(Mention(start, disaster.end(), "", "EVENT", source="compound"))
            games = _GAMES.match(folded, end) if games_ else None
            if games and mention.end - mention.start >= 2:
                out.append(Mention(mention.start, games.end(), "", "EVENT", source="compound"))
            police = _POLICE.match(folded, end) if police_ and folded[end - 1 : end] in "都道府県" else None
            if police:
                out.append(Mention(mention.start, police.end(), "", "ORG", source="compound"))
            suffix = _PLACE_SUFFIX.match(folded, end) if suffix_ else None
            if suffix and mention.end - mention.start >= 2:
                # the place with its suffix is the same place (東京都 is 東京), as core.nlp.suffixed_names links …市, …府
                out.append(Mention(mention.start, suffix.end(), "", "LOC", mention.entity_id, source="compound"))
            constitution = _CONSTITUTION.match(folded, end) if constitution_ and mention.type == "GPE" else None
            if constitution and mention.end - mention.start >= 2:
                out.append(Mention(mention.start, constitution.end(), "", "LAW", source="compound"))
            commission = _ELECTION_BODY.match(folded, end) if commission_ and mention.type == "GPE" else None
            if commission:
                out.append(Mention(mention.start, commission.end(), "", "ORG", source="compound"))
            if law and (mention.end - mention.start >= 2 or start < mention.start):
                out.append(Mention(start, law.end(), "", "LAW", source="compound"))
    return out


def _inside_a_pair(mention: Mention, by_end: dict[int, list[Mention]]) -> bool:
    """A one-character country glued to another (日米, 米中) names a relation, not the force's owner."""
    if mention.end - mention.start != 1:
        return False
    return any(m.type == "GPE" and m.end - m.start == 1 for m in by_end.get(mention.start, []))


def _first_of_a_list(folded: str, mention: Mention, by_end: dict[int, list[Mention]]) -> int:
    """Where a run of places joined by ・ or glued abbreviations ends to the left (イラン・イラク, 日露)."""
    start = mention.start
    while True:
        gap = start - 1 if start > 0 and folded[start - 1] == "・" else start
        before = [m for m in by_end.get(gap, []) if m.type == "GPE"]
        if not before or (gap == start and before[0].end - before[0].start != 1):
            return start
        start = before[0].start
