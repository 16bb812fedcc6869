"""Which date line above a page dump's body is the article's own.

The article's date line stands by its headline, near the body. Other date lines
on a page date other things: the site's header shows the day it was viewed, a
column of related headlines carries each one's day, an update line stands beside
the publication (in either order), a portal's teaser has its own.
"""

from __future__ import annotations

import re
from typing import Callable

from core.cleaning.date_labels import date_label, page_date
from core.cleaning.date_line import dated
from core.cleaning.dated_lists import listed_dates
from core.cleaning.foot_dates import date_follows
from core.cleaning.header_shapes import SHORT_HEADLINE, TITLE_KINDS, possible_headline
from core.cleaning.lexicon import READ_MORE
from core.cleaning.lines import PROSE, Line, japanese_share
from core.cleaning.relative_stamps import stamp_age
from core.dates.lines import bare_day

DATE_REACH = 12  # non-blank lines above the body where the article's date line stands
_BRACKETED = re.compile(r"^[【〈《\[［(（].*[】〉》\]］)）]$")  # a label or a note in brackets


def date_candidates(content: list[Line], footer: list[Line]) -> list[Line]:
    """The header's date lines, the likeliest article date first (see ranked_dates)."""
    return [line for _, line in ranked_dates(content, footer)]


def disagreeing(ranked: list[tuple[tuple, Line]]) -> Line | None:
    """The runner-up of the header's date lines when it stands as the first does (by a headline, neither an
    update nor a teaser's) and gives a full date of another day: which is the article's cannot be told."""
    if len(ranked) < 2 or ranked[0][0] != ranked[1][0]:
        return None
    first, second = (page_date(line.stripped) for _, line in ranked[:2])
    if first is None or second is None or first.yearless or second.yearless or first.iso[:10] == second.iso[:10]:
        return None
    return ranked[1][1]


def ranked_dates(content: list[Line], footer: list[Line], told: Callable[[Line], float] | None = None,
                 opens: Callable[[str], bool] | None = None, listed: set[int] | None = None) -> list[tuple[tuple, Line]]:
    """The header's date lines with their standing (a bare day's, a teaser's, an update, not by a headline), the
    likeliest article date first.

    The article's date stands by its headline, near the body: a date line next to
    a title-like line comes first, then the others from the body upwards; of date
    lines in a row (公開 then 更新, 最終更新 then 公開) the update gives way. A date far
    above the body (the day the page was saved) counts only if none follows the body. told: how much of a
    headline the article's text tells (see listed_dates); opens: whether a line opens the article's text;
    listed: listed_dates(content, told) when the caller has it (the header reader needs it too: read once).
    """
    found, own, prose_below = [], False, False
    listed = listed_dates(content, told) if listed is None else listed
    stamp = _relative_stamp(content)
    bare_days = _bare_days(content)
    for i in range(len(content) - 1, -1, -1):
        if content[i].kind == PROSE:
            prose_below = True
        # a month and day alone on its line (12/03, 12.3) is a day only by a headline, and the last resort there
        # (a pager 1/2, a topic 3.11 by a full date line)
        bare = bare_days == [i] and _by_a_headline(content, i, plain=True, reach=1)
        if (not (bare or dated(content[i])) or id(content[i]) in listed or i < stamp
                or _second_of_a_pair(content, i, listed) or date_label(content[i].stripped) == "event"):
            continue
        if len(content) - i > DATE_REACH and (date_follows(footer) or _calendar_day(content, i)):
            continue
        # Above a date line of its own headline (however short) with no sentence under it, a date line
        # with a sentence between it and the body dates another text: a portal's teaser.
        if _teased_below(content, i, opens):
            continue  # another article's teaser: its date, a sentence or two, 続きを読む
        teaser = own and prose_below
        # the article's date line stands over its text: one right under a sentence of it dates what the text
        # speaks of (『ドライヴ』（3月31日公開）, a film's release), when a date line over the text is there too
        under_text = i > 0 and content[i - 1].kind == PROSE
        own = own or (not prose_below and not under_text and _by_a_headline(content, i, SHORT_HEADLINE, plain=True))
        # an update's label on a line of its own above the date (更新日時, then the day): the update gives way
        updated = i > 0 and _UPDATE_LABEL_LINE.match(content[i - 1].stripped) is not None
        found.append((bare, teaser, updated, under_text, not _by_a_headline(content, i), len(found), content[i]))
    return [(item[:5], item[6]) for item in sorted(found, key=lambda item: item[:6])]


