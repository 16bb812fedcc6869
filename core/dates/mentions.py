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
* Without a reference only expressions that carry their own year are placed;
  the rest keep their precision with value, start_date and end_date None.
* Not dates: durations and counts (約1時間, 3年間, 11日間, 5カ月連続, 3日目, 約10日,
  a day without a month before a count: 1日5分, 1日だけ, 1日経って), decades (1990年代),
  comparisons (前年比, 前年度比, 前年同期).
  Full-width digits count as digits; offsets are code points into the text as given.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from core.dates.fiscal import FISCAL_REL, fiscal_part, fiscal_year
from core.text import NARROW_DIGITS

_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}
_WEEKDAYS = "月火水木金土日"  # index = date.weekday()
_ANAPHORIC = "同前翌当"  # first character of words that point back into the text
_REL = {
    "今年": 0, "本年": 0, "昨年": -1, "去年": -1, "一昨年": -2, "来年": 1, "再来年": 2,
    "同年": 0, "前年": -1, "翌年": 1,
    "今月": 0, "先月": -1, "先々月": -2, "来月": 1, "再来月": 2, "同月": 0, "前月": -1, "翌月": 1,
    "今週": 0, "先週": -1, "先々週": -2, "来週": 1, "再来週": 2, "同週": 0, "前週": -1, "翌週": 1,
    "今日": 0, "本日": 0, "きょう": 0, "昨日": -1, "きのう": -1, "一昨日": -2, "おととい": -2,
    "明日": 1, "あす": 1, "あした": 1, "同日": 0, "当日": 0, "前日": -1, "翌日": 1,
    "前々日": -2, "翌々日": 2, "今朝": 0, "今夜": 0, "今晩": 0, "昨夜": -1, "昨晩": -1,
}
_DAY_WITH_PART = {"今朝", "今夜", "今晩", "昨夜", "昨晩"}
_YEARS, _MONTHS, _WEEKS = ([w for w in _REL if w.endswith(unit)] for unit in "年月週")
_DAYS = [w for w in _REL if w not in _YEARS + _MONTHS + _WEEKS]
_MONTH_PARTS = {"上旬": (1, 10), "初旬": (1, 10), "初め": (1, 10), "明け": (1, 10), "中旬": (11, 20),
                "下旬": (21, 31), "末": (21, 31), "前半": (1, 15), "後半": (16, 31)}
_WEEK_PARTS = {"前半": (0, 2), "後半": (3, 6), "末": (5, 6), "明け": (0, 1)}
_YEAR_PARTS = {"前半": (1, 6, "half_year"), "上半期": (1, 6, "half_year"),
               "後半": (7, 12, "half_year"), "下半期": (7, 12, "half_year"),
               "末": (12, 12, "month"), "初め": (1, 1, "month"), "初頭": (1, 1, "month"), "明け": (1, 1, "month"),
               "春": (3, 5, "season"), "夏": (6, 8, "season"), "秋": (9, 11, "season"), "冬": (12, 14, "season"),
               "春夏": (3, 8, "season"), "秋冬": (9, 14, "season")}


def _alt(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))  # longest first: 前々日 before 前日


_N = r"(?<![0-9.,．，第約])"  # a whole number, not a count (約10日, 第11日)
_ERA_YEAR = rf"(?:{_alt(_ERAS)})(?:[0-9]{{1,2}}|元)年"
_YEAR = (rf"(?:(?P<era>{_alt(_ERAS)})(?P<ey>[0-9]{{1,2}}|元)年(?:[(（](?:19|20)[0-9]{{2}}年?[)）])?"
         rf"|{_N}(?P<y>(?:19|20)[0-9]{{2}})年(?:[(（]{_ERA_YEAR}[)）])?"
         rf"|(?P<yrel>{_alt(_YEARS)}))(?!度|代|間|比|同期)")
