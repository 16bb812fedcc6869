"""Whether a text is a person's name: family and given name by UniDic, katakana joined by a dot, or Latin words."""

from __future__ import annotations

import re

from core.nlp.tokens import tokenize

# Capitalised words that are page sections, not people.
NOT_NAMES = {
    "news", "story", "stories", "top", "world", "business", "japan", "magazine", "home",
    "menu", "online", "digital", "edition", "video", "live", "latest", "opinion",
    "features", "special", "premium", "sports", "tech", "politics", "markets", "more",
    "wonderful", "innovator", "challenging", "ranking", "search", "login", "the", "of",
    # buttons and page controls
    "scroll", "left", "right", "next", "prev", "previous", "share", "print", "follow", "subscribe",
}
_NAME_SHAPE = re.compile(r"^[\u4e00-\u9fff々ヶ][\u4e00-\u9fff々ヶ\u3041-\u30ff]{0,4}[ \u3000]?[\u4e00-\u9fff々ヶ\u3041-\u30ff]{1,5}$")
ORGANISATION = re.compile(r"新聞|ニュース|通信|放送|編集部|デジタル|オンライン|NEWS|News|Web|WEB")
KATAKANA_NAME = re.compile(r"^[ァ-ヶー]{2,}(?:[・＝=][ァ-ヶー]{2,})+$")


def is_person_name(text: str) -> bool:
    """A line that is only a person's name (姓 then 名 by UniDic, at most ten characters)."""
    text = text.strip()
    if not _NAME_SHAPE.match(text) or ORGANISATION.search(text):
        return False  # one cheap look before the tagger: a kanji surname, a given name, nothing else
    words = [t for t in tokenize(text) if t.surface.strip()]
    if not words or len(words) > 4:
        return False
    return words[0].pos.startswith("名詞,固有名詞,人名,姓") and all(
        w.pos.startswith("名詞") for w in words[1:]
    ) and len(words) >= 2


def is_name(text: str) -> bool:
    """A person's name: a Japanese one UniDic reads as family + given name, or a katakana or Latin one."""
    text = text.strip()
    if not text or len(text) > 20 or ORGANISATION.search(text) or re.search(r"[「」『』“”。、！？!?]", text):
        return False
    if KATAKANA_NAME.match(text) or is_person_name(text):
        return True
    words = text.split()
    # Latin: given and family name (a single or all-capital word is a brand more often than a person)
    return 2 <= len(words) <= 3 and all(re.fullmatch(r"[A-Z][a-z.'-]+|[A-Z]\.", w) for w in words) \
        and not {w.lower() for w in words} & NOT_NAMES
