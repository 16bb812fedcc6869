"""How sure Kaidan is of a proposed meeting: two sides, a date and a clear meeting word."""

from __future__ import annotations

# Words that only ever mean a meeting; 協議, 交渉, 訪問 and 会合 also name plans and processes.
_CLEAR_WORDS = ("会談", "首脳会談", "外相会談", "電話会談", "電話協議", "首脳会議", "外相会議", "サミット",
                "来日", "訪日", "オンライン会談", "テレビ会議", "署名", "調印")


def meeting_confidence(proposal) -> float:
    """A score in [0.05, 0.95]: higher with two named sides, a date and an unambiguous meeting word."""
    sides = len(proposal.participants)
    score = 0.35
    if sides >= 2 or proposal.title:
        score += 0.3
    elif sides == 0:
        score -= 0.2
    if any(p.entity_id is None for p in proposal.participants):
        score -= 0.1  # a side read from the clause's words (鉄道事業者と協議), tied to no entity
    if proposal.mentions and all(m.sides_elsewhere for m in proposal.mentions):
        score -= 0.15  # its sides read from another sentence, none from its own
    if proposal.start:
        score += 0.15 if len(proposal.start) >= 10 and proposal.precision != "days" else 0.1
    words = {m.text for m in proposal.mentions}
    if words & set(_CLEAR_WORDS) or any(w.endswith("会談") for w in words):
        score += 0.15
    if len(proposal.mentions) > 1:
        score += 0.05  # told more than once in the article
    return round(max(0.05, min(0.95, score)), 2)
