"""Meeting mentions in an article body, with participants, date, place and status read from the clause."""

from __future__ import annotations

import re

from core.claims.names import EarlierPeople, missed_people
from core.clauses.spans import SpanIndex
from core.meetings.addressed import asked_in_person, asks_anyone
from core.meetings.anaphors import bodies_named_back, people_referred, places_referred
from core.meetings.arguments import argument_sides, article_topic
from core.meetings.each import both_sides_before, each_apart, each_host
from core.meetings.implied import (
    body_described, both_of_pair, person_of_talks, called_on, headline_pair,
    met_by_two, pair_met, person_called_on, traveller_before, unofficial_people, unofficial_traveller
)
from core.meetings.listed import (
    called_after, callers_apart, caption_people, country_joined_to_body, country_pair_subject, one_country_side,
    people_told_next, received_visitor
)
from core.meetings.joined import cut_at_partner, without_joined_bodies
from core.meetings.opening import pair_after_setting
from core.meetings.summoned import with_envoy
from core.meetings.takeover import side_taken_over
from core.meetings.more_sides import BARE_WORDS, read_more_sides
from core.meetings.mention import MeetingMention, Participant
from core.meetings.partners import named_partners
from core.meetings.merge import level_of, subject_level
from core.meetings.around import (
    apart_by_country, attendees_listed, attendees_told_next, both_travel, place_referred, sat_in, sat_in_told_next,
    someone_else
)
from core.meetings.people import (
    attendees, name_of, people_count, private_sides, private_visitor, sentence_subject, unique
)
from core.meetings.titles import titled_subject
from core.meetings.sentence import (
    accused, add_destinations, bracketed_bodies, attended_by, bodies_referred, company_not_person, company_word,
    in_the_past, visited_after, person_not_body, share_tense, signed_at, site_not_side, topic_of_others,
    whole_body_name, whole_korean_name, without_readings
)
from core.meetings.setting import meeting_place, nearest_date
from core.meetings.counted import counted_countries, counted_sides
from core.meetings.cut_names import titled_surnames
from core.meetings.full_names import spelled_out
from core.meetings.sides import clause_participants
from core.meetings.triggers import (
    BY_PHONE_BEFORE, BY_VIDEO_BEFORE, CALLED_AFTER, COUNTRIES_BEFORE, SUMMONED_WORDS, PARTNER_BEFORE, PHONE_WORD,
    TALKED_VERB, TRIGGER, UN_MEETING, kind_of
)
from core.meetings.cited import MEMORANDUM_BEFORE, in_cited_title, reporter, sides_of_talks_before, sides_told_before
from core.meetings.gate import ATTENDED, MEALS, word_not_a_meeting
from core.meetings.sittings import (
    ACRONYM_BEFORE, GLUED_BEFORE, SITTING_BEFORE, SITTING_WORDS, SUMMIT_WORDS, cabinet_of_one, event_before,
    grouping_before, own_meeting, own_sitting, placed_summit, states_meet
)
from core.meetings.tense import (
    CONDITION_BEFORE, DISCLOSED, DISCLOSED_ON, HYPOTHETICAL_AFTER, date_told, status_of, tense_and_day
)
from core.registry import bundled_registry
from core.sentences import sentence_spans

_REGION = re.compile(r"(?:東南アジア|東アジア|南アジア|中央アジア|アジア|欧州|ヨーロッパ|中東|アフリカ|中南米|南米|北米|"
                     r"太平洋|大洋州|東欧|西欧|北欧|バルカン|湾岸|カリブ)(?:諸国)?(?:各国)?$")
# 第3回党首会談, 3度目の会談, 次回の協議, 再び党首会談を: another round of talks of the sides met before
_NEXT_ROUND = re.compile(r"(?:第[0-9０-９一二三四五六七八九十]+回|[0-9０-９一二三四五六七八九十]+(?:回目|度目)の?|次回の?|再び|再度)"
                         r"[^、。]{0,6}$")
