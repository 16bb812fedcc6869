"""doccano JSONL exports: sequence labels ("label": [[s, e, L]]) or entities with relations."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from core.datasets.common import (
    DatasetSummary, claim_in_scheme, committed_row, guarded, pointed, span_ok,
)
from core.datasets.decided_against import read_decided_against
from core.datasets.merge import BodyIndex, spans_for
from core.datasets.reading import first_json_line, json_lines
from core.datasets.words import at, said
from core.export.doccano import CANDIDATES, CLAIM, CLAIMS_LISTED, ENTITY_IDS, MEETING_MENTIONS, PROPOSED, VALUES
from core.export.records import CLAIM_FIELDS
from core.ingest.rows import row_error
from core.progress import Cancelled, Progress, run_each


def looks_like(path: Path) -> bool:
    """A .jsonl whose first line has a text and spans (doccano), not a plain dataset row."""
    if path.suffix.lower() != ".jsonl" or not path.is_file():
        return False
    row = first_json_line(path)
    if not isinstance(row, dict) or not isinstance(row.get("text"), str):
        return False
    for spans in (row.get("label"), row.get("labels"), row.get("entities")):
        if isinstance(spans, list) and spans and all(isinstance(s, list) and len(s) == 3 for s in spans):
            return True
    return isinstance(row.get("entities"), list) and all(
        isinstance(e, dict) and "start_offset" in e for e in row["entities"])


def import_doccano(db: sqlite_utils.Database, path: Path, summary: DatasetSummary,
                   progress: Progress | None = None, cancelled: Cancelled | None = None) -> None:
    index = BodyIndex(db)

    def one(item: tuple[int, object]) -> None:
        number, row = item
        where = at("line", path, number=number)
        if not isinstance(row, dict):
            summary.failed.append((where, row_error("not_json" if row is None else "not_object")))
            return
        with committed_row(db, summary, where) as staged:
            _row(db, index, f"{path}#{number}", where, row, staged)

    # read line by line (a dataset may be larger than memory): the total is not known
    if run_each(json_lines(path), one, progress, cancelled, every=50, total=0, label=lambda _item: str(path)):
        summary.cancelled = True


def _spans(row: dict, summary: DatasetSummary) -> list[dict]:
    entities = row.get("entities")
    if isinstance(entities, list) and all(isinstance(e, dict) for e in entities):
        return [{"id": _key(e.get("id"), f"e{i}"), "start": e.get("start_offset"), "end": e.get("end_offset"),
                 "label": e.get("label")} for i, e in enumerate(entities)]
    if isinstance(row.get("cats"), list) and row["cats"]:
        summary.skip(said("doccano_cats"), len(row["cats"]))
    # doccano's other JSONL shape: "entities": [[start, end, label]] beside "cats"
    spans = entities if isinstance(entities, list) else row.get("label", row.get("labels")) or []
    if not isinstance(spans, list):
        spans = [spans]
    out = []
    for s in spans:
        if isinstance(s, list) and len(s) == 3:
            out.append({"id": f"s{len(out)}", "start": s[0], "end": s[1], "label": s[2]})
        else:
            summary.skip(said("doccano_labels"))
    return out


def _row(db, index: BodyIndex, source: str, where: str, row: dict, summary: DatasetSummary) -> None:
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        summary.failed.append((where, said("no_text")))
        return
    sink = spans_for(db, summary, index, source, where, "doccano", text, row, kaidan_id=row.get("kaidan_id"))
    if sink is None:
        return
    spans = [s for s in _spans(row, summary) if span_ok(summary, where, text, s["start"], s["end"], label=s["label"])]
    by_id = {s["id"]: s for s in spans}
    # spans Kaidan exported as proposals come back as proposals while they are unchanged
    listed = row.get(PROPOSED)
    proposals = {tuple(p) for p in listed if isinstance(p, list) and len(p) == 3 and all(
        isinstance(v, (int, str)) for v in p)} if isinstance(listed, list) else set()
    named, fields = _entity_ids(row.get(ENTITY_IDS)), _claim_fields(row.get(CLAIMS_LISTED))
    listed_values = row.get(VALUES)
    values = {(v[0], v[1], v[2]): v[3] for v in listed_values if isinstance(v, list) and len(v) == 4
              and isinstance(v[3], str)} if isinstance(listed_values, list) else {}
    claims = {s["id"]: {**fields.get((s["start"], s["end"], "accepted"), {}),
                        "stance": s["label"].partition(":")[2] or None}
              for s in spans if s["label"].split(":")[0].upper() == CLAIM}
    relations = row.get("relations")
    for r in relations if isinstance(relations, list) else []:
        if not isinstance(r, dict):
            summary.skip(said("doccano_relations_not_objects"))
            continue
        claim, other = claims.get(_key(r.get("from_id"))), by_id.get(_key(r.get("to_id")))
        kind = str(r.get("type", "")).lower()
        if claim is None or other is None or kind not in ("holder", "target"):
            summary.skip(said("doccano_relations"))
            continue
        pointed(claim, kind, text[other["start"]:other["end"]],
                named.get((other["start"], other["end"], other["label"]), (None, None))[0])
    for s in spans:
        with guarded(summary, where, said("spans")):
            if s["id"] in claims:
                sink.claim(s["start"], s["end"], claim_in_scheme(db, summary, where, claims[s["id"]]))
            else:
                proposed = (s["start"], s["end"], s["label"]) in proposals
                entity_id, name = named.get((s["start"], s["end"], s["label"]), (None, None))
                sink.mention(s["start"], s["end"], s["label"], entity_id, proposed=proposed, name=name,
                             value=values.get((s["start"], s["end"], s["label"])))
    _metadata_spans(db, sink, where, text, row, summary, fields)
    read_decided_against(db, sink, where, text, row, summary)


def _entity_ids(listed) -> dict[tuple, tuple[str, str | None]]:
    """The entity (id, name) of each name Kaidan exported, by (start, end, label): a span given another label
    lost it."""
    return {(e[0], e[1], e[2]): (e[3], e[4] if len(e) > 4 and isinstance(e[4], str) else None)
            for e in listed if isinstance(e, list) and len(e) >= 4 and isinstance(e[3], str)} \
        if isinstance(listed, list) else {}


def _claim_fields(listed) -> dict[tuple, dict]:
    """Each claim's holder, target, attribution, intensity and note Kaidan exported, by (start, end, state)."""
    out = {}
    for c in listed if isinstance(listed, list) else []:
        if isinstance(c, list) and len(c) == 4 and isinstance(c[3], dict):
            out[(c[0], c[1], c[2])] = {k: v for k, v in c[3].items() if k in CLAIM_FIELDS}
    return out


def _metadata_spans(db, sink, where: str, text: str, row: dict, summary: DatasetSummary, fields: dict) -> None:
    """Claim candidates and meeting mentions Kaidan wrote into the example's metadata."""
    for key in (CANDIDATES, MEETING_MENTIONS):
        listed = row.get(key)
        for item in listed if isinstance(listed, list) else []:
            if not (isinstance(item, list) and len(item) == 3):
                summary.skip(said("doccano_entries", key=key))
                continue
            if not span_ok(summary, where, text, item[0], item[1], label=key):
                continue
            with guarded(summary, where, said("spans")):
                if key == CANDIDATES:
                    stance = item[2] if isinstance(item[2], str) else None
                    claim = {**fields.get((item[0], item[1], "candidate"), {}), "stance": stance}
                    sink.claim(item[0], item[1], claim_in_scheme(db, summary, where, claim), proposed=True)
                else:
                    sink.meeting_mention(item[0], item[1], proposed=item[2] == "proposed")


def _key(value, default=None):
    """An id usable as a key (an int or a string), else default."""
    return value if isinstance(value, (int, str)) and not isinstance(value, bool) else default
