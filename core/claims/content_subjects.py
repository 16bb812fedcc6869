"""The が-subject a reported claim opens on is the subject of what was said, not who said it, when the sentence's
topic is named before it: 岸田首相は先月就任したアルバニージー氏が、…日本を選んだことに感謝の意を表明した (Kishida
thanked Albanese); ロシュ社は18日、他社が製造することを認める用意があると表明した (Roche, of other makers).

Japanese writes the speaker of a reported clause as the topic (Xは) and the subject inside the clause with が; a
reported clause that opens right after Yが has Y as its own subject. So a claim read with a holder written as a が-subject
right before it (its title, its age and a comma may come between) is held instead by the topic named before it in its
sentence: an entity, followed by its title and は, not inside a quote nor a の phrase (ライス長官の声明では is no topic),
in the same clause as the が-subject (no comma between them but after a day). A claim an outlet tells of
(CNNは、USGSが…を修正したことを発表した、と伝えた) stays its subject's: the topic reports it; and so does a claim
whose own verb of saying is made the matter the topic answers (Xは、Yが…と主張したことを非難した: Y claimed it).
Quotes keep their readers' choice (Xは会見し、Y社長が「…」と述べた: the person speaks for the body), and so do claims
whose topic is a setting or a thing (この投票では、大統領反対派が…) or which no topic before them names. A topic no
entity names holds them too when it is people or a bare title opening the sentence (首相は米国が協力すると述べた: 首相;
遺族は放水銃が原因であることは明白であるとし, read with no holder: 遺族), not a thing (会議は, 事故は).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from core.claims.mention_views import MentionViews, views_of
from core.claims.governing import Sentence
from core.claims.described_subjects import PEOPLE_WORD
from core.claims.holders import NOT_A_HOLDER, NOT_A_NAME, SPEAKER_END, title_after
from core.model import Mention
from core.nlp.offices import OFFICE_WORDS
from core.sentences import LONGEST
from core.text import sentence_end, sentence_start, shared_sentence_start

# What may come between a name and its が: an age or a reading in brackets, ら (樋口公一社長(45)が、)
_BEFORE_GA = re.compile(r"(?:[(（][^()（）。]{1,20}[)）])?(?:ら|たち)?が、?")
# A report of the claim's report: the topic tells what its subject said (…と発表したと伝えた, …を示したと伝えている)
_TOLD_ON = re.compile(r"[たるいだ]、?と(?:も)?(?:伝え|報じ|報道)")
# The claim's own verb of saying made a noun by こと, the matter the topic answers: Xは、Yが…と主張したことを非難した
# (Y claimed it; X condemns the claiming)
_SAYING_ANSWERED = re.compile(r"(?:など)?と(?:も)?、?[^、。「」]{0,12}?[たるい](?:こと|事)")
# What may come between a topic's name and its は past its title: an honorific, 社 or 側 (ロシュ社は; an aside in
# brackets is read past by core.claims.governing)
_BEFORE_WA = re.compile(r"(?:氏|さん|社|側)?")


def topics_over_content_subjects(body: str, mentions: list, found: list, views: MentionViews | None = None) -> list:
    """found, each reported claim held by the が-subject it opens on held instead by its sentence's topic."""
    holders = views_of(mentions, views).holders  # (read, never changed: the steps after read them too)
    people, starts = holders.items, holders.starts
    read: dict[int, Sentence] = {}
    for claim in found:
        if claim.attribution == "direct":
            continue
        s_start = sentence_start(body, claim.start, LONGEST)  # a page with no 。: read no further back than that
        if not (claim.holder_entity_id or claim.holder_text):
            _opening_word_topic(body, claim, s_start)  # 遺族は放水銃が…明白であるとし: the bereaved hold it
            continue
        # its end sought no further on than LONGEST, as its start: a page with no 。 is not read to its end for each claim
        s_end = sentence_end(body, claim.end, LONGEST)
        if _TOLD_ON.search(body, claim.end, s_end) or _SAYING_ANSWERED.match(body, claim.end):
            continue
        # the holders of its sentence before it: a slice, not the article's every mention for every claim
        sentence = people[bisect_left(starts, s_start):bisect_left(starts, claim.start)]
        subject = _subject_before(body, sentence, claim, s_start)
        if subject is None:
            continue
        shared = shared_sentence_start(body, claim.start, LONGEST)  # (on a page with no 。, one for many claims)
        if shared not in read:
            read[shared] = Sentence(body, shared, sentence_end(body, shared, LONGEST))
        topic = _topic_before(body, sentence, read[shared], subject.start)
        if topic is not None and not _same(topic, subject) and _one_clause(body, topic.end, subject.start):
            claim.holder_entity_id, claim.holder_text = topic.entity_id, topic.text
        elif topic is None:
            word = _word_topic(body, s_start, subject.start)  # (read no further than the subject: it ends before it)
            if word is not None and _one_clause(body, word.end(), subject.start):
                # 首相は米国が協力すると述べた, no 首相 named before: the title says it, 米国 is what it tells of
                claim.holder_entity_id, claim.holder_text = None, word.group("name")
                claim.start, claim.text = subject.start, body[subject.start : claim.end]
    return found


