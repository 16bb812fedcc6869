"""An article's publication date as the user gives it: the day typed, and whether the last change of an article's
date was the user's (the change log says so; core.corrections.set_published writes it)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils

ACTION = "set_published"  # the change log's action for a date set by hand (or given back by an undo)


@dataclass(frozen=True)
class PublishedDate:
    """An article's publication date as stored: ISO day (or moment), its precision, and whether the user gave it."""

    published: str | None
    precision: str | None
    by_user: bool = False

    def logged(self) -> dict:
        return {"published": self.published, "precision": self.precision, "by_user": self.by_user}


def user_day(text: str) -> PublishedDate:
    """The day a user typed (2005-08-22), as a date they give; ValueError when it is no calendar day."""
    text = text.strip()
    day = date.fromisoformat(text)  # raises ValueError for 2005-02-30 or words
    if len(text) != 10:  # 20050822 reads as a day too, but is not what the field asks for
        raise ValueError(f"not a day written as YYYY-MM-DD: {text!r}")
    return PublishedDate(day.isoformat(), "day", by_user=True)


def user_published(db: sqlite_utils.Database, article_id: int) -> PublishedDate | None:
    """The date the user gave the article, if the last change of its date was theirs; None otherwise."""
    row = db.execute("SELECT after FROM changes WHERE action = ? AND target = 'articles' AND target_id = ? "
                     "ORDER BY id DESC LIMIT 1", [ACTION, str(article_id)]).fetchone()
    if row is None or row[0] is None:
        return None
    after = json.loads(row[0])
    return PublishedDate(after["published"], after["precision"], True) if after.get("by_user") else None
