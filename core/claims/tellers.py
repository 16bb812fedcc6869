"""Who tells what a sentence reports, when the verb says more than the sentence's topic: a report only an
outlet makes (河北によると、VICSは…と報じている: 河北, not VICS), a body's own account (岡山県警による発表では、
容疑者は…とした: the police, not the suspect) and a quote inside a quote (幹事長は「首相も『考えていない』と
言って…」と述べた: the inner words are the prime minister's, passed on by the secretary-general).
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.claims.candidate import HOLDER_TYPES
from core.claims.from_clauses import with_holder
from core.claims.opening_topics import opening_topic
from core.claims.outlet_topics import outlet_topic
from core.claims.quote_marks import quotes
from core.claims.reports import OUTLET_NAME, SHORT_OUTLET
from core.clauses.reader import strip_title
from core.clauses.referents import BODY_NOUN, referred, refers_to_a_body
from core.nlp.offices import OFFICE_WORDS
from core.text import last_match, sentence_start

_NAME = r"[\u4e00-\u9fff\u30a1-\u30faー・A-Za-z0-9＝=.]"
# A source a sentence names before what it reports: 河北によると, ITProの記事によると, NHKが…伝えたところよると
_SOURCE = re.compile(rf"(?<!{_NAME})(?P<name>{_NAME}{{2,24}}?)(?:[(（][^()（）、。]{{1,20}}[)）])?"
                     r"(?:の(?:記事|報道|続報|別記事|電子版|ウェブサイト))?"
                     r"(?:(?:に|が[^、。「」]{0,40}?(?:伝え|報じ)たところ(?:に)?)よ(?:ると|れば)|によれば)、?")
# A body's own account: 岡山県警による発表では, 札幌市の発表によれば, 同省の説明では
_ACCOUNT = re.compile(rf"(?<!{_NAME})(?P<name>{_NAME}{{2,24}}?)(?:の|による)(?:発表|説明|調べ|声明|見解)"
                      r"(?:では|によると|によれば)、?")
# Verbs that carry no speaker of their own: the account's owner says it (…とした, …と発表した)
_ACCOUNT_CUE = re.compile(r"^(?:発表|説明)?(?:した|している|し|する|しており|していた)$")
# Verbs only an outlet uses of what it tells, right after the claim's と
_REPORT_CUE = re.compile(r"^(?:報じ|伝え)(?:た|ている|ていた|る|ており|て)?$")
# Bodies of a state that make things known themselves (当局, 政府, 国防省, 県警)
_STATE_BODY = re.compile(r"(?:当局|政府|省|庁|警察|県警|府警|署|軍|委員会|大統領府|官邸)$")
_RECIPIENT = re.compile(r"に(?:対し(?:て)?|向けて)?、")
_NOT_A_SOURCE = re.compile(r"^(?:報道|関係者|情報|話|説明|発表|調べ|一部報道|複数の報道)$")
_HOLDER_BEFORE_INNER = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:も|は|が)、?$")


def is_outlet(name: str | None, kind: str | None) -> bool:
    """A news outlet by its registry kind or by how its name is written (共同通信, 朝日, 河北, 米紙)."""
    return kind == "media" or bool(name) and (OUTLET_NAME.search(name) is not None or SHORT_OUTLET.search(name) is not None)


def _named(people: list, start: int, end: int) -> tuple[str | None, str] | None:
    inside = [m for m in people if start <= m.start and m.end <= end]
    return (inside[-1].entity_id, inside[-1].text) if inside else None


def reporting_outlet(body: str, people: list, start: int, end: int, cue: str, quoted: bool,
                     holder: str | None) -> tuple[str | None, str] | None:
    """(entity id, text) of the outlet a sentence names as its source, when the claim at start..end is told
    with と報じた or と伝えた right after it: the report is the outlet's, whoever the reported clause is about.
    A quote passed on (習主席は「…」と伝えた), a message told to someone (大統領に対し…と伝えた) and what an
    authority made known (タス通信によると、ダゲスタンの当局は…と伝えていた) stay the speaker's."""
    if not _REPORT_CUE.match(cue) or not body.startswith(("と" + cue, "、と" + cue), end):
        return None
    s_start = sentence_start(body, start)
    found = last_match(_SOURCE, body, s_start, start)
    topic = outlet_topic(body, people, found.end() if found is not None else s_start, start)
    if topic is not None and not (cue.startswith("伝え") and (quoted or _RECIPIENT.search(body, topic[2], start))):
        return topic[:2]  # 聯合ニュースで、北朝鮮は…と報じた: the outlet named before the report's matter
    if found is None or _NOT_A_SOURCE.match(found.group("name")):
        return None
    if cue.startswith("伝え") and (quoted or _RECIPIENT.search(body, found.end(), start) or _STATE_BODY.search(holder or "")):
        return None
    name = found.group("name")
    named = _named(people, found.start("name"), found.end("name"))
    if not cue.startswith("報じ") and not is_outlet(name, None) and named is None:
        return None  # 法務省によると、…と伝えている: a ministry may tell it too, but only a named outlet is sure
    return named or (None, name)


