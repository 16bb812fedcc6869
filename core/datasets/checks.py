"""Checks on what a dataset says about a span: offsets, labels, and claim values within the schemes."""

from __future__ import annotations

import unicodedata

import sqlite_utils

from core.datasets.words import said
from core.store.meetings import KINDS, RELATIONS, ROLES, STATUSES
from core.store.scheme import stances

LABEL_MAX = 64
CLAIM_SCHEME = {
    "attribution": ("direct", "indirect", "mixed", "unattributed"),
    "intensity": ("low", "medium", "high"),
    "target_kind": ("entity", "meeting", "topic", "text"),
}
MEETING_SCHEME = {"kind": KINDS, "status": STATUSES, "role": ROLES, "relation": RELATIONS}


def span_problem(text: str, start, end, quoted=None) -> str | None:
    """Why (start, end) is no span of text (None when it is one, over quoted when that is given)."""
    if not (_is_int(start) and _is_int(end)):
        return said("offsets_not_numbers")
    if end < start:
        return said("end_before_start")
    if start == end:
        return said("empty_spans")
    if start < 0 or end > len(text):
        return said("offsets_outside")
    if quoted is not None and text[start:end] != quoted:
        return said("text_mismatch")
    return None


def label_problem(label) -> str | None:
    """Why label cannot name an entity type (None when it can): text, one line, printable, short."""
    if not isinstance(label, str) or not label.strip():
        return said("labels_not_text")
    if len(label) > LABEL_MAX:
        return said("labels_too_long", limit=LABEL_MAX)
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs") for ch in label):
        return said("labels_control")
    return None


def stance_keys(db: sqlite_utils.Database) -> set[str]:
    """The stance labels of this library's scheme."""
    return {s["key"] for s in stances(db)}


def in_scheme(value, allowed) -> bool:
    """A value the scheme names (None, no value, is always allowed)."""
    return value is None or (isinstance(value, str) and value in allowed)


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
