"""A saved page's own headline, and names that belong to the site rather than to a person.

Page titles carry the site's name (「… - 毎日新聞」, 「…（産経新聞）」, 「…：日本経済新聞」,
「神戸新聞NEXT｜社会｜…」). The headline the page shows in an h1 or h2 is the
clean one when the declared titles contain it; otherwise the declared title
loses the segments at either end that name the site.
"""

from __future__ import annotations

import re
import unicodedata

from lxml.html import HtmlElement

from core.cleaning import bylines
from core.cleaning.person_names import is_person_name
from core.cleaning.outlets import names_an_outlet
from core.cleaning.date_labels import date_label, page_date
from core.dates.lines import Found, publication_datetime
from core.ingest.byline_shapes import shaped_names

_BLANKS = re.compile(r"\s+")
# Only ASCII runs: the ideographic space inside a Japanese headline is meant.
_ASCII_SPACE = re.compile(r"[ \t\r\n\f\v\xa0]+")
# Separators between a headline and a site or section name; "-" and ":" count only
# with blanks around them or in their full-width form, as headlines use them too.
_SEPARATOR = re.compile(r"\s+[-–—―|:/·•]\s+|\s*[｜|：]\s*|\s+[-–—―]\s*$|\s*[-–—―]\s+")
_BRACKETED_END = re.compile(r"\s*[（(【\[［]([^（）()【】\[\]［］]{2,30})[）)】\]］]\s*$")
# Words that make a name an organisation (a site, a paper, a broadcaster), not a person.
_ORGANISATION = re.compile(
    r"新聞|ニュース|通信|放送|協会|編集部|編集局|報道部|デジタル|オンライン|ウェブ|web\b|株式会社|有限会社"
    r"|\b(?:Inc|INC|Ltd|LTD|LLC|Co|Corp|Corporation|Editorial|News|NEWS|Media|Digital|DIGITAL"
    r"|Online|Press|Staff|Newsroom|Group)\b|[（(]",
)
_URL = re.compile(r"https?://|www\.|\.(?:com|jp|net|org)\b")
MIN_HEADLINE = 6


def squash(text: str | None) -> str:
    """NFKC without blanks: how two spellings of one headline are compared."""
    return _BLANKS.sub("", unicodedata.normalize("NFKC", text or ""))


def heading_texts(tree: HtmlElement) -> list[tuple[str, str]]:
    """Each h1 then h2 of the page: its text as shown, and without ruby readings (rt)."""
    found = []
    for tag in ("h1", "h2"):
        for element in tree.iter(tag):
            shown = _ASCII_SPACE.sub(" ", element.text_content()).strip()
            bare = "".join(element.xpath(".//text()[not(ancestor::rt)]"))
            if shown:
                found.append((shown, bare))
    return found


def page_headline(tree: HtmlElement, declared: list[str | None], site_names: list[str]) -> str | None:
    """The headline: the longest h1/h2 that a declared title contains, else a declared title without the site."""
    titles = [squash(t) for t in declared if t]
    best, best_length = None, 0
    for shown, bare in heading_texts(tree):
        key = squash(bare)
        if len(key) < MIN_HEADLINE or len(key) <= best_length or is_site_name(shown, site_names):
            continue
        if any(key in title for title in titles) or (not titles and best is None):
            best, best_length = shown, len(key)
    if best is not None:
        return best
    titles = [t.strip() for t in declared if t and t.strip()]
    return strip_site_name(titles[0], site_names + _decorations(titles)) if titles else None


_DECORATION_EDGES = " \t|｜:：-–—―・/／【】[]［］（）()"


def _decorations(titles: list[str]) -> list[str]:
    """What one declared title adds around another (「T」 and 「T | 政治 | 福島民報」 give 「政治 | 福島民報」): the site's
    name and section, when the page does not declare them."""
    found = []
    for core in titles:
        for other in titles:
            if other != core and len(squash(core)) >= MIN_HEADLINE and core in other:
                rest = other.replace(core, " ", 1).strip(_DECORATION_EDGES)
                if rest and rest not in found:
                    found.append(rest)
    return found


def is_site_name(text: str, site_names: list[str]) -> bool:
    """Whether text names the site: one of its declared names, or a known outlet."""
    bare = squash(text).casefold()  # 日刊ゲンダイDigital is 日刊ゲンダイDIGITAL
    if not bare:
        return False
    for name in site_names:
        other = squash(name).casefold()
        if other and (other in bare or bare in other):
            return True
    return len(bare) <= 30 and names_an_outlet(text)


