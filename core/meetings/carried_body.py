"""A body carried as the omitted subject of talks: 発見後同市は南署に連絡した。…大阪市が保管。今後はケンタッキー社と
取り扱いを協議する — Japanese leaves out the subject the text goes on with, and when the sentences just before stood on
a body (an organisation, a town, a ministry) rather than a person, that body holds the talks whose clause names only
its partner. People carried so are core.meetings.detect's; the body the whole article is about is
core.meetings.arguments.article_topic, the last resort when no sentence close before stood on one. The same reading of
the sentences before gives 両者 and 双方 their two sides when each stood as the subject of one of them (subjects_apart)."""

from __future__ import annotations

import re
from bisect import bisect_right

from core.clause_scan import first_before
from core.clauses.phrases import phrases
from core.meetings.arguments import reporting
from core.meetings.mention import Participant
from core.nlp.offices import office_after

# how far back the subject is looked for: the sentence before and the one before it; farther, up to _FAR_REACH, over
# sentences with no topic of their own (…は抜きの文: 6月から8月期も赤字になる見通しを発表。), which go on with the topic
# Japanese leaves out (リーマン社は…赤字を計上。…見通しを発表。…株価が急落していた。…交渉をしてきたが)
_REACH = 2
_FAR_REACH = 4
_SUBJECT_GROUPS = ("topic", "subject")
# 大阪市, 白馬村, 東京都, 三重県: a place named as a local government, which acts as a body
_LOCAL = re.compile(r"(?:市|町|村|区|都|府|県)$")
# 議会側, イスラエル政府, 中国当局側, リーマン社: a body's or a country's side, government or authorities after its name,
# or a company's 社
_SIDE_AFTER = re.compile(r"(?:社|政府|当局)?(?:側)?")
# 氏, さん, 会長, 社長, 監督, 副社長: an honorific or a title between a person's name and the particle
_TITLE = re.compile(r"(?:氏|さん|様|君|[\u4e00-\u9fff]{1,5})")


def body_subject_before(body: str, spans, all_actors, all_places, s_start: int, registry=None) -> Participant | None:
    """The body that stands as the subject (Xは, Xが) of the nearest of the two sentences before the one at s_start
    that has a named subject (or of up to _FAR_REACH, past sentences with no topic of their own); None when that subject is a person (the person is carried instead), a country (a state
    meeting a body is read from its own clause), a news outlet closing its sentence on its report (the teller, not a side), or when neither sentence
    names one. A line opening on 「 or 『 (a quote, a cited headline) ends the search."""
    index = bisect_right([a for a, _ in spans], s_start) - 1
    topicless = True  # whether every sentence passed over has no topic (Xは) of its own
    for back, (a, b) in enumerate(reversed(spans[max(0, index - _FAR_REACH) : max(0, index)])):
        if body.startswith(("「", "『"), a) or back >= _REACH and not topicless:
            return None
        named = _named_subject(body, all_actors, all_places, a, b)
        if named is None:
            topicless = topicless and not _has_topic(body, a, b)
            continue
        if named.type == "PERSON" or (named.entity_id or "").startswith("country:"):
            return None
        if reporting(body, named, b, registry):
            return None
        return Participant(body[named.start : named.end], named.entity_id)
    return None


def _has_topic(body: str, a: int, b: int) -> bool:
    """Whether [a, b) holds a topic phrase (Xは, not a setting Xでは): a sentence on a topic of its own, which a
    subject carried past it no longer goes on from (a subject with が is its clause's, not the text's)."""
    return any(p.group == "topic" and p.particle != "では" for p in phrases(body, a, b))