# 交渉を再開する, 協議を来月にも再開: talks resumed are another round of the sides met before
_RESUMED = re.compile(r"[をが][^、。をが]{0,10}?再開")
_ROUND_BEFORE = re.compile(r"第[0-9０-９]+(?:回|次)$")
# A sentence that goes on from the one before, its subject left out (しかも、その直後、…と会談し)
_GOES_ON = re.compile(r"(?:しかも|さらに|更に|その後|その直後|続いて|そして|その上)、"
                      r"|(?:[0-9０-９]{1,2}日|翌日|同日|翌朝|同夜)(?:午前|午後|夜|朝)?(?:には|にも|は、|、)")
# (16日にはインドネシアでジョコ大統領と会談した: a line opened by its day goes on with the subject before it)
# 6か国協議の日本代表, 日朝交渉の北朝鮮側首席代表, 協議の米首席交渉官: a delegate's office named by the talks
_DELEGATE_AFTER = re.compile(r"の[^、。のはが「」]{0,6}?(?:首席|次席)?(?:代表(?!団|撮影|取材|者)|団長|交渉官|特使|担当大使)")
# Phrases that refer back to a meeting already named (今回の会談, 会談後, 前日の会談).
ANAPHORIC = re.compile(r"(?:今回の|同|この|その|前日の|両者の|両首脳の|両外相の|両(?:氏|者|首脳|外相|首相)との)$")


# the meetings whose sides the clause's arguments may name when no entity names any (a side an entity named stands
# with no unnamed kind beside it: 制作会社は…NHKと協議 is NHK's), and not a visit, whose destination
# may be any place, nor a signing: 協定を結んでいる市, an agreement in force
_ARGUED_KINDS = ("talks", "negotiation_round", "phone_call", "video_call")


