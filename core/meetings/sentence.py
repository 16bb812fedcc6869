"""What the sentence around a meeting word adds to it: the destinations of a journey, the countries
said to attend, the meeting a signing took place at, the plan shared by 訪問し、…する予定, a day told
in the past tense. (What the words around a name say it is: core.meetings.names_in_context.)
"""

from __future__ import annotations

import calendar
import re

from core.meetings.dates import SeasonDate
from core.meetings.mention import MeetingMention, Participant
from core.meetings.people import place_country, unique
from core.meetings.subject_people import BOTH
from core.meetings.counted import count_value


_GOES_TO = re.compile(r"を(?:[^、。をでとがは]{0,4})(?:訪問|訪れ|歴訪|回|巡)")
_LIST_GLUE = re.compile(r"(?:、|と|や|・|及び|および)")
_COUNTED_AFTER = re.compile(r"の[\u4e00-\u9fff\u30a1-\u30ffー]{0,6}?(?P<n>[0-9０-９]|[二三四五六七八九])[カヵケか]国")


def journey_listed(body: str, destinations, s_start: int, s_end: int) -> list:
    """ドイツ、フランスを訪れ: the sentence's first list of destinations (countries, bodies, places: destinations by
    position) a visit verb follows, holding a country, each by its mention; else empty. It depends on the sentence
    alone, so core.meetings.clause_names works it out once for every visit word of the sentence."""
    countries = [m for m in destinations if m.type in ("GPE", "LOC", "ORG") and s_start <= m.start and m.end <= s_end]
    chain: list = []  # the destinations listed, each with where its place is written to (中国・北京: after 北京)
    for m in countries:
        if chain and city_of_country(chain[-1][0], m) and body.startswith("・", chain[-1][1]) \
                and chain[-1][1] + 1 == m.start:
            chain[-1] = (chain[-1][0], m.end)  # アメリカ・ワシントンを訪問: the country's city, one destination
        else:
            if chain and not _LIST_GLUE.fullmatch(body, chain[-1][1], m.start):
                chain = []
            chain.append((m, m.end))
        end = chain[-1][1]
        counted = _COUNTED_AFTER.match(body, end)  # A、B、Cの中東3か国を歴訪: as many as the list names
        goes_to = _GOES_TO.match(body, end) or (
            counted and count_value(counted["n"]) == len(chain) and _GOES_TO.match(body, counted.end()))
        if goes_to and (len(chain) >= 2 or end != chain[-1][0].end) and any(c.type == "GPE" for c, _ in chain):
            return [c for c, _ in chain]
    return []


def add_destinations(body: str, mention: MeetingMention, journey: list) -> None:
    """ドイツ、フランスを訪れ: every country of the sentence's list of destinations (journey_listed) hosts the journey
    (a trip when several), in the order the list writes them."""
    if not journey:
        return
    known = {p.entity_id for p in mention.participants}
    for c in journey:
        if c.entity_id not in known:
            mention.participants.append(Participant(body[c.start : c.end], c.entity_id, role="host"))
    for p in mention.participants:
        if p.role == "participant":
            p.role = "visitor"
    written = {}  # where the list writes each host (a host listed twice: where it is first written)
    for i, c in enumerate(journey):
        written.setdefault(c.entity_id, i)
    mention.participants.sort(key=lambda p: written.get(p.entity_id, -1))
    mention.kind = "trip" if len(journey) >= 2 else mention.kind


def city_of_country(country, place) -> bool:
    """Whether place is a city the bundled registry places in country (a GPE mention): 中国・北京, 米・ワシントン."""
    return country.type == "GPE" and place_country(place) == country.entity_id


def in_the_past(found, reference):
    """A day written without its month (2日) for a meeting told in the past tense: the last such day before the report."""
    value = str(found.value or "")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) or value <= reference.isoformat() or "月" in (found.text or ""):
        return found
    year, month, day = int(value[:4]), int(value[5:7]) - 1, int(value[8:])
    if month == 0:
        year, month = year - 1, 12
    if day > calendar.monthrange(year, month)[1]:
        return found
    return SeasonDate(f"{year}-{month:02d}-{day:02d}", found.text, found.start, found.end)


