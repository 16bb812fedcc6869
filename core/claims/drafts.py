"""What the claim editor starts from: a proposal for a selection, or an existing claim.

Pure values and functions over the body, the article's claims and mentions and the
registry; the window's editor shows a ClaimDraft and hands it back with the user's values.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.model import Claim, Mention
from core.registry import Entity
from core.sentences import sentence_spans

TARGET_TYPES = ("PERSON", "GPE", "ORG", "LOC", "LAW", "EVENT")


@dataclass
class ClaimDraft:
    """What the editor starts from: the span, the proposal or the claim being edited."""

    article_id: int
    start: int
    end: int
    text: str
    claim_id: int | None = None  # an existing claim or candidate; None: a new claim
    state: str = "accepted"
    verb: str = "Accept"  # the undo text's verb when saving turns a candidate into a claim
    holder_entity_id: str | None = None
    holder_text: str | None = None
    holder_label: str = ""  # what the holder field shows (the registry name when linked)
    via: list[dict] = field(default_factory=list)
    target_kind: str | None = None
    target_ref: str | None = None
    target_text: str | None = None
    target_label: str = ""
    stance: str | None = None
    intensity: str | None = None
    attribution: str | None = None
    cue: str | None = None
    note: str | None = None
    # Target choices: (label shown, kind, ref); entities in the span first, then topics.
    targets: list[tuple[str, str, str]] = field(default_factory=list)


def entity_label(entity_id: str | None, fallback: str | None, entities: dict[str, Entity]) -> str:
    """The registry name of entity_id, else the text the claim keeps."""
    entity = entities.get(entity_id or "")
    return entity.name if entity else (fallback or "")


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def best_overlap(items, start: int, end: int):
    """The item (a claim or a suggested candidate) sharing the most characters with [start, end), or None."""
    scored = [(_overlap((i.start, i.end), (start, end)), i) for i in items]
    scored = [(n, i) for n, i in scored if n > 0]
    return max(scored, key=lambda pair: pair[0])[1] if scored else None


def target_choices(body: str, start: int, end: int, mentions: list[Mention], entities: dict[str, Entity],
                   topics: list[str], holder_id: str | None) -> list[tuple[str, str, str]]:
    """Entities named in the span, then elsewhere in its sentence, then the library's topics."""
    sentence = next(((s, e) for s, e in sentence_spans(body) if s <= start < e), (start, end))
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    around = [m for m in mentions if sentence[0] <= m.start < sentence[1] and m not in inside]
    out, seen = [], {holder_id}
    for m in inside + around:
        if m.type not in TARGET_TYPES:
            continue
        entity = entities.get(m.entity_id or "")
        key = entity.id if entity else m.text
        if key in seen:
            continue
        seen.add(key)
        out.append((entity.name, "entity", entity.id) if entity else (m.text, "text", m.text))
    names = {label for label, _k, _r in out}
    out += [(t, "topic", t) for t in topics if t not in names]
    # Then every registry entity that can be a target, so typing any known name completes.
    names |= {t for t in topics}
    for entity in sorted(entities.values(), key=lambda e: (e.type, e.name)):
        if entity.type in TARGET_TYPES and entity.id not in seen and entity.name not in names:
            names.add(entity.name)
            out.append((entity.name, "entity", entity.id))
    return out


