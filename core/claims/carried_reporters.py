"""An outlet's report told on in a later sentence that names no outlet: the outlet carries over.

報じる is what an outlet does. A claim told with と報じた, とも報じている, ことも報じた whose holder was read as
someone inside what is reported (…上場廃止とすることを東証が検討しているとも報じ: the exchange is the report's
matter; …両親は転校も検討しているようだとも報じた: the parents), or as nobody, is the report of the
outlet that told the sentences before (…と「WIRED」が報じた。さらに、…とも報じた → WIRED): of the nearest earlier
claim, the outlet it came through (朝日新聞によると、東証は…。また、…とも報じ → 朝日新聞), else its holder when
that is an outlet by its name or reports with 報じ where an outlet stands. So is a report
whose outlet is written after the claim as 同紙/同誌 (…とも同誌は報じている). A claim whose cue or text ends on more than the
report (…を示唆したと報じた, …考えを明らかにしたと報じている: the one who made it known holds it), a holder that is an outlet
already, a source an outlet (…によると), a body set as the sentence's topic (沖縄タイムスは、…と報じた: maybe an
outlet no list knows) and an outlet named in the sentence before the claim stay as read: the
sentence's own outlet is the other readers' (core.claims.reports). No outlet before → nothing changes.

A report told on with 伝えている or も伝え (…とも伝えている, …ことも伝えた), which anyone may tell, carries the outlet
only when its sentence names nobody before the claim and no source: 同紙では…を挙げている。また、同社が…ことも
伝えている → the paper, not the company; のちに当局は、…と伝えている stays the authority's.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from core.claims.report_tellers import is_outlet
from core.sentences import sentence_spans

# A report's cue: 報じた, 報じている, とも報じた, ことも報じていました, を報じ (not …を示唆したと報じた)
_REPORTED = re.compile(r"^(?:と|こと)?(?:も|を)?報じ")
# The outlet written between the claim and its cue as the one named before: …とも同誌は報じている
_SAME_OUTLET = re.compile(r"(?:と|こと)?(?:も|を)?(?:同紙|同誌|同サイト|同局|同記事|同報道)(?:は|が|で|では)、?$")
# A report told on, which anyone may tell but an outlet tells most (…とも伝えている, …ことも伝えた, …と伝えていた):
# carried over only when the sentence names nobody before the claim (また、同社が…ことも伝えている: the company is its matter)
_TOLD_ON = re.compile(r"^(?:と|こと)?(?:も伝え|を?伝えて(?:いる|いた|おり))")
# A report of what someone made known, its verb closing the claim: …を明らかにした, …と発表した, …を示唆した
_MADE_KNOWN = re.compile(r"(?:話|語っ|述べ|主張|説明|明らかに|明かし|強調|証言|発表|表明|認め|示唆|否定|要求|要請|批判|非難|"
                         r"歓迎|抗議|呼びかけ|コメント)(?:し)?(?:た|ている|ていた|る)$")
# How far from the claim its cue and the words before it are read (a long sentence's claims each read a bounded stretch)
_WINDOW = 120
# How many sentences back the outlet may be named
_REACH = 4


def carried_reporters(body: str, mentions: list, found: list) -> list:
    """The claims told with 報じ whose holder is no outlet, held by the outlet of the nearest report before."""
    if not any(_REPORTED.match(c.cue) or _TOLD_ON.match(c.cue) for c in found):
        return found
    spans = sentence_spans(body)
    starts = [a for a, _ in spans]
    named = sorted((m.start, m.end) for m in mentions if is_outlet(m.text, None))
    mentions_of = {m.entity_id: m.type for m in mentions if m.entity_id}
    outlets, out = ([], []), {}  # outlets: the starts and the (entity id, text) of the reports read so far, in order
    for index in sorted(range(len(found)), key=lambda i: found[i].start):
        candidate = found[index]
        carried = _carried(body, spans, starts, outlets, named, mentions_of, candidate)
        candidate = carried or candidate
        source = next((v for v in candidate.via[:1] if is_outlet(v.get("text"), None)), None)
        if carried is not None:  # …とも報じた carried over is the outlet's report too: the next one told on reaches it
            outlets[0].append(candidate.start)
            outlets[1].append((candidate.holder_entity_id, candidate.holder_text))
        elif source is not None:  # 朝日新聞によると、東証は…: the paper tells the sentence, whoever holds its claim
            outlets[0].append(candidate.start)
            outlets[1].append((source.get("entity_id"), source.get("text")))
        elif _outlet_holder(body, spans, starts, candidate):
            outlets[0].append(candidate.start)
            outlets[1].append((candidate.holder_entity_id, candidate.holder_text))
        out[index] = candidate
    return [out[i] for i in range(len(found))]


def _outlet_holder(body: str, spans: list, starts: list, candidate) -> bool:
    """Whether a claim is an outlet's own: its holder named as an outlet, or a report (報じ) whose holder is named
    where an outlet stands: opening its sentence (「週刊文春」は、…と報じ) or before its cue (…と「WIRED」が報じ)."""
    if not candidate.holder_text:
        return False
    if is_outlet(candidate.holder_text, None):
        return True
    if not _REPORTED.match(candidate.cue):
        return False
    at = bisect_right(starts, candidate.start) - 1
    if at < 0:
        return False  # no sentence holds the claim (a blank text)
    s_start, cue_at = _sentence_and_cue(body, spans[at], candidate)
    before_cue = cue_at >= 0 and candidate.holder_text in body[candidate.end : cue_at]
    return before_cue or candidate.holder_text in body[s_start : min(candidate.start, s_start + 30)]


def _sentence_and_cue(body: str, span: tuple, candidate) -> tuple[int, int]:
    """The start of the claim's sentence (span) and where its cue is written after the claim in it (-1: nowhere near)."""
    return span[0], body.find(candidate.cue, candidate.end, min(span[1], candidate.end + _WINDOW))


