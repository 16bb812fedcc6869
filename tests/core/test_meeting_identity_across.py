"""One meeting told in several articles becomes one record on the desktop: a leader spelt another way,
a side told as a country, a month the text gives; meetings the tellings cannot tell apart stay apart."""

import tempfile
from pathlib import Path

from core.meeting_gold_library import library_from_texts
from core.store.meetings import meeting_records
from core.meetings.levels import subject_level
from core.meetings.same_sides import same_people
from core.meetings.same_dates import month_of_its_day
from core.meetings.mention import Participant
from core.meetings.country_of import country_lookup
from core.meetings.spelling import known_spelling, spelling_key
from core.registry import bundled_registry
from core.store import open_db

REGISTRY = bundled_registry()
COUNTRY_OF = country_lookup(REGISTRY)


def records(articles: dict) -> list[tuple[list, list]]:
    """Each meeting record as (its participants' entity ids, the articles that tell it)."""
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "lib.db"
        names = library_from_texts(articles, path)
        db = open_db(path)
        found = [(sorted(p["entity_id"] or p["name"] for p in m["participants"]),
                  sorted({names[x["article_id"]] for x in m["mentions"]})) for m in meeting_records(db)]
        db.close()
    return sorted(found, key=lambda r: r[1])


def test_spelling_keys_drop_the_marks_outlets_add_or_drop():
    assert spelling_key("ベンヤミン・ネタニヤフ") == spelling_key("ベンヤミンネタニヤフ")
    assert spelling_key("ヴラジーミル") == spelling_key("ブラジミル")
    assert spelling_key("岸田文雄") is None


def test_a_known_leader_spelt_one_kana_apart_is_that_leader_a_short_or_bare_family_name_is_not():
    assert known_spelling("ネタニエフ", REGISTRY) == "person:benjamin-netanyahu"
    assert known_spelling("ネタニヤフ", REGISTRY) == "person:benjamin-netanyahu"
    assert known_spelling("アジーズ", REGISTRY) is None  # a family name many people share
    assert known_spelling("ミッチェル", REGISTRY) is None


def test_two_outlets_spelling_netanyahu_apart_tell_one_meeting():
    found = records({
        "a1": {"reference_date": "2009-06-15", "body": "イスラエルのネタニヤフ首相は14日、エルサレムでミッチェル中東特使と会談した。"},
        "a2": {"reference_date": "2009-06-16", "body": "イスラエルのネタニエフ首相は14日、エルサレムでミッチェル中東特使と会談した。"}})
    assert [articles for _, articles in found] == [["a1", "a2"]]


def test_a_country_told_for_its_leader_joins_his_meeting_unless_two_of_its_people_met_that_day():
    xi = {"reference_date": "2023-11-17", "body": "岸田文雄首相は16日、サンフランシスコで中国の習近平国家主席と会談した。"}
    china = {"reference_date": "2023-11-18", "body": "岸田首相は16日、サンフランシスコで中国側と会談し、戦略的互恵関係を確認した。"}
    li = {"reference_date": "2023-11-17", "body": "岸田首相は16日、サンフランシスコで中国の李強首相と会談した。"}
    assert [articles for _, articles in records({"xi": xi, "china": china})] == [["china", "xi"]]
    assert [articles for _, articles in records({"xi": xi, "li": li, "china": china})] == [["china"], ["li"], ["xi"]]


def test_a_month_the_text_gives_joins_the_one_meeting_of_that_month():
    day = {"reference_date": "2023-11-17", "body": "岸田文雄首相は16日、サンフランシスコで習近平国家主席と会談した。"}
    other = {"reference_date": "2023-11-26", "body": "岸田文雄首相は25日、習近平国家主席と会談した。"}
    month = {"reference_date": "2023-11-28", "body": "岸田首相は11月、習近平国家主席と会談した。"}
    assert [articles for _, articles in records({"day": day, "month": month})] == [["day", "month"]]
    # the pair met twice that month: the month cannot say which
    assert [articles for _, articles in records({"day": day, "other": other, "month": month})] == [
        ["day"], ["month"], ["other"]]


