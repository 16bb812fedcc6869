"""Who holds a claim its quote names no speaker for: the subject or topic of the sentence before it."""

from __future__ import annotations

import re
from dataclasses import replace

from core.claims.clauses import ASKED, clauses_told
from core.claims.described_subjects import PEOPLE_WORD
from core.claims.holders import (
    NAMED_SUBJECT, NOT_A_HOLDER, NOT_A_NAME, SPEAKER_END, Named, blanked, comma_after, group_topic, particle_before,
    titled_before, titled_person, topic_phrase,
)
from core.claims.outer_topic import outer_person
from core.claims.subjects import in_a_noun_clause, statements, subject_of
from core.clauses.spans import SpanIndex
from core.nlp.offices import OFFICE_WORDS
from core.sentences import LONGEST
from core.text import sentence_end


# People or a body as a が-subject: フランス電力公社(EDF)が, プカルパの警察官が
_GA_SPEAKER = re.compile(r"(?:[^、。「」]{0,12}?の)?(?P<name>[\u4e00-\u9fff\u30a1-\u30faーA-Za-z・]{2,16})(?:[(（][^()（）]{1,12}[)）])?が"
                         r"(?=[^。]{0,24}「|[^。「」]{4,})")


def next_speaker(body: str, people: list, index: SpanIndex, begin: int, start: int):
    """(mention, text) of a speaker named as a topic between an earlier report's verb and a quote, or None."""
    if begin >= start or "「" in body[begin:start] or "」" in body[begin:start]:
        return None
    holder, text, _ = subject_of(body, people, index, begin, start)
    if holder is not None or text is not None:
        return holder, text
    topic = topic_phrase(body, begin, start)
    if topic is not None and any(topic[2] <= told.start() for told in clauses_told(body, topic[2], start)):
        return None  # …と述べ、国民投票は承認されるとの考えを示した上で「…」: the matter of what was said, not who says
    return (None, topic[0]) if topic is not None else None


# One who speaks first in a clause of condition or time, its subject with が: 小宮アナが「…」と続けると、「…」と述べ,
# 記者が「…」と尋ねたところ、, 魔裟斗が「…」といえば、 — the words after answer them, so they are someone else's (not
# 釜本氏が「…」といった見解を述べると、: the words a view of theirs, which goes on)
PROMPTS = re.compile(r"(?:など)?と(?!(?:いった|いう)(?:見解|考え|認識|見方|意見|持論|立場)を)[^、。「」]{1,10}?(?:(?<=[うくすつぬむるぐぶ])と|たところ|るや|(?<=[たっ])たら|(?<=[えけせてねべめれ])ば)、")
_PROMPTED = re.compile(r"が、?「[^「」]*」" + PROMPTS.pattern)


def _askers(body: str, s_start: int, end: int) -> list[tuple[int, int]]:
    """Spans from the asker's clause start to the end of their question (passive: Xから「…」と訊かれると) or of their
    words that prompt an answer (Xが「…」と続けると), before end."""
    out = []
    prompted = _PROMPTED.finditer(body, s_start, end) if body.find("が", s_start, end) >= 0 else ()
    for match in (*ASKED.finditer(body, s_start, end), *prompted):
        begin = max(body.rfind("、", s_start, match.start()) + 1, s_start)
        end_at = match.end() if body[match.end() - 1] == "、" else match.end() + 1
        out.append((begin - 1, end_at))  # blanked inside: the commas around the clause are kept
    return out


def sentence_holder(body: str, people: list, index: SpanIndex, s_start: int, start: int, nested: bool):
    """(mention, text) of who holds a claim starting at start, read from its sentence before it.

    Words inside the sentence's earlier quotes name nobody outside them (「…ギャラリーもいなかった…」と明かしつつ、
    「…」と語った: not ギャラリー): they are read blanked out."""
    quoted = [(a, b) for a, b in statements(body, s_start, start) if b <= start] + _askers(body, s_start, start)
    if quoted:
        found = _in_window(body, people, index, s_start, start, nested, quoted)
        if "〓" not in (found[1] or ""):
            return found  # else a name read across a quote's blanked words: read it as written
    return _sentence_holder(body, people, index, s_start, start, nested)


