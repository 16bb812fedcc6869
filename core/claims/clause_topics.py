"""Topics that open a claim's clause and may hold it over the holder read so far: a topic announcing a clause
with its own が-subject (日本スケート連盟は同日、荒川選手が、…辞退したと発表した; a が-subject naming the press
conference it spoke at, Xが会見で、Yが…としている), a place a 同県は stands for, a topic
written with a bracketed aside (国立感染症研究所(感染研)は), a topic at the claim's own head (雷句誠さんは…) and a body
written as 同X right before the claim (同県警では、…). core.claims.tellers weighs them against the verb.
"""

from __future__ import annotations

import re

from core.claims.candidate import HOLDER_TYPES
from core.clauses.body_references import BODY_NOUN, refers_to_a_body
from core.clauses.referents import referred
from core.sentences import LONGEST
from core.text import last_match, sentence_start

# What may follow a name before its particle: a title, an aside in brackets (アナウンサー(31))
_NAME_TAIL = r"[\u4e00-\u9fff\u30a1-\u30faー]{0,8}?(?:[(（][^()（）「」、。]{1,12}[)）])?"
# A name and its が, the subject of the clause it opens: 高島彩アナウンサー(31)が
GA_AFTER_NAME = re.compile(_NAME_TAIL + "が、?")


def named_within(people: list, start: int, end: int) -> tuple[str | None, str] | None:
    """(entity id, text) of the last mention inside start..end, or None."""
    inside = [m for m in people if start <= m.start and m.end <= end]
    return (inside[-1].entity_id, inside[-1].text) if inside else None


# Verbs of saying a topic uses of a clause with its own が-subject: Xは、Yが…と発表した
_TOPIC_CUE = re.compile(r"^(?:を|ことを)?(?:発表|公表|明らかにし|述べ|語っ|話し|説明|強調|指摘|主張|表明|伝え|報じ|した$|している$)")
_TOPIC_AFTER_NAME = re.compile(_NAME_TAIL + "(?:側|ら)?は、?")
# The setting a が-subject spoke in, written before the clause it announces: Xが(行った)会見で、Yが…としている
_SPOKEN_SETTING = re.compile(r"(?:記者会見|会見|インタビュー|声明|演説|談話)(?:の中)?で、")
_SAID_BETWEEN = re.compile(r"と(?:述べ|語|話|発表|説明|強調|指摘|主張)|によると|によれば|では、")
_TOLD_ON = re.compile(r"[ぁ-ゖ]{0,4}?、?(?:(?:と|ことを|ことも)、?(?:伝え|報じ|述べ|語|話|明らかに|発表|説明)"
                      # …が…と表明したことを批判した, ことについて抗議した: the report made a noun the topic speaks of
                      r"|こと(?:を|について|に関して|に対し|に対して|に|へ))")


def topic_over_subject(body: str, people: list, start: int, end: int, cue: str):
    """(topic mention, where the claim begins) when a claim read from a が-subject right before it (荒川選手が、
    …辞退した) belongs to the sentence's topic that announces it (日本スケート連盟は同日、荒川選手が、…辞退したと
    発表した: the federation's, and the skater is part of what it said), else None."""
    if not _TOPIC_CUE.match(cue):
        return None
    at = body.find(cue, end, end + 40)
    if at < 0 or _TOLD_ON.match(body, at + len(cue)):
        return None  # …が…と語ったと伝えた: the inner verb is the subject's own
    s_start = sentence_start(body, start, LONGEST)
    speakers = [m for m in people if s_start <= m.start and m.end <= start and m.type in HOLDER_TYPES]
    subject = next((m for m in reversed(speakers) if GA_AFTER_NAME.fullmatch(body, m.end, start)
                    or _inner_topic(body, m, s_start, start)), None)
    if subject is None:
        return None
    topic = next((m for m in reversed(speakers) if m.end <= subject.start and (
        _TOPIC_AFTER_NAME.match(body, m.end) and body[m.end : m.end + 12].find("は") >= 0
        or _spoke_in_setting(body, m.end, subject.start))), None)
    if topic is None or topic.entity_id is not None and topic.entity_id == subject.entity_id:
        return None
    if _SAID_BETWEEN.search(body, topic.end, subject.start):
        return None  # Xは…と述べ、Yが…: another report between them
    return topic, subject.start


# A topic of the told clause after the sentence's topic's own clause went on (Xは…と比較し、Yは…と指摘している)
_INNER_TOPIC = re.compile(_NAME_TAIL + "は、?")
_CONTINUED = re.compile(r"[^、。]し、$")
# A person's name standing for what they lead (安倍政権は): a topic told of, not a speaker
_LED_BY = re.compile(r"政権|政府|内閣|陣営")


def _inner_topic(body: str, mention, s_start: int, start: int) -> bool:
    """Whether a mention is the は-topic of the clause told, right after the sentence's own topic's clause went on
    with し、 (沖縄タイムスは…と比較し、安倍政権は…と指摘している; 首相は会見し、フランスは…だとした). A person
    named as themself there (…声明を出し、ケリー国務長官は…と述べた) is a speaker of their own."""
    found = _INNER_TOPIC.fullmatch(body, mention.end, start)
    if found is None or not _CONTINUED.search(body, s_start, mention.start):
        return False
    return mention.type != "PERSON" or _LED_BY.match(body, mention.end) is not None


