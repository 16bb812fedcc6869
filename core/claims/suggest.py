"""Claim candidates: quoted passages and reported speech, with their cue and probable holder.

A quote 「…」 followed by a speech verb (と述べた, と指摘。, との見方を示した…) is a
direct claim; a clause ending in と + a speech verb is an indirect one. The
holder is the last person, organisation or country before it that is the
topic or subject of the clause (Xは, X外相は, Xも, Xが); a sentence with no
holder of its own continues the previous claim's holder (the omitted subject
of Japanese prose). 「AによるとBは…」 records A as the source the claim came through.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.clauses import read_clauses
from core.clauses.reader import only_a_title, strip_title
from core.claims.clauses import AFTER_CLAUSE, HOLDER_PARTICLE, TAKES_AS, TITLE, gap_of, object_claims
from core.claims.holders import (
    _OTHER_TITLE, COORDINATED, SPEAKER_END, HEADING, NAMED_SUBJECT, NOT_A_HOLDER, NOT_A_NAME, Named, comma_after, group_topic,
    group_topic_span, last_with_title, opening_topic, particle_before, person_before, speaker_topic, title_after, titled_before,
    topic_phrase,
)
from core.claims.from_clauses import (
    STATEMENT_WORDS, better_holder, clause_of, full_name, holder_of, missed, ordered, with_holder,
)
from core.claims.persons import Persons
from core.claims.reports import (
    OUTLET_NAME, OUTLET_OPENS, REPORTS, THIS_IS, TOLD_AT_END, Told, announced, inner_report, outlet_verb,
    reported_before_as_claim, written_in_full,
)
from core.claims.quotes import as_corner_quotes, clause_before, said_after, cue_of, direct, quotes, qualifies_a_noun, told, told_again
from core.claims.spans import SpanIndex
from core.model import Mention, ShortForm
from core.nlp.offices import OFFICE_WORDS
from core.sentences import sentence_spans

_ADDRESSEE = re.compile(r"[^、。「」をは]{1,12}に(?:対し|対して)?、")
_SETTING = re.compile(r"(?:また|さらに|一方|ただ|なお|その上で|そのうえで)、|[^、。「」をがはと]{1,14}?(?:で|において|の場で|の席で)、")
_PASSIVE = re.compile(r"(?:され|られ|われ)")
_VIA = re.compile(r"(?:の発表|の報道|の声明)?(?:によると|によれば)(?:して)?、?")  # …の情報によるとして、
_HOLDER_PARTICLE = HOLDER_PARTICLE
# 長官は, 同氏は: a title standing for a person named earlier.
_BARE_TITLE = re.compile(
    r"(?<![\u4e00-\u9fff\u30a0-\u30ffA-Za-z])(?P<title>同氏|同(?:[\u4e00-\u9fff]{1,4})|長官|外相|首相|大統領|"
    r"国家主席|主席|報道官|副首相|財務長官|国務長官)(?P<particle>(?:側)?(?:は、?|が|も))"
)
HOLDER_TYPES = ("PERSON", "ORG", "GPE")
# A name written right before an institution and a title: 溝上恵|東京大学名誉教授は
_NAME_BEFORE = re.compile(r"(?:^|(?<=[、。\n」]))(?P<name>[\u4e00-\u9fff々]{2,5}|[\u30a1-\u30fa][\u30a1-\u30fa・ー]{1,15})")
_PARTICLE_END = re.compile(r"(は|が|も)、?$")
# People or a body as a が-subject: フランス電力公社(EDF)が, プカルパの警察官が
_GA_SPEAKER = re.compile(r"(?:[^、。「」]{0,12}?の)?(?P<name>[\u4e00-\u9fff\u30a1-\u30faーA-Za-z・]{2,16})(?:[(（][^()（）]{1,12}[)）])?が"
                         r"(?=[^。]{0,24}「|[^。「」]{4,})")
# Who a quote came from, told in the passive: タレントのやしきたかじんさんから「…」と言われ
_SAID_BY = re.compile(r"(?P<name>[\u4e00-\u9fff\u30a1-\u30faーぁ-ゖ]{2,12}?)(?:さん|氏|ら)?から(?=「)")
# A document that holds what it says: この条例では、…としている (報告書は…としている)
_DOCUMENT_TOPIC = re.compile(r"(?:また、?)?(?:この|同)?(?P<name>[\u4e00-\u9fff\u30a1-\u30fa]{0,10}(?:条例|法案|法律|報告書|声明|宣言|決議|条約|協定|"
                             r"憲法|提言|答申|判決|社説|談話|合意文書|共同声明))(?:で)?は、")
_CONNECTIVE = re.compile(r"^(?:(?:一方|また|さらに|なお|ただ|しかし|特に)、?|[0-9０-９]{1,2}日(?:付)?の)(?=.{2})")
_SAME_COUNTRY = re.compile(r"(?P<name>同国[\u4e00-\u9fff]{1,6}(?:相|官|長|省|庁|政府))(?:は|が)、")
# What may open a sentence before its topic: 18日、 また、 一方、 パキスタンの通信社
_OPENER = re.compile(r"(?:(?:[0-9０-９]{1,2}日|同日|また|一方|さらに|なお)、)?[^、。「」]{0,16}")
# A ministry or agency and its head, written after a person's name: 外交通商部長官, 国防省報道官
_OFFICE_OF_BODY = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa・]{1,12}?(?:部|省|庁|院|局|府|委員会)(?:長官|大臣|部長|長|報道官|次官|副長官)")
# 佐々木憲昭衆議院議員・衆院国会対策副委員長: offices between a person and the body of their next office
_OFFICES_BETWEEN = re.compile(r"[\u4e00-\u9fff]{1,10}(?:議員|委員|大臣|長官|長|相)・[\u4e00-\u9fff]{0,4}")
_ASIDE_ONLY = re.compile(r"[(（][^()（）]{1,20}[)）]|・")
_BODY_OF_STATE = re.compile(r"軍当局|当局|軍|国防省|外務省")
_ASIDE = re.compile(r"[(（][^()（）。]{1,20}[)）](?=[^、。]{0,12}(?:は|が))")
# A name written with an honorific or an office before は/が: the holder even when no entity matches it.
_TITLED_NAME = re.compile(
    r"(?<![\u4e00-\u9fff\u30a1-\u30fa・ー])(?P<name>[\u4e00-\u9fff]{1,3}[\u30a1-\u30fa]{2,3}(?=さん|氏)|[\u4e00-\u9fff]{2,4}|[\u30a1-\u30fa][\u30a1-\u30fa・ー]{1,11})"
    r"(?:[(（][A-Za-z\s.\-]{2,30}[)）])?"  # 蘇益仁(SuIh-jen)局長: the name in Latin letters
    r"(?:氏|さん|" + "|".join(o for o in OFFICE_WORDS if len(o) > 1) + r"|社長|会長|監督|弁護士|教授|枢機卿|オーナー|選手|投手|コーチ|専務|常務|取締役|理事長|宮司|学長|院長|所長|署長|館長|支配人|店長|主将"
    r"|最高経営責任者|CEO|局長|部長|課長|次長|室長|座長|議長)(?:[(（][^()（）]{1,12}[)）])?(?:兼[\u4e00-\u9fff]{1,4})?(?:ら)?(?:は|が|も)、?"
)


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    cue: str
    attribution: str
    holder_entity_id: str | None = None
    holder_text: str | None = None
    via: list[dict] = field(default_factory=list)
    confidence: float = 0.5  # how sure Kaidan is that this is a claim with this holder


def suggest(body: str, mentions: list) -> list[Candidate]:
    """Claim candidates in body; mentions are the article's entity mentions (start, end, type...)."""
    written = body
    body = as_corner_quotes(body)  # ｢…｣ and 『…』と述べた read as 「…」; same offsets
    found = _suggest(body, mentions)
    if body is not written:
        for candidate in found:
            candidate.text = written[candidate.start : candidate.end]  # the claim as the article writes it
    return found


