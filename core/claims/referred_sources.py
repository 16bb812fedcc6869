"""A source told by reference: それによれば, これによると, 同紙によると, 同社の発表によれば, 発表によると. The word points
back to a report or a body named before, so the claim comes through that body, never through the word itself: それ and
a bare 発表 or 声明 are the report the sentence before tells (毎日新聞は…と報じた。それによれば、… → 毎日新聞; 政府は
報告書を公表した。それによると、… → 政府), 同紙 and 同社 the body of that kind named before.

The body found becomes the claim's `via`; when no holder was read for the claim, the body holds it too (a holder carried
over from the sentence before is most often that body already), and core.claims.after_source then hands it to the topic the
clause after the source opens with (それによれば、東京電力は、…としており → the company, via the paper). A body that holds
what it tells itself is no source of its own (同研究所によれば、…としている: the institute's, with no `via`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.claims.after_source import TopicsAfterSources
from core.clauses.body_references import OUTLET, refers_to_a_body
from core.clauses.referents import referred
from core.claims.mention_views import MentionViews, views_of
from core.clauses.spans import SpanIndex
from core.scan import skipping
from core.sentences import LONGEST
from core.text import previous_sentence_start, sentence_end, sentence_start

# The word that refers back, opening a clause, then what of it the claim comes from, then によると: それによれば,
# 同紙の報道によると (not 時事通信の報道によると: a source by its name)
_REFERRED = re.compile(r"(?<![^。、\n])(?P<word>それ|これ|同[\u4e00-\u9fff\u30a1-\u30faー]{1,6}?|発表|声明)"
                       r"(?:の(?:発表|報道|声明|記事|調べ|説明|報告|話))?(?:によると|によれば)、?")
# core.scan's skipping twin, the same matches: the look-behind first left re to try the pattern at every letter of
# every article (the step's first search runs over the whole body), now only at those a match can begin with
_REFERRED = skipping(_REFERRED)
# The words that stand for the report the sentence before told, not for a body by its kind (a bare 報道によれば is
# reports at large, no one report)
_THE_REPORT = ("それ", "これ", "発表", "声明")
# The words 同 makes for an outlet: 同紙, 同誌, 同通信, 同放送 (not 同局: a bureau as often)
_OUTLET_WORDS = ("紙", "誌", "新聞", "通信", "通信社", "放送")
# A body or person the sentence before opens with as its topic or subject: 政府は, 毎日新聞が
_TOPIC_AFTER = re.compile(r"(?:[(（][^()（）]{1,20}[)）])?(?:は|が)")


def referred_sources(body: str, mentions: list, found: list, views: MentionViews | None = None) -> list:
    """The claims after a source told by reference, with the body it points back to as their `via` (and as their
    holder when none was read)."""
    if _REFERRED.search(body) is None:
        return found
    index = views_of(mentions, views).holders
    after_source = None
    out, last_told = [], {}  # last_told: each sentence's start → its last claim with a holder, so far
    for candidate in found:
        s_start = sentence_start(body, candidate.start, LONGEST)
        source = None
        for source in _REFERRED.finditer(body, s_start, candidate.start):
            pass  # the last source before the claim
        teller = _teller(body, index, last_told, source, s_start) if source is not None else None
        named = _named_in(body, candidate, s_start)
        if teller is None or named and _same(teller, candidate.holder_entity_id, candidate.holder_text) \
                or any(_same(teller, v.get("entity_id"), v.get("text")) for v in candidate.via):
            _append(out, last_told, candidate, s_start)  # the speaker is not their own source (それによれば、首相は)
            continue
        via = [{"entity_id": teller[0], "text": teller[1]}] + candidate.via
        nobody = not candidate.holder_text and candidate.holder_entity_id is None
        told = replace(candidate, via=via, holder_entity_id=teller[0], holder_text=teller[1]) if nobody else \
            replace(candidate, via=via)
        if _same(teller, told.holder_entity_id, told.holder_text):  # the source holds, unless a topic follows it
            after_source = after_source or TopicsAfterSources(body, mentions)
            told = after_source(told)
            if _same(teller, told.holder_entity_id, told.holder_text):
                told = replace(told, via=candidate.via)  # 同研究所によれば、…としている: the institute, no source
        _append(out, last_told, told, s_start)
    return out


def _append(out: list, last_told: dict, candidate, s_start: int) -> None:
    """Adds a claim read, kept as its sentence's last claim with a holder when it has one (the report a それによれば in
    the sentence after points back to): looked up by sentence, never by reading every claim before."""
    out.append(candidate)
    if candidate.holder_entity_id or candidate.holder_text:
        last_told[s_start] = candidate


def _teller(body: str, index: SpanIndex, last_told: dict, source: re.Match, s_start: int) -> tuple | None:
    """(entity id, text) of the body the source's word points back to, or None."""
    word = source.group("word")
    if word not in _THE_REPORT:
        if not refers_to_a_body(word):
            return None  # 同日によると: no body
        found = referred(body, index, word, source.start(), s_start)
        if found is None or word.endswith(_OUTLET_WORDS) and not OUTLET.search(found.text):
            return None  # 同紙によれば: a paper named before, never the police the paper wrote of
        return found.entity_id, found.text
    p_start = previous_sentence_start(body, s_start, LONGEST)
    told = last_told.get(p_start) if p_start < s_start else None
    if told is not None:  # 毎日新聞は…と報じた。それによれば: the one whose report the sentence before told
        return told.holder_entity_id, told.holder_text
    topic = next((m for m in index.within(p_start, s_start) if _TOPIC_AFTER.match(body, m.end)), None)
    return (topic.entity_id, topic.text) if topic is not None else None


def _same(teller: tuple, entity_id: str | None, text: str | None) -> bool:
    """Whether a holder (entity id, text) is the teller found, by its entity or its name (日本大使館 for 在チュニジア日本大使館)."""
    return bool(entity_id) and entity_id == teller[0] or bool(text) and bool(teller[1]) and (
        text in teller[1] or teller[1] in text)


def _named_in(body: str, candidate, s_start: int) -> bool:
    """Whether the holder read is written in the claim's own sentence (before it or after it: …と情報筋が語った)."""
    text = candidate.holder_text
    return bool(text) and body.find(text, s_start, sentence_end(body, candidate.end, LONGEST)) >= 0
