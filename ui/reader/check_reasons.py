"""The reasons the cleaner gives for a look at an article, in the interface language."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@cache
def _reasons() -> dict[str, str]:
    """Each reason code's words, untranslated. Read on the first flagged article: the cleaning package
    (its patterns and outlet lists) then loads, not with the window."""
    from core.cleaning.checks import COMPETING_BLOCKS, DATE_UNSURE, HEADLINE_UNSURE, NO_HEADLINE, NO_RUNNING_TEXT, SHORT_BODY

    return {
        COMPETING_BLOCKS: QT_TRANSLATE_NOOP("CleaningCheck", "two blocks of text compete"),
        SHORT_BODY: QT_TRANSLATE_NOOP("CleaningCheck", "very short body"),
        NO_HEADLINE: QT_TRANSLATE_NOOP("CleaningCheck", "no headline found"),
        NO_RUNNING_TEXT: QT_TRANSLATE_NOOP("CleaningCheck", "no running text found"),
        DATE_UNSURE: QT_TRANSLATE_NOOP("CleaningCheck", "the page's date could not be told"),
        HEADLINE_UNSURE: QT_TRANSLATE_NOOP("CleaningCheck", "the headline could not be told"),
    }


def check_reasons(stored: str | None) -> str:
    """The stored reasons (codes, or an older library's English words) as the user reads them."""
    from core.cleaning.checks import reason_codes

    reasons = _reasons()
    words = [QCoreApplication.translate("CleaningCheck", reasons[code]) if code in reasons else code
             for code in reason_codes(stored)]
    # the separator between reasons: "; " in English, 、 in Japanese
    return QCoreApplication.translate("CleaningCheck", "; ").join(words)
