"""An Article from a saved web page: trafilatura finds the text, the page's tags the metadata."""

from __future__ import annotations

import logging
import re
from functools import cache

import trafilatura
from trafilatura.utils import load_html

from core.article import Article
from core.cleaning.dump import clean_dump
from core.cleaning.checks import NO_RUNNING_TEXT
from core.cleaning.extracted import after_headline, without_furniture, without_running_text
from core.cleaning.profile_box import before_writer_box, box_writer
from core.dates.fields import JST, parse_date
from core.ingest.before_extraction import (
    before_paywall, loose_text_as_paragraphs, noscript_paragraphs_as_text, quotes_as_text,
)
from core.ingest.char_refs import without_control_references
from core.ingest.decode import decode_bytes
from core.ingest.errors import IngestError
from core.ingest.headline import (
    byline_under_headline, date_under_headline, headline_element, page_headline, strip_site_name,
)
from core.ingest.page_authors import byline_paragraphs, marked_names, people, reporters, without_names
from core.ingest.page_meta import page_meta
from core.ingest.page_text import page_text
from core.ingest.text_edges import as_shown_lines, lead_blocks, with_lead, without_edge_furniture

_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)

# trafilatura logs every page it finds thin at WARNING; the import summary says it once.
logging.getLogger("trafilatura").setLevel(logging.ERROR)


def decode_html(data: bytes) -> str:
    """Decode page bytes, trusting the page's meta charset when the bytes are not UTF-8."""
    match = _DECLARED_CHARSET.search(data[:4096])
    hint = match.group(1).decode("ascii") if match else None
    text, _ = decode_bytes(data, hint=hint)
    return text


def article_from_html(source: str, html: str) -> Article:
    """Extract the main text and metadata of one page; never touches the network."""
    tree = load_html(without_control_references(html))  # (the page itself is stored as it came)
    if tree is None:
        raise IngestError("not an HTML page")
    meta = page_meta(tree)
    # Read the headline and the date under it before trafilatura prunes the tree.
    sites = meta.site_names + ([meta.outlet] if meta.outlet else [])
    headline = page_headline(tree, meta.declared_titles, sites)
    shown_date = date_under_headline(tree, headline) if not meta.published else None
    shown_bylines = people(byline_under_headline(tree, headline), sites)
    shown_headline = headline_element(tree, headline)
    marked = marked_names(tree, sites, shown_headline)
    shown_text = page_text(tree)  # the page as a reader sees it, before trafilatura prunes the tree
    blocks = lead_blocks(shown_headline)
    quotes_as_text(tree)
    loose_text_as_paragraphs(tree)
    noscript_paragraphs_as_text(tree)
    # A string or tree (never a URL) so trafilatura cannot fetch anything;
    # comments under an article are not part of it.
    document = trafilatura.bare_extraction(
        tree, with_metadata=True, include_comments=False, include_tables=True
    )
    text = getattr(document, "text", None) if document is not None else None
    lines = as_shown_lines([line.strip() for line in (text or "").split("\n") if line.strip()], shown_text)
    paragraphs = without_edge_furniture(without_furniture(before_paywall(lines)))
    if not paragraphs:
        raise IngestError("no article text found in the page")
    article = Article(source=source, source_format="html", raw=html)
    article.outlet = meta.outlet or getattr(document, "sitename", None)
    sites.append(article.outlet or "")
    article.title = headline or strip_site_name(getattr(document, "title", None) or "", sites) or None
    text_lines = without_edge_furniture(with_lead(after_headline(paragraphs, article.title), blocks))
    text_lines, box = before_writer_box(text_lines)  # the writer's profile after the text is no part of it
    article.paragraphs, closing = byline_paragraphs(text_lines, sites)
    article.url = meta.url or getattr(document, "url", None)
    # the page read as a dump, only when it declares little, as a text dump of the same file is: with the day its
    # file's name carries, below the page's words
    read = cache(lambda: clean_dump(shown_text, source=source))
    # declared people; bylines the page shows by its headline, at either end of the text, in the writer's box
    # after it or in the elements it marks as bylines; then the page read as a dump, trafilatura's guess and
    # reporters the text names
    article.authors = (people(meta.authors, sites) or shown_bylines or closing or people(box_writer(box), sites)
                       or marked
                       or people(_not_in(read().authors, article.paragraphs), sites)
                       or people(_not_in(_guessed(getattr(document, "author", None)), article.paragraphs), sites)
                       or reporters(paragraphs))
    article.paragraphs = without_names(article.paragraphs, article.authors)
    if without_running_text(article.paragraphs):  # menus and links, no article: the reader says so
        article.cleaning_check, article.cleaning_check_line = NO_RUNNING_TEXT, _raw_line(html, article.paragraphs)
    japanese = meta.is_japanese(text or "")
    if shown_date is not None:
        article.published, article.published_precision = shown_date.iso, shown_date.precision
        article.published_text = shown_date.text
    elif meta.published:
        _set_date(article, meta.published, japanese)
    elif read().published and not (read().published_from_name
                                   and _written_in_another_year(getattr(document, "date", None), read().published)):
        # no date declared nor under the headline: the date line the page shows, as a reader sees it (a year its
        # words only suggest gives way where it puts the day after the day the file's name carries); one whose
        # year or order only the file's name tells comes over a date trafilatura found elsewhere on the page
        # (another article's, a copyright's year), unless that writes the line's month and day in another year
        _take_read(article, read())
    else:
        _set_date(article, getattr(document, "date", None), japanese)
    return article


def _take_read(article: Article, read: Article) -> None:
    """The date the page read as a text dump (read) found."""
    article.published, article.published_precision = read.published, read.published_precision
    article.published_text = read.published_text


def _written_in_another_year(guessed: str | None, placed: str) -> bool:
    """Whether trafilatura's date (guessed) writes the month and day of a date line placed by the file's name
    (placed, ISO) in full in another year: the page's own year of that day, over the name's."""
    parsed = parse_date(guessed, default_offset=None) if guessed else None
    return parsed is not None and parsed[0][5:10] == placed[5:10] and parsed[0][:4] != placed[:4]


def _set_date(article: Article, written: str | None, japanese: bool) -> None:
    if not written:
        return
    article.published_text = written
    parsed = parse_date(written, default_offset=JST if japanese else None)
    if parsed:
        article.published, article.published_precision = parsed


def _not_in(names: list[str], paragraphs: list[str]) -> list[str]:
    """The names that are not a line of the article's text: a guess that took one (「Music Beam」) is no byline."""
    lines = {p.strip() for p in paragraphs}
    return [name for name in names if name.strip() not in lines]


_ONE_LATIN_WORD = re.compile(r"^[A-Za-z0-9.!&'’-]+$")


def _guessed(value: str | None) -> list[str]:
    """trafilatura's guess at the writers, without single Latin words: a partner site's brand (GIGAZINE) is
    marked as the author as often as a writer's handle, and only a byline tells them apart."""
    if not value:
        return []
    return [name.strip() for name in value.split(";") if name.strip() and not _ONE_LATIN_WORD.match(name.strip())]


def _raw_line(html: str, paragraphs: list[str]) -> int:
    """The line of the page's source where its first paragraph is written, else its first line."""
    first = paragraphs[0][:12] if paragraphs else ""
    body = html.find("<body")
    at = html.find(first, max(body, 0)) if first else -1
    return html.count("\n", 0, at) + 1 if at >= 0 else 1
