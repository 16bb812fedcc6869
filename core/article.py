"""The article record that ingest and cleaning produce and the store saves."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from urllib.parse import urlsplit

# Longer than any real article address; a "URL" of megabytes is not one.
URL_LIMIT = 4096


def web_url(value) -> str | None:
    """value when it is an http(s) address (a bare www. host gets http://), else None.

    An article's address is shown and exported: file:, javascript:, data: and
    other schemes from a page or a dataset row would point readers elsewhere.
    """
    if not isinstance(value, str):
        return None
    value = value.strip()
    if value[:4].lower() == "www.":
        value = "http://" + value
    if not value or len(value) > URL_LIMIT or " " in value or not value.isprintable():  # any space or control
        return None
    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:  # a malformed port or IPv6 host
        return None
    return value if parts.scheme.lower() in ("http", "https") and host else None


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
    # Whether only the day the file's name carries placed the date (its year or its order; core.cleaning.named_day):
    # the page's words alone leave it untold. Read by the import of a saved web page, not stored.
    published_from_name: bool = False

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
