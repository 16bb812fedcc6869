"""Meeting mentions in an article body, with participants, date, place and status read from the clause."""

from __future__ import annotations

import re

from core.claims.names import EarlierPeople, missed_people
from core.claims.spans import SpanIndex
from core.meetings.dates import SeasonDate, season_date
from core.meetings.each import both_sides_before, each_apart, members_of_group
from core.meetings.mention import MeetingMention, Participant
from core.meetings.merge import level_of
from core.meetings.people import (
    ASIDE, SUBJECT_AFTER, attendees, bare_title_subject, both_countries, complete_pair, name_of, named_place, not_a_side,
    office_holders_after, people_count, private_visitor, sentence_subject, subject_after_clause, titled_people,
    unique, visitor_after,
)
from core.meetings.sentence import (
    PAIR_SUBJECT, add_destinations, attended_by, in_the_past, share_tense, signed_at, whole_korean_name,
    without_readings,
)
from core.meetings.triggers import (
    COUNTRIES_BEFORE, DELIBERATION_BEFORE, EVENT_USE_AFTER, EVENT_USE_BEFORE, NEEDS_EVENT_USE, NOT_A_MEETING,
    CONCLUDED, NOT_A_MEETING_BEFORE, PARTNER_BEFORE, PRESS_CONFERENCE_BEFORE, QUOTED_BEFORE, SPOKEN_AT, STATUS_CUES,
    TRIGGER, kind_of,
)
from core.nlp.offices import HONORIFICS, office_after
from core.sentences import sentence_spans

_PARTNER_AFTER = re.compile(r"(?:ら|側)?(?:と|との|とも|や|、)")
# …クアラルンプールで, …の首都Xで, 東京都内の飯倉公館で, …を訪れ
_PLACE_AFTER = re.compile(r"(?:都内|市内|郊外|近郊)?(?:の[^、。でにと]{1,12})?で(?!は|も)|を訪(?:れ|問)")
_HELD_AFTER = re.compile(r"(?:し|した|を行[いっ]|を開[いき]|に臨ん|後|では|で|について|の際|中)")
_VISIT_HOST = {"米": "country:US", "中": "country:CN", "ロ": "country:RU", "露": "country:RU", "韓": "country:KR",
               "朝": "country:KP", "日": "country:JP", "英": "country:GB", "仏": "country:FR", "独": "country:DE",
               "印": "country:IN", "豪": "country:AU", "台": "country:TW"}
_OFFICIAL_OF = re.compile(r"の(?:第\d+)?[\u4e00-\u9fff]{0,4}(?:外相|外務次官|次官|首相|大統領|大臣|長官|代表|大使)(?:と|や|、)")
# A title Kaidan has no list for, between a name and its particle (チェアーマン, 弁護士, 社長).
_FREE_TITLE = re.compile(r"[\u4e00-\u9fff\u30a1-\u30ff]{1,6}?(?=(?:ら|側)?(?:は|が|と|との|とも|や|、))")
_STAFF_OF = re.compile(r"の(?:幹部|代表|首脳|関係者|社長|会長|代表団|幹部ら)(?=(?:は|が|と|との|とも|、))")
_NORTH_SOUTH = re.compile(r"南北")
# 南北は27日、…会談を開いた; 南北双方が: the two Koreas as the subject of the clause
_NORTH_SOUTH_SIDES = re.compile(r"(?<![\u4e00-\u9fff])南北(?:双方|両国|両政府|当局|代表団)?(?:は|が)")
_REGION = re.compile(r"(?:東南アジア|東アジア|南アジア|中央アジア|アジア|欧州|ヨーロッパ|中東|アフリカ|中南米|南米|北米|"
                     r"太平洋|大洋州|東欧|西欧|北欧|バルカン|湾岸|カリブ)(?:諸国)?(?:各国)?$")
_OTHER_OF = re.compile(r"(?:ら|側)?と(?P<name>[\u30a1-\u30faーA-Za-z][\u30a1-\u30faーA-Za-z・]{1,15}|[\u4e00-\u9fff]{2,8})の$")
_STAFF_PHRASE = re.compile(r"(?<![\u30a1-\u30ffA-Za-z・])(?P<name>[\u30a1-\u30ffA-Za-z][\u30a1-\u30ffA-Za-z・]{1,15})"
                           r"の(?:幹部|代表|首脳|関係者|社長|会長|代表団)ら?(?:と|との)")
_COMPOUND = re.compile(r"[日米中韓朝露ロ英仏独印豪台伊加比越][日米中韓朝露ロ英仏独印豪台伊加比越](?:首脳|外相|首相)?$")
_OF_TRIGGER = re.compile(r"の(?:第[0-9０-９一二三四五六七八九十]+回|[0-9０-９一二三四五六七八九十]+(?:回目|度目)の)?"
                         r"(?:[\u4e00-\u9fff]{1,3}の|初の|初|[\u4e00-\u9fff]{0,4}|トップ)")  # AとBの第2回党首会談
