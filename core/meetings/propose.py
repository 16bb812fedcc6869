"""From meeting mentions to proposed meetings: the mentions of one article grouped into one proposal per meeting.

The links between an article's meetings live in core.meetings.cue_links, the country an entity belongs to in
core.meetings.country_of. Which meeting told before a mention tells again is core.meetings.told_again's choice."""

from __future__ import annotations

from core.meetings.agreement import (
    LOOK_BACK, agreed_to_hold, another_time, is_country, meeting_level, told_to_come,
)
from core.meetings.dates import date_range
from core.meetings.levels import levels_fit
from core.meetings.meeting_names import title_key
from core.meetings.mention import MeetingMention, Participant
from core.meetings.merge import kinds_fit
from core.meetings.occasion import read_occasion
from core.meetings.pair_met_before import pair_met_before, pair_to_meet_again
from core.meetings.proposal import Proposal
from core.meetings.same_dates import dates_agree
from core.meetings.same_sides import same_people
from core.meetings.told_again import note_joined, same_in_article
from core.meetings.told_since import moved_on, parted_by_cue
from core.meetings.written_times import times_written_apart
from core.meetings.written_days import day_written


def group_mentions(mentions: list[MeetingMention], country_of, body: str | None = None) -> list[Proposal]:
    """Mentions of one article grouped into meetings: a bare 会談 joins the meeting it refers back to.

    With the body, the words just before a bare meeting word are read too (前回の会談, 次回の協議: another
    meeting than the one told before)."""
    proposals: list[Proposal] = []
    dropped: list[MeetingMention] = []  # meetings told that Kaidan keeps no proposal of (同国の大統領と会談した)
    for mention in mentions:
        if body is not None:
            mention.day_written = day_written(body, mention)  # 9日 with no date line to resolve it against
            read_occasion(body, mention)  # 会談して以来, 今回の会談, 対面で会談
        date = mention.date
        value = date.value if date is not None else None
        text = date.text if date is not None else None
        start, end, precision = date_range(value, text)
        candidate = Proposal(mention.kind, mention.status, list(mention.participants), start,
                             precision, text,
                             mention.place.entity_id if mention.place is not None else None,
                             mention.place.text if mention.place is not None else None,
                             mention.title, end=end, level=mention.level)
        if (mention.earlier_occasion or mention.repeated or mention.since_point or mention.counted_from) \
                and mention.date_carried:
            # 前回の会談で, 何度も会談している, 首脳会談から10年: the day carried is the other meeting's, not theirs
            candidate.start = candidate.end = candidate.date_text = None
            candidate.precision = "unknown"
        if mention.attendees_of_previous:  # 両外相は…の会合に出席
            earlier = next((p for p in reversed(proposals) if _people(p) >= 2), None)
            if earlier is not None:
                candidate.participants = [Participant(p.name, p.entity_id) for p in earlier.participants]
        if _which_round_unknown(candidate, proposals, country_of):
            dropped.append(mention)
            continue  # 両党の協議では…: the same sides met on several days told before; which one is not said
        target = None
        if mention.next_round and mention.anaphoric and not candidate.participants:
            target = _another_round(candidate, mention, proposals)
            if target is None and not candidate.start:
                dropped.append(mention)
                continue  # 次回の会談, 再び協議 with no day: another round, and nothing says which sides
        if target is None and (mention.anaphoric or mention.refers_back) and body is not None \
                and another_time(body, mention) and not _round_of_its_own(candidate, mention):
            dropped.append(mention)
            continue  # 前回の会談, 10年前の会談: not the meeting told before, and which one is not said
        to_come = body is not None and told_to_come(body, mention)
        # (…協議することで一致した: a meeting agreed is one to come, though it may be a meeting of its own)
        agreed = body is not None and agreed_to_hold(body, mention)
        target = target or same_in_article(candidate, mention, proposals, country_of, dropped, to_come or agreed)
        if target is None and to_come and not mention.partnered and _met_before(candidate, proposals, country_of):
            # 会談をしており、今後本格的に協議を進める: more of the sides' talks to come, no meeting of a day (a partner
            # named in its clause makes one: 今後、バイデン大統領と改めて会談する方針だ)
            dropped.append(mention)
            continue
        if target is not None and body is not None and (parted_by_cue(body, mention, target)
                                                        or moved_on(body, mention, target)
                                                        or _another_time_written(body, mention, target)):
            # 首脳会談を受けて、…協議した; …と会談した。その後、マニラに移動し、首脳会談を; 来年の…訪日, then
            # 今年秋の訪日: another meeting
            mention.joined_by = target = None
        if target is None and mention.anaphoric:
            _after_an_earlier(candidate, mention, proposals)  # これまで…重ねてきた。両首脳は10日、東京で会談した
        if target is None and mention.anaphoric and body is not None:
            pair_met_before(body, mention, candidate, proposals)  # 両氏の会談は今月1日に…実施: that day's meeting
        if target is None and mention.anaphoric:
            pair_to_meet_again(body, mention, candidate, proposals)  # …夕食を共にした。首脳会談は13日に: the pair's next
        if target is None and (mention.anaphoric or mention.ambiguous):
            dropped.append(mention)
            continue  # a bare 会談 with nothing before it to refer to, or with several
        if target is None:
            proposals.append(candidate)
            target = candidate
        else:
            _absorb(target, candidate)
            if _held_on_its_day(target, candidate, mention):
                target.status = "held"
        target.mentions.append(mention)
    return [p for p in proposals if p.participants or p.title]


