"""Meetings in the library: records, participants, the mentions tied to them, and their links."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.clock import made_now, now
from core.model import Link, Meeting, MeetingMention, Participant
from core.store.anchors import context_of, reanchor_table, standing_row
from core.store.changes import log_change
from core.store.errors import RowGone
from core.store.transactions import atomic
from core.store.records import record_of

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils

KINDS = ("talks", "phone_call", "video_call", "visit", "multilateral", "negotiation_round", "signing", "trip")
STATUSES = ("held", "scheduled", "proposed", "cancelled", "none_planned")
ROLES = ("host", "visitor", "participant", "head_of_delegation", "delegation_member", "mediator", "witness")
RELATIONS = ("same_as", "part_of", "precedes", "prepares", "follow_up", "series")
MEETING_FIELDS = ("kind", "status", "start_date", "end_date", "precision", "date_text", "place_entity_id",
                  "place_text", "parent_id", "title", "note", "state", "confidence")


def create_meeting(db: sqlite_utils.Database, kind: str, status: str = "held", participants=(),
                   origin: str = "user", annotator: str | None = None, **fields) -> int:
    """A new meeting with its participants ([{entity_id, name, role, office}])."""
    _check(kind=kind, status=status, **fields)
    with atomic(db):
        meeting_id = db["meetings"].insert({
            "kind": kind, "status": status, "origin": origin,
            "state": fields.pop("state", "confirmed" if origin == "user" else "proposed"),
            "annotator": annotator, "created": made_now(), **fields,
        }).last_pk
        _insert_participants(db, meeting_id, participants)
        if origin == "user":  # the history is of the user's edits, not of Kaidan's proposals
            log_change(db, "create_meeting", "meetings", meeting_id, None, {"kind": kind, "status": status},
                       annotator)
    return meeting_id


def _insert_participants(db, meeting_id: int, participants) -> None:
    rows = [{"meeting_id": meeting_id, "entity_id": p.get("entity_id"), "name": p["name"],
             "role": p.get("role", "participant"), "office": p.get("office")} for p in participants]
    for row in rows:
        if row["role"] not in ROLES:
            raise ValueError(f"role must be one of {ROLES}")
    if rows:
        db["meeting_participants"].insert_all(rows)


def _check(**fields) -> None:
    if "kind" in fields and fields["kind"] not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}")
    if "status" in fields and fields["status"] not in STATUSES:
        raise ValueError(f"status must be one of {STATUSES}")
    unknown = set(fields) - set(MEETING_FIELDS)
    if unknown:
        raise ValueError(f"unknown meeting fields {sorted(unknown)}")


def get_meeting(db: sqlite_utils.Database, meeting_id: int) -> Meeting | None:
    """One meeting (its participants: participants_of); None when there is none."""
    rows = list(db.query("SELECT * FROM meetings WHERE id = ?", [meeting_id]))
    return record_of(Meeting, rows[0]) if rows else None


def meetings_by_date(db: sqlite_utils.Database, with_rejected: bool = False) -> list[Meeting]:
    """Every meeting, dated ones first, by date (rejected proposals only when asked)."""
    where = "" if with_rejected else "WHERE state != 'rejected' "
    return [record_of(Meeting, r) for r in
            db.query(f"SELECT * FROM meetings {where}ORDER BY start_date IS NULL, start_date, id")]


def participants_of(db: sqlite_utils.Database, meeting_id: int) -> list[dict]:
    return [{k: r[k] for k in ("entity_id", "name", "role", "office")} for r in db.query(
        "SELECT * FROM meeting_participants WHERE meeting_id = ? ORDER BY id", [meeting_id])]


def participant_records(db: sqlite_utils.Database, meeting_id: int) -> list[Participant]:
    """A meeting's participants as records, in the order they were added."""
    return [record_of(Participant, r) for r in db.query(
        "SELECT * FROM meeting_participants WHERE meeting_id = ? ORDER BY id", [meeting_id])]


def add_participants(db: sqlite_utils.Database, meeting_id: int, participants) -> int:
    """Add the participants a meeting does not have yet (by entity or name); returns how many."""
    known = {p["entity_id"] or p["name"] for p in participants_of(db, meeting_id)}
    new = [p for p in participants if (p.get("entity_id") or p["name"]) not in known]
    with atomic(db):
        _insert_participants(db, meeting_id, new)
    return len(new)


