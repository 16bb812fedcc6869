"""The company a takeover or a sale is about, as the other side of the talks or the signing that bring it about.

「大阪シティドーム」について、オリックスが買収する方向が固まり、その正式交渉を…調印する; ニッポン放送の買収を巡る
協議; ボーダフォン買収交渉: the buyer is read as the subject, the company bought is the other side.
"""

from __future__ import annotations

import re

from core.meetings.mention import MeetingMention, Participant
from core.meetings.people import name_of

# what a company undergoes in a takeover or a sale, written after its name
_TAKEN_OVER = r"(?:買収|子会社化|完全子会社化|傘下入り|株式(?:の)?(?:全株)?取得|全株(?:の)?取得|株式(?:の)?公開買い付け|TOB|身売り|売却)"
# Xを買収, Xの日本法人を買収, X買収, Xへの身売り, Xについて、…が買収, Xから株式を取得: the company's name, then
# (within the clause) the takeover
_TARGET_AFTER = re.compile(r"」?(?:等|など)?(?:(?:を|の|への|に対する|に|から)(?:[^、。をがは]{0,6}?(?:を|の)?)?"
                           r"|について、?[^。をがは]{0,20}?(?:が|は)[^、。をは]{0,12}?)?" + _TAKEN_OVER)
# AやB等への買収, AとBの買収: a company listed before another bought (a country may be written before the next)
_LISTED_BEFORE = re.compile(r"(?:や|と|、|及び|および)(?:[^、。をがはやと]{1,8}の)?")
_KINDS = ("negotiation_round", "talks", "signing")


def side_taken_over(body: str, mention: MeetingMention, actors, clause: int, start: int) -> None:
    """The companies bought, named before the meeting word in its clause with a word of takeover right after
    them (Xを買収, Xの買収, X買収交渉, AやBへの身売り, Xについて…が買収する), join a meeting that has one side only,
    or one of whose sides is among them."""
    if mention.kind not in _KINDS or not mention.participants:
        return
    bodies = [m for m in actors if m.type == "ORG" and clause <= m.start and m.end <= start]
    targets = []
    for m in reversed(bodies):
        taken = _TARGET_AFTER.match(body, m.end)
        if taken is not None and taken.end() <= start and "。" not in body[m.end : start]:
            targets.insert(0, m)
        elif targets and _LISTED_BEFORE.fullmatch(body, m.end, targets[0].start):
            targets.insert(0, m)  # (the first of a list: AやBへの買収)
        elif targets:
            break
    known = {p.entity_id or p.name for p in mention.participants}
    if len(known) > 1 and not any((m.entity_id or name_of(body, m)) in known for m in targets):
        return  # the sides are named already; a list of companies bought only grows by its own members
    for m in targets:
        if (m.entity_id or name_of(body, m)) not in known:
            mention.participants.append(Participant(name_of(body, m), m.entity_id))
            known.add(m.entity_id or name_of(body, m))