def detect_meetings(body: str, mentions: list, reference=None, registry=None) -> list[MeetingMention]:
    """Every meeting mention in body; mentions are the article's entity mentions.

    reference is the article's date: a meeting dated after it has not been held yet. registry (the
    library's; the bundled one when None) tells who held a title alone on the meeting's day.
    """
    spans = sentence_spans(body)
    # each sentence's meeting words, found at once (in C): most articles hold none, and then nothing below
    # can tell a meeting (what a sentence without one reads only completes meetings told before it)
    triggers_of = [list(TRIGGER.finditer(body, s_start, s_end)) for s_start, s_end in spans]
    if not any(triggers_of) and not asks_anyone(body):  # (…を金田外務副大臣に求めた: talks told by the request)
        return []
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
    out = []
    last_subject = None  # the person an omitted subject continues (王毅外相は… / カンボジア外相との会談では…)
    not_alone = True  # whether someone else was named or stood as a subject since last_subject's sentence
    thing_since = False  # whether a sentence whose subject is a thing came since last_subject's sentence
    far = False  # whether last_subject was kept past a line that does not go on from it
    unkept = -1  # where the last meeting word Kaidan read but did not keep ends (日本銀行は…決定会合で)
    paragraph, previous_end = -1, 0
    earlier = EarlierPeople()
    previous_sentence = None
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
        dates, places = all_dates.within(s_start, s_end), all_places.within(s_start, s_end)
        dates = [d for d in dates if not DISCLOSED_ON.fullmatch(body, max(0, d.start - 3), d.start)
                 or not DISCLOSED.match(body, d.end)]  # 会談していたことが2日、分かった: the day it came out
        events = all_events.within(max(0, s_start - 64), s_end)
        actors = all_actors.within(s_start, s_end + 16)  # a visitor may be named just past the sentence
        subject = sentence_subject(body, actors, s_start, s_end) or titled_subject(body, all_actors, s_start, s_end)
        people_told_next(body, out, actors, s_start)  # 日中首脳会談が行われた。安倍首相と胡主席は…
        attendees_told_next(body, out, actors, s_start, s_end)  # 首脳会議が開幕した。A、Bらが出席した。
        sat_in_told_next(body, out, actors, s_start, s_end)  # 会談した。A、Bも同席した。
        if triggers:
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
        previous_trigger = s_start
        first_of_sentence = len(out)
        for match in triggers:
            if word_not_a_meeting(body, match, s_start, s_end, actors):
                continue
            visited = person_called_on(body, actors, match.start()) if called_on(body, match.group(0), match.start()) \
                else False
            if visited is None:
                continue  # 病院を訪ね, 長女に会いたい: a place or someone private, no meeting of sides
            pair_of = pair_met(body, actors, s_start, match.start()) if met_by_two(body, match.group(0), match.start()) \
                else False
            if pair_of is None and PARTNER_BEFORE.search(body, s_start, match.start()):
                pair_of = False  # 習近平国家主席と北京で会い: the partner's と before the place
            if pair_of is None:
                continue  # 駅で会った: nobody with an office met
            start, end, kind = match.start(), match.end(), kind_of(match.group(0))
            if kind == "talks" and BY_PHONE_BEFORE.search(body, max(s_start, start - 24), start):
                kind = "phone_call"  # 大統領と電話で約30分間話し合った, 電話で北朝鮮問題を協議した
            elif kind == "talks" and BY_VIDEO_BEFORE.search(body, max(s_start, start - 30), start):
                kind = "video_call"  # テレビ会議形式で会談, オンライン形式で首脳会談を行った
            region = _REGION.search(body, max(s_start, start - 6), start) if kind == "visit" else None
            if region is not None:
                kind = "trip"  # アジア訪問, 欧州訪問: a journey through a region, the container of its visits
            event = next((e for e in events if e.start <= start and end <= e.end), None)
            if event is not None:
                start, end, kind = event.start, event.end, "multilateral"
            acronym = ACRONYM_BEFORE.search(body, max(s_start, start - 12), start) if kind == "multilateral" else None
            if acronym is not None:  # G20金融サミット, EU首脳会議: the group that meets, written before the word
                start = acronym.start()
            placed = placed_summit(body, places, start) if kind == "multilateral" and acronym is None \
                and match.group(0) in ("サミット", "首脳会議") else None
            if placed is None and acronym is None and event is None and kind in ("multilateral", "talks") \
                    and match.group(0) in SITTING_WORDS:
                placed = event_before(body, events, s_start, start)  # ASEAN地域フォーラム(ARF)の閣僚会合
            if placed is not None:  # 北海道洞爺湖サミット, 伊勢志摩サミット: a summit known by its place
                start = placed
                grouped = ACRONYM_BEFORE.search(body, max(s_start, start - 12), start)
                start = grouped.start() if grouped else start  # G20ソウル首脳会議
            numbered = COUNTRIES_BEFORE.search(body, max(s_start, start - 8), start) if event is None else None
            if numbered is not None:  # 6カ国協議: the meeting of that many countries, by its name
                start, kind = numbered.start(), "multilateral"
            if _DELEGATE_AFTER.match(body, end):
                continue  # 6か国協議の日本代表を務める: an office named by the talks, no meeting told
            if HYPOTHETICAL_AFTER.match(body, end) and CONDITION_BEFORE.search(body, s_start, start):
                continue  # …に移行した場合は…交渉を再開する可能性がある: a meeting only supposed, none told
            mention = MeetingMention(start, end, body[start:end], kind, status_of(body, start, end, s_end),
                                     (s_start, s_end))
            mention.unkept_before = unkept
            # a meeting named inside a quote takes its people from the quote, not from who is quoted
            clause = _quote_start(body, s_start, start, end)
            if clause > s_start:  # 「…。民主党の小沢幹事長から電話があり」: a quote's own sentence, not all it said before
                clause = max(clause, body.rfind("。", clause, start) + 1)
            referred_bodies = bodies_referred(body, actors, all_actors, clause, start)  # 主催者の同紙と高野連は
            mention.participants = clause_participants(
                body, sorted(actors + referred_bodies, key=lambda m: m.start) if referred_bodies else actors, clause,
                max(previous_trigger, clause), start, end, match.group(0), places)
            callers_apart(body, mention, clause, start, end)  # Aは、Bが交渉を行うよう呼びかけた: A calls, does not meet
            # 中国の駐日大使を外務省に呼び: the envoy summoned stands for the country that sent them
            envoy = match.group(0) in SUMMONED_WORDS and with_envoy(body, mention, actors, registry or bundled_registry(),
                                                                   clause, start)
            if visited and all((p.entity_id or p.name) != (visited.entity_id or visited.name) for p in mention.participants):
                mention.participants.append(visited)  # 会長を訪ね: the one called on is a side
            if pair_of:
                mention.participants = pair_of  # トランプ大統領と金正恩委員長が…会った
            if match.group(0) == "来訪":
                received_visitor(body, mention, actors, end)  # 温家宝首相は来訪した安倍首相と: 安倍 visits
            captioned = people_count(mention) < 2 and caption_people(body, mention, actors, end, s_end)
            # (会談する岸田首相(右)と習近平国家主席=15日: a photo caption)
            called = CALLED_AFTER.match(body, end) if match.group(0) == "電話で" else None
            if called is not None:
                called_after(body, mention, actors, end, called.end())  # 電話でムシャラフ大統領に…申し出た
            country_joined_to_body(body, mention, actors, max(previous_trigger, clause), start)  # イランと欧州連合の協議
            if clause == s_start:  # 国王が帰国の途についた。15日に来日を果たすと: the traveller of the sentence before
                traveller_before(body, mention, all_actors, previous_sentence, s_start, start,
                                 match.group(0) in MEALS and ATTENDED.match(body, end) is not None)
            sides = list(mention.participants)
            if mention.kind == "visit" and (private_visitor(body, actors, mention.participants)
                                            or unofficial_traveller(body, all_actors, mention.participants)
                                            or mention.participants and not any(
                                                (p.entity_id or "").startswith(_SIDE_KINDS) for p in mention.participants)):
                mention.participants = []  # 来日中のソプラノ歌手, 来日した監督: a private journey, no meeting of sides
            if region is not None:  # the travellers only: no one country hosts a trip through a region
                mention.participants = [p for p in mention.participants
                                        if not (p.entity_id or "").startswith("country:")]
            if mention.kind in ("visit", "trip") and mention.participants:
                # a destination may be a territory (パレスチナ自治区) as well as a country
                destinations = sorted({id(m): m for m in actors + places}.values(), key=lambda m: m.start)
                add_destinations(body, mention, destinations, s_start, s_end)
            if mention.kind == "trip" and not any(p.role in ("visitor", "host") for p in mention.participants):
                for p in mention.participants:  # 安倍首相は東南アジア3か国を歴訪する: the one who travels
                    p.role = "participant" if (p.entity_id or "").startswith("country:") else "visitor"
            mention.summit = "首脳" in body[max(s_start, start - 3) : end]
            mention.level = level_of(body[max(s_start, start - 6) : end]) or subject_level(body[s_start:start])
            mention.qualified = bool(_QUALIFIED.search(body, max(s_start, start - 4), start))
            grouping = grouping_before(body, actors, start)
            if own_sitting(body, match.group(0), grouping, start) and event is None and acronym is None \
                    and placed is None and numbered is None:
                previous_trigger = unkept = end
                continue  # 日本サッカー協会の会合で: the body's own sitting, no meeting of sides
            if match.group(0) == "会合" and body.startswith("の", start - 1) and grouping is None \
                    and event is None and not PARTNER_BEFORE.search(body, clause, start) \
                    and _SAID_AT.match(body, end):
                previous_trigger = unkept = end
                continue  # 後援会の会合で表明: a group's gathering where the subject spoke, no meeting of sides
            if cabinet_of_one(body, mention, match.group(0), clause, start, end, subject):
                previous_trigger = unkept = end
                continue  # ブッシュ大統領は閣僚会議を開いて: one government's own ministers
            if mention.kind == "multilateral" and event is None and grouping is None and numbered is None \
                    and match.group(0) == "フォーラム":
                mention.title = match.group(0)  # a forum with no name: one in the article, known by its attendees
                mention.participants = attended_by(body, actors, end, s_end)
            elif numbered is not None:
                mention.title = body[start:end]
                mention.participants, mention.attendees_of_previous = attendees(body, actors, s_start, s_end, end)
                if not mention.participants:  # 日中韓3か国の外相会合: the countries counted
                    mention.participants = counted_countries(body, numbered.start(), numbered["count"])
                if not mention.participants:  # Aは…B、Cと3か国外相会談を行った: the sides the clause names
                    mention.participants = counted_sides(sides, numbered["count"])
            elif UN_MEETING.fullmatch(match.group(0)) and event is None:
                mention.kind, mention.title = "multilateral", body[start:end]  # 国連第2回軍縮特別総会: the UN's
                mention.participants = [Participant(name_of(body, m), m.entity_id) for m in actors  # states meet
                                        if m.type == "ORG" and start <= m.start < end][:1]
            elif event is not None or grouping is not None or acronym is not None or placed is not None:
                # 東アジア首脳会議, ASEANなどの会合: a meeting of many, known by its name; its
                # participants are those said to attend it (…に出席), its host comes from the place
                mention.kind = "multilateral"
                mention.title = body[start:end] if event is not None or acronym is not None or placed is not None else \
                    body[grouping.start : grouping.end] + match.group(0)  # ASEAN会合
                mention.participants, mention.attendees_of_previous = attendees(body, actors, s_start, s_end, end)
            numbered_round = _ROUND_BEFORE.search(body, max(s_start, start - 6), start) if mention.title else None
            if numbered_round is not None and mention.title == body[start:end]:
                mention.title = body[numbered_round.start() : end]  # 第5回6カ国協議: the round is part of the name
            date_told(body, mention, dates, all_dates, start, end, clause, s_start, s_end, paragraph, reference)
            attendees_listed(body, mention, actors, end, s_end)  # 6か国協議には、A、Bらが出席した
            sat_in(body, mention, out, actors, end, s_end)  # 会談には、A、Bが同席した
            both_travel(body, mention, all_actors, end)  # クアラルンプールを訪れた両外相は
            if mention.kind not in ("phone_call", "video_call"):
                mention.place = meeting_place(body, places, s_start, s_end, start, mention.kind,
                                              registry or bundled_registry())
                place_referred(body, mention, all_places, s_start)  # 当地を訪問予定だった
                visited_after(body, mention, places)  # 訪問中のイラクで
            in_past = tense_and_day(body, mention, match.group(0), dates, start, end, s_start, s_end, reference,
                                    captioned)
            read_more_sides(body, mention, match.group(0), actors, places, clause, start, end, s_start, s_end, all_actors,
                            all_places, earlier_countries, earlier_bodies, out, earlier, reference, registry, last_subject,
                            far, subject, thing_since, previous_trigger)
            told_again = {b.full_name for b in referred_bodies}  # 朝日新聞によると、主催者の同紙と…: the paper takes part
            mention.participants = spelled_out(body, mention.participants,  # LTTE: タミル・イーラム解放のトラ
                                               earlier_bodies.within(max(0, s_start - 3000), start))
            mention.participants = [p for p in unique(mention.participants)
                                    if p.name in told_again or not reporter(body, p, s_start, s_end)]
            if _SPOKEN_OF.match(body, end) and people_count(mention) < 2 and mention.title is None:
                mention.participants = []  # 報道官が会談とその詳細を明らかにした: the speaker did not attend
            if not mention.participants and mention.title is None:
                headline_pair(body, mention)  # 『首脳会談の延期・中止も日韓、再び試練に直面』
                pair_after_setting(body, mention, actors, end, s_end)  # 首脳会談後の共同記者会見で、AとBは
            both_of_pair(body, mention, actors, clause, start)  # 自民・公明両与党の「与党協議」で, 自民、公明両党の幹事長が
            if not mention.participants and mention.title is None and in_cited_title(body, start):
                sides_told_before(body, mention, out)  # 『東京メトロ、都営地下鉄と統合協議』 after their talks
            if mention.kind in _ARGUED_KINDS and mention.title is None and len(mention.participants) < 2:
                argument_sides(body, mention, actors, max(previous_trigger, clause), start,  # 国は…居住者との協議に
                               last_subject if clause == s_start and not far else None, places,
                               lambda: article_topic(body, spans, all_actors) if clause == s_start else None)
            mention.referring = bool(ANAPHORIC.search(body, max(s_start, start - 5), start))
            if mention.kind == "multilateral" and mention.title is None and match.group(0) in SUMMIT_WORDS \
                    and not GLUED_BEFORE.match(body[start - 1 : start]) \
                    and any(m.kind == "multilateral" and m.title for m in out):
                mention.referring, mention.participants = True, []  # 首脳会議が開幕した。…サミットに合わせて: that summit
            mention.next_round = bool(_NEXT_ROUND.search(body, max(clause, start - 16), start)
                                      or _RESUMED.match(body, end))  # 交渉を再開する: another round
            mention.anaphoric = mention.referring or (not mention.participants and mention.title is None)
            mention.cited = in_cited_title(body, start)
            if mention.kind == "signing" and not mention.participants:
                both_sides_before(body, mention, out, clause, start,  # 両行は…本契約を締結し
                                  earlier_bodies.within(max(0, s_start - 400), start))
                if not mention.participants:
                    signed_at(body, mention, out, actors, s_start, s_end)
                if not mention.participants and MEMORANDUM_BEFORE.search(body, max(s_start, start - 6), start):
                    sides_of_talks_before(mention, out)  # 8月1日の覚書調印で: the memorandum of the sides in talks
                mention.anaphoric = mention.anaphoric and not (mention.participants or mention.attendees_of_previous)
            elif mention.kind == "signing" and len(mention.participants) == 1 \
                    and not PARTNER_BEFORE.search(body, clause, start):
                # AはBとの会談で、…に署名した, Aは Bと会談し、会談後に両首脳は…に署名した: one side named, the
                # signing at the meeting told just before it is signed by that meeting's people
                alone = mention.participants
                signed_at(body, mention, out, actors, s_start, s_end)
                if mention.at_meeting is not None and not any(
                        (p.entity_id or p.name) == (alone[0].entity_id or alone[0].name) for p in mention.participants):
                    mention.participants, mention.at_meeting = alone, None  # another's meeting: the one named signs
            if not mention.participants and mention.title is None:  # スーダン政府と反政府勢力が調印: no other side found
                one_country_side(body, mention, actors, max(previous_trigger, clause), start)
                mention.anaphoric = mention.anaphoric and not mention.participants
            side_taken_over(body, mention, actors, clause, start)  # 「X」について、Yが買収する…交渉: X is a side
            person_of_talks(body, mention, actors, clause, start)  # 本田圭佑のラツィオ移籍交渉
            if mention.kind in ("talks", "negotiation_round", "signing") and people_count(mention) < 2 \
                    and mention.title is None:
                if body_described(body, mention, actors, end, s_end):  # 業務提携を結んだソニーに
                    mention.anaphoric = mention.anaphoric and mention.referring
            # Xは会談後, 岩屋氏が会談で: a bare meeting word with its subject only, no partner named
            mention.partnered = bool(PARTNER_BEFORE.search(body, clause, start))
            if match.group(0) in ("協議", "話し合い") and not mention.partnered and mention.title is None \
                    and SITTING_BEFORE.search(body, clause, start):
                previous_trigger = unkept = end
                continue  # FIFAは緊急の理事会を行い、…について話し合いを行った: the body's own sitting
            mention.refers_back = match.group(0) in BARE_WORDS and not mention.partnered \
                and people_count(mention) <= 1 and mention.title is None
            if match.group(0) == "会合" and mention.kind == "talks" and mention.title is None \
                    and not mention.partnered and len(mention.participants) == 1 \
                    and re.match(r"[\u4e00-\u9fffの]", body[start - 1 : start]) \
                    and own_meeting(body, mention.participants[0].name, clause, start):
                if not states_meet(mention.participants[0].entity_id):
                    previous_trigger = unkept = end
                    continue  # 日本銀行は14日の金融政策決定会合で: the subject's own meeting (not ベッセントは会合後)
                mention.kind = "multilateral"  # 安保理は緊急会合を開いた: a body of states meets, a meeting of many
            if (_TOLD_BY_VERB(match.group(0)) or match.group(0) in _PRIVATE_WORDS) \
                    and unofficial_people(body, all_actors, mention.participants):
                previous_trigger = end
                continue  # 恋人ケイトと会うために, 江草と会うのか, 一家と会食した: private people, no meeting of sides
            if mention.kind == "visit" and (private_visitor(body, actors, mention.participants)
                                            or unofficial_traveller(body, all_actors, mention.participants)):
                previous_trigger = end
                continue  # 韓国を訪問したオダギリジョーが, 解説者・槙原氏が訪問, 福島への被災地訪問 (a town, nobody
                # visiting): a private journey, no meeting of sides
            if mention.kind == "phone_call" and private_sides(body, actors, mention.participants) \
                    or mention.kind == "signing" and mention.participants \
                    and private_sides(body, actors, mention.participants) == len(mention.participants):
                previous_trigger = end
                continue  # 首相はエンドンさんに電話をかけ, 長谷川選手は…調印式で: a private call, a fight's signing
            if (_TOLD_BY_VERB(match.group(0)) or match.group(0) in ("会議", "握手", "接触", "出迎え")) \
                    and not _named_sides(mention, 1 if mention.kind == "phone_call" else 2):
                previous_trigger = end
                unkept = end if mention.kind in ("talks", "phone_call", "video_call") else unkept
                continue  # 知人の女性に…電話をしていた, 管理者と現場の意見交換: no sides Kaidan knows
            if match.group(0) == "接触" and not all(p.office or (p.entity_id or "").startswith(("person:", "country:"))
                                                     for p in mention.participants):
                previous_trigger = end
                continue  # 貨物船と接触し, F.マッサと接触した際: vehicles or drivers touching, not sides in contact
            if match.group(0) in SUMMONED_WORDS and not envoy and (people_count(mention) < 2 or not any(
                    p.office or (p.entity_id or "").startswith("person:") for p in mention.participants)):
                previous_trigger = end
                continue  # 救急車を現場に呼び, 友人を自宅に呼んで: nobody with an office summoned, no meeting of sides
            if mention.kind == "signing" and len(mention.participants) < 2:
                alone, mention.participants = mention.participants, []
                country_pair_subject(body, mention, actors, clause, start)  # 日本とフィリピンの外相は…協定に署名した
                mention.participants = mention.participants or alone
            if match.group(0) == "署名" and len(mention.participants) <= 1 and not mention.partnered \
                    and mention.at_meeting is None and not mention.attendees_of_previous \
                    and not re.search(r"両|双方|[2-9２-９二三四五][カヵケか]?[国者社党]", body[clause:start]):
                previous_trigger = end
                continue  # 法案C-38に署名し, 代理署名を拒否, 6人の署名があれば: one hand's signature, no meeting of sides
            if match.group(0) == "訪れ" and all(p.role == "host" for p in mention.participants):
                previous_trigger = end
                continue  # 日本を訪れる外国人客, トルコを訪れ: a place visited by nobody named, no meeting of sides
            hosts = max((sum(p.role == "host" for p in m.participants) for m in out[first_of_sentence:]
                         if m.kind == "trip"), default=0)  # 中国と韓国を訪問し、A、Bと会談した: a talk in each
            journeys = [m for m in out[first_of_sentence:] if m.kind in ("trip", "visit")]
            # 両国を訪問し、それぞれの外相と会談した: a talk with each host; 両外相が…を訪れた: each from their own country
            each_of = each_host(body, mention, journeys[-1], clause, start) if journeys else [mention]
            for one in (apart for m in each_of for apart in apart_by_country(m)):
                out.extend(each_apart(body, one, clause, start, dates,  # Aは B、Cとそれぞれ会談: two meetings
                                      (lambda d: in_the_past(d, reference)) if in_past else None, hosts))
            previous_trigger = end
        # (a meeting word the sentence holds but tells no meeting by, 平和条約の締結を提案した, leaves the request)
        if len(out) == first_of_sentence and (asked := asked_in_person(body, actors, s_start, s_end)) is not None:
            out.append(_asked_meeting(body, asked, dates, places, s_start, s_end, reference, registry))
        share_tense(body, out[first_of_sentence:])
        not_alone = subject is None and (not_alone or someone_else(body, actors, s_start, s_end, last_subject))
        # a sentence about a thing (首脳会談は…, 法案は…) since the subject's: a bare meeting word after it carries
        # nobody (a partner named still pairs with the subject)
        thing_since = subject is None and (thing_since or _thing_subject(body, actors, s_start, s_end))
        last_subject, far = (subject, False) if subject else (last_subject, far)
        previous_sentence = (s_start, s_end)
    return out


