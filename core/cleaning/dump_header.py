"""The header of a dump read: its date line, headline (halves, kicker), bylines, captions and url."""

from __future__ import annotations

from core.article import Article
from core.cleaning.date_choice import disagreeing, ranked_dates
from core.cleaning.date_labels import line_date
from core.cleaning.dated_lists import listed_dates, under_a_heading
from core.cleaning.dump_dates import take_date
from core.cleaning.foot_dates import date_follows, published_after
from core.cleaning.glued_dates import glued_date, headline_of_a_date_line, headline_without
from core.cleaning.header_shapes import TITLE_KINDS, TITLE_REACH, LineBylines, quoted_headline, written_headline
from core.cleaning.headline_choice import kicker_before, pick_title
from core.cleaning.headline_doubt import DATE_LINE, HeadlineTrace
from core.cleaning.headline_glued import bare_headline, unkicked
from core.cleaning.headline_halves import joined_halves, other_half
from core.cleaning.headline_lead import Lead
from core.cleaning.headline_ranker import second_opinion
from core.cleaning.lines import PROSE, Line
from core.cleaning.outlets import strip_site_suffix
from core.cleaning.portal_header import earlier_twin, in_a_column

def read_header(header: list[Line], footer: list[Line], labels: list[str], result: Article,
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
    # other articles' date lines: found once for the date's choice and the headline's (lines do not change here)
    listed = listed_dates(content, told)
    ranked = ranked_dates(content, footer, told, None if lead is None else lead.opening, listed)
    for _, candidate in ranked:
        if take_date(candidate, labels, result, page):
            date_line = candidate
            break
    if date_line is not None and (published := published_after(date_line, footer)) is not None:
        take_date(published, labels, result, page)  # the update by the headline, the publication under the text
    if unsure is not None and date_line is not None and date_line is ranked[0][1] and disagreeing(ranked):
        unsure.append(date_line)  # the date nearest the body is kept, and the user asked to look
    # a date line whose year nothing on the page tells (1/30(月) 9:23配信) gives no date, but it still stands
    # where the article's header is: the headline is sought by it, and bylines beside it
    anchor = date_line or _yearless_anchor(ranked)
    # other articles' date lines, and the lines of a list under its heading under the article's header
    others = (frozenset(listed) | {id(line) for line in under_a_heading(content)}) - {id(anchor)}
    title = pick_title(content, anchor, looked, lead or Lead(()), trace, others)
    title = second_opinion(content, anchor, looked, lead or Lead(()), title, trace)
    # not 国際 日米首脳が… when 日米首脳が… stands alone (in the header, or opening the text: one quoting words)
    opening = _quoted_opening(page, header)
    title = bare_headline(content + opening, title, date_line is not None, anchor, footer, lead)
    if opening and title is opening[0]:
        content = content + opening  # (the headline's line read with the header's)
    twin = earlier_twin(content, date_line)
    if twin is not None and title is not None and _portal_headline(content, title, twin, date_line):
        kept = result.published, result.published_precision, result.published_text
        if take_date(twin, labels, result, page):  # the portal's own date line (and the byline on it)
            date_line = twin
            if "T" in (kept[0] or "") and "T" not in (result.published or ""):  # the partner's gives the time
                result.published, result.published_precision, result.published_text = kept
    if title is None and date_line is not None and (words := headline_of_a_date_line(date_line.stripped)):
        title, result.title = date_line, strip_site_suffix(words)  # the headline with its date glued on
        trace.route = DATE_LINE
    elif title:
        glued = glued_date(title.stripped) if date_line is None and not date_follows(footer) else None
        if glued is not None and take_date(title, labels, result, page, glued):
            result.title = strip_site_suffix(headline_without(title.stripped, glued))
        else:
            result.title = unkicked(content, title, footer) or strip_site_suffix(title.stripped)
    if title:
        labels[title.number - 1] = "meta"
        half = other_half(content, title, looked, lead or Lead(()))
        if half is not None and half[0] is anchor:
            half = None  # the date line (a month and day alone: 12/03) is no half of the headline
        elif half is not None and not half[1] and _opens_the_text(page, half[0]):
            half = None  # a sentence with the text running on under it: the text's first line, no half
        elif half is None and (loose := other_half(content, title, looked, lead or Lead(()), parted=False)) \
                and loose[0] is not anchor:
            trace.halves = not (not loose[1] and _opens_the_text(page, loose[0]))  # one line or two: unsure
        if half is not None:
            other, first = half  # a headline broken over two lines
            upper, lower = (other, title) if first else (title, other)
            result.title = strip_site_suffix(joined_halves(upper.stripped, lower.stripped))
            labels[other.number - 1] = "meta"
            title = upper
        kicker = kicker_before(content, title)
        if kicker is not None and kicker is not anchor:  # 【普天間移設推進派】 on its own line above the headline
            # (the date line over the headline in brackets, [10/12/03], is no kicker)
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


def one_of_a_column(header: list[Line], title: Line) -> bool:
    """The header's pick is one of a column of other articles' headlines, line under line."""
    content = [line for line in header if line.kind != "blank"]
    return title in content and in_a_column(content, content.index(title))


def _yearless_anchor(ranked: list[tuple[tuple, Line]]) -> Line | None:
    """The likeliest date line of the header when it gives a month and day whose year the page does not tell."""
    if not ranked:
        return None
    found = line_date(ranked[0][1].stripped)
    return ranked[0][1] if found is not None and found.yearless else None


def _quoted_opening(page: list[Line], header: list[Line]) -> list[Line]:
    """The line opening the text when it is a headline quoting words closed by 。 inside its quotes (喜びイッパイの
    田原総一朗　「…面白い。…！」), which reads as a sentence: the bare copy of a headline a label is glued to."""
    opening = next((line for line in page[len(header) :] if line.kind != "blank"), None)
    return [opening] if opening is not None and quoted_headline(opening.stripped) else []


def _opens_the_text(page: list[Line], line: Line) -> bool:
    """A sentence with running text on the very next raw line (新しい生活に胸を躍らせる春。, then the text)."""
    return line.stripped.endswith(("。", "．")) and line.number < len(page) and page[line.number].kind == PROSE


def _portal_headline(content: list[Line], title: Line, twin: Line, date_line: Line) -> bool:
    """The headline chosen is the portal's own, by its twin date line: above it, or right under it with the
    partner's headline further down, over the article's date line."""
    at, twin_at, date_at = content.index(title), content.index(twin), content.index(date_line)
    return at < twin_at or (twin_at < at < date_at and any(written_headline(line) for line in content[at + 1 : date_at]))


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
    neighbours = _neighbours(content, position)
    # (a column of bare names is a list of tags or people in the news: 安倍晋三, 岸田文雄)
    return any(n.kind in TITLE_KINDS and (looked.names(n) or looked.is_person(n)) for n in neighbours)


def _is_image_title(content: list[Line], position: int, title: Line | None) -> bool:
    """A short heading right next to a caption is the photo's title, not a headline."""
    line = content[position]
    if line is title or line.kind != "heading" or len(line.stripped) > 30:
        return False
    neighbours = _neighbours(content, position)
    return any(n.kind == "caption" for n in neighbours)


def _neighbours(content: list[Line], position: int) -> list[Line]:
    """The lines right above and right under content[position]."""
    return content[max(position - 1, 0) : position] + content[position + 1 : position + 2]
