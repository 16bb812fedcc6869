"""Two meetings are made one only on positive evidence: the same sides, the same level, the same
round and a day that agrees; a series told by its name, or a pair told without a date, stays apart."""

from datetime import date

from core.meetings.levels import level_of, levels_fit
from core.meetings.meeting_names import named_alike, round_of
from tests.core.meeting_helpers import proposals_in


def test_the_level_is_read_from_the_words_nearest_the_meeting_word():
    assert level_of("日米首脳会談") == "heads"
    assert level_of("首相は外相会談") == "foreign"  # the nearest, not the subject's office
    assert level_of("バイデン大統領と会談") == "heads"
    assert level_of("次官級協議") == "vice"
    assert level_of("会談") is None
    assert levels_fit("heads", None) and not levels_fit("heads", "foreign")


def test_a_summit_and_the_foreign_ministers_talks_of_one_day_are_two_meetings():
    text = ("日米首脳会談は13日、ワシントンで行われた。"
            "日米外相会談も13日、ワシントンで行われた。")
    talks = [p for p in proposals_in(text, date(2023, 1, 14)) if p.kind == "talks"]
    assert sorted(p.level for p in talks) == ["foreign", "heads"]
    assert all(len(p.mentions) == 1 for p in talks)


def test_a_bare_meeting_word_still_joins_the_talks_told_before_it():
    text = "日米首脳会談は13日、ワシントンで行われた。会談では北朝鮮問題について意見を交わした。"
    talks = [p for p in proposals_in(text, date(2023, 1, 14)) if p.kind == "talks"]
    assert len(talks) == 1 and len(talks[0].mentions) == 2


def test_two_rounds_of_a_named_series_are_two_meetings():
    text = ("第4回6カ国協議は2005年7月26日に北京で始まった。"
            "第5回6カ国協議は2005年11月9日に北京で始まった。")
    rounds = [p for p in proposals_in(text, date(2005, 11, 10)) if p.kind == "multilateral"]
    assert [(p.title, p.start) for p in rounds] == [("第4回6カ国協議", "2005-07-26"), ("第5回6カ国協議", "2005-11-09")]


def test_a_name_merges_across_articles_only_with_its_round_and_both_dates():
    assert round_of("第4回6カ国協議") == "4" and round_of("6カ国協議") is None
    assert named_alike("6カ国協議", "2005-11", "第5回6カ国協議", "2005-11-09", across=True)
    # an undated telling of a series cannot say which of its meetings it is
    assert not named_alike("6カ国協議", None, "6カ国協議", "2005-11", across=True)
    assert named_alike("6カ国協議", None, "6カ国協議", "2005-11")  # told again in one article
    assert not named_alike("第4回6カ国協議", "2005", "第5回6カ国協議", "2005", across=True)
    assert not named_alike("G20首脳会議", "2009-09", "G20首脳会議", "2010-06", across=True)


def _library_of(tmp_path, articles):
    from core.analysis import analyze_article
    from core.article import Article
    from core.meetings.suggest import propose_for_article
    from core.store import open_db
    from core.store.articles import insert_article
    from core.store.meetings import meeting_records
    from core.store.registry import load_registry

    db = open_db(tmp_path / "lib.db")
    registry = load_registry(db)
    for name, (body, published) in enumerate(articles):
        article_id, _ = insert_article(db, Article(source=f"{name}.txt", source_format="text", raw=body,
                                                   published=published, paragraphs=body.split("\n")))
        analyze_article(db, article_id, registry)
        propose_for_article(db, article_id, registry)
    meetings = meeting_records(db)
    db.close()
    return meetings


def test_talks_dated_only_by_their_report_do_not_join_a_month_across_articles(tmp_path):
    # one article: the pair met in July; another, of the 20th: they met, it does not say when (dated by
    # the report's days). Nothing says it is the July meeting told first: apart
    meetings = _library_of(tmp_path, [("王毅外相は7月、マレーシアのアンワル首相と会談した。", "2025-08-01"),
                                      ("王毅外相は、マレーシアのアンワル首相と会談した。", "2025-07-20")])
    talks = sorted((m["start"], m["precision"]) for m in meetings if m["kind"] == "talks")
    assert talks == [("2025-07", "month"), ("2025-07-20", "days")]


def test_the_same_talks_dated_by_the_text_are_one_record_across_articles(tmp_path):
    meetings = _library_of(tmp_path, [("王毅外相は10日、マレーシアのアンワル首相と会談した。", "2025-07-11"),
                                      ("中国の王毅外相は7月10日、アンワル首相と会談した。", "2025-07-12")])
    assert len([m for m in meetings if m["kind"] == "talks"]) == 1


def test_talks_of_a_month_and_talks_of_a_day_in_it_stay_apart_across_articles(tmp_path):
    # nothing says the July talks told first are those of the 10th: the pair may have met twice that month
    meetings = _library_of(tmp_path, [("王毅外相は7月、マレーシアのアンワル首相と会談した。", "2025-08-01"),
                                      ("王毅外相は7月10日、マレーシアのアンワル首相と会談した。", "2025-08-02")])
    talks = sorted(m["start"] for m in meetings if m["kind"] == "talks")
    assert talks == ["2025-07", "2025-07-10"]


