"""Kaidan's own format: complete and lossless JSON Lines (what `import` reads back exactly)."""

from __future__ import annotations

import json

from core.export.context import ExportContext, Writer
from core.export.records import article_record, entity_record, link_records, meeting_records
from core.registry import found_name
from core.store.registry import user_rows


def dumps(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


def used_entity_ids(item) -> set[str]:
    """The registry entities an article's annotations point at (mentions, claim holders and targets)."""
    used = {m.entity_id for m in item.mentions if m.entity_id}
    used.update(c.holder_entity_id for c in item.claims if c.holder_entity_id)
    used.update(c.target_ref for c in item.claims if c.target_kind == "entity" and c.target_ref)
    return used


def meeting_entity_ids(meetings: list[dict]) -> set[str]:
    """The entities meetings name as participants and places."""
    used = {p.get("entity_id") for m in meetings for p in m["participants"]}
    used.update(m["place"]["entity_id"] for m in meetings)
    return {i for i in used if i}


class JsonlWriter(Writer):
    """articles.jsonl line by line; entities, meetings and links at the end.

    entities.jsonl holds the entities the exported articles and meetings use, and
    every entity the user made or edited; with all_entities, the whole registry.
    """

    def __init__(self, ctx: ExportContext) -> None:
        super().__init__(ctx)
        self.articles = self.files.open("articles.jsonl")
        self.used: set[str] = set()

    def add(self, item) -> None:
        self.articles.write(dumps(article_record(item, self.ctx.registry)))
        self.files.count("articles.jsonl")
        self.used |= used_entity_ids(item)

    def finish(self) -> dict[str, int]:
        db = self.ctx.db
        users = user_rows(db)
        merged = {i: r["merged_into"] for i, r in users.items() if r["merged_into"]}
        meetings = list(meeting_records(db))
        used = self.used | meeting_entity_ids(meetings) | set(users)
        used |= {merged[i] for i in used if i in merged}
        registry = self.ctx.registry.entities.values()
        entities = [entity_record(e) for e in registry if self.ctx.all_entities or e.id in used]
        # names no list holds (found:TYPE:NAME): one row each, so every id the articles use is described
        entities += [{"id": i, "type": i.split(":", 2)[1], "name": found_name(i), "en": None, "reading": None,
                      "aliases": [], "attributes": {}, "origin": "found", "merged_into": None}
                     for i in sorted(used) if found_name(i) and i not in self.ctx.registry.entities]
        # merged entities are folded into others in the registry; their own rows keep the merge
        entities += [{"id": i, "type": r["type"], "name": r["name"], "en": r["en"], "reading": r["reading"],
                      "aliases": r["aliases"], "attributes": r["attributes"], "origin": r["origin"],
                      "merged_into": r["merged_into"]}
                     for i, r in user_rows(db).items() if i in merged]
        for name, records in (("entities.jsonl", entities), ("meetings.jsonl", meetings),
                              ("meeting_links.jsonl", link_records(db))):
            handle = self.files.open(name)
            for record in records:
                handle.write(dumps(record))
                self.files.count(name)
        return super().finish()
