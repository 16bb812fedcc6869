"""A state's body written right after another state's name (中国の外務省, 韓国の国会): the body of the state written,
never the body of another state that bears the same bare name (外務省 is Japan's where no state is written)."""

from __future__ import annotations

import re
from dataclasses import replace

from core.model import Mention
from core.nlp.country_bodies import common_words
from core.nlp.linking import found_id
from core.registry import Registry
from core.text import fold

# the kinds of a state's own bodies; a newspaper or a company keeps its name whoever's place is written before it
_STATE_KINDS = frozenset({"ministry", "agency", "party", "government", "legislature"})
_KANJI = re.compile(r"[\u4e00-\u9fff]{2,4}")
# 日本と中国の外務省, 日中の外務省: the body of both states, which one entity cannot say; left as it is
_PAIRED = ("と", "・", "、", "及び", "や")


def bodies_of_states_written(folded: str, mentions: list[Mention], registry: Registry) -> list[Mention]:
    """The mentions with each bare body's name after a state's name (中国の外務省, or the two written together yet
    read as two names) linked to that state's body of that name, else to a library entity of the two (韓国外務省)."""
    states = {m.end: m for m in mentions if m.type == "GPE" and (m.entity_id or "").startswith("country:")}
    if not states:
        return mentions
    out = list(mentions)
    for i, mention in enumerate(mentions):
        if mention.type != "ORG" or not mention.entity_id or mention.origin == "user":
            continue
        state = states.get(mention.start - 1) if mention.start and folded.startswith("の", mention.start - 1) else None
        state = state or states.get(mention.start)
        entity = registry.get(mention.entity_id)
        if state is None or entity is None or entity.attributes.get("kind") not in _STATE_KINDS:
            continue
        code = state.entity_id.split(":", 1)[1]
        surface = folded[mention.start : mention.end]
        if entity.attributes.get("country") in (None, code) or not _KANJI.fullmatch(surface) \
                or _paired(folded, state, states) or not common_words(surface):
            continue
        entity_id = _body_of(registry, surface, code, folded[state.start : state.end])
        if entity_id != mention.entity_id:
            out[i] = replace(mention, entity_id=entity_id)
    return out


def _paired(folded: str, state: Mention, states: dict) -> bool:
    """Whether the state is the last of two written together (日中, 日本と中国, 米・英)."""
    if state.start in states:
        return True
    return any(folded.endswith(word, 0, state.start) and state.start - len(word) in states for word in _PAIRED)


def _body_of(registry: Registry, surface: str, code: str, state_name: str) -> str:
    """The id of the state's body of this bare name or of a name the state's name begins (中国外務省), else of a
    library entity named by both (韓国外務省)."""
    country = registry.get(f"country:{code}")
    spellings = [state_name]
    if country is not None:
        spellings += [country.name, *country.aliases, *country.attributes.get("abbreviations", ())]
    for name in (surface, *(s + surface for s in spellings)):
        for entity_id in registry.named(fold(name)) or ():
            entity = registry.get(entity_id)
            if entity is not None and entity.type == "ORG" and entity.attributes.get("country") == code:
                return entity_id
    return found_id("ORG", state_name + surface)