# キリスト教民主同盟(CDU)・キリスト教社会同盟(CSU)と…: a side of two bodies joined by ・
_MIDDOT_SIDE = re.compile(r"・[\u4e00-\u9fff\u30a1-\u30faーA-Za-z]{2,12}(?:[(（][^()（）]{1,10}[)）])?(?:と|との)(?!して|いう|なる)")
# 第3回党首会談, 3度目の会談, 次回の協議, 再び党首会談を: another round of talks of the sides met before
_NEXT_ROUND = re.compile(r"(?:第[0-9０-９一二三四五六七八九十]+回|[0-9０-９一二三四五六七八九十]+(?:回目|度目)の?|次回の?|再び|再度)"
                         r"[^、。]{0,6}$")
_ROUND_BEFORE = re.compile(r"第[0-9０-９]+(?:回|次)$")
# Phrases that refer back to a meeting already named (今回の会談, 会談後, 前日の会談).
ANAPHORIC = re.compile(r"(?:今回の|同|この|その|前日の|両者の|両首脳の|両外相の|両(?:氏|者|首脳|外相|首相)との)$")
# 訪問し、…会談した: a clause joined to a sentence told in the past (…た。) took place too
_JOINED_TO_PAST = re.compile(r"(?:し|して|を行い|を行って|中で|中の|を終え)、")
_PAST_END = re.compile(r"た[」』]?。?\s*$")


def _own_meeting(body: str, name: str, clause: int, start: int) -> bool:
    """Whether the one side named is the clause's subject (日本銀行は…会合で), not the meeting's venue
    (安全保障理事会で緊急会合: a council of many states)."""
    at = body.find(name, clause, start)
    return at >= 0 and SUBJECT_AFTER.match(body, at + len(name)) is not None


def _ends_in_past(body: str, s_end: int) -> bool:
    """Whether the sentence ending at s_end ends in the past tense (…会談した。)."""
    return bool(_PAST_END.search(body[max(0, s_end - 4) : s_end]))


