"""Places inside a longer name the tagger is sure of give way to it (東京|オリンピック, 日本|ハム)."""

from __future__ import annotations

import re
from bisect import bisect_left

from core.model import Mention
from core.nlp.suffixed_names import ORG_HEADS_NOUN


# A place at the head of a longer organisation the tagger found (日本ハム, 名古屋電灯) gives
# way to the name; a generic head keeps the place alone (日本政府 and 日本企業 are the country).
_GENERIC_HEADS = ("政府", "側", "人", "国民", "企業", "経済", "社会", "語", "代表", "国内", "領", "問題",
                  "情勢", "戦略", "協力", "関係", "政策", "当局", "議会", "市場")
# How sure the tagger must be of a whole organisation or event name (its lowest marginal) to
# take the place inside it (東京|オリンピック, 日本|ハム): chosen on the stockmark validation
# part and the news development half (bench/tune_nesting.py).
NESTING_CONFIDENCE = 0.5
NESTING_TYPES = ("ORG", "EVENT")
# How sure the tagger must be of an organisation's name to take a place where the looser rule
# leaves it: a place whose name goes on to a generic head with words of its own before it
# (パレスチナ|立法評議会, 京都府|人事委員会: not 日本|政府), or a place that ends a name begun by a
# word in katakana or Latin (ラジオ・|オーストラリア, スポーツ|ニッポン, JR|西日本). The news
# development and learning parts and bench/cross_news.py score the same from 0.3 to 0.95; the
# bar of the looser rule is kept.
SURE_NAME_CONFIDENCE = 0.5
_NAME_BEFORE_PLACE = re.compile(r"[\u30a1-\u30faA-Za-z][\u30a1-\u30faー・A-Za-z ]*")
_WORD_HEADS = tuple(h for h in _GENERIC_HEADS if len(h) > 1)
_ORG_HEAD_AT_END = tuple(sorted(ORG_HEADS_NOUN, key=len, reverse=True))
# After the place, an event's name holds a word of its own in katakana or Latin (オリンピック, Expo).
_NAMED_REST = re.compile(r"[\u30a1-\u30faA-Za-z]")


def give_way(folded: str, chosen: list[Mention], learned: list[Mention], taken: bytearray,
             hold: bool = False) -> list[Mention]:
    """Drop the places that a longer learned name holds, when the tagger is sure of it.

    hold: the names are facilities or products, which Kaidan does not annotate;
    their characters stay taken, so no weaker place fills them again.
    """
    dropped = set()
    # Chosen mentions by start, so the ones under a name are found by bisection (a long article
    # holds thousands of both: a scan of all of them for each name grew with the square).
    order = sorted(chosen, key=lambda m: m.start)
    starts = [m.start for m in order]
    longest = max((m.end - m.start for m in order), default=0)
    for name in learned:
        if (name.type not in NESTING_TYPES and not hold) or (name.confidence or 0.0) < NESTING_CONFIDENCE:
            continue
        window = order[bisect_left(starts, name.start - longest):bisect_left(starts, name.end)]
        inside = [m for m in window if name.start < m.end]
        if hold and not inside:
            taken[name.start : name.end] = b"\x01" * (name.end - name.start)
            continue
        if not inside or any(m.start < name.start or m.end > name.end or m.type not in ("GPE", "LOC")
                             or m.source in ("registry", "user") for m in inside):
            continue
        last = max(m.end for m in inside)
        sure = name.type == "ORG" and not hold and (name.confidence or 0.0) >= SURE_NAME_CONFIDENCE
        if last == name.end:
            if not (sure and _NAME_BEFORE_PLACE.fullmatch(folded, name.start, min(m.start for m in inside))):
                continue
        elif folded.startswith(_GENERIC_HEADS, last) or folded.endswith(_GENERIC_HEADS, last, name.end):
            if not (sure and _named_head(folded, last, name.end)):
                continue
        if name.type == "EVENT" and not _NAMED_REST.search(folded, last, name.end):
            continue  # ウクライナ侵略, ガザ停戦: a place and a common word, not an event's name
        dropped.update(id(m) for m in inside)
        taken[name.start : name.end] = (b"\x01" if hold else b"\x00") * (name.end - name.start)
    return [m for m in chosen if id(m) not in dropped]


def _named_head(folded: str, start: int, end: int) -> bool:
    """The rest of a name after its place is words of its own ending in an organisation's head.

    立法評議会 and 人権委員会 are; 政府 and 議会 alone, 政府… and 企業… after the place, and a list
    of places sharing one head (大阪府・市議会 is two assemblies) are not.
    """
    rest = folded[start:end]
    # a one-letter generic word (人, 側, 語) starts longer words of a name's own (人事委員会)
    if rest in _GENERIC_HEADS or rest.startswith(_WORD_HEADS) or rest.startswith(("・", "、")):
        return False
    head = next((h for h in _ORG_HEAD_AT_END if rest.endswith(h)), "")
    return bool(head) and len(rest) > len(head)
