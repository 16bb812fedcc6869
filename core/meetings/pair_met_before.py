"""An earlier meeting of the pair just told, told again by its own day inside the story of a later one
(河野外相は20日、王外相と会談した。両氏の会談は今月1日にタイで実施したばかりで…): a meeting of that pair on
that day, which another outlet's report of the first meeting can join, not a word pointing back to the later one.
And the pair's meeting still to come on a day of its own (…両首脳は夕食を共にした。首脳会談は13日午前に行われる):
the article's one pair, not the meeting they held."""

from __future__ import annotations

import re

from core.meetings.agreement import LOOK_BACK, is_country
from core.meetings.levels import level_of
from core.meetings.mention import TALK_KINDS, MeetingMention, Participant
from core.meetings.merge import kinds_fit
from core.meetings.proposal import Proposal

# 両氏の会談, 両首脳の会談, 両外相の会談: the two people just told
_PAIR_BEFORE = re.compile(r"両(?:氏|者|首脳|外相|首相)の$")
# …は今月1日にタイで実施したばかり, …は1日に行われた: the day the talks were held, told right after the word
_HELD_ON_DAY = re.compile(r"[^、。]{0,12}?に(?:[^、。]{1,8}?で)?(?:実施|行われ|開かれ|開催)")
# 6者協議, 中東和平交渉, 労使交渉: a noun glued to the word, the talks named by their matter or their own sides
_GLUED_NOUN = re.compile(r"[\u4e00-\u9fff\u30a1-\u30faーA-Za-zＡ-Ｚａ-ｚ0-9０-９]{1,12}$")
# 首脳会談, 外相会談, 党首会談, トップ会談: a noun that tells only at what level the talks are held
_MEETING_WORD = re.compile(r"(?:会談|協議|交渉|会合|話し合い|会議|サミット|対話)$")
_RANK_ONLY = re.compile(r"(?:党首|トップ|首脳|閣僚)$")
# 電話会談, 非公式会談, 直接会談, 再会談: words telling only the talks' form or round, no matter nor sides of their own
_FORM_ONLY = re.compile(r"(?:非?公式|直接|単独|個別|電話|テレビ|ビデオ|オンライン|対面|本|再|初|緊急|臨時|定例|夕食|昼食|朝食)+$")


def pair_met_before(body: str, mention: MeetingMention, candidate: Proposal, proposals: list[Proposal]) -> bool:
    """Give a bare meeting word of the pair (両氏の会談は1日に…実施) the people of the last meeting told with two,
    when its own day, written after it as the day it was held, is another day than that meeting's; whether it did."""
    date = mention.date
    if mention.participants or mention.date_carried or date is None or len(str(date.value or "")) != 10 \
            or date.start < mention.end or not _PAIR_BEFORE.search(body, max(0, mention.start - 4), mention.start) \
            or not _HELD_ON_DAY.match(body, date.end):
        return False
    earlier = next((p for p in reversed(proposals) if len(p.participants) == 2 and kinds_fit(candidate.kind, p.kind)),
                   None)
    if earlier is None or not earlier.start or len(earlier.start) != 10 or earlier.start == date.value:
        return False
    candidate.participants = [Participant(p.name, p.entity_id) for p in earlier.participants]
    mention.participants = list(candidate.participants)
    mention.anaphoric = mention.refers_back = False  # a meeting of its own day, not the one told before
    return True


def pair_to_meet_again(body: str | None, mention: MeetingMention, candidate: Proposal, proposals: list[Proposal]) -> bool:
    """Give a bare meeting word still to come on a day its own sentence writes (首脳会談は13日に行われる, 31日には
    首脳会談が開かれる) the people of the article's meetings held before, when every meeting told with two people
    is of one pair (the referent unique) and a meeting held (両首脳は夕食を共にした): a meeting to come on a day of
    its own is not that one, nor one of another pair nobody names (nor talks a glued noun names by their matter or
    sides: 6者協議は, 中東和平交渉は20日に再開される); whether it did."""
    date = mention.date
    if mention.participants or mention.kind not in TALK_KINDS or mention.referring or mention.next_round \
            or mention.cited or mention.status != "scheduled" or mention.date_carried \
            or not (date is not None and len(str(date.value or "")) == 10 or mention.day_written is not None):
        return False
    paired = [p for p in proposals[-LOOK_BACK:] if len(_people(p)) >= 2]
    pairs = {frozenset(_people(p)) for p in paired}
    if len(pairs) != 1 or len(next(iter(pairs))) != 2 or not any(p.status == "held" for p in paired) \
            or any(p.status != "held" and p.kind in TALK_KINDS for p in paired):
        return False  # (two pairs told, or a meeting of the pair to come already told: which one is not said)
    if body is not None and _named_by_glued_noun(body, mention):
        return False
    earlier = next(p for p in reversed(paired) if p.kind in TALK_KINDS)
    candidate.participants = [Participant(p.name, p.entity_id, office=p.office) for p in earlier.participants
                              if not is_country(p)]
    mention.participants = list(candidate.participants)
    mention.anaphoric = mention.refers_back = False  # a meeting of its own day, not the one told before
    mention.sides_elsewhere = True
    return True


def _people(proposal: Proposal) -> list[str]:
    return [p.entity_id or p.name for p in proposal.participants if not is_country(p)]


def _named_by_glued_noun(body: str, mention: MeetingMention) -> bool:
    """Whether a noun glued before the word (in it or before it) names the talks by something other than the
    level they are held at (6者協議, 中東和平交渉, 労使交渉; not 首脳会談, 外相会談, 党首会談, nor a word of form
    alone: 非公式会談, 直接会談, 再会談)."""
    s_start = mention.sentence[0]
    glued = _GLUED_NOUN.search(body, max(s_start, mention.start - 12), mention.start)
    words = (glued.group(0) if glued else "") + mention.text
    name = _FORM_ONLY.sub("", _MEETING_WORD.sub("", words))
    return bool(name) and level_of(name) is None and not _RANK_ONLY.search(name)