def draft_for_selection(article_id: int, body: str, start: int, end: int, claims: list[Claim],
                        mentions: list[Mention], entities: dict[str, Entity], topics: list[str], *,
                        title: str | None = None) -> ClaimDraft:
    """A new claim over a selection; a candidate it overlaps (or a fresh suggestion, read with the article's
    headline) gives the holder."""
    candidate = best_overlap([c for c in claims if c.state == "candidate"], start, end)
    if candidate is not None:
        draft = ClaimDraft(article_id, start, end, body[start:end], claim_id=candidate.id,
                           state="candidate", verb="Add", holder_entity_id=candidate.holder_entity_id,
                           holder_text=candidate.holder_text, via=candidate.holder_via,
                           attribution=candidate.attribution, cue=candidate.cue)
    else:
        # Suggestions over the whole body: a holder may be the omitted subject of an earlier sentence.
        # The suggester (speech cues, detection) loads on the first new claim, not with the window.
        from core.claims.suggest import suggest

        proposal = best_overlap(suggest(body, mentions, title=title), start, end)
        draft = ClaimDraft(article_id, start, end, body[start:end])
        if proposal is not None:
            draft.holder_entity_id, draft.holder_text = proposal.holder_entity_id, proposal.holder_text
            draft.via, draft.attribution, draft.cue = proposal.via, proposal.attribution, proposal.cue
        else:
            quoted = draft.text[:1] in ("「", "｢") and draft.text[-1:] in ("」", "｣")
            draft.attribution = "direct" if quoted else "unattributed"
    draft.holder_label = entity_label(draft.holder_entity_id, draft.holder_text, entities)
    draft.targets = target_choices(body, start, end, mentions, entities, topics, draft.holder_entity_id)
    first = next((t for t in draft.targets if t[1] == "entity"
                  and any(start <= m.start < end and m.entity_id == t[2] for m in mentions)), None)
    if first is not None:
        draft.target_label = first[0]
    return draft


def draft_for_claim(claim: Claim, body: str, mentions: list[Mention], entities: dict[str, Entity],
                    topics: list[str]) -> ClaimDraft:
    """Edit an existing claim (or look at a candidate before accepting it)."""
    draft = ClaimDraft(
        claim.article_id, claim.start, claim.end, claim.text, claim_id=claim.id,
        state=claim.state, holder_entity_id=claim.holder_entity_id, holder_text=claim.holder_text,
        via=claim.holder_via, target_kind=claim.target_kind, target_ref=claim.target_ref,
        target_text=claim.target_text, stance=claim.stance, intensity=claim.intensity,
        attribution=claim.attribution, cue=claim.cue, note=claim.note)
    draft.holder_label = entity_label(claim.holder_entity_id, claim.holder_text, entities)
    if claim.target_kind == "entity":
        draft.target_label = entity_label(claim.target_ref, claim.target_text, entities)
    else:
        draft.target_label = claim.target_text or claim.target_ref or ""
    draft.targets = target_choices(body, claim.start, claim.end, mentions, entities, topics,
                                   claim.holder_entity_id)
    return draft


def entity_named(name: str, entities: dict[str, Entity]) -> str | None:
    """The one registry entity called name (name, alias or English name), if exactly one."""
    if not name:
        return None
    low = name.lower()
    found = [e.id for e in entities.values()
             if name == e.name or name in e.aliases or (e.en or "").lower() == low]
    return found[0] if len(found) == 1 else None


def stored_fields(draft: ClaimDraft, proposed_holder: str, entities: dict[str, Entity]) -> dict:
    """The claim fields the editor's values store, holder and target resolved against the registry.

    A holder typed over the proposed one is the entity of that name (or free text); a
    target typed rather than chosen is an entity of that name, else a topic.
    """
    holder_id, holder_text, via = draft.holder_entity_id, draft.holder_text, draft.via
    if draft.holder_label != proposed_holder:
        holder_id, holder_text, via = entity_named(draft.holder_label, entities), draft.holder_label or None, []
    kind, ref, text = draft.target_kind, draft.target_ref, draft.target_text
    if kind is None and text:
        found = entity_named(text, entities)
        kind, ref = ("entity", found) if found else ("topic", text)
    return {"holder_entity_id": holder_id, "holder_text": holder_text, "holder_via": via,
            "target_kind": kind, "target_ref": ref, "target_text": text, "stance": draft.stance,
            "intensity": draft.intensity, "attribution": draft.attribution, "cue": draft.cue,
            "note": draft.note}
