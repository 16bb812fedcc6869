"""Parties and movements named on their own: a name before 党 (自民党, 与党社会民主党), the party of … (みんなの党),
a movement or a front in katakana (モロ・イスラム解放戦線)."""

from __future__ import annotations

import re
from functools import lru_cache

from core.model import Mention
from core.nlp.tokens import tokenize
from core.scan import finditer

# A party: a name of kanji before 党, unless the word is a kind of party (与党, 野党, 同党, 新党); 与党 or
# 野党 before the name says which side it is on (与党社会民主党 is 社会民主党); a counter after a number is
# no part of it (312票社民党, 2009年民主党).
_COUNTER = "[票人名件台回位年月日歳席代]"  # (第21代自民党総裁: the 21st president)
_PARTY = re.compile(r"(?:(?<![\u4e00-\u9fff\u30a1-\u30fa])(?!(?<=\d)" + _COUNTER + r")|(?<=\d" + _COUNTER + r"))"
                    r"(?:連立与党|最大野党|与党|野党|第\d党|一方|他方)?"
                    r"(?P<party>[\u4e00-\u9fff]{1,7}(?<![与野政同両各全他一離入結解友新本我脱旧])党)"
                    r"(?![員首派内籍費則綱議首大])")
# A party named "the party of …" (維新の党, みんなの党, 希望の党); not 同国の党 or 与党の党首.
_PARTY_OF = re.compile(r"(?:(?<![\u4e00-\u9fff\u30a1-\u30fa])|(?<=\d" + _COUNTER + r"))(?![同各自与野両他我])"
                       r"(?:[\u4e00-\u9fff]{2,3}|みんな|日本のこころ|(?P<verb>[\u4e00-\u9fff]{1,2}[\u3041-\u3093]{1,2}))"
                       r"の党(?![\u4e00-\u9fff])")
# A movement or a front named in katakana (モロ・イスラム解放戦線, サパティスタ民族解放軍, ポリサリオ戦線): a liberation
# head names one whatever the words before it; a bare 戦線 or 運動 only after a proper name (not プレーオフ戦線, デモ運動)
_KATAKANA_MOVEMENT = re.compile(r"(?<![\u30a1-\u30faー・])(?P<name>[\u30a1-\u30faー]{2,}(?:・[\u30a1-\u30faー]{2,})*)"
                                r"[\u4e00-\u9fff]{0,6}?(?:(?P<liberation>解放戦線|救国戦線|解放運動|独立運動|解放機構|解放組織|解放軍)"
                                r"|戦線|運動)(?![\u4e00-\u9fff])")
_QUALIFIER_AFTER_NAME = re.compile(r"(?:元|前|現|次期)")


def party_mentions(folded: str, candidates: list[Mention]) -> list[Mention]:
    """ORG mentions of parties and movements; a person among the candidates glued before a party is no part of it."""
    out = []
    # (金正恩朝鮮労働党委員長, 習近平共産党総書記: a person named before the party, glued, is no part of it)
    people = {m.start: m.end for m in candidates if m.type == "PERSON"} if "党" in folded else {}
    out += [Mention(_after_person(folded, people, m), m.end("party"), "", "ORG", source="compound")
            for m in finditer(_PARTY, folded) if not _party_word(m["party"])]
    out += [Mention(m.start(), m.end(), "", "ORG", source="compound") for m in finditer(_PARTY_OF, folded)
            if not m["verb"] or _verb_form(m["verb"])]
    out += [Mention(m.start(), m.end(), "", "ORG", source="compound") for m in finditer(_KATAKANA_MOVEMENT, folded)
            if m["liberation"] or _proper_name(m["name"])]
    return out


@lru_cache(maxsize=1024)
def _party_word(surface: str) -> bool:
    """Whether a short …党 is one common word for a party's kind or fate (分党, 復党, 残党), not a party's name;
    a name reads as a word and the suffix 党 (社民|党, 参政|党)."""
    if len(surface) > 2:
        return False
    tokens = tokenize(surface)
    return len(tokens) == 1 and tokens[0].pos.startswith("名詞,普通名詞")


@lru_cache(maxsize=1024)
def _verb_form(surface: str) -> bool:
    """Whether a word in kanji and kana before の党 is a verb's form (結い of 結いの党), not a word of how many
    or which (多くの党, 全ての党, 残りの党)."""
    tokens = tokenize(surface)
    return len(tokens) == 1 and tokens[0].pos.startswith("動詞")


@lru_cache(maxsize=1024)
def _proper_name(surface: str) -> bool:
    """Whether UniDic reads a proper name in the katakana (ポリサリオ), not common words only (プレーオフ, デモ)."""
    return any(t.unknown or t.pos.startswith("名詞,固有名詞") for t in tokenize(surface))


def _after_person(folded: str, people: dict[int, int], party: re.Match) -> int:
    """Where a party's name begins: after a person named at its start, glued, and 元/前 after them
    (加藤紘一元自民党幹事長: 自民党), when a name of two letters or more is left."""
    end = people.get(party.start("party"))
    if end is None or end > party.end("party") - 3:
        return party.start("party")
    qualifier = _QUALIFIER_AFTER_NAME.match(folded, end)
    return qualifier.end() if qualifier and qualifier.end() <= party.end("party") - 3 else end
