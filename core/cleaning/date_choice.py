"""Which date line above (or under) a page dump's body is the article's own.

The article's date line stands by its headline, near the body. Other date lines
on a page date other things: the site's header shows the day it was viewed, a
column of related headlines carries each one's day, an update line stands beside
the publication (in either order), a portal's teaser has its own.
"""

from __future__ import annotations

from typing import Callable

import re

from core.cleaning.header_shapes import HEADLINE_LENGTH, SECTION_WORDS, SHORT_HEADLINE, TITLE_KINDS
from core.cleaning.outlets import outlet_in
from core.cleaning.lexicon import FIELD_LABEL, NEWS_WORDS, PAYWALL, READ_MORE, UI_PHRASES
from core.cleaning.lines import DATE_LINE, PROSE, Line, japanese_share
from core.cleaning.page_dates import date_label, page_date, stamp_age
from core.dates.lines import Found, all_datetimes

DATE_REACH = 12  # non-blank lines above the body where the article's date line stands
_LINK_KINDS = ("blank", "related", "url")
_HIRAGANA = re.compile(r"[\u3041-\u309f]")
_BRACKETED = re.compile(r"^[【〈《\[［(（].*[】〉》\]］)）]$")  # a label or a note in brackets


LONG_DATE_LINE = 2 * DATE_LINE  # characters of a line of buttons, labels and a paywall note around the date
_DATE_HINT = re.compile(r"[0-9０-９〇一二三四五六七八九十][年月/／.．\-－]|[0-9０-９]{4}")  # most menu lines: one look
_COLUMN_GAP = re.compile(r" {3,}|\u3000{3,}|\t")
_AROUND = re.compile(r"[\s|｜/／・]+")
_SENTENCE_AFTER = re.compile(r"^\s*(?:まで|から|より|に|の|を|は|が|と|も|で)")


def dated(line: Line) -> bool:
    """A date line: one the classifier calls so, or a line of share buttons, labels, a byline or a paywall
    note around a date (2024年12月4日 10時00分　ツイート　シェア…, 政治 | 2024/12/4 | 文：… | この記事は会員限定です。)."""
    if line.kind == "date":
        return True
    if line.kind not in ("ui", "other", "heading") or len(line.stripped) > LONG_DATE_LINE:
        return False
    if _DATE_HINT.search(line.stripped) is None:
        return False
    if _COLUMN_GAP.search(line.stripped):  # a layout table printed side by side: the date line is one column
        return any(_date_column(part) for part in _COLUMN_GAP.split(line.stripped))
    return _date_among_furniture(line.stripped)


def _date_column(text: str) -> bool:
    """A column that reads as a date line: mostly the date, no sentence beside it."""
    found = page_date(text)
    if found is None or len(found.text) < 0.4 * len(text) or (found.yearless and "T" not in found.iso):
        return False
    return len(_HIRAGANA.findall(text.replace(found.text, ""))) < 5


def _date_among_furniture(text: str) -> bool:
    fields = _FIELD.search(text) is not None
    if not (fields or UI_PHRASES.search(text) or PAYWALL.search(text) or NEWS_WORDS.search(text)):
        return False  # a headline with its day (…演技披露(05/01 09:15)) is a list's item, not a date line
    found = page_date(text)
    if found is None or (found.yearless and "T" not in found.iso):
        return False
    end = found.start + len(found.text)
    if _SENTENCE_AFTER.match(text[end:]):
        return False  # 12月4日まで無料: a deadline in a sentence
    if fields and found.start == 0 and _only_fields(text[end:]):
        return True  # the date, then the page's fields: 2018年6月18日 10:01　発信地：カノ/ナイジェリア [ 地域 ]
    noted = False
    for part in _AROUND.split(text[: found.start] + " " + text[end:]):
        if UI_PHRASES.search(part) or PAYWALL.search(part) or NEWS_WORDS.search(part):
            noted = True  # a button or a paywall note: the sentences after it are the note's
        elif len(_HIRAGANA.findall(part)) >= 5 and not (noted and part.endswith("。")):
            return False
    return True


