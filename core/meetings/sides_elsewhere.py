"""Sides told in another sentence, for talks whose own clause names nobody: the merger talks of the one pair the
article tells merging (新日本石油は…九州石油を吸収・合併する。…合併協議の中で行う), the talks to come of the pair
the article told as one subject (AとBは…基本合意した。…今後の協議で決定), as long as nobody else has stood as a
subject since."""

from __future__ import annotations

import re

from core.meetings.mention import MeetingMention, Participant

_KINDS = ("talks", "negotiation_round")
_SIDE_TYPES = ("PERSON", "ORG")
# 合併協議, 経営統合交渉, 統合に向けた協議: talks about a merger, written right before the word
_MERGER_WORD = re.compile(r"(?:合併|統合)(?:に(?:向けた|関する|ついての)|の|・)?$")
# 今後の協議, その後の話し合い, 引き続き交渉: more talks of the sides told before
_FOLLOW_ON = re.compile(r"(?:今後の|その後の|以後の|引き続き|引き続いて|引き続きの)$")
_ASIDE = re.compile(r"[(（][^()（）。]{0,40}[)）]")
# AとBは, A(26)と、お笑いコンビ「スピードワゴン」のB(36)が, A及びBの統合: two sides joined
_JOINED = re.compile(r"(?:と、?|・|、|及び、?|および、?)(?:[^、。はがをにでと]{1,24}の)?")
_SUBJECT = re.compile(r"(?:株式会社|氏|さん)?(?:は|が)(?!ら)")
_PAIR_MERGING = re.compile(r"(?:株式会社)?(?:の(?:経営|事業)?(?:統合|合併)|(?:は|が)[^。「」]{0,30}?(?:統合|合併)(?!協議|交渉))")
# Aは…Bを吸収・合併する, AはBと経営統合する: a merger told by its subject and the one taken in
_TAKEN_IN = re.compile(r"(?:を[^。、「」]{0,12}?|と[^。「」]{0,16}?)(?:吸収・?)?(?:合併|統合)(?!協議|交渉)")
_AFTER = re.compile(r"その後|以後|以降")
_REACH = 3000  # how far back in the article a pair may be told


def sides_elsewhere(body: str, mention: MeetingMention, actors_before: list, sentence_actors: list,
                    is_outlet) -> bool:
    """Give mention (talks with no side read) the sides another sentence tells; whether it did. actors_before are
    the article's people and bodies named before the word's sentence, sentence_actors those of its own sentence,
    is_outlet tells a news outlet (never a side)."""
    if mention.participants or mention.kind not in _KINDS:
        return False
    s_start = mention.sentence[0]
    head = body[max(s_start, mention.start - 12) : mention.start]
    merger = _MERGER_WORD.search(head) is not None
    if not merger and _FOLLOW_ON.search(head) is None:
        return False
    sides = [m for m in actors_before if m.type in _SIDE_TYPES and m.start >= mention.start - _REACH
             and not is_outlet(m) and not _in_aside(body, m)]
    pair = _merging_pair(body, sides) if merger else _subject_pair(body, sides)
    if pair is None:
        return False
    pair = _first_named(body, sides, [pair])[0]
    # the same topic goes on: the word's own sentence names nobody but the pair (outlets aside)
    if any(not is_outlet(m) and not any(_same(body, m, p) for p in pair) for m in sentence_actors
           if m.type in ("PERSON", "ORG", "GPE") and m.start < mention.start):
        return False
    mention.participants = [Participant(body[p.start : p.end], p.entity_id) for p in pair]
    mention.sides_elsewhere = True
    mention.anaphoric = mention.refers_back = False  # a meeting of those sides, not a word pointing back
    date = mention.date
    if date is not None and s_start <= date.end <= mention.start and _AFTER.search(body, date.end, mention.start):
        mention.date = None  # 去年9月には別居しており、その後の話し合いは: the day before, not the talks' own
    return True


def _merging_pair(body: str, sides: list):
    """The one pair of bodies the article tells merging (AとBの統合, Aは…Bを吸収・合併); None when none or several."""
    bodies = [m for m in sides if m.type == "ORG"]
    pairs = []
    for i, a in enumerate(bodies):
        for b in bodies[i + 1 : i + 4]:
            if _same(body, a, b) or "。" in body[a.end : b.start]:
                continue
            between, after = _plain(body, a.end, b.start), _plain(body, b.end, b.end + 48)
            joined = _JOINED.fullmatch(between) and _PAIR_MERGING.match(after)
            taken_in = _SUBJECT.match(between) and _TAKEN_IN.match(after)
            if joined or taken_in:
                pairs.append((a, b))
    full = _first_named(body, bodies, pairs)
    return full[0] if len(full) == 1 else None


def _subject_pair(body: str, sides: list):
    """The last two sides of a kind joined as one subject (AとBは), when no one else stood as a subject after them."""
    for i in range(len(sides) - 1, 0, -1):
        a, b = sides[i - 1], sides[i]
        if a.type != b.type or _same(body, a, b) or "。" in body[a.end : b.start]:
            continue
        if not (_JOINED.fullmatch(_plain(body, a.end, b.start)) and _SUBJECT.match(_plain(body, b.end, b.end + 24))):
            continue
        for m in sides[i + 1 :]:
            if not (_same(body, m, a) or _same(body, m, b)) and _SUBJECT.match(_plain(body, m.end, m.end + 24)):
                return None  # someone else became the subject: the topic moved on
        return (a, b)
    return None


def _first_named(body: str, bodies: list, pairs: list) -> list:
    """The pairs, each side by the name the article first gives it (新日本石油(新日石)), the same pair once."""
    out: list = []
    for pair in pairs:
        full = tuple(next(m for m in bodies if _same(body, m, side)) for side in pair)
        if not any(all(any(_same(body, x, y) for y in other) for x in full) for other in out):
            out.append(full)
    return out


def _plain(body: str, begin: int, end: int) -> str:
    """body[begin:end] without its asides in brackets (広島銀行(東証1部上場)と)."""
    return _ASIDE.sub("", body[begin:end])


def _in_aside(body: str, m) -> bool:
    opened = max(body.rfind("(", 0, m.start), body.rfind("（", 0, m.start))
    return opened >= 0 and max(body.rfind(")", opened, m.start), body.rfind("）", opened, m.start)) < 0 \
        and "。" not in body[opened : m.start]


def _same(body: str, a, b) -> bool:
    """One side under two names: the same entity, one name inside the other, or a short form (新日石 of 新日本石油)."""
    if a.entity_id and a.entity_id == b.entity_id:
        return True
    x, y = sorted((body[a.start : a.end], body[b.start : b.end]), key=len)
    return x in y or len(x) >= 2 and x[0] == y[0] and _subsequence(x, y)


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)
