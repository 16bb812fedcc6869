"""Kaidan's one clock: the moment of an edit, an import or an export, as ISO 8601 in UTC."""

from __future__ import annotations

from datetime import datetime, timezone


def now() -> str:
    """The current moment in UTC to the second, as the library and exports store it."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
