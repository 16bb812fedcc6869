"""A Kaidan export's meetings and their links read back, without doubling the ones the library has."""

from __future__ import annotations

from pathlib import Path

from core.datasets.checks import MEETING_SCHEME, in_scheme
from core.datasets.common import DatasetSummary, guarded
from core.datasets.reading import listed, read_lines
from core.datasets.words import said


def import_meetings(db, path: Path, summary: DatasetSummary) -> dict[int, int]:
    """Insert every meeting; returns exported id → new id (parents set once all exist)."""
    ids, parents = {}, {}
    known = _known_meetings(db) if path.is_file() else {}
    for where, m in read_lines(path, summary):
        bad = [k for k in ("kind", "status") if not (m.get(k) and in_scheme(m.get(k), MEETING_SCHEME[k]))]
        if bad:
            summary.reject(where, said("meetings_outside", fields=" or ".join(bad), names=tuple(bad)))
            continue
        with guarded(summary, where, said("meetings")):
            _meeting(db, m, ids, parents, summary, known)
    for child, parent in parents.items():
        db.execute("UPDATE meetings SET parent_id = ? WHERE id = ?", [ids.get(parent), ids[child]])
    return ids


def _meeting(db, m: dict, ids: dict, parents: dict, summary: DatasetSummary, known: dict) -> None:
    place = m.get("place") or {}
    if not isinstance(m.get("id"), int):
        raise TypeError("a meeting id must be a whole number")
    same = _same_meeting(m, place, known)
    if same is not None:  # the export came back to a library that has its meetings: they are not doubled
        ids[m["id"]] = same
        summary.skip(said("meetings_there"))
        return
    ids[m["id"]] = db["meetings"].insert({
        "kind": m["kind"], "status": m["status"], "start_date": m.get("start"), "end_date": m.get("end"),
        "precision": m.get("precision") or "unknown", "date_text": m.get("date_text"),
        "place_entity_id": place.get("entity_id"), "place_text": place.get("text"), "title": m.get("title"),
        "note": m.get("note"), "origin": m["origin"], "state": m["state"], "annotator": m.get("annotator"),
        "created": m.get("created") or "", "updated": m.get("updated"),
    }).last_pk
    if isinstance(m.get("parent"), int):
        parents[m["id"]] = m["parent"]
    participants = [{"meeting_id": ids[m["id"]], **{k: p.get(k) for k in ("entity_id", "name", "role", "office")}}
                    for p in listed(m.get("participants"))
                    if isinstance(p, dict) and p.get("role") in MEETING_SCHEME["role"] and isinstance(p.get("name"), str)]
    if len(participants) < len(listed(m.get("participants"))):
        summary.skip(said("participants_left"),
                     len(listed(m.get("participants"))) - len(participants))
    if participants:
        db["meeting_participants"].insert_all(participants)
    summary.annotations[said("meetings")] += 1
    summary.annotations[said("participants")] += len(participants)


def _known_meetings(db) -> dict[tuple, list[int]]:
    """The library's meetings before the import, by what makes an exported meeting the same one (_meeting_key)."""
    people: dict[int, list[dict]] = {}
    for p in db.query("SELECT meeting_id, entity_id, name, role, office FROM meeting_participants"):
        people.setdefault(p["meeting_id"], []).append(p)
    known: dict[tuple, list[int]] = {}
    for row in db.query("SELECT id, created, kind, status, origin, start_date, end_date, place_entity_id, place_text,"
                        " title FROM meetings WHERE created IS NOT NULL AND created != '' ORDER BY id DESC"):
        key = (row["created"], row["kind"], row["status"], row["origin"], row["start_date"], row["end_date"],
               row["place_entity_id"], row["place_text"], row["title"],
               tuple(sorted(_participant_key(p) for p in people.get(row["id"], []))))
        known.setdefault(key, []).append(row["id"])
    return known


def _same_meeting(m: dict, place: dict, known: dict[tuple, list[int]]) -> int | None:
    """The library's meeting this exported one is, or None: made at the same moment, of the same kind, status,
    dates, place and title, with the same participants, and not yet matched to another exported meeting.
    A meeting without its creation time is never taken for another."""
    if not isinstance(m.get("created"), str) or not m["created"]:
        return None
    participants = tuple(sorted(_participant_key(p) for p in listed(m.get("participants")) if isinstance(p, dict)))
    key = (m["created"], m["kind"], m["status"], m.get("origin"), m.get("start"), m.get("end"),
           place.get("entity_id"), place.get("text"), m.get("title"), participants)
    same = known.get(key)
    return same.pop() if same else None  # taken: a second exported twin becomes a meeting of its own


def _participant_key(p: dict) -> tuple:
    return tuple(str(p.get(k) or "") for k in ("entity_id", "name", "role", "office"))


def import_links(db, path: Path, meetings: dict, articles: dict, summary: DatasetSummary) -> None:
    """The links between imported meetings; a link whose meeting was not imported is counted, not kept."""
    for where, link in read_lines(path, summary):
        ends = tuple(meetings.get(v) if isinstance(v, int) else None for v in (link.get("from"), link.get("to")))
        if None in ends:
            summary.skip(said("links_missing"))
            continue
        if not (link.get("relation") and in_scheme(link.get("relation"), MEETING_SCHEME["relation"])):
            summary.reject(where, said("relations_outside"))
            continue
        with guarded(summary, where, said("meeting_links")):
            if _insert_link(db, link, ends, articles):
                summary.annotations[said("links")] += 1
            else:
                summary.skip(said("links_there"))


def _insert_link(db, link: dict, ends: tuple, articles: dict) -> bool:
    """Insert the link unless the library links the two meetings by that relation already; True if inserted."""
    db["meeting_links"].insert({
        "from_id": ends[0], "to_id": ends[1], "relation": link["relation"], "origin": link["origin"],
        "state": link["state"], "evidence": link.get("evidence"), "article_id": articles.get(link.get("article_id")),
        "annotator": link.get("annotator"), "created": link.get("created") or "",
    }, ignore=True)
    return db.execute("SELECT changes()").fetchone()[0] > 0