def _suggest(body: str, mentions: list) -> list[Candidate]:
    index = SpanIndex(mentions, HOLDER_TYPES)
    persons = Persons()
    out: list[Candidate] = []
    last_subject = None  # the omitted subject of Japanese prose continues the last one named
    previous = None  # the sentence before: (start, end, whether it had claims)
    last_outlet = None  # the last outlet that reported or was named as a source
    quoted_until = 0  # the end of a quote a sentence announced (次のように述べた。「…」): read already
    for s_start, s_end in sentence_spans(body):
        people = index.within(s_start, s_end)  # each sentence reads only its own mentions
        persons.add(body, people)
        if s_start < quoted_until:
            continue
        people = sorted(people + persons.surnames(body, s_start, s_end, people), key=lambda m: m.start)
        found = direct(body, s_start, s_end) or announced(body, s_start, s_end) or said_after(body, s_start, s_end)
        if found and found[0][0] >= s_end:
            quoted_until = found[0][1]
        if found:  # …を受けたとしており、…「わからない」としている: a reported clause before the first quote
            found = _indirect(body, people, index, s_start, clause_before(body, s_start, found[0][0])) + found \
                + _indirect(body, people, index, *_after_quotes(body, found[-1][1], s_end))
        else:
            found = told(body, s_start, s_end) or _indirect(body, people, index, s_start, s_end) \
                or _hearsay(body, people, s_start, s_end)
        found = found + _positions(body, s_start, s_end, found)
        titles = [m.span() for m in TITLE.finditer(body, s_start, s_end)]
        found = [f for f in found if not any(a <= f[0] < b for a, b in titles)]  # 『…を表明』: a cited headline
        if not any(f[1] - f[0] >= 2 for f in found):
            found = reported_before_as_claim(body, s_start, s_end, previous, out)  # …。17日のBBCなどが伝えた。
        said_before = None  # where the sentence's last claim and its verb end
        for start, end, cue, attribution, gap, *passed in found:
            if end - start < 2:
                continue
            told_by = passed[0] if passed else None
            holder, holder_text, _ = _subject(body, people, index, *gap) if gap else (None, None, None)
            if gap is None and said_before is not None and attribution == "direct":
                # 「…」と述べたほか、公明党幹部は「…」と述べている: the speaker named after the last report
                local = _next_speaker(body, people, index, said_before, start)
                if local is not None:
                    holder, holder_text = local
            if told_by is not None and told_by.holder is not None:
                holder = next((m for m in people if m.start == told_by.holder[0] and m.end <= told_by.holder[1]), None)
                holder_text = None if holder is not None else (
                    _named_in_gap(body, *told_by.holder) or body[told_by.holder[0]:told_by.holder[1]])
            if holder is None and holder_text is None and gap:
                holder_text = _named_in_gap(body, *gap)
                titled = titled_before(body, index, holder_text, gap[0]) if holder_text else None
                if titled is not None or holder_text in OFFICE_WORDS or (holder_text and _OTHER_TITLE.fullmatch(holder_text)):
                    # 「…」と判事は主張: the last person named with that title (ロバーツ判事), never the title itself
                    holder = titled or last_with_title(body, index, holder_text, gap[0])
                    holder_text = None
            opener = OUTLET_OPENS.match(body, s_start, start) if outlet_verb(cue) and told_by is None else None
            if opener is not None:  # 各報道機関はブチュタ氏は…と伝えている: the outlets opening the sentence report it
                holder = next((m for m in people if m.start == opener.start("name")), None)
                holder_text = None if holder is not None else opener.group("name")
            explicit = holder is not None or holder_text is not None
            reported = outlet_verb(cue) and not explicit
            if reported and THIS_IS.match(body, s_start):
                pass  # これは、…北朝鮮が…表明したものだと伝えた: the outlet, named before, tells it
            elif not explicit:
                holder, holder_text = _sentence_holder(body, people, index, s_start, start, attribution == "direct" and (
                    told_again(body, end, s_end) or TOLD_AT_END.search(body, end, s_end) is not None))
                explicit = holder is not None or holder_text is not None
            via = _via(body, people, s_start, start)
            if told_by is not None and (told_by.reporter is not None or told_by.holder is not None):
                # the outlet named between と and its verb, else the sentence's topic before the speaker
                reporter = _subject(body, people, index, *(told_by.reporter or (s_start, told_by.holder[0])))
                if reporter[0] is not None or reporter[1]:
                    via = via + [{"entity_id": reporter[0].entity_id if reporter[0] is not None else None,
                                  "text": reporter[1] or body[reporter[0].start:reporter[0].end]}]
            if holder is None and holder_text is None and via and attribution != "direct" \
                    and not (last_subject is not None and _HEARSAY_OF.match(body, end)):
                holder_text = via[0]["text"]  # 朝日新聞によると、…としている: the source, not the last sentence's holder
            if via and REPORTS.match(cue) and not OUTLET_NAME.search(holder_text or (holder.text if holder is not None else "")):
                # 産経新聞によると、日本政府は…を目指していると報じている: the newspaper reports, the government is its matter
                holder, holder_text = next((m for m in people if m.entity_id == via[0]["entity_id"] and via[0]["entity_id"]), None), via[0]["text"]
            if holder is None and holder_text is None and reported and last_outlet is not None:
                holder = last_outlet  # また…当選したと伝えた: the outlet that told the last report
                holder_text = body[holder.start : holder.end]
            if holder is None and holder_text is None and last_subject is not None:
                holder = last_subject
                holder_text = body[holder.start : holder.end]
            holder_text = persons.full_name(_CONNECTIVE.sub("", holder_text) if holder_text else holder_text)
            written = written_in_full(index, holder) if holder is not None else None
            if written is not None:  # シン統一相: シン・ウンサン named before, not a namesake in the gazetteer
                holder, holder_text = written, written.text
            said_by = _SAID_BY.search(body, max(s_start, start - 30), start + 1) if _PASSIVE.search(cue) else None
            if said_by is not None:  # やしきたかじんさんから「…」と言われ: the one it came from said it
                holder, holder_text, explicit = None, said_by.group("name"), True
            elif _PASSIVE.search(cue):  # …と言われている: said by the source, if any, not by the sentence's topic
                if not via:
                    continue
                holder, holder_text, explicit = None, via[0]["text"], True
            if holder is None and holder_text is None and via:
                holder_text = via[0]["text"]  # AによるとB: nobody else named, A said it
            out.append(Candidate(start, end, body[start:end], cue,
                                 ("mixed" if "「" in body[start:end] else "indirect") if attribution == "position" else attribution,
                                 holder.entity_id if holder else None, holder_text, via,
                                 _confidence(attribution, cue, explicit, holder is not None or holder_text)))
            if holder is None and holder_text and explicit:
                at = body.rfind(holder_text, s_start, start)  # ベルカンヌ校長は「…」と述べた。…という: still him
                holder = Mention(at, at + len(holder_text), holder_text, "PERSON", source=None) if at >= 0 else None
            said_before = body.find("、", end, s_end) + 1 or None  # after the verb of this claim
            if outlet_verb(cue):
                last_outlet = holder or last_outlet  # an outlet's report: the speaker before still speaks
            else:
                last_subject = holder or last_subject
        sources = [m for m in people if (v := _VIA.match(body, m.end)) and v.group(0) and m.type == "ORG"]
        if sources:
            last_outlet = sources[-1]  # 中国国際放送によると、…: the outlet a later …と伝えた carries
        previous = (s_start, s_end, bool(found))
        subject = _subject(body, people, index, s_start, s_end)[0]
        if not found and subject is None:
            subject = opening_topic(body, s_start, s_end)  # 西日本スポーツでは、…: a name no entity knows
        if not found and subject is not None:
            last_subject = subject
    return _checked_by_clauses(body, mentions, out)


