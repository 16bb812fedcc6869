"""Japanese date expressions found in article text and resolved against the article's date."""

from __future__ import annotations

from datetime import date

import pytest

from core.dates.mentions import DateMention, find_dates


def found(text, reference):
    """(text, value, precision) of every mention."""
    return [(m.text, m.value, m.precision) for m in find_dates(text, reference)]


def one(text, surface, reference):
    """The single mention whose text is surface; checks its offsets too."""
    mentions = [m for m in find_dates(text, reference) if m.text == surface]
    assert len(mentions) == 1, found(text, reference)
    mention = mentions[0]
    assert text[mention.start : mention.end] == surface
    return mention


def test_previous_day_counts_from_the_article_date():
    m = one("ルビオ長官は前日、ラブロフ外相と会談していた。", "前日", date(2025, 7, 11))
    assert (m.value, m.precision, m.start_date, m.end_date) == ("2025-07-10", "day", "2025-07-10", "2025-07-10")


def test_anaphoric_days_follow_the_last_day_written():
    text = "[クアラルンプール 11日 ロイター] - 王毅外相は前日、ラブロフ外相と会談し、同日夜には夕食会に出席した。翌日には帰国する。"
    assert found(text, date(2025, 7, 12)) == [
        ("11日", "2025-07-11", "day"),
        ("前日", "2025-07-10", "day"),
        ("同日夜", "2025-07-10", "part_of_day"),
        ("翌日", "2025-07-11", "day"),
    ]


def test_afternoon_in_washington_is_morning_in_tokyo():
    text = "トランプ大統領は21日午後(日本時間22日午前)、ホワイトハウスで記者団に語った。"
    assert found(text, date(2025, 1, 22)) == [
        ("21日午後", "2025-01-21", "part_of_day"),
        ("日本時間22日午前", "2025-01-22", "part_of_day"),
    ]


@pytest.mark.parametrize(
    "text, surface, value",
    [
        ("政府は11日夜、国家安全保障会議を開いた。", "11日夜", "2025-07-11"),
        ("北朝鮮は4日朝、弾道ミサイルを発射した。", "4日朝", "2025-07-04"),
        ("ロシア軍は12日未明、キーウを攻撃した。", "12日未明", "2025-07-12"),
        ("首相は10日夕方、官邸で記者団に語った。", "10日夕方", "2025-07-10"),
        ("両首脳は9日午後3時から約1時間会談した。", "9日午後3時", "2025-07-09"),
        ("外相は今朝、羽田空港を出発した。", "今朝", "2025-07-12"),
        ("大統領は昨夜、声明を発表した。", "昨夜", "2025-07-11"),
    ],
)
def test_parts_of_the_day_are_one_span_with_the_day(text, surface, value):
    m = one(text, surface, date(2025, 7, 12))
    assert (m.value, m.precision, m.start_date) == (value, "part_of_day", value)


def test_first_half_of_a_month_is_a_range_of_days():
    m = one("首脳会談は2月前半で調整している。", "2月前半", date(2025, 1, 22))
    assert (m.value, m.precision, m.start_date, m.end_date) == ("2025-02", "days", "2025-02-01", "2025-02-15")


def test_last_year_november_and_this_years_first_half():
    ref = date(2026, 2, 5)
    m = one("両首脳は昨年11月にも電話会談を行った。", "昨年11月", ref)
    assert (m.value, m.precision, m.start_date, m.end_date) == ("2025-11", "month", "2025-11-01", "2025-11-30")
    m = one("トランプ氏は今年前半の中国訪問に意欲を示した。", "今年前半", ref)
    assert (m.value, m.precision, m.start_date, m.end_date) == ("2026", "half_year", "2026-01-01", "2026-06-30")
    m = one("4月に予定している中国訪問について説明した。", "4月", ref)
    assert (m.value, m.precision, m.start_date, m.end_date) == ("2026-04", "month", "2026-04-01", "2026-04-30")