def test_a_month_never_takes_a_day_nor_a_month_the_report_lends():
    assert month_of_its_day("2023-11", "month", "11月", "2023-11-16", "day", "16日")
    assert not month_of_its_day("2023-11-16", "day", "16日", "2023-11", "month", "11月")
    assert not month_of_its_day("2023-11", "month", None, "2023-11-16", "day", "16日")
    assert not month_of_its_day("2023-11", "month", "11月", "2023-12-01", "day", "1日")


def test_a_country_stands_for_one_person_only():
    kishida = Participant("岸田文雄", "person:fumio-kishida")
    xi, li = Participant("習近平", "person:xi-jinping"), Participant("李強", "person:li-qiang")
    china = Participant("中国", "country:CN")
    assert same_people([kishida, xi], [kishida, china], COUNTRY_OF)
    assert not same_people([kishida, xi, li], [kishida, china], COUNTRY_OF)
    assert not same_people([kishida, xi], [kishida, li], COUNTRY_OF)
    assert same_people([kishida, xi], [kishida, xi], COUNTRY_OF)


def test_a_name_cut_short_is_the_full_name_only_among_people_no_registry_knows():
    from core.meetings.same_sides import cut_short, name_stem
    assert cut_short("found:PERSON:谷川", "found:PERSON:谷川秀善")
    assert cut_short("found:PERSON:アジーズ", "found:PERSON:ショーカット・アジーズ")
    assert not cut_short("found:PERSON:金正日", "found:PERSON:金正恩")
    assert not cut_short("found:PERSON:アジ", "found:PERSON:アジーズ")  # a katakana name is cut at its ・ only
    assert not cut_short("person:fumio-kishida", "found:PERSON:岸田文雄")
    assert name_stem("found:PERSON:谷川秀善") == name_stem("found:PERSON:谷川")
    assert name_stem("country:JP") == "country:JP"


def test_the_full_name_and_the_name_cut_short_with_a_month_tell_one_meeting():
    found = records({
        "full": {"reference_date": "2005-10-13",
                 "body": "谷川秀善外務副大臣は2005年10月12日、イスラマバードでアジーズ首相と会談した。"},
        "short": {"reference_date": "2005-10-30", "body": "谷川外務副大臣が10月にアジーズ首相と行った会談で、支援が約束された。"}})
    assert [articles for _, articles in found] == [["full", "short"]]
    two = records({
        "full": {"reference_date": "2005-10-13",
                 "body": "谷川秀善外務副大臣は2005年10月12日、イスラマバードでアジーズ首相と会談した。"},
        "other": {"reference_date": "2005-10-13", "body": "谷川秀雄氏は2005年10月12日、イスラマバードでアジーズ首相と会談した。"},
        "short": {"reference_date": "2005-10-30", "body": "谷川外務副大臣は12日、アジーズ首相と会談した。"}})
    # 谷川 may be either 谷川秀善 or 谷川秀雄: it joins neither
    assert ["short"] in [articles for _, articles in two]


def test_a_summit_told_by_its_two_countries_is_the_leaders_talks_of_that_day():
    leaders = {"reference_date": "2023-11-17", "body": "岸田文雄首相は16日、サンフランシスコで中国の習近平国家主席と会談した。"}
    countries = {"reference_date": "2023-11-18", "body": "日中首脳会談は16日、サンフランシスコで行われ、戦略的互恵関係を確認した。"}
    assert [articles for _, articles in records({"leaders": leaders, "countries": countries})] \
        == [["countries", "leaders"]]


def test_a_summit_told_by_countries_stays_apart_from_ministers_and_from_a_day_of_two_summits():
    leaders = {"reference_date": "2023-11-17", "body": "岸田文雄首相は16日、サンフランシスコで中国の習近平国家主席と会談した。"}
    ministers = {"reference_date": "2023-11-18", "body": "日中外相会談は16日、サンフランシスコで行われ、戦略的互恵関係を確認した。"}
    assert len(records({"leaders": leaders, "ministers": ministers})) == 2
    li = {"reference_date": "2023-11-17", "body": "岸田首相は16日、サンフランシスコで中国の李強首相と会談した。"}
    countries = {"reference_date": "2023-11-18", "body": "日中首脳会談は16日、サンフランシスコで行われ、戦略的互恵関係を確認した。"}
    assert [articles for _, articles in records({"leaders": leaders, "li": li, "countries": countries})] \
        == [["countries"], ["leaders"], ["li"]]
    other_day = {"reference_date": "2023-11-18", "body": "日中首脳会談は17日、サンフランシスコで行われた。"}
    assert len(records({"leaders": leaders, "other_day": other_day})) == 2


