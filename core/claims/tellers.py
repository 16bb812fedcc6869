"""Who holds a claim when the sentence's verb and topics say more than the holder read so far: the tellers of
core.claims.report_tellers (a report only an outlet makes, a body's own account, a subject's own news a source
passes on) and the topics of core.claims.clause_topics, weighed in the order that settles between them; and a
holder cut inside an office word (二階総務|会長が) made whole.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.claims.clause_topics import asided_topic, head_topic, place_topic, same_body_topic, topic_over_subject
from core.claims.from_clauses import with_holder
from core.claims.hearsay import FORECAST
from core.claims.opening_topics import opening_topic
from core.claims.quote_marks import quotes
from core.claims.report_tellers import account_owner, announcer, is_outlet, reporting_outlet
from core.clauses.titles import strip_title
from core.nlp.offices import OFFICE_WORDS
from core.sentences import LONGEST
from core.text import stop_start


def retold(body: str, candidate, everyone, registry):
    """The holder a sentence's verb and topics give over the one read so far: the outlet that reports it, the
    body whose account it is, the subject whose news it is, a topic at the claim's head or written with an
    aside, a place 同県は stands for, a topic announcing a clause with its own subject."""
    people = everyone.within(max(0, candidate.start - 400), candidate.start)
    cut = cut_in_title(body, candidate.holder_text, candidate.start) if candidate.holder_entity_id is None else None
    if cut is not None:  # 二階総務|会長が: the name before the whole title, not half of it
        candidate = with_holder(candidate, (None, cut))
    entity = registry.get(candidate.holder_entity_id) if registry is not None and candidate.holder_entity_id else None
    kind = entity.attributes.get("kind") if entity is not None else None
    if not is_outlet(entity.name if entity is not None else candidate.holder_text, kind):
        quoted = candidate.attribution == "direct" or candidate.attribution == "mixed" and any(
            b - a >= 15 for a, b in quotes(body, candidate.start, candidate.end))  # not a name in brackets
        outlet = reporting_outlet(body, people, candidate.start, candidate.end, candidate.cue, quoted,
                                  entity.name if entity is not None else candidate.holder_text)
        if outlet is not None:  # 河北によると、VICSは…と報じている: the paper reports, VICS is its matter
            return with_holder(candidate, outlet)
    source = candidate.via[0] if candidate.via else None
    if source is not None and (candidate.holder_text == source["text"] or
                               candidate.holder_entity_id is not None and candidate.holder_entity_id == source["entity_id"]):
        own = announcer(body, people, candidate.start, candidate.cue, source)
        if own is not None:  # 毎日新聞によると、高島アナウンサーが…退社することを明らかにした: hers, told by the paper
            return with_holder(candidate, own)
    if candidate.holder_text and candidate.holder_text.startswith("の") and len(candidate.holder_text) > 2:
        candidate = with_holder(candidate, (candidate.holder_entity_id, candidate.holder_text[1:]))  # 一方のセ・リーグは
    told_by_outlet = not candidate.holder_text and candidate.holder_entity_id is None or (
        is_outlet(entity.name if entity is not None else candidate.holder_text, kind)
        and not re.search(r"報じ|報道|伝え", candidate.cue)
        and body.find((entity.name if entity is not None else candidate.holder_text) + "は",
                      stop_start(body, candidate.start, LONGEST), candidate.start) < 0)
    head = head_topic(body, everyone.within(candidate.start, candidate.end), candidate.start, candidate.end) \
        if candidate.attribution == "indirect" and told_by_outlet and not FORECAST.search(candidate.text) else None
    if head is not None:  # 雷句誠さんは自身のブログで…決別を示唆: the topic at the claim's head holds it (not a forecast the
        # outlet makes of it: 共同通信によると、トヨタ自動車は…建設する見通し)
        found, begin = head
        return replace(with_holder(candidate, (found.entity_id, found.text)), start=begin, text=body[begin:candidate.end])
    opening = opening_topic(body, everyone.within(candidate.start, candidate.end), candidate.start, candidate.end) \
        if candidate.attribution == "indirect" and not candidate.holder_text and candidate.holder_entity_id is None else None
    if opening is not None:  # 日本各地の気象台は8日、…と発表した: the topic opening the claim holds it
        return replace(with_holder(candidate, opening[0]), start=opening[1], text=body[opening[1]:candidate.end])
    reported = re.search(r"報じ|報道|伝え", candidate.cue) and is_outlet(
        entity.name if entity is not None else candidate.holder_text, kind)  # 読売新聞は、X氏(第2党)は…と報じている
    asided = asided_topic(body, people, candidate.start, candidate.holder_text) if not reported else None
    if asided is not None and asided[1] != candidate.holder_text:
        return with_holder(candidate, asided)  # 朝日新聞によると、…国立感染症研究所(感染研)は1日、…を否定した
    source = candidate.via[0] if candidate.via else None
    if not candidate.holder_text and candidate.holder_entity_id is None or source is not None and (
            candidate.holder_text == source["text"]):
        same = same_body_topic(body, everyone, candidate.start)
        if same is not None:  # 読売新聞によると、…、同県警では、…としている: the police named before
            return with_holder(candidate, same)
    place = place_topic(body, people, candidate.start)
    if place is not None and place[1] != candidate.holder_text:  # 同社は…保有するが、同県は…を求め: the prefecture
        return with_holder(candidate, place)
    topic = topic_over_subject(body, people, candidate.start, candidate.end, candidate.cue) \
        if candidate.attribution == "indirect" else None
    if topic is not None:  # 日本スケート連盟は、荒川選手が…辞退したと発表した: the federation's, the skater in it
        found, begin = topic
        return replace(with_holder(candidate, (found.entity_id, found.text)), start=begin, text=body[begin:candidate.end])
    owner = account_owner(body, people, candidate.start, candidate.cue) if candidate.attribution != "direct" else None
    if owner is not None and owner[1] != candidate.holder_text:  # 岡山県警による発表では、容疑者は…とした
        return with_holder(candidate, owner)
    return candidate


def cut_in_title(body: str, text: str | None, before: int) -> str | None:
    """The name a holder cut inside an office word stands for (二階総務 of 二階総務会長 → 二階), or None."""
    at = body.rfind(text, max(0, before - 120), before) if text and re.match(r"[\u4e00-\u9fff]", text[-1]) else -1
    if at < 0:
        return None
    run = re.match(r"[\u4e00-\u9fff]{1,4}", body[at + len(text) : before])
    name = strip_title(text + run.group(0)) if run is not None else text
    cut = text[len(name):]
    if not (2 <= len(name) < len(text) and text.startswith(name)):
        return None
    return name if any(office.startswith(cut) and office != cut and office in cut + run.group(0)
                       for office in _LONG_OFFICES) else None


_LONG_OFFICES = tuple(word for word in OFFICE_WORDS if len(word) >= 3)
