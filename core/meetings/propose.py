"""From meeting mentions to proposed meetings: the mentions of one article grouped into one proposal per meeting.

The links between an article's meetings live in core.meetings.cue_links, the country an entity belongs to in
core.meetings.country_of; both are imported from here by their callers too."""

from __future__ import annotations

from core.meetings.agreement import (
    GENERIC, LOOK_BACK, agrees, another_time, is_country, just_before, kind_fits_back,
    last_sentence, meeting_level, places_same, process_and_round, round_beside_summit,
    past_of_a_plan, subset, told_as_a_meal, told_to_come, within_sides,
    told_in, written_apart,
)
from core.meetings.told_since import another_of_its_sides, moved_on, parted_by_cue, story_moved_on, told_between
from core.meetings.country_of import country_lookup  # noqa: F401 (imported from here)
from core.meetings.cue_links import article_links, containers, date_from_links  # noqa: F401 (imported from here)
from core.meetings.dates import date_range
from core.meetings.mention import MeetingMention, Participant
from core.meetings.levels import levels_fit
from core.meetings.meeting_names import named_alike, title_key
from core.meetings.merge import kinds_fit
from core.meetings.same_sides import same_people
from core.meetings.same_dates import dates_agree
from core.meetings.proposal import Proposal
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
        date = mention.date
        value = date.value if date is not None else None
        text = date.text if date is not None else None
        start, end, precision = date_range(value, text)
        candidate = Proposal(mention.kind, mention.status, list(mention.participants), start,
                             precision, text,
                             mention.place.entity_id if mention.place is not None else None,
                             mention.place.text if mention.place is not None else None,
                             mention.title, end=end, level=mention.level)
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
        target = target or _same_in_article(candidate, mention, proposals, country_of, dropped, to_come)
        if target is None and to_come and not mention.partnered and _met_before(candidate, proposals, country_of):
            # 会談をしており、今後本格的に協議を進める: more of the sides' talks to come, no meeting of a day (a partner
            # named in its clause makes one: 今後、バイデン大統領と改めて会談する方針だ)
            dropped.append(mention)
            continue
        if target is not None and body is not None and (parted_by_cue(body, mention, target)
                                                        or moved_on(body, mention, target)):
            # 首脳会談を受けて、…協議した; …と会談した。その後、マニラに移動し、首脳会談を: another meeting
            mention.joined_by = target = None
        if target is None and (mention.anaphoric or mention.ambiguous):
            dropped.append(mention)
            continue  # a bare 会談 with nothing before it to refer to, or with several
        if target is None:
            proposals.append(candidate)
            target = candidate
        else:
            _absorb(target, candidate)
        target.mentions.append(mention)
    return [p for p in proposals if p.participants or p.title]


def _round_of_its_own(candidate: Proposal, mention: MeetingMention) -> bool:
    """両国は来月にも次回の協議を開く: another round told with its own day and two sides is a meeting of its
    own, whichever meeting came before it."""
    return mention.next_round and bool(candidate.start) and len(candidate.participants) >= 2


def _visitor_named_later(candidate: Proposal, earlier: Proposal) -> bool:
    """中国訪問 told first with its host only, then トランプ氏の中国訪問: one visit, its visitor named later."""
    return candidate.kind == earlier.kind == "visit" and all(p.role == "host" for p in earlier.participants) \
        and subset(earlier.participants, candidate.participants)


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
        return _joined(mention, "a round on a day told before", same_day)  # 9日午後8時から、再びトップ交渉を開いて: the talks of the 9th told before
    candidate.participants = [Participant(p.name, p.entity_id, p.role, p.office) for p in fitting[0].participants]
    mention.anaphoric = mention.referring = False
    return None


def _status_fits(candidate: Proposal, mention: MeetingMention, earlier: Proposal) -> bool:
    """岸田首相は会談を再開する可能性を示唆した, 再び会談したい, 今後…と改めて会談する方針だ: a meeting to come or
    only possible is another one than the meeting held, whoever is named (as for a bare word: agrees); a plan
    read from a day carried from the sentence before (…は2月前半で調整が進む。岩屋氏は会談後) says nothing of
    this word."""
    return candidate.status in ("held", earlier.status) or mention.planned_by_carried_day \
        or (candidate.status == "cancelled" and earlier.status in ("scheduled", "proposed"))  # 予定の会談を中止


def _met_before(candidate: Proposal, proposals: list[Proposal], country_of) -> bool:
    """Whether the candidate's sides were told meeting (held) before it in the article, in a fitting kind and level
    (両国は今後、外相会談を開く after the leaders' talks: the ministers' own meeting to come), on a
    date that agrees with the candidate's (none, or the day of the sentence's other verb: 15日に会談し、今後…協議を
    進めることで合意した)."""
    return len(candidate.participants) >= 2 and any(
        p.status == "held" and kinds_fit(candidate.kind, p.kind) and dates_agree(candidate.start, p.start)
        and levels_fit(candidate.level, meeting_level(p))
        and same_people(candidate.participants, p.participants, country_of) for p in proposals[-LOOK_BACK:])