def test_a_summit_told_first_by_its_countries_is_the_leaders_talks_told_after_it():
    countries = {"reference_date": "2024-11-16", "body": "日中首脳会談が15日、ペルーのリマで行われた。"}
    leaders = {"reference_date": "2024-11-16", "body": "石破茂首相は15日、リマで中国の習近平国家主席と会談した。"}
    li = {"reference_date": "2024-11-16", "body": "石破茂首相は15日、リマで中国の李強首相と会談した。"}
    assert [articles for _, articles in records({"countries": countries, "leaders": leaders})] \
        == [["countries", "leaders"]]
    # the record learns its people: the same pair's other summit that day, told after, stays apart
    found = records({"countries": countries, "leaders": leaders, "li": li})
    assert [articles for _, articles in found] == [["countries", "leaders"], ["li"]]
    assert "person:xi-jinping" in found[0][0]
    ministers = {"reference_date": "2024-11-16", "body": "日中外相会談が15日、リマで行われた。"}
    assert len(records({"ministers": ministers, "leaders": leaders})) == 2
    other_day = {"reference_date": "2024-11-16", "body": "日中首脳会談が14日、リマで行われた。"}
    assert len(records({"other_day": other_day, "leaders": leaders})) == 2
    # the level read before the meeting word (首脳電話会談), for a call as for talks
    call = {"reference_date": "2025-10-26", "body": "日米首脳電話会談が25日に行われた。"}
    leaders_call = {"reference_date": "2025-10-26", "body": "高市早苗首相は25日、トランプ大統領と電話で会談した。"}
    assert [articles for _, articles in records({"call": call, "leaders": leaders_call})] == [["call", "leaders"]]


def test_a_summit_planned_and_told_held_on_its_day_is_one_record_held():
    planned = {"reference_date": "2025-10-20", "body": "日米首脳会談は28日に東京で行われる予定だ。"}
    held = {"reference_date": "2025-10-29", "body": "高市早苗首相は28日、東京でトランプ大統領と会談した。"}
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "lib.db"
        library_from_texts({"planned": planned, "held": held}, path)
        db = open_db(path)
        [record] = meeting_records(db)
        db.close()
    assert (record["start"], record["status"]) == ("2025-10-28", "held")


def test_a_long_vowel_written_as_a_kana_is_the_same_spelling_in_a_long_name_only():
    assert spelling_key("ゼレンスキイ") == spelling_key("ゼレンスキー")
    assert spelling_key("ポンペイオ") == spelling_key("ポンペオ")
    assert spelling_key("ルイ") != spelling_key("ル") and spelling_key("エルドアン") != spelling_key("エルドン")
    # the length is counted without the marks, so a name written with more ー folds as the one written with fewer
    assert spelling_key("ハーメネイー") == spelling_key("ハメネイ")
    assert known_spelling("ハーメネイー", REGISTRY) == "person:ali-khamenei"
    assert known_spelling("ゼレンスキイ", REGISTRY) == "person:volodymyr-zelensky"
    a = {"reference_date": "2025-03-01", "body": "トランプ大統領は28日、ホワイトハウスでウクライナのゼレンスキー大統領と会談した。"}
    b = {"reference_date": "2025-03-01", "body": "トランプ大統領は28日、ホワイトハウスでウクライナのゼレンスキイ大統領と会談した。"}
    assert [articles for _, articles in records({"a": a, "b": b})] == [["a", "b"]]


