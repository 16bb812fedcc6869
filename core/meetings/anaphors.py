"""Words that refer back to a place named before (同国, 同町, 同市, 同県): read as that place, so a meeting's
side (同国の首相と会談, 同町と地区との間で話し合い) or a visit's host (同国を訪問) is the country or town; to a
person named before, as a meeting's partner (同大統領と電話で協議, 同氏との会談): that person; and to a body named
before, as a clause's subject or partner (同社は…日産自動車と協議した, 同党との協議): that body."""

from __future__ import annotations

import re

from core.clauses.body_references import AS_SOURCE, OUTLET_ENDING, OUTLET_WORDS, PUBLIC_BODY, refers_to_a_body
from core.clauses.referents import candidates, referred
from core.clauses.spans import SpanIndex
from core.meetings.name_read import STAFF_OF
from core.model import ShortForm
from core.nlp.office_names import full_office, office_roles
from core.nlp.offices import HONORIFICS, OFFICE_WORDS, office_after
from core.registry import found_name
from core.text import sentence_start

# 同国, 同町: not inside a word (共同市場, 合同国際会議) and not the start of another (同国人, 同市内の: a word of its own)
_SAME_PLACE = re.compile(r"(?<![\u4e00-\u9fff])同(?P<kind>[国都府県市町村区州])")
# What may follow the word when it stands for the place: a particle or mark, its government or delegation
_PLACE_ENDS = re.compile(r"(?:[^\u4e00-\u9fff]|$|政府|当局|側|代表団|議会)")
# 来日, 訪日, 離日, 滞日: Japan as the letter of a visit word, where a visitor goes; 同国 after it is the visitor's
# country (ルトノ外相は来日した。…同国の外相と: Indonesia), as a Japanese text never calls Japan 同国
_JAPAN_VISITED = re.compile(r"[来訪離滞]日")
# How far back the place it refers to may be named
_REACH = 1500


def places_referred(body: str, mentions: list) -> list:
    """The mentions, with one for each 同国 (the last country named before it) and 同町, 同市, 同県…
    (the last place named before it written with that word's last character) no mention covers yet,
    carrying that place's type, entity and name; in order of start."""
    if "同" not in body:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    person_ends = {m.end for m in mentions if m.type == "PERSON"}
    # (ライス米国務長官: the country in a person's title is not the place the text speaks of)
    places = [m for m in mentions if m.type in ("GPE", "LOC") and m.start not in person_ends]
    extra = []
    for found in _SAME_PLACE.finditer(body):
        start, end = found.span()
        if not (_PLACE_ENDS.match(body, end) or _office_at(body, end)) \
                or any(a < end and start < b for a, b in taken):
            continue
        referent = _last_place(body, places, found["kind"], start)
        if referent is not None:
            name = referent.full_name if isinstance(referent, ShortForm) else referent.text
            extra.append(ShortForm(start, end, found.group(0), referent.type, referent.entity_id, source=None,
                                   full_name=name))
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


def _office_at(body: str, position: int) -> bool:
    """Whether an office starts right at position (同国首相, 同国外相)."""
    title = office_after(body, position)
    return title is not None and title.start() == position


def _last_place(body: str, places: list, kind: str, before: int):
    """The place named last before position that the word 同 + kind refers to: a country for 国, else one
    whose name ends with kind (白浜町 for 同町); None when none is named within reach."""
    for m in reversed(places):
        if m.end > before:
            continue
        if before - m.end > _REACH:
            return None
        if not m.entity_id or m.text.startswith("同") or _JAPAN_VISITED.fullmatch(body, max(0, m.start - 1), m.end):
            continue
        if kind == "国" and m.type == "GPE" and m.entity_id.startswith("country:"):
            return m
        if kind != "国" and m.text.endswith(kind) and len(m.text) > 1:
            return m
    return None


# 同大統領と, 同氏との, 同長官に対し: a word referring back to a person, joined as a partner (not 同日, 同協定, nor
# the と of a thought: 同氏と思われる男性)
_SAME_PERSON = re.compile(r"(?<![\u4e00-\u9fff])同(?P<title>[\u4e00-\u9fff]{1,6}?)(?=ら?(?:との|とも|に対し|を交え|と(?![思考見みさいしな言呼])))")
# 首相官邸で大統領と会談, 首相は外相と協議: an office alone, as a partner, for the one named before with it (not the
# end of a title or a name: 米大統領と, 福田首相と; not a country's: 中国の首相と; nor 代表と, a body's envoys)
_BARE_TITLE = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9０-９・の同])(?P<title>[\u4e00-\u9fff]{1,5}?)"
                         r"(?=(?:との|とも|に対し|と(?![思考見みさいしな言呼])(?![^、。をにでとの]{1,8}?(?:が|は))))")