def _names_the_partner(candidate: Proposal, earlier: Proposal) -> bool:
    """Whether the candidate names someone the earlier meeting was held with, not only its first side (首相は
    チン首相との会談で: チン; 岸田首相はその後、地元の財界人らと会談した names the subject alone)."""
    keys = [p.entity_id or p.name for p in earlier.participants]
    named = {p.entity_id or p.name for p in candidate.participants}
    return bool(keys) and bool(named - {keys[0]}) and set(keys) - named <= {keys[0]}


def _same_in_article(candidate: Proposal, mention: MeetingMention, proposals: list[Proposal], country_of,
                     dropped: list[MeetingMention] = (), to_come: bool = False):
    """The meeting told before in the article that the candidate tells again, or None. to_come: the mention is
    a plan its words place at a time to come (今後…協議を進める), never the sides' meeting held."""
    if candidate.title:  # a named meeting is one meeting in the article, whoever is said to attend
        # …of that name, round and date: 第4回 and 第5回 6カ国協議, the G20 of two years, are two
        named = next((p for p in reversed(proposals[-LOOK_BACK:])
                      if named_alike(candidate.title, candidate.start, p.title, p.start, country_of=country_of)), None)
        if named is None and mention.date_carried:
            # …訪問前日、…発表。カーニー首相もASEAN首脳会議に出席する: a day carried from the sentence before dates
            # something else; the name is the summit told with its own day
            named = next((p for p in reversed(proposals[-LOOK_BACK:])
                          if named_alike(candidate.title, None, p.title, p.start, country_of=country_of)), None)
            if named is not None:
                candidate.start = candidate.end = None
        return _joined(mention, "same name", named)
    if candidate.kind == "visit" and candidate.participants and not any(
            p.role == "host" or is_country(p) for p in candidate.participants):
        # トランプ氏は訪問前日: a visit with no destination is the journey of that traveller told before
        trip = next((p for p in reversed(proposals) if p.kind == "trip"
                     and subset(candidate.participants, p.participants)), None)
        if trip is not None:
            return _joined(mention, "a visit of the traveller's trip", trip)
    if mention.anaphoric and mention.cited:
        return None  # a cited headline's bare 会談 is not the meeting the body told just before
    if mention.anaphoric and mention.qualified:
        return None  # 閣僚級会談 with nobody named is a meeting of its own, not the one told before
    if mention.anaphoric and mention.partnered and not mention.referring:
        return None  # 同国の大統領と会談した: a partner Kaidan cannot name, not the talks told before
    if mention.anaphoric:
        # 今回の会談, 会談後: the last meeting of a fitting kind, if nothing in the mention contradicts it
        fitting = [e for e in reversed(proposals[-LOOK_BACK:]) if kind_fits_back(candidate, mention, e)
                   and not told_as_a_meal(mention, e)]
        if not fitting or told_between(candidate, mention, fitting[0], dropped) \
                or story_moved_on(fitting[0], mention, proposals, country_of):
            return None  # another meeting was told after it (同国の大統領と会談した): 会談では… may be that one
        # meetings told in the sentence that last told the nearest (AはBと会談し、Cとも会談した), or told again
        # after it, may be meant alike: the one the mention agrees with, or none when it agrees with several
        last = max(m.end for m in fitting[0].mentions)
        told_with = [fitting[0]] + [e for e in fitting[1:] if told_in(e, last_sentence(fitting[0]))
                                    or any(last < m.start < mention.start for m in e.mentions)]
        agreeing = [e for e in told_with if agrees(candidate, mention, e, country_of)]
        return _joined(mention, "refers back", agreeing[0]) if len(agreeing) == 1 else None
    if mention.refers_back and candidate.participants:
        # 岩屋氏は会談後: the last meeting of that person, whatever date an earlier sentence gave
        window = list(reversed(proposals[-LOOK_BACK:]))

        def theirs(earlier: Proposal) -> bool:
            kind_ok = kinds_fit(candidate.kind, earlier.kind) or earlier.kind in ("phone_call", "video_call")
            return kind_ok and not told_as_a_meal(mention, earlier) and _status_fits(candidate, mention, earlier) \
                and levels_fit(candidate.level, meeting_level(earlier)) \
                and within_sides(candidate.participants, earlier.participants, country_of, meeting_level(earlier)) \
                and not round_beside_summit(mention, earlier) \
                and not past_of_a_plan(mention, earlier)

        for earlier in window:
            # (a summit told since with nobody named is no meeting of this minister's: 首脳会談は…調整が進む)
            since = [d for d in dropped if levels_fit(d.level, earlier.level)]
            if theirs(earlier) and (told_between(candidate, mention, earlier, since)
                                    or not places_same(candidate.place, earlier.place, country_of)
                                    or story_moved_on(earlier, mention, proposals, country_of)):
                break  # another meeting told since (…の決定会合で, 韓国を訪問した), or a place of its own: not that one
            if theirs(earlier) and (mention.date_carried or dates_agree(candidate.start, earlier.start)
                                    and not written_apart(candidate, mention, earlier)):
                sentence, last = last_sentence(earlier), max(m.end for m in earlier.mentions)
                if any(e is not earlier and theirs(e) and (told_in(e, sentence) or any(
                        last < m.start < mention.start for m in e.mentions)) for e in window):
                    mention.ambiguous = True  # AはBと会談し、Cとも会談した。Aは会談後: either may be meant
                    return None
                if mention.date_carried:
                    candidate.start = candidate.end = None
                return _joined(mention, "the person's last meeting", earlier)
    if mention.next_round:
        return None  # 交渉を再開, 第3回会談, 再び会談: another round, never one told before by the same sides
    if mention.partnered and mention.date_carried and candidate.participants:
        # 首相はチン首相との会談で…, no day of its own: the one meeting with that partner told before
        told = [e for e in proposals[-LOOK_BACK:] if kinds_fit(candidate.kind, e.kind)
                and _status_fits(candidate, mention, e)
                and subset(candidate.participants, e.participants) and _names_the_partner(candidate, e)]
        if len(told) == 1:
            candidate.start = candidate.end = None
            return _joined(mention, "the partner's meeting told before", told[0])
        if len(told) > 1:
            return None  # two meetings with that partner told before (10日, 11日にも): which one is not said
    just_met = _people_just_met(candidate, mention, proposals, country_of)
    if just_met is not None:
        return _joined(mention, "the countries of the people just met", just_met)
    for earlier in reversed(proposals[-LOOK_BACK:]):
        if "negotiation_round" in (candidate.kind, earlier.kind) and candidate.kind != earlier.kind:
            continue  # 交渉 told beside 会談 of the same sides: the round holds the talks (linked, not merged)
        if process_and_round(candidate, earlier):
            continue
        # a bare 会談 may speak of the 電話会談 named before it: right after it, or naming both its sides
        kind_ok = kinds_fit(candidate.kind, earlier.kind) or (
            mention.text in GENERIC and earlier.kind in ("phone_call", "video_call")
            and (len(candidate.participants) >= 2 or just_before(earlier, mention)))
        # a partner named beside the meeting (Xは…Yと会談) that the earlier one lacks makes it another
        # meeting: a trip's two talks with different leaders stay two
        if not (kind_ok and dates_agree(candidate.start, earlier.start)
                and not written_apart(candidate, mention, earlier)  # 9日 / 10日, no date line: two days
                and levels_fit(candidate.level, meeting_level(earlier))) or round_beside_summit(mention, earlier) \
                or past_of_a_plan(mention, earlier) \
                or (mention.date_carried and not _status_fits(candidate, mention, earlier)) \
                or (to_come and earlier.status == "held"):
            continue  # (今後、…と会談する方針だ after their talks of the 9th: the day carried is no evidence)
        # クラーク首相は…各政党と連立協議に入る: one side named and a partner Kaidan cannot name is no
        # evidence of the call that side took before
        if same_people(candidate.participants, earlier.participants, country_of) \
                and not (mention.partnered and len(candidate.participants) < 2):
            return _joined(mention, "same sides, dates agree", earlier)
        if subset(candidate.participants, earlier.participants) and not mention.partnered \
                and places_same(candidate.place, earlier.place, country_of):  # 麻生外相は…ニューヨークでの会談で
            if another_of_its_sides(candidate, mention, earlier, proposals, country_of):
                mention.ambiguous = True  # 麻生外相は外相会談で…, after his talks with Li and with Tang
                return None
            return _joined(mention, "some of its sides, dates agree", earlier)
        if _visitor_named_later(candidate, earlier):
            return _joined(mention, "the visitor named later", earlier)
    return None