def fill_offices(db: sqlite_utils.Database, meeting_id: int, participants) -> int:
    """Give each participant of the meeting stored without an office the office another telling gives the same
    one (by entity or name); an office stored is kept, and so are participants the user set (an office they left
    empty stays empty). Logged, like the people a record learns. Returns how many were filled."""
    offices = {p.get("entity_id") or p["name"]: p["office"] for p in participants if p.get("office")}
    if not offices:
        return 0
    with atomic(db):
        bare = [(row, offices[row["entity_id"] or row["name"]]) for row in db.query(
            "SELECT id, entity_id, name FROM meeting_participants WHERE meeting_id = ? AND office IS NULL",
            [meeting_id]) if (row["entity_id"] or row["name"]) in offices]
        if not bare or _participants_set_by_user(db, meeting_id):  # the history is read only when there is one to fill
            return 0
        for row, office in bare:
            db["meeting_participants"].update(row["id"], {"office": office})
        log_change(db, "learn_offices", "meetings", meeting_id, None,
                   [{"name": row["name"], "entity_id": row["entity_id"], "office": office} for row, office in bare])
    return len(bare)


def _participants_set_by_user(db: sqlite_utils.Database, meeting_id: int) -> bool:
    return next(iter(db.execute("SELECT 1 FROM changes WHERE action = 'set_participants' AND target = 'meetings' "
                                "AND target_id = ? LIMIT 1", [str(meeting_id)])), None) is not None


def meeting_standing(db: sqlite_utils.Database, meeting_id: int, created: str | None = None) -> None:
    """Raise RowGone unless meeting_id is still the meeting the window read: there, and (created given) made at
    that moment, so a freed id SQLite gave a meeting proposed again since is not taken for it."""
    row = db.execute("SELECT created FROM meetings WHERE id = ?", [meeting_id]).fetchone()
    if row is None or (created and row[0] != created):
        raise RowGone("meeting", meeting_id)


def link_standing(db: sqlite_utils.Database, link_id: int, from_id: int, to_id: int, relation: str) -> int:
    """The link the window read as link_id between from_id and to_id by relation: that row while it still links
    them so, else the link now between them by that relation (written again since under another id); RowGone
    when they are linked so no more (a freed id may be another link's now)."""
    row = db.execute("SELECT id FROM meeting_links WHERE id = ? AND from_id = ? AND to_id = ? AND relation = ?",
                     [link_id, from_id, to_id, relation]).fetchone()
    if row is None:
        row = db.execute("SELECT id FROM meeting_links WHERE from_id = ? AND to_id = ? AND relation = ? "
                         "ORDER BY id LIMIT 1", [from_id, to_id, relation]).fetchone()
    if row is None:
        raise RowGone("meeting_link", link_id)
    return row[0]


def update_meeting(db: sqlite_utils.Database, meeting_id: int, annotator: str | None = None, **fields) -> dict:
    """Change a meeting's fields; returns the previous values (for undo)."""
    _check(**fields)
    with atomic(db):
        meeting = get_meeting(db, meeting_id)
        if meeting is None:
            raise RowGone("meeting", meeting_id)
        before = {k: getattr(meeting, k) for k in fields}
        db["meetings"].update(meeting_id, {**fields, "updated": now(), "annotator": annotator})
        log_change(db, "update_meeting", "meetings", meeting_id, before, fields, annotator)
    return before


def set_participants(db: sqlite_utils.Database, meeting_id: int, participants, annotator: str | None = None) -> list[dict]:
    """Replace the participants; returns the previous list (for undo)."""
    with atomic(db):
        meeting_standing(db, meeting_id)  # never participants of no meeting
        before = participants_of(db, meeting_id)
        db.execute("DELETE FROM meeting_participants WHERE meeting_id = ?", [meeting_id])
        _insert_participants(db, meeting_id, participants)
        log_change(db, "set_participants", "meetings", meeting_id, before, list(participants), annotator)
    return before


def delete_meeting(db: sqlite_utils.Database, meeting_id: int, annotator: str | None = None) -> dict:
    """Delete a meeting; returns everything restore_meeting needs to put it back."""
    with atomic(db):
        snapshot = {
            "meeting": next(iter(db.query("SELECT * FROM meetings WHERE id = ?", [meeting_id])), None),
            "participants": list(db.query("SELECT * FROM meeting_participants WHERE meeting_id = ?", [meeting_id])),
            "mentions": [r[0] for r in db.execute("SELECT id FROM meeting_mentions WHERE meeting_id = ?", [meeting_id])],
            "children": [r[0] for r in db.execute("SELECT id FROM meetings WHERE parent_id = ?", [meeting_id])],
            "links": list(db.query("SELECT * FROM meeting_links WHERE from_id = ? OR to_id = ?",
                                   [meeting_id, meeting_id])),
        }
        if snapshot["meeting"] is None:
            raise RowGone("meeting", meeting_id)
        db.execute("DELETE FROM meetings WHERE id = ?", [meeting_id])
        log_change(db, "delete_meeting", "meetings", meeting_id, {"kind": snapshot["meeting"]["kind"]}, None, annotator)
    return snapshot


