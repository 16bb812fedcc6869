"""A meeting word's mention and the sides its clause names: the subject and partner, the one called on, a pair
met, a summoned envoy's country, a caption's people, the traveller of the sentence before, a visit's hosts."""

from __future__ import annotations

import re

from core.meetings.anaphors import bodies_joined
from core.meetings.gate import ATTENDED, MEALS
from core.meetings.implied import traveller_before, unofficial_traveller
from core.meetings.listed import called_after, callers_apart, caption_people, country_joined_to_body, received_visitor
from core.meetings.levels import level_of, subject_level
from core.meetings.listed_bodies import countries_glued_to_body
from core.meetings.mention import MeetingMention, Participant
from core.meetings.people import people_count
from core.meetings.private_people import private_visitor
from core.meetings.reading import ArticleReading, SentenceReading, Word
from core.meetings.sentence import add_destinations
from core.meetings.sides import clause_participants
from core.meetings.sittings import sitting_of_states
from core.meetings.summoned import with_envoy, with_envoy_protested_to
from core.meetings.tense import status_of
from core.meetings.triggers import CALLED_AFTER, SUMMONED_WORDS
from core.registry import bundled_registry

# what a visit needs one of to be a visit of sides: a person, a country or a body (not a town alone)
SIDE_KINDS = ("person:", "country:", "org:", "found:PERSON:", "found:ORG:", "found:GPE:")
_QUALIFIED = re.compile(r"(?:級|国間|南北|[日米中韓朝露英仏独印豪]{2})$")


def read_sides(a: ArticleReading, s: SentenceReading, w: Word) -> None:
    """w.mention with the sides its clause names (w.sides: before a private journey drops them)."""
    body, actors, places, s_start, s_end = a.body, w.actors, w.places, s.s_start, s.s_end
    start, end, match = w.start, w.end, w.match
    mention = w.mention = MeetingMention(start, end, body[start:end], w.kind, status_of(body, start, end, s_end),
                                         (s_start, s_end))
    mention.unkept_before = a.unkept
    # a meeting named inside a quote takes its people from the quote, not from who is quoted
    clause = quote_start(body, s_start, start, end)
    if clause > s_start:  # 「…。民主党の小沢幹事長から電話があり」: a quote's own sentence, not all it said before
        clause = max(clause, body.rfind("。", clause, start) + 1)
    w.clause = clause
    w.referred_bodies = bodies_joined(body, actors, clause, start)  # 主催者の同紙と高野連は: the paper takes part
    mention.participants = clause_participants(body, actors, clause, max(s.previous_trigger, clause), start, end,
                                               match.group(0), places, s.names)
    callers_apart(body, mention, clause, start, end)  # Aは、Bが交渉を行うよう呼びかけた: A calls, does not meet
    # 中国の駐日大使を外務省に呼び: the envoy summoned stands for the country that sent them
    w.envoy = match.group(0) in SUMMONED_WORDS and with_envoy(body, mention, actors, a.registry or bundled_registry(),
                                                              clause, start)
    if match.group(0) == "抗議":
        with_envoy_protested_to(body, mention, actors, clause, start)  # 大島正太郎駐韓大使に対し…抗議した
    visited = w.visited
    if visited and all((p.entity_id or p.name) != (visited.entity_id or visited.name) for p in mention.participants):
        mention.participants.append(visited)  # 会長を訪ね: the one called on is a side
    states = sitting_of_states(body, actors, s_start, start, end) \
        if w.kind == "multilateral" and match.group(0) == "会議" else None
    if states is not None and all(p.entity_id != states.entity_id for p in mention.participants):
        # 北大西洋条約機構の会議に出席: the body of states whose meeting it is, beside who attends
        mention.participants.append(Participant(body[states.start : states.end], states.entity_id))
    if w.pair_of:
        mention.participants = w.pair_of  # トランプ大統領と金正恩委員長が…会った
    if match.group(0) == "来訪":
        received_visitor(body, mention, actors, end)  # 温家宝首相は来訪した安倍首相と: 安倍 visits
    w.captioned = people_count(mention) < 2 and caption_people(body, mention, actors, end, s_end)
    # (会談する岸田首相(右)と習近平国家主席=15日: a photo caption)
    called = CALLED_AFTER.match(body, end) if match.group(0) == "電話で" else None
    if called is not None:
        called_after(body, mention, actors, end, called.end())  # 電話でムシャラフ大統領に…申し出た
    country_joined_to_body(body, mention, actors, max(s.previous_trigger, clause), start)  # イランと欧州連合の協議
    countries_glued_to_body(body, mention, actors, max(s.previous_trigger, clause), start)  # 日EU首脳協議
    if clause == s_start:  # 国王が帰国の途についた。15日に来日を果たすと: the traveller of the sentence before
        traveller_before(body, mention, a.all_actors, s.previous_sentence, s_start, start,
                         match.group(0) in MEALS and ATTENDED.match(body, end) is not None)
    w.sides = list(mention.participants)
    if mention.kind == "visit" and (private_visitor(body, actors, mention.participants)
                                    or unofficial_traveller(body, a.all_actors, mention.participants)
                                    or mention.participants and not any(
                                        (p.entity_id or "").startswith(SIDE_KINDS) for p in mention.participants)):
        mention.participants = []  # 来日中のソプラノ歌手, 来日した監督: a private journey, no meeting of sides
    if w.region is not None:  # the travellers only: no one country hosts a trip through a region
        mention.participants = [p for p in mention.participants
                                if not (p.entity_id or "").startswith("country:")]
    if mention.kind in ("visit", "trip") and mention.participants:
        add_destinations(body, mention, s.names.journey)  # ドイツ、フランスを訪れ: the sentence's list of destinations
    if mention.kind == "trip" and not any(p.role in ("visitor", "host") for p in mention.participants):
        for p in mention.participants:  # 安倍首相は東南アジア3か国を歴訪する: the one who travels
            p.role = "participant" if (p.entity_id or "").startswith("country:") else "visitor"
    mention.summit = "首脳" in body[max(s_start, start - 3) : end]
    mention.level = level_of(body[max(s_start, start - 6) : end]) or subject_level(body[s_start:start])
    mention.qualified = bool(_QUALIFIED.search(body, max(s_start, start - 4), start))


def quote_start(body: str, s_start: int, position: int, end: int | None = None) -> int:
    """The start of the open quote position is in (after its 「), else the sentence start; a meeting's name in
    brackets that close right after it (「国連第2回軍縮特別総会」では) is no quote."""
    opened = body.rfind("「", s_start, position)
    if opened >= 0 and body.rfind("」", opened, position) < 0:
        if end is not None and body.startswith("」", end) and "、" not in body[opened:end]:
            return s_start
        return opened + 1
    return s_start
