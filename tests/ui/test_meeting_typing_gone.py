"""A meeting's field being typed in while another window or a command (`meetings suggest` proposing meetings
again, `analyze`) removes that meeting: what was typed is not lost without a word. The window, reading the
library again (F5, or the refusal of the save), copies it to the clipboard and says so, naming the meeting; the
empty card shows no text of the meeting gone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from core.store.meetings import create_meeting, delete_meeting, get_meeting
from tests.ui.elsewhere import elsewhere, refusals
from tests.ui.i18n_walk import language
from tests.ui.meeting_helpers import meetings_shown


def visit_shown(qtbot, seeds, library_of, make_window):
    """A meetings window, active, with the seeds' visit selected on its card: (window, view, ids)."""
    window, view, ids = meetings_shown(qtbot, seeds, library_of, make_window)
    view.select(ids["visit"])
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return window, view, ids


def typing_place(qtbot, seeds, library_of, make_window, words="Geneva"):
    """A meetings window with words typed over the visit's place, not saved yet."""
    window, view, ids = visit_shown(qtbot, seeds, library_of, make_window)
    place = view.card.place
    place.setFocus()
    place.selectAll()
    if words.isascii():
        qtbot.keyClicks(place, words)
    else:  # Japanese comes through the input method, committed whole
        commit = QInputMethodEvent()
        commit.setCommitString(words)
        QApplication.sendEvent(place, commit)
    QApplication.clipboard().clear()
    return window, view, ids


def kept(view, words: str) -> bool:
    said = view.statusBar().currentMessage()
    return (QApplication.clipboard().text() == words and "no longer in the library" in said
            and said.startswith(f"Copied to the clipboard, not saved: Place: {words}"))


def test_f5_over_a_place_typed_into_a_meeting_deleted_elsewhere_keeps_the_words(
        qtbot, seeds, library_of, make_window):
    window, view, ids = typing_place(qtbot, seeds, library_of, make_window, "ジュネーブ")
    label = view.by_id[ids["visit"]]["label"]
    elsewhere(window, lambda db: delete_meeting(db, ids["visit"]))
    qtbot.keyClick(view.card.place, Qt.Key_F5)
    assert kept(view, "ジュネーブ") and label[:10] in view.statusBar().currentMessage()
    assert view.card.item is None and view.card.place.text() == ""  # no word of the meeting gone left behind


def test_enter_over_a_place_typed_into_a_meeting_deleted_elsewhere_keeps_the_words(
        qtbot, seeds, library_of, make_window):
    window, view, ids = typing_place(qtbot, seeds, library_of, make_window)
    said = refusals(window)
    elsewhere(window, lambda db: delete_meeting(db, ids["visit"]))
    qtbot.keyClick(view.card.place, Qt.Key_Return)
    assert len(said) == 1 and "no longer in the library" in said[0]  # the refusal, then the words kept
    qtbot.waitUntil(lambda: kept(view, "Geneva"))


def test_a_place_typed_into_a_meeting_proposed_again_under_its_id_is_kept_not_shown_on_the_other(
        qtbot, seeds, library_of, make_window):
    window, view, ids = typing_place(qtbot, seeds, library_of, make_window)

    def propose_again(db):
        delete_meeting(db, ids["visit"])
        made = create_meeting(db, "talks", "proposed", origin="proposed", start_date="2026-05", precision="month")
        db.execute("UPDATE meetings SET created = '2099-01-01T00:00:00+00:00' WHERE id = ?", [made])
        assert made == ids["visit"]

    elsewhere(window, propose_again)
    qtbot.keyClick(view.card.place, Qt.Key_F5)
    assert kept(view, "Geneva")
    assert view.card.place.text() != "Geneva"
    assert get_meeting(window.db, ids["visit"]).place_text is None  # the other meeting is not given the place


def test_f5_over_a_meeting_still_there_says_nothing_of_lost_words(qtbot, seeds, library_of, make_window):
    window, view, ids = typing_place(qtbot, seeds, library_of, make_window)
    qtbot.keyClick(view.card.place, Qt.Key_F5)
    assert "clipboard" not in view.statusBar().currentMessage() and QApplication.clipboard().text() == ""
    assert view.card.place.text() == "Geneva"


def test_the_words_kept_are_said_in_japanese_as_every_refusal_says_where(qtbot, seeds, library_of, make_window):
    with language(QApplication.instance(), "ja"):
        window, view, ids = typing_place(qtbot, seeds, library_of, make_window, "ジュネーブ")
        elsewhere(window, lambda db: delete_meeting(db, ids["visit"]))
        qtbot.keyClick(view.card.place, Qt.Key_F5)
        said = view.statusBar().currentMessage()
    assert said.startswith("保存せずクリップボードにコピーしました: 場所: ジュネーブ。")
    assert "別のウィンドウかコマンドで削除" in said and "別の場所" not in said  # not "another place": a meeting has one


def test_words_typed_into_two_fields_are_kept_each_after_its_fields_name(qtbot, seeds, library_of, make_window):
    window, view, ids = typing_place(qtbot, seeds, library_of, make_window)
    view.card.start.setText("2026-05-02")  # a save refused (the library busy) left it as typed
    elsewhere(window, lambda db: delete_meeting(db, ids["visit"]))
    qtbot.keyClick(view.card.place, Qt.Key_F5)
    assert QApplication.clipboard().text() == "Start date: 2026-05-02\nPlace: Geneva"


def test_a_meeting_gone_with_nothing_typed_leaves_the_users_clipboard_alone(qtbot, seeds, library_of, make_window):
    window, view, ids = visit_shown(qtbot, seeds, library_of, make_window)
    QApplication.clipboard().setText("the user's own words")
    elsewhere(window, lambda db: delete_meeting(db, ids["visit"]))
    qtbot.keyClick(view.timeline, Qt.Key_F5)
    assert view.card.item is None and QApplication.clipboard().text() == "the user's own words"
    assert "clipboard" not in view.statusBar().currentMessage()