def _spoke_in_setting(body: str, end: int, subject: int) -> bool:
    """Whether a name ending at end is a が-subject that held the press conference or interview (or gave the
    statement) in which the clause at subject is told: KDDIの小野寺正社長が…行った会見で、KDDIが…を検討するとしている
    is the president's word on the company, not the company's."""
    if not GA_AFTER_NAME.match(body, end):
        return False
    setting = _SPOKEN_SETTING.search(body, end, subject)
    return setting is not None and not _SAID_BETWEEN.search(body, end, setting.start())


# A local government that opens the clause of a claim by its kind alone: …保有するが、同県は…を求め
_PLACE_TOPIC = re.compile(r"(?:同)?(?P<kind>[県市町村州])(?:側)?(?:は|も)、?")


def place_topic(body: str, people: list, start: int):
    """(entity id, text) of the prefecture, city, town or village a 同県は/県は opening the claim's clause stands
    for (the last one named before, at most LONGEST letters back), when that clause has no other topic; else None."""
    s_start = sentence_start(body, start, LONGEST)
    clause = max(s_start, body.rfind("、", s_start, start) + 1)
    if clause == start:  # 同県は、…: the comma after the topic itself
        clause = max(s_start, body.rfind("、", s_start, start - 1) + 1)
    found = _PLACE_TOPIC.match(body, clause, start)
    if found is None or "は" in body[found.end() : start] or body[found.end() : start].count("が"):
        return None
    kind, at = found.group("kind"), found.start("kind")
    floor = max(0, at - LONGEST)  # as _local_government: a page of 市は… clauses is not read back to its start for each
    while (at := body.rfind(kind, floor, at)) > 0:  # the last one named: 福井県内 → 福井県
        begin = at
        while begin > 0 and at - begin < 4 and "\u4e00" <= body[begin - 1] <= "\u9fff" and body[begin - 1] not in "都道府県同":
            begin -= 1
        if begin < at and not body.startswith(("庁", "警", "議", "民", "場", "街", "況"), at + 1) \
                and body[begin - 1 : begin] != "同":  # not 県警, 市民, 市場: another word
            named = named_within(people, begin, at + 1)
            return named or (None, body[begin : at + 1])
    return None


# A topic written with an aside in brackets: 国立感染症研究所(感染研)は, 金奎一(キム・ギュイル)代表(73)は
_ASIDED_TOPIC = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30faーA-Za-z・])(?P<name>[\u4e00-\u9fff\u30a1-\u30faーA-Za-z・]{2,20})"
                           r"[(（][^()（）「」、。]{1,20}[)）](?P<title>[\u4e00-\u9fff]{0,6}?)(?:[(（][0-9０-９]{1,3}(?:歳|才)?[)）])?"
                           r"(?:ら|側)?は、?")
_BODY_END = re.compile(r"(?:研究所|委員会|協会|連盟|機構|政府|当局|省|庁|局|社|党|団|院|所|会|署|警察|大学)$")
# Its own topic at the head of a claim read from the sentence's start: 雷句誠さんは自身のブログで…を示唆
_HEAD_TOPIC = re.compile(r"(?:さん|氏|[\u4e00-\u9fff]{0,6}?)(?:ら|側)?は、?")


def asided_topic(body: str, people: list, start: int, holder: str | None) -> tuple[str | None, str] | None:
    """(entity id, text) of a topic written with a bracketed aside (an abbreviation, a reading, an age) that
    opens the claim's clause after its source or after the holder read so far (在日朝鮮人も…、金奎一(キム・
    ギュイル)代表(73)は「…」), or None."""
    s_start = sentence_start(body, start, LONGEST)
    found = last_match(_ASIDED_TOPIC, body, s_start, start)
    if found is None or "は" in body[found.end() : start]:
        return None
    if holder and found.start() <= body.rfind(holder, s_start, start):
        return None  # the holder is named after it, nearer the claim
    named = [m for m in people if m.type in ("PERSON", "ORG") and found.start("name") <= m.start and m.end <= found.end("name")]
    if named:
        return named[-1].entity_id, named[-1].text
    name = found.group("name")
    return (None, name) if _BODY_END.search(name) or found.group("title") else None  # a body, or a person with a title


def head_topic(body: str, people: list, start: int, end: int):
    """(mention, where the claim begins after it) when a claim starts with its own topic (雷句誠さんは…), else None."""
    for mention in people:
        if mention.start == start and mention.type in ("PERSON", "ORG"):
            topic = _HEAD_TOPIC.match(body, mention.end, end)
            if topic is not None and topic.end() < end - 2:
                return mention, topic.end()
    return None


# A body written as 同X opening the claim's clause: 同県警では、…としている, 同社は…
_SAME_BODY_TOPIC = re.compile(r"(?P<title>同[\u4e00-\u9fff\u30a1-\u30faー]{1,6}?)(?:では|は|も)、?")


def same_body_topic(body: str, everyone, start: int):
    """(entity id, text) of the body a 同X topic right before the claim refers back to (同県警では、… → 神奈川県警),
    or None."""
    s_start = sentence_start(body, start, LONGEST)
    found = last_match(_SAME_BODY_TOPIC, body, s_start, start)
    title = found.group("title") if found is not None else ""
    if found is None or found.end() != start or not (refers_to_a_body(title) or BODY_NOUN.search(title)):
        return None
    named = referred(body, everyone, title, found.start(), s_start)
    return (named.entity_id, named.text) if named is not None and named.type == "ORG" else None
