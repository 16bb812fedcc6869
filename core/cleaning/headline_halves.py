"""A headline broken over two lines (a <br> in it): which line is its other half, and the two as one."""

from __future__ import annotations

import re
from typing import Callable

from core.cleaning.header_shapes import (EXCLAIMED, KICKER, SECTION_WORDS, SENTENCE_STOP, SERIES_LABEL_LENGTH,
                                         STATED_LENGTH, TITLE_KINDS, WRAPPED, BRACKETED_LEAD, LineBylines, menu_like,
                                         one_sentence, section_label, series_label)
from core.cleaning.headline_wrap import cut_by_width
from core.cleaning.lexicon import SPONSOR_LINE
from core.cleaning.headline_lead import UNTOLD, Lead, word_pairs
from core.cleaning.relative_stamps import stamp_age
from core.cleaning.lines import PROSE, Line, japanese_share, without_blanks
from core.cleaning.month_years import files_a_year
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
        titled = _said_whole(content, upper, lower)  # the page's title line says the two as one
        bracketed = _bracket_across(upper.stripped, lower.stripped)
        shaped = other.kind in TITLE_KINDS or (other.kind == PROSE and not first and len(text) <= STATED_LENGTH
                                              and (text.endswith(EXCLAIMED) or one_sentence(text)))
        # the page's width cut the headline where no line ends (inside a word, before a particle); asked last
        wrapped = lambda: (other.kind in TITLE_KINDS and len(upper.stripped) >= SPLIT_PART  # noqa: E731
                           and cut_by_width(upper.stripped, lower.stripped))
        left_open = upper.stripped.endswith(_OPEN_END)  # (no headline ends with 、: パナソニック、 / …を開催！)
        dashed = dash_across(upper.stripped, lower.stripped)  # (…」- / 辛口説教部屋 vol.20)
        one = lambda: titled or bracketed or left_open or dashed or wrapped()  # noqa: E731
        named = dashed and len(lower.stripped.lstrip(_DASHES + " \u3000")) <= SERIES_LABEL_LENGTH  # a series' name
        if (not shaped or not _fits(text, title.stripped, one, lambda: left_open or wrapped(), named)
                or KICKER.match(text) or series_label(text) or section_label(text) or menu_like(text)
                or files_a_year(text)
                or stamp_age(text) is not None
                or WRAPPED.match(text) or BRACKETED_LEAD.match(text) or SPONSOR_LINE.match(text)
                or looked.is_byline(other) or looked.names(other)
                or (_closed(upper.stripped, parted) and not (titled or dashed))
                or japanese_share(upper.stripped + lower.stripped) < 0.3
                or (_QUOTED.match(lower.stripped) and not left_open)
                or (SECTION_WORDS.search(text) and not wrapped())
                or (japanese_share(lower.stripped) < 0.3 and not (bracketed or wrapped()))  # (【NEXT / GENERATION】)
                or (parted and not (titled or bracketed or dashed or _parted(upper.stripped, lower.stripped)
                                    or wrapped()))):
            continue  # (a headline closed by its own mark, then a line: a deck; a model's name; pulled quotes)
        if not first and len(text) > SHORT_TAIL and lead.quotes(text) and not (titled or bracketed or dashed):
            continue  # the text's own sentence under the headline, word for word: its deck, not its other half
        if (titled or bracketed or left_open or dashed or (word_pairs(text) and lead.share(text) >= UNTOLD)
                or _open_tail(upper, lower, other) or wrapped()):
            return other, first
        if not parted and other.kind in TITLE_KINDS and word_pairs(text):
            return other, first  # asked loosely: a headline-shaped line however little the lead says of it, for a look
    return None


def _closed(upper: str, parted: bool) -> bool:
    """The upper line closes a headline of its own: by 。 or 】, or (asked for a cut headline only) by ！ or ？,
    after which the lower line may as well be its deck: asked loosely, the pair is left for a look."""
    return upper.endswith(SENTENCE_STOP + ("】",)) or (parted and upper.endswith(EXCLAIMED))


SPLIT_SUM = 80  # characters of a headline's two parts together at most, when the page says they are one


WRAPPED_TAIL = 2  # characters of the shorter part at least when the cut falls where no line ends (…の / すすめ)


def _fits(text: str, title: str, one: Callable[[], bool], cut: Callable[[], bool], named: bool = False) -> bool:
    """The two parts are as long as a headline's halves: each SPLIT_LINE at most, or (when the title line, a
    bracket opened in one part and closed in the other, or a cut where no line ends says they are one) a
    headline's length together, any headline's when the lower part is a series' name after a dash (named); a
    short rest only after a cut where no line ends (…の / すすめ) or after a line left open by 、 (全日空、 /
    ANA国際線機内で…: a name no headline stops at)."""
    if len(text) < SPLIT_PART and (len(text) < WRAPPED_TAIL or not cut()):
        return False
    if len(text) <= SPLIT_LINE and len(title) <= SPLIT_LINE:
        return True
    return (len(text) + len(title) <= SPLIT_SUM or named) and one()


def _said_whole(content: list[Line], upper: Line, lower: Line) -> bool:
    """A line above the two (the page's title line) holds them as one, the space between them or not."""
    joined = without_blanks(upper.stripped + lower.stripped)
    if len(joined) < 2 * SPLIT_PART:
        return False
    return any(line.number < upper.number and joined in without_blanks(line.stripped) for line in content)


_OPENS = "「『（(【“〈《［"
_CLOSES = "」』）)】”〉》］"


def _bracket_across(upper: str, lower: str) -> bool:
    """The upper part opens a bracket the lower closes (「Apple Store, / Grand Central」の様子): one headline cut inside
    its quote."""
    depth = 0
    for char in upper:
        if char in _OPENS:
            depth += 1
        elif char in _CLOSES:
            depth = max(depth - 1, 0)
    if depth == 0:
        return False
    for char in lower:
        if char in _CLOSES:
            return True
        if char in _OPENS:
            return False
    return False


def _open_tail(upper: Line, lower: Line, other: Line) -> bool:
    """A short tail, no sentence, under a line left open by 、 (能登半島地震から2週間、 / 被災地は今): the rest of the
    headline, however few of its words the lead says."""
    return (other is lower and upper.stripped.endswith("、") and len(lower.stripped) <= SHORT_TAIL
            and not lower.stripped.endswith(SENTENCE_STOP))


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


_DASHES = "-－―–—"
_DASH_OPENING = re.compile(rf"^[{_DASHES}](?![{_DASHES}])\s*\S")


def dash_across(upper: str, lower: str) -> bool:
    """A single dash at the cut (…任せてもらえない…」- / 辛口説教部屋 vol.20, …に聞いた「…」 / - 年収1000万円研究所
    vol.15): the dash that parts a headline from its series' name, which no headline ends with and no deck or
    sentence opens with. Two dashes (――…) open a lead."""
    closing = upper.rstrip()
    return ((closing.endswith(tuple(_DASHES)) and not closing.endswith(tuple(a + b for a in _DASHES for b in _DASHES)))
            or bool(_DASH_OPENING.match(lower)))
