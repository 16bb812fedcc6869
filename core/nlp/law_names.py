"""Laws and treaties named on their own: a resolution with its number, a law in quotes or as a compound ending in
法 (民事再生法, 破産法違反), a treaty named by what it bans (生物兵器禁止条約), a body or a treaty named in quotes."""

from __future__ import annotations

import re

from core.model import Mention
from core.scan import finditer

# Laws: a resolution with its number, a quoted name ending in 法.
_RESOLUTION = re.compile(r"決議(?:第)?\d{2,4}号?")
_QUOTED_LAW = re.compile(r"「(?P<law>[^「」。、\s]{2,30}?法)」")
# A law named without quotes: a compound of kanji ending in 法 (民事再生法, 公職選挙法, 個人情報保護法), unless
# the compound ends in a word that is a way of doing (方法, 手法) or says lawful (違法, 合法, 司法); 改正
# before the name says it was amended and is not part of it; the name may run on into 違反, 施行, 第3条.
_LAW_NAME = re.compile(r"(?<![\u4e00-\u9fff])(?:改正)?(?P<law>[\u4e00-\u9fff]{3,11}"
                       r"(?<![方手戦商療用技文作製工兵寸論話司違合不立脱無適便秘魔説仏筆打泳奏算解])法)"
                       r"(?:(?![\u4e00-\u9fff])|(?=違反|改正|施行|制定|成立|第\d|上の))")
# A law named by two kanji (破産法, 薬事法, 旅券法, 航空法): the same form where the sentence treats it as a law
# (…法違反, …法に基づき, …法の適用), unless the two name a kind or field of law (国際法, 現行法, 特措法,
# 行政法), a new or old one (新憲法), or a constitution (found by its own rule); 呼吸法 and 調理法 are ways.
_SHORT_LAW = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30faー])(?P<law>[\u4e00-\u9fff]{2}"
                        r"(?<![方手戦商療用技文作製工兵寸論話司違合不立脱無適便秘魔説仏筆打泳奏算解憲])法)"
                        r"(?=違反|改正|施行|制定|成立|第\d|第[一二三四五六七八九十]|上の|に基づ|に違反|に抵触|の適用|"
                        r"の規定|の改正|の施行|の成立|で定め|で禁じ|で禁止|で規定|が施行|が成立)")
_LAW_KINDS = {"国際", "国内", "現行", "関連", "改正", "特措", "特別", "一般", "基本", "行政", "刑事", "民事", "手続",
              "実体", "自然", "成文", "慣習", "実定", "戦時", "国家", "地方", "関係", "同様", "上位", "下位", "新規",
              "個別", "既存", "問題", "当該", "海洋", "宇宙", "人道", "経済", "労働", "環境", "宗教", "伝統", "暫定"}
_LAW_LEADS = set("新旧同本各現改諸当前後原元全両該")
# A treaty named by what it bans or limits (対人地雷全面禁止条約, 生物兵器禁止条約, 戦略兵器削減条約): its name
# whole, with no place before it; a kind of treaty (平和条約, 自由貿易協定) names no purpose and stays unnamed.
_PURPOSE_TREATY = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,12}(?:禁止|不拡散|削減|制限|防止|撤廃|廃絶|規制)"
                             r"(?:条約|議定書|協定)")
# A body or a treaty named in quotes (「新駅設置促進協議会」, 「無形文化遺産保護条約」): its name whole.
_QUOTED_BODY = re.compile(r"「(?P<name>[^「」。、\s]{3,30}?(?:(?P<treaty>条約|協定|憲章|議定書)|協議会|委員会|審議会|"
                          r"懇談会|評議会|連合会|連合|同盟|連盟|協会|機構|戦線))」")
# Words the statutes write in kana before their kanji (覚せい|剤取締法, あへん法, たばこ事業法): the law's name
# starts with the word (a kana run before a law is otherwise a particle or a verb: 絡み|政治資金規正法).
_KANA_IN_WORD = re.compile(r"(?:覚せい|あへん|たばこ)$")


def law_mentions(folded: str, by_end: dict[int, list[Mention]]) -> list[Mention]:
    """LAW mentions, and ORG for a body named in quotes; by_end: the names found so far, by where they end."""
    out = []
    out += [Mention(m.start(), m.end(), "", "LAW", source="compound") for m in finditer(_RESOLUTION, folded)]
    out += [Mention(m.start("law"), m.end("law"), "", "LAW", source="compound") for m in finditer(_QUOTED_LAW, folded)]
    out += [Mention(m.start(), m.end(), "", "LAW", source="compound") for m in finditer(_PURPOSE_TREATY, folded)]
    out += [Mention(_law_start(folded, m.start("law")), m.end("law"), "", "LAW", source="compound")
            for m in finditer(_LAW_NAME, folded) if not _names_a_person(m.end("law"), by_end)]
    out += [Mention(m.start("law"), m.end("law"), "", "LAW", source="compound") for m in finditer(_SHORT_LAW, folded)
            if m["law"][:2] not in _LAW_KINDS and m["law"][0] not in _LAW_LEADS
            and not _names_a_person(m.end("law"), by_end)]
    out += [Mention(m.start("name"), m.end("name"), "", "LAW" if m["treaty"] else "ORG", source="compound")
            for m in finditer(_QUOTED_BODY, folded)]
    return out


def _names_a_person(end: int, by_end: dict[int, list[Mention]]) -> bool:
    """Whether a person's name ends at end (神崎武法 is a man, not a law)."""
    return any(m.type == "PERSON" for m in by_end.get(end, ()))


def _law_start(folded: str, start: int) -> int:
    """Where a law's name starts: before a kana-written word that leads into it (覚せい剤取締法)."""
    lead = _KANA_IN_WORD.search(folded, max(0, start - 4), start)
    return lead.start() if lead else start