@pytest.mark.parametrize(
    "month, reference, value",
    [
        ("4月", date(2026, 2, 5), "2026-04"),  # two months ahead: an announced plan
        ("7月", date(2026, 2, 5), "2026-07"),  # up to five months ahead
        ("9月", date(2026, 2, 5), "2025-09"),  # further ahead: last year's September
        ("12月", date(2026, 2, 5), "2025-12"),
        ("1月", date(2025, 12, 10), "2026-01"),  # across the new year
        ("7月", date(2025, 7, 12), "2025-07"),
    ],
)
def test_month_without_a_year_is_six_months_back_to_five_ahead(month, reference, value):
    assert found(f"外相会談は{month}に開かれた。", reference) == [(month, value, "month")]


def test_late_this_week_is_thursday_to_sunday_of_the_iso_week():
    m = one("日米首脳会談は今週後半に開かれる見通しだ。", "今週後半", date(2025, 10, 30))
    assert (m.value, m.precision, m.start_date, m.end_date) == ("2025-W44", "days", "2025-10-30", "2025-11-02")


@pytest.mark.parametrize(
    "surface, value, precision, start, end",
    [
        ("今週", "2025-W44", "week", "2025-10-27", "2025-11-02"),
        ("先週", "2025-W43", "week", "2025-10-20", "2025-10-26"),
        ("来週", "2025-W45", "week", "2025-11-03", "2025-11-09"),
        ("来週前半", "2025-W45", "days", "2025-11-03", "2025-11-05"),
        ("週末", "2025-W44", "days", "2025-11-01", "2025-11-02"),
        ("先週末", "2025-W43", "days", "2025-10-25", "2025-10-26"),
        ("週明け", "2025-W45", "days", "2025-11-03", "2025-11-04"),  # written on a Thursday: next week's
        ("来週明け", "2025-W45", "days", "2025-11-03", "2025-11-04"),
        ("月明け", "2025-11", "days", "2025-11-01", "2025-11-10"),
        ("来週月曜", "2025-11-03", "day", "2025-11-03", "2025-11-03"),
        ("月曜", "2025-10-27", "day", "2025-10-27", "2025-10-27"),
        ("金曜日", "2025-10-24", "day", "2025-10-24", "2025-10-24"),
    ],
)
def test_weeks_and_weekdays(surface, value, precision, start, end):
    m = one(f"政府は{surface}に関係閣僚会議を開く。", surface, date(2025, 10, 30))
    assert (m.value, m.precision, m.start_date, m.end_date) == (value, precision, start, end)


def test_same_week_points_back_to_the_date_written():
    text = "高市首相は10月28日にトランプ大統領と会談した。同週には中国の習近平国家主席とも会談した。"
    assert found(text, date(2025, 11, 5))[1] == ("同週", "2025-W44", "week")


def test_days_near_the_reference():
    ref = date(2025, 10, 27)
    text = "両首脳は26日、クアラルンプールで会談した。関税の猶予は11月10日に期限を迎え、新たな措置は11月1日から発効する。"
    assert found(text, ref) == [
        ("26日", "2025-10-26", "day"),
        ("11月10日", "2025-11-10", "day"),
        ("11月1日", "2025-11-01", "day"),
    ]


@pytest.mark.parametrize(
    "reference, day, value",
    [
        (date(2025, 7, 12), "11日", "2025-07-11"),
        (date(2025, 7, 5), "28日", "2025-06-28"),  # latest 28th on or before
        (date(2025, 7, 12), "15日", "2025-07-15"),  # within two weeks ahead: announced
        (date(2025, 7, 12), "22日", "2025-07-22"),
        (date(2025, 7, 12), "30日", "2025-06-30"),  # more than two weeks ahead
        (date(2025, 7, 28), "2日", "2025-08-02"),  # a week ahead, next month
        (date(2025, 3, 5), "31日", "2025-01-31"),  # February has no 31st
    ],
)
def test_day_without_month(reference, day, value):
    assert found(f"外相は{day}、記者会見した。", reference) == [(day, value, "day")]


