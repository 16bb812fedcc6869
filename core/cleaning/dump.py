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
from core.cleaning.datetimes import find_datetime
from core.cleaning.lines import PROSE, SOFT_KINDS, Line, classify, japanese_share
from core.cleaning.lexicon import DOMAIN_LINE
from core.cleaning.outlets import guess_outlet, strip_site_suffix

MAX_GAP = 4  # non-blank lines between two sentences that still keep one body
HARD_STOPS = ("anchor", "copyright")
TITLE_KINDS = ("heading", "other")


def clean_dump(
    raw: str, overrides: dict[int, str] | None = None, common: frozenset[str] = frozenset()
) -> Article:
    """Clean a page dump; overrides force raw lines (1-based) to 'body' or 'drop'."""
    article = Article(source="", source_format="txt", raw=raw, overrides=dict(overrides or {}))
    clean_into(article, common)
    return article


def clean_into(result: Article, common: frozenset[str] = frozenset()) -> None:
    """Fill an article's clean fields (title, date, bylines, body…) from its raw page dump."""
    for name in ("title", "published", "published_precision", "published_text", "outlet",
                 "source_agency", "dateline"):
        setattr(result, name, None)
    result.authors, result.captions = [], []
    lines = [classify(i, text, common) for i, text in enumerate(result.raw.split("\n"), start=1)]
    _mark_related_blocks(lines)
    labels = ["blank" if line.kind == "blank" else "drop" for line in lines]
    span = find_body(lines) or _fallback_body(lines)
    if span:
        start, end = span
        _label_body(lines, start, end, labels, result)
        _read_header(lines[:start], labels, result)
        _read_footer(lines[end + 1 :], labels, result)
    for number, label in result.overrides.items():
        if 1 <= number <= len(lines) and lines[number - 1].kind != "blank":
            labels[number - 1] = label
    result.line_labels = labels
    result.body_lines = [i + 1 for i, label in enumerate(labels) if label == "body"]
    result.paragraphs = [lines[n - 1].text.rstrip() for n in result.body_lines]
    _read_dateline(result)
    result.outlet = guess_outlet([l.stripped for l, lab in zip(lines, labels) if lab == "drop"])


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


def find_body(lines: list[Line]) -> tuple[int, int] | None:
    """Indices (first, last) of the densest run of prose, or None if there is none."""
    best, best_chars = None, 0
    i = 0
    while i < len(lines):
        if lines[i].kind != PROSE:
            i += 1
            continue
        start = last = i
        chars, gap = 0, 0
        for j in range(i, len(lines)):
            kind = lines[j].kind
            if kind == PROSE:
                last, gap = j, 0
                chars += len(lines[j].stripped)
            elif kind in HARD_STOPS:
                break
            elif kind != "blank":
                gap += 1
                if gap > MAX_GAP:
                    break
        if chars > best_chars:
            best, best_chars = (start, last), chars
        i = last + 1
    return best


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
    for line in lines[start : end + 1]:
        index = line.number - 1
        if line.kind == PROSE or line.kind in SOFT_KINDS:
            labels[index] = "body"
        elif line.kind == "caption":
            labels[index] = "meta"
            result.captions.append(line.text)


def _read_header(header: list[Line], labels: list[str], result: Article) -> None:
    """Title, date, byline, url and photo captions above the body."""
    content = [line for line in header if line.kind != "blank"]
    dates = [line for line in content if line.kind == "date"]
    if dates:
        found = find_datetime(dates[0].stripped)
        result.published, result.published_precision = found.iso, found.precision
        result.published_text = found.text
        labels[dates[0].number - 1] = "meta"
        reporter = bylines.reporter_prefix(dates[0].stripped[: found.start])
        if reporter:
            result.dateline, result.authors = reporter.text, list(reporter.authors)
    title = _pick_title(content, dates[0] if dates else None)
    if title:
        result.title = strip_site_suffix(title.stripped)
        labels[title.number - 1] = "meta"
    for position, line in enumerate(content):
        index = line.number - 1
        if line is title or line.kind == "date":
            continue
        names = bylines.byline_names(line.stripped) if line.kind in TITLE_KINDS else []
        if line.kind == "url" and result.url is None:
            result.url, labels[index] = line.stripped, "meta"
        elif line.kind == "caption" or _is_image_title(content, position, title):
            result.captions.append(line.text)
            labels[index] = "meta"
        elif names:
            result.authors.extend(n for n in names if n not in result.authors)
            labels[index] = "meta"


def _pick_title(content: list[Line], date_line: Line | None) -> Line | None:
    """The headline: the longest title-like line above the body, favouring the one by the date."""
    best, best_score = None, 0
    for position, line in enumerate(content):
        text = line.stripped
        if line.kind not in TITLE_KINDS or len(text) < 6 or japanese_share(text) < 0.3:
            continue
        if bylines.byline_names(text):
            continue
        score = len(text)
        neighbours = content[max(position - 1, 0) : position + 2]
        if date_line is not None and date_line in neighbours:
            score += 20
        if score > best_score:
            best, best_score = line, score
    return best


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


def _agency_in(text: str) -> str | None:
    for key in sorted(bylines.AGENCIES, key=len, reverse=True):
        if len(key) > 2 and key in text.lower():
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
