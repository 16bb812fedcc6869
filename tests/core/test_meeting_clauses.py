"""Meeting participants read from the clause, on sentences of Japanese Wikinews (CC BY 2.5) and the seeds:
press conferences, names the entity detector missed, quotes, summits, proposals' confidence."""

from datetime import date

from core.meetings.confidence import meeting_confidence
from core.meetings.country_of import country_lookup
from core.meetings.propose import group_mentions
from core.registry import bundled_registry
from tests.core.meeting_helpers import meetings_in, names

REGISTRY = bundled_registry()
COUNTRY_OF = country_lookup(REGISTRY)


def test_a_press_conference_is_no_meeting():
    assert meetings_in("東京都は2月12日の定例会見で、パンダを借り受けることを発表した。") == []
    assert meetings_in("葬儀後に男児の叔母が会見し「対処はできたはずだ」と学校の対応を批判した。") == []
    [m] = meetings_in("ローマ教皇ベネディクト16世は、ブッシュ大統領と会見した。")
    assert m.kind == "talks" and len(m.participants) == 2


def test_names_the_detector_missed_and_a_surname_for_a_full_name():
    [m] = meetings_in("ハンス・キュング教授と、ローマ教皇ベネディクト16世の個人的な会談が、先週24日の土曜日ローマ郊外で突然実現した。",
                      date(2005, 9, 26))
    assert names(m) == ["ハンス・キュング", "ベネディクト16世"]
    assert m.date.value == "2005-09-24"  # the day, not the coarser 先週 written before it
    text = "浦田和栄弁護士が発表した。中国新聞によると、浦田弁護士は2月23日をメドに大阪市の関淳一市長と会談して、要請する。"
    [m] = meetings_in(text)
    assert names(m) == ["浦田和栄", "関淳一"]


def test_a_meeting_named_in_a_quote_takes_no_one_from_outside_it():
    text = "アメリカのスコット・ベッセント財務長官は26日、「川習会(=トランプ・習近平会談)に向け、非常に前向きな枠組みが整った」と明らかにした。"
    [m] = meetings_in(text, date(2025, 10, 27))
    assert "スコット・ベッセント" not in names(m)


def test_who_speaks_of_a_meeting_did_not_attend_it():
    [m] = meetings_in("26日、バチカンのスポークスマンであるナヴァロ=ヴァルス枢機卿が会談とその詳細を明らかにした。")
    assert m.participants == [] and m.anaphoric


def test_summit_words_do_not_join_the_ministers_negotiations():
    text = ("ベッセント氏は、グリーア通商代表と何立峰副総理が参加した交渉を終えた。"
            "「この成果が両国首脳会談の前向きな基盤になった」と強調した。")
    proposals = group_mentions(meetings_in(text, date(2025, 10, 27)), COUNTRY_OF)
    assert all(len(p.mentions) == 1 for p in proposals)


def test_a_qualified_meeting_with_nobody_named_is_not_the_one_before():
    text = "5日夜国際連合安全保障理事会で緊急会合開催。\n『発射が南北関係に影響閣僚級会談の開催は不透明』。"
    proposals = group_mentions(meetings_in(text, date(2006, 7, 6)), COUNTRY_OF)
    assert [len(p.mentions) for p in proposals] == [1, 1]  # the headline's talks are the two Koreas' own
    assert {p.entity_id for p in proposals[1].participants} == {"country:KR", "country:KP"}


def test_confidence_grows_with_two_sides_and_a_date():
    sure = group_mentions(meetings_in("ルビオ米国務長官と中国の王毅外相は11日、クアラルンプールで会談した。",
                                      date(2025, 7, 12)), COUNTRY_OF)[0]
    vague = group_mentions(meetings_in("トランプ大統領は中国訪問を望んでいる。"), COUNTRY_OF)[0]
    assert meeting_confidence(sure) > 0.75 > meeting_confidence(vague)


def test_a_bare_title_stands_for_the_person_named_with_it():
    text = ("一方、通常の執務は、ドミニク・ドビルパン(ド・ヴィルパン)首相が代行する。\n"
            "3日、首相はアメリカ合衆国のブッシュ大統領を訪問し、緊急の案件について意見を交換した。")
    [visit] = meetings_in(text, date(2005, 9, 3))
    assert [(p.name, p.role) for p in visit.participants] == [("ドミニク・ドビルパン", "visitor"), ("ブッシュ", "host")]
    assert visit.date.value == "2005-09-03"


