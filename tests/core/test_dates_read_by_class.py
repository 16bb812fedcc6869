"""Date expressions of kinds issue 13 names, read on sentences from Wikinews and livedoor news:
fiscal years, era years with their Western year, seasons, weekdays near a written day or recurring,
day counts, ranges across months and years, 同年 after a written year."""

from __future__ import annotations

from datetime import date

import pytest

from core.dates.mentions import find_dates


def read(text, reference):
    """(text, precision, first day, last day) of every mention."""
    return [(m.text, m.precision, m.start_date, m.end_date) for m in find_dates(text, reference)]


@pytest.mark.parametrize(
    "text, reference, expected",
    [
        ("新年度、新しい環境になったとき", date(2012, 4, 18), ("新年度", "2012-04-01", "2013-03-31")),
        # written in March, the new fiscal year is the one that begins in April
        ("新年度の予算案が閣議で決まった。", date(2010, 3, 20), ("新年度", "2010-04-01", "2011-03-31")),
        ("YOMIURIONLINE『派遣労働者、昨年度は過去最高321万人』。", date(2007, 12, 29),
         ("昨年度", "2006-04-01", "2007-03-31")),
        ("また9月には球団から2006年度の戦力外通告を受けたことも明らかにしている。", date(2005, 10, 3),
         ("2006年度", "2006-04-01", "2007-03-31")),
        ("あなたの日常の生活面で安定することを来年度の最優先の目標にしてください。", date(2011, 12, 23),
         ("来年度", "2012-04-01", "2013-03-31")),
        ("出典:防衛省　平成26年度　事前の事業評価", date(2015, 1, 5), ("平成26年度", "2014-04-01", "2015-03-31")),
    ],
)
def test_fiscal_years_run_april_to_march(text, reference, expected):
    fiscal = [(t, a, b) for t, p, a, b in read(text, reference) if p == "fiscal_year"]
    assert fiscal == [expected]


def test_parts_of_a_fiscal_year():
    text = "7月28日、東北インテリジェント通信は2006年度下期をめどに、PHS事業を終了することを発表した。"
    assert read(text, date(2005, 7, 29))[1] == ("2006年度下期", "half_year", "2006-10-01", "2007-03-31")
    text = "今年度末までに表参道、上野などの83駅に、その他の駅には来年度中に設置する。"
    assert read(text, date(2008, 1, 14)) == [("今年度末", "month", "2008-03-01", "2008-03-31"),
                                             ("来年度", "fiscal_year", "2008-04-01", "2009-03-31")]
    text = "「おかげさまで関西でも、2012年度上期は好調を維持しており、2ヶ月連続で純増No.1である。」"
    assert read(text, date(2012, 11, 2)) == [("2012年度上期", "half_year", "2012-04-01", "2012-09-30")]


def test_a_comparison_with_the_fiscal_year_before_is_no_date():
    assert read("売上高は前年度比5%増えた。", date(2014, 4, 13)) == []


def test_an_era_year_with_its_western_year_in_brackets_is_one_date():
    text = "男は、「鈴木太郎昭和53年(1978年)3月14日生れ」とする仮の名前で生活保護を申請していた。"
    assert read(text, date(2014, 9, 25)) == [("昭和53年(1978年)3月14日", "day", "1978-03-14", "1978-03-14")]
    text = "『平成28年(2016年)熊本県熊本地方を震源とする地震に係る被害状況等について』。"
    assert read(text, date(2016, 4, 20)) == [("平成28年(2016年)", "year", "2016-01-01", "2016-12-31")]


@pytest.mark.parametrize(
    "text, reference, expected",
    [
        ("・この秋、ブルーレイディスクプレーヤーの新製品はソニーの独壇場！？", date(2011, 8, 26),
         ("この秋", "2011-09-01", "2011-11-30")),
        ("モンシュシュ社は、2009年夏に、ゴンチャロフ製菓の求めに応じて回答した。", date(2010, 4, 12),
         ("2009年夏", "2009-06-01", "2009-08-31")),
        ("2012年春夏コレクションを発表した。", date(2011, 8, 20), ("2012年春夏", "2012-03-01", "2012-08-31")),
        ("来年秋冬に売り出すコートを発表した。", date(2010, 8, 20), ("来年秋冬", "2011-09-01", "2012-02-29")),
    ],
)
def test_seasons_are_as_fine_as_written(text, reference, expected):
    assert [(t, a, b) for t, p, a, b in read(text, reference) if p == "season"] == [expected]


def test_a_season_word_inside_another_word_is_no_season():
    assert read("2010年の春闘で賃上げが焦点になった。", date(2010, 3, 1)) == [("2010年", "year", "2010-01-01", "2010-12-31")]


def test_a_weekday_beside_a_written_day_is_of_its_week():
    text = "判決では、高見被告は2009年7月5日に、日曜日で満席状態だった自宅の近所のパチンコ店に火を付けた。"
    assert read(text, date(2011, 10, 31))[1] == ("日曜日", "day", "2009-07-05", "2009-07-05")
    text = "会談は5日の日曜日に終わり、月曜日に共同声明が出された。"
    assert read(text, date(2009, 7, 14))[-1] == ("月曜日", "day", "2009-07-06", "2009-07-06")
    text = "7月21日の月曜日にベオグラードで逮捕されたとしている。"
    assert read(text, date(2008, 7, 25))[-1] == ("月曜日", "day", "2008-07-21", "2008-07-21")