def test_a_day_told_in_japan_time_is_the_local_day_before_it_told_by_another_outlet():
    local = {"reference_date": "2025-02-08", "body": "石破茂首相は7日午前(日本時間8日未明)、ホワイトハウスでトランプ大統領と会談した。"}
    japan = {"reference_date": "2025-02-08", "body": "石破茂首相は日本時間8日未明、ワシントンでトランプ大統領と初の首脳会談を行った。"}
    assert [articles for _, articles in records({"local": local, "japan": japan})] == [["japan", "local"]]
    assert [articles for _, articles in records({"japan": japan, "local": local})] == [["japan", "local"]]
    # two days told in one time are two meetings, and Japan time is never the day after
    next_day = {"reference_date": "2025-02-09", "body": "石破茂首相は8日、ワシントンでトランプ大統領と再び会談した。"}
    assert len(records({"local": local, "next_day": next_day})) == 2
    before = {"reference_date": "2025-02-08", "body": "石破茂首相は日本時間6日、ワシントンでトランプ大統領と会談した。"}
    assert len(records({"local": local, "before": before})) == 2


def test_a_nickname_told_alone_with_its_day_is_the_meeting_of_that_day_whose_people_it_spells():
    talks = {"reference_date": "2025-10-31", "body": "トランプ米大統領は30日、韓国・釜山で中国の習近平国家主席と会談した。"}
    nickname = {"reference_date": "2025-10-31", "body": "注目の川習会は30日、韓国・釜山で開かれた。"}
    assert [articles for _, articles in records({"a": talks, "b": nickname})] == [["a", "b"]]
    other_day = {"reference_date": "2025-10-31", "body": "注目の川習会は29日、韓国・釜山で開かれた。"}
    assert [articles for _, articles in records({"a": talks, "b": other_day})] == [["a"]]
    # initials of other people, and a word of 会 that spells nobody, tie to nothing
    other = {"reference_date": "2025-10-31", "body": "注目の文金会は30日、板門店で開かれた。"}
    committee = {"reference_date": "2025-10-31", "body": "党の委員会は30日、東京で開かれた。"}
    assert [articles for _, articles in records({"a": talks, "o": other, "c": committee})] == [["a"]]


PLANNED_MID_MONTH = {"reference_date": "2025-07-03", "body": "石破茂首相は今月中旬、インドのモディ首相と東京で会談する予定だ。"}
HELD_12 = {"reference_date": "2025-07-13", "body": "石破茂首相は12日、インドのモディ首相と東京で会談した。"}


def test_a_meeting_planned_for_part_of_a_month_and_told_held_on_its_day_is_one_record_of_that_day():
    assert [articles for _, articles in records({"p": PLANNED_MID_MONTH, "h": HELD_12})] == [["h", "p"]]
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "lib.db"
        library_from_texts({"p": PLANNED_MID_MONTH, "h": HELD_12}, path)
        db = open_db(path)
        [record] = meeting_records(db)
        db.close()
    assert (record["start"], record["status"]) == ("2025-07-12", "held")
    # next month, told planned 来月, then held on its day
    planned = {"reference_date": "2025-06-20", "body": "石破茂首相は来月、インドのモディ首相と会談する予定だ。"}
    assert [articles for _, articles in records({"p": planned, "h": HELD_12})] == [["h", "p"]]
    # held on its day, told later by the part of the month
    later = {"reference_date": "2025-07-30", "body": "石破茂首相は今月中旬にインドのモディ首相と会談し、協力を確認した。"}
    assert [articles for _, articles in records({"h": HELD_12, "r": later})] == [["h", "r"]]


def test_a_meeting_planned_for_a_week_and_told_on_its_day_is_one_record_a_day_outside_the_week_is_not():
    planned = {"reference_date": "2025-05-21", "body": "石破首相は来週、ワシントンでトランプ大統領と会談する予定だ。"}
    held = {"reference_date": "2025-05-30", "body": "石破首相は28日、ワシントンでトランプ大統領と会談した。"}
    assert [articles for _, articles in records({"p": planned, "h": held})] == [["h", "p"]]
    last_week = {"reference_date": "2025-06-04", "body": "石破首相は先週、トランプ大統領と会談し、関税について協議した。"}
    assert [articles for _, articles in records({"h": held, "w": last_week})] == [["h", "w"]]
    outside = {"reference_date": "2025-06-05", "body": "石破首相は4日、ワシントンでトランプ大統領と会談した。"}
    assert len(records({"p": planned, "o": outside})) == 2


