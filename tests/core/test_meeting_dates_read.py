"""Which written date is a meeting's: a converted time in parentheses, a date of another event,
and a meeting word inside a cited headline (sentences of the seeds and Japanese Wikinews, CC BY 2.5)."""

from datetime import date

from core.meetings.country_of import country_lookup
from core.meetings.propose import group_mentions
from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.core.meeting_helpers import meetings_in

REGISTRY = bundled_registry()
COUNTRY_OF = country_lookup(REGISTRY)


def test_the_local_day_wins_over_the_converted_one_in_parentheses():
    text = "【ワシントン】訪米中の岩屋毅外相は21日午後(日本時間22日午前)、米国務省でルビオ国務長官と会談した。"
    talks = [m for m in meetings_in(text, date(2025, 1, 22)) if m.kind == "talks"]
    assert [m.date.value for m in talks] == ["2025-01-21"]


def test_a_date_of_another_event_does_not_date_the_meeting_told_after_it():
    text = ("岩屋毅外相は21日、ルビオ国務長官と会談した。\n"
            "ルビオ氏は20日のトランプ政権発足に伴い、国務長官への就任を承認された。"
            "大統領就任式に出席した岩屋氏と早期会談の機会を設けた。")
    mentions = meetings_in(text, date(2025, 1, 21))
    later = [m for m in mentions if m.start > text.index("\n")]
    assert later and all(m.date is None or m.date.value != "2025-01-20" for m in later)
    # a date written with the meeting word itself still dates it
    [m] = [m for m in meetings_in("両外相は20日の会談で協力を確認した。", date(2025, 1, 21))]
    assert m.date.value == "2025-01-20"


def test_a_bare_meeting_word_in_a_cited_headline_is_not_the_meeting_told_before_it():
    text = ("前原誠司国土交通大臣と大阪府の橋下徹知事が10月12日会談した。\n"
            "前原大臣は、千葉県の森田健作知事とは14日の会談で考えを説明する、と語った。\n"
            "NIKKEINET『国交相「羽田の国際ハブ空港化を優先」大阪府知事と会談』。\n"
            "日本経済新聞、2009年10月12日。\n")
    mentions = meetings_in(text, date(2009, 10, 13))
    cited = [m for m in mentions if m.start > text.index("『")]
    assert cited and all(m.cited for m in cited)
    proposals = group_mentions(mentions, COUNTRY_OF)
    with_morita = [p for p in proposals if any(x.name == "森田健作" for x in p.participants)]
    assert with_morita and not any(m.start > text.index("『") for p in with_morita for m in p.mentions)


def test_a_surname_with_an_office_is_the_person_named_before():
    text = ("前原誠司国土交通大臣は12日に会見した。\n"
            "前原大臣は、千葉県の森田健作知事とは14日の会談で考えを説明する、と語った。")
    [m] = [m for m in meetings_in(text, date(2009, 10, 13)) if m.text == "会談"]
    # 前原 is the known minister the article named in full (the registry holds him since 2000's offices)
    assert sorted(p.entity_id for p in m.participants) == ["found:PERSON:森田健作", "person:seiji-maehara"]
    assert m.date.value == "2009-10-14"


def test_a_date_outside_a_quote_is_the_day_of_the_words_not_of_the_meeting_quoted():
    text = "アメリカのスコット・ベッセント財務長官は26日、「トランプ・習近平会談に向け、非常に前向きな枠組みができた」と述べた。"
    quoted = [m for m in meetings_in(text, date(2025, 10, 26)) if m.start > text.index("「")]
    assert quoted and all(m.date is None for m in quoted)


def test_the_partner_of_another_noun_and_a_venue_are_not_participants():
    text = ("8月23日にホーム・三ツ沢サッカー場で行われた大宮アルディージャとの試合に敗れた後、"
            "岡田監督はF・マリノスの幹部と会談し、辞任の意向を示した。")
    [m] = meetings_in(text, date(2006, 8, 24))
    assert "大宮アルディージャ" not in [p.name for p in m.participants]
    # with two people named, the organisation a meeting is held at is its place
    text = "Jリーグの鬼武健二チェアマンと崔暢亮会長がJリーグ事務局で会談し、株式取得を認めた。"
    [m] = meetings_in(text, date(2010, 3, 20))
    assert "Jリーグ事務局" not in [p.name for p in m.participants]
    # a body that meets in its own hall is still its participant
    [m] = meetings_in("5日夜、国際連合安全保障理事会で緊急会合が開かれた。", date(2006, 7, 6))
    assert [p.name for p in m.participants] == ["国際連合安全保障理事会"]


