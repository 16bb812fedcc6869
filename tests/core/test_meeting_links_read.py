"""Links read from what one meeting says of another: a planned meeting talked over in a held one, and
rounds numbered one after the other (sentences written in the style of Japanese news)."""

from datetime import date

from core.meetings.links import date_containers, read_links, round_number
from core.meetings.mention import MeetingMention, Participant
from core.meetings.country_of import country_lookup
from core.meetings.proposal import Proposal
from core.meetings.plan import plan_meetings
from core.nlp.entities import detect
from core.registry import bundled_registry

REGISTRY = bundled_registry()
COUNTRY_OF = country_lookup(REGISTRY)


def plan(text, day):
    return plan_meetings(text, detect(text, REGISTRY, day), day.isoformat(), None, REGISTRY)


def links_of(result):
    return {(a.kind, a.status, b.kind, b.status, relation) for a, b, relation, _ in result.links}


def test_a_visit_invited_in_a_held_call_is_what_the_call_prepares():
    text = ("中国の習近平国家主席は4日、ロシアのプーチン大統領とオンラインで会談した。\n"
            "ロシア政府によると、プーチン大統領はオンライン会談で、習氏から今年前半の中国訪問を招請され受諾した。")
    result = plan(text, date(2026, 2, 5))
    assert ("video_call", "held", "visit", "proposed", "prepares") in links_of(result) \
        or ("video_call", "held", "visit", "scheduled", "prepares") in links_of(result)


def test_a_plan_told_beside_a_held_meeting_with_no_word_about_it_is_not_prepared_by_it():
    text = ("中国の習近平国家主席は4日、ロシアのプーチン大統領とオンラインで会談した。\n"
            "プーチン大統領はオンライン会談の後、来月にインドを訪問する予定だ。")
    result = plan(text, date(2026, 2, 5))
    assert not any(relation == "prepares" for _, _, relation, _ in result.links)


def test_a_prepared_pair_keeps_no_plain_precedes_beside_it():
    text = "両首脳は電話会談で、4月の中国訪問の日程について協議した。"
    call = Proposal("phone_call", "held", [Participant("トランプ", "person:donald-trump")], "2026-02-04",
                    mentions=[MeetingMention(5, 9, "電話会談", "phone_call", "held", (0, len(text)))])
    visit = Proposal("visit", "scheduled", [Participant("トランプ", "person:donald-trump", "visitor")], "2026-04",
                     mentions=[MeetingMention(15, 17, "訪問", "visit", "scheduled", (0, len(text)))])
    links = read_links([call, visit], text, COUNTRY_OF, [(call, visit, "precedes", text)])
    assert [(a.kind, b.kind, relation) for a, b, relation, _ in links] == [("phone_call", "visit", "prepares")]
    # without words about the plan, the precedes a cue gave stays
    quiet = "両首脳は電話会談で、4月の中国訪問を前に貿易を話した。"
    links = read_links([call, visit], quiet.replace("話した", "語った"), COUNTRY_OF, [(call, visit, "precedes", quiet)])
    assert [relation for _, _, relation, _ in links] == ["precedes"]


def test_rounds_numbered_one_after_the_other_precede_each_other():
    text = ("28日、キリスト教民主同盟(CDU)と社会民主党(SPD)が2回目の連立交渉を行った。\n"
            "両党は内政問題では合意した模様。\n"
            "3度目の会談は10月5日に行われる。")
    result = plan(text, date(2005, 9, 29))
    precedes = [(a, b) for a, b, relation, _ in result.links if relation == "precedes"]
    assert [(round_number(text, a), round_number(text, b)) for a, b in precedes] == [(2, 3)]


def test_a_round_number_is_read_in_digits_and_kanji_and_not_from_a_count():
    def told(text, word):
        at = text.index(word)
        return Proposal("talks", "held", [], mentions=[MeetingMention(at, at + len(word), word, "talks", "held",
                                                                      (0, len(text)))])
    text = "日中両国は第三回の協議を北京で開いた。"
    assert round_number(text, told(text, "協議")) == 3
    text = "両党は１２回目の政策協議を開いた。"
    assert round_number(text, told(text, "協議")) == 12
    text = "両国は3日間協議した。"
    assert round_number(text, told(text, "協議")) is None
    text = "両首脳はこれまでに3回会談した。"
    assert round_number(text, told(text, "会談")) is None


