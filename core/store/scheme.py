from __future__ import annotations

import json
from typing import TYPE_CHECKING

from core.clock import now
from core.paths import resource

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils


def default_scheme() -> dict:
    """The stance scheme a new library starts with."""
    return json.loads(resource("stance_scheme.json").read_text(encoding="utf-8"))


def default_topics() -> list[dict]:
    """The topics a new library starts with: name (Japanese) and label_en."""
    topics = json.loads(resource("topics.json").read_text(encoding="utf-8"))["topics"]
    return [t if isinstance(t, dict) else {"name": t, "label_en": None} for t in topics]


def default_meeting_kinds() -> list[dict]:
    """The meeting kinds of a new library: key, label (English), label_ja."""
    return json.loads(resource("meeting_kinds.json").read_text(encoding="utf-8"))["kinds"]


def seed_scheme(db: sqlite_utils.Database) -> None:
    """Fill an empty scheme and topic list with Kaidan's defaults (never over the user's)."""
    scheme = default_scheme()
    if not db.execute("SELECT 1 FROM stance_labels LIMIT 1").fetchone():
        db["stance_labels"].insert_all(
            {**stance, "position": i} for i, stance in enumerate(scheme["stances"])
        )
    stamp = now()
    db["topics"].insert_all(({"name": t["name"], "created": stamp} for t in default_topics()), ignore=True)


def seed_label_names(db: sqlite_utils.Database) -> None:
    """Give the default labels their second name where the library has none (never over the user's)."""
    for stance in default_scheme()["stances"]:
        db.execute("UPDATE stance_labels SET label_ja = ? WHERE key = ? AND label_ja IS NULL",
                   [stance.get("label_ja"), stance["key"]])
    for topic in default_topics():
        db.execute("UPDATE topics SET label_en = ? WHERE name = ? AND label_en IS NULL",
                   [topic["label_en"], topic["name"]])
    db["meeting_kinds"].insert_all(({**kind, "position": i} for i, kind in enumerate(default_meeting_kinds())),
                                   pk="key", ignore=True)


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
    """The library's topic names, sorted."""
    return [r[0] for r in db.execute("SELECT name FROM topics ORDER BY name")]


def topic_labels(db: sqlite_utils.Database) -> list[dict]:
    """The topics with both names: name (as claims store it) and label_en (None when not given)."""
    return [{"name": name, "label_en": label} for name, label in
            db.execute("SELECT name, label_en FROM topics ORDER BY name")]


def meeting_kinds(db: sqlite_utils.Database) -> list[dict]:
    """The meeting kinds in display order: key, label (English), label_ja."""
    return [{"key": k, "label": label, "label_ja": ja} for k, label, ja in
            db.execute("SELECT key, label, label_ja FROM meeting_kinds ORDER BY position")]


def add_topic(db: sqlite_utils.Database, name: str, label_en: str | None = None) -> bool:
    """Add a topic to the library's list (label_en: its English label, given to a topic that has none);
    False if it was there already."""
    name = name.strip()
    if not name:
        raise ValueError("a topic needs a name")
    before = db.execute("SELECT count(*) FROM topics").fetchone()[0]
    db["topics"].insert({"name": name, "created": now(), "label_en": label_en}, ignore=True)
    if label_en:
        db.execute("UPDATE topics SET label_en = ? WHERE name = ? AND label_en IS NULL", [label_en, name])
    return db.execute("SELECT count(*) FROM topics").fetchone()[0] > before
