"""The lead that restates the headline: how much of a header line the body's first lines say too, the
header line the lead restates when the one chosen is not told at all, and a headline standing atop the body
or opening it right under the date line."""

from __future__ import annotations

import re
from typing import Iterable

from core.article import Article
from core.cleaning.header_shapes import (EXCLAIMED, HEADLINE_LENGTH, KICKER, MENU_ITEM, SECTION_WORDS, SENTENCE_STOP,
                                         TITLE_KINDS, TITLE_REACH, WRAPPED, LineBylines, menu_like, one_sentence)
from core.cleaning.header_tools import past_tools, tool_line
from core.cleaning.lines import PROSE, Line, japanese_share
from core.text import translated_runs

LEAD_CHARS = 400  # characters of the body's first lines a headline is compared with
_WORD_CHAR = "[\u30a1-\u30fa\u30fc\u3400-\u9fff\uf900-\ufaffA-Za-z0-9]"
_WORD_PAIR = re.compile(f"(?=({_WORD_CHAR}{{2}}))")  # every pair of neighbouring word characters, overlapping


# full-width Latin letters and figures as ASCII (what NFKC does to them, at a fraction of its cost)
_NARROW = str.maketrans({chr(code): chr(code - 0xFEE0) for code in range(0xFF10, 0xFF5B) if chr(code - 0xFEE0).isalnum()})
_NARROWED_RUN = re.compile("[０-９Ａ-Ｚａ-ｚ]+")  # runs of the letters _NARROW replaces (core.text.translated_runs)


def word_pairs(text: str) -> set[str]:
    """Pairs of neighbouring characters in the kanji, katakana and Latin runs of a text (figures and letters
    in their narrow form)."""
    return set(_WORD_PAIR.findall(text.translate(_NARROW)))


class Lead:
    """The body's first lines, to ask how much of a header line they say too (a headline tells the story;
    a section's name, a menu entry or another article's headline does not). Read only when asked."""

    def __init__(self, body: Iterable[str]) -> None:
        self._body, self._text = body, None
        self._shares: dict[str, float] = {}

    def _read(self) -> str:
        if self._text is None:
            lead, size = [], 0
            for line in self._body:
                lead.append(line)
                size += len(line)
                if size >= LEAD_CHARS:
                    break
            # a pair of word characters found anywhere in the lead lies inside one of its word runs
            self._text = translated_runs(_NARROWED_RUN, _NARROW, "".join(lead)[:LEAD_CHARS])
        return self._text

    def opening(self, text: str, size: int = 12) -> bool:
        """The text's first characters open the lead too (the body's first sentence printed in the header)."""
        return len(text) >= size and self._read().lstrip("\u3000 ").startswith(text[:size].translate(_NARROW))

    def quotes(self, text: str, size: int = 15) -> bool:
        """The lead writes the text word for word (a deck quoting one of its sentences), the text size characters or more."""
        return len(text) >= size and text.rstrip("。．").translate(_NARROW) in self._read()

    def share(self, text: str) -> float:
        """The share of the text's word pairs the lead holds."""
        if text not in self._shares:
            pairs = word_pairs(text)
            lead = self._read()
            self._shares[text] = sum(pair in lead for pair in pairs) / len(pairs) if pairs else 0.0
        return self._shares[text]


UNTOLD = 0.2  # share of a chosen headline's word pairs under which the lead does not tell its story
TOLD = 0.6  # share of a header line's word pairs from which the lead restates it
TOLD_PAIRS = 8  # word pairs a line needs for its share to tell (a short name is in any lead by chance)