def _asked_meeting(body: str, asked, dates, places, s_start: int, s_end: int, reference, registry) -> MeetingMention:
    """The talks a request face to face tells (…を金田外務副大臣に求めた): held, on the sentence's day and place."""
    start, end, sides = asked
    mention = MeetingMention(start, end, body[start:end], "talks", "held", (s_start, s_end), participants=sides)
    mention.date = nearest_date(body, dates, start, s_start, s_end)
    if mention.date is not None and reference is not None:
        mention.date = in_the_past(mention.date, reference)
    mention.place = meeting_place(body, places, s_start, s_end, start, "talks", registry or bundled_registry())
    mention.told_past = True
    mention.partnered = True
    return mention


def _TOLD_BY_VERB(word: str) -> bool:
    """A meeting told by a verb or a loose word (話し合った, 電話をかけ, 電話で話した, 意見交換): private talk as
    often as not."""
    return word in ("意見交換", "電話で話") or bool(TALKED_VERB.fullmatch(word) or PHONE_WORD.fullmatch(word))


def _named_sides(mention: MeetingMention, least: int) -> bool:
    """At least that many sides, one of them an entity Kaidan knows."""
    return len(mention.participants) >= least and any(p.entity_id for p in mention.participants)




# 会合で表明, 会合で引退を表明した: what the subject said at a gathering
_SAID_AT = re.compile(r"で(?:[^、。を]{0,12}を)?(?:述べ|語|明らかに|発表|説明|話|表明|強調)")
# what a visit needs one of to be a visit of sides: a person, a country or a body (not a town alone)
_SIDE_KINDS = ("person:", "country:", "org:", "found:PERSON:", "found:ORG:", "found:GPE:")

