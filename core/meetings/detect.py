"""Meeting mentions in an article body, with participants, date, place and status read from the clause.

The article is read sentence by sentence, carrying the subject an omitted one continues; each meeting word is
read in core.meetings.word_reading."""

from __future__ import annotations

import re

from core.claims.names import missed_people
from core.clauses.spans import SpanIndex
from core.meetings.addressed import asked_in_person, asks_anyone
from core.meetings.arrival import arrival, arrives_anywhere, with_arrivals
from core.meetings.arrival_met import talks_after_arrivals
from core.meetings.anaphors import bodies_named_back, people_referred, places_referred
from core.meetings.around import someone_else
from core.meetings.attendees import attendees_told_next, sat_in_told_next
from core.meetings.clause_names import sentence_names
from core.meetings.imperial_sides import with_imperial_family
from core.meetings.cut_names import titled_surnames
from core.meetings.joined import cut_at_partner, without_joined_bodies
from core.meetings.listed import people_told_next
from core.meetings.mention import MeetingMention
from core.meetings.names_in_context import (
    accused, bracketed_bodies, company_not_person, company_word, person_not_body, site_not_side, topic_of_others,
    whole_body_name, whole_korean_name, without_readings
)
from core.meetings.partners import named_partners
from core.meetings.people import name_of
from core.meetings.reading import ArticleReading, SentenceReading
from core.meetings.sentence import in_the_past, share_tense
from core.meetings.setting import meeting_place, nearest_date
from core.meetings.state_bodies import bodies_as_sides
from core.meetings.subject_people import sentence_subject
from core.meetings.tense import DISCLOSED, DISCLOSED_ON, planned_by_tense
from core.meetings.titles import titled_subject
from core.meetings.triggers import TRIGGER
from core.meetings.word_reading import read_word
from core.registry import bundled_registry
from core.sentences import sentence_spans

# A sentence that goes on from the one before, its subject left out (しかも、その直後、…と会談し)
_GOES_ON = re.compile(r"(?:しかも|さらに|更に|その後|その直後|続いて|そして|その上)、"
                      r"|(?:[0-9０-９]{1,2}日|翌日|同日|翌朝|同夜)(?:午前|午後|夜|朝)?(?:には|にも|は、|、)")
# (16日にはインドネシアでジョコ大統領と会談した: a line opened by its day goes on with the subject before it)