def test_a_round_of_talks_told_by_its_pair_is_not_the_summit_told_before():
    text = ("番組では「小泉元総理の日朝首脳会談から10年という節目」（解説委員）、"
            "「29日から日朝協議を前にし、パイプとしての存在を見せつける」（記者）と分析した。")
    proposals = proposals_in(text, date(2012, 8, 24))
    assert sorted(m.text for p in proposals for m in p.mentions if len(p.mentions) == 1) == ["協議", "首脳会談"]
    text = "日中両国は10日、北京で首脳会談を行った。\n日中協議では、両国の外務当局が次回の日程を調整した。"
    assert [len(p.mentions) for p in proposals_in(text, date(2012, 8, 24))] == [1, 1]
    # a bare 会談 after the summit is still the summit
    text = "日中両国は10日、北京で首脳会談を行った。\n会談では、両国の首脳が次回の日程を調整した。"
    assert [len(p.mentions) for p in proposals_in(text, date(2012, 8, 24))] == [2]


def test_a_meeting_told_after_the_traveller_moved_on_is_not_the_one_told_before():
    text = ("岸田首相は10日、ハノイでベトナムのファム・ミン・チン首相と会談した。\n"
            "その後、マニラに移動し、首脳会談を行った。\n会談では、海洋安全保障の協力を確認した。")
    [hanoi] = [p for p in proposals_in(text, date(2025, 10, 12)) if p.place == "loc:hanoi"]
    assert [m.text for m in hanoi.mentions] == ["会談"]
    text = ("岸田首相は10日、ハノイでファム・ミン・チン首相と会談した。\n"
            "首相は11日、次の訪問国のフィリピンに到着した。\n首脳会談では、海洋安全保障の協力を確認した。")
    [hanoi] = [p for p in proposals_in(text, date(2025, 10, 12)) if p.place == "loc:hanoi"]
    assert [m.text for m in hanoi.mentions] == ["会談"]
    # entering negotiations, or arriving at the venue, is no move: 会談では… is the talks told before
    for between in ("両国は経済連携協定の交渉入りした。", "首相は会場に到着した。"):
        text = f"岸田首相は10日、ハノイでファム・ミン・チン首相と会談した。\n{between}\n会談では、協力を確認した。"
        [hanoi] = [p for p in proposals_in(text, date(2025, 10, 12)) if p.place == "loc:hanoi"]
        assert len(hanoi.mentions) == 2


def test_the_arrival_a_meeting_was_told_with_told_again_is_no_move():
    text = ("安倍首相は、日本に到着したオバマ大統領と都内のすし店で夕食会を開いている。\n"
            "首相は、23日夜に日本に到着したオバマ大統領をすし店に招き、夕食会を開いている。")
    [visit, dinner] = proposals_in(text, date(2014, 4, 23))
    assert [m.text for m in dinner.mentions] == ["夕食会", "夕食会"]
    assert [m.text for m in visit.mentions] == ["日本に到着", "日本に到着"]  # (the arrival: one visit, told twice)


def test_a_bare_word_told_in_the_past_does_not_join_a_summit_only_planned():
    text = ("日米両政府は20日、関税交渉の第3回会合を開いた。赤沢経済再生相は来月の首脳会談までに合意したい考え。"
            "会合ではコメの輸入拡大が議論された。")
    [summit] = [p for p in proposals_in(text, date(2025, 5, 21)) if p.level == "heads"]
    assert [m.text for m in summit.mentions] == ["首脳会談"]
    # told in the future, the bare word may still be the plan (会談では…を協議する予定だ)
    text = "石破首相は来月、トランプ大統領と会談する予定だ。会談では関税問題を協議する見通し。"
    talks = [p for p in proposals_in(text, date(2025, 5, 21)) if p.kind == "talks"]
    assert len(talks) == 1 and len(talks[0].mentions) == 2


def test_a_leader_at_talks_told_by_their_countries_is_one_of_its_sides_at_its_level_only():
    text = "日中首脳会談が15日、ペルーのリマで行われた。石破茂首相は会談で、習近平国家主席に邦人の安全確保を求めた。"
    [talks] = [p for p in proposals_in(text, date(2024, 11, 16)) if p.kind == "talks"]
    assert len(talks.mentions) == 2
    # a head of government at the foreign ministers' talks, or a leader of a third country: another meeting
    for text in ("日中外相会談が15日、ペルーのリマで行われた。石破茂首相は会談で、習近平国家主席に邦人の安全確保を求めた。",
                 "日中首脳会談が15日、ペルーのリマで行われた。韓国の尹錫悦大統領は会談後、記者団に語った。"):
        talks = [p for p in proposals_in(text, date(2024, 11, 16)) if p.kind == "talks"]
        assert all(len(p.mentions) == 1 for p in talks)