def test_a_plan_takes_one_day_only_and_a_day_outside_it_or_other_sides_stay_apart():
    again = {"reference_date": "2025-07-19", "body": "石破茂首相は18日、インドのモディ首相と大阪で再び会談した。"}
    assert [articles for _, articles in records({"p": PLANNED_MID_MONTH, "h": HELD_12, "h2": again})] == \
        [["h", "p"], ["h2"]]
    late = {"reference_date": "2025-07-26", "body": "石破茂首相は25日、インドのモディ首相と東京で会談した。"}
    assert [articles for _, articles in records({"p": PLANNED_MID_MONTH, "l": late})] == [["l"], ["p"]]
    other = {"reference_date": "2025-07-13", "body": "石破茂首相は12日、オーストラリアのアルバニージー首相と東京で会談した。"}
    assert len(records({"p": PLANNED_MID_MONTH, "o": other})) == 2


def test_a_person_no_list_holds_spelt_two_ways_by_two_outlets_is_one_side():
    a = {"reference_date": "2005-10-07", "body": "メルケル党首は6日、SPDのミュンテフェーリング党首と会談した。"}
    b = {"reference_date": "2005-10-07", "body": "メルケル党首は6日、SPDのミュンテフェリング党首と会談した。"}
    assert [articles for _, articles in records({"a": a, "b": b})] == [["a", "b"]]
    # two names apart by more than a mark or one kana are two people
    c = {"reference_date": "2005-10-07", "body": "メルケル党首は6日、SPDのシュタインマイヤー氏と会談した。"}
    assert len(records({"a": a, "c": c})) == 2
    assert same_people([Participant("ミュンテフェーリング", "found:PERSON:ミュンテフェーリング")],
                       [Participant("ミュンテフェリング", "found:PERSON:ミュンテフェリング")], COUNTRY_OF)
    assert not same_people([Participant("ブッシュ", "found:PERSON:ブッシュ")],
                           [Participant("ブッシャ", "found:PERSON:ブッシャ")], COUNTRY_OF)


def test_sides_told_as_countries_with_their_level_in_the_subject_are_the_ministers_talks_of_that_day():
    assert subject_level("日中両国の外相は11日、クアラルンプールで") == "foreign"
    assert subject_level("日韓両首脳は") == "heads"
    assert subject_level("日韓両国は11日、") is None  # no level in the subject
    assert subject_level("首相は11日、外相会談の後で") is None  # a level told elsewhere in the sentence
    countries = {"reference_date": "2025-07-12", "body": "日中両国の外相は11日、クアラルンプールで会談した。"}
    ministers = {"reference_date": "2025-07-13", "body": "岩屋毅外相は11日、中国の王毅外相と会談した。"}
    leaders = {"reference_date": "2025-07-13", "body": "石破首相は11日、中国の習近平国家主席と会談した。"}
    assert [articles for _, articles in records({"countries": countries, "ministers": ministers})] \
        == [["countries", "ministers"]]
    assert [articles for _, articles in records({"ministers": ministers, "countries": countries})] \
        == [["countries", "ministers"]]
    # the leaders' summit that day is another meeting
    assert [articles for _, articles in records({"countries": countries, "leaders": leaders})] \
        == [["countries"], ["leaders"]]


def test_talks_that_prepare_a_summit_are_not_the_summit_nor_the_leaders_talks_of_their_day():
    prepare = {"reference_date": "2025-07-12", "body": "日中両国は11日、首脳会談に向けた協議をクアラルンプールで行った。"}
    leaders = {"reference_date": "2025-07-13", "body": "石破首相は11日、中国の習近平国家主席と会談した。"}
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "lib.db"
        names = library_from_texts({"prepare": prepare, "leaders": leaders}, path)
        db = open_db(path)
        found = sorted((m["status"], m["start"] or "", sorted(names[x["article_id"]] for x in m["mentions"]))
                       for m in meeting_records(db))
        db.close()
    # the summit prepared has no day of its own; the talks and the leaders' summit of the 11th are two
    assert found == [("held", "2025-07-11", ["leaders"]), ("held", "2025-07-11", ["prepare"]),
                     ("scheduled", "", ["prepare"])]


