"""Chosen spans read as another type: a seat of government where things are held, a region, a leader's group, a doctrine."""

from __future__ import annotations

import re
from dataclasses import replace

from core.model import Mention
from core.nlp.name_chars import KANJI_NAME, is_katakana
from core.registry import Registry


# A doctrine or school named after a person (マルクス主義, ケインズ経済学, ダーウィン主義), and the group that
# follows one when the word goes on to 派 or 党 (毛沢東主義派, ケインズ学派).
_DOCTRINE_AFTER = re.compile(r"(?:主義|思想|経済学|哲学|史観|理論|学(?=派))(?P<group>派|党)?(?![\u4e00-\u9fff])")


def doctrines(folded: str, chosen: list[Mention]) -> list[Mention]:
    """The mentions without a person's (or a katakana place's) name that begins a doctrine's word: no one
    is named there; the word is an organisation only when it names a group (…派, …党)."""
    out = []
    for index, mention in enumerate(chosen):
        doctrine = _DOCTRINE_AFTER.match(folded, mention.end) if mention.type == "PERSON" or (
            mention.type in ("LOC", "GPE") and all(map(is_katakana, folded[mention.start : mention.end]))) else None
        if doctrine is None:
            out.append(mention)
            continue
        following = chosen[index + 1].start if index + 1 < len(chosen) else len(folded)
        if doctrine["group"] and doctrine.end() <= following:
            out.append(Mention(mention.start, doctrine.end(), "", "ORG", source=mention.source))
    return out


# A seat of government that is a building (首相官邸, ホワイトハウス, クレムリン, 青瓦台, エリゼ宮) and the words
# after it that make it the place where something happens (官邸で会見, 官邸前, クレムリン内).
_SEAT_BUILDING = re.compile(r"(?:官邸|公邸|ハウス|府|宮|クレムリン|青瓦台|番地)$")
_AT_A_PLACE = re.compile(r"で(?!は|も|すら)|前(?![\u4e00-\u9fff])|内(?![\u4e00-\u9fff])")


def seat_as_place(folded: str, mention: Mention, registry: Registry) -> Mention:
    """A government's seat is an organisation when it acts (ホワイトハウスは声明で) and a place where something
    is held (首相官邸で記者会見, 官邸前, クレムリン内), as the news gold reads 官邸."""
    entity = registry.get(mention.entity_id)
    if entity is None or entity.attributes.get("kind") != "government" \
            or not _SEAT_BUILDING.search(folded, mention.start, mention.end) or not _AT_A_PLACE.match(folded, mention.end):
        return mention
    return replace(mention, type="LOC")


_REGIONS_AFTER = re.compile(r"(?:・[\u4e00-\u9fff]{2,3})+地方")


def region_in_a_list(folded: str, mention: Mention, registry: Registry) -> Mention:
    """A region listed before others that share 地方 with it (中国・四国地方) is that region, not the country."""
    if not _REGIONS_AFTER.match(folded, mention.end):
        return mention
    name = folded[mention.start : mention.end] + "地方"
    ids = registry.named(name) or []
    region = next((registry.entities[i] for i in ids if registry.entities[i].type == "LOC"), None)
    return replace(mention, type="LOC", entity_id=region.id) if region else mention


def leaders_groups(folded: str, chosen: list[Mention], registry: Registry) -> list[Mention]:
    """A politician's group named after them (武部グループ, 鳩山グループ) gives the person, as …派 and …内閣 do:
    the name before グループ is in kanji, a person named elsewhere in the article or a known person's surname
    (トヨタグループ and カーライルグループ are companies)."""
    people = {folded[m.start : m.end] for m in chosen if m.type == "PERSON"}
    out = []
    for mention in chosen:
        name = folded[mention.start : mention.end - 4]
        if mention.type == "ORG" and folded.endswith("グループ", mention.start, mention.end) and KANJI_NAME.fullmatch(name) and (
                name in people or any(registry.entities[i].type == "PERSON" for i in registry.surnames.get(name, ()))):
            mention = Mention(mention.start, mention.end - 4, "", "PERSON", source=mention.source)
        out.append(mention)
    return out


def joined_places(folded: str, chosen: list[Mention]) -> list[Mention]:
    """Two places written as one with = between katakana (ザクセン=アンハルト州) are one place."""
    out: list[Mention] = []
    for mention in chosen:
        start = mention.start
        if mention.type != "LOC" or start < 2 or folded[start - 1] not in "=＝" \
                or not is_katakana(folded[start]) or not is_katakana(folded[start - 2]):
            out.append(mention)
            continue
        first = start - 2
        while first > 0 and is_katakana(folded[first - 1]):
            first -= 1
        last = out[-1] if out else None
        if last is not None and last.end > first:
            if last.type not in ("GPE", "LOC") or last.start > first:
                out.append(mention)
                continue
            first = out.pop().start
        out.append(Mention(first, mention.end, "", "LOC", source=mention.source))
    return out
