"""From meeting mentions to proposed meetings, merges across articles, and links between meetings."""

from __future__ import annotations

import re

from core.meetings.agreement import (
    GENERIC, LOOK_BACK, agrees, another_of_its_sides, another_time, is_country, just_before, kind_fits_back,
    last_sentence, meeting_level, moved_on, parted_by_cue, places_same, process_and_round, round_beside_summit, story_moved_on,
    past_of_a_plan, subset, within_sides,
    told_between, told_in, written_apart,
)
from core.meetings.dates import date_range
from core.meetings.detect import MeetingMention, Participant
from core.meetings.merge import another_side_named, kinds_fit, levels_fit, named_alike, same_people, title_key
from core.meetings.same_dates import dates_agree
from core.meetings.proposal import Proposal
from core.meetings.setting import OUTCOME
from core.meetings.written_days import day_written
from core.registry import Registry

# "A に先立ち B": B precedes A; "A に向けて B": B prepares A; "A の際 B": B is part of A.
_LINK_CUES = [
    ("precedes", re.compile(r"(?:に先立ち|に先立って|の前日|の数時間前|の前に|の直前|を前に|を控え|前に|直前に)")),
    ("prepares", re.compile(r"(?:に向けて|に向け|へ向けた|に向けた|の準備)")),
    ("part_of", re.compile(r"(?:の際|の合間|の傍ら|に合わせて|に出席するため|の場で|の関連)")),
    ("follow_up", re.compile(r"(?:を受け|の後|に続き|に続いて)")),
]




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
        target = target or _same_in_article(candidate, mention, proposals, country_of, dropped)
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


def _names_the_partner(candidate: Proposal, earlier: Proposal) -> bool:
    """Whether the candidate names someone the earlier meeting was held with, not only its first side (首相は
    チン首相との会談で: チン; 岸田首相はその後、地元の財界人らと会談した names the subject alone)."""
    keys = [p.entity_id or p.name for p in earlier.participants]
    named = {p.entity_id or p.name for p in candidate.participants}
    return bool(keys) and bool(named - {keys[0]}) and set(keys) - named <= {keys[0]}


def _same_in_article(candidate: Proposal, mention: MeetingMention, proposals: list[Proposal], country_of,
                     dropped: list[MeetingMention] = ()):
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
        fitting = [e for e in reversed(proposals[-LOOK_BACK:]) if kind_fits_back(candidate, mention, e)]
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
            return kind_ok and _status_fits(candidate, mention, earlier) \
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
                or (mention.date_carried and not _status_fits(candidate, mention, earlier)):
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


