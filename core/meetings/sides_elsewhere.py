"""Sides told in another sentence, for talks whose own clause names nobody: the talks to come of the pair the
article told as one subject (AとBは…基本合意した。…今後の協議で決定) or as a subject and its partner (AはBと…合意した),
as long as nobody else has stood as a subject since, and the talks a sentence opens on right after the pair's, lines
naming nobody aside (AとBは…停戦で合意した。交渉はカタールの仲介で行われた; AはBと資本提携で合意した。新会社は4月に
発足する。交渉は昨年から続いていた), or after a short clause that names nobody and has no subject but a time
(離婚を決めた話し合いは, 現在は離婚協議中), the pair's partner being the one the subject addressed with a proposal or a
demand too (AはBに統合を提案した。Aは交渉を続けている) (merger talks take the pair the article tells merging in
core.meetings.union_sides); and the day such talks are not held on."""

from __future__ import annotations

import re

from core.clauses.phrases import phrases
from core.meetings.arguments import TIME_TOPIC
from core.meetings.full_names import in_order
from core.meetings.mention import MeetingMention, Participant
from core.meetings.guests import RECEIVED_AT
from core.meetings.triggers import PARTNER_BEFORE, TRIGGER, kind_of
from core.nlp.offices import office_after
from core.scan_ending import search_ending
from core.text import previous_sentence_start, sentence_start

_KINDS = ("talks", "negotiation_round")
_SIDE_TYPES = ("PERSON", "ORG")
_OPENING_TYPES = ("PERSON", "ORG", "GPE")
# 交渉は, 和平交渉では, しかし、協議の結果: the talks a sentence opens on, a connective and a qualifier before them
_OPENING = re.compile(r"(?:(?:しかし|その後|そして|また|だが|一方|さらに|ただ)、?)?[\u4e00-\u9fff\u30a1-\u30faー]{0,6}")
_AS_TOPIC = re.compile(r"(?:は|では|の結果|の末|が)(?![\u3041-\u3096])")
# 今後の協議, その後の話し合い, 引き続き交渉: more talks of the sides told before
_FOLLOW_ON = re.compile(r"(?:今後の|その後の|以後の|引き続き|引き続いて|引き続きの)$")
_ASIDE = re.compile(r"[(（][^()（）。]{0,40}[)）]")
# AとBは, A(26)と、お笑いコンビ「スピードワゴン」のB(36)が, A及びBの統合: two sides joined
_JOINED = re.compile(r"(?:と、?|・|、|及び、?|および、?)(?:[^、。はがをにでと]{1,24}の)?")
_SUBJECT = re.compile(r"(?:株式会社|氏|さん)?(?:は|が)(?!ら)")
# AはBと合意した, AはBとの提携で合意, AはBとも: the partner the subject acted with (not Bとして, Bという, Bとなる);
# or the other party of its deal (below)
# AはBを買収すると発表, AはBに半導体事業を売却する: the other party of a deal the subject made with it, across the table
# from it in the talks told next (…。交渉は昨年から続いていた; 同社は昨年から交渉を続けていた)
_DEAL = r"を(?:完全)?(?:買収|子会社化)|に(?:[^、。をにはが]{1,14}を)?(?:売却|譲渡|出資)"
# AはBに条件を提示した, AはBに対して統合を提案した, Bに支払いを求めた: the one addressed with a proposal or a demand,
# across the table from the subject in the talks told next (…。両社は今後の協議で詰める; Aは交渉を続けている)
_ADDRESSED = r"に(?:対し(?:て)?、?)?(?:[^、。をにはが「」]{1,20}を)?(?:提案|提示|打診|要請|要求|申し入れ|求め)"
_PARTNER = re.compile(r"(?:株式会社|氏|さん|側)?(?:(?:と|との|とも)(?!して|いう|いった|なる|なっ|み|思|考|見|の)|"
                      + _DEAL + "|" + _ADDRESSED + ")")
