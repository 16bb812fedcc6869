"""A dataset file read in its first megabyte's encoding, with a byte further on that the encoding cannot read
(a row pasted from a Shift_JIS file, a disk fault): that row is skipped and named, the rows after it still come
in. Before, the whole rest of the file failed as "cannot read: UnicodeDecodeError … position 7781"."""

from __future__ import annotations

import json

import pytest

from core.ingest import read_path
from core.ingest.errors import IngestError
from core.ingest.stream import SAMPLE_BYTES

ROWS = 2000
BAD = 1900  # past the first megabyte, where the encoding is found
FILLER = "両国は経済と安全保障の協力を確認した。" * 10


def _text(n: int) -> str:
    return f"記事{n}。日本の外相は北京で中国の外相と会談した。{FILLER}"


def _read(path):
    articles, error = [], None
    try:
        for article in read_path(path, clean_pages=False):
            articles.append(article)
    except IngestError as exc:
        error = str(exc)
    return articles, error


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_a_row_with_bytes_its_encoding_cannot_read_is_skipped_and_named(tmp_path, suffix):
    path = tmp_path / f"rows{suffix}"
    with path.open("wb") as handle:
        handle.write(b"" if suffix == ".jsonl" else b"text,title\n")
        for n in range(1, ROWS + 1):
            text = _text(n) + ("\udcff" if n == BAD else "")
            row = json.dumps({"text": text}, ensure_ascii=False) if suffix == ".jsonl" else f"{text},{n}"
            handle.write(row.encode("utf-8", "surrogateescape") + b"\n")
    assert path.stat().st_size > 1.1 * SAMPLE_BYTES
    articles, error = _read(path)
    assert len(articles) == ROWS - 1 and articles[-1].raw.startswith(f"記事{ROWS}。")
    where = "line" if suffix == ".jsonl" else "row"
    assert error == f"1 row skipped: {where} {BAD} holds bytes that are not valid utf-8"
