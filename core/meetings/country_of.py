"""Which country an entity belongs to, for the merge rule: people and places by the registry's attributes."""

from __future__ import annotations

import re

from core.meetings.meeting_names import another_side_named
from core.registry import Registry


def _of_international_bodies_only(entity) -> bool:
    """A person the registry knows only by offices of international bodies (an office of no country: 国連事務総長,
    IAEA事務局長, 欧州委員長): their nationality is no side they stand for at a meeting, so no country is theirs
    in the merge rule (緒方高等弁務官と日本政府の協議 is not a meeting of Japan with itself)."""
    offices = entity.attributes.get("offices") or ()
    return entity.type == "PERSON" and bool(offices) and all(not o.get("country") for o in offices)


class _CountryOf:
    """entity id → the ISO country entity it belongs to (people and places), for the merge rule; also the
    kind of a known place (city, region…)."""

    def __init__(self, registry: Registry):
        self.registry = registry

    def __call__(self, entity_id: str | None) -> str | None:
        entity = self.registry.get(entity_id)
        if entity is None:
            return None
        if entity.type == "GPE":
            return entity.id
        if _of_international_bodies_only(entity):
            return None  # 天野IAEA事務局長, ピレイ人権高等弁務官: the body's side, not the country they are from
        code = entity.attributes.get("country")
        return f"country:{code}" if code else None

    def speaks_for(self, entity_id: str | None) -> str | None:
        """The country a side stands for at a meeting, so that the country is no second side beside it: a person's
        or a state body's; a territory, a city or a movement is a side of its own (香港政府と中国政府, タリバンと
        アフガニスタン政府: two sides)."""
        entity = self.registry.get(entity_id)
        if entity is not None and (entity.type == "LOC" or entity.attributes.get("kind") == "other"):
            return None
        return self(entity_id)

    def place_kind(self, entity_id: str | None) -> str | None:
        entity = self.registry.get(entity_id)
        return entity.attributes.get("kind") if entity is not None else None

    def event_of(self, title: str) -> str | None:
        """The one recurring meeting the registry knows by this name, numbered, bracketed or spelt with か or
        カ as outlets write it (第47回東南アジア諸国連合(ASEAN)首脳会議, 主要7か国首脳会議), else None."""
        name = _KA.sub("カ", _BRACKETED.sub("", _NUMBERED.sub("", title)))
        # G7広島サミット: the acronym and the meeting word, the place between them left out
        acronym, word = re.search(r"[A-Z][A-Z0-9]{1,9}", name), _MEETING_WORD.search(name)
        if acronym and word and another_side_named(name, acronym, word):
            acronym = None  # EU・中国首脳会議: not the EU's own summit
        for surface in (name, acronym.group(0) + word.group(0) if acronym and word else None):
            events = [i for i in self.registry.named(surface or "") or ()
                      if (e := self.registry.get(i)) and e.type == "EVENT"]
            if events:
                return events[0] if len(events) == 1 else None
        return None


_NUMBERED = re.compile(r"^第[0-9０-９]+回|^(?:19|20)[0-9]{2}年?")
_BRACKETED = re.compile(r"[(（][^)）]*[)）]")
_KA = re.compile(r"(?<=[0-9０-９])[かヶケ](?=国)")
_MEETING_WORD = re.compile(r"(?:首脳会議|首脳会合|外相会議|外相会合|閣僚会議|閣僚会合|サミット)$")


def country_lookup(registry: Registry):
    """entity id → the ISO country entity it belongs to (people and places), for the merge rule."""
    return _CountryOf(registry)
