"""A claim told through a source whose own clause names who speaks: 読売新聞によると、この高校の校長は「…」と
コメントしている; 日本経済新聞によれば、同社は…としている; 産経新聞によると、同社は…と判断.

When the holder read is the source itself, the topic that opens the clause right after the source — people or a body,
or a が-subject with a verb of saying or a stance taken and only a day between it and the claim (…によれば、元請け業者が
…ことを認めている) —
named by an entity, by what they are (この高校の校長, 被告の2社) or by 同X for the body named before — holds
the claim, and the source stays its `via`. Not a thing or a time (…によると、原因は…としている, 今後は…), a place
(…によると、町では), a judgement in the passive (…によると、Bは…と見られている: the source's judgement) or a forecast
(…によると、Bは…就任する見通し), nor an
outlet's own report (…によると、Bは…と報じている: the outlet reports B), unless B is an outlet too (ABCによれば、地元の
テレビは…と報じた: the one told of holds its report). A setting may stand between the source and
the topic (…によると、一方で、元生徒の父親は, …によると申し立ての中で同社は), and so may what it speaks of or to
(…の商標について、同市は; 聴取に対し、同社旧経営陣は); a body named in brackets after what it is
holds by its name (…運営会社で…申請している「大阪シティドーム」は → 大阪シティドーム); and with a verb only someone
does or a stance taken (話す, 言う, 明らかにする, 発表する, 認める: not …としている, a thing's estimate) the topic holds however it is named
(…によると、戒告処分となった巡査は「…」と話している → 戒告処分となった巡査).
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.claims.candidate import HOLDER_TYPES
from core.claims.from_clauses import HEDGED
from core.claims.hearsay import FORECAST
from core.claims.holders import SPEAKER_END, titled_person, without_asides
from core.claims.reported import PASSIVE
from core.claims.sources import TOLD_WHERE
from core.claims.report_tellers import is_outlet
from core.claims.reports import OUTLET_NAME
from core.clauses.phrases import phrases
from core.clauses.titles import strip_title
from core.clauses.body_references import PUBLIC_BODY, refers_to_a_body
from core.clauses.referents import referred
from core.clauses.spans import SpanIndex
from core.nlp.offices import OFFICE_WORDS
from core.sentences import sentence_spans

# The source a sentence opens with (after a connective or a day): …によると、 …によれば、 …の発表によると
# (not …によるとした上で: what a thing is owing to, 金属粉が混入したことによるとした上で)
_SOURCE = re.compile(r"(?:(?:の発表|の報道|の声明|の話|の調べ)?(?:によると|によれば)(?!し)|" + TOLD_WHERE + r")、?")
# What may close a name before its topic particle: a title, 側, ら, an aside
_AFTER_NAME = re.compile(r"(?:[(（][^()（）]{1,20}[)）])?(?:" + "|".join(OFFICE_WORDS) + r"|氏|さん|側|ら|たち)?")
# Words that open a topic that is a thing, a time or a matter, never a speaker: 今回の…, 今後, この決定…
_NOT_A_SPEAKER = re.compile(r"^(?:今回|今後|今年|今月|次回|当面|現在|これ|それ|原因|理由|背景|結果|内容|被害|事故|事件|同日|同年|同月)")
# An outlet's own report (…と報じている, …と伝えた), not words told to someone (…ことを取引先に伝えた)
_OUTLET_REPORT = re.compile(r"^(?:と|こと|を)?(?:報じ|報道)|^と?伝え")


def topics_after_sources(body: str, mentions: list, found: list) -> list:
    """The claims whose holder was read as their source, held instead by the topic named right after the source."""
    if not any(c.via and _source_holds(c) for c in found):
        return found
    held = TopicsAfterSources(body, mentions)
    return [held(candidate) for candidate in found]


class TopicsAfterSources:
    """topics_after_sources for one claim at a time, the article's mentions and sentences read once: a reader that
    asks about claim after claim (core.claims.referred_sources) would otherwise read them again for each."""

    def __init__(self, body: str, mentions: list):
        self.body, self.index, self.spans = body, SpanIndex(mentions, HOLDER_TYPES), sentence_spans(body)

    def __call__(self, candidate):
        """The claim, held by the topic named right after its source when its holder was read as that source."""
        holder = _topic_holder(self.body, self.index, self.spans, candidate) \
            if candidate.via and _source_holds(candidate) else None
        return replace(candidate, holder_entity_id=holder[0], holder_text=holder[1]) if holder else candidate


def _source_holds(candidate) -> bool:
    """Whether the holder read is the claim's first source (朝日新聞 for 朝日新聞によると、…)."""
    source = candidate.via[0]
    if candidate.holder_entity_id and candidate.holder_entity_id == source.get("entity_id"):
        return True
    return bool(candidate.holder_text) and candidate.holder_text == source.get("text")