def _checked_by_clauses(body: str, mentions: list, out: list[Candidate]) -> list[Candidate]:
    """Holders the clause reader reads better, and the quotes told as statements the rules above miss."""
    clauses = ordered(read_clauses(body, mentions))
    types = {m.entity_id: m.type for m in mentions if m.entity_id}
    index = SpanIndex(mentions, ("PERSON",))
    checked = []
    for candidate in out:
        holder = better_holder(body, candidate, clause_of(body, clauses, candidate.start, candidate.end), types.get)
        if holder is None and candidate.holder_entity_id is None and candidate.holder_text:
            text = strip_title(candidate.holder_text)  # ベルカンヌ校長 → ベルカンヌ: never the title
            holder = (None, None if only_a_title(text) else full_name(body, text, candidate.start))  # 新首相: nobody
            if text in STATEMENT_WORDS and checked:
                holder = (checked[-1].holder_entity_id, checked[-1].holder_text)  # 声明は「…」: who issued it
        if holder and holder[1]:  # シン統一相: the person named in full before, not a namesake the reader linked
            said = body.rfind(holder[1], 0, candidate.start)
            short = Mention(said, said + len(holder[1]), holder[1], "PERSON", holder[0], source=None) if said >= 0 else None
            written = written_in_full(index, short) if short is not None and types.get(holder[0]) == "PERSON" else None
            holder = (written.entity_id, written.text) if written is not None else holder
        checked.append(with_holder(candidate, holder) if holder else candidate)
    for start, end, cue, attribution, subject in missed(body, clauses, [(c.start, c.end) for c in out]):
        entity_id, text = holder_of(subject)
        checked.append(Candidate(start, end, body[start:end], cue, attribution, entity_id, text, [],
                                 _confidence(attribution, cue, not subject.carried, True)))
    return sorted(checked, key=lambda c: c.start)