def strip_site_name(title: str, site_names: list[str]) -> str:
    """A declared title without the segments at either end that name the site (or its section).

    「… | 毎日新聞」「…（産経新聞）」「【産経新聞】…」「… - 毎日新聞 - 最新ニュース」「神戸新聞NEXT｜社会｜…」
    「… | 政治 | 日経」; a site no one declared is still taken off the end after a bar or a dash between
    blanks (「…｜福島民報」「… - みなと日報」).
    """
    title = _without_bracketed_site(title.strip(), site_names)
    spans = _segments(title)
    if len(spans) < 2:
        return title
    texts = [title[a:b] for a, b in spans]
    ends = [k for k in (len(texts) - 1, *range(1, len(texts) - 1), 0) if is_site_name(texts[k], site_names)]
    if ends:
        k = ends[0]
        if k == 0:  # the site first, maybe a short section after it
            j = 1
            while j < len(texts) - 1 and len(squash(texts[j])) <= SECTION:
                j += 1
            kept = title[spans[j][0]:]
        else:  # the site, and any tagline after it, close the title; a short section may stand before it
            j = k
            while j > 1 and len(squash(texts[j - 1])) <= SECTION:
                j -= 1
            kept = title[: spans[j - 1][1]]
        if len(squash(kept)) >= MIN_HEADLINE:
            return _without_bracketed_site(kept.strip(), site_names)
        return title
    bar = _UNDECLARED_END.search(title)  # no site known: a short last segment after a bar or a spaced dash
    if bar and len(squash(bar.group(1))) <= 20:
        # a Latin name is long in letters (Harbor Times): the headline before it need only be as long
        times = 1 if _LATIN_ONLY.match(bar.group(1)) else 2
        if len(squash(title[: bar.start()])) >= times * len(squash(bar.group(1))):
            return title[: bar.start()].rstrip()
    return title


SECTION = 5  # characters of a section name between a headline and the site (政治, スポーツ)
# a bar, or a dash between blanks (「… - みなと日報」「… — Harbor Times」): a headline's own dashes have no blanks
_LATIN_ONLY = re.compile(r"^[A-Za-z0-9 .&'’-]+$")
_UNDECLARED_END = re.compile(r"\s*(?:\s[|｜\-–—―]\s|｜)\s*([^|｜]+)$")
_BRACKETED_START = re.compile(r"^\s*[【\[［]([^【】\[\]［］]{2,40})[】\]］]\s*")


def _without_bracketed_site(title: str, site_names: list[str]) -> str:
    """The title without the site's name in brackets at its end or start: 「…（産経新聞）」「【毎日新聞】…」."""
    while True:
        end = _BRACKETED_END.search(title)
        if end and end.start() >= MIN_HEADLINE and is_site_name(end.group(1), site_names):
            title = title[: end.start()].rstrip()
            continue
        start = _BRACKETED_START.match(title)
        if start and len(squash(title[start.end():])) >= MIN_HEADLINE and is_site_name(start.group(1), site_names):
            title = title[start.end():].lstrip()
            continue
        return title


def _segments(title: str) -> list[tuple[int, int]]:
    """The spans of the title between separators."""
    spans, at = [], 0
    for match in _SEPARATOR.finditer(title):
        if match.start() > at:
            spans.append((at, match.start()))
        at = match.end()
    if at < len(title):
        spans.append((at, len(title)))
    return spans


def is_person(name: str, site_names: list[str]) -> bool:
    """A byline name that is a person's, not the site's or another organisation's."""
    return (bool(name.strip()) and not _ORGANISATION.search(name) and not _URL.search(name)
            and not is_site_name(name, site_names))


def date_under_headline(tree: HtmlElement, headline: str | None, reach: int = 40) -> Found | None:
    """A date written in the short lines right after the headline element (配信, 更新 lines)."""
    return _under_headline(tree, headline, reach)[0]


def byline_under_headline(tree: HtmlElement, headline: str | None, reach: int = 40) -> list[str]:
    """A reporter named between the headline and its date line, or before the date on that line."""
    return _under_headline(tree, headline, reach)[1]


