"""Running meeting detection over articles: proposals stored, the user's decisions kept."""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import islice
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import sqlite_utils

from core.dates import reference_date
from core.meetings.confidence import meeting_confidence
from core.meetings.dates import redated, story_day
from core.meetings.detect import Participant, detect_meetings
from core.meetings.merge import (
    dates_agree, day_after, fitting_kinds, level_of, level_of_people, kinds_fit, local_day_of, month_of_its_day,
    named_alike, one_meeting, one_plan, own_date, levels_fit, places_fit, range_holds_day, range_of_words,
    one_side_told_fuller, round_of_its_month, round_under_way, same_keys, same_people, subject_level, the_known,
)
from core.meetings.nicknames import nickname_mentions, told_elsewhere, untied_nicknames, without_nickname_people
from core.meetings.propose import (
    Proposal, article_links, country_lookup, date_from_links, group_mentions,
)
from core.meetings.links import date_containers, read_links
from core.meetings.spelling import known_people
from core.progress import Cancelled, Progress, run_each
from core.sentences import sentence_spans
from core.registry import Registry
from core.store import open_db
from core.store.articles import all_ids, body_is, detection_input
from core.store.db import atomic
from core.store.errors import WriteRefused
from core.store.meeting_lookup import (
    dated_meetings_of_all, drop_unmentioned_proposals, forget_detected_mentions, has_link, meeting_row, plans_in_month,
    meetings_of_month, meetings_on_day, meetings_sharing, named_summits, told_by_countries_on_day,
)
from core.store.meetings import (
    add_link, add_meeting_mention, add_participants, create_meeting, participant_records, update_meeting,
)
from core.store.mentions import mentions_for
from core.store.registry import load_registry


@dataclass
class MeetingSummary:
    articles: int = 0
    mentions: int = 0
    meetings: int = 0
    links: int = 0
    cancelled: bool = False
    stopped: str = ""  # why the run stopped early (disk full, library busy or read-only)


@dataclass
class MeetingPlan:
    """What detection found in one article, computed before any write: its meeting proposals and links."""

    proposals: list
    links: list
    country_of: object
    nicknames: list = field(default_factory=list)  # 川習会 told with a day and no meeting of its article


def plan_meetings(body: str, mentions: list, published: str | None, dateline: str | None,
                  registry: Registry) -> MeetingPlan:
    """Detect an article's meeting mentions and group them into proposals (no database, no lock)."""
    country_of = country_lookup(registry)
    reference = reference_date(published, dateline)
    story = story_day(body, reference)
    if story is not None:  # its sources are all older than its date line: the story's day dates its meetings
        mentions, reference = redated(body, mentions, story), story
    detected = detect_meetings(body, mentions, reference, registry)
    without_nickname_people(detected)  # 川習会 taken for a person
    proposals = group_mentions(detected, country_of, body)
    nickname_mentions(body, proposals)  # 川習会: a meeting told by its leaders' initials
    links = read_links(proposals, body, country_of, article_links(proposals, body, country_of))
    date_from_links(links)
    date_containers(links)  # a summit told with no date meets at least on the days of its talks
    news_day = _news_day(body, mentions, reference) if proposals else None  # (read only for a proposal)
    for proposal in proposals:
        _add_host(proposal, registry, country_of)
        _full_country_names(proposal, registry)
        known_people(proposal, registry)  # ネタニエフ: a known leader as another outlet spells him
        _dated_by_the_report(proposal, reference, news_day)
        _later_that_day(proposal, body, reference)
        _drop_represented(proposal, country_of)
    linked = {id(p) for a, b, _, _ in links for p in (a, b)}
    proposals = [p for p in proposals if id(p) in linked or not _visit_of_no_one(p)]
    return MeetingPlan(proposals, links, country_of, untied_nicknames(body, proposals, mentions))