def restore_meeting(db: sqlite_utils.Database, snapshot: dict, annotator: str | None = None) -> None:
    """Undo delete_meeting: the same ids, participants, mentions, children and links."""
    meeting_id = snapshot["meeting"]["id"]
    with atomic(db):
        db["meetings"].insert(snapshot["meeting"])
        if snapshot["participants"]:
            db["meeting_participants"].insert_all(snapshot["participants"])
        for mention_id in snapshot["mentions"]:
            db.execute("UPDATE meeting_mentions SET meeting_id = ? WHERE id = ?", [meeting_id, mention_id])
        for child in snapshot["children"]:
            db.execute("UPDATE meetings SET parent_id = ? WHERE id = ?", [meeting_id, child])
        if snapshot["links"]:
            db["meeting_links"].insert_all(snapshot["links"])
        log_change(db, "restore_meeting", "meetings", meeting_id, None, {"kind": snapshot["meeting"]["kind"]}, annotator)


def add_meeting_mention(db: sqlite_utils.Database, article_id: int, start: int, end: int,
                        meeting_id: int | None = None, trigger: str | None = None, sentence: str | None = None,
                        origin: str = "user", annotator: str | None = None) -> int:
    """A span of an article that speaks of a meeting."""
    body = db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    if not 0 <= start < end <= len(body):
        raise ValueError(f"span {start}-{end} is outside the body")
    with atomic(db):
        mention_id = db["meeting_mentions"].insert({
            "article_id": article_id, "meeting_id": meeting_id, "start_char": start, "end_char": end,
            "text": body[start:end], "trigger": trigger, "sentence": sentence, "origin": origin,
            "state": "confirmed" if origin == "user" else "proposed", "context": context_of(body, start, end),
            "annotator": annotator, "created": now(),
        }).last_pk
        if origin == "user":
            log_change(db, "add_meeting_mention", "meeting_mentions", mention_id, None,
                       {"article_id": article_id, "meeting_id": meeting_id}, annotator)
    return mention_id


def attach_mention(db: sqlite_utils.Database, mention_id: int, meeting_id: int | None,
                   annotator: str | None = None) -> int | None:
    """Tie a mention to a meeting (None: untie it); returns the previous meeting id."""
    with atomic(db):
        row = db.execute("SELECT meeting_id FROM meeting_mentions WHERE id = ?", [mention_id]).fetchone()
        if row is None:
            raise RowGone("meeting_mention", mention_id)
        db.execute("UPDATE meeting_mentions SET meeting_id = ?, state = 'confirmed' WHERE id = ?",
                   [meeting_id, mention_id])
        log_change(db, "attach_mention", "meeting_mentions", mention_id, {"meeting_id": row[0]},
                   {"meeting_id": meeting_id}, annotator)
    return row[0]


def meeting_mention_standing(db: sqlite_utils.Database, mention_id: int, article_id: int, start: int,
                             end: int, words: str | None = None) -> int | None:
    """The meeting mention the reader read as mention_id over start-end of article_id (reading words): that row
    while it is still there, else the article's meeting mention over the same span that meetings proposed again
    elsewhere wrote since under another id (a freed id may be another span's now); after the article was
    re-cleaned elsewhere, the decided mention moved with its words. None: the span is no meeting mention
    (core.store.anchors.standing_row)."""
    return standing_row(db, "meeting_mentions", mention_id, article_id, start, end, words, "state != 'proposed'")


def meeting_mention_state(db: sqlite_utils.Database, mention_id: int) -> str | None:
    """A meeting mention's state (proposed, confirmed, rejected); None when there is no such mention."""
    row = db.execute("SELECT state FROM meeting_mentions WHERE id = ?", [mention_id]).fetchone()
    return row[0] if row else None


def set_mention_state(db: sqlite_utils.Database, mention_id: int, state: str, annotator: str | None = None) -> str:
    """Confirm or reject a detected meeting mention; returns the previous state."""
    with atomic(db):
        before = meeting_mention_state(db, mention_id)
        if before is None:
            raise RowGone("meeting_mention", mention_id)
        db.execute("UPDATE meeting_mentions SET state = ? WHERE id = ?", [state, mention_id])
        log_change(db, "meeting_mention_state", "meeting_mentions", mention_id, before, state, annotator)
    return before


