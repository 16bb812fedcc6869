"""Why the cleaner asks for a look at an article: reasons as codes, described in English for the command line.

The article keeps its reasons as codes joined by commas (competing_blocks,no_headline);
the window translates each code, the command line and the export show them as they are
or in English. Libraries cleaned before the codes hold English reasons: they are shown as written.
"""

from __future__ import annotations

COMPETING_BLOCKS = "competing_blocks"
SHORT_BODY = "short_body"
NO_HEADLINE = "no_headline"
NO_RUNNING_TEXT = "no_running_text"
DATE_UNSURE = "date_unsure"
HEADLINE_UNSURE = "headline_unsure"

ENGLISH = {
    COMPETING_BLOCKS: "two blocks of text compete",
    SHORT_BODY: "very short body",
    NO_HEADLINE: "no headline found",
    NO_RUNNING_TEXT: "no running text found",
    DATE_UNSURE: "the page's date could not be told",
    HEADLINE_UNSURE: "the headline could not be told",
}
_SEPARATOR = ","


def joined(codes: list[str]) -> str | None:
    """The stored form of some reasons, None for none."""
    return _SEPARATOR.join(codes) if codes else None


def reason_codes(stored: str | None) -> list[str]:
    """The reasons of a stored check, in order (an older English text is one reason per '; ' part)."""
    if not stored:
        return []
    parts = stored.split(_SEPARATOR) if all(code in ENGLISH for code in stored.split(_SEPARATOR)) else stored.split("; ")
    return [part.strip() for part in parts if part.strip()]


def described(stored: str | None) -> str:
    """The reasons in English words, for the command line."""
    return "; ".join(ENGLISH.get(code, code) for code in reason_codes(stored))