def _visit_of_no_one(proposal: Proposal) -> bool:
    """A visit with no host and nobody but its travellers (大統領は被災したニュージャージー州を訪問, モスクワを
    訪問中に事故): a journey to a place, no meeting of sides."""
    return proposal.kind == "visit" and not any(p.role == "host" for p in proposal.participants) \
        and all(p.role == "visitor" or len(proposal.participants) == 1 for p in proposal.participants)


def propose_for_article(db: sqlite_utils.Database, article_id: int, registry: Registry) -> MeetingSummary:
    """Detect the article's meeting mentions; tie each to a known meeting or propose a new one."""
    body, published, dateline = detection_input(db, article_id)
    plan = plan_meetings(body, mentions_for(db, article_id), published, dateline, registry)
    return store_meetings(db, article_id, body, plan)


def store_meetings(db: sqlite_utils.Database, article_id: int, body: str, plan: MeetingPlan) -> MeetingSummary:
    """Save a plan in one short transaction: known meetings are reused, the rest proposed."""
    proposals, links, country_of = plan.proposals, plan.links, plan.country_of
    summary = MeetingSummary(articles=1)
    with atomic(db):
        if not body_is(db, article_id, body):
            return summary  # planned for a body re-cleaned since: the next run sees the new one
        decided = forget_detected_mentions(db, article_id)
        meeting_of: dict[int, int] = {}
        for proposal in proposals:
            spans = [m for m in proposal.mentions if not any(s < m.end and m.start < e for s, e in decided)]
            if not spans:
                continue
            # a record another meeting of this article went to is not this one: the article told them apart
            # (日中両国は11日、首脳会談に向けた協議を行った: the talks and the summit they prepare)
            taken = set(meeting_of.values())
            meeting_id = _known_meeting(db, proposal, country_of)
            meeting_id = None if meeting_id in taken else meeting_id
            if meeting_id is None:
                meeting_id = _told_by_its_countries(db, proposal, country_of)
                meeting_id = None if meeting_id in taken else meeting_id
                if meeting_id is not None:  # the record told by countries learns its people
                    add_participants(db, meeting_id, [vars(p) for p in proposal.participants])
            if meeting_id is not None and (proposal.kind == "multilateral" or one_side_told_fuller(
                    participant_records(db, meeting_id), proposal.participants, country_of)):
                add_participants(db, meeting_id, [vars(p) for p in proposal.participants])  # more attendees
            if meeting_id is not None and proposal.start:
                _date_undated_proposal(db, meeting_id, proposal)
            if meeting_id is None:
                meeting_id = create_meeting(
                    db, proposal.kind, proposal.status, [vars(p) for p in proposal.participants],
                    origin="proposed", start_date=proposal.start, end_date=proposal.end or proposal.start,
                    precision=proposal.precision, date_text=proposal.date_text,
                    place_entity_id=proposal.place, place_text=proposal.place_text, title=proposal.title,
                    confidence=meeting_confidence(proposal))
                summary.meetings += 1
            meeting_of[id(proposal)] = meeting_id
            for mention in spans:
                add_meeting_mention(db, article_id, mention.start, mention.end, meeting_id, trigger=mention.text,
                                    sentence=body[mention.sentence[0] : mention.sentence[1]], origin="detected")
                summary.mentions += 1
        of_day: dict[str, list] = {}  # a day's meetings, read once however many nicknames it dates
        for telling in plan.nicknames:  # 川習会は30日…: the meeting of that day whose people it spells
            if any(s < telling.end and telling.start < e for s, e in decided):
                continue
            if telling.day not in of_day:
                of_day[telling.day] = [(row["id"], row["kind"], participant_records(db, row["id"]))
                                       for row in meetings_on_day(db, telling.day)]
            found = told_elsewhere(telling, of_day[telling.day])
            if found is not None:
                add_meeting_mention(db, article_id, telling.start, telling.end, found, trigger=telling.text,
                                    sentence=body[telling.sentence[0] : telling.sentence[1]], origin="detected")
                summary.mentions += 1
        for source, target, relation, evidence in links:
            if id(source) in meeting_of and id(target) in meeting_of and meeting_of[id(source)] != meeting_of[id(target)]:
                add_link(db, meeting_of[id(source)], meeting_of[id(target)], relation, "proposed", evidence, article_id)
                summary.links += 1
        for meeting_id in set(meeting_of.values()):
            summary.links += _series_links(db, meeting_id, country_of)
        drop_unmentioned_proposals(db)
    return summary


