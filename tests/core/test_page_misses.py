"""Why a dump's title or date is wrong, told as a class (bench/page_misses.py)."""

from bench.page_misses import date_miss, title_miss

RAW = "ホーム > 国際\n日米首脳が電話会談\n12月3日 18:00\n両首脳は協力を確認した。\n関連記事\n"
BODY = ["両首脳は協力を確認した。"]


def test_a_line_between_the_headline_and_the_body_is_told_as_such():
    assert title_miss("日米首脳が電話会談", "12月3日 18:00", RAW, BODY) == (
        "read another line (a line between the gold's and the body; short, with a digit, 1 lines under the gold's); "
        "the page writes it as a line of its own above the body")
    lead = "〈両首脳は電話で会談し、協力を確認した〉"
    raw = RAW.replace("12月3日 18:00", f"12月3日 18:00\n{lead}")
    assert "(a line between the gold's and the body; mid-length, in brackets of its own, 2 lines under the gold's)" in (
        title_miss("日米首脳が電話会談", lead, raw, BODY))


def test_a_title_with_a_kicker_glued_before_it():
    assert title_miss("日米首脳が電話会談", "速報 日米首脳が電話会談", RAW, BODY).startswith(
        "read the gold title with more before it (glued on a line, not in brackets, 2 characters)")
    raw = RAW.replace("日米首脳が電話会談", "【詳報】\n日米首脳が電話会談")
    assert title_miss("日米首脳が電話会談", "【詳報】日米首脳が電話会談", raw, BODY).startswith(
        "read the gold title with more before it (a line of their own, in brackets, 4 characters)")


def test_a_date_the_page_writes_without_its_year():
    assert date_miss("2024-12-03", None, RAW, BODY) == (
        "read no date read; the page writes the day without its year (as 月日, above the body); its year nowhere; "
        "its line (a short line) is read as a date; no day inferred")
    assert date_miss("2024-12-03", "2023-12-03", RAW.replace("12月3日", "2024年12月3日"), BODY) == (
        "read another year; the page writes the day with its year above the body")


def test_where_the_page_writes_the_year_of_a_day_written_without_it():
    raw = "https://example.jp/news/2024/12/a1.html\n" + RAW + "Copyright © 2024 Example\n"
    assert "its year in an address line and the copyright line;" in date_miss("2024-12-03", None, raw, BODY)
    raw = RAW.replace("関連記事", "2024年の首脳会談の記事")
    assert "its year in the body or below;" in date_miss("2024-12-03", None, raw, BODY)
    raw = RAW.replace("ホーム > 国際", "ホーム > 2024 > 国際")
    assert ("its year in a line above the body (a breadcrumb or an archive heading, 1 years written above the body);"
            in date_miss("2024-12-03", None, raw, BODY))
    raw = RAW.replace("ホーム > 国際", "特集 2024\n2023年の振り返り")
    assert ("its year in a line above the body (no breadcrumb or archive heading, 2 years written above the body);"
            in date_miss("2024-12-03", None, raw, BODY))
    raw = RAW.replace("12月3日 18:00", "12.03")  # a bare 12.03 is as often a number as a day: a day only by a headline
    assert "its line (a short line) is a month and day alone;" in date_miss("2024-12-03", None, raw, BODY)
    raw = RAW.replace("12月3日 18:00", "12/03/2024 18:00")  # the day and the month in an order the line cannot tell
    assert "its line (a short line) writes its year last in an order it cannot tell;" in date_miss(
        "2024-12-03", None, raw, BODY)
    raw = RAW.replace("12月3日 18:00", "12/03 PM")  # neither a day alone nor one with a time or a label
    assert "its line (a short line) gives no year-less date;" in date_miss("2024-12-03", None, raw, BODY)
    raw = RAW.replace("12月3日 18:00", "24/12/03(火)")  # a two-digit year first
    assert "its line (a short line) is read as a day with its year;" in date_miss("2024-12-03", None, raw, BODY)
