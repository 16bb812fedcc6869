"""Label Studio JSON exports (and Kaidan's own tasks.json): spans, per-region stance, holder/target relations."""

from __future__ import annotations

import json
from pathlib import Path

import sqlite_utils

from core.datasets.common import (
    DatasetSummary, claim_in_scheme, committed_row, guarded, span_ok,
)
from core.datasets.merge import BodyIndex, Spans, spans_for
from core.datasets.reading import first_json_item, load_json
from core.datasets.words import READ_AS, at, said
from core.export.labelstudio import PROPOSED_MARK, PROPOSED_REGIONS
from core.offsets import OffsetMap
from core.progress import Cancelled, Progress, run_each

CLAIM_LABELS = {"claim"}
MEETING_LABELS = {"meeting"}
# JSON_MIN export: the task's data and each control's regions flattened into one object per annotation.
MIN_META = ("id", "annotator", "annotation_id", "created_at", "updated_at", "lead_time")
# What the summary says a JSON_MIN export's spans were read as (it carries no predictions and no region meta)
# How JSON_MIN spans were read, in core's words (core.datasets.words.READ_AS)
MIN_DECIDED, MIN_PROPOSED, MIN_UNLISTED = (READ_AS[code] for code in ("min_decided", "min_proposed", "min_unlisted"))
SPAN_KINDS = ("labels", "hypertextlabels")


def looks_like(path: Path) -> bool:
    """A .json file whose first task has data and annotations, predictions or results (however long it is)."""
    if path.suffix.lower() != ".json" or not path.is_file():
        return False
    task = first_json_item(path)
    if not isinstance(task, dict):
        return False
    if isinstance(task.get("data"), dict):
        return any(key in task for key in ("annotations", "predictions", "result"))
    return is_json_min(task)


def is_json_min(item: dict) -> bool:
    """A JSON_MIN record: text fields beside lists of regions ({start, end, labels}) or annotation ids."""
    if "data" in item or not any(isinstance(v, str) for v in item.values()):
        return False
    return "annotation_id" in item or any(_regions(v) for v in item.values())


def _regions(value) -> bool:
    return isinstance(value, list) and bool(value) and all(
        isinstance(v, dict) and "start" in v and any(k in v for k in SPAN_KINDS) for v in value)


def from_json_min(item: dict) -> dict:
    """The full task a JSON_MIN record stands for: its regions as the annotation's results."""
    data, results = {}, []
    for key, value in item.items():
        if key in MIN_META:
            continue
        if _regions(value):
            for n, region in enumerate(value):
                kind = next(k for k in SPAN_KINDS if k in region)
                results.append({"id": f"{key}-{n}", "from_name": key, "type": kind, "value": region})
        else:
            data[key] = value
    return {"id": item.get("id"), "data": data, "json_min": True,
            "annotations": [{"id": item.get("annotation_id"), "result": results}]}


def import_labelstudio(db: sqlite_utils.Database, path: Path, summary: DatasetSummary,
                       progress: Progress | None = None, cancelled: Cancelled | None = None) -> None:
    tasks = load_json(path)
    if not isinstance(tasks, list):
        tasks = [tasks]  # one task alone
    index = BodyIndex(db)

    def one(item: tuple[int, object]) -> None:
        number, task = item
        ident = task.get("id", number) if isinstance(task, dict) else number
        where = at("task", path, number=number) if ident == number else at("task_id", path, number=number, ident=ident)
        if not isinstance(task, dict):
            summary.failed.append((where, said("not_a_task")))
            return
        if is_json_min(task):
            task = from_json_min(task)
        with committed_row(db, summary, where) as staged:
            _task(db, index, f"{path}#{ident}", where, task, staged)

    if run_each(list(enumerate(tasks, 1)), one, progress, cancelled, every=50, label=lambda _item: str(path)):
        summary.cancelled = True


def _text_of(data) -> str | None:
    if not isinstance(data, dict):
        return None
    if isinstance(data.get("text"), str):
        return data["text"]
    strings = [v for v in data.values() if isinstance(v, str)]
    return max(strings, key=len) if strings else None


def _results(task: dict, summary: DatasetSummary) -> list[tuple[list[dict], bool]]:
    """(results, proposed?) to take: the latest kept annotation, then the first prediction."""
    out = []
    annotations = [a for a in _objects(task.get("annotations"), summary, "annotations") if not a.get("was_cancelled")]
    if annotations:
        if len(annotations) > 1:
            summary.skip(said("extra_annotations"), len(annotations) - 1)
        latest = max(annotations, key=lambda a: (str(a.get("updated_at") or a.get("created_at") or ""),
                                                 str(a.get("id") or 0)))
        out.append((_objects(latest.get("result"), summary, "results"), False))
    predictions = _objects(task.get("predictions"), summary, "predictions")
    if len(predictions) > 1:
        summary.skip(said("extra_predictions"), len(predictions) - 1)
    if predictions:
        out.append((_objects(predictions[0].get("result"), summary, "results"), True))
    return out


def _objects(value, summary: DatasetSummary, what: str) -> list[dict]:
    """The objects of a list the format holds; ids alone (an export's "predictions": [8]) are counted, not read."""
    if not isinstance(value, list):
        if value not in (None, "", {}):
            summary.skip(said("ls_not_a_list", what=what))
        return []
    found = [v for v in value if isinstance(v, dict)]
    if len(found) < len(value):
        summary.skip(said("ls_by_id", what=what), len(value) - len(found))
    return found


