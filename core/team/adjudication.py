"""Adjudication: the gold layer of a team library, built from the annotators' decisions, undoable and logged.

The gold layer is the team library's own entity mentions, claims, meeting
mentions tied to meetings, and links between meetings, so every export format
carries it. A gold meeting is made for each meeting key the annotators' ties
name (a meeting's first tied mention, the key their libraries share). Each edit is a value: applied, it returns the edit
that undoes it (the article's gold as it was before).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.clock import now
from core.store import atomic
from core.store.anchors import context_of
from core.store.changes import log_change
from core.store.errors import RowGone

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils

GOLD_LAYERS = ("entity", "claim", "tie", "link")
_CLAIM_FIELDS = ("holder_entity_id", "holder_text", "target_kind", "target_ref", "target_text", "intensity",
                 "attribution", "note")


@dataclass(frozen=True)
class GoldEdit:
    """One adjudication step on an article: take an annotator's version, the majority, one decision, or restore."""

    article_id: int
    kind: str  # 'take', 'majority', 'toggle' or 'restore'
    annotator: str | None = None
    decision_id: int | None = None
    snapshot: str | None = None  # JSON of the gold rows, for 'restore'

    def apply(self, db: sqlite_utils.Database, adjudicator: str | None = None) -> "GoldEdit":
        """Write this edit in one transaction, log it, and return its inverse."""
        with atomic(db):
            if db.execute("SELECT 1 FROM articles WHERE id = ?", [self.article_id]).fetchone() is None:
                raise RowGone("article", self.article_id)  # deleted elsewhere: no gold written for nothing
            before = snapshot(db, self.article_id)
            if self.kind == "take":
                _replace(db, self.article_id, _decisions(db, self.article_id, self.annotator), adjudicator)
            elif self.kind == "majority":
                _replace(db, self.article_id, majority(db, self.article_id), adjudicator)
            elif self.kind == "toggle":
                _toggle(db, self.article_id, self.decision_id, adjudicator)
            elif self.kind == "restore":
                _restore(db, self.article_id, json.loads(self.snapshot))
            else:
                raise ValueError(f"unknown gold edit {self.kind!r}")
            if self.kind != "restore":
                _set_state(db, self.article_id, "adjudicated", adjudicator)
            log_change(db, f"gold_{self.kind}", "articles", self.article_id,
                       _summary(json.loads(before)), _summary(json.loads(snapshot(db, self.article_id))),
                       adjudicator)
        return GoldEdit(self.article_id, "restore", snapshot=before)


def gold_for(db: sqlite_utils.Database, article_id: int) -> dict[str, list[dict]]:
    """The article's gold entities, claims, meeting ties (with their meeting's key) and links, in reading order."""
    return {
        "entity": list(db.query("SELECT * FROM mentions WHERE article_id = ? AND state = 'accepted' "
                                "ORDER BY start_char, end_char", [article_id])),
        "claim": list(db.query("SELECT * FROM claims WHERE article_id = ? AND state = 'accepted' "
                               "ORDER BY start_char, end_char", [article_id])),
        "tie": list(db.query("SELECT mm.*, g.anchor AS label FROM meeting_mentions mm LEFT JOIN team_gold_meetings g "
                             "ON g.meeting_id = mm.meeting_id WHERE mm.article_id = ? AND mm.state = 'confirmed' "
                             "ORDER BY mm.start_char, mm.end_char", [article_id])),
        "link": [_placed(row) for row in db.query(
            "SELECT l.*, l.relation AS label, f.anchor AS holder, t.anchor AS target FROM meeting_links l "
            "LEFT JOIN team_gold_meetings f ON f.meeting_id = l.from_id "
            "LEFT JOIN team_gold_meetings t ON t.meeting_id = l.to_id "
            "WHERE l.article_id = ? AND l.state = 'accepted' ORDER BY l.id", [article_id])],
    }