def test_a_weekday_in_another_sentence_is_the_latest_one():
    text = "会談は5日に開かれた。月曜日に発表する。"
    assert read(text, date(2009, 7, 14))[-1] == ("月曜日", "day", "2009-07-13", "2009-07-13")


def test_a_weekday_with_a_part_of_the_day():
    assert read("襲撃は、日曜日早朝10人ほどの武装勢力により行われた。", date(2005, 10, 6)) == [
        ("日曜日早朝", "part_of_day", "2005-10-02", "2005-10-02")]
    assert read("首相は日曜夜、記者団に語った。", date(2005, 10, 12)) == [("日曜夜", "part_of_day", "2005-10-09", "2005-10-09")]


@pytest.mark.parametrize(
    "text",
    [
        "■福昇亭：営業時間：11:30〜15:00、定休日：水曜、第3火曜",
        "週刊の新聞として毎週金曜日に発行する。",
        "映画はテレビ東京系の「水曜プレミアシネマ」で放送される。",
    ],
)
def test_recurring_weekdays_are_no_dates(text):
    assert read(text, date(2010, 8, 9)) == []


@pytest.mark.parametrize(
    "text",
    [
        "若返りの極意は、1日5分、自分に手間をかけて愛することだという。",
        "少年が所有者に「1日だけ貸して」と約束するも、1日経っても返却されていない。",
    ],
)
def test_day_counts_are_no_dates(text):
    assert read(text, date(2012, 4, 25)) == []


def test_a_day_before_a_duration_stays_a_date():
    assert read("両会派幹部4人が9日3時間半にわたって会談を行った。", date(2005, 10, 9)) == [("9日", "day", "2005-10-09", "2005-10-09")]


def test_a_bare_day_with_a_clock_time_stays_a_date():
    assert read("21日19時付で切り上げた。", date(2005, 7, 21)) == [("21日19時", "part_of_day", "2005-07-21", "2005-07-21")]
    assert read("米国地質研究所は22日午後10時19分9秒(UTC)と発表した。", date(2006, 2, 23)) == [
        ("22日午後10時19分", "part_of_day", "2006-02-22", "2006-02-22")]


def test_a_range_from_a_year_to_a_month_keeps_both():
    assert read("シュレッダーで2003年から2006年7月に幼児が指を切断する等", date(2006, 8, 30)) == [
        ("2003年", "year", "2003-01-01", "2003-12-31"), ("2006年7月", "month", "2006-07-01", "2006-07-31")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("首脳会議は10月31日から11月1日まで開かれる。", ("10月31日から11月1日", "2025-10-31", "2025-11-01")),
        ("2025年12月31日から2026年1月2日まで休む。", ("2025年12月31日から2026年1月2日", "2025-12-31", "2026-01-02")),
        ("2012年5月28日〜6月3日に紹介したAndroidアプリ！", ("2012年5月28日〜6月3日", "2012-05-28", "2012-06-03")),
    ],
)
def test_ranges_across_months_and_years_keep_their_days(text, expected):
    assert [(t, a, b) for t, p, a, b in read(text, date(2025, 10, 20)) if p == "days"] == [expected]


def test_a_range_of_months_is_one_date():
    text = "毎日新聞によると、2008年1月から3月までのシェアでは、サントリーは3位だった。"
    assert read(text, date(2008, 5, 2)) == [("2008年1月から3月", "months", "2008-01-01", "2008-03-31")]
    assert read("協議は2008年12月から2月まで続いた。", date(2009, 3, 1)) == [
        ("2008年12月から2月", "months", "2008-12-01", "2009-02-28")]


def test_the_same_year_is_the_last_year_written():
    text = ("条約は1992年6月3日に署名された。\n"
            "外相は2月4日に記者会見した。\n"
            "条約は同年11月10日に発効した。")
    assert read(text, date(1993, 2, 5))[-1] == ("同年11月10日", "day", "1992-11-10", "1992-11-10")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ブット元首相は、カラチで10月18日に起こった爆破テロ事件について、翌19日、会見した。", ("翌19日", "2007-10-19")),
        ("政府は「8月18日公示、同30日投開票」と決めた。", ("同30日", "2009-08-30")),
        ("会談は3月31日に開かれた。\n翌1日には帰国した。", ("翌1日", "2008-04-01")),
        ("会議は6月28日に始まった。\n同30日に閉幕した。", ("同30日", "2008-06-30")),
        ("会議は6月28日に始まった。\n同5日に準備会合があった。", ("同5日", "2008-06-05")),
    ],
)
def test_a_day_after_the_same_or_next_counts_from_the_day_before(text, expected):
    reference = date(int(expected[1][:4]), int(expected[1][5:7]), 28)
    assert [(t, a) for t, p, a, b in read(text, reference)][-1] == expected


def test_a_weekday_in_brackets_after_a_day_belongs_to_it():
    text = "キャンペーンは〜2012年9月30日（日曜）まで延長\n\n■"
    assert read(text, date(2012, 7, 20)) == [("2012年9月30日（日曜）", "day", "2012-09-30", "2012-09-30")]


def test_a_range_of_months_is_valued_by_its_first_month():
    (m,) = find_dates("2008年7月から8月にかけて取引した。", date(2008, 12, 1))
    assert (m.value, m.start_date, m.end_date) == ("2008-07", "2008-07-01", "2008-08-31")