_AFTER = re.compile(r"その後|以後|以降")
# モディ首相を官邸に迎えた, オバマ大統領を招き: a guest the subject received (氏, さん after the name too)
_GUEST = re.compile(r"(?:氏|さん)?" + RECEIVED_AT)
_REACH = 3000  # how far back in the article a pair may be told
_PARTNER_REACH = 3  # sentences: how far back the pair of a side that goes on talking may be told
_NAMELESS_REACH = 40  # characters: how long a clause naming nobody before the talks may be (離婚を決めた話し合いは)
# 労使交渉, 春闘交渉, ＴＰＰ交渉, 両国の協議: a word glued to the talks naming what they are, or the both of their sides
_NAMED_BY = re.compile(r"(?:[\u4e00-\u9fff\u30a1-\u30faーA-Za-zＡ-Ｚａ-ｚ]+|両[\u4e00-\u9fff]{1,3}の)$")
_MATTER_REACH = 300  # characters before the sentence where the matter of such talks must be written (離婚届…離婚協議中)


def sides_elsewhere(body: str, mention: MeetingMention, actors_before: list, sentence_actors: list,
                    is_outlet, places_before=()) -> bool:
    """Give mention (talks with no side read) the sides another sentence tells; whether it did. actors_before are
    the article's people and bodies named before the word's sentence, sentence_actors those of its own sentence,
    is_outlet tells a news outlet (never a side), places_before the places named before the sentence (a line naming
    one, ガザでは市民が喜んだ, is about something else)."""
    if mention.participants or mention.kind not in _KINDS:
        return False
    head = body[max(mention.sentence[0], mention.start - 12) : mention.start]
    opening = _OPENING.fullmatch(body, mention.sentence[0], mention.start) is not None \
        and _AS_TOPIC.match(body, mention.end) is not None \
        or _FOLLOW_ON.search(head) is None and _nameless_before(body, mention, sentence_actors, is_outlet)
    if _FOLLOW_ON.search(head) is None and not opening:
        return False
    # (talks a sentence opens on: the pair of the nearest sentence before it that names anyone, of people or of
    # bodies and states: 新会社は来年4月に発足する, a line naming nobody, keeps the topic)
    reach = _named_sentence(body, mention.sentence[0], [*actors_before, *places_before], is_outlet) \
        if opening and _FOLLOW_ON.search(head) is None else mention.start - _REACH
    types = _OPENING_TYPES if reach > mention.start - _REACH else _SIDE_TYPES
    if types is _OPENING_TYPES and talks_told(body, reach, mention.sentence[0]):
        return False  # …和平交渉を再開することで合意した。交渉は9月2日から: the talks just told, referred back to
    sides = [m for m in actors_before if m.type in types and m.start >= reach
             and not is_outlet(m) and not _in_aside(body, m)]
    pair = _subject_pair(body, sides)
    if pair is None:
        return False
    pair = _first_named(body, sides, pair)
    # the same topic goes on: the word's own sentence names nobody but the pair (outlets aside)
    if any(not is_outlet(m) and not any(_same(body, m, p) for p in pair) for m in sentence_actors
           if m.type in ("PERSON", "ORG", "GPE") and m.start < mention.start):
        return False
    mention.participants = [Participant(body[p.start : p.end], p.entity_id) for p in pair]
    mention.sides_elsewhere = True
    mention.anaphoric = mention.refers_back = False  # a meeting of those sides, not a word pointing back
    return True


def _nameless_before(body: str, mention: MeetingMention, sentence_actors: list, is_outlet) -> bool:
    """Whether the word's sentence says nothing before it of whose talks they are, so the text goes on with the sides
    told before (離婚を決めた話し合いは年末に行った; 現在は離婚協議中とされる): nobody named there (an outlet cited aside),
    no subject or topic but a time (現在は, 今後は), no quote or cited headline, no partner the text names by a word
    of its own (監督との交渉が難航: that one's talks)."""
    s_start = mention.sentence[0]
    if mention.start - s_start > _NAMELESS_REACH:
        return False  # (a long clause before the word is no modifier of it; nor is it read again for each word)
    if mention.cited or mention.title is not None or "「" in body[s_start : mention.start] \
            or "『" in body[s_start : mention.start] or search_ending(PARTNER_BEFORE, body, s_start, mention.start):
        return False
    if any(s_start <= m.start < mention.start and not is_outlet(m) for m in sentence_actors):
        return False
    named_by = _NAMED_BY.search(body, s_start, mention.start)
    if named_by is not None and (named_by[0].startswith("両")
                                 or body.find(named_by[0][-2:], max(0, s_start - _MATTER_REACH), s_start) < 0):
        return False  # (…統合で合意した。春闘の労使交渉は: other talks; 両国の協議: sides of their own, read elsewhere)
    return not any(p.group in ("topic", "subject") and not TIME_TOPIC.fullmatch(body, p.start, p.after)
                   for p in phrases(body, s_start, mention.start))