def test_a_country_in_a_compound_is_a_side_by_its_full_name(tmp_path):
    from core.analysis import analyze_article
    from core.article import Article
    from core.meetings.suggest import propose_for_article
    from core.store import open_db
    from core.store.articles import insert_article
    from core.store.meetings import meeting_records
    from core.store.registry import load_registry

    db = open_db(tmp_path / "lib.db")
    registry = load_registry(db)
    body = "岸田文雄首相は10日、東京で日豪首脳会談を行った。"
    article_id, _ = insert_article(db, Article(source="x.txt", source_format="text", raw=body,
                                               published="2022-10-11", paragraphs=[body]))
    analyze_article(db, article_id, registry)
    propose_for_article(db, article_id, registry)
    [meeting] = meeting_records(db)
    # 日 is 岸田's own country; 豪 is the other side, shown as the country, never as one character
    assert [p["name"] for p in meeting["participants"]] == ["岸田文雄", "オーストラリア"]
    assert meeting["start"] == "2022-10-10" and meeting["confidence"] >= 0.75
    db.close()


def test_an_organisation_met_through_its_staff():
    text = "試合に敗れた後、岡田監督はF・マリノスの幹部と会談し、辞任の意向を示した。"
    [m] = meetings_in(text)
    assert names(m) == ["岡田", "F・マリノス"]


def test_talks_held_with_no_date_of_their_own_take_the_report_days(tmp_path):
    from core.analysis import analyze_article
    from core.article import Article
    from core.meetings.suggest import propose_for_article
    from core.store import open_db
    from core.store.articles import insert_article
    from core.store.meetings import meeting_records
    from core.store.registry import load_registry

    db = open_db(tmp_path / "lib.db")
    registry = load_registry(db)
    body = "王毅外相は、マレーシアのアンワル首相と会談した。\n中国は4月にも首脳会談を開く予定だ。"
    article_id, _ = insert_article(db, Article(source="x.txt", source_format="text", raw=body,
                                               published="2025-07-11", paragraphs=body.split("\n")))
    analyze_article(db, article_id, registry)
    propose_for_article(db, article_id, registry)
    by_status = {m["status"]: m for m in meeting_records(db)}
    held = by_status["held"]
    assert (held["start"], held["precision"]) == ("2025-07-11", "days")  # a range ending at the report
    assert all(m["start"] != "2025-07-11" for s, m in by_status.items() if s != "held")  # plans keep their own
    db.close()


def test_talks_anywhere_in_the_article_are_stops_of_the_visit_to_their_country():
    from core.meetings.cue_links import article_links

    text = ("訪米中の岩屋毅外相は21日、米国務省でルビオ国務長官と会談した。\n"
            "岩屋氏は安保担当のウォルツ大統領補佐官ともワシントンで会談した。")
    proposals = group_mentions(meetings_in(text, date(2025, 1, 22)), COUNTRY_OF)
    talks = [p for p in proposals if p.kind == "talks"]
    assert len(talks) == 2  # two talks with different people stay two meetings
    stops = {tuple(x.name for x in s.participants) for s, t, r, _ in article_links(proposals, text, COUNTRY_OF)
             if r == "part_of" and t.kind == "visit"}
    assert len(stops) == 2
    text = "トランプ大統領は27日に来日した。\nトランプ氏は29日、習近平国家主席と釜山で会談した。"
    proposals = group_mentions(meetings_in(text, date(2025, 10, 30)), COUNTRY_OF)
    assert not [r for _s, t, r, _ in article_links(proposals, text, COUNTRY_OF) if r == "part_of"]