def _people_just_met(candidate: Proposal, mention: MeetingMention, proposals: list[Proposal], country_of):
    """日中外相会談は約1年ぶり, right after 麻生外相は李肇星外相と会談した: two countries named just after two
    people met are the countries of those people (when neither is known to be of another country)."""
    countries = {p.entity_id for p in candidate.participants}
    if len(countries) < 2 or not all(is_country(p) for p in candidate.participants) or not proposals:
        return None
    earlier = proposals[-1]
    people = [p for p in earlier.participants if not is_country(p)]
    if len(people) != len(countries) or not just_before(earlier, mention) \
            or not kinds_fit(candidate.kind, earlier.kind) or not dates_agree(candidate.start, earlier.start) \
            or written_apart(candidate, mention, earlier) \
            or not levels_fit(candidate.level, meeting_level(earlier)):
        return None
    known = [country_of(p.entity_id) for p in people if p.entity_id]
    known = [k for k in known if k]
    if any(k not in countries for k in known) or len(set(known)) != len(known):
        return None
    return earlier


def _joined(mention: MeetingMention, why: str, target: Proposal | None) -> Proposal | None:
    """Note on the mention why it joins the meeting told before (the evaluation explains merges with it)."""
    if target is not None:
        mention.joined_by = why
    return target


def _absorb(target: Proposal, other: Proposal) -> None:
    known = {p.entity_id or p.name for p in target.participants}
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


def _people(proposal: Proposal) -> int:
    return sum(1 for p in proposal.participants if not is_country(p))