def _next_speaker(body: str, people: list, index: SpanIndex, begin: int, start: int):
    """(mention, text) of a speaker named as a topic between an earlier report's verb and a quote, or None."""
    if begin >= start or "「" in body[begin:start] or "」" in body[begin:start]:
        return None
    holder, text, _ = _subject(body, people, index, begin, start)
    if holder is not None or text is not None:
        return holder, text
    topic = topic_phrase(body, begin, start)
    return (None, topic[0]) if topic is not None else None


def _after_quotes(body: str, q_end: int, s_end: int) -> tuple[int, int]:
    """The span after the last quote's predicate when a reported clause follows it:
    「…」と述べ、…を強めたいとした. Empty when another quote or nothing follows."""
    comma = body.find("、", q_end, s_end)
    if comma < 0 or "「" in body[comma:s_end] or comma - q_end > 12:
        return s_end, s_end
    return comma + 1, s_end


def _sentence_holder(body: str, people: list, index: SpanIndex, s_start: int, start: int, nested: bool):
    """(mention, text) of who holds a claim starting at start, read from its sentence before it."""
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
    holder, holder_text, _ = _subject(body, people, index, s_start, start)
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
    if holder is None and holder_text is None:
        topic = topic_phrase(body, s_start, start)  # 議会の広報担当は「…」と話した
        if topic:
            titled = titled_before(body, index, topic[0], topic[1])
            return (titled, None) if titled is not None else (None, topic[0])
        opening = _GA_SPEAKER.match(body, s_start, start)  # フランス電力公社(EDF)が…ことを発表した
        if opening is not None and SPEAKER_END.search(opening.group("name")):
            return None, opening.group("name")
    return holder, holder_text


