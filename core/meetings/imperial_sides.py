"""The imperial family as sides of a meeting (天皇陛下と会見, 皇太子さまと会談): their honorific names are no
entity mention, so without these a state guest's audience reads one side alone. 天皇陛下 is whoever reigned
on the article's day (the registry's holder); the others keep the name as written."""

from __future__ import annotations

from dataclasses import replace

from core.claims.imperial import imperial_mentions
from core.nlp.linking import found_id
from core.nlp.office_terms import seat_holder

_HONORIFIC_ENDS = ("陛下", "さま", "殿下")


def with_imperial_family(body: str, mentions: list, registry, reference) -> list:
    """The mentions with the imperial family's honorific names that no mention covers added as people."""
    if not any(end in body for end in _HONORIFIC_ENDS):
        return mentions
    day = reference.isoformat() if reference is not None else None
    royals = imperial_mentions(body, mentions, lambda title, at: seat_holder(registry, title, None, day))
    if not royals:
        return mentions
    royals = [m if m.entity_id else replace(m, entity_id=found_id("PERSON", m.text)) for m in royals]
    return sorted(mentions + royals, key=lambda m: m.start)
