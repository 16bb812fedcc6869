"""The annotator: asked on first run without blocking, changeable, carried by every record."""

from PySide6.QtCore import QSettings, Qt

from core.store.claims import claims_for
from tests.ui.claim_helpers import QUOTE, select_text
from tests.ui.conftest import ANNOTATOR
from tests.ui.entity_helpers import find, stored
from tests.ui.waits import timers_due


def test_first_run_asks_for_a_name(qtbot, make_window):
    QSettings().remove("annotator/name")
    window = make_window()
    qtbot.waitUntil(lambda: window.annotator_dialog is not None, timeout=30000)
    dialog = window.annotator_dialog
    assert dialog.isVisible()  # opened with open(): the test goes on, nothing blocks
    dialog.name.setText("Hanako")
    qtbot.keyClick(dialog.name, Qt.Key_Return)
    assert QSettings().value("annotator/name", type=str) == "Hanako"


def test_no_question_when_the_name_is_known_and_file_menu_changes_it(qtbot, window):
    timers_due(qtbot)  # the first-run timer, if any, started with the window: it has fired by now
    assert window.annotator_dialog is None
    window.actions_by_name["annotator"].trigger()
    dialog = window.annotator_dialog
    assert dialog.name.text() == ANNOTATOR
    dialog.name.setText("Jiro")
    dialog.accept()
    assert QSettings().value("annotator/name", type=str) == "Jiro"


def test_every_record_carries_the_annotator(qtbot, entity_window):
    window = entity_window
    body = window.entities.layer.body
    select_text(window, QUOTE)
    for key in (Qt.Key_C, Qt.Key_F, Qt.Key_Return):
        qtbot.keyClick(window.focusWidget(), key)
    select_text(window, "記者団")
    qtbot.keyClick(body, Qt.Key_4)
    assert find(stored(window), "記者団").annotator == ANNOTATOR
    assert {c.annotator for c in claims_for(window.db, window.reader.article_id)} == {ANNOTATOR}
    window.set_line_label(1, "drop")
    # Import's own machine records (meetings found) carry none; every edit made here carries it.
    mine = {(r["action"], r["annotator"]) for r in window.db.query(
        "SELECT action, annotator FROM changes WHERE action IN "
        "('update_claim', 'add_claim', 'add_mention', 'set_line_label')")}
    assert mine == {("update_claim", ANNOTATOR), ("add_mention", ANNOTATOR), ("set_line_label", ANNOTATOR)}