# (首相と全閣僚が署名: two subjects listed, no partner)
_NOT_BARE = {*HONORIFICS, "代表", "氏"}
# How many people named before a word for a person may refer back past
_PEOPLE_REACH = 1500
_SENTENCE = 300  # characters: longer than a sentence of news runs


def people_referred(body: str, mentions: list) -> list:
    """The mentions, with one for each word for a person joined as a partner (同大統領と, 同外相との会談,
    同氏と, an office alone: 大統領と) no mention covers: the person named last with that office, else (同 only) with an
    office of its role (同外相 after 潘基文外交通商相; 同氏: the person named last),
    someone other than the people its own sentence names before it (麻生外相は…同外相と: not 麻生);
    carrying that person's entity and name; in order of start."""
    found = [f for f in _SAME_PERSON.finditer(body)
             if f["title"] == "氏" or f["title"] in OFFICE_WORDS and f["title"] not in HONORIFICS] if "同" in body else []
    found += [f for f in _BARE_TITLE.finditer(body) if f["title"] in OFFICE_WORDS and f["title"] not in _NOT_BARE]
    if not found:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    people = SpanIndex([m for m in mentions if m.type == "PERSON" and m.entity_id], ("PERSON",))
    extra = []
    for word in found:
        start, end = word.span()
        if any(a < end and start < b for a, b in taken):
            continue
        s_start = sentence_start(body, start)
        own = {m.entity_id for m in people.within(s_start, start)}
        if word["title"] == "氏":
            named = [m for m in people.before(start, max(0, start - _PEOPLE_REACH)) if m.end <= start]
        elif not word.group(0).startswith("同"):  # 大統領と: the one named before with that very office
            named = [c.mention for c in candidates(body, people, start, word["title"])]
        else:  # the office written with them, or one the gazetteer records under the same role (同外相: 外交通商相)
            roles = office_roles(word["title"])
            named = [c.mention for c in candidates(body, people, start, word["title"])] + \
                [c.mention for c in candidates(body, people, start)
                 if c.office is not None and roles & office_roles(full_office(c.office))]
        referent = next((m for m in named if m.entity_id not in own), None)
        if referent is not None:
            extra.append(ShortForm(start, end, word.group(0), "PERSON", referent.entity_id, source=None,
                                   full_name=_name(body, referent)))
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


def _name(body: str, mention) -> str:
    return mention.full_name if isinstance(mention, ShortForm) and mention.full_name else body[mention.start : mention.end]


# 同社は, 同党が, 同球団と, 同連盟との: a word that refers back to a body, as a clause's subject or a partner (not
# inside a word: 共同社, 合同会社; 同社長 is a person); or before its staff (同党の幹部と, 同社の社長と: STAFF_OF), who
# meet for it as they do for the body named in full
_SAME_BODY = re.compile(r"(?<![\u4e00-\u9fff])同[\u4e00-\u9fff\u30a1-\u30faー]{1,4}?(?=ら?側?(?:は|が|と|との|とも|も|や|、)|の)")
# 同社 stands for a company: not a public body, a court or a party (referents.PUBLIC_BODY), nor a town
_TOWN = re.compile(r"[市町村県府都道]$")