def _confidence(attribution: str, cue: str, explicit: bool, holder) -> float:
    """Quotes with a named speaker are surest; positions on an object and bare した/として least."""
    score = {"direct": 0.8, "mixed": 0.7, "indirect": 0.65, "position": 0.5}[attribution]
    score += 0.1 if explicit else (-0.05 if holder else -0.25)
    if cue in ("した", "し", "として", "とし"):
        score -= 0.15
    return round(max(0.05, min(0.95, score)), 2)


def _positions(body: str, s_start: int, s_end: int, found: list[tuple]) -> list[tuple]:
    """Positions taken on an object (…を批判した) outside the quotes and clauses already found."""
    taken = [(f[0], f[1]) for f in found]
    out = []
    for start, end, cue, cue_start, gap in object_claims(body, s_start, s_end):
        if any(a < end and start < b for a, b in taken) or any(a <= cue_start < b for a, b in taken) \
                or any(start - 4 <= b <= start and "、" not in body[b:start] for _, b in taken):  # …との見方を示した: read already
            continue
        out.append((start, end, cue, "position", gap))
        taken.append((start, end))
    return out


# A name-like topic set off by a comma, at the sentence start or after a source: プラウダは、 ネクシィーズは
_TOPIC = re.compile(r"(?:^|(?<=[、。\n]))(?P<name>[\u4e00-\u9fff\u30a1-\u30ffA-Za-z・]{2,12}?)(?:[(（][^()（）。]{1,12}[)）])?"
                    r"(?:など)?(?:では|は(?:[0-9０-９]{1,2}日)?|が)(?:、|(?=「))")  # 防災科学技術研究所は31日、


def _topic(body: str, s_start: int, limit: int) -> str | None:
    """The name-like topic of the sentence before limit, when no entity is the subject."""
    found = None
    for match in _TOPIC.finditer(body, s_start, limit + 1):  # one past: the 「 it is followed by
        if match.end() <= limit:
            found = match.group("name")
    if found and not NOT_A_HOLDER.search(found) and not NOT_A_NAME.match(found) and found not in OFFICE_WORDS:
        return found
    return None


def _named_in_gap(body: str, start: int, end: int) -> str | None:
    """A holder written between と and the verb that is no entity Kaidan knows (…とNBCが伝えた)."""
    text = re.sub(r"(?:などの?各社|など|ら)?(?:に対し|では|は|が|も|に|で)、?(?:あらためて|改めて|強く|重ねて)?$",
                  "", body[start:end]).strip(" 、")
    text = re.sub(r"[(（][^()（）]{1,12}[)）]$", "", re.sub(r"(?:他|ほか)$", "", text))  # アメリカ地質調査所(USGS)が
    bracketed = re.search(r"「([^「」]{2,20})」$", text)
    text = bracketed.group(1) if bracketed else text.strip("「」")  # ニュースサイト「X」他は: X
    text = re.sub(r"の(?:報道|発表|声明文?|談話|発言|取材|番組|記事|調べ|話)(?:の(?:要旨|内容|全文))?$", "", text)  # フジテレビの報道では
    if not re.search(r"(?:は|が|も)、?(?:あらためて|改めて|強く|重ねて)?$", body[start:end]):
        return None  # …と記者団に語った: the addressee, not the speaker
    text = strip_title(text)  # ヨセフ・サルキス・レバノン観光相は → ヨセフ・サルキス
    if 2 <= len(text) <= 16 and "を" not in text and "と" not in text \
            and not re.search(r"[をのにで]$|記者|会見|声明|取材|番組|^(?:ラジオ|テレビ)", text):
        return text
    return None