def test_a_meeting_planned_for_later_the_same_day_takes_the_reports_day():
    from core.meetings.plan import plan_meetings
    text = "本会議後まもなく、小泉純一郎首相と公明党の神崎武法代表が与党党首会談をする予定だ。"
    plan = plan_meetings(text, detect(text, REGISTRY, date(2005, 8, 8)), "2005-08-08", None, REGISTRY)
    [proposal] = plan.proposals
    assert proposal.status == "scheduled" and (proposal.start, proposal.precision) == ("2005-08-08", "day")
    text = "小泉純一郎首相と公明党の神崎武法代表が与党党首会談をする予定だ。"
    plan = plan_meetings(text, detect(text, REGISTRY, date(2005, 8, 8)), "2005-08-08", None, REGISTRY)
    assert [p.start for p in plan.proposals] == [None]


def test_two_sides_no_entity_knows_are_read_from_a_and_b_no_kaidan():
    text = "その後、住友商事とKDDIの会談で双方が放送・通信事業の連携へ向けた協議に入った。"
    talks = [m for m in meetings_in(text, date(2010, 1, 28)) if m.text == "会談"]
    assert [sorted(p.name for p in m.participants) for m in talks] == [sorted(["住友商事", "KDDI"])]
    # titles are no sides
    assert all(not m.participants for m in meetings_in("首相と外相の会談が開かれた。", date(2010, 1, 28)))


def test_the_visitor_and_the_country_visited():
    text = "トランプ大統領は4月に中国を訪問する招待を受け入れた。"
    [m] = meetings_in(text, date(2026, 2, 5))
    assert [(p.name, p.role) for p in m.participants] == [("トランプ", "visitor"), ("中国", "host")]
    # an analyst speaking of a visit is not its visitor
    text = "戦略国際問題研究所のマレー・ヒーバート氏は、ルビオ氏によるインド太平洋地域の初訪問は前向きなことだと述べた。"
    [m] = meetings_in(text, date(2025, 7, 12))
    assert [p.name for p in m.participants] == ["ルビオ"]


def test_a_kanji_name_the_detector_cut_short_is_made_whole():
    from core.meetings.cut_names import whole_name
    text = "3月19日にJリーグの鬼武健二チェアーマンとネクシィーズの近藤太香巳社長らが会談した。"
    for cut, whole in (("武健二", "鬼武健二"), ("近藤太", "近藤太香巳")):
        start = text.index(cut)
        a, b = whole_name(text, start, start + len(cut))
        assert text[a:b] == whole
    # a qualifier or a country before the name, an office after it, stay outside
    for text, name in (("会談で前岸田首相は", "岸田"), ("、米中岸田氏", "岸田"), ("、岩屋毅外相は", "岩屋毅")):
        start = text.index(name)
        a, b = whole_name(text, start, start + len(name))
        assert text[a:b] == name


def test_the_place_of_another_clause_is_not_the_summits():
    text = "中国の国内で混入された可能性を、中国の政府側が日本政府に、7月初め、北海道洞爺湖サミット直前に通告していた。"
    [m] = meetings_in(text, date(2008, 8, 7))
    assert m.kind == "multilateral" and m.place is None
    [m] = meetings_in("26日、クアラルンプールで開かれた東南アジア諸国連合(ASEAN)首脳会議に出席した。", date(2025, 10, 27))
    assert m.place is not None and m.place.text == "クアラルンプール"


def test_a_meeting_right_after_the_time_the_sentence_before_told_is_dated_by_its_month():
    from core.meetings.plan import plan_meetings

    text = ("ブット氏は、今年7月の政権によるモスク武力鎮圧に対してさえ全面支持を表明していた。\n"
            "しかも、その直後、アラブ首長国連邦でムシャラフ大統領と直接会談し、協力は可能だとの姿勢を示していた。")
    plan = plan_meetings(text, detect(text, REGISTRY, date(2007, 12, 28)), "2007-12-28", None, REGISTRY)
    [talks] = [p for p in plan.proposals if p.kind == "talks"]
    assert (talks.start, talks.precision) == ("2007-07", "month")
    # right after a day is not that day: its month; with no date before it, nothing is lent
    text = "首相は3日、国会で演説した。\nその直後、首相は米国の大統領と電話会談した。"
    [call] = [m for m in meetings_in(text, date(2007, 12, 5)) if m.kind == "phone_call"]
    assert call.date.value == "2007-12"
    text = "首相は国会で演説した。\nその直後、首相は米国の大統領と電話会談した。"
    [call] = [m for m in meetings_in(text, date(2007, 12, 5)) if m.kind == "phone_call"]
    assert call.date is None or call.date.value != "2007-12"


