"""Clauses read around their predicates: the subject, partners, object, complement, source and
addressee of each verb of speech, position or meeting, sentence by sentence.

The subject of a clause is, in this order: a topic set off by a comma (Xは、) — it governs the
whole sentence, so ネウパネ会長は、この登山隊は…と語った is the chairman's; a phrase named between
the complement and the verb (「…」と、X外相が語った: the holder after the quote); the first topic
(Xは); the last が/も-phrase before the complement. Phrases inside quotes are never arguments of
the clause outside them. A clause with no subject carries over the last one named (the omitted
subject of Japanese prose), marked as carried. Which phrases may be a subject at all is
core.clauses.speakers's test; names without their titles are core.clauses.titles's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from core.clauses.phrases import Phrase, phrases, phrases_before
from core.clauses.predicates import predicates
from core.clauses.referents import HEAD_OFFICES, referred, split_title
from core.clauses.spans import SpanIndex
from core.clauses.speakers import NOT_A_SPEAKER, can_speak, head_of, named_in
from core.clauses.titles import ASIDE_END, FOREIGN_NAME_END, only_a_title, strip_title
from core.sentences import LONGEST, sentence_spans
from core.text import sentence_start

ACTOR_TYPES = ("PERSON", "ORG", "GPE")
# A quote told as a noun of speech: 「…」とする声明, 「…」という発言, 「…」とのコメント
_SAID_AS = re.compile(r"(?P<quote>「[^「」]*(?:「[^「」]*」[^「」]*)*」)(?P<as>とする|という|との)(?:[^、。「」]{0,12}?の)?"
                      r"(?:声明|談話|コメント|メッセージ|見解|発言|考え|立場|方針|意向|見方|認識|見通し)")
# A noun right after a predicate: the predicate describes it (抗議する会, 歓迎する数千人, 反対する2,000人)
_NOUN_NEXT = re.compile(r"(?![上際後中])[\u4e00-\u9fff\u30a1-\u30fa0-9０-９]")
# …に反対する声明を発表した: the statement announced says what the predicate says
_STATEMENT_NEXT = re.compile(r"(?:[^、。「」]{0,6}の)?(?:声明|談話|コメント|書簡|メッセージ|決議)を")


@dataclass(frozen=True, slots=True)
class Argument:
    """A phrase that fills a role of a clause, with the entity mentions it names."""

    role: str  # subject, partner, object, complement, source, addressee
    start: int
    end: int
    text: str
    particle: str
    head: object | None = None  # the mention that stands for the phrase: a person over their country
    members: tuple = ()  # every person, body or country the phrase names (A首相、B首相は: both)
    carried: bool = False  # read from an earlier clause, the sentence naming nobody

    def name(self) -> str:
        """The holder's name as written: the head mention's text, else the phrase without its title."""
        if self.head is not None:
            return self.head.text
        text = strip_title(ASIDE_END.sub("", self.text).strip("「」"))
        foreign = FOREIGN_NAME_END.search(text)
        return foreign.group(0) if foreign else text  # …外交官リチャード・ホルブルック → the name

    def only_a_title(self) -> bool:
        """長官は, 同氏は, 首相は: a title that stands for someone named before, never a holder itself."""
        return self.head is None and only_a_title(self.text)


@dataclass(frozen=True, slots=True)
class Clause:
    """One predicate with its arguments."""

    kind: str  # speech, position, meeting
    predicate: str
    start: int  # where the predicate begins
    end: int
    sentence: tuple[int, int]
    subject: Argument | None = None
    partners: tuple[Argument, ...] = ()
    object: Argument | None = None
    complement: Argument | None = None
    source: Argument | None = None
    addressee: Argument | None = None
    relative: bool = False  # the predicate describes the noun after it (抗議する会, 判決を歓迎する数千人): no statement


def read_clauses(body: str, mentions: list) -> list[Clause]:
    """Every clause of body around a predicate of speech, position or meeting, in text order."""
    actors = sorted((m for m in mentions if m.type in ACTOR_TYPES), key=lambda m: m.start)
    starts = [m.start for m in actors]
    index = SpanIndex(actors)
    out: list[Clause] = []
    last: Argument | None = None
    # the sentences with no clause since last was set, oldest first: the topic each opens with is read only when a
    # clause with no subject of its own carries one (most never are: a later clause names its subject, or none comes)
    untold: list = []
    for s_start, s_end in sentence_spans(body):
        verbs = [v for v in predicates(body, s_start, s_end) if not _inside_quote(body, s_start, v[1])]
        if not verbs:  # its actors are looked up only if its topic is asked for (_last_topic)
            untold.append((s_start, s_end, None, None))
            continue
        mine = actors[bisect_left(starts, s_start) : bisect_left(starts, s_end)]  # each sentence reads its own
        # the phrases serve a predicate's clause or an actor's topic: a sentence with neither needs none,
        # one with no predicate (outside its quotes) only the first few (the topic it opens with, read when asked),
        # one with predicates those before the last one (a clause reads the phrases before its predicate)
        cut = phrases_before(body, s_start, s_end, verbs[-1][1])
        begin = s_start
        told = False
        for kind, p_start, p_end in verbs:
            clause = _clause(body, kind, p_start, p_end, (s_start, s_end), [p for p in cut if p.after <= p_start],
                             mine, begin)
            if clause.subject is not None and clause.subject.only_a_title():
                earlier = referred(body, index, clause.subject.text, clause.subject.start, s_start)
                if earlier is not None:  # 長官は: ルビオ長官, named before; 韓国の外相は: the Korean one
                    clause = replace(clause, subject=replace(clause.subject, head=earlier))
            elif clause.subject is not None and _country_office(clause.subject):
                earlier = referred(body, index, clause.subject.text, clause.subject.start, s_start)
                if earlier is not None:  # 韓国外相は: 康京和, named before with that office, not 韓国
                    clause = replace(clause, subject=replace(clause.subject, head=earlier))
            if kind == "speech" and clause.complement is None:
                continue  # 判決が言い渡され: a speech word with nothing said is no report
            if clause.subject is None and untold:
                last, untold = _last_topic(body, untold, last, actors, starts), []
            if clause.subject is None and last is not None:
                # carried from an earlier sentence; within one sentence the subject is still the one named
                clause = replace(clause, subject=replace(last, carried=last.start < s_start))
            elif clause.subject is not None:
                last, untold = clause.subject, []
            out.append(clause)
            told = True
            begin = p_end  # the next clause names its own subject, or carries this one's (…と述べ、…と強調した)
        if not told:
            untold.append((s_start, s_end, cut, mine))
    return out


def _last_topic(body: str, untold: list, last: Argument | None, actors: list, starts: list) -> Argument | None:
    """The subject a clause carries after the sentences in untold (oldest first), none of which told a clause: the topic
    the newest one that opens with a topic opens with, else last (each sentence read at most once: untold is emptied).
    A sentence with no predicate comes with no actors (None): its own are looked up here, in actors by their starts."""
    for s_start, s_end, cut, mine in reversed(untold):
        if mine is None:
            mine = actors[bisect_left(starts, s_start) : bisect_left(starts, s_end)]
        if cut is None or len(cut) < _OPENING:
            # a sentence with no predicate, or the opening phrases lying past its last predicate
            cut = phrases(body, s_start, s_end, _OPENING) if _may_open_with_topic(body, mine, s_end) else (cut or [])
        topic = _opening_topic(body, cut, mine)
        if topic is not None:
            return topic
    return last


def _clause(body, kind, p_start, p_end, sentence, cut: list[Phrase], mine, begin) -> Clause:
    s_start = sentence[0]
    cut = [p for p in cut if p.start >= begin]
    roles: dict = {"partners": []}
    complement_at = None
    if kind in ("speech", "position"):
        # the complement: the last と-phrase before the verb (「…」と, …と、); before a position's
        # object only when it closes a quote (「…」などと判決を批判した)
        objects = 0
        for i in range(len(cut) - 1, -1, -1):
            if cut[i].group == "object":
                objects += 1
                if kind == "speech" or objects > 1:
                    break  # …削減と…移転を含む構想に反発: a と before an object joins nouns, it reports nothing
            if cut[i].group == "partner":
                quoted = _closes_quote(body, cut[i])
                complement_at = i if _reports(body, cut[i]) and (kind == "speech" or quoted) else None
                break
    topic_i = next((i for i, p in enumerate(cut) if p.group == "topic" and p.comma and can_speak(body, p, mine)), None)
    if topic_i is None:
        topic_i = next((i for i, p in enumerate(cut) if p.group == "topic" and can_speak(body, p, mine)
                        and (complement_at is None or i < complement_at)), None)
    if topic_i is not None and cut[topic_i].particle == "では" and any(
            p.group in ("subject", "topic") and can_speak(body, p, mine) and (complement_at is None or j < complement_at)
            for j, p in enumerate(cut) if j > topic_i):
        topic_i = None  # フランスでは農業省が…発表した: the country is the setting, the ministry speaks
    after = [i for i, p in enumerate(cut) if complement_at is not None and i > complement_at
             and p.group in ("subject", "topic", "also") and can_speak(body, p, mine)]
    subject_i = after[0] if after else topic_i
    if subject_i is None:
        before = [i for i, p in enumerate(cut) if p.group in ("subject", "also") and can_speak(body, p, mine)
                  and (complement_at is None or i < complement_at)]
        subject_i = before[0] if before and complement_at is not None else (before[-1] if before else None)
    if subject_i is not None:
        roles["subject"] = _argument(body, "subject", cut, subject_i, mine)
    if complement_at is not None:
        phrase = cut[complement_at]
        if _closes_quote(body, phrase):
            end = body.rfind("」", phrase.start, phrase.end) + 1
            start = _quote_start(body, phrase.start, end)
            roles["complement"] = Argument("complement", start, end, body[start:end], phrase.particle)
        else:  # a clause: from after its subject, source or addressee to its と
            start = max(begin, s_start)
            for j, p in enumerate(cut[:complement_at]):
                if j == subject_i or p.group in ("source", "addressee") or (p.group == "topic" and p.comma):
                    start = max(start, p.after)
            roles["complement"] = Argument("complement", start, phrase.end, body[start:phrase.end], phrase.particle)
    for i, p in enumerate(cut):
        if p.after < begin or i == subject_i or i == complement_at:
            continue
        if p.group == "source":
            roles["source"] = _argument(body, "source", cut, i, mine)
        elif p.group == "addressee":
            roles["addressee"] = _argument(body, "addressee", cut, i, mine)
        elif (p.group == "object" or (kind == "position" and p.particle == "に")) and p.after >= p_start - 12:
            roles["object"] = _argument(body, "object", cut, i, mine)  # …を批判した, …に反対した
        elif p.group == "partner" and kind == "meeting" and p.particle in ("と", "との", "との間で", "とともに", "と共に"):
            roles["partners"].append(_argument(body, "partner", cut, i, mine))
    partners = tuple(roles.pop("partners"))
    said = roles.get("object") and _SAID_AS.match(body, roles["object"].start, roles["object"].end)
    if said and "complement" not in roles:  # 「…」とする声明を明らかにした: the quote is what was said
        q_end = said.end("quote")
        roles["complement"] = Argument("complement", said.start(), q_end, body[said.start():q_end], said.group("as"))
    relative = bool(_NOUN_NEXT.match(body, p_end)) and not _STATEMENT_NEXT.match(body, p_end)
    return Clause(kind, body[p_start:p_end], p_start, p_end, sentence, partners=partners, relative=relative, **roles)


def _country_office(subject: Argument) -> bool:
    """韓国外相, 米国務長官: a country and an office one person holds for it, the country the phrase's head."""
    if subject.head is None or subject.head.type != "GPE" or subject.head.start != subject.start:
        return False
    split = split_title(subject.text)
    return split is not None and split[1] in HEAD_OFFICES


