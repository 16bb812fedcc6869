"""Cleaning a select-all page dump: find the article body, then read the furniture.

The body is the stretch of the page with the most running text: sentences in
a row, allowing a few short lines between them (subheadings, list items,
captions, an in-article link block) but never crossing a tail anchor (あわせて
読みたい, 関連記事, Copyright...). Lines above it hold the title, date, byline and
photo captions; lines below it the wire credit and legal lines.
"""

from __future__ import annotations

from core.article import Article
from core.cleaning import bylines
from core.cleaning.body import choose_body, closing_box, mark_directories
from core.cleaning.body_labels import fallback_body, label_body, trim_profile
from core.cleaning.datelines import reporters_in
from core.cleaning.checks import DATE_UNSURE, HEADLINE_UNSURE, NO_HEADLINE, NO_RUNNING_TEXT, joined
from core.cleaning.dump_dates import (far_placed_line, guess_year, held_line, read_date_after, take_named,
                                     take_ordered, unsure_date_line, yearless_foot)
from core.cleaning.dump_footer import read_dateline, read_footer
from core.cleaning.dump_header import one_of_a_column, read_header
from core.cleaning.foot_dates import text_end
from core.cleaning.footer import mark_entry_runs
from core.cleaning.header_shapes import TITLE_KINDS
from core.cleaning.headline_doubt import (ATOP, OPENING, OVER, TITLE_LINE, UNTOLD_CRUMB, HeadlineTrace,
                                          headline_doubt)
from core.cleaning.headline_labels import unlabelled
from core.cleaning.headline_lead import (UNTOLD, Lead, headline_atop_the_body, headline_opening_the_body,
                                        headline_over_the_body)
from core.cleaning.line_marks import (mark_caption_labels, mark_letter_items, mark_own_name, mark_picture_rights,
                                      mark_related_blocks)
from core.cleaning.lines import Line, classify
from core.cleaning.outlets import guess_outlet, without_own_name
from core.cleaning.own_lists import listed as list_line
from core.cleaning.profile_box import footer_writer, trim_writer_box
from core.cleaning.readings import without_readings
from core.cleaning.title_line import crumb_headline, page_title, takes_over


def clean_dump(
    raw: str, overrides: dict[int, str] | None = None, common: frozenset[str] = frozenset(), source: str = ""
) -> Article:
    """Clean a page dump; overrides force raw lines (1-based) to 'body' or 'drop'; source: the file it came from."""
    article = Article(source=source, source_format="txt", raw=raw, overrides=dict(overrides or {}))
    clean_into(article, common)
    return article