_MONTH = rf"(?:{_N}(?P<m>[0-9]{{1,2}})月(?!間|期|連続|ぶり|目)|(?P<mrel>{_alt(_MONTHS)})(?!比))"
_DAY_END = r"日(?!間|当|あたり|連続|ぶり|目)"
_DAY = (rf"(?:(?P<dpre>(?<![\u4e00-\u9fff々])[同翌](?=[0-9]{{1,2}}日))?{_N}(?P<d>[0-9]{{1,2}})(?:(?P<dd>{_DAY_END})"
        # a bare first day only when a second one follows: 10〜11日, 10、11両日
        r"|(?=[〜～~\-－‐][0-9]{1,2}日(?!間)|[、・][0-9]{1,2}(?:日(?!間)|の?両日)))"
        rf"|(?P<drel>{_alt(_DAYS)})(?![本銀程比]))")  # 前日本大使, 前日銀総裁, 同日程
_WEEK = rf"(?P<wrel>{_alt(_WEEKS)})(?!比)"
_PART_OF_DAY = r"午前|午後|未明|早朝|朝(?!鮮|日)|昼(?!食)|正午|夕方|夕刻|深夜|夜|晩(?!餐|年|秋|婚)"
_WD = rf"(?P<wd>[月火水木金土日])曜日?(?P<wpod>{_PART_OF_DAY})?"
_PAREN_WD = r"(?:[(（][月火水木金土日](?:曜日?)?[)）])?"
_DAY_TAIL = (
    _PAREN_WD
    + rf"(?P<pod>{_PART_OF_DAY})?"  # 22日の夜: the news gold's DATE ends at the day
    + r"(?:(?P<hh>[0-9]{1,2})時(?!間)(?:[0-9]{1,2}分|半)?)?"
    # 10、11日 and 10日、11日の両日 are one range; 15日、28日 are two days
    + r"(?:(?:(?:[〜～~\-－‐]|から)(?:(?P<y2>(?:19|20)[0-9]{2})年(?=[0-9]{1,2}月))?(?:(?P<m2>[0-9]{1,2})月)?|[、・](?(dd)(?=[0-9]{1,2}日?の?両日)))"
    + r"(?P<d2>[0-9]{1,2})(?:日?の?両日|日(?!間))" + _PAREN_WD + ")?"
)
_SUB = r"(?P<sub>上旬|中旬|下旬|初旬|上半期|下半期|前半|後半|末|初め|初頭|明け|(?:春夏|秋冬|春|夏|秋|冬)(?![季期闘]))?"
# a range of months (4月〜9月, 7月から9月, 2008年12月から2009年2月) is one span
_MONTHS_TO = (r"(?:[〜～~\-－‐]|から)(?:(?P<my2>(?:19|20)[0-9]{2})年)?(?P<mm2>[0-9]{1,2})月(?!間|期|連続|ぶり|目|[0-9])")
_FISCAL = (rf"(?P<fiscal>(?:(?P<fera>{_alt(_ERAS)})(?P<fey>[0-9]{{1,2}}|元)|{_N}(?P<fy>(?:19|20)[0-9]{{2}})"
           rf"|(?P<frel>{_alt(FISCAL_REL)}))年度(?!比|同期)(?P<fsub>末|初め|当初|上半期|下半期|上期|下期|前半|後半)?)")
_START = re.sub(r"\(\?P<\w+>", "(?:", "|".join((_YEAR, _MONTH, _DAY, _WEEK, _WD)))
_FIRST = "".join(sorted(set("0123456789数十半先近こ現年月週" + _WEEKDAYS).union(w[0] for w in [*_ERAS, *_REL, *FISCAL_REL])))
_PATTERN = re.compile(
    rf"(?=[{_FIRST}])"  # most positions start nothing: fail them on one character test
    r"(?:(?P<slash>(?<![0-9/])(?P<sy>(?:19|20)[0-9]{2})/(?P<sm>[0-9]{1,2})/(?P<sd>[0-9]{1,2})(?![0-9/]))"
    r"|(?P<off>(?<![0-9.,．，])(?P<n>[0-9]{1,3}|数十|十数|数|半)"
    r"(?P<unit>時間|日|週間|週|[カかヵヶケ]月|年)(?P<dir>前|後)(?![後半]))"
    # 近く ("soon") and このほど ("recently") are adverbs, not dates: not listed
    r"|(?P<vague>先ごろ|先頃|先日|近日中)"
    r"|(?P<season>(?P<srel>今|昨|来|この)(?P<sname>春|夏|秋|冬))(?![季期])"
    rf"|{_FISCAL}"
    rf"|(?P<cal>(?P<tz>(?:日本|現地)時間)?(?={_START})(?:{_YEAR})?(?:{_MONTH})?"
    rf"(?:{_DAY}{_DAY_TAIL}|(?(m){_MONTHS_TO}|(?!))|(?:{_WEEK})?(?:{_WD})?{_SUB}))"
    r"|(?P<alone>(?<![0-9今本昨前来翌同新次当])年度(?:末|内)|年内|年末|年初|年明け|年始|月末|月初め|月初|(?<!正)月明け|週末|週明け))"
)