def test_a_summit_told_with_no_date_is_held_at_least_on_the_days_of_its_talks():
    def meeting(kind, start, word):
        return Proposal(kind, "held", [Participant("王毅", "person:wang-yi")], start,
                        precision="day" if start else "unknown",
                        mentions=[MeetingMention(0, 2, word, kind, "held", (0, 10))])
    summit, first, second = meeting("multilateral", None, "会合"), meeting("talks", "2025-07-11", "会談"), \
        meeting("talks", "2025-07-10", "会談")
    dated = meeting("multilateral", "2025-07-08", "会合")
    date_containers([(first, summit, "part_of", ""), (second, summit, "part_of", ""), (first, dated, "part_of", ""),
                     (second, first, "precedes", "")])
    assert (summit.start, summit.end, summit.precision) == ("2025-07-10", "2025-07-11", "days")
    assert (dated.start, first.start) == ("2025-07-08", "2025-07-11")  # its own date stays; talks are no container
    # talks date the visit they are part of, and the visit the summit week it is part of, in whatever order told
    week, visit, talks = meeting("multilateral", None, "会合"), meeting("visit", None, "訪れ"), \
        meeting("talks", "2025-07-11", "会談")
    date_containers([(visit, week, "part_of", ""), (talks, visit, "part_of", "")])
    assert (visit.start, week.start, week.end, week.precision) == ("2025-07-11", "2025-07-11", "2025-07-11", "days")


def test_a_meeting_told_after_a_cue_is_another_meeting_linked_to_the_one_before_it():
    text = "日韓首脳会談を受けて、両国の外務次官は15日、ソウルで協議した。"
    [summit] = plan(text, date(2025, 10, 29)).proposals
    assert [m.text for m in summit.mentions] == ["首脳会談"]  # the vice-ministers' talks are not the summit
    text = "米朝首脳会談の結果を受け、ポンペオ国務長官は14日、ソウルで康京和外相と会談した。"
    result = plan(text, date(2025, 10, 29))
    assert [(len(a.participants), b.level, relation)
            for a, b, relation, _ in result.links] == [(2, "heads", "follow_up")]
    text = "日米両政府は10日、首脳会談での合意を受けて、外務・防衛担当閣僚協議をワシントンで開いた。"
    result = plan(text, date(2025, 10, 29))
    assert len(result.proposals) == 2 and [relation for _, _, relation, _ in result.links] == ["follow_up"]


CALL = ("トランプ米大統領と中国の習近平国家主席は4日、電話会談し、台湾問題や貿易について協議した。"
        "トランプ氏は前向きな協議だったとした。一方、中国側は武器売却を巡りくぎを刺した。\n")


def test_a_plan_its_sides_talked_over_a_few_sentences_after_their_call_is_what_the_call_prepares():
    text = CALL + "トランプ氏は投稿で、貿易や私が4月に予定している中国訪問などについて議論したと明らかにした。"
    assert any(a == "phone_call" and b == "visit" and relation == "prepares"
               for a, _, b, _, relation in links_of(plan(text, date(2026, 2, 5))))


def test_a_plan_after_a_call_is_not_prepared_by_it_without_a_word_of_talking_it_over_or_past_another_meeting():
    # the invitation named, not talked over
    text = CALL + "トランプ氏の中国訪問の招待については、適切な日程を見つけるよう取り組んでいると語った。"
    assert not any(relation == "prepares" for *_, relation in links_of(plan(text, date(2026, 2, 5))))
    # another meeting told between the call and the plan
    text = (CALL + "習氏はこれに先立ち、プーチン大統領ともオンラインで会談した。\n"
            "トランプ氏は投稿で、私が4月に予定している中国訪問などについて議論したと明らかにした。")
    assert not any(a == "phone_call" and relation == "prepares"
                   for a, _, _, _, relation in links_of(plan(text, date(2026, 2, 5))))
    # too far after it
    text = CALL + "大豆の購入も話題になった。市場は好感した。株価は上がった。\n" \
        + "トランプ氏は投稿で、私が4月に予定している中国訪問などについて議論したと明らかにした。"
    assert not any(relation == "prepares" for *_, relation in links_of(plan(text, date(2026, 2, 5))))
    # what a side of another meeting told just before talked over (Trump speaks, the call before was Xi's)
    text = (CALL + "習氏はこれに先立ち、プーチン大統領ともオンラインで会談した。\n"
            "トランプ氏は投稿で、私が4月に予定している中国訪問などについて議論したと明らかにした。")
    assert not any(relation == "prepares" for *_, relation in links_of(plan(text, date(2026, 2, 5))))


def test_a_meeting_planned_as_the_sides_next_one_follows_their_held_one():
    text = ("日本サッカー協会と韓国サッカー協会は7月17日の会合で、大会の延期を決め、"
            "7月20日の会合で改めて協議することになった。")
    result = plan(text, date(2007, 7, 18))
    precedes = [(a.status, a.start, b.status, b.start) for a, b, relation, _ in result.links if relation == "precedes"]
    assert precedes == [("held", "2007-07-17", "scheduled", "2007-07-20")]


