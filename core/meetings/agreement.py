"""What a meeting told again shares with a meeting told before it in the article, and what contradicts it:
the evidence on which a bare 会談 (会談では, 今回の会談, 岩屋氏は会談後) joins the meeting it refers back to.

A bare word joins only when nothing in its sentence contradicts the earlier meeting (another time, level,
city, host or kind) and no other meeting told with it or after it could be meant as well; what was told
since the earlier meeting is weighed in core.meetings.told_since. The small readings of a proposal both use
(its level, its last sentence, its sides within another's, its places in one country) are here.
"""

from __future__ import annotations

import re

from core.meetings.mention import CALL_KINDS, MeetingMention, Participant
from core.meetings.levels import level_of, levels_fit
from core.meetings.merge import kinds_fit, two_of_a_kind
from core.meetings.same_dates import dates_agree
from core.meetings.proposal import Proposal
from core.meetings.country_letters import VISIT_HOST
from core.meetings.gate import MEALS, SHARED_MEALS
from core.meetings.occasion import PAST_WORDS
from core.meetings.written_days import days_written_apart

GENERIC = ("会談", "協議", "会合", "首脳会談")
# A meeting told again is looked for among the last ones told, not the whole of a long article.
LOOK_BACK = 64

# 前回の会談, 次回協議, 次の会談, 10年前の首脳会談, かつての会合, 後日、改めて会談: a meeting of another time than
# the one just told (the past's words as core.meetings.occasion reads them: not かつてない規模の会談, 過去最長の会談,
# the meeting at hand measured against the past)
_ANOTHER_TIME = re.compile(r"(?:" + PAST_WORDS + r"|次回|次の|今後|将来|従来|歴代|後日|"
                           r"[0-9０-９一二三四五六七八九十数]+(?:(?:年|カ月|ヶ月|か月|週間|日)後|日前))"
                           r"(?:の|に|は|、)?[^、。「」]{0,6}$")


# サミット2007, 会議2010: a meeting word with its year after it is a meeting named by that year, not the one
# told before (群衆の叡智サミット2008Spring, then ITproの「群衆の叡智サミット2007」レポート)
_YEAR_AFTER = re.compile(r"[ 　]?(?:19|20)[0-9]{2}(?![0-9])")


# 今後具体的な工期について協議する, 今後、…協議を続けることで一致した: an adverb of time to come opening the
# clause of a meeting word, nothing but a comma right after it before the word (not 今後の関係, 今後について:
# a noun; not 今後も協力することを確認し、会談を終えた: another verb's clause closed before the word)
_TO_COME = re.compile(r"(?:今後|将来(?:的に)?|後日|近日中に?)(?![のをがにで]|について|に関し)、?[^、。「」『』]{0,30}$")
# 会談をした, 協議が行われた: the word's own verb in the past tells the meeting held, whatever adverb opens it;
# 会談で合意した内容を, 会談後に: a word told as the setting or time of another verb is not what the adverb
# places (今後、両国は会談で合意した内容を実行する)
_NOT_TO_COME = re.compile(r"(?:を|が|は)?(?:し|行っ|開い|持っ|終え|行われ|開かれ)た|で|の|後|以[降来]|中|において|に際し"
                          r"|を(?:受け|経|踏まえ)")


def another_time(body: str, mention: MeetingMention) -> bool:
    """Whether words right before a bare meeting word place it at another time (前回の会談では, 今後…協議する),
    or a year right after it names it (サミット2007)."""
    return bool(_ANOTHER_TIME.search(body, max(mention.sentence[0], mention.start - 12), mention.start)
                or _YEAR_AFTER.match(body, mention.end)
                or (_TO_COME.search(body, max(mention.sentence[0], mention.start - 40), mention.start)
                    and not _NOT_TO_COME.match(body, mention.end)))


# 今後の協議, 次回会談, 後日改めて: a word of time to come right before a meeting word (not of the past: 前回, 過去;
# not 今後の対応を協議した: the time of an object the talks were about)
_AHEAD = re.compile(r"(?:今後|将来|次回|後日)(?:の|に|は|、)?[^、。「」をが]{0,6}$")


# 事務当局間で協議することで一致した, 協議を10月に再開することで合意: the word is what its clause agrees to hold,
# a meeting to come (not 会談で…連携することで一致: the word is the setting, で, of another verb agreed)
_AGREED_ON = re.compile(r"(?:する|していく|を[^、。「」]{0,12}?(?:開く|行う|開催する|実施する|再開する|続ける|続けていく"
                        r"|継続する|進める|進めていく|重ねる|重ねていく|始める|開始する|持つ|設ける))ことで(?:合意|一致)")