def test_absolute_dates():
    ref = date(2025, 10, 27)
    m = one("2025年7月10日、中国の王毅外相がクアラルンプールに到着した。", "2025年7月10日", ref)
    assert (m.value, m.precision, m.start_date, m.end_date) == ("2025-07-10", "day", "2025-07-10", "2025-07-10")
    m = one("2025年の国際秩序は大きく揺らいだ。", "2025年", ref)
    assert (m.value, m.precision, m.start_date, m.end_date) == ("2025", "year", "2025-01-01", "2025-12-31")
    assert found("2025年7月に発足した新政権", ref) == [("2025年7月", "2025-07", "month")]
    assert found("令和7年版の外交青書", ref) == [("令和7年", "2025", "year")]
    assert found("2025/7/11付の公電", ref) == [("2025/7/11", "2025-07-11", "day")]
    assert found("２０２５年７月１１日、日米外相は", ref) == [("２０２５年７月１１日", "2025-07-11", "day")]


@pytest.mark.parametrize(
    "text, surface, start, end",
    [
        ("ASEAN外相会議は7月10〜11日に開かれた。", "7月10〜11日", "2025-07-10", "2025-07-11"),
        ("首相は10、11両日、ベトナムを訪問した。", "10、11両日", "2025-07-10", "2025-07-11"),
        ("協議は10日から12日まで続いた。", "10日から12日", "2025-07-10", "2025-07-12"),
        ("会議は6月30日〜7月2日に開かれた。", "6月30日〜7月2日", "2025-06-30", "2025-07-02"),
    ],
)
def test_ranges_are_one_span(text, surface, start, end):
    m = one(text, surface, date(2025, 7, 12))
    assert (m.precision, m.start_date, m.end_date) == ("days", start, end)


def test_two_days_in_a_list_stay_two():
    assert [m.text for m in find_dates("15日、28日に協議する", date(2025, 7, 12))] == ["15日", "28日"]


@pytest.mark.parametrize(
    "surface, value",
    [
        ("前日", "2025-07-10"), ("同日", "2025-07-11"), ("翌日", "2025-07-12"), ("当日", "2025-07-11"),
        ("昨日", "2025-07-10"), ("今日", "2025-07-11"), ("本日", "2025-07-11"), ("明日", "2025-07-12"),
        ("一昨日", "2025-07-09"), ("あす", "2025-07-12"), ("きょう", "2025-07-11"),
        ("前々日", "2025-07-09"), ("翌々日", "2025-07-13"),
    ],
)
def test_relative_day_words(surface, value):
    assert found(f"外相は{surface}、声明を出した。", date(2025, 7, 11)) == [(surface, value, "day")]


@pytest.mark.parametrize(
    "surface, value, precision, start, end",
    [
        ("今月", "2025-07", "month", "2025-07-01", "2025-07-31"),
        ("先月", "2025-06", "month", "2025-06-01", "2025-06-30"),
        ("来月", "2025-08", "month", "2025-08-01", "2025-08-31"),
        ("今月上旬", "2025-07", "days", "2025-07-01", "2025-07-10"),
        ("今月中旬", "2025-07", "days", "2025-07-11", "2025-07-20"),
        ("今月下旬", "2025-07", "days", "2025-07-21", "2025-07-31"),
        ("7月上旬", "2025-07", "days", "2025-07-01", "2025-07-10"),
        ("2月後半", "2025-02", "days", "2025-02-16", "2025-02-28"),
        ("月末", "2025-07", "days", "2025-07-21", "2025-07-31"),
        ("年末", "2025-12", "month", "2025-12-01", "2025-12-31"),
        ("年初", "2025-01", "month", "2025-01-01", "2025-01-31"),
        ("年明け", "2026-01", "month", "2026-01-01", "2026-01-31"),
        ("昨年末", "2024-12", "month", "2024-12-01", "2024-12-31"),
    ],
)
def test_months_and_their_parts(surface, value, precision, start, end):
    m = one(f"交渉は{surface}にまとまる見通しだ。", surface, date(2025, 7, 11))
    assert (m.value, m.precision, m.start_date, m.end_date) == (value, precision, start, end)


