"""People a sentence names by what they are, not by a name the article knows: 外務省幹部, 政府高官, 同国の報道官,
サービスエリア関係者, 地元の市民, 郵便局員の男性(28).

News quotes officials and passers-by it does not name as often as those it names; no entity mention answers to them,
so a quote's reading that asks for a mention as its speaker leaves their words out. A phrase that ends as people's
descriptions end (core.claims.holders.SPEAKER_END: 関係者, 幹部, 報道官, 職員; the kin and trades of PEOPLE_WORD; the
people of a place: 市民, 国民; a man or a woman described by age or by whose they are: 28歳の男性, 郵便局員の女性) is such
a speaker, and the phrase itself is the claim's holder text. A title alone (報道官は, 長官は) is not: it stands for the
person the article named before.
"""

from __future__ import annotations

import re

from core.claims.described_subjects import PEOPLE_WORD
from core.claims.holders import SPEAKER_END
from core.nlp.offices import OFFICE_WORDS

# The people of a place (市民, 国民, 県民, 住民) and a man or a woman described by age, by decade or by whose they are
# (28歳の男性, 50代女性, 郵便局員の男性; not a bare 男性, which the article may use for anyone)
_MORE_PEOPLE = re.compile(r"(?:[市国県府都道町村区島住]民|(?<=[の代歳])(?:男性|女性))$")
# The family of someone the story tells of, speaking as one: 遺族, 家族, 親族 (遺族は「…」, 家族は…と話している)
_FAMILY = re.compile(r"(?:遺族|家族|親族)$")
# One person written in one letter, by their sex or their kin: 男, 女, 妻, 母 (not 人: anyone)
_ONE_PERSON = re.compile(r"[男女妻夫母父兄姉弟妹娘]")
# An aside in brackets after the words: an age or a trade (男性(45), 職員（広報担当）)
_TRAILING_ASIDE = re.compile(r"[(（][^()（）「」。]{1,16}[)）]$")


def describes_people(phrase: str) -> bool:
    """Whether a noun phrase names people by what they are (外務省幹部, 同国の報道官, 28歳の男性(会社員)), not a title
    alone (報道官), a thing or a name."""
    phrase = _TRAILING_ASIDE.sub("", phrase)
    if _ONE_PERSON.fullmatch(phrase):
        return True  # 男は「金を出せ」と叫んだ, 母は「…」と肩を落とした: a person of the story by their sex or kin
    if len(phrase) < 2 or phrase in OFFICE_WORDS:  # (指さされた人: a bare 人 is anyone)
        return False
    return bool(SPEAKER_END.search(phrase) or PEOPLE_WORD.search(phrase) or _MORE_PEOPLE.search(phrase)
                or _FAMILY.search(phrase))


# A clause describing the people named after it, up to its verb's last letter: 電車に乗り込んだ(神戸市の男性), 列に並ぶ(市内の女性)
DESCRIBING_CLAUSE = re.compile(r".*[\u4e00-\u9fff][ぁ-ゖ]*?[たるむくすうつぐぶだい](?=[\u4e00-\u9fff\u30a1-\u30fa])")
