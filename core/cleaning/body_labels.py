"""The body's lines: text, a caption restating the lead, a source it cites; a span without running text; a profile box cut off."""

from __future__ import annotations

from core.article import Article
from core.cleaning.body import HARD_STOPS
from core.cleaning.header_shapes import menu_like, possible_headline
from core.cleaning.lines import PROSE, SOFT_KINDS, Line, japanese_share
from core.cleaning.own_lists import listed

LISTING = 80  # characters of a line of names (A／B／C…) inside the body that is the article's, not a menu


def fallback_body(lines: list[Line]) -> tuple[int, int] | None:
    """Without running text (notes, lists), every short non-furniture line after the first.

    Keeping them lets the user see and correct the page instead of losing it.
    """
    soft = [i for i, line in enumerate(lines) if line.kind in SOFT_KINDS]
    if len(soft) < 2:
        return None
    dated = _headed_date(lines, soft[1])
    # (past a headline over its date line near the top: the page's header, which the header's reading then reads)
    first = next((i for i in soft if i > dated), soft[1]) if dated is not None else soft[1]
    stop = next((i for i in range(first, len(lines)) if lines[i].kind in HARD_STOPS), len(lines))
    return first, max(i for i in soft if i < stop)


HEADER_REACH = 3  # lines past the second soft line where the header's date line may stand


def _headed_date(lines: list[Line], second: int) -> int | None:
    """The index of the first date line of the page, when it stands right under a line shaped as a headline (blank
    lines aside; no menu) at most a few lines past the page's second soft line: the article's header."""
    for i, line in enumerate(lines[: second + HEADER_REACH + 1]):
        if line.kind != "date":
            continue
        above = next((other for other in reversed(lines[:i]) if other.kind != "blank"), None)
        return i if above is not None and possible_headline(above) and not menu_like(above.stripped) else None
    return None


def label_body(lines: list[Line], start: int, end: int, labels: list[str], result: Article) -> None:
    """Label the span's lines: the text (items, a long listing, a cited source) as body, captions as meta."""
    content = [line for line in lines[start : end + 1] if line.kind != "blank"]
    restated = False
    for position, line in enumerate(content):
        index = line.number - 1
        after = content[position + 1] if position + 1 < len(content) else None
        if not restated and line.kind == PROSE and after is not None and _restated(line, after):
            # a photo caption that repeats the lead word for word (once: a page repeating one line has no
            # caption over every copy of it)
            restated = True
            labels[index] = "meta"
            result.captions.append(line.text)
        elif line.kind in (PROSE, "bullet", *SOFT_KINDS) or (line.kind != "caption" and listed(line)):
            # (a marked line between the text's sentences: a subheading, an item; a details box's value or an
            # event's day: *1,470円, 【日程】2012年4月2日（月）)
            labels[index] = "body"
        elif line.kind == "caption":
            labels[index] = "meta"
            result.captions.append(line.text)
        elif line.kind == "url" or (after is not None and after.kind == "url" and line.kind == "other"):
            labels[index] = "body"  # a source the article cites: its title, then its address
        elif line.kind == "other" and len(line.stripped) >= LISTING and japanese_share(line.stripped) >= 0.5:
            labels[index] = "body"  # a long listing inside the text (the shops, the members): the article's


def _restated(line: Line, after: Line) -> bool:
    """A photo caption that repeats the lead under it word for word."""
    text = line.stripped
    return (after.kind == PROSE and len(text) >= 20 and after.stripped[:20] == text[:20]
            and after.stripped.startswith(text[: max(len(text) - 2, 20)]))


def trim_profile(lines: list[Line], labels: list[str], authors: list[str]) -> None:
    """End the body where a box about its author begins (the author's name opening a short line)."""
    body = [i for i, label in enumerate(labels) if label == "body"]
    for index in body[len(body) // 2 :]:
        text = lines[index].stripped
        if lines[index].kind != PROSE and len(text) <= 30 and any(text.startswith(a) for a in authors if len(a) >= 2):
            for later in body:
                if later >= index:
                    labels[later] = "drop"
            return