def test_a_round_told_begun_and_told_ended_on_its_day_is_one_record_a_round_of_another_month_is_not():
    begun = {"reference_date": "2005-10-10", "body": "スーダン政府と反政府武装勢力は、ナイジェリアのアブジャで和平交渉を行った。\n"
                                                     "『スーダン政府と反政府武装勢力、交渉を開始』。\n中国国際放送局、2005年10月4日。"}
    ended = {"reference_date": "2005-10-22", "body": "スーダン政府と2つの武装勢力により行われた和平交渉は、20日予定の日程を終わった。"}
    resumed = {"reference_date": "2005-11-22", "body": "アブジャで再開されたスーダン政府と2つの武装勢力の和平交渉は、20日に日程を終えた。"}
    found = records({"begun": begun, "ended": ended, "resumed": resumed})
    assert [articles for _, articles in found] == [["begun", "ended"], ["resumed"]]
    with tempfile.TemporaryDirectory() as scratch:
        library_from_texts({"begun": begun, "ended": ended}, Path(scratch) / "lib.db")
        db = open_db(Path(scratch) / "lib.db")
        assert [m["start"] for m in meeting_records(db)] == ["2005-10-20"]  # the day the text gives
        db.close()


def test_talks_dated_by_their_report_never_join_talks_of_a_day_that_month():
    told = {"reference_date": "2005-10-10", "body": "スーダン政府と反政府武装勢力は、ナイジェリアのアブジャで協議した。"}
    dated = {"reference_date": "2005-10-22", "body": "スーダン政府と反政府武装勢力は20日、アブジャで協議した。"}
    assert [articles for _, articles in records({"told": told, "dated": dated})] == [["dated"], ["told"]]


def test_a_summit_told_with_a_minister_who_sat_in_is_the_summit_told_without_him():
    short = {"reference_date": "2023-05-11", "body": "岸田首相は10日、ワシントンでバイデン米大統領と会談した。"}
    fuller = {"reference_date": "2023-05-12",
              "body": "岸田文雄首相は10日、ワシントンでバイデン大統領と会談した。会談には林芳正外相も同席した。"}
    for articles in ({"a": short, "b": fuller}, {"a": fuller, "b": short}):
        assert records(articles) == [(["person:fumio-kishida", "person:joe-biden", "person:yoshimasa-hayashi"],
                                      ["a", "b"])]


def test_a_third_country_or_another_portfolio_beside_the_talks_of_that_day_is_another_meeting():
    bilateral = {"reference_date": "2023-08-19", "body": "岸田首相は18日、キャンプデービッドでバイデン大統領と会談した。"}
    trilateral = {"reference_date": "2023-08-19",
                  "body": "岸田首相は18日、キャンプデービッドでバイデン大統領、尹錫悦大統領と会談した。"}
    assert [articles for _, articles in records({"a": bilateral, "b": trilateral})] == [["a"], ["b"]]
    ministers = {"reference_date": "2023-05-11", "body": "林外相は10日、ワシントンでブリンケン国務長官と会談した。"}
    two_plus = {"reference_date": "2023-05-11", "body": "林外相と浜田防衛相は10日、ワシントンでブリンケン国務長官と会談した。"}
    assert [articles for _, articles in records({"a": ministers, "b": two_plus})] == [["a"], ["b"]]


def test_a_known_leader_told_by_his_family_name_alone_is_that_leader_another_family_name_is_not():
    full = {"reference_date": "2023-05-11", "body": "岸田文雄首相は10日、ワシントンでバイデン米大統領と会談した。"}
    short = {"reference_date": "2023-05-11", "body": "岸田氏は10日、バイデン氏とホワイトハウスで会談した。"}
    assert [articles for _, articles in records({"a": full, "b": short})] == [["a", "b"]]
    assert [articles for _, articles in records({"a": short, "b": full})] == [["a", "b"]]
    other = {"reference_date": "2023-05-11", "body": "林氏は10日、ワシントンでバイデン氏と会談した。"}
    assert [articles for _, articles in records({"a": full, "b": other})] == [["a"], ["b"]]


