"""An undated article's inferred reference day is stored apart and relative dates resolve against it."""

from __future__ import annotations

import shutil
from pathlib import Path

from core.jobs import import_paths
from core.store import open_db

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "cleaning"


def test_relative_dates_of_an_undated_article_resolve_against_its_inferred_day(tmp_path):
    page = tmp_path / "undated.txt"
    shutil.copy(FIXTURES / "undated_article.txt", page)
    summary = import_paths([page], tmp_path / "library.db")
    assert not summary.failed
    db = open_db(tmp_path / "library.db")
    try:
        row = db.execute("SELECT id, published, published_inferred, published_inferred_precision "
                         "FROM articles").fetchone()
        assert row[1:] == (None, "2025-11-14", "day")
        values = {text: value for text, value in db.execute(
            "SELECT text, value FROM mentions WHERE article_id = ? AND type = 'DATE'", [row[0]])}
        assert values["前日"] == "2025-11-13"
    finally:
        db.close()


def test_command_line_names_the_doubt(tmp_path, capsys):
    from core.cli import main

    page = tmp_path / "footer.txt"
    shutil.copy(FIXTURES / "footer_directory.txt", page)
    db = tmp_path / "library.db"
    assert main(["import", str(page), "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["list", "--db", str(db)]) == 0
    assert "[check cleaning]" in capsys.readouterr().out
    assert main(["show", "1", "--db", str(db)]) == 0
    assert "check cleaning: very short body (raw line 15" in capsys.readouterr().out


def test_a_page_saying_hours_ago_is_dated_back_from_its_file_time(tmp_path):
    import os
    from datetime import datetime

    from core.article import Article
    from core.cleaning.apply import apply_cleaning
    from core.cleaning.relative_stamps import relative_age

    lines = ["ホーム", "国際", "外相会談、来週にも", "3時間前",
             "　両国の外相は来週、東京で会談する。政府関係者が明らかにした。北極海の航路協力が議題になる見通しだ。",
             "　会談は二年ぶりとなる。両国は昨年、海洋協力の覚書に署名している。"]
    page = tmp_path / "hours.txt"
    page.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    saved = datetime(2025, 3, 14, 1, 30).timestamp()
    os.utime(page, (saved, saved))
    article = Article(source=str(page), source_format="txt", raw=page.read_text(encoding="utf-8"))
    apply_cleaning(article)
    assert article.published is None
    assert (article.published_inferred, article.published_inferred_precision) == ("2025-03-13", "day")
    assert relative_age(["（配信：15分前）"]).total_seconds() == 900
    assert relative_age(["3時間前に会談した"]) is None
