from __future__ import annotations

import json
from typing import TYPE_CHECKING

from core.clock import now

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils


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
