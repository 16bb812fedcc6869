"""Words an outlet got by interviewing someone: NHKが現地の男性へインタビューしたところでは、「…」という, 日本テレビが
目撃者に取材したところ、「…」: those interviewed say them, the outlet passes them on.

The sentence readers take the が-subject opening the sentence (the outlet) for the speaker. Where the words a claim
opens right after are such an interview (Xが Yに|へ インタビュー|取材|話を聞い|問い合わせ したところ(では|によれば)、)
and the holder read is that outlet, Y holds the claim (its mention when one ends Y, else Y's words from the noun they
end on: 事故を目撃したとされる現地の男性 → 現地の男性; a person named with a title: the person) with the outlet as the source it came through. A speaker the
sentence names after the interview (…取材したところによれば、A容疑者は「…」) keeps the claim.
"""

from __future__ import annotations

import re

from core.claims.candidate import Candidate
from core.claims.people_at_quote import people_head
from core.claims.mention_views import MentionViews, views_of

# The interview, right before the claim: who asked (its が), when (この事故当時、), whom (に or へ), the asking verb and
# ところ
_INTERVIEW = re.compile(r"(?P<teller>[^、。「」\n]{1,30}?)が、?(?:[^、。「」\n]{1,16}、)?(?P<source>[^、。「」\n]{1,40}?)(?:に|へ)(?:対し(?:て)?)?"
                        r"(?:インタビュー|電話取材|取材|話を聞|問い合わせ|質問)(?:を行っ|し|い)?たところ"
                        r"(?:では|によれば|によると)?、?$")
# How far before the claim the interview may end: its comma, no more (one look per claim, never the whole sentence)
_REACH = 120
# What may follow a person's name before whom it ends on: a reading in brackets, a title (都司嘉宣(つじ・よしのぶ)准教授)
_TITLE_AFTER = re.compile(r"(?:[(（][^()（）]{1,20}[)）])?[\u4e00-\u9fff\u30a1-\u30faー]{0,8}")


def interviewed_speakers(body: str, mentions: list, found: list[Candidate], views: MentionViews | None = None) -> list[Candidate]:
    """found, each claim opening right after an outlet's interview and held by that outlet held instead by whom it
    interviewed, the outlet as its source."""
    index = None
    for candidate in found:
        floor = max(0, candidate.start - _REACH)
        line = max(body.rfind("。", floor, candidate.start), body.rfind("\n", floor, candidate.start)) + 1
        if body.find("ところ", line, candidate.start) < 0:
            continue
        asked = _INTERVIEW.search(body, max(line, floor), candidate.start)
        if asked is None:
            continue
        index = index or views_of(mentions, views).everyone  # built once, for the first interview: each look reads its own span
        if not _held_by_teller(candidate, index.within(*asked.span("teller")), asked):
            continue
        source_start, source_end = asked.span("source")
        inside = index.within(source_start, source_end)
        named = next((m for m in inside if m.end == source_end), None) or next(
            (m for m in reversed(inside) if m.type == "PERSON" and _TITLE_AFTER.fullmatch(body, m.end, source_end)), None)
        if named is not None:
            holder = (named.entity_id, named.text)
        else:
            head = people_head(body, source_start, source_end)  # 現地の男性, 複数の選手, 捜査関係者
            if head is None:
                continue
            holder = (None, head[0])
        teller = {"entity_id": candidate.holder_entity_id, "text": candidate.holder_text or ""}
        candidate.holder_entity_id, candidate.holder_text = holder
        if not any(v.get("entity_id") == teller["entity_id"] and v.get("text") == teller["text"] for v in candidate.via):
            candidate.via = [*candidate.via, teller]
    return found


def _held_by_teller(candidate: Candidate, tellers: list, asked: re.Match) -> bool:
    """Whether the claim's holder is the one who asked (tellers: the mentions within their words): their mention, or
    their words."""
    if candidate.holder_entity_id:
        return any(m.entity_id == candidate.holder_entity_id for m in tellers)
    return bool(candidate.holder_text) and candidate.holder_text in asked.group("teller")