@pytest.mark.parametrize(
    "surface, value, precision, start, end",
    [
        ("今年", "2025", "year", "2025-01-01", "2025-12-31"),
        ("昨年", "2024", "year", "2024-01-01", "2024-12-31"),
        ("去年", "2024", "year", "2024-01-01", "2024-12-31"),
        ("来年", "2026", "year", "2026-01-01", "2026-12-31"),
        ("一昨年", "2023", "year", "2023-01-01", "2023-12-31"),
        ("今年後半", "2025", "half_year", "2025-07-01", "2025-12-31"),
        ("2025年前半", "2025", "half_year", "2025-01-01", "2025-06-30"),
        ("来年1月", "2026-01", "month", "2026-01-01", "2026-01-31"),
        ("今秋", "2025", "season", "2025-09-01", "2025-11-30"),
        ("今夏", "2025", "season", "2025-06-01", "2025-08-31"),
        ("昨秋", "2024", "season", "2024-09-01", "2024-11-30"),
        ("来春", "2026", "season", "2026-03-01", "2026-05-31"),
        ("今冬", "2025", "season", "2025-12-01", "2026-02-28"),
    ],
)
def test_years_halves_and_seasons(surface, value, precision, start, end):
    m = one(f"首相は{surface}の訪米を目指す。", surface, date(2025, 7, 11))
    assert (m.value, m.precision, m.start_date, m.end_date) == (value, precision, start, end)


def test_winter_written_in_january_is_the_one_under_way():
    m = one("今冬の電力需給", "今冬", date(2026, 1, 20))
    assert (m.value, m.start_date, m.end_date) == ("2025", "2025-12-01", "2026-02-28")


def test_same_year_points_back_to_the_year_written():
    assert found("2022年2月にロシアが侵攻し、同年9月に併合を宣言した。", date(2025, 7, 11)) == [
        ("2022年2月", "2022-02", "month"),
        ("同年9月", "2022-09", "month"),
    ]


@pytest.mark.parametrize(
    "surface, value, precision",
    [
        ("3日前", "2025-07-08", "day"),
        ("2週間後", "2025-W30", "week"),
        ("1カ月前", "2025-06", "month"),
        ("半年前", "2025-01", "month"),
        ("10年前", "2015", "year"),
        ("数時間前", None, "unknown"),
        ("数日前", None, "unknown"),
        ("先ごろ", None, "unknown"),
        ("近日中", None, "unknown"),
        ("先日", None, "unknown"),
    ],
)
def test_offsets_and_vague_times(surface, value, precision):
    assert found(f"大統領は{surface}、首相と電話で協議した。", date(2025, 7, 11)) == [(surface, value, precision)]


def test_soon_and_nearby_are_not_dates():
    # 近く ("soon") is an adverb, not a point in time (OntoNotes leaves it out too)
    assert found("外相は近く訪中する。", date(2025, 7, 11)) == []
    assert found("大使館の近くで100人近くが抗議した。", date(2025, 7, 11)) == []


def test_within_the_year():
    assert found("首脳会談を年内に開く。", date(2025, 7, 11)) == [("年内", "2025", "year")]


@pytest.mark.parametrize(
    "text",
    [
        "両外相は約1時間会談した。",
        "協議は30分間続いた。",
        "交渉は3年間に及んだ。",
        "輸出は5カ月連続で減少した。",
        "首相は11日間の外遊を終えた。",
        "滞在2日間で5カ国を回った。",
        "日米豪印の枠組み「クアッド」",
        "第47回先進国首脳会議",
        "コメ1200万トンの輸入",
        "関税を100%に引き上げる",
        "2つの大国",
        "1990年代の日米貿易摩擦",
        "輸出は前年比5%増えた。",
        "前日本大使の山田氏",
        "前日銀総裁の黒田氏",
        "同日程で調整する",
        "朝鮮半島の非核化",
        "協議は3日目に入った。",
    ],
)
def test_not_dates(text):
    assert found(text, date(2025, 7, 11)) == []


def test_without_a_reference_only_dates_with_a_year_are_placed():
    text = "外相は11日、2025年7月11日付の声明と令和7年の白書を引用し、来週の会談に触れた。"
    assert found(text, None) == [
        ("11日", None, "day"),
        ("2025年7月11日", "2025-07-11", "day"),
        ("令和7年", "2025", "year"),
        ("来週", None, "week"),
    ]
    assert all(m.start_date is None for m in find_dates("前日、先月、今秋、3日前、週末", None))


