"""Witnesses of the headline outside the header's own lines. The browser's title a dump prints atop the page
(「headline | みなと新報」): the headline when the page's header prints none of its own, or when the line taken for it
stands under the date line, where texts begin. The breadcrumb's last entry (ホーム > 国際 > the headline): the headline
when the header prints none the text tells."""

from __future__ import annotations

import re
from itertools import islice

from core.cleaning.glued_dates import without_glued_date
from core.cleaning.header_shapes import HEADLINE_LENGTH, SECTION_WORDS, SHORT_HEADLINE, menu_like, section_label
from core.cleaning.headline_lead import UNTOLD, Lead, word_pairs
from core.cleaning.lines import Line, japanese_share, without_blanks
from core.cleaning.outlets import strip_site_suffix, without_own_name

_TITLE_MARKS = re.compile(r"[-–—|｜:：)）]")
TITLE_LINE_REACH = 2  # non-blank lines from the page's top where its title line stands at most


def page_title(lines: list[Line]) -> tuple[Line, str] | None:
    """The page's title line and the headline it holds: one of the page's first lines, a headline with the site's
    own name after a bar or in brackets (a name the page prints alone on a line or in its copyright line, or a
    name the outlet list knows), the headline printed on no other line of the page."""
    top = list(islice((line for line in lines if line.kind != "blank"), TITLE_LINE_REACH))
    for line in top:
        text = line.stripped
        if not _TITLE_MARKS.search(text):
            continue  # (no bar, no bracket: no site's name after a headline)
        others = [other.stripped for other in lines if other is not line and other.kind != "blank"]
        headline = without_own_name(text, lambda: others)
        if headline == text:
            headline = strip_site_suffix(text)
        if headline == text or len(headline) < HEADLINE_LENGTH or japanese_share(headline) < 0.3 or menu_like(headline):
            continue
        squashed = without_blanks(without_glued_date(headline))
        if any(squashed in without_blanks(other) for other in others):
            return None  # the header prints the headline too: the header's line is the one to read
        return line, headline
    return None


def takes_over(lines: list[Line], labels: list[str], title: Line | None) -> bool:
    """The line taken for the headline stands under the page's date line (where the text begins), or none was
    found: the page's title line is the headline's better witness."""
    if title is None:
        return True
    date_at = next((i for i, line in enumerate(lines) if line.kind == "date" and labels[i] == "meta"), None)
    return date_at is not None and title.number - 1 > date_at


_CRUMB_MARKS = re.compile(r"\s*[>＞»›]\s*|\s[/／]\s")
_CUT = ("…", "...", "‥")
CRUMB_TOLD = 0.5  # share of a short last entry's word pairs the text's first lines say too, at least (a long one:
# UNTOLD, as a headline's length is no section's name)
CRUMB_PAIRS = 4  # word pairs the entry needs for that share to tell
CRUMB_STEP = 12  # characters of each entry before the last at most (a site's, a section's name: not a ranking's headline)
_WRITTEN = re.compile(r"[\u3041-\u309f、「」『』！？!?]")


def crumb_headline(header: list[Line], lead: Lead, found: str | None, below: bool = False) -> tuple[Line, str] | None:
    """The breadcrumb's last entry as the headline (the breadcrumb's line and the headline), when the header's
    reading found none (found: the headline it found, if any), one the text does not tell (a menu entry, another
    story's headline), or one under the date line (below: where texts begin, a subheading of the text). The last
    entry of a header breadcrumb (ホーム > 国際 > …, or 1. ホーム / 2. 国際 / 3. … line under line; short entries
    before it) is a headline's length, no section's name, not cut short
    (…), told by the text's first lines (a short one, mostly) and printed on no line of the header's own."""
    if found is not None and lead.share(found) >= UNTOLD and not below:
        return None
    for at in range(len(header) - 1, -1, -1):  # (the breadcrumb nearest the text)
        line = header[at]
        entries = _crumb_entries(header, at, found is None)
        if not entries:
            continue
        last = entries[-1]
        if (len(entries) < 3 or any(len(entry) > CRUMB_STEP for entry in entries[:-1]) or len(last) < SHORT_HEADLINE
                or last.endswith(_CUT) or japanese_share(last) < 0.3 or menu_like(last) or section_label(last)):
            continue
        # a short entry is a headline when written with kana or marks (a section's name is nouns: アジア・太平洋),
        # over no headline found, and told by the text; a long one, told at all. Over no headline found, an entry
        # written so right over the date line is the page's own headline, told or not (the text may open on
        # another matter: 見た目で損をしていませんか？ over a story of one reader); the user is asked to look
        short = len(last) < HEADLINE_LENGTH
        if short and (found is not None or SECTION_WORDS.search(last) or not _WRITTEN.search(last)):
            continue
        headed = found is None and _WRITTEN.search(last) is not None and _over_a_date(header, at)
        if not headed and (len(word_pairs(last)) < CRUMB_PAIRS or lead.share(last) < (CRUMB_TOLD if short else UNTOLD)):
            continue
        squashed = without_blanks(last)
        if any(other is not line and _printed_in(squashed, without_blanks(other.stripped)) for other in header):
            return None
        return line, last
    return None


def _printed_in(entry: str, other: str) -> bool:
    """The breadcrumb's last entry is printed on another header line: within it, or it ends with the whole of a line
    of a headline's length (外交 日米首脳が会談 over 日米首脳が会談 alone: the section's word glued on the headline)."""
    return entry in other or (len(other) >= SHORT_HEADLINE and entry.endswith(other))


def _over_a_date(header: list[Line], at: int) -> bool:
    """The line at header[at] stands right over the header's date line (blank lines aside)."""
    below = next((line for line in header[at + 1 :] if line.kind != "blank"), None)
    return below is not None and below.kind == "date"


_STEP = re.compile(r"^(\d{1,2})\.\s*(\S.*)$")


def _crumb_entries(header: list[Line], at: int, numbered: bool) -> list[str] | None:
    """The entries of a breadcrumb ending on header[at]: on one line (ホーム > 国際 > …), or, when numbered, as a
    numbered list, one entry a line, numbered from 1 (1. ホーム / 2. 国際 / 3. …: an ordered list's items as a dump
    prints them; a list of other things too, so it is read only when the header found no headline at all)."""
    line = header[at]
    if line.kind == "blank":
        return None
    if menu_like(line.stripped):
        return [entry.strip() for entry in _CRUMB_MARKS.split(line.stripped)]
    step = _STEP.match(line.stripped)
    if not numbered or step is None or not 3 <= int(step.group(1)) <= at + 1:
        return None
    count = int(step.group(1))
    entries = [step.group(2)]
    for number, above in zip(range(count - 1, 0, -1), reversed(header[at - count + 1 : at])):
        item = _STEP.match(above.stripped)
        if item is None or int(item.group(1)) != number or above.number != line.number - (count - number):
            return None
        entries.insert(0, item.group(2))
    return entries