def bodies_named_back(body: str, mentions: list) -> list:
    """The mentions, with one for each word that refers back to a body (同社, 同党, 同球団) as a clause's subject or
    partner no mention covers: the organisation named last that the word fits (core.clauses.referents), a
    company never the outlet that reports on it (…によると、…同社は: the company), an outlet only by a word for one
    (同紙), never a body its own sentence names but the one it cites as its source (朝日新聞によると、主催者の同紙と
    高野連は: the paper); carrying its entity and full name; in order of start."""
    if "同" not in body:
        return mentions
    found = [f for f in _SAME_BODY.finditer(body) if refers_to_a_body(f.group(0))
             and (not body.startswith("の", f.end()) or STAFF_OF.match(body, f.end()))]
    if not found:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    index = SpanIndex(mentions, ("PERSON", "GPE", "ORG"))
    extra = []
    for word in found:
        start, end = word.span()
        if any(a < end and start < b for a, b in taken):
            continue
        head = word.group(0)[1:]
        # its sentence, read no further than a sentence runs (a page with no 。 is not one sentence)
        s_start = max(sentence_start(body, start), start - _SENTENCE + 1)
        s_end = min((i for i in (body.find("。", end, end + _SENTENCE), body.find("\n", end, end + _SENTENCE))
                     if i >= 0), default=min(len(body), end + _SENTENCE))
        # (朝日新聞によると、主催者の同紙と高野連は: the body its sentence cites as its source is no side of it)
        own = {m.entity_id or m.text for m in index.within(s_start, s_end)
               if m.type == "ORG" and not AS_SOURCE.match(body, m.end)}
        first = referred(body, index, word.group(0), start)
        # 日産自動車は、同社と協議: not a body its own sentence names (the company before it); 日本経済新聞によると、…
        # 同社は: a company, never the outlet that reports on it; 同紙: an outlet only; 同連盟: a …連盟
        chosen = [first] if first is not None and first.type == "ORG" else []
        chosen += [m for m in index.before(start, max(0, start - _REACH)) if m.type == "ORG" and m is not first]
        if _AS_SUBJECT.match(body, end):  # A社はB社との提携を発表した。同社は…: the subject goes on, not B
            chosen = _subjects_first(body, chosen, s_start)
        referent = next((m for m in chosen if (m.entity_id or m.text) not in own
                         and _fits(head, _body_name(body, m))), None)
        if referent is None:
            continue
        name = _body_name(body, referent)
        extra.append(ShortForm(start, end, word.group(0), "ORG", referent.entity_id or f"found:ORG:{name}",
                               source=None, full_name=name))
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


# 同社は, 同党が: the word as its clause's subject (not 同社と, 同社の)
_AS_SUBJECT = re.compile(r"側?(?:は|が)(?!ら)")
# Xは, X(東証1部)が, X側は: a body standing as its clause's subject
_STANDS_AS_SUBJECT = re.compile(r"(?:[(（][^()（）。]{1,20}[)）])?側?(?:は|が)(?![らわ])")
_SUBJECT_REACH = 2  # sentences: a subject left out goes on from the sentence before or the one before that


# 主催者の同紙と高野連は, 同市と同社が: a word for a body joined to another side by と or や
_JOINED_BEFORE = re.compile(r"(?:と|や|及び)$")
_JOINED_AFTER = re.compile(r"ら?側?(?:と|との|とも|や)")


def bodies_joined(body: str, actors, clause: int, start: int) -> list:
    """The mentions bodies_named_back gave words for a body (同紙, 同社) in [clause, start) that are joined to
    another side by と or や (主催者の同紙と高野連は: the paper named back takes part, though its sentence cites it)."""
    return [m for m in actors if isinstance(m, ShortForm) and m.type == "ORG" and clause <= m.start and m.end <= start
            and (_JOINED_BEFORE.search(body, max(0, m.start - 2), m.start) or _JOINED_AFTER.match(body, m.end))]


def _subjects_first(body: str, chosen: list, s_start: int) -> list:
    """The bodies that may be referred to, the one that stood last as a clause's subject (Xは, Xが) in the two
    sentences before first: a word for a body that is its own clause's subject continues that subject (Japanese
    prose keeps its topic), not the body named last as an object or a partner."""
    begin = s_start
    for _ in range(_SUBJECT_REACH):
        begin = sentence_start(body, max(0, begin - 1))
    subject = next((m for m in chosen if begin <= m.start < s_start and _STANDS_AS_SUBJECT.match(body, m.end)), None)
    return [subject] + [m for m in chosen if m is not subject] if subject is not None else chosen


def _body_name(body: str, mention) -> str:
    return found_name(mention.entity_id) or _name(body, mention)


def _fits(head: str, name: str) -> bool:
    """Whether a word for a kind of body (社, 党, 紙, 連盟) may stand for the body so named."""
    if bool(OUTLET_ENDING.search(name)) != (head in OUTLET_WORDS) or len(name) <= len(head):
        return False  # 同社: a company, not an outlet; 同紙: an outlet; 同大学: a …大学, not the word 大学 alone
    if head == "社":
        return not (PUBLIC_BODY.search(name) or _TOWN.search(name))  # (判決では、…同社と契約: not the court)
    return head in OUTLET_WORDS or name.endswith(head)