def detect_meetings(body: str, mentions: list, reference=None, registry=None) -> list[MeetingMention]:
    """Every meeting mention in body; mentions are the article's entity mentions.

    reference is the article's date: a meeting dated after it has not been held yet. registry (the
    library's; the bundled one when None) tells who held a title alone on the meeting's day.
    """
    spans = sentence_spans(body)
    # each sentence's meeting words, found at once (in C): most articles hold none, and then nothing below
    # can tell a meeting (what a sentence without one reads only completes meetings told before it)
    triggers_of = [list(TRIGGER.finditer(body, s_start, s_end)) for s_start, s_end in spans]
    if not any(triggers_of) and not asks_anyone(body) and not arrives_anywhere(body):
        # (…を金田外務副大臣に求めた: talks told by the request; …が北京入りした: a visit told by the arrival)
        return []
    mentions = with_imperial_family(body, mentions, registry or bundled_registry(), reference)  # 天皇陛下と会見
    mentions = bodies_as_sides(body, mentions, registry or bundled_registry())  # ポーランドの下院, 米国の下院議長
    # each sentence reads only its own mentions: the cost grows with the article, not its square
    all_dates = SpanIndex(mentions, ("DATE",))
    mentions = [company_word(body, site_not_side(body, whole_body_name(body, person_not_body(body, company_not_person(
        body, whole_korean_name(body, m))))))
                for m in without_joined_bodies(body, [cut_at_partner(body, m) for m in without_readings(body, mentions)])
                if not (accused(body, m) or topic_of_others(body, m))]
    mentions = places_referred(body, mentions)  # 同国の首相と会談, 同町と地区の話し合い: the place named before
    mentions = people_referred(body, mentions)  # 同大統領と電話で協議, 同氏との会談: the person named before
    mentions = bodies_named_back(body, mentions)  # 同社は…と協議, 同党との協議: the body named before
    all_actors = SpanIndex(mentions, ("PERSON", "GPE", "ORG"))
    all_places = SpanIndex(mentions, ("LOC", "GPE"))
    all_events = SpanIndex(mentions, ("EVENT",))
    earlier_countries = SpanIndex(mentions, ("GPE",))
    earlier_bodies = SpanIndex(mentions, ("ORG",))
    a = ArticleReading(body, spans, reference, registry, all_dates, all_actors, all_places, all_events,
                       earlier_countries, earlier_bodies)
    out = a.out
    last_subject = None  # the person an omitted subject continues (王毅外相は… / カンボジア外相との会談では…)
    not_alone = True  # whether someone else was named or stood as a subject since last_subject's sentence
    thing_since = False  # whether a sentence whose subject is a thing came since last_subject's sentence
    far = False  # whether last_subject was kept past a line that does not go on from it
    paragraph, previous_end = -1, 0
    previous_sentence = None
    arrivals = []
    for (s_start, s_end), triggers in zip(spans, triggers_of):
        newline = body.rfind("\n", previous_end, s_start)
        previous_end = s_end
        if newline >= 0 and newline != paragraph:
            paragraph = newline
            # しかも、その直後、…と会談し: a line that goes on keeps the subject of the line before; any line
            # keeps the subject named before when nobody else was named or stood as a subject since (then
            # far: it only completes a pair); a cited headline or a quote, 『…』 「…」, continues nobody
            if body.startswith(("『", "「"), s_start):
                last_subject = None
            elif _GOES_ON.match(body, s_start) and not far:
                pass
            elif not_alone:
                last_subject = None
            else:
                far = True
        s = _sentence(a, s_start, s_end, bool(triggers), paragraph, previous_sentence, last_subject, far, thing_since)
        for match in triggers:
            out.extend(read_word(a, s, match))
        actors, subject = s.actors, s.subject
        # (a meeting word the sentence holds but tells no meeting by, 平和条約の締結を提案した, leaves the request)
        if len(out) == s.first_of_sentence and (asked := asked_in_person(body, actors, s_start, s_end)) is not None:
            out.append(_told_meeting(body, asked, "talks", s.dates, s.places, s_start, s_end, reference, registry))
        # (an office holder landing abroad, 北京入りした, ソウルに到着し、…と会談した: the visit it opens, kept aside
        # so that no later sentence reads it before the article's words of a visit are known)
        if (arrived := arrival(body, actors, s.places, s_start, s_end)) is not None:
            arrivals.append(_told_meeting(body, arrived, "visit", s.dates, s.places, s_start, s_end, reference, registry))
        share_tense(body, out[s.first_of_sentence:])
        not_alone = subject is None and (not_alone or someone_else(body, actors, s_start, s_end, last_subject))
        # a sentence about a thing (首脳会談は…, 法案は…) since the subject's: a bare meeting word after it carries
        # nobody (a partner named still pairs with the subject)
        thing_since = subject is None and (thing_since or _thing_subject(body, actors, s_start, s_end))
        last_subject, far = (subject, False) if subject else (last_subject, far)
        previous_sentence = (s_start, s_end)
    out = with_arrivals(out, arrivals)
    if arrivals:
        talks_after_arrivals(body, out, arrivals, all_actors)  # 北京入りした。胡主席との会談では: the traveller met
    return out


