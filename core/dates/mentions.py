"""Japanese date expressions in article text, resolved against the article's own date.

find_dates() scans the text with one compiled regular expression and turns each
match into a DateMention: ``value`` is the smallest ISO unit that holds the whole
expression (day "2025-07-11", ISO week "2025-W44", month "2025-07", year "2025"),
``start_date``/``end_date`` the first and last day it can mean. Rules:

* Relative words (今日, 昨年, 来週, 先月, 3日前 ...) count from the reference, the
  article's date. Anaphoric words (同日, 当日, 前日, 翌日, 前々日, 翌々日, 同週, 同月,
  同年, 前年, 翌月 ...) count from the last day placed earlier in the text (usually
  the dateline's "11日"; 同月/同年 from any earlier date), else from the reference.
* A day without a month ("11日") is the latest 11th on or before the reference,
  unless an 11th falls within the 14 days after it: articles announce meetings, so
  with reference 07-12 "15日" is 07-15 but "28日" is 06-28.
* A month without a year ("4月", "7月11日") takes the year named just before it
  (来年、…6月に), else it is the one from 6 months before to 5 months after the
  reference month: reference 2026-02, 4月 is 2026-04, 9月 is 2025-09; reference
  2025-12, 1月 is 2026-01.
* A week is Sunday to Saturday, as Japanese calendars show it: 今週 written on a
  Sunday is the ISO week that starts the next day.
* A weekday alone ("月曜") is the nearest such day on or before the reference
  (0–6 days back); after 今週/来週/先週 it is that day of that ISO week; after a day
  written in the same sentence it is the one within 3 days of it (5日の日曜日に終わり、
  月曜日に → the 6th). After 毎週, 第3, 定休日 it is a recurring day: not a date.
* Parts of a month: 上旬/初旬/初め 1–10, 中旬 11–20, 下旬/末 21–end, 前半 1–15,
  後半 16–end, precision "days". Parts of a week: 前半 Mon–Wed, 後半 Thu–Sun,
  末 (and 週末 alone: the weekend of the reference's ISO week, so the current or
  coming one) Sat–Sun, 明け (来週明け; 週明け alone: this week's when written on a
  Monday or Tuesday, else the next week's) Mon–Tue, precision "days", value the ISO
  week. 月明け (and 来月明け) is the first ten days of the month after, like 初め.
  連休明け is not read: Kaidan has no calendar of holidays to place it by.
* Year halves (前半/上半期, 後半/下半期) are calendar halves: precision "half_year",
  value the year. 年末 is December and 年初 January of the same year, 年明け/年始
  the next January once the reference is past June; precision "month".
* Seasons (今秋, この夏, 昨冬, 2025年夏, 今年の秋冬): spring 3–5, summer 6–8, autumn 9–11,
  winter 12–2. Precision "season", value the year (winter: the year of its December),
  start/end the season's months; 今冬 written in January or February is the
  winter under way. Other ranges that cross a new year also take their first year.
* Parts of the day and clock times (21日午後, 12日未明, 同日夜, 今朝, 昨夜,
  11日午後3時) give precision "part_of_day" and the day as value: days are the
  finest unit. A leading 日本時間/現地時間 belongs to the span.
* Fiscal years (2025年度, 平成26年度, 今年度, 昨年度, 新年度: the one that begins in April of
  the reference's calendar year) run April to March: precision "fiscal_year", value the
  year it begins; 年度末 is March (precision "month"), 年度上期/下期 April–September and
  October–March ("half_year"). 同年度 counts from the last year written.
* Ranges (7月10〜11日, 10、11両日, 10日から12日, 10月31日から11月1日, 2025年12月31日から
  2026年1月2日) are one span, precision "days", value the smallest ISO unit holding them
  (start/end the days). Ranges of months (4月〜9月, 2008年12月から2月) are one span,
  precision "months", value the first month.
* 同年/前年/翌年 count from the last year written (2007年6月3日 … 2月4日 … 同年11月 is 2007).
* An era year may carry its Western year in brackets (昭和53年(1978年)3月14日), and the other
  way round: one span.
* Offsets: N日前/後 a day, N週間前/後 an ISO week, Nカ月前/後 and 半年前 a month,
  N年前/後 a year. 数日前, N時間前, 先ごろ, 先日, 近く, 近日中, このほど are spans of
  precision "unknown" with no value.
* Without a reference only expressions that carry their own year are placed, and a
  month written just after a year (2008年の地震は5月12日に: the year-named-before rule
  above, without 来年 and the like); the rest keep their precision with value,
  start_date and end_date None: an undated article's 8月22日 is a day of no known year.
* Not dates: durations and counts (約1時間, 3年間, 11日間, 5カ月連続, 3日目, 約10日,
  a day without a month before a count: 1日5分, 1日だけ, 1日経って), decades (1990年代),
  comparisons (前年比, 前年度比, 前年同期).
  Full-width digits count as digits; offsets are code points into the text as given.

The expression is core.dates.pattern's; core.dates.resolve places each match, with the parts of
periods from core.dates.periods.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from core.dates.pattern import ANAPHORIC, PATTERN
from core.dates.resolve import resolve
from core.scan import skipping
from core.sentences import LONGEST
from core.text import NARROW_DIGITS, translated_runs


@dataclass(frozen=True)
class DateMention:
    start: int  # code-point offsets into the text
    end: int
    text: str
    value: str | None  # smallest ISO unit holding it: "2025-07-11", "2025-W44", "2025-07", "2025"
    precision: str  # part_of_day | day | days | week | month | months | season | half_year | fiscal_year | year | unknown
    start_date: str | None  # first ISO day it can mean
    end_date: str | None  # last ISO day it can mean


_WIDE_DIGITS = skipping(re.compile("[０-９]+"))  # (core.scan's twin: re tries a repeated class at each letter)
_POINTING_BACK = ("前日", "同日", "翌日", "当日", "前々日", "翌々日")


def find_dates(text: str, reference: date | None) -> list[DateMention]:
    """Every date/time expression in text, non-overlapping, in order, resolved against reference (the article's own date; None -> values None except absolute dates with a year)."""
    out = []
    anchor = reference  # what 同月/同年 point back to
    # 同日/翌日 follow the last day named, even a relative one; 前日 counts back from the
    # last day actually written (a second 前日 about the same meeting is the same day)
    written = last_day = reference
    written_end = None  # where the last written day ends: a weekday in its sentence is of its week
    year_anchor = None  # the last date whose year is written: what 同年/前年/翌年 point back to
    narrow = translated_runs(_WIDE_DIGITS, NARROW_DIGITS, text)  # one code point each: offsets hold
    for m in PATTERN.finditer(narrow):
        near = written if written_end is not None and not _SENTENCE_END.search(narrow, written_end, m.start()) else None
        try:
            if _not_a_date(m, narrow):
                continue
            precision, first, last = resolve(m, reference, (written, last_day, near), (anchor, year_anchor))
        except ValueError:  # 2月30日, 13月: shaped like a date, names none
            continue
        value = None
        if first is not None:
            anchor = first
            if _writes_year(m):
                year_anchor = first
            if precision in ("day", "part_of_day"):
                last_day = first
                if not m.group(0).startswith(_POINTING_BACK):
                    written, written_end = first, m.end()
            # a range of months is valued by its first month, as the entities' ranges are by their start
            value = f"{first:%Y-%m}" if precision == "months" else _holder(first, last)
            if value is None or precision in ("year", "half_year", "season", "fiscal_year"):
                value = str(first.year)
        out.append(DateMention(m.start(), m.end(), text[m.start():m.end()], value, precision,
                               first and first.isoformat(), last and last.isoformat()))
    return _days_of_events(narrow, out)


# 翌日 or 前日 right after an event named with の (起訴の翌日, 試合の前日): a day counted from the event, not from the
# last day written; a demonstrative (その翌日, この前日) or a day (慰霊の日の翌日) before の is the text's own day
_EVENT_DAY = ("翌日", "前日", "翌々日", "前々日")
# (このレースの翌日, 同大会の翌日: one told before; the 同 of a word, 共同会見, 合同練習, names no event told)
_NOT_AN_EVENT = re.compile(r"(?:[そこあど0-9日月年曜時]|(?:この|その|(?<![\u4e00-\u9fff])同)[^、。「」\n]{1,8})$")
# The day the text names right after it: 翌日4月15日, 翌日の7月9日, 翌日である23日, 前日に当たる23日, 前日となる14日
_NAMED_AFTER = re.compile(r"(?:の|・|である|に当たる|にあたる|となる)?")


def _days_of_events(text: str, found: list[DateMention]) -> list[DateMention]:
    """found, each 翌日/前日 the text names the day of right after it given that day; each counted from an event named
    with の that no day written before it in its sentence dates, no day (precision unknown)."""
    written_end = None  # where the last day the text writes (not counted from another) ends
    for i, mention in enumerate(found):
        if mention.text not in _EVENT_DAY:
            if mention.precision in ("day", "part_of_day"):
                written_end = mention.end
            continue
        after = found[i + 1] if i + 1 < len(found) else None
        link = _NAMED_AFTER.match(text, mention.end)
        if after is not None and after.start == link.end() and after.precision in ("day", "part_of_day", "days") \
                and _near(mention.start_date, after.start_date):
            if _agrees(mention.start_date, after):  # 5月15日…翌日16日: the 16th counted, not the reference's 16th
                if after.precision != "days":
                    found[i + 1] = replace(after, value=mention.start_date, start_date=mention.start_date,
                                           end_date=mention.start_date)
                continue
            found[i] = replace(mention, value=after.start_date, precision="day", start_date=after.start_date,
                               end_date=after.start_date)
            continue
        if text[mention.start - 1 : mention.start] != "の" or _NOT_AN_EVENT.search(text, max(0, mention.start - 11),
                                                                               mention.start - 1):
            continue
        dated = written_end is not None and mention.start - written_end <= LONGEST \
            and not _SENTENCE_END.search(text, written_end, mention.start)
        if not dated:  # (7月20日に行われた公演の翌日: the event's day is written before it, as counted)
            found[i] = replace(mention, value=None, precision="unknown", start_date=None, end_date=None)
    return found


_SENTENCE_END = re.compile("[。\n]")
_KATAKANA = re.compile("[ァ-ヺ]")
# a weekday after 毎週, 第3, 定休日 is a recurring day, not a date
_RECURRING = re.compile(r"(?:毎週?|隔週|第[0-9一二三四五]|定休日?|休業日|休館日|営業日)[：:\s]?(?:[月火水木金土日]曜日?[・、]?)*$")
# a day without a month followed by these is a length of time: 1日だけ, 1日経って, 5日おき, 17日以上, 3日分の;
# "1日" before a count is a rate (1日5分, 1日3回), but 9日3時間にわたって is a day and a duration
_COUNT_AFTER = re.compile(r"だけ|経|おき|平均|以上|以内|分の")
_RATE_AFTER = re.compile(r"[0-9]+(?:[^0-9時]|時間)")


def _not_a_date(m: re.Match, text: str) -> bool:
    """A match that only looks like a date: a recurring weekday, a day count."""
    if m.group("wd") and not (m.group("d") or m.group("wrel")):
        # 金曜ロードショー, 土曜ドラマ: a weekday naming a programme is no day
        named = m.group(0).endswith("曜") and _KATAKANA.match(text, m.end())
        return bool(named or _RECURRING.search(text, max(0, m.start() - 12), m.start()))
    if m.group("d") and not (m.group("m") or m.group("mrel") or m.group("d2")) and m.end("dd") == m.end():
        return bool(_COUNT_AFTER.match(text, m.end()) or (m.group("d") == "1" and _RATE_AFTER.match(text, m.end())))
    return False


def _writes_year(m: re.Match) -> bool:
    return bool(m.group("y") or m.group("era") or m.group("fiscal") or m.group("slash")
                or (m.group("yrel") and m.group("yrel")[0] not in ANAPHORIC))


def _holder(first: date, last: date) -> str | None:
    """The smallest ISO unit (day, week, month, year) holding first..last."""
    if first == last:
        return first.isoformat()
    if first.isocalendar()[:2] == last.isocalendar()[:2]:
        year, week, _ = first.isocalendar()
        return f"{year}-W{week:02d}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year}-{first.month:02d}"
    return str(first.year) if first.year == last.year else None


# A year written in a date (2011年, 平成23年, 2011/10/18): the text places that day itself
_YEAR_WRITTEN = re.compile(r"年|/")


def _agrees(counted: str | None, named: DateMention) -> bool:
    """Whether the day counted from the day the text wrote before a 翌日 (5月15日…翌日16日) is the day named right after
    it, written without its year: the same day of the month, and of the same month when that is written. The named
    day was then placed by the reference alone (16日 the last 16th before the report, 10月18日 in a year named earlier),
    the counted one by the text."""
    if counted is None or named.start_date is None or _YEAR_WRITTEN.search(named.text):
        return False
    day, told = date.fromisoformat(counted), date.fromisoformat(named.start_date)
    return day.day == told.day and ("月" not in named.text or day.month == told.month)


def _near(counted: str | None, named: str | None) -> bool:
    """Whether the day named after a 翌日 lies within a year of the one it counts to (not a day another year named
    before reads in another year: 1986年の生まれで、このレースの翌日・8月21日)."""
    if named is None:
        return False
    return counted is None or abs((date.fromisoformat(counted) - date.fromisoformat(named)).days) <= 366
