"""What was told between a meeting and a bare meeting word after it (会談では, 会合後) that may make the word
speak of another meeting: one told since that Kaidan keeps or dropped, a meeting of another kind with sides of
its own, another meeting of the same sides, a cue word parting the two, a move to another place or a gathering
named since.

core.meetings.agreement weighs what the word's own sentence says against the earlier meeting; this module,
what the article told around and since it. A bare word joins the earlier meeting only when neither speaks
against it (core.meetings.propose).
"""

from __future__ import annotations

import re

from core.meetings.agreement import (
    GENERIC, LOOK_BACK, just_before, last_sentence, meeting_level, places_same, subset, told_in,
)
from core.meetings.levels import levels_fit
from core.meetings.mention import MeetingMention
from core.meetings.merge import kinds_fit
from core.meetings.proposal import Proposal
from core.meetings.same_dates import dates_agree
from core.meetings.setting import PARTING_CUE
from core.text import previous_sentence_start


def told_between(candidate: Proposal, mention: MeetingMention, earlier: Proposal,
                  dropped: list[MeetingMention]) -> bool:
    """Whether a meeting of the mention's kind was told after the earlier meeting's last telling and
    before the mention, one Kaidan keeps no proposal of: dropped in the article (同国の大統領と会談した,
    no side Kaidan can name) or never kept by the reader (日本銀行は…の金融政策決定会合で)."""
    last = max((m.end for m in earlier.mentions), default=-1)
    if mention.unkept_before > last and kinds_fit(candidate.kind, "talks"):
        return True
    return any(last < d.start < mention.start and kinds_fit(candidate.kind, d.kind) and d.status == candidate.status
               for d in dropped)


def story_moved_on(nearest: Proposal, mention: MeetingMention, proposals: list[Proposal], country_of) -> bool:
    """Whether a meeting of another kind with sides of its own was told after the nearest one's last telling
    (…と会談した。その後、韓国を訪問した。会談では…): the bare word may speak of what happened there."""
    last = max((m.end for m in nearest.mentions), default=-1)
    sentence = last_sentence(nearest)
    sides = {p.entity_id or p.name for p in nearest.participants}
    sides |= {country_of(k) for k in list(sides) + [nearest.place] if k and country_of(k)}
    if _word_named_since(nearest, mention, proposals, last):
        return True
    for other in proposals[-LOOK_BACK:]:
        told_since = any(last < m.start < mention.start and m.sentence not in (sentence, mention.sentence)
                         for m in other.mentions)
        if other is nearest or kinds_fit(other.kind, nearest.kind) or not told_since:
            continue
        if any((p.entity_id or p.name) not in sides and (country_of(p.entity_id) or p.entity_id) not in sides
               for p in other.participants):
            return True
    return False


def _word_named_since(nearest: Proposal, mention: MeetingMention, proposals: list[Proposal], last: int) -> bool:
    """Whether a meeting of another kind was named since the nearest one with the bare word at its end, in the
    mention's sentence or the one before it (…と会談した。…G7外相会合に出席した。会合では…): the bare word speaks of
    that one, not of the talks (a call told in passing paragraphs before is no such meeting)."""
    if mention.text not in GENERIC:
        return False
    return any(other is not nearest and not kinds_fit(other.kind, nearest.kind) and just_before(other, mention)
               and any(last < m.start < mention.start and m.text != mention.text and m.text.endswith(mention.text)
                       for m in other.mentions)
               for other in proposals[-LOOK_BACK:])


