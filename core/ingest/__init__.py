"""Reading files into Articles: text dumps, web pages and dataset rows."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Iterator

from core.article import Article, web_url
from core.cleaning.apply import apply_cleaning, infer_reference_date
from core.ingest.datasets import articles_from_rows
from core.ingest.decode import decode_bytes
from core.ingest.errors import IngestError, Reason
from core.ingest.html_page import article_from_html, decode_html
from core.ingest.limits import read_bounded
from core.ingest.paths import SUPPORTED, expand_paths, path_text, unsupported_reason
from core.ingest.rows import csv_rows, json_rows, jsonl_rows
from core.ingest.stream import STREAMED, open_text

__all__ = [
    "DATASET_FORMATS",
    "IngestError",
    "SUPPORTED",
    "decode_bytes",
    "expand_paths",
    "read_path",
]

_log = logging.getLogger(__name__)

# source_format values of articles that come from dataset rows: their metadata
# comes from columns and their text is already the body (no page furniture).
DATASET_FORMATS = ("jsonl", "json", "csv", "tsv")


def read_path(path: Path, clean_pages: bool = True) -> Iterator[Article]:
    """Yield the articles in one file; bad input raises IngestError with the reason.

    Dataset files yield their good rows first and raise IngestError at the end
    if some rows had to be skipped. With clean_pages=False, page dumps come
    raw, for a caller that cleans them with what its library knows.
    """
    path = Path(path)
    try:
        for article in _read(path, clean_pages):
            article.url = web_url(article.url)  # only http(s) addresses are kept
            yield article
    except IngestError:
        raise
    except Exception as exc:
        # Whatever a malformed file trips (a parser, an odd JSON shape, the
        # cleaner) must fail that file only, with a reason, not stop the batch.
        _log.exception("unexpected failure reading %s", path)
        error = f"{type(exc).__name__}: {exc}"
        raise IngestError(Reason(f"cannot read: {error}", "unexpected", error=error)) from exc


def _read(path: Path, clean_pages: bool) -> Iterator[Article]:
    source = path_text(path)  # stored and printed: a name of undecodable bytes is escaped
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise IngestError(unsupported_reason(path))
    if suffix in STREAMED:
        yield from _read_stream(path, source, suffix)
        return
    data = read_bounded(path)
    if suffix in (".html", ".htm"):
        article = article_from_html(source, decode_html(data))
        infer_reference_date(article)
        yield article
        return
    text, _ = decode_bytes(data)
    del data  # the decoded text is all we need; do not hold a 20 MB file twice
    if suffix == ".txt":
        article = Article(source=source, source_format="txt", raw=text)
        if clean_pages:
            apply_cleaning(article)
        yield article
    else:
        yield from articles_from_rows(source, "json", json_rows(text))


def _read_stream(path: Path, source: str, suffix: str) -> Iterator[Article]:
    """A JSON Lines, CSV or TSV file, row by row: never held whole in memory."""
    with open_text(path) as handle:
        if suffix == ".jsonl":
            yield from articles_from_rows(source, "jsonl", jsonl_rows(handle))
        else:
            header, rows = csv_rows(handle, "\t" if suffix == ".tsv" else None)
            yield from articles_from_rows(source, suffix[1:], rows, columns=header)

