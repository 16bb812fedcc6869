"""Generic names of a country's body (民主党, 国軍, 上院) and the countries an article names.

Other countries' bodies bear the same generic name: the body is the one the article
writes with its country (スリランカ国軍 … 国軍), else the registry's body of a country
the article names (or of Japan, whose news it is), else a library entity of its own.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from core.model import Mention
from core.nlp.linking import found_id
from core.nlp.tokens import tokenize
from core.registry import FOUND_PREFIX, Registry
from core.text import fold

KANJI = re.compile(r"[\u4e00-\u9fff]+")
# A generic name of a country's body is short: 民主党, 国軍, 上院, 国務省, 連邦議会.
_GENERIC_LONGEST = 4
# Japanese news speaks of Japan whether it names it or not: its bodies' generic names (外務省) stay Japan's.
_HOME = "JP"
_CITED = "cited:"


def generic_by_country(folded: str, mentions: list[Mention], registry: Registry) -> list[Mention]:
    """Generic names of a country's body (民主党, 国軍, 共産党) linked to the body of a country the article
    names (else of Japan, whose news it is), and a library entity of their own when no such body is known."""
    generic = [i for i, m in enumerate(mentions) if m.type == "ORG" and m.entity_id and m.origin != "user"
               and generic_name(folded[m.start : m.end], registry.get(m.entity_id), registry)]
    if not generic:
        return mentions
    named = _countries(mentions, set(generic), registry)
    out = list(mentions)
    for i in generic:
        mention = mentions[i]
        surface = folded[mention.start : mention.end]
        bodies = _bodies(registry, surface)
        current = registry.get(mention.entity_id)
        chosen = [e for e in bodies if named[e.attributes.get("country")] or named[_CITED + e.attributes["country"]]]
        if chosen and all(e.attributes.get("country") != _HOME for e in chosen) \
                and named[_HOME] > max(named[e.attributes.get("country")] for e in chosen):
            chosen = []  # Japan named more than the others: a Japanese election's 民主党 (訪米 written once)
        chosen = chosen or [e for e in bodies if e.attributes.get("country") == _HOME]
        if current in chosen:
            continue
        entity_id = chosen[0].id if chosen else found_id("ORG", surface)
        out[i] = replace(mention, entity_id=entity_id, type="ORG")
    return out


def _bodies(registry: Registry, surface: str) -> list:
    """The registry's entities of a country that bear exactly this name."""
    entities = [registry.get(i) for i in registry.named(fold(surface)) or ()]
    return [e for e in entities if e is not None and e.attributes.get("country")]


def country_marked(folded: str, mentions: list[Mention], registry: Registry) -> dict[str, tuple[str, str]]:
    """Each generic name the article also writes with its country (スリランカ国軍 … 国軍, 米民主党 … 民主党)
    → (id, type) of the country-marked name; not when two countries' bodies of that name are written."""
    out: dict[str, tuple[str, str] | None] = {}
    for mention in mentions:
        if mention.type != "ORG" or not mention.entity_id:
            continue
        surface = folded[mention.start : mention.end]
        for cut in range(1, len(surface) - 1):
            rest = surface[cut:]
            # the country is looked up before UniDic reads the rest (a tokenizer call for each new surface)
            if len(rest) <= _GENERIC_LONGEST and KANJI.fullmatch(rest) and _country_word(surface[:cut], registry) \
                    and common_words(rest):
                target = (mention.entity_id, "ORG")
                out[rest] = target if out.get(rest, target) == target else None
                break
    return {surface: target for surface, target in out.items() if target is not None}


def generic_name(surface: str, entity, registry: Registry) -> bool:
    """Whether the entity's surface is the generic part of a country-marked name it also has
    (民主党 of 米民主党, 国軍 of ミャンマー国軍): other countries' bodies bear it too."""
    if entity is None or not entity.attributes.get("country") or len(surface) > _GENERIC_LONGEST \
            or not KANJI.fullmatch(surface):
        return False
    # A proper name (CNN of 米CNN, ホワイトハウス, 戦略国際問題研究所) is one body whoever writes of it. The names
    # are looked up first: UniDic reads the surface (a tokenizer call) only when a country-marked one ends with it.
    return any(other != surface and other.endswith(surface) and _country_word(other[: -len(surface)], registry)
               for other in (entity.name, *entity.aliases)) and common_words(surface)


@lru_cache(maxsize=512)
def common_words(surface: str) -> bool:
    """Whether UniDic reads the name as common words only (民主|党, 国軍, 下院, レンタル)."""
    tokens = tokenize(surface)
    return bool(tokens) and all(not t.unknown and t.pos.startswith(("名詞,普通名詞", "接尾辞", "接頭辞")) for t in tokens)


def _country_word(word: str, registry: Registry) -> bool:
    """Whether the word is a country's name or abbreviation (スリランカ, 米)."""
    return country_code(word, registry) is not None


def country_code(word: str, registry: Registry) -> str | None:
    """The code of the country the word names (スリランカ → LK, 米 → US), else None."""
    if word in registry.abbreviations:
        return registry.abbreviations[word].split(":", 1)[1]
    ids = registry.named(fold(word))
    if not ids:
        return None
    return next((i.split(":", 1)[1] for i in ids if i.startswith("country:")), None)


def _countries(mentions: list[Mention], skip: set, registry: Registry) -> Counter:
    """The countries the article names, with how many of its entities: its countries and the countries of its
    other known entities and people, each entity once (a body named ten times is one); the countries of the
    outlets it cites (毎日新聞によると) counted apart, as cited:JP."""
    out: Counter = Counter()
    seen = set()
    for i, mention in enumerate(mentions):
        if i in skip or not mention.entity_id or mention.entity_id.startswith(FOUND_PREFIX) \
                or mention.entity_id in seen:
            continue
        seen.add(mention.entity_id)
        if mention.entity_id.startswith("country:"):
            out[mention.entity_id.split(":", 1)[1]] += 1
            continue
        entity = registry.get(mention.entity_id)
        if entity is not None and entity.attributes.get("kind") == "media":
            out[_CITED + entity.attributes.get("country", "")] += 1  # the outlet that tells the news, apart
            continue
        if entity is not None and entity.attributes.get("country"):
            out[entity.attributes["country"]] += 1
        elif entity is not None and entity.type == "PERSON":
            out.update({o["country"] for o in entity.attributes.get("offices") or () if o.get("country")})
    return out