def _add_host(proposal: Proposal, registry: Registry, country_of) -> None:
    """A summit, a trip or a visit is hosted by the country of its place (クアラルンプール → マレーシア,
    タシュケントを訪問中の → ウズベキスタン), unless the visit names its host or a visitor is of that country."""
    if proposal.kind not in ("multilateral", "trip", "visit") or not proposal.place:
        return
    host = country_of(proposal.place)
    entity = registry.get(host)
    if entity is None or any(p.entity_id == host for p in proposal.participants):
        return
    if proposal.kind == "multilateral" and any(_of_states(p.entity_id, registry) for p in proposal.participants):
        return  # 国連の会議 in Rio, 南アジア地域協力連合の首脳会議 in Islamabad: held by the body of states
    if proposal.kind == "visit":
        if any(p.role == "host" for p in proposal.participants) or not proposal.participants \
                or any(country_of(p.entity_id) == host for p in proposal.participants if p.entity_id):
            return
        for p in proposal.participants:
            p.role = "visitor"
    proposal.participants.append(Participant(entity.name, host, role="host"))


def _of_states(entity_id: str | None, registry: Registry) -> bool:
    """Whether an entity is a body whose members are states (国連, ASEAN), by its registry kind."""
    entity = registry.get(entity_id) if entity_id else None
    return entity is not None and entity.attributes.get("kind") == "international"


def _dated_by_the_report(proposal: Proposal, reference, news_day=None) -> None:
    """Talks reported as held with no date of their own took place in the days before the report.

    The date is the report's day with the precision "days" (a range, not a day), and the
    proposal's confidence is lower for it.
    """
    if reference is None or proposal.start or proposal.status != "held" or proposal.title \
            or proposal.kind not in ("talks", "phone_call", "video_call", "negotiation_round"):
        return
    proposal.start, proposal.precision, proposal.date_text = (news_day or reference).isoformat(), "days", None
    proposal.end = reference.isoformat()


_LEAD_SENTENCES = 3


def _news_day(body: str, mentions: list, reference):
    """The day the lead gives its news (…は5日、), if it is in the week before the report."""
    if reference is None:
        return None
    lead = [end for _, end in islice(sentence_spans(body), _LEAD_SENTENCES)]  # a Wikinews lead may take three lines
    lead_end = lead[-1] if lead else 0
    for m in sorted((m for m in mentions if m.type == "DATE"), key=lambda m: m.start):
        if m.start < lead_end and m.value and len(str(m.value)) == 10:
            try:
                day = date.fromisoformat(str(m.value))
            except ValueError:
                return None
            return day if timedelta(0) <= reference - day <= timedelta(days=7) else None
    return None


_SAME_DAY = re.compile(r"まもなく|間もなく|この後|このあと|今夜|今晩|今夕|同日中|きょう中|今日中")


def _later_that_day(proposal: Proposal, body: str, reference) -> None:
    """A meeting planned with no date but まもなく, この後, 今夜 in its sentence: the report's own day."""
    if reference is None or proposal.start or proposal.status != "scheduled" or proposal.title:
        return
    for mention in proposal.mentions:
        s_start = mention.sentence[0]
        if _SAME_DAY.search(body, s_start, mention.start):
            proposal.start = proposal.end = reference.isoformat()
            proposal.precision, proposal.date_text = "day", _SAME_DAY.search(body, s_start, mention.start).group(0)
            return


