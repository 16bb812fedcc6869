"""The page's tools printed by a headline: lines of share, bookmark and print buttons (シェア / ツイート / ブックマーク,
Tweet / Check, 印刷, or the words on one line: シェア ツイート ブックマーク, シェア 0). Pages print the headline, its
tools and its date line in any order: the tools between a headline and its date line do not part them. The
headline's choice (core.cleaning.headline_choice) and the headline read at the body's top (core.cleaning.headline_lead)
ask here.
"""

from __future__ import annotations

import re

from core.cleaning.lines import Line

# one button's word, or the count or the mark printed beside it (シェア 12, ツイート list)
_TOOL = re.compile(r"(?:シェア(?:する)?|ツイート(?:する)?|ポスト(?:する)?|Tweet|Check|Share|はてブ|はてなブックマーク|ブックマーク"
                   r"|印刷(?:する)?|メール|送る|LINE|Facebook|Twitter|X|Pocket|保存|いいね！?|コメント|list|\d{1,6})")
TOOL_RUN = 6  # lines of a page's tools in a row at most
_SPACES = re.compile(r"[\s\u3000]+")


def tool_line(line: Line) -> bool:
    """A line of the page's tools only: button words, parted by blanks, with their counts; at least one is a word."""
    items = _SPACES.split(line.stripped)
    return (line.kind != "blank" and bool(items) and all(_TOOL.fullmatch(item) for item in items)
            and not all(item.isdigit() for item in items))


def tools_between(content: list[Line], start: int, stop: int) -> bool:
    """content[start:stop] is a run of the page's tools (one line at least, TOOL_RUN at most)."""
    return 0 < stop - start <= TOOL_RUN and start >= 0 and all(tool_line(line) for line in content[start:stop])


def past_tools(lines: list[Line], start: int) -> int:
    """The index of the first line at or after start that is neither blank nor one of the page's tools."""
    at, run = start, 0
    while at < len(lines) and (lines[at].kind == "blank" or tool_line(lines[at])) and run <= TOOL_RUN:
        run += lines[at].kind != "blank"
        at += 1
    return at
