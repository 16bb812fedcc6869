"""Events named on their own: numbered and dated elections, sessions of a parliament, ceremonies, tournaments and
games (W杯, 第2次世界大戦, 世界陸上選手権, 全米オープン, 大相撲九州場所) and named storms (台風5号「ケーミー」)."""

from __future__ import annotations

import re

from core.model import Mention
from core.scan import finditer

# The world wars by their number (第2次世界大戦, 第一次世界大戦).
_WORLD_WAR = re.compile(r"第[12一二]次世界大戦")
# Championships named by their reach: 世界陸上選手権, 全国高校野球選手権大会, 欧州選手権, and the national
# tournaments named by what is played (第92回全国高校野球大会; 全国大会 alone names none).
_CHAMPIONSHIP = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30faー])(?:第\d{1,3}回)?(?:世界|全国|全日本|欧州|アジア|全米|全英|全豪|全仏)"
                           r"(?:[\u4e00-\u9fff\u30a1-\u30faー]{0,10}?選手権(?:大会|・?[\u4e00-\u9fff\u30a1-\u30faー]{1,8}?大会(?![\u4e00-\u9fff]))?"
                           r"|[\u4e00-\u9fff\u30a1-\u30faー]{2,10}?大会(?![\u4e00-\u9fff]))")
# A by-election named by its house and district: 衆議院福岡6区補欠選挙, 参院大阪選挙区補選.
_BY_ELECTION = re.compile(r"(?:衆議院|参議院|衆院|参院)[\u4e00-\u9fff\d]{1,8}?(?:選挙区|区)(?:補欠選挙|補選)")
# The national opens of tennis and golf (全米オープン): tournaments, not the country.
_OPEN = re.compile(r"全[米英仏豪]オープン(?:テニス|ゴルフ)?")
# A sumo tournament by its season, city or month (大相撲九州場所, 名古屋場所, 秋場所, 七月場所): an event, not
# the place it is held in (九州) nor a body; a season word glued to another word (立春場所) is not one.
_SUMO_TOURNAMENT = re.compile(r"(?:大相撲)?(?:名古屋|九州|大阪|(?:(?<=大相撲)|(?<![\u4e00-\u9fff]))(?:初|春|夏|秋)"
                              r"|(?:(?<=大相撲)|(?<![\u4e00-\u9fff\d]))(?:[一三五七九]|十一|1?1|[3579])月)場所")
# What may follow a tournament's …大会 in its own name's stead (…南アフリカ大会決勝戦, …フランス大会予選).
_GAMES_GO_ON = r"(?:(?![\u4e00-\u9fff])|(?=決勝|準決勝|準々決勝|予選|開幕|閉幕|期間|初日|最終日))"
# The football World Cup by its short name, with its year written on (2010W杯): a named tournament.
_WORLD_CUP = re.compile(r"(?<![0-9A-Za-z])(?:\d{4}|\d{2}年)?W杯(?:選手権)?(?:[\u4e00-\u9fff\u30a1-\u30faー・]{1,8}?大会"
                        + _GAMES_GO_ON + ")?")
# The games named alone (オリンピック, 五輪, ワールドカップ), with their year or their full name to …大会
# (ワールドカップサッカー選手権・南アフリカ大会): tournaments, like W杯; a body named after them
# (オリンピック委員会, 五輪組織委員会) is not the games.
_GAMES_ALONE = re.compile(r"(?:(?<![\u4e00-\u9fff\u30a1-\u30faー・A-Za-z\d])|(?<=サッカー))(?:第\d{1,3}回)?(?:\d{4}年?)?"
                          r"(?:FIFA|IOC)?(?:\d{4}年?)?(?:夏季|冬季)?"
                          r"(?:オリンピック|パラリンピック|五輪|ワールドカップ(?:[(（]W杯[)）])?|ユニバーシアード)"
                          r"(?:[\d\u4e00-\u9fff\u30a1-\u30faー・]{0,20}?大会" + _GAMES_GO_ON + ")?"
                          r"(?![\u30a1-\u30faー]|[\u4e00-\u9fff]{0,4}(?:委員会|協会|連盟|書))")