def _full_country_names(proposal: Proposal, registry: Registry) -> None:
    """日, 豪 written inside a compound (日豪会談) are shown as the countries they stand for."""
    for p in proposal.participants:
        entity = registry.get(p.entity_id) if p.entity_id else None
        if entity is not None and entity.type == "GPE" and len(p.name) == 1:
            p.name = entity.name


def _drop_represented(proposal: Proposal, country_of) -> None:
    """A country whose own person is among the participants is not a second side (岸田 + 日 → 岸田)."""
    people_countries = {country_of(p.entity_id) or getattr(p, "country", None) for p in proposal.participants
                        if not (p.entity_id or "").startswith("country:")}  # (北朝鮮の朴宜春外相: as written)
    proposal.participants = [p for p in proposal.participants if not (
        (p.entity_id or "").startswith("country:") and p.role == "participant" and p.entity_id in people_countries)]


_UNNAMED = ("フォーラム",)


def _known_meeting(db: sqlite_utils.Database, proposal: Proposal, country_of) -> int | None:
    """A meeting already in the library that the proposal describes (the merge rule).

    A named meeting (ASEAN首脳会議) is the same one when its name and dates agree,
    whoever the articles say attended.
    """
    if proposal.title in _UNNAMED:
        return None  # a forum with no name is told apart from others by nothing but its article
    if proposal.title:
        # the same name, round and date, both dated: a series (6カ国協議, G20) meets again under its name
        if not proposal.start:
            return None  # across articles a name matches only when both tellings are dated (named_alike)
        for row in named_summits(db, proposal.start):
            if named_alike(proposal.title, proposal.start, row["title"], row["start_date"], across=True,
                           country_of=country_of):
                return row["id"]
        return None
    keys = [p.entity_id for p in proposal.participants if p.entity_id]
    names = [p.name for p in proposal.participants if not p.entity_id]  # people no entity knows, by name
    if not keys and not names:
        return None
    # candidates share a participant and a date that can agree
    matches = []
    own = own_date(proposal.start, proposal.precision, proposal.date_text)
    planned = one_plan(proposal.kind, proposal.status, proposal.participants, "visit", "proposed")
    by_month = month_of_its_day(proposal.start, proposal.precision, proposal.date_text,
                                f"{proposal.start}-01", "day", None)  # a month's telling: a day in it may match
    # 今月中旬, 来月: part of a month its words give, which may hold the day another telling gives it
    in_words = range_of_words(proposal.start, proposal.end, proposal.precision, proposal.date_text)
    under_way = round_under_way(proposal.kind, proposal.start, proposal.precision, proposal.date_text)
    if not (own or planned or by_month or in_words or under_way):
        return None  # no day of its own, no plan, no month: no meeting told elsewhere can be proved the same
    # only meetings that can match are read: of a fitting kind, dated by their own day (or a planned visit)
    rows = meetings_sharing(db, keys, names, (proposal.start[:4] if "W" in proposal.start else proposal.start[:7])
                            if in_words else proposal.start,
                            fitting_kinds(proposal.kind), own_dated=True, planned_visits=planned) \
        if not under_way else []
    if proposal.kind == "negotiation_round" and (own or under_way):  # begun in one report, ended in another
        shared = {row["id"] for row in rows}
        rows += [row for row in meetings_sharing(db, keys, names, proposal.start[:7], ("negotiation_round",))
                 if row["id"] not in shared and round_of_its_month(
                     proposal.kind, proposal.start, proposal.precision, proposal.date_text,
                     row["kind"], row["start_date"], row["precision"], row["date_text"])]
    if own and not in_words:  # a day of its own: the plan of those sides for that part of the month, told before
        shared = {row["id"] for row in rows}
        rows += [row for row in plans_in_month(db, keys, names, proposal.start, fitting_kinds(proposal.kind))
                 if row["id"] not in shared]
    by_country = _told_by_countries(proposal)
    if by_country:  # 日中首脳会談 told by its countries: the day's meeting of their people at that level
        shared = {row["id"] for row in rows}
        rows += [row for row in meetings_on_day(db, proposal.start) if row["id"] not in shared]
    by_country_month = not by_country and by_month and _told_by_countries(proposal, by_month=True)
    if by_country_month:  # 5月の日米首脳会談では: the month's one meeting of their people at that level
        shared = {row["id"] for row in rows}
        rows += [row for row in meetings_of_month(db, proposal.start) if row["id"] not in shared]
    for row in rows:
        known = {"kind": row["kind"], "participants": participant_records(db, row["id"]),
                 "start": row["start_date"], "place": row["place_entity_id"]}
        if (by_country or by_country_month) and not _of_level(known["participants"], proposal.level, country_of):
            continue
        row_in_words = range_of_words(row["start_date"], row["end_date"], row["precision"], row["date_text"])
        told = proposal.as_dict()
        by_round = round_of_its_month(proposal.kind, proposal.start, proposal.precision, proposal.date_text,
                                      row["kind"], row["start_date"], row["precision"], row["date_text"])
        if by_round:  # the month both share: the day of the one and the report's days of the other are compared no further
            told["start"], known["start"] = proposal.start[:7], row["start_date"][:7]
        # its part of the month (or its week): the day of the known one is compared below
        if in_words:
            told["start"] = None if "W" in proposal.start else proposal.start[:7]
        if row_in_words:
            known["start"] = None if "W" in row["start_date"] else row["start_date"][:7]
        # both dated by the text: an undated mention of a pair that meets often cannot be told from their
        # other meetings, nor can one dated only by its report
        if not one_meeting(told, known, country_of):
            if _told_fuller(proposal, row, known["participants"], country_of):
                matches.append((row["id"], known["participants"], True))  # the one such meeting that day, or none
            continue
        if range_holds_day(proposal.start, proposal.end, proposal.precision, proposal.date_text,
                           row["start_date"], row["precision"], row["date_text"]) \
                or row["status"] in _PLANS and range_holds_day(
                    row["start_date"], row["end_date"], row["precision"], row["date_text"],
                    proposal.start, proposal.precision, proposal.date_text):
            matches.append((row["id"], known["participants"], True))  # the one meeting of that part, or none
        elif _one_plan(proposal, row):
            matches.append((row["id"], known["participants"], False))
        elif by_round:
            matches.append((row["id"], known["participants"], True))  # the one round of those sides that month
        elif bool(in_words) != bool(row_in_words):
            continue  # part of a month and a day outside it
        elif own_date(proposal.start, proposal.precision, proposal.date_text) \
                and own_date(row["start_date"], row["precision"], row["date_text"]):
            matches.append((row["id"], known["participants"], False))
        elif month_of_its_day(proposal.start, proposal.precision, proposal.date_text,
                              row["start_date"], row["precision"], row["date_text"]):
            matches.append((row["id"], known["participants"], True))
    if by_country:  # the one meeting of that level that day, or none (Kishida met both Xi and Li that day)
        return matches[0][0] if len(matches) == 1 else None
    found = the_known(matches, proposal.participants, lambda m: m[1], country_of, lambda m: m[2])
    if found is None and own and not in_words:
        return _told_in_the_other_time(db, proposal, keys, names, country_of)
    return found[0] if found else None


