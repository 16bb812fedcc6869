"""The rows every format is made from: articles with their annotations, read in batches."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

from core.export.scope import ALL, Scope, article_batches
from core.model import Article, Claim, Link, Meeting, MeetingMention, Mention
from core.registry import Registry
from core.store.claims import claim_of
from core.store.meetings import links_of, meetings_by_date, participants_of, spans_of
from core.store.records import record_of

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils

# Keys every articles.jsonl line has; later annotations add keys, never rename these.
ARTICLE_KEYS = (
    "id", "source", "title", "published", "outlet", "source_agency", "authors",
    "dateline", "captions", "body",
)
EXTRA_KEYS = (
    "published_precision", "url", "source_format", "content_hash", "imported_at",
    "status", "notes", "published_inferred", "published_inferred_precision",
)
# What only Kaidan needs to rebuild the article exactly (the raw page and how it was cleaned).
INTERNAL_KEYS = ("raw", "published_text", "body_lines", "line_labels", "import_note", "cleaning_version",
                 "entities_version", "cleaning_check", "cleaning_check_line")


@dataclass
class Annotated:
    """One article row with all its attached annotations (rejected and dismissed ones too)."""

    row: Article
    mentions: list[Mention]
    claims: list[Claim]
    meeting_mentions: list[MeetingMention]
    overrides: list[dict]

    @property
    def id(self) -> int:
        return self.row.id

    @property
    def body(self) -> str:
        return self.row.body

    def entities(self) -> list[Mention]:
        """The mentions a dataset shows: everything not rejected."""
        return [m for m in self.mentions if m.state != "rejected"]

    def accepted_claims(self) -> list[Claim]:
        return [c for c in self.claims if c.state == "accepted"]


def annotated_articles(db: sqlite_utils.Database, scope: Scope = ALL, batch: int = 200) -> Iterator[Annotated]:
    """Every article in scope with its annotations; one query per table per batch."""
    for rows in article_batches(db, scope, batch):
        ids = [r.id for r in rows]
        mentions = {a: [record_of(Mention, r) for r in rows]
                    for a, rows in _grouped(db, "mentions", ids, "start_char, end_char, id").items()}
        claims = {a: [claim_of(r) for r in rows]
                  for a, rows in _grouped(db, "claims", ids, "start_char, end_char, id").items()}
        meeting_mentions = {a: [record_of(MeetingMention, r) for r in rows]
                            for a, rows in _grouped(db, "meeting_mentions", ids, "start_char, end_char, id").items()}
        hashes = [r.content_hash for r in rows]
        overrides: dict[str, list[dict]] = {}
        for o in db.query(f"SELECT * FROM cleaning_overrides WHERE content_hash IN ({_marks(hashes)}) "
                          "ORDER BY line", hashes):
            overrides.setdefault(o.pop("content_hash"), []).append(o)
        for row in rows:
            yield Annotated(row, mentions.get(row.id, []), claims.get(row.id, []),
                            meeting_mentions.get(row.id, []), overrides.get(row.content_hash, []))


def _marks(values) -> str:
    return ",".join("?" * len(values))


def _grouped(db, table: str, ids: list[int], order: str) -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = {}
    # detached annotations wait for their text to come back: they are not in the body
    sql = f"SELECT * FROM {table} WHERE article_id IN ({_marks(ids)}) AND detached = 0 ORDER BY article_id, {order}"
    for row in db.query(sql, ids):
        row["start"], row["end"] = row.pop("start_char"), row.pop("end_char")
        out.setdefault(row["article_id"], []).append(row)
    return out


def article_record(item: Annotated, registry: Registry, internals: bool = True) -> dict:
    """The articles.jsonl shape of one article with its entities, claims and meeting mentions."""
    row = item.row
    record = {key: getattr(row, key) for key in ARTICLE_KEYS + EXTRA_KEYS}
    record["entities"] = [mention_record(m, registry) for m in item.entities()]
    record["claims"] = [claim_record(c) for c in item.accepted_claims()]
    record["meeting_mentions"] = [meeting_mention_record(m) for m in item.meeting_mentions]
    # Decisions that are no annotation themselves but must survive a round trip:
    # a rejected detection stays rejected, a dismissed candidate does not come back.
    record["rejected_entities"] = [mention_record(m, registry) for m in item.mentions if m.state == "rejected"]
    record["claim_candidates"] = [claim_record(c) for c in item.claims if c.state != "accepted"]
    if internals:
        record["kaidan"] = {**{key: getattr(row, key) for key in INTERNAL_KEYS},
                            "cleaning_overrides": item.overrides}
    return record


def mention_record(mention: Mention, registry: Registry) -> dict:
    """An entity mention as exported: offsets in code points into body."""
    entity = registry.get(mention.entity_id)
    return {
        "start": mention.start, "end": mention.end, "text": mention.text,
        "type": mention.type, "canonical": entity.name if entity else mention.text,
        "entity_id": mention.entity_id if entity else None, "value": mention.value,
        "origin": mention.origin, "state": mention.state, "source": mention.source,
        "annotator": mention.annotator, "created": mention.created, "updated": mention.updated,
    }


def claim_record(claim: Claim) -> dict:
    """A claim as exported: offsets in code points into body."""
    record = {
        "start": claim.start, "end": claim.end, "text": claim.text,
        "holder": {"entity_id": claim.holder_entity_id, "text": claim.holder_text,
                   "via": claim.holder_via},
        "target": {"kind": claim.target_kind, "ref": claim.target_ref, "text": claim.target_text},
        "stance": claim.stance, "intensity": claim.intensity, "attribution": claim.attribution,
        "cue": claim.cue, "note": claim.note, "annotator": claim.annotator,
        "created": claim.created, "updated": claim.updated, "origin": claim.origin,
        "state": claim.state,
    }
    return record


def meeting_mention_record(m: MeetingMention) -> dict:
    """A meeting mention as exported: offsets in code points into body."""
    return {"start": m.start, "end": m.end, "text": m.text, "meeting_id": m.meeting_id,
            "trigger": m.trigger, "origin": m.origin, "state": m.state, "sentence": m.sentence,
            "annotator": m.annotator, "created": m.created}


def entity_record(entity, merged_into: str | None = None) -> dict:
    return {"id": entity.id, "type": entity.type, "name": entity.name, "en": entity.en,
            "reading": entity.reading, "aliases": entity.aliases, "attributes": entity.attributes,
            "origin": entity.origin, "merged_into": merged_into}


def meeting_record(m: Meeting, participants: list[dict], mentions: list[dict]) -> dict:
    """A meeting as exported (meetings.jsonl), with its participants and where it is mentioned."""
    return {
        "id": m.id, "kind": m.kind, "status": m.status, "start": m.start_date,
        "end": m.end_date, "precision": m.precision, "date_text": m.date_text,
        "place": {"entity_id": m.place_entity_id, "text": m.place_text}, "parent": m.parent_id,
        "title": m.title, "note": m.note, "state": m.state, "origin": m.origin,
        "annotator": m.annotator, "created": m.created, "updated": m.updated,
        "participants": participants, "mentions": mentions,
    }


def meeting_records(db: sqlite_utils.Database) -> Iterator[dict]:
    """Every meeting (rejected proposals too, with their state), by date."""
    for m in meetings_by_date(db, with_rejected=True):
        yield meeting_record(m, participants_of(db, m.id), spans_of(db, m.id))


def link_record(link: Link) -> dict:
    """A link between meetings as exported (meeting_links.jsonl, meeting_links.csv)."""
    return {"from": link.from_id, "to": link.to_id, "relation": link.relation, "origin": link.origin,
            "state": link.state, "evidence": link.evidence, "article_id": link.article_id,
            "annotator": link.annotator, "created": link.created}


def link_records(db: sqlite_utils.Database) -> Iterator[dict]:
    """Every link between meetings, rejected ones too, in the order they were made."""
    for link in links_of(db):
        yield link_record(link)


# A name's value (a DATE's day) as a tool format's note beside its span says it: "value: 2025-07-12".
VALUE_NOTE = "value: "
# A claim's fields besides its span, stance and state: what a tool format carries beside the span (Label Studio
# region meta, doccano metadata, brat notes), so a round trip brings holder, target and note back.
CLAIM_FIELDS = ("holder_entity_id", "holder_text", "target_kind", "target_ref", "target_text", "attribution",
                "intensity", "note")


def claim_fields(claim: Claim) -> dict:
    """The claim's CLAIM_FIELDS that hold a value."""
    return {name: getattr(claim, name) for name in CLAIM_FIELDS if getattr(claim, name)}


# Decisions against a proposal (a rejected name, a dismissed claim, a rejected meeting mention) are no span a
# tool shows: Label Studio's task data and doccano's metadata list them under this key, so an import into a
# library without the article keeps them (detection run there does not propose them again).
DECIDED_AGAINST = "kaidan_decided_against"


def decided_against(item: Annotated) -> dict:
    """The article's decisions against proposals: names [start, end, type, entity id, value], claims [start, end,
    {stance and CLAIM_FIELDS}], meeting mentions [start, end]."""
    return {"names": [[m.start, m.end, m.type, m.entity_id, m.value] for m in item.mentions if m.state == "rejected"],
            "claims": [[c.start, c.end, {**({"stance": c.stance} if c.stance else {}), **claim_fields(c)}]
                       for c in item.claims if c.state == "dismissed"],
            "meeting_mentions": [[m.start, m.end] for m in item.meeting_mentions if m.state == "rejected"]}