def another_of_its_sides(candidate: Proposal, mention: MeetingMention, earlier: Proposal,
                         proposals: list[Proposal], country_of) -> bool:
    """Whether another meeting of the sides named, of its kind, level, day and place, was told in the sentence
    that last told the earlier one or after it: a telling with some of the sides may mean either."""
    sentence, last = last_sentence(earlier), max((m.end for m in earlier.mentions), default=-1)
    # a day carried from the sentence that told both (10日にA氏と、11日にB氏とそれぞれ会談した。首脳会談では) is the
    # last one it wrote, no evidence of which meeting is meant
    return any(other is not earlier and kinds_fit(candidate.kind, other.kind)
               and (mention.date_carried or dates_agree(candidate.start, other.start)) and levels_fit(candidate.level, meeting_level(other))
               and subset(candidate.participants, other.participants)
               and places_same(candidate.place, other.place, country_of)
               and (told_in(other, sentence) or any(last < m.start < mention.start for m in other.mentions))
               for other in proposals[-LOOK_BACK:])


def parted_by_cue(body: str, mention: MeetingMention, earlier: Proposal) -> bool:
    """Whether the earlier meeting is told in the mention's sentence, before it, with a word that makes the
    mention another meeting (日韓首脳会談を受けて、両国の外務次官は…協議した: two meetings, linked)."""
    for m in reversed(earlier.mentions):  # told in order: only the last ones can share the mention's sentence
        if m.start < mention.sentence[0]:
            return False
        if m.sentence == mention.sentence and m.end <= mention.start and PARTING_CUE.match(body, m.end):
            return True
    return False


# …マニラに移動し, フィリピン入りし, 次の訪問国の…に到着した: the traveller moves to another place
_MOVED = re.compile(r"(?P<place>[一-龥ァ-ヺー]{2,12})(?:に移動|へ移動|に移り|入りし|入りした|に到着|に入り|に向かい|へ向かい)")


def moved_on(body: str, mention: MeetingMention, earlier: Proposal) -> bool:
    """Whether the text moved to another place since the earlier meeting was last told, before the mention
    (…と会談した。その後、マニラに移動し、首脳会談を行った): a meeting told there is another one, of a trip's
    next stop."""
    last = max((m.end for m in earlier.mentions), default=-1)
    if last < 0 or last >= mention.start or {earlier.kind, mention.kind} & {"trip", "visit"}:
        return False  # a trip or a visit is the journey through its places (北京経由で訪朝)
    if gathering_since(body, mention, last):
        return True
    # (日本に到着したオバマ大統領と夕食会を…。…日本に到着したオバマ大統領をすし店に招き、夕食会を: the arrival the
    # meeting was told with, told again, is no move since it)
    told = [body[m.sentence[0] : m.sentence[1]] for m in earlier.mentions]
    return any(found["place"] not in (earlier.place_text or "") and (earlier.place_text or "\0") not in found["place"]
               and not _NOT_A_PLACE.search(found["place"]) and not any(found.group(0) in text for text in told)
               for found in _MOVED.finditer(body, last, mention.start))


# 国連総会, 党大会, 安保理の理事会, 閣僚会議: a gathering named by its own word, kept as a meeting or not
_GATHERING = re.compile(r"[一-龥ァ-ヺーA-Za-zＡ-Ｚ0-9０-９]{1,16}?(?:総会|大会|会議|会合|サミット|フォーラム|理事会)")


def gathering_since(body: str, mention: MeetingMention, last: int) -> bool:
    """Whether a gathering was named since the earlier meeting was last told, in the mention's sentence or the one
    before it (…と会談した。首相は11日、国連総会で演説した。会合では…): a bare 会合 or 会議 told after it speaks of
    the gathering, not of the talks."""
    if mention.text not in ("会合", "会議") or not (mention.anaphoric or mention.refers_back):
        return False
    sentence_before = previous_sentence_start(body, mention.sentence[0])  # the mention's sentence or the one before
    return _GATHERING.search(body, max(last, sentence_before), mention.start) is not None


# 交渉入りし, 協議入り, 会場に到着: no move to another place
_NOT_A_PLACE = re.compile(r"(?:交渉|協議|会談|会合|会議|審議|議論|仲間|会場|本格|梅雨|現場)$")