def test_a_venue_no_list_locates_is_the_hosts_city_on_that_day_not_in_another_month():
    seoul = {"reference_date": "2023-05-08", "body": "岸田文雄首相は7日、ソウルで尹錫悦大統領と首脳会談を行った。"}
    venue = {"reference_date": "2023-05-08", "body": "尹錫悦大統領は7日、来韓した岸田首相と龍山の大統領室で会談した。"}
    assert [articles for _, articles in records({"a": seoul, "b": venue})] == [["a", "b"]]
    month = {"reference_date": "2023-05-30", "body": "岸田首相は5月、龍山で尹錫悦大統領と会談した。"}
    assert [articles for _, articles in records({"a": seoul, "b": month})] == [["a"], ["b"]]


def test_a_summit_the_registry_knows_under_several_names_is_one_record_whatever_name_an_outlet_uses():
    found = records({
        "a": {"reference_date": "2023-05-20", "body": "主要7か国首脳会議(G7サミット)が19日、広島で開幕した。"},
        "b": {"reference_date": "2023-05-20", "body": "先進7か国首脳会議が19日、広島市で開幕した。"},
        "c": {"reference_date": "2023-05-20", "body": "G7広島サミットが19日開幕した。"}})
    assert [articles for _, articles in found] == [["a", "b", "c"]]
    found = records({
        "a": {"reference_date": "2024-05-28", "body": "日中韓首脳会議が27日、ソウルで開かれた。"},
        "b": {"reference_date": "2024-05-28", "body": "日中韓サミットが27日、ソウルで開催された。"},
        "c": {"reference_date": "2024-05-28", "body": "ASEAN首脳会議が27日、ジャカルタで開かれた。"}})
    assert [articles for _, articles in found] == [["a", "b"], ["c"]]
    # the series meets again under its name: another year is another summit
    found = records({
        "a": {"reference_date": "2023-05-20", "body": "主要7か国首脳会議が19日、広島で開幕した。"},
        "b": {"reference_date": "2024-06-14", "body": "先進7か国首脳会議が13日、イタリア南部プーリア州で開幕した。"}})
    assert [articles for _, articles in found] == [["a"], ["b"]]


def test_a_name_is_read_as_the_registrys_recurring_meeting_numbered_bracketed_or_spelt_with_ka():
    assert COUNTRY_OF.event_of("第47回東南アジア諸国連合(ASEAN)首脳会議") == "event:asean-summit"
    assert COUNTRY_OF.event_of("主要7か国首脳会議") == COUNTRY_OF.event_of("G7広島サミット") == "event:g7-summit"
    assert COUNTRY_OF.event_of("日ASEAN首脳会議") == "event:japan-asean-summit"  # not the ASEAN summit
    assert COUNTRY_OF.event_of("群衆の叡智サミット") is None


def test_ministers_talks_told_by_countries_join_the_ministers_named_by_one_full_office_and_one_cut_short():
    by_countries = {"reference_date": "2023-05-12", "body": "日米外相会談が10日、ワシントンで開かれた。"}
    ministers = {"reference_date": "2023-05-11", "body": "林芳正外相は10日、ワシントンでブリンケン国務長官と会談した。"}
    summit = {"reference_date": "2023-05-11", "body": "岸田首相は10日、ワシントンでバイデン大統領と会談した。"}
    for order in (("a", "b"), ("b", "a")):
        found = records({order[0]: by_countries, order[1]: ministers, "c": summit})
        assert sorted(articles for _, articles in found) == [["a", "b"], ["c"]]


def test_a_summit_told_by_countries_and_its_month_is_the_one_summit_of_those_people_that_month():
    day = {"reference_date": "2023-05-11", "body": "岸田文雄首相は10日、ワシントンでバイデン米大統領と会談した。"}
    month = {"reference_date": "2023-05-30", "body": "5月の日米首脳会談では、経済安全保障での協力で一致した。"}
    again = {"reference_date": "2023-05-21", "body": "岸田首相は20日、広島でバイデン大統領と会談した。"}
    assert [articles for _, articles in records({"a": day, "b": month})] == [["a", "b"]]
    # imported in the order of their days: the month told after two summits of it cannot say which
    assert [articles for _, articles in records({"a": day, "c": again, "b": month})] == [["a"], ["b"], ["c"]]


def test_a_level_word_the_verb_takes_as_its_topic_names_no_level():
    from core.meetings.levels import level_of
    assert level_of("日米貿易協議") == "trade"
    assert level_of("両国の外相が会談") == "foreign"
    assert level_of("貿易問題を協議") is None
    assert level_of("国防政策について協議") is None


