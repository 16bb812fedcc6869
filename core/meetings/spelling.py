"""A known person written another way: ネタニエフ for ネタニヤフ, ヴ for ブ, with or without ー and ・.

Outlets transcribe foreign names differently, so one meeting told by two of them names one leader two
ways. A participant the entity rules did not recognise (a found: person) whose katakana name is a known
person's name but for such a variant is taken as that person, in the proposal itself, so the desktop and
the batch join the two tellings alike.
"""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from core.registry import Registry, found_name
from core.text import fold

_KATAKANA = re.compile(r"[ァ-ヺー・＝=]+")
_SMALL = str.maketrans("ァィゥェォヵヶッャュョヮ", "アイウエオカケツヤユヨワ")
_VU = (("ヴァ", "バ"), ("ヴィ", "ビ"), ("ヴェ", "ベ"), ("ヴォ", "ボ"), ("ヴ", "ブ"), ("ヂ", "ジ"), ("ヅ", "ズ"))
_MIN_LENGTH = 5  # a substituted kana in a shorter name is another name (ブッシュ, ブッシャ)
# a long vowel written as a kana is read as one in a name of four kana or more, counted without ー and ・
# (ハメネイ / ハーメネイー); in a shorter one it is another name (ルイ, ル)
_LONG_NAME = 4
_INDEX: WeakKeyDictionary = WeakKeyDictionary()
# A vowel written after a kana that ends in it (キイ, カア, スウ) or イ after e, ウ after o (ケイ, ロウ): the long
# vowel other outlets write with ー (ゼレンスキイ / ゼレンスキー, ベイカー / ベーカー)
_ROWS = {"a": "アカガサザタダナハバパマヤャラワ", "i": "イキギシジチヂニヒビピミリ", "u": "ウクグスズツヅヌフブプムユュル",
         "e": "エケゲセゼテデネヘベペメレ", "o": "オコゴソゾトドノホボポモヨョロヲ"}
_LONG_VOWEL = re.compile("|".join(f"[{row}]" + vowel for row, vowel in (
    (_ROWS["a"], "ア"), (_ROWS["i"], "イ"), (_ROWS["u"], "ウ"), (_ROWS["e"], "[エイ]"), (_ROWS["o"], "[オウ]"))))


def spelling_key(name: str) -> str | None:
    """A katakana name without the marks outlets add or drop (ー, ・, small kana, ヴ); None for other names."""
    name = fold(name)
    if not _KATAKANA.fullmatch(name):
        return None
    for written, said in _VU:
        name = name.replace(written, said)
    if len(re.sub(r"[ー・＝=]", "", name)) >= _LONG_NAME:  # counted without the marks, as both spellings are
        name = _LONG_VOWEL.sub(lambda m: m.group(0)[0], name)  # ゼレンスキイ, ゼレンスキー: one long vowel written two ways
    return re.sub(r"[ー・＝=]", "", name).translate(_SMALL)


def one_kana_apart(a: str, b: str) -> bool:
    """The same length and the same but for one kana, not the first (ネタニヤフ, ネタニエフ)."""
    return len(a) == len(b) >= _MIN_LENGTH and a[0] == b[0] and sum(x != y for x, y in zip(a, b)) == 1


def _people(registry: Registry) -> dict[str, set[str]]:
    """Spelling keys of every known person's names as the gazetteer writes them → their ids (not the last
    part of a full name alone: アジーズ is many people's family name)."""
    index = _INDEX.get(registry)
    if index is None:
        index = {}
        for entity in registry.entities.values():
            if entity.type != "PERSON":
                continue
            full = entity.attributes.get("full") or ""
            for surface in {entity.name, full, *entity.aliases}:
                key = spelling_key(surface) if surface else None
                if key:
                    index.setdefault(key, set()).add(entity.id)
        _INDEX[registry] = index
    return index


def known_spelling(name: str, registry: Registry) -> str | None:
    """The one known person a katakana name writes another way, or None (none, or more than one)."""
    key = spelling_key(name)
    if not key:
        return None
    index = _people(registry)
    ids = set(index.get(key, ()))
    if not ids and len(key) >= _MIN_LENGTH:
        ids = {i for other, found in index.items() if one_kana_apart(key, other) for i in found}
    return next(iter(ids)) if len(ids) == 1 else None


def known_people(proposal, registry: Registry) -> None:
    """Found people of a proposal written as a known person is written by another outlet become that person."""
    have = {p.entity_id for p in proposal.participants if p.entity_id}
    for p in proposal.participants:
        name = found_name(p.entity_id) if p.entity_id else p.name
        if p.entity_id and not p.entity_id.startswith("found:PERSON:"):
            continue
        known = known_spelling(name or p.name, registry)
        if known and known not in have:
            p.entity_id = known
            have.add(known)
