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
from core.cleaning.footer import mark_entry_runs
from core.cleaning.checks import DATE_UNSURE, HEADLINE_UNSURE, NO_HEADLINE, NO_RUNNING_TEXT, joined
from core.cleaning.date_choice import (DATE_REACH, date_candidates, date_follows, disagreeing, listed_dates, ranked_dates, dates_after, far_stamp, glued_date, headline_of_a_date_line,
                                      headline_without)
from core.cleaning.body import HARD_STOPS, choose_body, closing_box, mark_directories
from core.cleaning.header_shapes import TITLE_KINDS, TITLE_REACH, LineBylines, written_headline
from core.cleaning.headline_choice import kicker_before, pick_title
from core.cleaning.profile_box import footer_writer, trim_writer_box
from core.cleaning.title_line import page_title, takes_over
from core.cleaning.headline_doubt import ATOP, DATE_LINE, OPENING, OVER, TITLE_LINE, HeadlineTrace, headline_doubt
from core.cleaning.headline_halves import joined_halves, other_half
from core.cleaning.headline_ranker import second_opinion
from core.cleaning.headline_lead import Lead, headline_atop_the_body, headline_opening_the_body, headline_over_the_body
from core.cleaning.lines import PROSE, SOFT_KINDS, Line, classify, japanese_share
from core.cleaning.lexicon import CAPTION_LABEL, DOMAIN_LINE
from core.cleaning.outlets import guess_outlet, strip_site_suffix, without_own_name
from core.cleaning.readings import without_readings
from core.cleaning.portal_header import earlier_twin, in_a_column
from core.cleaning.page_dates import file_time, page_date, placed_far, with_year
from core.cleaning.page_year import guessed_year
from core.dates.lines import all_datetimes, unsure_order

UNSURE_LEAD = 12  # characters before an unsure day on a date line (a label, a byline: 更新日：, 文・山田太郎)
UNSURE_LINE = 40  # characters of a line that is a date line whatever stands before its day
LISTING = 80  # characters of a line of names (A／B／C…) inside the body that is the article's, not a menu
_CAPTION_LABEL_START = set("画写動IM")