def test_a_planned_meeting_with_no_word_of_doing_it_again_is_not_linked_as_the_next_one():
    text = ("日本サッカー協会と韓国サッカー協会は7月17日の会合で、大会の延期を決め、"
            "7月20日の会合で日程を協議することになった。")
    result = plan(text, date(2007, 7, 18))
    assert not any(relation == "precedes" for _, _, relation, _ in result.links)


def test_talks_told_after_a_visit_made_to_attend_a_gathering_are_part_of_the_gathering_too():
    text = ("ルビオ米国務長官と中国の王毅外相は11日、クアラルンプールで会談した。\n"
            "東南アジア諸国連合(ASEAN)などの会合に出席するためクアラルンプールを訪れた両外相は、約1時間会談した。")
    result = plan(text, date(2025, 7, 12))
    part_of = {(a.kind, b.kind) for a, b, relation, _ in result.links if relation == "part_of"}
    assert ("talks", "multilateral") in part_of


def test_a_visit_made_to_attend_a_gathering_is_no_part_of_it():
    # the journey holds the summit, not the other way round; the talks held there are part of the summit
    visit_only = plan("石破茂首相は15日、アジア太平洋経済協力会議(APEC)首脳会議に出席するため、ペルーの首都リマを訪問した。",
                      date(2025, 11, 16))
    assert sorted(p.kind for p in visit_only.proposals) == ["multilateral", "visit"]
    assert visit_only.links == []
    with_talks = plan("石破茂首相は15日、APEC首脳会議に出席するためリマを訪れ、中国の習近平国家主席と会談した。",
                      date(2025, 11, 16))
    assert {(a.kind, b.kind, relation) for a, b, relation, _ in with_talks.links} == {("talks", "multilateral", "part_of")}


def _linked_days(result):
    return {(a.start, b.start, relation) for a, b, relation, _ in result.links}


def test_a_meeting_word_before_a_cue_takes_no_day_of_the_meeting_the_cue_leads_to():
    # 会談を受け、…11日、…協議した: the 11th dates the consultations, the bare 会談 is the talks of the 10th
    after = plan("岸田文雄首相は10日、ワシントンでバイデン大統領と会談した。"
                 "会談を受け、上川陽子外相は11日、ブリンケン国務長官と協議した。", date(2024, 4, 12))
    assert sorted(p.start for p in after.proposals) == ["2024-04-10", "2024-04-11"]
    assert _linked_days(after) == {("2024-04-11", "2024-04-10", "follow_up")}
    before = plan("岸田文雄首相は10日、ワシントンでバイデン大統領と会談した。"
                  "首脳会談に先立ち、上川陽子外相は9日、ブリンケン国務長官と会談した。", date(2024, 4, 12))
    assert sorted(p.start for p in before.proposals) == ["2024-04-09", "2024-04-10"]
    assert _linked_days(before) == {("2024-04-09", "2024-04-10", "precedes")}


def test_talks_told_after_a_visit_under_way_are_part_of_it_when_someone_of_the_visit_holds_them():
    under_way = plan("岸田文雄首相は10日、訪問中のワシントンでバイデン大統領と会談した。", date(2024, 4, 11))
    assert links_of(under_way) == {("talks", "held", "visit", "held", "part_of")}
    # the ministers' talks in the city the prime minister is visiting: someone else's, not a stop of his visit
    other_people = plan("岸田文雄首相が訪問中のワシントンで、上川陽子外相は10日、ブリンケン国務長官と会談した。",
                        date(2024, 4, 11))
    assert sorted(p.kind for p in other_people.proposals) == ["talks", "visit"]
    assert not other_people.links


def test_a_trip_or_visit_told_in_progress_holds_the_talks_told_after_it():
    going_on = plan("東南アジアを歴訪している岸田首相は、ベトナムのチン首相と会談した。", date(2023, 10, 30))
    assert links_of(going_on) == {("talks", "held", "trip", "held", "part_of")}
    staying = plan("岸田文雄首相はインドを訪問しており、20日にモディ首相と会談した。", date(2023, 3, 21))
    assert links_of(staying) == {("talks", "held", "visit", "held", "part_of")}
    # a visit told as done, then talks of another visit in the next sentence: not under way then
    done = plan("岸田文雄首相は先月ベトナムを訪問した。首相は20日、東京でフィリピンのマルコス大統領と会談した。",
                date(2023, 10, 30))
    assert not done.links
