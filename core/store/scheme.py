"""The library's stance scheme and topic list: seeded from resources/, then the user's."""

from __future__ import annotations

import json

import sqlite_utils

from core.clock import now
from core.paths import resource


def default_scheme() -> dict:
    return json.loads(resource("stance_scheme.json").read_text(encoding="utf-8"))


def seed_scheme(db: sqlite_utils.Database) -> None:
    """Fill an empty scheme and topic list with Kaidan's defaults (never over the user's)."""
    scheme = default_scheme()
    if not db.execute("SELECT 1 FROM stance_labels LIMIT 1").fetchone():
        db["stance_labels"].insert_all(
            {**stance, "position": i} for i, stance in enumerate(scheme["stances"])
        )
    topics = json.loads(resource("topics.json").read_text(encoding="utf-8"))["topics"]
    stamp = now()
    db["topics"].insert_all(({"name": t, "created": stamp} for t in topics), ignore=True)


def stances(db: sqlite_utils.Database) -> list[dict]:
    """The stance labels in display order."""
    return list(db.query("SELECT * FROM stance_labels ORDER BY position"))


def save_stance(db: sqlite_utils.Database, key: str, label: str, colour: str, shortcut: str | None,
                label_ja: str | None = None) -> None:
    """Add or change one stance label of this library."""
    position = db.execute("SELECT coalesce(max(position) + 1, 0) FROM stance_labels").fetchone()[0]
    existing = db.execute("SELECT position FROM stance_labels WHERE key = ?", [key]).fetchone()
    db["stance_labels"].upsert(
        {"key": key, "label": label, "label_ja": label_ja, "colour": colour, "shortcut": shortcut,
         "position": existing[0] if existing else position}, pk="key")


def topics(db: sqlite_utils.Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT name FROM topics ORDER BY name")]


def add_topic(db: sqlite_utils.Database, name: str) -> bool:
    """Add a topic to the library's list; False if it was there already."""
    name = name.strip()
    if not name:
        raise ValueError("a topic needs a name")
    before = db.execute("SELECT count(*) FROM topics").fetchone()[0]
    db["topics"].insert({"name": name, "created": now()}, ignore=True)
    return db.execute("SELECT count(*) FROM topics").fetchone()[0] > before