def told_by_the_lead(content: list[Line], best: Line | None, date_line: Line | None, looked: LineBylines,
                      lead: Lead) -> Line | None:
    """News leads restate their headline: when the line chosen shares (almost) no words with the article's
    first lines and another headline-shaped line of the header is restated by them, that line is the headline
    (the chosen one was another story's headline, a section's name or a menu entry)."""
    if best is None:
        return None
    anchor = content.index(date_line) if date_line is not None else len(content)
    # the headline stands by the date line or right above the body
    reach = sorted(set(range(max(anchor - TITLE_REACH // 2, 0), min(anchor + TITLE_REACH // 2 + 1, len(content))))
                   | set(range(max(len(content) - TITLE_REACH, 0), len(content))))
    candidates = []
    for position in reach:
        line = content[position]
        text = line.stripped
        if line is best or line is date_line or not 6 <= len(text) <= 80 or text.endswith(SENTENCE_STOP):
            continue
        if line.kind not in TITLE_KINDS and not (line.kind == PROSE and text.endswith(EXCLAIMED)):
            continue
        if not (KICKER.match(text) or menu_like(text) or WRAPPED.match(text)):
            candidates.append(line)
    if not candidates or lead.share(best.stripped) >= UNTOLD:
        return best
    found, found_share = best, TOLD
    for line in candidates:  # the later of two lines as restated: the nearer to the body
        text = line.stripped
        share = lead.share(text)
        if (share >= found_share and len(word_pairs(text)) >= TOLD_PAIRS and japanese_share(text) >= 0.3
                and not looked.names(line)):
            found, found_share = line, share
    return found


def headline_opening_the_body(lines: list[Line], start: int, labels: list[str], result: Article) -> Line | None:
    """No headline above the body: a first line right under the date line, not ending as a sentence, is it
    (the line taken, if any). The page's tools may stand between it and the text (シェア / ツイート / ブックマーク)."""
    first = lines[start]
    above = [line for line in lines[max(start - 3, 0) : start] if line.kind != "blank"]
    text = first.stripped
    after = past_tools(lines, start + 1)
    after = after if any(tool_line(line) for line in lines[start + 1 : after]) else start + 1
    if (above and above[-1].kind == "date" and labels[above[-1].number - 1] == "meta"
            and not text.endswith(("。", "．")) and len(text) <= 100
            and any(line.kind == PROSE for line in lines[after : after + 3])):
        result.title = text
        labels[first.number - 1] = "meta"
        for line in lines[start + 1 : after]:  # (the tools under it are no part of the text)
            if line.kind != "blank":
                labels[line.number - 1] = "drop"
        return first
    return None


MISREAD_KINDS = ("ui", "caption", "other")  # kinds a headline takes when it holds a button's or a caption's word
_WRITTEN_MARKS = re.compile(r"[\u3041-\u309f「」『』！？!?]")
_CAPTION_MARKS = re.compile(r"[＝=]|[）)]$|^[（(]?(?:写真|画像|動画)")


def headline_over_the_body(lines: list[Line], start: int, labels: list[str], result: Article) -> Line | None:
    """No headline found: the one line between the article's date line and the body is it, when written as a
    headline (kana or quotes between its words, no closing 。), though a word in it reads as a button's or a
    caption's (…不正ログイン…が発覚【ニュース】, 「メガロス」…をブロガー限定プレゼント, …世界遺産での撮影); the line taken."""
    above = [line for line in lines[max(start - 4, 0) : start] if line.kind != "blank"]
    if len(above) < 2:
        return None
    line, date_line = above[-1], above[-2]
    text = line.stripped
    if (date_line.kind != "date" or labels[date_line.number - 1] != "meta" or line.kind not in MISREAD_KINDS
            or labels[line.number - 1] == "body" or not HEADLINE_LENGTH <= len(text) <= HEADLINE_REACH
            or text.endswith(SENTENCE_STOP) or japanese_share(text) < 0.5 or menu_like(text)
            or not _WRITTEN_MARKS.search(text) or (line.kind == "caption" and _CAPTION_MARKS.search(text))):
        return None
    if line.text in result.captions:
        result.captions.remove(line.text)
    result.title = text
    labels[line.number - 1] = "meta"
    return line


HEADLINE_REACH = 100  # characters of a headline at most
QUOTED_SENTENCE = 20  # characters of a sentence of the text printed over it as a deck, at least


def headline_atop_the_body(lines: list[Line], start: int, end: int, labels: list[str], result: Article,
                           title: Line | None, lead: Lead, listed: bool = False) -> Line | None:
    """The body's first line is the headline when it is shaped as one (no closing 。), the lines after it
    restate it, and the header's chosen line is not restated at all (a menu entry or a section's name);
    a headline written as one short sentence right under the date line needs no restating, nor does one
    standing apart under it when the header's pick is one of a column of other headlines (listed). The line
    taken."""
    if title is not None and lead.share(title.stripped) >= UNTOLD:
        return None
    first = lines[start]
    text = first.stripped
    # a headline written as one short sentence (…を決定。) reads so too; a paragraph opens with a wide space
    stated = first.kind == PROSE and one_sentence(text) and not first.text.startswith("\u3000")
    if (labels[first.number - 1] != "body" or not 10 <= len(text) <= 80
            or (text.endswith(SENTENCE_STOP) and not stated) or japanese_share(text) < 0.3 or menu_like(text)):
        return None
    if first.kind not in TITLE_KINDS and not (first.kind == PROSE and (text.endswith(EXCLAIMED) or stated)):
        return None
    # (a headline under the date line, standing apart from the text, below a column of other articles' headlines
    # the header's pick was the last of)
    apart = listed and not text.endswith(SENTENCE_STOP) and start + 1 <= end and lines[start + 1].kind == "blank"
    if ((stated and (title is None or SECTION_WORDS.search(title.stripped))) or apart) and _under_the_date_line(
            lines, start, labels):
        # one sentence standing where pages print the headline, whatever the text after it says (over a header
        # whose pick is a section's name the lead does not tell: トランプ新政権特集)
        told = True
    elif text.endswith(SENTENCE_STOP):
        return None  # a sentence the text goes on about (an entry form's instruction) is no headline
    else:
        rest = Lead([line.stripped for line in lines[start + 1 : end + 1] if labels[line.number - 1] == "body"])
        if not any(line.kind == PROSE for line in lines[start + 1 : start + 6]) or len(word_pairs(text)) < TOLD_PAIRS:
            return None
        if text.endswith(EXCLAIMED) and rest.quotes(text, QUOTED_SENTENCE):
            return None  # a sentence the text goes on to write word for word (a deck closed by ！ or ？): none
        told = rest.share(text) >= TOLD
    if told:
        if title is not None:
            labels[title.number - 1] = "drop"
        result.title = text
        labels[first.number - 1] = "meta"
        return first
    return None


def _under_the_date_line(lines: list[Line], start: int, labels: list[str]) -> bool:
    """The article's date line stands right above the line, with at most two buttons, labels or tags between."""
    above = [line for line in lines[max(start - 6, 0) : start] if line.kind != "blank"][-3:]
    for line in reversed(above):
        if line.kind == "date" and labels[line.number - 1] == "meta":
            return True
        if line.kind == PROSE or (line.kind in TITLE_KINDS and len(line.stripped) > MENU_ITEM):
            return False  # a sentence or a headline-like line between: the date line is not this line's
    return False
