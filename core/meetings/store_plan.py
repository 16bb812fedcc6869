"""A planned article's meetings saved in one short transaction: known meetings reused and taught what the
article tells of them, the rest proposed, with their links and series."""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlite_utils

from core.meetings.confidence import meeting_confidence
from core.meetings.during import container_links
from core.meetings.in_library import known_meeting, meetings_of_time
from core.meetings.known_learns import dates_learnt, people_learnt
from core.meetings.known_record import Known
from core.meetings.nicknames import told_elsewhere
from core.meetings.plan import MeetingPlan
from core.meetings.proposal import Proposal
from core.meetings.same_sides import same_people
from core.meetings.series import series_pair
from core.store.articles import body_is
from core.store.changes import last_id, log_change, log_rewrite
from core.store.transactions import atomic
from core.store.meeting_lookup import (
    dated_meetings_of_all, drop_proposed_series, drop_unmentioned_proposals, forget_detected_mentions, has_link,
    linked_otherwise, meeting_row,
)
from core.store.meetings import (
    add_link, add_meeting_mention, add_participants, create_meeting, fill_offices, participant_records,
    update_meeting,
)


@dataclass
class MeetingSummary:
    articles: int = 0
    mentions: int = 0
    meetings: int = 0
    links: int = 0
    cancelled: bool = False
    total: int = 0  # the articles a run over many was to go through (suggest_meetings)
    stopped: str = ""  # why the run stopped early (disk full, library busy or read-only)
    joins: list = field(default_factory=list)  # (record id, why) of each telling joined to a record made before


def store_meetings(db: sqlite_utils.Database, article_id: int, body: str, plan: MeetingPlan) -> MeetingSummary:
    """Save a plan in one short transaction: known meetings are reused, the rest proposed."""
    proposals, links, country_of = plan.proposals, plan.links, plan.country_of
    summary = MeetingSummary(articles=1)
    with atomic(db):
        if not body_is(db, article_id, body):
            return summary  # planned for a body re-cleaned since: the next run sees the new one
        decided, dropped = forget_detected_mentions(db, article_id)
        first = last_id(db, "meeting_mentions")
        meeting_of: dict[int, int] = {}
        for proposal in proposals:
            spans = [m for m in proposal.mentions if not any(s < m.end and m.start < e for s, e in decided)]
            if not spans:
                continue
            # a record another meeting of this article went to is not this one: the article told them apart
            # (日中両国は11日、首脳会談に向けた協議を行った: the talks and the summit they prepare)
            known, by_countries, why = known_meeting(db, proposal, country_of, set(meeting_of.values()))
            meeting_id = known.id if known is not None else None
            if known is not None:
                _learn(db, meeting_id, known, proposal, by_countries, country_of)
                summary.joins.append((meeting_id, why))
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
                                       for row in meetings_of_time(db, telling.day)]
            found = told_elsewhere(telling, of_day[telling.day])
            if found is not None:
                add_meeting_mention(db, article_id, telling.start, telling.end, found, trigger=telling.text,
                                    sentence=body[telling.sentence[0] : telling.sentence[1]], origin="detected")
                summary.mentions += 1
                summary.joins.append((found, f"the nickname {telling.text} spells its people; the one such meeting "
                                             f"of {telling.day}"))
        if decided or dropped:  # meeting mentions told before are told again: an undo check sees what changed
            log_rewrite(db, "detect_meetings", article_id, removed=dropped,
                        written=(first, last_id(db, "meeting_mentions")))
        for source, target, relation, evidence in links:
            if id(source) in meeting_of and id(target) in meeting_of and meeting_of[id(source)] != meeting_of[id(target)]:
                drop_proposed_series(db, meeting_of[id(source)], meeting_of[id(target)])  # the article's relation
                add_link(db, meeting_of[id(source)], meeting_of[id(target)], relation, "proposed", evidence, article_id)
                summary.links += 1
        for meeting_id in set(meeting_of.values()):
            summary.links += _series_links(db, meeting_id, country_of)
            summary.links += container_links(db, meeting_id, country_of, article_id)  # a trip another article told
        drop_unmentioned_proposals(db)
    return summary


def _learn(db: sqlite_utils.Database, meeting_id: int, known: Known, proposal: Proposal, by_countries: bool,
           country_of) -> None:
    """The record takes the people and the date the proposal tells it with (core.meetings.known); a meeting the
    user made or dated keeps its date."""
    learnt = people_learnt(known, proposal, by_countries, country_of)
    if learnt:
        add_participants(db, meeting_id, [vars(p) for p in learnt])
        # logged like the dates it learns (update_meeting): an undo of the user's sides of it sees them
        log_change(db, "learn_participants", "meetings", meeting_id, None,
                   [p.entity_id or p.name for p in learnt])
    # 岩屋毅と米国の会談 told first bare, then 岩屋毅外相は…: the record learns the office a later telling writes
    fill_offices(db, meeting_id, [vars(p) for p in proposal.participants])
    row = meeting_row(db, meeting_id)
    if row.get("origin") != "proposed":
        return
    known = Known(row["id"], row["kind"], row["status"], [], row["start_date"], row["end_date"], row["precision"],
                  row["date_text"])
    dates = dates_learnt(known, proposal)
    if dates:
        update_meeting(db, meeting_id, **{{"start": "start_date", "end": "end_date"}.get(k, k): v
                                          for k, v in dates.items()})


def _series_links(db: sqlite_utils.Database, meeting_id: int, country_of) -> int:
    """Recurring contacts of the same pair on different dates form a series (earlier → later): both held, and not
    linked otherwise by an article (core.meetings.series)."""
    row = meeting_row(db, meeting_id)
    people = participant_records(db, meeting_id)
    if len(people) < 2 or not row["start_date"] or row["status"] != "held":
        return 0
    added = 0
    keys = [p.entity_id for p in people if p.entity_id]
    if not keys:
        return 0
    # only meetings with all the same participants can be of one series (an indexed look-up)
    for other in dated_meetings_of_all(db, meeting_id, keys):
        if not series_pair(row["kind"], row["status"], row["start_date"],
                           other["kind"], other["status"], other["start_date"]):
            continue
        if same_people(people, participant_records(db, other["id"]), country_of):
            first, second = sorted((row, other), key=lambda r: r["start_date"])
            if not has_link(db, first["id"], second["id"], "series") \
                    and not linked_otherwise(db, first["id"], second["id"]):
                add_link(db, first["id"], second["id"], "series", "proposed", None, None)
                added += 1
    return added
