"""The page's tools printed by a headline: lines of share, bookmark and print buttons (シェア / ツイート / ブックマーク,
Tweet / Check, 印刷, or the words on one line: シェア ツイート ブックマーク, シェア 0), of listening and text size (音声で聞く,
文字サイズ 小 中 大), and the reading time among them (この記事は約3分で読めます). Pages print the headline, its
tools and its date line in any order: the tools between a headline and its date line do not part them. The
headline's choice (core.cleaning.headline_choice) and the headline read at the body's top (core.cleaning.headline_lead)
ask here.
"""

from __future__ import annotations

import re

from core.cleaning.lines import Line

# one button's word, or the count or the mark printed beside it (シェア 12, ツイート list)
_TOOL = re.compile(r"(?:(?:この)?記事を)?(?:シェア(?:する)?|ツイート(?:する)?|ポスト(?:する)?|印刷(?:する)?|保存(?:する)?)"
                   r"|(?:LINE|Facebook|Twitter|X|はてな(?:ブックマーク)?)で(?:送る|シェア(?:する)?|共有(?:する)?)"
                   r"|Tweet|Check|Share|はてブ|はてなブックマーク(?:に追加)?|ブックマーク|メール|送る|LINE|Facebook|Twitter|X"
                   r"|Pocket|いいね！?|コメント|list|(?:この記事を)?音声で聞く|文字(?:サイズ|の大きさ)|\d{1,6}|[小中大]|標準"
                   # the reading time printed among them (この記事は約3分で読めます, 読了時間：約4分)
                   r"|[（(]?(?:この記事は)?約?\d{1,2}分で読めます[）)]?|読了(?:時間|目安)[:：]?約?\d{1,2}分")
TOOL_RUN = 6  # lines of a page's tools in a row at most
_SPACES = re.compile(r"[\s\u3000]+")


def tool_line(line: Line) -> bool:
    """A line of the page's tools only: button words, parted by blanks, with their counts or the text's sizes (文字サイズ
    小 中 大); at least one is a word."""
    items = _SPACES.split(line.stripped)
    return (line.kind != "blank" and bool(items) and all(_TOOL.fullmatch(item) for item in items)
            and not all(_MARK.fullmatch(item) for item in items))


_MARK = re.compile(r"\d+|[小中大]|標準")  # a count or a text size beside a button's word, no button alone


def tools_between(content: list[Line], start: int, stop: int) -> bool:
    """content[start:stop] is a run of the page's tools (one line at least, TOOL_RUN at most)."""
    return 0 < stop - start <= TOOL_RUN and start >= 0 and all(tool_line(line) for line in content[start:stop])


def above_the_tools(content: list[Line], at: int) -> int:
    """The index of the line over the run of the page's tools right above content[at] (at - 1 when there is none):
    where the headline stands when its tools part it from the date line (headline / シェア / ツイート / date)."""
    above = at - 1
    while above > 0 and at - above <= TOOL_RUN and tool_line(content[above]):
        above -= 1
    return above


def past_tools(lines: list[Line], start: int) -> int:
    """The index of the first line at or after start that is neither blank nor one of the page's tools."""
    at, run = start, 0
    while at < len(lines) and (lines[at].kind == "blank" or tool_line(lines[at])) and run <= TOOL_RUN:
        run += lines[at].kind != "blank"
        at += 1
    return at
