"""A mixed batch through core.jobs.import_paths: good files import, broken ones are named."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from core.jobs import import_paths
from core.store import open_db
from core.store.articles import count_articles, get_article

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "ingest_news_page.html"


@pytest.fixture
def batch(tmp_path) -> tuple[Path, Path, Path]:
    if len(SEEDS) < 2:
        pytest.fail("shared seeds not available", pytrace=False)
    folder = tmp_path / "drop"
    folder.mkdir()
    shutil.copy(SEEDS[0], folder / "seed0.txt")
    (folder / "seed1_utf16.txt").write_bytes(SEEDS[1].read_text(encoding="utf-8").encode("utf-16"))
    shutil.copy(FIXTURE, folder / "page.html")
    rows = [{"title": "一", "text": "外相は12日、談話を発表した。"}, "{broken",
            {"title": "二", "text": "首相は13日、訪米の日程を明らかにした。"}]
    (folder / "rows.jsonl").write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows),
        encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "empty.txt").write_bytes(b"")
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    return folder, pdf, tmp_path / "library.db"


def test_batch_with_broken_files(batch):
    folder, pdf, db_path = batch
    missing = folder.parent / "missing.txt"
    summary = import_paths([folder, pdf, missing], db_path)

    imported = sorted(Path(source).name for source, _ in summary.imported)
    assert imported == ["page.html", "rows.jsonl#1", "rows.jsonl#3", "seed0.txt",
                        "seed1_utf16.txt"]
    failed = {Path(path).name: reason for path, reason in summary.failed}
    assert failed == {
        "scan.pdf": "unsupported file type .pdf",
        "missing.txt": "no such file or folder",
        "image.txt": "cannot decode: not text",
        "empty.txt": "empty file",
        "rows.jsonl": "1 row skipped: line 2 not valid JSON",
    }
    assert summary.exit_code == 1

    db = open_db(db_path)
    try:
        assert count_articles(db) == 5
        page_id = dict(summary.imported)[str(folder / "page.html")]
        page = get_article(db, page_id)
        assert page.title.startswith("日ノルウェー外相が東京で会談")
        assert page.published == "2025-07-11T18:30:00+09:00"
        assert page.outlet == "架空ニュース"
        row = get_article(db, dict(summary.imported)[f"{folder / 'rows.jsonl'}#3"])
        assert row.title == "二" and row.source_format == "jsonl"
        assert row.import_note == "columns: text→body, title→title"
    finally:
        db.close()


def test_importing_the_same_batch_twice_gives_duplicates(batch):
    folder, _, db_path = batch
    first = import_paths([folder], db_path)
    second = import_paths([folder], db_path)
    assert len(first.imported) == 5
    assert second.imported == []
    assert sorted(second.duplicates) == sorted(source for source, _ in first.imported)
    db = open_db(db_path)
    try:
        assert count_articles(db) == 5
    finally:
        db.close()


def test_same_text_in_another_encoding_is_a_duplicate(tmp_path):
    if not SEEDS:
        pytest.fail("shared seeds not available", pytrace=False)
    text = SEEDS[3].read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(text.replace("\n", "\r\n").encode("utf-16"))
    summary = import_paths([tmp_path / "a.txt", tmp_path / "b.txt"], tmp_path / "lib.db")
    assert len(summary.imported) == 1
    assert summary.duplicates == [str(tmp_path / "b.txt")]