def _another_time_written(body: str, mention: MeetingMention, target: Proposal) -> bool:
    """A bare word (訪日, 会談) whose clause writes another year, month or week than the meeting it would refer back
    to (今年秋の訪日 after 来年の…訪日): the words that point back name no time; one written says which occasion."""
    return (mention.anaphoric or mention.refers_back) and times_written_apart(body, mention, target)


def _after_an_earlier(candidate: Proposal, mention: MeetingMention, proposals: list[Proposal]) -> None:
    """両首脳は10日、東京で会談した, a day of its own, right after the pair's meetings of the past (石破首相と李大統領は、
    これまで首脳会談を重ねてきた): the meeting at hand of the sides told with that past one, a meeting of its own."""
    if not proposals or not candidate.start or mention.date_carried or mention.earlier_occasion:
        return
    earlier = proposals[-1]
    if earlier.mentions and earlier.mentions[0].earlier_occasion and kinds_fit(candidate.kind, earlier.kind) \
            and len(earlier.participants) >= 2:
        candidate.participants = [Participant(p.name, p.entity_id, p.role, p.office) for p in earlier.participants]
        mention.anaphoric = mention.referring = False


def _round_of_its_own(candidate: Proposal, mention: MeetingMention) -> bool:
    """両国は来月にも次回の協議を開く: another round told with its own day and two sides is a meeting of its
    own, whichever meeting came before it."""
    return mention.next_round and bool(candidate.start) and len(candidate.participants) >= 2


def _which_round_unknown(candidate: Proposal, proposals: list[Proposal], country_of) -> bool:
    """An undated mention of sides already told meeting on two or more days: it cannot be said which
    meeting it is, so it joins none (merging it would make two meetings one)."""
    if candidate.start:
        return False
    if candidate.title:  # 6カ国協議では…, told after two of its rounds
        days = {p.start for p in proposals[-LOOK_BACK:] if p.start and title_key(p.title) == title_key(candidate.title)}
        return len(days) >= 2
    if len(candidate.participants) < 2:
        return False
    days = {p.start for p in proposals[-LOOK_BACK:] if p.start and kinds_fit(candidate.kind, p.kind)
            and same_people(candidate.participants, p.participants, country_of)}
    return len(days) >= 2


def _another_round(candidate: Proposal, mention: MeetingMention, proposals: list[Proposal]) -> Proposal | None:
    """第3回党首会談 (10日), 再び会談: the sides of the last talks, on a day of its own, make another round;
    a round told for the day of talks already told is those talks (returned), one with no day stays as it is."""
    fitting = [p for p in reversed(proposals[-LOOK_BACK:]) if kinds_fit(candidate.kind, p.kind) and _people(p) >= 2]
    if not fitting or not candidate.start:
        return None
    same_day = next((p for p in fitting if p.start and len(p.start) >= 10 and dates_agree(candidate.start, p.start)),
                    None)
    if same_day is not None:
        return note_joined(mention, "a round on a day told before", same_day)  # 9日午後8時から、再びトップ交渉を開いて: the talks of the 9th told before
    candidate.participants = [Participant(p.name, p.entity_id, p.role, p.office) for p in fitting[0].participants]
    mention.anaphoric = mention.referring = False
    return None


def _met_before(candidate: Proposal, proposals: list[Proposal], country_of) -> bool:
    """Whether the candidate's sides were told meeting (held) before it in the article, in a fitting kind and level
    (両国は今後、外相会談を開く after the leaders' talks: the ministers' own meeting to come), on a
    date that agrees with the candidate's (none, or the day of the sentence's other verb: 15日に会談し、今後…協議を
    進めることで合意した)."""
    return len(candidate.participants) >= 2 and any(
        p.status == "held" and kinds_fit(candidate.kind, p.kind) and dates_agree(candidate.start, p.start)
        and levels_fit(candidate.level, meeting_level(p))
        and same_people(candidate.participants, p.participants, country_of) for p in proposals[-LOOK_BACK:])


def _absorb(target: Proposal, other: Proposal) -> None:
    known = {p.entity_id or p.name for p in target.participants}
    offices = {p.entity_id or p.name: p.office for p in other.participants if p.office}
    for p in target.participants:  # 岩屋毅、米国と会談 then 岩屋毅外相は…: the office a later telling writes
        p.office = p.office or offices.get(p.entity_id or p.name)
    has_people = any(not is_country(p) for p in target.participants)
    target.participants += [p for p in other.participants if (p.entity_id or p.name) not in known
                            and not (has_people and is_country(p))]
    if target.start is None or (other.start and len(other.start) > len(target.start)):
        target.start, target.precision, target.date_text = other.start, other.precision, other.date_text
        target.end = other.end
    target.place = target.place or other.place
    target.level = target.level or other.level
    target.place_text = target.place_text or other.place_text
    if target.status == "held" and other.status != "held":
        pass  # a held meeting stays held; later words about it (会談後) do not change that


def _held_on_its_day(target: Proposal, candidate: Proposal, mention: MeetingMention) -> bool:
    """岸田首相は尹大統領との首脳会談を提案した。岸田首相と尹大統領は10日、東京で会談した: a meeting told first only
    proposed or planned, told again as held on a day of its own with its sides named, was held (as a plan told again
    held on its day across articles, core.meetings.known_learns); a bare word (両首脳は10日、会談した, which joins no
    proposal) or a day carried from before says nothing of it. The day is compared once the proposal has taken the
    telling's (_absorb): a plan of another day of its own stays a plan."""
    return target.status in ("scheduled", "proposed") and candidate.status == "held" and not mention.date_carried \
        and not mention.anaphoric and len(candidate.participants) >= 2 and bool(candidate.start) \
        and len(candidate.start) >= 10 and target.start == candidate.start


def _people(proposal: Proposal) -> int:
    return sum(1 for p in proposal.participants if not is_country(p))
