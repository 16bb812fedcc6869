"""The browser's title a dump prints atop the page (「headline | みなと新報」): the headline when the page's header
prints none of its own, or when the line taken for it stands under the date line, where texts begin."""

from __future__ import annotations

import re
from itertools import islice

from core.cleaning.header_shapes import HEADLINE_LENGTH, menu_like
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
        squashed = without_blanks(headline)
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
