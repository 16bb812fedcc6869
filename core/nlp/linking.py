"""Canonical entities for names the gazetteer lacks, so that mentions of one name group together.

A new name gets the id ``found:TYPE:NAME``: the same name in any article gives
the same id, so the entities panel, the claims summary and the article filter
group it like a registry entity. Inside an article, a surname after the full
name (ユリア・ティモシェンコ … ティモシェンコ前首相, 李明博 … 李大統領) and a reading
in brackets (金大中(キム・デジュン)) take the full name's id; a surname alone that a known person's
title linked elsewhere (李首相 → 李強) takes the full name the article writes (李洛淵) instead. Where the article
names two people of one surname, the surname is the one whose title and country agree with it
(core.nlp.name_referents: 菊間アナ is 菊間千乃アナウンサー, not her father named after her).
"""

from __future__ import annotations

from dataclasses import replace

from core.model import Mention
from core.nlp.name_referents import Countries, choose, full_names_by_id
from core.nlp.short_forms import short_forms
from core.registry import FOUND_PREFIX

_LINKED_TYPES = ("PERSON", "ORG", "GPE", "LOC", "EVENT", "LAW")


def found_id(kind: str, name: str) -> str:
    """The id of a name found in text, the same in every article."""
    return f"{FOUND_PREFIX}{kind}:{name}"


def _with_entity(m: Mention, entity_id: str) -> Mention:
    """The mention with its entity: dataclasses.replace written out for a plain Mention, in a fifth of the time."""
    if type(m) is not Mention:
        return replace(m, entity_id=entity_id)
    return Mention(m.start, m.end, m.text, m.type, entity_id, m.value, m.source, m.confidence, m.id, m.article_id,
                   m.origin, m.state, m.context, m.detached, m.annotator, m.created, m.updated)


def _final(m: Mention, entity_id: str | None, text: str) -> Mention:
    """A plain Mention with its entity and its text (a ShortForm's full name is not kept)."""
    return Mention(m.start, m.end, text[m.start : m.end], m.type, entity_id, m.value, m.source, m.confidence, m.id,
                   m.article_id, m.origin, m.state, m.context, m.detached, m.annotator, m.created, m.updated)


def link_new_names(folded: str, mentions: list[Mention], text: str | None = None) -> list[Mention]:
    """The mentions, each without an entity given an id of its own name (or of the full name it shortens).

    text: when given, every mention comes out a plain Mention holding its text (text[start:end]), made
    once with its entity rather than copied twice.
    """
    full_names: dict[str, str] = {}  # a surname or short form → the id of the full name seen before
    written = _full_names_written(folded, mentions)
    namesakes = _Namesakes(folded, mentions, written)
    previous: Mention | None = None
    out: list[Mention] = []
    for mention in mentions:
        if mention.type not in _LINKED_TYPES:
            out.append(mention if text is None else _final(mention, mention.entity_id, text))
            previous = mention
            continue
        surface = folded[mention.start : mention.end]
        entity_id = mention.entity_id
        if mention.type == "PERSON" and surface in full_names and mention.source == "title":
            # 李明博 … 李大統領: the surname before a title is the person named in full before,
            # not whichever known holder of that surname the title fits
            entity_id = namesakes.meant(surface, mention, full_names[surface])
        elif mention.type == "PERSON" and surface in written and entity_id not in {i for _, i in written[surface]}:
            # 李首相 … 李洛淵首相: a surname alone is the person the article names in full, not another
            # known holder of that surname (李強) whom the article never names
            entity_id = namesakes.meant(surface, mention, _nearest(written[surface], mention.start))
        if entity_id is None:
            if mention.type == "PERSON" and previous is not None and previous.type == "PERSON" \
                    and previous.entity_id and folded[previous.end : mention.start] in ("(", "（") \
                    and folded[mention.end : mention.end + 1] in (")", "）"):
                entity_id = previous.entity_id  # 金大中(キム・デジュン): the reading of the name before
            elif mention.type == "PERSON" and surface in full_names:
                entity_id = namesakes.meant(surface, mention, full_names[surface])
            else:
                entity_id = found_id(mention.type, surface)
        if text is not None:
            mention = _final(mention, entity_id, text)
        elif entity_id != mention.entity_id:
            mention = _with_entity(mention, entity_id)
        if mention.type == "PERSON" and entity_id.startswith(FOUND_PREFIX):
            for short in short_forms(surface):
                full_names.setdefault(short, entity_id)
        out.append(mention)
        previous = mention
    return out


def _full_names_written(folded: str, mentions: list[Mention]) -> dict[str, list[tuple[int, str]]]:
    """Each short form (a kanji surname, a name's last part) → (start, id) of the full names it shortens."""
    written: dict[str, list[tuple[int, str]]] = {}
    for mention in mentions:
        if mention.type != "PERSON":
            continue
        surface = folded[mention.start : mention.end]
        # a one-character surname begins a name of three (李洛淵), not of four (宇垣貴裕 is 宇垣's)
        shorts = [s for s in short_forms(surface) if len(s) > 1 or len(surface) == 3]
        if not shorts and _known_two_kanji(surface, mention.entity_id):
            shorts = [surface[:1]]  # 王毅外相 … 王氏は: a known person's one-character surname (李強 … 李氏)
        if shorts:
            entity_id = mention.entity_id or found_id("PERSON", surface)
            for short in shorts:
                written.setdefault(short, []).append((mention.start, entity_id))
    return written


class _Namesakes:
    """The short forms the article's full names share between two or more people (菊間千乃, 菊間崇祠: 菊間), and
    which of them a mention of one means (core.nlp.name_referents); read only for an article that has such."""

    def __init__(self, folded: str, mentions: list[Mention], written: dict[str, list[tuple[int, str]]]) -> None:
        self.folded, self.mentions = folded, mentions
        self.shared = {short: names for short, names in written.items() if len({i for _, i in names}) > 1}
        self.people: dict[str, list] = {}
        self.countries: Countries | None = None

    def meant(self, surface: str, mention: Mention, default: str) -> str:
        """The id of the person a short form means: default, the linker's reading, unless the short form is two
        people's and another of them agrees better with its title and country."""
        names = self.shared.get(surface)
        if names is None:
            return default
        if self.countries is None:
            self.countries = Countries(self.mentions)
        if surface not in self.people:
            self.people[surface] = full_names_by_id(self.folded, names, self.mentions, self.countries)
        return choose(self.people[surface], self.folded, self.countries, mention.start, mention.end, default)


def _known_two_kanji(name: str, entity_id: str | None) -> bool:
    """Whether a name is a person the registry knows written in two kanji (王毅, 李強, 朴振): a one-character surname
    and a given name, as Chinese and Korean names are, so the surname alone later in the article (王氏は) is them. A
    new name of two kanji is left alone: the tagger may have cut it from a longer one."""
    return len(name) == 2 and all("\u4e00" <= c <= "\u9fff" for c in name) \
        and bool(entity_id) and not entity_id.startswith(FOUND_PREFIX)


def _nearest(names: list[tuple[int, str]], position: int) -> str:
    """The id of the full name written last before position, else the first one after it."""
    before = [entity_id for start, entity_id in names if start < position]
    return before[-1] if before else names[0][1]