def _in_window(body: str, people: list, index: SpanIndex, s_start: int, start: int, nested: bool, quoted: list):
    """sentence_holder read on a copy of the sentence with its earlier quotes blanked out, from at most LONGEST letters
    before it to its end, offsets shifted back: a copy of the whole page for each claim grew with the page's square."""
    floor = max(0, s_start - LONGEST - _PLACE_NAME)  # (a place named at the reach's start is read whole, as on the page)
    ceiling = min(len(body), sentence_end(body, start, LONGEST) + 1)
    shifted = {}
    for mention in index.within(floor, ceiling):
        if mention.end <= ceiling:
            shifted[id(mention)] = (replace(mention, start=mention.start - floor, end=mention.end - floor), mention)
    for mention in people:
        if floor <= mention.start and mention.end <= ceiling and id(mention) not in shifted:
            shifted[id(mention)] = (replace(mention, start=mention.start - floor, end=mention.end - floor), mention)
    window = blanked(body[floor:ceiling], [(a - floor, b - floor) for a, b in quoted])
    speakers = [shifted[id(m)][0] for m in people if id(m) in shifted and not any(a < m.start and m.end < b for a, b in quoted)]
    holder, text = _sentence_holder(window, speakers, SpanIndex([s for s, _ in shifted.values()]), s_start - floor,
                                    start - floor, nested)
    if holder is not None:
        original = next((o for s, o in shifted.values() if s is holder), None)
        holder = original or replace(holder, start=holder.start + floor, end=holder.end + floor)
    return holder, text


def _sentence_holder(body: str, people: list, index: SpanIndex, s_start: int, start: int, nested: bool):
    holder, text = _first_holder(body, people, index, s_start, start, nested)
    end = holder.end if holder is not None else (body.rfind(text, s_start, start) + len(text) if text else -1)
    later = _later_clause_topic(body, people, end, start) if end > s_start else None
    return later or (holder, text)  # 下院は…選ぶことになるが、国民の力の幹部は「…」: the quote's clause names its speaker


def _first_holder(body: str, people: list, index: SpanIndex, s_start: int, start: int, nested: bool):
    if nested:  # 「…」と語ったと伝えた: the quote is the nearest subject's, told by the topic
        inner = [m for m in people if s_start <= m.start and m.end <= start and m.type == "PERSON"
                 and particle_before(body, m, start) == "が"]
        if inner:
            return inner[-1], None
        named = None
        for named in NAMED_SUBJECT.finditer(body, s_start, start):
            pass
        if named is not None:
            return None, named.group("name")
        for named in _GA_SPEAKER.finditer(body, s_start, start):
            pass
        if named is not None and SPEAKER_END.search(named.group("name")):
            return None, named.group("name")  # …はプカルパの警察官がRPPラジオに対し「…」と語ったと伝えた
    holder, holder_text, _ = subject_of(body, people, index, s_start, start)
    if holder is None and holder_text is None:
        holder_text = _topic(body, s_start, start) or group_topic(body, s_start, start)
    topic = topic_phrase(body, s_start, start, with_comma=True)
    named = holder or (Named(body.rfind(holder_text, s_start, start), holder_text) if holder_text else None)
    if topic and named is not None and topic[2] <= named.start:
        inside = [m for m in people if topic[1] <= m.start and m.end <= topic[2] and m.type == "PERSON"]
        if particle_before(body, named, start) == "が":
            return None, topic[0]  # 報告書は、…秘密警察が…殺害したとしている: the topic holds
        if not comma_after(body, named, start):
            # ジュリオ・トレモンティ伊副首相は、ファツィオ総裁は辞任すべきだと: the first topic holds
            return (inside[-1], None) if inside else (None, topic[0])
    if named is not None and getattr(holder, "type", None) != "PERSON" and not comma_after(body, named, start) \
            and particle_before(body, named, start) in ("は", "が"):
        outer = outer_person(body, people, s_start, named.start)
        if outer is not None:
            return outer  # ヒル団長は、…中国は…と評価した: the person opening the sentence holds, the country is its matter
    if holder is None and holder_text is None:
        local = _local_government(body, s_start, start)
        if local is not None:  # 県は「…」と話している: the prefecture named before
            return None, local
        topic = topic_phrase(body, s_start, start)  # 議会の広報担当は「…」と話した
        if topic:
            titled = titled_before(body, index, topic[0], topic[1]) \
                or titled_person(body, people, topic[1], topic[1] + len(topic[0]))  # グテレス国連高等難民弁務官は
            return (titled, None) if titled is not None else (None, topic[0])
        opening = _GA_SPEAKER.match(body, s_start, start)  # フランス電力公社(EDF)が…ことを発表した
        if opening is not None and SPEAKER_END.search(opening.group("name")):
            return None, opening.group("name")
        clause = _CLAUSE_SUBJECT.search(body, s_start, start)  # この投票では、大統領反対派がボイコットを呼びかけた
        if clause is not None and SPEAKER_END.search(clause.group("name")) and not NOT_A_HOLDER.search(clause.group("name")):
            return None, clause.group("name")
        said = _SPEAKER_BEFORE_QUOTE.search(body, max(s_start, start - 20), start + 1)
        if said is not None and said.end() == start + 1 and (SPEAKER_END.search(said.group("name")) or said.group("name").endswith("家族")):
            return None, said.group("name")  # 読売新聞によれば、ゲスト出演者らが「…」と話し: the people right before the quote
        subject = _comma_subject(body, s_start, start)
        if subject is not None:  # 当該の中学生が、同管制部の庁舎内で行われた報告会で、「…」と話し: the student
            return None, subject
    return holder, holder_text