def _carried(body: str, spans: list, starts: list, outlets: list, named: list, mentions_of: dict, candidate):
    told_on = _REPORTED.match(candidate.cue) is None
    if told_on and _TOLD_ON.match(candidate.cue) is None or candidate.holder_text and is_outlet(candidate.holder_text, None):
        return None
    if told_on and candidate.via:
        return None  # 警察によれば、…と伝えている: the one it came through may tell it
    if any(is_outlet(v.get("text"), None) for v in candidate.via):
        return None  # 毎日新聞によると、…と報じている: the source is the outlet
    if _MADE_KNOWN.search(body, max(candidate.start, candidate.end - 20), candidate.end):
        return None  # …社長が…考えを明らかにしたと報じている: the one who made it known holds it
    at = bisect_right(starts, candidate.start) - 1
    if at < 0:
        return None
    s_start, cue_at = _sentence_and_cue(body, spans[at], candidate)
    if cue_at < 0:
        return None
    between = body[candidate.end : cue_at]
    if not _SAME_OUTLET.search(between):  # …とも同誌は報じている: the outlet named before, whoever the topic
        if between.strip("とこもを、") or _named_in(named, s_start, cue_at) \
                or _OUTLET_BEFORE.search(body, max(s_start, candidate.start - _WINDOW), candidate.start):
            return None  # …と「WIRED」が報じた, 現代ビジネスが、…と報じ: the sentence names its own outlet
        if candidate.holder_text and _teller_topic(body, mentions_of, candidate, max(s_start, candidate.start - _WINDOW)):
            return None  # 沖縄タイムスは、…と報じた, スポーツ報知では…と報じている: a body opening the sentence may be an outlet
        if told_on and candidate.holder_text and candidate.holder_text in body[max(s_start, candidate.start - _WINDOW) : candidate.start]:
            return None  # 当局は、…と伝えている: who is named before the claim may tell it
    earliest = starts[max(0, at - _REACH)]
    last = bisect_left(outlets[0], s_start) - 1  # the reports read so far, in the article's order
    if last < 0 or outlets[0][last] < earliest:
        return None
    entity_id, text = outlets[1][last]
    return replace(candidate, holder_entity_id=entity_id, holder_text=text)


# An outlet named before the claim by what it is or in brackets: 現代ビジネスが、 「週刊文春」は, 同紙では, 毎日新聞デジタルは
_OUTLET_BEFORE = re.compile(r"(?:紙|誌|新聞|通信|ニュース|NEWS|テレビ|放送|サイト|版|メディア|デジタル|ネット|記事|報道|[」』])"
                            r"(?:は|が|では|で|も)(?![^、。]{0,3}(?:ない|ある))")


def _teller_topic(body: str, mentions_of: dict, candidate, s_start: int) -> bool:
    """Whether the holder read is a body (not a person or a place) set as its sentence's topic before the claim: a body
    that tells (沖縄タイムスは、…と報じた) is told from a body reported of (台湾高速鉄道は、…と報じている) by nothing
    written, so it stays; a が-subject is the report's matter (…ことを東証が検討しているとも報じ)."""
    kind = mentions_of.get(candidate.holder_entity_id) if candidate.holder_entity_id else None
    if kind in ("PERSON", "GPE", "LOC"):
        return False
    text = re.escape(candidate.holder_text)
    return re.compile(text + r"(?:[(（][^()（）]{1,20}[)）])?(?:は|では|で)").search(body, s_start, candidate.start) is not None


def _named_in(named: list, start: int, end: int) -> bool:
    """Whether an outlet is named between start and end."""
    at = bisect_right(named, (start, -1))
    return at < len(named) and named[at][0] < end
