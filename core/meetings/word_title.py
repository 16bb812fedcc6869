"""A meeting known by its name (a forum, 6カ国協議, a UN session, 東アジア首脳会議, ASEAN会合) and its attendees, and
the sittings that are no meeting of sides: a body's own (日本サッカー協会の会合), a group's gathering where the
subject spoke (後援会の会合で表明), one government's own ministers (閣僚会議を開いて)."""

from __future__ import annotations

import re

from core.meetings.counted import counted_countries, counted_sides
from core.meetings.mention import Participant
from core.meetings.people import name_of
from core.meetings.reading import ArticleReading, SentenceReading, Word
from core.meetings.sentence import attended_by
from core.meetings.sittings import cabinet_of_one, grouping_before, own_sitting
from core.meetings.subject_people import attendees
from core.meetings.summit_body import body_holding
from core.meetings.triggers import PARTNER_BEFORE, TREATY_PARTIES_MEET, UN_MEETING, conference_of_states
from core.registry import bundled_registry
from core.scan_ending import search_ending

_ROUND_BEFORE = re.compile(r"第[0-9０-９]+(?:回|次)$")
# 国際赤十字締約国会議, 気候変動枠組条約第15回締約国会議: the treaty or movement whose parties meet, written before
_PARTIES_OF = re.compile(r"(?:[\u4e00-\u9fff\u30a1-\u30fa\u30fc0-9０-９]|み(?=[\u4e00-\u9fff])){2,24}"  # (枠組み条約)
                         r"(?:[(（][A-Z]{2,8}[)）])?$")  # 核不拡散条約(NPT)再検討会議: the treaty's letters after it
# 会合で表明, 会合で引退を表明した: what the subject said at a gathering
_SAID_AT = re.compile(r"で(?:[^、。を]{0,12}を)?(?:述べ|語|明らかに|発表|説明|話|表明|強調)")


def a_sitting_of_its_own(a: ArticleReading, s: SentenceReading, w: Word) -> bool:
    """Whether the word tells a body's own sitting, a group's gathering or a cabinet's, no meeting of sides."""
    body, start, end, word = a.body, w.start, w.end, w.word
    w.grouping = grouping = grouping_before(body, w.actors, start)
    if own_sitting(body, word, grouping, start) and w.event is None and w.acronym is None \
            and w.placed is None and w.numbered is None:
        return True  # 日本サッカー協会の会合で: the body's own sitting, no meeting of sides
    if word == "会合" and body.startswith("の", start - 1) and grouping is None \
            and w.event is None and not search_ending(PARTNER_BEFORE, body, w.clause, start) \
            and _SAID_AT.match(body, end):
        return True  # 後援会の会合で表明: a group's gathering where the subject spoke, no meeting of sides
    # ブッシュ大統領は閣僚会議を開いて: one government's own ministers
    return bool(cabinet_of_one(body, w.mention, word, w.clause, start, end, s.subject))


def read_title(a: ArticleReading, s: SentenceReading, w: Word) -> None:
    """The name of a meeting of many and those said to attend it."""
    body, actors, s_start, s_end, start, end = a.body, w.actors, s.s_start, s.s_end, w.start, w.end
    mention, match, grouping, numbered, event = w.mention, w.match, w.grouping, w.numbered, w.event
    if mention.kind == "multilateral" and event is None and grouping is None and numbered is None \
            and match.group(0) == "フォーラム":
        mention.title = match.group(0)  # a forum with no name: one in the article, known by its attendees
        mention.participants = attended_by(body, actors, end, s_end)
    elif numbered is not None:
        mention.title = body[start:end]
        mention.participants, mention.attendees_of_previous = attendees(body, actors, s_start, s_end, end)
        if not mention.participants:  # 日中韓3か国の外相会合: the countries counted
            mention.participants = counted_countries(body, numbered.start(), numbered["count"])
        if not mention.participants:  # Aは…B、Cと3か国外相会談を行った: the sides the clause names
            mention.participants = counted_sides(w.sides, numbered["count"])
    elif match.group(0) in TREATY_PARTIES_MEET and event is None:
        # the parties to a treaty meeting (国際赤十字締約国会議が…承認した, NPT再検討会議): a conference of states
        # known by its treaty's name, whoever the article says attends it
        named = _PARTIES_OF.search(body, max(s_start, start - 32), start)
        mention.kind = "multilateral"  # (a bare 締約国会議 is the one named before: it refers back)
        mention.title = body[named.start() : end] if named else body[start:end] if start < match.start() else None
        mention.participants, mention.attendees_of_previous = attendees(body, actors, s_start, s_end, end)
    elif UN_MEETING.fullmatch(match.group(0)) and event is None:
        mention.kind, mention.title = "multilateral", body[start:end]  # 国連第2回軍縮特別総会: the UN's
        mention.participants = [Participant(name_of(body, m), m.entity_id) for m in actors  # states meet
                                if m.type == "ORG" and start <= m.start < end][:1]
    elif match.group(0) == "会議" and event is None and conference_of_states(body, s_start, match.start()) is not None:
        # パリ講和会議, ロンドン海軍軍縮会議において日本が求めた: a conference of states known by its name; its sides
        # are those said to attend it, else the countries its sentence names
        mention.kind, mention.title = "multilateral", body[start:end]
        mention.participants, mention.attendees_of_previous = attendees(body, actors, s_start, s_end, end)
        mention.participants = mention.participants or _countries(body, actors)
    elif event is not None or grouping is not None or w.acronym is not None or w.placed is not None:
        # 東アジア首脳会議, ASEANなどの会合: a meeting of many, known by its name; its
        # participants are those said to attend it (…に出席), its host comes from the place
        mention.kind = "multilateral"
        mention.title = body[start:end] if event is not None or w.acronym is not None or w.placed is not None else \
            body[grouping.start : grouping.end] + match.group(0)  # ASEAN会合
        mention.participants, mention.attendees_of_previous = attendees(body, actors, s_start, s_end, end)
        body_holding(mention, event, w.acronym, grouping, a.registry or bundled_registry())  # EU首脳会議: the EU's own
    numbered_round = _ROUND_BEFORE.search(body, max(s_start, start - 6), start) if mention.title else None
    if numbered_round is not None and mention.title == body[start:end]:
        mention.title = body[numbered_round.start() : end]  # 第5回6カ国協議: the round is part of the name


def _countries(body: str, actors) -> list[Participant]:
    """The countries the sentence names, each once, in order."""
    seen = {m.entity_id: m for m in reversed(actors) if (m.entity_id or "").startswith("country:")}
    return [Participant(name_of(body, m), m.entity_id) for m in sorted(seen.values(), key=lambda m: m.start)]
