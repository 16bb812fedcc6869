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
from core.meetings.known import dates_learnt, lookups, people_learnt, tell_known_why
from core.meetings.known_countries import its_countries, told_by_countries
from core.meetings.known_record import Known, levels_told
from core.meetings.merge import fitting_kinds, kinds_fit, same_people
from core.meetings.same_dates import dates_agree, day_after, local_day_of, report_week, report_weeks_of
from core.meetings.nicknames import months_of, nickname_mentions, told_elsewhere, untied_nicknames, without_nickname_people
from core.meetings.propose import Proposal, article_links, country_lookup, date_from_links, group_mentions
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
    dated_meetings_of_all, drop_unmentioned_proposals, forget_detected_mentions, has_link, meeting_row,
    meetings_of_days, meetings_of_month, meetings_on_day, meetings_sharing, named_summits, plans_in_month,
    told_by_countries_on_day,
)
from core.store.meetings import (
    add_link, add_meeting_mention, add_participants, create_meeting, participant_records, update_meeting,
)
from core.meetings.during import container_links
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
    joins: list = field(default_factory=list)  # (record id, why) of each telling joined to a record made before


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
            known, by_countries, why = _known_meeting(db, proposal, country_of, set(meeting_of.values()))
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
                                       for row in _meetings_of_time(db, telling.day)]
            found = told_elsewhere(telling, of_day[telling.day])
            if found is not None:
                add_meeting_mention(db, article_id, telling.start, telling.end, found, trigger=telling.text,
                                    sentence=body[telling.sentence[0] : telling.sentence[1]], origin="detected")
                summary.mentions += 1
                summary.joins.append((found, f"the nickname {telling.text} spells its people; the one such meeting "
                                             f"of {telling.day}"))
        for source, target, relation, evidence in links:
            if id(source) in meeting_of and id(target) in meeting_of and meeting_of[id(source)] != meeting_of[id(target)]:
                add_link(db, meeting_of[id(source)], meeting_of[id(target)], relation, "proposed", evidence, article_id)
                summary.links += 1
        for meeting_id in set(meeting_of.values()):
            summary.links += _series_links(db, meeting_id, country_of)
            summary.links += container_links(db, meeting_id, country_of, article_id)  # a trip another article told
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
    if proposal.kind == "multilateral" and (proposal.title or "").endswith("締約国会議"):
        return  # 国際赤十字締約国会議 in Geneva: held by the treaty's parties, the town only where they sit
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
    speaks_for = getattr(country_of, "speaks_for", country_of)  # (香港 + 中国: a territory is a side of its own)
    people_countries = {speaks_for(p.entity_id) or getattr(p, "country", None) for p in proposal.participants
                        if not (p.entity_id or "").startswith("country:")}  # (北朝鮮の朴宜春外相: as written)
    proposal.participants = [p for p in proposal.participants if not (
        (p.entity_id or "").startswith("country:") and p.role == "participant" and p.entity_id in people_countries)]


def _candidates(db: sqlite_utils.Database, proposal: Proposal) -> list[Known]:
    """The library's meetings a proposal may be (core.meetings.known.lookups): indexed look-ups that read only
    meetings sharing a participant, of a fitting kind and a date that can agree, the plans of its month, the
    meetings of its day or month when it is told by countries, the named summits of its year."""
    ask = lookups(proposal)
    if ask is None:
        return []
    if ask["named"]:
        return [Known(row["id"], "multilateral", "held", [], row["start_date"], title=row["title"])
                for row in named_summits(db, proposal.start)]
    keys, names, start = ask["keys"], ask["names"], proposal.start
    rows = [] if ask["under_way"] else meetings_sharing(db, keys, names, ask["start"], ask["kinds"], own_dated=True,
                                                        planned_visits=ask["planned"])
    if proposal.kind == "negotiation_round" and (ask["own"] or ask["under_way"]):  # begun in one report, ended in another
        rows += meetings_sharing(db, keys, names, start[:7], ("negotiation_round",))
    if ask["own"] and not ask["in_words"]:
        rows += plans_in_month(db, keys, names, start, ask["kinds"])
    if ask["lent"] or ask["reported"]:  # talks told with no day, and talks of a day in the week before the report
        first, last = report_week(proposal.end or start) if ask["lent"] else report_weeks_of(start)
        rows += meetings_of_days(db, keys, names, first, last, ask["kinds"], report_dated=ask["reported"])
    if ask["by_country"]:
        rows += meetings_on_day(db, start)
    if ask["by_country_month"]:
        rows += meetings_of_month(db, start)
    return _known_rows(db, rows)


def _known_rows(db: sqlite_utils.Database, rows: list[dict]) -> list[Known]:
    """Library rows as the merge rule reads them, each once, with its participants (and the levels its tellings
    name, when the look-up read them)."""
    out, seen = [], set()
    for row in rows:
        if row["id"] in seen:
            continue
        seen.add(row["id"])
        levels = levels_told(row["told_by"], row["said_before"]) if "told_by" in row else set()
        out.append(Known(row["id"], row["kind"], row["status"], participant_records(db, row["id"]), row["start_date"],
                         row["end_date"], row["precision"], row["date_text"], row["place_entity_id"], row["title"],
                         levels))
    return out


def _meetings_of_time(db: sqlite_utils.Database, time: str) -> list[dict]:
    """The meetings of a day, or those dated by a day of their own in a week or month (a nickname's time)."""
    if len(time) == 10:
        return meetings_on_day(db, time)
    return [row for month in months_of(time) for row in meetings_of_month(db, month)
            if dates_agree(time, row["start_date"])]


def _known_meeting(db: sqlite_utils.Database, proposal: Proposal, country_of,
                   taken) -> tuple[Known | None, bool, str | None]:
    """The library's meeting the proposal describes (core.meetings.known.tell_known_why), whether it was found by
    its countries, and why; none another meeting of its article went to (taken)."""
    def other_time(day: str) -> list[Known]:
        if told_by_countries(proposal):  # its countries' record of that day, with the levels its words name
            countries = [p.entity_id for p in proposal.participants]
            return _known_rows(db, told_by_countries_on_day(db, day, countries) + meetings_on_day(db, day))
        keys, names = _keys_of(proposal)
        return _known_rows(db, meetings_sharing(db, keys, names, day, fitting_kinds(proposal.kind), own_dated=True))

    def by_countries() -> list[Known]:  # told by its people at a level: a record told by their countries that day
        countries = its_countries(proposal, country_of)  # (or the day after, told in Japan time, or the local day)
        days = dict.fromkeys(d for d in (proposal.start, day_after(proposal.start),
                                         local_day_of(proposal.start, proposal.date_text)) if d)
        return _known_rows(db, [row for day in days for row in told_by_countries_on_day(db, day, countries)])

    return tell_known_why(proposal, _candidates(db, proposal), country_of, taken, other_time, by_countries)


def _keys_of(proposal: Proposal) -> tuple[list, list]:
    return ([p.entity_id for p in proposal.participants if p.entity_id],
            [p.name for p in proposal.participants if not p.entity_id])


def _learn(db: sqlite_utils.Database, meeting_id: int, known: Known, proposal: Proposal, by_countries: bool,
           country_of) -> None:
    """The record takes the people and the date the proposal tells it with (core.meetings.known); a meeting the
    user made or dated keeps its date."""
    learnt = people_learnt(known, proposal, by_countries, country_of)
    if learnt:
        add_participants(db, meeting_id, [vars(p) for p in learnt])
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