def _placed(link: dict) -> dict:
    """A gold link where the annotators' link decisions sit: at its first meeting's key mention."""
    span = (link["holder"] or ":0-0").rsplit(":", 1)[-1]
    start, end = (int(x) for x in span.split("-"))
    return {**link, "start_char": start, "end_char": end, "text": ""}


def decisions_for(db: sqlite_utils.Database, article_id: int) -> list[dict]:
    """Every annotator's decisions on the article, in reading order."""
    return list(db.query("SELECT * FROM team_decisions WHERE article_id = ? ORDER BY layer, start_char, end_char, "
                         "annotator", [article_id]))


def _decisions(db, article_id: int, annotator: str) -> list[dict]:
    return [d for d in decisions_for(db, article_id) if d["annotator"] == annotator and d["layer"] in GOLD_LAYERS]


def _key(d: dict) -> tuple:
    return d["layer"], d["start_char"], d["end_char"], d["label"], d["holder"], d["target"]


def majority(db: sqlite_utils.Database, article_id: int) -> list[dict]:
    """The decisions more than half of the team's annotators made identically."""
    members = db.execute("SELECT count(*) FROM team_members").fetchone()[0]
    rows = [d for d in decisions_for(db, article_id) if d["layer"] in GOLD_LAYERS]
    votes = Counter(_key(d) for d in rows)
    chosen, out = {k for k, n in votes.items() if n * 2 > members}, []
    for d in rows:
        if _key(d) in chosen:
            chosen.discard(_key(d))
            out.append(d)
    return out


def snapshot(db: sqlite_utils.Database, article_id: int) -> str:
    """The article's gold rows, the gold meetings they name, and its state as JSON (what an undo puts back)."""
    state = db.execute("SELECT state, adjudicator FROM team_articles WHERE article_id = ?", [article_id]).fetchone()
    ties = list(db.query("SELECT * FROM meeting_mentions WHERE article_id = ?", [article_id]))
    links = list(db.query("SELECT * FROM meeting_links WHERE article_id = ?", [article_id]))
    named = sorted({t["meeting_id"] for t in ties if t["meeting_id"]}
                   | {x for link in links for x in (link["from_id"], link["to_id"])})
    marks = ",".join("?" * len(named))
    return json.dumps({
        "mentions": list(db.query("SELECT * FROM mentions WHERE article_id = ?", [article_id])),
        "claims": list(db.query("SELECT * FROM claims WHERE article_id = ?", [article_id])),
        "ties": ties,
        "links": links,
        "meetings": list(db.query(f"SELECT * FROM meetings WHERE id IN ({marks})", named)) if named else [],
        "keys": list(db.query(f"SELECT * FROM team_gold_meetings WHERE meeting_id IN ({marks})", named))
        if named else [],
        "state": list(state) if state else None,
    }, ensure_ascii=False)


_TABLES = (("mentions", "mentions"), ("claims", "claims"), ("ties", "meeting_mentions"), ("links", "meeting_links"))


def _clear(db, article_id: int) -> None:
    for _key, table in _TABLES:
        db.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])


def _restore(db, article_id: int, snap: dict) -> None:
    _clear(db, article_id)
    # the gold meetings the article named come back first (another article's edit may have removed them)
    for table, rows in (("meetings", snap.get("meetings", [])), ("team_gold_meetings", snap.get("keys", []))):
        if rows:
            db[table].insert_all(rows, ignore=True)
    for key, table in _TABLES:
        if snap.get(key):
            db[table].insert_all(snap[key])
    if snap["state"]:
        db.execute("UPDATE team_articles SET state = ?, adjudicator = ?, updated = ? WHERE article_id = ?",
                   [*snap["state"], now(), article_id])
    _prune_meetings(db)


def _replace(db, article_id: int, decisions: list[dict], adjudicator) -> None:
    _clear(db, article_id)
    for d in sorted(decisions, key=lambda d: d["layer"] == "link"):  # ties make the meetings links name
        _insert(db, article_id, d, adjudicator)
    _prune_meetings(db)