def _closes_quote(body: str, phrase: Phrase) -> bool:
    """「…」と, 「…」などと: the phrase is a quote."""
    return body.endswith("」", phrase.start, phrase.end) or body.endswith("」など", phrase.start, phrase.end)


def _reports(body: str, phrase: Phrase) -> bool:
    """A と that closes something said: after a quote or a predicate (…した, …ない, …だ), not after a noun."""
    before = body[phrase.end - 1] if phrase.end > phrase.start else ""
    return before == "」" or bool(re.match(r"[ぁ-ゖ]", before))


def _quote_start(body: str, start: int, end: int) -> int:
    """Where the outermost quote closing at end opens."""
    depth = 0
    for i in range(end - 1, start - 1, -1):
        if body[i] == "」":
            depth += 1
        elif body[i] == "「":
            depth -= 1
            if depth == 0:
                return i
    return start


def _inside_quote(body: str, s_start: int, position: int) -> bool:
    return body.count("「", s_start, position) > body.count("」", s_start, position)  # counted in place, no copy


def _argument(body: str, role: str, cut: list[Phrase], i: int, mine) -> Argument:
    """The argument of phrase i, with the names listed before it (A首相、B首相、C外相は)."""
    phrase = cut[i]
    start = phrase.start
    while True:  # a list of names cut by commas: the phrase before ends where this one begins
        comma = start - 1
        if comma <= 0 or body[comma] != "、":
            break
        back = body.rfind("、", max(0, comma - LONGEST), comma)
        floor = max(back + 1, sentence_start(body, comma, LONGEST))
        named = [m for m in mine if floor <= m.start and m.end <= comma]
        piece = body[floor:comma]
        if not named or len(piece) > 40 or "「" in piece or re.search(r"[ぁ-ゖ]$", piece):
            break
        start = floor
    named = [m for m in mine if start <= m.start and m.end <= phrase.end]
    text = body[start : phrase.end]
    return Argument(role, start, phrase.end, text, phrase.particle, head_of(body, named, start, phrase.end), tuple(named))


_OPENING = 3  # how many phrases a sentence's opening topic is looked for in
# A match, a tournament or an era named after a side (前述したDeNA戦では, タジキスタン戦では, サガン鳥栖時代は), or a
# time or an event (NOT_A_SPEAKER): when things happened, no one to carry to the next sentences' claims
_SETTING = re.compile(r"(?:戦|試合|大会|時代)$")


def _may_open_with_topic(body: str, mine, s_end: int) -> bool:
    """Whether a sentence may open with a topic naming one of its actors (mine): a は after one of them (a topic's
    particle, は or では, comes after the names its phrase holds); most sentences have none, and are not cut."""
    return bool(mine) and body.find("は", min(m.end for m in mine), s_end) >= 0


def _opening_topic(body: str, cut: list[Phrase], mine) -> Argument | None:
    """The topic a sentence with no predicate opens with, carried to the next clauses."""
    for i, p in enumerate(cut[:_OPENING]):
        setting = _SETTING.search(body, p.start, p.end) or NOT_A_SPEAKER.search(body, p.start, p.end)
        if p.group == "topic" and named_in(p, mine) and not setting:
            return _argument(body, "subject", cut, i, mine)
    return None
