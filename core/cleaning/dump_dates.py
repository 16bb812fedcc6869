"""The article's date read from a dump's date lines (and the byline on them), and the date lines where it cannot be told."""

from __future__ import annotations

from core.article import Article
from core.cleaning import bylines
from core.cleaning.datelines import reporter_prefix
from core.cleaning.date_choice import DATE_REACH, date_candidates
from core.cleaning.date_labels import date_label
from core.cleaning.foot_dates import dates_after, far_stamp
from core.cleaning.header_shapes import quoted_headline
from core.cleaning.lines import PROSE, Line
from core.cleaning.date_labels import line_date, page_date
from core.cleaning.page_dates import filed_year, header_day, header_year, placed_far, with_year
from core.cleaning.named_day import name_day, named_order, named_year, not_after_saving
from core.cleaning.page_year import guessed_year
from core.cleaning.year_last import both_readings, lead_ordered, near_ordered, page_ordered
from core.dates.lines import all_datetimes, unsure_order

UNSURE_LEAD = 12  # characters before an unsure day on a date line (a label, a byline: 更新日：, 文・山田太郎)
UNSURE_LINE = 40  # characters of a line that is a date line whatever stands before its day
HEADER_AFTER = 3  # lines under a date line that are still the header's (the headline under its date)
QUOTED_REACH = 2  # lines over a date line where its headline stands (a kicker or a byline between)


def take_date(line: Line, labels: list[str], result: Article, page: list[Line], glued=None) -> bool:
    """Read the article's date (and a byline before it) from its date line (glued: the date at a headline's end)."""
    found = glued or line_date(line.stripped)
    if found is None:
        return False
    # a photo's shooting day (撮影日：2010年…) does not tell the page's year
    texts = [l.stripped for l in page if l.kind != "caption"]
    # 12月3日 18:05 under ホーム > 2024 > 国際: the year the page is filed under, else what the page's texts tell
    header = _header_over(line, page) if found.yearless else []
    # (12月3日 18:05 under the title line's 「…（2024年12月3日）」: the year the header writes the same day in)
    # (the year the text's words suggest, unless it puts the day after the day the file's name carries)
    dated = (header_day(found, header) or filed_year(found, header, texts)
             or not_after_saving(with_year(found, texts), found, name_day(result.source))) \
        if found.yearless else found
    if dated is None and found.yearless:  # 12月3日(火) under ホーム > 2024 > 国際: the weekday confirms the header's year
        dated = header_year(found, header, texts)
    if dated is None:
        return False
    result.published, result.published_precision = dated.iso, dated.precision
    result.published_text = found.text
    labels[line.number - 1] = "meta"
    if glued is None:
        _take_byline(line, found, result)
    return True


def _take_byline(line: Line, found, result: Article) -> None:
    """The byline (or a reporter's dateline) written on a date line before or after its date (found)."""
    before = line.stripped[: found.start]
    reporter = reporter_prefix(before)
    if reporter:
        result.dateline, result.authors = reporter.text, list(reporter.authors)
    elif name := _name_before(line.stripped, found):
        result.authors = [name]
    elif name := bylines.name_after_date(line.stripped[found.start + len(found.text):]):
        result.authors = [name]


def _header_over(line: Line, page: list[Line]) -> list[str]:
    """The header's lines around a date line: those over it up to the nearest sentence of text (the body's, for a date
    line under it; a headline quoting words closed by 。 right over the date is none), and the few under it (the
    headline under its date)."""
    over = []
    for other in reversed(page[: line.number - 1]):
        # (the headline right over its date line may quote words closed by 。: 「…。」と首相)
        by_date = sum(1 for text in over if text) < QUOTED_REACH
        if other.kind == PROSE and not (by_date and quoted_headline(other.stripped)):
            break
        over.append(other.stripped)
    return over + [other.stripped for other in page[line.number : line.number + HEADER_AFTER] if other.kind != PROSE]


def _name_before(text: str, found) -> str | None:
    """A byline before the date: right before it, else before the line's first date (山田太郎 更新日：… 公開日：…)."""
    if found.start == 0:
        return None
    name = bylines.name_before_date(text[: found.start])
    if name is None:
        dates = [d for d in all_datetimes(text, yearless=True) if d.start < found.start]
        if dates:
            since = dates[-1].start + len(dates[-1].text)
            name = bylines.name_before_date(text[since : found.start]) or bylines.name_before_date(
                text[: dates[0].start])
    return name


def take_ordered(line: Line, labels: list[str], result: Article, page: list[Line], lead: str = "",
                 text: list[str] = ()) -> bool:
    """Read the article's date from a date line written with its year last in an order the line cannot tell
    (12/03/2024 15:40), when the page tells it (year_last.page_ordered), else the day its file's name carries
    (named_day.named_order: one reading only falls on or before it, within the year). When neither does (False), the
    page's latest full date (year_last.near_ordered), else the text's own (text: the body's lines; a page's lists of
    other articles may write days of other years), or the day the text's first sentence names (lead, the text's first
    line: year_last.lead_ordered), or the month and day its first lines name, may still suggest it: read, for a look.
    (The name settles what these only suggest: on real texts it was never wrong where it decided, they one time in
    fourteen: bench/year_last_evidence.py.)"""
    others = [l.stripped for l in page if l is not line]
    named = name_day(result.source)
    told = page_ordered(line.stripped, others)
    by_name = named_order(line.stripped, named) if told is None and named is not None else None
    suggested = lambda: (near_ordered(line.stripped, others) or near_ordered(line.stripped, list(text))  # noqa: E731
                         or lead_ordered(line.stripped, lead, text))
    found = told or by_name or suggested()
    if found is None:
        return False
    result.published, result.published_precision, result.published_text = found.iso, found.precision, found.text
    result.published_from_name = by_name is not None and suggested() is None
    labels[line.number - 1] = "meta"
    return (told or by_name) is not None


