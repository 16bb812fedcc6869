"""Short forms an article defines for a name: 全国農業協同組合中央会(以下、全中), アイリスオーヤマ(以下・アイリス),
スポーツニッポン(以下スポニチ), 奥澤穂菜美（以下、奥澤）, 『大阪維新の会』(以下、「維新の会」).

The writer says the short form stands for the name before the bracket, so it is that name's kind of entity in the
bracket and wherever the article writes it after, whatever another rule or the tagger read it as (アイリス is no
person there). A name no rule found before the bracket defines nothing; neither does a date (8月5日(以下、UTC+9)).
"""

from __future__ import annotations

import re

from core.model import Mention
from core.nlp.text_index import Occurrences, SpanIndex
from core.scan import finditer

_DEFINED = re.compile(r"[(（]以下(?:、|・|,|，|は)?[「『]?(?P<short>[^「」『』()（）、。,・\s]{1,15}?)[」』]?"
                      r"(?:と(?:表記|略)(?:する|します)?)?[)）]")
# A body's name no rule found, right before the bracket: a run of kanji, katakana or Latin letters (four or more)
# ending in a body's head word.
_BODY_BEFORE = re.compile(r"(?<![\u4e00-\u9fff々\u30a1-\u30faーA-Za-z0-9・])[\u4e00-\u9fff々\u30a1-\u30faーA-Za-z0-9・]{2,26}"
                          r"(?:協会|連盟|連合会|中央会|組合|機構|委員会|公社|財団|銀行|保険|鉄道|放送|新聞|大学|省|庁|党)$")
_NAMED_KINDS = {"PERSON", "ORG", "GPE", "LOC", "EVENT", "LAW"}
_KANJI = re.compile(r"[\u4e00-\u9fff々]")
_KATAKANA = re.compile(r"[\u30a1-\u30faー]")
_LATIN = re.compile(r"[A-Za-z0-9]")


def defined_short_forms(folded: str, chosen: list[Mention]) -> list[Mention]:
    """chosen with each defined short form a mention of its name's kind and entity, in the bracket and after it."""
    if "以下" not in folded:
        return chosen
    by_end = {m.end: m for m in chosen if m.type in _NAMED_KINDS}
    added: list[Mention] = []
    occurrences = Occurrences(folded)
    for found in finditer(_DEFINED, folded):
        end = found.start()
        name = by_end.get(end) or (by_end.get(end - 1) if folded[end - 1 : end] in "」』" else None)
        if name is None and (body := _BODY_BEFORE.search(folded, max(0, end - 30), end)):
            name = Mention(body.start(), body.end(), "", "ORG", source="title")  # 全国農業協同組合中央会(以下、全中)
            added.append(name)
        short = found.group("short")
        if name is None or short == folded[name.start : name.end]:
            continue
        for start in occurrences.after(short, found.start("short")):
            stop = start + len(short)
            if start == found.start("short") or _whole(folded, start, stop):
                added.append(Mention(start, stop, "", name.type, name.entity_id, source="title"))
    # a longer name holding an occurrence (毎日 in 毎日新聞) keeps it: no short form there
    spans = SpanIndex(chosen)
    added = [a for a in added if not any(m.start < a.end and a.start < m.end and not (a.start <= m.start and m.end <= a.end)
                                         for m in spans.near(a.start, a.end))]
    if not added:
        return chosen
    # the short form takes the place of what was read inside it (アイリス as a person)
    forms = SpanIndex(added)
    kept = [m for m in chosen if not any(a.start <= m.start and m.end <= a.end for a in forms.near(m.start, m.end))]
    return sorted(kept + added, key=lambda m: m.start)


def _whole(folded: str, start: int, stop: int) -> bool:
    """The short form is not part of a longer word: no letter of its first or last letter's kind glued to it."""
    for char, neighbour in ((folded[start], folded[start - 1 : start]), (folded[stop - 1], folded[stop : stop + 1])):
        for kind in (_KANJI, _KATAKANA, _LATIN):
            if kind.match(char) and neighbour and kind.match(neighbour):
                return False
    return True
