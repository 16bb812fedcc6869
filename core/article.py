"""The article record that ingest and cleaning produce and the store saves."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass
class Article:
    """One imported article: its raw text, the clean body and its metadata."""

    source: str
    source_format: str
    raw: str
    title: str | None = None
    published: str | None = None
    published_precision: str | None = None
    published_text: str | None = None
    outlet: str | None = None
    source_agency: str | None = None
    dateline: str | None = None
    url: str | None = None
    authors: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    # 1-based raw line number of each paragraph (same length as paragraphs,
    # or empty when the body does not come from the raw lines).
    body_lines: list[int] = field(default_factory=list)
    # One label per raw line: "body", "meta", "drop" or "blank".
    line_labels: list[str] = field(default_factory=list)
    import_note: str | None = None
    # Fixes the user made to the cleaner, by raw line number: "body" or "drop".
    overrides: dict[int, str] = field(default_factory=dict)
    # Why the cleaner is unsure of its choice ("; "-joined reasons), None when sure,
    # and the 1-based raw line the doubt is about (where the raw view opens).
    cleaning_check: str | None = None
    cleaning_check_line: int | None = None
    # A reference day read from the text when the page shows no date (never the
    # publication date): ISO date and its precision ("day", "month").
    published_inferred: str | None = None
    published_inferred_precision: str | None = None

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)

    @property
    def content_hash(self) -> str:
        return content_hash(self.raw)


def content_hash(text: str) -> str:
    """Hash of the decoded text, so the same content in any encoding is one article."""
    normal = "\n".join(line.rstrip() for line in text.strip().splitlines())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()
