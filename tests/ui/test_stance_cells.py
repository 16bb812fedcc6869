"""The claims browser's summary: every stance cell's count reads clearly on its tint (Neutral included)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from core.store import open_db
from core.store.claims import update_claim
from ui.claims.model import blended, contrast


def test_neutral_and_other_stance_cells_are_readable(qtbot, seeds, library_of, make_window):
    db_path = library_of(seeds)
    db = open_db(db_path)
    for row in list(db.query("SELECT id FROM claims WHERE state = 'candidate'")):
        update_claim(db, row["id"], "seed-annotator", state="accepted", stance="neutral")
    db.close()
    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() == len(seeds), timeout=10000)
    window.actions_by_name["claims_browser"].trigger()  # Claims → Claims Browser…
    browser = window.claims.browser
    assert browser is not None and browser.isVisible()
    model = browser.summary
    base = browser.palette().base().color()
    checked = 0
    for row in range(model.rowCount()):
        for column in range(3, model.columnCount()):
            index = model.index(row, column)
            background = index.data(Qt.BackgroundRole)
            if background is None:
                continue
            text = index.data(Qt.ForegroundRole) or browser.palette().text().color()
            assert contrast(blended(QColor(background), base), QColor(text)) >= 7, index.data()
            checked += 1
    assert checked
