"""The article list reads its columns without reading the saved pages (bench/bench_list_reads.py's count)."""

import dataclasses
from pathlib import Path

import pytest

from bench.bench_list_reads import OPERATIONS, read_bytes
from core.ingest import read_path
from core.store import open_db
from core.store.articles import insert_article

PAGE = Path(__file__).resolve().parents[1] / "fixtures" / "ingest_news_page.html"


@pytest.mark.skipif(not Path("/proc/self/io").exists(), reason="counts the process's reads (Linux)")
def test_a_page_of_the_list_reads_no_saved_page(tmp_path):
    path = tmp_path / "library.db"
    db = open_db(path)
    page = next(read_path(PAGE))
    for number in range(30):  # saved pages of 200 KB and more, as sites serve them with their markup
        insert_article(db, dataclasses.replace(page, raw=f"<!-- {number} -->\n" + page.raw * 50,
                                               published=f"2024-01-{number % 28 + 1:02d}"))
    raw = db.execute("SELECT sum(length(CAST(raw AS BLOB))) FROM articles").fetchone()[0]
    db.close()
    for name in ("first page by date", "first page by title, ascending"):
        reader = open_db(path, readonly=True)
        reader.execute("SELECT count(*) FROM sqlite_master").fetchone()
        before = read_bytes()
        assert OPERATIONS[name](reader) == 30
        assert read_bytes() - before < raw / 20, name
        reader.close()
