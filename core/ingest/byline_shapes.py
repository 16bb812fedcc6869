"""Writers named on a line whose shape alone says it is a byline, whatever the names.

UniDic reads common Japanese names as names, but not every one (田中美咲, 東海林紬,
江連能弘). A line that is only a writer label and a name (文：…, 記者名：…,
取材・文／…, 写真・文　…) or a name and a reporter's role (…記者, （…特派員）,
【…記者】) names a writer by its shape: there the name needs only to look like
one (two to seven kanji or kana, a katakana name with ・, Latin words), never an
organisation or a desk.
"""

from __future__ import annotations

import re

from core.cleaning.agencies import agency_name
from core.nlp.tokens import tokenize

_OPEN, _CLOSE = r"[(（【［\[〔]?\s*", r"\s*[)）】］\]〕]?"
_LABEL = (r"取材・文|構成・文|取材・構成|文・写真|写真・文|文・構成|文と写真|写真と文|記者名|記者|文責|文|執筆者?|筆者"
          r"|ライター|Text|Words|Written by|By")
_LABELLED = re.compile(rf"^{_OPEN}(?:{_LABEL})\s*(?:[:：=＝／/・]\s*|[\s　]+)(?P<rest>\S.*?){_CLOSE}$", re.I)
_ROLE = r"記者|特派員|編集委員|論説委員|解説委員|専門記者|支局長|総局長|通信員"
_ROLED = re.compile(rf"^{_OPEN}(?P<rest>[^\s　(（【\[]{{1,5}}(?:[\s　][^\s　]{{1,5}})?)[\s　]*(?:{_ROLE}){_CLOSE}$")
# another credit after the writer's name (文：A　写真：B, Text: A / Photo: B): the writer only
_NEXT_CREDIT = re.compile(r"\s*(?:[/／|｜]|[\s　])\s*(?:写真|撮影|イラスト|図|編集|Photos?|Illustration|Edit)\b.*$", re.I)
_BAR = re.compile(r"\s*[|｜]\s*")
_SEPARATORS = re.compile(r"\s*[、，,;；/／]\s*|\s+and\s+")
_KANJI_NAME = re.compile(r"^[\u4e00-\u9fff々]{1,4}[\s　]?[\u4e00-\u9fff々\u3041-\u3096\u30a1-\u30fa]{1,4}$")
_KATAKANA_NAME = re.compile(r"^[ァ-ヺー]{2,}(?:[・＝=][ァ-ヺー]{2,})+$")
_LATIN_NAME = re.compile(r"^[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’.-]*){1,2}$")
# the last character of a body, not a person: 政治部, 共同社, 取材班, 広報室…
_BODY_END = set("部局班室課社会庁省党署団校院所館誌紙網")
_NOT_NAMES = re.compile(r"編集|取材|制作|提供|協力|担当|構成|撮影|写真|新聞|通信|放送|ニュース|デジタル|スタッフ")


def shaped_names(text: str) -> list[str]:
    """The writers a byline-shaped line names (文：東海林紬 → [東海林紬]), else []."""
    text = text.strip()
    if not text or len(text) > 40:
        return []
    for part in _BAR.split(text):  # 山田太郎 記者 | 毎日新聞: the outlet beside the byline
        match = _LABELLED.match(part) or _ROLED.match(part)
        if match is not None:
            return _names(match["rest"])
    return []


def _names(rest: str) -> list[str]:
    rest = _NEXT_CREDIT.sub("", rest).strip()
    rest = re.sub(rf"[\s　]*(?:{_ROLE})$", "", rest)
    names = [part.strip() for part in _SEPARATORS.split(rest) if part.strip()]
    if not names or len(names) > 3 or not all(name_shaped(n) for n in names):
        return []
    return names


def name_shaped(name: str) -> bool:
    """Looks like a person's name, whether or not UniDic knows it."""
    if _NOT_NAMES.search(name) or agency_name(name):
        return False
    if _KANJI_NAME.match(name):
        bare = re.sub(r"[\s　]", "", name)
        return 2 <= len(bare) <= 7 and bare[-1] not in _BODY_END and not place_or_body(bare)
    return bool(_KATAKANA_NAME.match(name) or _LATIN_NAME.match(name))


def place_or_body(text: str) -> bool:
    """UniDic reads a word of it as a place or an organisation and none as a person's name (北京, not 福岡太郎)."""
    kinds = [t.pos for t in tokenize(text) if t.surface.strip()]
    return (any(k.startswith(("名詞,固有名詞,地名", "名詞,固有名詞,組織")) for k in kinds)
            and not any(k.startswith("名詞,固有名詞,人名") for k in kinds))