def _told_fuller(proposal: Proposal, row: dict, people, country_of) -> bool:
    """The same meeting on a day both tellings give, of a fitting kind and place, one telling naming more people
    of one of its sides (core.meetings.merge.one_side_told_fuller)."""
    return own_date(proposal.start, proposal.precision, proposal.date_text) \
        and own_date(row["start_date"], row["precision"], row["date_text"]) \
        and proposal.start[:10] == row["start_date"][:10] and kinds_fit(proposal.kind, row["kind"]) \
        and places_fit(proposal.place, row["place_entity_id"], country_of) \
        and (one_side_told_fuller(proposal.participants, people, country_of)
             or one_side_told_fuller(people, proposal.participants, country_of))


def _told_in_the_other_time(db: sqlite_utils.Database, proposal: Proposal, keys: list, names: list,
                            country_of) -> int | None:
    """A meeting one outlet dates by Japan time (日本時間8日未明) and another by the local day before it
    (7日午前): the one meeting of the same sides, kind and place on the other day, told in the other time."""
    local = local_day_of(proposal.start, proposal.date_text)
    other = local or day_after(proposal.start)
    if other is None:
        return None
    fits = []
    for row in meetings_sharing(db, keys, names, other, fitting_kinds(proposal.kind), own_dated=True):
        if row["start_date"] != other or (local is None and local_day_of(row["start_date"], row["date_text"]) is None):
            continue
        known = {"kind": row["kind"], "participants": participant_records(db, row["id"]), "start": other,
                 "place": row["place_entity_id"]}
        if one_meeting(dict(proposal.as_dict(), start=other), known, country_of) \
                and same_keys(proposal.participants, known["participants"], country_of):
            fits.append(row["id"])
    return fits[0] if len(fits) == 1 else None


