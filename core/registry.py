"""The entity registry: the bundled gazetteer with the user's own entities and edits on top."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import compress

from core.paths import resource
from core.registry_surfaces import END as _END
from core.registry_surfaces import node_of, split_by_convention, trie_regex
from core.text import fold

FOUND_PREFIX = "found:"  # ids of names found in text that no registry entry holds (core.nlp.linking)


def found_name(entity_id: str | None) -> str | None:
    """The name a found:TYPE:NAME id stands for; None for any other id."""
    if entity_id and entity_id.startswith(FOUND_PREFIX):
        return entity_id.split(":", 2)[2]
    return None


GAZETTEER_FILES = ("countries", "people", "organizations", "places", "laws", "events")


@dataclass
class Entity:
    id: str
    type: str
    name: str
    en: str | None = None
    reading: str | None = None
    aliases: list[str] = field(default_factory=list)
    attributes: dict = field(default_factory=dict)
    origin: str = "bundled"

    @property
    def surname(self) -> str | None:
        return self.attributes.get("surname")

    def office_on(self, day: str | None) -> dict | None:
        """The office held on an ISO date (the latest one when day is None)."""
        offices = self.attributes.get("offices") or []
        for office in offices:
            start, end = office.get("from") or "", office.get("to") or "9999"
            if day is None or (start[: len(day)] <= day and day[: len(end)] <= end):
                return office
        return None


@lru_cache(maxsize=1)
def bundled_entities() -> tuple[Entity, ...]:
    """Every entry of resources/gazetteer, read once per process."""
    out = []
    for name in GAZETTEER_FILES:
        for item in json.loads(resource("gazetteer", f"{name}.json").read_text(encoding="utf-8")):
            attributes = {k: v for k, v in item.items()
                          if k not in ("id", "type", "name", "en", "reading", "aliases")}
            out.append(Entity(item["id"], item["type"], item["name"], item.get("en"),
                              item.get("reading"), list(item.get("aliases", [])), attributes))
    return tuple(out)


class Registry:
    """Entities by id, a character trie of their surfaces, surnames and country abbreviations."""

    def __init__(self, entities: list[Entity], removed_aliases: set[tuple[str, str]] = frozenset()):
        self.entities: dict[str, Entity] = {e.id: e for e in entities}
        self._last_opening: tuple | None = None  # (text, starts, opening starts): see opening_starts
        self.trie: dict = {}
        self.surnames: dict[str, list[str]] = {}
        self.abbreviations: dict[str, str] = {
            a: e.id for e in self.entities.values()
            for a in e.attributes.get("abbreviations", []) if len(a) == 1
        }
        country_words = {s for e in self.entities.values() if e.type == "GPE"
                         for s in (e.name, *e.aliases, *e.attributes.get("abbreviations", []))}
        for entity in self.entities.values():
            surfaces = {entity.name, *entity.aliases, entity.attributes.get("full") or entity.name}
            for surface in surfaces:
                if len(surface) >= 2 and (entity.id, surface) not in removed_aliases \
                        and not split_by_convention(surface, self.abbreviations, country_words, surfaces) \
                        and not _name_and_title(surface, entity):
                    self._add(fold(surface), entity.id)
            if entity.type == "PERSON" and entity.surname:
                self.surnames.setdefault(fold(entity.surname), []).append(entity.id)
            for abbreviation in entity.attributes.get("abbreviations", []):
                if len(abbreviation) > 1:
                    self._add(abbreviation, entity.id)

    def _add(self, surface: str, entity_id: str) -> None:
        ids = node_of(self.trie, surface).setdefault(_END, [])
        if entity_id not in ids:
            ids.append(entity_id)

    def longest_matches(self, text: str, start: int):
        """(end, ids) of every surface starting at start, longest first."""
        node, found = self.trie, []
        for position in range(start, len(text)):
            node = node.get(text[position])
            if node is None:
                break
            if _END in node:
                found.append((position + 1, node[_END]))
        return reversed(found)

    def named(self, surface: str) -> list[str] | None:
        """The ids of the entities with exactly this (folded) surface, else None: the end of
        longest_matches(surface, 0) that is the whole surface, found in one look-up."""
        return self._by_surface.get(surface)

    @cached_property
    def _by_surface(self) -> dict[str, list[str]]:
        """Every surface of the trie → its ids (the same lists the trie holds)."""
        out: dict[str, list[str]] = {}
        stack = [("", self.trie)]
        while stack:
            prefix, node = stack.pop()
            for char, child in node.items():
                if char == _END:
                    out[prefix] = child
                else:
                    stack.append((prefix + char, child))
        return out

    @cached_property
    def letter_regions(self) -> dict[str, str]:
        """Regions written with country letters (中米 is Central America), which the trie leaves out: surface → id."""
        return {surface: e.id for e in self.entities.values() if e.type == "LOC"
                for surface in (e.name, *e.aliases) if len(surface) >= 2 and all(c in self.abbreviations for c in surface)}

    @cached_property
    def surname_pattern(self) -> re.Pattern:
        """Any surname, longest first: where a name before a title can start.

        Written as a trie (like pattern), it matches what the alternation of every surname, longest
        first, matches, in half the time: at each letter one branch per next letter is tried, not
        one per surname.
        """
        trie: dict = {}
        for surname in self.surnames:
            node_of(trie, surname)[_END] = True
        return re.compile(trie_regex(trie) or "(?!)")

    @cached_property
    def openings(self) -> tuple[int, frozenset[str]]:
        """(size, the first size letters of every surface): only where the text begins so can a surface start.

        Two letters, as every surface has two or more; one when a surface folded to a single letter.
        """
        if any(_END in node for node in self.trie.values()):
            return 1, frozenset(self.trie)
        return 2, frozenset(first + second for first, node in self.trie.items() for second in node if second != _END)

    @cached_property
    def _opening_letters(self) -> frozenset[str]:
        """The letters the openings begin with."""
        return frozenset(opening[0] for opening in self.openings[1])

    def opening_starts(self, text: str, starts: list[int]) -> list[int]:
        """The starts (offsets into text, in order) where text's first letters begin some surface: the only
        places a surface can start, picked in C (map, compress), where a regex search for any surface tries
        every letter of the text (first one letter is read, then the openings' letters sliced).

        The answer for the last text asked is kept: the gazetteer pass and the tagger's gazetteer marks ask
        the same of each article's token starts. Callers only read the list returned.
        """
        last = self._last_opening
        if last is not None and last[0] is text and last[1] == starts:
            return last[2]
        found = self._opening_starts(text, starts)
        self._last_opening = (text, starts[:], found)  # (a copy: the caller's list is theirs)
        return found

    def _opening_starts(self, text: str, starts: list[int]) -> list[int]:
        size, openings = self.openings
        if size > 1:
            starts = list(compress(starts, map(self._opening_letters.__contains__, map(text.__getitem__, starts))))
        return list(compress(starts, map(openings.__contains__,
                                         map(text.__getitem__, map(slice, starts, map(size.__add__, starts))))))

    @cached_property
    def pattern(self) -> re.Pattern:
        """One regex equivalent to the trie: finds the longest surface at a position in C."""
        return re.compile(trie_regex(self.trie) or "(?!)")

    @cached_property
    def _seats(self) -> dict[str, list[tuple[str | None, str, str, Entity, dict]]]:
        """role → (country or body, from, to, person, office) of every office recorded with that role."""
        seats: dict[str, list] = {}
        for entity in self.entities.values():
            for office in entity.attributes.get("offices") or []:
                for role in office.get("roles") or []:
                    seats.setdefault(role, []).append((office.get("country") or office.get("org"),
                                                       office.get("from") or "", office.get("to") or "9999",
                                                       entity, office))
        return seats

    def offices_on(self, day: str, role: str, where: str) -> list[tuple[Entity, dict]]:
        """(person, office) of each office of a role (head_of_government, foreign_minister…) held in a country
        (ISO code) or body (org id) on an ISO day; a day coarser than the term's dates (2006) matches any day in it."""
        return [(person, office) for place, start, end, person, office in self._seats.get(role, ())
                if place == where and start[: len(day)] <= day and day[: len(end)] <= end]

    def holders_on(self, day: str, role: str, where: str) -> list[Entity]:
        """The people holding an office of a role in a country or body on an ISO day: who 首相は meant in
        a Japanese article of 2006."""
        return [person for person, _office in self.offices_on(day, role, where)]

    def get(self, entity_id: str | None) -> Entity | None:
        """The entity of an id: a registry entry, or a name found in text (found:TYPE:NAME)."""
        if not entity_id:
            return None
        return self.entities.get(entity_id) or found_entity(entity_id)


_NAME_JOINERS = re.compile(r"[・=＝]")
# Spellings of one sound that katakana names are written both ways with (ヴィ/ビ, ー or none).
_SPELLING = str.maketrans({"ヴ": "ブ", "ー": None, "ヂ": "ジ", "ヅ": "ズ"})


def given_name_agrees(entity: Entity, name: str) -> bool:
    """Whether a name written in parts (ジョゼフ・ゴードン＝レヴィット) may be the known person: its first
    part is the first part of a full name the registry holds for them (middle names aside), or its parts end
    one (ル・ペン of マリーヌ・ル・ペン), or it has one part, or the registry holds no full name to compare with."""
    parts = _spelled_parts(name)
    if len(parts) < 2:
        return True
    known = [k for k in map(_spelled_parts, (entity.name, entity.attributes.get("full") or "", *entity.aliases))
             if len(k) >= 2]
    return not known or any(k[0] == parts[0] or k[-len(parts):] == parts for k in known)


def _spelled_parts(name: str) -> list[str]:
    return [p for p in _NAME_JOINERS.split(fold(name).translate(_SPELLING)) if p]


def found_entity(entity_id: str) -> Entity | None:
    """The entity a found:TYPE:NAME id stands for (None for any other id)."""
    if not entity_id.startswith(FOUND_PREFIX):
        return None
    kind, _, name = entity_id[len(FOUND_PREFIX):].partition(":")
    return Entity(entity_id, kind, name, origin="found") if name else None


def _name_and_title(surface: str, entity: Entity) -> bool:
    """A person's surface written as their name with one of their own titles before or after it
    (サルマン国王, ファイサル外相, ローマ教皇ベネディクト16世): the span is the name alone, which the
    titled-people rule and the name's own entry find."""
    if entity.type != "PERSON" or entity.origin != "bundled":
        return False
    titles = [o["office"] for o in entity.attributes.get("offices") or () if o.get("office")]
    for name in {entity.surname, entity.attributes.get("full"), entity.name} - {None, surface}:
        if surface.endswith(name):
            part = surface[: -len(name)]
        elif surface.startswith(name):
            part = surface[len(name):]
        else:
            continue
        part = part.replace("法王", "教皇")
        if part and any(title.endswith(part) for title in titles):
            return True
    return False


@lru_cache(maxsize=1)
def bundled_registry() -> Registry:
    """The registry of the bundled gazetteer alone (no user edits)."""
    return Registry(list(bundled_entities()))
