"""doccano sequence labeling with relations (its JSONL import): entities, claims, holder/target links.

doccano has no span attributes: a claim's stance travels in its label, CLAIM:against, and which
spans are only Kaidan's proposals in the example's metadata (kaidan_proposed: [start, end, label]),
which doccano keeps and exports back. Claim candidates ([start, end, stance]) and meeting
mentions ([start, end, state]) travel in the metadata too: doccano shows them, not as spans.
So do what a span cannot hold: each name's entity (kaidan_entity_ids: [start, end, label, id, name]) and
value (kaidan_values: [start, end, label, value], a DATE's day)
and each claim's holder, target, attribution, intensity and note (kaidan_claims: [start, end, state,
{fields}], the state telling a claim from a candidate over the same words), and the decisions against
proposals (core.export.records.DECIDED_AGAINST).
"""

from __future__ import annotations

import json

from core.export.context import ExportContext, Writer
from core.export.records import DECIDED_AGAINST, claim_fields, decided_against

CLAIM = "CLAIM"
PROPOSED = "kaidan_proposed"
CANDIDATES = "kaidan_claim_candidates"
MEETING_MENTIONS = "kaidan_meeting_mentions"
ENTITY_IDS = "kaidan_entity_ids"
VALUES = "kaidan_values"
CLAIMS_LISTED = "kaidan_claims"


def claim_label(stance: str | None) -> str:
    return f"{CLAIM}:{stance}" if stance else CLAIM


def line(item, registry=None) -> dict:
    """One doccano example; offsets are code points into text, like doccano's own export."""
    entities, relations = [], []
    by_entity: dict[str, int] = {}
    shown = item.entities()
    for m in shown:
        entities.append({"id": m.id, "label": m.type, "start_offset": m.start, "end_offset": m.end})
        if m.entity_id:
            by_entity.setdefault(m.entity_id, m.id)
    # claim ids must not collide with mention ids inside one example
    base = max([m.id for m in item.mentions] + [0]) + 1
    for k, c in enumerate(item.accepted_claims()):
        cid = base + k
        entities.append({"id": cid, "label": claim_label(c.stance), "start_offset": c.start,
                         "end_offset": c.end})
        for other, kind in ((by_entity.get(c.holder_entity_id), "holder"),
                            (by_entity.get(c.target_ref) if c.target_kind == "entity" else None, "target")):
            if other is not None:
                relations.append({"id": len(relations) + 1, "from_id": cid, "to_id": other, "type": kind})
    row = item.row
    proposed = [[m.start, m.end, m.type] for m in shown if m.state == "proposed"]
    candidates = [[c.start, c.end, c.stance] for c in item.claims if c.state == "candidate"]
    meetings = [[m.start, m.end, m.state] for m in item.meeting_mentions if m.state != "rejected"]
    named = [[m.start, m.end, m.type, m.entity_id, _name(registry, m.entity_id)]
             for m in shown if m.entity_id]
    values = [[m.start, m.end, m.type, m.value] for m in shown if m.value]
    fields = [[c.start, c.end, c.state, said] for c in item.claims
              if c.state in ("accepted", "candidate") and (said := claim_fields(c))]
    return {"text": item.body, "entities": entities, "relations": relations, PROPOSED: proposed,
            CANDIDATES: candidates, MEETING_MENTIONS: meetings, ENTITY_IDS: named, VALUES: values,
            CLAIMS_LISTED: fields, DECIDED_AGAINST: decided_against(item),
            "kaidan_id": row.id, "title": row.title, "published": row.published, "outlet": row.outlet}


def _name(registry, entity_id: str) -> str | None:
    entity = registry.get(entity_id) if registry is not None else None
    return entity.name if entity else None


class DoccanoWriter(Writer):
    def __init__(self, ctx: ExportContext) -> None:
        super().__init__(ctx)
        self.out = self.files.open("dataset.jsonl")

    def add(self, item) -> None:
        self.out.write(json.dumps(line(item, self.ctx.registry), ensure_ascii=False) + "\n")
        self.files.count("dataset.jsonl")
