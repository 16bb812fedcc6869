"""Entity types as the window shows them: order, digit keys, names."""

from __future__ import annotations

# (type, digit key, label) in the order of the keys 1–7.
ENTITY_TYPES: tuple[tuple[str, str, str], ...] = (
    ("PERSON", "1", "Person"),
    ("GPE", "2", "Country"),
    ("LOC", "3", "Place"),
    ("ORG", "4", "Organisation"),
    ("LAW", "5", "Law"),
    ("EVENT", "6", "Event"),
    ("DATE", "7", "Date"),
)
TYPE_NAMES = tuple(kind for kind, _key, _label in ENTITY_TYPES)
TYPE_OF_KEY = {key: kind for kind, key, _label in ENTITY_TYPES}
KEY_OF_TYPE = {kind: key for kind, key, _label in ENTITY_TYPES}
TYPE_LABEL = {kind: label for kind, _key, label in ENTITY_TYPES}
# Registry entities have every type but DATE (dates carry a value, not an entity).
REGISTRY_TYPES = TYPE_NAMES[:-1]


def type_label(kind: str | None) -> str:
    """A type's display name (the code itself when unknown)."""
    return TYPE_LABEL.get(kind or "", kind or "")
