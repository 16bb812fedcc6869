"""A Label Studio annotation's results made Kaidan's spans: labelled regions become mentions, meeting mentions
or claims, a claim's stance choice and its holder/target relations filled in from the regions they point at."""

from __future__ import annotations

import json

from core.datasets.common import DatasetSummary, claim_in_scheme, guarded, noted_value, span_ok
from core.datasets.labelstudio_min import SPAN_KINDS
from core.datasets.merge import Spans
from core.datasets.words import at, said
from core.export.labelstudio import PROPOSED_MARK
from core.export.records import VALUE_NOTE
from core.offsets import OffsetMap

CLAIM_LABELS = {"claim"}
MEETING_LABELS = {"meeting"}


def read_results(db, sink: Spans, where: str, text: str, units: OffsetMap, results: list[dict], proposed: bool,
                 stored: set, summary: DatasetSummary, predicted: set = frozenset(), listed: dict | None = None) -> None:
    """Store one result set (an annotation's, or a prediction's when proposed); stored holds the regions already
    taken (region_keys), so a proposal the annotation repeats is stored once."""
    spans: dict[str, dict] = {}
    stances: dict[str, str] = {}
    relations = []
    for number, r in enumerate(results, 1):
        kind, value = r.get("type"), r.get("value")
        value = value if isinstance(value, dict) else {}
        here = at("result", where, ident=r.get("id") or number)
        if kind == "relation":
            relations.append(r)
        elif kind == "choices" and r.get("id") and "start" in value:
            choices = value.get("choices")
            stances[str(r["id"])] = choices[0] if isinstance(choices, list) and choices else None
        elif kind in SPAN_KINDS and "start" in value:
            span = _span(units, value.get("start"), value.get("end"))
            labels = labels_of(r)
            label = labels[0]
            if span is None:
                summary.reject(at("offsets", here, start=repr(value.get("start")), end=repr(value.get("end"))),
                               said("offsets_outside"))
                continue
            if not span_ok(summary, here, text, *span, label=label, quoted=value.get("text"),
                           shown=(value.get("start"), value.get("end"))):
                continue
            if len(labels) > 1:
                summary.skip(said("ls_second_labels"))
            meta = r.get("meta")
            note = (meta or {}).get("text") if isinstance(meta, dict) else None
            note = [n for n in note if isinstance(n, str) and not n.startswith(PROPOSED_MARK)] \
                if isinstance(note, list) else []
            note = " ".join(note)
            # a proposal Kaidan put into the annotation (for a relation) stays one until its label is changed;
            # a changed one is the annotator's decision, and the proposed type's entity link no longer holds
            was = proposal_label(r, listed)
            retyped = bool(was) and was != label
            if retyped and _entity_id(note):
                note = note.split(" ", 1)[1] if " " in note else ""
            spans[str(r.get("id") or f"r{len(spans)}")] = {
                "start": span[0], "end": span[1], "label": label, "note": note, "where": here, "id": r.get("id"),
                "proposed": proposed or (was is not None and not retyped) or canonical(r) in predicted}
        else:
            summary.skip(said("ls_results", kind=kind if isinstance(kind, str) else "untyped"))
    _store(db, sink, text, spans, stances, relations, stored, summary, from_prediction=proposed)


def labels_of(result: dict) -> list:
    """A span region's labels (at least one: "" when it names none)."""
    value = result.get("value") if isinstance(result.get("value"), dict) else {}
    kind = result.get("type")
    labels = value.get(kind) if kind in SPAN_KINDS else None
    labels = labels if isinstance(labels, list) else [labels]
    return labels or [""]


def proposal_label(result: dict, listed: dict | None) -> str | None:
    """The label Kaidan proposed for a region it put into the annotation ("" when its mark names none),
    None for any other region: from the region's meta (JSON export) or the task's list (JSON_MIN)."""
    value = result.get("value") if isinstance(result.get("value"), dict) else {}
    meta = result.get("meta")
    lines = meta.get("text") if isinstance(meta, dict) else None
    for line in lines if isinstance(lines, list) else []:
        if isinstance(line, str) and (line == PROPOSED_MARK or line.startswith(PROPOSED_MARK + " ")):
            return line[len(PROPOSED_MARK) + 1:]
    if listed:
        key = (value.get("start"), value.get("end"))
        if all(isinstance(v, int) for v in key):
            return listed.get(key)
    return None


