"""A claim's holder is never a name written only inside the claim's own words.

また、この教団が、…を出版する意図を知っていたと認めた: 教団 is what the claim is about, the one who admits
it is the subject carried from the sentence before (ブラッシュ党首は…を認めた). …、アフガニスタンで1人の死者が
あったと報じている: the dead are the report's matter, the outlet of the claim before reports it. When the
holder read is written in the claim's span and nowhere else in its sentence, the claim takes the holder
of the claim told just before it (in its sentence or the one before), else it keeps the one read.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from core.claims.holders import NOT_A_HOLDER, SPEAKER_END, without_asides
from core.claims.reports import outlet_verb
from core.clauses.phrases import phrases
from core.clauses.titles import strip_title
from core.sentences import sentence_at, sentence_spans


# A sentence that goes on from the one before: its subject is the one before's, unless it names another
_GOES_ON = re.compile(r"\s*(?:また|さらに|なお|同時に|加えて|そのうえで|その上で|このほか)、?\s*")


def _names(candidate, mentions: list) -> set:
    """The holder read's text and the texts of its entity's mentions."""
    names = {candidate.holder_text} | {m.text for m in mentions if candidate.holder_entity_id
                                        and m.entity_id == candidate.holder_entity_id}
    names.discard(None)
    names.discard("")
    return names


def _named_at(body: str, candidate, mentions: list) -> int:
    """Where the holder read is first written inside the claim, or -1."""
    found = [at for n in _names(candidate, mentions) if (at := body.find(n, candidate.start, candidate.end)) >= 0]
    return min(found, default=-1)


def _only_inside(body: str, candidate, s_start: int, s_end: int, mentions: list = ()) -> bool:
    """Whether the holder read (its text, or any mention of its entity among the sentence's mentions) is written in
    the claim and nowhere else in its sentence."""
    names = _names(candidate, mentions)
    return any(body.find(n, candidate.start, candidate.end) >= 0 for n in names) \
        and not any(body.find(n, s_start, candidate.start) >= 0 or body.find(n, candidate.end, s_end) >= 0 for n in names)


# The speaker right before a quote: ジヤブ常任理事は「…, 都内在住の無職女性(26)が「… (the words before them and an age left out)
_SAYS_BEFORE = re.compile(r"(?P<name>[^、。「」はがをにでとの]{2,16}?)(?:[(（][0-9０-９]{1,3}(?:歳)?[)）])?(?:は|が)、?$")
_PEOPLE_END = re.compile(r"(?:女性|男性|少年|少女|理事|委員|容疑者|被告|選手|監督|氏|さん)$")
_OPENING = re.compile(r"^(?:その上で|そのうえで|また|さらに|一方で?|なお|ただ|しかし)、?")


def _speaker_before(body: str, mentions: list, s_start: int, start: int):
    """(entity id, text) of the one named as the quote's speaker right before it, or None."""
    named = _SAYS_BEFORE.search(body, s_start, start)
    if named is None:
        return None
    name = _OPENING.sub("", named.group("name"))
    at = named.end("name") - len(name)
    person = next((m for m in mentions if m.type in ("PERSON", "ORG") and at <= m.start and m.end == named.end("name")), None)
    if person is not None:
        return person.entity_id, person.text
    if len(name) >= 2 and (SPEAKER_END.search(name) or _PEOPLE_END.search(name)) and not NOT_A_HOLDER.search(name):
        return None, name
    return None


# A topic that is a time, a thing or a matter, never who speaks: 今回は, 原因は, この事件では
_NOT_A_TOPIC = re.compile(r"^(?:今回|今後|今年|今月|当初|現在|これ|それ|この|その|原因|理由|背景|結果|内容|事件|事故|問題)|(?:日|月|年|時|後|前|中|際|点|こと|もの|ため|場合|結果|問題)$")


def _topic_before(body: str, mentions: list, s_start: int, start: int):
    """(entity id, text, end) of the topic the clause opens with before a reported claim's holder read at start — the first one set
    off by a comma, else the first — when it names people or a body (京都大学医学部附属病院は10月18日に、…が…と発表
    した; 捜査本部では…が…とみている), else None."""
    cut = [p for p in phrases(body, s_start, start) if p.group == "topic" and p.after <= start]
    topic = next((p for p in cut if p.comma), cut[0] if cut else None)
    if topic is None:
        return None
    named = [m for m in mentions if m.type in ("PERSON", "ORG", "GPE", "LOC") and topic.start <= m.start and m.end <= topic.end]
    head = next((m for m in reversed(named) if without_asides(body[m.end : topic.end]) in ("", "側")
                 or strip_title(body[m.start : topic.end]) == m.text), None)
    if head is not None:
        if head.type in ("GPE", "LOC") and topic.particle == "では" and not topic.comma:
            return None  # 中国では…: where it happens
        return head.entity_id, head.text, topic.after
    text = without_asides(body[topic.start : topic.end])
    if not text or "「" in text or text.startswith("同") or _NOT_A_TOPIC.search(text) or NOT_A_HOLDER.search(text):
        return None
    if SPEAKER_END.search(text) or strip_title(text) != text:
        return None, text, topic.after  # 捜査本部では, 研究チームは
    return None


def holders_outside(body: str, found: list, mentions: list = ()) -> list:
    """found with each reported claim whose holder is named only inside its own words held by the claim before,
    and each quote whose holder is named only inside it held by the speaker named right before it; a reported claim
    whose clause opens with a topic naming people or a body is held by that topic (not an outlet's report: …、高橋は…
    一方、…と伝えている tells of her)."""
    spans = sentence_spans(body)
    starts = [a for a, _ in spans]
    ordered = sorted(mentions, key=lambda m: m.start)
    at_mention = [m.start for m in ordered]
    out = []
    for candidate in found:
        at = sentence_at(spans, starts, candidate.start)
        if at < 0 or not candidate.holder_text:
            out.append(candidate)
            continue
        s_start, s_end = spans[at][0], max(spans[at][1], candidate.end)
        if candidate.attribution == "direct":
            local = ordered[bisect_left(at_mention, s_start) : bisect_left(at_mention, s_end)]
            if _only_inside(body, candidate, s_start, s_end, local):
                speaker = _speaker_before(body, local, s_start, candidate.start)
                if speaker is not None:  # ジヤブ常任理事は「アジア連盟としては…」: not the body the quote names
                    candidate = replace(candidate, holder_entity_id=speaker[0], holder_text=speaker[1])
        elif not outlet_verb(candidate.cue) and _only_inside(body, candidate, s_start, s_end, local := ordered[bisect_left(at_mention, s_start) : bisect_left(
                at_mention, s_end)]) and (named_at := _named_at(body, candidate, local)) > s_start and (topic := _topic_before(
                    body, ordered[bisect_left(at_mention, s_start) : bisect_left(at_mention, named_at)], s_start, named_at)):
            # 京都大学医学部附属病院は…、40歳代の女性患者が…と発表した: the hospital announces, the patient is its matter;
            # a claim read from before that topic starts after it
            entity_id, text, after = topic
            start = max(candidate.start, after)
            candidate = replace(candidate, holder_entity_id=entity_id, holder_text=text, start=start,
                                text=body[start : candidate.end])
        elif _GOES_ON.match(body, s_start, candidate.start) and _only_inside(body, candidate, s_start, s_end):
            before = next((c for c in reversed(out) if c.end <= candidate.start and c.holder_text
                           and sentence_at(spans, starts, c.start) >= at - 1), None)
            if before is not None and not _only_inside(body, before, *spans[sentence_at(spans, starts, before.start)]):
                candidate = replace(candidate, holder_entity_id=before.holder_entity_id, holder_text=before.holder_text)
        out.append(candidate)
    return out