def _insert(db, article_id: int, d: dict, adjudicator) -> None:
    body = db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    detail = json.loads(d["detail"] or "{}")
    if d["layer"] == "link":
        ends = _gold_meeting(db, d["holder"], adjudicator), _gold_meeting(db, d["target"], adjudicator)
        db["meeting_links"].insert({"from_id": ends[0], "to_id": ends[1], "relation": d["label"], "origin": "user",
                                    "state": "accepted", "evidence": f"gold:{d['annotator']}",
                                    "article_id": article_id, "annotator": adjudicator, "created": now()},
                                   ignore=True)
        return
    common = {"article_id": article_id, "start_char": d["start_char"], "end_char": d["end_char"],
              "text": d["text"], "context": context_of(body, d["start_char"], d["end_char"]),
              "annotator": adjudicator, "created": now()}
    if d["layer"] == "entity":
        db["mentions"].insert({**common, "type": d["label"], "entity_id": detail.get("entity_id"),
                               "value": detail.get("value"), "origin": "user", "source": f"gold:{d['annotator']}",
                               "state": "accepted"})
    elif d["layer"] == "claim":
        db["claims"].insert({**common, "stance": d["label"], "origin": "user", "state": "accepted",
                             **{k: detail.get(k) for k in _CLAIM_FIELDS}})
    elif d["layer"] == "tie":
        db["meeting_mentions"].insert({**common, "meeting_id": _gold_meeting(db, d["label"], adjudicator, detail),
                                       "origin": "user", "state": "confirmed"})


def _gold_meeting(db, anchor: str, adjudicator, detail: dict | None = None) -> int:
    """The gold meeting of a meeting key, made from what an annotator's tie says of it when there is none yet."""
    found = db.execute("SELECT meeting_id FROM team_gold_meetings WHERE anchor = ?", [anchor]).fetchone()
    if found:
        return found[0]
    if detail is None:  # a link's end: what any annotator's tie to that meeting says of it
        row = db.execute("SELECT detail FROM team_decisions WHERE layer = 'tie' AND label = ? ORDER BY id LIMIT 1",
                         [anchor]).fetchone()
        detail = json.loads(row[0]) if row else {}
    fields = {f: detail.get(f) for f in ("start_date", "end_date", "date_text", "title")}
    meeting_id = db["meetings"].insert({
        **fields, "kind": detail.get("kind") or "talks", "status": detail.get("status") or "held",
        "precision": detail.get("precision") or "unknown", "note": f"gold meeting {anchor}", "origin": "user",
        "state": "confirmed", "annotator": adjudicator, "created": now()}).last_pk
    db["team_gold_meetings"].insert({"anchor": anchor, "meeting_id": meeting_id})
    return meeting_id


def _prune_meetings(db) -> None:
    """Remove the gold meetings no gold tie or link names any more."""
    orphans = [r[0] for r in db.execute(
        "SELECT g.meeting_id FROM team_gold_meetings g WHERE NOT EXISTS (SELECT 1 FROM meeting_mentions mm "
        "WHERE mm.meeting_id = g.meeting_id) AND NOT EXISTS (SELECT 1 FROM meeting_links l "
        "WHERE l.from_id = g.meeting_id OR l.to_id = g.meeting_id)")]
    for meeting_id in orphans:
        db.execute("DELETE FROM team_gold_meetings WHERE meeting_id = ?", [meeting_id])
        db.execute("DELETE FROM meetings WHERE id = ?", [meeting_id])


