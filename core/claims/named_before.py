"""A holder written short or pointed back to, read as the name the article wrote before."""

from __future__ import annotations

import re

from core.clauses.spans import SpanIndex

# A people or body pointed back to (この関係者, その団体): the phrase the article named them with before
_POINTED = re.compile(r"(?:この|その)(?P<noun>[\u4e00-\u9fff\u30a1-\u30faー]{2,8})")


def referred_back(body: str, text: str, before: int) -> str:
    """この関係者 → 教団関係者 when the article named a 教団関係者 before; the noun alone (関係者) when it named none."""
    match = _POINTED.fullmatch(text)
    if match is None:
        return text
    noun = match.group("noun")
    named = None
    for named in re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30faー])(?<!この)(?<!その)[\u4e00-\u9fff\u30a1-\u30faー]{0,8}" + re.escape(noun)).finditer(
            body, 0, max(0, before)):
        pass  # the last one written before
    return named.group(0) if named is not None else noun


def shortened(text: str, organisations: SpanIndex, before: int):
    """The organisation named before whose name text shortens (選挙委員会 → イラク独立選挙管理委員会): its
    letters in order, ending with the same word, not a plain part of it (委員会 alone is no name)."""
    if not 4 <= len(text) <= 10 or not _BODY_END.search(text):
        return None
    for mention in organisations.before(before, limit=24):
        name = mention.text
        if len(name) <= len(text) or text in name or name[-2:] != text[-2:]:
            continue
        at = 0
        for char in text:
            at = name.find(char, at) + 1
            if not at:
                break
        if at:
            return mention
    return None


def authority(text: str, organisations: SpanIndex, before: int):
    """The public body named last before a bare 当局 (the article calls it so once named), or None."""
    if text != "当局":
        return None
    named = [m for m in organisations.before(before, limit=24) if _AUTHORITY.search(m.text)]
    return named[0] if named else None


_AUTHORITY = re.compile(r"(?:委員会|省|庁|警察|警察署|署|当局|政府|府|局)$")
_BODY_END = re.compile(r"(?:委員会|協会|連盟|機構|評議会|理事会|組合|連合)$")
