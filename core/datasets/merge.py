"""Bringing a tool's annotations back onto the article they came from, without duplicates or overwritten decisions.

A span is matched by its offsets. The library's decision always stands: an import
that decides the same way changes nothing, one that decides otherwise is reported
as a conflict, and one that decides on what was only a proposal (or on a span the
library does not have) is taken, logged like any edit.
"""

from __future__ import annotations

import hashlib

import sqlite_utils

from core.datasets.common import DatasetSummary, add_claim, add_meeting_mention, add_mention, store_text
from core.datasets.words import at, said
from core.registry import Entity
from core.store.claims import update_claim
from core.store.meetings import set_mention_state
from core.store.mentions import update_mention
from core.store.registry import TYPES, save_entity


UNMARKED = ("doccano", "brat")


class BodyIndex:
    """Articles of the library by their body text (built on first use, kept up to date by add)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self._by_digest: dict[str, int] | None = None

    def find(self, text: str, kaidan_id=None, content_hash=None) -> int | None:
        """The article whose body is text: by the id or hash the export carried, else by the text itself."""
        for sql, key in (("SELECT id, body FROM articles WHERE content_hash = ?", content_hash),
                         ("SELECT id, body FROM articles WHERE id = ?", kaidan_id)):
            if isinstance(key, (str, int)) and not isinstance(key, bool):
                row = self.db.execute(sql, [key]).fetchone()
                if row and row[1] == text:
                    return row[0]
        if self._by_digest is None:
            self._by_digest = {_digest(body): i for i, body in self.db.execute("SELECT id, body FROM articles")}
        found = self._by_digest.get(_digest(text))
        if found is not None:
            row = self.db.execute("SELECT body FROM articles WHERE id = ?", [found]).fetchone()
            return found if row and row[0] == text else None
        return None

    def add(self, article_id: int, body: str) -> None:
        if self._by_digest is not None:
            self._by_digest[_digest(body)] = article_id


def spans_for(db, summary: DatasetSummary, index: BodyIndex, source: str, where: str, fmt: str, text: str,
              meta: dict | None = None, kaidan_id=None, content_hash=None) -> "Spans | None":
    """Where the text's spans go: the library's article with this body (merged), or a new one; None if neither."""
    found = index.find(text, kaidan_id, content_hash)
    if found is not None:
        summary.merged.append((source, found))
        return Spans(db, found, text, summary, where, fmt, existing=True)
    article_id, created = store_text(db, source, fmt, text, meta)
    if not created:  # the same raw text, cleaned into another body: its offsets do not fit
        summary.duplicates.append(source)
        summary.skip(said("other_form"))
        return None
    summary.imported.append((source, article_id))
    index.add(article_id, text)
    return Spans(db, article_id, text, summary, where, fmt, existing=False)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class Spans:
    """Where one imported text's spans go: all into a new article, or merged into the existing one."""

    def __init__(self, db, article_id: int, body: str, summary: DatasetSummary, where: str, fmt: str,
                 existing: bool) -> None:
        self.db, self.article_id, self.body = db, article_id, body
        self.summary, self.where, self.existing = summary, where, existing
        self.annotator = f"{fmt} import"
        # doccano and brat files cannot say proposal from decision: a span as Kaidan proposed it says nothing
        self.marks_proposals = fmt not in UNMARKED

    def mention(self, start: int, end: int, type_: str, entity_id: str | None = None, proposed: bool = False,
                name: str | None = None, value: str | None = None) -> None:
        """An entity span: the user's decision, or a proposal; name: its entity's name, as the file gives it;
        value: what it stands for (a DATE's day)."""
        self._entity(entity_id, type_, name)
        origin, state = ("detected", "proposed") if proposed else ("user", "accepted")
        there = self._same("mentions", start, end, "id, type, entity_id, state") if self.existing else []
        if not there:
            add_mention(self.db, self.article_id, self.body, start, end, type_, entity_id, origin, state, value=value)
            self.summary.annotations[said("entity_mentions")] += 1
            return
        if proposed:
            return  # a proposal never changes what the library holds
        decided = [m for m in there if m["state"] != "proposed"]
        if not decided and not self.marks_proposals and any(m["type"] == type_ for m in there):
            return
        if not decided:
            m = there[0]
            # a retyped proposal's entity link was for the type proposed
            update_mention(self.db, m["id"], annotator=self.annotator, type=type_,
                           entity_id=entity_id or (m["entity_id"] if m["type"] == type_ else None), state="accepted")
            self.summary.annotations[said("decisions")] += 1
        elif not any(m["state"] == "accepted" and m["type"] == type_ and
                     (entity_id is None or m["entity_id"] in (None, entity_id)) for m in decided):
            m = decided[0]
            self._conflict(start, end, f"library: {m['type']} {m['state']}"
                                       f"{' ' + m['entity_id'] if m['entity_id'] else ''}; "
                                       f"import: {type_} accepted{' ' + entity_id if entity_id else ''}")

    def claim(self, start: int, end: int, fields: dict, proposed: bool = False) -> None:
        """A claim span with its fields (stance, holder, target...)."""
        there = self._same("claims", start, end, "id, stance, state") if self.existing else []
        if not there:
            add_claim(self.db, self.article_id, self.body, start, end, origin="suggested" if proposed else "user",
                      state="candidate" if proposed else "accepted", **fields)
            self.summary.annotations[said("claims")] += 1
            return
        if proposed:
            return
        decided = [c for c in there if c["state"] != "candidate"]
        if not decided:
            taken = {k: v for k, v in fields.items() if v is not None and k != "created"}
            update_claim(self.db, there[0]["id"], annotator=self.annotator, **taken, state="accepted")
            self.summary.annotations[said("decisions")] += 1
        elif not any(c["state"] == "accepted" and (fields.get("stance") is None or c["stance"] == fields["stance"])
                     for c in decided):
            c = decided[0]
            self._conflict(start, end, f"library: claim {c['state']}{' ' + c['stance'] if c['stance'] else ''}; "
                                       f"import: claim accepted {fields.get('stance') or ''}".rstrip())

    def meeting_mention(self, start: int, end: int, proposed: bool = False) -> None:
        """A span that speaks of a meeting."""
        there = self._same("meeting_mentions", start, end, "id, state") if self.existing else []
        if not there:
            add_meeting_mention(self.db, self.article_id, self.body, start, end,
                                origin="detected" if proposed else "user",
                                state="proposed" if proposed else "confirmed")
            self.summary.annotations[said("meeting_mentions")] += 1
        elif not proposed:
            if all(m["state"] == "proposed" for m in there) and not self.marks_proposals:
                return
            if all(m["state"] == "proposed" for m in there):
                set_mention_state(self.db, there[0]["id"], "confirmed", self.annotator)
                self.summary.annotations[said("decisions")] += 1
            elif not any(m["state"] == "confirmed" for m in there):
                self._conflict(start, end, "library: meeting mention rejected; import: confirmed")

    def _entity(self, entity_id: str | None, type_: str, name: str | None) -> None:
        """A user's entity the file names beside a span (its id and name), made in a library that lacks it, so
        the name's link points at something; bundled and detected ids are every library's own already."""
        if not (entity_id or "").startswith("user:") or not (name or "").strip() or type_ not in TYPES:
            return
        if self.db.execute("SELECT 1 FROM entities WHERE id = ?", [entity_id]).fetchone() is None:
            save_entity(self.db, Entity(entity_id, type_, name.strip(), origin="user"), self.annotator)
            self.summary.annotations[said("user_entities")] += 1

    def _same(self, table: str, start: int, end: int, columns: str) -> list[dict]:
        return list(self.db.query(f"SELECT {columns} FROM {table} WHERE article_id = ? AND start_char = ? "
                                  "AND end_char = ? ORDER BY id", [self.article_id, start, end]))

    def _conflict(self, start: int, end: int, what: str) -> None:
        self.summary.conflicts.append(
            (at("article", self.where, number=self.article_id, start=start, end=end,
                quoted=repr(self.body[start:end])), what))