def _indirect(body: str, people: list, index: SpanIndex, s_start: int, s_end: int) -> list[tuple[int, int, str, str]]:
    """A clause ending in と + speech verb, with no quote of its own: the reported content.

    It starts after its holder (Xは、) or the source it came through (Xによると、).
    """
    # the last one: the clause's own predicate; never one inside a quote (「審判は公正だと信じなくては…)
    matches = [m for m in AFTER_CLAUSE.finditer(body, s_start, s_end)
               if body.count("「", s_start, m.start()) <= body.count("」", s_start, m.start())]
    if not any(v.group(0) for v in _VIA.finditer(body, s_start, s_end)):
        # …と見られ: a passive with no source names nobody; an earlier report of the sentence may
        matches = [m for m in matches if not _PASSIVE.search(cue_of(body, m))] or matches
    match = matches[-1] if matches else None
    if match is not None and _JOINED_NOUNS.search(body, max(s_start, match.start() - 1), match.start() + 1) \
            and (gap_of(match) or (0, 0))[1] > 0 and body[gap_of(match)[1] - 1] == "も":
        return []  # …の援護と…の充実も要請した: と joins two things asked for, nobody is quoted
    if match is not None and _JOINED_NOUNS.search(body, max(s_start, match.start() - 1), match.start() + 1) \
            and re.search(r"(?:について|に関して|に関し)、?$", body[slice(*(gap_of(match) or (0, 0)))]):
        return []  # …連邦首相とSPDの成功について語った: と joins two topics, nothing is quoted
    if match is None or qualifies_a_noun(body, match):
        return []
    clause_end = match.start()
    if body.endswith("こ", s_start, clause_end) and body.startswith("とも", clause_end):
        clause_end -= 1  # …されることも伝えた: the content is before こと
    while clause_end > s_start and body[clause_end - 1] in "、 \u3000":
        clause_end -= 1  # …メッセージである、と観光相は語った: the comma is no part of it
    if match.group("as") and re.search(r"を(?:「[^ぁ-ゖ「」]{1,12}」|[^ぁ-ゖ、。「」]{1,10}|はじめ)$", body[s_start:clause_end]):
        return []  # 3日間を「哀悼日」とし, 条例案を継続審議とし: a name or a status given, not a statement
    if match.group("as") and TAKES_AS.search(body[max(s_start, clause_end - 8):clause_end]):
        return []  # 経済開発強化などを目的としている: takes as, holds nothing
    clause_start = s_start
    for via in _VIA.finditer(body, s_start, clause_end):
        if via.group(0):
            clause_start = via.end()
    _, _, after_subject = _subject(body, people, index, s_start, clause_end)
    if after_subject is not None:
        clause_start = max(clause_start, after_subject)
    group = group_topic_span(body, s_start, clause_end) if after_subject is None else None
    if group:
        clause_start = max(clause_start, group[1])  # 犯人は…と述べた: the people said it
    # a subject named inside a quote is the quote's own (「パキスタンが…支援」も供与すると): keep the quote whole
    clause_start = next((a for a, b in quotes(body, s_start, clause_end) if a < clause_start < b), clause_start)
    addressee = _ADDRESSEE.match(body, clause_start, clause_end)
    if addressee:
        clause_start = addressee.end()  # キャロル氏に、/記者団に対し、: whom it was said to
    while clause_start < clause_end and body[clause_start] in " \u3000、":
        clause_start += 1
    gap = gap_of(match)
    document = _DOCUMENT_TOPIC.match(body, clause_start, clause_end) if gap is None and after_subject is None else None
    if document is not None:  # この条例では、…を設置するとしている: the ordinance holds it
        return [(document.end(), clause_end, cue_of(body, match), "indirect", (document.start("name"), document.end()))]
    if gap and body.endswith("の話として", *gap):
        gap = None  # …と関係者の話として報じている: whom the report quotes, the topic reports it
    topic = None
    topics = list(_TOPIC.finditer(body, clause_start, clause_end)) if after_subject is None else []
    # the last topic before the reported clause; a は-topic over a later が-subject (報告書は、…秘密警察が、…としている)
    # and the first topic set off by a comma over both (ダクラッラー情報相は、報告書は「…」に基づいていると述べた)
    commas = [t for t in topics if t.group(0).endswith("は、")]
    topic = commas[0] if commas else ([t for t in topics if t.group(0).rstrip("、「").endswith("は")] or topics or [None])[-1]
    named_after = gap is not None and re.search(r"(?:は|が)、?$", body[gap[0]:gap[1]])
    if topic and not NOT_A_HOLDER.search(topic.group("name")) and not named_after:
        gap = gap or topic.span()  # プラウダは、…としている: the topic holds the clause
        clause_start = topic.end()  # (爆発は、…である、とX観光相は語った: the clause's own topic stays in it)
    elif after_subject is None and gap is None:
        speaker = speaker_topic(body, clause_start, clause_end)  # フランスの政府当局は生存が困難との見解を示した
        first_topic = body.find("は、", clause_start, clause_end)  # 20日の国連ニュースは、…: the first topic opens it
        opening = topic_phrase(body, clause_start, first_topic + 2 if first_topic >= 0 else clause_end)
        if opening and (body.find("、", clause_start, opening[1]) < 0 or _OPENER.fullmatch(body, clause_start, opening[1])) \
                and re.search(r"[\u30a1-\u30faA-Za-z」]", opening[0]) and (not speaker or opening[2] < speaker[2]):
            # 米紙ウォールストリート・ジャーナル(電子版)は…と報じている, 19日のBBCNewsは、死者は…: the name opening it holds it
            gap, clause_start = (opening[1], opening[2]), opening[2]
        elif speaker:
            gap, clause_start = (speaker[1], speaker[2]), speaker[2]
    if clause_end - clause_start < (4 if gap or after_subject else 6):  # 生存が困難 with its holder named
        return []
    setting = _SETTING.match(body, clause_start, clause_end)
    while setting and clause_end - setting.end() >= 6:  # 記者会見で、/また、: where or how, not what was said
        clause_start = setting.end()
        setting = _SETTING.match(body, clause_start, clause_end)
    out = []
    for earlier in matches[:-1]:  # …実現させたいと語り、…保っていきたいとの考えを示した: two reports
        said_end = earlier.start()
        after = earlier.end() + len(cue_of(body, earlier)) - len(earlier.group("cue") or earlier.group("cue3") or "")
        if clause_start < said_end and body.startswith("、", after) and said_end - clause_start >= 6 \
                and "「" not in body[clause_start:said_end] and not earlier.group("as"):
            out.append((clause_start, said_end, cue_of(body, earlier), "indirect", gap))
            clause_start = after + 1
        elif clause_start < said_end and after == match.start() and gap_of(earlier) and outlet_verb(cue_of(body, match)) \
                and said_end - clause_start >= 6 and "「" not in body[clause_start:said_end] and not earlier.group("as"):
            # …恐れがあると国連当局者が発言したと伝えた: the official holds it, the outlet told it
            named = gap_of(earlier)
            return [(clause_start, said_end, cue_of(body, earlier), "indirect", None, Told(gap, named))]
    if out and clause_end - clause_start < 2:  # …と語った、とBBCは伝えた: the report tells what was said
        return [item[:4] + (None, Told(gap)) for item in out]
    if out:  # …と明らかにしており、実際、…店長は、…と語った: the second report names its own speaker
        second = topic_phrase(body, clause_start, clause_end, with_comma=True)
        referring = _SAME_COUNTRY.match(body, clause_start, clause_end)  # …と発表したほか、同国運輸相は、
        if second is None and referring is not None:
            second = (referring.group("name"), referring.start("name"), referring.end())
        if second is not None and not (SPEAKER_END.search(second[0]) or referring is not None
                                       or any(second[1] <= m.start < second[2] for m in people)):
            second = None  # …と予測し、…対EU政策は、…と観測している: a matter, not who speaks
        if second is not None:
            gap, clause_start = (second[1], second[2]), second[2]
    cue = cue_of(body, match)
    attribution = "mixed" if "「" in body[clause_start:clause_end] else "indirect"
    inner = inner_report(body, clause_start, clause_end, people) if outlet_verb(cue) and attribution == "indirect" else None
    if inner is not None:  # BBCは、選挙監視団が、…を賞賛したと伝えた: the monitors hold it, BBC told it
        return out + [(inner[0], inner[1], inner[2], "indirect", None, Told(gap, inner[3]))]
    return out + [(clause_start, clause_end, cue, attribution, gap)]


