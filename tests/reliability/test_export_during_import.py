"""An export while another process imports: the files hold the library of one moment, and the card agrees."""

from __future__ import annotations

import json

from core.datasets.common import store_text
from core.export import export
from core.store import open_db, read_library


def test_articles_stored_during_an_export_are_in_none_of_its_files(tmp_path):
    writer = open_db(tmp_path / "library.db")
    for n in range(5):
        store_text(writer, f"before-{n}", "txt", f"記事{n}。日米外相が東京で会談した。")
    asked = []

    def cancelled() -> bool:  # asked before each article: the first time, an import commits three more
        if not asked:
            for n in range(3):
                store_text(writer, f"during-{n}", "txt", f"記事{n}。日中外相が北京で会談した。")
        asked.append(True)
        return False

    result = export(read_library(tmp_path / "library.db"), "jsonl", tmp_path / "out", cancelled=cancelled, batch=2)
    rows = [json.loads(line) for line in (tmp_path / "out" / "articles.jsonl").read_text("utf-8").splitlines()]
    card = json.loads((tmp_path / "out" / "dataset.json").read_text("utf-8"))
    assert len(asked) == 5 and {row["source"] for row in rows} == {f"before-{n}" for n in range(5)}
    assert result.articles == card["counts"]["articles"] == 5
    assert writer.execute("SELECT count(*) FROM articles").fetchone()[0] == 8