# Where a sentence's first clause closes and another with its own topic begins: …ことになるが、 …ものの、 …表明したほか、
_CLAUSE_JOINT = re.compile(r"(?:[たるいだ]が|ものの|けれども?|一方で?|のに対し(?:て)?|(?<=[たるい])ほか)、")


def _later_clause_topic(body: str, people: list, end: int, start: int):
    """(mention, text) of the people or body a later clause of the sentence opens with as its topic, between the
    subject read (ending at end) and the claim at start (…選ぶことになるが、国民の力の幹部は「…」), else None."""
    joint = None
    for joint in _CLAUSE_JOINT.finditer(body, end, start):
        pass
    if joint is None or body.count("「", end, joint.end()) != body.count("」", end, joint.end()):
        return None  # a joint inside a quote is the quote's own
    topic = topic_phrase(body, joint.end(), start)
    if topic is None or topic[1] - joint.end() > 4 or "「" in body[joint.end() : topic[2]]:
        return None  # the topic must open the later clause (また、 may come first)
    named = [m for m in people if topic[1] <= m.start and m.end <= topic[2]]
    if not named and not SPEAKER_END.search(topic[0]):
        return None  # …だが、試合は「…」: a matter, not who speaks
    person = [m for m in named if m.type == "PERSON"]
    if person:
        return person[-1], None  # WFPのマイケル・ハギンズ報道官は: the person
    return None, topic[0]


# A local government named by its kind alone, as the sentence's topic: 県は「…」, 市は…を求めた
_KIND_TOPIC = re.compile(r"(?:^|(?<=[、。\n]))(?:これを受け、?|これに対し、?|一方、?|また、?)?(?P<kind>[県市町村])(?:側)?(?:は|も)、?")
_NOT_ONE_PLACE = re.compile(r"[同各全両本他当]")  # 同市, 各県: no one place (matched at its start)
_PLACE_NAME = 4  # the most letters a place's name takes before its kind (坂出市, 香川県)


def _local_government(body: str, s_start: int, start: int) -> str | None:
    """The prefecture, city, town or village a bare 県は/市は stands for: the last one named before, at most LONGEST
    letters back (a page of 市は… sentences was read back to its start for each), else the word."""
    found = _KIND_TOPIC.match(body, s_start, start)
    if found is None:
        return None
    kind = found.group("kind")
    at = found.start("kind")
    floor = max(0, at - LONGEST)
    while (at := body.rfind(kind, floor, at)) > 0:  # the last one named, 香川県坂出市 → 坂出市
        begin = at
        while begin > 0 and at - begin < _PLACE_NAME and "\u4e00" <= body[begin - 1] <= "\u9fff" and body[begin - 1] not in "都道府県":
            begin -= 1
        if begin < at and not body.startswith(("庁", "警", "議"), at + 1) and not _NOT_ONE_PLACE.match(body, begin):
            return body[begin : at + 1]
    return kind