def test_a_call_told_again_as_talks_on_its_topic_is_that_call_in_both_articles():
    found = records({
        "a": {"reference_date": "2025-02-05", "body": "トランプ大統領は4日、習近平国家主席と電話会談した。"},
        "b": {"reference_date": "2025-02-05",
              "body": "トランプ大統領は4日、習近平国家主席と電話会談した。習主席とトランプ氏は貿易問題を協議した。"}})
    assert [articles for _, articles in found] == [["a", "b"]]


JAPAN_TIME_SUMMIT = {"reference_date": "2024-04-11",
                     "body": "日本時間11日未明にワシントンで行われた日米首脳会談で、両首脳は防衛協力の強化を確認した。"}


def test_a_summit_told_by_its_countries_in_japan_time_and_by_the_local_day_is_one_meeting_either_way():
    local = {"reference_date": "2024-04-11", "body": "日米首脳会談が10日（日本時間11日）、ワシントンで行われた。"}
    people = {"reference_date": "2024-04-11", "body": "岸田文雄首相は10日、ワシントンでバイデン大統領と会談した。"}
    assert [articles for _, articles in records({"a": local, "b": JAPAN_TIME_SUMMIT})] == [["a", "b"]]
    assert [articles for _, articles in records({"a": people, "b": JAPAN_TIME_SUMMIT})] == [["a", "b"]]
    assert [articles for _, articles in records({"b": JAPAN_TIME_SUMMIT, "z": people})] == [["b", "z"]]


def test_japan_time_joins_no_meeting_of_another_level_or_city_nor_two_plain_days():
    ministers = {"reference_date": "2024-04-11", "body": "日米外相会談が10日（日本時間11日）、ワシントンで行われた。"}
    ministers_by_name = {"reference_date": "2024-04-11",
                         "body": "上川陽子外相は10日、ワシントンでブリンケン国務長官と会談した。"}
    new_york = {"reference_date": "2024-04-11", "body": "日米首脳会談が10日（日本時間11日）、ニューヨークで行われた。"}
    for other in (ministers, ministers_by_name, new_york):
        assert len(records({"a": other, "b": JAPAN_TIME_SUMMIT})) == 2
    tenth = {"reference_date": "2024-04-11", "body": "日米首脳会談が10日、ワシントンで開かれた。"}
    eleventh = {"reference_date": "2024-04-12", "body": "日米首脳会談が11日、ワシントンで開かれた。"}
    assert len(records({"a": tenth, "b": eleventh})) == 2


def test_the_place_a_meeting_word_as_subject_was_held_at_is_its_place():
    from tests.core.meeting_helpers import proposals_in
    from core.dates import reference_date
    day = reference_date("2024-04-11", None)
    assert [p.place for p in proposals_in("日米首脳会談が10日（日本時間11日）、ニューヨークで行われた。", day)] \
        == ["loc:new-york"]
    assert [p.place for p in proposals_in("日米首脳会談は10日午後、ワシントンのホワイトハウスで行われた。", day)] \
        == ["loc:washington"]


def test_a_summit_of_a_body_with_another_side_is_not_that_bodys_own_summit():
    from core.meetings.meeting_names import title_key
    assert title_key("EU・中国首脳会議", COUNTRY_OF) != title_key("EU首脳会議", COUNTRY_OF) == "event:eu-summit"
    assert title_key("米・EU首脳会議") != title_key("EU首脳会議")
    assert title_key("広島G7サミット", COUNTRY_OF) == title_key("G7サミット", COUNTRY_OF) == "event:g7-summit"
    own = {"reference_date": "2025-07-25", "body": "EU首脳会議が24日、ブリュッセルで開かれた。"}
    with_china = {"reference_date": "2025-07-25", "body": "EU・中国首脳会議が24日、ブリュッセルで開かれた。"}
    again = {"reference_date": "2025-07-26", "body": "24日にブリュッセルで開かれたEU首脳会議では、対中政策が議論された。"}
    assert [articles for _, articles in records({"a": own, "b": with_china, "c": again})] == [["a", "c"], ["b"]]
