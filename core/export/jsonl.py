"""Kaidan's own format: complete and lossless JSON Lines (what `import` reads back exactly)."""

from __future__ import annotations

import json

from core.export.context import ExportContext, Writer
from core.export.records import article_record, entity_record, link_records, meeting_records
from core.store.registry import user_rows


def dumps(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


class JsonlWriter(Writer):
    """articles.jsonl line by line; entities, meetings and links at the end."""

    def __init__(self, ctx: ExportContext) -> None:
        super().__init__(ctx)
        self.articles = self.files.open("articles.jsonl")

    def add(self, item) -> None:
        self.articles.write(dumps(article_record(item, self.ctx.registry)))
        self.files.count("articles.jsonl")

    def finish(self) -> dict[str, int]:
        db = self.ctx.db
        merged = {i: r["merged_into"] for i, r in user_rows(db).items() if r["merged_into"]}
        entities = [entity_record(e) for e in self.ctx.registry.entities.values()]
        # merged entities are folded into others in the registry; their own rows keep the merge
        entities += [{"id": i, "type": r["type"], "name": r["name"], "en": r["en"], "reading": r["reading"],
                      "aliases": r["aliases"], "attributes": r["attributes"], "origin": r["origin"],
                      "merged_into": r["merged_into"]}
                     for i, r in user_rows(db).items() if i in merged]
        for name, records in (("entities.jsonl", entities), ("meetings.jsonl", meeting_records(db)),
                              ("meeting_links.jsonl", link_records(db))):
            handle = self.files.open(name)
            for record in records:
                handle.write(dumps(record))
                self.files.count(name)
        return super().finish()
