"""Ctrl+C during `review` and `evaluate`: review stops after the line in hand (each line applied whole or not at
all), prints its summary and one line saying how far it went and what running it again does; evaluate, which
writes nothing, stops at once and says so in the same words as the other commands, not a bare "interrupted".

Ctrl+C is a real SIGINT sent to this process while the command works on a line (an item)."""

from __future__ import annotations

import json
import os
import signal
import threading

from core.cli import main
from core.datasets import review
from core.jobs import import_paths
from core.nlp import evaluate
from core.store import open_db

ARTICLE = ("日中外相が会談\n2025年3月{day}日\n岩屋外相は{day}日、東京で中国の王毅外相と会談した。"
           "岩屋氏は「対話を続けたい」と述べた。\n")


def library(tmp_path):
    """Three made-up articles imported (their names detected); the library's path."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for day in (1, 2, 3):
        (folder / f"a{day}.txt").write_text(ARTICLE.format(day=day), encoding="utf-8")
    path = tmp_path / "lib.db"
    assert len(import_paths([folder], path).imported) == 3
    return path


def states(path) -> dict[int, str]:
    db = open_db(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return dict(db.execute("SELECT id, state FROM mentions ORDER BY id").fetchall())
    finally:
        db.close()


def press_at(monkeypatch, module, name: str, at: int) -> None:
    """module.name presses Ctrl+C as it is called the at-th time (1 the first), then does its work."""
    assert threading.current_thread() is threading.main_thread()
    real, calls = getattr(module, name), []

    def pressing(*args, **kwargs):
        calls.append(1)
        if len(calls) == at:
            os.kill(os.getpid(), signal.SIGINT)
        return real(*args, **kwargs)
    monkeypatch.setattr(module, name, pressing)


def test_review_stops_after_the_line_in_hand_and_a_second_run_goes_through_the_rest(
        tmp_path, monkeypatch, capsys):
    path = library(tmp_path)
    ids = sorted(states(path))
    assert len(ids) >= 6
    decisions = tmp_path / "decisions.jsonl"
    decisions.write_text("".join(json.dumps({"kind": "mention", "id": i, "action": "reject"}) + "\n" for i in ids),
                         encoding="utf-8")
    press_at(monkeypatch, review, "apply_line", 3)
    assert main(["review", str(decisions), "--db", str(path)]) == 130
    out, err = capsys.readouterr()
    rejected = [i for i, state in states(path).items() if state == "rejected"]
    assert rejected == ids[:3]  # the line in hand finished, no line after it read
    assert "applied 3" in out
    assert err.rstrip().splitlines()[-1] == (
        f"kaidan: interrupted: the first 3 lines of {decisions} gone through, the rest not; running it again goes "
        "through them all (those applied are already so)")
    monkeypatch.undo()
    assert main(["review", str(decisions), "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert set(states(path).values()) == {"rejected"}
    assert f"applied {len(ids) - 3}" in out and "already so 3" in out


def test_evaluate_stopped_says_it_scored_nothing(tmp_path, monkeypatch, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps({"id": str(day), "body": ARTICLE.format(day=day), "entities": []},
                                       ensure_ascii=False) + "\n" for day in (1, 2, 3)), encoding="utf-8")
    press_at(monkeypatch, evaluate, "detect", 2)
    # evaluate keeps Python's own Ctrl+C (a KeyboardInterrupt), as in a terminal: not a handler another test left
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        assert main(["evaluate", str(gold), "--db", str(tmp_path / "none.db")]) == 130
    finally:
        signal.signal(signal.SIGINT, before)
    out, err = capsys.readouterr()
    assert out == ""  # no table of half the items
    assert err.rstrip().splitlines()[-1] == ("kaidan: interrupted: nothing scored (evaluate writes nothing); "
                                             "running it again scores from the start")


def test_review_stopped_says_so_in_one_line_whatever_the_files_name(tmp_path, monkeypatch, capsys):
    path = library(tmp_path)
    ids = sorted(states(path))
    decisions = tmp_path / "decisions\nof the team.jsonl"  # a name a script made, a line break in it
    decisions.write_text("".join(json.dumps({"kind": "mention", "id": i, "action": "reject"}) + "\n" for i in ids),
                         encoding="utf-8")
    press_at(monkeypatch, review, "apply_line", 2)
    assert main(["review", str(decisions), "--db", str(path)]) == 130
    last = capsys.readouterr().err.rstrip().splitlines()[-1]
    assert last.startswith("kaidan: interrupted: the first 2 lines of ") and "of the team.jsonl gone through" in last


def test_review_stopped_before_its_first_or_after_its_first_line_counts_them_in_words(tmp_path, monkeypatch,
                                                                                      capsys):
    path = library(tmp_path)
    decisions = tmp_path / "decisions.jsonl"
    decisions.write_text("".join(json.dumps({"kind": "mention", "id": i, "action": "reject"}) + "\n"
                                 for i in sorted(states(path))), encoding="utf-8")
    said = []
    for module, name in ((review, "bounded_lines"), (review, "apply_line")):  # before any line; in the first
        press_at(monkeypatch, module, name, 1)
        assert main(["review", str(decisions), "--db", str(path)]) == 130
        said.append(capsys.readouterr().err.rstrip().splitlines()[-1])
        monkeypatch.undo()
    # before: "the first 0 lines of …", "the first 1 lines of …"
    assert said[0].startswith(f"kaidan: interrupted: none of the lines of {decisions} gone through, the rest not")
    assert said[1].startswith(f"kaidan: interrupted: the first line of {decisions} gone through, the rest not")
