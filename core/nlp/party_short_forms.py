"""A party's short form (自民, 公明, 社民) as the party, where the article or the registry says which party it is."""

from __future__ import annotations

from core.model import Mention
from core.nlp.country_bodies import KANJI, generic_name
from core.registry import FOUND_PREFIX, Registry
from core.text import fold


def party_short_forms(folded: str, mentions: list[Mention], registry: Registry,
                      aliases: dict) -> dict[str, tuple[str, str]]:
    """Each party's short form mentioned in the article (自民) → (id, type) of its party (自民党)."""
    out: dict[str, tuple[str, str]] = {}
    parties = {folded[m.start : m.end]: m for m in mentions if m.type == "ORG" and m.entity_id
               and folded.endswith("党", m.start, m.end)}
    for mention in mentions:
        if mention.type not in ("ORG", "PERSON", "GPE") or mention.end - mention.start < 2:
            continue
        surface = folded[mention.start : mention.end]
        if surface in aliases or surface.endswith("党"):
            continue
        party = parties.get(surface + "党")
        if party is not None:
            out[surface] = (party.entity_id, "ORG")
            continue
        entity = _registry_party(registry, surface + "党")
        if entity is not None and generic_name(surface + "党", entity, registry):
            continue  # 民主 alone is no country's 民主党 unless the article writes that party
        if entity is not None and (mention.entity_id is None or mention.entity_id.startswith(FOUND_PREFIX)):
            out[surface] = (entity.id, "ORG")
    return out


def _registry_party(registry: Registry, name: str):
    """The one party the registry knows by name, else None."""
    ids = registry.named(fold(name))  # fold keeps the length: the whole name, as the registry writes it
    if not ids:
        return None
    entities = [registry.get(i) for i in ids]
    parties = [e for e in entities if e is not None and e.attributes.get("kind") == "party"]
    return parties[0] if len(parties) == 1 else None


# items of a list of bodies: 民主・社民・国民新党, 自民、公明両党
_LIST_MARKS = "・、"


def listed_party_short_forms(folded: str, mentions: list[Mention], starts: dict, ends: set,
                             registry: Registry) -> list[Mention]:
    """A party's short form the detector missed, written in a list beside another party (民主・社民・国民新党の3党)
    in an article that writes the party in full (民主党): that party. Only on token edges."""
    parties = {}
    for m in mentions:
        surface = folded[m.start : m.end]
        if m.type == "ORG" and m.entity_id and len(surface) >= 3 and surface.endswith("党") \
                and KANJI.fullmatch(surface):
            parties.setdefault(surface[:-1], m.entity_id)
    if not parties:
        return []
    taken = bytearray(len(folded) + 1)
    bodies_from, bodies_to = set(), set()
    for m in mentions:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
        entity = registry.get(m.entity_id) if m.type == "ORG" and m.entity_id else None
        if m.type == "ORG" and (folded.endswith("党", m.start, m.end)
                                or entity is not None and entity.attributes.get("kind") == "party"):
            bodies_from.add(m.start)  # (not 民主、上院の半数確保: a subject before a comma)
            bodies_to.add(m.end)
    out = []
    for short, entity_id in parties.items():
        position = folded.find(short)
        while position >= 0:
            end = position + len(short)
            listed = folded[end : end + 1] in _LIST_MARKS and end + 1 in bodies_from \
                or folded[position - 1 : position] in _LIST_MARKS and position - 1 in bodies_to
            if listed and position in starts and end in ends and not any(taken[position:end]) \
                    and not KANJI.match(folded, end):
                out.append(Mention(position, end, "", "ORG", entity_id, source="abbreviation"))
                taken[position:end] = b"\x01" * len(short)
            position = folded.find(short, end)
    return out