@dataclass(frozen=True)
class DateMention:
    start: int  # code-point offsets into the text
    end: int
    text: str
    value: str | None  # smallest ISO unit holding it: "2025-07-11", "2025-W44", "2025-07", "2025"
    precision: str  # part_of_day | day | days | week | month | months | season | half_year | fiscal_year | year | unknown
    start_date: str | None  # first ISO day it can mean
    end_date: str | None  # last ISO day it can mean


_WIDE_DIGIT = re.compile("[０-９]")
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
    narrow = text.translate(NARROW_DIGITS) if _WIDE_DIGIT.search(text) else text  # one code point each: offsets hold
    for m in _PATTERN.finditer(narrow):
        near = written if written_end is not None and not _SENTENCE_END.search(narrow, written_end, m.start()) else None
        try:
            if _not_a_date(m, narrow):
                continue
            precision, first, last = _resolve(m, reference, (written, last_day, near), (anchor, year_anchor))
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
    return out


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
                or (m.group("yrel") and m.group("yrel")[0] not in _ANAPHORIC))


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


def _resolve(m: re.Match, ref: date | None, day_anchor: tuple, anchor: date | None):
    g = m.group
    if g("slash"):
        day = date(int(g("sy")), int(g("sm")), int(g("sd")))
        return "day", day, day
    if g("off"):
        return _offset(g("n"), g("unit"), g("dir") == "後", ref)
    if g("vague"):
        return "unknown", None, None
    if g("fiscal"):
        return _fiscal(g, ref, anchor)
    if g("season"):
        year = ref and ref.year + {"今": 0, "この": 0, "昨": -1, "来": 1}[g("srel")]
        if ref and g("sname") == "冬" and ref.month <= 2:
            year -= 1  # 今冬 in January is the winter that began in December
        return _placed(year, _year_part(year or 2000, g("sname")))
    if g("alone"):
        word = g("alone")
        if word.startswith("年度"):
            return _placed(ref, fiscal_part(fiscal_year(ref or date(2000, 4, 1)), "末" if word == "年度末" else None))
        if word == "年内":
            return _placed(ref, _year_part(ref.year if ref else 2000, None))
        if ref is None:
            return {"年": "month", "月": "days", "週": "days"}[word[0]], None, None
        if word[0] == "年":
            ahead = word in ("年明け", "年始") and ref.month > 6
            return _year_part(ref.year + ahead, "末" if word == "年末" else "初め")
        if word == "月明け":  # the first days of the month after
            return _month_part(*_add_months(ref.year, ref.month, 1), "明け")
        if word[0] == "月":
            return _month_part(ref.year, ref.month, "末" if word == "月末" else "初め")
        monday = ref - timedelta(ref.weekday())
        if word == "週明け":  # this week's first days while they last, else the next week's
            return _week_part(monday + timedelta(7 if ref.weekday() > 1 else 0), "明け")
        return _week_part(monday, "末")
    return _calendar(g, ref, day_anchor, anchor, m)


def _fiscal(g, ref: date | None, anchors: tuple):
    """N年度, 今年度, 平成26年度, 昨年度末, 2006年度下期: Japan's fiscal year runs April to March."""
    if g("fy"):
        year = int(g("fy"))
    elif g("fera"):
        year = _ERAS[g("fera")] + (1 if g("fey") == "元" else int(g("fey")))
    else:
        base = (anchors[1] or anchors[0]) if g("frel") == "同" else ref
        # 新年度 is the year that began, or begins, in April of the reference's calendar year
        year = base and (base.year if g("frel") == "新" else fiscal_year(base) + FISCAL_REL[g("frel")])
    return _placed(year, fiscal_part(year or 2000, g("fsub")))


