"""Holders the clause reader reads better, and the quotes told as statements the sentence rules miss."""

from __future__ import annotations

import re

from core.claims.candidate import Candidate, confidence
from core.claims.confessions import confessed
from core.claims.from_clauses import (
    better_holder, clause_of, full_name, holder_of, missed, ordered, with_holder,
)
from core.claims.inner_quotes import inner_quotes, inner_speaker
from core.claims.issued import is_document, is_statement, issuer
from core.claims.mention_views import MentionViews, views_of
from core.claims.name_shape import head_after, not_a_name
from core.claims.named_before import authority, referred_back, shortened
from core.claims.passed_on import passed_on
from core.claims.reports import written_in_full
from core.claims.seats import Seats, seated_topic
from core.claims.shares import is_group_share, without_share
from core.claims.tellers import retold
from core.claims.things import without_thing
from core.clauses import read_clauses
from core.clauses.titles import only_a_title, strip_title
from core.clauses.referents import split_title
from core.clauses.spans import SpanIndex
from core.model import Mention
from core.nlp.offices import OFFICE_WORDS
from core.sentences import LONGEST
from core.text import stop_start


def checked_by_clauses(body: str, mentions: list, out: list[Candidate], seats: Seats,
                       views: MentionViews | None = None) -> list[Candidate]:
    """Holders the clause reader reads better, and the quotes told as statements the rules above miss."""
    clauses = ordered(read_clauses(body, mentions))
    types = {m.entity_id: m.type for m in mentions if m.entity_id}
    shared = views_of(mentions, views)  # the indexes the sentence reader and the steps after read too
    index, organisations, everyone = shared.people, shared.built(_organisations), shared.holders
    checked = []
    for candidate in out:
        holder = better_holder(body, candidate, clause_of(body, clauses, candidate.start, candidate.end), types.get)
        if holder is not None and holder[0] is None and not_a_name(holder[1]):
            # 「…」と、悔しさを滲ませながらも称賛した: a clause the reader took for the subject; the holder the rules read
            # stays when its sentence names it as more than the source (スンダーゲ監督は「…」), else nobody holds it;
            # a verb cut off the noun it qualifies gives that noun
            head = head_after(body, holder[1], candidate.start)  # 運転していた容疑者は: the 容疑者
            holder = (None, head) if head else None if _named_in_sentence(body, candidate, mentions) else (None, None)
        if holder is None and candidate.holder_entity_id is None and candidate.holder_text:
            text = candidate.holder_text if is_group_share(candidate.holder_text) else \
                strip_title(_DETERMINER.sub("", candidate.holder_text))  # ベルカンヌ校長 → ベルカンヌ: never the title (一部の議員 stays)
            holder = (None, None if only_a_title(text) else full_name(body, text, candidate.start))  # 新首相: nobody
            at = body.rfind(text, max(0, candidate.start - 60), candidate.start)
            at = at if at >= 0 else body.find(text, candidate.end, candidate.end + 30)  # 「…」と首相は述べた
            seated = seats.holder(body, everyone, text, at, stop_start(body, at, LONGEST)) \
                if holder[1] is None and at >= 0 and (text in OFFICE_WORDS or split_title(text) is not None) else None
            if seated is not None:  # 米国務長官は「…」, no one named with it: who held it that day
                holder = (seated.id, seated.name)
        if holder and holder[1]:  # シン統一相: the person named in full before, not a namesake the reader linked
            said = body.rfind(holder[1], 0, candidate.start)
            short = Mention(said, said + len(holder[1]), holder[1], "PERSON", holder[0], source=None) if said >= 0 else None
            written = written_in_full(index, short, body) if short is not None and types.get(holder[0]) == "PERSON" else None
            holder = (written.entity_id, written.text) if written is not None else holder
        if holder and holder[0] is None and holder[1]:
            holder = (None, referred_back(body, holder[1], candidate.start))  # この関係者: the 教団関係者 named before
        candidate = with_holder(candidate, holder) if holder else candidate
        if candidate.holder_entity_id is None and is_document(candidate.holder_text):  # 論評は「…」: who issued it
            going_on = checked and is_statement(candidate.holder_text)  # 声明は「…」 after the minister's words: his
            issued = issuer(body, mentions, candidate.holder_text, candidate.start) or \
                ((checked[-1].holder_entity_id, checked[-1].holder_text) if going_on else None)
            candidate = with_holder(candidate, issued) if issued else candidate
        if candidate.holder_entity_id is None and candidate.holder_text:  # 9割以上の男性 → 男性; 74.1%: the people asked
            candidate = with_holder(candidate, (None, without_share(body, candidate.holder_text, candidate.start)))
        if (candidate.holder_entity_id is None and not candidate.holder_text) or types.get(candidate.holder_entity_id) == "GPE":
            seated = seated_topic(body, everyone, candidate.start, seats)
            if seated is not None:  # 首相は記者団に「…」, 米国務長官は「…」: nobody named with it, the one in office
                candidate = with_holder(candidate, (seated.id, seated.name))
        if candidate.holder_entity_id is None and candidate.holder_text:
            body_named = shortened(candidate.holder_text, organisations, candidate.start) \
                or authority(candidate.holder_text, organisations, candidate.start)
            if body_named is not None:  # 選挙委員会は: the イラク独立選挙管理委員会 named before
                candidate = with_holder(candidate, (body_named.entity_id, body_named.text))
        candidate = without_thing(body, retold(body, candidate, everyone, seats.registry), everyone)
        entity = seats.registry.get(candidate.holder_entity_id) if seats.registry is not None and candidate.holder_entity_id else None
        candidate = passed_on(body, candidate, everyone.within(max(0, candidate.start - 200), candidate.end),
                              entity.name if entity is not None else candidate.holder_text,
                              entity.attributes.get("kind") if entity is not None else None)
        checked.append(confessed(body, candidate, everyone.within(max(0, candidate.start - 600), candidate.end + 200), types))
        for start, end, cue in inner_quotes(body, candidate.start, candidate.end) if candidate.attribution == "direct" else ():
            speaker = inner_speaker(body, everyone.within(candidate.start, start), start, (candidate.start, candidate.end))
            if speaker is not None:  # 「…首相も『全く考えていない』と言って…」: the prime minister's words, passed on
                told = [{"entity_id": checked[-1].holder_entity_id, "text": checked[-1].holder_text or ""}]
                checked.append(Candidate(start, end, body[start:end], cue, "direct", speaker.entity_id, speaker.text,
                                         told, confidence("direct", cue, True, True)))
    for start, end, cue, attribution, subject in missed(body, clauses, [(c.start, c.end) for c in out]):
        entity_id, text = holder_of(subject)
        checked.append(Candidate(start, end, body[start:end], cue, attribution, entity_id, text, [],
                                 confidence(attribution, cue, not subject.carried, True)))
    return sorted(checked, key=lambda c: c.start)


def _organisations(mentions: list) -> SpanIndex:
    """The bodies, by start."""
    return SpanIndex(mentions, ("ORG",))


def _named_in_sentence(body: str, candidate: Candidate, mentions: list) -> bool:
    """Whether the holder the rules read is written in the claim's sentence before it, and is not its source."""
    text = strip_title(candidate.holder_text or "")
    if not text or any(v["text"] == candidate.holder_text for v in candidate.via):
        return False
    s_start = stop_start(body, candidate.start, LONGEST)
    return body.find(text, s_start, candidate.start) >= 0 or candidate.holder_entity_id is not None and any(
        m.entity_id == candidate.holder_entity_id and s_start <= m.start < candidate.start for m in mentions)


# One of some, written before people named by what they are: ある職員 → 職員, 別の報道担当者 → 報道担当者
_DETERMINER = re.compile(r"^(?:ある|別の|一部の)(?=[\u4e00-\u9fff\u30a1-\u30faー]{2})")
