"""A sentence cut into phrases, each ending with its particle: 米国のトランプ大統領|は、 記者団|に
「…」|と 述べた. Quotes and brackets are never cut; a particle counts only after a noun (a kanji,
katakana, digit, Latin letter, closing bracket) or after こと/もの, so したが and 最も are no particles.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from re import _parser  # type: ignore[attr-defined]

from core.sentences import LONGEST

# Longest first inside each group; the role a phrase plays is decided by the clause reader.
_PARTICLE = re.compile(
    r"(?P<about>について|に関して|に関し|をめぐって|をめぐり|をめぐる)"
    r"|(?P<source>によると|によれば|の話として|の情報として|の発表では|の発表によると|の報道によると)"
    r"|(?P<partner>との間で|とともに|と共に|との|と)"
    r"|(?P<topic>では|は)"
    r"|(?P<subject>が)"
    r"|(?P<also>も)"
    r"|(?P<object>を)"
    r"|(?P<addressee>に対して|に対し|に向けて)"
    r"|(?P<other>には|とは|へは|からは|に|で|へ|から|まで|より)"
)
_OPEN, _CLOSE = "「『(（[", "」』)）]"
# The letters a particle above begins with: at any other letter the reader below has nothing to do.
PARTICLE_FIRST = "にをのとではがもへかまよ"
# Where the reader has something to do: a bracket, a phrase's end, a letter a particle begins with.
_STOP = re.compile("[" + re.escape(_OPEN + _CLOSE) + "、。\n" + PARTICLE_FIRST + "]")
_NOT_AFTER = {"も": "最何誰今尚", "に": "的特既主共更為単徐非", "と": "段々"}
# A connective opening a sentence or clause with no comma after it (また報道官は, 一方米国は) is no part of the phrase
_CONNECTIVE = re.compile(r"(?:また|さらに|一方|なお|ただ|しかし|そして|だが|その後)(?=[\u4e00-\u9fff\u30a1-\u30faA-Za-z])")


@dataclass(frozen=True, slots=True)
class Phrase:
    start: int  # where the phrase's words begin
    end: int  # where its particle begins
    particle: str
    group: str  # about, source, partner, topic, subject, also, object, addressee, other
    after: int  # past the particle (and its comma)
    comma: bool  # the particle is set off by a comma (Xは、): a topic of the whole sentence


def phrases(text: str, start: int, end: int, limit: int | None = None) -> list[Phrase]:
    """The phrases of text[start:end] that end with a particle, in order (only the first limit ones, if given)."""
    return _walk(text, start, end, 0, start, [], limit)


def _walk(text: str, i: int, end: int, depth: int, begin: int, out: list, limit: int | None = None,
          stops: list | None = None) -> list[Phrase]:
    """phrases' reader from i, with the brackets open (depth) and the phrase's start (begin) the text before i left;
    stops, when given, gets each stop's (i, depth, begin, phrases read before it): where the walk can be taken up."""
    stop = _STOP.search
    while (found := stop(text, i, end)) is not None:  # the letters between change nothing: jumped in C
        i = found.start()
        if stops is not None:
            stops.append((i, depth, begin, len(out)))
        char = text[i]
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(0, depth - 1)
        elif char in "、。\n" and depth == 0:
            begin = i + 1
        elif depth == 0 and i > begin and _after_noun(text, i, begin):  # char is one of PARTICLE_FIRST
            match = _PARTICLE.match(text, i, end)
            if match and not _glued(text, match):
                after = match.end()
                comma = text.startswith("、", after)
                opening = _CONNECTIVE.match(text, begin, i) if text[begin] in "まさ一なたしそだ" else None
                out.append(Phrase(opening.end() if opening else begin, i, match.group(0), match.lastgroup, after + comma, comma))
                if len(out) == limit:
                    break
                begin = i = after + comma
                continue
        i += 1
    return out


# The most letters a particle reads (の発表によると), from the pattern itself.
_PARTICLE_REACH = _parser.parse(_PARTICLE.pattern).getwidth()[1]


def phrases_before(text: str, start: int, end: int, until: int) -> list[Phrase]:
    """The phrases of text[start:end] whose particle begins before until: those phrases(text, start, end) reads
    there, the same (what the reader sees of a phrase depends only on the text before it and the particle's
    letters), without reading the rest of the sentence."""
    return [p for p in phrases(text, start, min(end, until + _PARTICLE_REACH)) if p.end < until]


