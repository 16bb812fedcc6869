"""The article's own lists: the items its text announces, and the lists and detail boxes the text goes on after.

An article may close its first part with a list (a ranking, numbered points, ・ items, ■ groups) or a box of
details (【応募期間】 then its days, 日時：…, 場所：…) and go on in sentences under it. Such lines are written as
a list is: each opens with a mark, a number or a rank, or is a short label with its value; the dates among them
are an event's (an entry period, a screening), not the page's. A site's furniture between two texts is not
(a menu, its buttons, a date line of its own, a tail anchor): core.cleaning.body reads those as ending the text.
"""

from __future__ import annotations

import re

from core.cleaning.date_labels import date_label
from core.cleaning.lines import PROSE, Line

# The body's last sentence announces a list: 内容は以下のとおりです。 / 受賞作は次の通り。 / 下記の5点：
_ANNOUNCES_A_LIST = re.compile(r"(?:以下|下記|次)(?:の|に|は)[^。]{0,20}[。：:]$")
# the marks that open an item of a list (・ ■ ※ ▶ …)
_MARKS = r"・●○◎■□◆◇★☆▼▽▶►※\-－–—"
_ITEM_MARK = re.compile(rf"^[{_MARKS}]|^(?:\d{{1,2}}|[①-⑳])[.．)）、\s]")
ITEM_KINDS = (PROSE, "heading", "other", "item", "bullet", "date")
LIST_LINES = 80  # non-blank lines an announced list holds at most
GROUP_LABEL = 20  # characters of a group's label inside a list (主演男優賞, ■ 場所情報)


def announced_list(lines: list[Line], last: int) -> tuple[int, int] | None:
    """The first and last index of the items under a body whose last sentence announces them: lines with a
    list mark (・, ■, ★, 1.), and short group labels over such lines; None when fewer than two items follow."""
    if not _ANNOUNCES_A_LIST.search(lines[last].stripped):
        return None
    content = [line for line in lines[last + 1 :] if line.kind != "blank"][:LIST_LINES]
    items: list[Line] = []
    for position, line in enumerate(content):
        text = line.stripped
        marked = bool(_ITEM_MARK.match(text))
        label = (len(text) <= GROUP_LABEL and position + 1 < len(content)
                 and bool(_ITEM_MARK.match(content[position + 1].stripped)))
        if line.kind not in ITEM_KINDS or len(text) > 120 or not (marked or label):
            break
        items.append(line)
    if sum(bool(_ITEM_MARK.match(line.stripped)) for line in items) < 2:
        return None
    return items[0].number - 1, items[-1].number - 1


# A line written as one of a list's or a details box's: a mark (・, ■, ※, *), a number or a rank opening it
# (1., ①, 1　…, 3位, 第2位, 【1】), a bracketed label (【応募方法】, ［STORY］) or a short label and its value
# (場所：…, 応募方法：).
_LISTED = re.compile(rf"^(?:[{_MARKS}*＊]"
                     r"|(?:第?\d{1,2}|[①-⑳])(?:[.．)）、\s\u3000]|位)"
                     r"|[【［\[][^】］\]]{1,12}[】］\]]"
                     r"|[^\s：:。、]{1,10}\s?[：:])")
LIST_KINDS = ("heading", "other", "item", "bullet", "date", "caption")


def listed(line: Line, sentences: bool = False) -> bool:
    """A line of the article's own list or details box (core docstring); a date line only as an event's day
    (2012年6月26日（火）〜 2012年7月9日（月）, 応募期間：9月30日（日）まで), never the page's own date.
    sentences: an item written as a sentence counts too (・当選のご連絡はメールにてお送りいたします。)."""
    if line.kind not in LIST_KINDS and not (sentences and line.kind == PROSE):
        return False
    if line.kind == "date":
        label = date_label(line.stripped)
        return label == "event" or (label is None and _DAY_LABELLED.match(line.stripped) is not None)
    return _LISTED.match(line.stripped) is not None


# A day under a label of the box's own, with no word of publication (【日　時】 9月22日（土）, 期日：…, 【日程】…)
_DAY_LABELLED = re.compile(r"^[・■◆●※]?(?:[【［\[][^】］\]\d]{1,12}[】］\]]|[^\s：:。、\d]{1,12}[：:])")
