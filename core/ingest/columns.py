"""Which dataset column holds the text, the title, the date... found by name or by shape."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.ingest.errors import IngestError, Reason

# Names as scrapers (news-please, newspaper3k, trafilatura), Hugging Face
# datasets and hand-made spreadsheets write them, best first.
KNOWN = {
    "body": (
        "text", "body", "content", "article", "本文", "maintext", "main_text",
        "article_text", "full_text", "fulltext", "body_text", "text_content",
        "story", "document", "記事", "記事本文", "内容", "テキスト",
    ),
    "title": ("title", "headline", "見出し", "タイトル", "題名", "表題", "heading", "subject"),
    "published": (
        "date", "published", "published_at", "publish_date", "published_date",
        "date_publish", "pubdate", "pub_date", "datetime", "date_published",
        "日付", "日時", "公開日", "掲載日", "発行日", "配信日", "timestamp", "time",
        "created_at",
    ),
    "url": ("url", "link", "href", "source_url", "article_url", "uri", "permalink", "URL"),
    "outlet": (
        "outlet", "source", "site", "media", "publisher", "site_name", "sitename",
        "source_domain", "newspaper", "媒体", "出典", "掲載元", "配信元", "メディア",
    ),
    "authors": ("author", "authors", "byline", "writer", "著者", "記者", "筆者"),
}
ROLES = tuple(KNOWN)
# A text column chosen by shape must read like prose, not ids or labels.
_MIN_PROSE_LENGTH = 20  # characters; a Japanese sentence is often 20-40


@dataclass
class ColumnMap:
    """The column chosen for each role, and how it was chosen."""

    roles: dict[str, str] = field(default_factory=dict)
    guessed_body: bool = False

    def note(self) -> str:
        """A line for the user: 'columns: 本文→body, 見出し→title'."""
        parts = [f"{column}→{role}" for role, column in self.roles.items()]
        text = "columns: " + ", ".join(parts)
        if self.guessed_body:
            text += " (body chosen as the longest text column)"
        return text


def normal_name(name: str) -> str:
    """Column names compared without case, spaces, dashes or a stray BOM."""
    return re.sub(r"[\s\-]+", "_", str(name).strip().lstrip("\ufeff")).lower()


def choose_columns(columns: list[str], sample: list[dict]) -> ColumnMap:
    """Map roles to columns by name; fall back to the longest prose column for the body."""
    by_name = {normal_name(c): c for c in reversed(columns)}
    chosen = ColumnMap()
    used: set[str] = set()
    for role, names in KNOWN.items():
        for name in names:
            column = by_name.get(normal_name(name))
            if column is not None and column not in used:
                chosen.roles[role] = column
                used.add(column)
                break
    if "body" not in chosen.roles:
        column = _longest_prose(columns, sample, used)
        if column is None:
            listed = ", ".join(str(c) for c in columns) or "none"
            raise IngestError(Reason(f"no text column: columns are {listed}", "no_text_column", columns=listed))
        chosen.roles = {"body": column, **chosen.roles}
        chosen.guessed_body = True
    return chosen


def _longest_prose(columns: list[str], sample: list[dict], used: set[str]) -> str | None:
    best, best_length = None, 0.0
    for column in columns:
        if column in used:
            continue
        values = [row.get(column) for row in sample]
        strings = [v for v in values if isinstance(v, str) and v.strip()]
        if not strings or len(strings) < len(values) / 2:
            continue
        average = sum(len(v) for v in strings) / len(strings)
        if average > best_length and _prose(strings):
            best, best_length = column, average
    if best_length < _MIN_PROSE_LENGTH:
        return None
    return best


def _prose(strings: list[str]) -> bool:
    """Prose has spaces or Japanese punctuation; ids, hashes and base64 do not."""
    hits = sum(1 for v in strings if re.search(r"[\s、。，．]", v.strip()))
    return hits >= len(strings) / 2