def account_owner(body: str, people: list, start: int, cue: str) -> tuple[str | None, str] | None:
    """(entity id, text) of the body whose account (Xによる発表では, Xの発表によれば) a sentence gives, when its
    verb before the claim has no speaker of its own (…とした, …と発表した)."""
    if not _ACCOUNT_CUE.match(cue):
        return None
    s_start = sentence_start(body, start)
    found = last_match(_ACCOUNT, body, s_start, start)
    if found is None:
        return None
    name = found.group("name")
    named = _named(people, found.start("name"), found.end("name"))
    if named is None and len(name) > 12:
        return None  # a clause, not a name
    return named or (None, name)


# A quote inside a quote with its own verb of saying: 「…首相も『全く考えていない』と言って…」
_INNER = re.compile(r"[『「][^『』「」]{2,200}[』」]と(?P<cue>言って|言った|言い|述べ(?:た|て)?|語っ(?:た|て)|話し(?:た|て)?)")


def inner_quotes(body: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, cue) of each quote told with its own verb inside the quote body[start:end]."""
    return [(m.start(), m.start("cue") - 1, m.group("cue")) for m in _INNER.finditer(body, start + 1, end - 1)]


# Verbs with which a body or a person makes its own news known: …ことを発表した, …ことを明らかにした, 「…」として
_OWN_NEWS = re.compile(r"^(?:を|ことを)?(?:発表|公表|表明|明らかにし|明かし|として|とし)")
_GA_AFTER_NAME = re.compile(r"[\u4e00-\u9fff\u30a1-\u30faー]{0,8}?(?:[(（][^()（）「」、。]{1,12}[)）])?が、?")


def announcer(body: str, people: list, start: int, cue: str, source: dict) -> tuple[str | None, str] | None:
    """(entity id, text) of the が-subject that opens a claim a source passes on, when the claim is that
    subject's own news (毎日新聞によると、高島彩アナウンサー(31)が…退社することを明らかにした: hers, told by the
    paper), or None."""
    if not _OWN_NEWS.match(cue):
        return None
    s_start = sentence_start(body, start)
    named = [m for m in people if s_start <= m.start and m.end <= start and m.type in ("PERSON", "ORG")
             and (m.entity_id is None or m.entity_id != source.get("entity_id")) and m.text != source.get("text")]
    if not named:
        return None
    last = named[-1]
    gap = _GA_AFTER_NAME.fullmatch(body, last.end, start)
    return (last.entity_id, last.text) if gap is not None else None


# Verbs of saying a topic uses of a clause with its own が-subject: Xは、Yが…と発表した
_TOPIC_CUE = re.compile(r"^(?:を|ことを)?(?:発表|公表|明らかにし|述べ|語っ|話し|説明|強調|指摘|主張|表明|伝え|報じ|した$|している$)")
_TOPIC_AFTER_NAME = re.compile(r"[\u4e00-\u9fff\u30a1-\u30faー]{0,8}?(?:[(（][^()（）「」、。]{1,12}[)）])?(?:側|ら)?は、?")
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
    s_start = sentence_start(body, start)
    speakers = [m for m in people if s_start <= m.start and m.end <= start and m.type in HOLDER_TYPES]
    subject = next((m for m in reversed(speakers) if _GA_AFTER_NAME.fullmatch(body, m.end, start)), None)
    if subject is None:
        return None
    topic = next((m for m in reversed(speakers) if m.end <= subject.start and _TOPIC_AFTER_NAME.match(body, m.end)
                  and body[m.end : m.end + 12].find("は") >= 0), None)
    if topic is None or topic.entity_id is not None and topic.entity_id == subject.entity_id:
        return None
    if _SAID_BETWEEN.search(body, topic.end, subject.start):
        return None  # Xは…と述べ、Yが…: another report between them
    return topic, subject.start


# A local government that opens the clause of a claim by its kind alone: …保有するが、同県は…を求め
_PLACE_TOPIC = re.compile(r"(?:同)?(?P<kind>[県市町村州])(?:側)?(?:は|も)、?")


def place_topic(body: str, people: list, start: int):
    """(entity id, text) of the prefecture, city, town or village a 同県は/県は opening the claim's clause stands
    for (the last one named before), when that clause has no other topic; else None."""
    s_start = sentence_start(body, start)
    clause = max(s_start, body.rfind("、", s_start, start) + 1)
    if clause == start:  # 同県は、…: the comma after the topic itself
        clause = max(s_start, body.rfind("、", s_start, start - 1) + 1)
    found = _PLACE_TOPIC.match(body, clause, start)
    if found is None or "は" in body[found.end() : start] or body[found.end() : start].count("が"):
        return None
    kind, at = found.group("kind"), found.start("kind")
    while (at := body.rfind(kind, 0, at)) > 0:  # the last one named: 福井県内 → 福井県
        begin = at
        while begin > 0 and at - begin < 4 and "\u4e00" <= body[begin - 1] <= "\u9fff" and body[begin - 1] not in "都道府県同":
            begin -= 1
        if begin < at and not body.startswith(("庁", "警", "議", "民", "場", "街", "況"), at + 1) \
                and body[begin - 1 : begin] != "同":  # not 県警, 市民, 市場: another word
            named = _named(people, begin, at + 1)
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
    s_start = sentence_start(body, start)
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
    s_start = sentence_start(body, start)
    found = last_match(_SAME_BODY_TOPIC, body, s_start, start)
    title = found.group("title") if found is not None else ""
    if found is None or found.end() != start or not (refers_to_a_body(title) or BODY_NOUN.search(title)):
        return None
    named = referred(body, everyone, title, found.start(), s_start)
    return (named.entity_id, named.text) if named is not None and named.type == "ORG" else None


def inner_speaker(body: str, people: list, start: int, outer: tuple[int, int] | None):
    """The person named right before a quote inside another quote (「…首相も『…』と言って…」), or None."""
    if outer is None:
        return None
    before = [m for m in people if m.type == "PERSON" and outer[0] < m.start and m.end <= start]
    if not before or not _HOLDER_BEFORE_INNER.match(body[before[-1].end:start].rstrip("「『")):
        return None
    return before[-1]


def retold(body: str, candidate, everyone, registry):
    """The holder a sentence's verb and topics give over the one read so far: the outlet that reports it, the
    body whose account it is, the subject whose news it is, a topic at the claim's head or written with an
    aside, a place 同県は stands for, a topic announcing a clause with its own subject (core.claims.tellers)."""
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
                      body.rfind("。", 0, candidate.start) + 1, candidate.start) < 0)
    head = head_topic(body, everyone.within(candidate.start, candidate.end), candidate.start, candidate.end) \
        if candidate.attribution == "indirect" and told_by_outlet else None
    if head is not None:  # 雷句誠さんは自身のブログで…決別を示唆: the topic at the claim's head holds it
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
