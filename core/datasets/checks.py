"""Checks on what a dataset says about a span: offsets, labels, and claim values within the schemes."""

from __future__ import annotations

import unicodedata

import sqlite_utils

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
        return "offsets that are not whole numbers"
    if end < start:
        return "spans whose end is before their start"
    if start == end:
        return "empty spans"
    if start < 0 or end > len(text):
        return "offsets outside the text"
    if quoted is not None and text[start:end] != quoted:
        return "spans whose offsets do not match their text"
    return None


def label_problem(label) -> str | None:
    """Why label cannot name an entity type (None when it can): text, one line, printable, short."""
    if not isinstance(label, str) or not label.strip():
        return "labels that are not text"
    if len(label) > LABEL_MAX:
        return f"labels longer than {LABEL_MAX} characters"
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs") for ch in label):
        return "labels with control characters or line breaks"
    return None


def stance_keys(db: sqlite_utils.Database) -> set[str]:
    """The stance labels of this library's scheme."""
    return {s["key"] for s in stances(db)}


def in_scheme(value, allowed) -> bool:
    """A value the scheme names (None, no value, is always allowed)."""
    return value is None or (isinstance(value, str) and value in allowed)


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
