"""Articles from dataset rows: map columns to fields, keep good rows, report the bad ones."""

from __future__ import annotations

import re
from itertools import chain
from typing import Iterable, Iterator

from core.article import Article
from core.cleaning.apply import apply_cleaning
from core.dates.fields import parse_date
from core.ingest.columns import ColumnMap, choose_columns
from core.ingest.decode import normalise_text
from core.ingest.errors import IngestError, Reason
from core.ingest.rows import Row, row_error

# Rows read before the columns are chosen (enough to judge which column is prose).
SAMPLE_ROWS = 200
_LISTED_ERRORS = 5
NO_ROWS = "no rows"
ONLY_HEADER = "no rows: only a header"
_ASCII_SPACE = re.compile(r"[ \t\r\n\f\v]+")
_AUTHOR_SPLIT = re.compile(r"\s*(?:[;；|、\n]|,\s*(?=\S))\s*")


def articles_from_rows(
    path: str, source_format: str, rows: Iterable[Row], columns: list[str] | None = None
) -> Iterator[Article]:
    """Yield an Article per good row, then raise IngestError naming any skipped rows.

    columns is the header when the file has one (CSV); otherwise the keys of
    the first rows are used.
    """
    rows = iter(rows)
    sample = [row for _, row in zip(range(SAMPLE_ROWS), rows)]
    good = [row.values for row in sample if row.values is not None]
    bad: list[tuple[str, str]] = []  # (where, why) of each skipped row
    made = 0
    if good:
        mapping = choose_columns(columns or _keys(good), good)
        for row in chain(sample, rows):
            if row.error:
                bad.append((row.where, row.error))
                continue
            article = _article(path, source_format, row, mapping)
            if not isinstance(article, Article):
                bad.append((row.where, article))
                continue
            made += 1
            yield article
    else:
        bad = [(row.where, row.error) for row in chain(sample, rows)]
    if not made and not bad:
        raise IngestError(ONLY_HEADER if columns else NO_ROWS)
    if bad:
        raise IngestError(skipped_message(bad, made))


def skipped_message(bad: list[tuple[str, str]], made: int) -> Reason:
    """'2 rows skipped: line 3 not valid JSON, line 9 empty text' (the first few listed), carrying the
    listed (where, why) pairs, how many more and how many rows were skipped, for a reader that words them."""
    listed = ", ".join(f"{where} {why}" for where, why in bad[:_LISTED_ERRORS])
    more = max(0, len(bad) - _LISTED_ERRORS)
    if more:
        listed += f", and {more} more"
    if made == 0 and getattr(bad[0][1], "code", "") == "not_json":
        others = f" ({len(bad) - 1} more bad rows)" if len(bad) > 1 else ""
        return Reason(f"not valid JSON on {bad[0][0]}{others}", "no_json_rows", where=bad[0][0], others=len(bad) - 1)
    count = f"{len(bad)} row{'s' if len(bad) != 1 else ''} skipped"
    details = {"rows": bad[:_LISTED_ERRORS], "more": more, "count": len(bad)}
    if made == 0:
        return Reason(f"no rows imported, {count}: {listed}", "no_rows_imported", **details)
    return Reason(f"{count}: {listed}", "rows_skipped", **details)


def _article(path: str, source_format: str, row: Row, mapping: ColumnMap) -> Article | Reason:
    """The row's article, or why the row is skipped (its text empty, or an object rather than text)."""
    values = row.values or {}
    roles = mapping.roles
    raw = _text(values.get(roles["body"]))
    if raw is None:
        return row_error("text_not_text")
    if not raw.strip():
        return row_error("empty_text")
    article = Article(source=f"{path}#{row.number}", source_format=source_format, raw=raw)
    article.title = _single_line(values.get(roles.get("title")))
    article.url = _single_line(values.get(roles.get("url")))
    article.outlet = _single_line(values.get(roles.get("outlet")))
    article.authors = _authors(values.get(roles.get("authors")))
    note = mapping.note()
    if "published" in roles:
        written = values.get(roles["published"])
        if written not in (None, "") and not isinstance(written, (dict, list, bool)):
            article.published_text = str(written).strip()
            parsed = parse_date(written)
            if parsed:
                article.published, article.published_precision = parsed
            else:
                note += f"; date not understood: {article.published_text[:40]!r}"
    article.import_note = note
    # Metadata first: the cleaner fills only the body fields for dataset rows.
    apply_cleaning(article)
    return article


def _keys(rows: list[dict]) -> list[str]:
    """Keys of the sampled rows, in order of first appearance."""
    seen: dict[str, None] = {}
    for values in rows:
        for key in values:
            seen.setdefault(key, None)
    return list(seen)


def _text(value) -> str | None:
    """A row's text: a string, a number, or a list of paragraphs; None for an object or true/false,
    whose Python spelling ("{'x': …}", "True") is no article."""
    if value is None:
        return ""
    if isinstance(value, list):  # some datasets store the body as a list of paragraphs
        if any(isinstance(v, (dict, list, bool)) for v in value):
            return None
        value = "\n".join(str(v) for v in value if v is not None)
    elif isinstance(value, (dict, bool)):
        return None
    return normalise_text(str(value))


def _single_line(value) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    # Collapse only ASCII whitespace: an ideographic space in a headline is meant.
    text = _ASCII_SPACE.sub(" ", str(value)).strip()
    return text or None


def _authors(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        names = [_single_line(v.get("name") if isinstance(v, dict) else v) for v in value]
        return [n for n in names if n]
    parts = _AUTHOR_SPLIT.split(str(value).strip())
    return [p for p in (_single_line(part) for part in parts) if p]
