"""A body's short form written in brackets beside its name holds as the body: 東京都教育委員会(都教委)は … 都教委は「…」.

An article names a body in full once, its short form in brackets right after it, then writes the short form
alone (国立感染症研究所(感染研), 原子力規制委員会(規制委)). A claim whose holder is that short form, read as a name
no entity stands for, is held by the body named in full. The short form is taken as one only when its letters
are letters of the full name in their order (都教委 in 東京都教育委員会); a bracket saying where the body is
(佐藤食品工業(新潟市)) or a reading in kana is no short form.
"""

from __future__ import annotations

import re

from core.registry import FOUND_PREFIX

# A short form written in kanji (and katakana): 都教委, 感染研, 規制委, 日経
_SHORT = re.compile(r"[\u4e00-\u9fff\u30a1-\u30faー]{2,6}")
_OPEN, _CLOSE = "(（", ")）"


def letters_in_order(short: str, full: str) -> bool:
    """Whether every letter of short stands in full, in the same order (都教委 in 東京都教育委員会)."""
    rest = iter(full)
    return all(letter in rest for letter in short)


def short_forms(body: str, mentions: list) -> dict[str, object]:
    """Each short form written in brackets right after a body's name → the body's mention."""
    out: dict[str, object] = {}
    for mention in mentions:
        if mention.type != "ORG" or body[mention.end : mention.end + 1] not in _OPEN:
            continue
        close = next((i for i in range(mention.end + 1, min(len(body), mention.end + 9)) if body[i] in _CLOSE), -1)
        inner = body[mention.end + 1 : close] if close > 0 else ""
        full = body[mention.start : mention.end]
        if _SHORT.fullmatch(inner) and len(inner) < len(full) and letters_in_order(inner, full):
            out.setdefault(inner, mention)
    return out


def held_by_full_names(body: str, mentions: list, found: list) -> list:
    """found, each claim held by a bracketed short form (都教委) held by the body it stands for instead."""
    forms = short_forms(body, mentions) if any(c in body for c in _OPEN) else {}
    for candidate in found if forms else ():
        named = forms.get(candidate.holder_text)
        if named is not None and (candidate.holder_entity_id is None or candidate.holder_entity_id.startswith(FOUND_PREFIX)):
            candidate.holder_entity_id, candidate.holder_text = named.entity_id, named.text
    return found