def _named_subject(body: str, all_actors, all_places, a: int, b: int):
    """The entity mention ending the first subject phrase of [a, b) that names one (…大阪市が, 同社は, 議会側は): a
    person, a body or a country, or a place that is a local government (a city, a town, a prefecture)."""
    for phrase in phrases(body, a, b):
        if phrase.group not in _SUBJECT_GROUPS or phrase.particle == "では":
            continue
        places = [m for m in all_places.within(phrase.start, phrase.end) if _LOCAL.search(body, m.start, m.end)]
        inside = [m for m in sorted(all_actors.within(phrase.start, phrase.end) + places, key=lambda m: m.start)
                  if _ends_phrase(body, m, phrase.end)]
        if inside:
            return inside[-1]
    return None


def _ends_phrase(body: str, m, end: int) -> bool:
    """Whether the mention ends the phrase, after its side or government (議会側, イスラエル政府), or a person's office,
    title or honorific (豊田章男会長)."""
    position = m.end
    if m.type == "PERSON":
        office = office_after(body, position)
        position = office.end() if office is not None else position
        title = _TITLE.match(body, position, end)  # 会長, 社長, 監督: a title no list of offices holds
        position = title.end() if title is not None else position
    else:
        position = _SIDE_AFTER.match(body, position, end).end()
    return position == end


# AとBは, A・Bが, A、Bが: two sides joined as one subject (the mention before the subject's last name)
_JOINED = re.compile(r"(?:と|・|、|及び|および)")


def _joined_before(body: str, all_actors, named, opened: int):
    """The mention joined right before named as one subject with it (イスラエルとハマスは: イスラエル), of the same
    standing (two people, or two bodies or states), or None."""
    before = [m for m in all_actors.within(opened, named.start) if m.end <= named.start]
    if not before or not _JOINED.fullmatch(body, before[-1].end, named.start):
        return None
    other = before[-1]
    return other if (other.type == "PERSON") == (named.type == "PERSON") else None


# 両者の, 双方は: the two sides of any kind, referred to by one word
_BOTH_APART = re.compile(r"(?:両者|双方)(?:の間|の|は|が|とも|も)")
_SENTENCE_END = re.compile(r"[。\n]")


def subjects_apart(body: str, all_actors, all_places, clause: int, start: int, s_start: int) -> list[Participant]:
    """ダルビッシュ側は…を提示した。これに対し、紗栄子側は…を求めている。両者の離婚協議は…: talks told by 両者 or 双方
    in the clause, whose two sides stood apart as the subjects of the two sentences right before it (a person, a body
    or a country each, two different ones, none an outlet reporting), or together as the one subject of the sentence
    before (イスラエルとハマスは…合意した。双方は…協議する: that pair, not the last of it and a side named since); else
    none. When the meeting's own sentence
    stood on a subject before the word (…紗栄子側は…を求めていることから、現在も両者の協議が), that subject is the
    nearer side and the sentence before gives the other."""
    both = first_before(_BOTH_APART, body, clause, start)
    if both is None:
        return []
    sides = []
    own = _named_subject(body, all_actors, all_places, s_start, both.start())
    if own is not None and not reporting(body, own, both.start()):
        sides.append(Participant(body[own.start : own.end], own.entity_id))
    end = s_start
    while len(sides) < 2:
        opened = max((m.end() for m in _SENTENCE_END.finditer(body, 0, max(0, end - 1))), default=0)
        named = _named_subject(body, all_actors, all_places, opened, end)
        if named is None or reporting(body, named, end):
            return []
        joined = _joined_before(body, all_actors, named, opened)
        if joined is not None:  # AとBは…。双方は: the pair that sentence stood on, when no side stood apart since
            if sides or _joined_before(body, all_actors, joined, opened) is not None:
                return []  # (米国、英国、フランスは…。双方は: three joined as one subject are no pair)
            return [Participant(body[m.start : m.end], m.entity_id) for m in (joined, named)]
        sides.insert(0, Participant(body[named.start : named.end], named.entity_id))
        end = opened
    a, b = sides
    if (a.entity_id or a.name) == (b.entity_id or b.name) or a.name in b.name or b.name in a.name:
        return []
    return sides