_FIELD = re.compile(r"(?:^|[\s|｜])" + FIELD_LABEL.pattern.lstrip("^"))
_TAGS = re.compile(r"[\[［][^\]］]{1,40}[\]］]")


def _only_fields(rest: str) -> bool:
    """What follows a date is labelled fields and bracketed tags only, no words of a sentence or headline."""
    parts = [p for p in re.split(r"[\s|｜]+(?=\S+\s*[：:])", _TAGS.sub(" ", rest).strip()) if p]
    return bool(parts) and all(FIELD_LABEL.match(part) and not _HIRAGANA.search(part) for part in parts)


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


def ranked_dates(content: list[Line], footer: list[Line],
                 told: Callable[[Line], float] | None = None) -> list[tuple[tuple, Line]]:
    """The header's date lines with their standing (a teaser's, an update, not by a headline), the likeliest
    article date first.

    The article's date stands by its headline, near the body: a date line next to
    a title-like line comes first, then the others from the body upwards; of date
    lines in a row (公開 then 更新, 最終更新 then 公開) the update gives way. A date far
    above the body (the day the page was saved) counts only if none follows the body. told: how much of a
    headline the article's text tells (see listed_dates).
    """
    found, own, prose_below = [], False, False
    listed = listed_dates(content, told)
    stamp = _relative_stamp(content)
    for i in range(len(content) - 1, -1, -1):
        if content[i].kind == PROSE:
            prose_below = True
        if (not dated(content[i]) or id(content[i]) in listed or i < stamp or _second_of_a_pair(content, i, listed)
                or date_label(content[i].stripped) == "event"):
            continue
        if len(content) - i > DATE_REACH and (date_follows(footer) or _calendar_day(content, i)):
            continue
        # Above a date line of its own headline (however short) with no sentence under it, a date line
        # with a sentence between it and the body dates another text: a portal's teaser.
        if _teased_below(content, i):
            continue  # another article's teaser: its date, a sentence or two, 続きを読む
        teaser = own and prose_below
        # the article's date line stands over its text: one right under a sentence of it dates what the text
        # speaks of (『ドライヴ』（3月31日公開）, a film's release), when a date line over the text is there too
        under_text = i > 0 and content[i - 1].kind == PROSE
        own = own or (not prose_below and not under_text and _by_a_headline(content, i, SHORT_HEADLINE, plain=True))
        # an update's label on a line of its own above the date (更新日時, then the day): the update gives way
        updated = i > 0 and _UPDATE_LABEL_LINE.match(content[i - 1].stripped) is not None
        found.append((teaser, updated, under_text, not _by_a_headline(content, i), len(found), content[i]))
    return [(item[:4], item[5]) for item in sorted(found, key=lambda item: item[:5])]


TEASER_REACH = 3  # lines under a date line where another article's teaser and its read-more link stand


def _teased_below(content: list[Line], i: int) -> bool:
    """Under the date line, a sentence or two and a read-more link (続きを読む): another article's teaser."""
    below = content[i + 1 : i + 1 + TEASER_REACH]
    for position, line in enumerate(below):
        if line.kind != PROSE:
            return position > 0 and READ_MORE.match(line.stripped) is not None
    return False


_UPDATE_LABEL_LINE = re.compile(r"^(?:最終)?更新(?:日時|日|時刻)?\s*[:：]?$|^(?:[Ll]ast\s+)?[Uu]pdated\s*:?$")


_GLUED_TAIL = re.compile(r"\s*(?:配信|更新|公開|投稿)?\s*[)）】\]]?")
GLUED_HEAD_END = " \u3000|｜/／-－―:：【（(["
_GLUED_START = re.compile(r"^[【\[［(（]?\s*(?:[0-9０-９〇一二三四五六七八九]|令和|平成|昭和|[A-Z][a-z]{2})")
PAIR_GAP = 12  # characters between a date and its update written after it on one line
_UPDATE_WORD = re.compile(r"更新|修正|[Uu]pdated")
_GLUED_WORDS_START = " \u3000|｜/／-－―:：】]］）)"
_GLUED_LAST = set(")）】]日時分信新開稿MTCmTZ")  # how a date (and its label) glued to a headline ends