def phrases_to(text: str, start: int, end: int) -> list[Phrase]:
    """phrases(text, start, end), taken up near end from one walk of the clause kept for all the words it holds.

    Readers of each meeting word in a clause ask for its phrases up to the word; a clause packed with a thousand
    words was walked a thousand times. The walk from start is kept, walked on as far as the words ask (each further
    walk twice as far as the last, to LONGEST letters on at most: a text of many short clauses, each asked near its
    start, is not walked LONGEST letters on for each); up to a stop at least a particle's reach before end the walk
    cut at end reads the same (only a particle's match reads up to end), so only the rest is walked again, from
    that stop's state. Kept for one text at a time, as core.clause_scan keeps its scans."""
    if end > min(len(text), start + LONGEST):
        return phrases(text, start, end)
    key = (text, start)
    kept = _walks.get(key)
    if kept is None:
        if len(_walks) >= _KEPT or _walked_text[0] is not text:
            _walks.clear()
            _walked_text[0] = text
        kept = _walks[key] = _Walk(start)
    if end > kept.cut:
        kept.walk_on(text, min(len(text), start + LONGEST, max(end, start + _FIRST, start + 2 * (kept.cut - start))))
    at = kept.last_stop(end)
    if at < 0:
        return phrases(text, start, end)
    i, depth, begin, read = kept.stops[at]
    return _walk(text, i, end, depth, begin, kept.out[:read])


class _Walk:
    """A clause's walk from its start, cut where its words have asked so far: its phrases and each stop's state."""

    __slots__ = ("start", "cut", "out", "stops")

    def __init__(self, start: int):
        self.start = self.cut = start
        self.out: list[Phrase] = []
        self.stops: list[tuple] = []  # each stop's (i, depth, begin, phrases read before it)

    def last_stop(self, end: int) -> int:
        """The index of the last stop the walk cut at end leaves as this one read it (a particle's reach before
        end), or -1."""
        return bisect_right(self.stops, (end - _PARTICLE_REACH, )) - 1

    def walk_on(self, text: str, cut: int) -> None:
        """Walk on to cut, from the last stop the old cut left as it was (the walk records that stop again)."""
        at = self.last_stop(self.cut)
        i, depth, begin, read = self.stops[at] if at >= 0 else (self.start, 0, self.start, 0)
        stops = self.stops[: max(at, 0)]
        self.out = _walk(text, i, cut, depth, begin, self.out[:read], stops=stops)
        self.stops, self.cut = stops, cut


_FIRST = 64  # letters a clause's first walk reads at least; each further one reads twice as far
_KEPT = 256  # walks kept before they are let go
_walks: dict[tuple, _Walk] = {}
_walked_text: list = [None]


def _after_noun(text: str, i: int, begin: int) -> bool:
    before = text[i - 1]
    if "ぁ" <= before <= "ゖ":  # …したと述べた: と closes a clause after a verb; other particles follow nouns
        return text[i] == "と" or text.endswith(("こと", "もの", "ところ", "ら", "たち", "など"), begin, i)
    return before not in _NOT_AFTER.get(text[i], "")


def _glued(text: str, match: re.Match) -> bool:
    """A particle letter that begins a word of its own (とする, という, がら, もの) or joins a noun (へのX)."""
    rest = text[match.end() : match.end() + 2]
    if match.lastgroup == "partner" and match.group(0) == "と":
        return rest.startswith(("し", "い", "す", "な", "も", "は"))
    if match.group(0) in ("へ", "で", "から", "まで", "との間で") and rest.startswith("の"):
        return True  # 日本へのメッセージ, 会談での発言: the phrase goes on to its noun
    if match.group(0) == "で" and rest.startswith("あ"):
        return True  # 窓口機関である交流協会: である is a copula, no particle
    return match.group(0) in ("も", "が") and rest.startswith(("の", "ら", "しく"))


# の (or による) joining a phrase to the noun it ends before, with the few words that may stand between (an ordinal,
# a day, 初, a noun of a few kanji: AとBの第2回党首会談, AとBによる初の会談, AのB首相の会談, 米国と北朝鮮の5日の実務者協議)
_DAY = r"(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日"
_OF_JOINT = re.compile(r"(?:の|による)(?:第[0-9０-９一二三四五六七八九十]+回|[0-9０-９一二三四五六七八九十]+(?:回目|度目)の)?"
                       r"(?:" + _DAY + r"の)?(?:[\u4e00-\u9fff]{1,3}の|初の|初|[\u4e00-\u9fff]{0,4}|トップ)")
# how far before the noun the last の may stand (the longest joint above)
_OF_REACH = 24
_MODIFIER = re.compile(r"初|第[0-9０-９一二三四五六七八九十]+回|[0-9０-９一二三四五六七八九十]+(?:回目|度目)|" + _DAY)


def of_group(text: str, start: int, end: int) -> list[Phrase]:
    """The phrases of text[start:end] joined by の or による to the noun at end (AとBの首脳会談: B; A国のB首相の初の
    会談: A国 and B首相), in order, each ending where its の begins (group "of"); none when a particle or a verb
    stands between."""
    out: list[Phrase] = []
    for i in range(max(start, end - _OF_REACH), end):
        if text[i] not in "のに" or not _OF_JOINT.fullmatch(text, i, end):
            continue
        if out:
            head = out[-1].after
            if _MODIFIER.fullmatch(text, head, i):
                continue  # AとBの初の会談: 初 modifies the noun, it is no phrase of its own
        else:
            cut = phrases(text, start, i)
            head = cut[-1].after if cut else start
        joint = 1 if text[i] == "の" else 3
        out.append(Phrase(head, i, text[i : i + joint], "of", i + joint, False))
    return out
