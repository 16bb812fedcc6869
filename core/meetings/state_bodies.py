"""A state's body named by a bare word another state's bodies share (下院, 上院), and a chamber that is only part
of an office's title (米国の下院議長): neither is a side of the meeting on its own."""

from __future__ import annotations

import re

# 米国の下院議長, 同国の上院議長が: the chamber names the office, and the state before it stands for the chair
_OFFICE_AFTER = re.compile(r"(?:副)?議長")

# the words every state's chambers are called by, which name no state of their own (not 衆院, 全人代, 米下院; nor
# 国会, which Japanese news writes of Japan's Diet without naming Japan)
_ANY_STATES = ("下院", "上院", "議会", "連邦議会", "連邦会議", "国家会議")


def bodies_as_sides(body: str, mentions: list, registry) -> list:
    """mentions without a state's body named by a bare alias in an article naming no place of that state (a
    Polish article's 下院 is no US House), nor a chamber between a country's の and its chair's title."""
    named = {m.entity_id for m in mentions if m.type == "GPE" and m.entity_id}
    gpe_ends = {m.end for m in mentions if m.type == "GPE"}
    kept = []
    for m in mentions:
        if m.type == "ORG" and m.entity_id:
            entity = registry.get(m.entity_id)
            code = entity.attributes.get("country") if entity is not None else None
            if code and m.text in _ANY_STATES and f"country:{code}" not in named:
                continue  # 下院第1党…: whose chamber the text never says
            if _OFFICE_AFTER.match(body, m.end) and m.start - 1 in gpe_ends and body.startswith("の", m.start - 1):
                continue  # 米国の下院議長が来日: the visitor is the state's chair, not the chamber
        kept.append(m)
    return kept
