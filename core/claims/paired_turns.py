"""Two speakers' words told by one verb: 染谷は、「A。」二階堂は、「B」と語った, 松山ケンイチは「A。」瑛太も「B」と感激.

Feature and entertainment reports let each speaker's topic open their own quote and give the verb only after the
last one. The quote before the next topic has no verb of its own, so the sentence readers leave it; a reader takes
it as the words of the topic written right before it, said as the last one is. Only where each quote stands right
after its own topic (a name with は or も, its title or honorific, maybe a comma) and the next topic right after the
quote's closing mark.
"""

from __future__ import annotations

from core.claims.candidate import Candidate
from core.claims.mention_views import MentionViews, views_of
from core.claims.quote_marks import quotes
from core.claims.topic_speakers import NAME_REACH, TOPIC_TAIL
from core.clauses.spans import SpanIndex
from core.sentences import LONGEST


def paired_turns(body: str, mentions: list, found: list[Candidate], views: MentionViews | None = None) -> list[Candidate]:
    """The claims, and each quote a topic opens right before the next speaker's quote (both as read above)."""
    shared = views_of(mentions, views)  # its holders indexed only where a quote asks (core.claims.mention_views)
    proposed = {(c.start, c.end) for c in found}
    added = []
    for claim in found:
        if claim.attribution != "direct" or not (claim.holder_entity_id or claim.holder_text):
            continue
        speaker = _topic_ending_at(body, shared.holders, claim.start)
        if speaker is None or body[speaker.start - 1 : speaker.start] != "」":
            continue
        # from the line's start (a 。 inside the quote ends no sentence), a sentence's longest reach at most (a
        # page of one line would be read again for every quote)
        floor = max(0, speaker.start - LONGEST)
        line = max(body.rfind("\n", floor, speaker.start) + 1, floor)
        before = next((q for q in quotes(body, line, speaker.start) if q[1] == speaker.start), None)
        if before is None or before in proposed or "。" not in body[before[1] - 2 : before[1]]:
            continue  # (the words before end as a sentence ends: 「…ています。」二階堂は)
        first = _topic_ending_at(body, shared.holders, before[0])
        if first is None or first.entity_id == speaker.entity_id and first.text == speaker.text:
            continue
        added.append(Candidate(before[0], before[1], body[before[0]:before[1]], claim.cue, "direct",
                               first.entity_id, first.text, [], claim.confidence))
        proposed.add(before)
    return sorted(found + added, key=lambda c: c.start) if added else found


def _topic_ending_at(body: str, people: SpanIndex, at: int):
    """The name whose topic (its title, honorific, は or も, maybe a comma) ends right at at, or None."""
    near = people.within(at - 24 - NAME_REACH, at)
    for mention in reversed([m for m in near if m.end <= at and at - m.end <= 24]):
        tail = TOPIC_TAIL.match(body, mention.end, at)
        if tail is not None and tail.end() == at:
            return mention
    return None
