"""After a Ctrl+C, the next run of `analyze` or `meetings suggest` leaves the library as one run left alone does:
no meeting, mention or tie twice, none missing (README, "Stopping a long command")."""

from __future__ import annotations

from core.cli import main
from core.store import open_db
from tests.core.team.team_libraries import copy_library
from tests.core import test_cli_interrupt_commands as commands

ARTICLES = commands.ARTICLES
imported, library, ctrl_c = commands.imported, commands.library, commands.ctrl_c  # its fixtures, shared


def meetings_held(path) -> list[tuple]:
    """Every meeting as what it is (kind, status, dates, its people, the spans tied to it), in order."""
    db = open_db(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = []
        for (meeting_id, *fields) in db.execute(
                "SELECT id, kind, status, state, start_date, end_date, precision FROM meetings").fetchall():
            people = sorted(db.execute("SELECT coalesce(entity_id, name), role FROM meeting_participants "
                                       "WHERE meeting_id = ?", [meeting_id]).fetchall())
            spans = sorted(db.execute("SELECT article_id, start_char, end_char FROM meeting_mentions WHERE meeting_id = ?",
                                      [meeting_id]).fetchall())
            rows.append((*fields, tuple(people), tuple(spans)))
        return sorted(rows, key=repr)
    finally:
        db.close()


def without_meetings(path):
    """path with no meeting in it yet (as before a first `meetings suggest`)."""
    db = open_db(path)
    for table in ("meeting_links", "meeting_mentions", "meeting_participants", "meetings"):
        db.execute(f"DELETE FROM {table}")
    db.conn.commit()
    db.close()
    return path


def names_held(path) -> list[tuple]:
    db = open_db(path)
    try:
        return db.execute("SELECT article_id, start_char, end_char, type, entity_id, state FROM mentions "
                          "ORDER BY article_id, start_char, end_char, type").fetchall()
    finally:
        db.close()


def test_meetings_suggest_run_again_after_ctrl_c_makes_what_one_run_makes(library, imported, tmp_path,
                                                                         ctrl_c, capsys):
    whole = without_meetings(copy_library(imported, tmp_path / "whole.db"))
    assert main(["meetings", "suggest", "--db", str(whole)]) == 0
    without_meetings(library)
    ctrl_c("core.cli.analysis_commands", at=5)
    assert main(["meetings", "suggest", "--db", str(library)]) == 130
    stopped = meetings_held(library)
    ctrl_c("core.cli.analysis_commands", at=None, presses=0)
    assert main(["meetings", "suggest", "--db", str(library)]) == 0
    capsys.readouterr()
    assert meetings_held(library) == meetings_held(whole) and meetings_held(whole) != stopped
    assert len({spans for *_f, spans in meetings_held(library)}) == len(meetings_held(library))


def test_analyze_run_again_after_ctrl_c_finds_what_one_run_finds(library, imported, tmp_path, ctrl_c,
                                                                  capsys):
    whole = copy_library(imported, tmp_path / "whole.db")
    assert main(["analyze", "--db", str(whole)]) == 0
    ctrl_c("core.cli.analysis_commands", at=10)
    assert main(["analyze", "--db", str(library)]) == 130
    ctrl_c("core.cli.analysis_commands", at=None, presses=0)
    assert main(["analyze", "--db", str(library)]) == 0
    capsys.readouterr()
    assert names_held(library) == names_held(whole) and len(names_held(whole)) >= ARTICLES
