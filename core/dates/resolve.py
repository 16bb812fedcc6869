"""A date match resolved to its precision and first and last days: absolute, relative, anaphoric, offsets, ranges."""

from __future__ import annotations

import re
from datetime import date, timedelta

from core.dates.fiscal import FISCAL_REL, fiscal_part, fiscal_year
from core.dates.pattern import ANAPHORIC, DAY_WITH_PART, ERAS, REL, WEEKDAYS
from core.dates.periods import add_months, month_end, month_part, week_part, year_part


def resolve(m: re.Match, ref: date | None, day_anchor: tuple, anchor: date | None):
    """A match as its precision and first and last day (None days where nothing places it)."""
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
        return _placed(year, year_part(year or 2000, g("sname")))
    if g("alone"):
        word = g("alone")
        if word.startswith("年度"):
            return _placed(ref, fiscal_part(fiscal_year(ref or date(2000, 4, 1)), "末" if word == "年度末" else None))
        if word == "年内":
            return _placed(ref, year_part(ref.year if ref else 2000, None))
        if ref is None:
            return {"年": "month", "月": "days", "週": "days"}[word[0]], None, None
        if word[0] == "年":
            ahead = word in ("年明け", "年始") and ref.month > 6
            return year_part(ref.year + ahead, "末" if word == "年末" else "初め")
        if word == "月明け":  # the first days of the month after
            return month_part(*add_months(ref.year, ref.month, 1), "明け")
        if word[0] == "月":
            return month_part(ref.year, ref.month, "末" if word == "月末" else "初め")
        monday = ref - timedelta(ref.weekday())
        if word == "週明け":  # this week's first days while they last, else the next week's
            return week_part(monday + timedelta(7 if ref.weekday() > 1 else 0), "明け")
        return week_part(monday, "末")
    return _calendar(g, ref, day_anchor, anchor, m)


def _fiscal(g, ref: date | None, anchors: tuple):
    """N年度, 今年度, 平成26年度, 昨年度末, 2006年度下期: Japan's fiscal year runs April to March."""
    if g("fy"):
        year = int(g("fy"))
    elif g("fera"):
        year = ERAS[g("fera")] + (1 if g("fey") == "元" else int(g("fey")))
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
        year = ERAS[g("era")] + (1 if g("ey") == "元" else int(g("ey")))
    elif g("yrel"):
        base = _base(g("yrel"), ref, year_anchor or anchor)
        year = base and base.year + REL[g("yrel")]
    has_year = bool(g("y") or g("era") or g("yrel"))
    if g("m"):
        month = int(g("m"))
        if not 1 <= month <= 12:
            raise ValueError(month)
        if not has_year:
            year = _year_for_month(month, ref, match.string, match.start()) if ref else \
                _year_written_before(match.string, match.start())
    elif g("mrel"):
        base = _base(g("mrel"), ref, anchor)
        if base:
            year, month = add_months(base.year, base.month, REL[g("mrel")])
    has_month = bool(g("m") or g("mrel"))
    if g("drel"):
        word = g("drel")
        written, last_day, _ = day_anchor
        base = (written if word.startswith("前") else last_day) if word[0] in ANAPHORIC else ref
        day = base and base + timedelta(REL[word])
        precision = "part_of_day" if g("pod") or g("hh") or word in DAY_WITH_PART else "day"
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
            y2, m2 = add_months(y2, m2, 12 if m2 < first.month else 1)  # 30日〜2日, 12月30日〜1月2日
        return "days", first, date(y2, m2, int(g("d2")))
    if g("wrel"):
        base = _base(g("wrel"), ref, anchor)
        # a Japanese week runs Sunday to Saturday: 今週 written on a Sunday is the week ahead
        sunday_shift = 1 if base is not None and base.weekday() == 6 and g("wrel")[0] not in ANAPHORIC else 0
        monday = base and base - timedelta(base.weekday() - 7 * (REL[g("wrel")] + sunday_shift))
        if g("wd"):
            day = monday and monday + timedelta(WEEKDAYS.index(g("wd")))
            return ("part_of_day" if g("wpod") else "day"), day, day
        return _placed(monday, week_part(monday or date(2000, 1, 3), g("sub")))
    if g("wd"):
        wanted = WEEKDAYS.index(g("wd"))
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
        return _placed(year and month, ("months", date(year or 2000, month or 1, 1), month_end(y2 or 2000, int(g("mm2")))))
    if has_month:
        return _placed(year and month, month_part(year or 2000, month or 1, g("sub")))
    return _placed(year, year_part(year or 2000, g("sub")))


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
        return week_part(ref + timedelta(7 * steps - ref.weekday()), None)
    if kind == "month":
        return month_part(*add_months(ref.year, ref.month, steps), None)
    return year_part(ref.year + steps, None)