# 来日中の, 訪問中で: a visit under way; 訪れた際, 会った後, 来日を果たした: the meeting's own verb in the past
# (not 訪れたい, 訪れたら, 来日が決定した: another verb's past); 電話で約20分間話した: what was said on a call
_PAST = r"た(?!い|ら|め|び|ち|まま)"
# (3者協議の上、…決めた, 交渉の末、合意した: talks that came before what the sentence tells as done;
# 協議をしたうえで: the word's own light verb in the past, whatever day a year told before it makes of its date)
_OWN_FORM_PAST = re.compile(r"(?:中[のでにはも、]|の(?:上で?|末)、|(?:し|を(?:し|行っ|終え|果たし|済ませ|実施し))?" + _PAST + ")")
_SAID_ON_CALL_PAST = re.compile(r"[^、。「」『』と]{0,20}?" + _PAST)


def told_as_past(body: str, word: str, end: int, s_end: int) -> bool:
    """Whether the meeting word ending at end is told in a past or ongoing form of its own, in a sentence
    that ends in the past (来日中のX氏は…と会談した, ロシアを訪れた際、…会談した): held, by the report's day."""
    own = _SAID_ON_CALL_PAST if word == "電話で" else _OWN_FORM_PAST
    return bool(own.match(body, end, s_end)) and bool(re.search(r"た[」』]?。?\s*$", body[max(0, s_end - 4) : s_end]))


# 訪問中の, 訪問している, 訪れているマレーシアで: the visit told as under way or made, the place it goes to next
_UNDER_WAY_BEFORE_PLACE = re.compile(r"中の|(?:し|して)?(?:い|お)る|した")


def visited_after(body: str, mention: MeetingMention, places) -> None:
    """訪問中のイラクで, 来日中の東京で: the place (used as one: で, に, へ) right after the visit under way is where it goes (a
    country among the places is its host)."""
    told = _UNDER_WAY_BEFORE_PLACE.match(body, mention.end)
    if mention.kind != "visit" or told is None or any(p.role == "host" for p in mention.participants):
        return
    place = next((m for m in places if m.start == told.end()), None)
    if place is None or not re.match(r"[でにへ]", body[place.end : place.end + 1]):
        return  # (訪問中の中国の唐家セン国務委員: the visitor's own country, not where the visit goes)
    mention.place = mention.place or place
    if place.type == "GPE" and (place.entity_id or "").startswith("country:"):
        for p in mention.participants:
            p.role = "visitor" if p.role == "participant" else p.role
        mention.participants.append(Participant(body[place.start : place.end], place.entity_id, role="host"))


def in_the_future(found, reference):
    """A month written without its year (4月に訪中する予定) for a meeting still to come: the next such month
    after the report, not the one already past in the report's year."""
    value, text = str(found.value or ""), found.text or ""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) and re.fullmatch(r"[0-9０-９]{1,2}日", text) \
            and value < reference.isoformat() and int(value[8:]) > reference.day:
        return _next_month(found, value, text)  # 30日に訪米する (written on 10 May): the 30th of the report's month
    new_year = re.fullmatch(r"年明け(?:早々|後)?", text) is not None  # 年明けにも訪中する (written in May): next January
    if not re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", value) or not new_year and (
            "月" not in text or re.search(r"年|昨|去|先|前", text)):
        return found
    if value[:7] >= reference.isoformat()[:7]:
        return found
    later = f"{int(value[:4]) + 1}{value[4:]}"
    if len(later) == 10 and int(later[8:]) > calendar.monthrange(int(later[:4]), int(later[5:7]))[1]:
        return found  # 2月29日 of a year without one
    return SeasonDate(later, text, found.start, found.end)


def _next_month(found, value: str, text: str):
    """The day of a date in the month after its own (the date reader takes a day after the report's for the
    month before), when that month has it (else the date as it was)."""
    year, month = int(value[:4]) + (value[5:7] == "12"), int(value[5:7]) % 12 + 1
    day = int(value[8:])
    if day > calendar.monthrange(year, month)[1]:
        return found
    return SeasonDate(f"{year}-{month:02d}-{day:02d}", text, found.start, found.end)


# 日朝両政府は, 日韓首脳、電話で協議: two countries by their one-character names as the sides
_ATTENDED_BY = re.compile(r"に(?:参加|出席)した(?:の|国)は、?")


def attended_by(body: str, actors, end: int, s_end: int) -> list[Participant]:
    """フォーラムに参加したのは、A、B、Cの首脳: the countries listed as attending."""
    found = _ATTENDED_BY.match(body, end)
    if found is None:
        return []
    listed, position = [], found.end()
    for m in actors:
        if m.start < position or m.start >= s_end:
            continue
        if m.type != "GPE" or m.start > position + 1:
            break
        listed.append(Participant(body[m.start : m.end], m.entity_id))
        position = m.end + (1 if _LIST_GLUE.match(body, m.end) else 0)
    return unique(listed)