def _topic_holder(body: str, index: SpanIndex, spans: list, candidate) -> tuple | None:
    cue = candidate.cue
    if PASSIVE.search(cue) or HEDGED.match(cue) or FORECAST.search(candidate.text):
        return None  # the source's judgement (…と見られている; …就任する見通し, its forecast): the source holds
    reported = _OUTLET_REPORT.match(cue) is not None  # an outlet telling of B: the source holds, unless B is an outlet
    s_start = next((a for a, b in reversed(spans) if a <= candidate.start), 0)
    source = None
    for source in _SOURCE.finditer(body, s_start, candidate.start):
        pass  # the last source before the claim
    if source is None or body.count("「", s_start, source.start()) != body.count("」", s_start, source.start()):
        return None
    topic = _opening_topic(body, source.end(), candidate)
    if topic is None:
        return None  # the clause after the source opens with no topic of its own (…によると、7日、…)
    text = _ASKED_FIRST.sub("", without_asides(body[topic.start : topic.end]))  # 鶴見警察署の調べに少年は: the boy
    named_in_brackets = _BRACKETED_NAME.search(text)
    if named_in_brackets is not None:  # …申請している「大阪シティドーム」は: the body by its name
        text = named_in_brackets.group("name")
    if text and body.rfind(text, topic.start, topic.end) > topic.start:
        topic = replace(topic, start=body.rfind(text, topic.start, topic.end))  # names read in what is left only
    if not text or "「" in text or _NOT_A_SPEAKER.match(text):
        return None
    named = [m for m in index.within(topic.start, topic.end) if m.end <= topic.end]
    head = next((m for m in reversed(named) if _AFTER_NAME.fullmatch(body, m.end, topic.end)), None) \
        or titled_person(body, named, topic.start, topic.end)
    if reported:  # ABCによれば、地元のテレビは…と報じた, …によるとロイターが「…」と報じ: the outlet told of reports
        return ((head.entity_id, head.text) if head is not None and is_outlet(head.text, None)
                else (None, text) if head is None and is_outlet(text, None) else None)
    if head is not None:
        if head.type == "GPE" and topic.particle == "では":
            return None  # 中国では: a place, not who speaks
        if any(head.entity_id and head.entity_id == v.get("entity_id") or head.text == v.get("text") for v in candidate.via):
            return None  # NHKによると、NHKは: the source is the topic
        return head.entity_id, head.text
    if text.startswith("同"):
        if not refers_to_a_body(text.removesuffix("側")):
            return None  # 同日は, 同機は: a time or a thing
        named_at = body.rfind(candidate.via[0].get("text") or "", s_start, source.start())  # where the source is named
        body_named = referred(body, index, text.removesuffix("側"), named_at if named_at >= 0 else source.start(), s_start)
        if body_named is not None and text.startswith("同社") and OUTLET_NAME.search(body_named.text) \
                and body_named.text == candidate.via[0].get("text"):
            # 毎日新聞は同社が…と報じた。それによれば、同社では: the company the paper reports on, named before it
            body_named = referred(body, index, text.removesuffix("側"), body_named.start, s_start)
        if body_named is None or OUTLET_NAME.search(body_named.text) or body_named.text == candidate.via[0].get("text") \
                or text.startswith("同社") and PUBLIC_BODY.search(body_named.text):
            return None  # never the outlet that tells it; 同社 is a company, not the court or ministry named last
        return body_named.entity_id, body_named.text  # 同社は: the company named before
    if topic.particle == "では" and not SPEAKER_END.search(text):
        return None  # …によると、被災した九州北部では、…を呼びかけている: a place, not who calls
    if SPEAKER_END.search(text) or strip_title(text) != text or _DONE_BY_SOMEONE.search(cue) or _SAID_OR_TAKEN.match(cue):
        return None, re.sub(r"^(?:この|その|ある)", "", text)  # 研究員の1人は, この高校の校長は, 被告の2社は
    return None


