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


def test_a_page_saying_hours_ago_is_dated_back_from_the_day_its_name_carries_never_from_its_file_time(tmp_path):
    import os
    from datetime import datetime

    from core.article import Article
    from core.cleaning.apply import apply_cleaning
    from core.cleaning.relative_stamps import relative_age

    lines = ["ホーム", "国際", "外相会談、来週にも", "2日前",
             "　両国の外相は来週、東京で会談する。政府関係者が明らかにした。北極海の航路協力が議題になる見通しだ。",
             "　会談は二年ぶりとなる。両国は昨年、海洋協力の覚書に署名している。"]
    text = "\n\n".join(lines) + "\n"
    saved = datetime(2025, 3, 14, 1, 30).timestamp()
    for name in ("hours.txt", "20250314-hours.txt"):
        (tmp_path / name).write_text(text, encoding="utf-8")
        os.utime(tmp_path / name, (saved, saved))
    copied = Article(source=str(tmp_path / "hours.txt"), source_format="txt", raw=text)
    apply_cleaning(copied)  # the file's time is the copy's: it dates nothing
    assert (copied.published, copied.published_inferred) == (None, None)
    named = Article(source=str(tmp_path / "20250314-hours.txt"), source_format="txt", raw=text)
    apply_cleaning(named)
    assert named.published is None
    assert (named.published_inferred, named.published_inferred_precision) == ("2025-03-12", "day")
    assert relative_age(["（配信：15分前）"]).total_seconds() == 900
    assert relative_age(["3時間前に会談した"]) is None
