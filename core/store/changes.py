"""The append-only log of user edits: who changed what, when, from what to what."""

from __future__ import annotations

import json

import sqlite_utils

from core.clock import now


def log_change(
    db: sqlite_utils.Database, action: str, target: str, target_id, before, after,
    annotator: str | None = None,
) -> None:
    """Append one edit to the changes table (inside the caller's transaction)."""
    db["changes"].insert({
        "at": now(), "annotator": annotator, "action": action, "target": target,
        "target_id": None if target_id is None else str(target_id),
        "before": None if before is None else json.dumps(before, ensure_ascii=False),
        "after": None if after is None else json.dumps(after, ensure_ascii=False),
    })