def region_keys(start: int, end: int, label: str, region_id, by_id: bool) -> tuple[tuple, tuple]:
    """(what a region is known by, what marks it taken). A name is its words and label: two such regions are one
    name. A claim or a meeting mention (by_id) is its region, known by its id where it has one: one sentence can
    hold two claims, a candidate can lie beside an accepted claim; Label Studio keeps a region's id when an
    annotation is made from a prediction, and Kaidan's export keeps it for the proposals it joins to the
    annotation. A region without an id is known by its words and label."""
    words = (start, end, label)
    has_id = by_id and isinstance(region_id, (str, int)) and str(region_id) != ""
    return ((*words, str(region_id)) if has_id else words), words


def canonical(result: dict) -> str:
    """A region written so that the same region in an annotation and a prediction compare equal."""
    return json.dumps(result, sort_keys=True, ensure_ascii=False, default=str)

def _span(units: OffsetMap, start, end) -> tuple | None:
    """Code-point offsets of Label Studio's UTF-16 ones; None when they lie outside the text."""
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        return start, end  # span_ok names what is wrong with them
    try:
        return units.from_utf16(start), units.from_utf16(end)
    except ValueError:
        return None


def _store(db, sink: Spans, text: str, spans: dict, stances: dict, relations: list, stored: set,
           summary: DatasetSummary, from_prediction: bool = False) -> None:
    claim_fields: dict[str, dict] = {}
    for rid, s in spans.items():
        label = s["label"]
        if label.lower() in CLAIM_LABELS:
            meta = _meta(s["note"])
            fields = {**{k: meta.get(k) for k in ("holder_entity_id", "holder_text", "target_kind", "target_ref",
                                                  "target_text", "attribution", "intensity", "note")},
                      "stance": stances.get(rid)}
            claim_fields[rid] = claim_in_scheme(db, summary, s["where"], fields)
    for relation in relations:
        labels = relation.get("labels")
        kind = str(labels[0]).lower() if isinstance(labels, list) and labels else ""
        claim, other = claim_fields.get(str(relation.get("from_id"))), spans.get(str(relation.get("to_id")))
        if claim is None or other is None or kind not in ("holder", "target"):
            summary.skip(said("ls_relations"))
            continue
        entity_id = _entity_id(other["note"])
        if kind == "holder":
            claim.update(holder_entity_id=entity_id or claim["holder_entity_id"], holder_text=text[other["start"]:other["end"]])
        else:
            claim.update(target_kind="entity" if entity_id else "text", target_ref=entity_id,
                         target_text=text[other["start"]:other["end"]])
    for rid, s in spans.items():
        label = s["label"]
        known, words = region_keys(s["start"], s["end"], label, s["id"],
                                   by_id=rid in claim_fields or label.lower() in MEETING_LABELS)
        # a prediction's region the annotation holds under its id, relabelled or not, is the annotator's now
        region = ("region", str(s["id"])) if isinstance(s["id"], (str, int)) and str(s["id"]) != "" else None
        if known in stored or (from_prediction and region in stored):
            continue  # a proposal the annotation already holds (a claim's holder joins it)
        stored.update((known, words))  # a region without an id is known by its words: those of one with an id too
        if region is not None and not from_prediction:
            stored.add(region)
        with guarded(summary, s["where"], said("spans")):
            if rid in claim_fields:
                sink.claim(s["start"], s["end"], claim_fields[rid], s["proposed"])
            elif label.lower() in MEETING_LABELS:
                sink.meeting_mention(s["start"], s["end"], s["proposed"])
                if s["note"].startswith("meeting:"):
                    summary.skip(said("ls_meeting_ties"))
            else:
                entity_id = _entity_id(s["note"])
                sink.mention(s["start"], s["end"], label, entity_id, s["proposed"],
                             name=s["note"].partition(" ")[2] if entity_id else None, value=noted_value(s["note"]))


def _meta(note: str) -> dict:
    try:
        value = json.loads(note)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _entity_id(note: str) -> str | None:
    """Kaidan writes 'entity-id Name' in a region's meta; another tool's free note is no id."""
    first = note.split(" ", 1)[0] if note else ""
    return first if ":" in first and not first.startswith("{") and not note.startswith(VALUE_NOTE) else None