def glued_date(headline: str) -> Found | None:
    """A date glued to the end of the headline's line (…看護系学部新設検討　2016/02/11 06:00配信) or to its
    start (【2016.02.11】…), on a page with no date line of its own: a full date, or a month and day with its
    time, beside a headline's words (2016年2月11日、首相は… and 2016年2月11日の会談 are sentences)."""
    if not headline[-1:].isdigit() and headline[-1:] not in _GLUED_LAST and not _GLUED_START.match(headline):
        return None  # most headlines: one look
    dates = all_datetimes(headline, yearless=True)
    if not dates:
        return None
    last, first = dates[-1], dates[0]
    gap = headline[dates[-2].start + len(dates[-2].text) : last.start] if len(dates) > 1 else ""
    if len(gap) <= PAIR_GAP and _UPDATE_WORD.search(gap):
        # the date and its update at the end (… 2016年2月11日 8時52分 (最終更新 2月12日)): the publication
        tail = dates[-2].start
        own = page_date(headline[tail:])
        if own is not None and own.start == 0 and date_label(headline[tail:]) != "event":
            last = Found(own.text, own.iso, own.precision, tail, own.yearless)
    if _GLUED_TAIL.fullmatch(headline, last.start + len(last.text)) or last is not dates[-1]:
        if last.yearless and "T" not in last.iso:
            return None
        words = headline[: last.start].rstrip(GLUED_HEAD_END)
        return last if len(words) >= SHORT_HEADLINE and japanese_share(words) >= 0.3 else None
    if first.start > 1 or (first.yearless and "T" not in first.iso):
        return None
    after = headline[first.start + len(first.text):]
    if _SENTENCE_AFTER.match(after) or after.lstrip(" \u3000")[:1] in ("、", ",", "，"):
        return None
    words = after.lstrip(_GLUED_WORDS_START)
    return first if len(words) >= HEADLINE_LENGTH and japanese_share(words) >= 0.3 else None


def headline_without(text: str, found: Found) -> str:
    """The headline's words without the date glued to its end or its start."""
    if found.start > 1:
        return text[: found.start].rstrip(GLUED_HEAD_END)
    return text[found.start + len(found.text):].lstrip(_GLUED_WORDS_START)


def headline_of_a_date_line(text: str) -> str | None:
    """The headline of a line read as a date line that is a headline with its date glued on, else None:
    a written headline's length of words (an outlet's name, a byline or a label is not one)."""
    found = glued_date(text)
    if found is None:
        return None
    words = headline_without(text, found)
    if len(words) < HEADLINE_LENGTH or outlet_in(words) or date_label(text):
        return None
    return words


def _relative_stamp(content: list[Line]) -> int:
    """Where the article's date line is a relative stamp (3時間前, 昨日 10:00 配信) by its headline near the
    body: dates above it are the day the page was viewed or other items', not the article's (-1: none)."""
    for i in range(len(content) - 1, max(len(content) - DATE_REACH, 0) - 1, -1):
        if stamp_age(content[i].stripped) is not None and _by_a_headline(content, i, SHORT_HEADLINE):
            return i
    return -1


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
    return not any(_headline_like(line) and len(line.stripped) >= 10 and not _CLOCK.search(line.stripped)
                   for line in near)


_CLOCK = re.compile(r"[0-9０-９]\s*時|更新")
_CALENDAR_WORDS = re.compile(r"[\s()（）]|[月火水木金土日]曜日?|大安|友引|先勝|先負|赤口|仏滅|today|今日は?")


