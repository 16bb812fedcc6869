"""Entity types as the window shows them: order, digit keys, names."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# (type, digit key, label) in the order of the keys 1–7. The type is the stable key written to the
# library and exports; the label is marked for translation and translated by type_label().
ENTITY_TYPES: tuple[tuple[str, str, str], ...] = (
    ("PERSON", "1", QT_TRANSLATE_NOOP("EntityTypes", "Person")),
    ("GPE", "2", QT_TRANSLATE_NOOP("EntityTypes", "Country")),
    ("LOC", "3", QT_TRANSLATE_NOOP("EntityTypes", "Place")),
    ("ORG", "4", QT_TRANSLATE_NOOP("EntityTypes", "Organisation")),
    ("LAW", "5", QT_TRANSLATE_NOOP("EntityTypes", "Law")),
    ("EVENT", "6", QT_TRANSLATE_NOOP("EntityTypes", "Event")),
    ("DATE", "7", QT_TRANSLATE_NOOP("EntityTypes", "Date")),
)
TYPE_NAMES = tuple(kind for kind, _key, _label in ENTITY_TYPES)
TYPE_OF_KEY = {key: kind for kind, key, _label in ENTITY_TYPES}
KEY_OF_TYPE = {kind: key for kind, key, _label in ENTITY_TYPES}
TYPE_LABEL = {kind: label for kind, _key, label in ENTITY_TYPES}
# Registry entities have every type but DATE (dates carry a value, not an entity).
REGISTRY_TYPES = TYPE_NAMES[:-1]


def type_label(kind: str | None) -> str:
    """A type's display name in the interface language (the code itself when unknown)."""
    label = TYPE_LABEL.get(kind or "")
    return QCoreApplication.translate("EntityTypes", label) if label else (kind or "")
