"""A holder's text that cannot be a name: cut before or after its particle (14日に, 春日・と), ending in a verb
(悔しさを滲ませながら, 運転していた, 接見した), a word pointing elsewhere (こちら, それ), across a clause's comma (朝日新聞によると16日、加藤) or with a
bracket it does not close (TBSの新報道番組「NEWS23 X). Such a text is a piece of the sentence a reader cut
wrong, never who holds the claim: the claim keeps the holder read otherwise, else it has none. A name in brackets
the sentence opened before it ((河北新報) is the name without the bracket."""

from __future__ import annotations

import re
from dataclasses import replace

from core.sentences import LONGEST
from core.text import stop_start

# A particle right after a word (a name cut with its particle): 14日に, 春日・と, 米国の, ABや
_PARTICLE_END = re.compile(r"(?<=[\u4e00-\u9fff\u30a1-\u30faー・A-Za-z0-9０-９])[にをがはとでへもの]$")
# A verb or a clause's joint at the end: …ながら(も), …つつ, …した, …していた, …について, …に対する
_VERB_END = re.compile(r"(?:ながら|ながらも|つつ|(?:し|い|っ|れ|え)た|ている|について|に対する|による|として)$")
# A verb that qualifies the noun after it (運転していた容疑者は, 接見した弁護士は): the noun is who is meant
_QUALIFIES = re.compile(r"(?:(?:し|い|っ|れ|え)た|ている)$")
_HEAD = re.compile(r"[\u4e00-\u9fff\u30a1-\u30faー]{1,10}?(?=(?:ら|たち)?(?:は|が|も)、?)")
# A comma after words of a clause (朝日新聞によると16日、加藤), not one between names (天皇、皇后両陛下)
_CLAUSE_COMMA = re.compile(r"[\u3041-\u3096][^、]*、")
# A name and its subject's particle opening a cut text: 岐阜市が20日に, 情報センターは10日、北京市当局
_NAMED_FIRST = re.compile(r"(?P<name>[\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9・]{2,24})(?:は|が)")
# A word pointing at someone named elsewhere (「…」とこちらも不快感を示した: this side too; 自らは: the one named after)
DEMONSTRATIVE = re.compile(r"(?:こちら|そちら|あちら|こっち|そっち|これ|それ|あれ|自ら|自身)(?:ら|側)?")
# When or at what a word was said, never who said it: 試合序盤は「…」, インタビューの冒頭では, 優勝後のコメントでは, 11月16日の
# 放送では, 前半から (the speaker is the one the sentence or the paragraph is about)
SETTING = re.compile(r"(?:冒頭|序盤|中盤|終盤|前半|後半|最後|最初|途中|当日|当時|直後|直前|以降|(?<=[日回]の)放送|"
                     r"(?<=[\u4e00-\u9fff])(?:後|中|時))$")
_PAIRS = (("「", "」"), ("『", "』"), ("(", ")"), ("（", "）"), ("“", "”"))
_OPENS = "".join(a for a, _ in _PAIRS)
_CLOSES = "".join(b for _, b in _PAIRS)


def _balanced(text: str) -> bool:
    return all(text.count(a) == text.count(b) for a, b in _PAIRS)


def bare(text: str) -> str:
    """The text without an opening bracket before it or a closing one after it that it does not pair: (河北新報 →
    河北新報; a balanced text as it is."""
    while text and text[0] in _OPENS and not _balanced(text):
        text = text[1:]
    while text and text[-1] in _CLOSES and not _balanced(text):
        text = text[:-1]
    return text


def not_a_name(text: str | None) -> bool:
    """Whether a holder's text is a piece of a sentence, no name (see the module's docstring)."""
    if not text:
        return False
    return bool(_PARTICLE_END.search(text) or _VERB_END.search(text) or _CLAUSE_COMMA.search(text)) or "。" in text \
        or not _balanced(text) or DEMONSTRATIVE.fullmatch(text) is not None


def head_after(body: str, text: str, start: int) -> str | None:
    """The noun a verb qualifies when a holder's text is that verb cut off its noun (運転していた → 容疑者 in
    運転していた容疑者は), read in the sentence before start, else None."""
    if not text or not _QUALIFIES.search(text):
        return None
    at = body.rfind(text, stop_start(body, start, LONGEST), start)
    head = _HEAD.match(body, at + len(text)) if at >= 0 else None
    return head.group(0) if head is not None else None


def named_holders(found: list) -> list:
    """The candidates, each holder text that is no name made bare of its stray bracket, else cut to the name it opens
    with before its particle (岐阜市が20日に → 岐阜市), else taken off."""
    out = []
    for candidate in found:
        guessed = candidate.holder_entity_id is None or candidate.holder_entity_id.startswith("found:")
        text = candidate.holder_text
        if guessed and text and not _balanced(text) and not not_a_name(bare(text)):
            candidate = replace(candidate, holder_text=bare(text))
        elif guessed and not_a_name(text):
            first = _NAMED_FIRST.match(text)  # 岐阜市が20日に: the name before its particle
            kept = first.group("name") if first is not None and not not_a_name(first.group("name")) else None
            candidate = replace(candidate, holder_entity_id=None, holder_text=kept)
        out.append(candidate)
    return out
