"""Canonical entities for names the gazetteer lacks, so that mentions of one name group together.

A new name gets the id ``found:TYPE:NAME``: the same name in any article gives
the same id, so the entities panel, the claims summary and the article filter
group it like a registry entity. Inside an article, a surname after the full
name (ユリア・ティモシェンコ … ティモシェンコ前首相, 李明博 … 李大統領) and a reading
in brackets (金大中(キム・デジュン)) take the full name's id.
"""

from __future__ import annotations

from dataclasses import replace

from core.model import Mention
from core.nlp.offices import office_after
from core.registry import FOUND_PREFIX

_LINKED_TYPES = ("PERSON", "ORG", "GPE", "LOC", "EVENT", "LAW")
_SEPARATORS = "・=＝"


def found_id(kind: str, name: str) -> str:
    """The id of a name found in text, the same in every article."""
    return f"{FOUND_PREFIX}{kind}:{name}"


def link_new_names(folded: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each without an entity given an id of its own name (or of the full name it shortens)."""
    full_names: dict[str, str] = {}  # a surname or short form → the id of the full name seen before
    previous: Mention | None = None
    out: list[Mention] = []
    for mention in mentions:
        if mention.type not in _LINKED_TYPES:
            out.append(mention)
            previous = mention
            continue
        surface = folded[mention.start : mention.end]
        entity_id = mention.entity_id
        if mention.type == "PERSON" and surface in full_names and mention.source == "title":
            # 李明博 … 李大統領: the surname before a title is the person named in full before,
            # not whichever known holder of that surname the title fits
            entity_id = full_names[surface]
        if entity_id is None:
            if mention.type == "PERSON" and previous is not None and previous.type == "PERSON" \
                    and previous.entity_id and folded[previous.end : mention.start] in ("(", "（") \
                    and folded[mention.end : mention.end + 1] in (")", "）"):
                entity_id = previous.entity_id  # 金大中(キム・デジュン): the reading of the name before
            elif mention.type == "PERSON" and surface in full_names:
                entity_id = full_names[surface]
            else:
                entity_id = found_id(mention.type, surface)
        if entity_id != mention.entity_id:
            mention = replace(mention, entity_id=entity_id)
        if mention.type == "PERSON" and mention.entity_id.startswith(FOUND_PREFIX):
            for short in _short_forms(surface):
                full_names.setdefault(short, mention.entity_id)
        out.append(mention)
        previous = mention
    return out


def later_short_forms(folded: str, chosen: list[Mention], starts: set, ends: set) -> list[Mention]:
    """A new person's surname alone after the full name (長井健司さん … 長井の銃撃), or the name written
    again (アネルカ選手 … アネルカが): PERSON mentions.

    Only names no registry entry holds (a known person's surname is found by the
    gazetteer and the titles), only two characters or more, only on token edges
    and where no other mention stands.
    """
    taken = bytearray(len(folded) + 1)
    for mention in chosen:
        taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    out = []
    for mention in chosen:
        if mention.type != "PERSON" or mention.entity_id is not None:
            continue
        name = folded[mention.start : mention.end]
        for short in _short_forms(name) + [name]:  # the whole name written again counts too (アネルカ選手 … アネルカ)
            if len(short) < 2:
                continue
            position = folded.find(short, mention.end)
            while position >= 0:
                end = position + len(short)
                inside_other = folded[end : end + 1] in _SEPARATORS or folded[position - 1 : position] in _SEPARATORS
                if position in starts and end in ends and not any(taken[position:end]) and not inside_other:
                    out.append(Mention(position, end, "", "PERSON", source="title"))
                    taken[position:end] = b"\x01" * len(short)
                position = folded.find(short, end)
    return out


def short_forms_retyped(folded: str, chosen: list[Mention]) -> list[Mention]:
    """The tagger's organisation or place that is a new person's surname written before: a PERSON.

    Only spans the tagger or UniDic alone found, after the full name: the last part of a name
    written in parts (ジョージ・ウェア … ウェア候補), or a kanji surname before a title
    (前原誠司 … 前原大臣).
    """
    shorts: dict[str, tuple[int, bool]] = {}
    for mention in chosen:
        name = folded[mention.start : mention.end]
        if mention.type == "PERSON" and mention.entity_id is None:
            parts = "・" in name or "=" in name or "＝" in name
            for short in _short_forms(name):
                if len(short) >= 2:
                    shorts.setdefault(short, (mention.end, parts))
            if len(name) >= 2:
                shorts.setdefault(name, (mention.end, True))  # the same name again is the same person
    if not shorts:
        return chosen
    out = []
    for mention in chosen:
        text = folded[mention.start : mention.end]
        after, parts = shorts.get(text, (len(folded), False))
        if mention.source in ("tagger", "unidic") and mention.entity_id is None and mention.type in ("ORG", "LOC", "GPE") \
                and after <= mention.start and (parts or office_after(folded, mention.end)):
            mention = Mention(mention.start, mention.end, "", "PERSON", source=mention.source, confidence=mention.confidence)
        out.append(mention)
    return out


def _short_forms(name: str) -> list[str]:
    """How a full name is shortened later in an article: its last part, or a kanji surname."""
    parts = [p for p in name.replace("＝", "・").replace("=", "・").split("・") if p]
    if len(parts) > 1:
        return [parts[-1]]
    if len(name) >= 3 and all("\u4e00" <= c <= "\u9fff" for c in name):
        return [name[:1], name[:2]]
    return []
