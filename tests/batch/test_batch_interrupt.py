"""Ctrl+C during a local `kaidan batch`: no partition is begun after it, those in hand are written whole, the
command says how many are written, and running it again does only the rest; and during the import of its
slice: the articles stored are whole, and running it again imports the rest."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from pathlib import Path

from dask.callbacks import Callback

from core.cli import main
from core.cli.progress import Progress
from core.store import open_db

FILES, PARTITION = 12, 4


def _articles(folder: Path) -> None:
    folder.mkdir()
    for i in range(FILES):
        day = i % 28 + 1
        (folder / f"a{i:02}.txt").write_text(
            f"日中外相が会談 第{i}報\n2025年3月{day}日\n"
            f"岩屋外相は{day}日、東京で中国の王毅外相と会談した。岩屋氏は「対話を続けたい」と述べた。\n",
            encoding="utf-8")


def _terminal_ctrl_c() -> None:
    """Ctrl+C as a terminal sends it: to the command and to every worker process it started."""
    for child in multiprocessing.active_children():
        os.kill(child.pid, signal.SIGINT)
    os.kill(os.getpid(), signal.SIGINT)


def test_ctrl_c_stops_a_batch_between_partitions_and_a_run_again_does_the_rest(tmp_path, capsys, monkeypatch):
    assert threading.current_thread() is threading.main_thread()  # the handler is the command's, not pytest's
    folder, out = tmp_path / "articles", tmp_path / "run"
    _articles(folder)
    pressed = []

    def after_task(key, result, dsk, state, worker) -> None:  # Ctrl+C once the first partition is written
        if not pressed and any((out / "articles").glob("part-*.parquet")):
            pressed.append(key)
            _terminal_ctrl_c()

    command = ["batch", str(folder), "--out", str(out), "--workers", "1", "--partition-size", str(PARTITION), "-q"]
    with Callback(posttask=after_task):
        assert main(command) == 130
    err = capsys.readouterr().err
    assert pressed
    assert err.rstrip().splitlines()[-1] == ("kaidan: interrupted: 1 of 3 partitions written (each whole), the rest "
                                             "not; running it again skips those written and does the rest")
    assert len(list((out / "articles").glob("part-*.parquet"))) == 1
    assert not list(out.rglob("*.tmp"))  # nothing half-written

    assert main(command) == 0
    said = capsys.readouterr().out
    assert f"partitions 3: written 2, skipped 1 (already written); articles {FILES - PARTITION}," in said

    # the slice of that run read into a library, stopped by Ctrl+C as its fourth article is stored
    pressed.clear()

    class CtrlC(Progress):
        def __call__(self, done: int, total: int, source: str) -> None:
            super().__call__(done, total, source)
            if done == 3 and not pressed:
                pressed.append(done)
                os.kill(os.getpid(), signal.SIGINT)

    monkeypatch.setattr("core.cli.import_command.Progress", CtrlC)
    library = tmp_path / "study.db"
    assert main(["--db", str(library), "import", str(out), "--where", "1 = 1"]) == 130
    said = capsys.readouterr()
    assert "imported 4, duplicates 0, failed 0" in said.out
    assert said.err.rstrip().splitlines()[-1] == ("kaidan: interrupted: 4 articles imported, the rest not; running "
                                                  "it again imports the rest (those imported are skipped as "
                                                  "duplicates)")
    db = open_db(library)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
    assert db.execute("SELECT count(DISTINCT article_id) FROM mentions").fetchone()[0] == 4  # each whole
    db.close()
    assert main(["--db", str(library), "import", str(out), "--where", "1 = 1", "-q"]) == 0
    assert f"imported {FILES - 4}, duplicates 4, failed 0" in capsys.readouterr().out


def test_the_workers_of_a_local_batch_leave_ctrl_c_to_the_command(tmp_path, capsys):
    """A terminal's Ctrl+C reaches the workers too: only the command answers it; a worker that took it died and broke
    the run. Here it reaches the workers alone (their command sees none), once the first partition is written."""
    assert threading.current_thread() is threading.main_thread()
    folder, out = tmp_path / "articles", tmp_path / "run"
    _articles(folder)
    pressed = []

    def after_task(key, result, dsk, state, worker) -> None:
        if not pressed and any((out / "articles").glob("part-*.parquet")):
            pressed.extend(multiprocessing.active_children())
            for child in pressed:
                os.kill(child.pid, signal.SIGINT)

    command = ["batch", str(folder), "--out", str(out), "--workers", "1", "--partition-size", str(PARTITION), "-q"]
    with Callback(posttask=after_task):
        assert main(command) == 0
    assert pressed
    assert f"partitions 3: written 3, skipped 0 (already written); articles {FILES}," in capsys.readouterr().out
