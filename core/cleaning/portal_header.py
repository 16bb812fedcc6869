"""What portals, ad slots, menus and ranking boxes add to a page's header: the partner's twin date line and
the credit a portal prints under its own headline, advertisers' lines, a menu between the headline and the date
line, and columns of other articles' headlines (with rank numbers between them)."""

from __future__ import annotations

import re

from core.cleaning import lexicon as lx
from core.cleaning.date_labels import page_date
from core.cleaning.header_shapes import MENU_ITEM, TITLE_KINDS, WRAPPED, headline_like, menu_like, written_headline
from core.cleaning.headline_lead import UNTOLD, Lead
from core.cleaning.lines import Line, japanese_share
from core.cleaning.outlets import only_an_outlet
from core.dates.lines import Found

TWIN_REACH = 5  # header lines between the page's own headline and its date line at most (buttons, a source)


def advertised(content: list[Line], position: int, date_line: Line | None = None) -> bool:
    """An advertiser's line: marked 【PR】 where it starts, or right under an ad slot's label (PR, 広告, Sponsored) —
    unless the article's date line stands right under it and no headline over the label: a sponsored article's mark
    over its own headline (an ad slot between the headline and its date keeps its ad)."""
    line = content[position]
    if lx.AD_MARK.match(line.stripped):
        return True
    above = content[position - 1] if position > 0 else None
    if above is None or above.number != line.number - 1 or not lx.AD_LABEL.match(above.stripped):
        return False
    return not (date_line is not None and position + 1 < len(content) and content[position + 1] is date_line
                and not (position >= 2 and written_headline(content[position - 2])))


def earlier_twin(content: list[Line], date_line: Line | None) -> Line | None:
    """A date line giving the article's date, higher up the header, with a headline-like line between: the
    portal's own header over the partner's. The two may write the day each in its own form (2020年10月9日
    12時0分 under the partner's headline, 2020.10.09 12:00 under the portal's)."""
    if date_line is None:
        return None
    at = content.index(date_line)
    own = None
    for position in range(at - 1, -1, -1):
        line = content[position]
        if line.kind != "date":
            continue
        if line.stripped != date_line.stripped:
            own = own or page_date(date_line.stripped)
            if own is None or not _same_time(page_date(line.stripped), own):
                continue
        between = content[position + 1 : at]
        return line if any(written_headline(other) for other in between) else None
    return None


def timed_twin(twin: Line, date_line: Line) -> bool:
    """The two date lines give the same minute (a publication stamp printed twice), not only the same day."""
    found, own = page_date(twin.stripped), page_date(date_line.stripped)
    return found is not None and own is not None and "T" in found.iso and "T" in own.iso and _same_time(found, own)


def _same_time(found: Found | None, own: Found) -> bool:
    """The same day, to the minute when both give a time; a portal's month and day without the year
    (10/9(金) 12:00配信) match by the month, the day and the time it writes."""
    if found is None or own.yearless:
        return False
    since = 5 if found.yearless else 0
    if "T" in found.iso and "T" in own.iso:
        return found.iso[since:16] == own.iso[since:16]
    return not found.yearless and found.iso[:10] == own.iso[:10]


CREDIT = 25  # characters of a source's name on its own line at most
_LABELLED = re.compile(r"[：:]")  # 価格：450円, カテゴリ：教育: a table of values, not a headline and its source
_HIRAGANA = re.compile(r"[\u3041-\u309f]")


def source_credit(line: Line, above: Line, lead: Lead) -> bool:
    """A short line of names (no kana of a sentence) under a headline-like line that the article's text does not
    tell: the outlet that wrote the story, as portals print it between the headline and the date."""
    text = line.stripped
    return (line.kind in TITLE_KINDS and len(text) <= CREDIT and not _HIRAGANA.search(text)
            and not menu_like(text) and not _LABELLED.search(text + above.stripped) and headline_like(above) and lead.share(text) < UNTOLD
            and (only_an_outlet(text) or lead.share(above.stripped) >= UNTOLD))


MENU_RUN = 4  # entries in a row that make a menu


def without_menus(content: list[Line], date_line: Line | None) -> list[Line]:
    """The header without its runs of MENU_RUN or more very short lines in a row (a menu's entries) between a
    headline-like line and the date line: they part what belongs together."""
    if date_line is None:
        return content
    upto = content.index(date_line)
    short = [len(line.stripped) <= MENU_ITEM and line.kind != "date" for line in content[:upto]]
    if sum(short) < MENU_RUN:
        return content
    out, run = [], []
    for line, is_short in zip(content, short + [False] * (len(content) - upto)):
        if is_short:
            run.append(line)
            continue
        # a menu under a headline-like line: the site's menus above the headline stay (they place it)
        if len(run) < MENU_RUN or not (out and headline_like(out[-1])):
            out.extend(run)
        out.append(line)
        run = []
    out.extend(run)
    return out


COLUMN = 3  # written headlines line under line that make a list


def in_a_column(content: list[Line], position: int, parted_by: Line | None = None) -> bool:
    """The line is one of COLUMN or more headline-like lines on consecutive raw lines: a list of other
    articles (with its label, この記事に関連するニュース), whether or not its headlines are written words;
    rank numbers or bullets on lines of their own between them (a ranking box: 1, headline, 2, headline)
    do not part them, nor each one's day under it (最新ニュース: headline, 2024年5月1日 10:00, headline, …).
    parted_by: the article's date line, which does part them (the headline over it, a box of points under it)."""
    if not _listed(content[position]):
        return False
    count, low, marked = 1, position, False
    while low > 0 and content[low - 1].number == content[low].number - 1 and content[low - 1] is not parted_by:
        low -= 1
        if _listed(content[low]) or (marked and content[low].kind in TITLE_KINDS):
            count += 1  # a short headline counts too when a rank number stands beside it
        elif content[low].kind not in _BETWEEN_LISTED:
            break
        marked = content[low].kind == "bullet"
    high, marked = position, False
    while (high + 1 < len(content) and content[high + 1].number == content[high].number + 1
           and content[high + 1] is not parted_by):
        high += 1
        if _listed(content[high]) or (marked and content[high].kind in TITLE_KINDS):
            count += 1
        elif content[high].kind not in _BETWEEN_LISTED:
            break
        marked = content[high].kind == "bullet"
    return count >= COLUMN


_BETWEEN_LISTED = ("bullet", "date")  # lines of their own between a column's headlines: a rank, a day
LISTED = 8  # characters from which a title-like line may be one of a list of other articles' headlines


def _listed(line: Line) -> bool:
    text = line.stripped
    return (line.kind in TITLE_KINDS and len(text) >= LISTED and japanese_share(text) >= 0.3
            and not menu_like(text) and not WRAPPED.match(text))
