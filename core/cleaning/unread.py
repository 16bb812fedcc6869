"""Text left unread under the body: a block of written lines the cleaner did not take, worth a look.

A body is cut where its sentences stop; what follows is furniture on most pages (link lists,
menus, rankings), but on others the article goes on in a shape that is not sentences: a list
with no sentence announcing it, a programme's details, a profile, an entry form's rules. The
cleaner cannot tell those apart by shape alone, so it says so rather than guess: when the lines
under the body, before anything that ends an article, hold as much written text as a good part of
the body and are not furniture, the article is flagged and the raw view opens where they begin.
"""

from __future__ import annotations

import re

from core.cleaning.lines import Line

LEFT_OVER = 0.5  # share of the body's characters in written lines under it that asks for a look
LEFT_LINES = 6  # written lines under the body at least
WRITTEN_LINE = 8  # characters of a line that counts as written (with kana, and shaped as a sentence or a detail)
FURNITURE_RUN = 3  # furniture lines in a row that end the block (a menu, share buttons, links)
_ENDS = ("anchor", "copyright")
_FURNITURE = ("ui", "related", "repeated", "directory", "url", "caption")
_KANA = re.compile(r"[\u3041-\u309f]")
# the lines of an article's list or details: a sentence, a list item, a labelled value (出身地：東京都), not another
# article's headline (a column of those is the site's)
_DETAIL = re.compile(r"。|^[・※◆◇■□●○★☆▼▽\-－]|^[^\s：:。、]{1,12}[：:]")


def unread_block(lines: list[Line], last: int, body_chars: int) -> int | None:
    """The index of the first line of a block under the body (which ends at last) whose written lines hold at
    least LEFT_OVER of the body's characters, or None."""
    chars = written = furniture = 0
    first = None
    for line in lines[last + 1 :]:
        if line.kind == "blank":
            continue
        if line.kind in _ENDS:
            break
        if line.kind in _FURNITURE:
            furniture += 1
            if furniture >= FURNITURE_RUN:
                break
            continue
        furniture = 0
        first = line.number - 1 if first is None else first
        text = line.stripped
        if len(text) >= WRITTEN_LINE and _KANA.search(text) and _DETAIL.search(text):
            chars += len(text)
            written += 1
    if first is not None and written >= LEFT_LINES and chars >= LEFT_OVER * body_chars:
        return first
    return None