def meeting_mentions_for(db: sqlite_utils.Database, article_id: int,
                         with_rejected: bool = False) -> list[MeetingMention]:
    """An article's meeting mentions in reading order (rejected ones only when asked)."""
    sql = "SELECT * FROM meeting_mentions WHERE article_id = ? AND detached = 0"
    if not with_rejected:
        sql += " AND state != 'rejected'"
    return [record_of(MeetingMention, row) for row in db.query(sql + " ORDER BY start_char", [article_id])]


def add_link(db: sqlite_utils.Database, from_id: int, to_id: int, relation: str, origin: str = "user",
             evidence: str | None = None, article_id: int | None = None, annotator: str | None = None) -> int:
    """A link between two meetings (same_as, part_of, precedes, prepares, follow_up, series)."""
    if relation not in RELATIONS:
        raise ValueError(f"relation must be one of {RELATIONS}")
    if from_id == to_id:
        raise ValueError("a meeting cannot be linked to itself")
    with atomic(db):
        link_id = db["meeting_links"].insert({
            "from_id": from_id, "to_id": to_id, "relation": relation, "origin": origin,
            "state": "accepted" if origin == "user" else "proposed", "evidence": evidence,
            "article_id": article_id, "annotator": annotator, "created": now(),
        }, ignore=True).last_pk
        if origin == "user":
            log_change(db, "add_link", "meeting_links", link_id, None,
                       {"from": from_id, "to": to_id, "relation": relation}, annotator)
    return link_id


def set_link_state(db: sqlite_utils.Database, link_id: int, state: str, annotator: str | None = None) -> str:
    """Accept or reject a proposed link; returns the previous state."""
    with atomic(db):
        row = db.execute("SELECT state FROM meeting_links WHERE id = ?", [link_id]).fetchone()
        if row is None:
            raise RowGone("meeting_link", link_id)
        before = row[0]
        db.execute("UPDATE meeting_links SET state = ? WHERE id = ?", [state, link_id])
        log_change(db, "link_state", "meeting_links", link_id, before, state, annotator)
    return before


def delete_link(db: sqlite_utils.Database, link_id: int, annotator: str | None = None) -> Link:
    """Delete a link between meetings; returns it."""
    with atomic(db):
        row = next(iter(db.query("SELECT * FROM meeting_links WHERE id = ?", [link_id])), None)
        if row is None:
            raise RowGone("meeting_link", link_id)
        db.execute("DELETE FROM meeting_links WHERE id = ?", [link_id])
        log_change(db, "delete_link", "meeting_links", link_id, {"relation": row["relation"]}, None, annotator)
    return record_of(Link, row)


def links_of(db: sqlite_utils.Database, meeting_id: int | None = None) -> list[Link]:
    """Every link (or the links from or to one meeting), in the order they were made."""
    if meeting_id is None:
        rows = db.query("SELECT * FROM meeting_links ORDER BY id")
    else:
        rows = db.query("SELECT * FROM meeting_links WHERE from_id = ? OR to_id = ? ORDER BY id",
                        [meeting_id, meeting_id])
    return [record_of(Link, r) for r in rows]


def reanchor_meeting_mentions(db: sqlite_utils.Database, article_id: int, old_body: str, new_body: str) -> None:
    reanchor_table(db, "meeting_mentions", article_id, old_body, new_body)


def meeting_records(db: sqlite_utils.Database) -> list[dict]:
    """Every meeting in the export's shape (rejected proposals left out)."""
    out = []
    for m in meetings_by_date(db):
        out.append({
            "id": m.id, "kind": m.kind, "status": m.status, "start": m.start_date,
            "end": m.end_date, "precision": m.precision, "date_text": m.date_text,
            "place": {"entity_id": m.place_entity_id, "text": m.place_text}, "parent": m.parent_id,
            "title": m.title, "note": m.note, "state": m.state, "origin": m.origin,
            "confidence": m.confidence,
            "participants": participants_of(db, m.id), "mentions": spans_of(db, m.id),
        })
    return out


def spans_of(db: sqlite_utils.Database, meeting_id: int) -> list[dict]:
    """Where the meeting is mentioned (not rejected, not detached): article and span, in article order."""
    return [{"article_id": r[0], "start": r[1], "end": r[2]} for r in db.execute(
        "SELECT article_id, start_char, end_char FROM meeting_mentions WHERE meeting_id = ? AND detached = 0 "
        "AND state != 'rejected' ORDER BY article_id, start_char", [meeting_id])]


def link_records(db: sqlite_utils.Database) -> list[dict]:
    """The links not rejected, in the command line's shape (from, to, relation, origin, state, evidence)."""
    return [{"from": link.from_id, "to": link.to_id, "relation": link.relation, "origin": link.origin,
             "state": link.state, "evidence": link.evidence}
            for link in links_of(db) if link.state != "rejected"]
