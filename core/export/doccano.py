"""doccano sequence labeling with relations (its JSONL import): entities, claims, holder/target links.

doccano has no span attributes: a claim's stance travels in its label, CLAIM:against, and which
spans are only Kaidan's proposals in the example's metadata (kaidan_proposed: [start, end, label]),
which doccano keeps and exports back. Claim candidates ([start, end, stance]) and meeting
mentions ([start, end, state]) travel in the metadata too: doccano shows them, not as spans.
"""

from __future__ import annotations

import json

from core.export.context import ExportContext, Writer

CLAIM = "CLAIM"
PROPOSED = "kaidan_proposed"
CANDIDATES = "kaidan_claim_candidates"
MEETING_MENTIONS = "kaidan_meeting_mentions"


def claim_label(stance: str | None) -> str:
    return f"{CLAIM}:{stance}" if stance else CLAIM


def line(item) -> dict:
    """One doccano example; offsets are code points into text, like doccano's own export."""
    entities, relations = [], []
    by_entity: dict[str, int] = {}
    for m in item.entities():
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
    proposed = [[m.start, m.end, m.type] for m in item.entities() if m.state == "proposed"]
    candidates = [[c.start, c.end, c.stance] for c in item.claims if c.state == "candidate"]
    meetings = [[m.start, m.end, m.state] for m in item.meeting_mentions if m.state != "rejected"]
    return {"text": item.body, "entities": entities, "relations": relations, PROPOSED: proposed,
            CANDIDATES: candidates, MEETING_MENTIONS: meetings,
            "kaidan_id": row.id, "title": row.title, "published": row.published, "outlet": row.outlet}


class DoccanoWriter(Writer):
    def __init__(self, ctx: ExportContext) -> None:
        super().__init__(ctx)
        self.out = self.files.open("dataset.jsonl")

    def add(self, item) -> None:
        self.out.write(json.dumps(line(item), ensure_ascii=False) + "\n")
        self.files.count("dataset.jsonl")
