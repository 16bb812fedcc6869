"""Who governs a claim's verb of saying: the subject of its sentence's main clause, read once per sentence.

A sentence may name several people or bodies before a claim, and only one of them says it. The others stand where a
subject cannot govern the verb: inside a quote or an aside, as a source (Aによると), as the owner of another noun
(Aの報道官), inside a clause that describes a noun (Aが司会をつとめる番組, Aが…したことについて), or as the subject of a
subordinate clause when the sentence has a topic of its own (Aは、Bが…と話すと、「…」と応じた). A topic (は, も) never
stands inside a clause that describes a noun, so the last one written at the sentence's top level governs the verb
unless a が-subject of the main clause follows it (Aは、Bが「…」と述べた). A speaker written between a quote and its verb
(「…」と、A氏は述べた) governs it before any.

The sentence is read once, left to right: its quotes and asides blanked, its subjects found by one pattern and each
judged by the first mark (a verb describing a noun, a subordinate clause's end) after it, found by another; a claim
then takes the governor among those before it by bisection. The cost grows with the sentence's length.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from core.claims.holders import NOT_A_HOLDER, NOT_A_NAME
from core.claims.name_shape import DEMONSTRATIVE
from core.clauses.titles import only_a_title
from core.nlp.offices import OFFICE_WORDS
from core.scan import skipping
from core.sentences import LONGEST

_FILL = "〓"
# The brackets a quote or an aside opens with, and every bracket (top_level steps from one to the next)
_OPENING = "「『(（"
_BRACKET = re.compile(r"[「『(（」』)）]")
# A noun phrase with its particle: a name or a body (maybe Aの報道官 or Aさんの娘, with an aside and an honorific), then は, も or
# が as a particle (not はじめ, がら: no hiragana after it but a demonstrative or an adverb opening the clause)
_SUBJECT = re.compile(
    r"(?P<phrase>(?:(?P<owner>[\u4e00-\u9fff々\u30a1-\u30faーA-Za-z・]{1,20}(?:氏|さん)?(?:[(（]〓*[)）])?(?:氏|さん)?)の)?"
    r"(?P<name>[\u4e00-\u9fff々\u30a1-\u30faーA-Za-z・]{1,24}))(?:[(（]〓*[)）])?(?:氏|さん|ら|たち|側)?(?:ら|たち)?"
    r"(?P<p>は|も|が)(?:、|(?![\u3041-\u3096])|(?=この|その|これ|それ|また|さらに|すでに|まず|あらため))")
# After a subject, what closes the clause it is the subject of: a verb describing the noun after it (…が司会をつとめる
# 番組, …が発表したことに), a joint to a clause of its own (…していないが、 …ものの、), or a subordinate clause's end
# (…が話すと、 …が来日した際、), one of them a clause its subject goes on from (…が会見を開いて、 …ながら、).
_MARK = re.compile(
    r"(?P<modifier>(?:[るたう]|ている|ていた|した|する)(?!際|後|上で|時|前|ため|場合|結果|ほか|中)"
    r"(?=[\u4e00-\u9fff\u30a1-\u30fa0-9０-９「]|こと|もの|の(?:[をにはがでも]|で)))"
    r"|(?P<comma>、)(?<!って、)(?<![てでとば]、)(?<!ながら、)|(?P<joint>(?:[たるいだ]が|けれども?|けど|ものの|一方で?|のに対し(?:て)?)、)"
    r"|(?P<sequence>(?:[てで]|ながら)、)"
    r"|(?P<subordinate>(?:と|ば|たら|ので|から|ため|後|際|ところ|ほか|うえ|上で|(?<=る)や)、|てから)")
# Both are searched over every sentence with a claim as their skipping twins (core.scan), which skip in C the letters no
# match begins with (hiragana, blanks, marks for _SUBJECT; all but a clause's last letters for _MARK): the same matches
_SUBJECT, _MARK = skipping(_SUBJECT), skipping(_MARK)


# What ends a topic's own clause before another topic: a quote, or a predicate and its comma (決まり、, 述べ、,
# …とともに、; not a particle's, nor に対し、, について、 and their kin)
_TOLD = re.compile(r"「|(?<=ともに)、|(?<=[\u3041-\u3096])(?<![はがもでにとをへやの])(?<!対し)(?<!関し)(?<!際し)(?<!対して)(?<!ついて)"
                   r"(?<!として)(?<!関して)(?<!おいて)(?<!際して)、")


class Subject(NamedTuple):
    """A subject at the sentence's top level: where its phrase and name stand, its particle, and the first mark after
    it (where and which: "modifier", "joint", "subordinate" or "sequence"; -1 and None when none follows)."""

    start: int  # the phrase's start (the owner's, for Aの報道官)
    name_start: int
    end: int  # the name's end
    particle: str
    refers: bool  # a title or 同氏 standing for someone named elsewhere (首相は, 同社は)
    mark_at: int
    mark: str | None

    def clause(self, claim_start: int) -> str | None:
        """How the subject's clause closes before a claim at claim_start: "modifier", "joint", "subordinate" (a
        clause going on to the next, "sequence", is one too) or None (it reaches the claim)."""
        if not 0 <= self.mark_at < claim_start:
            return None
        return "subordinate" if self.mark == "sequence" else self.mark


def top_level(text: str) -> str:
    """text with the inside of each quote and aside blanked (brackets kept), in one pass; a sentence cut inside a
    quote (its 。 the quote's) is blanked up to the quote's close. The pass steps from bracket to bracket (found in
    C), each run of letters between two copied or blanked whole."""
    pieces, depth, cut, at = [], 0, -1, 0
    for mark in _BRACKET.finditer(text):
        i, ch = mark.start(), mark.group()
        if i > at:
            pieces.append(_FILL * (i - at) if depth else text[at:i])
        if ch in _OPENING:
            pieces.append(_FILL if depth else ch)
            depth += 1
        elif depth:
            depth -= 1
            pieces.append(_FILL if depth else ch)
        else:
            if ch in "」』":
                cut = i  # a quote closing that opened before the sentence: its words are blanked up to here
            pieces.append(ch)
        at = i + 1
    if at < len(text):
        pieces.append(_FILL * (len(text) - at) if depth else text[at:])
    return _FILL * (cut + 1) + "".join(pieces)[cut + 1 :]


class Sentence:
    """One sentence's subjects at its top level, read once for every claim in it."""

    def __init__(self, body: str, start: int, end: int) -> None:
        self.start, self.end = start, min(end, start + LONGEST)
        self.text = top_level(body[self.start : self.end])
        marks = [(m.start(), m.lastgroup) for m in _MARK.finditer(self.text)]
        mark_at = [at for at, _ in marks]
        after_comma = [len(marks)] * len(marks)  # each mark's next joint or subordinate end, found from the end
        for i in range(len(marks) - 2, -1, -1):
            after_comma[i] = i + 1 if marks[i + 1][1] in ("joint", "subordinate", "sequence") else after_comma[i + 1]
        self.subjects: list[Subject] = []
        for found in _SUBJECT.finditer(self.text):
            refers = _refers(found.group("name"), found.group("owner"))
            if refers is None:
                continue
            at, mark = _first_mark(marks, after_comma, mark_at, found.end("p"))
            self.subjects.append(Subject(self.start + found.start("phrase"), self.start + found.start("name"),
                                         self.start + found.end("name"), found.group("p"), refers,
                                         at + self.start if at >= 0 else -1, mark))
        self._ends = [s.end for s in self.subjects]
        self._told = [self.start + m.start() for m in _TOLD.finditer(self.text)]

    def _told_between(self, start: int, end: int) -> bool:
        """Whether a quote or a clause's predicate stands at the top level between start and end."""
        i = bisect_left(self._told, start)
        return i < len(self._told) and self._told[i] < end

    def governor(self, claim_start: int, claim_end: int, verb_at: int | None) -> Subject | None:
        """The subject that governs the verb of saying of a claim at [claim_start, claim_end), its verb at verb_at."""
        if claim_start > self.end:
            return None  # past what was read (core.sentences.LONGEST)
        if verb_at is not None and claim_end <= verb_at:  # 「…」と、A氏は述べた: written between the claim and its verb
            i, j = bisect_left(self._ends, claim_end), bisect_right(self._ends, verb_at)
            between = [s for s in self.subjects[i:j] if s.start >= claim_end and s.particle in ("は", "が")]
            if between:
                return between[-1]
        before = self.subjects[: bisect_right(self._ends, claim_start)]
        topic = None  # the first topic since the last whose clause closed (JTBは…ないが、観光省は「…」: 観光省; 王毅外相は、
        for s in reversed(before):  # 日本は「…」: 王毅, the second topic is what the words are about)
            if s.particle in ("は", "も"):
                if s.clause(claim_start) == "joint" or topic is not None and self._told_between(s.end, topic.start):
                    break  # (Aは「…」と述べ、Bは「…」, Aは…決まり、Bは「…」: B's own words)
                topic = s
        for s in reversed(before):
            if topic is not None and s.start < topic.start:
                break
            if s.particle == "が" and s.clause(claim_start) is None:
                return s  # a が-subject of the main clause, after the topic if any: Aは、Bが「…」と述べた
        if topic is not None:
            return topic
        # no topic: the subject of a clause the sentence goes on from (Aが会見を開いて、「…」と述べた), not of a clause of
        # cause, time or condition (理事会が行われていたため、: another's)
        return next((s for s in reversed(before) if s.particle == "が" and s.mark == "sequence"
                     and s.clause(claim_start) == "subordinate"), None)


def _first_mark(marks: list, after_comma: list[int], mark_at: list[int], at: int) -> tuple[int, str | None]:
    """Where and which mark closes a subject's clause after at, (-1, None) if none: the first, but past a comma the
    first joint or subordinate end (Aが、…する計画を: a subject set off by a comma is no clause's describing a noun)."""
    i = bisect_left(mark_at, at)
    if i < len(marks) and marks[i][1] == "comma":
        i = after_comma[i]
    return (marks[i][0], marks[i][1]) if i < len(marks) else (-1, None)


def _refers(name: str, owner: str | None) -> bool | None:
    """Whether a subject's name stands for someone named elsewhere (同氏, 首相: True), names people or a body
    (False), or is no one who says something at all: a time, a matter (None)."""
    if NOT_A_HOLDER.search(name) or DEMONSTRATIVE.match(name):
        return None
    bare = NOT_A_NAME.match(owner or name)
    if bare and (owner is not None or only_a_title(name[bare.end() :]) or name[bare.end() :] in OFFICE_WORDS
                 or len(name) - bare.end() < 2):
        return True  # 同氏, 前首相, 両国, 同社の広報担当者 (前原大臣 speaks)
    if owner is None and (name in OFFICE_WORDS or only_a_title(name)):
        return True
    return False if len(name) >= 2 or owner is not None else None