# A noun right before と (援護と): the と joins nouns unless a report follows
_JOINED_NOUNS = re.compile(r"[\u4e00-\u9fff\u30a1-\u30faー]と")


def _subject(body: str, people: list, index: SpanIndex, s_start: int, limit: int):
    """(mention, surface, end) of the clause's subject before limit: the last Xは, else Xが/Xも.

    A bare title or 同氏 (長官は, 同氏は) stands for the last person named with it.
    Returns (None, surface, end) for such a title nobody earlier holds, and
    (None, None, None) when there is no subject at all.
    """
    found = []
    for mention in people:
        start, end = mention.start, mention.end
        if start < s_start or end > limit:
            continue
        position = end
        aside = _ASIDE.match(body, position)  # ミュンテフェリング(ミュンテフェーリング)SPD党首は
        if aside:
            position = aside.end()
        title = title_after(body, position)
        if title is None and mention.type == "PERSON":
            title = _OFFICE_OF_BODY.match(body, position)  # 潘基文(パン・ギムン)外交通商部長官は
        if title:
            position = title.end()
            aside = _ASIDE.match(body, position)  # 王貞治監督(68歳)が: the age after the title
            if aside:
                position = aside.end()
        coordinated = COORDINATED.match(body, position) or HEADING.match(body, position)
        if coordinated and not _HOLDER_PARTICLE.match(body, position):
            # 住友商事とKDDIは、 / X議員をはじめとする議員らは: the one named first holds for the group
            position = coordinated.end()
        particle = _HOLDER_PARTICLE.match(body, position)
        if particle and particle.end() <= limit:
            # the holder is the name, never its title (石原知事 → 石原); a surname stands for the full name
            name = mention.full_name if isinstance(mention, ShortForm) else None
            person = person_before(body, s_start, start) if title and mention.type != "PERSON" else None
            if person is not None:  # ミュンテフェリング(ミュンテフェーリング)SPD党首は: the person, not the party
                mention, name, start = person, body[person.start : person.end], person.start
            elif title and mention.type == "ORG" and (before := [
                    m for m in people if m.type == "PERSON" and m.end <= mention.start
                    and (m.end == mention.start or _ASIDE_ONLY.fullmatch(body, m.end, mention.start)
                         or _OFFICES_BETWEEN.fullmatch(body, m.end, mention.start))]):
                # 潘基文(パン・ギムン)外交通商部長官は: the person named before their ministry and office
                mention, name, start = before[-1], before[-1].text, before[-1].start
            elif title and mention.type == "ORG":
                named = None
                for named in _NAME_BEFORE.finditer(body, s_start, start):
                    pass  # the last name before the institution
                if named is not None and named.end() == start and not NOT_A_NAME.match(named.group("name")):
                    # 溝上恵東京大学名誉教授は: the person named before their institution, no entity of their own
                    start = named.start("name")
                    mention = Mention(start, mention.start, named.group("name"), "PERSON", source=None)
                    name = named.group("name")
            body_of = _BODY_OF_STATE.match(particle.group(0))
            if body_of and mention.type == "GPE":
                # 大韓民国軍当局は: the army or ministry holds the claim, not the country
                end = position + body_of.end()
                mention, name = Mention(start, end, body[start:end], "ORG", source=None), body[start:end]
            found.append((_PARTICLE_END.search(particle.group(0)).group(1), mention, name or body[start:end],
                          particle.end()))
    for bare in _BARE_TITLE.finditer(body, s_start, limit):
        if not any(f[3] == bare.end() for f in found):
            person = last_with_title(body, index, bare.group("title"), bare.start())
            if person is not None:  # a title nobody earlier holds is never the holder itself
                found.append((bare.group("particle").lstrip("側")[:1], person, body[person.start : person.end],
                              bare.end()))
    # ordered by where the particle ends; of two ending there (小沢一郎・民主党代表が) the first named holds
    # of a body and a person ending there (国際連合・潘基文事務総長は) the person holds
    found.sort(key=lambda f: (f[3], f[1].type == "PERSON", -f[1].start))
    # XはYは…と主張, X首相が、Y国は…と述べた: the first subject set off by a comma governs the sentence, the
    # other sits inside the claim; else the topic (は) over a subject (が)
    commas = [f for f in found if body[f[3] - 1] == "、"]
    # the first such subject (ロイターなどは、X次期大統領が、…と伝えた); of names ending there, as below
    commas = [f for f in commas if f[3] == commas[0][3]]
    topics = commas or [f for f in found if f[0] == "は"] or found
    titled = None
    for titled in _TITLED_NAME.finditer(body, s_start, limit):
        pass  # the last one before limit
    if titled is not None and NOT_A_NAME.match(titled.group("name")):
        titled = None
    # 鬼武氏は: a person Kaidan has no entity for, the topic when no entity is, or when it comes later
    if titled is not None and (not topics or (titled.end() > topics[-1][3]
                                              and titled.group(0).rstrip("、").endswith("は"))):
        return None, titled.group("name"), titled.end()
    if not topics:
        return None, None, None
    _, mention, surface, end = topics[-1]
    return mention, surface, end