def test_a_country_named_beside_its_own_leader_is_that_leaders_side_not_one_more():
    from core.meetings.same_sides import same_people
    from core.meetings.mention import Participant
    from core.meetings.country_of import country_lookup
    from core.registry import bundled_registry

    country_of = country_lookup(bundled_registry())
    trump, xi = Participant("トランプ", "person:donald-trump"), Participant("習近平", "person:xi-jinping")
    us, china, japan = Participant("米", "country:US"), Participant("中", "country:CN"), Participant("日本", "country:JP")
    assert same_people([trump, xi], [us, china, xi, trump], country_of)
    assert not same_people([trump, xi], [us, china, japan, xi, trump], country_of)  # Japan is a side of its own
    # in an article: 米中首脳会談 told with both leaders, then their talks named by the leaders only
    text = ("米中首脳会談を控え、米国のトランプ大統領と中国の習近平国家主席の動向が注目される。"
            "今週後半に予定されるトランプ大統領と習近平国家主席の会談に向けて、明るい見通しが生まれた。")
    talks = [p for p in proposals_in(text, date(2025, 10, 27)) if p.kind == "talks"]
    assert len(talks) == 1


def test_a_week_agrees_only_with_the_days_it_holds():
    from core.meetings.same_dates import dates_agree
    assert dates_agree("2024-W15", "2024-04-10") and dates_agree("2024-04-10", "2024-W15")
    assert dates_agree("2024-W15", "2024-04-07")  # the Sunday a Japanese week starts on
    assert not dates_agree("2024-W16", "2024-04-10") and not dates_agree("2024-W14", "2024-04-10")
    assert dates_agree("2024-W14", "2024-04") and dates_agree("2024-W14", "2024-03")  # a week over two months
    assert not dates_agree("2024-W16", "2024-03") and not dates_agree("2024-W16", "2023")
    assert dates_agree("2025-W01", "2024-12-30")  # an ISO week that starts in the old year
    assert not dates_agree("2024-W16", "2024-W15") and dates_agree("2024-W16", None)


def test_talks_with_a_partner_told_again_with_no_day_are_the_one_meeting_with_that_partner_told_before():
    text = ("石破首相は10日、ハノイでベトナムのチン首相と会談した。11日にはマニラでマルコス大統領と会談した。"
            "首相はチン首相との会談で、経済協力の強化を確認した。")
    talks = sorted((p.start, len(p.mentions)) for p in proposals_in(text, date(2025, 7, 12)) if p.kind == "talks")
    assert talks == [("2025-07-10", 2), ("2025-07-11", 1)]
    # with a day of its own it is a meeting of that day; with two meetings of that partner before, neither
    again = text.replace("首相はチン首相との会談で", "首相は12日、チン首相との会談で")
    assert len([p for p in proposals_in(again, date(2025, 7, 12)) if p.kind == "talks"]) == 3
    twice = ("石破首相は10日、ハノイでチン首相と会談した。11日にもダナンでチン首相と会談した。"
             "首相はチン首相との会談で、経済協力の強化を確認した。")
    assert all(len(p.mentions) == 1 for p in proposals_in(twice, date(2025, 7, 12)) if p.kind == "talks")


def test_a_found_family_name_is_the_known_person_written_in_full_in_the_other_telling():
    from core.meetings.merge import venue_of_a_host
    from core.meetings.same_sides import same_people
    from core.meetings.mention import Participant
    from core.meetings.country_of import country_lookup
    from core.registry import bundled_registry

    country_of = country_lookup(bundled_registry())
    biden = Participant("バイデン", "person:joe-biden")
    full = [Participant("岸田文雄", "person:fumio-kishida"), biden]
    short = [Participant("岸田", "found:PERSON:岸田"), biden]
    other = [Participant("林", "found:PERSON:林"), biden]
    assert same_people(full, short, country_of) and same_people(short, full, country_of)
    assert not same_people(full, other, country_of)
    korea = [Participant("尹錫悦", "person:yoon-suk-yeol"), Participant("岸田文雄", "person:fumio-kishida")]
    assert venue_of_a_host("found:LOC:龍山", "loc:seoul", korea, country_of)
    assert not venue_of_a_host("found:LOC:龍山", "found:LOC:釜山", korea, country_of)  # two places no list knows
    assert not venue_of_a_host("found:LOC:龍山", "loc:seoul", full, country_of)  # Seoul is no side's country


def test_a_meeting_proposed_and_told_held_on_its_day_with_its_sides_is_held():
    text = "岸田首相は尹大統領との首脳会談を提案した。岸田文雄首相と韓国の尹錫悦大統領は10日、東京で会談した。"
    talks = proposals_in(text, date(2023, 5, 11))
    assert [(p.status, p.start, len(p.mentions)) for p in talks] == [("held", "2023-05-10", 2)]
    plan = "岸田文雄首相と韓国の尹錫悦大統領は10日、東京で会談する予定だ。会談では経済協力が議題となる。"
    assert [p.status for p in proposals_in(plan, date(2023, 5, 8))] == ["scheduled"]  # a bare word: still a plan
