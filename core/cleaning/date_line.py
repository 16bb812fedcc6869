"""Which lines of a page are date lines: the classifier's, or a date among buttons, labels, fields and a paywall note."""

from __future__ import annotations

import re

from core.cleaning.date_labels import page_date
from core.cleaning.lexicon import FIELD_LABEL, NEWS_WORDS, PAYWALL, UI_PHRASES
from core.cleaning.lines import DATE_LINE, Line
from core.dates.lines import Found

_HIRAGANA = re.compile(r"[\u3041-\u309f]")
LONG_DATE_LINE = 2 * DATE_LINE  # characters of a line of buttons, labels and a paywall note around the date
_DATE_HINT = re.compile(r"[0-9０-９〇一二三四五六七八九十][年月/／.．\-－]|[0-9０-９]{4}")  # most menu lines: one look
_COLUMN_GAP = re.compile(r" {3,}|\u3000{3,}|\t")
_AROUND = re.compile(r"[\s|｜/／・]+")
SENTENCE_AFTER = re.compile(r"^\s*(?:まで|から|より|に|の|を|は|が|と|も|で)")


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
    if found is None or len(found.text) < 0.4 * len(text) or day_only(found):
        return False
    return len(_HIRAGANA.findall(text.replace(found.text, ""))) < 5


def _date_among_furniture(text: str) -> bool:
    fields = _FIELD.search(text) is not None
    if not (fields or UI_PHRASES.search(text) or PAYWALL.search(text) or NEWS_WORDS.search(text)):
        return False  # a headline with its day (…演技披露(05/01 09:15)) is a list's item, not a date line
    found = page_date(text)
    if found is None or day_only(found):
        return False
    end = found.start + len(found.text)
    if SENTENCE_AFTER.match(text[end:]):
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


def day_only(found: Found) -> bool:
    """A month and day with neither a year nor a time: it dates no page by itself."""
    return found.yearless and "T" not in found.iso
