"""The meeting a meeting word names: whether it names one, its kind, and where its name starts (G20金融サミット,
伊勢志摩サミット, 6カ国協議, 東アジア首脳会議)."""

from __future__ import annotations

import re

from core.meetings.gate import partner_before, word_not_a_meeting
from core.meetings.implied import called_on, met_by_two, pair_met, person_called_on
from core.meetings.reading import ArticleReading, SentenceReading, Word
from core.meetings.sittings import ACRONYM_BEFORE, SITTING_WORDS, event_before, placed_summit, sitting_of_states
from core.meetings.tense import CONDITION_BEFORE, HYPOTHETICAL_AFTER
from core.meetings.triggers import BY_PHONE_BEFORE, BY_VIDEO_BEFORE, COUNTRIES_BEFORE, conference_of_states, kind_of
from core.meetings.two_plus_two import named_by_pair

_REGION = re.compile(r"(?:東南アジア|東アジア|南アジア|中央アジア|アジア|欧州|ヨーロッパ|中東|アフリカ|中南米|南米|北米|"
                     r"太平洋|大洋州|東欧|西欧|北欧|バルカン|湾岸|カリブ)(?:諸国)?(?:各国)?$")
# 6か国協議の日本代表, 日朝交渉の北朝鮮側首席代表, 協議の米首席交渉官: a delegate's office named by the talks
_DELEGATE_AFTER = re.compile(r"の[^、。のはが「」]{0,6}?(?:首席|次席)?(?:代表(?!団|撮影|取材|者)|団長|交渉官|特使|担当大使)")


def meeting_word(a: ArticleReading, s: SentenceReading, match, actors: list, places: list) -> Word | None:
    """The meeting the word names, or None when it names none (病院を訪ね, 駅で会った, 6か国協議の日本代表); actors
    and places are the sentence's near the word (core.meetings.clause_names.SentenceNames.actors_near)."""
    body, s_start, s_end, events = a.body, s.s_start, s.s_end, s.events
    if word_not_a_meeting(body, match, s_start, s_end, actors, places, events):
        return None
    visited = person_called_on(body, actors, match.start()) if called_on(body, match.group(0), match.start()) \
        else False
    if visited is None:
        return None  # 病院を訪ね, 長女に会いたい: a place or someone private, no meeting of sides
    pair_of = pair_met(body, actors, s_start, match.start()) if met_by_two(body, match.group(0), match.start()) \
        else False
    if pair_of is None and partner_before(body, actors, s_start, match.start()):
        pair_of = False  # 習近平国家主席と北京で会い: the partner's と before the place
    if pair_of is None:
        return None  # 駅で会った: nobody with an office met
    start, end, kind = match.start(), match.end(), kind_of(match.group(0))
    if kind == "talks" and BY_PHONE_BEFORE.search(body, max(s_start, start - 24), start):
        kind = "phone_call"  # 大統領と電話で約30分間話し合った, 電話で北朝鮮問題を協議した
    elif kind == "talks" and BY_VIDEO_BEFORE.search(body, max(s_start, start - 30), start):
        kind = "video_call"  # テレビ会議形式で会談, オンライン形式で首脳会談を行った
    region = _REGION.search(body, max(s_start, start - 6), start) if kind == "visit" else None
    if region is not None:
        kind = "trip"  # アジア訪問, 欧州訪問: a journey through a region, the container of its visits
    event = None if named_by_pair(match.group(0)) else next((e for e in events if e.start <= start and end <= e.end),
                                                            None)  # (日米2プラス2: talks of two, no meeting of many)
    if event is not None:
        start, end, kind = event.start, event.end, "multilateral"
    acronym = ACRONYM_BEFORE.search(body, max(s_start, start - 12), start) if kind == "multilateral" else None
    if acronym is not None:  # G20金融サミット, EU首脳会議: the group that meets, written before the word
        start = acronym.start()
    placed = placed_summit(body, places, start) if kind == "multilateral" and acronym is None \
        and match.group(0) in ("サミット", "首脳会議") else None
    if placed is None and acronym is None and event is None and kind in ("multilateral", "talks") \
            and match.group(0) in SITTING_WORDS:
        placed = event_before(body, events, s_start, start)  # ASEAN地域フォーラム(ARF)の閣僚会合
    if placed is not None:  # 北海道洞爺湖サミット, 伊勢志摩サミット: a summit known by its place
        start = placed
        grouped = ACRONYM_BEFORE.search(body, max(s_start, start - 12), start)
        start = grouped.start() if grouped else start  # G20ソウル首脳会議
    numbered = COUNTRIES_BEFORE.search(body, max(s_start, start - 8), start) if event is None else None
    if numbered is not None:  # 6カ国協議: the meeting of that many countries, by its name
        start, kind = numbered.start(), "multilateral"
    elif kind == "talks" and match.group(0) in ("会議", "会合") \
            and (states := sitting_of_states(body, actors, s_start, start, end)) is not None:
        kind = "multilateral"  # アフリカ連合は…緊急閣僚級会議を行い, G7会合: a body of states meets, a meeting of many
        start = states.start if states.end == start else start  # G7会合: named with the body glued to it
    elif kind == "talks" and match.group(0) == "会議" and (named := conference_of_states(body, s_start, start)) is not None:
        start, kind = named, "multilateral"  # パリ講和会議, ロンドン海軍軍縮会議: a conference of states, by its name
    if _DELEGATE_AFTER.match(body, end):
        return None  # 6か国協議の日本代表を務める: an office named by the talks, no meeting told
    if HYPOTHETICAL_AFTER.match(body, end) and CONDITION_BEFORE.search(body, s_start, start):
        return None  # …に移行した場合は…交渉を再開する可能性がある: a meeting only supposed, none told
    return Word(match, start, end, kind, visited, pair_of, region, event, acronym, placed, numbered)
