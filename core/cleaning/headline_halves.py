"""A headline broken over two lines (a <br> in it): which line is its other half, and the two as one."""

from __future__ import annotations

import re

from core.cleaning.header_shapes import (EXCLAIMED, KICKER, SECTION_WORDS, SENTENCE_STOP, STATED_LENGTH, TITLE_KINDS,
                                         WRAPPED, LineBylines, menu_like, one_sentence)
from core.cleaning.headline_lead import UNTOLD, Lead, word_pairs
from core.cleaning.lines import PROSE, Line, japanese_share
from core.cleaning.readings import without_readings

SPLIT_PART = 5  # characters of the shorter part of a headline broken over two lines at least
SPLIT_LINE = 35  # characters of each line of a headline broken over two lines at most
_JOINS_BARE = ("、", "」", "』", "）", ")", "！", "？", "…", "・")


def other_half(content: list[Line], title: Line, looked: LineBylines, lead: Lead,
               parted: bool = True) -> tuple[Line, bool] | None:
    """The rest of a headline broken over two lines (a <br> in it: the next raw line, no blank between), and
    whether it comes first. The pair stands alone (not two of a column of lines), the other part is shaped
    as words of a headline, not a label, a byline or a date, and the article's first lines say it too.
    parted False: also when the two lines may as well be a headline and its deck (neither line reads as cut)."""
    position = content.index(title)
    for other_at, first in ((position + 1, False), (position - 1, True)):
        if not 0 <= other_at < len(content):
            continue
        other = content[other_at]
        upper, lower = (other, title) if first else (title, other)
        if lower.number != upper.number + 1:
            continue
        outer = [content[i] for i in (min(position, other_at) - 1, max(position, other_at) + 1) if 0 <= i < len(content)]
        if any(line.kind in TITLE_KINDS and line.number in (upper.number - 1, lower.number + 1)
               and not (line.number == upper.number - 1 and KICKER.match(line.stripped)) for line in outer):
            continue  # three or more title lines in a row: a list, a menu (a kicker over the headline belongs to it)
        text = without_readings(other.stripped)
        shaped = other.kind in TITLE_KINDS or (other.kind == PROSE and not first and len(text) <= STATED_LENGTH
                                              and (text.endswith(EXCLAIMED) or one_sentence(text)))
        if (not shaped or not SPLIT_PART <= len(text) <= SPLIT_LINE or len(title.stripped) > SPLIT_LINE
                or KICKER.match(text) or menu_like(text) or SECTION_WORDS.search(text) or WRAPPED.match(text)
                or looked.is_byline(other) or looked.names(other)
                or upper.stripped.endswith(SENTENCE_STOP + EXCLAIMED + ("】",))
                or japanese_share(upper.stripped + lower.stripped) < 0.3 or japanese_share(lower.stripped) < 0.3
                or _QUOTED.match(lower.stripped) or (parted and not _parted(upper.stripped, lower.stripped))):
            continue  # (a headline closed by its own mark, then a line: a deck; a model's name; pulled quotes)
        if not first and len(text) > SHORT_TAIL and lead.quotes(text):
            continue  # the text's own sentence under the headline, word for word: its deck, not its other half
        if word_pairs(text) and lead.share(text) >= UNTOLD:
            return other, first
    return None


_QUOTED = re.compile(r"^(?:「[^「」]*」|『[^『』]*』|“[^“”]*”)+$")
_OPEN_END = ("、", "…", "・", "，")  # marks after which a headline goes on
SHORT_HALF = 16  # characters of an upper line too short to be a whole headline with a deck under it
SHORT_TAIL = 14  # characters of a lower line too short to be a deck


def _parted(upper: str, lower: str) -> bool:
    """The two lines read as one headline cut in two rather than a headline and its deck: the upper line is left
    open (ends with 、), or is short, or the lower one is a short tail that does not exclaim like a catch line."""
    if without_readings(upper) != upper and upper.endswith(("）", ")")):
        return True  # a ruby's reading closes the upper line: the page broke the headline right after a word
    if lower.endswith(EXCLAIMED):
        return upper.endswith(_OPEN_END)
    return upper.endswith(_OPEN_END) or len(upper) <= SHORT_HALF or len(lower) <= SHORT_TAIL


def joined_halves(upper: str, lower: str) -> str:
    """A headline's two lines as one: a wide space between them unless the first ends with a mark."""
    return upper + lower if upper.endswith(_JOINS_BARE) else upper + "\u3000" + lower