def detect_meetings(body: str, mentions: list, reference=None) -> list[MeetingMention]:
    """Every meeting mention in body; mentions are the article's entity mentions.

    reference is the article's date: a meeting dated after it has not been held yet.
    """
    # each sentence reads only its own mentions: the cost grows with the article, not its square
    all_dates = SpanIndex(mentions, ("DATE",))
    mentions = [whole_korean_name(body, m) for m in without_readings(body, mentions)]
    all_actors = SpanIndex(mentions, ("PERSON", "GPE", "ORG"))
    all_places = SpanIndex(mentions, ("LOC", "GPE"))
    all_events = SpanIndex(mentions, ("EVENT",))
    earlier_countries = SpanIndex(mentions, ("GPE",))
    earlier_bodies = SpanIndex(mentions, ("ORG",))
    out = []
    last_subject = None  # the person an omitted subject continues (王毅外相は… / カンボジア外相との会談では…)
    paragraph, previous_end = -1, 0
    earlier = EarlierPeople()
    for s_start, s_end in sentence_spans(body):
        newline = body.rfind("\n", previous_end, s_start)
        previous_end = s_end
        if newline >= 0 and newline != paragraph:
            paragraph, last_subject = newline, None
        dates, places = all_dates.within(s_start, s_end), all_places.within(s_start, s_end)
        events = all_events.within(max(0, s_start - 64), s_end)
        actors = all_actors.within(s_start, s_end + 16)  # a visitor may be named just past the sentence
        if any(True for _ in TRIGGER.finditer(body, s_start, s_end)):
            taken = [(m.start, m.end) for m in actors]
            extra = missed_people(body, s_start, s_end, taken, earlier)
            actors = without_readings(body, actors + extra) if extra else actors  # (a reading UniDic names)
        offices_before = dict(earlier.by_office)  # the office holders named before this sentence
        for m in actors:
            if m.type == "PERSON" and m.start < s_end:  # (the next sentence's people are its own)
                earlier.add(name_of(body, m), m.entity_id)
                aside = ASIDE.match(body, m.end)
                title = office_after(body, aside.end() if aside else m.end)
                if title:
                    earlier.add_office(title["office"], name_of(body, m), m.entity_id)
        previous_trigger = s_start
        first_of_sentence = len(out)
        for match in TRIGGER.finditer(body, s_start, s_end):
            if NOT_A_MEETING.match(body, match.start()) or NOT_A_MEETING_BEFORE.search(body, s_start, match.start()):
                continue
            if match.group(0) == "会見" and (PRESS_CONFERENCE_BEFORE.search(body, max(s_start, match.start() - 4),
                                                                      match.start())
                                           or not PARTNER_BEFORE.search(body, s_start, match.start())):
                continue  # a press conference, not a meeting with someone
            if match.group(0) == "会見" and (QUOTED_BEFORE.search(body, s_start, match.start())
                                           or SPOKEN_AT.match(body, match.end())):
                continue  # 「…」と会見で述べた: the と closes a quote, the 会見 is where it was said
            if match.group(0) == "締結" and not CONCLUDED.match(body, match.end()):
                continue  # 条約締結以降, 締結するという考え: a treaty spoken of, no signing told
            if match.group(0) in _WITH_SOMEONE and not PARTNER_BEFORE.search(body, s_start, match.start()):
                continue  # 面談, 懇談, 会食 are meetings only with someone named (…と懇談した)
            if _PRIVATE_PARTNER.search(body, max(s_start, match.start() - 10), match.start()):
                continue  # 乗客の家族と面会した, 被災者と懇談: private people met, no meeting of sides
            if match.group(0) == "協議" and DELIBERATION_BEFORE.search(body, max(s_start, match.start() - 1),
                                                                     match.start()) \
                    and not PARTNER_BEFORE.search(body, s_start, match.start()):
                continue  # 執行部は対応を協議した: deliberation, nobody met
            if match.group(0) in NEEDS_EVENT_USE and not (
                    EVENT_USE_AFTER.match(body, match.end()) or EVENT_USE_BEFORE.search(body, s_start, match.start())):
                continue
            start, end, kind = match.start(), match.end(), kind_of(match.group(0))
            region = _REGION.search(body, max(s_start, start - 6), start) if kind == "visit" else None
            if region is not None:
                kind = "trip"  # アジア訪問, 欧州訪問: a journey through a region, the container of its visits
            event = next((e for e in events if e.start <= start and end <= e.end), None)
            if event is not None:
                start, end, kind = event.start, event.end, "multilateral"
            acronym = _ACRONYM_BEFORE.search(body, max(s_start, start - 12), start) if kind == "multilateral" else None
            if acronym is not None:  # G20金融サミット, EU首脳会議: the group that meets, written before the word
                start = acronym.start()
            numbered = COUNTRIES_BEFORE.search(body, max(s_start, start - 8), start) if event is None else None
            if numbered is not None:  # 6カ国協議: the meeting of that many countries, by its name
                start, kind = numbered.start(), "multilateral"
            mention = MeetingMention(start, end, body[start:end], kind, _status(body, start, end, s_end),
                                     (s_start, s_end))
            # a meeting named inside a quote takes its people from the quote, not from who is quoted
            clause = _quote_start(body, s_start, start)
            mention.participants = _participants(body, actors, clause, max(previous_trigger, clause), start, end,
                                                 match.group(0))
            if mention.kind == "visit" and private_visitor(body, actors, mention.participants):
                mention.participants = []  # 来日中のソプラノ歌手, 来日した監督: a private journey, no meeting of sides
            if region is not None:  # the travellers only: no one country hosts a trip through a region
                mention.participants = [p for p in mention.participants
                                        if not (p.entity_id or "").startswith("country:")]
            if mention.kind in ("visit", "trip") and mention.participants:
                # a destination may be a territory (パレスチナ自治区) as well as a country
                destinations = sorted({id(m): m for m in actors + places}.values(), key=lambda m: m.start)
                add_destinations(body, mention, destinations, s_start, s_end)
            mention.summit = "首脳" in body[max(s_start, start - 3) : end]
            mention.level = level_of(body[max(s_start, start - 6) : end])
            mention.qualified = bool(_QUALIFIED.search(body, max(s_start, start - 4), start))
            grouping = _grouping_before(body, actors, start)
            if mention.kind == "multilateral" and event is None and grouping is None and numbered is None \
                    and match.group(0) == "フォーラム":
                mention.title = match.group(0)  # a forum with no name: one in the article, known by its attendees
                mention.participants = attended_by(body, actors, end, s_end)
            elif numbered is not None:
                mention.title = body[start:end]
                mention.participants, mention.attendees_of_previous = attendees(body, actors, s_start, s_end, end)
            elif event is not None or grouping is not None or acronym is not None:
                # 東アジア首脳会議, ASEANなどの会合: a meeting of many, known by its name; its
                # participants are those said to attend it (…に出席), its host comes from the place
                mention.kind = "multilateral"
                mention.title = body[start:end] if event is not None or acronym is not None else \
                    body[grouping.start : grouping.end] + match.group(0)  # ASEAN会合
                mention.participants, mention.attendees_of_previous = attendees(body, actors, s_start, s_end, end)
            numbered_round = _ROUND_BEFORE.search(body, max(s_start, start - 6), start) if mention.title else None
            if numbered_round is not None and mention.title == body[start:end]:
                mention.title = body[numbered_round.start() : end]  # 第5回6カ国協議: the round is part of the name
            if clause > s_start:  # X氏は26日、「会談に向け…」と述べた: 26日 is the day of the words
                closed = body.find("」", end, s_end)
                mention.date = _nearest(body, dates, start, clause, closed if closed >= 0 else s_end)
            else:
                mention.date = _nearest(body, dates, start, s_start, s_end)
                if mention.date is None:
                    mention.date = _last_before(body, all_dates, s_start, paragraph + 1)
                    mention.date_carried = mention.date is not None
            if mention.status in ("scheduled", "proposed") and (
                    mention.date is None or re.fullmatch(r"\d{4}", str(mention.date.value or ""))):
                # 秋にも訪中する方向, 来年春にも: the season, in the year written or the next one to come
                season = season_date(body, mention.date.start if mention.date else clause, end, reference)
                if season is not None and mention.date is not None:
                    season = SeasonDate(str(mention.date.value), body[mention.date.start : season.end],
                                        mention.date.start, season.end)
                mention.date = season or mention.date
            if mention.kind not in ("phone_call", "video_call"):
                mention.place = _place(body, places, s_start, s_end, start, mention.kind)
            in_past = mention.status == "held" and reference is not None and (
                _DONE_AFTER.match(body, end) or _JOINED_TO_PAST.match(body, end) and _ends_in_past(body, s_end))
            if in_past and mention.date is not None:
                mention.date = in_the_past(mention.date, reference)  # 2日、首脳会談を行った (written on the 20th)
            if mention.status == "held" and reference and mention.date is not None \
                    and (dated := str(mention.date.value)) > reference.isoformat()[: len(dated)]:
                mention.status = "scheduled"
            if mention.kind == "talks" and people_count(mention) == 0 and mention.title is None:
                office_holders_after(body, mention, actors, end, s_end)
            if mention.kind in ("talks", "phone_call", "video_call", "visit") and people_count(mention) < 2:
                bare_title_subject(body, mention, clause, start, earlier, offices_before)
            if mention.kind in ("talks", "phone_call", "video_call", "visit", "trip", "negotiation_round") \
                    and people_count(mention) < 2 and mention.title is None:
                subject_after_clause(body, mention, actors, end, s_end)
            if mention.kind in ("talks", "phone_call", "video_call", "negotiation_round"):
                both_countries(body, mention, earlier_countries.within(max(0, s_start - 200), start), s_start, start)
                if not mention.participants:
                    both_sides_before(body, mention, out, clause, start,  # 両会派幹部4人が…会談を行った
                                      earlier_bodies.within(max(0, s_start - 400), start))
                members_of_group(body, mention, actors, clause, start)  # 与党(自民党・公明党)の幹事長は
                if not mention.participants:
                    pair = PAIR_SUBJECT.search(body, clause, start)  # 日朝両政府は…交渉を行った
                    mention.participants = [Participant(pair[k], _VISIT_HOST[pair[k]]) for k in ("a", "b")] \
                        if pair else []
            if mention.kind in ("talks", "phone_call", "video_call") and people_count(mention) < 2:
                # 首脳会談は…調整が進む: the meeting is the topic; nobody before it is carried into it
                carried = last_subject if clause == s_start and not SUBJECT_AFTER.match(body, end) else None
                complete_pair(body, mention, actors, clause, start, carried,
                              previous_trigger if previous_trigger > s_start else None)
            titled_people(mention, earlier)
            mention.participants = unique(mention.participants)
            if _SPOKEN_OF.match(body, end) and people_count(mention) < 2 and mention.title is None:
                mention.participants = []  # 報道官が会談とその詳細を明らかにした: the speaker did not attend
            mention.referring = bool(ANAPHORIC.search(body, max(s_start, start - 5), start))
            mention.next_round = bool(_NEXT_ROUND.search(body, max(clause, start - 16), start))
            mention.anaphoric = mention.referring or (not mention.participants and mention.title is None)
            mention.cited = _in_cited_title(body, start)
            if mention.kind == "signing" and not mention.participants:
                signed_at(body, mention, out, actors, s_start, s_end)
                mention.anaphoric = mention.anaphoric and not (mention.participants or mention.attendees_of_previous)
            # Xは会談後, 岩屋氏が会談で: a bare meeting word with its subject only, no partner named
            mention.partnered = bool(PARTNER_BEFORE.search(body, clause, start))
            mention.refers_back = match.group(0) in _BARE_WORDS and not mention.partnered \
                and people_count(mention) <= 1 and mention.title is None
            if match.group(0) == "会合" and mention.kind == "talks" and mention.title is None \
                    and not mention.partnered and len(mention.participants) == 1 \
                    and re.match(r"[\u4e00-\u9fffの]", body[start - 1 : start]) \
                    and _own_meeting(body, mention.participants[0].name, clause, start):
                previous_trigger = end
                continue  # 日本銀行は14日の金融政策決定会合で: the subject's own meeting (not ベッセントは会合後)
            out.extend(each_apart(body, mention, clause, start, dates,
                                  (lambda d: in_the_past(d, reference)) if in_past else None))  # Aは B、Cとそれぞれ会談: two meetings
            previous_trigger = end
        share_tense(body, out[first_of_sentence:])
        last_subject = sentence_subject(body, actors, s_start, s_end) or last_subject
    return out