def dates_after(footer: list[Line]) -> list[Line]:
    """The article's date lines under the body, an update after the others (最終更新 over 公開).

    The date stands under the body before any other text: past tags, buttons and the wire's
    credit, up to the first sentence or a readers' comments label. Dates in a column (a
    date, a line, a date…: comments, other articles) are not the article's.
    """
    lines = _foot(footer)
    dates = [line for position, line in enumerate(lines) if dated(line) and not _in_a_column(lines, position)
             and date_label(line.stripped) != "event" and not _heads_another(footer, line)]
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
    stamps = []
    for line in lines:  # (a list's or the comments' stamps come two or more: no column test needed)
        if not dated(line) or date_label(line.stripped) == "event" or _heads_another(footer, line):
            continue
        found = page_date(line.stripped)
        if found is not None and not found.yearless and "T" in found.iso:
            stamps.append(line)
    return stamps[0] if len(stamps) == 1 else None


def _heads_another(footer: list[Line], line: Line) -> bool:
    """Under the body, a date line between a headline and running text: the header of another article
    (a portal's next story, 台風14号…, its date, its text), not the date of the one above."""
    at = line.number - footer[0].number if footer else -1  # the footer: the raw lines under the body, in order
    if not (0 <= at < len(footer)) or footer[at] is not line:
        return False
    above = next((footer[k] for k in range(at - 1, -1, -1) if footer[k].kind != "blank"), None)
    below = next((footer[k] for k in range(at + 1, len(footer)) if footer[k].kind != "blank"), None)
    return (above is not None and below is not None and below.kind == PROSE and len(above.stripped) >= HEADLINE_LENGTH
            and _headline_like(above) and not dated(above))


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
        if _COMMENTS.match(line.stripped) or line.kind == "copyright" or len(lines) >= FOOT_REACH:
            break
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


def listed_dates(content: list[Line], told: Callable[[Line], float] | None = None) -> set[int]:
    """Ids of the date lines of a list of other articles: headlines each with its day.

    Items written on one line (「…（2月5日）」) two or more in a row, or a headline and a
    date line in turn two or more times: every date of such a column is another
    article's, but for the last pair of a column that runs into the body (no headline
    and no date line after it): the list stood right above the article's own headline
    and date line, spaced as its items; or, when the article's text clearly tells more of
    another headline (told: the share of its word pairs the text says) than of the last
    pair's, for that headline's: the first pair's, or one above the column (the list stood
    between the article's date line and its text).
    """
    listed: set[int] = set()
    n = len(content)
    i = 0
    while i < n:  # items with their day on the same line, after (「…（2月5日）」) or before (「2/5 10:00　…」) them
        j = i
        while j < n and (_dated_item(content[j]) or _item_after_its_date(content[j])):
            j += 1
        if j - i >= 2:
            listed.update(id(line) for line in content[i:j] if line.kind == "date")
        i = max(j, i + 1)
    i = 0
    while i < n - 1:  # a headline, its date line, the next headline, its date line… spaced alike
        j, gap = i, None
        while (j + 1 < n and _headline_like(content[j]) and not _dated_item(content[j])
               and content[j + 1].kind == "date" and _spaced(content, j, gap)
               and not (gap is not None and _split_date(content[j - 1], content[j + 1]))):
            gap = content[j + 1].number - content[j].number
            j += 2
        pairs = (j - i) // 2
        if pairs >= 2:
            dates = [content[k + 1] for k in range(i, j, 2)]
            own_last = not any(l.kind == "date" or _headline_like(l) for l in content[j:])
            own = _own_pair(content, i, j, told) if own_last and told is not None else None
            if own is not None:  # the article's own pair over the list, or above it: every date of the list
                listed.update(id(line) for line in dates if line is not own)
            else:
                listed.update(id(line) for line in (dates[:-1] if own_last else dates))
        i = max(j, i + 1)
    return listed


CLEARLY_TOLD = 0.2  # share of word pairs the text tells of a headline more than of the column's last one


def _own_pair(content: list[Line], i: int, j: int, told: Callable[[Line], float]) -> Line | None:
    """Of a column of headlines and their dates (content[i:j]) that runs into the body, the article's own date line
    when the text clearly tells another headline than the last one's: the first pair's, or (a date line of its own
    above the column, the headline over it) none of the column's. None: the last pair is the article's."""
    last = told(content[j - 2])
    above = next((k for k in range(i - 1, 0, -1) if content[k].kind == "date"), None)
    choices = [(told(content[i]), content[i + 1])]
    if above is not None and content[above - 1].kind != "date":
        choices.append((told(content[above - 1]), content[above]))
    share, line = max(choices, key=lambda choice: choice[0])
    if share < last + CLEARLY_TOLD:
        return None
    return line