def clean_dump(
    raw: str, overrides: dict[int, str] | None = None, common: frozenset[str] = frozenset()
) -> Article:
    """Clean a page dump; overrides force raw lines (1-based) to 'body' or 'drop'."""
    article = Article(source="", source_format="txt", raw=raw, overrides=dict(overrides or {}))
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
    result.authors, result.captions = [], []
    lines = [classify(i, text, common, site) for i, text in enumerate(result.raw.split("\n"), start=1)]
    _mark_related_blocks(lines)
    _mark_caption_labels(lines)
    mark_directories(lines)
    mark_entry_runs(lines)
    labels = ["blank" if line.kind == "blank" else "drop" for line in lines]
    choice = choose_body(lines)
    span = choice.span or _fallback_body(lines)
    doubts = list(choice.doubts) if choice.span else [NO_RUNNING_TEXT]
    unsure: list[Line] = []  # the date line where the page's date could not be told
    boxed: list[str] = []  # the writer a profile box after the text names
    doubted: Line | None = None  # the line where the headline's choice could not be told
    if span:
        start, end = span
        _label_body(lines, start, end, labels, result)
        if choice.items is not None:  # the items of a list the text announces, whatever their shape
            for line in lines[choice.items[0] : choice.items[1] + 1]:
                if line.kind != "blank" and labels[line.number - 1] != "body":
                    labels[line.number - 1] = "body"
        box = closing_box(lines, end) if choice.span else None
        if box is not None:
            for line in lines[box[0] : box[1] + 1]:
                labels[line.number - 1] = "blank" if line.kind == "blank" else "body"
            end = box[1]
        lead = Lead(line.stripped for line in lines[start : end + 1] if labels[line.number - 1] == "body")
        _mark_own_name(lines[:start], lines[end + 1 :])
        trace = HeadlineTrace()
        title = _read_header(lines[:start], lines[end + 1 :], labels, result, lines, lead, unsure, trace)
        listed = title is not None and _one_of_a_column(lines[:start], title)
        if (atop := headline_atop_the_body(lines, start, end, labels, result, title, lead, listed)) is not None:
            title, trace.route = atop, ATOP
        if result.published is None:
            _read_date_after(lines[end + 1 :], labels, result, lines)
        _read_footer(lines[end + 1 :], labels, result)
        _trim_profile(lines, labels, result.authors)
        boxed = trim_writer_box(lines, labels)  # the writer a profile box after the text names
        if result.title is None and (title := headline_opening_the_body(lines, start, labels, result)) is not None:
            trace.route = OPENING
        if result.title is None and (title := headline_over_the_body(lines, start, labels, result)) is not None:
            trace.route = OVER
        titled = page_title(lines)
        if titled is not None and takes_over(lines, labels, title if result.title is not None else None):
            if result.title is not None:  # the line under the date line was the text's first, and the user looks
                opens = all(line.kind == "blank" for line in lines[title.number : start])
                labels[title.number - 1] = "body" if opens or title.number - 1 >= start else "drop"
                trace.route = TITLE_LINE
            title, result.title = titled
            labels[title.number - 1] = "meta"
        if result.title is not None:  # (a site's name no list knows, which the page prints as its own; ruby)
            result.title = without_readings(without_own_name(result.title, lambda: [line.stripped for line in lines]))
        if result.title is None:
            doubts.append(NO_HEADLINE)
        elif title is not None and (doubted := headline_doubt(lines, title, start, labels, trace)
                                    or _ruby_half_left(lines, title, result.title)) is not None:
            doubts.append(HEADLINE_UNSURE)
    if result.published is None and (line := _unsure_date_line(lines[: span[0]] if span else lines,
                                                               lines[span[1] + 1 :] if span else [])) is not None:
        unsure.append(line)
    elif result.published is None and span and (line := _yearless_foot(lines[span[1] + 1 :])) is not None:
        unsure.append(line)
    if result.published is not None and not unsure and (line := _placed_far(lines, labels, result)) is not None:
        unsure.append(line)
    if unsure:
        doubts.append(DATE_UNSURE)
        if result.published is None:
            _guess_year(unsure[0], lines, result)
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
    _read_dateline(result)
    if not result.authors and span:  # a reporter closing a paragraph, else the writer's box below
        result.authors = bylines.reporters_in(result.paragraphs)
        last = result.body_lines[-1] if result.body_lines else span[1] + 1  # (a box the text's run took in, left out)
        footer = [line.stripped for line in lines[min(last, span[1] + 1) :] if line.kind != "blank"]
        if not result.authors and (name := footer_writer(footer, "".join(result.paragraphs))):
            result.authors = [name]
        if not result.authors:
            result.authors = boxed
    result.authors = bylines.distinct_people(result.authors)
    result.outlet = guess_outlet([l.stripped for l, lab in zip(lines, labels) if lab == "drop"])


def _one_of_a_column(header: list[Line], title: Line) -> bool:
    """The header's pick is one of a column of other articles' headlines, line under line."""
    content = [line for line in header if line.kind != "blank"]
    return title in content and in_a_column(content, content.index(title))


def _guess_year(line: Line, lines: list[Line], result: Article) -> None:
    """A month-and-day date line whose year nothing on the page tells for sure: its day, in the year the page's
    written years or its file's day suggest, is the article's inferred reference day (published stays empty)."""
    found = page_date(line.stripped)
    if found is None or not found.yearless:
        return
    saved = file_time(result.source)  # a page is saved after it is published
    placed = guessed_year(found, [l.stripped for l in lines], saved.date() if saved else None)
    if placed is not None:
        result.published_inferred, result.published_inferred_precision = placed.iso[:10], "day"
        result.published_text = found.text


