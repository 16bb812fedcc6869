"""Which meeting told before in the article a mention tells again (same_in_article): the one of the same
name, the traveller's trip, the last fitting meeting a bare 会談 refers back to, the person's last meeting
(会談後), the one meeting with a partner named again, or one of the same sides whose dates agree.

Kept apart from core.meetings.propose, which walks the mentions and keeps the proposals: this is the choice
of the one proposal a mention joins, with the reason noted on the mention (note_joined).
"""

from __future__ import annotations

from core.meetings.countries_told import told_by_its_countries
from core.meetings.agreement import (
    GENERIC, LOOK_BACK, agrees, dated_after_an_earlier, is_country, just_before, kind_fits_back, last_sentence,
    meal_and_talks, meeting_level, past_of_a_plan, places_same, process_and_round, round_beside_summit, subset, told_as_a_meal,
    told_in, within_sides, written_apart,
)
from core.meetings.levels import levels_fit
from core.meetings.meeting_names import named_alike
from core.meetings.mention import CALL_KINDS, PAIRED_KINDS, MeetingMention
from core.meetings.merge import kinds_fit
from core.meetings.proposal import Proposal
from core.meetings.same_dates import dates_agree
from core.meetings.same_sides import same_people
from core.meetings.told_since import another_of_its_sides, story_moved_on, told_between


def _visitor_named_later(candidate: Proposal, earlier: Proposal) -> bool:
    """中国訪問 told first with its host only, then トランプ氏の中国訪問: one visit, its visitor named later."""
    return candidate.kind == earlier.kind == "visit" and all(p.role == "host" for p in earlier.participants) \
        and subset(earlier.participants, candidate.participants)


def _status_fits(candidate: Proposal, mention: MeetingMention, earlier: Proposal) -> bool:
    """岸田首相は会談を再開する可能性を示唆した, 再び会談したい, 今後…と改めて会談する方針だ: a meeting to come or
    only possible is another one than the meeting held, whoever is named (as for a bare word: agrees); a plan
    read from a day carried from the sentence before (…は2月前半で調整が進む。岩屋氏は会談後) says nothing of
    this word."""
    return candidate.status in ("held", earlier.status) or mention.planned_by_carried_day \
        or (candidate.status == "cancelled" and earlier.status in ("scheduled", "proposed"))  # 予定の会談を中止


def _only_proposed_now(mention: MeetingMention, earlier: Proposal) -> bool:
    """今回の会談 after 首脳会談の早期実現を求めた: the occasion at hand is no meeting only proposed."""
    return mention.this_time and earlier.status == "proposed"


def _names_the_partner(candidate: Proposal, earlier: Proposal) -> bool:
    """Whether the candidate names someone the earlier meeting was held with, not only its first side (首相は
    チン首相との会談で: チン; 岸田首相はその後、地元の財界人らと会談した names the subject alone)."""
    keys = [p.entity_id or p.name for p in earlier.participants]
    named = {p.entity_id or p.name for p in candidate.participants}
    return bool(keys) and bool(named - {keys[0]}) and set(keys) - named <= {keys[0]}


