"""Kaidan's one clock: the moment of an edit, an import or an export, as ISO 8601 in UTC."""

from __future__ import annotations

from datetime import datetime, timezone


def now() -> str:
    """The current moment in UTC to the second, as the library and exports store it."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def made_now() -> str:
    """The current moment in UTC to the microsecond, for a row's making time that must tell it from another row
    made within the same second under the same freed id (a meeting proposed again: edits name it by this)."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")