def partner_told_before(body: str, mention: MeetingMention, actors_before: list, sentence_actors: list,
                        is_outlet) -> bool:
    """Give talks whose clause names one side and no partner (東芝は昨年から交渉を続けていた, 同社は…協議を重ねていた)
    the partner that side acted with in a sentence just before (東芝は10日、WDと提携すると発表した): the other of
    that sentence's pair, when the sentences since name nobody but that side (売却額は2兆円。), none of them told a
    meeting of its own and the talks' sentence names nobody else before the word; whether it did."""
    if len(mention.participants) != 1 or mention.kind not in _KINDS \
            or search_ending(PARTNER_BEFORE, body, mention.sentence[0], mention.start):
        return False
    side = mention.participants[0]
    pair = _pair_with_side(body, mention.sentence[0], side, actors_before, is_outlet)
    if pair is None:
        return False
    if any(not is_outlet(m) and not any(_same(body, m, p) for p in pair) for m in sentence_actors
           if m.type in ("PERSON", "ORG", "GPE") and mention.sentence[0] <= m.start < mention.start):
        return False
    other = next(m for m in pair if not _is(body, m, side))
    mention.participants.append(Participant(body[other.start : other.end], other.entity_id))
    mention.sides_elsewhere = True
    return True


def _named_sentence(body: str, s_start: int, named: list, is_outlet) -> int:
    """Where the nearest of the _PARTNER_REACH sentences before s_start that names anyone or any place (outlets
    aside) begins; the farthest of them when none does. named: the mentions named before s_start."""
    end = s_start
    for _ in range(_PARTNER_REACH):
        opened = previous_sentence_start(body, end)
        if opened == end or any(opened <= m.start < end and not is_outlet(m) for m in named):
            return opened
        end = opened
    return end


def _pair_with_side(body: str, s_start: int, side: Participant, actors_before: list, is_outlet):
    """The pair the side stood in (AはBと, AとBは) in the nearest of the _PARTNER_REACH sentences before s_start
    that names anyone but the side; None when that sentence told no such pair or a meeting of its own (the talks it
    told, referred back to)."""
    end = s_start
    for _ in range(_PARTNER_REACH):
        opened = previous_sentence_start(body, end)
        if opened == end or talks_told(body, opened, end):
            return None
        sides = [m for m in actors_before if m.type in _OPENING_TYPES and opened <= m.start < end
                 and not is_outlet(m) and not _in_aside(body, m)]
        if any(not _is(body, m, side) for m in sides):
            pair = _subject_pair(body, sides)
            return pair if pair is not None and sum(_is(body, m, side) for m in pair) == 1 else None
        end = opened
    return None


def _is(body: str, m, side: Participant) -> bool:
    """Whether the mention names the side read (by its entity, or one name inside the other)."""
    if m.entity_id and m.entity_id == side.entity_id:
        return True
    name = body[m.start : m.end]
    return name in side.name or side.name in name


def not_on_the_day_before(body: str, mention: MeetingMention) -> None:
    """Talks whose sides another sentence told lose a day written before その後/以後/以降 in their own sentence
    (去年9月には別居しており、その後の話し合いは: the day before, not the talks' own)."""
    date = mention.date
    if mention.sides_elsewhere and date is not None and mention.sentence[0] <= date.end <= mention.start \
            and _AFTER.search(body, date.end, mention.start):
        mention.date = None


