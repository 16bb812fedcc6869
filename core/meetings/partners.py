"""Bodies the entity detector missed, named just before the と that joins them to a meeting's other side.

ウエスタンデジタル社とHuluが締結, ジェイロックとマネジメント契約を締結した: a name in katakana or Latin
letters right before と in a sentence that tells a meeting is one of its sides, when UniDic reads a
proper noun or a word it does not know in it (ファンと, メンバーと, ワイワイと are no sides).
"""

from __future__ import annotations

import re

from core.model import Mention
from core.nlp.tokens import tokenize

# a run of katakana or Latin letters, a company's 社 after it, then と (not という, として, となる …)
_NAMED_PARTNER = re.compile(r"(?<![\u30a1-\u30faーA-Za-z0-9・&])(?P<name>[\u30a1-\u30faー・]{3,16}|[A-Za-z][A-Za-z0-9&.\-]{1,15})"
                            r"(?:社)?(?=と(?!いう|いった|して|なっ|なる|なり|見られ|思わ|考え|共に|ともに))")


def _one_common_word(name: str) -> bool:
    """Whether UniDic reads the name as words it knows, none a proper noun (メンバー, キーステーション,
    タラバガニ), or it says a sound twice (ワイワイと, キラキラと: how something is done)."""
    half = len(name) // 2
    if len(name) % 2 == 0 and name[:half] == name[half:]:
        return True
    return not any(t.unknown or t.pos.startswith("名詞,固有名詞") for t in tokenize(name))


def named_partners(body: str, s_start: int, s_end: int, taken: list[tuple[int, int]]) -> list[Mention]:
    """ORG mentions for the katakana or Latin names joined by と in [s_start, s_end) no mention covers."""
    out = []
    for found in _NAMED_PARTNER.finditer(body, s_start, s_end):
        start, end = found.span("name")
        name = found.group("name")
        if name.strip("・ー") != name or any(a < end and start < b for a, b in taken) or _one_common_word(name):
            continue
        out.append(Mention(start, end, name, "ORG", None, source=None))
    return out
