"""Three made-up annotators who read the same seed articles and decide a little differently."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from core.jobs import import_paths
from core.store import open_db
from core.store.claims import add_claim
from core.store.meetings import add_link, add_meeting_mention, create_meeting
from core.store.mentions import mentions_for, update_mention

SEEDS = Path(__file__).resolve().parents[3].parent / "shared" / "seeds"
NAMES = ("aoki", "baba", "chiba")


def base_library(folder: Path) -> Path:
    """The seeds imported once (detection included), for every annotator to start from."""
    path = folder / "base.db"
    summary = import_paths([SEEDS], path)
    assert not summary.failed and summary.imported
    return path


def copy_library(base: Path, path: Path) -> Path:
    """A copy of the base library, as each annotator's own machine would hold."""
    with sqlite3.connect(base) as src, sqlite3.connect(path) as dst:
        src.backup(dst)
    return path


def article_ids(db) -> list[int]:
    return [r[0] for r in db.execute("SELECT id FROM articles ORDER BY content_hash")]


def annotate(path: Path, name: str) -> None:
    """What each annotator decides: aoki and chiba alike, baba retypes one span and reads one claim otherwise."""
    db = open_db(path)
    first, second, *rest = article_ids(db)
    for i, m in enumerate(mentions_for(db, first)[:4]):
        if name == "baba" and i == 3:
            update_mention(db, m.id, type="ORG" if m.type != "ORG" else "PERSON", annotator=name)
        else:
            update_mention(db, m.id, state="accepted", annotator=name)
    start = 5 if name == "baba" else 0
    add_claim(db, second, start, 20, annotator=name, stance="against" if name == "baba" else "favor",
              holder_text="外相", target_kind="text", target_text="中国")
    # two meeting mentions of the first article: aoki and chiba see one meeting, baba two
    one = create_meeting(db, "talks", annotator=name)
    other = create_meeting(db, "visit", annotator=name) if name == "baba" else one
    add_meeting_mention(db, first, 0, 2, meeting_id=one, annotator=name)
    add_meeting_mention(db, first, 10, 12, meeting_id=other, annotator=name)
    later = create_meeting(db, "phone_call", annotator=name)
    add_meeting_mention(db, second, 0, 3, meeting_id=later, annotator=name)
    add_link(db, one, later, "precedes" if name != "chiba" else "prepares", annotator=name)
    if name == "chiba":  # chiba never received the last article
        db.execute("DELETE FROM articles WHERE id = ?", [rest[-1]])
    db.close()


def team_of_three(folder: Path) -> list[Path]:
    """The three annotators' libraries, annotated."""
    base = base_library(folder)
    paths = []
    for name in NAMES:
        path = copy_library(base, folder / f"{name}.db")
        annotate(path, name)
        paths.append(path)
    return paths
