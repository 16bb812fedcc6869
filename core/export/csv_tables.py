"""One CSV per table for spreadsheets, pandas and R: UTF-8 with BOM, formula cells neutralised."""

from __future__ import annotations

import csv

from core.export.cells import safe_cell
from core.export.context import ExportContext, Writer
from core.export.records import link_records, meeting_records

TABLES = {
    "articles.csv": ("id", "content_hash", "source", "url", "title", "published", "published_precision",
                     "outlet", "source_agency", "authors", "dateline", "captions", "status", "notes", "body"),
    "mentions.csv": ("article_id", "start", "end", "text", "type", "entity_id", "canonical", "value", "origin",
                     "state", "annotator"),
    "claims.csv": ("article_id", "start", "end", "text", "holder_entity_id", "holder_text", "target_kind",
                   "target_ref", "target_text", "stance", "intensity", "attribution", "cue", "note", "origin",
                   "state", "annotator", "created", "updated"),
    "meeting_mentions.csv": ("article_id", "start", "end", "text", "meeting_id", "trigger", "origin", "state"),
    "meetings.csv": ("id", "kind", "status", "start", "end", "precision", "date_text", "place_entity_id",
                     "place_text", "parent", "title", "note", "state", "origin"),
    "participants.csv": ("meeting_id", "entity_id", "name", "role", "office"),
    "links.csv": ("from", "to", "relation", "origin", "state", "evidence", "article_id"),
}


class CsvWriter(Writer):
    def __init__(self, ctx: ExportContext) -> None:
        super().__init__(ctx)
        self.writers = {}
        for name, columns in TABLES.items():
            # utf-8-sig: the BOM makes Excel read the file as UTF-8 (Japanese stays readable)
            handle = self.files.open(name, encoding="utf-8-sig", newline="")
            self.writers[name] = csv.writer(handle.handle)
            self.writers[name].writerow(columns)

    def _row(self, name: str, record: dict) -> None:
        self.writers[name].writerow([safe_cell(record.get(c)) for c in TABLES[name]])
        self.files.count(name)

    def add(self, item) -> None:
        registry = self.ctx.registry
        self._row("articles.csv", item.row.to_dict())
        for m in item.mentions:
            entity = registry.get(m.entity_id)
            self._row("mentions.csv", {**m.to_dict(), "canonical": entity.name if entity else m.text})
        for c in item.claims:
            self._row("claims.csv", c.to_dict())
        for m in item.meeting_mentions:
            self._row("meeting_mentions.csv", m.to_dict())

    def finish(self) -> dict[str, int]:
        for meeting in meeting_records(self.ctx.db):
            place = meeting["place"]
            self._row("meetings.csv", {**meeting, "place_entity_id": place["entity_id"], "place_text": place["text"]})
            for p in meeting["participants"]:
                self._row("participants.csv", {**p, "meeting_id": meeting["id"]})
        for link in link_records(self.ctx.db):
            self._row("links.csv", link)
        return super().finish()