def test_part_of_a_week_and_within_the_month_are_kept_as_finely_as_the_text_says():
    from core.meetings.dates import date_range, week_part
    from core.meetings.plan import plan_meetings

    assert week_part("2025-W44", "今週後半") == ("2025-10-30", "2025-11-02", "days")
    assert week_part("2025-W45", "来週前半") == ("2025-11-03", "2025-11-05", "days")
    assert week_part("2025-W45", "来週") is None and week_part("2025-11", "後半") is None
    assert date_range("2025-W45", "来週") == ("2025-W45", "2025-W45", "week")
    text = "トランプ大統領は今週後半に習近平国家主席と会談する予定だ。"
    plan = plan_meetings(text, detect(text, REGISTRY, date(2025, 10, 27)), "2025-10-27", None, REGISTRY)
    assert [(p.start, p.end, p.precision) for p in plan.proposals] == [("2025-10-30", "2025-11-02", "days")]
    text = "トランプ大統領は月内に習近平国家主席と会談する予定だ。"
    plan = plan_meetings(text, detect(text, REGISTRY, date(2025, 10, 27)), "2025-10-27", None, REGISTRY)
    assert [(p.start, p.precision, p.date_text) for p in plan.proposals] == [("2025-10", "month", "月内に")]


def test_the_first_or_last_days_of_a_month_only_when_the_words_give_them_to_a_month():
    from core.meetings.dates import date_range
    from core.meetings.plan import plan_meetings

    assert date_range("2025-06", "来月上旬") == ("2025-06-01", "2025-06-10", "days")
    assert date_range("2025-04", "先月末") == ("2025-04-21", "2025-04-30", "days")
    assert date_range("2025-02", "2月の前半") == ("2025-02-01", "2025-02-15", "days")
    # 年末, 来年初め: the month the date reader gives, not days the text never names
    assert date_range("2025-12", "年末") == ("2025-12", "2025-12", "month")
    assert date_range("2026-01", "来年初め") == ("2026-01", "2026-01", "month")
    text = "石破首相は来年初めに訪中し、習近平国家主席と会談する方向で調整している。"
    plan = plan_meetings(text, detect(text, REGISTRY, date(2025, 5, 21)), "2025-05-21", None, REGISTRY)
    assert {(p.start, p.precision) for p in plan.proposals} == {("2026-01", "month")}


def test_the_first_day_of_what_an_earlier_sentence_tells_does_not_date_a_meeting_told_after_it():
    from core.meetings.plan import plan_meetings

    text = ("トランプ氏は11月1日から全ての中国製品に100%の追加関税を課すと警告した。"
            "このような中で、米中首脳会談に向けて破局回避の余地が残った。")
    plan = plan_meetings(text, detect(text, REGISTRY, date(2025, 10, 26)), "2025-10-26", None, REGISTRY)
    assert [p.start for p in plan.proposals if p.kind == "talks"] == [None]
    text = "トランプ氏は11月1日に関税を発表した。このような中で、米中首脳会談が開かれた。"
    plan = plan_meetings(text, detect(text, REGISTRY, date(2025, 11, 2)), "2025-11-02", None, REGISTRY)
    assert [p.start for p in plan.proposals if p.kind == "talks"] == ["2025-11-01"]


def test_the_start_of_next_week_and_of_next_month_date_a_planned_meeting_to_their_days():
    from tests.core.meeting_helpers import proposals_in
    for text, start, end in (("岸田首相は週明けにバイデン大統領と会談する。", "2024-04-29", "2024-04-30"),
                             ("岸田首相は月明けにもバイデン大統領と会談する。", "2024-05-01", "2024-05-10")):
        (talks,) = proposals_in(text, date(2024, 4, 25))
        assert (talks.start, talks.end, talks.precision) == (start, end, "days")


def _proposals(text, published):
    from core.dates import reference_date
    from core.meetings.plan import plan_meetings
    return plan_meetings(text, detect(text, REGISTRY, reference_date(published, None)), published, None,
                         REGISTRY).proposals