# Named elections and ceremonies: 第47回衆議院議員総選挙, 原爆犠牲者慰霊平和祈念式典 (a long
# compound is a ceremony's name; 記念式典 and 就任式典 alone are kinds of ceremony).
_ELECTION = re.compile(r"第\d{1,3}回[\u4e00-\u9fff]{2,12}?(?:総選挙|通常選挙|選挙)(?![\u4e00-\u9fff])")
# An election named by its year (2007年フランス大統領選挙, 2010年参院選): a year glued to the election.
_YEAR_ELECTION = re.compile(r"(?<![\d年])\d{4}年(?=[\u4e00-\u9fff\u30a1-\u30faー])(?![上下前後末初内度代以来中春夏秋冬])"
                       r"[\u4e00-\u9fff\u30a1-\u30faー・]{1,14}?(?:総選挙|通常選挙|選挙|(?<![再当改落互民])選)(?![\u4e00-\u9fff])")
# A numbered session of a parliament (第163特別国会, 第172回国会): an event, where the Diet alone is no entity.
_DIET_SESSION = re.compile(r"第\d{1,3}回?(?:特別|臨時|通常)?国会(?![\u4e00-\u9fff])")
_CEREMONY = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{6,16}式典")
# A named storm: 台風5号「ケーミー」 gives the name, and its Latin spelling in brackets after it.
# A storm's name in brackets or after ・ (ハリケーン「カトリーナ」, ハリケーン・エプシロン), its number optional:
# the name alone is the event; a body named after storms (ハリケーン・センター) is not one.
_STORM = re.compile(r"(?:台風|ハリケーン|サイクロン)(?:\d{1,2}号)?(?:[「『](?P<name>[^」』\s]{1,15})[」』]"
                    r"|・(?!センター|シーズン|ハンター)(?P<kana>[\u30a1-\u30fa][\u30a1-\u30faー]{1,11})(?![\u30a1-\u30faー・]))"
                    r"(?:[(（](?P<latin>[A-Za-z][A-Za-z\- ]{1,20})[)）])?")


def election_mentions(folded: str) -> list[Mention]:
    """Numbered and dated elections, numbered sessions of a parliament and ceremonies named at length."""
    out = []
    out += [Mention(m.start(), m.end(), "", "EVENT", source="compound") for m in finditer(_ELECTION, folded)]
    if "選" in folded:  # the year pattern begins with a digit, tried all along a text that names no election
        out += [Mention(m.start(), m.end(), "", "EVENT", source="compound") for m in finditer(_YEAR_ELECTION, folded)]
    out += [Mention(m.start(), m.end(), "", "EVENT", source="compound") for m in finditer(_DIET_SESSION, folded)]
    out += [Mention(m.start(), m.end(), "", "EVENT", source="compound") for m in finditer(_CEREMONY, folded)
            if not folded.startswith(("同", "各", "今回", "当日"), m.start())]
    return out


def tournament_mentions(folded: str) -> list[Mention]:
    """The World Cup, the world wars, championships, opens, by-elections, the games and sumo tournaments."""
    return [Mention(m.start(), m.end(), "", "EVENT", source="compound")
            for pattern in (_WORLD_CUP, _WORLD_WAR, _CHAMPIONSHIP, _OPEN, _BY_ELECTION, _GAMES_ALONE, _SUMO_TOURNAMENT)
            for m in finditer(pattern, folded)]


def storm_mentions(folded: str) -> list[Mention]:
    """A named storm's name, and its Latin spelling in brackets."""
    out = []
    for storm in finditer(_STORM, folded):
        out += [Mention(storm.start(group), storm.end(group), "", "EVENT", source="compound")
                for group in ("name", "kana", "latin") if storm.group(group)]
    return out
