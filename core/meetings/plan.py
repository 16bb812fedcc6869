"""One article's meetings read before any write: its mentions grouped into proposals, their hosts, dates and
sides completed, and the links between them."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import islice

from core.dates import reference_date
from core.meetings.cited_headlines import join_cited_headlines
from core.meetings.country_of import country_lookup
from core.meetings.cue_links import article_links, date_from_links
from core.meetings.dates import date_range, redated, story_day
from core.meetings.detect import detect_meetings
from core.meetings.links import date_containers, read_links
from core.meetings.mention import Participant
from core.meetings.nicknames import nickname_mentions, untied_nicknames, without_nickname_people
from core.meetings.offices_then import offices_then
from core.meetings.propose import group_mentions
from core.meetings.proposal import Proposal
from core.meetings.side_reader import add_sides
from core.meetings.spelling import known_people
from core.meetings.summit_body import of_states
from core.meetings.triggers import TREATY_PARTIES_MEET
from core.registry import Registry
from core.sentences import sentence_spans


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
    reported = reference.isoformat() if reference is not None else None  # (before a story's day dates its meetings)
    story = story_day(body, reference)
    if story is not None:  # its sources are all older than its date line: the story's day dates its meetings
        mentions, reference = redated(body, mentions, story), story
    detected = detect_meetings(body, mentions, reference, registry)
    without_nickname_people(detected)  # 川習会 taken for a person
    proposals = group_mentions(detected, country_of, body)
    proposals = join_cited_headlines(body, proposals)  # another outlet's headline of its meeting
    nickname_mentions(body, proposals)  # 川習会: a meeting told by its leaders' initials
    links = read_links(proposals, body, country_of, article_links(proposals, body, country_of))
    date_from_links(links)
    date_containers(links)  # a summit told with no date meets at least on the days of its talks
    news_day = _news_day(body, mentions, reference) if proposals else None  # (read only for a proposal)
    older = _older_times(mentions, reference) if proposals else ([], [])
    for proposal in proposals:
        proposal.reported = reported
        _add_host(proposal, registry, country_of)
        _full_country_names(proposal, registry)
        known_people(proposal, registry)  # ネタニエフ: a known leader as another outlet spells him
        if not _told_after_an_older_time(body, proposal, older):
            _dated_by_the_report(proposal, reference, news_day)
        _later_that_day(proposal, body, reference)
        _drop_represented(proposal, country_of)
    add_sides(body, mentions, proposals, country_of)  # the learned side reader, when switched on
    offices_then(body, proposals, registry)  # 岩屋毅氏は5日…: the office the registry holds him in that day
    linked = {id(p) for a, b, _, _ in links for p in (a, b)}
    proposals = [p for p in proposals if id(p) in linked or not _visit_of_no_one(p)]
    return MeetingPlan(proposals, links, country_of, untied_nicknames(body, proposals, mentions))


def _visit_of_no_one(proposal: Proposal) -> bool:
    """A visit with no host and nobody but its travellers (大統領は被災したニュージャージー州を訪問, モスクワを
    訪問中に事故): a journey to a place, no meeting of sides."""
    return proposal.kind == "visit" and not any(p.role == "host" for p in proposal.participants) \
        and all(p.role == "visitor" or len(proposal.participants) == 1 for p in proposal.participants)


def _add_host(proposal: Proposal, registry: Registry, country_of) -> None:
    """A summit, a trip or a visit is hosted by the country of its place (クアラルンプール → マレーシア,
    タシュケントを訪問中の → ウズベキスタン), unless the visit names its host or a visitor is of that country."""
    if proposal.kind not in ("multilateral", "trip", "visit") or not proposal.place:
        return
    host = country_of(proposal.place)
    entity = registry.get(host)
    if entity is None or any(p.entity_id == host for p in proposal.participants):
        return
    if proposal.kind == "multilateral" and any(of_states(p.entity_id, registry) for p in proposal.participants):
        return  # 国連の会議 in Rio, 南アジア地域協力連合の首脳会議 in Islamabad: held by the body of states
    if proposal.kind == "multilateral" and (proposal.title or "").endswith(TREATY_PARTIES_MEET):
        return  # 国際赤十字締約国会議 in Geneva: held by the treaty's parties, the town only where they sit
    if proposal.kind == "visit":
        if any(p.role == "host" for p in proposal.participants) or not proposal.participants \
                or any(country_of(p.entity_id) == host for p in proposal.participants if p.entity_id):
            return
        for p in proposal.participants:
            p.role = "visitor"
    proposal.participants.append(Participant(entity.name, host, role="host"))


def _dated_by_the_report(proposal: Proposal, reference, news_day=None) -> None:
    """Talks, and a visit, reported as held with no date of their own took place in the days before the report
    (石破首相は中国を訪問し: another outlet gives the day).

    The date is the report's day with the precision "days" (a range, not a day), and the
    proposal's confidence is lower for it.
    """
    if reference is None or proposal.start or proposal.status != "held" or proposal.title \
            or proposal.kind not in ("talks", "phone_call", "video_call", "negotiation_round", "visit") \
            or proposal.mentions[:1] and (proposal.mentions[0].earlier_occasion or proposal.mentions[0].repeated
                                          or proposal.mentions[0].since_point
                                          or proposal.mentions[0].counted_from):
        return  # 前回の会談で, たびたび会談した, 会談して以来, 首脳会談から10年: not of the report's days
    proposal.start, proposal.precision, proposal.date_text = (news_day or reference).isoformat(), "days", None
    proposal.end = reference.isoformat()


_REPORT_WEEK = timedelta(days=7)


def _older_times(mentions: list, reference) -> tuple[list[int], list[tuple[int, int]]]:
    """The starts and (start, end) of the times the article writes that end before the report's week, by start (each
    read once: a pass over every time for each proposal made an article of n dated meetings cost n² steps)."""
    if reference is None:
        return [], []
    oldest = (reference - _REPORT_WEEK).isoformat()
    spans = []
    for m in mentions:
        if m.type == "DATE" and m.value:
            last = date_range(str(m.value), m.text)[1] or str(m.value)
            if "W" not in last and last < oldest[: len(last)]:
                spans.append((m.start, m.end))
    spans.sort()
    return [start for start, _ in spans], spans


# the older time frames the meeting, told at or after it: 政権交代の後、, その後の話し合い, 以降, 訪中の際, 訪中時,
# 当時, 在任中に (not 今後, 最後, 午後, 後半; not 日中の: the pair Japan and China)
_FRAMES = re.compile(r"(?<![今最午])後(?![\u4e00-\u9fff])|以降|以後|際|時(?![\u4e00-\u9fff])"
                     r"|(?<![日米韓朝露英独仏印])中(?=[、にはも])")


def _told_after_an_older_time(body: str, proposal: Proposal, older: tuple[list[int], list[tuple[int, int]]]) -> bool:
    """Whether the sentence of the proposal's first word writes before it a time older than the report's week that
    frames it (去年9月には別居しており、その後の話し合いは…; 2003年の政権交代の後、…会談した): the meeting is told
    at or after that time, a past its report's days do not date (the time written is another noun's, so it stays
    undated). A time of what the meeting is about, or one it is the first since, does not (2002年の平壌宣言に基づき、
    昨年の選挙の結果を受け、2008年の五輪以来初めて…会談した: talks of the report's days)."""
    starts, spans = older
    if not proposal.mentions or not starts:
        return False
    mention = proposal.mentions[0]
    i = bisect_left(starts, mention.sentence[0])  # the first older time of the sentence
    if i == len(spans) or spans[i][1] > mention.start:
        return False
    return _FRAMES.search(body, spans[i][1], mention.start) is not None


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