PAIR_SUBJECT = re.compile(r"(?<![\u4e00-\u9fff])(?P<a>[日米中韓朝露ロ英仏独印豪台])(?P<b>[日米中韓朝露ロ英仏独印豪台])"
                           r"(?:(?:両(?:国(?:政府|首脳|外相|首相)?|政府|首脳|外相|首相)|首脳|外相|首相)(?:は|が|、)"
                           r"|両国の[\u4e00-\u9fff]{1,6}?(?:ら)?(?:は|が)"  # 日韓両国の外務次官は
                           r"|(?<!中日)(?<!日中)(?<![0-9０-９]日朝)(?<!朝日)(?:は|が)(?![\u4e00-\u9fff]))")
# 米朝は15日、…協議した (not 中日は, 日中は, 8日朝は, nor 朝日は: a newspaper, the two countries are 日朝)


_CONJUNCTIVE = re.compile(r"(?:し|して|した後)、")


def share_tense(body: str, sentence: list[MeetingMention]) -> None:
    """訪問し、…と会談する予定: a meeting joined to the next by し、 shares its plan (scheduled, proposed); one
    only dated to come (今秋にも訪中し、…会談したい考えだ) shares the plan's proposal too."""
    for i, mention in enumerate(sentence[:-1]):
        later = sentence[i + 1]
        if mention.status in ("held", "scheduled") and later.status in ("scheduled", "proposed") \
                and later.status != mention.status and not later.told_past \
                and _CONJUNCTIVE.match(body, mention.end) and (mention.date is None or later.date is mention.date
                                                               or not mention.date.value or not later.date
                                                               or later.date.value == mention.date.value
                                                               or later.date.start == mention.date.start):
            mention.status = later.status
            if mention.date is not None and later.date is not None and later.date.start == mention.date.start:
                mention.date = later.date  # 4月にも訪米し、…会談する見通し: the plan's April, not the one gone


_MEETING_WORD = re.compile(r"(?:首脳会議|首脳会合|外相会議|外相会合|閣僚会議|閣僚会合|サミット|会議|会合)$")
_SIGNED_AT = re.compile(r"(?:で|の場で|の際に?|に合わせて?|後|後に)、?(?:[^、。]{0,16}?(?:に|を))?$")


def signed_at(body: str, mention: MeetingMention, earlier: list[MeetingMention], actors, s_start: int,
               s_end: int) -> None:
    """A signing with nobody named, at a meeting told just before it (首脳会議で署名された, 両首脳は会談後、…に署名):
    the people of that meeting sign, and the signing is part of it."""
    same_sentence = []
    for m in reversed(earlier):  # only the meetings of its own sentence, nearest first
        if m.sentence != mention.sentence:
            break
        same_sentence.append(m)
    at = next((m for m in same_sentence if m.kind != "signing" and _SIGNED_AT.search(body, m.end, mention.start)), None)
    if at is not None:
        mention.at_meeting = at
        mention.date = mention.date or at.date
        told = at if len(at.participants) >= 2 else next(  # 会談し、会談後に両首脳は: the talks 会談後 refers to
            (m for m in same_sentence if m.kind != "signing" and m.start < at.start and len(m.participants) >= 2), at)
        mention.participants = [Participant(p.name, p.entity_id) for p in told.participants if p.role != "host"]
        if not mention.participants and at.title:  # 東南アジア諸国連合(ASEAN)首脳会議で: the body that meets
            bodies = [m for m in actors if m.type == "ORG" and at.start <= m.start < at.end]
            title = re.sub(r"^第\d+回", "", at.title)
            # the name before its acronym (東南アジア諸国連合(ASEAN)首脳会議), else without the meeting word
            name = re.split(r"[(（]", title)[0] if re.search(r"[(（]", title) else _MEETING_WORD.sub("", title)
            mention.participants = [Participant(body[m.start : m.end], m.entity_id) for m in bodies[:1]] or (
                [Participant(name)] if len(name) >= 2 else [])
        if not mention.participants:
            mention.attendees_of_previous = True
    elif BOTH.search(body, s_start, mention.start):
        mention.attendees_of_previous = True  # 両首脳は共同声明に署名した: the people of the meeting told before
