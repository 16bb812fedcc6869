"""Label Studio JSON exports (and Kaidan's own tasks.json): spans, per-region stance, holder/target relations."""

from __future__ import annotations

import json
from pathlib import Path

import sqlite_utils

from core.datasets.common import DatasetSummary, add_claim, add_meeting_mention, add_mention, check_span, store_new_text
from core.export.utf16 import Utf16Map
from core.ingest.errors import IngestError
from core.progress import Cancelled, Progress
from core.store import atomic

CLAIM_LABELS = {"claim"}
MEETING_LABELS = {"meeting"}


def looks_like(path: Path) -> bool:
    """A .json file holding a list of tasks with data and annotations or predictions."""
    if path.suffix.lower() != ".json" or not path.is_file():
        return False
    with path.open(encoding="utf-8-sig") as handle:
        head = handle.read(4096)
    return head.lstrip().startswith(("[", "{")) and '"data"' in head and (
        '"annotations"' in head or '"predictions"' in head or '"result"' in head)


def import_labelstudio(db: sqlite_utils.Database, path: Path, summary: DatasetSummary,
                       progress: Progress | None = None, cancelled: Cancelled | None = None) -> None:
    try:
        tasks = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except ValueError as exc:
        raise IngestError(f"not valid JSON: {exc}") from None
    if isinstance(tasks, dict):
        tasks = [tasks]
    for number, task in enumerate(tasks, 1):
        if cancelled and cancelled():
            summary.cancelled = True
            return
        if progress and number % 50 == 0:
            progress(number, len(tasks), str(path))
        with atomic(db):
            _task(db, f"{path}#{task.get('id', number)}", task, summary)


def _text_of(data: dict) -> str | None:
    if isinstance(data.get("text"), str):
        return data["text"]
    strings = [v for v in data.values() if isinstance(v, str)]
    return max(strings, key=len) if strings else None


def _results(task: dict, summary: DatasetSummary) -> list[tuple[list[dict], bool]]:
    """(results, proposed?) to take: the latest kept annotation, then the first prediction."""
    out = []
    annotations = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
    if annotations:
        if len(annotations) > 1:
            summary.skip("extra annotations of the same task (the latest one is kept)", len(annotations) - 1)
        latest = max(annotations, key=lambda a: (a.get("updated_at") or a.get("created_at") or "", a.get("id") or 0))
        out.append((latest.get("result") or [], False))
    predictions = task.get("predictions") or []
    if len(predictions) > 1:
        summary.skip("extra predictions of the same task", len(predictions) - 1)
    if predictions:
        out.append((predictions[0].get("result") or [], True))
    return out


def _task(db, source: str, task: dict, summary: DatasetSummary) -> None:
    data = task.get("data") or {}
    text = _text_of(data)
    if not text or not text.strip():
        summary.failed.append((source, "task has no text"))
        return
    article_id = store_new_text(db, summary, source, "labelstudio", text, data)
    if article_id is None:
        return
    units = Utf16Map(text)
    stored: set[tuple[int, int, str]] = set()
    for results, proposed in _results(task, summary):
        _result_set(db, article_id, text, units, results, proposed, stored, summary)


def _result_set(db, article_id: int, text: str, units: Utf16Map, results: list[dict], proposed: bool,
                stored: set, summary: DatasetSummary) -> None:
    spans: dict[str, dict] = {}
    stances: dict[str, str] = {}
    relations = []
    for r in results:
        kind, value = r.get("type"), r.get("value") or {}
        if kind == "relation":
            relations.append(r)
        elif kind == "choices" and r.get("id") and "start" in value:
            stances[r["id"]] = (value.get("choices") or [None])[0]
        elif kind in ("labels", "hypertextlabels") and "start" in value:
            start, end = units.from_utf16(int(value["start"])), units.from_utf16(int(value["end"]))
            if not check_span(text, start, end, value.get("text")):
                summary.skip("Label Studio spans whose offsets do not match their text")
                continue
            labels = value.get(kind) or []
            if len(labels) > 1:
                summary.skip("second and further labels on one span")
            note = " ".join((r.get("meta") or {}).get("text") or [])
            spans[r.get("id") or f"r{len(spans)}"] = {"start": start, "end": end, "label": labels[0] if labels else "",
                                                       "note": note}
        else:
            summary.skip(f"Label Studio {kind} results")
    _store(db, article_id, text, spans, stances, relations, proposed, stored, summary)


def _store(db, article_id: int, text: str, spans: dict, stances: dict, relations: list, proposed: bool,
           stored: set, summary: DatasetSummary) -> None:
    claim_fields: dict[str, dict] = {}
    for rid, s in spans.items():
        label = s["label"]
        if label.lower() in CLAIM_LABELS:
            meta = _meta(s["note"])
            claim_fields[rid] = {**{k: meta.get(k) for k in ("holder_entity_id", "holder_text", "target_kind",
                                                             "target_ref", "target_text", "attribution",
                                                             "intensity", "note")}, "stance": stances.get(rid)}
    for relation in relations:
        kind = (relation.get("labels") or [""])[0].lower()
        claim, other = claim_fields.get(relation.get("from_id")), spans.get(relation.get("to_id"))
        if claim is None or other is None or kind not in ("holder", "target"):
            summary.skip("Label Studio relations other than claim → holder/target")
            continue
        entity_id = _entity_id(other["note"])
        if kind == "holder":
            claim.update(holder_entity_id=entity_id or claim["holder_entity_id"], holder_text=text[other["start"]:other["end"]])
        else:
            claim.update(target_kind="entity" if entity_id else "text", target_ref=entity_id,
                         target_text=text[other["start"]:other["end"]])
    origin, state = ("detected", "proposed") if proposed else ("user", "accepted")
    for rid, s in spans.items():
        label = s["label"]
        if (s["start"], s["end"], label) in stored:
            continue  # a proposal the annotation already holds (a claim's holder joins it)
        stored.add((s["start"], s["end"], label))
        if rid in claim_fields:
            add_claim(db, article_id, text, s["start"], s["end"], origin="suggested" if proposed else "user",
                      state="candidate" if proposed else "accepted", **claim_fields[rid])
            summary.annotations["claims"] += 1
        elif label.lower() in MEETING_LABELS:
            add_meeting_mention(db, article_id, text, s["start"], s["end"], origin=origin,
                                state="proposed" if proposed else "confirmed")
            summary.annotations["meeting mentions"] += 1
            if s["note"].startswith("meeting:"):
                summary.skip("ties of meeting mentions to meetings (meetings are not in Label Studio)")
        elif label:
            add_mention(db, article_id, text, s["start"], s["end"], label, _entity_id(s["note"]), origin, state)
            summary.annotations["entity mentions"] += 1


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
