"""Katakana common words joined by ・ that the article also uses alone name no body (ホルモン・エストロゲン).

Writers join a kind and its instance, or two terms, with ・ (女性ホルモン・エストロゲン, シミ・ソバカス);
the tagger, seeing katakana words joined as in a company's name (ブレイン・コミュニケーションズ), reads an
organisation. A name's parts are seldom written alone as plain words in the same article; a term's are
(…分泌されるエストロゲン). The tagger's organisation is dropped when each part is one word UniDic knows as
a common noun, none heads the name of a body (リーグ, ニュース, …コーポレーション) or joins the words of a
title (ザ, オブ, アンド), no 社 follows, and one part is written alone elsewhere in the article as a word of
its own (in no mention, glued to no katakana or letters).
"""

from __future__ import annotations

import re

from core.model import Mention
from core.nlp.latin_things import BODY_HEADS
from core.nlp.tokens import Token

# A letter glued to a word that makes it part of a longer word or name (ダイジェスト in …・ダイジェスト・…).
_GLUED = re.compile(r"[\u30a1-\u30faーA-Za-z・=＝]")
_TITLE_WORDS = {"ザ", "オブ", "アンド", "イン", "デ", "ドゥ", "ラ", "ル", "ダ", "ディ", "デル", "エル", "フォー"}


def without_dotted_terms(folded: str, chosen: list[Mention], tokens: list[Token], index_at: dict) -> list[Mention]:
    """The mentions without the tagger's organisations that are katakana terms joined by ・ (see the module)."""
    if "・" not in folded:
        return chosen
    covered = bytearray(len(folded) + 1)
    for m in chosen:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    return [m for m in chosen if not _a_dotted_term(folded, m, tokens, index_at, covered)]


def _a_dotted_term(folded: str, m: Mention, tokens: list[Token], index_at: dict, covered: bytearray) -> bool:
    if m.type != "ORG" or m.source != "tagger" or m.entity_id is not None or "・" not in folded[m.start : m.end] \
            or folded.startswith("社", m.end):
        return False  # before 社 the words are a company's name (オーシャン・スプレー・クランベリー社)
    index = index_at.get(m.start)
    parts: list[Token] = []
    while index is not None and index < len(tokens) and tokens[index].end <= m.end:
        token = tokens[index]
        if len(parts) % 2 == 1:  # a joiner is due
            if token.surface != "・":
                return False
        elif ",普通名詞," not in token.pos or token.unknown or token.surface in BODY_HEADS \
                or token.surface in _TITLE_WORDS or not "\u30a1" <= token.surface[0] <= "\u30fa":
            return False
        parts.append(token)
        index += 1
    if len(parts) < 3 or len(parts) % 2 == 0 or parts[-1].end != m.end:
        return False
    words = {t.surface for t in parts[::2]}
    return any(t.surface in words and not covered[t.start] and not _GLUED.match(folded[t.start - 1 : t.start] or " ")
               and not _GLUED.match(folded[t.end : t.end + 1] or " ") for t in tokens)
