"""Core's words for why something was not done, carrying a code and the details in them.

The command line prints the words; the window words the same reason in its own language from the code
and the details (an import's reasons, a stopped import, a note on an article analysed in part).
"""

from __future__ import annotations


class Reason(str):
    """Core's words for a reason (what the command line prints, what JSON and SQLite take as text), carrying
    a code and the details in them, so the window can word the same reason in its own language."""

    def __new__(cls, text: str, code: str = "", /, **details) -> "Reason":
        reason = super().__new__(cls, text)
        reason.code, reason.details = code, details
        return reason

    def __reduce__(self):
        return _reason, (str(self), self.code, self.details)


def _reason(text: str, code: str, details: dict) -> Reason:
    return Reason(text, code, **details)