_CLAUSE_END = re.compile(r"[、。]")
# ハル記者とンドゥウィマナ記者は: two reporters as the subject, not a reporter met
_ONLOOKERS_TOGETHER = re.compile(r"と[^、。とはが]{1,15}?(?:記者|特派員|アナリスト|研究員|専門家|教授|准教授|解説委員|編集委員|評論家)"
                                 r"(?:ら)?(?:は|が)")
_WITH_SOMEONE = ("面談", "懇談", "会食")
_BARE_WORDS = ("会談", "協議", "会合", "話し合い")
_SIDE_NAME = r"(?:[\u30a1-\u30faーA-Za-z][\u30a1-\u30faーA-Za-z・]{1,15}|[\u4e00-\u9fff]{2,8})"
_PAIR_OF = re.compile(rf"(?<![\u4e00-\u9fff\u30a1-\u30faーA-Za-z・])(?P<a>{_SIDE_NAME})と(?P<b>{_SIDE_NAME})の$")
# Xを訪問, Xを急きょ訪問, Xを公式に訪問: the person or country visited
_VISITED = re.compile(r"を[^、。をでとがは]{0,4}")
# ウズベキスタンの首都タシュケントを訪問: the country of the city visited hosts the visit
_VISITED_CITY = re.compile(r"の(?:首都|首府|都市|港湾都市|古都)?[\u4e00-\u9fff\u30a1-\u30ffー]{1,10}を[^、。をでとがは]{0,4}")
# 乗客の家族と, 被災者らと: the partner is private people, unnamed
_PRIVATE_PARTNER = re.compile(r"(?:家族|遺族|住民|市民|被災者|被害者|避難者|学生|生徒|児童|子供|子ども|ファン|支持者|患者|乗客|乗員)"
                              r"(?:ら|たち)?(?:と|とも)$")
