"""Places named with their unit: the provinces of both Koreas (慶尚南道), a katakana name with 州 or 市
(クンドゥズ州) and a Japanese address down to its town (愛知県名古屋市中区)."""

from __future__ import annotations

import re

from core.model import Mention
from core.scan import finditer

# The provinces of both Koreas (a class of places UniDic splits: 慶尚|南道).
_KOREAN_PROVINCE = re.compile(r"(?<![\u4e00-\u9fff])(?:京畿|江原|忠清[南北]|全羅[南北]|慶尚[南北]|済州|平安[南北]|咸鏡[南北]"
                              r"|黄海[南北]?|慈江|両江)(?:特別自治)?道(?![\u4e00-\u9fff])")
# A katakana name with a unit of places (クンドゥズ州, メーン州, ペイショトジアセベド市): a place, known or not.
_KATAKANA_PLACE = re.compile(r"(?<![\u30a1-\u30faー・=＝])[\u30a1-\u30faー]{2,}(?:[=＝][\u30a1-\u30faー]+)*"
                             r"(?:州|市|郡|地区|自治州)(?:(?![\u4e00-\u9fff])|(?=内|郊外|近郊|周辺|中心部|[東西南北]部))")
# A Japanese address down to its town (愛知県名古屋市中区, 新潟県古志郡四郎丸村, 長崎市松山町): one place, as
# 青森県八戸市 is; a unit that begins a longer word (市長, 町民, 区議会, 市場) ends the chain before it, and a
# unit never holds another prefecture (a list of towns: 佐伯市中村南|広島県呉市); a town or village has two
# letters at least (呉市 and 中区 are units, 中村 and 木村 are names).
_PREFECTURES = ("青森|岩手|宮城|秋田|山形|福島|茨城|栃木|群馬|埼玉|千葉|東京|神奈川|新潟|富山|石川|福井|山梨|長野|"
                "岐阜|静岡|愛知|三重|滋賀|京都|大阪|兵庫|奈良|和歌山|鳥取|島根|岡山|広島|山口|徳島|香川|愛媛|高知|福岡|"
                "佐賀|長崎|熊本|大分|宮崎|鹿児島|沖縄")
PREFECTURES = re.compile(_PREFECTURES)  # a prefecture's name without its unit (長野, 沖縄), read elsewhere too
_UNIT = r"(?:(?:(?![県府])[\u4e00-\u9fff々ヶケが\u30a1-\u30faー]){2,5}?(?:市|郡|区|町|村)|(?![県府])[\u4e00-\u9fff](?:市|郡|区))(?!長|民|議|場|役|立|営|政|街|制|内|外|部)"
_ADDRESS = re.compile(r"(?<![\u4e00-\u9fff])(?:北海道|東京都|(?:京都|大阪)府|(?:" + _PREFECTURES + r")県)"
                      r"(?:" + _UNIT + r"){2,3}")


def place_unit_mentions(folded: str) -> list[Mention]:
    """LOC mentions of the places named with their unit."""
    out = []
    out += [Mention(m.start(), m.end(), "", "LOC", source="compound") for m in finditer(_KOREAN_PROVINCE, folded)]
    out += [Mention(m.start(), m.end(), "", "LOC", source="compound") for m in finditer(_KATAKANA_PLACE, folded)]
    out += [Mention(m.start(), m.end(), "", "LOC", source="compound") for m in finditer(_ADDRESS, folded)]
    return out
