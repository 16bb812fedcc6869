"""Why a dump's title or date is wrong, told without showing the page (bench/eval_pages.py --why).

Each miss is described by what Kaidan read in its place (nothing, the gold with more around it, a part of it, another
line or day) and by where the page writes the gold (a line of its own or inside a longer one, above or below the
body's first line; a date with its year, without it, or not at all), the line read instead by its class (its length,
its end and marks, how far under the gold's line), and a year-less day's year by the shape of the line over the body
that writes it (a breadcrumb or an archive's heading or not, how many years the lines over the body write). Counts
only, so the part held aside can be read this way too.
"""

from __future__ import annotations

import re
import unicodedata

_BLANKS = re.compile(r"\s+")


def _squash(text: str | None) -> str:
    return _BLANKS.sub("", unicodedata.normalize("NFKC", text or ""))


def _first_body_line(lines: list[str], body: list[str]) -> int:
    first = _squash(body[0]) if body else ""
    return next((i for i, line in enumerate(lines) if first and _squash(line) == first), len(lines))


def title_miss(gold: str, found: str | None, raw: str, body: list[str]) -> str:
    want, got = _squash(gold), _squash(found)
    lines = raw.split("\n")
    start = _first_body_line(lines, body)
    own = [i for i, line in enumerate(lines) if _squash(line) == want]
    if not got:
        read = "no title read"
    elif want in got:
        read = "the gold title with more " + ("after it" if got.startswith(want) else
                                              "before it" if got.endswith(want) else "on both sides")
        if got.endswith(want):
            read += _what_before(got[: -len(want)], lines)
    elif got in want:
        read = "a part of the gold title"
    else:
        theirs = [i for i, line in enumerate(lines) if _squash(line) == got]
        if not theirs:
            place = "not a line of the page"
        elif own and theirs[0] < own[0]:
            place = "a line above the gold's"
        elif theirs[0] < start:
            place = "a line between the gold's and the body"
        else:
            place = "a line of the body or below it"
        read = f"another line ({place}{_shape(found or '', lines, theirs, own)})"
    inside = [i for i, line in enumerate(lines) if want and want in _squash(line)]
    if own:
        where = "a line of its own " + ("above the body" if own[0] < start else "below the body's first line")
    elif inside:
        where = "inside a longer line " + ("above the body" if inside[0] < start else "below the body's first line")
    else:
        where = "not written as one run"
    return f"read {read}; the page writes it as {where}"


def _what_before(extra: str, lines: list[str]) -> str:
    """Where the words read before the gold title stand, and their class: glued on one line with it or a line of
    their own, in brackets or not, how long."""
    squashed = [_squash(line) for line in lines]
    place = "a line of their own" if extra in squashed else "glued on a line"
    bracket = "in brackets" if re.match(r"^[【〈《\[［＜<〔≪(（].*[】〉》\]］＞>〕≫)）]$", extra) else "not in brackets"
    return f" ({place}, {bracket}, {len(extra)} characters)"


def _shape(text: str, lines: list[str], theirs: list[int], own: list[int]) -> str:
    """How the line read instead looks, in words of its class only: its length, its end, its marks, its distance under
    the gold's line."""
    text = unicodedata.normalize("NFKC", text).strip()
    size = "short" if len(text) < 15 else "mid-length" if len(text) <= 40 else "long"
    marks = [name for name, there in (
        ("ending with 。", text.endswith("。")), ("in brackets of its own", bool(re.match(r"^[〈《(\[【<「『].*[〉》)\]】>」』]$", text))),
        ("opening with a dash", bool(re.match(r"^[―ー─—-]{2}", text))), ("mostly Latin letters", len(re.findall(r"[A-Za-z]", text)) > len(text) / 2),
        ("with a label and a colon", bool(re.match(r"^[^\s:]{1,10}[:=]", text))), ("with a digit", bool(re.search(r"\d", text))))
        if there]
    under = f", {theirs[0] - own[0]} lines under the gold's" if own and theirs and theirs[0] > own[0] else ""
    return f"; {size}" + "".join(f", {m}" for m in marks) + under