_PLANS = ("scheduled", "proposed")


def _told_by_countries(proposal: Proposal, by_month: bool = False) -> bool:
    """A meeting told by two or more countries only, at a level its words name (日中首脳会談, 日韓外相会談),
    on a day the text gives (by_month: in a month its words give, 5月の日米首脳会談): it may be the meeting
    another article tells by its people."""
    dated = month_of_its_day(proposal.start, proposal.precision, proposal.date_text, f"{proposal.start}-01", "day",
                             None) if by_month else own_date(proposal.start, proposal.precision, proposal.date_text)
    return len(proposal.participants) >= 2 and all((p.entity_id or "").startswith("country:")
                                                   for p in proposal.participants) \
        and proposal.level is not None and dated


def _told_by_its_countries(db: sqlite_utils.Database, proposal: Proposal, country_of) -> int | None:
    """The meeting a telling by its people (石破首相は15日、習主席と会談) is, when another article told it before
    by their countries only, at their level, on that day (日中首脳会談が15日): the one such record, or None
    (日中外相会談 that day is another meeting; two summits of the pair that day cannot be told apart)."""
    if proposal.title or not own_date(proposal.start, proposal.precision, proposal.date_text):
        return None
    level = level_of_people(proposal.participants, country_of)
    if level is None and proposal.level is not None \
            and level_of_people(proposal.participants, country_of, partial=True) == proposal.level:
        level = proposal.level  # 林外相は…ブリンケン長官と会談: its words and the offices that name one agree
    if level is None or not levels_fit(proposal.level, level):
        return None
    countries = sorted({country_of(p.entity_id) for p in proposal.participants
                        if not (p.entity_id or "").startswith("country:")})
    fits = [row for row in told_by_countries_on_day(db, proposal.start, countries)
            if kinds_fit(proposal.kind, row["kind"]) and _levels_told(row) == {level}
            and places_fit(proposal.place, row["place_entity_id"], country_of)]
    return fits[0]["id"] if len(fits) == 1 else None


def _levels_told(row: dict) -> set[str]:
    """The levels a record's tellings name: by the words of each meeting word (日中首脳会談) or by the subject
    of its sentence (米中両国の外相は11日、…で会談した), read when the sentence starts in the forty characters
    before the word (or the body does)."""
    levels = {level_of(w) for w in row["told_by"]}
    for before in row["said_before"]:
        cut = max(before.rfind("。"), before.rfind("\n"))
        if cut >= 0 or len(before) < 40:
            levels.add(subject_level(before[cut + 1:]))
    return levels - {None}


def _of_level(participants, level: str, country_of) -> bool:
    """Whether a known meeting's people hold offices of that level, one person a country (the summit of the
    two leaders, not the foreign ministers' talks of that day)."""
    people = [p for p in participants if not (p.entity_id or "").startswith("country:")]
    # every one with an office; those naming a level (not 長官 cut from 国務長官) name this one
    if not people or any(not p.office or level_of(p.office) not in (level, None) for p in people) \
            or all(level_of(p.office) is None for p in people):
        return False
    countries = [country_of(p.entity_id) for p in people]
    return all(countries) and len(set(countries)) == len(countries)


