"""The import writes a batch of articles a statement per table: what it stores is what storing them one by one gives."""

from __future__ import annotations

from core.analysis import DETECTOR_VERSION, analyze_library
from core.jobs import import_paths
from core.store import open_db

TEXTS = [
    "岸田首相は10日、首相官邸で米国のブリンケン国務長官と会談した。首相は「日米同盟を一層強化したい」と述べた。",
    "林外相は11日、中国の王毅外相と電話で会談した。王氏は「両国関係の改善を望む」と語った。",
    "東京都の小池百合子知事は12日の記者会見で、新しい計画を発表した。",
    "ロシアのプーチン大統領は13日、モスクワでインドのモディ首相と会談した。",
]

MENTIONS = ("SELECT m.article_id, m.start_char, m.end_char, m.text, m.type, m.entity_id, m.value, m.source, "
            "m.context FROM mentions m ORDER BY m.article_id, m.start_char, m.end_char, m.type")
CLAIMS = ("SELECT c.article_id, c.start_char, c.end_char, c.text, c.holder_entity_id, c.holder_text, c.holder_via, "
          "c.attribution, c.cue, c.confidence, c.context FROM claims c ORDER BY c.article_id, c.start_char")


def _import(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for i, text in enumerate(TEXTS):
        (folder / f"a{i}.txt").write_text(f"記事{i}\n\n{text}\n", encoding="utf-8")
    library = tmp_path / "lib.db"
    summary = import_paths([folder], library)
    assert len(summary.imported) == len(TEXTS)
    return library


def _rows(library):
    db = open_db(library, readonly=True)
    try:
        return (db.execute(MENTIONS).fetchall(), db.execute(CLAIMS).fetchall(),
                db.execute("SELECT entities_version FROM articles ORDER BY id").fetchall(),
                db.execute("SELECT count(*) FROM meeting_mentions").fetchone()[0])
    finally:
        db.close()


def article_ids(library):
    db = open_db(library, readonly=True)
    try:
        return db.execute("SELECT id FROM articles").fetchall()
    finally:
        db.close()


def test_imported_rows_are_those_analysing_again_stores(tmp_path):
    library = _import(tmp_path)
    mentions, claims, versions, meeting_mentions = _rows(library)
    # Every article carries the detector version of its mentions, written with its own row.
    assert versions == [(DETECTOR_VERSION,)] * len(TEXTS)
    # Several articles' mentions and claims went in together, each under its own article.
    assert {row[0] for row in mentions} == {row[0] for row in article_ids(library)}
    assert any(row[3] == "ブリンケン" for row in mentions) and any(row[3] == "王毅" for row in mentions)
    assert len({row[0] for row in claims}) >= 2
    assert meeting_mentions >= 2
    # Analysing the library again (one article at a time, through the store's replace functions)
    # leaves exactly the rows the import wrote.
    analyze_library(library)
    assert _rows(library) == (mentions, claims, versions, meeting_mentions)
