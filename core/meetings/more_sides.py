"""The sides of a meeting word the clause's own mentions did not give: read from titles, pairs, compounds,
the sentence's later words and the sentences before (core.meetings.detect calls it once per meeting word).
"""

from __future__ import annotations

import re

from core.meetings.agreed_meeting import agreed_by_the_pair
from core.meetings.addressed import addressed_at_meeting, side_addressed
from core.meetings.compound_holders import holders_of_compound
from core.meetings.gate import MEALS
from core.meetings.hosted_meal import meal_guest
from core.meetings.each import both_sides_before, members_of_group
from core.meetings.japan_pairs import japan_and_the_other
from core.meetings.implied import guest_received, two_referred
from core.meetings.gathered_sides import held_together
from core.meetings.listed import (
    bodies_pair_subject, country_pair_subject, first_person_side, proposed_to, speaker_of_quote
)
from core.meetings.arguments import included_partner, unnamed_partner_side
from core.meetings.around import opening_told_next, subject_at_meeting
from core.meetings.carried_body import subjects_apart
from core.meetings.mention import TALK_KINDS, MeetingMention, Participant
from core.meetings.named_before import both_named_before, counted_people
from core.meetings.named_after import subject_after_clause
from core.meetings.other_side import complete_pair
from core.meetings.partners_apart import carried_into_partners_apart
from core.meetings.paired_sides import OFFICIALS_OF_COMPOUND, compound_countries, sides_between
from core.meetings.people import (
    SUBJECT_AFTER, host_of_the_visit, office_holders_after, people_count, subject_mark_after, titled_people
)
from core.meetings.traveller_met import traveller_of_the_visit
from core.meetings.two_countries import both_countries, both_sides_countries
from core.meetings.divisions import delegation_subject, division_subject
from core.meetings.counterpart import counterpart_named_before
from core.meetings.counted import (
    counted_earlier, counted_members, counted_partner, counted_subject, countries_counted_after,
    countries_counted_before
)
from core.meetings.country_letters import VISIT_HOST
from core.meetings.sentence import PAIR_SUBJECT
from core.meetings.title_partner import title_partner
from core.meetings.titled_visitor import titled_visitor
from core.meetings.titles import bare_title_subject, meeting_day, partners_only, office_of_country
from core.meetings.triggers import SUMMONED_WORDS, PARTNER_BEFORE
from core.meetings.union_sides import union_parties
from core.meetings.visit_carried import talks_the_visit_holds, visit_carried_on, visitor_carried
from core.meetings.visit_partner import visitor_of_the_host
from core.registry import bundled_registry
from core.scan_ending import search_ending


# 日米の貿易交渉, 米中の首脳会談, 日韓2国間協議: two countries written as one compound, then the meeting's qualifier;
# 日米の閣僚の会談, 日韓の外相による会談, 米中首脳の電話会談: or the officials of both the meeting is of
_PAIR_OF_COMPOUND = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30ff])(?P<a>[日米中韓朝露ロ英仏独印豪台])(?P<b>[日米中韓朝露ロ英仏独印豪台])"
                               r"(?:両国)?(?:の[\u4e00-\u9fff0-9０-９]{0,6}|[0-9０-９二][\u4e00-\u9fff]{0,5}|[\u4e00-\u9fff]{2,8}"
                               r"|" + OFFICIALS_OF_COMPOUND + ")$")
# (日朝国交正常化交渉, 米朝非核化協議: what the talks are about written between the pair and the word)
# the bare words of a meeting, read as one told before when nobody is named with them
BARE_WORDS = ("会談", "協議", "会合", "話し合い")


def _side_of_pair(mention: MeetingMention, letter: str) -> Participant:
    """A country of the compound as a side: the one already read keeps its office (日米の閣僚の会談: 米 read as its
    閣僚), and the other letter is given the same office, as the officials are of both."""
    offices = [p.office for p in mention.participants if p.office]
    kept = next((p for p in mention.participants if p.entity_id == VISIT_HOST[letter]), None)
    return kept or Participant(letter, VISIT_HOST[letter], office=offices[0] if offices else None)