def clean_into(result: Article, common: frozenset[str] = frozenset(),
               site: frozenset[str] = frozenset()) -> None:
    """Fill an article's clean fields (title, date, bylines, body…) from its raw page dump.

    common: short lines many pages share; site: lines the page's outlet left out of earlier pages.
    """
    for name in ("title", "published", "published_precision", "published_text", "outlet",
                 "source_agency", "dateline", "published_inferred", "published_inferred_precision"):
        setattr(result, name, None)
    result.authors, result.captions, result.published_from_name = [], [], False
    lines = [classify(i, text, common, site) for i, text in enumerate(result.raw.split("\n"), start=1)]
    mark_related_blocks(lines)
    mark_caption_labels(lines)
    mark_letter_items(lines)
    mark_picture_rights(lines)
    mark_directories(lines)
    mark_entry_runs(lines)
    labels = ["blank" if line.kind == "blank" else "drop" for line in lines]
    choice = choose_body(lines)
    span = choice.span or fallback_body(lines)
    doubts = list(choice.doubts) if choice.span else [NO_RUNNING_TEXT]
    unsure: list[Line] = []  # the date line where the page's date could not be told
    boxed: list[str] = []  # the writer a profile box after the text names
    doubted: Line | None = None  # the line where the headline's choice could not be told
    if span:
        start, end = span = text_end(lines, span)
        label_body(lines, start, end, labels, result)
        if choice.items is not None:  # the items of a list the text announces, whatever their shape
            items = text_end(lines, choice.items)
            for line in lines[items[0] : items[1] + 1]:
                if line.kind != "blank" and labels[line.number - 1] != "body":
                    labels[line.number - 1] = "body"
        box = closing_box(lines, end) if choice.span else None
        if box is not None and (box := text_end(lines, box))[1] > end:
            for line in lines[box[0] : box[1] + 1]:
                labels[line.number - 1] = "blank" if line.kind == "blank" else "body"
            end = box[1]
        # (the marked lines the body keeps, ■ subheadings, ※ notes, a box's values and an event's days, are no part
        # of the lead the header is read by)
        lead = Lead(line.stripped for line in lines[start : end + 1]
                    if labels[line.number - 1] == "body" and line.kind not in ("bullet", "date")
                    and not (line.kind == "other" and list_line(line)))
        mark_own_name(lines[:start], lines[end + 1 :])
        trace = HeadlineTrace()
        title = read_header(lines[:start], lines[end + 1 :], labels, result, lines, lead, unsure, trace)
        below = title is not None and takes_over(lines, labels, title)  # the header's pick under the date line
        if (crumb := crumb_headline(lines[:start], lead, result.title if title is not None else None, below)):
            if title is not None:  # the header's pick, which the text does not tell or which stands where it begins
                labels[title.number - 1] = _given_back(lines, title, start) if below else "drop"
            title, result.title = crumb
            labels[title.number - 1] = "meta"
            if lead.share(result.title) < UNTOLD:  # (an entry over the date line the text does not tell: a look)
                trace.route = UNTOLD_CRUMB
        listed = title is not None and one_of_a_column(lines[:start], title)
        if (atop := headline_atop_the_body(lines, start, end, labels, result, title, lead, listed)) is not None:
            title, trace.route = atop, ATOP
        if result.published is None:
            read_date_after(lines[end + 1 :], labels, result, lines, held_line(lines[:start], lines[end + 1 :]))
        read_footer(lines[end + 1 :], labels, result)
        trim_profile(lines, labels, result.authors)
        boxed = trim_writer_box(lines, labels)  # the writer a profile box after the text names
        if result.title is None and (title := headline_opening_the_body(lines, start, labels, result)) is not None:
            trace.route = OPENING
        if result.title is None and (title := headline_over_the_body(lines, start, labels, result)) is not None:
            trace.route = OVER
        titled = page_title(lines)
        if titled is not None and takes_over(lines, labels, title if result.title is not None else None):
            if result.title is not None:  # the line under the date line was the text's first, and the user looks
                labels[title.number - 1] = _given_back(lines, title, start)
                trace.route = TITLE_LINE
            title, result.title = titled
            labels[title.number - 1] = "meta"
        if result.title is not None:  # (a site's name no list knows, which the page prints as its own; ruby)
            outside = lambda: _outside_headline(lines, labels, title)  # noqa: E731
            result.title = without_readings(without_own_name(result.title, outside))
            # (a section's name, the site's, its menu's words glued before a headline written nowhere bare: 国際｜…)
            result.title = unlabelled(result.title, outside, lead) or result.title
        if result.title is None:
            doubts.append(NO_HEADLINE)
        elif title is not None and (doubted := headline_doubt(lines, title, start, labels, trace)
                                    or _ruby_half_left(lines, title, result.title)) is not None:
            doubts.append(HEADLINE_UNSURE)
    if result.published is None and (line := unsure_date_line(lines[: span[0]] if span else lines,
                                                               lines[span[1] + 1 :] if span else [])) is not None:
        lead = lines[span[0]].stripped if span else ""  # (the day its first sentence names, for a look)
        text = [l.stripped for l in lines[span[0] : span[1] + 1] if l.stripped] if span else []
        # 12/03/2024: the order the site's other dates or the file's name show; 12月3日: the year the name's day gives
        if not take_ordered(line, labels, result, lines, lead, text) and not take_named(line, labels, result):
            unsure.append(line)
    elif result.published is None and span and (line := yearless_foot(lines[span[1] + 1 :])) is not None \
            and not take_named(line, labels, result):
        unsure.append(line)
    if result.published is not None and not unsure and (line := far_placed_line(lines, labels, result)) is not None:
        unsure.append(line)
    if unsure:
        doubts.append(DATE_UNSURE)
        if result.published is None:
            guess_year(unsure[0], lines, result)
    result.cleaning_check = joined(doubts) if not result.overrides else None
    result.cleaning_check_line = None
    if result.cleaning_check:
        index = choice.doubt_line if choice.doubt_line is not None else (span[0] if span else 0)
        if doubts[0] == HEADLINE_UNSURE:  # the first doubt: the raw view opens at the headline's decision
            index = doubted.number - 1
        elif doubts[0] == DATE_UNSURE:  # the only doubt: the raw view opens at the date line
            index = unsure[0].number - 1
        result.cleaning_check_line = index + 1
    for number, label in result.overrides.items():
        if 1 <= number <= len(lines) and lines[number - 1].kind != "blank":
            labels[number - 1] = label
    result.line_labels = labels
    result.body_lines = [i + 1 for i, label in enumerate(labels) if label == "body"]
    result.paragraphs = [lines[n - 1].text.rstrip() for n in result.body_lines]
    read_dateline(result)
    if not result.authors and span:  # a reporter closing a paragraph, else the writer's box below
        result.authors = reporters_in(result.paragraphs)
        last = result.body_lines[-1] if result.body_lines else span[1] + 1  # (a box the text's run took in, left out)
        footer = [line.stripped for line in lines[min(last, span[1] + 1) :] if line.kind != "blank"]
        if not result.authors and (name := footer_writer(footer, "".join(result.paragraphs))):
            result.authors = [name]
        if not result.authors:
            result.authors = boxed
    result.authors = bylines.distinct_people(result.authors)
    result.outlet = guess_outlet([l.stripped for l, lab in zip(lines, labels) if lab == "drop"], result.url)


def _given_back(lines: list[Line], title: Line, start: int) -> str:
    """The label of a line under the date line taken for the headline before a better witness: the text's when only
    blank lines part it from the body (or it is the body's), else none."""
    opens = all(line.kind == "blank" for line in lines[title.number : start])
    return "body" if opens or title.number - 1 >= start else "drop"


def _outside_headline(lines: list[Line], labels: list[str], title: Line | None) -> list[str]:
    """The page's lines but the half of a headline broken over two lines (the line under the headline's, taken with
    it): a series' name the page prints there (…」- / 辛口説教部屋 vol.20) is the headline's, no site's own name."""
    half = None if title is None or title.number >= len(lines) or labels[title.number] != "meta" else title.number
    return [line.stripped for line in lines if line.number - 1 != half]


def _ruby_half_left(lines: list[Line], title: Line, headline: str) -> Line | None:
    """A headline line touching a line that prints a ruby's reading (国会（こっかい）) which it does not take in: the
    page may have broken the headline at the reading, and one half is left out (the line returned)."""
    for number in (title.number - 1, title.number + 1):
        if not 1 <= number <= len(lines) or lines[number - 1].kind not in TITLE_KINDS:
            continue
        text = lines[number - 1].stripped
        if (")" in text or "）" in text) and (plain := without_readings(text)) != text and plain not in headline:
            return title
    return None
