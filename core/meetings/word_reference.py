"""Whether a meeting word refers back to a meeting told before (今回の会談, 会談後), names another round (第3回,
再び, 交渉を再開), or is a signing whose sides the meetings before it name; and the sides read last (a company
taken over, a player's transfer, a body described)."""

from __future__ import annotations

import re

from core.meetings.cited import MEMORANDUM_BEFORE, in_cited_title, sides_of_talks_before
from core.meetings.each import both_sides_before
from core.meetings.implied import body_described, person_of_talks
from core.meetings.listed import one_country_side, speaker_of_quote
from core.meetings.mention import TALK_KINDS
from core.meetings.people import people_count
from core.meetings.quote_visitor import visitor_of_quote
from core.meetings.reading import ArticleReading, SentenceReading, Word
from core.meetings.sentence import signed_at
from core.meetings.sittings import GLUED_BEFORE, SUMMIT_WORDS
from core.meetings.takeover import side_taken_over
from core.meetings.triggers import PARTNER_BEFORE, TRIGGER
from core.scan_ending import search_ending

# 第3回党首会談, 3度目の会談, 次回の協議, 再び党首会談を: another round of talks of the sides met before; not a count
# that says what the meeting told is (ことし7回目となる日韓首脳会談は…で行われた: the talks just told, the seventh)
NEXT_ROUND = re.compile(r"(?:第[0-9０-９一二三四五六七八九十]+回(?!となる)|[0-9０-９一二三四五六七八九十]+(?:回目|度目)(?!となる)の?"
                         r"|次回の?|再び|再度)[^、。]{0,6}$")
# 交渉を再開する, 協議を来月にも再開: talks resumed are another round of the sides met before
_RESUMED = re.compile(r"[をが][^、。をが]{0,10}?再開")
# 改めて会談した, 大統領と改めて協議する, 改めて首相との会談を行う: the sides meet anew, another round, when the word
# is told as the deed 改めて goes with (not 改めて会談の成果を強調した: 改めて tells the stress laid again)
_ANEW_BEFORE = re.compile(r"(?:改めて|あらためて)、?(?:[^、。「」『』をがは]{0,12}?(?:と|との|とも))?$")
_DONE_AFTER = re.compile(r"(?:し|す|を(?:行|開|持|実施)|が(?:行|開|持))")
# Phrases that refer back to a meeting already named (今回の会談, 会談後, 前日の会談, 同会談: not the 同 that ends a
# word, 合同会議, 共同会見).
ANAPHORIC = re.compile(r"(?:今回の|(?<![\u4e00-\u9fff々])同|この|その|前日の|両者の|両首脳の|両外相の|両(?:氏|者|首脳|外相|首相)との)$")


# 7月20日の会合で改めて協議する, 夕食会の席で改めて: the meeting the talks anew are held at, told right before
_AT_MEETING = re.compile(r"(?:で|において|の(?:場|席)で)、?$")


def met_anew(body: str, clause: int, start: int, end: int) -> bool:
    """Whether the word at start is told as the sides meeting anew (改めて会談した, 大統領と改めて協議する), not
    as what they do anew at a meeting the clause names right before (…の会合で改めて協議する: that meeting)."""
    anew = _ANEW_BEFORE.search(body, max(clause, start - 16), start)
    if anew is None or _DONE_AFTER.match(body, end) is None:
        return False
    before = max(clause, anew.start() - 12)
    return not any(_AT_MEETING.fullmatch(body, m.end(), anew.start()) for m in TRIGGER.finditer(body, before, anew.start()))


def read_reference(a: ArticleReading, s: SentenceReading, w: Word) -> None:
    """What the mention says of the meetings told before it: referring, next_round, anaphoric, cited, partnered."""
    body, actors, out, s_start, s_end = a.body, w.actors, a.out, s.s_start, s.s_end
    mention, match, start, end, clause = w.mention, w.match, w.start, w.end, w.clause
    mention.referring = bool(ANAPHORIC.search(body, max(s_start, start - 5), start))
    if mention.kind == "multilateral" and mention.title is None and match.group(0) in SUMMIT_WORDS \
            and not GLUED_BEFORE.match(body[start - 1 : start]) \
            and any(m.kind == "multilateral" and m.title for m in out):
        mention.referring, mention.participants = True, []  # 首脳会議が開幕した。…サミットに合わせて: that summit
    mention.next_round = bool(NEXT_ROUND.search(body, max(clause, start - 16), start)
                              or _RESUMED.match(body, end)  # 交渉を再開する: another round
                              or met_anew(body, clause, start, end)  # 改めて会談した: another round
                              or mention.kind in ("visit", "trip") and body.endswith("再", 0, start)
                              and not ANAPHORIC.search(body, max(s_start, start - 6), start - 1))
    # (再訪日: another visit than one told before; 今回の再訪朝: this one)
    mention.anaphoric = mention.referring or (not mention.participants and mention.title is None)
    mention.cited = in_cited_title(body, start)
    if mention.kind == "signing" and not mention.participants:
        both_sides_before(body, mention, out, clause, start,  # 両行は…本契約を締結し
                          a.earlier_bodies.within(max(0, s_start - 400), start))
        if not mention.participants:
            signed_at(body, mention, out, actors, s_start, s_end)
        if not mention.participants and MEMORANDUM_BEFORE.search(body, max(s_start, start - 6), start):
            sides_of_talks_before(mention, out)  # 8月1日の覚書調印で: the memorandum of the sides in talks
        mention.anaphoric = mention.anaphoric and not (mention.participants or mention.attendees_of_previous)
    elif mention.kind == "signing" and len(mention.participants) == 1 \
            and not search_ending(PARTNER_BEFORE, body, clause, start):
        # AはBとの会談で、…に署名した, Aは Bと会談し、会談後に両首脳は…に署名した: one side named, the
        # signing at the meeting told just before it is signed by that meeting's people
        alone = mention.participants
        signed_at(body, mention, out, actors, s_start, s_end)
        if mention.at_meeting is not None and not any(
                (p.entity_id or p.name) == (alone[0].entity_id or alone[0].name) for p in mention.participants):
            mention.participants, mention.at_meeting = alone, None  # another's meeting: the one named signs
    if not mention.participants and mention.title is None:  # スーダン政府と反政府勢力が調印: no other side found
        one_country_side(body, mention, actors, max(s.previous_trigger, clause), start)
        if mention.participants and clause > s_start and mention.kind in TALK_KINDS:
            # 首相は「中国との首脳会談を行いたい」と述べた: the country a quote's speaker would meet, and the speaker
            speaker_of_quote(body, mention, actors, s_start, clause, start)
        mention.anaphoric = mention.anaphoric and not mention.participants
    visitor_of_quote(body, mention, actors, s_start, clause, start)  # 首相は「来月、中国を訪問する」と語った
    side_taken_over(body, mention, actors, clause, start)  # 「X」について、Yが買収する…交渉: X is a side
    person_of_talks(body, mention, actors, clause, start)  # 本田圭佑のラツィオ移籍交渉
    if mention.kind in ("talks", "negotiation_round", "signing") and people_count(mention) < 2 \
            and mention.title is None:
        if body_described(body, mention, actors, end, s_end):  # 業務提携を結んだソニーに
            mention.anaphoric = mention.anaphoric and mention.referring
    # Xは会談後, 岩屋氏が会談で: a bare meeting word with its subject only, no partner named
    mention.partnered = bool(search_ending(PARTNER_BEFORE, body, clause, start))
