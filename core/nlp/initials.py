"""A body's short form made of the first letters of its name's words, linked to that name in one article:
社民 and 社民党 for 社会民主党, 自民 for 自由民主党, 国連 for 国際連合, 日銀 for 日本銀行, 陸連 for 日本陸上競技連盟.

Japanese shortens a kanji name by keeping the first character of each of its words, from the first word on (or
from the word after a scope such as 日本 or 全国 that opens it), its head (党, 連盟) kept or left out. Where an
article writes both the full name and such a short form, the two are one body: the short form takes the full name's
entity (or the full name the short form's, when only the short form is one the registry knows). A short form that
fits two names of the article, or a full name already linked to another known entity, links nothing.
"""

from __future__ import annotations

import re

from core.model import Mention
from core.registry import FOUND_PREFIX

_KANJI = re.compile(r"[\u4e00-\u9fff々]+")
# Words that open a name by saying its scope; a short form may start after them (日本陸上競技連盟 → 陸連).
_SCOPES = ("日本", "全日本", "全国", "国際", "世界")
_SHORTEST, _LONGEST = 2, 4
# What a short form leaves out after its letters: nothing, a party's 党 (社民), an exchange's 取引所 (東証, 大証).
_LEFT_OUT = ("", "党", "取引所")


def initial_aliases(folded: str, mentions: list[Mention], starts: dict,
                    linked: dict | None = None) -> dict[str, tuple[str, str]]:
    """Each short form of the article (a surface) → (entity id, type) both its spellings take; the full name's
    surface → the same when the registry knows the short form only. linked: the entities other spellings already
    give surfaces (社民 → 社民党's), surface → (id, type)."""
    linked = linked or {}
    shorts: dict[str, Mention] = {}
    fulls: dict[str, Mention] = {}
    for mention in mentions:
        if mention.type != "ORG" or not mention.entity_id or mention.origin == "user":
            continue
        surface = folded[mention.start : mention.end]
        if not _KANJI.fullmatch(surface):
            continue
        if surface in linked:
            mention = Mention(mention.start, mention.end, mention.text, "ORG", linked[surface][0], source=mention.source)
        if _SHORTEST <= len(surface) <= _LONGEST:
            shorts.setdefault(surface, mention)
        if len(surface) >= _SHORTEST + 2:
            fulls.setdefault(surface, mention)
    if not shorts or not fulls:
        return {}
    out: dict[str, tuple[str, str]] = {}
    for short, short_mention in shorts.items():
        matches = {}
        for full, full_mention in fulls.items():
            if len(full) >= len(short) + 2 and full_mention.entity_id != short_mention.entity_id \
                    and _initials_of(short, _words(full, full_mention.start, starts)):
                matches[full_mention.entity_id] = (full, full_mention)
        if len(matches) != 1:
            continue
        full, full_mention = next(iter(matches.values()))
        known_short = not short_mention.entity_id.startswith(FOUND_PREFIX)
        known_full = not full_mention.entity_id.startswith(FOUND_PREFIX)
        if known_short and known_full:
            continue  # two bodies the registry knows apart
        if known_short:
            out.setdefault(full, (short_mention.entity_id, "ORG"))
        else:
            out.setdefault(short, (full_mention.entity_id, "ORG"))
    return out


def _words(full: str, start: int, starts: dict) -> list[str]:
    """The full name cut where the article's tokens start."""
    cuts = [i for i in range(1, len(full)) if start + i in starts] + [len(full)]
    words, previous = [], 0
    for cut in cuts:
        words.append(full[previous:cut])
        previous = cut
    return words


def _initials_of(short: str, words: list[str]) -> bool:
    """Whether short is the first characters of consecutive words of the name, from its first word (or the one
    after a scope word) to its last (国連 of 国際|連合), or to a party's 党 or an exchange's 取引所 (社民 of 社会|民主|党,
    東証 of 東京|証券|取引|所), or those of the first words and the head's (陸連 of 日本|陸上|競技|連盟, 近鉄 of
    近畿|日本|鉄道)."""
    if len(words) < 2:
        return False
    firsts = [word[0] for word in words]
    openings = [0] + ([1] if words[0] in _SCOPES else [])
    for first in openings:
        run = "".join(firsts[first : first + len(short)])
        if run == short and "".join(words[first + len(short):]) in _LEFT_OUT:
            return True  # every word, or all but a party's 党 (社民) or an exchange's 取引所 (東証); not 厚労省 of
            # 厚生|労働|省|元|局, 東大 of 東京|大学|病院
        # the head kept at the end: 陸(上)… 連(盟) of 日本陸上競技連盟; 社民党 of 社会民主党
        head = firsts[-1]
        if short[-1] == head and len(short) >= 2 and "".join(firsts[first : first + len(short) - 1]) == short[:-1] \
                and first + len(short) - 1 < len(words) - 1:
            return True
    return False