def told_to_come(body: str, mention: MeetingMention) -> bool:
    """Whether words right before a meeting word place it at a time to come (今後…協議を進める, 今後の協議, 次回
    会談), whatever status its sentence's tense gave it (今後、…協議を進めることで合意した)."""
    return bool(_AHEAD.search(body, max(mention.sentence[0], mention.start - 12), mention.start)
                or (_TO_COME.search(body, max(mention.sentence[0], mention.start - 40), mention.start)
                    and not _NOT_TO_COME.match(body, mention.end)))


def agreed_to_hold(body: str, mention: MeetingMention) -> bool:
    """Whether the words after a meeting word make it what its clause agrees to hold (…協議することで一致した,
    再訪日することで一致): a meeting to come, never the meeting held at which they agreed."""
    return bool(_AGREED_ON.match(body, mention.end))


# a meal with a guest (首相主催の夕食会, 会食, 昼食を共に): an event a bare 会談 or 協議 does not name
_MEAL_WORDS = (*MEALS, *SHARED_MEALS, "会食", "ワーキングランチ", "ワーキング・ランチ", "ワーキングディナー",
               "ワーキング・ディナー")


def told_as_a_meal(mention: MeetingMention, earlier: Proposal) -> bool:
    """A bare word of talks (会談では, 協議後) and a meeting told only as a meal (…主催の夕食会に出席した): the word
    speaks of talks, not of the dinner told after them."""
    return mention.text in GENERIC and bool(earlier.mentions) \
        and all(m.text in _MEAL_WORDS for m in earlier.mentions)


def meal_and_talks(mention: MeetingMention, earlier: Proposal) -> bool:
    """A meal (夕食会, 夕食を共に) and talks (会談, 首脳会談) of the same sides, the one told after the other: two
    events of the day, whichever is told first (夕食会を開いた。…首脳会談を行った; 会談した。…その後、夕食会に臨んだ)."""
    if not earlier.mentions:
        return False
    told_meal = all(m.text in _MEAL_WORDS for m in earlier.mentions)
    return (mention.text in _MEAL_WORDS and not told_meal and earlier.kind == "talks") or (
        mention.text in GENERIC and told_meal)


def kind_fits_back(candidate: Proposal, mention: MeetingMention, earlier: Proposal) -> bool:
    """A kind the bare word can speak of: its own family, or a call right before it (電話会談を行った。
    会談では…), not one told in passing paragraphs before, nor when the word is held in person (対面で会談)."""
    return kinds_fit(candidate.kind, earlier.kind) or (
        mention.text in GENERIC and earlier.kind in CALL_KINDS and not mention.in_person
        and just_before(earlier, mention))


def agrees(candidate: Proposal, mention: MeetingMention, earlier: Proposal, country_of) -> bool:
    """Nothing in a bare mention contradicts the earlier meeting: its people, level, status, place, day,
    and the host its word names (来日, 訪中)."""
    people_ok = not candidate.participants or subset(candidate.participants, earlier.participants)
    # 両首脳会談 speaks of heads meeting, not of their ministers' negotiations; 外相会談 not of a summit
    level_ok = (not mention.summit or of_heads(earlier)) and levels_fit(candidate.level, meeting_level(earlier))
    # 「会談予定はない」 is no word about the call that was held
    status_ok = candidate.status in ("held", earlier.status)
    status_ok = status_ok and not past_of_a_plan(mention, earlier)
    # 会談はジュネーブで行われ, after talks in Paris: a place of its own makes it another meeting
    place_ok = places_same(candidate.place, earlier.place, country_of)
    return people_ok and level_ok and status_ok and place_ok and dates_agree(candidate.start, earlier.start) \
        and not process_and_round(candidate, earlier) and host_agrees(mention, earlier, country_of) \
        and not round_beside_summit(mention, earlier) and not written_apart(candidate, mention, earlier) \
        and not dated_after_an_earlier(candidate, mention, earlier)


def dated_after_an_earlier(candidate: Proposal, mention: MeetingMention, earlier: Proposal) -> bool:
    """これまで首脳会談を重ねてきた。両首脳は10日、東京で会談した: a word with a day of its own (not one carried
    from the sentence before) after a meeting first told as one of the past is the meeting at hand, not that one."""
    return bool(candidate.start) and not mention.date_carried and not mention.earlier_occasion \
        and bool(earlier.mentions) and earlier.mentions[0].earlier_occasion and not told_in(earlier, mention.sentence)


def written_apart(candidate: Proposal, mention: MeetingMention, earlier: Proposal) -> bool:
    """Neither dated, and the mention's sentence writes a day the earlier meeting's sentences do not (両首脳は
    9日に会談した / 両首脳は10日にも会談した, in an article with no date line): another meeting."""
    return days_written_apart(candidate.start, earlier.start, mention.day_written,
                              [m.day_written for m in earlier.mentions])