# Sources: 産経新聞によると, 朝日新聞が報じた
_SOURCE_AFTER = re.compile(r"(?:(?:と|、)[^、。と「」]{1,15}?)?(?:によると|によれば|の報道|は報じ|が報じ|が伝え|は伝え)")
_LIST_JOINT = re.compile(r"(?:ら|側)?(?:と|、|や|は|が|・|両|の)")


def _LISTED_NEXT(body: str, actors, position: int) -> bool:
    """Whether a side is named right after a comma (岸田首相、バイデン大統領と), not an object (大統領、議会を解散)."""
    for m in actors:
        if position <= m.start <= position + 3:
            title = office_after(body, m.end)
            return bool(_LIST_JOINT.match(body, title.end() if title else m.end))
    return False


_SPOKESMAN = re.compile(r"[\u4e00-\u9fff]{0,4}(?:報道官|報道局長|声明|発表)")
_NOT_A_SIDE = {"両国", "両社", "同社", "同国", "双方", "両者", "両党", "政府", "当局", "首脳", "閣僚"}
def _quote_start(body: str, s_start: int, position: int) -> int:
    """The start of the open quote position is in (after its 「), else the sentence start."""
    opened = body.rfind("「", s_start, position)
    if opened >= 0 and body.rfind("」", opened, position) < 0:
        return opened + 1
    return s_start


# G20, G7, EU, APEC, ASEAN+3 written at once before a summit word
_ACRONYM_BEFORE = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9]{1,9}(?:[+＋][0-9]{1,2})?$")
_QUALIFIED = re.compile(r"(?:級|国間|南北|[日米中韓朝露英仏独印豪]{2})$")
# A meeting that is what a clause speaks of (会談とその詳細を明らかにした, 会談について語った).
_SPOKEN_OF = re.compile(r"(?:とその|について|に関して|の内容|の詳細|を(?:明らかに|発表|伝え|報じ|説明|評価|歓迎|批判|非難|振り返))")


_GROUPING_JOINT = re.compile(r"(?:などの|の|関連|主催の)$")


def _grouping_before(body: str, actors, start: int):
    """An organisation named just before the trigger (ASEANなどの会合), or None."""
    for mention in actors:
        if mention.type == "ORG" and start - 4 <= mention.end <= start \
                and _GROUPING_JOINT.search(body[mention.end : start] or "の") \
                and body[mention.end : start] != "" and body[mention.start - 1 : mention.start] not in ("と", "や"):
            # (住友商事とKDDIの会談 is a meeting of two sides, not one of KDDI's)
            return mention
    return None


def _status(body: str, start: int, end: int, s_end: int) -> str:
    """held / scheduled / proposed / cancelled / none_planned from the words around the trigger."""
    after = re.split(r"[、。]", body[end : min(s_end, end + 30)])[0]
    before = re.split(r"[、。]", body[max(0, start - 12) : start])[-1]
    done = _DONE_AFTER.match(body, end)
    for status, cue in STATUS_CUES:
        if done and status in ("proposed", "scheduled"):
            return "held"  # 会談した際に創設を提案していた: the plan was made at a meeting that took place
        if cue.search(after) or (status in ("proposed", "scheduled") and cue.search(before)):
            return status
    return "held"