def _toggle(db, article_id: int, decision_id: int, adjudicator) -> None:
    rows = list(db.query("SELECT * FROM team_decisions WHERE id = ? AND article_id = ?", [decision_id, article_id]))
    if not rows:  # a merge of the team's libraries run again elsewhere removed it (its annotator took it back)
        raise RowGone("decision", decision_id)
    if rows[0]["layer"] not in GOLD_LAYERS:
        raise KeyError(decision_id)
    d = rows[0]
    same = _same_gold(db, article_id, d)
    if same:
        table = {"entity": "mentions", "claim": "claims", "tie": "meeting_mentions", "link": "meeting_links"}
        db.execute(f"DELETE FROM {table[d['layer']]} WHERE id = ?", [same[0]])
        _prune_meetings(db)
    else:
        _insert(db, article_id, d, adjudicator)


def _same_gold(db, article_id: int, d: dict) -> list[int]:
    """The gold row that holds this decision already (empty when none)."""
    if d["layer"] == "link":
        sql = ("SELECT l.id FROM meeting_links l JOIN team_gold_meetings f ON f.meeting_id = l.from_id "
               "JOIN team_gold_meetings t ON t.meeting_id = l.to_id WHERE l.article_id = ? AND f.anchor = ? "
               "AND t.anchor = ? AND l.relation = ?")
        return [r[0] for r in db.execute(sql, [article_id, d["holder"], d["target"], d["label"]])]
    if d["layer"] == "tie":
        sql = ("SELECT mm.id FROM meeting_mentions mm JOIN team_gold_meetings g ON g.meeting_id = mm.meeting_id "
               "WHERE mm.article_id = ? AND mm.start_char = ? AND mm.end_char = ? AND g.anchor = ?")
    else:
        table, label = ("mentions", "type") if d["layer"] == "entity" else ("claims", "stance")
        sql = f"SELECT id FROM {table} WHERE article_id = ? AND start_char = ? AND end_char = ? AND {label} IS ?"
    return [r[0] for r in db.execute(sql, [article_id, d["start_char"], d["end_char"], d["label"]])]


def _set_state(db, article_id: int, state: str, adjudicator) -> None:
    db["team_articles"].upsert({"article_id": article_id, "state": state, "adjudicator": adjudicator,
                                "updated": now()}, pk="article_id")


def _summary(snap: dict) -> dict:
    return {"entities": [[m["start_char"], m["end_char"], m["type"]] for m in snap["mentions"]
                         if m["state"] == "accepted"],
            "claims": [[c["start_char"], c["end_char"], c["stance"]] for c in snap["claims"]
                       if c["state"] == "accepted"],
            "ties": [[t["start_char"], t["end_char"], t["meeting_id"]] for t in snap.get("ties", [])
                     if t["state"] == "confirmed"],
            "links": [[x["from_id"], x["to_id"], x["relation"]] for x in snap.get("links", [])],
            "state": snap["state"][0] if snap["state"] else None}


def gold_history(db: sqlite_utils.Database, article_id: int | None = None) -> list[dict]:
    """The gold layer's change log (newest last), for one article or all."""
    sql = "SELECT * FROM changes WHERE action LIKE 'gold\\_%' ESCAPE '\\'"
    args = []
    if article_id is not None:
        sql += " AND target_id = ?"
        args.append(str(article_id))
    return list(db.query(sql + " ORDER BY id", args))


def agreeing_articles(db: sqlite_utils.Database) -> list[int]:
    """Articles on which every annotator decided alike and made at least one decision the gold can hold."""
    marks = ",".join("?" * len(GOLD_LAYERS))
    return [r[0] for r in db.execute(
        "SELECT t.article_id FROM team_articles t WHERE t.state = 'agreeing' AND EXISTS (SELECT 1 FROM "
        f"team_decisions d WHERE d.article_id = t.article_id AND d.layer IN ({marks})) ORDER BY t.article_id",
        list(GOLD_LAYERS))]


def adopt_agreeing(db: sqlite_utils.Database, adjudicator: str | None = None) -> list[GoldEdit]:
    """Take the common version of every agreeing article into the gold; returns the inverses (to undo, in reverse)."""
    return [GoldEdit(article_id, "majority").apply(db, adjudicator) for article_id in agreeing_articles(db)]