def test_without_a_reference_a_month_takes_only_a_year_written_just_before_it():
    # an undated article (no page date, no file name's day): its 8月22日 is a day of no known year, never this year's
    text = "両首脳は8月22日に会談した。2008年の大地震は5月12日に発生し、来年の6月に式典を開く。"
    assert found(text, None) == [
        ("8月22日", None, "day"),
        ("2008年", "2008", "year"),
        ("5月12日", "2008-05-12", "day"),
        ("来年", None, "year"),
        ("6月", None, "month"),
    ]
    compared = "2005年に天皇賞を制したスズカマンボ以来になる。12月29日の有馬記念"
    assert ("12月29日", None, "day") in found(compared, None)
    another_sentence = "最高記録は1933年に観測された。シーズンは11月末まで続く。"
    assert ("11月末", None, "days") in found(another_sentence, None)


def test_offsets_are_code_points_and_spans_do_not_overlap():
    text = "𠮷野家の前で𠮷田氏は21日午後(日本時間22日午前)、7月10〜11日の会議について語った。"
    mentions = find_dates(text, date(2025, 7, 22))
    assert [(m.start, m.end, m.text) for m in mentions] == [
        (10, 15, "21日午後"),  # 𠮷 is one code point (two UTF-16 units)
        (16, 25, "日本時間22日午前"),
        (27, 35, "7月10〜11日"),
    ]
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_impossible_dates_are_skipped():
    assert found("2月30日と13月", date(2025, 7, 11)) == []


def test_mentions_are_frozen():
    m = find_dates("11日", date(2025, 7, 11))[0]
    assert isinstance(m, DateMention)
    with pytest.raises(AttributeError):
        m.value = "x"  # type: ignore[misc]


def test_a_second_previous_day_points_at_the_same_written_day():
    text = "外相は11日に会見した。長官は前日、ラブロフ外相と会談した。前日の会談について長官は語った。"
    assert [(d.text, d.value) for d in find_dates(text, date(2025, 7, 12))] == [
        ("11日", "2025-07-11"), ("前日", "2025-07-10"), ("前日", "2025-07-10")]


def test_a_year_named_before_a_month_and_weeks_from_sunday():
    assert found("G7は来年、フランスが議長国を務める。仏政府は6月に会合を開く。", date(2025, 11, 12))[-1] == \
        ("6月", "2026-06", "month")
    assert found("今週後半に会談する。", date(2025, 10, 26))[0][1] == "2025-W44"  # a Sunday
    assert found("今週後半に会談する。", date(2025, 10, 27))[0][1] == "2025-W44"  # the Monday after


def test_a_year_a_clause_measures_from_gives_no_later_month_its_year():
    # Japanese Wikinews (CC BY 2.5): the year a record is compared with (以来, N年ぶり) is not the year told
    text = ("新人監督による優勝も2004年の西武(当時)の伊東勤氏以来のこと。\n"
            "また優勝した埼玉西武は11月13日から東京ドームで行われるアジアシリーズにコマを進めた。")
    assert one(text, "11月13日", date(2008, 11, 9)).value == "2008-11-13"
    text = "アルゼンチンが決勝戦にコマを進めるのは1990年以来24年ぶりで、現地7月13日にドイツと対戦する。"
    assert one(text, "7月13日", date(2014, 7, 10)).value == "2014-07-13"
    # (a year told, or looked back on, still gives its months their year: 2011年を振り返ると…3月に)
    assert one("2005年、両国は国交を結んだ。6月には首脳会談が開かれた。", "6月", date(2012, 5, 20)).value == "2005-06"
    assert one("2011年を振り返った時に思い浮かべるのは、3月の震災だ。", "3月", date(2012, 1, 6)).value == "2011-03"


def test_the_start_of_the_week_written_on_its_monday_is_that_week():
    m = one("両国は週明けに外相会談を開く。", "週明け", date(2025, 10, 27))
    assert (m.value, m.precision, m.start_date, m.end_date) == ("2025-W44", "days", "2025-10-27", "2025-10-28")


def test_after_the_holidays_is_no_date_kaidan_can_place():
    assert find_dates("首相は大型連休明けに訪米する。", date(2025, 4, 25)) == []


def test_the_new_year_holidays_are_not_the_start_of_next_month():
    assert [m.text for m in find_dates("来年のお正月明けに式を挙げる。", date(2011, 11, 1))] == ["来年"]