def read_date_after(footer: list[Line], labels: list[str], result: Article, page: list[Line],
                    held: Line | None = None) -> None:
    """Some sites put the date line right under the body. held: the header's date line whose day was not read (its
    order or its year untold, see held_line): a date under the body of another day (a related link's, 外相会談
    （2024年12月1日）) is not the article's, unless labelled as its publication (公開日：…)."""
    days = held_days(held) if held is not None else set()

    def agrees(line: Line) -> bool:
        found = page_date(line.stripped)
        return (not days or date_label(line.stripped) == "published"
                or (found is not None and not found.yearless and {found.iso[:10], found.iso[4:10]} & days))

    for line in dates_after(footer):
        if agrees(line) and take_date(line, labels, result, page):
            return
    if (stamp := far_stamp(footer)) is not None and agrees(stamp):
        take_date(stamp, labels, result, page)


def take_named(line: Line, labels: list[str], result: Article) -> bool:
    """Read the year of a month and day (12月3日 18:05) the page left untold by the day its file's name carries
    (named_day.named_year), and the byline beside it."""
    named = name_day(result.source)
    found = line_date(line.stripped)
    if named is None or found is None or (placed := named_year(found, named)) is None:
        return False
    result.published_from_name = result.published is None  # (not over a day the page's words suggest)
    result.published, result.published_precision, result.published_text = placed.iso, placed.precision, placed.text
    labels[line.number - 1] = "meta"
    if not result.authors:
        _take_byline(line, found, result)
    return True


def held_line(header: list[Line], footer: list[Line]) -> Line | None:
    """The header's date line whose day the header could not read: written with its year last in an order it does not
    tell (12/03/2024 15:40), or a month and day whose year nothing there tells (12月3日 15:40)."""
    line = unsure_date_line(header, footer)
    if line is None or both_readings(line.stripped):
        return line
    found = line_date(line.stripped)
    return line if found is not None and found.yearless else None


def held_days(line: Line) -> set[str]:
    """The days a held date line may mean: each reading's (2024-12-03, 2024-03-12), else its month and day (-12-03)."""
    if (both := both_readings(line.stripped)):
        return {found.iso[:10] for found in both}
    found = line_date(line.stripped)
    return {found.iso[4:10]} if found is not None else set()


def guess_year(line: Line, lines: list[Line], result: Article) -> None:
    """A month-and-day date line whose year nothing on the page tells for sure: its day, in the year the page's
    written years or its file's name suggest, is the article's inferred reference day (published stays empty); a
    byline beside it is the article's."""
    found = line_date(line.stripped)
    if found is None or not found.yearless:
        return
    if not result.authors:  # the byline beside the day is the article's, whatever its year
        _take_byline(line, found, result)
    # a page is saved after it is published: the day its file's name carries (never the file's time: a copy's)
    placed = guessed_year(found, [l.stripped for l in lines], name_day(result.source))
    if placed is not None:
        result.published_inferred, result.published_inferred_precision = placed.iso[:10], "day"
        result.published_text = found.text


def far_placed_line(lines: list[Line], labels: list[str], result: Article) -> Line | None:
    """The date line of a month and day (05/01 12:00) the text's latest full date placed in a year far from it
    (page_dates.placed_far): its year is a guess, the page is flagged at it (the date is kept)."""
    for line in lines:
        if labels[line.number - 1] == "meta" and result.published_text and result.published_text in line.stripped:
            found = line_date(line.stripped)
            if found is None or not found.yearless:
                return None
            return line if placed_far(found, result.published, [l.stripped for l in lines if l.kind != "caption"]) else None
    return None


def unsure_date_line(header: list[Line], footer: list[Line]) -> Line | None:
    """On a page left without a date, the header's date line whose day cannot be told: its day and month in
    an order that cannot be read (10/02/2016 15:40: the tenth of February or the second of October), its date
    the line's whole or its start, by the body; else a date line read whose year nothing on the page tells."""
    content = [line for line in header if line.kind != "blank"]
    for line in reversed(content[-DATE_REACH:]):
        at = unsure_order(line.stripped)
        if at is not None and (at <= UNSURE_LEAD or len(line.stripped) <= UNSURE_LINE):
            return line
    return next(iter(date_candidates(content, footer)), None)


def yearless_foot(footer: list[Line]) -> Line | None:
    """The date line right under the body that gives a month and day (11/02 19:16, 2月11日) whose year nothing
    on the page tells: the article's date, unread (a portal prints its partners' articles so)."""
    for line in dates_after(footer):
        found = page_date(line.stripped)
        if found is not None and found.yearless:
            return line
    return None
