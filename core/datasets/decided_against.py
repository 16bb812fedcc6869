"""Decisions against proposals an export listed beside its spans (core.export.records.DECIDED_AGAINST), read back.

A rejected name, a dismissed claim or a rejected meeting mention is no span of Label Studio's or doccano's, so
Kaidan lists them in the task's data or the example's metadata. They come back into an article new to the
library; an article already there keeps its own decisions (the list is Kaidan's, no annotator changed it).
"""

from __future__ import annotations

from core.datasets.common import (
    DatasetSummary, add_claim, add_meeting_mention, add_mention, claim_in_scheme, guarded, span_ok,
)
from core.datasets.merge import Spans
from core.datasets.words import said
from core.export.records import CLAIM_FIELDS, DECIDED_AGAINST


def read_decided_against(db, sink: Spans, where: str, text: str, record: dict, summary: DatasetSummary) -> None:
    """Store the decisions against proposals record lists, when its article is new to the library."""
    listed = record.get(DECIDED_AGAINST)
    if sink.existing or not isinstance(listed, dict):
        return
    article, stored = sink.article_id, 0
    for start, end, type_, entity_id, value in _entries(listed, "names", 5):
        if span_ok(summary, where, text, start, end, label=type_):
            with guarded(summary, where, said("spans")):
                add_mention(db, article, text, start, end, type_, entity_id if isinstance(entity_id, str) else None,
                            origin="detected", state="rejected", value=value if isinstance(value, str) else None)
                stored += 1
    for start, end, fields in _entries(listed, "claims", 3):
        if isinstance(fields, dict) and span_ok(summary, where, text, start, end, label="claim"):
            fields = {k: v for k, v in fields.items() if k in CLAIM_FIELDS or k == "stance"}
            with guarded(summary, where, said("spans")):
                add_claim(db, article, text, start, end, origin="suggested", state="dismissed",
                          **claim_in_scheme(db, summary, where, fields))
                stored += 1
    for start, end in _entries(listed, "meeting_mentions", 2):
        if span_ok(summary, where, text, start, end, label="meeting"):
            with guarded(summary, where, said("spans")):
                add_meeting_mention(db, article, text, start, end, origin="detected", state="rejected")
                stored += 1
    if stored:
        summary.annotations[said("decisions")] += stored


def _entries(listed: dict, key: str, size: int) -> list[list]:
    entries = listed.get(key)
    return [e for e in entries if isinstance(e, list) and len(e) == size] if isinstance(entries, list) else []
