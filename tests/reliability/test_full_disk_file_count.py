"""An import the full disk stopped says how many files it stored whole, counting the articles stored one by one
after the batch that did not fit: each of these one-article files stored is a file counted."""

import re

from core.jobs import import_paths
from core.store import open_db
from tests.reliability.helpers import disk_full_after

COUNTRIES = ("日本", "中国", "米国", "韓国", "英国", "ドイツ", "フランス", "インド")


def test_the_files_counted_are_the_files_whose_articles_were_stored(tmp_path, monkeypatch):
    folder = tmp_path / "pages"
    folder.mkdir()
    for number in range(100):
        one, other = COUNTRIES[number % 8], COUNTRIES[(number * 3 + 1) % 8]
        (folder / f"page{number:03}.txt").write_text(
            f"{one}{other}外相会談 第{number}回\n\n" + f"{one}と{other}の外相は{number % 28 + 1}日、会談した。"
            f"{one}の外相は「{other}との協力を強化したい」と述べた。第{number}回の協議。\n" * 4, encoding="utf-8")
    path = tmp_path / "lib.db"
    open_db(path, make_folder=True).close()
    pages = open_db(path).execute("PRAGMA page_count").fetchone()[0]
    disk_full_after(monkeypatch, pages, room=120)
    summary = import_paths([folder], path)
    assert summary.stopped.startswith("disk full")
    monkeypatch.undo()
    db = open_db(path)
    stored = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    db.close()
    files = int(re.search(r"from ([\d,]+) of 100 files", summary.stopped).group(1).replace(",", ""))
    assert 0 < stored < 100 and files == stored, summary.stopped