def test_one_meeting_told_by_two_articles_is_one_record_by_name_too(tmp_path):
    from core.analysis import analyze_article
    from core.article import Article
    from core.meetings.suggest import propose_for_article
    from core.store import open_db
    from core.store.articles import insert_article
    from core.store.meetings import meeting_records
    from core.store.registry import load_registry

    db = open_db(tmp_path / "lib.db")
    registry = load_registry(db)
    bodies = [("a.txt", "浦田和栄弁護士は2月23日、大阪市の関淳一市長と会談した。", "2006-02-24"),
              ("b.txt", "管財人の浦田和栄弁護士と関淳一市長は23日に会談し、ドームの今後を話し合った。", "2006-02-25"),
              ("c.txt", "浦田和栄弁護士は2月23日、オリックスの宮内義彦会長とも会談した。", "2006-02-24")]
    for source, body, published in bodies:
        article_id, _ = insert_article(db, Article(source=source, source_format="text", raw=body,
                                                   published=published, paragraphs=[body]))
        analyze_article(db, article_id, registry)
        propose_for_article(db, article_id, registry)
    meetings = meeting_records(db)
    by_people = {frozenset(p["name"] for p in m["participants"]): m for m in meetings}
    both = by_people[frozenset({"浦田和栄", "関淳一"})]
    assert len({x["article_id"] for x in both["mentions"]}) == 2  # two reports, one record
    assert len(meetings) == 2  # the talks with another person on the same day stay apart
    db.close()


def test_planned_meetings_keep_the_part_of_the_year_or_month_the_text_says():
    from core.meetings.dates import date_range

    assert date_range("2025-02", "2月下旬") == ("2025-02-21", "2025-02-28", "days")
    assert date_range("2025-07", "7月") == ("2025-07", "2025-07", "month")
    text = "プーチン大統領は、習氏から今年前半の中国訪問を招請され受諾した。"
    [visit] = group_mentions(meetings_in(text, date(2026, 2, 5)), COUNTRY_OF)
    assert (visit.start, visit.end, visit.precision) == ("2026-01", "2026-06", "half_year")
    assert visit.status in ("proposed", "scheduled")


# Sentences written for these tests (not taken from any gold article).

def test_office_holders_named_after_a_country_pair_meeting_are_its_participants():
    text = "外務省によると、先月の日ベトナム外相会談で、岸田外相はファム・ビン・ミン外相に技能実習制度の改善を求めた。"
    [m] = meetings_in(text)
    assert [p.office for p in m.participants] == ["外相", "外相"] and "ファム・ビン・ミン" in names(m)


def test_a_side_no_entity_knows_after_to_and_before_no():
    [m] = meetings_in("発表後に行われた三井物産とソフトロンの会談で、両社は提携を協議することを決めた。")
    assert "ソフトロン" in names(m) and len(m.participants) == 2


def test_deliberation_and_petitions_are_no_meetings():
    assert meetings_in("党執行部は6日に今後の対応を協議した。") == []
    assert meetings_in("支援者は約5万人分の署名が集まったと明らかにした。") == []
    assert [m.kind for m in meetings_in("両国の外相は6日、協定に署名した。")] == ["signing"]


def test_a_one_character_surname_with_a_title_stands_for_the_person_named_before():
    text = "巨人の原辰徳監督は7日に辞任を発表した。\n原監督と球団の山口寿一オーナーは5日に会談していた。"
    [m] = [m for m in meetings_in(text) if m.text == "会談"]
    assert names(m) == ["原辰徳", "山口寿一"]


def test_a_visit_to_a_region_is_a_trip_and_a_bare_visit_joins_it():
    text = ("マクロン大統領は3日、アジア歴訪に出発した。\nマクロン大統領は5日に来日し、石破首相と会談する。\n"
            "マクロン氏は訪問前日、記者団に抱負を語った。")
    proposals = group_mentions(meetings_in(text, date(2025, 3, 3)), COUNTRY_OF)
    trip = next(p for p in proposals if p.kind == "trip")
    visit = next(p for p in proposals if p.kind == "visit")
    assert any(m.text == "訪問" for m in trip.mentions) and not any(m.text == "訪問" for m in visit.mentions)
    assert [m.kind for m in meetings_in("首相のアフリカ訪問は5日間の予定だ。")] == ["trip"]


def test_the_verb_to_meet_after_its_partner_and_talks_held():
    [m] = meetings_in("石破首相は5日、官邸でグテーレス事務総長と会った。")
    assert m.kind == "talks" and names(m) == ["石破", "グテーレス"]
    assert meetings_in("思わぬ出会いがあった。") == [] and meetings_in("彼と会いたいと述べた。") == []
    assert [m.text for m in meetings_in("両社は今後の体制について話し合いを持った。")] == ["話し合い"]
    assert meetings_in("話し合いの余地はない。") == []
