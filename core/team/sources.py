"""What one annotator decided in their own library, read as plain decisions keyed by content hash."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass

import sqlite_utils

LAYERS = ("entity", "claim", "tie", "link")
# what a tie carries of its meeting, so that an adjudicated tie can make the gold meeting
MEETING_FIELDS = ("kind", "status", "start_date", "end_date", "precision", "date_text", "title")


@dataclass(frozen=True)
class Decision:
    """One decision of one annotator: a span of an article (by content hash) and what they said of it."""

    layer: str
    source_id: int
    content_hash: str
    start: int
    end: int
    text: str
    label: str | None = None
    holder: str | None = None
    target: str | None = None
    detail: str = "{}"


def annotator_of(db: sqlite_utils.Database, fallback: str) -> str:
    """The name most of a library's decisions carry, else fallback (the file's name)."""
    names: Counter = Counter()
    for table in ("mentions", "claims", "meeting_mentions", "changes"):
        for name, n in db.execute(
                f"SELECT annotator, count(*) FROM {table} WHERE annotator IS NOT NULL GROUP BY annotator"):
            names[name] += n
    return names.most_common(1)[0][0] if names else fallback


def read_decisions(db: sqlite_utils.Database) -> tuple[list[Decision], int]:
    """Every decision of the library (accepted entities and claims, confirmed ties, the user's links); and how many links were skipped.

    A link is skipped when one of its meetings has no mention in any article:
    nothing else names a meeting the same way in another library.
    """
    out: list[Decision] = []
    for row in db.query(
            "SELECT m.id, a.content_hash, m.start_char, m.end_char, m.text, m.type, m.entity_id, m.value "
            "FROM mentions m JOIN articles a ON a.id = m.article_id "
            "WHERE m.state = 'accepted' AND m.detached = 0"):
        out.append(Decision("entity", row["id"], row["content_hash"], row["start_char"], row["end_char"],
                            row["text"], row["type"], detail=_json({"entity_id": row["entity_id"],
                                                                    "value": row["value"]})))
    for row in db.query(
            "SELECT c.*, a.content_hash FROM claims c JOIN articles a ON a.id = c.article_id "
            "WHERE c.state = 'accepted' AND c.detached = 0"):
        out.append(Decision(
            "claim", row["id"], row["content_hash"], row["start_char"], row["end_char"], row["text"],
            row["stance"], row["holder_entity_id"] or row["holder_text"], row["target_ref"] or row["target_text"],
            _json({k: row[k] for k in ("holder_entity_id", "holder_text", "target_kind", "target_ref",
                                       "target_text", "intensity", "attribution", "note")})))
    anchors = meeting_anchors(db)
    for row in db.query(
            "SELECT mm.id, mm.meeting_id, a.content_hash, mm.start_char, mm.end_char, mm.text, "
            f"{', '.join('m.' + f for f in MEETING_FIELDS)} "
            "FROM meeting_mentions mm JOIN articles a ON a.id = mm.article_id "
            "JOIN meetings m ON m.id = mm.meeting_id "
            "WHERE mm.state = 'confirmed' AND mm.detached = 0 AND mm.meeting_id IS NOT NULL"):
        out.append(Decision("tie", row["id"], row["content_hash"], row["start_char"], row["end_char"],
                            row["text"], anchors[row["meeting_id"]],
                            detail=_json({f: row[f] for f in MEETING_FIELDS})))
    skipped = 0
    for row in db.query("SELECT id, from_id, to_id, relation FROM meeting_links "
                        "WHERE state = 'accepted' OR (origin = 'user' AND state != 'rejected')"):
        ends = anchors.get(row["from_id"]), anchors.get(row["to_id"])
        if None in ends:
            skipped += 1
            continue
        content_hash, span = ends[0].split(":")
        start, end = (int(x) for x in span.split("-"))
        out.append(Decision("link", row["id"], content_hash, start, end, "", row["relation"],
                            holder=ends[0], target=ends[1]))
    return out, skipped


def meeting_anchors(db: sqlite_utils.Database) -> dict[int, str]:
    """Each meeting's key across libraries: its first tied mention as content_hash:start-end."""
    anchors: dict[int, str] = {}
    for meeting_id, content_hash, start, end in db.execute(
            "SELECT mm.meeting_id, a.content_hash, mm.start_char, mm.end_char FROM meeting_mentions mm "
            "JOIN articles a ON a.id = mm.article_id WHERE mm.meeting_id IS NOT NULL AND mm.state = 'confirmed' "
            "AND mm.detached = 0 ORDER BY a.content_hash, mm.start_char, mm.end_char"):
        anchors.setdefault(meeting_id, f"{content_hash}:{start}-{end}")
    return anchors


def _json(value: dict) -> str:
    return json.dumps({k: v for k, v in value.items() if v is not None}, ensure_ascii=False, sort_keys=True)