_DONE_AFTER = re.compile(r"(?:した(?!い|ら)|を行った|が行われた|が開かれた|を終えた|を開いた|を持った|を実施した)")


def _participants(body, actors, s_start, previous_trigger, start, end, word) -> list[Participant]:
    """The people (or countries) of the clause: its subject and those joined to it by と, や, 、."""
    found: list[Participant] = []
    countries: list[Participant] = []
    officials: list[Participant] = []
    subjects: list[Participant] = []
    person_ends = {m.end for m in actors if m.type == "PERSON"}
    person_starts = {m.start for m in actors if m.type == "PERSON"}
    visitor_of = None
    hosts: list[Participant] = []
    organisations: list[Participant] = []
    sides: list[Participant] = []
    venues: list[Participant] = []
    for mention in actors:
        m_start, m_end = mention.start, mention.end
        if m_start < s_start or m_end > start or m_start in person_ends:
            continue  # outside the clause, or the country in a person's title (ルビオ米国務長官)
        position = m_end
        opened = body.rfind("(", m_start, m_end)
        if mention.type == "PERSON" and opened > m_start and body.find(")", m_start, m_end) < 0:
            position = body.find(")", m_end, m_end + 20) + 1 or m_end  # a name read up to its aside: メフリス(メーリス
        aside = ASIDE.match(body, position)
        position = aside.end() if aside else position  # メフリス(メーリス)団長が: a reading or a former name
        title = office_after(body, position)
        office = title["office"] if title and title["office"] not in HONORIFICS else None  # 氏 is no office
        if office and body[title.start("office") - 1] == "副":
            office = "副" + office  # 何立峰副総理 is a deputy, not the head of government
        kind = mention.type
        if title:
            position = title.end()
        elif kind == "PERSON":
            free = _FREE_TITLE.match(body, position)  # 鬼武健二チェアーマンと, 浦田弁護士は
            position = free.end() if free else position
        elif kind == "ORG":
            staff = _STAFF_OF.match(body, position)  # F・マリノスの幹部と: the organisation meets
            position = staff.end() if staff else position
        subject = SUBJECT_AFTER.match(body, position)
        partner = _PARTNER_AFTER.match(body, position)
        if partner is None and kind == "ORG":
            partner = _MIDDOT_SIDE.match(body, position)
        if partner and body.startswith("との", partner.start()) and _CLAUSE_END.search(body, partner.end(), start):
            partner = None  # 大宮との試合に敗れた後、…と会談: the partner of another noun
        if partner and partner.group(0).endswith("、") and not _LISTED_NEXT(body, actors, partner.end()) \
                and start - partner.end() > 4:  # (道とロシア側、洋上会談: the meeting follows the comma)
            partner = None  # ケーラー大統領、議会を解散: a comma after a topic, not one between two sides
        if named_place(body, m_end):
            continue  # シャルル・ド・ゴール国際空港で: a place named after a person is the setting, not a side
        if _SOURCE_AFTER.match(body, position) or (kind == "PERSON" and not_a_side(body, m_end) and not (
                partner and partner.group(0) in ("と", "との") and not _ONLOOKERS_TOGETHER.match(body, partner.start()))):
            continue  # トランプ新政権の発足後: the administration, not the person at the table
        if kind == "ORG" and (_SPOKESMAN.match(body, m_end) or subject and not partner
                              and not EVENT_USE_AFTER.match(body, end)):
            continue  # 国務省報道官は, 大統領府は…首脳会談で…と明らかにし: who tells of the meeting  # …によると, ロイターのハル記者は: who reports or comments on the meeting did not attend it
        glued = position >= start - 4 and re.fullmatch(r"[\u4e00-\u9fffロウ]*", body[position:start])
        glued = glued or _OF_TRIGGER.fullmatch(body, position, start)  # AとBの(初の)会談
        participant = Participant(name_of(body, mention).split("(")[0], mention.entity_id, office=office)
        if kind == "ORG" and aside and (mention.entity_id or "").startswith("found:"):
            # 与党社会民主党(SPD): the known body its acronym in the aside names
            named = next((m for m in actors if m.start == aside.start() + 1 and m.end == aside.end() - 1
                          and m.type == "ORG" and not (m.entity_id or "found:").startswith("found:")), None)
            if named is not None:
                participant = Participant(name_of(body, named), named.entity_id, office=office)
        if kind in ("PERSON", "GPE") and word in ("訪問", "訪れ") and (_VISITED.fullmatch(body, position, start) or (
                kind == "GPE" and position + 1 not in person_starts and _VISITED_CITY.fullmatch(body, position, start))):
            participant.role = "host"  # ブッシュ大統領を訪問: the person visited receives the visitor
            hosts.append(participant)
        elif kind == "ORG" and body.startswith("で", position) and position + 4 >= start \
                and re.fullmatch(r"で[\u4e00-\u9fff]{0,3}", body[position:start]):
            venues.append(participant)  # 安全保障理事会で緊急会合: the body that meets (or only the place)
        elif kind == "ORG" and (subject or partner or glued and body.startswith("の", position)) \
                and (m_start >= previous_trigger or subject):
            organisations.append(participant)  # 自由アチェ運動は…と会談, F・マリノスの幹部と会談, AとBの会談
        elif kind == "GPE" and body.startswith("側", m_end) and (subject or partner):
            officials.append(participant)  # 日本側は, ロシア側と: a side stands for its delegation
        elif kind == "PERSON" and word in ("訪問", "来日", "訪日") and \
                (body.startswith("の", position) or body.startswith("による", position)):
            visitor_of = participant  # トランプ氏の中国訪問, ルビオ氏による…訪問, トランプ氏の来日
        elif kind == "PERSON" and (subject or partner or glued):
            if m_start >= previous_trigger or subject:
                if subject:
                    # the subject nearest the trigger wins: in Xは、YがZと会談する計画を, X is outside
                    found = [p for p in found if p not in subjects]
                    subjects.append(participant)
                found.append(participant)
        elif kind == "GPE" and m_end + 1 not in person_starts and (title or _OFFICIAL_OF.match(body, m_end)) \
                and (subject or partner or glued or _OFFICIAL_OF.match(body, m_end)):
            officials.append(participant)  # マレーシア外相, 韓国の第1外務次官と: a person named by country
        elif kind == "GPE" and glued:
            countries.append(participant)
        elif kind == "GPE" and (subject or partner and body.startswith("と", position)) \
                and (m_start >= previous_trigger or subject):
            sides.append(participant)  # 日本とオーストラリアは…交渉を行った: countries as the sides, when no one is named
    if word == "訪れ" and not hosts:
        return []  # 多くの観光客が訪れた: a visit only to a country or a person
    if hosts:  # Xは…Yを訪問し
        visitors = [p for p in found if p not in hosts]
        after = visitor_after(body, actors, end) if not visitors else None
        visitors = [after] if after is not None else visitors  # …を訪問予定だったローマ教皇は
        for p in visitors:
            p.role = "visitor"
        return unique(visitors + hosts)
    if sum(1 for p in found if not (p.entity_id or "").startswith("country:")) < 2:
        organisations = organisations + venues  # …らがJリーグ事務局で会談: with two people named, only the place
    if visitor_of is not None and word == "訪問" and not countries:
        visitor_of.role = "visitor"  # 専門家は、ルビオ氏による初訪問は…: the speaker did not travel
        return [visitor_of]
    found = found + [o for o in organisations if not any(o.name in p.name for p in found)]
    if len(found) == 1 and not officials:
        other = _OTHER_OF.search(body, max(s_start, start - 20), start)  # 住友商事とKDDIの会談: a side no entity knows
        if other and body.endswith(found[0].name, 0, other.start()) and other["name"] not in found[0].name \
                and not office_after(other["name"], 0):
            found.append(Participant(other["name"]))
    if len(found) == 1 and not officials:
        staff = None
        for staff in _STAFF_PHRASE.finditer(body, max(s_start, previous_trigger), start):
            pass  # F・マリノスの幹部と会談: an organisation no entity knows, met through its staff
        if staff is not None and staff.end() + 4 >= start and staff["name"] not in found[0].name:
            found.append(Participant(staff["name"]))
    if not found and not officials and not countries:
        pair = _PAIR_OF.search(body, max(s_start, start - 40), start)  # 住友商事とKDDIの会談: sides no entity knows
        if pair and not any(office_after(pair[n], 0) or pair[n] in _NOT_A_SIDE for n in ("a", "b")):
            return [Participant(pair["a"]), Participant(pair["b"])]
    if not found and not officials and not countries and (_NORTH_SOUTH.search(body, max(s_start, start - 6), start)
                                                          or _NORTH_SOUTH_SIDES.search(body, s_start, start)):
        return [Participant("韓国", "country:KR"), Participant("北朝鮮", "country:KP")]  # 南北閣僚級会談
    if word == "訪問" and countries and body[start - 1 : start] != "の":  # 中国訪問
        host = next((c for c in countries if body.find(c.name, start - len(c.name) - 1, start) >= 0), None)
        if host:
            host.role = "host"
            visitor = visitor_of or (found[-1] if found else None)
            if visitor:
                visitor.role = "visitor"
            return unique(([visitor] if visitor else []) + [host])
    if word in ("来日", "訪日"):
        # トランプ氏の来日, 来日中のノルウェーのハンセン外相, ハンセン外相は来日し…
        visitor = visitor_of or visitor_after(body, actors, end) or (found[0] if found else None)
        if visitor is not None:
            visitor.role = "visitor"
            return [visitor, Participant("日本", "country:JP", role="host")]
        return []  # 来日できなかった母: nobody named comes (a visit told before may be meant)
    if word.startswith("訪") and len(word) == 2 and word[1] in _VISIT_HOST:
        visitor = visitor_after(body, actors, end)  # 訪米中の岩屋毅外相
        if visitor is not None:
            found = [visitor]  # 金総書記は訪朝したプーチン大統領と会談: the subject is of the talks, not the visit
        for p in found:
            p.role = "visitor"
        found.append(Participant(word[1], _VISIT_HOST[word[1]], role="host"))
    # Countries stand in for the participants only where no person is named (米中会談).
    if found and countries and _COMPOUND.search(body, max(s_start, start - 6), start):
        # 日豪首脳会談 with only 岸田 named: the other country is a side too (the store drops
        # a country its own person already stands for)
        return unique(found + officials + [c for c in countries if c.role == "participant"])
    return unique(found + officials or countries or (sides if len(unique(sides)) >= 2 else []))