def _calendar(g, ref, day_anchor, anchors, match: re.Match):
    """A match of the calendar branch: year? month? (day or week or weekday)? part?"""
    anchor, year_anchor = anchors
    year = month = None
    if g("y"):
        year = int(g("y"))
    elif g("era"):
        year = _ERAS[g("era")] + (1 if g("ey") == "元" else int(g("ey")))
    elif g("yrel"):
        base = _base(g("yrel"), ref, year_anchor or anchor)
        year = base and base.year + _REL[g("yrel")]
    has_year = bool(g("y") or g("era") or g("yrel"))
    if g("m"):
        month = int(g("m"))
        if not 1 <= month <= 12:
            raise ValueError(month)
        if not has_year:
            year = ref and _year_for_month(month, ref, match.string, match.start())
    elif g("mrel"):
        base = _base(g("mrel"), ref, anchor)
        if base:
            year, month = _add_months(base.year, base.month, _REL[g("mrel")])
    has_month = bool(g("m") or g("mrel"))
    if g("drel"):
        word = g("drel")
        written, last_day, _ = day_anchor
        base = (written if word.startswith("前") else last_day) if word[0] in _ANAPHORIC else ref
        day = base and base + timedelta(_REL[word])
        precision = "part_of_day" if g("pod") or g("hh") or word in _DAY_WITH_PART else "day"
        return precision, day, day
    if g("d"):
        d = int(g("d"))
        if has_month:
            first = date(year, month, d) if year and month else None
        elif g("dpre") and day_anchor[1] is not None:  # 同30日, 翌10日: of the last day placed
            first = _day_after(d, day_anchor[1], g("dpre") == "翌")
        else:
            first = ref and _day_near(d, ref)
        if g("d2") is None:
            return ("part_of_day" if g("pod") or g("hh") else "day"), first, first
        if first is None:
            return "days", None, None
        y2, m2 = int(g("y2") or first.year), int(g("m2") or first.month)
        if g("y2"):
            pass
        elif m2 < first.month or (not g("m2") and int(g("d2")) < d):
            y2, m2 = _add_months(y2, m2, 12 if m2 < first.month else 1)  # 30日〜2日, 12月30日〜1月2日
        return "days", first, date(y2, m2, int(g("d2")))
    if g("wrel"):
        base = _base(g("wrel"), ref, anchor)
        # a Japanese week runs Sunday to Saturday: 今週 written on a Sunday is the week ahead
        sunday_shift = 1 if base is not None and base.weekday() == 6 and g("wrel")[0] not in _ANAPHORIC else 0
        monday = base and base - timedelta(base.weekday() - 7 * (_REL[g("wrel")] + sunday_shift))
        if g("wd"):
            day = monday and monday + timedelta(_WEEKDAYS.index(g("wd")))
            return ("part_of_day" if g("wpod") else "day"), day, day
        return _placed(monday, _week_part(monday or date(2000, 1, 3), g("sub")))
    if g("wd"):
        wanted = _WEEKDAYS.index(g("wd"))
        near = day_anchor[2]
        if near is not None:  # 4日と5日は土・日曜日だったので、月曜日に: the Monday nearest the day written
            day = near + timedelta((wanted - near.weekday() + 3) % 7 - 3)
        else:
            day = ref and ref - timedelta((ref.weekday() - wanted) % 7)
        return ("part_of_day" if g("wpod") else "day"), day, day
    if g("mm2"):
        if not (1 <= int(g("mm2")) <= 12 and has_month):
            raise ValueError(g("mm2"))
        y2 = int(g("my2")) if g("my2") else year and year + (int(g("mm2")) < month)
        return _placed(year and month, ("months", date(year or 2000, month or 1, 1), _last_day(y2 or 2000, int(g("mm2")))))
    if has_month:
        return _placed(year and month, _month_part(year or 2000, month or 1, g("sub")))
    return _placed(year, _year_part(year or 2000, g("sub")))


