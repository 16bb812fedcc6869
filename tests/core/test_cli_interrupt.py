"""Ctrl+C in a terminal during `kaidan import` and `kaidan analyze`: each stops after the file or article in hand
and says what it stored."""

import os
import signal
import subprocess
import sys

from tests.core.bulk_import import ROOT, bulk_import

from core.jobs import import_paths
from core.store import open_db


def test_ctrl_c_stops_the_import_and_says_what_it_stored(tmp_path):
    db, command = bulk_import(tmp_path)
    # Its own process group, Ctrl+C as a terminal sends it: to the command and its detection workers alike.
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                               start_new_session=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    process.stderr.readline()  # 0/400
    process.stderr.readline()  # 40/400: the import is under way, workers detecting
    os.killpg(process.pid, signal.SIGINT)
    out, err = process.communicate(timeout=300)
    library = open_db(db)
    assert library.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = library.execute("SELECT count(*) FROM articles").fetchone()[0]
    library.close()
    assert process.returncode == 130 and 40 <= stored < 400
    assert f"imported {stored}, duplicates 0, failed 0" in out
    assert err.rstrip().endswith(f"kaidan: interrupted: {stored} articles imported, the rest not; running it again "
                                 "imports the rest (those imported are skipped as duplicates)")
    assert "Traceback" not in err  # no worker died of it mid-article


def test_ctrl_c_stops_analyze_and_its_workers_at_an_article(tmp_path):
    """The analysis of 200 made-up articles, sent Ctrl+C as a terminal sends it once it reports progress."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(200):
        (folder / f"a{i:03}.txt").write_text(
            f"日中外相が会談 第{i}報\n岩屋外相は{i % 28 + 1}日、東京で中国の王毅外相と会談した。"
            f"岩屋氏は「対話を続けたい」と述べた。会談は約{i}時間に及んだ。\n", encoding="utf-8")
    db = tmp_path / "lib.db"
    assert len(import_paths([folder], db).imported) == 200
    library = open_db(db)
    before = library.execute("SELECT article_id, count(*) FROM mentions GROUP BY article_id").fetchall()
    library.execute("UPDATE articles SET entities_version = 0")
    library.conn.commit()
    library.close()
    process = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "analyze", "--db", str(db)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                               start_new_session=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    process.stderr.readline()  # 0/200 articles
    process.stderr.readline()  # 20/200 articles: under way, workers detecting
    os.killpg(process.pid, signal.SIGINT)
    out, err = process.communicate(timeout=300)
    library = open_db(db)
    assert library.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    analysed = library.execute("SELECT count(*) FROM articles WHERE entities_version = 1").fetchone()[0]
    after = library.execute("SELECT article_id, count(*) FROM mentions GROUP BY article_id").fetchall()
    library.close()
    assert process.returncode == 130 and 20 <= analysed < 200
    assert after == before  # every article whole: analysed again or untouched
    assert f"analyzed {analysed} articles" in out
    assert err.rstrip().endswith(f"kaidan: interrupted: {analysed} of 200 articles analysed, the rest not; running "
                                 "it again analyses them all from the start (your decisions kept)")
    assert "Traceback" not in err