def _placed(known, found):
    """found as is when the date is known, else its precision with no dates."""
    return found if known else (found[0], None, None)


def _base(word: str, ref: date | None, anchor: date | None) -> date | None:
    return anchor if word[0] in ANAPHORIC else ref


_YEAR_WORD = re.compile(r"(?:(?:19|20)[0-9]{2}年|今年|来年|昨年|去年|本年|翌年|前年)(?![0-9]{1,2}月|度|代)")
# 2005年に…を制したスズカマンボ以来, 2008年の『ハンコック』以来、約4年ぶり: the earlier time a clause measures from
_SINCE_YEAR = re.compile(r"[^。、\n]*?(?:以来|[0-9０-９]+(?:年|か月|ヶ月|カ月|ヵ月)ぶり)")  # (not 振り返る)
_SENTENCE_BREAK = re.compile("[。\n]")
_RELATIVE_YEAR = {"今年": 0, "本年": 0, "来年": 1, "翌年": 1, "昨年": -1, "去年": -1, "前年": -1}


def _year_for_month(month: int, ref: date, text: str = "", position: int = 0) -> int:
    """The year of a month written without one.

    A year named just before (来年、…6月に) gives it; otherwise the month is taken
    between 6 months before and 5 months after the reference month.
    """
    before = _year_named_before(text, position)
    if before is not None:
        word = before.group(0)
        return ref.year + _RELATIVE_YEAR[word] if word in _RELATIVE_YEAR else int(word[:4])
    ahead = (month - ref.month) % 12
    return add_months(ref.year, ref.month, ahead if ahead <= 5 else ahead - 12)[0]


def _year_written_before(text: str, position: int) -> int | None:
    """In an article with no date of its own (nothing to count 来年 from), the year of a month written without one
    is only the year written just before it in its sentence (2008年の地震は5月12日に; not 記録は1933年。シーズンは
    11月末まで): else it stays unknown, never this year."""
    before = _year_named_before(text, position)
    if before is None or before.group(0) in _RELATIVE_YEAR or _SENTENCE_BREAK.search(text, before.end(), position):
        return None
    return int(before.group(0)[:4])


def _year_named_before(text: str, position: int) -> re.Match | None:
    """The year word (2008年, 来年) written within 60 characters before position, unless a clause measures from it
    (2005年に天皇賞を制した…以来: a year compared with, not the one told)."""
    before = None
    for before in _YEAR_WORD.finditer(text, max(0, position - 60), position):
        pass
    if before is None or _SINCE_YEAR.match(text, before.end(), position):
        return None
    return before


def _day_near(d: int, ref: date) -> date:
    """The d-th within 14 days after ref, else the latest d-th on or before ref."""
    if not 1 <= d <= 31:
        raise ValueError(d)
    months = [add_months(ref.year, ref.month, k) for k in (0, 1, -1, -2)]
    days = [date(y, m, d) for y, m in months if d <= month_end(y, m).day]
    ahead = [day for day in days if 0 < (day - ref).days <= 14]
    return ahead[0] if ahead else max(day for day in days if day <= ref)


def _day_after(d: int, base: date, strictly: bool) -> date:
    """The d-th of base's month (同); the first d-th after base (翌)."""
    if not strictly and d <= month_end(base.year, base.month).day:
        return base.replace(day=d)
    for k in range(1, 32):
        if (base + timedelta(k)).day == d:
            return base + timedelta(k)
    raise ValueError(d)