def _offset(n: str, unit: str, after: bool, ref: date | None):
    """N日前, 2週間後, 1カ月前, 半年前, 3年後; vague counts (数日前) and hours stay unknown."""
    if unit == "時間" or not (n.isdigit() or (n == "半" and unit == "年")):
        return "unknown", None, None
    steps = (int(n) if n.isdigit() else 6) * (1 if after else -1)
    kind = "month" if n == "半" else {"日": "day", "週": "week", "年": "year"}.get(unit[0], "month")
    if ref is None:
        return kind, None, None
    if kind == "day":
        day = ref + timedelta(steps)
        return "day", day, day
    if kind == "week":
        return _week_part(ref + timedelta(7 * steps - ref.weekday()), None)
    if kind == "month":
        return _month_part(*_add_months(ref.year, ref.month, steps), None)
    return _year_part(ref.year + steps, None)


def _placed(known, found):
    """found as is when the date is known, else its precision with no dates."""
    return found if known else (found[0], None, None)


def _base(word: str, ref: date | None, anchor: date | None) -> date | None:
    return anchor if word[0] in _ANAPHORIC else ref


def _add_months(year: int, month: int, k: int) -> tuple[int, int]:
    return year + (month - 1 + k) // 12, (month - 1 + k) % 12 + 1


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


_YEAR_WORD = re.compile(r"(?:(?:19|20)[0-9]{2}年|今年|来年|昨年|去年|本年|翌年|前年)(?![0-9]{1,2}月|度|代)")
_RELATIVE_YEAR = {"今年": 0, "本年": 0, "来年": 1, "翌年": 1, "昨年": -1, "去年": -1, "前年": -1}


def _year_for_month(month: int, ref: date, text: str = "", position: int = 0) -> int:
    """The year of a month written without one.

    A year named just before (来年、…6月に) gives it; otherwise the month is taken
    between 6 months before and 5 months after the reference month.
    """
    before = None
    for before in _YEAR_WORD.finditer(text, max(0, position - 60), position):
        pass
    if before is not None:
        word = before.group(0)
        return ref.year + _RELATIVE_YEAR[word] if word in _RELATIVE_YEAR else int(word[:4])
    ahead = (month - ref.month) % 12
    return _add_months(ref.year, ref.month, ahead if ahead <= 5 else ahead - 12)[0]


def _day_near(d: int, ref: date) -> date:
    """The d-th within 14 days after ref, else the latest d-th on or before ref."""
    if not 1 <= d <= 31:
        raise ValueError(d)
    months = [_add_months(ref.year, ref.month, k) for k in (0, 1, -1, -2)]
    days = [date(y, m, d) for y, m in months if d <= _last_day(y, m).day]
    ahead = [day for day in days if 0 < (day - ref).days <= 14]
    return ahead[0] if ahead else max(day for day in days if day <= ref)


def _day_after(d: int, base: date, strictly: bool) -> date:
    """The d-th of base's month (同); the first d-th after base (翌)."""
    if not strictly and d <= _last_day(base.year, base.month).day:
        return base.replace(day=d)
    for k in range(1, 32):
        if (base + timedelta(k)).day == d:
            return base + timedelta(k)
    raise ValueError(d)


def _month_part(year: int, month: int, sub: str | None):
    last = _last_day(year, month)
    if sub not in _MONTH_PARTS:
        return "month", last.replace(day=1), last
    a, b = _MONTH_PARTS[sub]
    return "days", last.replace(day=a), last.replace(day=min(b, last.day))


def _week_part(monday: date, sub: str | None):
    a, b = _WEEK_PARTS.get(sub, (0, 6))
    return ("days" if sub in _WEEK_PARTS else "week"), monday + timedelta(a), monday + timedelta(b)


def _year_part(year: int, sub: str | None):
    a, b, precision = _YEAR_PARTS.get(sub, (1, 12, "year"))
    return precision, date(year, a, 1), _last_day(*_add_months(year, b, 0))