def past_of_a_plan(mention: MeetingMention, earlier: Proposal) -> bool:
    """会談では…で一致した, 会合では…が議論された: a bare word told in the past is not a meeting only planned (来月の
    首脳会談, 首脳会談を行う予定だ). A word with its sides (トランプ・習近平会談に向け…示唆した) may be the plan, and
    so may a word in the plan's own sentence (先週会談し、…協議した: one event, whatever its status says)."""
    return mention.told_past and (mention.anaphoric or mention.refers_back) and not mention.qualified \
        and earlier.status in ("scheduled", "proposed") and not told_in(earlier, mention.sentence)


# words of talks between governments, not of a summit: 日朝協議, 南北交渉, 6者会合
_ROUND_WORDS = ("協議", "交渉", "会合")


def round_beside_summit(mention: MeetingMention, earlier: Proposal) -> bool:
    """日朝協議 after 日朝首脳会談: consultations told by their own pair (or level) and not as heads' are the
    governments' round, not the summit told before (a round of talks and its summit are two meetings)."""
    return mention.text in _ROUND_WORDS and mention.qualified and not mention.summit and of_heads(earlier)


def process_and_round(candidate: Proposal, earlier: Proposal) -> bool:
    """連立交渉 with no day beside 5日の交渉: negotiations told with no day are the process that holds
    the dated rounds, not one of them."""
    negotiation = "negotiation_round" in (candidate.kind, earlier.kind)
    return negotiation and bool(candidate.start) != bool(earlier.start)


def host_agrees(mention: MeetingMention, earlier: Proposal, country_of) -> bool:
    """A visit word that names its host (来日, 訪中) speaks only of a visit to that country: ジャイアントパンダが
    来日し is not the school visit told before."""
    host = _named_host(mention.text)
    if host is None:
        return True
    hosts = {p.entity_id for p in earlier.participants if p.role == "host" or is_country(p)}
    if earlier.place:
        hosts.add(earlier.place if earlier.place.startswith("country:") else country_of(earlier.place))
    return host in hosts


def _named_host(word: str) -> str | None:
    if word in ("来日", "訪日"):
        return "country:JP"
    if len(word) == 2 and word[0] == "訪":
        return VISIT_HOST.get(word[1])
    return None


def meeting_level(proposal: Proposal) -> str | None:
    """The level its words tell, else the one its people's offices share (two presidents: heads)."""
    if proposal.level:
        return proposal.level
    levels = {level_of(p.office) for p in proposal.participants if p.office and not is_country(p)} - {None}
    return levels.pop() if len(levels) == 1 else None


def last_sentence(proposal: Proposal) -> tuple[int, int] | None:
    return max((m.sentence for m in proposal.mentions), default=None)


def told_in(proposal: Proposal, sentence: tuple[int, int] | None) -> bool:
    return any(m.sentence == sentence for m in proposal.mentions)


def places_same(a: str | None, b: str | None, country_of) -> bool:
    """Unknown, or in one country as far as Kaidan knows (北京 and 人民大会堂 may be one place):
    places in two countries (北京, ニューヨーク), two cities or two regions are two meetings."""
    if not a or not b or a == b:
        return True
    country = lambda x: x if x.startswith("country:") else country_of(x)  # noqa: E731
    if two_of_a_kind(a, b, country_of):
        return False  # 北京 and 上海, 広東省 and 福建省: two cities or two provinces, two meetings
    return not country(a) or not country(b) or country(a) == country(b)


def just_before(proposal: Proposal, mention: MeetingMention) -> bool:
    """Whether the proposal was last told in the mention's sentence or the one before it."""
    last = max((m.sentence[1] for m in proposal.mentions), default=-10)
    return last >= mention.sentence[0] - 2


_HEADS = ("大統領", "首相", "国家主席", "主席", "総理", "首脳", "国王", "総書記")


def of_heads(proposal: Proposal) -> bool:
    """A meeting told as a summit, or with a head of state or government among its people."""
    return any(m.summit for m in proposal.mentions) or any(
        (p.office or "") in _HEADS for p in proposal.participants)


def within_sides(small: list[Participant], large: list[Participant], country_of, level: str | None) -> bool:
    """subset, and when the meeting was told by its countries only (日中首脳会談が15日), a person of one of them
    whose office is of its level (石破首相は会談で): the side that country stood for."""
    if subset(small, large):
        return True
    countries = {p.entity_id for p in large}
    if not small or not countries or not all(is_country(p) for p in large):
        return False
    return all(not is_country(p) and p.entity_id and country_of(p.entity_id) in countries
               and p.office and level is not None and level_of(p.office) == level for p in small)


def subset(small: list[Participant], large: list[Participant]) -> bool:
    keys = lambda ps: {p.entity_id or p.name for p in ps}  # noqa: E731
    return bool(small) and keys(small) <= keys(large)


def is_country(participant: Participant) -> bool:
    return (participant.entity_id or "").startswith("country:")