def _task(db, index: BodyIndex, source: str, where: str, task: dict, summary: DatasetSummary) -> None:
    data = task.get("data")
    text = _text_of(data)
    if not text or not text.strip():
        summary.failed.append((where, said("task_no_text")))
        return
    sink = spans_for(db, summary, index, source, where, "labelstudio", text, data,
                     kaidan_id=data.get("kaidan_id"), content_hash=data.get("content_hash"))
    if sink is None:
        return
    units = OffsetMap(text)
    stored: set[tuple[int, int, str]] = set()
    sets = _results(task, summary)
    listed = None
    if task.get("json_min"):
        listed = _listed(data.get(PROPOSED_REGIONS))
        if listed is None:
            # an export without the list (written by an older Kaidan or by hand): a span exactly as the
            # library proposed it stays a proposal, one that differs is the annotator's decision
            sink.marks_proposals = False
    # A region the annotation holds exactly as a prediction does is that proposal, untouched (Kaidan's
    # export puts a proposed holder of a claim into the annotation, for the relation)
    predicted = {_canonical(r) for results, proposed in sets if proposed for r in results}
    for results, proposed in sets:
        _result_set(db, sink, where, text, units, results, proposed, stored, summary, predicted, listed)
    if task.get("json_min"):
        spans = sum(r.get("type") in SPAN_KINDS for results, _ in sets for r in results)
        if listed is None:
            summary.read_as[said("min_unlisted")] += spans
        else:
            kept = sum(1 for results, _ in sets for r in results
                       if r.get("type") in SPAN_KINDS and _proposal_label(r, listed) == _labels(r)[0])
            summary.read_as[said("min_proposed")] += kept
            summary.read_as[said("min_decided")] += spans - kept


def _listed(value) -> dict | None:
    """The proposals Kaidan put into the annotation, by their UTF-16 (start, end); None when not listed."""
    if not isinstance(value, list):
        return None
    return {(p[0], p[1]): p[2] for p in value if isinstance(p, list) and len(p) == 3
            and all(isinstance(v, int) and not isinstance(v, bool) for v in p[:2]) and isinstance(p[2], str)}


def _labels(result: dict) -> list:
    value = result.get("value") if isinstance(result.get("value"), dict) else {}
    kind = result.get("type")
    labels = value.get(kind) if kind in SPAN_KINDS else None
    labels = labels if isinstance(labels, list) else [labels]
    return labels or [""]


def _proposal_label(result: dict, listed: dict | None) -> str | None:
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


def _canonical(result: dict) -> str:
    return json.dumps(result, sort_keys=True, ensure_ascii=False, default=str)


def _result_set(db, sink: Spans, where: str, text: str, units: OffsetMap, results: list[dict], proposed: bool,
                stored: set, summary: DatasetSummary, predicted: set = frozenset(), listed: dict | None = None) -> None:
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
        elif kind in ("labels", "hypertextlabels") and "start" in value:
            span = _span(units, value.get("start"), value.get("end"))
            labels = _labels(r)
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
            was = _proposal_label(r, listed)
            retyped = bool(was) and was != label
            if retyped and _entity_id(note):
                note = note.split(" ", 1)[1] if " " in note else ""
            spans[str(r.get("id") or f"r{len(spans)}")] = {
                "start": span[0], "end": span[1], "label": label, "note": note, "where": here,
                "proposed": proposed or (was is not None and not retyped) or _canonical(r) in predicted}
        else:
            summary.skip(said("ls_results", kind=kind if isinstance(kind, str) else "untyped"))
    _store(db, sink, text, spans, stances, relations, stored, summary)


def _span(units: OffsetMap, start, end) -> tuple | None:
    """Code-point offsets of Label Studio's UTF-16 ones; None when they lie outside the text."""
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        return start, end  # span_ok names what is wrong with them
    try:
        return units.from_utf16(start), units.from_utf16(end)
    except ValueError:
        return None


def _store(db, sink: Spans, text: str, spans: dict, stances: dict, relations: list, stored: set,
           summary: DatasetSummary) -> None:
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
        if (s["start"], s["end"], label) in stored:
            continue  # a proposal the annotation already holds (a claim's holder joins it)
        stored.add((s["start"], s["end"], label))
        with guarded(summary, s["where"], said("spans")):
            if rid in claim_fields:
                sink.claim(s["start"], s["end"], claim_fields[rid], s["proposed"])
            elif label.lower() in MEETING_LABELS:
                sink.meeting_mention(s["start"], s["end"], s["proposed"])
                if s["note"].startswith("meeting:"):
                    summary.skip(said("ls_meeting_ties"))
            else:
                sink.mention(s["start"], s["end"], label, _entity_id(s["note"]), s["proposed"])


def _meta(note: str) -> dict:
    try:
        value = json.loads(note)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _entity_id(note: str) -> str | None:
    """Kaidan writes 'entity-id Name' in a region's meta; another tool's free note is no id."""
    first = note.split(" ", 1)[0] if note else ""
    return first if ":" in first and not first.startswith("{") else None
