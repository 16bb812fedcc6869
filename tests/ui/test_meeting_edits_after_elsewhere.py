"""Edits in the meetings window on a meeting or link another process removed, or gave to another meeting,
meanwhile (`main.py meetings suggest` dropping a proposal, another window deleting it): refused in one line
naming what is gone, with nothing written, no traceback, and the window showing the library as it is now; a
link written again elsewhere under another id is found by the meetings it links."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt

from core import clock
from core.store.meetings import (
    add_link, create_meeting, delete_link, delete_meeting, get_meeting, links_of, meeting_mentions_for,
)
from tests.ui.entity_helpers import put_caret
from tests.ui.test_meetings_view import meetings  # noqa: F401 - the fixture
from ui.meetings.card_lists import DATA
from tests.ui.elsewhere import elsewhere, refusals


def one_line(said: list[str], words: str) -> bool:
    return len(said) == 1 and "\n" not in said[0] and words in said[0] and "Error" not in said[0]


def set_kind(view, kind: str) -> None:
    combo = view.card.kind
    combo.setCurrentIndex(combo.findData(kind))
    combo.activated.emit(combo.currentIndex())


def choose_link(view, link_id: int) -> None:
    tree = view.card.link_tree
    tree.setCurrentItem(next(tree.topLevelItem(r) for r in range(tree.topLevelItemCount())
                             if tree.topLevelItem(r).data(0, DATA) == link_id))


def test_a_kind_set_on_a_meeting_deleted_elsewhere_is_refused_in_one_line(qtbot, meetings, capsys):  # noqa: F811
    window, view, ids = meetings
    view.select(ids["visit"])
    said = refusals(window)
    elsewhere(window, lambda db: delete_meeting(db, ids["visit"]))
    set_kind(view, "trip")
    assert get_meeting(window.db, ids["visit"]) is None  # not made again
    assert one_line(said, "the meeting is no longer in the library")
    assert "Traceback" not in capsys.readouterr().err
    assert ids["visit"] not in view.by_id and not window.undo_stack.canUndo()  # read again; nothing to undo


def test_a_meeting_proposed_again_under_the_freed_id_is_not_edited(qtbot, meetings):  # noqa: F811
    window, view, ids = meetings
    view.select(ids["visit"])  # the last made: SQLite gives its id to the next meeting made

    def propose_again(db):
        delete_meeting(db, ids["visit"])
        made = create_meeting(db, "talks", "proposed", origin="proposed", start_date="2026-05", precision="month")
        db.execute("UPDATE meetings SET created = '2099-01-01T00:00:00+00:00' WHERE id = ?", [made])
        assert made == ids["visit"]

    said = refusals(window)
    elsewhere(window, propose_again)
    set_kind(view, "trip")
    assert get_meeting(window.db, ids["visit"]).kind == "talks"
    assert one_line(said, "the meeting is no longer in the library")


def test_participants_given_to_a_meeting_deleted_elsewhere_are_not_stored(qtbot, meetings):  # noqa: F811
    window, view, ids = meetings
    view.select(ids["visit"])
    said = refusals(window)
    elsewhere(window, lambda db: delete_meeting(db, ids["visit"]))
    view.add_participant("person:wang-yi")
    assert window.db.execute("SELECT count(*) FROM meeting_participants WHERE meeting_id = ?",
                             [ids["visit"]]).fetchone()[0] == 0
    assert one_line(said, "the meeting is no longer in the library")


def test_a_link_accepted_after_it_was_removed_elsewhere_says_so(qtbot, meetings):  # noqa: F811
    window, view, ids = meetings
    view.select(ids["call"])
    choose_link(view, ids["link"])
    said = refusals(window)
    elsewhere(window, lambda db: delete_link(db, ids["link"]))
    view.card.accept_link.click()
    assert one_line(said, "the link between these meetings is no longer in the library")
    assert not links_of(window.db, ids["call"])


def test_a_link_written_again_elsewhere_is_accepted_under_its_new_id(qtbot, meetings):  # noqa: F811
    window, view, ids = meetings
    view.select(ids["call"])
    choose_link(view, ids["link"])

    def propose_again(db):
        delete_link(db, ids["link"])
        add_link(db, ids["call"], ids["visit"], "prepares", origin="proposed")

    elsewhere(window, propose_again)
    view.card.accept_link.click()
    [link] = links_of(window.db, ids["call"])
    assert link.id != ids["link"] and (link.to_id, link.state) == (ids["visit"], "accepted")


def test_an_undo_whose_meeting_was_dropped_elsewhere_says_so_in_one_line(qtbot, meetings, capsys):  # noqa: F811
    window, view, ids = meetings
    view.select(ids["visit"])
    set_kind(view, "trip")
    assert get_meeting(window.db, ids["visit"]).kind == "trip"
    said = refusals(window)
    # as `meetings suggest` drops a proposal no article speaks of any more: no change row names it
    elsewhere(window, lambda db: db.execute("DELETE FROM meetings WHERE id = ?", [ids["visit"]]))
    window.undo_stack.undo()
    assert get_meeting(window.db, ids["visit"]) is None
    assert one_line(said, "the meeting is no longer in the library") and said[0].startswith("Could not undo")
    assert "Traceback" not in capsys.readouterr().err


def test_a_mention_tied_to_a_meeting_deleted_elsewhere_meanwhile_is_refused_in_one_line(
        qtbot, meetings, select_seed, capsys):  # noqa: F811
    window, view, ids = meetings
    select_seed(window, "000_")
    put_caret(window, ids["mention_start"] + 1)  # G on the mention of the KL talks: the dialog lists the meetings
    qtbot.keyClick(window.meetings.layer.body, Qt.Key_G)
    dialog = window.meetings.attach_dialog
    row = next(r for r in range(dialog.list.count()) if dialog.list.item(r).data(Qt.UserRole) == ids["visit"])
    dialog.list.setCurrentRow(row)
    said = refusals(window)
    elsewhere(window, lambda db: delete_meeting(db, ids["visit"]))
    qtbot.keyClick(dialog.list, Qt.Key_Return)
    mention = next(m for m in meeting_mentions_for(window.db, ids["article"]) if m.id == ids["mention"])
    assert mention.meeting_id == ids["kl"]  # still tied as it was
    assert one_line(said, "the meeting is no longer in the library")
    assert "attached" not in window.statusBar().currentMessage()
    assert "Traceback" not in capsys.readouterr().err


def test_a_meeting_proposed_again_within_the_same_second_is_not_edited(qtbot, meetings, monkeypatch):  # noqa: F811
    """`main.py meetings suggest` run twice within one second (or a window reading between two runs): the meeting
    the window read and the one given its freed id are made in the same second, and still told apart."""
    window, view, ids = meetings
    ticks = iter(range(1, 1000))

    class OneSecond(datetime):  # every moment falls in one second; only its fraction moves on
        @classmethod
        def now(cls, tz=None):
            return datetime(2026, 12, 7, 9, 30, 0, next(ticks) * 1000, tzinfo=timezone.utc)

    monkeypatch.setattr(clock, "datetime", OneSecond)

    def propose_again(kind):
        def change(db):
            delete_meeting(db, ids["visit"])  # the last made: SQLite gives its id to the next meeting made
            assert create_meeting(db, kind, "proposed", origin="proposed", start_date="2026-05",
                                  precision="month") == ids["visit"]
        return change

    elsewhere(window, propose_again("visit"))
    view.reload()
    view.select(ids["visit"])  # the meeting as the window read it, made this second
    said = refusals(window)
    elsewhere(window, propose_again("talks"))  # another meeting, made the same second under the freed id
    set_kind(view, "trip")
    assert get_meeting(window.db, ids["visit"]).kind == "talks"
    assert one_line(said, "the meeting is no longer in the library")


def test_a_redo_on_a_meeting_proposed_again_elsewhere_says_it_could_not_redo(qtbot, meetings, capsys):  # noqa: F811
    window, view, ids = meetings
    view.select(ids["visit"])
    set_kind(view, "trip")
    window.undo_stack.undo()
    assert get_meeting(window.db, ids["visit"]).kind == "visit"

    def propose_again(db):  # as the proposals are dropped and made again, with no line in the change log
        db.execute("DELETE FROM meetings WHERE id = ?", [ids["visit"]])
        assert create_meeting(db, "talks", "proposed", origin="proposed") == ids["visit"]

    said = refusals(window)
    elsewhere(window, propose_again)
    window.undo_stack.redo()
    assert get_meeting(window.db, ids["visit"]).kind == "talks"
    assert one_line(said, "the meeting is no longer in the library") and said[0].startswith("Could not redo")
    assert "Traceback" not in capsys.readouterr().err
    assert not window.undo_stack.canUndo() and not window.undo_stack.canRedo()  # the step is gone, the stack sane