def _via(body: str, people: list, s_start: int, claim_start: int) -> list[dict]:
    """Sources the claim is reported through: 新華社によると, 中国外務省の発表によると, ハッダド教育相によると."""
    out = []
    for mention in people:
        start, end = mention.start, mention.end
        title = title_after(body, end) if mention.type == "PERSON" else None
        at = title.end() if title else end
        if s_start <= start and at <= claim_start and _VIA.match(body, at) and _VIA.match(body, at).group(0):
            out.append({"entity_id": mention.entity_id, "text": body[start:end]})
    return out


# …と判断したという: the source tells that someone (the subject carried over) judged it; the source holds nothing
_HEARSAY_OF = re.compile(r"(?:など)?と[^、。「」]{0,12}?(?:た|ている|ていた)(?:のだ|そうだ)?という[。、]")
_HEARSAY_END = re.compile(r"(?:のだ|だ)?という。?$")


def _hearsay(body: str, people: list, s_start: int, s_end: int) -> list[tuple]:
    """What a person told, written as hearsay: ハッダド教育相によると、…を行うという。 (an outlet's …という is its report)."""
    end = s_end - 1 if body[s_end - 1] == "。" else s_end
    tail = _HEARSAY_END.search(body, s_start, s_end)
    if tail is None:
        return []
    for mention in people:
        title = title_after(body, mention.end) if mention.type == "PERSON" else None
        via = _VIA.match(body, title.end() if title else mention.end)
        if mention.type == "PERSON" and via and via.group(0) and tail.start() - via.end() >= 6:
            return [(via.end(), min(tail.start(), end), "という", "indirect", None)]
    return []
