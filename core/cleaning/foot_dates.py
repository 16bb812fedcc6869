"""The article's date lines under its body: right under it, or a lone timestamp further down, never another article's."""

from __future__ import annotations

import re

from core.cleaning.date_labels import date_label, page_date
from core.cleaning.date_line import SENTENCE_AFTER, dated
from core.cleaning.dated_lists import dated_item
from core.cleaning.header_shapes import HEADLINE_LENGTH, possible_headline
from core.cleaning.lines import PROSE, Line

_LINK_KINDS = ("blank", "related", "url")


def dates_after(footer: list[Line]) -> list[Line]:
    """The article's date lines under the body, an update after the others (最終更新 over 公開).

    The date stands under the body before any other text: past tags, buttons and the wire's
    credit, up to the first sentence or a readers' comments label. Dates in a column (a
    date, a line, a date…: comments, other articles) are not the article's.
    """
    lines = _foot(footer)
    dates = [line for position, line in enumerate(lines) if dated(line) and not _in_a_column(lines, position)
             and date_label(line.stripped) != "event" and not _heads_another(footer, line) and not dated_item(line)]
    return sorted(dates, key=lambda line: date_label(line.stripped) == "updated")


FAR_FOOT = 40  # lines under the body where a page's lone timestamp may stand, past the article's link boxes


def far_stamp(footer: list[Line]) -> Line | None:
    """With no date line by the headline nor right under the body: the one full date with its time further down,
    past the article's boxes of links and notes, before any readers' comments (（ 2016/02/11 09:03 カテゴリー：主要）).
    Two or more such stamps (comments, a list of articles) tell nothing."""
    lines = [line for line in footer if line.kind not in _LINK_KINDS][:FAR_FOOT]
    for at, line in enumerate(lines):
        if _COMMENTS.match(line.stripped):
            lines = lines[:at]
            break
    groups: list[list[Line]] = []  # (a list's or the comments' stamps come two or more: no column test needed)
    for line in lines:
        if not _stamp(footer, line):
            continue
        if groups and _pair(groups[-1], line):
            groups[-1].append(line)  # the published and the updated stamp one over the other: one stamp
        else:
            groups.append([line])
    if len(groups) != 1:
        return None
    return min(groups[0], key=lambda line: date_label(line.stripped) == "updated")


def _pair(group: list[Line], line: Line) -> bool:
    """line, right under the one stamp of group, is its partner: one of the two labelled as the update."""
    above = group[-1]
    return (len(group) == 1 and line.number == above.number + 1
            and "updated" in (date_label(above.stripped), date_label(line.stripped)))


def _stamp(footer: list[Line], line: Line) -> bool:
    """A full date line that may be the article's far under the body: with its time, labelled as the
    publication (掲載日：2012年05月31日, （2012年4月17日 配信）) or a source line (（2012年4月17日 毎日新聞）,
    提供：共同通信 2012/04/17); never an event's nor an item of a list."""
    if not dated(line) or _heads_another(footer, line) or dated_item(line):
        return False
    found = page_date(line.stripped)
    label = date_label(line.stripped)
    if found is None or found.yearless or label == "event":
        return False
    if "T" in found.iso:
        return True
    # a day alone: the publication's label or a source line's shape, never a sentence about the day (…に公開予定)
    return ((label == "published" or _SOURCE_LINE.match(line.stripped) is not None)
            and not SENTENCE_AFTER.match(line.stripped[found.start + len(found.text):]))


# A source line closing the article with its day: （2012年4月17日 毎日新聞）, 提供：共同通信 2012/04/17
_SOURCE_LINE = re.compile(r"^[（(［\[][^（()）［\[\]］]{6,40}[）)］\]]$|^(?:記事)?(?:提供|出典|配信元)\s*[：:]")


def _heads_another(footer: list[Line], line: Line) -> bool:
    """Under the body, a date line between a headline and running text: the header of another article
    (a portal's next story, 台風14号…, its date, its text), not the date of the one above."""
    at = line.number - footer[0].number if footer else -1  # the footer: the raw lines under the body, in order
    if not (0 <= at < len(footer)) or footer[at] is not line:
        return False
    above = next((footer[k] for k in range(at - 1, -1, -1) if footer[k].kind != "blank"), None)
    below = next((footer[k] for k in range(at + 1, len(footer)) if footer[k].kind != "blank"), None)
    return (above is not None and below is not None and below.kind == PROSE and len(above.stripped) >= HEADLINE_LENGTH
            and possible_headline(above) and not dated(above))


FOOT_REACH = 8  # lines under the body where the article's date line may stand, past buttons and tags
_COMMENTS = re.compile(r"^(?:(?:この記事への|記事への|みんなの|読者の?)?コメント(?:一覧|欄)?|[Cc]omments?"
                       r"|(?:この記事への|記事への|みんなの|読者の?)(?:反応|意見|声))\s*(?:[（(]\s*\d+\s*件?[)）])?$")


def _foot(footer: list[Line]) -> list[Line]:
    """The lines under the body where its date may stand: the first three, then buttons and tags up to
    FOOT_REACH lines, never past a sentence, a copyright line or the label of readers' comments."""
    lines = []
    for line in footer:
        if line.kind in _LINK_KINDS:
            continue
        if _COMMENTS.match(line.stripped) or line.kind == "copyright":
            break
        if len(lines) >= FOOT_REACH and not (dated(lines[-1]) and dated(line)):
            break  # (the partner of a date line at the reach's end: 最終更新 then 配信日時)
        if len(lines) >= 3 and line.kind == PROSE:
            break
        lines.append(line)
    return lines


def _in_a_column(lines: list[Line], position: int) -> bool:
    """A date line two lines from one of another day or time, with one line between each: an item of a
    list or a comment (the same date written twice is the article's, under a byline)."""
    own = page_date(lines[position].stripped)

    def other_date_at(j: int) -> bool:
        if not (0 <= j < len(lines)) or lines[j].kind != "date" or lines[(j + position) // 2].kind == "date":
            return False
        found = page_date(lines[j].stripped)
        if found is None or own is None:
            return False
        timed = "T" in found.iso and "T" in own.iso  # else the day alone (a year may be left out)
        return found.iso[5:] != own.iso[5:] if timed else found.iso[5:10] != own.iso[5:10]

    return other_date_at(position - 2) or other_date_at(position + 2)


def text_end(lines: list[Line], span: tuple[int, int]) -> tuple[int, int]:
    """The body's span without the date lines closing it: the article's date under its text (公開日：…, 更新日：…)
    is no paragraph of it, however the text's last block of items ran into it."""
    start, end = span
    k, dates = end, 0
    while k > start and (lines[k].kind == "blank" or _closing_date(lines[k])):
        dates += lines[k].kind != "blank"
        k -= 1
    return (start, k) if dates else span


def _closing_date(line: Line) -> bool:
    found = page_date(line.stripped) if line.kind == "date" else None
    return found is not None and date_label(line.stripped) != "event" and not dated_item(line)


def published_after(date_line: Line, footer: list[Line]) -> Line | None:
    """Under the body, the publication's date line when the header's date line is labelled as an update
    (更新日：… by the headline, 公開日：… under the text): the publication is the article's date."""
    if date_label(date_line.stripped) != "updated":
        return None
    below = [*dates_after(footer), far_stamp(footer)]
    return next((line for line in below if line is not None and date_label(line.stripped) == "published"), None)


def date_follows(footer: list[Line]) -> bool:
    """The article's date line stands under the body."""
    return bool(dates_after(footer))
