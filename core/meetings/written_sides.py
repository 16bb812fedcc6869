"""Sides no entity holds, read as written right before the meeting word when the clause's entity mentions gave one
side or none (the clause's arguments, core.meetings.arguments, end on particles; these names end on の glued to the
word, or sit in quotes): 住友商事とKDDIの会談, F・マリノスの幹部と会談, 「東京メトロ」と「都営地下鉄」が…協議へ."""

from __future__ import annotations

import re

from core.meetings.mention import Participant
from core.nlp.offices import office_after
from core.nlp.tokens import tokenize

# names that stand for no side of their own (両国, 同社, 政府: told elsewhere)
NOT_A_SIDE = {"両国", "両社", "同社", "同国", "双方", "両者", "両党", "政府", "当局", "首脳", "閣僚"}
_SIDE_NAME = r"(?:[\u30a1-\u30faーA-Za-z][\u30a1-\u30faーA-Za-z・]{1,15}|[\u4e00-\u9fff]{2,8})"
# 住友商事とKDDIの会談: the second of a pair glued to the word by の, the first an entity's
_OTHER_OF = re.compile(rf"(?:ら|側)?と(?P<name>{_SIDE_NAME})の$")
# F・マリノスの幹部と会談: an organisation met through its staff
_STAFF_PHRASE = re.compile(r"(?<![\u30a1-\u30ffA-Za-z・])(?P<name>[\u30a1-\u30ffA-Za-z][\u30a1-\u30ffA-Za-z・]{1,15})"
                           r"の(?:幹部|代表|首脳|関係者|社長|会長|代表団)ら?(?:と|との)")
# 「東京メトロ」と「都営地下鉄」が…協議: two bodies named in quotes, as the subject
_QUOTED_PAIR = re.compile(r"「(?P<a>[^「」、。]{2,15})」と「(?P<b>[^「」、。]{2,15})」(?:が|は|の)(?=[^「」。]{0,12}$)")
_PAIR_OF = re.compile(rf"(?<![\u4e00-\u9fff\u30a1-\u30faーA-Za-z・])(?P<a>{_SIDE_NAME})と(?P<b>{_SIDE_NAME})の$")
# 東京メトロと都営地下鉄の経営統合に向けた協議, 新日石と九石の統合協議: a pair joined by と whose undertaking the talks are
# about, glued to the word or set toward it (に向けた); not talks about something between them (…の対立をめぐる協議)
_BODY_NAME = r"[\u4e00-\u9fff\u30a1-\u30faーA-Za-z][\u4e00-\u9fff\u30a1-\u30faーA-Za-z・]{1,15}"
_PAIR_UNDERTAKING = re.compile(rf"(?<![\u4e00-\u9fff\u30a1-\u30faーA-Za-z・])(?P<a>{_BODY_NAME}?)と(?P<b>{_BODY_NAME}?)の"
                               r"[\u4e00-\u9fff\u30a1-\u30faー]{2,8}(?:に向けた|へ向けた|に向けての)?$")


# DSPメディアが…ユニバーサル・ジャパンと…協議中, 慶北地方警察庁と…回線を供給するＫＴは…協議: a body named in Latin
# letters (a katakana word may follow them) as the clause's subject, which no entity holds; not after の (同社のCEOは)
_LATIN_SUBJECT = re.compile(r"(?<![\u30a1-\u30faーA-Za-zＡ-Ｚａ-ｚ0-9０-９・&＆の])"
                            r"(?P<name>[A-ZＡ-Ｚ][A-Za-zＡ-Ｚａ-ｚ&＆]{1,9}[\u30a1-\u30faー・]{0,8})(?:は|が)(?![\u3041-\u3096])")
# the titles and roles written in Latin letters: a person's, no side
_LATIN_ROLES = {"CEO", "CFO", "COO", "CTO", "GM", "MC", "DJ", "PR", "OB", "OG"}


def other_as_written(body: str, s_start: int, previous_trigger: int, start: int, side: Participant) -> Participant | None:
    """The other side, no entity's, beside the one side found: 住友商事とKDDIの会談 (after it, glued to the word by
    の, or the pair's undertaking between: トヨタと日産の業務提携に向けた交渉), F・マリノスの幹部と会談 (a body met through its staff, right before the word); None when none is written."""
    other = _OTHER_OF.search(body, max(s_start, start - 20), start)
    if other and body.endswith(side.name, 0, other.start()) and other["name"] not in side.name \
            and not office_after(other["name"], 0) and not _a_deed(other["name"]):
        return Participant(other["name"])
    pair = _PAIR_UNDERTAKING.search(body, max(s_start, start - 50), start)  # トヨタと日産の業務提携に向けた交渉
    if pair and pair["a"].endswith(side.name) and side.name not in pair["b"] and pair["b"] not in NOT_A_SIDE \
            and not office_after(pair["b"], 0) and not _a_deed(pair["b"]):
        return Participant(pair["b"])
    latin = _latin_subject(body, max(s_start, previous_trigger), start, side)
    if latin is not None:
        return latin
    staff = None
    for staff in _STAFF_PHRASE.finditer(body, max(s_start, previous_trigger), start):
        pass
    if staff is not None and staff.end() + 4 >= start and staff["name"] not in side.name:
        return Participant(staff["name"])
    return None


def pair_as_written(body: str, s_start: int, start: int) -> list[Participant]:
    """Two sides no entity holds: AとBの会談 glued to the word, AとBの経営統合に向けた協議 (the pair's undertaking
    between), or two names in quotes as the subject (「東京メトロ」と「都営地下鉄」が統合を協議へ); empty when none is
    written."""
    pair = _PAIR_OF.search(body, max(s_start, start - 40), start) or \
        _PAIR_UNDERTAKING.search(body, max(s_start, start - 50), start)
    if pair and not any(office_after(pair[n], 0) or pair[n] in NOT_A_SIDE or _a_deed(pair[n]) for n in ("a", "b")):
        return [Participant(pair["a"]), Participant(pair["b"])]
    quoted = _QUOTED_PAIR.search(body, max(s_start, start - 60), start)
    return [Participant(quoted["a"]), Participant(quoted["b"])] if quoted else []


def _a_deed(name: str) -> bool:
    """Whether a name as written is a deed, not a side: common nouns in kanji only, the last one a noun of doing
    (パナソニックと業務提携の交渉, Aと経営統合の協議: 業務提携 is what the talks are about; 住友商事 holds a proper noun)."""
    if not re.fullmatch(r"[\u4e00-\u9fff]+", name):
        return False  # (a katakana name is a body's: ソフトロン, whose ロン UniDic reads as a noun of doing)
    tokens = tokenize(name)
    return bool(tokens) and all(t.pos.startswith("名詞,普通名詞") for t in tokens) \
        and tokens[-1].pos.startswith("名詞,普通名詞,サ変可能")


def _latin_subject(body: str, clause: int, start: int, side: Participant) -> Participant | None:
    """The subject written in Latin letters beside a side named as the partner (…Yと…協議, Yと…Xは…協議): the other
    side; None when the clause has no such subject or the side is not written with と before the word."""
    if not re.search(rf"{re.escape(side.name)}(?:政府|側|当局)?と", body[clause:start]):
        return None
    found = [m for m in _LATIN_SUBJECT.finditer(body, clause, start)
             if m["name"] not in _LATIN_ROLES and side.name not in m["name"] and m["name"] not in side.name]
    return Participant(found[-1]["name"]) if found else None
