"""翌日 and 前日 counted from an event named with の (起訴の翌日) rather than from the last day the text wrote."""

from datetime import date

from core.dates.mentions import find_dates

REFERENCE = date(2016, 4, 30)


def _read(text: str) -> list[tuple[str, str | None, str]]:
    return [(d.text, d.value, d.precision) for d in find_dates(text, REFERENCE)]


def test_the_day_after_an_event_the_text_never_dates_is_no_day_of_the_report():
    assert _read("起訴の翌日、国外に逃亡した。") == [("翌日", None, "unknown")]
    assert _read("5日に起訴された。試合の前日に練習した。") == [("5日", "2016-05-05", "day"), ("前日", None, "unknown")]


def test_the_day_the_text_names_right_after_is_the_one_meant():
    assert _read("熊本地震発生の翌日4月15日に") == [("翌日", "2016-04-15", "day"), ("4月15日", "2016-04-15", "day")]
    assert _read("有馬記念の翌日である23日に")[0] == ("翌日", "2016-04-23", "day")
    assert _read("その前日となる27日には")[0] == ("前日", "2016-04-27", "day")


def test_a_day_counted_from_a_day_the_text_wrote_is_counted_as_before():
    assert _read("3日に会談した。その翌日、") == [("3日", "2016-05-03", "day"), ("翌日", "2016-05-04", "day")]
    assert _read("7月20日に行われた公演の翌日、") == [("7月20日", "2016-07-20", "day"), ("翌日", "2016-07-21", "day")]
    assert _read("慰霊の日の翌日、")[0][2] == "day"  # a day before の: the text's own
    assert _read("2日に着いた。このレースの翌日、")[1] == ("翌日", "2016-05-03", "day")  # an event told before
    assert _read("1986年の生まれで、このレースの翌日・8月21日が")[1][2] == "day"  # no day of 1986 taken
    assert _read("1986年の生まれで、このレースの翌日・8月21日が")[1][1] != "1986-08-21"


def test_a_day_named_without_its_month_after_the_day_counted_is_that_day():
    # the bare 16th alone is the last 16th before the report; the text counted its month from the day written before
    text = "5月15日に発表会を開いた。翌日16日には別の会社が発表した。"
    assert _read(text) == [("5月15日", "2016-05-15", "day"), ("翌日", "2016-05-16", "day"), ("16日", "2016-05-16", "day")]
    text = "開幕戦は3月20日で、祝日の翌日となる21日は開催しない。"
    assert [d.value for d in find_dates(text, date(2015, 12, 6))] == ["2016-03-20", "2016-03-21", "2016-03-21"]
    # another day of the month named after it is the day meant, the day counted from is another event's
    assert _read("4月20日に行われた。前日の28日にも")[1:] == [("前日", "2016-04-28", "day"), ("28日", "2016-04-28", "day")]


def test_the_same_written_inside_a_word_names_no_event_told_before():
    assert _read("共同会見の翌日、国外に逃亡した。") == [("翌日", None, "unknown")]
    assert _read("合同練習の前日に走った。") == [("前日", None, "unknown")]
    assert _read("同大会の翌日、")[0][2] == "day"  # 同 alone: the event told before, counted as before