def same_in_article(candidate: Proposal, mention: MeetingMention, proposals: list[Proposal], country_of,
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
        return note_joined(mention, "same name", named)
    if mention.since_point and not mention.referring:
        return None  # 先月立ち話をして以来, …と会談して以来3年ぶり: the earlier meeting a span is measured from
    if mention.another_occasion and not mention.referring:
        return None  # 前回の会談で, ソウルでも会談した: an earlier or further meeting of the sides, not the one told
    if candidate.kind == "visit" and candidate.participants and not any(
            p.role == "host" or is_country(p) for p in candidate.participants):
        # トランプ氏は訪問前日: a visit with no destination is the journey of that traveller told before
        trip = next((p for p in reversed(proposals) if p.kind == "trip"
                     and subset(candidate.participants, p.participants)), None)
        if trip is not None:
            return note_joined(mention, "a visit of the traveller's trip", trip)
    if mention.anaphoric and mention.cited:
        return None  # a cited headline's bare 会談 is not the meeting the body told just before
    if mention.anaphoric and mention.qualified:
        return None  # 閣僚級会談 with nobody named is a meeting of its own, not the one told before
    if mention.anaphoric and mention.partnered and not mention.referring:
        return None  # 同国の大統領と会談した: a partner Kaidan cannot name, not the talks told before
    if mention.anaphoric:
        # 今回の会談, 会談後: the last meeting of a fitting kind, if nothing in the mention contradicts it
        # (事務当局間で協議することで一致した: a meeting to come is none of those held before)
        fitting = [e for e in reversed(proposals[-LOOK_BACK:]) if kind_fits_back(candidate, mention, e)
                   and not told_as_a_meal(mention, e) and not _only_proposed_now(mention, e)
                   and not (to_come and e.status == "held")]
        if not fitting or told_between(candidate, mention, fitting[0], dropped) \
                or story_moved_on(fitting[0], mention, proposals, country_of):
            return None  # another meeting was told after it (同国の大統領と会談した): 会談では… may be that one
        # meetings told in the sentence that last told the nearest (AはBと会談し、Cとも会談した), or told again
        # after it, may be meant alike: the one the mention agrees with, or none when it agrees with several
        last = max(m.end for m in fitting[0].mentions)
        told_with = [fitting[0]] + [e for e in fitting[1:] if told_in(e, last_sentence(fitting[0]))
                                    or any(last < m.start < mention.start for m in e.mentions)]
        agreeing = [e for e in told_with if agrees(candidate, mention, e, country_of)]
        return note_joined(mention, "refers back", agreeing[0]) if len(agreeing) == 1 else None
    if mention.refers_back and candidate.participants:
        # 岩屋氏は会談後: the last meeting of that person, whatever date an earlier sentence gave
        window = list(reversed(proposals[-LOOK_BACK:]))

        def theirs(earlier: Proposal) -> bool:
            kind_ok = kinds_fit(candidate.kind, earlier.kind) or (earlier.kind in CALL_KINDS and not mention.in_person)
            return kind_ok and not told_as_a_meal(mention, earlier) and _status_fits(candidate, mention, earlier) \
                and levels_fit(candidate.level, meeting_level(earlier)) \
                and within_sides(candidate.participants, earlier.participants, country_of, meeting_level(earlier)) \
                and not round_beside_summit(mention, earlier) \
                and not past_of_a_plan(mention, earlier) and not (to_come and earlier.status == "held") \
                and not dated_after_an_earlier(candidate, mention, earlier)  # (協議を重ねてきた。両国は10日、協議した)

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
                return note_joined(mention, "the person's last meeting", earlier)
    if mention.next_round:
        return None  # 交渉を再開, 第3回会談, 再び会談: another round, never one told before by the same sides
    if mention.partnered and mention.date_carried and candidate.participants:
        # 首相はチン首相との会談で…, no day of its own: the one meeting with that partner told before
        told = [e for e in proposals[-LOOK_BACK:] if kinds_fit(candidate.kind, e.kind)
                and _status_fits(candidate, mention, e)
                and subset(candidate.participants, e.participants) and _names_the_partner(candidate, e)
                and not _held_apart(candidate, e, country_of)]  # (…とソウルで会談した: another place)
        if len(told) == 1:
            candidate.start = candidate.end = None
            return note_joined(mention, "the partner's meeting told before", told[0])
        if len(told) > 1:
            return None  # two meetings with that partner told before (10日, 11日にも): which one is not said
    just_met = _people_just_met(candidate, mention, proposals, country_of)
    if just_met is not None:
        return note_joined(mention, "the countries of the people just met", just_met)
    for earlier in reversed(proposals[-LOOK_BACK:]):
        if "negotiation_round" in (candidate.kind, earlier.kind) and candidate.kind != earlier.kind:
            continue  # 交渉 told beside 会談 of the same sides: the round holds the talks (linked, not merged)
        if process_and_round(candidate, earlier) or _only_proposed_now(mention, earlier):
            continue
        # a bare 会談 may speak of the 電話会談 named before it: right after it, or naming both its sides
        # (not one told at a place of its own: 両首脳は10日、東京で会談した is talks in person)
        kind_ok = kinds_fit(candidate.kind, earlier.kind) or (
            mention.text in GENERIC and earlier.kind in CALL_KINDS and not mention.in_person
            and not (candidate.place and not earlier.place)
            and (len(candidate.participants) >= 2 or just_before(earlier, mention)))
        # a partner named beside the meeting (Xは…Yと会談) that the earlier one lacks makes it another
        # meeting: a trip's two talks with different leaders stay two
        if not (kind_ok and dates_agree(candidate.start, earlier.start)
                and not written_apart(candidate, mention, earlier)  # 9日 / 10日, no date line: two days
                and levels_fit(candidate.level, meeting_level(earlier))) or round_beside_summit(mention, earlier) \
                or past_of_a_plan(mention, earlier) \
                or (mention.date_carried and not _status_fits(candidate, mention, earlier)) \
                or (to_come and earlier.status == "held") or _plan_after_held(candidate, mention, earlier) \
                or meal_and_talks(mention, earlier) or _told_as_earlier(mention, earlier):
            continue  # (今後、…と会談する方針だ after their talks of the 9th: the day carried is no evidence)
        # クラーク首相は…各政党と連立協議に入る: one side named and a partner Kaidan cannot name is no
        # evidence of the call that side took before
        # (the same sides held talks in another city or country, 東京 / ソウルで会談した: another meeting, whatever
        # joined it; a plan's place is left to the other evidence: plans move, and a place near a planned summit's
        # word may be another event's, クアラルンプールでの休戦シグナルは…米中首脳会談に向けて)
        if same_people(candidate.participants, earlier.participants, country_of) \
                and not (mention.partnered and len(candidate.participants) < 2) \
                and not _held_apart(candidate, earlier, country_of):
            return note_joined(mention, "same sides, dates agree", earlier)
        if subset(candidate.participants, earlier.participants) and not mention.partnered \
                and places_same(candidate.place, earlier.place, country_of):  # 麻生外相は…ニューヨークでの会談で
            if another_of_its_sides(candidate, mention, earlier, proposals, country_of):
                mention.ambiguous = True  # 麻生外相は外相会談で…, after his talks with Li and with Tang
                return None
            return note_joined(mention, "some of its sides, dates agree", earlier)
        if told_by_its_countries(candidate, earlier, country_of) and not mention.partnered \
                and places_same(candidate.place, earlier.place, country_of) \
                and not another_of_its_sides(candidate, mention, earlier, proposals, country_of):
            return note_joined(mention, "a person of the countries told meeting", earlier)  # 日中首脳会談…。首相は
        if _visitor_named_later(candidate, earlier):
            return note_joined(mention, "the visitor named later", earlier)
    return None


def _held_apart(candidate: Proposal, earlier: Proposal, country_of) -> bool:
    """Both told held, in two cities or countries (東京で会談した, then ソウルで会談した): two meetings."""
    return candidate.status == earlier.status == "held" and not places_same(candidate.place, earlier.place, country_of)


def _told_as_earlier(mention: MeetingMention, earlier: Proposal) -> bool:
    """かつて…と会談したことがある。その会談では…。AとBは10日、東京で会談した: a meeting first told as one of the
    past is not the meeting told after it, whose day its lack of one merely fits."""
    return bool(earlier.mentions) and earlier.mentions[0].earlier_occasion and not mention.earlier_occasion \
        and not told_in(earlier, mention.sentence)  # (以前の首脳会談でも…を話し合った: its own sentence's words)


def _plan_after_held(candidate: Proposal, mention: MeetingMention, earlier: Proposal) -> bool:
    """両首脳は会談した。…石破首相と李大統領は11日に首脳会談を行う予定だ: a plan told after the sides' meeting held is
    their next meeting, unless both are told on one day (10日に会談した, then 10日の会談は…予定だ) or the plan is the
    one the meeting held kept (首脳会談は当初、9日に行われる予定だった); dates that merely fit (the meeting held
    undated, or told by its month) are no evidence. A plan with no time of its own (…と交渉することを余儀なく
    させた) says nothing of another occasion: it is left to the other evidence."""
    if candidate.status not in ("scheduled", "proposed") or earlier.status != "held" or mention.former_plan \
            or not candidate.start or earlier.kind not in PAIRED_KINDS:
        return False  # (a visit's word told in passing, 中国訪問の日程が話し合われた, is no visit told held)
    same_day = bool(candidate.start and earlier.start) and len(candidate.start) >= 10 and len(earlier.start) >= 10 \
        and dates_agree(candidate.start, earlier.start)
    return not same_day


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


def note_joined(mention: MeetingMention, why: str, target: Proposal | None) -> Proposal | None:
    """Note on the mention why it joins the meeting told before (the evaluation explains merges with it)."""
    if target is not None:
        mention.joined_by = why
    return target
