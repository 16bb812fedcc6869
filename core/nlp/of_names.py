"""A name in katakana whose words are joined by ・オブ・ is one name (バンク・オブ・アメリカ, ボイス・オブ・アメリカ,
ロイヤル・バンク・オブ・スコットランド, ポート・オブ・スペイン).

English "of" inside a transcribed name binds the words on both sides: the place after it (アメリカ, スペイン) is part of
the name, not a place of its own. The name is a city where the article writes it after the word for a capital or
a seat (首都ポート・オブ・スペイン), else a body. A name that opens a bracketed title (「センター・オブ・ジ・アース2」,
a film) is a work, which Kaidan does not annotate: it is left to the other rules.
"""

from __future__ import annotations

import re

from core.model import Mention

_WORD = r"[\u30a1-\u30faー]{2,}"
_OF_NAME = re.compile(r"(?<![\u30a1-\u30faー・=＝「『])" + _WORD + r"(?:・" + _WORD + r")*・オ[ブヴ]・(?:ザ・|ジ・)?"
                      + _WORD + r"(?:・" + _WORD + r")*(?![\u30a1-\u30faー・=＝\d])")
_SEAT = ("首都", "州都", "県都", "省都")


def of_names(folded: str) -> list[Mention]:
    """LOC or ORG mentions for katakana names joined by ・オブ・ (the caller checks the text holds ・オ)."""
    found = list(_OF_NAME.finditer(folded))
    cities = {m.group() for m in found if folded.endswith(_SEAT, 0, m.start())}
    return [Mention(m.start(), m.end(), "", "LOC" if m.group() in cities else "ORG", source="compound") for m in found]
