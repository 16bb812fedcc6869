"""A claim candidate as the reader proposes it, with its holder and how sure Kaidan is of it."""

from __future__ import annotations

from dataclasses import dataclass, field

HOLDER_TYPES = ("PERSON", "ORG", "GPE")


@dataclass
class Candidate:
    """A passage proposed as a claim: its span, its cue, direct or reported, and its probable holder."""

    start: int
    end: int
    text: str
    cue: str
    attribution: str
    holder_entity_id: str | None = None
    holder_text: str | None = None
    via: list[dict] = field(default_factory=list)
    confidence: float = 0.5  # how sure Kaidan is that this is a claim with this holder


def confidence(attribution: str, cue: str, explicit: bool, holder) -> float:
    """Quotes with a named speaker are surest; positions on an object and bare した/として least."""
    score = {"direct": 0.8, "mixed": 0.7, "indirect": 0.65, "position": 0.5}[attribution]
    score += 0.1 if explicit else (-0.05 if holder else -0.25)
    if cue in ("した", "し", "として", "とし"):
        score -= 0.15
    return round(max(0.05, min(0.95, score)), 2)
