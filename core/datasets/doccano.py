"""doccano JSONL exports: sequence labels ("label": [[s, e, L]]) or entities with relations."""

from __future__ import annotations

import json
from pathlib import Path

import sqlite_utils

from core.datasets.common import (
    DatasetSummary, add_claim, add_mention, check_span, first_json_line, store_new_text,
)
from core.export.doccano import CLAIM
from core.progress import Cancelled, Progress
from core.store import atomic


def looks_like(path: Path) -> bool:
    """A .jsonl whose first line has a text and spans (doccano), not a plain dataset row."""
    if path.suffix.lower() != ".jsonl" or not path.is_file():
        return False
    row = first_json_line(path)
    if not isinstance(row, dict) or not isinstance(row.get("text"), str):
        return False
    spans = row.get("label", row.get("labels"))
    if isinstance(spans, list) and all(isinstance(s, list) and len(s) == 3 for s in spans) and spans:
        return True
    return isinstance(row.get("entities"), list) and all(
        isinstance(e, dict) and "start_offset" in e for e in row["entities"])


def import_doccano(db: sqlite_utils.Database, path: Path, summary: DatasetSummary,
                   progress: Progress | None = None, cancelled: Cancelled | None = None) -> None:
    with Path(path).open(encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            if cancelled and cancelled():
                summary.cancelled = True
                return
            if progress and number % 50 == 0:
                progress(number, 0, str(path))
            try:
                row = json.loads(line)
            except ValueError:
                summary.failed.append((f"{path}#{number}", "not valid JSON"))
                continue
            with atomic(db):
                _row(db, f"{path}#{number}", row, summary)


def _spans(row: dict, summary: DatasetSummary) -> list[dict]:
    if isinstance(row.get("entities"), list):
        return [{"id": e.get("id", f"e{i}"), "start": e["start_offset"], "end": e["end_offset"], "label": e["label"]}
                for i, e in enumerate(row["entities"])]
    spans = row.get("label", row.get("labels")) or []
    out = []
    for s in spans:
        if isinstance(s, list) and len(s) == 3:
            out.append({"id": f"s{len(out)}", "start": s[0], "end": s[1], "label": s[2]})
        else:
            summary.skip("doccano document labels (text classification)")
    return out


def _row(db, source: str, row: dict, summary: DatasetSummary) -> None:
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        summary.failed.append((source, "no text"))
        return
    article_id = store_new_text(db, summary, source, "doccano", text, row)
    if article_id is None:
        return
    spans = []
    for s in _spans(row, summary):
        if check_span(text, s["start"], s["end"]):
            spans.append(s)
        else:
            summary.skip("doccano spans outside the text")
    by_id = {s["id"]: s for s in spans}
    claims = {s["id"]: {"stance": s["label"].partition(":")[2] or None} for s in spans
              if s["label"].split(":")[0].upper() == CLAIM}
    for r in row.get("relations") or []:
        claim, other = claims.get(r.get("from_id")), by_id.get(r.get("to_id"))
        kind = str(r.get("type", "")).lower()
        if claim is None or other is None or kind not in ("holder", "target"):
            summary.skip("doccano relations other than claim → holder/target")
            continue
        words = text[other["start"]:other["end"]]
        claim.update({"holder_text": words} if kind == "holder" else {"target_kind": "text", "target_text": words})
    for s in spans:
        if s["id"] in claims:
            add_claim(db, article_id, text, s["start"], s["end"], **claims[s["id"]])
            summary.annotations["claims"] += 1
        else:
            add_mention(db, article_id, text, s["start"], s["end"], s["label"])
            summary.annotations["entity mentions"] += 1