def _under_headline(tree: HtmlElement, headline: str | None, reach: int) -> tuple[Found | None, list[str]]:
    if not headline:
        return None, []
    for element in _headline_elements(tree, headline):
        names: list[str] = []
        marked: list[str] = []  # names written as bylines (山田太郎記者, 文：山田太郎), not bare
        recent: list[str] = []  # the short texts read so far: a name and its role may be two elements
        update = None  # a date shown as the update, used when no publication date follows
        for text in element.xpath("following::text()[not(ancestor::script) and not(ancestor::style)]")[:reach]:
            text = text.strip()
            if not text or len(text) > 60:
                continue
            found = publication_datetime(text)
            if found and date_label(text) == "event":
                found = None  # a photo's 撮影 day, an event's date, a figure's 現在: not the article's
            if found is None and (held := _yearless_date_line(text)) is not None:
                # the page's date line, its year unwritten (9/7(水) 16:50配信): the page read as a dump places it; a
                # full date further down is another's (a date the text names)
                before = bylines.name_before_date(text[: held.start])
                return None, names or ([before] if before else [])
            if found:
                before = bylines.name_before_date(text[: found.start])
                if not before and not text[: found.start].strip() and len(recent) >= 2 and recent[-1][:1] in "|｜":
                    before = bylines.name_before_date(" ".join(recent[-2:]))  # 「JSF」「| 軍事ブロガー」, then the date
                if _UPDATE.search(text[: found.start]) and not _PUBLICATION.search(text):
                    update = update or (found, names or ([before] if before else []))
                    continue  # 更新：… before 公開：…: the publication may follow
                return found, names or ([before] if before else [])
            recent.append(text)
            found_names = _names_on(text)
            names += [name for name in found_names if name not in names]
            if found_names and (not is_person_name(text) or text not in found_names):  # not a bare name
                marked += [name for name in found_names if name not in marked]
        if update:
            return update
        # with no date line to close the header, a bare name may be a tag or a caption (安倍晋三)
        return None, marked
    return None, []


_DATE_LINE_WORDS = 12  # characters besides its date on a date line (配信, 更新日：, a byline's name)


def _yearless_date_line(text: str) -> Found | None:
    """The month and day a short line gives as the page's date without its year (12月3日 18:05, 9/7(水) 16:50配信),
    not an event's."""
    found = page_date(text)
    if found is None or not found.yearless or date_label(text) == "event":
        return None
    return found if len(text) - len(found.text) <= _DATE_LINE_WORDS else None


_UPDATE = re.compile(r"更新|修正|[Uu]pdated|[Mm]odified")
_PUBLICATION = re.compile(r"公開|配信|掲載|投稿|発行|初出|[Pp]ublished|[Pp]osted")


def _names_on(text: str) -> list[str]:
    """A line that is a person's name, maybe with a role or label (山田太郎記者, 文：山田太郎).

    Only names UniDic reads as a person's, or names on a line shaped as a byline: lines of
    other words (sections, photo credits, a Latin menu) are common in the text after a headline.
    """
    if is_person_name(text):
        return bylines.byline_names(text) or [text]
    if len(text) > 24:
        return shaped_names(text)  # Text: Jane Smith / Photo: 山田太郎
    # a byline's shape (文：…, …記者) names a writer UniDic does not know (東海林紬　記者)
    return [name for name in bylines.byline_names(text) if is_person_name(name)] or shaped_names(text)


def headline_element(tree: HtmlElement, headline: str | None) -> HtmlElement | None:
    """The h1/h2 that shows the headline, None when no heading does."""
    return next(iter(_headline_elements(tree, headline)), None) if headline else None


def _headline_elements(tree: HtmlElement, headline: str):
    """The h1/h2 showing the headline: as taken, else one that holds it or that it holds (a shortened title)."""
    key = squash(headline)
    near = []
    for tag in ("h1", "h2"):
        for element in tree.iter(tag):
            shown = squash(element.text_content())
            if shown == key:
                yield element
                return
            if len(shown) >= MIN_HEADLINE and (key in shown or shown in key):
                near.append(element)
    if not near:  # no heading shows it: an element styled as the headline does (div.article-title)
        near = [e for e in tree.xpath(_STYLED_HEADLINE) if squash(e.text_content()) == key]
    yield from near[:1]


_STYLED_HEADLINE = ("//body//*[self::div or self::p or self::span or self::strong or self::header]"
                    "[contains(@class,'title') or contains(@class,'headline') or contains(@class,'heading')]")
