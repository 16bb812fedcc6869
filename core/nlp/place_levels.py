"""A place named with the suffix of another level than its registry entry is another body.

A place's suffix joins it to the entry of its bare name (東京都 is 東京, 長崎市内 is 長崎), but a city's
name with a prefecture's suffix (大阪府, 広島県, 京都府 beside 大阪, 広島, 京都, entered as cities) names
the prefecture around the city, and a region's name with a town's suffix (沖縄市 beside 沖縄) names a town
in it: two bodies that meet, sign and sue each other. Such a name keeps an id of its own (found:LOC:大阪府).
東京都 stays 東京: no city of Tokyo stands beside the metropolis.
"""

from __future__ import annotations

from dataclasses import replace

from core.model import Mention
from core.registry import Registry

# The suffixes of a prefecture, and of a town or a ward within one.
_PREFECTURE_SUFFIXES = ("府", "県")
_TOWN_SUFFIXES = ("市", "町", "村", "区", "郡")
# The level each suffix contradicts: a prefecture's suffix on a city, a town's on a region.
_OTHER_LEVEL = {"city": _PREFECTURE_SUFFIXES, "region": _TOWN_SUFFIXES}


def other_levels(folded: str, mentions: list[Mention], registry: Registry) -> list[Mention]:
    """The mentions, each place written as its entry's name with another level's suffix unlinked (its own id
    is given by core.nlp.linking)."""
    out = []
    for mention in mentions:
        if mention.entity_id and mention.type in ("LOC", "GPE") and _other_level(
                folded[mention.start : mention.end], registry.entities.get(mention.entity_id)):
            mention = replace(mention, entity_id=None)
        out.append(mention)
    return out


def _other_level(surface: str, entity) -> bool:
    """Whether surface is the entity's name (or an alias without its own suffix) with the suffix of a level
    other than the entity's kind."""
    if entity is None or len(surface) < 2:
        return False
    suffixes = _OTHER_LEVEL.get(entity.attributes.get("kind"), ())
    stem, suffix = surface[:-1], surface[-1]
    if suffix not in suffixes:
        return False
    names = {entity.name} | set(entity.aliases)
    names |= {name[:-1] for name in names if name.endswith(_PREFECTURE_SUFFIXES)}
    return stem in names and surface not in {entity.name, *entity.aliases}