def article_links(proposals: list[Proposal], body: str, country_of=None) -> list[tuple[Proposal, Proposal, str, str]]:
    """(from, to, relation, evidence) for meetings of one article related by a cue in one sentence."""
    owner = {id(m): p for p in proposals for m in p.mentions}
    mentions = sorted((m for p in proposals for m in p.mentions), key=lambda m: m.start)
    by_sentence: dict[tuple[int, int], list[MeetingMention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    links = _stops_of_visits(by_sentence, owner, body) + _day_before(proposals, body) + containers(proposals, body)
    known = {(id(a), id(b), relation) for a, b, relation, _ in links}
    links += [(owner[id(m)], owner[id(m.at_meeting)], "part_of", body[m.sentence[0] : m.sentence[1]])
              for m in mentions if m.at_meeting is not None and id(m.at_meeting) in owner
              and owner[id(m)] is not owner[id(m.at_meeting)]
              and (id(owner[id(m)]), id(owner[id(m.at_meeting)]), "part_of") not in known]
    if country_of is not None:
        links += _talks_on_a_trip(proposals, body, {(id(a), id(b)) for a, b, _, _ in links}, country_of)
    for i, a in enumerate(mentions):
        outcome = OUTCOME.match(body, a.end)  # 首脳会談での合意を受けて: the cue after what came of it
        for relation, cue in _LINK_CUES:
            if not cue.match(body, outcome.end() if outcome else a.end):
                continue
            later = [b for b in by_sentence[a.sentence] if b.start > a.end and owner[id(b)] is not owner[id(a)]]
            # with no meeting after the cue, the sentence continues the meeting told before it
            # (石破・トランプ首脳会談に向けて論点整理した: the talks just described prepare the summit)
            earlier = next((b for b in reversed(mentions[max(0, i - LOOK_BACK) : i])
                            if b.end <= a.sentence[0] and owner[id(b)] is not owner[id(a)]), None)
            other = later[0] if later else earlier
            if other is not None:
                links.append((owner[id(other)], owner[id(a)], relation, body[a.sentence[0] : a.sentence[1]]))
            if relation == "part_of" and later:  # …会合に出席するため…を訪れた両外相は、会談した: the talks too
                links += [(owner[id(b)], owner[id(a)], relation, body[a.sentence[0] : a.sentence[1]])
                          for b in later[1:] if owner[id(b)].status == owner[id(later[0])].status
                          and owner[id(b)].kind not in ("multilateral",) and owner[id(b)] is not owner[id(later[0])]]
            break
    seen: set = set()  # one link per pair and relation, however many of its mentions gave it
    return [link for link in links if (id(link[0]), id(link[1]), link[2]) not in seen
            and not seen.add((id(link[0]), id(link[1]), link[2]))]


def containers(proposals: list[Proposal], body: str) -> list[tuple[Proposal, Proposal, str, str]]:
    """Talks inside a negotiation round of the same sides, or held where and when a summit meets, are part of it."""
    links = []
    for outer in proposals:
        if outer.kind not in ("negotiation_round", "multilateral") or not outer.mentions:
            continue
        for talks in proposals:
            if talks is outer or talks.kind not in ("talks", "signing") or not talks.mentions:
                continue
            if outer.kind == "negotiation_round":
                inside = subset(talks.participants, outer.participants) or subset(outer.participants,
                                                                                   talks.participants)
                inside = inside and dates_agree(talks.start, outer.start)
            else:  # a summit week: the talks share its place and a known date
                inside = bool(outer.place and talks.place == outer.place and outer.start and talks.start
                              and dates_agree(talks.start, outer.start))
            if inside:
                sentence = talks.mentions[0].sentence
                links.append((talks, outer, "part_of", body[sentence[0] : sentence[1]]))
    return links


def _day_before(proposals: list[Proposal], body: str) -> list[tuple[Proposal, Proposal, str, str]]:
    """A meeting dated 前日 of another one with a person in common came before it."""
    from datetime import date, timedelta

    links = []
    by_start: dict[str, list[Proposal]] = {}
    for proposal in proposals:
        by_start.setdefault(proposal.start or "", []).append(proposal)
    for earlier in proposals:
        if earlier.date_text != "前日" or not earlier.start or len(earlier.start) != 10 or not earlier.mentions:
            continue
        next_day = (date.fromisoformat(earlier.start) + timedelta(days=1)).isoformat()
        people = {p.entity_id or p.name for p in earlier.participants if not is_country(p)}
        for later in by_start.get(next_day, []):
            if later is not earlier and \
                    people & {p.entity_id or p.name for p in later.participants}:
                sentence = earlier.mentions[0].sentence
                links.append((earlier, later, "precedes", body[sentence[0] : sentence[1]]))
                break
    return links


def _stops_of_visits(by_sentence, owner, body: str) -> list[tuple[Proposal, Proposal, str, str]]:
    """Talks the visitor holds in the sentence of a visit are part of it (訪米中の外相は…と会談した)."""
    links = []
    for visit in (m for sentence in by_sentence.values() for m in sentence):
        visitors = {p.entity_id or p.name for p in visit.participants if p.role == "visitor"}
        if visit.kind not in ("visit", "trip") or not visitors:
            continue
        for talks in by_sentence[visit.sentence]:
            same_sentence = talks.start > visit.end
            if same_sentence and talks.kind in ("talks", "negotiation_round", "signing") \
                    and visitors & {p.entity_id or p.name for p in owner[id(talks)].participants} \
                    and owner[id(talks)] is not owner[id(visit)]:
                links.append((owner[id(talks)], owner[id(visit)], "part_of",
                              body[visit.sentence[0] : visit.sentence[1]]))
    return links


def _talks_on_a_trip(proposals: list[Proposal], body: str, known: set, country_of) -> list[tuple]:
    """Talks a visitor holds anywhere in the article, at agreeing dates, are stops of the visit or trip.

    A visit to one country takes only talks with someone of that country (岩屋 in Washington
    meets ウォルツ); a trip through several takes any.

    A trip's two talks with different leaders stay two meetings: only the link is proposed.
    """
    links = []
    talks_of: dict[str, list[Proposal]] = {}  # person → the talks they hold in the article
    for talks in proposals:
        if talks.kind in ("talks", "negotiation_round", "signing") and talks.mentions:
            for p in talks.participants:
                talks_of.setdefault(p.entity_id or p.name, []).append(talks)
    for visit in proposals:
        visitors = {p.entity_id or p.name for p in visit.participants if p.role == "visitor"}
        if visit.kind not in ("visit", "trip") or not visitors or not visit.mentions:
            continue
        candidates = {id(t): t for key in visitors for t in talks_of.get(key, [])[:LOOK_BACK]}
        for talks in candidates.values():
            if talks is visit or (id(talks), id(visit)) in known:
                continue
            hosts = {p.entity_id for p in visit.participants if p.role == "host" and p.entity_id}
            sides = {country_of(p.entity_id) or p.entity_id for p in talks.participants if p.entity_id}
            # the partner's country unknown (a name no list holds): met during the visit, in the host country
            partners = [p for p in talks.participants if (p.entity_id or p.name) not in visitors]
            unknown = bool(partners) and all(p.entity_id is None or (p.entity_id.startswith("found:")
                                                                       and country_of(p.entity_id) is None)
                                              for p in partners)
            if visit.kind == "visit" and not hosts & sides and not unknown:
                continue
            if _on_the_journey(talks, visit, body) and talks.status == visit.status:
                sentence = talks.mentions[0].sentence
                links.append((talks, visit, "part_of", body[sentence[0] : sentence[1]]))
    return links


JOURNEY_DAYS = 14  # how long a journey told only by its first day (26日から…を訪問) may last


def _on_the_journey(talks: Proposal, visit: Proposal, body: str) -> bool:
    """Whether the talks' date agrees with the visit's, or falls on the days of a journey told from its first day
    (26日から日本、韓国を訪問 takes the talks of the 27th and the 29th)."""
    from datetime import date, timedelta

    if dates_agree(talks.start, visit.start):
        return True
    if not (talks.start and visit.start and len(talks.start) == 10 and len(visit.start) == 10):
        return False
    last = visit.end if visit.end and len(visit.end) == 10 and visit.end != visit.start else None
    if last is None:
        begin, end = visit.mentions[0].sentence
        if not visit.date_text or visit.date_text + "から" not in body[begin:end]:
            return False
        last = (date.fromisoformat(visit.start) + timedelta(days=JOURNEY_DAYS)).isoformat()
    return visit.start <= talks.start <= last


def date_from_links(links) -> None:
    """A meeting held 数時間前 / 前日 of a dated one takes its date from it."""
    from datetime import date, timedelta

    for source, target, relation, evidence in links:
        if relation != "precedes" or not target.start or len(target.start) != 10:
            continue
        if source.start and len(source.start) == 10:
            continue
        if "数時間前" in evidence or "直前" in evidence:
            source.start, source.end, source.precision = target.start, target.start, "day"
        elif "の前日" in evidence:
            source.start = source.end = (date.fromisoformat(target.start) - timedelta(days=1)).isoformat()
            source.precision = "day"


def _of_international_bodies_only(entity) -> bool:
    """A person the registry knows only by offices of international bodies (an office of no country: 国連事務総長,
    IAEA事務局長, 欧州委員長): their nationality is no side they stand for at a meeting, so no country is theirs
    in the merge rule (緒方高等弁務官と日本政府の協議 is not a meeting of Japan with itself)."""
    offices = entity.attributes.get("offices") or ()
    return entity.type == "PERSON" and bool(offices) and all(not o.get("country") for o in offices)


class _CountryOf:
    """entity id → the ISO country entity it belongs to (people and places), for the merge rule; also the
    kind of a known place (city, region…)."""

    def __init__(self, registry: Registry):
        self.registry = registry

    def __call__(self, entity_id: str | None) -> str | None:
        entity = self.registry.get(entity_id)
        if entity is None:
            return None
        if entity.type == "GPE":
            return entity.id
        if _of_international_bodies_only(entity):
            return None  # 天野IAEA事務局長, ピレイ人権高等弁務官: the body's side, not the country they are from
        code = entity.attributes.get("country")
        return f"country:{code}" if code else None

    def place_kind(self, entity_id: str | None) -> str | None:
        entity = self.registry.get(entity_id)
        return entity.attributes.get("kind") if entity is not None else None

    def event_of(self, title: str) -> str | None:
        """The one recurring meeting the registry knows by this name, numbered, bracketed or spelt with か or
        カ as outlets write it (第47回東南アジア諸国連合(ASEAN)首脳会議, 主要7か国首脳会議), else None."""
        name = _KA.sub("カ", _BRACKETED.sub("", _NUMBERED.sub("", title)))
        # G7広島サミット: the acronym and the meeting word, the place between them left out
        acronym, word = re.search(r"[A-Z][A-Z0-9]{1,9}", name), _MEETING_WORD.search(name)
        if acronym and word and another_side_named(name, acronym, word):
            acronym = None  # EU・中国首脳会議: not the EU's own summit
        for surface in (name, acronym.group(0) + word.group(0) if acronym and word else None):
            events = [i for i in self.registry.named(surface or "") or ()
                      if (e := self.registry.get(i)) and e.type == "EVENT"]
            if events:
                return events[0] if len(events) == 1 else None
        return None


_NUMBERED = re.compile(r"^第[0-9０-９]+回|^(?:19|20)[0-9]{2}年?")
_BRACKETED = re.compile(r"[(（][^)）]*[)）]")
_KA = re.compile(r"(?<=[0-9０-９])[かヶケ](?=国)")
_MEETING_WORD = re.compile(r"(?:首脳会議|首脳会合|外相会議|外相会合|閣僚会議|閣僚会合|サミット)$")


def country_lookup(registry: Registry):
    """entity id → the ISO country entity it belongs to (people and places), for the merge rule."""
    return _CountryOf(registry)