def _day_forms(iso: str) -> tuple[list[str], list[str]]:
    """The ways a page writes the day: with its year, and with the month and day alone."""
    y, m, d = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    full = [f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日"] + [
        f"{y}{sep}{mm}{sep}{dd}" for sep in "/.-" for mm, dd in ((m, d), (f"{m:02d}", f"{d:02d}"))] + [
        f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}"]
    return full, [f"{m}月{d}日", f"{m:02d}月{d:02d}日", f"{m}/{d}", f"{m:02d}/{d:02d}", f"{m:02d}.{d:02d}"]


_ADDRESS = re.compile(r"^\s*(?:https?://|www\.)")
_COPYRIGHT = re.compile(r"©|\(c\)|copyright", re.I)


def _year_place(year: str, lines: list[str], start: int) -> str:
    """Where the page writes the gold's year (a year-less day): an address line, the copyright line, a line above
    the body, the body or below, or nowhere."""
    places = []
    for i, line in enumerate(lines):
        text = unicodedata.normalize("NFKC", line)
        if year not in text:
            continue
        places.append("an address line" if _ADDRESS.match(text) else "the copyright line" if _COPYRIGHT.search(text)
                      else "a line above the body" if i < start else "the body or below")
    places = sorted(set(places))
    if "a line above the body" in places:
        from core.cleaning.month_years import archive_year

        over = [unicodedata.normalize("NFKC", line) for line in lines[:start]]
        years = {y for line in over if not _COPYRIGHT.search(line) for y in re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", line)}
        filed = archive_year([line for line in over if year in line])
        places[places.index("a line above the body")] = (
            f"a line above the body ({'a breadcrumb or an archive heading' if filed else 'no breadcrumb or archive heading'}"
            f", {len(years)} years written above the body)")
    return ("in " + " and ".join(places)) if places else "nowhere"


def _line_read(short: list[str], lines: list[str]) -> str:
    """Whether the first line that writes the day without its year is read as a date (date_labels.page_date), as a
    month and day alone (core.dates.lines.bare_day), as a day with a two-digit year, or writes its year last in an
    order it cannot tell (12/03/2024), and how long it is."""
    from core.cleaning.date_labels import page_date
    from core.dates.lines import bare_day, unsure_order

    line = next((line for line in lines if any(form in _squash(line) for form in short)), "")
    text = unicodedata.normalize("NFKC", line).strip()
    found = page_date(text)
    size = "a short line" if len(line.strip()) <= 40 else "a long line"
    read = ("is read as a date" if found and found.yearless else "is read as a day with its year" if found
            else "is a month and day alone" if bare_day(text)
            else "writes its year last in an order it cannot tell" if unsure_order(text) is not None
            else "gives no year-less date")
    return f"its line ({size}) {read}"


def date_miss(gold: str | None, found: str | None, raw: str, body: list[str], inferred: str | None = None) -> str:
    if not gold:
        return "the gold has no date; Kaidan read one"
    if not found:
        read = "no date read"
    elif found[:7] == gold[:7]:
        read = "another day of the month"
    elif found[:4] == gold[:4]:
        read = "another month of the year"
    else:
        read = "another year"
    page = _squash(raw)
    lines = raw.split("\n")
    start = _first_body_line(lines, body)
    above = _squash("\n".join(lines[:start]))
    full, short = _day_forms(gold)
    if any(form in page for form in full):
        where = "with its year " + ("above the body" if any(f in above for f in full) else "only below the body's start")
    elif any(form in page for form in short):
        kanji = "as 月日" if any(form in page for form in short[:2]) else "with a slash or dot"
        where = f"without its year ({kanji}, " + ("above the body)" if any(f in above for f in short) else
                                                    "only below the body's start)")
    else:
        where = "not at all in these forms"
    if where.startswith("without"):
        where += f"; its year {_year_place(gold[:4], lines, start)}; {_line_read(short, lines)}"
    guess = ("; no day inferred" if not inferred else "; the day inferred is the gold's" if inferred[:10] == gold[:10]
             else "; another day inferred")
    return f"read {read}; the page writes the day {where}{guess if not found else ''}"