def _negotiator_carried(body: str, mention: MeetingMention, actors, clause: int, start: int, end: int, s_start: int,
                        carried) -> None:
    """A negotiation whose clause names its partner alone and nobody else (テイラー前大統領は…追放された。起訴の翌日、
    国外に逃亡し、ナイジェリア政府との交渉の上…亡命した): the person the sentences before stood on is the other side,
    as Japanese leaves out the subject it goes on with. A person named elsewhere in the clause (an outlet the tagger
    read as one, a player talked of) is no negotiator, so only the carried subject is taken."""
    if carried is None or clause != s_start or (SUBJECT_AFTER.match(body, end) and not body.endswith("との", 0, start)):
        return
    partner = mention.participants[0].entity_id
    if any(m.type == "PERSON" and clause <= m.start < start and m.entity_id != partner for m in actors):
        return
    complete_pair(body, mention, actors, clause, start, carried)


def read_more_sides(body: str, mention: MeetingMention, word: str, actors, places, clause: int, start: int, end: int,
                    s_start: int, s_end: int, all_actors, all_places, earlier_countries, earlier_bodies, out: list,
                    earlier, reference, registry, carried_subject, far: bool, subject, thing_since: bool,
                    previous_trigger: int) -> None:
    """The sides the clause's people, bodies and countries did not give at once: a bare title, people named after
    the word or at the meeting, countries told as a pair or a compound, the sides between, a guest received, the
    subject carried from before (carried_subject: the person an earlier sentence was about; far: told in a
    paragraph before; thing_since: a sentence about a thing came since), the host of the visit, bodies counted."""
    if mention.kind == "talks" and people_count(mention) == 0 and mention.title is None:
        office_holders_after(body, mention, actors, end, s_end)
    if mention.kind in ("talks", "phone_call", "video_call", "visit") and (
            people_count(mention) < 2 or partners_only(body, mention, clause, start)):
        bare_title_subject(body, mention, clause, start, all_actors, s_start, meeting_day(mention, reference),
                           registry or bundled_registry())
    if mention.kind in ("talks", "phone_call", "video_call", "visit", "trip", "negotiation_round") \
            and people_count(mention) < 2 and mention.title is None:
        subject_after_clause(body, mention, actors, end, s_end)
        subject_at_meeting(body, mention, actors, end, s_end, all_actors,  # Aとの会談で、Bは
                           bool(search_ending(PARTNER_BEFORE, body, clause, start)))
    if not mention.participants and mention.title is None and word in BARE_WORDS:
        opening_told_next(body, mention, out, actors, end, s_end, all_actors)  # 会談の冒頭、A首相は
    if mention.kind in ("talks", "phone_call", "video_call", "negotiation_round") \
            and people_count(mention) < 2 and mention.title is None:
        addressed_at_meeting(body, mention, actors, end, s_end)  # 会談で、李外相に謝罪を求めた
    if mention.kind == "multilateral" and mention.title is None and not mention.participants \
            and PAIR_SUBJECT.search(body, clause, start):
        mention.kind = "talks"  # 日米両政府は…閣僚会合を開いた: a ministers' meeting of two countries is talks
    if mention.kind in ("talks", "phone_call", "video_call", "negotiation_round"):
        both_countries(body, mention, earlier_countries.within(max(0, s_start - 200), start), s_start, start,
                       out[-8:])
        both_sides_countries(body, mention, all_actors, s_start, start)  # AはBを非難した。両者は…会談した
        if not mention.participants:
            both_sides_before(body, mention, out, clause, start,  # 両会派幹部4人が…会談を行った
                              earlier_bodies.within(max(0, s_start - 400), start))
        if people_count(mention) < 2:  # A側は…。これに対し、B側は…。両者の協議は
            apart = subjects_apart(body, all_actors, all_places, clause, start, s_start)
            if apart and {p.name for p in mention.participants} <= {p.name for p in apart}:
                mention.participants = apart
        members_of_group(body, mention, actors, clause, start)  # 与党(自民党・公明党)の幹事長は
        country_pair_subject(body, mention, actors, clause, start)  # 日本と中国の外相は
        bodies_pair_subject(body, mention, actors, clause, start)  # 自民党と公明党の幹事長が
        counted_people(body, mention, actors, clause, start)  # AとB、Cの3首脳は会談した
        both_named_before(body, mention, all_actors, clause, start, out)  # 両首脳は…会談した
        two_referred(body, mention, all_actors, clause, start, out)  # 2人は…離婚協議中
        if not mention.participants:
            mention.participants = counted_subject(body, clause, start)  # 日米韓3か国の外相は…会談
        else:
            mention.participants = counted_partner(body, mention.participants, clause, start)  # 英仏独3か国とイランの協議
        if not mention.participants:
            pair = PAIR_SUBJECT.search(body, clause, start)  # 日朝両政府は…交渉を行った
            mention.participants = [Participant(pair[k], VISIT_HOST[pair[k]]) for k in ("a", "b")] \
                if pair else []
        pair = _PAIR_OF_COMPOUND.search(body, max(clause, start - 12), start) if people_count(mention) == 0 \
            else None  # 日米の貿易交渉, 米中の首脳会談: the two countries of the compound
        if pair and {p.entity_id for p in mention.participants} <= {VISIT_HOST[pair[k]] for k in ("a", "b")}:
            mention.participants = [_side_of_pair(mention, pair[k]) for k in ("a", "b")]
    if mention.kind == "signing" and not mention.participants and mention.title is None:
        pair = PAIR_SUBJECT.search(body, clause, start)  # 日米両政府は10日、協定に署名した: the two countries sign
        if pair and not any(pair.end() <= m.start < start and body.startswith(("が", "は"), m.end) for m in actors):
            # (日米両政府は、北朝鮮が署名した文書を批判した: a subject of its own between, who signs)
            mention.participants = [Participant(pair[k], VISIT_HOST[pair[k]]) for k in ("a", "b")]
    compound_countries(body, mention, s_start)  # 日中韓首脳会議, 日米韓の外相会合
    japan_and_the_other(body, mention, actors, s_start)  # 日・モンテネグロ首脳会談, 日タイ首脳会談
    if mention.kind in ("talks", "negotiation_round", "phone_call", "video_call", "signing"):
        sides_between(body, mention, sorted(actors + places, key=lambda m: m.start), clause, start)  # 日中間の協議, 日本と中国の間で
    if word in MEALS:
        meal_guest(body, mention, actors, end)  # 夕食会に胡主席を招き
    if mention.kind in ("talks", "negotiation_round"):
        guest_received(body, mention, actors, clause, start,  # Bを官邸に迎え、会談した
                       end if word in SUMMONED_WORDS else None)
    if word in ("会議", "会合"):
        held_together(body, mention, actors, places, clause, start)  # 関係者を集めて緊急対策会議
    if word in ("交渉", "協議", "話し合い") and people_count(mention) < 2:
        side_addressed(body, mention, actors, clause, start)  # ボーダフォンの日本法人に対して、…買収交渉
        included_partner(body, mention, actors, clause, start)  # 陸連を含む関係者と協議をする
        unnamed_partner_side(body, mention, actors, places, clause, start)  # 東京都は、関係者との協議が
        union_parties(body, mention, all_actors, clause, start)  # …は合併協議の中で: the union's two parties told before
    if clause > s_start and mention.kind in TALK_KINDS \
            and partners_only(body, mention, clause, start):
        speaker_of_quote(body, mention, actors, s_start, clause, start)  # 外相は「A外相、B外相と会談した」と
    if mention.kind in TALK_KINDS and clause == s_start and not (far or thing_since):
        carried_into_partners_apart(body, mention, clause, start, carried_subject)  # インドではAと、パキスタンではBと会談
    if mention.kind in TALK_KINDS and people_count(mention) < 2:
        # 首脳会談は…調整が進む: the meeting is the topic; nobody before it is carried into it
        # (習近平主席との首脳会談は11日に行われる: a partner named, the other side is the one carried)
        carried = carried_subject if clause == s_start and (
            not SUBJECT_AFTER.match(body, end) or body.endswith("との", 0, start)) else None
        # from a paragraph before, the subject only completes a pair whose partner is named, in a line
        # with no subject of its own (協議の末、A長官は…, …と会談した人物がいる)
        if far and (subject is not None or not mention.participants
                        or subject_mark_after(body, end + 1, s_end)):
            carried = None
        if thing_since and not mention.participants:
            carried = None  # 日韓首脳会談は9日に予定されている。会談では…: the meeting is the topic carried
        if len(mention.participants) == 1:
            first_person_side(body, mention, actors, end, s_end)  # Aから電話があり、私(B氏)からも…と話した
        title_partner(body, mention, all_actors, clause, s_start, s_end)  # 大統領を出迎え、首脳会談に臨んだ
        if people_count(mention) < 2:
            complete_pair(body, mention, actors, clause, start, carried,
                          previous_trigger if previous_trigger > s_start else None)
    elif mention.kind == "negotiation_round" and len(mention.participants) == 1:
        # (from a paragraph before, as for talks: only into a line with no subject of its own)
        far_off = far and (subject is not None or subject_mark_after(body, end + 1, s_end))
        _negotiator_carried(body, mention, actors, clause, start, end, s_start,
                            None if far_off or thing_since else carried_subject)
    visitor_carried(body, mention, actors, carried_subject, subject, far, s_start)  # Aは出発した。米国を訪問する
    titled_visitor(body, mention, all_actors, s_start)  # 中国の国家主席の来日は: the president named before
    visit_carried_on(body, mention, out, carried_subject, subject, clause, s_start,  # Aは韓国を訪問した。\n首脳会談を行う
                     subject_mark_after(body, end + 1, s_end))
    talks_the_visit_holds(body, mention, out, subject, s_start,  # …を公式訪問した。…。首脳会談は10日に行われる
                          all_actors)
    if mention.kind == "talks" and len(mention.participants) == 1:
        host_of_the_visit(mention, out, s_start)  # モンゴルを訪問し、首脳会談を行った: the host is a side
        visitor_of_the_host(body, mention, out, clause, start, s_start, all_actors)  # Aが来日した。岸田首相は…会談し
        counterpart_named_before(body, mention, clause, start, all_actors, out)  # ロシアのA外相は…。B外相は外相会談に臨んだ
    if mention.kind not in ("visit", "trip") and mention.title is None:
        counted_members(body, mention, actors, clause, start)  # A・B・CのN者は…締結した
        counted_earlier(body, mention, all_actors, all_places, clause, start)
    if mention.kind == "multilateral":
        countries_counted_before(body, mention, all_actors, start)  # …、日本の6カ国が…。6カ国協議の後
        countries_counted_after(body, mention, all_actors, end)  # 6カ国協議が再開した。協議には…、北朝鮮の6カ国が参加
    division_subject(body, mention, all_actors, clause, start)  # カメラ部門は…業務提携を結んだ…ソニーに: the lead's body
    delegation_subject(body, mention, all_actors, clause, start)  # 選手団一行は…を訪問し: the body's delegation named before
    if mention.status == "proposed":
        proposed_to(body, mention, actors, end, s_end)  # 協議を民主党に提案した
    agreed_by_the_pair(body, mention, out, clause, start)  # Bと電話会談し、…直接会談することで合意した
    traveller_of_the_visit(body, mention, out, clause, start, all_actors)  # 英国を訪問した。メイ首相との会談は
    titled_people(mention, earlier)
    office_of_country(body, mention, all_actors)  # 中国外相と会談
    holders_of_compound(body, mention, all_actors, s_start, start)  # A首相とB首相は…。日英首脳会談
