"""Titles in the phrases of a clause: a phrase that is only a title (長官は, 同氏は: someone named before), the
name a phrase holds without its title (石原都知事 → 石原), the aside or the foreign name in full that may
close it.

Kept apart from core.clauses.reader, which reads the roles of a clause: the claims read names the same way,
and import these from here.
"""

from __future__ import annotations

import re

from core.nlp.offices import LEADERS_PERSON, OFFICE_WORDS
from core.scan import skipping


# An aside closing a name: ホルブルック(RichardHolbrooke), 校長(46)
ASIDE_END = re.compile(r"[(（][^()（）]{1,30}[)）]$")
# A foreign name in full closing a phrase, known to no entity: 外交官リチャード・ホルブルック
FOREIGN_NAME_END = re.compile(r"(?<![\u30a1-\u30faー・])[\u30a1-\u30faー]{2,}(?:[・=＝][\u30a1-\u30faー]{2,})+$")


_TITLE_END = re.compile(r"(?:・?[\u4e00-\u9fff]{0,2}国|・[\u30a1-\u30fa]{2,8})?[都道府県州市米中日韓朝露英仏独伊加豪印]?"
                        r"(?:" + "|".join(OFFICE_WORDS) + r"|[\u4e00-\u9fff]{1,3}相|(?:文部科学|外務|財務|法務|総務|防衛|厚生労働|農林水産|経済産業|国土交通|環境|内閣府|復興)(?:副大臣|大臣政務官|政務官)|校長|社長|会長|監督|弁護士|教授|容疑者|被告)"
                        r"(?:[(（][^()（）]{1,8}[)）])?(?:ら|たち)?$")
_TITLE_END = skipping(_TITLE_END)  # core.scan's skipping twin: the same matches


_BARE_TITLE = re.compile(r"(?:前|元|新|現|次期)?(?:[米中日韓朝露ロ英仏独伊加豪印比越台]|[\u4e00-\u9fff]{1,3}国)?(?:前|元|新|現|次期)?"
                         r"(?:" + "|".join(OFFICE_WORDS) + ")")


# Words of 同 that name no one before: 同席した教官, 同居女性, 同僚, 同級生, 同行筋 (a phrase of their own)
_SAME_NOT_REFERRING = re.compile(r"同(?:席|居|僚|級|乗|伴|郷|窓|世代|年代|業他社|性|行筋)")


def only_a_title(text: str) -> bool:
    """長官, 同氏, 新首相, 同国外相: words that stand for someone named before, no name of their own
    (not a phrase that opens with one: 同氏の地元のスキークラブ, 同社の平野執行役員)."""
    if text.startswith("同"):
        return "の" not in text and len(text) <= 8 and not _SAME_NOT_REFERRING.match(text)
    return _BARE_TITLE.fullmatch(text) is not None


def strip_title(text: str) -> str:
    """石原都知事 → 石原, ベルカンヌ校長(46)ら → ベルカンヌ, 王毅・中国外相 → 王毅; a bare title stays (長官)."""
    match = _TITLE_END.search(text)
    if match is None or match.start() < 2 or LEADERS_PERSON.search(text):  # ブッシュ大統領報道官: the spokesman
        return text
    return text[: match.start()].rstrip("・").removesuffix("の")