_DATED_END = re.compile(r"[（(]([^（）()]{3,24})[）)]\s*$")


def _dated_item(line: Line) -> bool:
    """A headline with its day in brackets at its end: an item of a list of articles (not a date line with its
    update in brackets: 2012年5月11日 14:00（最終更新：5月12日 20:18）)."""
    match = _DATED_END.search(line.stripped) if line.stripped.endswith((")", "）")) else None
    return (match is not None and len(line.stripped) - len(match.group(0)) >= 8
            and page_date(match.group(1)) is not None and page_date(line.stripped[: match.start()]) is None)


_ITEM_MARK = re.compile(r"^[・･■□●○◆◇▼▽>＞-]\s*")
_DATE_OPENING = re.compile(r"[0-9０-９]{1,4}\s*(?:[/／.．\-－年月日]|[A-Za-z])")


def _item_after_its_date(line: Line) -> bool:
    """A date, then a headline on the same line (2016/02/12 01:00　訃報…): an item of a list of new articles."""
    if line.kind == PROSE or not (line.stripped[:1].isdigit() or _ITEM_MARK.match(line.stripped)):
        return False
    text = _ITEM_MARK.sub("", line.stripped, count=1)
    if text[:1].isdigit() and not _DATE_OPENING.match(text):
        return False  # 3人が…, 100円: a number, no date, opens the line (a cheap look before the full reading)
    dates = all_datetimes(text, yearless=True)
    if not dates or dates[0].start != 0:
        return False
    rest = text[len(dates[0].text):].strip(" \u3000|｜:：-－")
    # (not the date line's own update after it: 2012年5月11日 14:00（最終更新：5月12日 20:18）)
    return (len(rest) >= SHORT_HEADLINE and japanese_share(rest) >= 0.3 and not date_label(text)
            and date_label(rest) is None)


def _split_date(upper: Line, lower: Line) -> bool:
    """Two date lines around one headline give the same day, one of them with its time (国際 | 2017年2月7日 over
    it, 2017/2/7 23:50 under it): one article's date printed twice, not two items of a list."""
    first, second = page_date(upper.stripped), page_date(lower.stripped)
    if first is None or second is None or first.iso[5:10] != second.iso[5:10]:
        return False
    return ("T" in first.iso) != ("T" in second.iso) and (first.yearless or second.yearless
                                                         or first.iso[:4] == second.iso[:4])


def _spaced(content: list[Line], j: int, gap: int | None) -> bool:
    """The pair at j is spaced as the pairs before it (a list's items stand alike; a blank line more or
    less sets the article's own headline apart from them)."""
    if gap is None:
        return True
    return content[j + 1].number - content[j].number == gap and content[j].number - content[j - 1].number == gap


def _headline_like(line: Line) -> bool:
    """A line that may be a headline: a short one naming a section or a page (ニュース詳細, 記事一覧) is not."""
    text = line.stripped
    return (line.kind in TITLE_KINDS and len(text) >= SHORT_HEADLINE and japanese_share(text) >= 0.3
            and (len(text) >= HEADLINE_LENGTH or not SECTION_WORDS.search(text)))


def _by_a_headline(content: list[Line], i: int, shortest: int = 10, plain: bool = False) -> bool:
    """A title-like line (of shortest characters or more; plain: not a label in brackets) stands within two
    lines of content[i]."""
    for j in range(max(i - 2, 0), min(i + 3, len(content))):
        line = content[j]
        if (j != i and line.kind in TITLE_KINDS and len(line.stripped) >= shortest
                and japanese_share(line.stripped) >= 0.3 and not (plain and _BRACKETED.match(line.stripped))):
            return True
    return False


def date_follows(footer: list[Line]) -> bool:
    """The article's date line stands under the body."""
    return bool(dates_after(footer))