def _subject_pair(body: str, sides: list):
    """The last two sides joined as one subject (AとBは), or a subject and the partner it acted with in the same
    sentence (AはBと), two people or two bodies or states, when no one else stood as a subject after them."""
    for i in range(len(sides) - 1, 0, -1):
        b = sides[i]
        joined = _joined(body, sides[i - 1], b)
        a = sides[i - 1] if joined else _subject_of_partner(body, sides[:i], b)
        if a is None or _same(body, a, b) \
                or (a.type == "PERSON") != (b.type == "PERSON") and (joined or not _body_and_own_person(body, a, b)):
            continue
        for m in sides[i + 1 :]:
            if not (_same(body, m, a) or _same(body, m, b)) and _SUBJECT.match(_plain(body, _after(body, m), _after(body, m) + 24)):
                return None  # someone else became the subject: the topic moved on
        return (a, b)
    return None


# 田中会長と, 山田社長と, 鈴木理事長と, 佐藤代表と: a person titled as a body's head or representative, who speaks for
# a body (the subject's own, most often: 日本サッカー協会は…田中会長と合意した), not one a club signs (監督, 内野手, 氏)
_OFFICER_TITLE = re.compile(r"[\u4e00-\u9fff]{0,4}(?:長|代表|総裁)(?![\u4e00-\u9fff])")


def _body_and_own_person(body: str, a, b) -> bool:
    """Whether a body as the subject and a person as its partner (浦和レッズは…ペトロヴィッチ氏と基本合意した: a club and
    its coach, a club and a player) stand across the table from each other: a person who is no body's officer, as
    written (not GMのワゴナー会長, who speaks for GM; a person as the subject with a body as the partner is the officer
    of a body of their own: 日産のゴーン社長は…ルノーと), nor titled as a body's head (協会は…田中会長と: its own)."""
    if a.type != "ORG" or b.type != "PERSON" or _OFFICER_TITLE.match(body, b.end):
        return False
    named_before = body[max(a.end, b.start - 16) : b.start]
    return not re.search(r"[\u30a1-\u30fa\u4e00-\u9fffA-Za-z](?:の|・)$", named_before)


def _joined(body: str, a, b) -> bool:
    """Whether a and b are joined as one subject (AとBは, A・Bが)."""
    return "。" not in body[a.end : b.start] and bool(_JOINED.fullmatch(_plain(body, _after(body, a), b.start))) \
        and bool(_SUBJECT.match(_plain(body, _after(body, b), _after(body, b) + 24)))


def _subject_of_partner(body: str, before: list, b):
    """The subject (Aは, Aが) of b's sentence when b is the partner it acted with (AはBと…合意した), the last subject
    named before b in that sentence; None when b is no partner or no subject stands before it."""
    if not _PARTNER.match(_plain(body, _after(body, b), _after(body, b) + 24)) and not _received(body, b):
        return None
    opened = sentence_start(body, b.start)
    subjects = [m for m in before if m.start >= opened
                and _SUBJECT.match(_plain(body, _after(body, m), _after(body, m) + 24))]
    return subjects[-1] if subjects else None


def _received(body: str, b) -> bool:
    """Whether b is a guest the subject received (AはB首相を官邸に迎えた, Bを招き): met, as a partner is."""
    return b.type == "PERSON" and bool(_GUEST.match(body, _after(body, b)))


# 内野手, 監督, 会長, 代表: a title no list of offices holds, between a person's name and the particle (新井貴浩内野手と)
_TITLE = re.compile(r"[\u4e00-\u9fff]{0,4}[手督長官員士師表任](?=と|は|が|に|を|も)")


def _after(body: str, m) -> int:
    """Where a side's name ends, a person's office or title after it included (安倍首相は, モディ首相と, 新井内野手と:
    the particle after)."""
    office = office_after(body, m.end) if m.type == "PERSON" else None
    title = _TITLE.match(body, m.end) if m.type == "PERSON" and office is None else None
    return office.end() if office is not None else title.end() if title is not None else m.end


def talks_told(body: str, begin: int, end: int) -> bool:
    """Whether [begin, end) holds a word of talks (a visit's word, 来日, 訪米, tells no talks to refer back to)."""
    return any(kind_of(found.group(0)) not in ("visit", "trip") for found in TRIGGER.finditer(body, begin, end))


def _first_named(body: str, sides: list, pair: tuple) -> tuple:
    """The pair, each side by the name the article first gives it (新日本石油(新日石))."""
    return tuple(next(m for m in sides if _same(body, m, side)) for side in pair)


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
    return x in y or len(x) >= 2 and x[0] == y[0] and in_order(x, y)
