"""Label Studio tasks (its JSON import format) and the labeling config they go with.

Label Studio counts offsets in UTF-16 units (JavaScript strings): every span is converted.
"""

from __future__ import annotations

import json
from xml.sax.saxutils import quoteattr

from core.export.cells import label_name
from core.export.context import ExportContext, Writer
from core.export.records import DECIDED_AGAINST, VALUE_NOTE, claim_fields, decided_against
from core.model import Claim
from core.offsets import OffsetMap

TEXT, ENTITIES, CLAIMS, MEETINGS, STANCE = "text", "entities", "claims", "meetings", "stance"
CLAIM, MEETING = "Claim", "Meeting"
MODEL_VERSION = "kaidan-detector"
# Label Studio's JSON export gives predictions by id only: a proposal that joins the user's annotation
# (a claim's holder or target, for the relation) carries this line, with the label Kaidan proposed, in its
# meta to stay a proposal while an annotator leaves its label alone
PROPOSED_MARK = "kaidan:proposed"
# JSON_MIN keeps no region meta but keeps the task's data: there the same proposals are listed as
# [start, end, label] (UTF-16 offsets, as in the regions)
PROPOSED_REGIONS = "kaidan_proposed"


def region(rid: str, from_name: str, label: str, start: int, end: int, body: str, units: OffsetMap,
           kind: str = "labels") -> dict:
    value = {"start": units.to_utf16(start), "end": units.to_utf16(end), "text": body[start:end],
             kind: [label_name(label)]}
    return {"id": rid, "from_name": from_name, "to_name": TEXT, "type": kind, "value": value}


def task(item, registry) -> dict:
    """One task: the body as data; the user's decisions as an annotation, detections and claim candidates
    as a prediction."""
    body, units = item.body, OffsetMap(item.body)
    decided, proposed = [], []
    for m in item.entities():
        r = region(f"m{m.id}", ENTITIES, m.type, m.start, m.end, body, units)
        if m.entity_id:
            entity = registry.get(m.entity_id)
            r["meta"] = {"text": [m.entity_id + (f" {entity.name}" if entity else "")]}
        elif m.value:
            r["meta"] = {"text": [VALUE_NOTE + m.value]}
        (proposed if m.state == "proposed" else decided).append(r)
    for m in item.meeting_mentions:
        if m.state != "rejected":
            r = region(f"g{m.id}", MEETINGS, MEETING, m.start, m.end, body, units)
            if m.meeting_id is not None:
                r["meta"] = {"text": [f"meeting:{m.meeting_id}"]}
            (proposed if m.state == "proposed" else decided).append(r)
    by_entity = {m.entity_id: f"m{m.id}" for m in reversed(item.entities()) if m.entity_id}
    by_meeting = {str(m.meeting_id): f"g{m.id}" for m in item.meeting_mentions if m.meeting_id is not None}
    # a relation must stay inside one annotation: a proposed holder joins the user's annotation
    in_annotation = {r["id"] for r in decided}
    proposed_by_id = {r["id"]: r for r in proposed}
    joined_proposals = []
    for c in item.claims:
        if c.state == "candidate":  # Kaidan's suggestion: a prediction the annotator accepts or deletes
            proposed.extend(_claim_regions(c, body, units))
    for c in item.accepted_claims():
        rid = f"c{c.id}"
        decided.extend(_claim_regions(c, body, units))
        holder = by_entity.get(c.holder_entity_id)
        target = (by_meeting if c.target_kind == "meeting" else by_entity).get(c.target_ref) \
            if c.target_kind in ("entity", "meeting") else None
        for other, label in ((holder, "holder"), (target, "target")):
            if other and other not in in_annotation and other in proposed_by_id:
                joined = dict(proposed_by_id[other])
                value = joined["value"]
                label = value.get("labels", [""])[0]
                joined["meta"] = {"text": [*joined.get("meta", {}).get("text", []), f"{PROPOSED_MARK} {label}"]}
                decided.append(joined)
                joined_proposals.append([value["start"], value["end"], label])
                in_annotation.add(other)
            if other:
                decided.append({"type": "relation", "from_id": rid, "to_id": other, "direction": "right",
                                "labels": [label]})
    row = item.row
    out = {"data": {TEXT: body, "title": row.title, "published": row.published, "outlet": row.outlet,
                    "kaidan_id": row.id, "content_hash": row.content_hash, PROPOSED_REGIONS: joined_proposals,
                    DECIDED_AGAINST: decided_against(item)}}
    if decided:
        out["annotations"] = [{"result": decided, "ground_truth": False}]
    if proposed:
        out["predictions"] = [{"model_version": MODEL_VERSION, "result": proposed}]
    return out


def _claim_regions(c: Claim, body: str, units) -> list[dict]:
    """A claim's span with its metadata, and its stance as a per-region choice (same region id, so
    Label Studio shows the stance on the claim)."""
    rid = f"c{c.id}"
    span = region(rid, CLAIMS, CLAIM, c.start, c.end, body, units)
    span["meta"] = {"text": [json.dumps(claim_fields(c), ensure_ascii=False)]}
    if not c.stance:
        return [span]
    return [span, region(rid, STANCE, c.stance, c.start, c.end, body, units, kind="choices")]


def label_config(labels: dict) -> str:
    """The labeling interface to paste into the project's settings."""
    # label_name: the same names the tasks carry, printable (XML 1.0 cannot hold most control characters)
    entity_lines = "".join(f"    <Label value={quoteattr(t)}/>\n" for t in _names(labels["entity_types"]))
    stance_lines = "".join(f"    <Choice value={quoteattr(k)}/>\n" for k in _names(s["key"] for s in labels["stances"]))
    return (f'<View>\n  <Labels name="{ENTITIES}" toName="{TEXT}">\n{entity_lines}  </Labels>\n'
            f'  <Labels name="{CLAIMS}" toName="{TEXT}">\n    <Label value="{CLAIM}"/>\n  </Labels>\n'
            f'  <Labels name="{MEETINGS}" toName="{TEXT}">\n    <Label value="{MEETING}"/>\n  </Labels>\n'
            f'  <Relations>\n    <Relation value="holder"/>\n    <Relation value="target"/>\n  </Relations>\n'
            f'  <Text name="{TEXT}" value="${TEXT}"/>\n'
            f'  <Choices name="{STANCE}" toName="{TEXT}" perRegion="true">\n{stance_lines}  </Choices>\n</View>\n')


def _names(labels) -> list[str]:
    return list(dict.fromkeys(label_name(label) for label in labels))


class LabelStudioWriter(Writer):
    """tasks.json (a JSON list, written as it goes) and label_config.xml."""

    def __init__(self, ctx: ExportContext) -> None:
        super().__init__(ctx)
        self.out = self.files.open("tasks.json")
        self.out.write("[\n")

    def add(self, item) -> None:
        first = self.files.counts["tasks.json"] == 0
        self.out.write(("" if first else ",\n") + json.dumps(task(item, self.ctx.registry), ensure_ascii=False))
        self.files.count("tasks.json")

    def finish(self) -> dict[str, int]:
        self.out.write("\n]\n")
        self.files.open("label_config.xml").write(label_config(self.ctx.labels))
        self.files.count("label_config.xml")
        return super().finish()