def _in_aside(body: str, position: int, s_start: int) -> bool:
    """Whether position is inside a parenthesis of its sentence: 21日午後(日本時間22日午前)."""
    opened = max(body.rfind("(", s_start, position), body.rfind("（", s_start, position))
    return opened >= 0 and max(body.rfind(")", opened, position), body.rfind("）", opened, position)) < 0


_TARGET_DAY = re.compile(r"を?(?:目処|目途|めど|メド)に|までに|(?:に|が|を)期限")


def _dates_another_noun(body: str, date, position: int) -> bool:
    """A date that modifies another noun (20日の政権発足に伴い、…会談): the day of that event, not of the meeting."""
    if _TARGET_DAY.match(body, date.end):
        return True  # 2010年4月1日を目処に…覚書を締結した, 11月10日に期限を迎える: a day aimed at, not the meeting's
    if not body.startswith("の", date.end):
        return False
    between = body[date.end : position]
    return bool(re.search(r"[、。]|に伴|を受け|以来|以降|から|まで", between))


def _in_cited_title(body: str, position: int) -> bool:
    """Whether position is inside a cited headline 『…』 of its line."""
    line_start = body.rfind("\n", 0, position) + 1
    opened = body.rfind("『", line_start, position)
    return opened >= 0 and body.rfind("』", opened, position) < 0