# A sentence opening on a topic no entity names, people or a bare title: 首相は, 遺族は, 一方、政府は, 委員会は18日、
# (one word: a の phrase, 同省の担当者は, is not read)
_WORD_TOPIC = re.compile(r"(?:(?:一方|また|さらに|これに対し(?:て)?|これを受けて?)、)?(?P<name>[\u4e00-\u9fff\u30a1-\u30faー]{2,8})は"
                         r"(?:[0-9０-９]{1,2}日)?、?(?![、はがもの])")
_FAMILY = re.compile(r"(?:遺族|家族|親族)$")


def _word_topic(body: str, s_start: int, limit: int) -> re.Match | None:
    """The people or the bare title a sentence opens with as its topic, before limit, else None."""
    found = _WORD_TOPIC.match(body, s_start, limit)
    if found is None:
        return None
    name = found.group("name")
    if NOT_A_HOLDER.search(name) or NOT_A_NAME.match(name) or not (
            name in OFFICE_WORDS or SPEAKER_END.search(name) or PEOPLE_WORD.search(name) or _FAMILY.search(name)):
        return None
    return found


def _opening_word_topic(body: str, claim, s_start: int) -> None:
    """A claim no holder was read for that opens its sentence on a topic of people or a bare title followed by its
    matter's own が-subject (遺族は放水銃が…明白であるとし): the topic holds it and is cut from its span."""
    if claim.start != s_start:
        return
    word = _word_topic(body, s_start, claim.end)
    if word is None or "が" not in body[word.end() : claim.end] or claim.end - word.end() < 4 \
            or body[word.end()] in "「『":
        return
    claim.holder_text = word.group("name")
    claim.start, claim.text = word.end(), body[word.end() : claim.end]


def _subject_before(body: str, sentence: list, claim, s_start: int):
    """The claim's holder when it is written as the が-subject right before the claim (past its title), else None;
    a holder no entity names (他社が) as a mention of its words. sentence: the holders its sentence names before it."""
    for m in reversed(sentence):
        if m.end > claim.start:
            continue
        if not _is_holder(m, claim):
            continue
        title = title_after(body, m.end)
        at = title.end() if title is not None else m.end
        return m if _BEFORE_GA.fullmatch(body, at, claim.start) else None
    if claim.holder_entity_id or not claim.holder_text:
        return None
    at = body.rfind(claim.holder_text, s_start, claim.start)
    if at < 0 or not _BEFORE_GA.fullmatch(body, at + len(claim.holder_text), claim.start):
        return None
    return Mention(at, at + len(claim.holder_text), claim.holder_text, "ORG", source=None)


def _topic_before(body: str, sentence: list, read: Sentence, before: int):
    """The first entity named as a topic (its title, then は) at its sentence's top level (core.claims.governing:
    outside quotes and asides, not the owner in a の phrase) before `before`."""
    for subject in read.subjects:
        if subject.end > before:
            return None
        if subject.particle != "は":
            continue
        for m in sentence:
            if subject.name_start <= m.start and m.end <= subject.end:
                title = title_after(body, m.end)
                if _BEFORE_WA.fullmatch(body, title.end() if title is not None else m.end, subject.end):
                    return m
    return None


# A day set off by a comma after the topic (ロシュ社は18日、): no clause of its own
_DAY = re.compile(r"[0-9０-９]{1,2}日(?:[(（][^()（）。]{1,12}[)）])?、")


def _one_clause(body: str, topic_end: int, subject_start: int) -> bool:
    """Whether the topic and the が-subject are in one clause: no comma between them but after a day (not …を抑えられず、
    14日には数千人が…を要求: the crowd's clause, after the topic's ended)."""
    return "、" not in _DAY.sub("", body[topic_end:subject_start])


def _is_holder(mention, claim) -> bool:
    if claim.holder_entity_id:
        return mention.entity_id == claim.holder_entity_id
    return mention.text == claim.holder_text or bool(claim.holder_text) and claim.holder_text.startswith(mention.text)


def _same(a, b) -> bool:
    return (a.entity_id or a.text) == (b.entity_id or b.text)