def _placed_far(lines: list[Line], labels: list[str], result: Article) -> Line | None:
    """The date line of a month and day (05/01 12:00) the text's latest full date placed in a year far from it
    (page_dates.placed_far): its year is a guess, the page is flagged at it (the date is kept)."""
    for line in lines:
        if labels[line.number - 1] == "meta" and result.published_text and result.published_text in line.stripped:
            found = page_date(line.stripped)
            if found is None or not found.yearless:
                return None
            return line if placed_far(found, result.published, [l.stripped for l in lines if l.kind != "caption"]) else None
    return None


def _unsure_date_line(header: list[Line], footer: list[Line]) -> Line | None:
    """On a page left without a date, the header's date line whose day cannot be told: its day and month in
    an order that cannot be read (10/02/2016 15:40: the tenth of February or the second of October), its date
    the line's whole or its start, by the body; else a date line read whose year nothing on the page tells."""
    content = [line for line in header if line.kind != "blank"]
    for line in reversed(content[-DATE_REACH:]):
        at = unsure_order(line.stripped)
        if at is not None and (at <= UNSURE_LEAD or len(line.stripped) <= UNSURE_LINE):
            return line
    return next(iter(date_candidates(content, footer)), None)


def _yearless_foot(footer: list[Line]) -> Line | None:
    """The date line right under the body that gives a month and day (11/02 19:16, 2月11日) whose year nothing
    on the page tells: the article's date, unread (a portal prints its partners' articles so)."""
    for line in dates_after(footer):
        found = page_date(line.stripped)
        if found is not None and found.yearless:
            return line
    return None


def _mark_related_blocks(lines: list[Line]) -> None:
    """Link lines under an in-article 【関連記事】 marker, up to the next blank line."""
    inside = False
    for line in lines:
        if line.kind == "related":
            inside = True
        elif line.kind == "blank" or line.kind == PROSE:
            inside = False
        elif inside:
            line.kind = "related"


OWN_NAME = 30  # characters of a site's name at most


def _mark_own_name(header: list[Line], footer: list[Line]) -> None:
    """The site's name, which its copyright line writes (Copyright © 2012 Kaze Press), is furniture wherever the
    header prints it alone on a line, whatever the outlet: never its headline."""
    legal = [line.stripped for line in footer if line.kind == "copyright"]
    legal += [line.stripped for line in header if line.kind == "copyright"]
    if not legal:
        return
    notices = "\n".join(legal)
    for line in header:
        text = line.stripped
        if (line.kind in TITLE_KINDS and 2 <= len(text) <= OWN_NAME and text in notices and not text.isdigit()
                and any(_names_in(text, notice) for notice in legal)):
            line.kind = "repeated"


def _names_in(name: str, notice: str) -> bool:
    """The copyright notice writes name as a whole word (not inside a longer word of Latin letters)."""
    at = notice.find(name)
    while at >= 0:
        before = notice[at - 1] if at else " "
        after = notice[at + len(name)] if at + len(name) < len(notice) else " "
        if not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum()):
            return True
        at = notice.find(name, at + 1)
    return False


def _mark_caption_labels(lines: list[Line]) -> None:
    """画像説明, then the caption: both are photo metadata, even a caption written as sentences."""
    labelled = False
    for line in lines:
        if line.kind == "blank":
            continue
        if line.stripped[:1] in _CAPTION_LABEL_START and CAPTION_LABEL.match(line.stripped) and len(line.stripped) <= 40:
            line.kind, labelled = "caption", not line.stripped.startswith(("画像提供", "写真提供", "Image source"))
        elif labelled:
            line.kind, labelled = "caption", False