# People written right before the quote they say, as its が-subject: ゲスト出演者らが「…」, 拉致被害者家族が「…」
_SPEAKER_BEFORE_QUOTE = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30faー])(?P<name>[\u4e00-\u9fff\u30a1-\u30faー]{2,12})(?:ら|たち)?が「")


# People as the が-subject set off by a comma, with the body or place they belong to: 当該の中学生が、 タイの軍の司令官が、
_COMMA_SUBJECT = re.compile(r"(?<![^、。\n])(?:(?:当該|その|この|同|各|一部)の)?(?P<owner>(?:[\u4e00-\u9fff\u30a1-\u30faーA-Za-z・]{1,16}の){0,3})"
                            r"(?P<name>[\u4e00-\u9fff\u30a1-\u30faー]{2,12})(?:ら|たち)?が、")
_OTHER_SUBJECT = re.compile(r"[はが][、「]|[「」]")


def _comma_subject(body: str, s_start: int, start: int) -> str | None:
    """People set off as the が-subject of the clause the claim closes, with only settings between them and the claim
    (…の庁舎内で行われた報告会で、): no other subject nor a quote in between."""
    found = None
    for found in _COMMA_SUBJECT.finditer(body, s_start, start):
        pass
    if found is None or _OTHER_SUBJECT.search(body, found.end(), start):
        return None
    name = found.group("name")
    if NOT_A_HOLDER.search(name) or not (SPEAKER_END.search(name) or PEOPLE_WORD.search(name)):
        return None
    return found.group("owner") + name  # 北海道危機対策局の幹部が、: the body's officer


# People or a body as the が-subject of the clause after a setting: この投票では、大統領反対派が…
# (not 利用者が設定するサービス: a subject inside a clause that describes a noun)
_CLAUSE_SUBJECT = re.compile(r"(?<=、)(?P<name>[\u4e00-\u9fff\u30a1-\u30faー・]{2,12})が"
                             r"(?![^、。「」]*?(?:する|した|している|される|された)[\u4e00-\u9fff\u30a1-\u30fa「])(?=[^、。「」]*$)")


# A name-like topic set off by a comma, at the sentence start or after a source: プラウダは、 ネクシィーズは
# (after a setting: ビデオメッセージの中で天皇陛下は、, 会見の席で監督は、, イベントの挨拶で奥村展三文部科学副大臣は「)
NAME_TOPIC = re.compile(r"(?:^|(?<=[、。\n])|(?<=の中で)|(?<=の席で)|(?<=[\u4e00-\u9fff\u30a1-\u30faー]で(?=[\u4e00-\u9fff]{2,4}[\u4e00-\u9fff\u30a1-\u30faー]*は「)))(?P<name>[\u4e00-\u9fff\u30a1-\u30ffA-Za-z・]{2,12}?)(?:[(（][^()（）。]{1,12}[)）])?"
                    r"(?:など)?(?:では|は(?:[0-9０-９]{1,2}日(?:[(（][^()（）。、]{1,12}[)）])?)?|が)(?:、|(?=「))")  # 防災科学技術研究所は31日、, 沖縄気象台は9日(UTC+9)、


def _topic(body: str, s_start: int, limit: int) -> str | None:
    """The name-like topic of the sentence before limit, when no entity is the subject."""
    found = topic = None
    for match in NAME_TOPIC.finditer(body, s_start, limit + 1):  # one past: the 「 it is followed by
        name = match.group("name")
        if match.end() > limit or NOT_A_HOLDER.search(name) or NOT_A_NAME.match(name) or name in OFFICE_WORDS:
            continue
        if topic is not None and body[match.end() - 2 : match.end()] == "が、":
            continue  # 防災科学技術研究所は31日、震央が、…と発表した: the topic tells, the が-subject is its matter
        if body[match.end("name") : match.end()].startswith("が") and in_a_noun_clause(body, match.end(), limit):
            continue  # Aが「…」と批判したことについて、「…」と反論した: A's words are the matter answered
        found = name
        if "が" not in body[match.end("name") : match.end()]:
            topic = name
    return found