# Verbs only someone does, whatever the topic that does them is called: 話している, 主張した, 明らかにした
_DONE_BY_SOMEONE = re.compile(r"(?:話|語|言|述べ|主張|説明|明らかに|明かし|強調|証言|供述|釈明|謝罪|反論|コメント)")
# What the topic answers, written before it with no comma: 警察の調べに少年は, 取材に対し同社は
_ASKED_FIRST = re.compile(r"^[^、。「」]{0,20}?(?:調べ|取材|質問|問い合わせ)に(?:対して|対し)?、?")
# A body named in brackets closing its topic, after what it is: 運営会社で…申請している「大阪シティドーム」
_BRACKETED_NAME = re.compile(r"「(?P<name>[^「」]{2,30})」$")


# Verbs of saying or of a stance taken, which a が-subject opening the clause after the source does (…によると、
# エキスポランドが…休園することを発表した; …によれば、元請け業者が…ことを認めている), not an event it tells
_SAID_OR_TAKEN = re.compile(r"^(?:を|こと|と)?(?:も)?(?:話|語|述べ|主張|説明|明らかに|明かし|強調|証言|釈明|謝罪|反論|コメント|"
                            r"発表|表明|認め|示唆|否定|要求|要請|批判|非難|歓迎|抗議|激励|呼びかけ|促[さしすせそ])")
# What may stand between a が-subject and the claim it makes: a day or a time, never a clause of its own (…によると、
# 管制官が…を指摘したところ、同機は「…」: the plane's crew speaks; 2人が通っている高校の校長は: the head)
_ONLY_A_DAY = re.compile(r"(?:[0-9０-９]{1,4}(?:年|月|日|時|分)(?:午前|午後|夜|朝)?|同日|今月|先月|昨年|今年|前日|に|、)*")


def _opening_topic(body: str, at: int, candidate):
    """The topic opening the clause at the source's end (…によると、Bは), past settings (一方で、, 申し立ての中で), or None;
    a topic opening the claim itself counts when a comma sets it off (…によると、元生徒の父親は、…と主張している). With a
    verb of saying or a stance taken, a が-subject does too when no topic follows it (…によると、Bが…を発表した; a が
    in a clause on the topic, …によると、Bが設立したC社は, is C's)."""
    subject = None
    for phrase in phrases(body, at, candidate.end, 4):
        if (phrase.group == "other" and phrase.particle in ("で", "に") or phrase.group in ("object", "about", "addressee")) \
                and "「" not in body[phrase.start : phrase.end] and phrase.end <= candidate.start:
            continue  # 一方で、, 吹田市に(あるC): where or when, not who; 会社更生法を申請している「…」は: what the topic did; 商標について、
            # 聴取に対し、: what the topic speaks of or to
        opens_claim = phrase.start == candidate.start and phrase.comma and phrase.particle == "は"  # 元生徒の父親は、…
        if phrase.group == "topic" and (phrase.end <= candidate.start or opens_claim):
            return phrase
        if phrase.group == "subject" and subject is None and (_SAID_OR_TAKEN.match(candidate.cue) or _OUTLET_REPORT.match(candidate.cue)) \
                and phrase.end <= candidate.start and _ONLY_A_DAY.fullmatch(body, _past_addressees(body, phrase.after, candidate),
                                                                      candidate.start):
            subject = phrase
            continue
        break
    return subject


def _past_addressees(body: str, at: int, candidate) -> int:
    """Where the clause after a が-subject goes on past those it speaks to (…候補が、A候補とB候補に対し、…よう激励):
    the addressees are no clause of their own between the subject and its claim."""
    for phrase in phrases(body, at, candidate.start, 4):
        if phrase.group not in ("addressee", "partner") or phrase.end > candidate.start:
            break
        at = phrase.after
    return at
