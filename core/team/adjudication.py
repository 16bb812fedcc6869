"""Adjudication: the gold layer of a team library, built from the annotators' decisions, undoable and logged.

The gold layer is the team library's own entity mentions and claims, so every
export format carries it. Each edit is a value: applied, it returns the edit
that undoes it (the article's gold as it was before).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass

import sqlite_utils

from core.clock import now
from core.store import atomic
from core.store.anchors import context_of
from core.store.changes import log_change

GOLD_LAYERS = ("entity", "claim")
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
    """The article's gold entities and claims, in reading order."""
    return {
        "entity": list(db.query("SELECT * FROM mentions WHERE article_id = ? AND state = 'accepted' "
                                "ORDER BY start_char, end_char", [article_id])),
        "claim": list(db.query("SELECT * FROM claims WHERE article_id = ? AND state = 'accepted' "
                               "ORDER BY start_char, end_char", [article_id])),
    }


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
    """The article's gold rows and state as JSON (what an undo puts back)."""
    state = db.execute("SELECT state, adjudicator FROM team_articles WHERE article_id = ?", [article_id]).fetchone()
    return json.dumps({
        "mentions": list(db.query("SELECT * FROM mentions WHERE article_id = ?", [article_id])),
        "claims": list(db.query("SELECT * FROM claims WHERE article_id = ?", [article_id])),
        "state": list(state) if state else None,
    }, ensure_ascii=False)


def _restore(db, article_id: int, snap: dict) -> None:
    db.execute("DELETE FROM mentions WHERE article_id = ?", [article_id])
    db.execute("DELETE FROM claims WHERE article_id = ?", [article_id])
    if snap["mentions"]:
        db["mentions"].insert_all(snap["mentions"])
    if snap["claims"]:
        db["claims"].insert_all(snap["claims"])
    if snap["state"]:
        db.execute("UPDATE team_articles SET state = ?, adjudicator = ?, updated = ? WHERE article_id = ?",
                   [*snap["state"], now(), article_id])


def _replace(db, article_id: int, decisions: list[dict], adjudicator) -> None:
    db.execute("DELETE FROM mentions WHERE article_id = ?", [article_id])
    db.execute("DELETE FROM claims WHERE article_id = ?", [article_id])
    for d in decisions:
        _insert(db, article_id, d, adjudicator)


def _insert(db, article_id: int, d: dict, adjudicator) -> None:
    body = db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    detail = json.loads(d["detail"] or "{}")
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


def _toggle(db, article_id: int, decision_id: int, adjudicator) -> None:
    rows = list(db.query("SELECT * FROM team_decisions WHERE id = ? AND article_id = ?", [decision_id, article_id]))
    if not rows or rows[0]["layer"] not in GOLD_LAYERS:
        raise KeyError(decision_id)
    d = rows[0]
    table, label = ("mentions", "type") if d["layer"] == "entity" else ("claims", "stance")
    same = db.execute(f"SELECT id FROM {table} WHERE article_id = ? AND start_char = ? AND end_char = ? "
                      f"AND {label} IS ?", [article_id, d["start_char"], d["end_char"], d["label"]]).fetchall()
    if same:
        db.execute(f"DELETE FROM {table} WHERE id = ?", [same[0][0]])
    else:
        _insert(db, article_id, d, adjudicator)


def _set_state(db, article_id: int, state: str, adjudicator) -> None:
    db["team_articles"].upsert({"article_id": article_id, "state": state, "adjudicator": adjudicator,
                                "updated": now()}, pk="article_id")


def _summary(snap: dict) -> dict:
    return {"entities": [[m["start_char"], m["end_char"], m["type"]] for m in snap["mentions"]
                         if m["state"] == "accepted"],
            "claims": [[c["start_char"], c["end_char"], c["stance"]] for c in snap["claims"]
                       if c["state"] == "accepted"],
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