def _date_undated_proposal(db: sqlite_utils.Database, meeting_id: int, proposal: Proposal) -> None:
    """A proposed meeting with no date, told again with one (the April of a visit invited months before),
    takes that date, a plan for part of a month told again on its day takes the day, and a plan told again
    as held on its day is held; a meeting the user made or dated is left as it is."""
    row = meeting_row(db, meeting_id)
    if row.get("origin") != "proposed":
        return
    # planned for 今月中旬 and told held on the 12th: the plan's record takes the day it was held
    refined = row["status"] in _PLANS and range_holds_day(
        row["start_date"], row["end_date"], row["precision"], row["date_text"],
        proposal.start, proposal.precision, proposal.date_text)
    # a round dated by the days before its report, told again with a day of its own: the day the text gives
    refined = refined or round_under_way(row["kind"], row["start_date"], row["precision"], row["date_text"]) \
        and own_date(proposal.start, proposal.precision, proposal.date_text)
    if row["start_date"] and not refined:
        # 28日に行われる予定, then 28日に会談した: the plan told again as held on its day was held
        if row["status"] in _PLANS and proposal.status == "held" and row["start_date"] == proposal.start \
                and own_date(proposal.start, proposal.precision, proposal.date_text):
            update_meeting(db, meeting_id, status="held")
        return
    update_meeting(db, meeting_id, start_date=proposal.start, end_date=proposal.end or proposal.start,
                   precision=proposal.precision, date_text=proposal.date_text, status=proposal.status)


def _one_plan(proposal: Proposal, row: dict) -> bool:
    """One planned visit told months apart, one of its tellings undated (core.meetings.merge.one_plan)."""
    return one_plan(proposal.kind, proposal.status, proposal.participants, row["kind"], row["status"])


def _series_links(db: sqlite_utils.Database, meeting_id: int, country_of) -> int:
    """Recurring contacts of the same pair on different dates form a series (earlier → later)."""
    row = meeting_row(db, meeting_id)
    people = participant_records(db, meeting_id)
    if len(people) < 2 or not row["start_date"]:
        return 0
    added = 0
    keys = [p.entity_id for p in people if p.entity_id]
    if not keys:
        return 0
    # only meetings with all the same participants can be of one series (an indexed look-up)
    for other in dated_meetings_of_all(db, meeting_id, keys):
        if not kinds_fit(row["kind"], other["kind"]) or dates_agree(row["start_date"], other["start_date"]):
            continue
        if same_people(people, participant_records(db, other["id"]), country_of):
            first, second = sorted((row, other), key=lambda r: r["start_date"])
            if not has_link(db, first["id"], second["id"], "series"):
                add_link(db, first["id"], second["id"], "series", "proposed", None, None)
                added += 1
    return added


def suggest_meetings(
    db_path: str | Path | None, ids: Iterable[int] | None = None,
    progress: Progress | None = None, cancelled: Cancelled | None = None,
) -> MeetingSummary:
    """Detect meeting mentions and propose meetings, merges and links (all articles when ids is None)."""
    db = open_db(db_path)
    total = MeetingSummary()

    def step(article_id: int) -> None:
        one = propose_for_article(db, article_id, registry)
        total.articles += 1
        total.mentions += one.mentions
        total.meetings += one.meetings
        total.links += one.links

    try:
        registry = load_registry(db)
        targets = list(ids) if ids is not None else all_ids(db, by_date=True)
        try:
            total.cancelled = run_each(targets, step, progress, cancelled)
        except WriteRefused as exc:
            total.stopped = f"{exc}: {total.articles:,} of {len(targets):,} articles done; the rest were not"
    finally:
        db.close()
    return total