def _trim_profile(lines: list[Line], labels: list[str], authors: list[str]) -> None:
    """End the body where a box about its author begins (the author's name opening a short line)."""
    body = [i for i, label in enumerate(labels) if label == "body"]
    for index in body[len(body) // 2 :]:
        text = lines[index].stripped
        if lines[index].kind != PROSE and len(text) <= 30 and any(text.startswith(a) for a in authors if len(a) >= 2):
            for later in body:
                if later >= index:
                    labels[later] = "drop"
            return


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


def _fallback_body(lines: list[Line]) -> tuple[int, int] | None:
    """Without running text (notes, lists), every short non-furniture line after the first.

    Keeping them lets the user see and correct the page instead of losing it.
    """
    soft = [i for i, line in enumerate(lines) if line.kind in SOFT_KINDS]
    if len(soft) < 2:
        return None
    first = soft[1]
    stop = next((i for i in range(first, len(lines)) if lines[i].kind in HARD_STOPS), len(lines))
    return first, max(i for i in soft if i < stop)


def _label_body(lines: list[Line], start: int, end: int, labels: list[str], result: Article) -> None:
    content = [line for line in lines[start : end + 1] if line.kind != "blank"]
    for position, line in enumerate(content):
        index = line.number - 1
        after = content[position + 1] if position + 1 < len(content) else None
        if line.kind == PROSE and after is not None and _restated(line, after):
            # a photo caption that repeats the lead word for word
            labels[index] = "meta"
            result.captions.append(line.text)
        elif line.kind == PROSE or line.kind in SOFT_KINDS:
            labels[index] = "body"
        elif line.kind == "caption":
            labels[index] = "meta"
            result.captions.append(line.text)
        elif line.kind == "url" or (after is not None and after.kind == "url" and line.kind == "other"):
            labels[index] = "body"  # a source the article cites: its title, then its address
        elif line.kind == "other" and len(line.stripped) >= LISTING and japanese_share(line.stripped) >= 0.5:
            labels[index] = "body"  # a long listing inside the text (the shops, the members): the article's


def _restated(line: Line, after: Line) -> bool:
    text = line.stripped
    return (after.kind == PROSE and len(text) >= 20 and after.stripped[:20] == text[:20]
            and after.stripped.startswith(text[: max(len(text) - 2, 20)]))


def _read_header(header: list[Line], footer: list[Line], labels: list[str], result: Article,
                 page: list[Line], lead: Lead | None = None, unsure: list[Line] | None = None,
                 trace: HeadlineTrace | None = None) -> Line | None:
    """Title, date, byline, url and photo captions above the body; the headline's line.

    unsure gets the date line read when another of equal standing gives a different day; trace, how the
    headline was chosen."""
    trace = trace if trace is not None else HeadlineTrace()
    content = [line for line in header if line.kind != "blank"]
    looked = LineBylines()
    date_line = None
    told = None if lead is None else (lambda line: lead.share(line.stripped))
    ranked = ranked_dates(content, footer, told)
    for _, candidate in ranked:
        if _take_date(candidate, labels, result, page):
            date_line = candidate
            break
    if unsure is not None and date_line is not None and date_line is ranked[0][1] and disagreeing(ranked):
        unsure.append(date_line)  # the date nearest the body is kept, and the user asked to look
    # a date line whose year nothing on the page tells (1/30(月) 9:23配信) gives no date, but it still stands
    # where the article's header is: the headline is sought by it, and bylines beside it
    anchor = date_line or _yearless_anchor(ranked)
    others = frozenset(listed_dates(content, told)) - {id(anchor)}  # other articles' date lines
    title = pick_title(content, anchor, looked, lead or Lead(()), trace, others)
    title = second_opinion(content, anchor, looked, lead or Lead(()), title, trace)
    twin = earlier_twin(content, date_line)
    if twin is not None and title is not None and _portal_headline(content, title, twin, date_line):
        kept = result.published, result.published_precision, result.published_text
        if _take_date(twin, labels, result, page):  # the portal's own date line (and the byline on it)
            date_line = twin
            if "T" in (kept[0] or "") and "T" not in (result.published or ""):  # the partner's gives the time
                result.published, result.published_precision, result.published_text = kept
    if title is None and date_line is not None and (words := headline_of_a_date_line(date_line.stripped)):
        title, result.title = date_line, strip_site_suffix(words)  # the headline with its date glued on
        trace.route = DATE_LINE
    elif title:
        glued = glued_date(title.stripped) if date_line is None and not date_follows(footer) else None
        if glued is not None and _take_date(title, labels, result, page, glued):
            result.title = strip_site_suffix(headline_without(title.stripped, glued))
        else:
            result.title = strip_site_suffix(title.stripped)
    if title:
        labels[title.number - 1] = "meta"
        half = other_half(content, title, looked, lead or Lead(()))
        if half is not None and not half[1] and _opens_the_text(page, half[0]):
            half = None  # a sentence with the text running on under it: the text's first line, no half
        elif half is None and (loose := other_half(content, title, looked, lead or Lead(()), parted=False)):
            trace.halves = not (not loose[1] and _opens_the_text(page, loose[0]))  # one line or two: unsure
        if half is not None:
            other, first = half  # a headline broken over two lines
            upper, lower = (other, title) if first else (title, other)
            result.title = strip_site_suffix(joined_halves(upper.stripped, lower.stripped))
            labels[other.number - 1] = "meta"
            title = upper
        kicker = kicker_before(content, title)
        if kicker is not None:  # 【普天間移設推進派】 on its own line above the headline
            result.title = kicker.stripped + result.title
            labels[kicker.number - 1] = "meta"
    anchor = date_line or anchor  # (the portal's own date line, when its twin was taken)
    near = set(map(id, _near_title(content, title, anchor)))
    for position, line in enumerate(content):
        index = line.number - 1
        if line is title or line is anchor:
            continue
        by_title = id(line) in near and line.kind in TITLE_KINDS
        names = looked.names(line) if by_title else []
        if not names and by_title and looked.is_person(line):
            names = [line.stripped]
        if names and _in_a_list(content, position, looked):
            names = []  # one of a column of names: a menu (editions, countries) or tags, not a byline
        if line.kind == "url" and result.url is None:
            result.url, labels[index] = line.stripped, "meta"
        elif line.kind == "caption" or (not names and _is_image_title(content, position, title)):
            result.captions.append(line.text)
            labels[index] = "meta"
        elif names:
            result.authors.extend(n for n in names if n not in result.authors)
            labels[index] = "meta"
    return title


def _yearless_anchor(ranked: list[tuple[tuple, Line]]) -> Line | None:
    """The likeliest date line of the header when it gives a month and day whose year the page does not tell."""
    if not ranked:
        return None
    found = page_date(ranked[0][1].stripped)
    return ranked[0][1] if found is not None and found.yearless else None


def _opens_the_text(page: list[Line], line: Line) -> bool:
    """A sentence with running text on the very next raw line (新しい生活に胸を躍らせる春。, then the text)."""
    return line.stripped.endswith(("。", "．")) and line.number < len(page) and page[line.number].kind == PROSE


def _portal_headline(content: list[Line], title: Line, twin: Line, date_line: Line) -> bool:
    """The headline chosen is the portal's own, by its twin date line: above it, or right under it with the
    partner's headline further down, over the article's date line."""
    at, twin_at, date_at = content.index(title), content.index(twin), content.index(date_line)
    return at < twin_at or (twin_at < at < date_at and any(written_headline(line) for line in content[at + 1 : date_at]))


def _take_date(line: Line, labels: list[str], result: Article, page: list[Line], glued=None) -> bool:
    """Read the article's date (and a byline before it) from its date line (glued: the date at a headline's end)."""
    found = glued or page_date(line.stripped)
    if found is None:
        return False
    # a photo's shooting day (撮影日：2010年…) does not tell the page's year
    dated = with_year(found, [l.stripped for l in page if l.kind != "caption"]) if found.yearless else found
    if dated is None:
        return False
    result.published, result.published_precision = dated.iso, dated.precision
    result.published_text = found.text
    labels[line.number - 1] = "meta"
    if glued is not None:
        return True
    before = line.stripped[: found.start]
    reporter = bylines.reporter_prefix(before)
    if reporter:
        result.dateline, result.authors = reporter.text, list(reporter.authors)
    elif name := _name_before(line.stripped, found):
        result.authors = [name]
    elif name := bylines.name_after_date(line.stripped[found.start + len(found.text):]):
        result.authors = [name]
    return True


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


def _read_date_after(footer: list[Line], labels: list[str], result: Article, page: list[Line]) -> None:
    """Some sites put the date line right under the body."""
    for line in dates_after(footer):
        if _take_date(line, labels, result, page):
            return
    if (stamp := far_stamp(footer)) is not None:
        _take_date(stamp, labels, result, page)


def _near_title(content: list[Line], title: Line | None, date_line: Line | None) -> list[Line]:
    """The header lines around the headline and the date line, where bylines stand."""
    anchors = [content.index(a) for a in (title, date_line) if a is not None]
    if not anchors:
        return content[-TITLE_REACH:]
    # Bylines stand between the headline (or the date) and the body, or just above (past a follow button:
    # 山田太郎 / フォロー / the date).
    low = min(anchors) - 1
    while low > 0 and content[low].kind == "ui" and min(anchors) - low < 3:
        low -= 1
    return content[max(low, 0):]


def _in_a_list(content: list[Line], position: int, looked: LineBylines) -> bool:
    """The line's neighbours have the same byline-like shape."""
    neighbours = content[max(position - 1, 0) : position] + content[position + 1 : position + 2]
    # (a column of bare names is a list of tags or people in the news: 安倍晋三, 岸田文雄)
    return any(n.kind in TITLE_KINDS and (looked.names(n) or looked.is_person(n)) for n in neighbours)


def _is_image_title(content: list[Line], position: int, title: Line | None) -> bool:
    """A short heading right next to a caption is the photo's title, not a headline."""
    line = content[position]
    if line is title or line.kind != "heading" or len(line.stripped) > 30:
        return False
    neighbours = content[max(position - 1, 0) : position] + content[position + 1 : position + 2]
    return any(n.kind == "caption" for n in neighbours)


def _read_footer(footer: list[Line], labels: list[str], result: Article) -> None:
    """Wire credits, reporter lines and source references below the body."""
    content = [line for line in footer if line.kind != "blank"]
    for position, line in enumerate(content):
        text, index = line.stripped, line.number - 1
        agency = bylines.agency_name(text) or (_agency_in(text) if len(text) <= 30 else None)
        if agency and line.kind != "copyright":
            result.source_agency = result.source_agency or agency
            labels[index] = "meta"
        elif line.kind == "copyright":
            result.source_agency = result.source_agency or _agency_in(text)
        elif position < 2 and (names := _reporter_names(text)):
            result.authors.extend(n for n in names if n not in result.authors)
            labels[index] = "meta"
        elif text.startswith("Reference"):
            labels[index] = "meta"
            for after in content[position + 1 : position + 3]:
                labels[after.number - 1] = "meta"
                if DOMAIN_LINE.match(after.stripped):
                    result.source_agency = result.source_agency or after.stripped


def _reporter_names(text: str) -> list[str]:
    dateline = bylines.find_dateline(text)
    if dateline and dateline.text.strip() == text:
        return dateline.authors
    return bylines.byline_names(text)


# Wire service names longer than two letters, longest first (AFP時事 before AFP).
_AGENCY_KEYS = tuple(k for k in sorted(bylines.AGENCIES, key=len, reverse=True) if len(k) > 2)


def _agency_in(text: str) -> str | None:
    lower = text.lower()
    for key in _AGENCY_KEYS:
        if key in lower:
            return bylines.AGENCIES[key]
    return None


def _read_dateline(result: Article) -> None:
    """The dateline that opens the first paragraph (kept in the body verbatim)."""
    if not result.paragraphs:
        return
    found = bylines.find_dateline(result.paragraphs[0])
    if found is None:
        return
    result.dateline = found.text.strip()
    result.authors.extend(n for n in found.authors if n not in result.authors)
    if found.agency:
        result.source_agency = found.agency