def _bare_days(content: list[Line]) -> list[int]:
    """Where the header writes a month and day alone on a line (12/03, 12.3, [12/03]) that is no date line of its
    own. Only one such line may be the article's, right over or under a headline's line (a menu's topic 3.11 stands
    among short entries): two or more date a list's items."""
    return [i for i, line in enumerate(content) if bare_day(line.stripped) is not None and not dated(line)]


TEASER_REACH = 3  # lines under a date line where another article's teaser and its read-more link stand


def _teased_below(content: list[Line], i: int, opens: Callable[[str], bool] | None = None) -> bool:
    """Under the date line, a sentence or two and a read-more link (続きを読む): another article's teaser,
    unless the sentence over the link opens the article's text (opens: see ranked_dates), a summary of its own."""
    below = content[i + 1 : i + 1 + TEASER_REACH]
    for position, line in enumerate(below):
        if line.kind != PROSE:
            return (position > 0 and READ_MORE.match(line.stripped) is not None
                    and not (opens is not None and opens(below[position - 1].stripped)))
    return False


_UPDATE_LABEL_LINE = re.compile(r"^(?:最終)?更新(?:日時|日|時刻)?\s*[:：]?$|^(?:[Ll]ast\s+)?[Uu]pdated\s*:?$")


def _relative_stamp(content: list[Line]) -> int:
    """Where the article's date line is a relative stamp (3時間前, 昨日 10:00 配信) by its headline near the
    body: dates above it are the day the page was viewed or other items', not the article's (-1: none)."""
    for i in range(len(content) - 1, max(len(content) - DATE_REACH, 0) - 1, -1):
        if (stamp_age(content[i].stripped) is not None and _by_a_headline(content, i, SHORT_HEADLINE)
                and not _stamp_at(content, i - 2) and not _stamp_at(content, i + 2)):
            return i
    return -1


def _stamp_at(content: list[Line], i: int) -> bool:
    """A relative stamp at content[i]: two lines from another, they stamp the items of a list (a ranking's
    headlines, each with its 3時間前), not the article."""
    return 0 <= i < len(content) and stamp_age(content[i].stripped) is not None


def _calendar_day(content: list[Line], i: int) -> bool:
    """A bare day without a time, far from any headline: the site's header showing the day the page was
    viewed (2016年02月18日木曜日（大安）), not the article's date."""
    found = page_date(content[i].stripped)
    if found is None or found.precision != "day":
        return False
    if found.yearless and found.start == 0:
        return True  # 05月02日朝日新聞デジタル朝刊記事一覧へ: the site's day opening a link of its header
    if len(_CALENDAR_WORDS.sub("", content[i].stripped.replace(found.text, ""))) > 2:
        return False
    # the header's weather or clock line beside it (天気情報（18日11時更新）) is no headline
    near = content[max(i - 2, 0) : i] + content[i + 1 : i + 3]
    return not any(possible_headline(line) and len(line.stripped) >= 10 and not _CLOCK.search(line.stripped)
                   for line in near)


_CLOCK = re.compile(r"[0-9０-９]\s*時|更新")
_CALENDAR_WORDS = re.compile(r"[\s()（）]|[月火水木金土日]曜日?|大安|友引|先勝|先負|赤口|仏滅|today|今日は?")


def _second_of_a_pair(content: list[Line], i: int, listed: set[int]) -> bool:
    """Of two date lines in a row, the one that gives way: the update, else the lower one (an event's
    date line is no partner: it never dates the page, nor does a magazine's issue line)."""
    above = content[i - 1] if i > 0 and id(content[i - 1]) not in listed else None
    below = content[i + 1] if i + 1 < len(content) else None
    # a line that gives no page's date (a magazine's issue: 週刊文春 2024年12月12日号) is no partner
    above = above if above is not None and above.kind == "date" and page_date(above.stripped) else None
    below = below if below is not None and below.kind == "date" and page_date(below.stripped) else None
    label = date_label(content[i].stripped)
    if above is not None and above.kind == "date" and date_label(above.stripped) != "event":
        return label == "updated" or date_label(above.stripped) != "updated"
    if below is not None and below.kind == "date" and date_label(below.stripped) not in ("updated", "event"):
        return label == "updated"
    return False


def _by_a_headline(content: list[Line], i: int, shortest: int = 10, plain: bool = False, reach: int = 2) -> bool:
    """A title-like line (of shortest characters or more; plain: not a label in brackets) stands within reach
    lines of content[i]."""
    for j in range(max(i - reach, 0), min(i + reach + 1, len(content))):
        line = content[j]
        if (j != i and line.kind in TITLE_KINDS and len(line.stripped) >= shortest
                and japanese_share(line.stripped) >= 0.3 and not (plain and _BRACKETED.match(line.stripped))):
            return True
    return False