def test_a_plain_non_past_verb_tells_a_plan_on_a_day_of_the_reports_month():
    found = _proposals("小泉首相は30日に訪米し、ブッシュ大統領と会談する。", "2006-05-10")
    assert sorted((p.kind, p.status, p.start) for p in found) == [("talks", "scheduled", "2006-05-30"),
                                                                  ("visit", "scheduled", "2006-05-30")]
    # a day already past in the report's month keeps its month, held; a past verb after the word keeps it held
    found = _proposals("自民党と公明党は28日に2回目の協議を行い、10月5日に3回目の協議を行う。", "2005-09-29")
    assert [(p.status, p.start) for p in found] == [("held", "2005-09-28"), ("scheduled", "2005-10-05")]
    [held] = _proposals("昨年、オーナーが講義を行った際、三木谷浩史氏と桑田真澄氏は会談をもったといわれる。", "2010-05-10")
    assert held.status == "held"


def test_a_season_written_with_one_character_of_its_year_is_its_months():
    [visit] = _proposals("安倍首相は今秋、中国を訪問する見通しだ。", "2006-05-10")
    assert (visit.start, visit.precision) == ("2006-09", "month")
    [visit] = _proposals("安倍首相は来春、中国を訪問する見通しだ。", "2006-05-10")
    assert visit.start == "2007-03"


def test_the_new_year_of_a_plan_is_the_next_january():
    [visit] = _proposals("麻生外相は年明けにもインドを訪問する方向で調整している。", "2006-05-10")
    assert visit.start == "2007-01"


def test_a_dated_meeting_told_in_the_present_with_no_reports_day_is_history():
    # a sentence of Japanese Wikipedia (the stockmark NER data): the historical present
    [talks] = meetings_in("2014年7月22日のサム・ランシー=フン・セン会談により、救国党の議会復帰が合意される。", None)
    assert talks.status == "held"


def test_a_part_of_the_reports_month_still_to_come_dates_a_plan_not_a_meeting_held():
    # the date reader gives the month (2006-07) for 今月下旬; its first day, the 21st, is after the report's 12th
    text = "外務省は11日、麻生外相が今月下旬に訪中し、李肇星外相と会談すると発表した。"
    assert {m.status for m in meetings_in(text, date(2006, 7, 12))} == {"scheduled"}
    # told on the 25th, the same words tell talks under way or held
    assert "held" in {m.status for m in meetings_in("麻生外相は今月下旬に訪中し、李肇星外相と会談した。", date(2006, 7, 31))}


def test_a_day_of_another_noun_is_not_the_meetings_when_the_sentence_writes_no_other():
    # Wikinews: 12月29日 is the day of the race the camp had in mind, not of the talks told after が、
    text = ("角居陣営はサンビスタの12月29日の東京大賞典への出走も想定していたが、オーナー側とも協議した結果"
            "サンビスタはチャンピオンズカップをもって引退させることが決定された。")
    [talks] = meetings_in(text, date(2015, 12, 20))
    assert talks.date is None
    # written for the test: the election day the talks came before
    [talks] = meetings_in("12月9日の総選挙を前に、岸田首相はバイデン大統領と会談した。", date(2011, 12, 20))
    assert talks.date is None
    # (a day aimed at, with no other noun between, stays the meeting's: 2月23日をメドに…会談して)
    text = "浦田弁護士は2月23日をメドに大阪市の関淳一市長と会談して、球団の支援を要請する。"
    [talks] = meetings_in(text, date(2006, 2, 22))
    assert talks.date.value == "2006-02-23"


def test_a_meeting_whose_sentence_dates_only_another_noun_takes_no_day_from_the_sentence_before():
    # written for the test: 2009年2月 is the contract's end, 3月18日 and 10月 the sentence before's
    text = ("新日本石油は3月18日、九州石油を10月に合併する方針を決めた。"
            "命名権は2009年2月の契約満了まで続ける予定だが、新日本石油は九州石油と協議している。")
    assert [m.date for m in meetings_in(text, date(2008, 3, 18))] == [None]


def test_a_wires_dateline_sentence_dates_no_meeting_told_after_it():
    # a foreign wire's dateline (place, day, wire) is the report's day: the talks told with no day of their own
    # are dated by the report, so another outlet's day for them (the 23rd in New York) can still be theirs
    text = "北京、9月24日-RIA Novosti。中国の王毅外相は、日本の上川陽子外相との会談で、両国関係の安定が重要だと述べた。"
    talks = [m for m in meetings_in(text, date(2024, 9, 24)) if m.kind == "talks"]
    assert [(m.date, m.date_carried) for m in talks] == [(None, False)]
    # a sentence that tells an event on its day still carries it
    text = "王毅外相は24日、ニューヨークに到着した。日本の上川陽子外相との会談で、両国関係の安定が重要だと述べた。"
    talks = [m for m in meetings_in(text, date(2024, 9, 24)) if m.kind == "talks"]
    assert [m.date.value for m in talks] == ["2024-09-24"]