# (理事会において修正協議を民主党に提案: talks offered to another side at a sitting stay talks)
# words as often said of private people as of sides: 会う, 会食, 食事を共に (not 会談, 協議)
_PRIVATE_WORDS = ("会っ", "会い", "会う", "会わ", "会食", "握手", "歓談", "密談", "接触", "出迎え", "夕食を共に", "昼食を共に", "朝食を共に", "食事を共に",
                  "話し合い")  # (ジェフ・イースティンとはしっかり話し合いをした: an actor and a producer)


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


def _quote_start(body: str, s_start: int, position: int, end: int | None = None) -> int:
    """The start of the open quote position is in (after its 「), else the sentence start; a meeting's name in
    brackets that close right after it (「国連第2回軍縮特別総会」では) is no quote."""
    opened = body.rfind("「", s_start, position)
    if opened >= 0 and body.rfind("」", opened, position) < 0:
        if end is not None and body.startswith("」", end) and "、" not in body[opened:end]:
            return s_start
        return opened + 1
    return s_start


_QUALIFIED = re.compile(r"(?:級|国間|南北|[日米中韓朝露英仏独印豪]{2})$")
# A meeting that is what a clause speaks of (会談とその詳細を明らかにした, 会談について語った).
_SPOKEN_OF = re.compile(r"(?:とその|について|に関して|の内容|の詳細|を(?:明らかに|発表|伝え|報じ|説明|評価|歓迎|批判|非難|振り返))")


# (雪印、日本ミルクと統合交渉: the partner, then what the talks are about written into the noun)
