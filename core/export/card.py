"""The dataset card (dataset.json): what an export holds, its label schemes and conventions."""

from __future__ import annotations

from datetime import datetime, timezone

import sqlite_utils

import core
from core.claims.scheme import stances, topics
from core.export.scope import Scope
from core.store import meetings
from core.store.registry import TYPES

OFFSETS = ("start/end count Unicode code points into body (Python str indexing), end exclusive; "
           "body paragraphs are joined by \\n")


def entity_types(db: sqlite_utils.Database) -> list[str]:
    """The registry's types, then any other type a mention carries (DATE...)."""
    found = [r[0] for r in db.execute("SELECT DISTINCT type FROM mentions ORDER BY type")]
    return list(TYPES) + [t for t in found if t not in TYPES]


def annotators(db: sqlite_utils.Database) -> list[str]:
    names: set[str] = set()
    for table in ("mentions", "claims", "meetings", "meeting_mentions", "meeting_links", "changes"):
        names.update(r[0] for r in db.execute(f"SELECT DISTINCT annotator FROM {table} WHERE annotator IS NOT NULL"))
    return sorted(names)


def label_schemes(db: sqlite_utils.Database) -> dict:
    return {
        "entity_types": entity_types(db),
        "stances": [{k: s[k] for k in ("key", "label", "label_ja", "colour", "shortcut")} for s in stances(db)],
        "topics": topics(db),
        "claim_attributions": ["direct", "indirect", "mixed", "unattributed"],
        "claim_intensities": ["low", "medium", "high"],
        "claim_target_kinds": ["entity", "meeting", "topic", "text"],
        "meeting_kinds": list(meetings.KINDS),
        "meeting_statuses": list(meetings.STATUSES),
        "participant_roles": list(meetings.ROLES),
        "link_relations": list(meetings.RELATIONS),
        "mention_states": ["proposed", "accepted", "rejected"],
    }


def dataset_card(db: sqlite_utils.Database, fmt: str, scope: Scope, counts: dict, files: dict,
                 notes: list[str] = ()) -> dict:
    """The card written next to every export."""
    return {
        "name": "Kaidan export",
        "format": fmt,
        "kaidan_version": core.__version__,
        "exported_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "scope": scope.describe(),
        "offsets": OFFSETS,
        "counts": counts,
        "files": files,
        "labels": label_schemes(db),
        "annotators": annotators(db),
        "notes": list(notes),
    }