def _sentence(a: ArticleReading, s_start: int, s_end: int, has_triggers: bool, paragraph: int, previous_sentence,
              last_subject, far: bool, thing_since: bool) -> SentenceReading:
    """One sentence's dates, places, events, actors (people a sentence with a meeting word names that no entity
    holds, too) and subject; the people it names kept for the sentences after it, and the meetings told before
    completed by what it says (日中首脳会談が行われた。安倍首相と胡主席は…)."""
    body, out, earlier = a.body, a.out, a.earlier
    dates, places = a.all_dates.within(s_start, s_end), a.all_places.within(s_start, s_end)
    dates = [d for d in dates if not DISCLOSED_ON.fullmatch(body, max(0, d.start - 3), d.start)
             or not DISCLOSED.match(body, d.end)]  # 会談していたことが2日、分かった: the day it came out
    events = a.all_events.within(max(0, s_start - 64), s_end)
    actors = a.all_actors.within(s_start, s_end + 16)  # a visitor may be named just past the sentence
    subject = sentence_subject(body, actors, s_start, s_end) or titled_subject(body, a.all_actors, s_start, s_end)
    people_told_next(body, out, actors, s_start)  # 日中首脳会談が行われた。安倍首相と胡主席は…
    attendees_told_next(body, out, actors, s_start, s_end)  # 首脳会議が開幕した。A、Bらが出席した。
    sat_in_told_next(body, out, actors, s_start, s_end)  # 会談した。A、Bも同席した。
    if has_triggers:
        taken = [(m.start, m.end) for m in actors]
        extra = missed_people(body, s_start, s_end, taken, earlier)
        extra += titled_surnames(body, actors, s_start, s_end, taken + [(m.start, m.end) for m in extra], earlier)
        extra += named_partners(body, s_start, s_end, taken + [(m.start, m.end) for m in extra])
        extra += bracketed_bodies(body, s_start, s_end, taken + [(m.start, m.end) for m in extra])
        actors = without_readings(body, actors + extra) if extra else actors  # (a reading UniDic names)
        actors = [m for m in actors if not accused(body, m)] if extra else actors
    for m in actors:
        if m.type == "PERSON" and m.start < s_end:  # (the next sentence's people are its own)
            earlier.add(name_of(body, m), m.entity_id)
    names = sentence_names(body, (s_start, s_end), actors, places) if has_triggers else None
    return SentenceReading(s_start, s_end, paragraph, dates, places, events, actors, subject, previous_sentence,
                           last_subject, far, thing_since, len(out), s_start, names)


def _told_meeting(body: str, told, kind: str, dates, places, s_start: int, s_end: int, reference,
                  registry) -> MeetingMention:
    """The meeting a clause tells with no meeting word, its sides read (talks told by a request face to face, …を
    金田外務副大臣に求めた; a visit told by an arrival, 北京入りした): on the sentence's day and place, held unless the
    sentence ends in a plain non-past verb (…に到着し、首脳会談に臨む)."""
    start, end, sides = told
    held = not planned_by_tense(body, end, s_end)
    mention = MeetingMention(start, end, body[start:end], kind, "held" if held else "scheduled", (s_start, s_end),
                             participants=sides)
    mention.date = nearest_date(body, dates, start, s_start, s_end)
    if mention.date is not None and reference is not None and held:
        mention.date = in_the_past(mention.date, reference)
    mention.place = meeting_place(body, places, s_start, s_end, start, kind, registry or bundled_registry())
    mention.told_past = held
    mention.partnered = True
    return mention


# 日韓首脳会談は, インドの経済成長は: a sentence opening on its subject (not 9日には, 会談では: a time or a setting)
_OPENING_SUBJECT = re.compile(r"[^、。「」『』]{1,24}?(?<![にでと])(?:は|が)")


def _thing_subject(body: str, actors, s_start: int, s_end: int) -> bool:
    """Whether the sentence opens on a subject that is a thing: a meeting, or no person, country or body."""
    found = _OPENING_SUBJECT.match(body, s_start, s_end)
    if found is None:
        return False
    named = TRIGGER.search(body, s_start, found.end())  # 日韓首脳会談は: a meeting, whoever names its sides
    return named is not None and named.end() == found.end() - 1 \
        or not any(s_start <= m.start < found.end() for m in actors)