def _nearest(body: str, dates, position: int, s_start: int, s_end: int):
    """The date written before the trigger in the sentence, else the finest one after it (先週24日 → 24日).

    A date in a parenthesis (日本時間22日午前) converts the one before it, which wins;
    a date that modifies another noun (20日の政権発足に伴い) does not date the meeting.
    """
    inside = [d for d in dates if s_start <= d.start < s_end and d.value]
    before = [d for d in inside if d.end <= position and not _dates_another_noun(body, d, position)]
    plain = [d for d in before if not _in_aside(body, d.start, s_start)]
    if plain or before:
        return (plain or before)[-1]
    after = [d for d in inside if "W" not in str(d.value)] or inside
    # 会談は、10月2日に行われる投票後の10月5日に行われる: the day the clause ends on, not one of another noun
    closing = [d for d in after if _HELD_ON.match(body, d.end)]
    if closing:
        return closing[-1]
    return max(after, key=lambda d: len(str(d.value))) if after else None


_HELD_ON = re.compile(r"(?:に|から)(?:行われ|開かれ|開催され|実施され)(?:る|た)(?:予定|見通し|見込み)?(?:だ|です)?[。、]")


_MEETING_AFTER_OF = re.compile(r"の[^、。]{0,8}?(?:会談|会合|協議|首脳|訪問|会議)")


def _last_before(body: str, dates: SpanIndex, position: int, paragraph_start: int):
    """The last resolved date of the paragraph before position, but not one that dates another noun (20日の発足)."""
    return next((d for d in dates.before(position, paragraph_start)
                 if d.value and not _in_aside(body, d.start, paragraph_start) and not _TARGET_DAY.match(body, d.end)
                 and (not body.startswith("の", d.end) or TRIGGER.match(body, d.end + 1)
                      or _MEETING_AFTER_OF.match(body, d.end))),
                None)


def _place(body: str, places, s_start: int, s_end: int, trigger: int, kind: str):
    """The LOC/GPE written with で (…クアラルンプールで) before the trigger; a city wins over a country."""
    candidates = []
    for mention in places:
        m_start, m_end = mention.start, mention.end
        after = _PLACE_AFTER.match(body, m_end)
        limit = s_end if kind == "multilateral" else trigger  # …会合に出席するためクアラルンプールを訪れた
        if s_start <= m_start and m_end <= limit and after and (kind in ("visit", "multilateral") or after.group(0).endswith("で")):
            if kind == "multilateral" and m_end <= trigger and _CLAUSE_END.search(body, after.end(), trigger):
                continue  # 中国の国内で混入された…、…サミット直前に: the place of another clause
            candidates.append(mention)
    if not candidates:
        return None
    cities = [m for m in candidates if m.type == "LOC"] or candidates
    return min(cities, key=lambda m: abs(m.start - trigger))
