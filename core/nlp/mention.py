"""One entity mention found in a text: span, type, entity and which source found it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Mention:
    start: int
    end: int
    text: str
    type: str
    entity_id: str | None = None
    value: str | None = None
    source: str = "gazetteer"
    confidence: float | None = None  # the tagger's, for the spans it found
